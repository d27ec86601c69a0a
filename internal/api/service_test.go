package api

import (
	"bytes"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// TestOpenAPIDocument checks that openapi.yaml is a valid OpenAPI 3.0.3 document that describes exactly the
// routes the router serves, with the errors, security and idempotency of each.
func TestOpenAPIDocument(t *testing.T) {
	t.Parallel()
	doc, _ := openAPI(t)
	if doc.OpenAPI != "3.0.3" {
		t.Errorf("openapi %q, want 3.0.3", doc.OpenAPI)
	}

	h := newTestAPI(t)
	served := map[string]bool{}
	for _, r := range h.api.engine.Routes() {
		served[r.Method+" "+ginToOpenAPI(r.Path)] = true
	}
	documented := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			key := method + " " + path
			documented[key] = true
			if !served[key] {
				t.Errorf("openapi.yaml documents %s, which the router does not serve", key)
			}
			if op.OperationID == "" || op.Description == "" {
				t.Errorf("%s has no operationId or description", key)
			}
		}
	}
	for key := range served {
		if !documented[key] {
			t.Errorf("the router serves %s, which openapi.yaml does not document", key)
		}
	}

	// Every code the server can send is in the document's list.
	codes := doc.Components.Schemas["ErrorDetail"].Value.Properties["code"].Value.Enum
	for _, m := range errorMap {
		if !slices.Contains(codes, any(m.code)) {
			t.Errorf("error code %q (errorMap) is not in openapi.yaml", m.code)
		}
	}
	for _, e := range []*Error{badRequest(""), unauthorized(""), forbidden(""), notFound(""), conflict("exists", ""),
		unprocessable("invalid_signature", ""), unprocessable("allocation_over_cap", "")} {
		if !slices.Contains(codes, any(e.Code)) {
			t.Errorf("error code %q is not in openapi.yaml", e.Code)
		}
	}
	for _, code := range []string{"too_large", "rate_limited", "unavailable", "method_not_allowed", "internal"} {
		if !slices.Contains(codes, any(code)) {
			t.Errorf("error code %q is not in openapi.yaml", code)
		}
	}
}

// ginToOpenAPI turns /v1/campaigns/:id into /v1/campaigns/{id}.
func ginToOpenAPI(path string) string {
	parts := strings.Split(path, "/")
	for i, p := range parts {
		if strings.HasPrefix(p, ":") || strings.HasPrefix(p, "*") {
			parts[i] = "{" + p[1:] + "}"
		}
	}
	return strings.Join(parts, "/")
}

// TestOpenAPIOperations checks each operation's security, statuses and Idempotency-Key.
func TestOpenAPIOperations(t *testing.T) {
	t.Parallel()
	doc, _ := openAPI(t)
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			key := method + " " + path
			authed := op.Security != nil && len(*op.Security) > 0
			statuses := map[int]bool{}
			for code := range op.Responses.Map() {
				n, err := strconv.Atoi(code)
				if err != nil {
					t.Errorf("%s: response %q is not a status", key, code)
				}
				statuses[n] = true
			}
			if authed {
				for _, s := range []int{401, 403} {
					if !statuses[s] {
						t.Errorf("%s needs a token but does not document %d", key, s)
					}
				}
				if _, ok := op.Extensions["x-tribe-roles"]; !ok {
					t.Errorf("%s needs a token but does not say which roles (x-tribe-roles)", key)
				}
			}
			if op.RequestBody != nil {
				for _, s := range []int{400, 413} {
					if !statuses[s] {
						t.Errorf("%s takes a body but does not document %d", key, s)
					}
				}
				schema := op.RequestBody.Value.Content.Get("application/json").Schema.Value
				if schema.AdditionalProperties.Has == nil || *schema.AdditionalProperties.Has {
					t.Errorf("%s: the server refuses unknown fields; the body schema must say additionalProperties: false", key)
				}
			}
			hasIdem := slices.ContainsFunc(op.Parameters, func(p *openapi3.ParameterRef) bool {
				return p.Value != nil && p.Value.Name == "Idempotency-Key" && p.Value.In == "header"
			})
			// Writes with a lasting effect take an Idempotency-Key. Not: sign-in, the preparation of a
			// community (stores nothing), the claim relay (de-duplicated by the relay in flight), and the
			// preview of a link token (a read that keeps the token out of the URL).
			write := method == http.MethodPost && !strings.HasPrefix(path, "/v1/auth/") &&
				path != "/v1/communities/request" && path != "/v1/claims/relay" && path != "/v1/identities/link-preview"
			if write && !hasIdem {
				t.Errorf("%s is a write without the Idempotency-Key header", key)
			}
			if write && !statuses[409] {
				t.Errorf("%s is an idempotent write without 409", key)
			}
			if strings.HasPrefix(path, "/v1/") && path != "/v1/info" && !statuses[503] {
				t.Errorf("%s does not document 503", key)
			}
		}
	}
}

func TestServiceEndpoints(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)

	t.Run("healthz", func(t *testing.T) {
		if r := h.get(t, "/healthz", "").want(t, http.StatusOK); !strings.Contains(string(r.Body), `"ok"`) {
			t.Fatalf("body %s", r.Body)
		}
	})
	t.Run("readyz", func(t *testing.T) {
		h.get(t, "/readyz", "").want(t, http.StatusServiceUnavailable)
		h.api.SetReady(true)
		h.get(t, "/readyz", "").want(t, http.StatusOK)
		h.api.SetReady(false)
		h.get(t, "/readyz", "").want(t, http.StatusServiceUnavailable)
	})
	t.Run("info", func(t *testing.T) {
		var info infoResponse
		h.get(t, "/v1/info", "").want(t, http.StatusOK).decode(t, &info)
		if info.ChainID != "1337" || info.Contracts["factory"] != testFactory.Hex() ||
			info.Contracts["distributor"] != testDistributor.Hex() || len(info.Signers) != 1 ||
			info.Signers[0] != testSigner.Hex() || info.Version != Version {
			t.Fatalf("info %+v", info)
		}
	})
	t.Run("openapi.yaml", func(t *testing.T) {
		r := h.get(t, "/openapi.yaml", "").want(t, http.StatusOK)
		if !bytes.Equal(r.Body, OpenAPI()) || len(r.Body) == 0 {
			t.Fatal("/openapi.yaml is not the embedded document")
		}
		if ct := r.Header.Get("Content-Type"); ct != "application/yaml" {
			t.Fatalf("Content-Type %q", ct)
		}
	})
	t.Run("unknown route", func(t *testing.T) {
		h.get(t, "/v1/nope", "").wantError(t, http.StatusNotFound, "not_found")
		h.post(t, "/v2/awards", "", "{}").wantError(t, http.StatusNotFound, "not_found")
	})
	t.Run("method not allowed", func(t *testing.T) {
		h.get(t, "/v1/awards", "").wantError(t, http.StatusMethodNotAllowed, "method_not_allowed")
	})
	t.Run("request id", func(t *testing.T) {
		r := h.do(t, call{method: http.MethodGet, path: "/healthz", header: map[string]string{"X-Request-Id": "abc-123"}})
		if got := r.Header.Get("X-Request-Id"); got != "abc-123" {
			t.Fatalf("X-Request-Id %q", got)
		}
		if got := h.get(t, "/healthz", "").Header.Get("X-Request-Id"); len(got) != 16 {
			t.Fatalf("generated X-Request-Id %q", got)
		}
	})
}

func TestMetrics(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(1), "5", "welcome")).want(t, http.StatusCreated)
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(1), "0", "nothing")).want(t, http.StatusBadRequest)
	body := string(w.get(t, "/metrics", "").want(t, http.StatusOK).Body)
	for _, want := range []string{
		`tribe_http_requests_total{method="POST",route="/v1/awards",status="201"} 1`,
		`tribe_http_requests_total{method="POST",route="/v1/awards",status="400"} 1`,
		`tribe_awards_total{reason="direct"} 1`,
		`tribe_http_request_duration_seconds_bucket{method="POST",route="/v1/awards"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

func TestBodyLimit(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	big := `{"campaign_id":"` + w.campaign.ID + `","account":"` + account(1).Hex() + `","amount":"1","reason":"` +
		strings.Repeat("x", testMaxBody) + `"}`
	before := w.snapshot(t, w.campaign.ID, w.platform.Token, account(1))
	for _, chunked := range []bool{false, true} {
		t.Run("chunked="+strconv.FormatBool(chunked), func(t *testing.T) {
			for _, path := range []string{"/v1/awards", "/v1/referrals", "/v1/campaigns"} {
				token := w.platform.Token
				if path == "/v1/campaigns" {
					token = w.creator.token
				}
				w.do(t, call{method: http.MethodPost, path: path, token: token, body: big, chunked: chunked,
					header: map[string]string{"Idempotency-Key": "big"}}).wantError(t, http.StatusRequestEntityTooLarge, "too_large")
			}
		})
	}
	// Just under the limit is read (and refused for its content, not its size).
	under := `{"campaign_id":"` + w.campaign.ID + `","account":"` + account(1).Hex() + `","amount":"1","reason":"` +
		strings.Repeat("x", testMaxBody-200) + `"}`
	w.do(t, call{method: http.MethodPost, path: "/v1/awards", token: w.platform.Token, body: under, chunked: true}).
		wantError(t, http.StatusBadRequest, "invalid_event")
	w.unchanged(t, before, w.campaign.ID, w.platform.Token, account(1))
}

func TestRateLimit(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil, withRateLimit(2))
	var limited *result
	for i := 0; i < 20 && limited == nil; i++ {
		r := w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(1), "1", "spam"))
		switch r.Status {
		case http.StatusCreated:
			if r.Header.Get("X-RateLimit-Remaining") == "" {
				t.Fatal("no X-RateLimit-Remaining")
			}
		case http.StatusTooManyRequests:
			limited = r
		default:
			t.Fatalf("status %d: %s", r.Status, r.Body)
		}
	}
	if limited == nil {
		t.Fatal("20 requests at a limit of 2 per second were never limited")
	}
	limited.wantError(t, http.StatusTooManyRequests, "rate_limited")
	ra, err := strconv.Atoi(limited.Header.Get("Retry-After"))
	if err != nil || ra < 1 {
		t.Fatalf("Retry-After %q", limited.Header.Get("Retry-After"))
	}
	var e errorBody
	limited.decode(t, &e)
	if e.Error.RetryAfter != ra {
		t.Fatalf("retry_after %d, Retry-After %d", e.Error.RetryAfter, ra)
	}
	// Another platform has its own allowance; wallets' reads are not limited.
	other := w.testAPI.platform(t, nil, nil)
	w.post(t, "/v1/awards", other.Token, award(w.campaign.ID, account(2), "1", "other")).want(t, http.StatusCreated)
}
