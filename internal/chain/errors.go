package chain

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tribe-rewards/tribe/bindings"
)

// RevertError is a custom error (or Error(string)) returned by a tribe contract, decoded from revert data.
type RevertError struct {
	Name string         // the Solidity error name, e.g. "NothingToClaim"
	Args map[string]any // its arguments by name
	Data []byte         // the raw revert data
}

func (e *RevertError) Error() string {
	if len(e.Args) == 0 {
		return "execution reverted: " + e.Name
	}
	parts := make([]string, 0, len(e.Args))
	for k, v := range e.Args {
		parts = append(parts, fmt.Sprintf("%s=%v", k, v))
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(parts, ", "))
}

var (
	knownErrorsMu sync.RWMutex
	knownErrors   = make(map[[4]byte]abi.Error)
)

func init() {
	RegisterErrors(&bindings.RewardsDistributorMetaData, &bindings.CreatorTokenFactoryMetaData,
		&bindings.CreatorTokenMetaData)
}

// RegisterErrors adds the custom errors of more contracts (test mocks, say) to what DecodeRevert knows.
// Safe for concurrent use.
func RegisterErrors(metas ...*bind.MetaData) {
	knownErrorsMu.Lock()
	defer knownErrorsMu.Unlock()
	for _, m := range metas {
		addErrors(m)
	}
}

func addErrors(m *bind.MetaData) {
	parsed, err := m.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("chain: generated ABI does not parse: %v", err))
	}
	for _, e := range parsed.Errors {
		knownErrors[[4]byte(e.ID[:4])] = e
	}
}

// DecodeRevert finds revert data in err (as returned by eth_call, gas estimation or a simulated backend) and
// decodes it. It returns nil if err carries no revert data.
func DecodeRevert(err error) *RevertError {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	var data []byte
	switch v := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(v)
		if decErr != nil {
			return nil
		}
		data = b
	case []byte:
		data = v
	default:
		return nil
	}
	return DecodeRevertData(data)
}

// AsRevert returns the contract error in err: a *RevertError wrapped in it (as txmgr returns them), or one
// decoded from revert data it carries; nil if there is none.
func AsRevert(err error) *RevertError {
	var rev *RevertError
	if errors.As(err, &rev) {
		return rev
	}
	return DecodeRevert(err)
}

// DecodeRevertData decodes raw revert data. Unknown selectors give Name "unknown(0x…)".
func DecodeRevertData(data []byte) *RevertError {
	if len(data) < 4 {
		return &RevertError{Name: "empty", Data: data}
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return &RevertError{Name: "Error", Args: map[string]any{"reason": reason}, Data: data}
	}
	knownErrorsMu.RLock()
	e, ok := knownErrors[[4]byte(data[:4])]
	knownErrorsMu.RUnlock()
	if !ok {
		return &RevertError{Name: "unknown(" + common.Bytes2Hex(data[:4]) + ")", Data: data}
	}
	args := make(map[string]any)
	if err := e.Inputs.UnpackIntoMap(args, data[4:]); err != nil {
		return &RevertError{Name: e.Name, Data: data}
	}
	return &RevertError{Name: e.Name, Args: args, Data: data}
}
