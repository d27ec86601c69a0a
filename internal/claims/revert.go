package claims

import (
	"fmt"
	"math/big"
	"time"

	"github.com/tribe-rewards/tribe/internal/chain"
)

// FromRevert turns a revert of the distributor carried by err (an estimate, a call or txmgr's ErrWouldRevert)
// into the domain error it means; now dates the payout limit's retry. An err without revert data is returned
// as it is.
func FromRevert(err error, now time.Time) error {
	rev := chain.AsRevert(err)
	if rev == nil {
		return err
	}
	switch rev.Name {
	case "PayoutLimitExceeded":
		e := &RetryError{Err: ErrPayoutLimit, Msg: fmt.Sprintf("%v (%v left)", ErrPayoutLimit, rev.Args["available"])}
		if resets, ok := rev.Args["resetsAt"].(*big.Int); ok && resets.IsInt64() {
			at := time.Unix(resets.Int64(), 0)
			if wait := at.Sub(now); wait > 0 {
				e.Wait = wait
				e.Msg += "; retry after " + at.UTC().Format(time.RFC3339)
			}
		}
		return e
	case "NothingToClaim":
		return ErrNothingToClaim
	case "ClaimsPaused":
		return ErrClaimsPaused
	case "InsufficientPool":
		return ErrPoolEmpty
	case "NotMinter":
		return ErrNotMinter
	}
	return fmt.Errorf("%w: %s", ErrClaimRefused, rev.Name)
}
