package txmgr

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// Crash safety. Every version of an intent is in the journal before it reaches a node, so whatever a node
// has (in its pool or mined) from this key through a Manager with a journal, the journal has too — for a
// version of a pending intent, or of a finished one (whose outcome is already known). After a crash, Resume
// compares the two for every pending intent:
//
//   - one of its versions has a receipt: it was mined; it is watched until confirmed and recorded.
//   - the account's nonce (at the latest block) is past its nonce, and none of its versions is found, twice a
//     poll interval apart: another transaction used the nonce, so no version can ever be mined; it failed
//     (ErrNonceTaken), or with Config.ResendOnNonceTaken it is sent again with a fresh nonce.
//   - otherwise its nonce is still free: its newest version is sent again, byte for byte. The node already
//     has it ("already known"), or gets it now, or it replaces an older version; in every case that nonce
//     executes at most one of the intent's versions, so nothing runs twice. It is then watched, and
//     resubmitted with bumped fees, like any Send.
//
// Resume also raises the Manager's nonce floor above every pending intent, so a new transaction never takes
// the nonce of a journaled one that the node has not seen yet. An intent is re-sent under a new nonce only
// when the old one is provably used by something else and, after a restart, only if the caller opted in.

// Resume takes over the intents the Journal holds unfinished: those a previous process journaled and did
// not see confirmed (it crashed or was stopped), or whose callers stopped waiting. With Config.Journal set it
// must be called once, before the first send, which fails with ErrNotResumed until then; without a journal
// it does nothing.
//
// It reads the journal, reserves the nonces of the intents found (new transactions get higher ones), and
// returns. The intents are then finished in the background, in nonce order: one with a receipt for any of
// its versions is watched until confirmed; one whose nonce the account has used without any of its versions
// being found fails with ErrNonceTaken (or is sent with a fresh nonce if Config.ResendOnNonceTaken); any
// other gets its newest signed version sent again, byte for byte (same nonce, same hash), and is watched
// and resubmitted like a Send. RPC errors and timeouts are retried with back-off. Outcomes go to the journal
// and the log: nobody waits for them (see WaitResumed). Cancelling ctx abandons the reading of the journal
// only; the background work lasts until Stop. After an error the Manager is not resumed and Resume may be
// called again; calls after a successful one do nothing. Safe for concurrent use.
func (m *Manager) Resume(ctx context.Context) error {
	if m.journal == nil {
		return nil
	}
	m.resumeMu.Lock()
	defer m.resumeMu.Unlock()
	if m.resumed.Load() {
		return nil
	}
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	intents, err := m.journal.Pending(rctx)
	cancel()
	if err != nil {
		return fmt.Errorf("resume: %w", err)
	}
	states := make([]*sendState, 0, len(intents))
	var floor uint64
	for _, in := range intents {
		st, err := m.resumeState(in)
		if err != nil {
			return fmt.Errorf("resume: %w", err)
		}
		states = append(states, st)
		floor = max(floor, st.nonce+1)
	}
	// By nonce, the most recently written last among intents sharing one: an intent's nonce is handed out
	// again only when its first version was refused and its failure could not be written, so the newest is
	// the live one and the older ones are only watched, in case they were mined after all.
	updated := make(map[*sendState]time.Time, len(states))
	for i, st := range states {
		updated[st] = intents[i].Updated
	}
	slices.SortStableFunc(states, func(a, b *sendState) int {
		return cmp.Or(cmp.Compare(a.nonce, b.nonce), updated[a].Compare(updated[b]))
	})
	for i := 0; i+1 < len(states); i++ {
		if states[i].nonce == states[i+1].nonce {
			states[i].passive = true
		}
	}

	m.mu.Lock()
	m.floor = max(m.floor, floor)
	m.nonceValid = false
	m.mu.Unlock()

	bg, stop := context.WithCancel(context.WithoutCancel(ctx))
	m.stopResume, m.resumeDone = stop, make(chan struct{})
	m.resumed.Store(true)
	if len(states) > 0 {
		m.log.Info("resuming journaled transactions", "intents", len(states), "nonce_floor", floor)
	}
	go m.finishResumed(bg, states, m.resumeDone)
	return nil
}

// resumeState is the sendState of a journaled intent, after checking that it is this Manager's.
func (m *Manager) resumeState(in Intent) (*sendState, error) {
	if len(in.Txs) == 0 {
		return nil, fmt.Errorf("intent %s has no signed transaction", in.ID)
	}
	for _, tx := range in.Txs {
		from, err := types.Sender(m.signer, tx)
		if err != nil || from != m.from || tx.To() == nil {
			return nil, fmt.Errorf("intent %s holds transaction %s, which is not a call signed by %s on chain %v: wrong journal",
				in.ID, tx.Hash(), m.from, m.cfg.ChainID)
		}
	}
	last := in.Txs[len(in.Txs)-1]
	st := &sendState{
		to: *last.To(), data: last.Data(), gas: last.Gas(),
		id: in.ID, recorded: true, resumed: true,
		nonce: last.Nonce(), tip: last.GasTipCap(), cap: last.GasFeeCap(), txs: in.Txs,
	}
	st.log = m.intentLog(st, st.nonce)
	return st, nil
}

// finishResumed brings every resumed intent to an end (or until ctx ends), then closes done. Intents are
// sent again one at a time in nonce order, since some nodes refuse a nonce gap; each is then watched on its
// own.
func (m *Manager) finishResumed(ctx context.Context, states []*sendState, done chan struct{}) {
	defer close(done)
	var wg sync.WaitGroup
	for _, st := range states {
		if st.passive {
			wg.Go(func() {
				if m.reclaim(ctx, st) {
					m.watchResumed(ctx, st)
				}
			})
			continue
		}
		if !m.reclaim(ctx, st) {
			continue
		}
		wg.Go(func() { m.watchResumed(ctx, st) })
	}
	wg.Wait()
}

// reclaim decides the fate of a resumed intent, retrying RPC failures until ctx ends. It returns true if st
// is to be watched (a version was mined, or is with the node again), false if it finished here or ctx ended.
func (m *Manager) reclaim(ctx context.Context, st *sendState) bool {
	for attempt := 0; ; attempt++ {
		if attempt > 0 && !m.pause(ctx, attempt) {
			return false
		}
		r, sure := m.lookup(ctx, st)
		if r != nil {
			st.log.Info("resumed transaction was mined", "hash", r.TxHash, "block", r.BlockNumber)
			return true
		}
		next, err := m.nonceAt(ctx)
		if err != nil {
			st.log.Warn("resume: account nonce", "err", err)
			continue
		}
		if next > st.nonce {
			if !sure {
				continue
			}
			// Look again a poll interval later before concluding: a receipt can lag behind the nonce.
			if st.taken++; st.taken < 2 {
				continue
			}
			if st.passive || !m.cfg.ResendOnNonceTaken {
				err := fmt.Errorf("nonce %d: %w", st.nonce, ErrNonceTaken)
				if st.passive {
					err = fmt.Errorf("nonce %d reused after the first send failed: %w", st.nonce, ErrNonceTaken)
				}
				st.log.Warn("resumed intent failed: none of its transactions was mined, and the nonce is used",
					"account_nonce", next, "err", err)
				m.finish(ctx, st, Outcome{Status: IntentFailed, Error: err.Error()})
				return false
			}
			st.log.Warn("nonce of resumed intent used by another transaction; sending it with a fresh nonce",
				"account_nonce", next)
			if err := m.publish(ctx, st); err != nil {
				st.log.Warn("resume: send with a fresh nonce", "err", err)
				st.taken = 0
				continue
			}
			return true
		}
		st.taken = 0
		if st.passive {
			continue // never sent again: wait for the nonce to be used
		}
		tx := st.current()
		err = m.sendTx(ctx, tx)
		switch {
		case err == nil || isAlreadyKnown(err):
			st.lastSent = m.cfg.Now()
			st.log.Info("resumed transaction sent again", "hash", tx.Hash(), "versions", len(st.txs))
			return true
		case isReplacementUnderpriced(err):
			// Another transaction with this nonce is in the pool, priced higher: bump at once.
			st.log.Warn("resumed transaction underpriced; replacing it with higher fees", "hash", tx.Hash())
			st.lastSent = m.cfg.Now().Add(-m.cfg.ResubmitAfter)
			return true
		case isNonceTooLow(err):
			// Mined meanwhile, ours or not: the next round tells.
		default:
			st.log.Warn("resume: send again", "hash", tx.Hash(), "err", err)
		}
	}
}

// watchResumed waits for a resumed intent as Send would, and records and logs how it ended.
func (m *Manager) watchResumed(ctx context.Context, st *sendState) {
	r, err := m.wait(ctx, st)
	m.conclude(ctx, st, r, err)
	switch {
	case err == nil:
		st.log.Info("resumed transaction confirmed", "hash", r.TxHash, "block", r.BlockNumber)
	case ctx.Err() != nil:
		st.log.Info("stopped watching resumed transaction; it stays pending in the journal", "err", err)
	default:
		st.log.Warn("resumed transaction did not succeed", "err", err)
	}
}

// pause waits before retry number attempt (1, 2, ...), longer each time; false if ctx ended first.
func (m *Manager) pause(ctx context.Context, attempt int) bool {
	d := min(m.cfg.PollInterval<<min(attempt-1, 6), maxRetryDelay)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// nonceAt is the account's nonce at the latest block: how many of its transactions were mined.
func (m *Manager) nonceAt(ctx context.Context) (uint64, error) {
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	return m.b.NonceAt(rctx, m.from, nil)
}

// record writes tx to the journal as the newest version of st's intent; called before tx is sent. A no-op
// without a journal.
func (m *Manager) record(ctx context.Context, st *sendState, tx *types.Transaction) error {
	if m.journal == nil {
		return nil
	}
	st.recorded = true // even if the write fails: it may have landed
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	if err := m.journal.Record(rctx, st.id, tx, m.cfg.Now()); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	return nil
}

// conclude records in the journal how the wait for st ended, when that is final: a receipt, or a nonce
// taken. An intent whose wait ended otherwise (ctx, the fee cap) may still be mined and stays pending.
func (m *Manager) conclude(ctx context.Context, st *sendState, r *types.Receipt, err error) {
	switch {
	case r != nil:
		m.finish(ctx, st, minedOutcome(r))
	case errors.Is(err, ErrNonceTaken):
		m.finish(ctx, st, Outcome{Status: IntentFailed, Error: err.Error()})
	}
}

// finish records out for st's intent, even if ctx was cancelled. A failed write leaves the intent pending,
// which is safe: the next Resume finds its outcome again.
func (m *Manager) finish(ctx context.Context, st *sendState, out Outcome) {
	if m.journal == nil || !st.recorded {
		return
	}
	out.At = m.cfg.Now()
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), m.cfg.RPCTimeout)
	defer cancel()
	if err := m.journal.Finish(rctx, st.id, out); err != nil {
		m.log.Warn("journal: could not record the outcome of an intent; the next Resume will",
			"intent", st.id, "status", out.Status, "err", err)
	}
}

// WaitResumed waits until every intent taken over by Resume has finished, or is no longer watched because
// Stop was called; it returns nil then, and at once if Resume has not run or found nothing. Cancelling ctx
// returns ctx's error. A caller whose own start-up re-sends work it had in flight (re-proposing a root,
// relaying a pending community again) can call it first, with a deadline, so that it sees the resumed
// transactions' effects on chain instead of sending them a second time. Safe for concurrent use.
func (m *Manager) WaitResumed(ctx context.Context) error {
	m.resumeMu.Lock()
	done := m.resumeDone
	m.resumeMu.Unlock()
	if done == nil {
		return nil
	}
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Stop stops watching the intents taken over by Resume and the transactions of Send and SendAsync calls in
// flight (their callers get the cancellation as from their own contexts), and waits until none of its
// goroutines is left; the intents stay pending in the journal for the next Resume. Later sends return
// ErrStopped. Safe for concurrent use, and to call more than once or without Resume.
func (m *Manager) Stop() {
	m.resumeMu.Lock()
	stop, done := m.stopResume, m.resumeDone
	m.resumeMu.Unlock()
	if stop != nil {
		stop()
		<-done
	}
	m.sendsMu.Lock()
	m.stopped = true
	m.sendsMu.Unlock()
	m.endSends()
	m.waits.Wait()
}

// Intents returns the journal's intents, for operators: pending ones lowest nonce first, then recently
// finished ones, newest first (see the Journal's Intents). Without a journal it returns nothing. Safe for
// concurrent use.
func (m *Manager) Intents(ctx context.Context) ([]Intent, error) {
	if m.journal == nil {
		return nil, nil
	}
	intents, err := m.journal.Intents(ctx)
	if err != nil {
		return nil, fmt.Errorf("intents: %w", err)
	}
	return intents, nil
}
