// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {ERC20PermitUpgradeable} from
    "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PermitUpgradeable.sol";
import {Ownable2StepUpgradeable} from "@openzeppelin/contracts-upgradeable/access/Ownable2StepUpgradeable.sol";

/// @title CreatorToken
/// @notice A creator's community token: ERC-20 with EIP-2612 permit, an optional hard cap, and a set of
/// minters chosen by the creator (typically the RewardsDistributor, which mints rewards as fans claim them).
/// @dev Deployed once as an implementation and used through ERC-1167 clones made by CreatorTokenFactory, so
/// everything is set by {initialize}, never by a constructor. The creator is the Ownable2Step owner: ownership
/// moves in two steps (transferOwnership, then acceptOwnership by the new creator).
/// The EIP-712 domain of permit is `{name: name(), version: "1", chainId, verifyingContract: this clone}`;
/// the name is read from the ERC-20 name rather than stored twice.
contract CreatorToken is ERC20PermitUpgradeable, Ownable2StepUpgradeable {
    /// @custom:storage-location erc7201:tribe.storage.CreatorToken
    struct CreatorTokenStorage {
        // The cap and the rewards distributor's minting right share a slot: a reward mint reads one slot for both.
        uint248 maxSupply;
        bool distributorMinter;
        mapping(address account => bool) minters; // every minter but the distributor
    }

    // keccak256(abi.encode(uint256(keccak256("tribe.storage.CreatorToken")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_LOCATION = 0x13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c00;

    /// @notice Emitted when the creator grants or revokes minting rights.
    event MinterSet(address indexed minter, bool allowed);

    /// @notice The caller is not a minter.
    error NotMinter(address caller);
    /// @notice Minting `amount` would take the supply above `maxSupply`.
    error MaxSupplyExceeded(uint256 maxSupply, uint256 newSupply);
    /// @notice The cap does not fit in 248 bits.
    error MaxSupplyTooLarge(uint256 maxSupply);
    /// @notice The creator's initial allocation is larger than the cap.
    error AllocationExceedsMaxSupply(uint256 allocation, uint256 maxSupply);
    /// @notice The zero address was given where an account is required.
    error ZeroAddress();

    /// @notice The tribe RewardsDistributor, the minter every creator is expected to enable. Its minting right is
    /// stored beside the cap to save a storage read on each reward; it is granted and revoked like any other.
    address public immutable distributor;

    /// @dev The implementation itself can never be initialised; only clones can, once. Clones run this code, so
    /// they share `distributor`.
    constructor(address distributor_) {
        distributor = distributor_;
        _disableInitializers();
    }

    /// @notice Sets up a freshly cloned token. Callable exactly once per clone.
    /// @param creator_ owner of the token (manages minters; receives `creatorAllocation`)
    /// @param maxSupply_ hard cap on total supply; 0 means uncapped; below 2^248
    function initialize(
        address creator_,
        string calldata name_,
        string calldata symbol_,
        uint256 maxSupply_,
        uint256 creatorAllocation
    ) external initializer {
        if (creator_ == address(0)) revert ZeroAddress();
        if (maxSupply_ > type(uint248).max) revert MaxSupplyTooLarge(maxSupply_);
        if (maxSupply_ != 0 && creatorAllocation > maxSupply_) {
            revert AllocationExceedsMaxSupply(creatorAllocation, maxSupply_);
        }
        __ERC20_init(name_, symbol_);
        // __ERC20Permit_init would store the name again for EIP-712; _EIP712Name reads it from ERC-20 instead.
        __Ownable_init(creator_);
        if (maxSupply_ != 0) _store().maxSupply = uint248(maxSupply_);
        if (creatorAllocation != 0) _mint(creator_, creatorAllocation);
    }

    /// @notice The creator: the owner of this token.
    function creator() external view returns (address) {
        return owner();
    }

    /// @notice Hard cap on total supply; 0 means uncapped.
    function maxSupply() external view returns (uint256) {
        return _store().maxSupply;
    }

    /// @notice Whether `account` may mint.
    function isMinter(address account) external view returns (bool) {
        CreatorTokenStorage storage $ = _store();
        return account == distributor ? $.distributorMinter : $.minters[account];
    }

    /// @notice Grants or revokes minting rights. Creator only.
    function setMinter(address minter, bool allowed) external onlyOwner {
        if (minter == address(0)) revert ZeroAddress();
        CreatorTokenStorage storage $ = _store();
        if (minter == distributor) $.distributorMinter = allowed;
        else $.minters[minter] = allowed;
        emit MinterSet(minter, allowed);
    }

    /// @notice Mints `amount` to `to`. Minters only; never beyond {maxSupply}.
    function mint(address to, uint256 amount) external {
        CreatorTokenStorage storage $ = _store();
        if (!(msg.sender == distributor ? $.distributorMinter : $.minters[msg.sender])) revert NotMinter(msg.sender);
        _mint(to, amount);
        uint256 cap = $.maxSupply;
        if (cap != 0) {
            uint256 supply = totalSupply();
            if (supply > cap) revert MaxSupplyExceeded(cap, supply);
        }
    }

    /// @dev The permit domain name is the token name, read from ERC-20 storage.
    function _EIP712Name() internal view override returns (string memory) {
        return name();
    }

    /// @dev The permit domain version is always "1".
    function _EIP712Version() internal pure override returns (string memory) {
        return "1";
    }

    function _store() private pure returns (CreatorTokenStorage storage $) {
        assembly {
            $.slot := STORAGE_LOCATION
        }
    }
}
