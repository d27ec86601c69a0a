package ledger

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestReferralKeyLayout guards the keys of referral codes and signals: changing them orphans every code
// handed out and every fingerprint seen.
func TestReferralKeyLayout(t *testing.T) {
	t.Parallel()
	k := keys{p: "tribe"}
	tok := common.HexToAddress("0x00000000000000000000000000000000000000Ab")
	acct := common.HexToAddress("0x1111111111111111111111111111111111111111")
	const tag = "tribe:{0x00000000000000000000000000000000000000ab}:"
	cases := map[string]string{
		k.referralCode("abc"):                   "tribe:refcode:abc",
		k.referralCodes(tok, "c:1"):             tag + "refcodes:c%3A1",
		k.velocity(tok, "c1", acct, "20260301"): tag + "vel:c1:0x1111111111111111111111111111111111111111:20260301",
		k.fingerprints(tok, "c1", acct):         tag + "fp:c1:0x1111111111111111111111111111111111111111",
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("key %q, want %q", got, want)
		}
	}
	// The stored form of a fingerprint: changing it forgets every fingerprint seen.
	if got, want := fingerprintHash("cmp_1", "device-1"), "e4a53b88e5ef449195e80fde6b0ff566"; got != want {
		t.Fatalf("fingerprintHash = %q, want %q (sha256(\"tribe fingerprint\\x00cmp_1\\x00device-1\")[:16])", got, want)
	}
	if fingerprintHash("cmp_1", "device-1") == fingerprintHash("cmp_2", "device-1") {
		t.Fatal("the same fingerprint hashes the same in two campaigns")
	}
}
