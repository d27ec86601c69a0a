package claims

import (
	"encoding/hex"

	"github.com/ethereum/go-ethereum/common"
)

// Every Redis key this package uses is built here. <p> is the ledger's key prefix (ledger.Options.Prefix,
// "tribe" by default); <account> is a lower-case 0x-hex address. The two gas budgets share the hash tag
// {relay}, so the one script that charges both touches one cluster slot.
//
//	<p>:{relay}:gas:account:<account>   string  GCRA theoretical arrival time (unix ms) of the account's relay gas
//	<p>:{relay}:gas:global              string  the same for the relay gas of every account together
//	<p>:rl:relay:<account>              (go-redis/redis_rate adds its "rate:" prefix) relays per minute
type keys struct{ p string }

func hexAddr(a common.Address) string { return "0x" + hex.EncodeToString(a[:]) }

func (k keys) accountGas(account common.Address) string {
	return k.p + ":{relay}:gas:account:" + hexAddr(account)
}
func (k keys) globalGas() string { return k.p + ":{relay}:gas:global" }
func (k keys) perMinute(account common.Address) string {
	return k.p + ":rl:relay:" + hexAddr(account)
}
