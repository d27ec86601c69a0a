// Package webhooks delivers tribe's events to the HTTP endpoints integrators register, signed per the
// Standard Webhooks specification (webhook-id, webhook-timestamp, webhook-signature: HMAC-SHA256 over
// "id.timestamp.body").
//
// Delivery is at least once and never invented: an event is written to its slot's outbox stream by the
// same Redis script (or MULTI/EXEC) that makes the change it tells of (OutboxLua, Emit); a Dispatcher on
// any replica reads every outbox through a consumer group, fans each event out to the endpoints whose
// filter matches into per-endpoint queues ordered by event time, and delivers each queue's head under a
// per-endpoint lease, retrying with exponential backoff and full jitter. An endpoint that fails for
// Config.DisableAfter is disabled, with a webhook.disabled event to its owner's other endpoints.
package webhooks

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Errors. Compare with errors.Is.
var (
	// ErrNotFound: no such endpoint (or not the caller's), or no such event.
	ErrNotFound = errors.New("webhook not found")
	// ErrInvalid: an endpoint the service cannot take as it is (a URL, an event type, a campaign list).
	ErrInvalid = errors.New("invalid webhook")
	// ErrTargetRefused: the URL's host is, or resolves to, an address webhooks are not sent to (private,
	// loopback, link-local...), or its scheme is not https where https is required.
	ErrTargetRefused = errors.New("webhook target refused")
)

// Limits.
const (
	// SecretBytes is the length of the random part of a signing secret.
	SecretBytes = 32
	// SecretPrefix starts every signing secret (the Standard Webhooks convention).
	SecretPrefix = "whsec_"
	// MaxEndpointsPerOwner is how many endpoints one owner may register.
	MaxEndpointsPerOwner = 20
	// MaxCampaigns is the most campaigns one endpoint may filter on.
	MaxCampaigns = 100
	// MaxURLLength is the longest endpoint URL accepted.
	MaxURLLength = 2048
	// DefaultGrace is how long a rotated-out secret keeps signing when no grace period is asked for.
	DefaultGrace = 24 * time.Hour
	// MaxGrace is the longest grace period of a rotated-out secret.
	MaxGrace = 7 * 24 * time.Hour
	// EventTTL is how long an event's body is kept for redelivery.
	EventTTL = 30 * 24 * time.Hour
	// LogSize is how many deliveries per endpoint the log keeps.
	LogSize = 1000
)

// OwnerPlatform and OwnerWallet name an endpoint's owner.
func OwnerPlatform(id string) string { return "platform:" + id }

// OwnerWallet names a wallet owner; address is 0x hex in any case.
func OwnerWallet(address string) string { return "wallet:" + strings.ToLower(address) }

// Endpoint is a registered webhook endpoint. Its secrets are never part of it.
type Endpoint struct {
	ID        string   `json:"id"`
	Owner     string   `json:"-"`
	URL       string   `json:"url"`
	Events    []string `json:"events"`
	Campaigns []string `json:"campaigns"`
	// CreatedAt: an endpoint gets the events that happened after it was registered.
	CreatedAt time.Time `json:"created_at"`
	// Disabled is set when the endpoint failed for Config.DisableAfter (or was disabled by its owner).
	Disabled   bool       `json:"disabled"`
	DisabledAt *time.Time `json:"disabled_at,omitempty"`
	// PreviousSecretUntil: after a rotation, until when the previous secret also signs.
	PreviousSecretUntil *time.Time `json:"previous_secret_until,omitempty"`
}

// secrets are what signs an endpoint's deliveries now: the current secret and, during a rotation's grace
// period, the previous one.
type secrets struct {
	current, previous []byte
	until             time.Time
}

func (s secrets) at(now time.Time) [][]byte {
	if len(s.previous) > 0 && now.Before(s.until) {
		return [][]byte{s.current, s.previous}
	}
	return [][]byte{s.current}
}

// Store is the webhook registry, queues and delivery logs in Redis. Safe for concurrent use.
type Store struct {
	rdb    redis.UniversalClient
	k      keys
	now    func() time.Time
	random func([]byte) (int, error)
}

// NewStore returns a Store over rdb with the deployment's key prefix; now nil is time.Now.
func NewStore(rdb redis.UniversalClient, prefix string, now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	return &Store{rdb: rdb, k: keys{p: prefix}, now: now, random: rand.Read}
}

// NewSecret returns a fresh signing secret: "whsec_" + base64 of SecretBytes random bytes.
func (s *Store) newSecret() (string, []byte, error) {
	b := make([]byte, SecretBytes)
	if _, err := s.random(b); err != nil {
		return "", nil, fmt.Errorf("secret: %w", err)
	}
	return SecretPrefix + base64.StdEncoding.EncodeToString(b), b, nil
}

func (s *Store) newID(prefix string) (string, error) {
	b := make([]byte, 12)
	if _, err := s.random(b); err != nil {
		return "", fmt.Errorf("id: %w", err)
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b), nil
}

// NewEndpoint is what Create registers.
type NewEndpoint struct {
	Owner     string
	URL       string
	Events    []string
	Campaigns []string
}

// Create registers an endpoint and returns it with its signing secret, which is shown this once. The
// caller has checked the owner's authority over the campaigns and the URL (CheckURL).
func (s *Store) Create(ctx context.Context, ne NewEndpoint) (*Endpoint, string, error) {
	if err := checkFilter(ne.Events, ne.Campaigns); err != nil {
		return nil, "", err
	}
	n, err := s.rdb.SCard(ctx, s.k.owner(ne.Owner)).Result()
	if err != nil {
		return nil, "", fmt.Errorf("count endpoints: %w", err)
	}
	if n >= MaxEndpointsPerOwner {
		return nil, "", fmt.Errorf("%w: at most %d endpoints per owner", ErrInvalid, MaxEndpointsPerOwner)
	}
	id, err := s.newID("whk_")
	if err != nil {
		return nil, "", err
	}
	secret, raw, err := s.newSecret()
	if err != nil {
		return nil, "", err
	}
	now := s.now()
	ep := &Endpoint{ID: id, Owner: ne.Owner, URL: ne.URL, Events: dedupe(ne.Events), Campaigns: dedupe(ne.Campaigns),
		CreatedAt: now.UTC().Truncate(time.Millisecond)}
	ev, _ := json.Marshal(ep.Events)
	cp, _ := json.Marshal(ep.Campaigns)
	_, err = s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, s.k.endpoint(id), "owner", ep.Owner, "url", ep.URL, "events", string(ev), "campaigns", string(cp),
			"created", strconv.FormatInt(now.UnixMilli(), 10), "secret", base64.StdEncoding.EncodeToString(raw))
		p.SAdd(ctx, s.k.owner(ep.Owner), id)
		p.SAdd(ctx, s.k.endpoints(), id)
		return nil
	})
	if err != nil {
		return nil, "", fmt.Errorf("create endpoint: %w", err)
	}
	return ep, secret, nil
}

func dedupe(xs []string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func checkFilter(events, campaigns []string) error {
	if len(events) == 0 {
		return fmt.Errorf("%w: events must name at least one event type (%s)", ErrInvalid, strings.Join(EventTypes, ", "))
	}
	for _, e := range events {
		if !slices.Contains(EventTypes, e) {
			return fmt.Errorf("%w: unknown event type %q (known: %s)", ErrInvalid, e, strings.Join(EventTypes, ", "))
		}
	}
	if len(campaigns) > MaxCampaigns {
		return fmt.Errorf("%w: at most %d campaigns", ErrInvalid, MaxCampaigns)
	}
	for _, c := range campaigns {
		if c == "" {
			return fmt.Errorf("%w: empty campaign id", ErrInvalid)
		}
	}
	return nil
}

// record is an endpoint as stored, with its secrets.
type record struct {
	Endpoint
	secrets secrets
}

func parseRecord(id string, m map[string]string) (*record, error) {
	if len(m) == 0 || m["owner"] == "" {
		return nil, fmt.Errorf("endpoint %s: %w", id, ErrNotFound)
	}
	r := &record{Endpoint: Endpoint{ID: id, Owner: m["owner"], URL: m["url"]}}
	if err := json.Unmarshal([]byte(m["events"]), &r.Events); err != nil {
		return nil, fmt.Errorf("endpoint %s: events: %w", id, err)
	}
	if err := json.Unmarshal([]byte(m["campaigns"]), &r.Campaigns); err != nil {
		return nil, fmt.Errorf("endpoint %s: campaigns: %w", id, err)
	}
	ms, _ := strconv.ParseInt(m["created"], 10, 64)
	r.CreatedAt = time.UnixMilli(ms).UTC()
	if m["disabled"] != "" {
		ms, _ := strconv.ParseInt(m["disabled"], 10, 64)
		t := time.UnixMilli(ms).UTC()
		r.Disabled, r.DisabledAt = true, &t
	}
	var err error
	if r.secrets.current, err = base64.StdEncoding.DecodeString(m["secret"]); err != nil {
		return nil, fmt.Errorf("endpoint %s: secret: %w", id, err)
	}
	if m["prev"] != "" {
		if r.secrets.previous, err = base64.StdEncoding.DecodeString(m["prev"]); err != nil {
			return nil, fmt.Errorf("endpoint %s: previous secret: %w", id, err)
		}
		ms, _ := strconv.ParseInt(m["prev_until"], 10, 64)
		r.secrets.until = time.UnixMilli(ms).UTC()
		until := r.secrets.until
		r.PreviousSecretUntil = &until
	}
	return r, nil
}

func (s *Store) record(ctx context.Context, id string) (*record, error) {
	m, err := s.rdb.HGetAll(ctx, s.k.endpoint(id)).Result()
	if err != nil {
		return nil, fmt.Errorf("read endpoint: %w", err)
	}
	return parseRecord(id, m)
}

// Get returns owner's endpoint id (ErrNotFound if it does not exist or is another owner's).
func (s *Store) Get(ctx context.Context, owner, id string) (*Endpoint, error) {
	r, err := s.record(ctx, id)
	if err != nil {
		return nil, err
	}
	if r.Owner != owner {
		return nil, fmt.Errorf("endpoint %s: %w", id, ErrNotFound)
	}
	if r.PreviousSecretUntil != nil && !s.now().Before(*r.PreviousSecretUntil) {
		r.PreviousSecretUntil = nil
	}
	return &r.Endpoint, nil
}

// List returns owner's endpoints, oldest first.
func (s *Store) List(ctx context.Context, owner string) ([]Endpoint, error) {
	ids, err := s.rdb.SMembers(ctx, s.k.owner(owner)).Result()
	if err != nil {
		return nil, fmt.Errorf("list endpoints: %w", err)
	}
	out := make([]Endpoint, 0, len(ids))
	for _, id := range ids {
		ep, err := s.Get(ctx, owner, id)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, *ep)
	}
	slices.SortFunc(out, func(a, b Endpoint) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

// Delete removes owner's endpoint id with its queue, state and log; nothing more is sent to it.
func (s *Store) Delete(ctx context.Context, owner, id string) error {
	if _, err := s.Get(ctx, owner, id); err != nil {
		return err
	}
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Del(ctx, s.k.endpoint(id), s.k.queue(id), s.k.state(id), s.k.log(id))
		p.SRem(ctx, s.k.owner(owner), id)
		p.SRem(ctx, s.k.endpoints(), id)
		p.ZRem(ctx, s.k.due(), id)
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete endpoint: %w", err)
	}
	return nil
}

// Rotate gives owner's endpoint id a new signing secret, returned this once; the previous one keeps
// signing (deliveries carry both signatures) for grace (0: DefaultGrace; at most MaxGrace).
func (s *Store) Rotate(ctx context.Context, owner, id string, grace time.Duration) (*Endpoint, string, error) {
	if grace == 0 {
		grace = DefaultGrace
	}
	if grace < 0 || grace > MaxGrace {
		return nil, "", fmt.Errorf("%w: grace period must be between 1 s and %s", ErrInvalid, MaxGrace)
	}
	r, err := s.record(ctx, id)
	if err != nil {
		return nil, "", err
	}
	if r.Owner != owner {
		return nil, "", fmt.Errorf("endpoint %s: %w", id, ErrNotFound)
	}
	secret, raw, err := s.newSecret()
	if err != nil {
		return nil, "", err
	}
	until := s.now().Add(grace)
	// Swap only if the secret is still the one read, so two rotations at once cannot lose a secret.
	res, err := rotateScript.Run(ctx, s.rdb, []string{s.k.endpoint(id)}, base64.StdEncoding.EncodeToString(r.secrets.current),
		base64.StdEncoding.EncodeToString(raw), strconv.FormatInt(until.UnixMilli(), 10)).Int()
	if err != nil {
		return nil, "", fmt.Errorf("rotate secret: %w", err)
	}
	if res == 0 {
		return nil, "", fmt.Errorf("%w: the secret was rotated at the same time; retry", ErrInvalid)
	}
	u := until.UTC().Truncate(time.Millisecond)
	r.PreviousSecretUntil = &u
	return &r.Endpoint, secret, nil
}

// rotateScript: KEYS[1] endpoint; ARGV: the secret read, the new secret, until when the old one signs (ms).
var rotateScript = redis.NewScript(`
if redis.call('HGET', KEYS[1], 'secret') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'prev', ARGV[1], 'prev_until', ARGV[3], 'secret', ARGV[2])
return 1
`)

// Enable turns a disabled endpoint back on: what its queue held when it was disabled is attempted at once,
// and it gets new events again (none are queued for it while it is disabled).
func (s *Store) Enable(ctx context.Context, owner, id string) (*Endpoint, error) {
	if _, err := s.Get(ctx, owner, id); err != nil {
		return nil, err
	}
	now := s.now().UnixMilli()
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HDel(ctx, s.k.endpoint(id), "disabled")
		p.HDel(ctx, s.k.state(id), "failing", "attempt", "first", "head")
		p.ZAdd(ctx, s.k.due(), redis.Z{Score: float64(now), Member: id})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("enable endpoint: %w", err)
	}
	return s.Get(ctx, owner, id)
}
