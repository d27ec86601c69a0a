package service_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/config"
	"github.com/tribe-rewards/tribe/internal/service"
)

// TestWithdrawalNoticeTooShort: tribed in production refuses a distributor whose withdrawal notice is shorter
// than its dispute window plus --epoch-interval (a sponsor could withdraw what the last awards owe before a root
// commits them), and starts once the admin raised it to that sum.
func TestWithdrawalNoticeTooShort(t *testing.T) {
	e := newProdEnv(t, 2*time.Second) // dispute window 1s: the notice must be at least 3s
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dist := bindings.NewRewardsDistributor()
	sendFrom(t, ctx, e.eth, e.key, e.d.Distributor, dist.PackSetWithdrawalNotice(2))

	cfg, err := config.Load(e.args, func(k string) string { return e.env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
	svc := service.New(cfg, slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})))
	err = svc.Start(ctx)
	if err == nil {
		e.stop(svc)
		t.Fatal("tribed started with a withdrawal notice of 2s, dispute window 1s and epoch interval 2s")
	}
	if !strings.Contains(err.Error(), "withdrawal notice 2s is shorter than its dispute window 1s plus --epoch-interval 2s") {
		t.Fatalf("start: %v", err)
	}

	sendFrom(t, ctx, e.eth, e.key, e.d.Distributor, dist.PackSetWithdrawalNotice(3))
	e.start()
}
