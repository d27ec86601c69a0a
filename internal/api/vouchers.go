package api

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/voucher"
)

// voucherSlot is how finely voucher deadlines are chosen: a voucher is valid for at least VoucherTTL and at
// most VoucherTTL + voucherSlot, and every request for the same account, source and cumulative total within
// one slot gets the same voucher. So the claims endpoints — public, and unlimited — sign at most once per
// slot for each balance that exists, whatever a stranger sends: the signatures the service makes are bounded
// by the awards, not by the requests.
const voucherSlot = 5 * time.Minute

type voucherKey struct {
	account, source common.Address
	cumulative      string
	deadline        int64
}

// voucherDeadline is the deadline of a voucher served now.
func (a *API) voucherDeadline() *big.Int {
	end := a.Now().Add(a.Config.VoucherTTL).Unix()
	slot := int64(voucherSlot / time.Second)
	return big.NewInt((end + slot - 1) / slot * slot)
}

// signVoucher signs the voucher for (account, source, cumulative, deadline), or returns the signature this
// replica already made for it.
func (a *API) signVoucher(account, source common.Address, cumulative, deadline *big.Int) ([]byte, error) {
	k := voucherKey{account: account, source: source, cumulative: cumulative.String(), deadline: deadline.Int64()}
	if sig, ok := a.vouchers.Get(k); ok {
		return sig, nil
	}
	sig, err := a.Vouchers.Sign(voucher.Voucher{Account: account, Token: source, CumulativeAmount: cumulative, Deadline: deadline})
	if err != nil {
		return nil, err
	}
	a.metrics.vouchers.Inc()
	a.vouchers.Add(k, sig)
	return sig, nil
}
