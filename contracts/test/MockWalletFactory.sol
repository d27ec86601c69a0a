// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MockERC1271Wallet} from "./MockERC1271Wallet.sol";

/// @notice Test-only factory of counterfactual MockERC1271Wallets (CREATE2), for ERC-6492 signatures: a wallet's
/// address is known, and it can sign, before it is deployed.
contract MockWalletFactory {
    event WalletDeployed(address indexed wallet, address indexed owner);

    function deploy(address owner, bytes32 salt) external returns (address wallet) {
        wallet = address(new MockERC1271Wallet{salt: salt}(owner));
        emit WalletDeployed(wallet, owner);
    }

    function predict(address owner, bytes32 salt) external view returns (address) {
        bytes32 h = keccak256(
            abi.encodePacked(
                bytes1(0xff),
                address(this),
                salt,
                keccak256(abi.encodePacked(type(MockERC1271Wallet).creationCode, abi.encode(owner)))
            )
        );
        return address(uint160(uint256(h)));
    }
}
