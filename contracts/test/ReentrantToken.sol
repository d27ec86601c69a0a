// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Test-only hostile ERC-20: when it sends tokens (a payout from a sponsor pool) it calls `target` with
/// `payload` — e.g. the same claim again — and records whether that re-entry succeeded, without reverting.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public payload;
    uint256 public attempts;
    uint256 public successes;
    bytes public lastError;

    constructor() ERC20("Reentrant", "REE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        address t = target;
        if (t != address(0) && from == t) {
            target = address(0); // one attempt per arm
            ++attempts;
            (bool ok, bytes memory ret) = t.call(payload);
            if (ok) ++successes;
            else lastError = ret;
        }
    }
}
