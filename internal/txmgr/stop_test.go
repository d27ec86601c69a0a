package txmgr

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
)

// TestStopEndsSends: Stop ends the wait of a transaction in flight (its caller gets the cancellation; the
// transaction is not mined here, nothing mines) and returns only once that goroutine is gone; later sends are
// refused with ErrStopped.
func TestStopEndsSends(t *testing.T) {
	h := chaintest.New(t)
	m := newSimManager(t, h, h.Client, nil)
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	_, done, err := m.SendAsync(context.Background(), to, nil) // no deadline: only Stop ends its wait
	if err != nil {
		t.Fatal(err)
	}
	stopped := make(chan struct{})
	go func() { m.Stop(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(10 * time.Second):
		t.Fatal("Stop did not return")
	}
	select {
	case res := <-done:
		if !errors.Is(res.Err, context.Canceled) {
			t.Fatalf("result after Stop: %v", res.Err)
		}
	default:
		t.Fatal("Stop returned before the send's goroutine delivered its result")
	}
	if _, _, err := m.SendAsync(context.Background(), to, nil); !errors.Is(err, ErrStopped) {
		t.Fatalf("send after Stop: %v, want ErrStopped", err)
	}
	m.Stop() // again: nothing
}
