package webhooks

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
)

// Group is the consumer group every replica's dispatcher reads the outboxes with.
const Group = "webhooks"

// Defaults of Config.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultPoll         = 250 * time.Millisecond
	DefaultBaseDelay    = 5 * time.Second
	DefaultMaxDelay     = time.Hour
	DefaultRetryFor     = 72 * time.Hour
	DefaultDisableAfter = 5 * 24 * time.Hour
	DefaultClaimIdle    = time.Minute
	DefaultConcurrency  = 16
	// fixedTags are the slots with an outbox besides every reward token's and pool's.
	readCount = 100
)

var fixedTags = []string{"community", "settle", "idx", "ident", registryTag}

// Config configures a Dispatcher. Zero fields take the defaults.
type Config struct {
	// Timeout bounds each delivery request (connect, TLS, headers and body).
	Timeout time.Duration
	// AllowPrivate lets deliveries reach private, loopback and link-local addresses over plain http (dev
	// mode and tests); off, the dialer refuses them (see NewClient).
	AllowPrivate bool
	// Poll is how often the outboxes and the due queues are looked at.
	Poll time.Duration
	// BaseDelay and MaxDelay shape the retry schedule: before attempt n+1 the dispatcher waits a uniformly
	// random time in [0, min(MaxDelay, BaseDelay·2^(n-1))] (exponential backoff with full jitter).
	BaseDelay, MaxDelay time.Duration
	// RetryFor is how long one event is retried before it is given up (logged gave_up; redeliverable).
	RetryFor time.Duration
	// DisableAfter is how long an endpoint may fail without a single success before it is disabled.
	DisableAfter time.Duration
	// ClaimIdle is how long an outbox entry read by a replica that then died stays pending before another
	// replica takes it over.
	ClaimIdle time.Duration
	// Concurrency is how many endpoints one replica delivers to at once.
	Concurrency int
	// Consumer names this replica in the consumer group (host-pid-random when empty).
	Consumer string
	// Jitter returns a uniform random duration in [0, d] (crypto/rand when nil); tests make it fixed.
	Jitter func(d time.Duration) time.Duration
	// Client sends the deliveries (NewClient(Timeout, AllowPrivate) when nil).
	Client   *http.Client
	Logger   *slog.Logger
	Registry prometheus.Registerer
}

func (c *Config) defaults() {
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Poll <= 0 {
		c.Poll = DefaultPoll
	}
	if c.BaseDelay <= 0 {
		c.BaseDelay = DefaultBaseDelay
	}
	if c.MaxDelay <= 0 {
		c.MaxDelay = DefaultMaxDelay
	}
	if c.RetryFor <= 0 {
		c.RetryFor = DefaultRetryFor
	}
	if c.DisableAfter <= 0 {
		c.DisableAfter = DefaultDisableAfter
	}
	if c.ClaimIdle <= 0 {
		c.ClaimIdle = DefaultClaimIdle
	}
	if c.Concurrency <= 0 {
		c.Concurrency = DefaultConcurrency
	}
	if c.Consumer == "" {
		host, _ := os.Hostname()
		var b [4]byte
		_, _ = rand.Read(b[:])
		c.Consumer = fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b[:]))
	}
	if c.Jitter == nil {
		c.Jitter = func(d time.Duration) time.Duration {
			if d <= 0 {
				return 0
			}
			n, err := rand.Int(rand.Reader, big.NewInt(int64(d)+1))
			if err != nil {
				return d
			}
			return time.Duration(n.Int64())
		}
	}
	if c.Client == nil {
		c.Client = NewClient(c.Timeout, c.AllowPrivate)
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Backoff is the longest wait before attempt n+1 after n failed attempts (before jitter).
func (c Config) Backoff(n int) time.Duration {
	d := c.BaseDelay
	for i := 1; i < n && d < c.MaxDelay; i++ {
		d *= 2
	}
	return min(d, c.MaxDelay)
}

// Dispatcher reads every outbox and delivers the events. Run one per replica: they share the work through
// the consumer group and per-endpoint leases, so each event reaches each endpoint once per successful
// attempt, in event-time order. Start and Stop are not safe for concurrent use with each other.
type Dispatcher struct {
	s       *Store
	cfg     Config
	log     *slog.Logger
	metrics *metrics

	mu      sync.Mutex
	groups  map[string]bool // outbox keys whose consumer group exists
	busy    map[string]bool // endpoints this replica is delivering to now
	cancel  context.CancelFunc
	done    chan struct{}
	workers sync.WaitGroup
	sem     chan struct{}
}

// NewDispatcher returns a dispatcher over s.
func NewDispatcher(s *Store, cfg Config) *Dispatcher {
	cfg.defaults()
	return &Dispatcher{s: s, cfg: cfg, log: cfg.Logger, metrics: newMetrics(cfg.Registry), groups: map[string]bool{},
		busy: map[string]bool{}, sem: make(chan struct{}, cfg.Concurrency)}
}

// Start runs the dispatcher in the background until Stop. ctx is only for values: Stop ends it.
func (d *Dispatcher) Start(ctx context.Context) error {
	ctx, d.cancel = context.WithCancel(context.WithoutCancel(ctx))
	d.done = make(chan struct{})
	go func() {
		defer close(d.done)
		t := time.NewTicker(d.cfg.Poll)
		defer t.Stop()
		for {
			d.Step(ctx)
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return nil
}

// Stop stops reading and waits for the deliveries in flight (each bounded by Config.Timeout), or for ctx.
func (d *Dispatcher) Stop(ctx context.Context) error {
	if d.cancel == nil {
		return nil
	}
	d.cancel()
	wait := make(chan struct{})
	go func() {
		<-d.done
		d.workers.Wait()
		close(wait)
	}()
	select {
	case <-wait:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("stop webhooks dispatcher: %w", ctx.Err())
	}
}

// Step does one round: fans out what the outboxes hold and starts the deliveries that are due. Deliveries
// run in the background (Stop waits for them).
func (d *Dispatcher) Step(ctx context.Context) {
	if err := d.pump(ctx); err != nil && ctx.Err() == nil {
		d.log.Warn("webhooks: reading the outboxes failed", "err", err)
	}
	if err := d.startDue(ctx); err != nil && ctx.Err() == nil {
		d.log.Warn("webhooks: reading the due queues failed", "err", err)
	}
}

// outboxes lists every outbox stream key.
func (d *Dispatcher) outboxes(ctx context.Context) ([]string, error) {
	k := d.s.k
	pipe := d.s.rdb.Pipeline()
	tokens := pipe.SMembers(ctx, k.tokens())
	pools := pipe.SMembers(ctx, k.pools())
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("list outboxes: %w", err)
	}
	var out []string
	for _, tag := range fixedTags {
		out = append(out, k.outbox(tag))
	}
	seen := map[string]bool{}
	for _, tag := range append(tokens.Val(), pools.Val()...) {
		if !seen[tag] {
			seen[tag] = true
			out = append(out, k.outbox(tag))
		}
	}
	return out, nil
}

func (d *Dispatcher) ensureGroup(ctx context.Context, key string) error {
	d.mu.Lock()
	ok := d.groups[key]
	d.mu.Unlock()
	if ok {
		return nil
	}
	err := d.s.rdb.XGroupCreateMkStream(ctx, key, Group, "0").Err()
	if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
		return fmt.Errorf("create consumer group on %s: %w", key, err)
	}
	d.mu.Lock()
	d.groups[key] = true
	d.mu.Unlock()
	return nil
}

// pump fans out every outbox's new entries, and those a dead replica left pending.
func (d *Dispatcher) pump(ctx context.Context) error {
	keys, err := d.outboxes(ctx)
	if err != nil {
		return err
	}
	var eps []*record
	loaded := false
	var errs []error
	for _, key := range keys {
		if err := d.ensureGroup(ctx, key); err != nil {
			errs = append(errs, err)
			continue
		}
		msgs, _, err := d.s.rdb.XAutoClaim(ctx, &redis.XAutoClaimArgs{Stream: key, Group: Group, Consumer: d.cfg.Consumer,
			MinIdle: d.cfg.ClaimIdle, Start: "0-0", Count: readCount}).Result()
		if err != nil && !errors.Is(err, redis.Nil) {
			errs = append(errs, fmt.Errorf("claim %s: %w", key, err))
			continue
		}
		streams, err := d.s.rdb.XReadGroup(ctx, &redis.XReadGroupArgs{Group: Group, Consumer: d.cfg.Consumer,
			Streams: []string{key, ">"}, Count: readCount, Block: -1}).Result()
		if err != nil && !errors.Is(err, redis.Nil) {
			if strings.HasPrefix(err.Error(), "NOGROUP") {
				d.mu.Lock()
				delete(d.groups, key)
				d.mu.Unlock()
			}
			errs = append(errs, fmt.Errorf("read %s: %w", key, err))
			continue
		}
		for _, s := range streams {
			msgs = append(msgs, s.Messages...)
		}
		if len(msgs) == 0 {
			continue
		}
		if !loaded {
			if eps, err = d.s.all(ctx); err != nil {
				return err
			}
			loaded = true
		}
		for _, m := range msgs {
			if err := d.fanOut(ctx, key, m, eps); err != nil {
				errs = append(errs, err)
				break // keep this outbox's order: the rest waits for the next round
			}
		}
	}
	return errors.Join(errs...)
}

// all reads every endpoint record.
func (s *Store) all(ctx context.Context) ([]*record, error) {
	ids, err := s.rdb.SMembers(ctx, s.k.endpoints()).Result()
	if err != nil {
		return nil, fmt.Errorf("list endpoints: %w", err)
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.MapStringStringCmd, len(ids))
	for i, id := range ids {
		cmds[i] = pipe.HGetAll(ctx, s.k.endpoint(id))
	}
	if len(ids) > 0 {
		if _, err := pipe.Exec(ctx); err != nil {
			return nil, fmt.Errorf("read endpoints: %w", err)
		}
	}
	out := make([]*record, 0, len(ids))
	for i, id := range ids {
		r, err := parseRecord(id, cmds[i].Val())
		if err != nil {
			continue // deleted meanwhile
		}
		out = append(out, r)
	}
	return out, nil
}

// matches reports whether an endpoint takes an event: of a type it subscribed to, that happened after it
// was registered; an event of a campaign goes to the endpoints that name the campaign; an event of none
// (an epoch, a community) to those that name no campaign and to the owner it is addressed to. Only its
// owner's endpoints get a webhook.disabled notice.
func (r *record) matches(typ, campaign, owner string, ts int64) bool {
	if r.Disabled || r.CreatedAt.UnixMilli() > ts {
		return false
	}
	has := func(xs []string, x string) bool {
		for _, y := range xs {
			if y == x {
				return true
			}
		}
		return false
	}
	if !has(r.Events, typ) {
		return false
	}
	if typ == EventWebhookDisabled || typ == EventIdentityLinked {
		return owner == r.Owner // about one owner's own users or endpoints: never anyone else's
	}
	if campaign != "" {
		return has(r.Campaigns, campaign)
	}
	return len(r.Campaigns) == 0 || (owner != "" && owner == r.Owner)
}

func (d *Dispatcher) fanOut(ctx context.Context, key string, m redis.XMessage, eps []*record) error {
	str := func(f string) string { s, _ := m.Values[f].(string); return s }
	typ, campaign, owner := str("t"), str("c"), str("o")
	// The stream id orders the events of one outbox as their changes were made (Redis's clock); the
	// change's own time (ts, the caller's clock) is what the body says.
	msStr, seqStr, _ := strings.Cut(m.ID, "-")
	ms, _ := strconv.ParseInt(msStr, 10, 64)
	seq, _ := strconv.ParseInt(seqStr, 10, 64)
	ts, err := strconv.ParseInt(str("ts"), 10, 64)
	if err != nil {
		ts = ms
	}
	id := EventID(key, m.ID)
	var ids []string
	for _, r := range eps {
		if r.matches(typ, campaign, owner, ts) {
			ids = append(ids, r.ID)
		}
	}
	if len(ids) > 0 {
		n, err := d.s.enqueue(ctx, true, id, encodeBody(id, typ, campaign, ts, []byte(str("d"))), score(ms, seq), ids)
		if err != nil {
			return err
		}
		if n > 0 {
			d.metrics.events.WithLabelValues(typ).Inc()
		}
	}
	pipe := d.s.rdb.TxPipeline()
	pipe.XAck(ctx, key, Group, m.ID)
	pipe.XDel(ctx, key, m.ID)
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("ack %s: %w", id, err)
	}
	return nil
}

// startDue starts a delivery for every endpoint whose queue head is due, up to Concurrency at once.
func (d *Dispatcher) startDue(ctx context.Context) error {
	now := d.s.now().UnixMilli()
	due, err := d.s.rdb.ZRangeByScoreWithScores(ctx, d.s.k.due(), &redis.ZRangeBy{Min: "-inf",
		Max: strconv.FormatInt(now, 10), Count: int64(4 * d.cfg.Concurrency)}).Result()
	if err != nil {
		return fmt.Errorf("read due: %w", err)
	}
	if len(due) > 0 {
		d.metrics.lag.Set(max(0, float64(now)-due[0].Score) / 1000)
	} else {
		d.metrics.lag.Set(0)
	}
	for _, z := range due {
		id, _ := z.Member.(string)
		d.mu.Lock()
		busy := d.busy[id]
		d.mu.Unlock()
		if busy {
			continue
		}
		select {
		case d.sem <- struct{}{}:
		default:
			return nil
		}
		token := d.cfg.Consumer + ":" + strconv.FormatInt(now, 10)
		ok, err := d.s.rdb.SetNX(ctx, d.s.k.lease(id), token, d.cfg.Timeout+10*time.Second).Result()
		if err != nil || !ok {
			<-d.sem
			if err != nil {
				return fmt.Errorf("lease %s: %w", id, err)
			}
			continue
		}
		d.mu.Lock()
		d.busy[id] = true
		d.mu.Unlock()
		d.workers.Add(1)
		go func() {
			defer d.workers.Done()
			defer func() { <-d.sem }()
			defer func() {
				d.mu.Lock()
				delete(d.busy, id)
				d.mu.Unlock()
			}()
			// Finish the attempt even if Stop comes meanwhile: it is bounded by the request timeout.
			actx := context.WithoutCancel(ctx)
			defer releaseScript.Run(actx, d.s.rdb, []string{d.s.k.lease(id)}, token)
			if err := d.deliver(actx, id, token); err != nil {
				d.log.Warn("webhooks: delivery step failed", "endpoint", id, "err", err)
			}
		}()
	}
	return nil
}

// deliver attempts the head of endpoint id's queue once, holding its lease token.
func (d *Dispatcher) deliver(ctx context.Context, id, token string) error {
	k := d.s.k
	r, err := d.s.record(ctx, id)
	if errors.Is(err, ErrNotFound) || (err == nil && r.Disabled) {
		return d.s.rdb.ZRem(ctx, k.due(), id).Err()
	}
	if err != nil {
		return err
	}
	heads, err := d.s.rdb.ZRange(ctx, k.queue(id), 0, 0).Result()
	if err != nil {
		return fmt.Errorf("read queue: %w", err)
	}
	if len(heads) == 0 {
		return idleScript.Run(ctx, d.s.rdb, []string{k.lease(id), k.queue(id), k.due()}, token, id).Err()
	}
	head := heads[0]
	st, err := d.s.rdb.HGetAll(ctx, k.state(id)).Result()
	if err != nil {
		return fmt.Errorf("read state: %w", err)
	}
	now := d.s.now()
	attempt, first := 0, now.UnixMilli()
	if st["head"] == head {
		attempt, _ = strconv.Atoi(st["attempt"])
		first, _ = strconv.ParseInt(st["first"], 10, 64)
	}
	failing, _ := strconv.ParseInt(st["failing"], 10, 64)
	attempt++

	entry := Delivery{EventID: head, Attempt: attempt, At: now.UTC().Truncate(time.Millisecond)}
	b, err := d.s.rdb.Get(ctx, k.event(head)).Bytes()
	var ok bool
	switch {
	case errors.Is(err, redis.Nil):
		entry.Error = "the event expired before it could be delivered"
	case err != nil:
		return fmt.Errorf("read event: %w", err)
	default:
		var parsed struct {
			Type string `json:"type"`
		}
		_ = json.Unmarshal(b, &parsed)
		entry.Type = parsed.Type
		entry.StatusCode, entry.LatencyMs, err = d.send(ctx, r, head, b)
		ok = err == nil
		if err != nil {
			entry.Error = err.Error()
		}
	}

	now = d.s.now()
	nowMs := now.UnixMilli()
	outcome, next := "ok", nowMs
	switch {
	case ok:
		entry.Outcome, failing = OutcomeDelivered, 0
	case b == nil:
		entry.Outcome, outcome = OutcomeGaveUp, "drop"
	default:
		if failing == 0 {
			failing = nowMs
		}
		switch {
		case time.Duration(nowMs-failing)*time.Millisecond >= d.cfg.DisableAfter:
			entry.Outcome, outcome = OutcomeDisabled, "disable"
		case time.Duration(nowMs-first)*time.Millisecond >= d.cfg.RetryFor:
			entry.Outcome, outcome = OutcomeGaveUp, "drop"
		default:
			entry.Outcome, outcome = OutcomeRetrying, "retry"
			next = now.Add(d.cfg.Jitter(d.cfg.Backoff(attempt))).UnixMilli()
		}
	}
	logged, _ := json.Marshal(entry)
	notice, _ := json.Marshal(map[string]any{"endpoint_id": id, "url": r.URL,
		"failing_since": time.UnixMilli(failing).UTC().Format(time.RFC3339)})
	res, err := resultScript.Run(ctx, d.s.rdb, []string{k.lease(id), k.queue(id), k.due(), k.state(id), k.log(id),
		k.endpoint(id), k.ownOutbox()}, token, head, outcome, nowMs, next, attempt, first, failing, logged, LogSize, id,
		r.Owner, notice).Int()
	if err != nil {
		return fmt.Errorf("record delivery: %w", err)
	}
	if res == 0 {
		return errors.New("lost the endpoint's lease; another replica attempts it")
	}
	d.metrics.deliveries.WithLabelValues(entry.Outcome).Inc()
	if entry.StatusCode != 0 || entry.LatencyMs != 0 {
		d.metrics.latency.Observe(float64(entry.LatencyMs) / 1000)
	}
	lg := d.log.With("endpoint", id, "event", head, "attempt", attempt, "status", entry.StatusCode)
	switch entry.Outcome {
	case OutcomeDisabled:
		lg.Warn("webhooks: endpoint disabled after failing", "failing_since", time.UnixMilli(failing).UTC())
	case OutcomeGaveUp:
		lg.Info("webhooks: gave up an event", "err", entry.Error)
	case OutcomeRetrying:
		lg.Debug("webhooks: delivery failed, retrying", "err", entry.Error, "next", time.UnixMilli(next).UTC())
	}
	return nil
}

// send POSTs one signed delivery. A 2xx answer is a success.
func (d *Dispatcher) send(ctx context.Context, r *record, id string, b []byte) (status int, latencyMs int64, err error) {
	ctx, cancel := context.WithTimeout(ctx, d.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.URL, bytes.NewReader(b))
	if err != nil {
		return 0, 0, fmt.Errorf("request: %w", err)
	}
	now := d.s.now()
	if err := SignedHeaders(req.Header, id, now, b, r.secrets.at(now)); err != nil {
		return 0, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "tribe-webhooks/1")
	start := time.Now()
	resp, err := d.cfg.Client.Do(req)
	latencyMs = time.Since(start).Milliseconds()
	if err != nil {
		return 0, latencyMs, fmt.Errorf("post: %s", scrub(err, r.URL))
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	_ = resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, latencyMs, fmt.Errorf("answered %d", resp.StatusCode)
	}
	return resp.StatusCode, latencyMs, nil
}

// scrub is err's text without the URL (which may carry a token in its query): the log says which endpoint.
func scrub(err error, url string) string {
	return strings.ReplaceAll(err.Error(), url, "<endpoint url>")
}
