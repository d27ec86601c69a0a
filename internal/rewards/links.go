package rewards

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
)

// Referral links and fraud signals: the campaign's landing page, the referral velocity bound and the
// platforms' fingerprints.

// ErrFingerprint is returned for a fingerprint that is not 1 to MaxFingerprintLen printable ASCII characters.
var ErrFingerprint = errors.New("fingerprint must be 1 to 128 printable ASCII characters")

const (
	// MaxLandingURLLen bounds a campaign's landing_url, in bytes.
	MaxLandingURLLen = 2048
	// MaxReferralsPerDay is the largest referral.max_per_day.
	MaxReferralsPerDay = 1_000_000
	// MaxFingerprintLen bounds a fingerprint, in bytes.
	MaxFingerprintLen = 128
)

// CheckLandingURL checks a campaign's landing_url: empty (none), or an absolute https URL with a host and
// no user info, at most MaxLandingURLLen bytes; http is allowed only for localhost and loopback addresses
// (development).
func CheckLandingURL(s string) error {
	if s == "" {
		return nil
	}
	if len(s) > MaxLandingURLLen {
		return fmt.Errorf("landing_url must be at most %d bytes", MaxLandingURLLen)
	}
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() || u.Opaque != "" || u.Host == "" || u.Hostname() == "" {
		return errors.New("landing_url must be an absolute https URL")
	}
	if u.User != nil {
		return errors.New("landing_url must not hold a user name or password")
	}
	if strings.ContainsAny(s, " \t\r\n\\") {
		return errors.New("landing_url must not contain spaces or backslashes")
	}
	switch u.Scheme {
	case "https":
	case "http":
		if !isLocalHost(u.Hostname()) {
			return errors.New("landing_url must be https (http only for localhost)")
		}
	default:
		return errors.New("landing_url must be an absolute https URL")
	}
	return nil
}

func isLocalHost(h string) bool {
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// CheckFingerprint checks an optional fingerprint: empty (none), or 1 to MaxFingerprintLen printable ASCII
// characters (0x21 to 0x7e: no spaces, no control characters). It is opaque: a platform's device or household
// hash, never an IP address in the clear; the ledger stores only a hash of it.
func CheckFingerprint(s string) error {
	if len(s) > MaxFingerprintLen {
		return ErrFingerprint
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return ErrFingerprint
		}
	}
	return nil
}
