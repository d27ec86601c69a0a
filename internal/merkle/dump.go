package merkle

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// The dump is the JS library's tree.dump(), the "standard-v1" format:
//
//	{"format":"standard-v1",
//	 "leafEncoding":["address","address","uint256"],
//	 "tree":["0x<root>", ..., "0x<leaf>"],              // 2n-1 nodes, lowercase hex
//	 "values":[{"value":["0xAccount","0xToken","123"],"treeIndex":N}, ...]}  // input order
//
// Written by MarshalJSON / WriteJSON / AppendJSON:
//   - addresses are EIP-55 checksummed (the JS library does not check address
//     case at all, so StandardMerkleTree.load accepts them, and it is the
//     form ethers and block explorers print);
//   - amounts are decimal strings, the usual JSON form of a uint256 (a JS
//     bigint cannot be JSON.stringify'd, and a JSON number loses precision);
//   - nodes are lowercase 0x-prefixed hex: the library compares leaf nodes to
//     its own lowercase leaf hashes as strings, so it would reject any other
//     case;
//   - no whitespace, keys in the order above: byte-identical to
//     JSON.stringify(StandardMerkleTree.of(values, encoding).dump()) when the
//     values are given to the library in that same form.
//
// Accepted by Load (see there): the same document with addresses in any case
// and amounts as decimal or 0x-hex strings or safe-integer JSON numbers, as the
// library writes them when it was given such values.

const formatV1 = "standard-v1"

// MarshalJSON returns the tree's standard-v1 dump (see the format notes in
// dump.go): the same JSON as the JS library's JSON.stringify(tree.dump()), with
// EIP-55 checksummed addresses and decimal-string amounts.
// StandardMerkleTree.load accepts it and gets the same root and proofs. For
// trees of millions of leaves prefer WriteJSON, which streams, or AppendJSON:
// encoding/json re-scans the output of a MarshalJSON method. It is safe for
// concurrent use.
func (t *Tree) MarshalJSON() ([]byte, error) {
	return t.AppendJSON(make([]byte, 0, t.dumpSizeHint())), nil
}

// AppendJSON appends the standard-v1 dump (as MarshalJSON) to dst and returns
// the extended slice. It is safe for concurrent use.
func (t *Tree) AppendJSON(dst []byte) []byte {
	e := newEncoder()
	dst = e.appendHead(dst)
	for i := range t.nodes {
		dst = e.appendNode(dst, i, &t.nodes[i])
	}
	dst = e.appendMid(dst)
	for i := range t.leaves {
		dst = e.appendValue(dst, i, &t.leaves[i], t.index[i])
	}
	return e.appendTail(dst)
}

// WriteJSON writes the standard-v1 dump (as MarshalJSON) to w, buffering
// internally, without building it in memory. It is safe for concurrent use.
func (t *Tree) WriteJSON(w io.Writer) error {
	const flushAt = 64 << 10
	buf := make([]byte, 0, flushAt+512)
	flush := func(force bool) error {
		if len(buf) < flushAt && !force {
			return nil
		}
		_, err := w.Write(buf)
		buf = buf[:0]
		return err
	}
	e := newEncoder()
	buf = e.appendHead(buf)
	for i := range t.nodes {
		buf = e.appendNode(buf, i, &t.nodes[i])
		if err := flush(false); err != nil {
			return err
		}
	}
	buf = e.appendMid(buf)
	for i := range t.leaves {
		buf = e.appendValue(buf, i, &t.leaves[i], t.index[i])
		if err := flush(false); err != nil {
			return err
		}
	}
	buf = e.appendTail(buf)
	return flush(true)
}

// dumpSizeHint estimates the length of the dump, to size buffers.
func (t *Tree) dumpSizeHint() int {
	return 128 + len(t.nodes)*69 + len(t.leaves)*(2*45+60+32)
}

// encoder holds the scratch state of dump writing.
type encoder struct {
	h *hasher
}

func newEncoder() *encoder { return &encoder{h: newHasher()} }

func (e *encoder) appendHead(dst []byte) []byte {
	return append(dst, `{"format":"`+formatV1+`","leafEncoding":["address","address","uint256"],"tree":[`...)
}

func (e *encoder) appendNode(dst []byte, i int, h *common.Hash) []byte {
	if i > 0 {
		dst = append(dst, ',')
	}
	dst = append(dst, `"0x`...)
	dst = appendHex(dst, h[:])
	return append(dst, '"')
}

func (e *encoder) appendMid(dst []byte) []byte { return append(dst, `],"values":[`...) }

func (e *encoder) appendValue(dst []byte, i int, p *packedLeaf, treeIndex uint32) []byte {
	if i > 0 {
		dst = append(dst, ',')
	}
	dst = append(dst, `{"value":["`...)
	dst = e.appendChecksumAddress(dst, &p.account)
	dst = append(dst, `","`...)
	dst = e.appendChecksumAddress(dst, &p.token)
	dst = append(dst, `","`...)
	dst = e.appendAmount(dst, &p.amount)
	dst = append(dst, `"],"treeIndex":`...)
	dst = strconv.AppendUint(dst, uint64(treeIndex), 10)
	return append(dst, '}')
}

func (e *encoder) appendTail(dst []byte) []byte { return append(dst, "]}"...) }

const hexDigits = "0123456789abcdef"

func appendHex(dst, b []byte) []byte {
	for _, c := range b {
		dst = append(dst, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return dst
}

// appendChecksumAddress appends a as an EIP-55 mixed-case checksummed
// address (what common.Address.Hex returns) without allocating.
func (e *encoder) appendChecksumAddress(dst []byte, a *common.Address) []byte {
	dst = append(dst, "0x"...)
	start := len(dst)
	dst = appendHex(dst, a[:])
	digits := dst[start:]
	var sum common.Hash
	e.h.sum(digits, &sum)
	for i, c := range digits {
		nibble := sum[i/2]
		if i%2 == 0 {
			nibble >>= 4
		}
		if c > '9' && nibble&0xf > 7 {
			digits[i] = c - ('a' - 'A')
		}
	}
	return dst
}

// appendAmount appends the 32-byte big-endian uint256 a in decimal.
func (e *encoder) appendAmount(dst []byte, a *[32]byte) []byte { return appendDecimal256(dst, a) }

// Load parses and validates a standard-v1 dump, as written by MarshalJSON or
// by the JS library's JSON.stringify(tree.dump()), and returns its tree. The
// result has the dump's root, and Proof(i) equals the library's
// tree.getProof(i) for every position i of "values".
//
// Like the library's StandardMerkleTree.load it checks that "format" is
// "standard-v1" (ErrUnknownFormat), that "leafEncoding" is present
// (ErrLeafEncoding; here it must also be exactly ["address","address","uint256"]),
// that the node at every value's treeIndex is that value's leaf hash
// (ErrValueMismatch), and that the node array is a valid tree, every internal
// node being the hash of its children (ErrInvalidTree). Differences from the
// library, none of which affects a dump it writes from full 20-byte addresses
// and decimal, hex or safe-integer amounts:
//   - the values must map one-to-one onto the leaf positions (ErrTreeIndex);
//     the library would load a dump with missing values, or with a treeIndex
//     pointing at an internal node, and fail only when asked for a proof;
//   - nodes must be "0x" and 64 hex digits and addresses "0x" and 40 hex
//     digits, in any letter case (address checksums are not checked, as in
//     the library, which however requires lowercase leaf nodes and also
//     takes short addresses such as "0x1"); amounts must be strings of
//     decimal digits, "0x"-hex strings, or JSON integers up to 2^53-1 (the
//     library also takes, for example, "" as 0, " 12 " or "0b101"); a
//     treeIndex must be a JSON integer (ErrMalformedDump otherwise).
//
// Every error wraps one of those sentinels, ErrTooManyLeaves, or
// ErrMalformedDump for JSON that does not have the dump's shape. Whitespace is
// allowed anywhere JSON allows it. Trees whose leaves are not sorted (built by
// the library with sortLeaves: false) are accepted, as by the library.
// Hashing is spread over runtime.GOMAXPROCS(0) goroutines for large dumps.
func Load(dump []byte) (*Tree, error) {
	var doc dumpDoc
	if err := json.Unmarshal(dump, &doc); err != nil {
		// Report a wrong format or encoding as such even if the rest of the
		// document does not have the shape of a standard-v1 dump.
		var head dumpHead
		if json.Unmarshal(dump, &head) == nil {
			if err := head.check(); err != nil {
				return nil, err
			}
		}
		return nil, fmt.Errorf("%w: %w", ErrMalformedDump, err)
	}
	if err := doc.dumpHead.check(); err != nil {
		return nil, err
	}
	nodes := doc.Tree
	if len(nodes) == 0 {
		return nil, fmt.Errorf("%w: no nodes", ErrInvalidTree)
	}
	if len(nodes)%2 == 0 {
		return nil, fmt.Errorf("%w: %d nodes: a tree has an odd number of nodes", ErrInvalidTree, len(nodes))
	}
	n := (len(nodes) + 1) / 2
	if n > MaxLeaves {
		return nil, fmt.Errorf("%w: %d > %d", ErrTooManyLeaves, n, MaxLeaves)
	}
	if len(doc.Values) != n {
		return nil, fmt.Errorf("%w: %d values for a tree of %d leaves", ErrTreeIndex, len(doc.Values), n)
	}
	leaves := make([]packedLeaf, n)
	index := make([]uint32, n)
	taken := make([]bool, n)
	for j := range doc.Values {
		v := &doc.Values[j]
		if !v.TreeIndex.set {
			return nil, fmt.Errorf("%w: value %d: no treeIndex", ErrTreeIndex, j)
		}
		ti := v.TreeIndex.v
		switch {
		case ti < 0 || ti >= int64(len(nodes)):
			return nil, fmt.Errorf("%w: value %d: treeIndex %d out of range [0, %d)", ErrTreeIndex, j, ti, len(nodes))
		case ti < int64(n-1):
			return nil, fmt.Errorf("%w: value %d: treeIndex %d is not a leaf", ErrTreeIndex, j, ti)
		case taken[ti-int64(n-1)]:
			return nil, fmt.Errorf("%w: value %d: treeIndex %d already used", ErrTreeIndex, j, ti)
		}
		taken[ti-int64(n-1)] = true
		if !v.Value.set {
			return nil, fmt.Errorf("%w: value %d: no value", ErrMalformedDump, j)
		}
		leaves[j] = v.Value.leaf
		index[j] = uint32(ti)
	}
	doc.Values = nil
	var fail firstError
	parallelFor(n, func(h *hasher, lo, hi int) {
		var got common.Hash
		for j := lo; j < hi; j++ {
			h.leafHash(&leaves[j], &got)
			if got != nodes[index[j]] {
				fail.set(j, fmt.Errorf("%w: value %d does not hash to node %d", ErrValueMismatch, j, index[j]))
				return
			}
		}
	})
	if fail.err != nil {
		return nil, fail.err
	}
	if err := checkInternalNodes(nodes); err != nil {
		return nil, err
	}
	return &Tree{nodes: nodes, leaves: leaves, index: index}, nil
}

// dumpHead is the part of a dump Load checks first.
type dumpHead struct {
	Format       *string  `json:"format"`
	LeafEncoding []string `json:"leafEncoding"`
}

func (h *dumpHead) check() error {
	switch {
	case h.Format == nil:
		return fmt.Errorf("%w: no format", ErrUnknownFormat)
	case *h.Format != formatV1:
		return fmt.Errorf("%w: %q", ErrUnknownFormat, *h.Format)
	case h.LeafEncoding == nil:
		return fmt.Errorf("%w: expected leaf encoding", ErrLeafEncoding)
	case !slices.Equal(h.LeafEncoding, leafEncoding[:]):
		return fmt.Errorf("%w: %q, want %q", ErrLeafEncoding, h.LeafEncoding, leafEncoding)
	}
	return nil
}

type dumpDoc struct {
	dumpHead
	Tree   []common.Hash `json:"tree"` // common.Hash takes "0x" + 64 hex digits, any case
	Values []dumpValue   `json:"values"`
}

type dumpValue struct {
	Value     jsonLeaf  `json:"value"`
	TreeIndex jsonIndex `json:"treeIndex"`
}

// jsonIndex is a treeIndex: a JSON integer. set records its presence.
type jsonIndex struct {
	v   int64
	set bool
}

func (x *jsonIndex) UnmarshalJSON(b []byte) error {
	v, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		return fmt.Errorf("treeIndex %s: not an integer", truncate(b))
	}
	x.v = v
	x.set = true
	return nil
}

// jsonLeaf is a value: [address, address, uint256]. set records its presence.
type jsonLeaf struct {
	leaf packedLeaf
	set  bool
}

// UnmarshalJSON parses the value array by hand (it is on the hot path of
// Load); encoding/json has already checked that b is valid JSON.
func (l *jsonLeaf) UnmarshalJSON(b []byte) error {
	var parts [3][]byte
	rest := skipSpace(b)
	ok := len(rest) > 0 && rest[0] == '['
	for k := 0; ok && k < len(parts); k++ {
		parts[k], rest = scalarToken(skipSpace(rest[1:]))
		rest = skipSpace(rest)
		sep := byte(',')
		if k == len(parts)-1 {
			sep = ']'
		}
		ok = parts[k] != nil && len(rest) > 0 && rest[0] == sep
	}
	if !ok || len(skipSpace(rest[1:])) != 0 {
		return fmt.Errorf("value %s: want [address, address, uint256]", truncate(b))
	}
	for k, a := range []*common.Address{&l.leaf.account, &l.leaf.token} {
		s, err := jsonHexString(parts[k], 20)
		if err != nil {
			return fmt.Errorf("value %s: address %s: %w", truncate(b), truncate(parts[k]), err)
		}
		decodeHex(a[:], s)
	}
	if err := parseAmount(parts[2], &l.leaf.amount); err != nil {
		return fmt.Errorf("value %s: amount %s: %w", truncate(b), truncate(parts[2]), err)
	}
	l.set = true
	return nil
}

func skipSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\n' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}

// scalarToken splits a string without escapes (quotes included) or a bare
// number/literal off the front of valid JSON b. It returns nil for anything
// else: arrays, objects, strings with escapes.
func scalarToken(b []byte) (tok, rest []byte) {
	if len(b) == 0 {
		return nil, b
	}
	switch c := b[0]; {
	case c == '"':
		for i := 1; i < len(b); i++ {
			switch b[i] {
			case '\\':
				return nil, b
			case '"':
				return b[:i+1], b[i+1:]
			}
		}
		return nil, b
	case c == '[' || c == '{' || c == ',' || c == ']':
		return nil, b
	}
	i := 0
	for i < len(b) && b[i] != ',' && b[i] != ']' && b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r' {
		i++
	}
	return b[:i], b[i:]
}

var errHex = errors.New("not a quoted 0x-prefixed hex string of the right length")

// jsonHexString checks that b is the JSON string "0x" followed by exactly
// 2*size hex digits (any case) and returns the digits.
func jsonHexString(b []byte, size int) ([]byte, error) {
	if len(b) != 2*size+4 || b[0] != '"' || b[1] != '0' || (b[2] != 'x' && b[2] != 'X') || b[len(b)-1] != '"' {
		return nil, errHex
	}
	digits := b[3 : len(b)-1]
	for _, c := range digits {
		if unhex(c) < 0 {
			return nil, errHex
		}
	}
	return digits, nil
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeHex decodes validated hex digits into dst (len(digits) == 2*len(dst)).
func decodeHex(dst, digits []byte) {
	for i := range dst {
		dst[i] = byte(unhex(digits[2*i])<<4 | unhex(digits[2*i+1]))
	}
}

// maxSafeInteger is JavaScript's Number.MAX_SAFE_INTEGER, 2^53-1.
const maxSafeInteger = 1<<53 - 1

// parseAmount parses a uint256 given as a JSON string of decimal digits, a
// JSON string "0x" + hex digits, or a JSON integer no larger than 2^53-1.
func parseAmount(b []byte, out *[32]byte) error {
	if len(b) == 0 {
		return errors.New("missing")
	}
	if b[0] != '"' {
		// A JSON number: only plain non-negative integers that JavaScript
		// represents exactly.
		for _, c := range b {
			if c < '0' || c > '9' {
				return errors.New("not a non-negative integer")
			}
		}
		v, err := strconv.ParseUint(string(b), 10, 64)
		if err != nil || v > maxSafeInteger {
			return errors.New("JSON number above 2^53-1: write it as a string")
		}
		clear(out[:24])
		for i := 31; i >= 24; i-- {
			out[i] = byte(v)
			v >>= 8
		}
		return nil
	}
	if len(b) < 3 || b[len(b)-1] != '"' {
		return errors.New("not a number string")
	}
	s := b[1 : len(b)-1]
	hex := len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
	if hex {
		s = s[2:]
	}
	for _, c := range s {
		if d := unhex(c); d < 0 || (!hex && d > 9) {
			return errors.New("not a decimal or 0x-hex integer string")
		}
	}
	var fits bool
	if hex {
		fits = parseHex256(s, out)
	} else {
		fits = parseDecimal256(s, out)
	}
	if !fits {
		return fmt.Errorf("%w: exceeds 2^256-1", ErrInvalidAmount)
	}
	return nil
}

// truncate shortens raw JSON for error messages.
func truncate(b []byte) string {
	const max = 80
	if len(b) > max {
		return string(b[:max]) + "…"
	}
	return string(b)
}
