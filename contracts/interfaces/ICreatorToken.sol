// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What the RewardsDistributor needs of a CreatorToken.
interface ICreatorToken {
    function creator() external view returns (address);
    function mint(address to, uint256 amount) external;
}
