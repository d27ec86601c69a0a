// Package ledgertest gives tests a real Redis: the one TRIBE_TEST_REDIS_URL names, or else a throwaway
// redis-server (no persistence) started once per test binary. Tests share the server and keep apart by key
// prefix: each one takes a fresh Prefix, whose keys are deleted when it ends.
package ledgertest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// EnvURL names the environment variable with the URL of the Redis to test against (redis://host:port/db).
// With EnvCluster set to 1 it is a Redis Cluster URL instead: redis://host:port?addr=host2:port2&addr=...
const EnvURL = "TRIBE_TEST_REDIS_URL"

// EnvCluster names the environment variable that, set to 1, makes EnvURL a Redis Cluster URL.
const EnvCluster = "TRIBE_TEST_REDIS_CLUSTER"

const missing = "tests need Redis: set " + EnvURL + " or install redis-server (apt-get install redis-server)"

var (
	once     sync.Once
	client   redis.UniversalClient
	startErr error

	mu     sync.Mutex
	server *exec.Cmd
	dir    string
)

// Redis returns the test binary's Redis client, connecting or starting a server the first time. It fails t
// if there is no Redis to test against. Safe for concurrent use; the client must not be closed.
func Redis(t testing.TB) redis.UniversalClient {
	t.Helper()
	once.Do(func() { client, startErr = connect() })
	if startErr != nil {
		t.Fatalf("%s (%v)", missing, startErr)
	}
	return client
}

// Prefix returns a fresh key prefix for t and deletes every key under it when t ends.
func Prefix(t testing.TB) string {
	t.Helper()
	rdb := Redis(t)
	var b [8]byte
	_, _ = rand.Read(b[:])
	prefix := "test-" + hex.EncodeToString(b[:])
	t.Cleanup(func() {
		if err := deletePrefix(context.Background(), rdb, prefix); err != nil {
			t.Errorf("delete test keys %s:*: %v", prefix, err)
		}
	})
	return prefix
}

// Main runs the tests of a package and then stops the redis-server it started, if any. Call it from
// TestMain: func TestMain(m *testing.M) { ledgertest.Main(m) }. Without it the server is still killed when
// the test binary exits (on Linux).
func Main(m *testing.M) {
	code := m.Run()
	Stop()
	os.Exit(code)
}

// Stop stops the redis-server this package started, if any. Safe for concurrent use.
func Stop() {
	mu.Lock()
	defer mu.Unlock()
	if client != nil {
		_ = client.Close()
	}
	if server != nil {
		_ = server.Process.Kill()
		_ = server.Wait()
		server = nil
	}
	if dir != "" {
		_ = os.RemoveAll(dir)
		dir = ""
	}
}

func connect() (redis.UniversalClient, error) {
	if url := os.Getenv(EnvURL); url != "" && os.Getenv(EnvCluster) == "1" {
		opt, err := redis.ParseClusterURL(url)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", EnvURL, err)
		}
		opt.PoolSize = 64
		rdb := redis.NewClusterClient(opt)
		if err := ping(rdb, 5*time.Second); err != nil {
			_ = rdb.Close()
			return nil, fmt.Errorf("%s: %w", EnvURL, err)
		}
		return rdb, nil
	}
	if url := os.Getenv(EnvURL); url != "" {
		opt, err := redis.ParseURL(url)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", EnvURL, err)
		}
		opt.PoolSize = 64
		rdb := redis.NewClient(opt)
		if err := ping(rdb, 5*time.Second); err != nil {
			_ = rdb.Close()
			return nil, fmt.Errorf("%s: %w", EnvURL, err)
		}
		return rdb, nil
	}
	path, err := exec.LookPath("redis-server")
	if err != nil {
		return nil, err
	}
	var errs []error
	for range 3 { // a free port can be taken between choosing it and the server binding it
		rdb, err := startServer(path)
		if err == nil {
			return rdb, nil
		}
		errs = append(errs, err)
	}
	return nil, errors.Join(errs...)
}

func startServer(path string) (redis.UniversalClient, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	d, err := os.MkdirTemp("", "tribe-redis-")
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	cmd := exec.Command(path, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "",
		"--appendonly", "no", "--dir", d, "--logfile", filepath.Join(d, "redis.log"))
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		_ = os.RemoveAll(d)
		return nil, err
	}
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:" + strconv.Itoa(port), PoolSize: 64})
	if err := ping(rdb, 5*time.Second); err != nil {
		_ = rdb.Close()
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		log, _ := os.ReadFile(filepath.Join(d, "redis.log"))
		_ = os.RemoveAll(d)
		return nil, fmt.Errorf("redis-server on port %d: %w: %s%s", port, err, out.Bytes(), log)
	}
	mu.Lock()
	server, dir = cmd, d
	mu.Unlock()
	return rdb, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func ping(rdb redis.UniversalClient, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := rdb.Ping(ctx).Err()
		cancel()
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// deletePrefix deletes the keys under prefix, on every master of a cluster.
func deletePrefix(ctx context.Context, rdb redis.UniversalClient, prefix string) error {
	del := func(ctx context.Context, c *redis.Client) error {
		// One UNLINK per key: on a cluster node, the keys of one batch may be in different slots.
		unlink := func(batch []string) error {
			_, err := c.Pipelined(ctx, func(p redis.Pipeliner) error {
				for _, k := range batch {
					p.Unlink(ctx, k)
				}
				return nil
			})
			return err
		}
		iter := c.Scan(ctx, 0, prefix+":*", 1000).Iterator()
		var batch []string
		for iter.Next(ctx) {
			batch = append(batch, iter.Val())
			if len(batch) == 1000 {
				if err := unlink(batch); err != nil {
					return err
				}
				batch = batch[:0]
			}
		}
		if err := iter.Err(); err != nil {
			return err
		}
		if len(batch) > 0 {
			return unlink(batch)
		}
		return nil
	}
	switch c := rdb.(type) {
	case *redis.ClusterClient:
		return c.ForEachMaster(ctx, del)
	case *redis.Client:
		return del(ctx, c)
	default:
		return fmt.Errorf("unsupported client %T", rdb)
	}
}

// URL returns a redis:// URL of the test Redis (a single server), for code under test that connects itself.
func URL(t testing.TB) string {
	t.Helper()
	c, ok := Redis(t).(*redis.Client)
	if !ok {
		t.Fatal("ledgertest.URL: the test Redis is a cluster")
	}
	o := c.Options()
	return fmt.Sprintf("redis://%s/%d", o.Addr, o.DB)
}
