// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Test-only hostile "reward token": a campaign names it as its token, and each mint — which the
/// distributor calls to pay a claim in mint mode — writes `rounds` fresh storage slots (about 22,100 gas each)
/// at the expense of whoever sent the claim. 450 rounds burn about 10M gas for a 1-unit claim.
contract GasGuzzler {
    uint256 public immutable rounds;
    uint256 public writes;
    mapping(uint256 => uint256) public junk;

    constructor(uint256 rounds_) {
        rounds = rounds_;
    }

    function mint(address to, uint256 amount) external {
        uint256 n = writes;
        for (uint256 i = 0; i < rounds; ++i) {
            junk[n + i] = uint256(uint160(to)) ^ amount ^ (i + 1);
        }
        writes = n + rounds;
    }
}
