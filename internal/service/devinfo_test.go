package service_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/config"
	"github.com/tribe-rewards/tribe/internal/service"
)

// TestDevInfoAndShutdown: --dev-info writes the banner's data as JSON (the admin token in it works), and
// Stop turns readiness off and stops serving.
func TestDevInfoAndShutdown(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dev.json")
	cfg, err := config.Load([]string{"--dev", "--listen", "127.0.0.1:0", "--dev-rpc", "127.0.0.1:0", "--dev-info", path},
		func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	svc := service.New(cfg, slog.New(slog.DiscardHandler))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var info struct {
		APIURL     string            `json:"api_url"`
		RPCURL     string            `json:"rpc_url"`
		ChainID    uint64            `json:"chain_id"`
		Contracts  map[string]string `json:"contracts"`
		AdminToken string            `json:"admin_token"`
		Accounts   []struct {
			Address    string `json:"address"`
			PrivateKey string `json:"private_key"`
		} `json:"accounts"`
	}
	if err := json.Unmarshal(raw, &info); err != nil {
		t.Fatal(err)
	}
	if info.APIURL != svc.APIURL() || info.ChainID != 1337 || info.RPCURL == "" || info.Contracts["factory"] == "" ||
		info.Contracts["distributor"] == "" || len(info.Accounts) != 10 || info.Accounts[0].Address != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
		t.Fatalf("dev info %s", raw)
	}
	req, _ := http.NewRequest(http.MethodPost, info.APIURL+"/v1/platforms", stringsReader(`{"name":"x"}`))
	req.Header.Set("Authorization", "Bearer "+info.AdminToken)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("admin token from dev info: %v %v", resp, err)
	}
	if resp, err := http.Get(info.APIURL + "/readyz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("readyz before stop: %v %v", resp, err)
	}
	if err := svc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := http.Get(info.APIURL + "/healthz"); err == nil {
		t.Fatal("still serving after Stop")
	}
}
