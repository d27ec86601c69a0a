// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

/// @title WalletSigValidator
/// @notice Never deployed. tribe runs this contract's creation code in one `eth_call` (no `to`) to check a
/// signature of any kind of wallet against the chain as it is, and reads the verdict from the code the
/// constructor "returns" (one byte):
///
///   0x01  valid as the chain stands: an EOA's ECDSA signature, or a deployed contract wallet's ERC-1271
///         signature (OpenZeppelin SignatureChecker, exactly what CreatorTokenFactory checks on-chain);
///   0x02  valid only once the ERC-6492 wrapper's factory call has run: a counterfactual (undeployed, or
///         deployed but not yet prepared) wallet;
///   0x00  not valid.
///
/// ERC-6492: a signature ending in the 32-byte magic suffix 0x6492…6492 is
/// `abi.encode(factory, factoryCalldata, innerSignature) ++ suffix`. If the signer already has code and
/// accepts the inner signature the verdict is 0x01; otherwise `factory.call(factoryCalldata)` runs (in the
/// eth_call only: nothing is ever sent) and the now-deployed wallet is asked again. Malformed wrappers make
/// the call revert, which tribe reads as "not valid".
///
/// Written from ERC-1271, ERC-6492 and EIP-4361; no code copied from the reference validators.
contract WalletSigValidator {
    bytes32 private constant ERC6492_SUFFIX = 0x6492649264926492649264926492649264926492649264926492649264926492;

    uint8 private constant INVALID = 0;
    uint8 private constant VALID = 1;
    uint8 private constant VALID_COUNTERFACTUAL = 2;

    constructor(address signer, bytes32 hash, bytes memory signature) {
        uint8 verdict = _verdict(signer, hash, signature);
        assembly ("memory-safe") {
            mstore8(0, verdict)
            return(0, 1)
        }
    }

    function _verdict(address signer, bytes32 hash, bytes memory signature) private returns (uint8) {
        if (!_wrapped(signature)) {
            return SignatureChecker.isValidSignatureNow(signer, hash, signature) ? VALID : INVALID;
        }
        // Drop the suffix in place, then read the wrapper.
        assembly ("memory-safe") {
            mstore(signature, sub(mload(signature), 32))
        }
        (address factory, bytes memory factoryCalldata, bytes memory inner) =
            abi.decode(signature, (address, bytes, bytes));
        if (signer.code.length != 0 && SignatureChecker.isValidERC1271SignatureNow(signer, hash, inner)) {
            return VALID;
        }
        (bool ok,) = factory.call(factoryCalldata);
        if (!ok || signer.code.length == 0) {
            return INVALID;
        }
        return SignatureChecker.isValidERC1271SignatureNow(signer, hash, inner) ? VALID_COUNTERFACTUAL : INVALID;
    }

    function _wrapped(bytes memory signature) private pure returns (bool w) {
        uint256 n = signature.length;
        if (n < 32) {
            return false;
        }
        bytes32 tail;
        assembly ("memory-safe") {
            tail := mload(add(signature, n))
        }
        return tail == ERC6492_SUFFIX;
    }
}
