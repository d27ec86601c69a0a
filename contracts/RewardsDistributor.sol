// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ICreatorToken} from "./interfaces/ICreatorToken.sol";

/// @title RewardsDistributor
/// @notice Pays tribe rewards for every token from one contract, with cumulative accounting: for each
/// (token, account) it records the cumulative amount already paid, and any authorisation for a cumulative
/// total pays `cumulativeAmount - claimed`. So each authorisation can be used at most once, in any order,
/// through either path:
///  - a voucher: an EIP-712 signature by one of the signers over
///    `Voucher(address account,address token,uint256 cumulativeAmount,uint256 deadline)`;
///  - a Merkle proof against the active root (OpenZeppelin StandardMerkleTree leaf of
///    `["address","address","uint256"]` = (account, token, cumulativeAmount)).
/// Payouts always go to `account`; anyone may submit a claim for anyone.
///
/// Funding: mint mode (the token is a CreatorToken whose creator made this contract a minter) or a sponsor
/// pool. A pool is a pseudo-address (no code behind it, see {predictPoolAddress}) that stands in the `token`
/// position of claims, vouchers, Merkle leaves and {claimed}; it holds a balance of one ERC-20 that only its
/// own claims are paid from. Pools are strictly isolated: each keeps its own ledger (deposited − paid −
/// withdrawn), never this contract's balance of the ERC-20, so two pools of the same ERC-20 cannot pay from
/// each other. Its owner may withdraw what is not owed after a notice (see {withdraw}).
/// A payout limit per period, per token or pool, set by its payout manager (a CreatorToken's creator, a pool's
/// owner), bounds what a stolen signer key could take.
///
/// Roles: DEFAULT_ADMIN_ROLE manages roles and signers and unpauses; ROOT_PROPOSER_ROLE proposes roots;
/// GUARDIAN_ROLE rejects pending roots and pauses.
contract RewardsDistributor is EIP712, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice May propose Merkle roots.
    bytes32 public constant ROOT_PROPOSER_ROLE = keccak256("ROOT_PROPOSER_ROLE");
    /// @notice May reject a pending root and pause claims.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice keccak256 of the Voucher type.
    bytes32 public constant VOUCHER_TYPEHASH =
        keccak256("Voucher(address account,address token,uint256 cumulativeAmount,uint256 deadline)");

    /// @notice One entry of {claimMany}: a voucher if `signature` is non-empty, otherwise a Merkle proof.
    struct Claim {
        address account;
        address token;
        uint256 cumulativeAmount;
        uint256 deadline; // voucher only
        bytes signature; // voucher only
        bytes32[] proof; // Merkle only
    }

    /// @dev What every claim reads, in one slot: the pause flag, the most recently added signer (checked before the
    /// signer set, saving a storage read on most vouchers) and when the pending root activates.
    struct Hot {
        address latestSigner;
        uint40 pendingActivatesAt; // 0 = no pending root
        bool paused;
    }

    /// @dev Epoch bookkeeping, read when proposing and by views.
    struct Epochs {
        uint64 epoch; // epoch of _activeRoot
        uint64 pendingEpoch;
        uint32 disputeWindow; // seconds
        uint64 proposals; // how many roots were ever proposed: the id of the latest proposal
        uint32 withdrawalNotice; // seconds between announceWithdrawal and withdraw
    }

    /// @dev Per-token settings and the payout-limit counter, in the one slot every payout of the token reads.
    struct TokenConfig {
        uint96 limit; // max paid per period when period != 0
        uint96 paidInPeriod;
        uint32 periodIndex; // block.timestamp / period of paidInPeriod
        uint24 period; // seconds; 0 = no limit
        bool pool; // the address is a sponsor pool: payouts come from its balance instead of being minted
    }

    /// @notice A sponsor pool: the ERC-20 it holds, its owner, and when its announced withdrawal may happen.
    struct Pool {
        address token;
        address owner;
        uint40 withdrawableAt; // 0 = no withdrawal announced
    }

    /// @dev A pool's ledger, in the one slot a payout from it writes. Deposits are bounded so both fit.
    struct PoolFunds {
        uint128 balance; // deposited - paid - withdrawn
        uint128 paid; // total paid out to claimants
    }

    /// @dev A pool's committed total (the sum of its cumulative amounts in a root): the one of the active root,
    /// and the one published with a later proposal, which counts once that proposal's root is active.
    struct Commitment {
        uint256 active;
        uint256 pending;
        uint64 pendingProposal; // 0 = none
    }

    Hot private _hot;
    Epochs private _epochs;
    bytes32 private _activeRoot;
    bytes32 private _pendingRoot;

    mapping(address signer => bool) private _signers;
    /// @notice Cumulative amount of `token` paid to `account`.
    mapping(address token => mapping(address account => uint256)) public claimed;

    mapping(address token => TokenConfig) private _config;
    mapping(address token => address) private _manager;

    mapping(address pool => Pool) private _pools;
    mapping(address pool => PoolFunds) private _funds;
    mapping(address pool => Commitment) private _commitments;
    mapping(address pool => address) private _pendingOwner;
    mapping(uint64 proposal => bool) private _rejected;

    /// @notice `amount` of `token` was paid to `account`, whose cumulative paid total is now `cumulativeAmount`.
    event Claimed(address indexed account, address indexed token, uint256 amount, uint256 cumulativeAmount);
    event SignerAdded(address indexed signer);
    event SignerRemoved(address indexed signer);
    /// @notice A root was proposed; it becomes active at `activatesAt` unless a guardian rejects it.
    event RootProposed(uint64 indexed epoch, bytes32 root, uint256 activatesAt);
    event RootRejected(uint64 indexed epoch, bytes32 root);
    event DisputeWindowSet(uint32 disputeWindow);
    event Paused(address account);
    event Unpaused(address account);
    event PayoutLimitSet(address indexed token, uint256 limit, uint32 period);
    event PayoutManagerSet(address indexed token, address indexed manager);
    /// @notice `owner` created `pool`, a sponsor pool of the ERC-20 `token`.
    event PoolCreated(address indexed pool, address indexed token, address indexed owner);
    /// @notice `amount` (what arrived) was deposited into `pool` by `from`.
    event PoolFunded(address indexed pool, address indexed from, uint256 amount);
    /// @notice The owner of `pool` offered its ownership to `newOwner` (0: offer withdrawn).
    event PoolOwnershipTransferStarted(address indexed pool, address indexed previousOwner, address indexed newOwner);
    event PoolOwnershipTransferred(address indexed pool, address indexed previousOwner, address indexed newOwner);
    /// @notice The owner of `pool` may withdraw what is not owed from `withdrawableAt` on.
    event WithdrawalAnnounced(address indexed pool, uint256 withdrawableAt);
    event WithdrawalCancelled(address indexed pool);
    event PoolWithdrawn(address indexed pool, address indexed to, uint256 amount);
    /// @notice The root proposed for `epoch` commits `committed` of `pool` (the sum of its cumulative amounts).
    event PoolCommitted(address indexed pool, uint64 indexed epoch, uint256 committed);
    event WithdrawalNoticeSet(uint32 withdrawalNotice);

    error ClaimsPaused();
    error NotPaused();
    error VoucherExpired(uint256 deadline);
    error UnknownSigner(address signer);
    error NoActiveRoot();
    error InvalidProof();
    /// @notice The authorised cumulative amount has been paid already.
    error NothingToClaim(address account, address token, uint256 cumulativeAmount, uint256 claimed);
    /// @notice The payout would exceed the token's limit for this period; `available` is left until `resetsAt`.
    error PayoutLimitExceeded(address token, uint256 available, uint256 resetsAt);
    /// @notice The pool's balance is less than the payout.
    error InsufficientPool(address pool, uint256 available, uint256 needed);
    error UnknownPool(address pool);
    error PoolExists(address pool);
    /// @notice A pool's ERC-20 must be a contract.
    error NotAContract(address token);
    error NotPoolOwner(address pool, address caller);
    error NotPendingPoolOwner(address pool, address caller);
    /// @notice A pool's payout manager is its owner, changed only by the two-step ownership transfer.
    error PoolManagedByOwner(address pool);
    error WithdrawalAlreadyAnnounced(address pool, uint256 withdrawableAt);
    error NoWithdrawalAnnounced(address pool);
    /// @notice No withdrawal is due yet (`withdrawableAt` 0: none announced).
    error WithdrawalNotDue(address pool, uint256 withdrawableAt);
    /// @notice Only `withdrawable` may leave the pool: the rest is owed to claimants.
    error WithdrawalTooLarge(address pool, uint256 withdrawable, uint256 amount);
    /// @notice The withdrawal notice may not be shorter than the dispute window.
    error NoticeShorterThanDisputeWindow(uint32 withdrawalNotice, uint32 disputeWindow);
    error LengthMismatch(uint256 pools, uint256 committed);
    error NotPayoutManager(address token, address caller);
    error ZeroAddress();
    error ZeroAmount();
    error ZeroRoot();
    error AmountTooLarge(uint256 amount);
    error InvalidPeriod();
    error EpochNotIncreasing(uint64 current, uint64 proposed);
    /// @notice A proposed root is still in its dispute window.
    error RootPending(uint64 epoch, uint256 activatesAt);
    error NoPendingRoot();
    error PendingRootMismatch(bytes32 pending);

    /// @param admin receives DEFAULT_ADMIN_ROLE; it grants the other roles and adds signers
    /// @param disputeWindow_ seconds between a root's proposal and its activation
    /// @dev The withdrawal notice starts at twice the dispute window plus an hour (capped at 2^32 - 1 s): room for
    /// a root proposed just before the announcement to activate, and for one more that commits the last awards.
    /// An admin sets it to at least the dispute window plus the service's epoch length ({setWithdrawalNotice}).
    constructor(address admin, uint32 disputeWindow_) EIP712("TribeRewards", "1") {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _epochs.disputeWindow = disputeWindow_;
        uint256 notice = uint256(disputeWindow_) * 2 + 1 hours;
        _epochs.withdrawalNotice = notice > type(uint32).max ? type(uint32).max : uint32(notice);
        emit DisputeWindowSet(disputeWindow_);
        emit WithdrawalNoticeSet(_epochs.withdrawalNotice);
    }

    // ---------------------------------------------------------------- claims

    /// @notice Pays `account` what a signer's voucher for `cumulativeAmount` of `token` leaves unpaid.
    function claimWithVoucher(
        address account,
        address token,
        uint256 cumulativeAmount,
        uint256 deadline,
        bytes calldata signature
    ) external nonReentrant {
        Hot memory hot = _hot;
        if (hot.paused) revert ClaimsPaused();
        _checkVoucher(hot.latestSigner, account, token, cumulativeAmount, deadline, signature);
        uint256 paid = claimed[token][account];
        if (cumulativeAmount <= paid) revert NothingToClaim(account, token, cumulativeAmount, paid);
        _pay(account, token, cumulativeAmount, paid);
    }

    /// @notice Pays `account` what the active root's leaf for `cumulativeAmount` of `token` leaves unpaid.
    function claim(address account, address token, uint256 cumulativeAmount, bytes32[] calldata proof)
        external
        nonReentrant
    {
        Hot memory hot = _hot;
        if (hot.paused) revert ClaimsPaused();
        _checkProof(_rootOf(hot), account, token, cumulativeAmount, proof);
        uint256 paid = claimed[token][account];
        if (cumulativeAmount <= paid) revert NothingToClaim(account, token, cumulativeAmount, paid);
        _pay(account, token, cumulativeAmount, paid);
    }

    /// @notice Pays many claims, through either path, in one transaction. An entry with nothing left to pay is
    /// skipped (so a claim sent first by someone else cannot block the batch); any other failure reverts all.
    /// @return count how many entries paid something
    function claimMany(Claim[] calldata claims) external nonReentrant returns (uint256 count) {
        Hot memory hot = _hot;
        if (hot.paused) revert ClaimsPaused();
        bytes32 root;
        bool rootLoaded;
        for (uint256 i = 0; i < claims.length; ++i) {
            Claim calldata c = claims[i];
            uint256 paid = claimed[c.token][c.account];
            if (c.cumulativeAmount <= paid) continue;
            if (c.signature.length != 0) {
                _checkVoucher(hot.latestSigner, c.account, c.token, c.cumulativeAmount, c.deadline, c.signature);
            } else {
                if (!rootLoaded) {
                    root = _rootOf(hot);
                    rootLoaded = true;
                }
                _checkProof(root, c.account, c.token, c.cumulativeAmount, c.proof);
            }
            _pay(c.account, c.token, c.cumulativeAmount, paid);
            ++count;
        }
    }

    /// @notice The EIP-712 digest a signer signs for a voucher.
    function voucherDigest(address account, address token, uint256 cumulativeAmount, uint256 deadline)
        public
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(VOUCHER_TYPEHASH, account, token, cumulativeAmount, deadline)));
    }

    /// @notice The EIP-712 domain separator of vouchers.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _checkVoucher(
        address latestSigner,
        address account,
        address token,
        uint256 cumulativeAmount,
        uint256 deadline,
        bytes calldata signature
    ) private view {
        if (block.timestamp > deadline) revert VoucherExpired(deadline);
        // recoverCalldata rejects malformed and high-s (EIP-2) signatures with ECDSA's custom errors.
        address signer = ECDSA.recoverCalldata(voucherDigest(account, token, cumulativeAmount, deadline), signature);
        if (signer != latestSigner && !_signers[signer]) revert UnknownSigner(signer);
    }

    function _checkProof(
        bytes32 root,
        address account,
        address token,
        uint256 cumulativeAmount,
        bytes32[] calldata proof
    ) private pure {
        if (root == bytes32(0)) revert NoActiveRoot();
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, token, cumulativeAmount))));
        if (_processProof(proof, leaf) != root) revert InvalidProof();
    }

    /// @dev MerkleProof.processProofCalldata (sorted-pair hashing, as StandardMerkleTree builds), as one loop:
    /// with the library call the compiler emits a function call per hash (about 55 gas more each).
    function _processProof(bytes32[] calldata proof, bytes32 leaf) private pure returns (bytes32 computed) {
        computed = leaf;
        assembly ("memory-safe") {
            // The ABI decoder has checked that proof lies within the calldata. Scratch space 0x00-0x3f only.
            for {
                let p := proof.offset
                let end := add(p, shl(5, proof.length))
            } lt(p, end) { p := add(p, 0x20) } {
                let sibling := calldataload(p)
                let lo := xor(computed, mul(xor(computed, sibling), gt(computed, sibling))) // min(computed, sibling)
                mstore(0x00, lo)
                mstore(0x20, xor(computed, xor(sibling, lo))) // the other one
                computed := keccak256(0x00, 0x40)
            }
        }
    }

    /// @dev Effects first (claimed, limits, pool ledger), then the single external call that moves tokens.
    function _pay(address account, address token, uint256 cumulativeAmount, uint256 paid) private {
        uint256 amount = cumulativeAmount - paid;
        claimed[token][account] = cumulativeAmount;
        TokenConfig storage config = _config[token];
        TokenConfig memory c = config;
        if (c.period != 0) {
            uint32 index = uint32(block.timestamp / c.period);
            uint256 used = index == c.periodIndex ? c.paidInPeriod : 0;
            // The limit may have been lowered below what this period already paid.
            uint256 available = used < c.limit ? c.limit - used : 0;
            if (amount > available) revert PayoutLimitExceeded(token, available, (uint256(index) + 1) * c.period);
            // One SSTORE of the whole slot: limit | paidInPeriod << 96 | periodIndex << 192 | period << 224 |
            // pool << 248, TokenConfig's layout. (Assigning the struct compiles to a store per field here.)
            uint256 word = uint256(c.limit) | ((used + amount) << 96) | (uint256(index) << 192)
                | (uint256(c.period) << 224) | (c.pool ? 1 << 248 : 0); // used + amount <= limit < 2^96
            assembly ("memory-safe") {
                sstore(config.slot, word)
            }
        }
        emit Claimed(account, token, amount, cumulativeAmount);
        if (c.pool) {
            _payFromPool(account, token, amount);
        } else {
            ICreatorToken(token).mint(account, amount);
        }
    }

    /// @dev `pool` pays from its own ledger, never from what other pools of the same ERC-20 hold.
    function _payFromPool(address account, address pool, uint256 amount) private {
        PoolFunds memory f = _funds[pool];
        if (amount > f.balance) revert InsufficientPool(pool, f.balance, amount);
        f.balance -= uint128(amount); // amount <= balance < 2^128
        f.paid += uint128(amount); // paid <= total deposited; reverts rather than wraps beyond 2^128
        _funds[pool] = f;
        IERC20(_pools[pool].token).safeTransfer(account, amount);
    }

    // ---------------------------------------------------------------- roots

    /// @notice The root Merkle claims are checked against (0 before the first root activates).
    function activeRoot() external view returns (bytes32) {
        return _rootOf(_hot);
    }

    /// @notice The epoch of {activeRoot}.
    function epoch() external view returns (uint64) {
        return _matured(_hot) ? _epochs.pendingEpoch : _epochs.epoch;
    }

    /// @notice The proposed root still in its dispute window, or 0.
    function pendingRoot() external view returns (bytes32) {
        return _inWindow(_hot) ? _pendingRoot : bytes32(0);
    }

    /// @notice The epoch of {pendingRoot} and when it activates (both 0 if none).
    function pendingRootInfo() external view returns (uint64 pendingEpoch, uint256 activatesAt) {
        Hot memory hot = _hot;
        if (!_inWindow(hot)) return (0, 0);
        return (_epochs.pendingEpoch, hot.pendingActivatesAt);
    }

    /// @notice Seconds between a root's proposal and its activation.
    function disputeWindow() external view returns (uint32) {
        return _epochs.disputeWindow;
    }

    /// @notice Whether claims are paused.
    function paused() external view returns (bool) {
        return _hot.paused;
    }

    /// @notice Proposes `root` as the tree of cumulative totals for `epoch`, which must be later than the active
    /// epoch. It becomes active after the dispute window unless a guardian rejects it. A previous proposal must
    /// have activated (or been rejected) first. Pools' committed totals stay as they are.
    function proposeRoot(bytes32 root, uint64 epoch_) external onlyRole(ROOT_PROPOSER_ROLE) {
        _propose(root, epoch_);
    }

    /// @notice {proposeRoot}, publishing with the root each listed pool's committed total: `committed[i]` is the
    /// sum over accounts of `pools[i]`'s cumulative amounts in this root. It becomes the pool's active committed
    /// total exactly when this root activates, and never if the root is rejected; a pool not listed keeps its
    /// committed total. A pool listed twice takes the last value.
    function proposeRootWithCommitments(
        bytes32 root,
        uint64 epoch_,
        address[] calldata pools,
        uint256[] calldata committed
    ) external onlyRole(ROOT_PROPOSER_ROLE) {
        if (pools.length != committed.length) revert LengthMismatch(pools.length, committed.length);
        uint64 id = _propose(root, epoch_);
        for (uint256 i = 0; i < pools.length; ++i) {
            address pool = pools[i];
            if (_pools[pool].token == address(0)) revert UnknownPool(pool);
            Commitment storage c = _commitments[pool];
            uint64 p = c.pendingProposal;
            // Any earlier proposal has activated or was rejected (_propose checks it): fold it into active.
            if (p != 0 && p != id && !_rejected[p]) c.active = c.pending;
            c.pending = committed[i];
            c.pendingProposal = id;
            emit PoolCommitted(pool, epoch_, committed[i]);
        }
    }

    /// @dev Checks and records a proposal; returns its id.
    function _propose(bytes32 root, uint64 epoch_) private returns (uint64 id) {
        if (root == bytes32(0)) revert ZeroRoot();
        Hot memory hot = _hot;
        Epochs memory e = _epochs;
        if (hot.pendingActivatesAt != 0) {
            if (!_matured(hot)) revert RootPending(e.pendingEpoch, hot.pendingActivatesAt);
            _activeRoot = _pendingRoot;
            e.epoch = e.pendingEpoch;
        }
        if (epoch_ <= e.epoch) revert EpochNotIncreasing(e.epoch, epoch_);
        uint40 activatesAt = uint40(block.timestamp) + e.disputeWindow;
        _pendingRoot = root;
        e.pendingEpoch = epoch_;
        id = ++e.proposals;
        hot.pendingActivatesAt = activatesAt;
        _epochs = e;
        _hot = hot;
        emit RootProposed(epoch_, root, activatesAt);
    }

    /// @notice Rejects the pending root, which must be `root` (so a guardian never rejects a root it did not
    /// review). The same epoch may then be proposed again.
    function rejectRoot(bytes32 root) external onlyRole(GUARDIAN_ROLE) {
        if (!_inWindow(_hot)) revert NoPendingRoot();
        bytes32 pending = _pendingRoot;
        if (pending != root) revert PendingRootMismatch(pending);
        emit RootRejected(_epochs.pendingEpoch, pending);
        _rejected[_epochs.proposals] = true; // the pending root is always the latest proposal
        delete _pendingRoot;
        _epochs.pendingEpoch = 0;
        _hot.pendingActivatesAt = 0;
    }

    /// @notice Sets the dispute window for roots proposed from now on; at most the withdrawal notice. Admin only.
    function setDisputeWindow(uint32 window) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint32 notice = _epochs.withdrawalNotice;
        if (notice < window) revert NoticeShorterThanDisputeWindow(notice, window);
        _epochs.disputeWindow = window;
        emit DisputeWindowSet(window);
    }

    /// @dev A root was proposed and its dispute window is over: it is the active one.
    function _matured(Hot memory hot) private view returns (bool) {
        return hot.pendingActivatesAt != 0 && block.timestamp >= hot.pendingActivatesAt;
    }

    /// @dev A root was proposed and is still in its dispute window.
    function _inWindow(Hot memory hot) private view returns (bool) {
        return hot.pendingActivatesAt != 0 && block.timestamp < hot.pendingActivatesAt;
    }

    function _rootOf(Hot memory hot) private view returns (bytes32) {
        return _matured(hot) ? _pendingRoot : _activeRoot;
    }

    // ---------------------------------------------------------------- signers and pause

    /// @notice Whether `signer` may sign vouchers.
    function isSigner(address signer) external view returns (bool) {
        return signer != address(0) && (signer == _hot.latestSigner || _signers[signer]);
    }

    /// @notice Allows `signer` to sign vouchers. Admin only. Rotation: add the new signer, then remove the old.
    function addSigner(address signer) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (signer == address(0)) revert ZeroAddress();
        _signers[signer] = true;
        _hot.latestSigner = signer;
        emit SignerAdded(signer);
    }

    /// @notice Retires `signer`: its vouchers are refused from now on. Admin only.
    function removeSigner(address signer) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _signers[signer] = false;
        if (_hot.latestSigner == signer) _hot.latestSigner = address(0);
        emit SignerRemoved(signer);
    }

    /// @notice Stops all claims. Guardian only.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _hot.paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Resumes claims. Admin only, so a guardian key can stop payouts but never restart them.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!_hot.paused) revert NotPaused();
        _hot.paused = false;
        emit Unpaused(msg.sender);
    }

    // ---------------------------------------------------------------- sponsor pools

    /// @notice The address of the pool `owner` would create for `token` with `salt` (on this chain and
    /// distributor). It has no code; it stands in the `token` position of claims.
    function predictPoolAddress(address owner, address token, bytes32 salt) public view returns (address) {
        return address(uint160(uint256(keccak256(abi.encode(block.chainid, address(this), owner, token, salt)))));
    }

    /// @notice Creates a sponsor pool of the ERC-20 `token`, owned by the caller, at
    /// `predictPoolAddress(msg.sender, token, salt)`. It starts empty, without a payout limit.
    /// @return pool the pool's address
    function createPool(address token, bytes32 salt) external returns (address pool) {
        if (token.code.length == 0) revert NotAContract(token);
        pool = predictPoolAddress(msg.sender, token, salt);
        if (_pools[pool].token != address(0)) revert PoolExists(pool);
        _pools[pool] = Pool({token: token, owner: msg.sender, withdrawableAt: 0});
        // Whatever an admin-assigned manager may have set for the address before is dropped.
        _config[pool] = TokenConfig({limit: 0, paidInPeriod: 0, periodIndex: 0, period: 0, pool: true});
        emit PoolCreated(pool, token, msg.sender);
    }

    /// @notice Deposits `amount` of the pool's ERC-20 from the caller (who must have approved this contract) into
    /// `pool`. Anyone may fund any pool; what arrived is credited (fee-on-transfer tokens credit less).
    function fundPool(address pool, uint256 amount) external nonReentrant {
        _fundPool(pool, amount);
    }

    /// @notice {fundPool} with an EIP-2612 permit from the caller to this contract for `amount`. The permit is
    /// tried and its failure ignored, so a permit front-run by someone else (the allowance is then in place
    /// already) does not block the deposit; without allowance the token's transfer reverts.
    function fundPoolWithPermit(address pool, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
    {
        address token = _pools[pool].token;
        if (token == address(0)) revert UnknownPool(pool);
        try IERC20Permit(token).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        _fundPool(pool, amount);
    }

    function _fundPool(address pool, uint256 amount) private {
        address token = _pools[pool].token;
        if (token == address(0)) revert UnknownPool(pool);
        if (amount == 0) revert ZeroAmount();
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = IERC20(token).balanceOf(address(this)) - before;
        if (received == 0) revert ZeroAmount();
        PoolFunds storage f = _funds[pool];
        uint256 balance = f.balance + received;
        if (balance > type(uint128).max) revert AmountTooLarge(balance);
        f.balance = uint128(balance);
        emit PoolFunded(pool, msg.sender, received);
    }

    /// @notice Offers the ownership of `pool` to `newOwner`, who takes it with {acceptPoolOwnership}; 0 withdraws
    /// the offer. Pool owner only.
    function transferPoolOwnership(address pool, address newOwner) external {
        address owner = _poolOwner(pool);
        _pendingOwner[pool] = newOwner;
        emit PoolOwnershipTransferStarted(pool, owner, newOwner);
    }

    /// @notice Takes the ownership of `pool` offered to the caller. The pool's payout limit and any announced
    /// withdrawal stay as they are.
    function acceptPoolOwnership(address pool) external {
        if (_pools[pool].token == address(0)) revert UnknownPool(pool);
        if (_pendingOwner[pool] != msg.sender) revert NotPendingPoolOwner(pool, msg.sender);
        address previous = _pools[pool].owner;
        _pools[pool].owner = msg.sender;
        delete _pendingOwner[pool];
        emit PoolOwnershipTransferred(pool, previous, msg.sender);
    }

    /// @notice Who may accept the ownership of `pool` (0 if nobody).
    function pendingPoolOwner(address pool) external view returns (address) {
        return _pendingOwner[pool];
    }

    /// @notice Announces a withdrawal from `pool`: from now + {withdrawalNotice} on, the owner may {withdraw} what
    /// is not owed. The service stops awarding from a pool under notice, so by then the active root commits
    /// every award and what is owed is exactly committed minus paid. Claims keep paying meanwhile. Pool owner only.
    function announceWithdrawal(address pool) external {
        _poolOwner(pool);
        Pool storage p = _pools[pool];
        if (p.withdrawableAt != 0) revert WithdrawalAlreadyAnnounced(pool, p.withdrawableAt);
        uint40 at = uint40(block.timestamp) + _epochs.withdrawalNotice;
        p.withdrawableAt = at;
        emit WithdrawalAnnounced(pool, at);
    }

    /// @notice Cancels the announced withdrawal of `pool` (the service may award from it again). Pool owner only.
    function cancelWithdrawal(address pool) external {
        _poolOwner(pool);
        Pool storage p = _pools[pool];
        if (p.withdrawableAt == 0) revert NoWithdrawalAnnounced(pool);
        p.withdrawableAt = 0;
        emit WithdrawalCancelled(pool);
    }

    /// @notice Sends `amount` of the pool's ERC-20 to `to`, once the announced notice is over and at most
    /// {withdrawable}. The announcement stays in force (withdraw again, or {cancelWithdrawal}). Not while paused.
    /// Pool owner only.
    function withdraw(address pool, address to, uint256 amount) external nonReentrant {
        if (_hot.paused) revert ClaimsPaused();
        _poolOwner(pool);
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        Pool memory p = _pools[pool];
        if (p.withdrawableAt == 0 || block.timestamp < p.withdrawableAt) {
            revert WithdrawalNotDue(pool, p.withdrawableAt);
        }
        uint256 available = withdrawable(pool);
        if (amount > available) revert WithdrawalTooLarge(pool, available, amount);
        _funds[pool].balance -= uint128(amount); // amount <= balance
        emit PoolWithdrawn(pool, to, amount);
        IERC20(p.token).safeTransfer(to, amount);
    }

    /// @notice What the owner of `pool` could withdraw once due: its balance minus what is owed, where owed is the
    /// pool's committed total under the active root minus what it has paid (0 if paid is more).
    function withdrawable(address pool) public view returns (uint256) {
        PoolFunds memory f = _funds[pool];
        uint256 committed = _activeCommitted(_commitments[pool]);
        uint256 owed = committed > f.paid ? committed - f.paid : 0;
        return f.balance > owed ? f.balance - owed : 0;
    }

    /// @notice The committed total of `pool` under the active root, and the one published with the pending root
    /// (0 if no root in its dispute window lists the pool).
    function committedOf(address pool) external view returns (uint256 active, uint256 pending) {
        Commitment memory c = _commitments[pool];
        active = _activeCommitted(_commitments[pool]);
        if (c.pendingProposal == _epochs.proposals && _inWindow(_hot)) pending = c.pending;
    }

    /// @notice Everything about `pool`: its ERC-20, owner, balance (deposited − paid − withdrawn), total paid,
    /// committed total under the active root and when an announced withdrawal is due (0: none announced).
    function poolInfo(address pool)
        external
        view
        returns (address token, address owner, uint256 balance, uint256 paid, uint256 committed, uint256 withdrawableAt)
    {
        Pool memory p = _pools[pool];
        PoolFunds memory f = _funds[pool];
        return (p.token, p.owner, f.balance, f.paid, _activeCommitted(_commitments[pool]), p.withdrawableAt);
    }

    /// @notice Whether `pool` is a sponsor pool created here.
    function isPool(address pool) external view returns (bool) {
        return _pools[pool].token != address(0);
    }

    /// @notice Seconds between {announceWithdrawal} and the first possible {withdraw}.
    function withdrawalNotice() external view returns (uint32) {
        return _epochs.withdrawalNotice;
    }

    /// @notice Sets the withdrawal notice for withdrawals announced from now on; at least the dispute window.
    /// Admin only.
    function setWithdrawalNotice(uint32 notice) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint32 window = _epochs.disputeWindow;
        if (notice < window) revert NoticeShorterThanDisputeWindow(notice, window);
        _epochs.withdrawalNotice = notice;
        emit WithdrawalNoticeSet(notice);
    }

    /// @dev The pending value counts once its proposal's root is active: not rejected, and either superseded by a
    /// later proposal (which required it to have activated) or the latest one with its window over.
    function _activeCommitted(Commitment storage c) private view returns (uint256) {
        uint64 p = c.pendingProposal;
        if (p == 0 || _rejected[p]) return c.active;
        if (p < _epochs.proposals || _matured(_hot)) return c.pending;
        return c.active;
    }

    /// @dev The owner of `pool`, which must be the caller.
    function _poolOwner(address pool) private view returns (address owner) {
        owner = _pools[pool].owner;
        if (owner == address(0)) revert UnknownPool(pool);
        if (owner != msg.sender) revert NotPoolOwner(pool, msg.sender);
    }

    // ---------------------------------------------------------------- limits

    /// @notice Limits payouts of `token` (a token or a pool) to `limit` (below 2^96) per `period` seconds (at most
    /// 2^24 - 1, about 194 days); period 0 with limit 0 removes the limit. Payout manager only. Each pool has its
    /// own limit, whatever its ERC-20.
    function setPayoutLimit(address token, uint256 limit, uint32 period) external {
        if (msg.sender != payoutManager(token)) revert NotPayoutManager(token, msg.sender);
        if (limit > type(uint96).max) revert AmountTooLarge(limit);
        if ((period == 0 && limit != 0) || period > type(uint24).max) revert InvalidPeriod();
        TokenConfig storage c = _config[token];
        if (c.period != period) {
            // A new period length starts counting afresh.
            c.periodIndex = 0;
            c.paidInPeriod = 0;
        }
        c.limit = uint96(limit);
        c.period = uint24(period);
        emit PayoutLimitSet(token, limit, period);
    }

    /// @notice The payout limit of `token`: the limit per period, the period in seconds (0 = unlimited), what was
    /// paid in the current period and when that period ends.
    function payoutLimit(address token)
        external
        view
        returns (uint256 limit, uint32 period, uint256 paidInPeriod, uint256 periodEndsAt)
    {
        TokenConfig memory c = _config[token];
        if (c.period == 0) return (0, 0, 0, 0);
        uint32 index = uint32(block.timestamp / c.period);
        uint256 used = index == c.periodIndex ? c.paidInPeriod : 0;
        return (c.limit, c.period, used, (uint256(index) + 1) * c.period);
    }

    /// @notice Who sets the payout limit of `token`: a pool's owner; for a token, an explicitly assigned manager,
    /// else the token's creator (for a CreatorToken), else nobody.
    function payoutManager(address token) public view returns (address) {
        address owner = _pools[token].owner;
        if (owner != address(0)) return owner;
        address manager = _manager[token];
        if (manager != address(0)) return manager;
        (, manager) = _creatorOf(token);
        return manager;
    }

    /// @dev Whether `token` answers creator() with an address, and that address (0 once renounced).
    function _creatorOf(address token) private view returns (bool hasCreator, address creator) {
        (bool ok, bytes memory ret) = token.staticcall(abi.encodeCall(ICreatorToken.creator, ()));
        if (!ok || ret.length != 32) return (false, address(0));
        uint256 word = abi.decode(ret, (uint256));
        if (word >> 160 != 0) return (false, address(0));
        return (true, address(uint160(word)));
    }

    /// @notice Hands the payout management of `token` to `manager`. The current manager or the admin (to recover
    /// a token whose creator renounced). Not for pools: a pool's manager is its owner.
    function setPayoutManager(address token, address manager) external {
        if (_pools[token].token != address(0)) revert PoolManagedByOwner(token);
        if (msg.sender != payoutManager(token) && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert NotPayoutManager(token, msg.sender);
        }
        if (manager == address(0)) revert ZeroAddress();
        _manager[token] = manager;
        emit PayoutManagerSet(token, manager);
    }
}
