package chain

import (
	"github.com/ethereum/go-ethereum/params"
)

// DevChainConfig is the protocol of the embedded development chain and of contract tests: every fork up to
// and including Osaka (mainnet's rules), chain id 1337. go-ethereum's AllDevChainProtocolChanges also turns
// on forks not yet scheduled on mainnet, whose gas schedule (state-creation pricing) would make every gas
// figure here meaningless for real chains.
func DevChainConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.BogotaTime = nil
	c.UBTTime = nil
	return &c
}
