package voucher

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// CreateToken is a creator's signed consent that a relayer may call the
// CreatorTokenFactory's createTokenFor to create the token described here on
// the creator's behalf, until Deadline (a unix timestamp in seconds).
// CreateToken is a plain value; it is safe for concurrent use as long as
// nobody mutates its big.Ints.
type CreateToken struct {
	Creator common.Address
	// Name and Symbol are hashed as keccak256 of their bytes, exactly as
	// Solidity's keccak256(bytes(name)) and ethers (UTF-8, no Unicode
	// normalisation) do.
	Name, Symbol      string
	MaxSupply         *big.Int
	CreatorAllocation *big.Int
	Salt              [32]byte
	Deadline          *big.Int
}

// Validate reports whether c can be encoded: its integers must be in
// [0, 2^256-1]. The returned error wraps ErrAmountRange or ErrDeadlineRange.
// It does not check business rules such as CreatorAllocation <= MaxSupply;
// the factory does.
func (c CreateToken) Validate() error {
	if !isUint256(c.MaxSupply) {
		return fmt.Errorf("%w: maxSupply %s", ErrAmountRange, fmtInt(c.MaxSupply))
	}
	if !isUint256(c.CreatorAllocation) {
		return fmt.Errorf("%w: creatorAllocation %s", ErrAmountRange, fmtInt(c.CreatorAllocation))
	}
	if !isUint256(c.Deadline) {
		return fmt.Errorf("%w: deadline %s", ErrDeadlineRange, fmtInt(c.Deadline))
	}
	return nil
}

// StructHash returns the EIP-712 hashStruct of c: keccak256(CreateTokenTypeHash
// || creator || keccak256(name) || keccak256(symbol) || maxSupply ||
// creatorAllocation || salt || deadline). It returns the zero hash if
// c.Validate fails.
func (c CreateToken) StructHash() common.Hash {
	if c.Validate() != nil {
		return common.Hash{}
	}
	e := getEncoder()
	defer putEncoder(e)
	return e.createTokenStructHash(&c)
}

// Digest returns the EIP-712 digest of c under domainSeparator (see
// FactoryDomainSeparator): keccak256("\x19\x01" || domainSeparator ||
// StructHash()). It returns the zero hash if c.Validate fails.
func (c CreateToken) Digest(domainSeparator common.Hash) common.Hash {
	if c.Validate() != nil {
		return common.Hash{}
	}
	e := getEncoder()
	defer putEncoder(e)
	return e.digest(domainSeparator, e.createTokenStructHash(&c))
}

// SignCreateToken validates c and signs its digest under domainSeparator
// (normally FactoryDomainSeparator(chainID, factory)) with key, the creator's
// key. It returns the 65-byte signature r || s || v (v ∈ {27, 28}, low s). A
// zero domainSeparator is refused with ErrInvalidDomain. SignCreateToken does
// not check that key belongs to c.Creator; the factory does. Safe for
// concurrent use.
func SignCreateToken(key *ecdsa.PrivateKey, domainSeparator common.Hash, c CreateToken) ([]byte, error) {
	if domainSeparator == (common.Hash{}) {
		return nil, ErrInvalidDomain
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return SignDigest(key, c.Digest(domainSeparator))
}

// createTokenStructHash encodes a validated request.
func (e *encoder) createTokenStructHash(c *CreateToken) common.Hash {
	// EIP-712: string fields are encoded as keccak256 of their bytes.
	nameHash := e.hashBytes([]byte(c.Name))
	symbolHash := e.hashBytes([]byte(c.Symbol))
	copy(e.buf[0:32], CreateTokenTypeHash[:])
	e.putAddress(32, c.Creator)
	copy(e.buf[64:96], nameHash[:])
	copy(e.buf[96:128], symbolHash[:])
	c.MaxSupply.FillBytes(e.buf[128:160])
	c.CreatorAllocation.FillBytes(e.buf[160:192])
	copy(e.buf[192:224], c.Salt[:])
	c.Deadline.FillBytes(e.buf[224:256])
	return e.hash(256)
}
