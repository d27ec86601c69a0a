// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
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
/// Funding, per token: mint mode (default; the token is a CreatorToken whose creator made this contract a
/// minter) or escrow mode (any ERC-20, deposited with {fund}; payouts come out of that token's own pool, which
/// is this contract's balance of that token — so pools never subsidise each other).
/// A per-token payout limit per period, set by the token's payout manager (the creator, or the first funder
/// of a plain ERC-20), bounds what a stolen signer key could take.
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
    }

    /// @dev Per-token settings and the payout-limit counter, in the one slot every payout of the token reads.
    struct TokenConfig {
        uint96 limit; // max paid per period when period != 0
        uint96 paidInPeriod;
        uint32 periodIndex; // block.timestamp / period of paidInPeriod
        uint24 period; // seconds; 0 = no limit
        bool escrow; // payouts come from the pool instead of being minted
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
    event Funded(address indexed token, address indexed from, uint256 amount);
    event PayoutLimitSet(address indexed token, uint256 limit, uint32 period);
    event PayoutManagerSet(address indexed token, address indexed manager);

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
    /// @notice The token's escrow pool holds less than the payout.
    error InsufficientPool(address token, uint256 available, uint256 needed);
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
    constructor(address admin, uint32 disputeWindow_) EIP712("TribeRewards", "1") {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _epochs.disputeWindow = disputeWindow_;
        emit DisputeWindowSet(disputeWindow_);
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
        if (!MerkleProof.verifyCalldata(proof, root, leaf)) revert InvalidProof();
    }

    /// @dev Effects first (claimed, limits, pool), then the single external call that moves tokens.
    function _pay(address account, address token, uint256 cumulativeAmount, uint256 paid) private {
        uint256 amount = cumulativeAmount - paid;
        claimed[token][account] = cumulativeAmount;
        TokenConfig memory c = _config[token];
        if (c.period != 0) {
            uint32 index = uint32(block.timestamp / c.period);
            uint256 used = index == c.periodIndex ? c.paidInPeriod : 0;
            // The limit may have been lowered below what this period already paid.
            uint256 available = used < c.limit ? c.limit - used : 0;
            if (amount > available) revert PayoutLimitExceeded(token, available, (uint256(index) + 1) * c.period);
            c.periodIndex = index;
            c.paidInPeriod = uint96(used + amount); // <= limit, so it fits
            _config[token] = c;
        }
        emit Claimed(account, token, amount, cumulativeAmount);
        if (c.escrow) {
            // A token's pool is this contract's balance of it: pools of different tokens cannot mix.
            uint256 pool = IERC20(token).balanceOf(address(this));
            if (amount > pool) revert InsufficientPool(token, pool, amount);
            IERC20(token).safeTransfer(account, amount);
        } else {
            ICreatorToken(token).mint(account, amount);
        }
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
    /// have activated (or been rejected) first.
    function proposeRoot(bytes32 root, uint64 epoch_) external onlyRole(ROOT_PROPOSER_ROLE) {
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
        delete _pendingRoot;
        _epochs.pendingEpoch = 0;
        _hot.pendingActivatesAt = 0;
    }

    /// @notice Sets the dispute window for roots proposed from now on. Admin only.
    function setDisputeWindow(uint32 window) external onlyRole(DEFAULT_ADMIN_ROLE) {
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

    // ---------------------------------------------------------------- funding and limits

    /// @notice Deposits `amount` of `token` into its escrow pool; from then on the token's payouts come from the
    /// pool. The first deposit of a token is made by its payout manager; a token without one (a plain ERC-20)
    /// gets the first funder as its manager. Later deposits may come from anyone. Pools never subsidise each
    /// other and are not withdrawable: what is deposited is for rewards.
    function fund(address token, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        TokenConfig storage c = _config[token];
        if (!c.escrow) {
            address manager = _manager[token];
            if (manager == address(0)) {
                bool hasCreator;
                (hasCreator, manager) = _creatorOf(token);
                // A plain ERC-20 gets its first funder as manager. A CreatorToken never does: its creator
                // manages it, and one whose creator renounced ownership can be switched only by a manager the
                // admin assigns — otherwise any holder could flip it to an empty pool and stop its payouts.
                if (!hasCreator) {
                    manager = msg.sender;
                    _manager[token] = msg.sender;
                    emit PayoutManagerSet(token, msg.sender);
                }
            }
            if (manager != msg.sender) revert NotPayoutManager(token, msg.sender);
            c.escrow = true;
        }
        // Report what arrived, not what was asked (fee-on-transfer tokens).
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        emit Funded(token, msg.sender, IERC20(token).balanceOf(address(this)) - before);
    }

    /// @notice The escrow pool of `token` (this contract's balance of it), and whether the token is in escrow
    /// mode. Tokens sent here without {fund} join the pool.
    function poolOf(address token) external view returns (uint256 balance, bool escrow) {
        escrow = _config[token].escrow;
        if (escrow) balance = IERC20(token).balanceOf(address(this));
    }

    /// @notice Limits payouts of `token` to `limit` (below 2^96) per `period` seconds (at most 2^24 - 1, about
    /// 194 days); period 0 with limit 0 removes the limit. Payout manager only.
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

    /// @notice Who sets the payout limit of `token`: an explicitly assigned manager, else the token's creator
    /// (for a CreatorToken), else nobody until the first {fund}.
    function payoutManager(address token) public view returns (address) {
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
    /// a plain ERC-20 whose first funder should not manage it).
    function setPayoutManager(address token, address manager) external {
        if (msg.sender != payoutManager(token) && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert NotPayoutManager(token, msg.sender);
        }
        if (manager == address(0)) revert ZeroAddress();
        _manager[token] = manager;
        emit PayoutManagerSet(token, manager);
    }
}
