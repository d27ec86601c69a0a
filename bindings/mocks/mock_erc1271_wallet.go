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

// MockERC1271WalletMetaData contains all meta data concerning the MockERC1271Wallet contract.
var MockERC1271WalletMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MockERC1271Wallet",
	Bin: "0x60a034606c57601f61038338819003918201601f19168301916001600160401b03831184841017607057808492602094604052833981010312606c57516001600160a01b0381168103606c576080526040516102fe90816100858239608051818181607901526101a40152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631626ba7e146100a157638da5cb5b1461002f575f80fd5b3461009d575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261009d57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b3461009d5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261009d5760243567ffffffffffffffff811161009d573660238201121561009d57806004013567ffffffffffffffff811161009d57366024828401011161009d57602461011c92016004356101fa565b5060048110156101cd5715908161018a575b50156101825760207f1626ba7e000000000000000000000000000000000000000000000000000000005b7fffffffff0000000000000000000000000000000000000000000000000000000060405191168152f35b60205f610158565b905073ffffffffffffffffffffffffffffffffffffffff807f0000000000000000000000000000000000000000000000000000000000000000169116148161012e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b90604183036102245761021d9250602081013591604082359201355f1a9061022e565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116102bd579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156102b2575f5173ffffffffffffffffffffffffffffffffffffffff8116156102a857905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056fea2646970667358221220b58520c28e46a8b602114d584153d0e61f3065d5701422bf8e8a12d0fc509ee864736f6c634300081e0033",
}

// MockERC1271Wallet is an auto generated Go binding around an Ethereum contract.
type MockERC1271Wallet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockERC1271Wallet) GetABI() abi.ABI {
	return c.abi
}

// NewMockERC1271Wallet creates a new instance of MockERC1271Wallet.
func NewMockERC1271Wallet() *MockERC1271Wallet {
	parsed, err := MockERC1271WalletMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockERC1271Wallet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockERC1271Wallet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (mockERC1271Wallet *MockERC1271Wallet) PackConstructor(owner_ common.Address) []byte {
	enc, err := mockERC1271Wallet.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (mockERC1271Wallet *MockERC1271Wallet) PackIsValidSignature(hash [32]byte, signature []byte) []byte {
	enc, err := mockERC1271Wallet.abi.Pack("isValidSignature", hash, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (mockERC1271Wallet *MockERC1271Wallet) TryPackIsValidSignature(hash [32]byte, signature []byte) ([]byte, error) {
	return mockERC1271Wallet.abi.Pack("isValidSignature", hash, signature)
}

// UnpackIsValidSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (mockERC1271Wallet *MockERC1271Wallet) UnpackIsValidSignature(data []byte) ([4]byte, error) {
	out, err := mockERC1271Wallet.abi.Unpack("isValidSignature", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (mockERC1271Wallet *MockERC1271Wallet) PackOwner() []byte {
	enc, err := mockERC1271Wallet.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (mockERC1271Wallet *MockERC1271Wallet) TryPackOwner() ([]byte, error) {
	return mockERC1271Wallet.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (mockERC1271Wallet *MockERC1271Wallet) UnpackOwner(data []byte) (common.Address, error) {
	out, err := mockERC1271Wallet.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}
