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

// WalletSigValidatorMetaData contains all meta data concerning the WalletSigValidator contract.
var WalletSigValidatorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"}]",
	ID:  "WalletSigValidator",
	Bin: "0x608060405234610073576103d98038038061001981610077565b928339810190606081830312610073578051906001600160a01b03821682036100735760208101516040820151939091906001600160401b0385116100735761006c9461006692016100cb565b9161010c565b5f5360015ff35b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761009c57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b03811161009c57601f01601f191660200190565b81601f82011215610073578051906100ea6100e5836100b0565b610077565b928284526020838301011161007357815f9260208093018386015e8301015290565b919061011782610235565b15610222578151601f198101835282016060601f1984830301126100735760208301516001600160a01b03811693908490036100735760408101516001600160401b0381116100735782602061016f928401016100cb565b6060820151909290916001600160401b0383116100735761019392016020016100cb565b92843b151580610211575b61020757815f92918360208194519301915af13d15610202573d6101c46100e5826100b0565b9081525f60203d92013e5b1580156101f9575b6101f2576101e4926102c7565b156101ee57600290565b5f90565b5050505f90565b50823b156101d7565b6101cf565b5050505050600190565b5061021d8484876102c7565b61019e565b61022b9261026c565b156101ee57600190565b8051602081106102665701517f64926492649264926492649264926492649264926492649264926492649264921490565b50505f90565b9190823b6102bb579061027e9161031b565b5060048110156102a75715918261029457505090565b6001600160a01b03918216911614919050565b634e487b7160e01b5f52602160045260245ffd5b6102c4926102c7565b90565b5f91606460209480519060405193630b135d3f60e11b855260048501526040602485015286820190604485015e8281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d11161690565b815191906041830361034b576103449250602082015190606060408401519301515f1a90610355565b9192909190565b50505f9160029190565b91906fa2a8918ca85bafe22016d0b997e4df60600160ff1b0384116103cd579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156103c2575f516001600160a01b038116156103b857905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056fe",
}

// WalletSigValidator is an auto generated Go binding around an Ethereum contract.
type WalletSigValidator struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WalletSigValidator) GetABI() abi.ABI {
	return c.abi
}

// NewWalletSigValidator creates a new instance of WalletSigValidator.
func NewWalletSigValidator() *WalletSigValidator {
	parsed, err := WalletSigValidatorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WalletSigValidator{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WalletSigValidator) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address signer, bytes32 hash, bytes signature) returns()
func (walletSigValidator *WalletSigValidator) PackConstructor(signer common.Address, hash [32]byte, signature []byte) []byte {
	enc, err := walletSigValidator.abi.Pack("", signer, hash, signature)
	if err != nil {
		panic(err)
	}
	return enc
}
