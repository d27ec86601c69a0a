package api

import (
	_ "embed"
	"net/http"

	"github.com/gin-gonic/gin"
)

//go:embed openapi.yaml
var openapiYAML []byte

// OpenAPI is the API's OpenAPI 3 document.
func OpenAPI() []byte { return openapiYAML }

type infoResponse struct {
	ChainID   string            `json:"chain_id"`
	Contracts map[string]string `json:"contracts"`
	Signers   []string          `json:"signers"`
	RPCURL    string            `json:"rpc_url,omitempty"`
	// DeploymentBlock is where the contracts' logs start (PoolCreated, TokenCreated, Claimed).
	DeploymentBlock uint64 `json:"deployment_block"`
	Version         string `json:"version"`
}

func (a *API) info(c *gin.Context) {
	out := infoResponse{
		ChainID:         a.Info.ChainID.String(),
		Contracts:       map[string]string{"factory": a.Info.Factory.Hex(), "distributor": a.Info.Distributor.Hex()},
		Signers:         make([]string, len(a.Info.Signers)),
		RPCURL:          a.Info.RPCURL,
		DeploymentBlock: a.Info.DeploymentBlock,
		Version:         Version,
	}
	for i, s := range a.Info.Signers {
		out.Signers[i] = s.Hex()
	}
	c.JSON(http.StatusOK, out)
}

func (a *API) healthz(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) }

// readyz is 200 only while the API is ready and Redis answers.
func (a *API) readyz(c *gin.Context) {
	if !a.ready.Load() {
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "not ready"})
		return
	}
	if err := a.Ledger.Ping(c); err != nil {
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "redis unavailable"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready"})
}

func (a *API) openapi(c *gin.Context) { c.Data(http.StatusOK, "application/yaml", openapiYAML) }
