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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimsPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proposed\",\"type\":\"uint64\"}],\"name\":\"EpochNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientPool\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoActiveRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPayoutManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resetsAt\",\"type\":\"uint256\"}],\"name\":\"PayoutLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pending\",\"type\":\"bytes32\"}],\"name\":\"PendingRootMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"activatesAt\",\"type\":\"uint256\"}],\"name\":\"RootPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"VoucherExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"}],\"name\":\"DisputeWindowSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"PayoutLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"}],\"name\":\"PayoutManagerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"activatesAt\",\"type\":\"uint256\"}],\"name\":\"RootProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"RootRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROOT_PROPOSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOUCHER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"addSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRewardsDistributor.Claim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"}],\"name\":\"claimMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"claimWithVoucher\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"isSigner\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"payoutLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"paidInPeriod\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"periodEndsAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"payoutManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingRootInfo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"pendingEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"activatesAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"poolOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"escrow\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch_\",\"type\":\"uint64\"}],\"name\":\"proposeRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"rejectRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"removeSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"setDisputeWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"setPayoutLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"}],\"name\":\"setPayoutManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"voucherDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RewardsDistributor",
	Bin: "0x61016080604052346101e0576040816131b1803803809161002082856101e4565b8339810103126101e05780516001600160a01b038116918282036101e057602001519163ffffffff8316908184036101e0576040516100606040826101e4565b600c815260208101906b54726962655265776172647360a01b82526040519161008a6040846101e4565b600183526020830191603160f81b83526100a3816102a4565b610120526100b0846102a4565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261011960c0826101e4565b5190206080523060c052156101d1577f3df1af05218226161894ecd070f209b48b97ff740f645c5cea456867f2217cfa9261015560209361021b565b506004805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055604051908152a1604051612e819081610310823960805181612b83015260a05181612c40015260c05181612b54015260e05181612bd201526101005181612bf801526101205181610a1301526101405181610a3c0152f35b63d92e233d60e01b5f5260045ffd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761020757604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f5160206131915f395f51905f52602052604090205460ff1661029f576001600160a01b03165f8181525f5160206131915f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f90565b601f8151116102cf5760208151910151602082106102c0571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714611ba55750806303d490ce146117d85780630c9cbf0e146117845780630e316ab7146116c2578063117f5f921461169c578063248a9ca31461167157806324ea54f4146116375780632f2ff15d146115f957806336568abe1461159c5780633bc61fe5146113e05780633e8b94df146111575780633f4ba83a146110b757806353082de31461101a5780635c975abb14610ff55780636557540f14610fc5578063750588cf14610f905780637b1837de14610c055780637df73e2714610b975780638456cb5914610b0f57806384b0196e146109fb578063900cf0cf1461099d57806391d148541461095357806394739e8714610919578063988b1fa714610840578063a0f56ade146107fc578063a217fddf146107e2578063a3851baf14610749578063a6f576ab1461062b578063abb2efdf14610609578063b52086ee146105cf578063c09b9ef61461059b578063c542e89314610477578063d547741f14610432578063d88c4e12146103fe578063eb12d61e14610321578063f698da25146102ff5763fabed412146101b3575f80fd5b346102fb5760806003193601126102fb576101cc611c43565b6101d4611c59565b9060443560643567ffffffffffffffff81116102fb576101f8903690600401611c6f565b61020061235f565b610208611d89565b9160408301516102d357838686610221610226966123d3565b6123ed565b6001600160a01b0383165f52600860205260405f206001600160a01b0383165f5260205260405f2054918282111561028757926102629361259d565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6040517fd3ac54e00000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201529316602484015260448301526064820152608490fd5b7f7cdf17ad000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b346102fb575f6003193601126102fb576020610319612b4a565b604051908152f35b346102fb5760206003193601126102fb576001600160a01b03610342611c43565b61034a6120a5565b1680156103d657805f52600760205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055807fffffffffffffffffffffffff000000000000000000000000000000000000000060035416176003557f47d1c22a25bb3a5d4e481b9b1e6944c2eade3181a0a20b495ed61d35b5323f245f80a2005b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102fb5760206003193601126102fb57602061042161041c611c43565b61206d565b6001600160a01b0360405191168152f35b346102fb5760406003193601126102fb57610475600435610451611c59565b9061047061046b825f526002602052600160405f20015490565b612195565b6122bc565b005b346102fb5760406003193601126102fb57610490611c43565b610498611c59565b6001600160a01b036104a98361206d565b1633141580610563575b61052a576001600160a01b03169081156103d6576001600160a01b0316805f52600a60205260405f20827fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790557f38d6c65cde3adbe7f65141fcd61daf9a1ac022974e51e0b8790f1893eac7ac7b5f80a3005b6001600160a01b03827f8fb1cc79000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b50335f9081527fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b602052604090205460ff16156104b3565b346102fb5760806003193601126102fb5760206103196105b9611c43565b6105c1611c59565b906064359160443591611fcd565b346102fb575f6003193601126102fb5760206040517f64ba955c8b5b448b2248fa0532807b98b1b75941bbd2184ca97df4881a13b4488152f35b346102fb575f6003193601126102fb576020610319610626611d89565b6123d3565b346102fb5760206003193601126102fb5761064461210d565b61065461064f611d89565b612a3f565b156107215760065460043581036106f6577fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90600454906040519081527f5fb232ba10aa1c31fc016e3a8b77007fc80001d6890c8c641635485a6e25d3ba602067ffffffffffffffff8460401c1692a25f60065516600455600380547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff169055005b7f6ce0ef65000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f2a01895e000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102fb5760a06003193601126102fb57610762611c43565b61076a611c59565b9060443560843567ffffffffffffffff81116102fb57366023820112156102fb57806004013567ffffffffffffffff81116102fb5736602482840101116102fb576107b361235f565b6107bb611d89565b60408101516102d35760246102269301908487876001600160a01b036064359451166124e4565b346102fb575f6003193601126102fb5760206040515f8152f35b346102fb5760206003193601126102fb57608063ffffffff61082461081f611c43565b611ebe565b9293909160405194855216602084015260408301526060820152f35b346102fb5760206003193601126102fb57610859611c43565b6001600160a01b03165f8181526009602052604081205460f81c8061088b575b60408093505191825215156020820152f35b90506020602492604051938480927f70a082310000000000000000000000000000000000000000000000000000000082523060048301525afa801561090e575f906108db575b6040925090610879565b506020823d602011610906575b816108f560209383611d48565b810103126102fb57604091516108d1565b3d91506108e8565b6040513d5f823e3d90fd5b346102fb575f6003193601126102fb5760206040517fb811d839307198da8af706af45cb255cd1e44d7e1260ea9a1656b8540142b00d8152f35b346102fb5760406003193601126102fb5761096c611c59565b6004355f5260026020526001600160a01b0360405f2091165f52602052602060ff60405f2054166040519015158152f35b346102fb575f6003193601126102fb576109bd6109b8611d89565b6121ef565b156109e757602067ffffffffffffffff60045460401c165b67ffffffffffffffff60405191168152f35b602067ffffffffffffffff600454166109d5565b346102fb575f6003193601126102fb57610ab3610a377f0000000000000000000000000000000000000000000000000000000000000000612c66565b610a607f0000000000000000000000000000000000000000000000000000000000000000612c66565b6020610ac160405192610a738385611d48565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190611ca0565b908582036040870152611ca0565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610af857505050500390f35b835185528695509381019392810192600101610ae9565b346102fb575f6003193601126102fb57610b2761210d565b7901000000000000000000000000000000000000000000000000007fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff60035416176003557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b346102fb5760206003193601126102fb576001600160a01b03610bb8611c43565b1680151580610bcf575b6020906040519015158152f35b506001600160a01b036003541681148015610bee575b60209150610bc2565b505f526007602052602060ff60405f205416610be5565b346102fb5760406003193601126102fb57610c1e611c43565b602435610c2961235f565b8015610f68576001600160a01b03821691825f52600960205260405f2090815460f81c15610e3a575b50506040517f70a08231000000000000000000000000000000000000000000000000000000008152306004820152602081602481865afa90811561090e575f91610e08575b50604051917f23b872dd000000000000000000000000000000000000000000000000000000005f52336004523060245260445260205f60648180875af160015f5114811615610de9575b826040525f60605215610dbd577f70a08231000000000000000000000000000000000000000000000000000000008252306004830152602082602481865afa801561090e575f90610d89575b610d379250611e67565b906040519182527f3b5083eec1a1116c56de5d6841cff8efc6a0aec9850e836ec509d6ce024ea56160203393a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b506020823d602011610db5575b81610da360209383611d48565b810103126102fb57610d379151610d2d565b3d9150610d96565b827f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001811516610dff57833b15153d151616610ce1565b823d5f823e3d90fd5b90506020813d602011610e32575b81610e2360209383611d48565b810103126102fb575183610c97565b3d9150610e16565b835f52600a6020526001600160a01b0360405f205416908115610ee7575b506001600160a01b0333911603610eb7577f01000000000000000000000000000000000000000000000000000000000000007effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790558280610c52565b827f8fb1cc79000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b610ef19150612a5e565b9015610efe575b84610e58565b5033835f52600a60205260405f206001600160a01b0333167fffffffffffffffffffffffff000000000000000000000000000000000000000082541617905533847f38d6c65cde3adbe7f65141fcd61daf9a1ac022974e51e0b8790f1893eac7ac7b5f80a3610ef8565b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102fb575f6003193601126102fb57610fab61064f611d89565b15610fbd576020600654604051908152f35b60205f610319565b346102fb575f6003193601126102fb576040610fdf611e2a565b67ffffffffffffffff8351921682526020820152f35b346102fb575f6003193601126102fb57602060ff60035460c81c166040519015158152f35b346102fb5760206003193601126102fb5760043563ffffffff8116908181036102fb577f3df1af05218226161894ecd070f209b48b97ff740f645c5cea456867f2217cfa9160209161106a6120a5565b7fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff73ffffffff000000000000000000000000000000006004549260801b16911617600455604051908152a1005b346102fb575f6003193601126102fb576110cf6120a5565b60035460ff8160c81c161561112f577fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff166003557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b7f6cd60201000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102fb5760206003193601126102fb5760043567ffffffffffffffff81116102fb57611188903690600401611c6f565b9061119161235f565b5f9161119b611d89565b60408101516102d35783905f5f925f957fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff4181360301915b868810156113b2578760051b820135838112156102fb578201602081016001600160a01b0361120082611dc5565b165f52600860205260405f206001600160a01b0361121d84611dc5565b165f5260205260405f205490604083013590828211156113a55760808401896112468287611dd9565b159050611305576112a39561129261129d936001600160a01b0361129794511661126f84611dc5565b908861128461127d8a611dc5565b9487611dd9565b9490936060880135936124e4565b611dc5565b91611dc5565b9061259d565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81146112d8576001809101975b01966111d2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5050891561138f575b61131784611dc5565b61132082611dc5565b9060a08601357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1873603018112156102fb5786019586359667ffffffffffffffff88116102fb57602001928760051b360384136102fb576112a39761129d9487611292938f96611297976123ed565b9850955061139c876123d3565b9560019861130e565b50505050966001906112d1565b6020905f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b346102fb5760606003193601126102fb576113f9611c43565b6024356044359163ffffffff8316918284036102fb576001600160a01b036114208361206d565b16330361052a576bffffffffffffffffffffffff811161157157821580611568575b801561155c575b611534577f4703599d72fe02603e81bc9e649e9bbba3f9fd4ab92cedd126b07514df863cce926114fc6001600160a01b036040941695865f52600960205262ffffff855f20918482845460e01c1603611509575b82547fff000000ffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff871617911660e01b7effffff0000000000000000000000000000000000000000000000000000000016179055565b82519182526020820152a2005b82547fffffffff00000000000000000000000000000000ffffffffffffffffffffffff16835561149d565b7f17479ac8000000000000000000000000000000000000000000000000000000005f5260045ffd5b5062ffffff8311611449565b50801515611442565b7f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102fb5760406003193601126102fb576115b5611c59565b336001600160a01b038216036115d157610475906004356122bc565b7f6697b232000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102fb5760406003193601126102fb57610475600435611618611c59565b9061163261046b825f526002602052600160405f20015490565b61220f565b346102fb575f6003193601126102fb5760206040517f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a50418152f35b346102fb5760206003193601126102fb5760206103196004355f526002602052600160405f20015490565b346102fb575f6003193601126102fb57602063ffffffff60045460801c16604051908152f35b346102fb5760206003193601126102fb576001600160a01b036116e3611c43565b6116eb6120a5565b16805f52600760205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008154169055600354816001600160a01b03821614611759575b507f3525e22824a8a7df2c9a6029941c824cf95b6447f1e13d5128fd3826d35afe8b5f80a2005b7fffffffffffffffffffffffff00000000000000000000000000000000000000001660035581611732565b346102fb5760406003193601126102fb5761179d611c43565b6001600160a01b036117ad611c59565b91165f5260086020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b346102fb5760406003193601126102fb576004356024359067ffffffffffffffff82168092036102fb57335f9081527fe33068d599f4b57976c3351bbcc7c9a0b9649f850454076f6722983a25194b24602052604090205460ff1615611b55578015611b2d57611846611d89565b906040519061185482611ce3565b6004549167ffffffffffffffff8316815267ffffffffffffffff8360401c169060208101948286526040820163ffffffff8660801c168152602082019364ffffffffff8551169081611ad4575b505067ffffffffffffffff83511680891115611aa4575063ffffffff81511664ffffffffff4216019064ffffffffff82116112d8577f8fc45552652423db228916c2b87c0d048743d39a5dda9e4a0a012e4dd1a8e0a3976040977fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000067ffffffffffffffff8a978a6006558d855264ffffffffff8716809a525116911617600455517fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000008060045493881b1616911617600455517fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff73ffffffff00000000000000000000000000000000806004549360801b16169116176004556001600160a01b038251167fffffffffffffffffffffffff000000000000000000000000000000000000000060035416176003557fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff0000000000000000000000000000000000000000806003549360a01b1616911617600355015115157fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff79ff000000000000000000000000000000000000000000000000006003549260c81b1691161760035582519182526020820152a2005b88907f98152d82000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b611add846121ef565b15611aff57505060065460055567ffffffffffffffff875116835288806118a1565b7f12ef70b2000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fb263ae73000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527f64ba955c8b5b448b2248fa0532807b98b1b75941bbd2184ca97df4881a13b44860245260445ffd5b346102fb5760206003193601126102fb57600435907fffffffff0000000000000000000000000000000000000000000000000000000082168092036102fb57817f7965db0b0000000000000000000000000000000000000000000000000000000060209314908115611c19575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483611c12565b600435906001600160a01b03821682036102fb57565b602435906001600160a01b03821682036102fb57565b9181601f840112156102fb5782359167ffffffffffffffff83116102fb576020808501948460051b0101116102fb57565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6060810190811067ffffffffffffffff821117611cff57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60a0810190811067ffffffffffffffff821117611cff57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117611cff57604052565b60405190611d9682611ce3565b81604060ff6003546001600160a01b038116845264ffffffffff8160a01c16602085015260c81c161515910152565b356001600160a01b03811681036102fb5790565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1813603018212156102fb570180359067ffffffffffffffff82116102fb576020019181360383136102fb57565b611e32611d89565b90611e3c82612a3f565b15611e605764ffffffffff602067ffffffffffffffff60045460401c169301511690565b5f91508190565b919082039182116112d857565b8115611e7e570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b818102929181159184041417156112d857565b6001600160a01b03165f52600960205260405f2060405190611edf82611d2c565b54916bffffffffffffffffffffffff8316825260208201906bffffffffffffffffffffffff8460601c168252604083019163ffffffff8560c01c16835262ffffff8560e01c16606085019581875260f81c151560808601528015611fbd5763ffffffff611f4d819242611e74565b1693511683145f14611fa8576bffffffffffffffffffffffff80915116935b51169162ffffff85511694600182018092116112d8576bffffffffffffffffffffffff9162ffffff611fa092511690611eab565b929493169190565b506bffffffffffffffffffffffff5f93611f6c565b5050925050505f905f905f905f90565b91926042936001600160a01b03604051938160208601967fb811d839307198da8af706af45cb255cd1e44d7e1260ea9a1656b8540142b00d8852166040860152166060840152608083015260a082015260a0815261202c60c082611d48565b519020612037612b4a565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b6001600160a01b0381165f52600a6020526001600160a01b0360405f20541690816120a15761209c9150612a5e565b905090565b5090565b335f9081527fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b602052604090205460ff16156120dd57565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004525f60245260445ffd5b335f9081527fe414d6e9efd528fe34946c9948de56cf8a209abe14dcce3202417cd89e77a63b602052604090205460ff161561214557565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504160245260445ffd5b805f52600260205260405f206001600160a01b0333165f5260205260ff60405f205416156121c05750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b6020015164ffffffffff168015159081612207575090565b905042101590565b805f52600260205260405f206001600160a01b0383165f5260205260ff60405f205416155f146122b657805f52600260205260405f206001600160a01b0383165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556001600160a01b03339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b805f52600260205260405f206001600160a01b0383165f5260205260ff60405f2054165f146122b657805f52600260205260405f206001600160a01b0383165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541690556001600160a01b03339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6123ab5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b6123dc906121ef565b156123e75760065490565b60055490565b939291909184156124bc576001600160a01b0360405192816020850195168552166040830152606082015260608152612427608082611d48565b5190206040516020810191825260208152612443604082611d48565b519020915f925b84841015612488578360051b830135908181105f14612477575f52602052600160405f205b93019261244a565b905f52602052600160405f2061246f565b92509250500361249457565b7f09bde339000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f7a5af78b000000000000000000000000000000000000000000000000000000005f5260045ffd5b959493929190834211612571579361250e61251c94612513946001600160a01b0398948998611fcd565b612cbd565b90929192612cf1565b1691168114158061255a575b61252f5750565b7fd7e8a2c2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50805f52600760205260ff60405f20541615612528565b837f07185d51000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90926125a99083611e67565b6001600160a01b035f941692835f52600860205260405f206001600160a01b0384165f526020528060405f2055835f5260096020528360405f2091604051926125f184611d2c565b54926bffffffffffffffffffffffff8416815260208101906bffffffffffffffffffffffff8560601c1682526040810163ffffffff8660c01c16815262ffffff8660e01c16906060830191808352608084019760f81c1515885280612853575b50505050507f2f6639d24651730c7bf57c95ddbf96d66d11477e4ec626876f92c22e5f365e686001600160a01b03604096169586928151908782526020820152a351156127f3576040517f70a08231000000000000000000000000000000000000000000000000000000008152306004820152602081602481875afa9081156127e85785916127b6575b508082116127825750604051917fa9059cbb00000000000000000000000000000000000000000000000000000000855260045260245260208360448180865af1906001845114821615612761575b60405215612735575050565b602492507f5274afe7000000000000000000000000000000000000000000000000000000008252600452fd5b90600181151661277957823b15153d15161690612729565b503d83823e3d90fd5b8492506064937f9eca380d000000000000000000000000000000000000000000000000000000008452600452602452604452fd5b90506020813d6020116127e0575b816127d160209383611d48565b810103126102fb57515f6126db565b3d91506127c4565b6040513d87823e3d90fd5b90918093503b156102fb5760445f928360405195869485937f40c10f19000000000000000000000000000000000000000000000000000000008552600485015260248401525af1801561090e576128475750565b5f61285191611d48565b565b63ffffffff9193965061286a909992949942611e74565b169463ffffffff83511686145f14612a2c576bffffffffffffffffffffffff808a51165b16956bffffffffffffffffffffffff825116878181105f14612a24576128b391611e67565b808a116129d4575083528786018096116112d8576bffffffffffffffffffffffff95861689525f8a81526009602052604080822092519a5194519551895160e09190911b7effffff000000000000000000000000000000000000000000000000000000001660c09790971b7bffffffff000000000000000000000000000000000000000000000000169b90981660609590951b77ffffffffffffffffffffffff000000000000000000000000169490941799909917939093177fff0000000000000000000000000000000000000000000000000000000000000095151560f81b9590951694909417909155919486927f2f6639d24651730c7bf57c95ddbf96d66d11477e4ec626876f92c22e5f365e68916001600160a01b03919080612651565b858260018e94018091116112d85762ffffff6129f292511690611eab565b917f958a8807000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b50505f6128b3565b6bffffffffffffffffffffffff5f61288e565b6020015164ffffffffff168015159081612a57575090565b9050421090565b5f809160405160208101907f02d05d3f00000000000000000000000000000000000000000000000000000000825260048152612a9b602482611d48565b51915afa3d15612b42573d9067ffffffffffffffff8211611cff5760405191612aec601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200184611d48565b82523d5f602084013e5b158015612b36575b612b2f57602081519181808201938492010103126102fb5751908160a01c611e60576001600160a01b036001921690565b505f905f90565b50602081511415612afe565b606090612af6565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480612c3d575b15612ba5577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152612c3760c082611d48565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614612b7c565b60ff811690601f8211612c955760405191612c82604084611d48565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b9060418303612ce757612ce09250602081013591604082359201355f1a90612dc9565b9192909190565b50505f9160029190565b6004811015612d9c5780612d03575050565b60018103612d33577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b60028103612d6757507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600314612d715750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411612e40579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561090e575f516001600160a01b03811615612e3657905f905f90565b505f906001905f90565b5050505f916003919056fea2646970667358221220895da8493aac14130399d16d0560d831dad38684a49dd2980d2d24946a34038f64736f6c634300081e0033ac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b",
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

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b1837de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(address token, uint256 amount) returns()
func (rewardsDistributor *RewardsDistributor) PackFund(token common.Address, amount *big.Int) []byte {
	enc, err := rewardsDistributor.abi.Pack("fund", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b1837de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(address token, uint256 amount) returns()
func (rewardsDistributor *RewardsDistributor) TryPackFund(token common.Address, amount *big.Int) ([]byte, error) {
	return rewardsDistributor.abi.Pack("fund", token, amount)
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

// PackPoolOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x988b1fa7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolOf(address token) view returns(uint256 balance, bool escrow)
func (rewardsDistributor *RewardsDistributor) PackPoolOf(token common.Address) []byte {
	enc, err := rewardsDistributor.abi.Pack("poolOf", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x988b1fa7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolOf(address token) view returns(uint256 balance, bool escrow)
func (rewardsDistributor *RewardsDistributor) TryPackPoolOf(token common.Address) ([]byte, error) {
	return rewardsDistributor.abi.Pack("poolOf", token)
}

// PoolOfOutput serves as a container for the return parameters of contract
// method PoolOf.
type PoolOfOutput struct {
	Balance *big.Int
	Escrow  bool
}

// UnpackPoolOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x988b1fa7.
//
// Solidity: function poolOf(address token) view returns(uint256 balance, bool escrow)
func (rewardsDistributor *RewardsDistributor) UnpackPoolOf(data []byte) (PoolOfOutput, error) {
	out, err := rewardsDistributor.abi.Unpack("poolOf", data)
	outstruct := new(PoolOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Balance = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Escrow = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
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

// RewardsDistributorFunded represents a Funded event raised by the RewardsDistributor contract.
type RewardsDistributorFunded struct {
	Token  common.Address
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardsDistributorFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (RewardsDistributorFunded) ContractEventName() string {
	return RewardsDistributorFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(address indexed token, address indexed from, uint256 amount)
func (rewardsDistributor *RewardsDistributor) UnpackFundedEvent(log *types.Log) (*RewardsDistributorFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardsDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDistributorFunded)
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
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NoActiveRoot"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNoActiveRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NoPendingRoot"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNoPendingRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NotPaused"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNotPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NotPayoutManager"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNotPayoutManagerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["PayoutLimitExceeded"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackPayoutLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["PendingRootMismatch"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackPendingRootMismatchError(raw[4:])
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
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["UnknownSigner"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackUnknownSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardsDistributor.abi.Errors["VoucherExpired"].ID.Bytes()[:4]) {
		return rewardsDistributor.UnpackVoucherExpiredError(raw[4:])
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
	Token     common.Address
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientPool(address token, uint256 available, uint256 needed)
func RewardsDistributorInsufficientPoolErrorID() common.Hash {
	return common.HexToHash("0x9eca380de75bb1548f748a8bfb9dbf46cf1846ffe60570c70f269cdb1adb0fb8")
}

// UnpackInsufficientPoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientPool(address token, uint256 available, uint256 needed)
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
