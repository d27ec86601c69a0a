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

// GasGuzzlerMetaData contains all meta data concerning the GasGuzzler contract.
var GasGuzzlerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rounds_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"junk\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rounds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"writes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GasGuzzler",
	Bin: "0x60a034605e57601f6102c738819003918201601f19168301916001600160401b03831184841017606257808492602094604052833981010312605e57516080526040516102509081610077823960805181818161010001526101790152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806340c10f1914610123578063a2e800ad146100cb578063a6391d34146100835763c4b5c13314610045575f80fd5b3461007f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261007f5760205f54604051908152f35b5f80fd5b3461007f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261007f576004355f526001602052602060405f2054604051908152f35b3461007f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261007f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461007f5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261007f5760043573ffffffffffffffffffffffffffffffffffffffff811680910361007f575f54905f7f00000000000000000000000000000000000000000000000000000000000000009160243518905b8281106101b4576101b0838561020d565b5f55005b60018101908181116101e0576001916101cd828761020d565b5f5282602052831860405f20550161019f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b919082018092116101e05756fea264697066735822122066e51c3337489890861ee920345a629b9ec61a1c946cc06a58cd04827b154b5864736f6c634300081e0033",
}

// GasGuzzler is an auto generated Go binding around an Ethereum contract.
type GasGuzzler struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GasGuzzler) GetABI() abi.ABI {
	return c.abi
}

// NewGasGuzzler creates a new instance of GasGuzzler.
func NewGasGuzzler() *GasGuzzler {
	parsed, err := GasGuzzlerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GasGuzzler{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GasGuzzler) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 rounds_) returns()
func (gasGuzzler *GasGuzzler) PackConstructor(rounds_ *big.Int) []byte {
	enc, err := gasGuzzler.abi.Pack("", rounds_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackJunk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6391d34.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function junk(uint256 ) view returns(uint256)
func (gasGuzzler *GasGuzzler) PackJunk(arg0 *big.Int) []byte {
	enc, err := gasGuzzler.abi.Pack("junk", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJunk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6391d34.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function junk(uint256 ) view returns(uint256)
func (gasGuzzler *GasGuzzler) TryPackJunk(arg0 *big.Int) ([]byte, error) {
	return gasGuzzler.abi.Pack("junk", arg0)
}

// UnpackJunk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6391d34.
//
// Solidity: function junk(uint256 ) view returns(uint256)
func (gasGuzzler *GasGuzzler) UnpackJunk(data []byte) (*big.Int, error) {
	out, err := gasGuzzler.abi.Unpack("junk", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (gasGuzzler *GasGuzzler) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := gasGuzzler.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (gasGuzzler *GasGuzzler) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return gasGuzzler.abi.Pack("mint", to, amount)
}

// PackRounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2e800ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rounds() view returns(uint256)
func (gasGuzzler *GasGuzzler) PackRounds() []byte {
	enc, err := gasGuzzler.abi.Pack("rounds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2e800ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rounds() view returns(uint256)
func (gasGuzzler *GasGuzzler) TryPackRounds() ([]byte, error) {
	return gasGuzzler.abi.Pack("rounds")
}

// UnpackRounds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2e800ad.
//
// Solidity: function rounds() view returns(uint256)
func (gasGuzzler *GasGuzzler) UnpackRounds(data []byte) (*big.Int, error) {
	out, err := gasGuzzler.abi.Unpack("rounds", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWrites is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4b5c133.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function writes() view returns(uint256)
func (gasGuzzler *GasGuzzler) PackWrites() []byte {
	enc, err := gasGuzzler.abi.Pack("writes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWrites is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4b5c133.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function writes() view returns(uint256)
func (gasGuzzler *GasGuzzler) TryPackWrites() ([]byte, error) {
	return gasGuzzler.abi.Pack("writes")
}

// UnpackWrites is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4b5c133.
//
// Solidity: function writes() view returns(uint256)
func (gasGuzzler *GasGuzzler) UnpackWrites(data []byte) (*big.Int, error) {
	out, err := gasGuzzler.abi.Unpack("writes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}
