package webhooks

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// blocked are the address ranges webhooks are never sent to unless private targets are allowed: this
// network, private, shared (CGNAT), loopback, link-local, benchmarking, reserved, multicast and their IPv6
// counterparts (unique local, link-local, site-local, multicast, NAT64 and 6to4 forms of IPv4 addresses
// are checked through the addresses they embed).
var blocked = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
		"192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
		"203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
		"::/128", "::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8", "2001:db8::/32", "100::/64",
	} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

// PublicAddr reports whether ip is an address webhooks may be sent to in production.
func PublicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() {
		return false
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case netip.MustParsePrefix("64:ff9b::/96").Contains(ip): // NAT64: the IPv4 address it embeds
			return PublicAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case netip.MustParsePrefix("2002::/16").Contains(ip): // 6to4
			return PublicAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	for _, p := range blocked {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// CheckURL validates an endpoint URL: absolute http(s) with a host, no credentials, at most MaxURLLength;
// unless allowPrivate, https only and a host that is not an address (or "localhost") webhooks are refused
// for. Names are resolved only when sending (the dialer checks every address it connects to).
func CheckURL(raw string, allowPrivate bool) error {
	if len(raw) > MaxURLLength {
		return fmt.Errorf("%w: url longer than %d characters", ErrInvalid, MaxURLLength)
	}
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() || u.Host == "" || u.Hostname() == "" {
		return fmt.Errorf("%w: url must be an absolute http or https URL", ErrInvalid)
	}
	if u.User != nil {
		return fmt.Errorf("%w: url must not carry credentials", ErrInvalid)
	}
	if u.Fragment != "" {
		return fmt.Errorf("%w: url must not have a fragment", ErrInvalid)
	}
	switch u.Scheme {
	case "https":
	case "http":
		if !allowPrivate {
			return fmt.Errorf("%w: url must be https", ErrTargetRefused)
		}
	default:
		return fmt.Errorf("%w: url must be an absolute http or https URL", ErrInvalid)
	}
	if allowPrivate {
		return nil
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return fmt.Errorf("%w: %s is a loopback name", ErrTargetRefused, host)
	}
	if ip, err := netip.ParseAddr(host); err == nil && !PublicAddr(ip) {
		return fmt.Errorf("%w: %s is not a public address", ErrTargetRefused, ip)
	}
	return nil
}

// NewClient returns the HTTP client deliveries are sent with: each request bounded by timeout, no
// redirects followed (a 3xx is a failed delivery), no proxy from the environment, and, unless allowPrivate,
// a dialer that refuses every non-public address at connect time, after resolution — so neither a name that
// resolves to a private address nor DNS rebinding gets a request inside the network.
func NewClient(timeout time.Duration, allowPrivate bool) *http.Client {
	d := &net.Dialer{Timeout: timeout}
	if !allowPrivate {
		d.Control = func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("%w: %s", ErrTargetRefused, address)
			}
			if !PublicAddr(ap.Addr()) {
				return fmt.Errorf("%w: %s is not a public address", ErrTargetRefused, ap.Addr())
			}
			return nil
		}
	}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   timeout,
		ResponseHeaderTimeout: timeout,
	}
	return &http.Client{
		Transport:     tr,
		Timeout:       timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}
