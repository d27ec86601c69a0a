// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {CreatorToken} from "./CreatorToken.sol";

/// @title CreatorTokenFactory
/// @notice Creates CreatorTokens as ERC-1167 clones at addresses known in advance: the address depends only on
/// the factory, the creator and the creator's salt. A relayer may create a token on a creator's behalf
/// ({createTokenFor}) only with the creator's EIP-712 signature, so nobody can create a token "owned" by
/// someone who did not ask for it.
/// @dev EIP-712 domain `{name: "TribeTokenFactory", version: "1", chainId, verifyingContract: this}`.
/// A signature authorises exactly one token: its salt fixes the address, which can be used only once.
/// Contract wallets (ERC-1271) can sign as creators too.
contract CreatorTokenFactory is EIP712 {
    /// @notice keccak256 of the CreateToken type signed by creators.
    bytes32 public constant CREATE_TOKEN_TYPEHASH = keccak256(
        "CreateToken(address creator,string name,string symbol,uint256 maxSupply,uint256 creatorAllocation,bytes32 salt,uint256 deadline)"
    );

    /// @notice The CreatorToken every clone delegates to.
    address public immutable implementation;

    /// @notice Emitted for every token created.
    event TokenCreated(
        address indexed token, address indexed creator, string name, string symbol, uint256 maxSupply
    );

    /// @notice The creator's signature is past its deadline.
    error SignatureExpired(uint256 deadline);
    /// @notice The signature is not the creator's for this request, factory and chain.
    error InvalidCreatorSignature(address creator);
    /// @notice This creator already used this salt: the token exists at `token`.
    error TokenExists(address token);

    /// @param distributor the RewardsDistributor every token knows as its rewards minter (see CreatorToken)
    constructor(address distributor) EIP712("TribeTokenFactory", "1") {
        implementation = address(new CreatorToken(distributor));
    }

    /// @notice Creates a token owned by the caller.
    /// @param maxSupply hard cap (0 = uncapped)
    /// @param creatorAllocation minted to the creator at creation
    /// @param salt any value; with the creator it fixes the token address (see {predictTokenAddress})
    function createToken(
        string calldata name,
        string calldata symbol,
        uint256 maxSupply,
        uint256 creatorAllocation,
        bytes32 salt
    ) external returns (address) {
        return _create(msg.sender, name, symbol, maxSupply, creatorAllocation, salt);
    }

    /// @notice Creates a token owned by `creator`, paid for by the caller, with the creator's EIP-712 consent.
    function createTokenFor(
        address creator,
        string calldata name,
        string calldata symbol,
        uint256 maxSupply,
        uint256 creatorAllocation,
        bytes32 salt,
        uint256 deadline,
        bytes calldata signature
    ) external returns (address) {
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        bytes32 digest = _hashTypedDataV4(
            keccak256(
                abi.encode(
                    CREATE_TOKEN_TYPEHASH,
                    creator,
                    keccak256(bytes(name)),
                    keccak256(bytes(symbol)),
                    maxSupply,
                    creatorAllocation,
                    salt,
                    deadline
                )
            )
        );
        if (!SignatureChecker.isValidSignatureNowCalldata(creator, digest, signature)) {
            revert InvalidCreatorSignature(creator);
        }
        return _create(creator, name, symbol, maxSupply, creatorAllocation, salt);
    }

    /// @notice The address {createToken} or {createTokenFor} gives for `creator` and `salt`.
    function predictTokenAddress(address creator, bytes32 salt) public view returns (address) {
        return Clones.predictDeterministicAddress(implementation, _salt(creator, salt));
    }

    /// @notice The EIP-712 domain separator of creation requests.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _create(
        address creator,
        string calldata name,
        string calldata symbol,
        uint256 maxSupply,
        uint256 creatorAllocation,
        bytes32 salt
    ) private returns (address token) {
        bytes32 s = _salt(creator, salt);
        address predicted = Clones.predictDeterministicAddress(implementation, s);
        if (predicted.code.length != 0) revert TokenExists(predicted);
        token = Clones.cloneDeterministic(implementation, s);
        CreatorToken(token).initialize(creator, name, symbol, maxSupply, creatorAllocation);
        emit TokenCreated(token, creator, name, symbol, maxSupply);
    }

    /// @dev Namespacing the salt by creator stops anyone from taking another creator's address first.
    function _salt(address creator, bytes32 salt) private pure returns (bytes32 s) {
        assembly ("memory-safe") {
            mstore(0x00, creator)
            mstore(0x20, salt)
            s := keccak256(0x00, 0x40)
        }
    }
}
