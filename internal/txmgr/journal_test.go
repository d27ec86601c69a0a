package txmgr

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
)

func TestMain(m *testing.M) { ledgertest.Main(m) }

// devAddr is the address of the fake managers' key, dev account 0.
var devAddr = crypto.PubkeyToAddress(chain.DevKeys()[0].PublicKey)

// newTestJournal returns a journal of from's intents in the test Redis, under a prefix of t's own.
func newTestJournal(t *testing.T, from common.Address) *RedisJournal {
	t.Helper()
	return NewRedisJournal(ledgertest.Redis(t), ledgertest.Prefix(t), from)
}

// signed is a call of calldata to target from dev account 0 on chain 1337, with nonce and a tip (and fee
// cap of twice the tip) of tipGwei.
func signed(t *testing.T, nonce uint64, tipGwei int64) *types.Transaction {
	t.Helper()
	to := target
	tip := big.NewInt(tipGwei * params.GWei)
	tx, err := types.SignNewTx(chain.DevKeys()[0], types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Mul(tip, big.NewInt(2)),
		Gas: 60_000, To: &to, Data: calldata,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func hashes(txs []*types.Transaction) []common.Hash {
	out := make([]common.Hash, len(txs))
	for i, tx := range txs {
		out[i] = tx.Hash()
	}
	return out
}

// errCrashed is what a crashed process's journal "returns": nothing it does happens any more.
var errCrashed = errors.New("process crashed")

// crashJournal is the journal of a process that dies: right after Record number crashAt (1-based) is
// written, or when kill is called. From then on every call fails without touching the journal, so the
// Manager using it can send nothing more, as if the process had stopped.
type crashJournal struct {
	Journal
	crashAt int

	mu      sync.Mutex
	records int
	dead    bool
}

func (j *crashJournal) Record(ctx context.Context, id string, tx *types.Transaction, at time.Time) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.dead {
		return errCrashed
	}
	if err := j.Journal.Record(ctx, id, tx, at); err != nil {
		return err
	}
	if j.records++; j.records == j.crashAt {
		j.dead = true
		return errCrashed
	}
	return nil
}

func (j *crashJournal) Finish(ctx context.Context, id string, out Outcome) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.dead {
		return errCrashed
	}
	return j.Journal.Finish(ctx, id, out)
}

func (j *crashJournal) kill() {
	j.mu.Lock()
	j.dead = true
	j.mu.Unlock()
}

func (j *crashJournal) isDead() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.dead
}

// journaledFirst is a Backend that fails the test when a transaction reaches it before the journal holds it.
type journaledFirst struct {
	Backend
	t *testing.T
	j Journal
}

func (b journaledFirst) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	intents, err := b.j.Intents(context.Background())
	if err != nil {
		b.t.Errorf("read journal: %v", err)
	}
	found := false
	for _, in := range intents {
		found = found || slices.Contains(hashes(in.Txs), tx.Hash())
	}
	if !found {
		b.t.Errorf("transaction %s (nonce %d) sent before it was journaled", tx.Hash(), tx.Nonce())
	}
	return b.Backend.SendTransaction(ctx, tx)
}

func TestRedisJournal(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	t0 := time.UnixMilli(1_700_000_000_000)

	t.Run("record, list, finish", func(t *testing.T) {
		t.Parallel()
		j := newTestJournal(t, devAddr)
		v1, v2, other := signed(t, 7, 1), signed(t, 7, 2), signed(t, 8, 1)
		for _, rec := range []struct {
			id string
			tx *types.Transaction
			at time.Time
		}{{"a", v1, t0}, {"b", other, t0.Add(time.Second)}, {"a", v2, t0.Add(2 * time.Second)}, {"a", v2, t0.Add(3 * time.Second)}} {
			if err := j.Record(ctx, rec.id, rec.tx, rec.at); err != nil {
				t.Fatal(err)
			}
		}
		pending, err := j.Pending(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(pending) != 2 || pending[0].ID != "a" || pending[1].ID != "b" {
			t.Fatalf("pending %+v, want a (nonce 7) then b (nonce 8)", pending)
		}
		a := pending[0]
		if a.Status != IntentPending || a.To != target || string(a.Data) != string(calldata) || a.Value.Sign() != 0 ||
			a.Gas != 60_000 || a.Nonce != 7 || !a.Created.Equal(t0) || !a.Updated.Equal(t0.Add(3*time.Second)) {
			t.Errorf("intent a = %+v", a)
		}
		if got := hashes(a.Txs); !slices.Equal(got, []common.Hash{v1.Hash(), v2.Hash()}) {
			t.Errorf("versions %v, want v1, v2 once each", got)
		}

		r := &types.Receipt{TxHash: v2.Hash(), BlockNumber: big.NewInt(42), GasUsed: 21_000, Status: types.ReceiptStatusSuccessful}
		out := minedOutcome(r)
		out.At = t0.Add(time.Minute)
		if err := j.Finish(ctx, "a", out); err != nil {
			t.Fatal(err)
		}
		if err := j.Record(ctx, "a", signed(t, 7, 3), t0); err == nil {
			t.Error("Record added a version to a finished intent")
		}
		if err := j.Finish(ctx, "a", Outcome{Status: IntentFailed, Error: "late", At: t0}); err != nil {
			t.Fatal(err)
		}
		all, err := j.Intents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 2 || all[0].ID != "b" || all[1].ID != "a" {
			t.Fatalf("intents %+v, want b (pending) then a (finished)", all)
		}
		if a := all[1]; a.Status != IntentMined || a.TxHash != v2.Hash() || a.Block != 42 || a.GasUsed != 21_000 ||
			a.Error != "" || len(a.Txs) != 2 {
			t.Errorf("finished intent %+v: want mined by v2 in block 42, the later failure ignored", a)
		}
		if pending, _ := j.Pending(ctx); len(pending) != 1 || pending[0].ID != "b" {
			t.Errorf("pending after finishing a: %+v", pending)
		}
	})

	t.Run("a receipt replaces a failure, nothing replaces a receipt", func(t *testing.T) {
		t.Parallel()
		j := newTestJournal(t, devAddr)
		tx := signed(t, 7, 1)
		if err := j.Record(ctx, "a", tx, t0); err != nil {
			t.Fatal(err)
		}
		steps := []struct {
			out  Outcome
			want IntentStatus
		}{
			{Outcome{Status: IntentFailed, Error: "not sent: timeout"}, IntentFailed},
			{Outcome{Status: IntentReverted, TxHash: tx.Hash(), Block: 9}, IntentReverted},
			{Outcome{Status: IntentMined, TxHash: tx.Hash(), Block: 10}, IntentReverted},
			{Outcome{Status: IntentFailed}, IntentReverted},
		}
		for i, s := range steps {
			s.out.At = t0
			if err := j.Finish(ctx, "a", s.out); err != nil {
				t.Fatal(err)
			}
			all, err := j.Intents(ctx)
			if err != nil || len(all) != 1 || all[0].Status != s.want {
				t.Fatalf("step %d: intents %+v (%v), want status %s", i, all, err, s.want)
			}
		}
	})

	t.Run("finished intents are kept for the retention", func(t *testing.T) {
		t.Parallel()
		j := newTestJournal(t, devAddr)
		j.Retention = time.Hour
		for i, id := range []string{"old", "new"} {
			if err := j.Record(ctx, id, signed(t, uint64(i), 1), t0); err != nil {
				t.Fatal(err)
			}
		}
		if err := j.Finish(ctx, "old", Outcome{Status: IntentFailed, At: t0}); err != nil {
			t.Fatal(err)
		}
		if err := j.Finish(ctx, "new", Outcome{Status: IntentFailed, At: t0.Add(2 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
		all, err := j.Intents(ctx)
		if err != nil || len(all) != 1 || all[0].ID != "new" {
			t.Fatalf("intents %+v (%v): want only the one finished within the retention", all, err)
		}
		ttl, err := ledgertest.Redis(t).PTTL(ctx, j.k.intent("new")).Result()
		if err != nil || ttl <= 0 || ttl > time.Hour {
			t.Errorf("finished intent's TTL %v (%v), want at most the retention", ttl, err)
		}
	})

	t.Run("refusals", func(t *testing.T) {
		t.Parallel()
		j := newTestJournal(t, devAddr)
		if err := j.Finish(ctx, "nope", Outcome{Status: IntentFailed, At: t0}); !errors.Is(err, ErrUnknownIntent) {
			t.Errorf("finish an unknown intent: %v, want ErrUnknownIntent", err)
		}
		for _, id := range []string{"", "a:b", "{x}", "a b", strings.Repeat("a", 65)} {
			if err := j.Record(ctx, id, signed(t, 7, 1), t0); err == nil {
				t.Errorf("Record accepted id %q", id)
			}
		}
		if err := j.Record(ctx, "a", signed(t, 7, 1), t0); err != nil {
			t.Fatal(err)
		}
		if err := j.Finish(ctx, "a", Outcome{Status: IntentPending, At: t0}); err == nil {
			t.Error("Finish accepted status pending")
		}
	})

	t.Run("one slot per sender, senders apart", func(t *testing.T) {
		t.Parallel()
		rdb, prefix := ledgertest.Redis(t), ledgertest.Prefix(t)
		other := common.HexToAddress("0x00000000000000000000000000000000000000BB")
		j, j2 := NewRedisJournal(rdb, prefix, devAddr), NewRedisJournal(rdb, prefix, other)
		if err := j.Record(ctx, "a", signed(t, 7, 1), t0); err != nil {
			t.Fatal(err)
		}
		if err := j.Record(ctx, "b", signed(t, 8, 1), t0); err != nil {
			t.Fatal(err)
		}
		if err := j.Finish(ctx, "a", Outcome{Status: IntentFailed, At: t0}); err != nil {
			t.Fatal(err)
		}
		if all, err := j2.Intents(ctx); err != nil || len(all) != 0 {
			t.Errorf("another sender's journal lists %+v (%v)", all, err)
		}
		keys := scanKeys(t, rdb, prefix)
		tag := "{" + strings.ToLower(devAddr.Hex()) + "}"
		if len(keys) != 4 { // a, b, pending, done
			t.Errorf("keys %v, want 4", keys)
		}
		for _, k := range keys {
			if !strings.HasPrefix(k, prefix+":txmgr:"+tag+":") || strings.Count(k, "{") != 1 {
				t.Errorf("key %s is not in the hash tag %s", k, tag)
			}
		}
	})

	t.Run("prefix with a brace", func(t *testing.T) {
		t.Parallel()
		defer func() {
			if recover() == nil {
				t.Error("NewRedisJournal accepted a prefix with a brace")
			}
		}()
		NewRedisJournal(nil, "a{b", devAddr)
	})
}

// scanKeys lists the keys under prefix, on every master of a cluster.
func scanKeys(t *testing.T, rdb redis.UniversalClient, prefix string) []string {
	t.Helper()
	ctx := context.Background()
	var (
		mu   sync.Mutex
		keys []string
	)
	scan := func(ctx context.Context, c *redis.Client) error {
		iter := c.Scan(ctx, 0, prefix+":*", 1000).Iterator()
		for iter.Next(ctx) {
			mu.Lock()
			keys = append(keys, iter.Val())
			mu.Unlock()
		}
		return iter.Err()
	}
	var err error
	switch c := rdb.(type) {
	case *redis.ClusterClient:
		err = c.ForEachMaster(ctx, scan)
	case *redis.Client:
		err = scan(ctx, c)
	}
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

func TestNewRefusesAnotherSendersJournal(t *testing.T) {
	t.Parallel()
	j := NewRedisJournal(nil, "", common.HexToAddress("0x00000000000000000000000000000000000000BB"))
	if _, err := New(newFake(), Config{ChainID: big.NewInt(1337), Key: chain.DevKeys()[0], Journal: j}); err == nil {
		t.Fatal("New accepted the journal of another address")
	}
}

// TestJournalConstants guards what existing deployments depend on: the prefix under which their journals
// are, and a retention long enough for an operator to look back over a weekend.
func TestJournalConstants(t *testing.T) {
	t.Parallel()
	if DefaultJournalPrefix != "tribe" {
		t.Errorf("DefaultJournalPrefix = %q: changing it hides every pending intent from Resume", DefaultJournalPrefix)
	}
	if DefaultJournalRetention < 72*time.Hour {
		t.Errorf("DefaultJournalRetention = %v: keep finished intents at least three days", DefaultJournalRetention)
	}
	if k := newJournalKeys("tribe", devAddr); k.pending() != "tribe:txmgr:{0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266}:pending" {
		t.Errorf("pending key %s: changing the layout hides every pending intent from Resume", k.pending())
	}
}
