package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/uuid"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/client"
	"github.com/tribe-rewards/tribe/internal/config"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/service"
)

// TestDeployAndProductionMode deploys with `tribectl deploy` over JSON-RPC from an encrypted keystore, then
// runs tribed in production mode against that chain, a real Redis and the deployment file.
func TestDeployAndProductionMode(t *testing.T) {
	net, err := chain.StartDevNet(chain.DevNetConfig{RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()

	dir := t.TempDir()
	key := chain.DevKeys()[7]
	blob, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		"correct horse", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks, pw, out := filepath.Join(dir, "key.json"), filepath.Join(dir, "password"), filepath.Join(dir, "deployment.json")
	must(t, os.WriteFile(ks, blob, 0o600))
	must(t, os.WriteFile(pw, []byte("correct horse\n"), 0o600))

	if err := run([]string{"deploy", "--rpc-url", net.RPCURL(), "--keystore", ks, "--keystore-password-file", filepath.Join(dir, "nope")}, &bytes.Buffer{}); err == nil {
		t.Fatal("deploy with a missing password file succeeded")
	}
	t.Setenv("TRIBE_KEYSTORE_PASSWORD", "wrong")
	if err := run([]string{"deploy", "--rpc-url", net.RPCURL(), "--keystore", ks}, &bytes.Buffer{}); err == nil {
		t.Fatal("deploy with a wrong password succeeded")
	}
	if err := run([]string{"deploy", "--rpc-url", net.RPCURL(), "--keystore", ks, "--keystore-password-file", pw, "--out", out}, &bytes.Buffer{}); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	var d chain.Deployment
	raw, err := os.ReadFile(out)
	must(t, err)
	must(t, json.Unmarshal(raw, &d))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	eth, err := ethclient.DialContext(ctx, net.RPCURL())
	must(t, err)
	defer eth.Close()
	for _, a := range []common.Address{d.Factory, d.Distributor, d.TokenImplementation} {
		if code, err := eth.CodeAt(ctx, a, nil); err != nil || len(code) == 0 {
			t.Fatalf("no contract at %s (%v)", a, err)
		}
	}

	// tribed in production mode: RPC, Redis, keystore, deployment; every setting from TRIBE_* variables.
	env := map[string]string{
		"TRIBE_RPC_URL": net.RPCURL(), "TRIBE_REDIS_URL": redisURL(t), "TRIBE_KEYSTORE": ks,
		"TRIBE_KEYSTORE_PASSWORD_FILE": pw, "TRIBE_DEPLOYMENT": out, "TRIBE_LISTEN": "127.0.0.1:0",
		"TRIBE_JWT_SECRET": "0123456789abcdef0123456789abcdef-test", "TRIBE_CONFIRMATIONS": "0",
	}
	cfg, err := config.Load(nil, func(k string) string { return env[k] })
	must(t, err)
	must(t, cfg.Check())
	svc := service.New(cfg, slog.New(slog.DiscardHandler))
	must(t, svc.Start(ctx))
	defer svc.Stop(context.Background())
	info, err := client.New(svc.APIURL(), "").Info(ctx)
	if err != nil || info.Contracts["distributor"] != d.Distributor.Hex() || info.ChainID != "1337" {
		t.Fatalf("info %+v, %v; deployment %+v", info, err, d)
	}
	if info.Signers[0] != crypto.PubkeyToAddress(key.PublicKey).Hex() {
		t.Fatalf("signer %v, want the keystore's address", info.Signers)
	}
	// An operator issues an admin token with the service's secret and registers a platform with it.
	t.Setenv("TRIBE_JWT_SECRET", env["TRIBE_JWT_SECRET"])
	var tok bytes.Buffer
	must(t, run([]string{"admin-token"}, &tok))
	t.Setenv("TRIBE_TOKEN", strings.TrimSpace(tok.String()))
	must(t, run([]string{"--api", svc.APIURL(), "platform", "create", "--name", "prod"}, &bytes.Buffer{}))
	t.Setenv("TRIBE_JWT_SECRET", "another secret of at least 32 bytes!!")
	tok.Reset()
	must(t, run([]string{"admin-token"}, &tok))
	t.Setenv("TRIBE_TOKEN", strings.TrimSpace(tok.String()))
	if err := run([]string{"--api", svc.APIURL(), "platform", "create", "--name", "forged"}, &bytes.Buffer{}); err == nil {
		t.Fatal("an admin token signed with another secret was accepted")
	}
}

func redisURL(t *testing.T) string {
	t.Helper()
	c, ok := ledgertest.Redis(t).(*redis.Client)
	if !ok {
		t.Fatal("this test needs a single Redis, not a cluster")
	}
	return "redis://" + c.Options().Addr
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
