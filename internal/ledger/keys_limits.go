package ledger

import "github.com/ethereum/go-ethereum/common"

// Keys of rate limits and of the per-creator and per-token community indexes (see keys.go for the
// conventions; scopes and subjects are escaped):
//
//	<p>:rl:<scope>:<subject>           string  GCRA state of one rate limit (go-redis/redis_rate), with a TTL
//	<p>:{community}:creator:<account>  zset    ids of the communities whose record names account as creator
//	                                           (the creator who asked for it, or the token's owner since, see
//	                                           SetCommunityCreator), scored by creation time (unix ms); written
//	                                           with the record, in its slot
//	<p>:{community}:creatorindex       string  set once every community stored before the index existed is in it
//	<p>:{community}:token:<token>      set     ids of the communities whose TokenAddress is token; written with
//	                                           the record, in its slot
//	<p>:{community}:tokenindex         string  set once every community stored before that index existed is in it

func (k keys) rateLimit(scope, subject string) string {
	return k.p + ":rl:" + esc(scope) + ":" + esc(subject)
}

func (k keys) creatorCommunities(account common.Address) string {
	return k.p + ":{community}:creator:" + hexAddr(account)
}

func (k keys) creatorIndexDone() string { return k.p + ":{community}:creatorindex" }

func (k keys) tokenCommunities(token common.Address) string {
	return k.p + ":{community}:token:" + hexAddr(token)
}

func (k keys) tokenIndexDone() string { return k.p + ":{community}:tokenindex" }
