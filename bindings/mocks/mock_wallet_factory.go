// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package mocks

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

// MockWalletFactoryMetaData contains all meta data concerning the MockWalletFactory contract.
var MockWalletFactoryMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"WalletDeployed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"deploy\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MockWalletFactory",
	Bin: "0x60808060405234601557610667908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816332c02a141461014457506364fb6f5e14610032575f80fd5b3461014057602073ffffffffffffffffffffffffffffffffffffffff6100573661021c565b60405190916100e461038361006e8782018561026d565b808452868401906102af82398660405193878286019116815281855261009560408661026d565b60405194859383850197518091895e840190838201905f8252519283915e01015f8152037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810183528261026d565b51902060405190848201927fff0000000000000000000000000000000000000000000000000000000000000084523060601b6021840152603583015260558201526055815261013460758261026d565b51902016604051908152f35b5f80fd5b34610140576101523661021c565b90916103838082019382851067ffffffffffffffff8611176101ef5773ffffffffffffffffffffffffffffffffffffffff83916020936102af843916948581520301905ff59081156101e45773ffffffffffffffffffffffffffffffffffffffff6020921660405191817ff25144576b87c0db53fd13e964c2b18299ee19d7d44d4b2636144644acff745b5f80a38152f35b6040513d5f823e3d90fd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60409101126101405760043573ffffffffffffffffffffffffffffffffffffffff81168103610140579060243590565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176101ef5760405256fe60a034606c57601f61038338819003918201601f19168301916001600160401b03831184841017607057808492602094604052833981010312606c57516001600160a01b0381168103606c576080526040516102fe90816100858239608051818181607901526101a40152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631626ba7e146100a157638da5cb5b1461002f575f80fd5b3461009d575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261009d57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b3461009d5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261009d5760243567ffffffffffffffff811161009d573660238201121561009d57806004013567ffffffffffffffff811161009d57366024828401011161009d57602461011c92016004356101fa565b5060048110156101cd5715908161018a575b50156101825760207f1626ba7e000000000000000000000000000000000000000000000000000000005b7fffffffff0000000000000000000000000000000000000000000000000000000060405191168152f35b60205f610158565b905073ffffffffffffffffffffffffffffffffffffffff807f0000000000000000000000000000000000000000000000000000000000000000169116148161012e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b90604183036102245761021d9250602081013591604082359201355f1a9061022e565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116102bd579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156102b2575f5173ffffffffffffffffffffffffffffffffffffffff8116156102a857905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056fea2646970667358221220b58520c28e46a8b602114d584153d0e61f3065d5701422bf8e8a12d0fc509ee864736f6c634300081e0033a2646970667358221220db1bcfeaec486282a3c5b5a3fb93b4f6aacf6955ec1b1086658864d7e35857db64736f6c634300081e0033",
}

// MockWalletFactory is an auto generated Go binding around an Ethereum contract.
type MockWalletFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockWalletFactory) GetABI() abi.ABI {
	return c.abi
}

// NewMockWalletFactory creates a new instance of MockWalletFactory.
func NewMockWalletFactory() *MockWalletFactory {
	parsed, err := MockWalletFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockWalletFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockWalletFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDeploy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32c02a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deploy(address owner, bytes32 salt) returns(address wallet)
func (mockWalletFactory *MockWalletFactory) PackDeploy(owner common.Address, salt [32]byte) []byte {
	enc, err := mockWalletFactory.abi.Pack("deploy", owner, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeploy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32c02a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deploy(address owner, bytes32 salt) returns(address wallet)
func (mockWalletFactory *MockWalletFactory) TryPackDeploy(owner common.Address, salt [32]byte) ([]byte, error) {
	return mockWalletFactory.abi.Pack("deploy", owner, salt)
}

// UnpackDeploy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32c02a14.
//
// Solidity: function deploy(address owner, bytes32 salt) returns(address wallet)
func (mockWalletFactory *MockWalletFactory) UnpackDeploy(data []byte) (common.Address, error) {
	out, err := mockWalletFactory.abi.Unpack("deploy", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64fb6f5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(address owner, bytes32 salt) view returns(address)
func (mockWalletFactory *MockWalletFactory) PackPredict(owner common.Address, salt [32]byte) []byte {
	enc, err := mockWalletFactory.abi.Pack("predict", owner, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64fb6f5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(address owner, bytes32 salt) view returns(address)
func (mockWalletFactory *MockWalletFactory) TryPackPredict(owner common.Address, salt [32]byte) ([]byte, error) {
	return mockWalletFactory.abi.Pack("predict", owner, salt)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64fb6f5e.
//
// Solidity: function predict(address owner, bytes32 salt) view returns(address)
func (mockWalletFactory *MockWalletFactory) UnpackPredict(data []byte) (common.Address, error) {
	out, err := mockWalletFactory.abi.Unpack("predict", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// MockWalletFactoryWalletDeployed represents a WalletDeployed event raised by the MockWalletFactory contract.
type MockWalletFactoryWalletDeployed struct {
	Wallet common.Address
	Owner  common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const MockWalletFactoryWalletDeployedEventName = "WalletDeployed"

// ContractEventName returns the user-defined event name.
func (MockWalletFactoryWalletDeployed) ContractEventName() string {
	return MockWalletFactoryWalletDeployedEventName
}

// UnpackWalletDeployedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WalletDeployed(address indexed wallet, address indexed owner)
func (mockWalletFactory *MockWalletFactory) UnpackWalletDeployedEvent(log *types.Log) (*MockWalletFactoryWalletDeployed, error) {
	event := "WalletDeployed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockWalletFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockWalletFactoryWalletDeployed)
	if len(log.Data) > 0 {
		if err := mockWalletFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockWalletFactory.abi.Events[event].Inputs {
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
