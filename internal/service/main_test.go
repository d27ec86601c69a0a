package service_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/config"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/service"
)

// envChild, when set, makes the test binary run tribed with the JSON array of flags it holds instead of the
// tests, until it is killed: the crash tests SIGKILL it.
const envChild = "TRIBE_TEST_TRIBED_ARGS"

func TestMain(m *testing.M) {
	if args := os.Getenv(envChild); args != "" {
		os.Exit(runChild(args))
	}
	ledgertest.Main(m)
}

// runChild starts tribed with the flags in args (and the secrets in the environment), prints its API URL
// on stdout and serves until the process is killed.
func runChild(args string) int {
	var flags []string
	if err := json.Unmarshal([]byte(args), &flags); err != nil {
		fmt.Fprintln(os.Stderr, "child: args:", err)
		return 2
	}
	cfg, err := config.Load(flags, os.Getenv)
	if err == nil {
		err = cfg.Check()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "child: config:", err)
		return 2
	}
	svc := service.New(cfg, slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := svc.Start(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "child: start:", err)
		return 1
	}
	fmt.Println(svc.APIURL())
	select {}
}
