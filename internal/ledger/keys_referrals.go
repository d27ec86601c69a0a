package ledger

// Keys of referral codes and referral fraud signals (see keys.go for the conventions; ids are escaped).
//
// Global, so that a code resolves without knowing its campaign:
//
//	<p>:refcode:<code>                                 string  JSON {campaign_id, referrer}
//
// In the campaign's slot ({<source>}, as the campaign's referrals):
//
//	<p>:{<source>}:refcodes:<campaign>                 hash    referrer -> code
//	<p>:{<source>}:vel:<campaign>:<referrer>:<yyyymmdd>  string  referrals recorded by the referrer that UTC day, TTL 48 h
//	<p>:{<source>}:fp:<campaign>:<account>             zset    fingerprint hash -> last seen (unix ms), newest MaxFingerprints kept

import "github.com/ethereum/go-ethereum/common"

func (k keys) referralCode(code string) string { return k.p + ":refcode:" + esc(code) }

func (k keys) referralCodes(token common.Address, campaign string) string {
	return k.tokenKey(token) + "refcodes:" + esc(campaign)
}

func (k keys) velocity(token common.Address, campaign string, referrer common.Address, day string) string {
	return k.tokenKey(token) + "vel:" + esc(campaign) + ":" + hexAddr(referrer) + ":" + day
}

func (k keys) fingerprints(token common.Address, campaign string, account common.Address) string {
	return k.tokenKey(token) + "fp:" + esc(campaign) + ":" + hexAddr(account)
}
