// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// RewardsDistributorClaim is an auto generated low-level Go binding around an user-defined struct.
type RewardsDistributorClaim struct {
	Account          common.Address
	Token            common.Address
	CumulativeAmount *big.Int
	Deadline         *big.Int
	Signature        []byte
	Proof            [][32]byte
}

// RewardsDistributorMetaData contains all meta data concerning the RewardsDistributor contract.
var RewardsDistributorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimsPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proposed\",\"type\":\"uint64\"}],\"name\":\"EpochNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientPool\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pools\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"committed\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoActiveRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"NoWithdrawalAnnounced\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPayoutManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingPoolOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPoolOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"withdrawalNotice\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"}],\"name\":\"NoticeShorterThanDisputeWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resetsAt\",\"type\":\"uint256\"}],\"name\":\"PayoutLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pending\",\"type\":\"bytes32\"}],\"name\":\"PendingRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"PoolExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"PoolManagedByOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"activatesAt\",\"type\":\"uint256\"}],\"name\":\"RootPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"UnknownPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"VoucherExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalAlreadyAnnounced\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalNotDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawable\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"}],\"name\":\"DisputeWindowSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"PayoutLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"}],\"name\":\"PayoutManagerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"committed\",\"type\":\"uint256\"}],\"name\":\"PoolCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"PoolOwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"PoolOwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"activatesAt\",\"type\":\"uint256\"}],\"name\":\"RootProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"RootRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalAnnounced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"WithdrawalCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"withdrawalNotice\",\"type\":\"uint32\"}],\"name\":\"WithdrawalNoticeSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROOT_PROPOSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOUCHER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"acceptPoolOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"addSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"announceWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"cancelWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRewardsDistributor.Claim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"}],\"name\":\"claimMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"claimWithVoucher\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"committedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"active\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pending\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"createPool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fundPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundPoolWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"isPool\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"isSigner\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"payoutLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"paidInPeriod\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"periodEndsAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"payoutManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"pendingPoolOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingRootInfo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"pendingEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"activatesAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"poolInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"committed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"predictPoolAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch_\",\"type\":\"uint64\"}],\"name\":\"proposeRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch_\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"pools\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"committed\",\"type\":\"uint256[]\"}],\"name\":\"proposeRootWithCommitments\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"rejectRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"removeSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"setDisputeWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"setPayoutLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"}],\"name\":\"setPayoutManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"notice\",\"type\":\"uint32\"}],\"name\":\"setWithdrawalNotice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferPoolOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"voucherDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalNotice\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RewardsDistributor",
	Bin: "0x61016080604052346102875760408161459f8038038091610020828561028b565b8339810103126102875780516001600160a01b0381169182820361028757602001519063ffffffff8216928383036102875760405161006060408261028b565b600c815260208101906b54726962655265776172647360a01b82526040519161008a60408461028b565b600183526020830191603160f81b83526100a38161034b565b610120526100b08461034b565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261011960c08261028b565b5190206080523060c0521561027857610131906102c2565b50600454916401fffffffe8260011b16928184046002148215171561026457610e10840180941161026457602080937f3df1af05218226161894ecd070f209b48b97ff740f645c5cea456867f2217cfa927f11d84f41f10bc777df0555ad48bb83764ac759140e502381ab2842b14a312c5f9663ffffffff81115f14610259575063ffffffff5b63ffffffff60e01b9060e01b169163ffffffff60801b9060801b169073ffffffff00000000000000000000000000000001600160e01b031617179283600455604051908152a16040519060e01c8152a16040516141c890816103b7823960805181613eca015260a05181613f87015260c05181613e9b015260e05181613f1901526101005181613f3f015261012051816111a6015261014051816111d00152f35b63ffffffff166101b8565b634e487b7160e01b5f52601160045260245ffd5b63d92e233d60e01b5f5260045ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176102ae57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f51602061457f5f395f51905f52602052604090205460ff16610346576001600160a01b03165f8181525f51602061457f5f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f90565b601f815111610376576020815191015160208210610367571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c908162a69bac146125fb5750806301ffc9a71461255a57806302fb07da1461247557806303d490ce146124495780630a770c201461241a5780630c9cbf0e146123c65780630e316ab714612304578063117f5f92146122de57806317a1e84a1461229d578063248a9ca31461227257806324ea54f4146122385780632bfd5146146121e65780632f2ff15d146121a857806336568abe146121495780633bc61fe514611f545780633e0db86914611e905780633e4c774b14611d865780633e8b94df14611ada5780633f4ba83a14611a3a578063425d3b691461192757806353082de3146118505780635890ae23146117355780635b16ebb7146116f95780635c975abb146116d35780635dbb0013146114c85780635e37ac711461140a5780636557540f146113d9578063750588cf146113a25780637df73e271461132e5780638456cb59146112a457806384b0196e1461118c578063900cf0cf1461112b57806391d14854146110e057806394739e87146110a55780639a7b5f1114610fb35780639b505aa114610caa578063a0f56ade14610c65578063a217fddf14610c49578063a3851baf14610ba6578063a6f576ab14610a4a578063abb2efdf14610a27578063b52086ee146109ec578063c09b9ef6146109b7578063c542e89314610838578063ce513b6f14610814578063d547741f146107cc578063d88c4e1214610797578063d9caed121461054c578063eb12d61e1461046d578063ee9ee0e4146103d4578063f698da25146103b15763fabed41214610259575f80fd5b346103ae5760806003193601126103ae57610272612642565b9061027b612658565b9160443560643567ffffffffffffffff81116103ac5761029f90369060040161266e565b906102a861317e565b6102b06127e9565b604081015161038457908387866102ca6102cf9695613671565b61368b565b6001600160a01b03841683526008602052604083206001600160a01b0383165f5260205260405f20549182821115610332579361030c9394613829565b807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b6040517fd3ac54e00000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201529085166024820152604481019190915260648101829052608490fd5b6004867f7cdf17ad000000000000000000000000000000000000000000000000000000008152fd5b835b80fd5b50346103ae57806003193601126103ae5760206103cc613e91565b604051908152f35b50346103ae5760406003193601126103ae576103ee612642565b6103f6612658565b6001600160a01b0380806104098561360e565b941692838652600e602052604086208282167fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055169216907f2137742bfc08ce3c2a0138fc2c557b3cf706e594219184b405bb30de218089748480a480f35b50346103ae5760206003193601126103ae576001600160a01b0361048f612642565b610497612ca1565b1680156105245780825260076020526040822060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055807fffffffffffffffffffffffff000000000000000000000000000000000000000060035416176003557f47d1c22a25bb3a5d4e481b9b1e6944c2eade3181a0a20b495ed61d35b5323f248280a280f35b6004827fd92e233d000000000000000000000000000000000000000000000000000000008152fd5b50346103ae5760606003193601126103ae57610566612642565b9061056f612658565b6044359061057b61317e565b60ff60035460c81c1661076f576105918461360e565b506001600160a01b03811693841561074757821561071f576001600160a01b03811694858552600b602052604085209164ffffffffff6001604051946105d6866126e2565b6001600160a01b03815416865201546001600160a01b038116602086015260a01c1680604085015280158015610716575b6106e6575061061590612b4a565b8085116106b15750906001600160a01b039186869761030c9752600c602052604088206fffffffffffffffffffffffffffffffff61065881891682845416612c6f565b167fffffffffffffffffffffffffffffffff000000000000000000000000000000008254161790557ffbe002bf5a0a7982816af7694a9cd5deeb48c7dcc78620ef4fba816400bf969a6020604051888152a35116613de1565b925050506064937f33bdd309000000000000000000000000000000000000000000000000000000008452600452602452604452fd5b86604491897f09815100000000000000000000000000000000000000000000000000000000008352600452602452fd5b50804210610607565b6004847f1f2a2005000000000000000000000000000000000000000000000000000000008152fd5b6004847fd92e233d000000000000000000000000000000000000000000000000000000008152fd5b6004837f7cdf17ad000000000000000000000000000000000000000000000000000000008152fd5b50346103ae5760206003193601126103ae5760206107bb6107b6612642565b612c12565b6001600160a01b0360405191168152f35b50346103ae5760406003193601126103ae576108106004356107ec612658565b9061080b610806825f526002602052600160405f20015490565b612e19565b61356b565b5080f35b50346103ae5760206003193601126103ae5760206103cc610833612642565b612b4a565b50346103ae5760406003193601126103ae57610852612642565b61085a612658565b6001600160a01b03821691828452600b6020526001600160a01b0360408520541661098b576108906001600160a01b0391612c12565b1633141580610961575b610931576001600160a01b031690811561090957808352600a60205260408320827fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790557f38d6c65cde3adbe7f65141fcd61daf9a1ac022974e51e0b8790f1893eac7ac7b8380a380f35b6004837fd92e233d000000000000000000000000000000000000000000000000000000008152fd5b604483837f8fb1cc7900000000000000000000000000000000000000000000000000000000825260045233602452fd5b508280526002602052604083206001600160a01b0333165f5260205260ff60405f2054161561089a565b602484847f0886773c000000000000000000000000000000000000000000000000000000008252600452fd5b50346103ae5760806003193601126103ae5760206103cc6109d6612642565b6109de612658565b906064359160443591612a9d565b50346103ae57806003193601126103ae5760206040517f64ba955c8b5b448b2248fa0532807b98b1b75941bbd2184ca97df4881a13b4488152f35b50346103ae57806003193601126103ae5760206103cc610a456127e9565b613671565b50346103ae5760206003193601126103ae57610a64612d91565b610a74610a6f6127e9565b613cb6565b15610b7e576006546004358103610b535767ffffffffffffffff90600454906040519081527f5fb232ba10aa1c31fc016e3a8b77007fc80001d6890c8c641635485a6e25d3ba6020848460401c1692a260a01c168152600f6020526040812060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055806006557fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff600454166004557fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff6003541660035580f35b7f6ce0ef65000000000000000000000000000000000000000000000000000000008252600452602490fd5b807f2a01895e0000000000000000000000000000000000000000000000000000000060049252fd5b50346103ae5760a06003193601126103ae57610bc0612642565b90610bc9612658565b9160443560843567ffffffffffffffff81116103ac57366023820112156103ac5780600401359067ffffffffffffffff8211610c45573660248383010111610c4557610c1361317e565b610c1b6127e9565b906040820151610384579060246102cf939201908488876001600160a01b03606435945116613770565b8480fd5b50346103ae57806003193601126103ae57602090604051908152f35b50346103ae5760206003193601126103ae57608063ffffffff610c8e610c89612642565b6129d8565b9293909160405194855216602084015260408301526060820152f35b50346103ae5760406003193601126103ae57610cc4612642565b803b15610f7f576001600160a01b03610ce060243583336127a4565b16808352600b6020526001600160a01b03604084205416610f5457602092610dea6001600160a01b0360405194610d16866126e2565b169384815264ffffffffff868201913383526001600160a01b038060016040840193888552898952600b8c52828060408b20925116167fffffffffffffffffffffffff000000000000000000000000000000000000000082541617815501945116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835551167fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff000000000000000000000000000000000000000083549260a01b169116179055565b604051610df681612747565b8181528481018281526040808301848152606080850186815260016080870190815288885260098b52938720955186549551935191517fff000000000000000000000000000000000000000000000000000000000000009096166bffffffffffffffffffffffff91909116179290911b77ffffffffffffffffffffffff000000000000000000000000169190911760c09190911b7bffffffff000000000000000000000000000000000000000000000000161760e09290921b7effffff00000000000000000000000000000000000000000000000000000000169190911782555115157effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7fff0000000000000000000000000000000000000000000000000000000000000083549260f81b16911617905560405192827f9c5d829b9b23efc461f9aeef91979ec04bb903feb3bee4f26d22114abfc7335b339380a48152f35b7f4f9d302e000000000000000000000000000000000000000000000000000000008352600452602482fd5b7f8a8b41ec0000000000000000000000000000000000000000000000000000000082526001600160a01b0316600452602490fd5b50346103ae5760206003193601126103ae5760c0906001600160a01b03610fd8612642565b16808252600b602052604082206020600160405192610ff6846126e2565b6001600160a01b03815416845201549164ffffffffff6110806040848401976001600160a01b0387168952838286019760a01c168752878152600c86526001600160a01b03808383209684519761104c8961272b565b54976fffffffffffffffffffffffffffffffff89169889825260801c998a9101525116995116978152600d60205220613c47565b93511693604051958652602086015260408501526060840152608083015260a0820152f35b50346103ae57806003193601126103ae5760206040517fb811d839307198da8af706af45cb255cd1e44d7e1260ea9a1656b8540142b00d8152f35b50346103ae5760406003193601126103ae576001600160a01b036040611104612658565b92600435815260026020522091165f52602052602060ff60405f2054166040519015158152f35b50346103ae57806003193601126103ae5761114c6111476127e9565b613cd5565b15905061117857602067ffffffffffffffff60045460401c165b67ffffffffffffffff60405191168152f35b602067ffffffffffffffff60045416611166565b50346103ae57806003193601126103ae57611248906111ca7f0000000000000000000000000000000000000000000000000000000000000000613fad565b906111f47f0000000000000000000000000000000000000000000000000000000000000000613fad565b906020611256604051936112088386612763565b8385525f3681376040519687967f0f00000000000000000000000000000000000000000000000000000000000000885260e08589015260e088019061269f565b90868203604088015261269f565b904660608601523060808601528260a086015284820360c08601528080855193848152019401925b82811061128d57505050500390f35b83518552869550938101939281019260010161127e565b50346103ae57806003193601126103ae576112bd612d91565b7901000000000000000000000000000000000000000000000000007fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff60035416176003557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a180f35b50346103ae5760206003193601126103ae576020906001600160a01b03611353612642565b16801515918261136a575b50506040519015158152f35b6003546001600160a01b03168214925090821561138b575b50505f8061135e565b815260078352604090205460ff1690505f80611382565b50346103ae57806003193601126103ae576113be610a6f6127e9565b156113d157506020600654604051908152f35b6020906103cc565b50346103ae57806003193601126103ae5760406113f46128e3565b67ffffffffffffffff8351921682526020820152f35b50346103ae5760206003193601126103ae57604090611427612642565b6001600160a01b0382911691828152600d60205267ffffffffffffffff6114828580842093815196611458886126e2565b855488528285600260018901549860208c01998a5201541698019788528152600d60205220613c47565b93511667ffffffffffffffff60045460a01c1614806114b7575b6114ae575b5082519182526020820152f35b9050515f6114a1565b506114c3610a6f6127e9565b61149c565b50346103ae5760806003193601126103ae576114e261262b565b60443567ffffffffffffffff81116116cf5761150290369060040161266e565b60649291923567ffffffffffffffff8111610c455761152590369060040161266e565b9061152e612d09565b81830361169f5761154484600496959635612e73565b67ffffffffffffffff908116951692865b818110611560578780f35b6001600160a01b0361157b61157683858a6128a6565b612825565b16808952600b6020526001600160a01b0360408a20541615611674579085826001938b52600d60205260408b20600281019067ffffffffffffffff8254168d8115159182611669575b82611650575b5050611645575b856115dd868b8b6128a6565b359101558a7fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790557f5652d6c92f092943b0527176e32b520ec4b6a8e16720ff04e73b0dc55081afc46020611637858a8a6128a6565b35604051908152a301611555565b8581015481556115d1565b8152600f602052604090205460ff161590508d5f6115ca565b8e81141592506115c4565b7fb5e2025e000000000000000000000000000000000000000000000000000000008952600452602488fd5b60448683857fab8b67c6000000000000000000000000000000000000000000000000000000008352600452602452fd5b8280fd5b50346103ae57806003193601126103ae57602060ff60035460c81c166040519015158152f35b50346103ae5760206003193601126103ae576001600160a01b03604060209282611721612642565b168152600b84522054161515604051908152f35b50346118215760c06003193601126118215761174f612642565b9060243560643560ff81168091036118215761176961317e565b6001600160a01b03841690815f52600b6020526001600160a01b0360405f2054169182156118255750813b15611821575f9160e4839260405194859384927fd505accf0000000000000000000000000000000000000000000000000000000084523360048501523060248501528860448501526044356064850152608484015260843560a484015260a43560c48401525af161180b575b5061030c91926131f2565b61030c92505f61181a91612763565b5f91611800565b5f80fd5b7fb5e2025e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461182157602060031936011261182157611869612618565b611871612ca1565b6004548060e01c9163ffffffff8116928381106118f7577f3df1af05218226161894ecd070f209b48b97ff740f645c5cea456867f2217cfa602085857fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff73ffffffff000000000000000000000000000000008760801b16911617600455604051908152a1005b83907fd4f98156000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b34611821576020600319360112611821576001600160a01b03611948612642565b6119518161360e565b5016805f52600b602052600160405f200164ffffffffff815460a01c1680611a0b575060207fdae3860152469a8e3aa53803c72d45163badbca41c2ec503e041da882421d097916119fb6119b160045460e01c64ffffffffff421661288a565b82547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff1660a082901b78ffffffffff00000000000000000000000000000000000000001617909255565b64ffffffffff60405191168152a2005b827fec895107000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b34611821575f60031936011261182157611a52612ca1565b60035460ff8160c81c1615611ab2577fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff166003557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b7f6cd60201000000000000000000000000000000000000000000000000000000005f5260045ffd5b346118215760206003193601126118215760043567ffffffffffffffff811161182157611b0b90369060040161266e565b90611b1461317e565b5f91611b1e6127e9565b6040810151611d5e5783905f5f925f957fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff4181360301915b86881015611d30578760051b82013583811215611821578201602081016001600160a01b03611b8382612825565b165f52600860205260405f206001600160a01b03611ba084612825565b165f5260205260405f20549060408301359082821115611d23576080840189611bc98287612839565b159050611c8357611c2195611576611c1b936001600160a01b03611c15945116611bf284612825565b9088611c07611c008a612825565b9487612839565b949093606088013593613770565b91612825565b90613829565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8114611c56576001809101975b0196611b55565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b50508915611d0d575b611c9584612825565b611c9e82612825565b9060a08601357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1873603018112156118215786019586359667ffffffffffffffff881161182157602001928760051b3603841361182157611c2197611c1b9487611576938f96611c159761368b565b98509550611d1a87613671565b95600198611c8c565b5050505096600190611c4f565b6020905f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b7f7cdf17ad000000000000000000000000000000000000000000000000000000005f5260045ffd5b34611821576020600319360112611821576001600160a01b03611da7612642565b16805f52600b6020526001600160a01b0360405f2054161561182557805f52600e6020526001600160a01b0360405f2054163303611e61575f818152600b602090815260408083206001018054337fffffffffffffffffffffffff00000000000000000000000000000000000000008083168217909355600e9094529184208054909116905590926001600160a01b03909116917f6ef8f2551f828eb42f1eb317d316e7cca1372b0cd2e4060d543e75892b54c69e9080a4005b7f786bc3d2000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b34611821576020600319360112611821576001600160a01b03611eb1612642565b611eba8161360e565b5016805f52600b602052600160405f200164ffffffffff815460a01c1615611f28577fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff81541690557fc51fdb96728de385ec7859819e3997bc618362ef0dbca0ad051d856866cda3db5f80a2005b507f89629242000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461182157606060031936011261182157611f6d612642565b6024356044359163ffffffff831691828403611821576001600160a01b03611f9483612c12565b163303612110576bffffffffffffffffffffffff81116120e5578215806120dc575b80156120d0575b6120a8577f4703599d72fe02603e81bc9e649e9bbba3f9fd4ab92cedd126b07514df863cce926120706001600160a01b036040941695865f52600960205262ffffff855f20918482845460e01c160361207d575b82547fff000000ffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff871617911660e01b7effffff0000000000000000000000000000000000000000000000000000000016179055565b82519182526020820152a2005b82547fffffffff00000000000000000000000000000000ffffffffffffffffffffffff168355612011565b7f17479ac8000000000000000000000000000000000000000000000000000000005f5260045ffd5b5062ffffff8311611fbd565b50801515611fb6565b7f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160a01b03827f8fb1cc79000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b3461182157604060031936011261182157612162612658565b336001600160a01b038216036121805761217e9060043561356b565b005b7f6697b232000000000000000000000000000000000000000000000000000000005f5260045ffd5b346118215760406003193601126118215761217e6004356121c7612658565b906121e1610806825f526002602052600160405f20015490565b6134c4565b3461182157604060031936011261182157612213612202612642565b61220a61317e565b602435906131f2565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b34611821575f6003193601126118215760206040517f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a50418152f35b346118215760206003193601126118215760206103cc6004355f526002602052600160405f20015490565b34611821576020600319360112611821576001600160a01b036122be612642565b165f52600e60205260206001600160a01b0360405f205416604051908152f35b34611821575f60031936011261182157602063ffffffff60045460801c16604051908152f35b34611821576020600319360112611821576001600160a01b03612325612642565b61232d612ca1565b16805f52600760205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008154169055600354816001600160a01b0382161461239b575b507f3525e22824a8a7df2c9a6029941c824cf95b6447f1e13d5128fd3826d35afe8b5f80a2005b7fffffffffffffffffffffffff00000000000000000000000000000000000000001660035581612374565b34611821576040600319360112611821576123df612642565b6001600160a01b036123ef612658565b91165f5260086020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b346118215760606003193601126118215760206107bb612438612642565b612440612658565b604435916127a4565b346118215760406003193601126118215761217e61246561262b565b61246d612d09565b600435612e73565b346118215760206003193601126118215761248e612618565b612496612ca1565b6004549063ffffffff8260801c169063ffffffff81169180831061252b577f11d84f41f10bc777df0555ad48bb83764ac759140e502381ab2842b14a312c5f602084867bffffffffffffffffffffffffffffffffffffffffffffffffffffffff7fffffffff000000000000000000000000000000000000000000000000000000008760e01b16911617600455604051908152a1005b827fd4f98156000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b34611821576020600319360112611821576004357fffffffff00000000000000000000000000000000000000000000000000000000811680910361182157807f7965db0b00000000000000000000000000000000000000000000000000000000602092149081156125d1575b506040519015158152f35b7f01ffc9a700000000000000000000000000000000000000000000000000000000915014826125c6565b34611821575f6003193601126118215760209060045460e01c8152f35b6004359063ffffffff8216820361182157565b6024359067ffffffffffffffff8216820361182157565b600435906001600160a01b038216820361182157565b602435906001600160a01b038216820361182157565b9181601f840112156118215782359167ffffffffffffffff8311611821576020808501948460051b01011161182157565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6060810190811067ffffffffffffffff8211176126fe57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040810190811067ffffffffffffffff8211176126fe57604052565b60a0810190811067ffffffffffffffff8211176126fe57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176126fe57604052565b906001600160a01b0392836040519281602085019546875230604087015216606085015216608083015260a082015260a081526127e260c082612763565b5190201690565b604051906127f6826126e2565b81604060ff6003546001600160a01b038116845264ffffffffff8160a01c16602085015260c81c161515910152565b356001600160a01b03811681036118215790565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215611821570180359067ffffffffffffffff82116118215760200191813603831361182157565b9064ffffffffff8091169116019064ffffffffff8211611c5657565b91908110156128b65760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b6128eb6127e9565b906128f582613cb6565b156129195764ffffffffff602067ffffffffffffffff60045460401c169301511690565b5f91508190565b9060405161292d81612747565b60808193546bffffffffffffffffffffffff811683526bffffffffffffffffffffffff8160601c16602084015263ffffffff8160c01c16604084015262ffffff8160e01c16606084015260f81c1515910152565b811561298b570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b91908201809211611c5657565b81810292918115918404141715611c5657565b6001600160a01b03165f5260096020526129f460405f20612920565b606081019162ffffff8351168015612a9057612a1563ffffffff9142612981565b169063ffffffff60408401511682145f14612a7c576bffffffffffffffffffffffff80602085015116935b51169162ffffff8551169460018201809211611c56576bffffffffffffffffffffffff9162ffffff612a74925116906129c5565b929493169190565b6bffffffffffffffffffffffff5f93612a40565b505f925082915081908190565b91926042936001600160a01b03604051938160208601967fb811d839307198da8af706af45cb255cd1e44d7e1260ea9a1656b8540142b00d8852166040860152166060840152608083015260a082015260a08152612afc60c082612763565b519020612b07613e91565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b91908203918211611c5657565b6001600160a01b0316805f52600c60205260405f209060405191612b6d8361272b565b54906fffffffffffffffffffffffffffffffff82168352602083019160801c82525f52600d6020526fffffffffffffffffffffffffffffffff612bb260405f20613c47565b9151169081811115612bf8576fffffffffffffffffffffffffffffffff91612bd991612b3d565b915b51169080821115612bf257612bef91612b3d565b90565b50505f90565b50506fffffffffffffffffffffffffffffffff5f91612bdb565b6001600160a01b038116805f52600b6020526001600160a01b03600160405f2001541680612c6957505f52600a6020526001600160a01b0360405f2054169081612c6557612c609150613cf5565b905090565b5090565b91505090565b906fffffffffffffffffffffffffffffffff809116911603906fffffffffffffffffffffffffffffffff8211611c5657565b335f9081527fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b602052604090205460ff1615612cd957565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004525f60245260445ffd5b335f9081527fe33068d599f4b57976c3351bbcc7c9a0b9649f850454076f6722983a25194b24602052604090205460ff1615612d4157565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527f64ba955c8b5b448b2248fa0532807b98b1b75941bbd2184ca97df4881a13b44860245260445ffd5b335f9081527fe414d6e9efd528fe34946c9948de56cf8a209abe14dcce3202417cd89e77a63b602052604090205460ff1615612dc957565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504160245260445ffd5b805f52600260205260405f206001600160a01b0333165f5260205260ff60405f20541615612e445750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b9190821561315657612e836127e9565b60405193612e9085612747565b6004549067ffffffffffffffff8216865267ffffffffffffffff8260401c166020870192818452604088019463ffffffff8260801c168652606089019167ffffffffffffffff8160a01c16835260808a019060e01c8152602082019364ffffffffff85511690816130fd575b505067ffffffffffffffff808b5116981697808911156130cd5750612f2f63ffffffff88511664ffffffffff421661288a565b908560065588875267ffffffffffffffff8451169367ffffffffffffffff8514611c565760019490940167ffffffffffffffff818116865264ffffffffff8416968790529b5197519851945191516040998a1b6fffffffffffffffff00000000000000001698909c169790971760809490941b73ffffffff00000000000000000000000000000000169390931760a093841b7bffffffffffffffff0000000000000000000000000000000000000000161760e09a909a1b7fffffffff000000000000000000000000000000000000000000000000000000001699909917600455805160038054928801517fffffffffffff00000000000000000000000000000000000000000000000000009093166001600160a01b0392909216919091179990921b78ffffffffff0000000000000000000000000000000000000000169890981797151560c81b79ff00000000000000000000000000000000000000000000000000169790971790965582519081526020810195909552937f8fc45552652423db228916c2b87c0d048743d39a5dda9e4a0a012e4dd1a8e0a39190a2565b88907f98152d82000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b61310684613cd5565b1561312857505060065460055567ffffffffffffffff8651168a525f80612efc565b7f12ef70b2000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fb263ae73000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6131ca5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b6001600160a01b031690815f52600b6020526001600160a01b0360405f20541680156134985781156133b357604051907f70a08231000000000000000000000000000000000000000000000000000000008252306004830152602082602481845afa91821561340f575f92613464575b50604051927f23b872dd000000000000000000000000000000000000000000000000000000005f52336004523060245260445260205f60648180855af160015f5114811615613445575b836040525f6060521561341a57826024816020937f70a082310000000000000000000000000000000000000000000000000000000082523060048301525afa801561340f575f906133db575b6133029250612b3d565b9081156133b357805f52600c60205260405f20613332836fffffffffffffffffffffffffffffffff8354166129b8565b6fffffffffffffffffffffffffffffffff81116120e5576fffffffffffffffffffffffffffffffff809116167fffffffffffffffffffffffffffffffff000000000000000000000000000000008254161790556040519182527faa1ff9f7fea9b0b6004b27d6dafaf7545a080426cc7115c6a8bd9019957c435360203393a3565b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b506020823d602011613407575b816133f560209383612763565b810103126118215761330291516132f8565b3d91506133e8565b6040513d5f823e3d90fd5b7f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600181151661345b57813b15153d1516166132ac565b833d5f823e3d90fd5b9091506020813d602011613490575b8161348060209383612763565b810103126118215751905f613262565b3d9150613473565b827fb5e2025e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b805f52600260205260405f206001600160a01b0383165f5260205260ff60405f205416155f14612bf257805f52600260205260405f206001600160a01b0383165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556001600160a01b03339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b805f52600260205260405f206001600160a01b0383165f5260205260ff60405f2054165f14612bf257805f52600260205260405f206001600160a01b0383165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541690556001600160a01b03339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b6001600160a01b031690815f52600b6020526001600160a01b03600160405f20015416918215611825573383036136425750565b7f15a39f35000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b61367a90613cd5565b156136855760065490565b60055490565b94929190918515613748576001600160a01b03604051928160208501951685521660408301526060820152606081526136c5608082612763565b51902060405160208101918252602081526136e1604082612763565b51902091809160051b015b808210613724575050036136fc57565b7f09bde339000000000000000000000000000000000000000000000000000000005f5260045ffd5b9091823580821181831802821890815f521818602052602060405f209201906136ec565b7f7a5af78b000000000000000000000000000000000000000000000000000000005f5260045ffd5b9594939291908342116137fd579361379a6137a89461379f946001600160a01b0398948998612a9d565b614004565b90929192614038565b169116811415806137e6575b6137bb5750565b7fd7e8a2c2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50805f52600760205260ff60405f205416156137b4565b837f07185d51000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9093926138369083612b3d565b916001600160a01b035f951690815f52600860205260405f206001600160a01b0384165f526020528060405f2055815f5260096020528160405f209161387b83612920565b926060840162ffffff81511680613ab7575b505050916080916040937f2f6639d24651730c7bf57c95ddbf96d66d11477e4ec626876f92c22e5f365e686001600160a01b0388169586928151908b82526020820152a3015115613a575750808552600c60205260408520604051906138f28261272b565b546fffffffffffffffffffffffffffffffff8116808352602083019160801c8252808611613a2357506fffffffffffffffffffffffffffffffff85166fffffffffffffffffffffffffffffffff61394c8282865116612c6f565b1683526fffffffffffffffffffffffffffffffff825116016fffffffffffffffffffffffffffffffff81116139f6576fffffffffffffffffffffffffffffffff9081168252838852600c60209081526040808a209451935160801b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000169390921692909217909255918652600b9091529093205491926139f4926001600160a01b0316613de1565b565b6024887f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b8786606492867f9eca380d000000000000000000000000000000000000000000000000000000008452600452602452604452fd5b929150809394503b156118215760445f928360405195869485937f40c10f19000000000000000000000000000000000000000000000000000000008552600485015260248401525af1801561340f57613aad5750565b5f6139f491612763565b613ac5919293945042612981565b9063ffffffff821663ffffffff60408701511681145f14613c34576bffffffffffffffffffffffff806020880151165b16906bffffffffffffffffffffffff875116828181105f14613c2b57613b1a91612b3d565b905b818b11613bda575050928692608095927bffffffff0000000000000000000000000000000000000000000000007effffff000000000000000000000000000000000000000000000000000000008997613b878e6bffffffffffffffffffffffff60409d5116926129b8565b60601b17925160e01b169260c01b1617178585015115155f14613bd3577f0100000000000000000000000000000000000000000000000000000000000000905b1790559193819361388d565b5f90613bc7565b90838260018b9401809111611c565762ffffff613bf9925116906129c5565b917f958a8807000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b50505f90613b1c565b6bffffffffffffffffffffffff5f613af5565b67ffffffffffffffff60028201541680158015613ca0575b613c9b5767ffffffffffffffff60045460a01c16118015613c8a575b613c83575490565b6001015490565b50613c966111476127e9565b613c7b565b505490565b50805f52600f60205260ff60405f205416613c5f565b6020015164ffffffffff168015159081613cce575090565b9050421090565b6020015164ffffffffff168015159081613ced575090565b905042101590565b5f809160405160208101907f02d05d3f00000000000000000000000000000000000000000000000000000000825260048152613d32602482612763565b51915afa3d15613dd9573d9067ffffffffffffffff82116126fe5760405191613d83601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200184612763565b82523d5f602084013e5b158015613dcd575b613dc657602081519181808201938492010103126118215751908160a01c612919576001600160a01b036001921690565b505f905f90565b50602081511415613d95565b606090613d8d565b916001600160a01b03604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f5114821615613e70575b60405215613e3b5750565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b906001811516613e8857823b15153d15161690613e30565b503d5f823e3d90fd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480613f84575b15613eec577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152613f7e60c082612763565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614613ec3565b60ff811690601f8211613fdc5760405191613fc9604084612763565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b906041830361402e576140279250602081013591604082359201355f1a90614110565b9192909190565b50505f9160029190565b60048110156140e3578061404a575050565b6001810361407a577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281036140ae57507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6003146140b85750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411614187579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561340f575f516001600160a01b0381161561417d57905f905f90565b505f906001905f90565b5050505f916003919056fea264697066735822122086067d6f04812f87ed5938696086da38a0f953dd8b4daed72b3b463918cafb6f64736f6c634300081e0033ac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b",
}

// RewardsDistributor is an auto generated Go binding around an Ethereum contract.
type RewardsDistributor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RewardsDistributor) GetABI() abi.ABI {
	return c.abi
}

// NewRewardsDistributor creates a new instance of RewardsDistributor.
func NewRewardsDistributor() *RewardsDistributor {
	parsed, err := RewardsDistributorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RewardsDistributor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RewardsDistributor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, uint32 disputeWindow_) returns()
func (rewardsDistributor *RewardsDistributor) PackConstructor(admin common.Address, disputeWindow_ uint32) []byte {
	enc, err := rewardsDistributor.abi.Pack("", admin, disputeWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) PackDEFAULTADMINROLE() []byte {
	enc, err := rewardsDistributor.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return rewardsDistributor.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := rewardsDistributor.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) PackGUARDIANROLE() []byte {
	enc, err := rewardsDistributor.abi.Pack("GUARDIAN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) TryPackGUARDIANROLE() ([]byte, error) {
	return rewardsDistributor.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := rewardsDistributor.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackROOTPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb52086ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROOT_PROPOSER_ROLE() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) PackROOTPROPOSERROLE() []byte {
	enc, err := rewardsDistributor.abi.Pack("ROOT_PROPOSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROOTPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb52086ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROOT_PROPOSER_ROLE() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) TryPackROOTPROPOSERROLE() ([]byte, error) {
	return rewardsDistributor.abi.Pack("ROOT_PROPOSER_ROLE")
}

// UnpackROOTPROPOSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb52086ee.
//
// Solidity: function ROOT_PROPOSER_ROLE() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) UnpackROOTPROPOSERROLE(data []byte) ([32]byte, error) {
	out, err := rewardsDistributor.abi.Unpack("ROOT_PROPOSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVOUCHERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94739e87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) PackVOUCHERTYPEHASH() []byte {
	enc, err := rewardsDistributor.abi.Pack("VOUCHER_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOUCHERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94739e87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) TryPackVOUCHERTYPEHASH() ([]byte, error) {
	return rewardsDistributor.abi.Pack("VOUCHER_TYPEHASH")
}

// UnpackVOUCHERTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94739e87.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) UnpackVOUCHERTYPEHASH(data []byte) ([32]byte, error) {
	out, err := rewardsDistributor.abi.Unpack("VOUCHER_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptPoolOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4c774b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptPoolOwnership(address pool) returns()
func (rewardsDistributor *RewardsDistributor) PackAcceptPoolOwnership(pool common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("acceptPoolOwnership", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptPoolOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4c774b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptPoolOwnership(address pool) returns()
func (rewardsDistributor *RewardsDistributor) TryPackAcceptPoolOwnership(pool common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("acceptPoolOwnership", pool)
}

// PackActiveRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabb2efdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeRoot() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) PackActiveRoot() []byte {
	enc, err := rewardsDistributor.abi.Pack("activeRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabb2efdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeRoot() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) TryPackActiveRoot() ([]byte, error) {
	return rewardsDistributor.abi.Pack("activeRoot")
}

// UnpackActiveRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabb2efdf.
//
// Solidity: function activeRoot() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) UnpackActiveRoot(data []byte) ([32]byte, error) {
	out, err := rewardsDistributor.abi.Unpack("activeRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb12d61e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addSigner(address signer) returns()
func (rewardsDistributor *RewardsDistributor) PackAddSigner(signer common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("addSigner", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb12d61e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addSigner(address signer) returns()
func (rewardsDistributor *RewardsDistributor) TryPackAddSigner(signer common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("addSigner", signer)
}

// PackAnnounceWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x425d3b69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function announceWithdrawal(address pool) returns()
func (rewardsDistributor *RewardsDistributor) PackAnnounceWithdrawal(pool common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("announceWithdrawal", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnnounceWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x425d3b69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function announceWithdrawal(address pool) returns()
func (rewardsDistributor *RewardsDistributor) TryPackAnnounceWithdrawal(pool common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("announceWithdrawal", pool)
}

// PackCancelWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e0db869.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelWithdrawal(address pool) returns()
func (rewardsDistributor *RewardsDistributor) PackCancelWithdrawal(pool common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("cancelWithdrawal", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e0db869.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelWithdrawal(address pool) returns()
func (rewardsDistributor *RewardsDistributor) TryPackCancelWithdrawal(pool common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("cancelWithdrawal", pool)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfabed412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address account, address token, uint256 cumulativeAmount, bytes32[] proof) returns()
func (rewardsDistributor *RewardsDistributor) PackClaim(account common.Address, token common.Address, cumulativeAmount *big.Int, proof [][32]byte) []byte {
	enc, err := rewardsDistributor.abi.Pack("claim", account, token, cumulativeAmount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfabed412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address account, address token, uint256 cumulativeAmount, bytes32[] proof) returns()
func (rewardsDistributor *RewardsDistributor) TryPackClaim(account common.Address, token common.Address, cumulativeAmount *big.Int, proof [][32]byte) ([]byte, error) {
	return rewardsDistributor.abi.Pack("claim", account, token, cumulativeAmount, proof)
}

// PackClaimMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e8b94df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimMany((address,address,uint256,uint256,bytes,bytes32[])[] claims) returns(uint256 count)
func (rewardsDistributor *RewardsDistributor) PackClaimMany(claims []RewardsDistributorClaim) []byte {
	enc, err := rewardsDistributor.abi.Pack("claimMany", claims)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e8b94df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimMany((address,address,uint256,uint256,bytes,bytes32[])[] claims) returns(uint256 count)
func (rewardsDistributor *RewardsDistributor) TryPackClaimMany(claims []RewardsDistributorClaim) ([]byte, error) {
	return rewardsDistributor.abi.Pack("claimMany", claims)
}

// UnpackClaimMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e8b94df.
//
// Solidity: function claimMany((address,address,uint256,uint256,bytes,bytes32[])[] claims) returns(uint256 count)
func (rewardsDistributor *RewardsDistributor) UnpackClaimMany(data []byte) (*big.Int, error) {
	out, err := rewardsDistributor.abi.Unpack("claimMany", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimWithVoucher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3851baf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimWithVoucher(address account, address token, uint256 cumulativeAmount, uint256 deadline, bytes signature) returns()
func (rewardsDistributor *RewardsDistributor) PackClaimWithVoucher(account common.Address, token common.Address, cumulativeAmount *big.Int, deadline *big.Int, signature []byte) []byte {
	enc, err := rewardsDistributor.abi.Pack("claimWithVoucher", account, token, cumulativeAmount, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimWithVoucher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3851baf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimWithVoucher(address account, address token, uint256 cumulativeAmount, uint256 deadline, bytes signature) returns()
func (rewardsDistributor *RewardsDistributor) TryPackClaimWithVoucher(account common.Address, token common.Address, cumulativeAmount *big.Int, deadline *big.Int, signature []byte) ([]byte, error) {
	return rewardsDistributor.abi.Pack("claimWithVoucher", account, token, cumulativeAmount, deadline, signature)
}

// PackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c9cbf0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimed(address token, address account) view returns(uint256)
func (rewardsDistributor *RewardsDistributor) PackClaimed(token common.Address, account common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("claimed", token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c9cbf0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimed(address token, address account) view returns(uint256)
func (rewardsDistributor *RewardsDistributor) TryPackClaimed(token common.Address, account common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("claimed", token, account)
}

// UnpackClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c9cbf0e.
//
// Solidity: function claimed(address token, address account) view returns(uint256)
func (rewardsDistributor *RewardsDistributor) UnpackClaimed(data []byte) (*big.Int, error) {
	out, err := rewardsDistributor.abi.Unpack("claimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommittedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e37ac71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committedOf(address pool) view returns(uint256 active, uint256 pending)
func (rewardsDistributor *RewardsDistributor) PackCommittedOf(pool common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("committedOf", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e37ac71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committedOf(address pool) view returns(uint256 active, uint256 pending)
func (rewardsDistributor *RewardsDistributor) TryPackCommittedOf(pool common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("committedOf", pool)
}

// CommittedOfOutput serves as a container for the return parameters of contract
// method CommittedOf.
type CommittedOfOutput struct {
	Active  *big.Int
	Pending *big.Int
}

// UnpackCommittedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e37ac71.
//
// Solidity: function committedOf(address pool) view returns(uint256 active, uint256 pending)
func (rewardsDistributor *RewardsDistributor) UnpackCommittedOf(data []byte) (CommittedOfOutput, error) {
	out, err := rewardsDistributor.abi.Unpack("committedOf", data)
	outstruct := new(CommittedOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Active = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Pending = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCreatePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b505aa1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createPool(address token, bytes32 salt) returns(address pool)
func (rewardsDistributor *RewardsDistributor) PackCreatePool(token common.Address, salt [32]byte) []byte {
	enc, err := rewardsDistributor.abi.Pack("createPool", token, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreatePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b505aa1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createPool(address token, bytes32 salt) returns(address pool)
func (rewardsDistributor *RewardsDistributor) TryPackCreatePool(token common.Address, salt [32]byte) ([]byte, error) {
	return rewardsDistributor.abi.Pack("createPool", token, salt)
}

// UnpackCreatePool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b505aa1.
//
// Solidity: function createPool(address token, bytes32 salt) returns(address pool)
func (rewardsDistributor *RewardsDistributor) UnpackCreatePool(data []byte) (common.Address, error) {
	out, err := rewardsDistributor.abi.Unpack("createPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeWindow() view returns(uint32)
func (rewardsDistributor *RewardsDistributor) PackDisputeWindow() []byte {
	enc, err := rewardsDistributor.abi.Pack("disputeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeWindow() view returns(uint32)
func (rewardsDistributor *RewardsDistributor) TryPackDisputeWindow() ([]byte, error) {
	return rewardsDistributor.abi.Pack("disputeWindow")
}

// UnpackDisputeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint32)
func (rewardsDistributor *RewardsDistributor) UnpackDisputeWindow(data []byte) (uint32, error) {
	out, err := rewardsDistributor.abi.Unpack("disputeWindow", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) PackDomainSeparator() []byte {
	enc, err := rewardsDistributor.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) TryPackDomainSeparator() ([]byte, error) {
	return rewardsDistributor.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := rewardsDistributor.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDistributorEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (rewardsDistributor *RewardsDistributor) PackDistributorEip712Domain() []byte {
	enc, err := rewardsDistributor.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributorEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (rewardsDistributor *RewardsDistributor) TryPackDistributorEip712Domain() ([]byte, error) {
	return rewardsDistributor.abi.Pack("eip712Domain")
}

// DistributorEip712DomainOutput serves as a container for the return parameters of contract
// method DistributorEip712Domain.
type DistributorEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackDistributorEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (rewardsDistributor *RewardsDistributor) UnpackDistributorEip712Domain(data []byte) (DistributorEip712DomainOutput, error) {
	out, err := rewardsDistributor.abi.Unpack("eip712Domain", data)
	outstruct := new(DistributorEip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint64)
func (rewardsDistributor *RewardsDistributor) PackEpoch() []byte {
	enc, err := rewardsDistributor.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint64)
func (rewardsDistributor *RewardsDistributor) TryPackEpoch() ([]byte, error) {
	return rewardsDistributor.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint64)
func (rewardsDistributor *RewardsDistributor) UnpackEpoch(data []byte) (uint64, error) {
	out, err := rewardsDistributor.abi.Unpack("epoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFundPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bfd5146.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundPool(address pool, uint256 amount) returns()
func (rewardsDistributor *RewardsDistributor) PackFundPool(pool common.Address, amount *big.Int) []byte {
	enc, err := rewardsDistributor.abi.Pack("fundPool", pool, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bfd5146.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundPool(address pool, uint256 amount) returns()
func (rewardsDistributor *RewardsDistributor) TryPackFundPool(pool common.Address, amount *big.Int) ([]byte, error) {
	return rewardsDistributor.abi.Pack("fundPool", pool, amount)
}

// PackFundPoolWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5890ae23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundPoolWithPermit(address pool, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (rewardsDistributor *RewardsDistributor) PackFundPoolWithPermit(pool common.Address, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := rewardsDistributor.abi.Pack("fundPoolWithPermit", pool, amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundPoolWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5890ae23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundPoolWithPermit(address pool, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (rewardsDistributor *RewardsDistributor) TryPackFundPoolWithPermit(pool common.Address, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return rewardsDistributor.abi.Pack("fundPoolWithPermit", pool, amount, deadline, v, r, s)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := rewardsDistributor.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return rewardsDistributor.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := rewardsDistributor.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (rewardsDistributor *RewardsDistributor) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (rewardsDistributor *RewardsDistributor) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rewardsDistributor *RewardsDistributor) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rewardsDistributor *RewardsDistributor) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rewardsDistributor *RewardsDistributor) UnpackHasRole(data []byte) (bool, error) {
	out, err := rewardsDistributor.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b16ebb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPool(address pool) view returns(bool)
func (rewardsDistributor *RewardsDistributor) PackIsPool(pool common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("isPool", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b16ebb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPool(address pool) view returns(bool)
func (rewardsDistributor *RewardsDistributor) TryPackIsPool(pool common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("isPool", pool)
}

// UnpackIsPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b16ebb7.
//
// Solidity: function isPool(address pool) view returns(bool)
func (rewardsDistributor *RewardsDistributor) UnpackIsPool(data []byte) (bool, error) {
	out, err := rewardsDistributor.abi.Unpack("isPool", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7df73e27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSigner(address signer) view returns(bool)
func (rewardsDistributor *RewardsDistributor) PackIsSigner(signer common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("isSigner", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7df73e27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSigner(address signer) view returns(bool)
func (rewardsDistributor *RewardsDistributor) TryPackIsSigner(signer common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("isSigner", signer)
}

// UnpackIsSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7df73e27.
//
// Solidity: function isSigner(address signer) view returns(bool)
func (rewardsDistributor *RewardsDistributor) UnpackIsSigner(data []byte) (bool, error) {
	out, err := rewardsDistributor.abi.Unpack("isSigner", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (rewardsDistributor *RewardsDistributor) PackPause() []byte {
	enc, err := rewardsDistributor.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (rewardsDistributor *RewardsDistributor) TryPackPause() ([]byte, error) {
	return rewardsDistributor.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (rewardsDistributor *RewardsDistributor) PackPaused() []byte {
	enc, err := rewardsDistributor.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (rewardsDistributor *RewardsDistributor) TryPackPaused() ([]byte, error) {
	return rewardsDistributor.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (rewardsDistributor *RewardsDistributor) UnpackPaused(data []byte) (bool, error) {
	out, err := rewardsDistributor.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPayoutLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0f56ade.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutLimit(address token) view returns(uint256 limit, uint32 period, uint256 paidInPeriod, uint256 periodEndsAt)
func (rewardsDistributor *RewardsDistributor) PackPayoutLimit(token common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("payoutLimit", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0f56ade.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutLimit(address token) view returns(uint256 limit, uint32 period, uint256 paidInPeriod, uint256 periodEndsAt)
func (rewardsDistributor *RewardsDistributor) TryPackPayoutLimit(token common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("payoutLimit", token)
}

// PayoutLimitOutput serves as a container for the return parameters of contract
// method PayoutLimit.
type PayoutLimitOutput struct {
	Limit        *big.Int
	Period       uint32
	PaidInPeriod *big.Int
	PeriodEndsAt *big.Int
}

// UnpackPayoutLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0f56ade.
//
// Solidity: function payoutLimit(address token) view returns(uint256 limit, uint32 period, uint256 paidInPeriod, uint256 periodEndsAt)
func (rewardsDistributor *RewardsDistributor) UnpackPayoutLimit(data []byte) (PayoutLimitOutput, error) {
	out, err := rewardsDistributor.abi.Unpack("payoutLimit", data)
	outstruct := new(PayoutLimitOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Limit = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Period = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.PaidInPeriod = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.PeriodEndsAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPayoutManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd88c4e12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutManager(address token) view returns(address)
func (rewardsDistributor *RewardsDistributor) PackPayoutManager(token common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("payoutManager", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd88c4e12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutManager(address token) view returns(address)
func (rewardsDistributor *RewardsDistributor) TryPackPayoutManager(token common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("payoutManager", token)
}

// UnpackPayoutManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd88c4e12.
//
// Solidity: function payoutManager(address token) view returns(address)
func (rewardsDistributor *RewardsDistributor) UnpackPayoutManager(data []byte) (common.Address, error) {
	out, err := rewardsDistributor.abi.Unpack("payoutManager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingPoolOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17a1e84a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingPoolOwner(address pool) view returns(address)
func (rewardsDistributor *RewardsDistributor) PackPendingPoolOwner(pool common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("pendingPoolOwner", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingPoolOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17a1e84a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingPoolOwner(address pool) view returns(address)
func (rewardsDistributor *RewardsDistributor) TryPackPendingPoolOwner(pool common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("pendingPoolOwner", pool)
}

// UnpackPendingPoolOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17a1e84a.
//
// Solidity: function pendingPoolOwner(address pool) view returns(address)
func (rewardsDistributor *RewardsDistributor) UnpackPendingPoolOwner(data []byte) (common.Address, error) {
	out, err := rewardsDistributor.abi.Unpack("pendingPoolOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x750588cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingRoot() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) PackPendingRoot() []byte {
	enc, err := rewardsDistributor.abi.Pack("pendingRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x750588cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRoot() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) TryPackPendingRoot() ([]byte, error) {
	return rewardsDistributor.abi.Pack("pendingRoot")
}

// UnpackPendingRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x750588cf.
//
// Solidity: function pendingRoot() view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) UnpackPendingRoot(data []byte) ([32]byte, error) {
	out, err := rewardsDistributor.abi.Unpack("pendingRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPendingRootInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6557540f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingRootInfo() view returns(uint64 pendingEpoch, uint256 activatesAt)
func (rewardsDistributor *RewardsDistributor) PackPendingRootInfo() []byte {
	enc, err := rewardsDistributor.abi.Pack("pendingRootInfo")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRootInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6557540f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRootInfo() view returns(uint64 pendingEpoch, uint256 activatesAt)
func (rewardsDistributor *RewardsDistributor) TryPackPendingRootInfo() ([]byte, error) {
	return rewardsDistributor.abi.Pack("pendingRootInfo")
}

// PendingRootInfoOutput serves as a container for the return parameters of contract
// method PendingRootInfo.
type PendingRootInfoOutput struct {
	PendingEpoch uint64
	ActivatesAt  *big.Int
}

// UnpackPendingRootInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6557540f.
//
// Solidity: function pendingRootInfo() view returns(uint64 pendingEpoch, uint256 activatesAt)
func (rewardsDistributor *RewardsDistributor) UnpackPendingRootInfo(data []byte) (PendingRootInfoOutput, error) {
	out, err := rewardsDistributor.abi.Unpack("pendingRootInfo", data)
	outstruct := new(PendingRootInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.PendingEpoch = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.ActivatesAt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPoolInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a7b5f11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolInfo(address pool) view returns(address token, address owner, uint256 balance, uint256 paid, uint256 committed, uint256 withdrawableAt)
func (rewardsDistributor *RewardsDistributor) PackPoolInfo(pool common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("poolInfo", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a7b5f11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolInfo(address pool) view returns(address token, address owner, uint256 balance, uint256 paid, uint256 committed, uint256 withdrawableAt)
func (rewardsDistributor *RewardsDistributor) TryPackPoolInfo(pool common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("poolInfo", pool)
}

// PoolInfoOutput serves as a container for the return parameters of contract
// method PoolInfo.
type PoolInfoOutput struct {
	Token          common.Address
	Owner          common.Address
	Balance        *big.Int
	Paid           *big.Int
	Committed      *big.Int
	WithdrawableAt *big.Int
}

// UnpackPoolInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a7b5f11.
//
// Solidity: function poolInfo(address pool) view returns(address token, address owner, uint256 balance, uint256 paid, uint256 committed, uint256 withdrawableAt)
func (rewardsDistributor *RewardsDistributor) UnpackPoolInfo(data []byte) (PoolInfoOutput, error) {
	out, err := rewardsDistributor.abi.Unpack("poolInfo", data)
	outstruct := new(PoolInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Token = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Owner = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Balance = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Paid = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Committed = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.WithdrawableAt = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPredictPoolAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a770c20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictPoolAddress(address owner, address token, bytes32 salt) view returns(address)
func (rewardsDistributor *RewardsDistributor) PackPredictPoolAddress(owner common.Address, token common.Address, salt [32]byte) []byte {
	enc, err := rewardsDistributor.abi.Pack("predictPoolAddress", owner, token, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictPoolAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a770c20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictPoolAddress(address owner, address token, bytes32 salt) view returns(address)
func (rewardsDistributor *RewardsDistributor) TryPackPredictPoolAddress(owner common.Address, token common.Address, salt [32]byte) ([]byte, error) {
	return rewardsDistributor.abi.Pack("predictPoolAddress", owner, token, salt)
}

// UnpackPredictPoolAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a770c20.
//
// Solidity: function predictPoolAddress(address owner, address token, bytes32 salt) view returns(address)
func (rewardsDistributor *RewardsDistributor) UnpackPredictPoolAddress(data []byte) (common.Address, error) {
	out, err := rewardsDistributor.abi.Unpack("predictPoolAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03d490ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeRoot(bytes32 root, uint64 epoch_) returns()
func (rewardsDistributor *RewardsDistributor) PackProposeRoot(root [32]byte, epoch uint64) []byte {
	enc, err := rewardsDistributor.abi.Pack("proposeRoot", root, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03d490ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeRoot(bytes32 root, uint64 epoch_) returns()
func (rewardsDistributor *RewardsDistributor) TryPackProposeRoot(root [32]byte, epoch uint64) ([]byte, error) {
	return rewardsDistributor.abi.Pack("proposeRoot", root, epoch)
}

// PackProposeRootWithCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dbb0013.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeRootWithCommitments(bytes32 root, uint64 epoch_, address[] pools, uint256[] committed) returns()
func (rewardsDistributor *RewardsDistributor) PackProposeRootWithCommitments(root [32]byte, epoch uint64, pools []common.Address, committed []*big.Int) []byte {
	enc, err := rewardsDistributor.abi.Pack("proposeRootWithCommitments", root, epoch, pools, committed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeRootWithCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dbb0013.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeRootWithCommitments(bytes32 root, uint64 epoch_, address[] pools, uint256[] committed) returns()
func (rewardsDistributor *RewardsDistributor) TryPackProposeRootWithCommitments(root [32]byte, epoch uint64, pools []common.Address, committed []*big.Int) ([]byte, error) {
	return rewardsDistributor.abi.Pack("proposeRootWithCommitments", root, epoch, pools, committed)
}

// PackRejectRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6f576ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectRoot(bytes32 root) returns()
func (rewardsDistributor *RewardsDistributor) PackRejectRoot(root [32]byte) []byte {
	enc, err := rewardsDistributor.abi.Pack("rejectRoot", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6f576ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectRoot(bytes32 root) returns()
func (rewardsDistributor *RewardsDistributor) TryPackRejectRoot(root [32]byte) ([]byte, error) {
	return rewardsDistributor.abi.Pack("rejectRoot", root)
}

// PackRemoveSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e316ab7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeSigner(address signer) returns()
func (rewardsDistributor *RewardsDistributor) PackRemoveSigner(signer common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("removeSigner", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e316ab7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeSigner(address signer) returns()
func (rewardsDistributor *RewardsDistributor) TryPackRemoveSigner(signer common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("removeSigner", signer)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (rewardsDistributor *RewardsDistributor) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (rewardsDistributor *RewardsDistributor) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (rewardsDistributor *RewardsDistributor) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (rewardsDistributor *RewardsDistributor) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("revokeRole", role, account)
}

// PackSetDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53082de3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeWindow(uint32 window) returns()
func (rewardsDistributor *RewardsDistributor) PackSetDisputeWindow(window uint32) []byte {
	enc, err := rewardsDistributor.abi.Pack("setDisputeWindow", window)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53082de3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDisputeWindow(uint32 window) returns()
func (rewardsDistributor *RewardsDistributor) TryPackSetDisputeWindow(window uint32) ([]byte, error) {
	return rewardsDistributor.abi.Pack("setDisputeWindow", window)
}

// PackSetPayoutLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bc61fe5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPayoutLimit(address token, uint256 limit, uint32 period) returns()
func (rewardsDistributor *RewardsDistributor) PackSetPayoutLimit(token common.Address, limit *big.Int, period uint32) []byte {
	enc, err := rewardsDistributor.abi.Pack("setPayoutLimit", token, limit, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPayoutLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bc61fe5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPayoutLimit(address token, uint256 limit, uint32 period) returns()
func (rewardsDistributor *RewardsDistributor) TryPackSetPayoutLimit(token common.Address, limit *big.Int, period uint32) ([]byte, error) {
	return rewardsDistributor.abi.Pack("setPayoutLimit", token, limit, period)
}

// PackSetPayoutManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc542e893.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPayoutManager(address token, address manager) returns()
func (rewardsDistributor *RewardsDistributor) PackSetPayoutManager(token common.Address, manager common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("setPayoutManager", token, manager)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPayoutManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc542e893.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPayoutManager(address token, address manager) returns()
func (rewardsDistributor *RewardsDistributor) TryPackSetPayoutManager(token common.Address, manager common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("setPayoutManager", token, manager)
}

// PackSetWithdrawalNotice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02fb07da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWithdrawalNotice(uint32 notice) returns()
func (rewardsDistributor *RewardsDistributor) PackSetWithdrawalNotice(notice uint32) []byte {
	enc, err := rewardsDistributor.abi.Pack("setWithdrawalNotice", notice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWithdrawalNotice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02fb07da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWithdrawalNotice(uint32 notice) returns()
func (rewardsDistributor *RewardsDistributor) TryPackSetWithdrawalNotice(notice uint32) ([]byte, error) {
	return rewardsDistributor.abi.Pack("setWithdrawalNotice", notice)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rewardsDistributor *RewardsDistributor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := rewardsDistributor.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rewardsDistributor *RewardsDistributor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return rewardsDistributor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rewardsDistributor *RewardsDistributor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := rewardsDistributor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferPoolOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee9ee0e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferPoolOwnership(address pool, address newOwner) returns()
func (rewardsDistributor *RewardsDistributor) PackTransferPoolOwnership(pool common.Address, newOwner common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("transferPoolOwnership", pool, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferPoolOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee9ee0e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferPoolOwnership(address pool, address newOwner) returns()
func (rewardsDistributor *RewardsDistributor) TryPackTransferPoolOwnership(pool common.Address, newOwner common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("transferPoolOwnership", pool, newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (rewardsDistributor *RewardsDistributor) PackUnpause() []byte {
	enc, err := rewardsDistributor.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (rewardsDistributor *RewardsDistributor) TryPackUnpause() ([]byte, error) {
	return rewardsDistributor.abi.Pack("unpause")
}

// PackVoucherDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc09b9ef6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voucherDigest(address account, address token, uint256 cumulativeAmount, uint256 deadline) view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) PackVoucherDigest(account common.Address, token common.Address, cumulativeAmount *big.Int, deadline *big.Int) []byte {
	enc, err := rewardsDistributor.abi.Pack("voucherDigest", account, token, cumulativeAmount, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoucherDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc09b9ef6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voucherDigest(address account, address token, uint256 cumulativeAmount, uint256 deadline) view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) TryPackVoucherDigest(account common.Address, token common.Address, cumulativeAmount *big.Int, deadline *big.Int) ([]byte, error) {
	return rewardsDistributor.abi.Pack("voucherDigest", account, token, cumulativeAmount, deadline)
}

// UnpackVoucherDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc09b9ef6.
//
// Solidity: function voucherDigest(address account, address token, uint256 cumulativeAmount, uint256 deadline) view returns(bytes32)
func (rewardsDistributor *RewardsDistributor) UnpackVoucherDigest(data []byte) ([32]byte, error) {
	out, err := rewardsDistributor.abi.Unpack("voucherDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9caed12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address pool, address to, uint256 amount) returns()
func (rewardsDistributor *RewardsDistributor) PackWithdraw(pool common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := rewardsDistributor.abi.Pack("withdraw", pool, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9caed12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address pool, address to, uint256 amount) returns()
func (rewardsDistributor *RewardsDistributor) TryPackWithdraw(pool common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return rewardsDistributor.abi.Pack("withdraw", pool, to, amount)
}

// PackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce513b6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawable(address pool) view returns(uint256)
func (rewardsDistributor *RewardsDistributor) PackWithdrawable(pool common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("withdrawable", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce513b6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawable(address pool) view returns(uint256)
func (rewardsDistributor *RewardsDistributor) TryPackWithdrawable(pool common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("withdrawable", pool)
}

// UnpackWithdrawable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce513b6f.
//
// Solidity: function withdrawable(address pool) view returns(uint256)
func (rewardsDistributor *RewardsDistributor) UnpackWithdrawable(data []byte) (*big.Int, error) {
	out, err := rewardsDistributor.abi.Unpack("withdrawable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawalNotice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a69bac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalNotice() view returns(uint32)
func (rewardsDistributor *RewardsDistributor) PackWithdrawalNotice() []byte {
	enc, err := rewardsDistributor.abi.Pack("withdrawalNotice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalNotice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a69bac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalNotice() view returns(uint32)
func (rewardsDistributor *RewardsDistributor) TryPackWithdrawalNotice() ([]byte, error) {
	return rewardsDistributor.abi.Pack("withdrawalNotice")
}

// UnpackWithdrawalNotice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00a69bac.
//
// Solidity: function withdrawalNotice() view returns(uint32)
func (rewardsDistributor *RewardsDistributor) UnpackWithdrawalNotice(data []byte) (uint32, error) {
	out, err := rewardsDistributor.abi.Unpack("withdrawalNotice", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// RewardsDistributorClaimed represents a Claimed event raised by the RewardsDistributor contract.
type RewardsDistributorClaimed struct {
	Account          common.Address
	Token            common.Address
	Amount           *big.Int
	CumulativeAmount *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorClaimed) ContractEventName() string {
	return RewardsDistributorClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed account, address indexed token, uint256 amount, uint256 cumulativeAmount)
func (rewardsDistributor *RewardsDistributor) UnpackClaimedEvent(log *types.Log) (*RewardsDistributorClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorClaimed)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorDisputeWindowSet represents a DisputeWindowSet event raised by the RewardsDistributor contract.
type RewardsDistributorDisputeWindowSet struct {
	DisputeWindow uint32
	Raw           *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorDisputeWindowSetEventName = "DisputeWindowSet"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorDisputeWindowSet) ContractEventName() string {
	return RewardsDistributorDisputeWindowSetEventName
}

// UnpackDisputeWindowSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeWindowSet(uint32 disputeWindow)
func (rewardsDistributor *RewardsDistributor) UnpackDisputeWindowSetEvent(log *types.Log) (*RewardsDistributorDisputeWindowSet, error) {
	event := "DisputeWindowSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorDisputeWindowSet)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorEIP712DomainChanged represents a EIP712DomainChanged event raised by the RewardsDistributor contract.
type RewardsDistributorEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorEIP712DomainChanged) ContractEventName() string {
	return RewardsDistributorEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (rewardsDistributor *RewardsDistributor) UnpackEIP712DomainChangedEvent(log *types.Log) (*RewardsDistributorEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorPaused represents a Paused event raised by the RewardsDistributor contract.
type RewardsDistributorPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorPaused) ContractEventName() string {
	return RewardsDistributorPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (rewardsDistributor *RewardsDistributor) UnpackPausedEvent(log *types.Log) (*RewardsDistributorPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorPaused)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorPayoutLimitSet represents a PayoutLimitSet event raised by the RewardsDistributor contract.
type RewardsDistributorPayoutLimitSet struct {
	Token  common.Address
	Limit  *big.Int
	Period uint32
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorPayoutLimitSetEventName = "PayoutLimitSet"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorPayoutLimitSet) ContractEventName() string {
	return RewardsDistributorPayoutLimitSetEventName
}

// UnpackPayoutLimitSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutLimitSet(address indexed token, uint256 limit, uint32 period)
func (rewardsDistributor *RewardsDistributor) UnpackPayoutLimitSetEvent(log *types.Log) (*RewardsDistributorPayoutLimitSet, error) {
	event := "PayoutLimitSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorPayoutLimitSet)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorPayoutManagerSet represents a PayoutManagerSet event raised by the RewardsDistributor contract.
type RewardsDistributorPayoutManagerSet struct {
	Token   common.Address
	Manager common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorPayoutManagerSetEventName = "PayoutManagerSet"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorPayoutManagerSet) ContractEventName() string {
	return RewardsDistributorPayoutManagerSetEventName
}

// UnpackPayoutManagerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutManagerSet(address indexed token, address indexed manager)
func (rewardsDistributor *RewardsDistributor) UnpackPayoutManagerSetEvent(log *types.Log) (*RewardsDistributorPayoutManagerSet, error) {
	event := "PayoutManagerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorPayoutManagerSet)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorPoolCommitted represents a PoolCommitted event raised by the RewardsDistributor contract.
type RewardsDistributorPoolCommitted struct {
	Pool      common.Address
	Epoch     uint64
	Committed *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorPoolCommittedEventName = "PoolCommitted"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorPoolCommitted) ContractEventName() string {
	return RewardsDistributorPoolCommittedEventName
}

// UnpackPoolCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolCommitted(address indexed pool, uint64 indexed epoch, uint256 committed)
func (rewardsDistributor *RewardsDistributor) UnpackPoolCommittedEvent(log *types.Log) (*RewardsDistributorPoolCommitted, error) {
	event := "PoolCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorPoolCommitted)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorPoolCreated represents a PoolCreated event raised by the RewardsDistributor contract.
type RewardsDistributorPoolCreated struct {
	Pool  common.Address
	Token common.Address
	Owner common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorPoolCreatedEventName = "PoolCreated"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorPoolCreated) ContractEventName() string {
	return RewardsDistributorPoolCreatedEventName
}

// UnpackPoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolCreated(address indexed pool, address indexed token, address indexed owner)
func (rewardsDistributor *RewardsDistributor) UnpackPoolCreatedEvent(log *types.Log) (*RewardsDistributorPoolCreated, error) {
	event := "PoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorPoolCreated)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorPoolFunded represents a PoolFunded event raised by the RewardsDistributor contract.
type RewardsDistributorPoolFunded struct {
	Pool   common.Address
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorPoolFundedEventName = "PoolFunded"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorPoolFunded) ContractEventName() string {
	return RewardsDistributorPoolFundedEventName
}

// UnpackPoolFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolFunded(address indexed pool, address indexed from, uint256 amount)
func (rewardsDistributor *RewardsDistributor) UnpackPoolFundedEvent(log *types.Log) (*RewardsDistributorPoolFunded, error) {
	event := "PoolFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorPoolFunded)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorPoolOwnershipTransferStarted represents a PoolOwnershipTransferStarted event raised by the RewardsDistributor contract.
type RewardsDistributorPoolOwnershipTransferStarted struct {
	Pool          common.Address
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorPoolOwnershipTransferStartedEventName = "PoolOwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorPoolOwnershipTransferStarted) ContractEventName() string {
	return RewardsDistributorPoolOwnershipTransferStartedEventName
}

// UnpackPoolOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolOwnershipTransferStarted(address indexed pool, address indexed previousOwner, address indexed newOwner)
func (rewardsDistributor *RewardsDistributor) UnpackPoolOwnershipTransferStartedEvent(log *types.Log) (*RewardsDistributorPoolOwnershipTransferStarted, error) {
	event := "PoolOwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorPoolOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorPoolOwnershipTransferred represents a PoolOwnershipTransferred event raised by the RewardsDistributor contract.
type RewardsDistributorPoolOwnershipTransferred struct {
	Pool          common.Address
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorPoolOwnershipTransferredEventName = "PoolOwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorPoolOwnershipTransferred) ContractEventName() string {
	return RewardsDistributorPoolOwnershipTransferredEventName
}

// UnpackPoolOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolOwnershipTransferred(address indexed pool, address indexed previousOwner, address indexed newOwner)
func (rewardsDistributor *RewardsDistributor) UnpackPoolOwnershipTransferredEvent(log *types.Log) (*RewardsDistributorPoolOwnershipTransferred, error) {
	event := "PoolOwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorPoolOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorPoolWithdrawn represents a PoolWithdrawn event raised by the RewardsDistributor contract.
type RewardsDistributorPoolWithdrawn struct {
	Pool   common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorPoolWithdrawnEventName = "PoolWithdrawn"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorPoolWithdrawn) ContractEventName() string {
	return RewardsDistributorPoolWithdrawnEventName
}

// UnpackPoolWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolWithdrawn(address indexed pool, address indexed to, uint256 amount)
func (rewardsDistributor *RewardsDistributor) UnpackPoolWithdrawnEvent(log *types.Log) (*RewardsDistributorPoolWithdrawn, error) {
	event := "PoolWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorPoolWithdrawn)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorRoleAdminChanged represents a RoleAdminChanged event raised by the RewardsDistributor contract.
type RewardsDistributorRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorRoleAdminChanged) ContractEventName() string {
	return RewardsDistributorRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (rewardsDistributor *RewardsDistributor) UnpackRoleAdminChangedEvent(log *types.Log) (*RewardsDistributorRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorRoleGranted represents a RoleGranted event raised by the RewardsDistributor contract.
type RewardsDistributorRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorRoleGranted) ContractEventName() string {
	return RewardsDistributorRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (rewardsDistributor *RewardsDistributor) UnpackRoleGrantedEvent(log *types.Log) (*RewardsDistributorRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorRoleGranted)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorRoleRevoked represents a RoleRevoked event raised by the RewardsDistributor contract.
type RewardsDistributorRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorRoleRevoked) ContractEventName() string {
	return RewardsDistributorRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (rewardsDistributor *RewardsDistributor) UnpackRoleRevokedEvent(log *types.Log) (*RewardsDistributorRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorRoleRevoked)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorRootProposed represents a RootProposed event raised by the RewardsDistributor contract.
type RewardsDistributorRootProposed struct {
	Epoch       uint64
	Root        [32]byte
	ActivatesAt *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorRootProposedEventName = "RootProposed"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorRootProposed) ContractEventName() string {
	return RewardsDistributorRootProposedEventName
}

// UnpackRootProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootProposed(uint64 indexed epoch, bytes32 root, uint256 activatesAt)
func (rewardsDistributor *RewardsDistributor) UnpackRootProposedEvent(log *types.Log) (*RewardsDistributorRootProposed, error) {
	event := "RootProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorRootProposed)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorRootRejected represents a RootRejected event raised by the RewardsDistributor contract.
type RewardsDistributorRootRejected struct {
	Epoch uint64
	Root  [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorRootRejectedEventName = "RootRejected"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorRootRejected) ContractEventName() string {
	return RewardsDistributorRootRejectedEventName
}

// UnpackRootRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootRejected(uint64 indexed epoch, bytes32 root)
func (rewardsDistributor *RewardsDistributor) UnpackRootRejectedEvent(log *types.Log) (*RewardsDistributorRootRejected, error) {
	event := "RootRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorRootRejected)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorSignerAdded represents a SignerAdded event raised by the RewardsDistributor contract.
type RewardsDistributorSignerAdded struct {
	Signer common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorSignerAddedEventName = "SignerAdded"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorSignerAdded) ContractEventName() string {
	return RewardsDistributorSignerAddedEventName
}

// UnpackSignerAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerAdded(address indexed signer)
func (rewardsDistributor *RewardsDistributor) UnpackSignerAddedEvent(log *types.Log) (*RewardsDistributorSignerAdded, error) {
	event := "SignerAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorSignerAdded)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorSignerRemoved represents a SignerRemoved event raised by the RewardsDistributor contract.
type RewardsDistributorSignerRemoved struct {
	Signer common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorSignerRemovedEventName = "SignerRemoved"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorSignerRemoved) ContractEventName() string {
	return RewardsDistributorSignerRemovedEventName
}

// UnpackSignerRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerRemoved(address indexed signer)
func (rewardsDistributor *RewardsDistributor) UnpackSignerRemovedEvent(log *types.Log) (*RewardsDistributorSignerRemoved, error) {
	event := "SignerRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorSignerRemoved)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorUnpaused represents a Unpaused event raised by the RewardsDistributor contract.
type RewardsDistributorUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorUnpaused) ContractEventName() string {
	return RewardsDistributorUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (rewardsDistributor *RewardsDistributor) UnpackUnpausedEvent(log *types.Log) (*RewardsDistributorUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorUnpaused)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorWithdrawalAnnounced represents a WithdrawalAnnounced event raised by the RewardsDistributor contract.
type RewardsDistributorWithdrawalAnnounced struct {
	Pool           common.Address
	WithdrawableAt *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorWithdrawalAnnouncedEventName = "WithdrawalAnnounced"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorWithdrawalAnnounced) ContractEventName() string {
	return RewardsDistributorWithdrawalAnnouncedEventName
}

// UnpackWithdrawalAnnouncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalAnnounced(address indexed pool, uint256 withdrawableAt)
func (rewardsDistributor *RewardsDistributor) UnpackWithdrawalAnnouncedEvent(log *types.Log) (*RewardsDistributorWithdrawalAnnounced, error) {
	event := "WithdrawalAnnounced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorWithdrawalAnnounced)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorWithdrawalCancelled represents a WithdrawalCancelled event raised by the RewardsDistributor contract.
type RewardsDistributorWithdrawalCancelled struct {
	Pool common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorWithdrawalCancelledEventName = "WithdrawalCancelled"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorWithdrawalCancelled) ContractEventName() string {
	return RewardsDistributorWithdrawalCancelledEventName
}

// UnpackWithdrawalCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalCancelled(address indexed pool)
func (rewardsDistributor *RewardsDistributor) UnpackWithdrawalCancelledEvent(log *types.Log) (*RewardsDistributorWithdrawalCancelled, error) {
	event := "WithdrawalCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorWithdrawalCancelled)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardsDistributorWithdrawalNoticeSet represents a WithdrawalNoticeSet event raised by the RewardsDistributor contract.
type RewardsDistributorWithdrawalNoticeSet struct {
	WithdrawalNotice uint32
	Raw              *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorWithdrawalNoticeSetEventName = "WithdrawalNoticeSet"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorWithdrawalNoticeSet) ContractEventName() string {
	return RewardsDistributorWithdrawalNoticeSetEventName
}

// UnpackWithdrawalNoticeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalNoticeSet(uint32 withdrawalNotice)
func (rewardsDistributor *RewardsDistributor) UnpackWithdrawalNoticeSetEvent(log *types.Log) (*RewardsDistributorWithdrawalNoticeSet, error) {
	event := "WithdrawalNoticeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorWithdrawalNoticeSet)
	if len(log.Data) > 0 {
		if err := rewardsDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardsDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rewardsDistributor *RewardsDistributor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["ClaimsPaused"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackClaimsPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["EpochNotIncreasing"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackEpochNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["InsufficientPool"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackInsufficientPoolError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["InvalidPeriod"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackInvalidPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NoActiveRoot"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNoActiveRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NoPendingRoot"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNoPendingRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NoWithdrawalAnnounced"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNoWithdrawalAnnouncedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NotPaused"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNotPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NotPayoutManager"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNotPayoutManagerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NotPendingPoolOwner"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNotPendingPoolOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NotPoolOwner"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNotPoolOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NoticeShorterThanDisputeWindow"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNoticeShorterThanDisputeWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["PayoutLimitExceeded"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackPayoutLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["PendingRootMismatch"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackPendingRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["PoolExists"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackPoolExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["PoolManagedByOwner"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackPoolManagedByOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["RootPending"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackRootPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["UnknownPool"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackUnknownPoolError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["UnknownSigner"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackUnknownSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["VoucherExpired"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackVoucherExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["WithdrawalAlreadyAnnounced"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackWithdrawalAlreadyAnnouncedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["WithdrawalNotDue"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackWithdrawalNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["WithdrawalTooLarge"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackWithdrawalTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RewardsDistributorAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the RewardsDistributor contract.
type RewardsDistributorAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func RewardsDistributorAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (rewardsDistributor *RewardsDistributor) UnpackAccessControlBadConfirmationError(raw []byte) (*RewardsDistributorAccessControlBadConfirmation, error) {
	out := new(RewardsDistributorAccessControlBadConfirmation)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the RewardsDistributor contract.
type RewardsDistributorAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func RewardsDistributorAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (rewardsDistributor *RewardsDistributor) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*RewardsDistributorAccessControlUnauthorizedAccount, error) {
	out := new(RewardsDistributorAccessControlUnauthorizedAccount)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorAmountTooLarge represents a AmountTooLarge error raised by the RewardsDistributor contract.
type RewardsDistributorAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func RewardsDistributorAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (rewardsDistributor *RewardsDistributor) UnpackAmountTooLargeError(raw []byte) (*RewardsDistributorAmountTooLarge, error) {
	out := new(RewardsDistributorAmountTooLarge)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorClaimsPaused represents a ClaimsPaused error raised by the RewardsDistributor contract.
type RewardsDistributorClaimsPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimsPaused()
func RewardsDistributorClaimsPausedErrorID() common.Hash {
	return common.HexToHash("0x7cdf17ad9ee98efb9f1c7c037e6d670fdaa3f0ea4d4b016e4707fa1827a79e43")
}

// UnpackClaimsPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimsPaused()
func (rewardsDistributor *RewardsDistributor) UnpackClaimsPausedError(raw []byte) (*RewardsDistributorClaimsPaused, error) {
	out := new(RewardsDistributorClaimsPaused)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "ClaimsPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the RewardsDistributor contract.
type RewardsDistributorECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func RewardsDistributorECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (rewardsDistributor *RewardsDistributor) UnpackECDSAInvalidSignatureError(raw []byte) (*RewardsDistributorECDSAInvalidSignature, error) {
	out := new(RewardsDistributorECDSAInvalidSignature)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the RewardsDistributor contract.
type RewardsDistributorECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func RewardsDistributorECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (rewardsDistributor *RewardsDistributor) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*RewardsDistributorECDSAInvalidSignatureLength, error) {
	out := new(RewardsDistributorECDSAInvalidSignatureLength)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the RewardsDistributor contract.
type RewardsDistributorECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func RewardsDistributorECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (rewardsDistributor *RewardsDistributor) UnpackECDSAInvalidSignatureSError(raw []byte) (*RewardsDistributorECDSAInvalidSignatureS, error) {
	out := new(RewardsDistributorECDSAInvalidSignatureS)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorEpochNotIncreasing represents a EpochNotIncreasing error raised by the RewardsDistributor contract.
type RewardsDistributorEpochNotIncreasing struct {
	Current  uint64
	Proposed uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotIncreasing(uint64 current, uint64 proposed)
func RewardsDistributorEpochNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x98152d8233bcb91f4199bb11b4e8c0b18a39ebb27ceb0bb22a91d8e1f3d7b3ef")
}

// UnpackEpochNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotIncreasing(uint64 current, uint64 proposed)
func (rewardsDistributor *RewardsDistributor) UnpackEpochNotIncreasingError(raw []byte) (*RewardsDistributorEpochNotIncreasing, error) {
	out := new(RewardsDistributorEpochNotIncreasing)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "EpochNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorInsufficientPool represents a InsufficientPool error raised by the RewardsDistributor contract.
type RewardsDistributorInsufficientPool struct {
	Pool      common.Address
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientPool(address pool, uint256 available, uint256 needed)
func RewardsDistributorInsufficientPoolErrorID() common.Hash {
	return common.HexToHash("0x9eca380de75bb1548f748a8bfb9dbf46cf1846ffe60570c70f269cdb1adb0fb8")
}

// UnpackInsufficientPoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientPool(address pool, uint256 available, uint256 needed)
func (rewardsDistributor *RewardsDistributor) UnpackInsufficientPoolError(raw []byte) (*RewardsDistributorInsufficientPool, error) {
	out := new(RewardsDistributorInsufficientPool)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "InsufficientPool", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorInvalidPeriod represents a InvalidPeriod error raised by the RewardsDistributor contract.
type RewardsDistributorInvalidPeriod struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPeriod()
func RewardsDistributorInvalidPeriodErrorID() common.Hash {
	return common.HexToHash("0x17479ac87a9afb04c9d31315bed5b3357c673e575b6cfc85452248233b88a9dd")
}

// UnpackInvalidPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPeriod()
func (rewardsDistributor *RewardsDistributor) UnpackInvalidPeriodError(raw []byte) (*RewardsDistributorInvalidPeriod, error) {
	out := new(RewardsDistributorInvalidPeriod)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "InvalidPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorInvalidProof represents a InvalidProof error raised by the RewardsDistributor contract.
type RewardsDistributorInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func RewardsDistributorInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (rewardsDistributor *RewardsDistributor) UnpackInvalidProofError(raw []byte) (*RewardsDistributorInvalidProof, error) {
	out := new(RewardsDistributorInvalidProof)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorInvalidShortString represents a InvalidShortString error raised by the RewardsDistributor contract.
type RewardsDistributorInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func RewardsDistributorInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (rewardsDistributor *RewardsDistributor) UnpackInvalidShortStringError(raw []byte) (*RewardsDistributorInvalidShortString, error) {
	out := new(RewardsDistributorInvalidShortString)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorLengthMismatch represents a LengthMismatch error raised by the RewardsDistributor contract.
type RewardsDistributorLengthMismatch struct {
	Pools     *big.Int
	Committed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 pools, uint256 committed)
func RewardsDistributorLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 pools, uint256 committed)
func (rewardsDistributor *RewardsDistributor) UnpackLengthMismatchError(raw []byte) (*RewardsDistributorLengthMismatch, error) {
	out := new(RewardsDistributorLengthMismatch)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorNoActiveRoot represents a NoActiveRoot error raised by the RewardsDistributor contract.
type RewardsDistributorNoActiveRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoActiveRoot()
func RewardsDistributorNoActiveRootErrorID() common.Hash {
	return common.HexToHash("0x7a5af78b574d98183544ad6eeee6048bbaeb93d96b09a70a315961595a21033b")
}

// UnpackNoActiveRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoActiveRoot()
func (rewardsDistributor *RewardsDistributor) UnpackNoActiveRootError(raw []byte) (*RewardsDistributorNoActiveRoot, error) {
	out := new(RewardsDistributorNoActiveRoot)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "NoActiveRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorNoPendingRoot represents a NoPendingRoot error raised by the RewardsDistributor contract.
type RewardsDistributorNoPendingRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingRoot()
func RewardsDistributorNoPendingRootErrorID() common.Hash {
	return common.HexToHash("0x2a01895ee863735ea8533479c7609527402e57aaebaef575f9a1b9cb21c4beee")
}

// UnpackNoPendingRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingRoot()
func (rewardsDistributor *RewardsDistributor) UnpackNoPendingRootError(raw []byte) (*RewardsDistributorNoPendingRoot, error) {
	out := new(RewardsDistributorNoPendingRoot)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "NoPendingRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorNoWithdrawalAnnounced represents a NoWithdrawalAnnounced error raised by the RewardsDistributor contract.
type RewardsDistributorNoWithdrawalAnnounced struct {
	Pool common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoWithdrawalAnnounced(address pool)
func RewardsDistributorNoWithdrawalAnnouncedErrorID() common.Hash {
	return common.HexToHash("0x8962924243fe837e97df09b1c3058172b213300161f0c08b061d9de602968287")
}

// UnpackNoWithdrawalAnnouncedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoWithdrawalAnnounced(address pool)
func (rewardsDistributor *RewardsDistributor) UnpackNoWithdrawalAnnouncedError(raw []byte) (*RewardsDistributorNoWithdrawalAnnounced, error) {
	out := new(RewardsDistributorNoWithdrawalAnnounced)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "NoWithdrawalAnnounced", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorNotAContract represents a NotAContract error raised by the RewardsDistributor contract.
type RewardsDistributorNotAContract struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContract(address token)
func RewardsDistributorNotAContractErrorID() common.Hash {
	return common.HexToHash("0x8a8b41ec6b8382733436ac0321a506b0d1e41dc29c8650d1fd1ff17e726ab809")
}

// UnpackNotAContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContract(address token)
func (rewardsDistributor *RewardsDistributor) UnpackNotAContractError(raw []byte) (*RewardsDistributorNotAContract, error) {
	out := new(RewardsDistributorNotAContract)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "NotAContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorNotPaused represents a NotPaused error raised by the RewardsDistributor contract.
type RewardsDistributorNotPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPaused()
func RewardsDistributorNotPausedErrorID() common.Hash {
	return common.HexToHash("0x6cd602013233635730773e15e89b8a778034d859147e8f706bcd1aa42e228e06")
}

// UnpackNotPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPaused()
func (rewardsDistributor *RewardsDistributor) UnpackNotPausedError(raw []byte) (*RewardsDistributorNotPaused, error) {
	out := new(RewardsDistributorNotPaused)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "NotPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorNotPayoutManager represents a NotPayoutManager error raised by the RewardsDistributor contract.
type RewardsDistributorNotPayoutManager struct {
	Token  common.Address
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPayoutManager(address token, address caller)
func RewardsDistributorNotPayoutManagerErrorID() common.Hash {
	return common.HexToHash("0x8fb1cc796ab3b898837a7ce7056bdb0d4ff4489a20704c57d7270808eadaa15e")
}

// UnpackNotPayoutManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPayoutManager(address token, address caller)
func (rewardsDistributor *RewardsDistributor) UnpackNotPayoutManagerError(raw []byte) (*RewardsDistributorNotPayoutManager, error) {
	out := new(RewardsDistributorNotPayoutManager)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "NotPayoutManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorNotPendingPoolOwner represents a NotPendingPoolOwner error raised by the RewardsDistributor contract.
type RewardsDistributorNotPendingPoolOwner struct {
	Pool   common.Address
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPendingPoolOwner(address pool, address caller)
func RewardsDistributorNotPendingPoolOwnerErrorID() common.Hash {
	return common.HexToHash("0x786bc3d29adb57287b9a6cff6f9e9ba34fd62cc3e5b62e9691af64d53c5cf4b9")
}

// UnpackNotPendingPoolOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPendingPoolOwner(address pool, address caller)
func (rewardsDistributor *RewardsDistributor) UnpackNotPendingPoolOwnerError(raw []byte) (*RewardsDistributorNotPendingPoolOwner, error) {
	out := new(RewardsDistributorNotPendingPoolOwner)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "NotPendingPoolOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorNotPoolOwner represents a NotPoolOwner error raised by the RewardsDistributor contract.
type RewardsDistributorNotPoolOwner struct {
	Pool   common.Address
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPoolOwner(address pool, address caller)
func RewardsDistributorNotPoolOwnerErrorID() common.Hash {
	return common.HexToHash("0x15a39f359747c147564615b34f1be75bc35b9ecd5a18d8878b4626cffbe99dfa")
}

// UnpackNotPoolOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPoolOwner(address pool, address caller)
func (rewardsDistributor *RewardsDistributor) UnpackNotPoolOwnerError(raw []byte) (*RewardsDistributorNotPoolOwner, error) {
	out := new(RewardsDistributorNotPoolOwner)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "NotPoolOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorNothingToClaim represents a NothingToClaim error raised by the RewardsDistributor contract.
type RewardsDistributorNothingToClaim struct {
	Account          common.Address
	Token            common.Address
	CumulativeAmount *big.Int
	Claimed          *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(address account, address token, uint256 cumulativeAmount, uint256 claimed)
func RewardsDistributorNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xd3ac54e018aadf4bad611ebdee87917b4d8b814d167c672e452643fd67f3506f")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(address account, address token, uint256 cumulativeAmount, uint256 claimed)
func (rewardsDistributor *RewardsDistributor) UnpackNothingToClaimError(raw []byte) (*RewardsDistributorNothingToClaim, error) {
	out := new(RewardsDistributorNothingToClaim)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorNoticeShorterThanDisputeWindow represents a NoticeShorterThanDisputeWindow error raised by the RewardsDistributor contract.
type RewardsDistributorNoticeShorterThanDisputeWindow struct {
	WithdrawalNotice uint32
	DisputeWindow    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoticeShorterThanDisputeWindow(uint32 withdrawalNotice, uint32 disputeWindow)
func RewardsDistributorNoticeShorterThanDisputeWindowErrorID() common.Hash {
	return common.HexToHash("0xd4f98156467be5bff94401ddb27e59c16d1ef49cc903bee643fe2c78e417bbc0")
}

// UnpackNoticeShorterThanDisputeWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoticeShorterThanDisputeWindow(uint32 withdrawalNotice, uint32 disputeWindow)
func (rewardsDistributor *RewardsDistributor) UnpackNoticeShorterThanDisputeWindowError(raw []byte) (*RewardsDistributorNoticeShorterThanDisputeWindow, error) {
	out := new(RewardsDistributorNoticeShorterThanDisputeWindow)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "NoticeShorterThanDisputeWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorPayoutLimitExceeded represents a PayoutLimitExceeded error raised by the RewardsDistributor contract.
type RewardsDistributorPayoutLimitExceeded struct {
	Token     common.Address
	Available *big.Int
	ResetsAt  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutLimitExceeded(address token, uint256 available, uint256 resetsAt)
func RewardsDistributorPayoutLimitExceededErrorID() common.Hash {
	return common.HexToHash("0x958a8807f24e9481800704d2ff831251e7b0e538ecc4618289d6ea7034dae721")
}

// UnpackPayoutLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutLimitExceeded(address token, uint256 available, uint256 resetsAt)
func (rewardsDistributor *RewardsDistributor) UnpackPayoutLimitExceededError(raw []byte) (*RewardsDistributorPayoutLimitExceeded, error) {
	out := new(RewardsDistributorPayoutLimitExceeded)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "PayoutLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorPendingRootMismatch represents a PendingRootMismatch error raised by the RewardsDistributor contract.
type RewardsDistributorPendingRootMismatch struct {
	Pending [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PendingRootMismatch(bytes32 pending)
func RewardsDistributorPendingRootMismatchErrorID() common.Hash {
	return common.HexToHash("0x6ce0ef65c14ca425869fdf03bd11867109da77a5a687d4670801866b287a2aad")
}

// UnpackPendingRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PendingRootMismatch(bytes32 pending)
func (rewardsDistributor *RewardsDistributor) UnpackPendingRootMismatchError(raw []byte) (*RewardsDistributorPendingRootMismatch, error) {
	out := new(RewardsDistributorPendingRootMismatch)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "PendingRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorPoolExists represents a PoolExists error raised by the RewardsDistributor contract.
type RewardsDistributorPoolExists struct {
	Pool common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolExists(address pool)
func RewardsDistributorPoolExistsErrorID() common.Hash {
	return common.HexToHash("0x4f9d302e0144bd69cc98b6a2bc92132c398948be951747b8f976f5b3b23b6bf8")
}

// UnpackPoolExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolExists(address pool)
func (rewardsDistributor *RewardsDistributor) UnpackPoolExistsError(raw []byte) (*RewardsDistributorPoolExists, error) {
	out := new(RewardsDistributorPoolExists)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "PoolExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorPoolManagedByOwner represents a PoolManagedByOwner error raised by the RewardsDistributor contract.
type RewardsDistributorPoolManagedByOwner struct {
	Pool common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolManagedByOwner(address pool)
func RewardsDistributorPoolManagedByOwnerErrorID() common.Hash {
	return common.HexToHash("0x0886773c73eba64f491ad9619b571db734d87dac203b81d1ac9e52386e42d5ff")
}

// UnpackPoolManagedByOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolManagedByOwner(address pool)
func (rewardsDistributor *RewardsDistributor) UnpackPoolManagedByOwnerError(raw []byte) (*RewardsDistributorPoolManagedByOwner, error) {
	out := new(RewardsDistributorPoolManagedByOwner)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "PoolManagedByOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the RewardsDistributor contract.
type RewardsDistributorReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RewardsDistributorReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (rewardsDistributor *RewardsDistributor) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RewardsDistributorReentrancyGuardReentrantCall, error) {
	out := new(RewardsDistributorReentrancyGuardReentrantCall)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorRootPending represents a RootPending error raised by the RewardsDistributor contract.
type RewardsDistributorRootPending struct {
	Epoch       uint64
	ActivatesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootPending(uint64 epoch, uint256 activatesAt)
func RewardsDistributorRootPendingErrorID() common.Hash {
	return common.HexToHash("0x12ef70b22a44d4eb6c5b80f010e183ff3c73c958acb799f80b73444c60892721")
}

// UnpackRootPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootPending(uint64 epoch, uint256 activatesAt)
func (rewardsDistributor *RewardsDistributor) UnpackRootPendingError(raw []byte) (*RewardsDistributorRootPending, error) {
	out := new(RewardsDistributorRootPending)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "RootPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RewardsDistributor contract.
type RewardsDistributorSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RewardsDistributorSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rewardsDistributor *RewardsDistributor) UnpackSafeERC20FailedOperationError(raw []byte) (*RewardsDistributorSafeERC20FailedOperation, error) {
	out := new(RewardsDistributorSafeERC20FailedOperation)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorStringTooLong represents a StringTooLong error raised by the RewardsDistributor contract.
type RewardsDistributorStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func RewardsDistributorStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (rewardsDistributor *RewardsDistributor) UnpackStringTooLongError(raw []byte) (*RewardsDistributorStringTooLong, error) {
	out := new(RewardsDistributorStringTooLong)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorUnknownPool represents a UnknownPool error raised by the RewardsDistributor contract.
type RewardsDistributorUnknownPool struct {
	Pool common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownPool(address pool)
func RewardsDistributorUnknownPoolErrorID() common.Hash {
	return common.HexToHash("0xb5e2025e5cad6a595847b14937f30180fc9d59c7c3a6829458cc5304da6ae439")
}

// UnpackUnknownPoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownPool(address pool)
func (rewardsDistributor *RewardsDistributor) UnpackUnknownPoolError(raw []byte) (*RewardsDistributorUnknownPool, error) {
	out := new(RewardsDistributorUnknownPool)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "UnknownPool", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorUnknownSigner represents a UnknownSigner error raised by the RewardsDistributor contract.
type RewardsDistributorUnknownSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSigner(address signer)
func RewardsDistributorUnknownSignerErrorID() common.Hash {
	return common.HexToHash("0xd7e8a2c26fd6e574581d4dadb54adcae8e49f64b22b2d5386731d559357f82c3")
}

// UnpackUnknownSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSigner(address signer)
func (rewardsDistributor *RewardsDistributor) UnpackUnknownSignerError(raw []byte) (*RewardsDistributorUnknownSigner, error) {
	out := new(RewardsDistributorUnknownSigner)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "UnknownSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorVoucherExpired represents a VoucherExpired error raised by the RewardsDistributor contract.
type RewardsDistributorVoucherExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoucherExpired(uint256 deadline)
func RewardsDistributorVoucherExpiredErrorID() common.Hash {
	return common.HexToHash("0x07185d516f2ad076154702d44817d6a410ff00d7e35d2e13a88bd1296e3b6f1c")
}

// UnpackVoucherExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoucherExpired(uint256 deadline)
func (rewardsDistributor *RewardsDistributor) UnpackVoucherExpiredError(raw []byte) (*RewardsDistributorVoucherExpired, error) {
	out := new(RewardsDistributorVoucherExpired)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "VoucherExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorWithdrawalAlreadyAnnounced represents a WithdrawalAlreadyAnnounced error raised by the RewardsDistributor contract.
type RewardsDistributorWithdrawalAlreadyAnnounced struct {
	Pool           common.Address
	WithdrawableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalAlreadyAnnounced(address pool, uint256 withdrawableAt)
func RewardsDistributorWithdrawalAlreadyAnnouncedErrorID() common.Hash {
	return common.HexToHash("0xec8951071068f987db8658d20db940d46e6a52dece6483a5e18cdd71d2a99738")
}

// UnpackWithdrawalAlreadyAnnouncedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalAlreadyAnnounced(address pool, uint256 withdrawableAt)
func (rewardsDistributor *RewardsDistributor) UnpackWithdrawalAlreadyAnnouncedError(raw []byte) (*RewardsDistributorWithdrawalAlreadyAnnounced, error) {
	out := new(RewardsDistributorWithdrawalAlreadyAnnounced)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "WithdrawalAlreadyAnnounced", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorWithdrawalNotDue represents a WithdrawalNotDue error raised by the RewardsDistributor contract.
type RewardsDistributorWithdrawalNotDue struct {
	Pool           common.Address
	WithdrawableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalNotDue(address pool, uint256 withdrawableAt)
func RewardsDistributorWithdrawalNotDueErrorID() common.Hash {
	return common.HexToHash("0x098151007641f7f7ac388ade78706b35243951c8a871db681da1730ac94e7e04")
}

// UnpackWithdrawalNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalNotDue(address pool, uint256 withdrawableAt)
func (rewardsDistributor *RewardsDistributor) UnpackWithdrawalNotDueError(raw []byte) (*RewardsDistributorWithdrawalNotDue, error) {
	out := new(RewardsDistributorWithdrawalNotDue)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "WithdrawalNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorWithdrawalTooLarge represents a WithdrawalTooLarge error raised by the RewardsDistributor contract.
type RewardsDistributorWithdrawalTooLarge struct {
	Pool         common.Address
	Withdrawable *big.Int
	Amount       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalTooLarge(address pool, uint256 withdrawable, uint256 amount)
func RewardsDistributorWithdrawalTooLargeErrorID() common.Hash {
	return common.HexToHash("0x33bdd3095ece8817e3dd7525dd36ef8931ea22e49ff9d87c00689d808574bc7a")
}

// UnpackWithdrawalTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalTooLarge(address pool, uint256 withdrawable, uint256 amount)
func (rewardsDistributor *RewardsDistributor) UnpackWithdrawalTooLargeError(raw []byte) (*RewardsDistributorWithdrawalTooLarge, error) {
	out := new(RewardsDistributorWithdrawalTooLarge)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "WithdrawalTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorZeroAddress represents a ZeroAddress error raised by the RewardsDistributor contract.
type RewardsDistributorZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RewardsDistributorZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (rewardsDistributor *RewardsDistributor) UnpackZeroAddressError(raw []byte) (*RewardsDistributorZeroAddress, error) {
	out := new(RewardsDistributorZeroAddress)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorZeroAmount represents a ZeroAmount error raised by the RewardsDistributor contract.
type RewardsDistributorZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func RewardsDistributorZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (rewardsDistributor *RewardsDistributor) UnpackZeroAmountError(raw []byte) (*RewardsDistributorZeroAmount, error) {
	out := new(RewardsDistributorZeroAmount)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDistributorZeroRoot represents a ZeroRoot error raised by the RewardsDistributor contract.
type RewardsDistributorZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func RewardsDistributorZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (rewardsDistributor *RewardsDistributor) UnpackZeroRootError(raw []byte) (*RewardsDistributorZeroRoot, error) {
	out := new(RewardsDistributorZeroRoot)
	if err := rewardsDistributor.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
