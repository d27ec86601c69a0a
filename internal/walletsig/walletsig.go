// Package walletsig checks that a signature is a wallet's, for every kind of wallet: an externally owned
// account (ECDSA), a deployed contract wallet (ERC-1271 isValidSignature), and a counterfactual contract
// wallet that does not exist yet (an ERC-6492-wrapped signature: the factory call that would deploy it, and
// the signature it will accept). It asks the chain at most once per check: one eth_call, bounded by a
// timeout and a gas limit, of the WalletSigValidator creation code (contracts/WalletSigValidator.sol),
// which is never deployed.
package walletsig

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tribe-rewards/tribe/bindings"
)

// Sentinel errors. Verify's errors wrap exactly one of them.
var (
	// ErrInvalid: the signature is not the wallet's for this hash (the wallet said no, the ERC-6492
	// wrapper is malformed or its factory call failed, or an ECDSA signature recovers another account).
	ErrInvalid = errors.New("walletsig: not the wallet's signature")
	// ErrUnavailable: the chain could not be asked (no answer within the timeout, connection refused, an
	// error of the node rather than of the wallet). Nothing is known of the signature: retry later.
	ErrUnavailable = errors.New("walletsig: chain unavailable")
)

// Kind is what kind of wallet a valid signature was checked for.
type Kind int

const (
	// EOA: an ECDSA signature of the address's key, checked without asking the chain.
	EOA Kind = iota + 1
	// Contract: a deployed contract wallet accepts it (ERC-1271) as the chain stands now.
	Contract
	// Counterfactual: a contract wallet accepts it once the ERC-6492 wrapper's factory call has run: the
	// wallet is not deployed (or not prepared) yet. An on-chain ERC-1271 check refuses it until then.
	Counterfactual
)

func (k Kind) String() string {
	switch k {
	case EOA:
		return "eoa"
	case Contract:
		return "contract"
	case Counterfactual:
		return "counterfactual"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Result is what Verify found of a valid signature.
type Result struct {
	Kind Kind
	// Signature is what an on-chain ERC-1271 check takes: the inner signature of an ERC-6492 wrapper, the
	// signature itself otherwise.
	Signature []byte
}

// Caller runs eth_call; ethclient.Client and the simulated backend's client are Callers.
type Caller interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Defaults of a Verifier.
const (
	DefaultTimeout = 2 * time.Second
	// DefaultGas bounds the eth_call: room for a Safe or an ERC-4337 account to be deployed by its factory
	// and asked, and no more.
	DefaultGas = 5_000_000
)

// Suffix is ERC-6492's magic suffix of a wrapped signature.
var Suffix = common.FromHex("0x6492649264926492649264926492649264926492649264926492649264926492")

// Verifier checks wallets' signatures against the chain it calls. Safe for concurrent use.
type Verifier struct {
	caller    Caller
	validator *bindings.WalletSigValidator
	code      []byte
	// Timeout bounds the eth_call (DefaultTimeout).
	Timeout time.Duration
	// Gas is the eth_call's gas limit (DefaultGas).
	Gas uint64
}

// New returns a Verifier that asks the chain through c.
func New(c Caller) *Verifier {
	return &Verifier{caller: c, validator: bindings.NewWalletSigValidator(),
		code: common.FromHex(bindings.WalletSigValidatorMetaData.Bin), Timeout: DefaultTimeout, Gas: DefaultGas}
}

// Verify reports whether sig is signer's signature of hash, in this order (ERC-6492's):
//
//   - a 65-byte r || s || v ECDSA signature (v in {27, 28} or {0, 1}, s in the lower half of the curve
//     order, EIP-2) that recovers signer is an EOA's: accepted without asking the chain;
//   - anything else is checked by one eth_call: an ERC-6492-wrapped signature (ending in Suffix) by its
//     wallet after the wrapper's factory call (Counterfactual), or by the deployed wallet (Contract); a
//     plain signature by the wallet's isValidSignature(hash, sig) == 0x1626ba7e if signer has code (Contract),
//     else by ECDSA again (a valid one was accepted above, so this refuses).
//
// Errors wrap ErrInvalid or ErrUnavailable; a nil Verifier checks EOAs only.
func (v *Verifier) Verify(ctx context.Context, signer common.Address, hash common.Hash, sig []byte) (Result, error) {
	if RecoverEOA(hash, sig) == signer && signer != (common.Address{}) {
		return Result{Kind: EOA, Signature: sig}, nil
	}
	if v == nil {
		return Result{}, fmt.Errorf("%w: not signed by %s's key (contract wallets are not checked here)", ErrInvalid, signer.Hex())
	}
	ctx, cancel := context.WithTimeout(ctx, v.Timeout)
	defer cancel()
	data := append(bytes.Clone(v.code), v.validator.PackConstructor(signer, hash, sig)...)
	out, err := v.caller.CallContract(ctx, ethereum.CallMsg{Gas: v.Gas, Data: data}, nil)
	if err != nil {
		if ctx.Err() == nil && walletFault(err) {
			return Result{}, fmt.Errorf("%w: the wallet's check failed: %v", ErrInvalid, err)
		}
		return Result{}, fmt.Errorf("%w: eth_call: %w", ErrUnavailable, err)
	}
	switch {
	case bytes.Equal(out, []byte{1}):
		return Result{Kind: Contract, Signature: inner(sig)}, nil
	case bytes.Equal(out, []byte{2}):
		return Result{Kind: Counterfactual, Signature: inner(sig)}, nil
	case bytes.Equal(out, []byte{0}):
		return Result{}, fmt.Errorf("%w: %s does not accept it", ErrInvalid, signer.Hex())
	}
	// Not the validator's answer: the node did not run the code it was given.
	return Result{}, fmt.Errorf("%w: eth_call answered %s, not a verdict", ErrUnavailable, hexutil.Encode(out))
}

// Wrapped reports whether sig ends with ERC-6492's magic suffix.
func Wrapped(sig []byte) bool {
	return len(sig) >= len(Suffix) && bytes.Equal(sig[len(sig)-len(Suffix):], Suffix)
}

// inner is the signature an ERC-1271 check takes: the inner signature of a well-formed ERC-6492 wrapper,
// sig itself otherwise.
func inner(sig []byte) []byte {
	if !Wrapped(sig) {
		return sig
	}
	w, err := Unwrap(sig)
	if err != nil {
		return sig
	}
	return w.Signature
}

// Wrapper is an ERC-6492 signature: the call that deploys (or prepares) the wallet, and its signature.
type Wrapper struct {
	Factory     common.Address
	FactoryData []byte
	Signature   []byte
}

// Unwrap reads an ERC-6492 signature: abi.encode(address factory, bytes factoryData, bytes signature) ++
// Suffix.
func Unwrap(sig []byte) (Wrapper, error) {
	if !Wrapped(sig) {
		return Wrapper{}, errors.New("walletsig: not an ERC-6492 signature")
	}
	vals, err := wrapperArgs.Unpack(sig[:len(sig)-len(Suffix)])
	if err != nil {
		return Wrapper{}, fmt.Errorf("walletsig: ERC-6492 wrapper: %w", err)
	}
	return Wrapper{Factory: vals[0].(common.Address), FactoryData: vals[1].([]byte), Signature: vals[2].([]byte)}, nil
}

// Wrap is the ERC-6492 signature of w.
func Wrap(w Wrapper) []byte {
	b, err := wrapperArgs.Pack(w.Factory, w.FactoryData, w.Signature)
	if err != nil {
		panic(err) // static types
	}
	return append(b, Suffix...)
}

// walletFault reports whether an eth_call error is the wallet's doing (the node ran the call and it
// failed: a revert, out of gas, a bad opcode) rather than the node's or the network's.
func walletFault(err error) bool {
	var de rpc.DataError
	if errors.As(err, &de) {
		return true
	}
	var answered rpc.Error
	if !errors.As(err, &answered) {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"execution reverted", "out of gas", "invalid opcode", "stack underflow",
		"stack overflow", "invalid jump", "write protection", "max code size", "contract creation code storage out of gas"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// secp256k1HalfN is half the order of secp256k1 (EIP-2's bound on s).
var secp256k1HalfN = common.FromHex("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0")

// RecoverEOA is the account whose ECDSA signature of hash sig is: 65 bytes r || s || v, v in {27, 28} or
// {0, 1}, s at most half the curve order. The zero address if sig is not such a signature.
func RecoverEOA(hash common.Hash, sig []byte) common.Address {
	if len(sig) != crypto.SignatureLength {
		return common.Address{}
	}
	var raw [crypto.SignatureLength]byte
	copy(raw[:], sig)
	switch raw[64] {
	case 27, 28:
		raw[64] -= 27
	case 0, 1:
	default:
		return common.Address{}
	}
	if bytes.Compare(raw[32:64], secp256k1HalfN) > 0 {
		return common.Address{}
	}
	pub, err := crypto.SigToPub(hash[:], raw[:])
	if err != nil {
		return common.Address{}
	}
	return crypto.PubkeyToAddress(*pub)
}

var wrapperArgs = func() abi.Arguments {
	t := func(s string) abi.Type {
		ty, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		return ty
	}
	return abi.Arguments{{Type: t("address")}, {Type: t("bytes")}, {Type: t("bytes")}}
}()
