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

// CreatorTokenMetaData contains all meta data concerning the CreatorToken contract.
var CreatorTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"distributor_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"allocation\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSupply\",\"type\":\"uint256\"}],\"name\":\"AllocationExceedsMaxSupply\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newSupply\",\"type\":\"uint256\"}],\"name\":\"MaxSupplyExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxSupply\",\"type\":\"uint256\"}],\"name\":\"MaxSupplyTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMinter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MinterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"creator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"maxSupply_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creatorAllocation\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMinter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CreatorToken",
	Bin: "0x60a03461011757601f6124ef38819003918201601f19168301916001600160401b0383118484101761011b5780849260209460405283398101031261011757516001600160a01b0381168103610117576080525f5160206124cf5f395f51905f525460ff8160401c16610108576002600160401b03196001600160401b038216016100b2575b60405161239f9081610130823960805181818161059701528181610735015281816107890152610d680152f35b6001600160401b0319166001600160401b039081175f5160206124cf5f395f51905f52556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f610085565b63f92ee8a960e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816302d05d3f1461195d5750806306fdde0314611942578063095ea7b31461191c57806318160ddd146118e05780631ca291391461110257806323b872dd14610f37578063313ce56714610f1c5780633644e51514610efa57806340c10f1914610d4c57806370a0823114610ce8578063715018a614610bc657806379ba509714610b435780637ecebe0014610adf57806384b0196e14610a0d5780638da5cb5b146109bb57806395d89b411461087d578063a9059cbb1461084c578063aa271e1a14610759578063bfe1092814610709578063cf456ae714610524578063d505accf14610372578063d5abeb0114610315578063dd62ed3e14610282578063e30c3978146102305763f2fde38b1461012f575f80fd5b3461022c57602060031936011261022c5773ffffffffffffffffffffffffffffffffffffffff61015d6119ef565b610165611ee6565b16807fffffffffffffffffffffffff00000000000000000000000000000000000000007f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c005416177f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c005573ffffffffffffffffffffffffffffffffffffffff7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930054167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b5f80fd5b3461022c575f60031936011261022c57602073ffffffffffffffffffffffffffffffffffffffff7f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c005416604051908152f35b3461022c57604060031936011261022c5761029b6119ef565b73ffffffffffffffffffffffffffffffffffffffff6102ff6102bb611a12565b9273ffffffffffffffffffffffffffffffffffffffff165f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0160205260405f2090565b91165f52602052602060405f2054604051908152f35b3461022c575f60031936011261022c5760207effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c005416604051908152f35b3461022c5760e060031936011261022c5761038b6119ef565b610393611a12565b604435906064359260843560ff8116810361022c578442116104f8576104b36104aa73ffffffffffffffffffffffffffffffffffffffff9283851697885f527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb0060205260405f20908154916001830190556040519060208201927f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c984528b6040840152878a1660608401528a608084015260a083015260c082015260c0815261045d60e082611ab4565b519020610468612182565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015260c43591604260a43592206121f7565b90929192612291565b168481036104c857506104c69350612070565b005b84907f4b800e46000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847f62791302000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461022c57604060031936011261022c5761053d6119ef565b60243580151580910361022c57610552611ee6565b73ffffffffffffffffffffffffffffffffffffffff82169182156106e1577f583b0aa0e528532caf4b907c11d7a8158a122fe2a6fb80cd9b09776ebea8d92d916020917f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16850361066a57507f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c00547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7fff000000000000000000000000000000000000000000000000000000000000008360f81b169116177f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c00555b604051908152a2005b6106b19073ffffffffffffffffffffffffffffffffffffffff165f527f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c0160205260405f2090565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541660ff8316179055610661565b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461022c575f60031936011261022c57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461022c57602060031936011261022c576107726119ef565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8216145f146107fa575060207f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c005460f81c5b6040519015158152f35b60ff61084560209273ffffffffffffffffffffffffffffffffffffffff165f527f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c0160205260405f2090565b54166107f0565b3461022c57604060031936011261022c576108726108686119ef565b6024359033611d90565b602060405160018152f35b3461022c575f60031936011261022c576040515f7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace04546108bc81611a63565b808452906001811690811561097957506001146108fc575b6108f8836108e481850382611ab4565b6040519182916020835260208301906119ac565b0390f35b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace045f9081527f46a2803e59a4de4e7a4c574b1243f25977ac4c77d5a1a4a609b5394cebb4a2aa939250905b80821061095f575090915081016020016108e46108d4565b919260018160209254838588010152019101909291610947565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208086019190915291151560051b840190910191506108e490506108d4565b3461022c575f60031936011261022c57602073ffffffffffffffffffffffffffffffffffffffff7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c1993005416604051908152f35b3461022c575f60031936011261022c57610a83610a28611af5565b610a30612035565b6020610a9160405192610a438385611ab4565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906119ac565b9085820360408701526119ac565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610ac857505050500390f35b835185528695509381019392810192600101610ab9565b3461022c57602060031936011261022c5773ffffffffffffffffffffffffffffffffffffffff610b0d6119ef565b165f527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb00602052602060405f2054604051908152f35b3461022c575f60031936011261022c573373ffffffffffffffffffffffffffffffffffffffff7f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00541603610b9a576104c633611f26565b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461022c575f60031936011261022c57610bde611ee6565b7fffffffffffffffffffffffff00000000000000000000000000000000000000007f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c0054167f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00555f73ffffffffffffffffffffffffffffffffffffffff7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300547fffffffffffffffffffffffff000000000000000000000000000000000000000081167f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930055167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b3461022c57602060031936011261022c5773ffffffffffffffffffffffffffffffffffffffff610d166119ef565b165f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00602052602060405f2054604051908152f35b3461022c57604060031936011261022c57610d656119ef565b337f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1603610eaa577f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c005460f81c5b15610e7e57610dda9060243590611c6c565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c00541680610e2457005b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace025490808211610e5057005b7fea058246000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f361c31f2000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b60ff610ef33373ffffffffffffffffffffffffffffffffffffffff165f527f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c0160205260405f2090565b5416610dc8565b3461022c575f60031936011261022c576020610f14612182565b604051908152f35b3461022c575f60031936011261022c57602060405160128152f35b3461022c57606060031936011261022c57610f506119ef565b610f58611a12565b60443590610fa38373ffffffffffffffffffffffffffffffffffffffff165f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0160205260405f2090565b73ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f2054925f198410610fd8575b6108729350611d90565b8284106110ce5773ffffffffffffffffffffffffffffffffffffffff8116156110a2573315611076576108729361104c8273ffffffffffffffffffffffffffffffffffffffff165f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0160205260405f2090565b73ffffffffffffffffffffffffffffffffffffffff33165f526020528360405f2091039055610fce565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b82847ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b3461022c5760a060031936011261022c5761111b6119ef565b60243567ffffffffffffffff811161022c5761113b903690600401611a35565b60449291923567ffffffffffffffff811161022c5761115e903690600401611a35565b909160643591608435937ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00549660ff8860401c16159767ffffffffffffffff8116801590816118d8575b60011490816118ce575b1590816118c5575b5061189d578860017fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008316177ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0055611848575b5073ffffffffffffffffffffffffffffffffffffffff8716156106e1577effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851161181c57841515938480611813575b6117e357611277929161126f913691611c08565b923691611c08565b9061128061212b565b61128861212b565b80519067ffffffffffffffff821161165e5781906112c67f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0354611a63565b601f8111611756575b50602090601f8311600114611696575f9261168b575b50505f198260011b9260031b1c1916177f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace03555b80519067ffffffffffffffff821161165e5781906113567f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0454611a63565b601f81116115d1575b50602090601f8311600114611511575f92611506575b50505f198260011b9260031b1c1916177f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace04555b6113b061212b565b6113b861212b565b6113c184611f26565b611478575b5080611468575b50506113d557005b7fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0054167ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a1005b61147191611c6c565b81806113cd565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fff000000000000000000000000000000000000000000000000000000000000007f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c005416177f13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c0055836113c6565b015190508780611375565b917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016917f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace045f52815f20925f5b8181106115b957509084600195949392106115a1575b505050811b017f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace04556113a8565b01515f1960f88460031b161c19169055878080611574565b9293602060018192878601518155019501930161155e565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace045f529091507f46a2803e59a4de4e7a4c574b1243f25977ac4c77d5a1a4a609b5394cebb4a2aa601f840160051c81019160208510611654575b90601f859493920160051c01905b818110611646575061135f565b5f8155849350600101611639565b909150819061162b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b0151905088806112e5565b917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016917f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace035f52815f20925f5b81811061173e5750908460019594939210611726575b505050811b017f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0355611318565b01515f1960f88460031b161c191690558880806116f9565b929360206001819287860151815501950193016116e3565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace035f529091507f2ae08a8e29253f69ac5d979a101956ab8f8d9d7ded63fa7a83b16fc47648eab0601f840160051c810191602085106117d9575b90601f859493920160051c01905b8181106117cb57506112cf565b5f81558493506001016117be565b90915081906117b0565b85877f46b40ad1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5085871161125b565b847f7970f87a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000001668010000000000000001177ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00558861120d565b7ff92ee8a9000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050158a6111ba565b303b1591506111b2565b8a91506111a8565b3461022c575f60031936011261022c5760207f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0254604051908152f35b3461022c57604060031936011261022c576108726119386119ef565b6024359033612070565b3461022c575f60031936011261022c576108f86108e4611af5565b3461022c575f60031936011261022c5760209073ffffffffffffffffffffffffffffffffffffffff7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930054168152f35b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361022c57565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361022c57565b9181601f8401121561022c5782359167ffffffffffffffff831161022c576020838186019501011161022c57565b90600182811c92168015611aaa575b6020831014611a7d57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691611a72565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761165e57604052565b604051905f827f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace035491611b2783611a63565b8083529260018116908115611bcb5750600114611b4d575b611b4b92500383611ab4565b565b507f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace035f90815290917f2ae08a8e29253f69ac5d979a101956ab8f8d9d7ded63fa7a83b16fc47648eab05b818310611baf575050906020611b4b92820101611b3f565b6020919350806001915483858901015201910190918492611b97565b60209250611b4b9491507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001682840152151560051b820101611b3f565b92919267ffffffffffffffff821161165e5760405191611c50601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200184611ab4565b82948184528183011161022c578281602093845f960137010152565b73ffffffffffffffffffffffffffffffffffffffff16908115611d64577f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace025490808201809211611d375760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f937f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace02558484527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00825260408420818154019055604051908152a3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff16908115611eba5773ffffffffffffffffffffffffffffffffffffffff16918215611d6457815f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0060205260405f2054818110611e8857817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0084520360405f2055845f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930054163303610b9a57565b7fffffffffffffffffffffffff00000000000000000000000000000000000000007f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c0054167f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c005573ffffffffffffffffffffffffffffffffffffffff807f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930054921691827fffffffffffffffffffffffff00000000000000000000000000000000000000008216177f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930055167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b60405190612044604083611ab4565b600182527f31000000000000000000000000000000000000000000000000000000000000006020830152565b9173ffffffffffffffffffffffffffffffffffffffff83169182156110a25773ffffffffffffffffffffffffffffffffffffffff16928315611076577f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9259161211760209273ffffffffffffffffffffffffffffffffffffffff165f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0160205260405f2090565b855f5282528060405f2055604051908152a3565b60ff7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a005460401c161561215a57565b7fd7e6bcf8000000000000000000000000000000000000000000000000000000005f5260045ffd5b61218a611af5565b60208151910120612199612035565b602081519101206040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526121f160c082611ab4565b51902090565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411612286579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561227b575f5173ffffffffffffffffffffffffffffffffffffffff81161561227157905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b600481101561233c57806122a3575050565b600181036122d3577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b6002810361230757507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6003146123115750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea264697066735822122047492bce38dd0bd28266cf1aec955f18130043949d4fc6727f43c14950bb59bb64736f6c634300081e0033f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// CreatorToken is an auto generated Go binding around an Ethereum contract.
type CreatorToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CreatorToken) GetABI() abi.ABI {
	return c.abi
}

// NewCreatorToken creates a new instance of CreatorToken.
func NewCreatorToken() *CreatorToken {
	parsed, err := CreatorTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CreatorToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CreatorToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address distributor_) returns()
func (creatorToken *CreatorToken) PackConstructor(distributor_ common.Address) []byte {
	enc, err := creatorToken.abi.Pack("", distributor_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (creatorToken *CreatorToken) PackDOMAINSEPARATOR() []byte {
	enc, err := creatorToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (creatorToken *CreatorToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return creatorToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (creatorToken *CreatorToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := creatorToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (creatorToken *CreatorToken) PackAcceptOwnership() []byte {
	enc, err := creatorToken.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (creatorToken *CreatorToken) TryPackAcceptOwnership() ([]byte, error) {
	return creatorToken.abi.Pack("acceptOwnership")
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (creatorToken *CreatorToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := creatorToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (creatorToken *CreatorToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return creatorToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (creatorToken *CreatorToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := creatorToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (creatorToken *CreatorToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := creatorToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (creatorToken *CreatorToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return creatorToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (creatorToken *CreatorToken) UnpackApprove(data []byte) (bool, error) {
	out, err := creatorToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (creatorToken *CreatorToken) PackBalanceOf(account common.Address) []byte {
	enc, err := creatorToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (creatorToken *CreatorToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return creatorToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (creatorToken *CreatorToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := creatorToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02d05d3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creator() view returns(address)
func (creatorToken *CreatorToken) PackCreator() []byte {
	enc, err := creatorToken.abi.Pack("creator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02d05d3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creator() view returns(address)
func (creatorToken *CreatorToken) TryPackCreator() ([]byte, error) {
	return creatorToken.abi.Pack("creator")
}

// UnpackCreator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02d05d3f.
//
// Solidity: function creator() view returns(address)
func (creatorToken *CreatorToken) UnpackCreator(data []byte) (common.Address, error) {
	out, err := creatorToken.abi.Unpack("creator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (creatorToken *CreatorToken) PackDecimals() []byte {
	enc, err := creatorToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (creatorToken *CreatorToken) TryPackDecimals() ([]byte, error) {
	return creatorToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (creatorToken *CreatorToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := creatorToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDistributor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfe10928.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributor() view returns(address)
func (creatorToken *CreatorToken) PackDistributor() []byte {
	enc, err := creatorToken.abi.Pack("distributor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfe10928.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributor() view returns(address)
func (creatorToken *CreatorToken) TryPackDistributor() ([]byte, error) {
	return creatorToken.abi.Pack("distributor")
}

// UnpackDistributor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfe10928.
//
// Solidity: function distributor() view returns(address)
func (creatorToken *CreatorToken) UnpackDistributor(data []byte) (common.Address, error) {
	out, err := creatorToken.abi.Unpack("distributor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (creatorToken *CreatorToken) PackEip712Domain() []byte {
	enc, err := creatorToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (creatorToken *CreatorToken) TryPackEip712Domain() ([]byte, error) {
	return creatorToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (creatorToken *CreatorToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := creatorToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
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

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ca29139.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address creator_, string name_, string symbol_, uint256 maxSupply_, uint256 creatorAllocation) returns()
func (creatorToken *CreatorToken) PackInitialize(creator common.Address, name string, symbol string, maxSupply *big.Int, creatorAllocation *big.Int) []byte {
	enc, err := creatorToken.abi.Pack("initialize", creator, name, symbol, maxSupply, creatorAllocation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ca29139.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address creator_, string name_, string symbol_, uint256 maxSupply_, uint256 creatorAllocation) returns()
func (creatorToken *CreatorToken) TryPackInitialize(creator common.Address, name string, symbol string, maxSupply *big.Int, creatorAllocation *big.Int) ([]byte, error) {
	return creatorToken.abi.Pack("initialize", creator, name, symbol, maxSupply, creatorAllocation)
}

// PackIsMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa271e1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMinter(address account) view returns(bool)
func (creatorToken *CreatorToken) PackIsMinter(account common.Address) []byte {
	enc, err := creatorToken.abi.Pack("isMinter", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa271e1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMinter(address account) view returns(bool)
func (creatorToken *CreatorToken) TryPackIsMinter(account common.Address) ([]byte, error) {
	return creatorToken.abi.Pack("isMinter", account)
}

// UnpackIsMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa271e1a.
//
// Solidity: function isMinter(address account) view returns(bool)
func (creatorToken *CreatorToken) UnpackIsMinter(data []byte) (bool, error) {
	out, err := creatorToken.abi.Unpack("isMinter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5abeb01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxSupply() view returns(uint256)
func (creatorToken *CreatorToken) PackMaxSupply() []byte {
	enc, err := creatorToken.abi.Pack("maxSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5abeb01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxSupply() view returns(uint256)
func (creatorToken *CreatorToken) TryPackMaxSupply() ([]byte, error) {
	return creatorToken.abi.Pack("maxSupply")
}

// UnpackMaxSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5abeb01.
//
// Solidity: function maxSupply() view returns(uint256)
func (creatorToken *CreatorToken) UnpackMaxSupply(data []byte) (*big.Int, error) {
	out, err := creatorToken.abi.Unpack("maxSupply", data)
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
func (creatorToken *CreatorToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := creatorToken.abi.Pack("mint", to, amount)
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
func (creatorToken *CreatorToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return creatorToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (creatorToken *CreatorToken) PackName() []byte {
	enc, err := creatorToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (creatorToken *CreatorToken) TryPackName() ([]byte, error) {
	return creatorToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (creatorToken *CreatorToken) UnpackName(data []byte) (string, error) {
	out, err := creatorToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (creatorToken *CreatorToken) PackNonces(owner common.Address) []byte {
	enc, err := creatorToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (creatorToken *CreatorToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return creatorToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (creatorToken *CreatorToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := creatorToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (creatorToken *CreatorToken) PackOwner() []byte {
	enc, err := creatorToken.abi.Pack("owner")
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
func (creatorToken *CreatorToken) TryPackOwner() ([]byte, error) {
	return creatorToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (creatorToken *CreatorToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := creatorToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (creatorToken *CreatorToken) PackPendingOwner() []byte {
	enc, err := creatorToken.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (creatorToken *CreatorToken) TryPackPendingOwner() ([]byte, error) {
	return creatorToken.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (creatorToken *CreatorToken) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := creatorToken.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (creatorToken *CreatorToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := creatorToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (creatorToken *CreatorToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return creatorToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (creatorToken *CreatorToken) PackRenounceOwnership() []byte {
	enc, err := creatorToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (creatorToken *CreatorToken) TryPackRenounceOwnership() ([]byte, error) {
	return creatorToken.abi.Pack("renounceOwnership")
}

// PackSetMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf456ae7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinter(address minter, bool allowed) returns()
func (creatorToken *CreatorToken) PackSetMinter(minter common.Address, allowed bool) []byte {
	enc, err := creatorToken.abi.Pack("setMinter", minter, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf456ae7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinter(address minter, bool allowed) returns()
func (creatorToken *CreatorToken) TryPackSetMinter(minter common.Address, allowed bool) ([]byte, error) {
	return creatorToken.abi.Pack("setMinter", minter, allowed)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (creatorToken *CreatorToken) PackSymbol() []byte {
	enc, err := creatorToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (creatorToken *CreatorToken) TryPackSymbol() ([]byte, error) {
	return creatorToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (creatorToken *CreatorToken) UnpackSymbol(data []byte) (string, error) {
	out, err := creatorToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (creatorToken *CreatorToken) PackTotalSupply() []byte {
	enc, err := creatorToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (creatorToken *CreatorToken) TryPackTotalSupply() ([]byte, error) {
	return creatorToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (creatorToken *CreatorToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := creatorToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (creatorToken *CreatorToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := creatorToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (creatorToken *CreatorToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return creatorToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (creatorToken *CreatorToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := creatorToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (creatorToken *CreatorToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := creatorToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (creatorToken *CreatorToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return creatorToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (creatorToken *CreatorToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := creatorToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (creatorToken *CreatorToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := creatorToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (creatorToken *CreatorToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return creatorToken.abi.Pack("transferOwnership", newOwner)
}

// CreatorTokenApproval represents a Approval event raised by the CreatorToken contract.
type CreatorTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreatorTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (CreatorTokenApproval) ContractEventName() string {
	return CreatorTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (creatorToken *CreatorToken) UnpackApprovalEvent(log *types.Log) (*CreatorTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creatorToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreatorTokenApproval)
	if len(log.Data) > 0 {
		if err := creatorToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creatorToken.abi.Events[event].Inputs {
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

// CreatorTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the CreatorToken contract.
type CreatorTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const CreatorTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (CreatorTokenEIP712DomainChanged) ContractEventName() string {
	return CreatorTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (creatorToken *CreatorToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*CreatorTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creatorToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreatorTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := creatorToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creatorToken.abi.Events[event].Inputs {
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

// CreatorTokenInitialized represents a Initialized event raised by the CreatorToken contract.
type CreatorTokenInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreatorTokenInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (CreatorTokenInitialized) ContractEventName() string {
	return CreatorTokenInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (creatorToken *CreatorToken) UnpackInitializedEvent(log *types.Log) (*CreatorTokenInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creatorToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreatorTokenInitialized)
	if len(log.Data) > 0 {
		if err := creatorToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creatorToken.abi.Events[event].Inputs {
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

// CreatorTokenMinterSet represents a MinterSet event raised by the CreatorToken contract.
type CreatorTokenMinterSet struct {
	Minter  common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreatorTokenMinterSetEventName = "MinterSet"

// ContractEventName returns the user-defined event name.
func (CreatorTokenMinterSet) ContractEventName() string {
	return CreatorTokenMinterSetEventName
}

// UnpackMinterSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinterSet(address indexed minter, bool allowed)
func (creatorToken *CreatorToken) UnpackMinterSetEvent(log *types.Log) (*CreatorTokenMinterSet, error) {
	event := "MinterSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creatorToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreatorTokenMinterSet)
	if len(log.Data) > 0 {
		if err := creatorToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creatorToken.abi.Events[event].Inputs {
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

// CreatorTokenOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the CreatorToken contract.
type CreatorTokenOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CreatorTokenOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (CreatorTokenOwnershipTransferStarted) ContractEventName() string {
	return CreatorTokenOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (creatorToken *CreatorToken) UnpackOwnershipTransferStartedEvent(log *types.Log) (*CreatorTokenOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creatorToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreatorTokenOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := creatorToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creatorToken.abi.Events[event].Inputs {
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

// CreatorTokenOwnershipTransferred represents a OwnershipTransferred event raised by the CreatorToken contract.
type CreatorTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CreatorTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (CreatorTokenOwnershipTransferred) ContractEventName() string {
	return CreatorTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (creatorToken *CreatorToken) UnpackOwnershipTransferredEvent(log *types.Log) (*CreatorTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creatorToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreatorTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := creatorToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creatorToken.abi.Events[event].Inputs {
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

// CreatorTokenTransfer represents a Transfer event raised by the CreatorToken contract.
type CreatorTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const CreatorTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (CreatorTokenTransfer) ContractEventName() string {
	return CreatorTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (creatorToken *CreatorToken) UnpackTransferEvent(log *types.Log) (*CreatorTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creatorToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreatorTokenTransfer)
	if len(log.Data) > 0 {
		if err := creatorToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creatorToken.abi.Events[event].Inputs {
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
func (creatorToken *CreatorToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["AllocationExceedsMaxSupply"].ID.Bytes()[:4]) {
		return creatorToken.UnpackAllocationExceedsMaxSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return creatorToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return creatorToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return creatorToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return creatorToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return creatorToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return creatorToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return creatorToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return creatorToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return creatorToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return creatorToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return creatorToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return creatorToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return creatorToken.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["MaxSupplyExceeded"].ID.Bytes()[:4]) {
		return creatorToken.UnpackMaxSupplyExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["MaxSupplyTooLarge"].ID.Bytes()[:4]) {
		return creatorToken.UnpackMaxSupplyTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return creatorToken.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["NotMinter"].ID.Bytes()[:4]) {
		return creatorToken.UnpackNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return creatorToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return creatorToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], creatorToken.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return creatorToken.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CreatorTokenAllocationExceedsMaxSupply represents a AllocationExceedsMaxSupply error raised by the CreatorToken contract.
type CreatorTokenAllocationExceedsMaxSupply struct {
	Allocation *big.Int
	MaxSupply  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllocationExceedsMaxSupply(uint256 allocation, uint256 maxSupply)
func CreatorTokenAllocationExceedsMaxSupplyErrorID() common.Hash {
	return common.HexToHash("0x46b40ad1a4912702646d191aad212e5ec3cbce648a7f058c7f871b0bb3fd45af")
}

// UnpackAllocationExceedsMaxSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllocationExceedsMaxSupply(uint256 allocation, uint256 maxSupply)
func (creatorToken *CreatorToken) UnpackAllocationExceedsMaxSupplyError(raw []byte) (*CreatorTokenAllocationExceedsMaxSupply, error) {
	out := new(CreatorTokenAllocationExceedsMaxSupply)
	if err := creatorToken.abi.UnpackIntoInterface(out, "AllocationExceedsMaxSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the CreatorToken contract.
type CreatorTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func CreatorTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (creatorToken *CreatorToken) UnpackECDSAInvalidSignatureError(raw []byte) (*CreatorTokenECDSAInvalidSignature, error) {
	out := new(CreatorTokenECDSAInvalidSignature)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the CreatorToken contract.
type CreatorTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func CreatorTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (creatorToken *CreatorToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*CreatorTokenECDSAInvalidSignatureLength, error) {
	out := new(CreatorTokenECDSAInvalidSignatureLength)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the CreatorToken contract.
type CreatorTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func CreatorTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (creatorToken *CreatorToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*CreatorTokenECDSAInvalidSignatureS, error) {
	out := new(CreatorTokenECDSAInvalidSignatureS)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the CreatorToken contract.
type CreatorTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func CreatorTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (creatorToken *CreatorToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*CreatorTokenERC20InsufficientAllowance, error) {
	out := new(CreatorTokenERC20InsufficientAllowance)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the CreatorToken contract.
type CreatorTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func CreatorTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (creatorToken *CreatorToken) UnpackERC20InsufficientBalanceError(raw []byte) (*CreatorTokenERC20InsufficientBalance, error) {
	out := new(CreatorTokenERC20InsufficientBalance)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the CreatorToken contract.
type CreatorTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func CreatorTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (creatorToken *CreatorToken) UnpackERC20InvalidApproverError(raw []byte) (*CreatorTokenERC20InvalidApprover, error) {
	out := new(CreatorTokenERC20InvalidApprover)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the CreatorToken contract.
type CreatorTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func CreatorTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (creatorToken *CreatorToken) UnpackERC20InvalidReceiverError(raw []byte) (*CreatorTokenERC20InvalidReceiver, error) {
	out := new(CreatorTokenERC20InvalidReceiver)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the CreatorToken contract.
type CreatorTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func CreatorTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (creatorToken *CreatorToken) UnpackERC20InvalidSenderError(raw []byte) (*CreatorTokenERC20InvalidSender, error) {
	out := new(CreatorTokenERC20InvalidSender)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the CreatorToken contract.
type CreatorTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func CreatorTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (creatorToken *CreatorToken) UnpackERC20InvalidSpenderError(raw []byte) (*CreatorTokenERC20InvalidSpender, error) {
	out := new(CreatorTokenERC20InvalidSpender)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the CreatorToken contract.
type CreatorTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func CreatorTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (creatorToken *CreatorToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*CreatorTokenERC2612ExpiredSignature, error) {
	out := new(CreatorTokenERC2612ExpiredSignature)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the CreatorToken contract.
type CreatorTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func CreatorTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (creatorToken *CreatorToken) UnpackERC2612InvalidSignerError(raw []byte) (*CreatorTokenERC2612InvalidSigner, error) {
	out := new(CreatorTokenERC2612InvalidSigner)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the CreatorToken contract.
type CreatorTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func CreatorTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (creatorToken *CreatorToken) UnpackInvalidAccountNonceError(raw []byte) (*CreatorTokenInvalidAccountNonce, error) {
	out := new(CreatorTokenInvalidAccountNonce)
	if err := creatorToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenInvalidInitialization represents a InvalidInitialization error raised by the CreatorToken contract.
type CreatorTokenInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func CreatorTokenInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (creatorToken *CreatorToken) UnpackInvalidInitializationError(raw []byte) (*CreatorTokenInvalidInitialization, error) {
	out := new(CreatorTokenInvalidInitialization)
	if err := creatorToken.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenMaxSupplyExceeded represents a MaxSupplyExceeded error raised by the CreatorToken contract.
type CreatorTokenMaxSupplyExceeded struct {
	MaxSupply *big.Int
	NewSupply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MaxSupplyExceeded(uint256 maxSupply, uint256 newSupply)
func CreatorTokenMaxSupplyExceededErrorID() common.Hash {
	return common.HexToHash("0xea05824681dd52ef329bda6fe02643342e82be4cc5ed938e43d65459d8603257")
}

// UnpackMaxSupplyExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MaxSupplyExceeded(uint256 maxSupply, uint256 newSupply)
func (creatorToken *CreatorToken) UnpackMaxSupplyExceededError(raw []byte) (*CreatorTokenMaxSupplyExceeded, error) {
	out := new(CreatorTokenMaxSupplyExceeded)
	if err := creatorToken.abi.UnpackIntoInterface(out, "MaxSupplyExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenMaxSupplyTooLarge represents a MaxSupplyTooLarge error raised by the CreatorToken contract.
type CreatorTokenMaxSupplyTooLarge struct {
	MaxSupply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MaxSupplyTooLarge(uint256 maxSupply)
func CreatorTokenMaxSupplyTooLargeErrorID() common.Hash {
	return common.HexToHash("0x7970f87a9510f6672a32a6fe122c8ccd42e99fe101929b8ceb86464979f74e49")
}

// UnpackMaxSupplyTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MaxSupplyTooLarge(uint256 maxSupply)
func (creatorToken *CreatorToken) UnpackMaxSupplyTooLargeError(raw []byte) (*CreatorTokenMaxSupplyTooLarge, error) {
	out := new(CreatorTokenMaxSupplyTooLarge)
	if err := creatorToken.abi.UnpackIntoInterface(out, "MaxSupplyTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenNotInitializing represents a NotInitializing error raised by the CreatorToken contract.
type CreatorTokenNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func CreatorTokenNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (creatorToken *CreatorToken) UnpackNotInitializingError(raw []byte) (*CreatorTokenNotInitializing, error) {
	out := new(CreatorTokenNotInitializing)
	if err := creatorToken.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenNotMinter represents a NotMinter error raised by the CreatorToken contract.
type CreatorTokenNotMinter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMinter(address caller)
func CreatorTokenNotMinterErrorID() common.Hash {
	return common.HexToHash("0x361c31f27e729a8322ec0a67a437cd1a685fbc0124c358ce2bac49ea8a779111")
}

// UnpackNotMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMinter(address caller)
func (creatorToken *CreatorToken) UnpackNotMinterError(raw []byte) (*CreatorTokenNotMinter, error) {
	out := new(CreatorTokenNotMinter)
	if err := creatorToken.abi.UnpackIntoInterface(out, "NotMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the CreatorToken contract.
type CreatorTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func CreatorTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (creatorToken *CreatorToken) UnpackOwnableInvalidOwnerError(raw []byte) (*CreatorTokenOwnableInvalidOwner, error) {
	out := new(CreatorTokenOwnableInvalidOwner)
	if err := creatorToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the CreatorToken contract.
type CreatorTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func CreatorTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (creatorToken *CreatorToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*CreatorTokenOwnableUnauthorizedAccount, error) {
	out := new(CreatorTokenOwnableUnauthorizedAccount)
	if err := creatorToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreatorTokenZeroAddress represents a ZeroAddress error raised by the CreatorToken contract.
type CreatorTokenZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func CreatorTokenZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (creatorToken *CreatorToken) UnpackZeroAddressError(raw []byte) (*CreatorTokenZeroAddress, error) {
	out := new(CreatorTokenZeroAddress)
	if err := creatorToken.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
