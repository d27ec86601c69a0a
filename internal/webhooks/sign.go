package webhooks

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"
)

// Standard Webhooks headers.
const (
	HeaderID        = standardwebhooks.HeaderWebhookID
	HeaderTimestamp = standardwebhooks.HeaderWebhookTimestamp
	HeaderSignature = standardwebhooks.HeaderWebhookSignature
)

// Sign returns the webhook-signature header of body sent as message id at ts: one "v1,<base64 HMAC-SHA256
// of id.timestamp.body>" per secret, space-separated (a receiver accepts the message if any one verifies, so
// during a rotation's grace period both the old and the new secret work).
func Sign(id string, ts time.Time, body []byte, keys [][]byte) (string, error) {
	sigs := make([]string, 0, len(keys))
	for _, k := range keys {
		wh, err := standardwebhooks.NewWebhookRaw(k)
		if err != nil {
			return "", fmt.Errorf("sign: %w", err)
		}
		sig, err := wh.Sign(id, ts, body)
		if err != nil {
			return "", fmt.Errorf("sign: %w", err)
		}
		sigs = append(sigs, sig)
	}
	return strings.Join(sigs, " "), nil
}

// SignedHeaders sets the three Standard Webhooks headers of a delivery on h.
func SignedHeaders(h http.Header, id string, ts time.Time, body []byte, keys [][]byte) error {
	sig, err := Sign(id, ts, body, keys)
	if err != nil {
		return err
	}
	h.Set(HeaderID, id)
	h.Set(HeaderTimestamp, strconv.FormatInt(ts.Unix(), 10))
	h.Set(HeaderSignature, sig)
	return nil
}

// Verify checks a delivery's headers against secret ("whsec_…", as shown when the endpoint was created),
// rejecting timestamps more than 5 minutes off; receivers in Go can use it (or the Standard Webhooks
// library it wraps).
func Verify(secret string, body []byte, h http.Header) error {
	wh, err := standardwebhooks.NewWebhook(secret)
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	return wh.Verify(body, h)
}
