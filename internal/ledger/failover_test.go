package ledger_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
)

// failoverMinReplicas is the ledger's MinReplicas in TestFailover. The suite runs it with 1 and asserts that
// no acknowledged award is lost; scripts/reliability/failover.sh also runs it with 0 to report what is.
var failoverMinReplicas = flag.Int("failover.min-replicas", 1, "TestFailover: the ledger's MinReplicas (0: only report losses)")

// TestFailover: a Redis Cluster of three masters with one replica each; awards stream into one campaign
// from 16 clients; the master of the campaign's slot is killed with SIGKILL mid-stream, its replica is
// promoted, and the killed node is restarted (it rejoins as the new master's replica, as a supervisor would
// restart it). Then every award that was acknowledged is looked up by replaying its idempotency key: with
// MinReplicas 1 none may be missing.
func TestFailover(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a six-node Redis Cluster")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	redis.SetLogger(quietRedis{}) // the cluster client logs every refused dial while the master is down
	cl := startCluster(t, ctx)
	min := *failoverMinReplicas
	s := ledger.New(cl.client, ledger.Options{Prefix: "fo", MinReplicas: min, ReplicaTimeout: 500 * time.Millisecond})
	c := newCampaign(t, s, "c", tokenA, "1000000000000", "")

	victim, err := cl.client.MasterForKey(ctx, "fo:{"+strings.ToLower(tokenA.Common().Hex())+"}:cum")
	if err != nil {
		t.Fatal(err)
	}
	victimAddr := victim.Options().Addr

	const clients = 16
	var (
		mu       sync.Mutex
		acked    []string
		failures atomic.Int64
		stop     atomic.Bool
		wg       sync.WaitGroup
	)
	send := func(key string) error {
		_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: key, RequestHash: hash(key),
			Entries: []ledger.Entry{award(t, c, addr(5, len(key)%7), "1")}})
		return err
	}
	start := time.Now()
	for g := range clients {
		wg.Go(func() {
			for i := 0; !stop.Load(); i++ {
				key := fmt.Sprintf("g%d-%d", g, i)
				for !stop.Load() { // retry the same key until it is acknowledged
					if err := send(key); err == nil {
						mu.Lock()
						acked = append(acked, key)
						mu.Unlock()
						break
					}
					failures.Add(1)
					time.Sleep(20 * time.Millisecond)
				}
			}
		})
	}
	time.Sleep(2 * time.Second)
	mu.Lock()
	before := len(acked)
	mu.Unlock()
	// The replica falls behind, as one does across a slow link: it stops reading for 3 s (its socket buffers
	// fill, then the master's output buffer does), and the master is killed 2.5 s into that, with what it wrote
	// since unreplicated. Without MinReplicas those writes were
	// acknowledged; with it, WAIT did not see them replicated and they were not.
	replica := cl.replicaOf(t, ctx, victim)
	lagging := make(chan error, 1)
	go func() {
		c := redis.NewClient(&redis.Options{Addr: replica, ReadTimeout: 10 * time.Second})
		defer c.Close()
		lagging <- c.Do(ctx, "DEBUG", "SLEEP", "3").Err()
	}()
	time.Sleep(2500 * time.Millisecond)
	killedAt := time.Now()
	cl.kill(t, victimAddr)
	if err := <-lagging; err != nil {
		t.Fatalf("DEBUG SLEEP on the replica %s: %v", replica, err)
	}
	cl.waitPromoted(t, ctx, victimAddr)
	promoted := time.Since(killedAt)
	cl.restart(t, victimAddr)
	cl.waitReplicas(t, ctx)
	time.Sleep(2 * time.Second) // awards flow again, acknowledged through the new master and its replica
	stop.Store(true)
	wg.Wait()
	elapsed := time.Since(start)

	cl.client.ReloadState(ctx)
	lost := 0
	for _, key := range acked {
		for attempt := 0; ; attempt++ {
			res, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: key, RequestHash: hash(key),
				Entries: []ledger.Entry{award(t, c, addr(5, len(key)%7), "1")}})
			if err != nil {
				if attempt < 50 {
					time.Sleep(100 * time.Millisecond)
					continue
				}
				t.Fatalf("replaying %s: %v", key, err)
			}
			if !res.Replayed {
				lost++
			}
			break
		}
	}
	t.Logf("MinReplicas %d: %d awards acknowledged in %s (%d before the kill), %d failed attempts retried; "+
		"replica promoted %s after the kill; %d acknowledged awards lost", min, len(acked), elapsed.Round(time.Millisecond),
		before, failures.Load(), promoted.Round(time.Millisecond), lost)
	if len(acked) <= before {
		t.Errorf("no award was acknowledged after the failover (%d before, %d in all)", before, len(acked))
	}
	if min > 0 && lost > 0 {
		t.Errorf("%d of %d acknowledged awards lost in the failover with MinReplicas %d", lost, len(acked), min)
	}
}

type quietRedis struct{}

func (quietRedis) Printf(context.Context, string, ...any) {}

// cluster is a local Redis Cluster: three masters, a replica each.
type cluster struct {
	path   string
	dir    string
	ports  []int
	bus    map[string]int       // each node's cluster bus port, by address
	procs  map[string]*exec.Cmd // by address
	client *redis.ClusterClient
}

func startCluster(t *testing.T, ctx context.Context) *cluster {
	t.Helper()
	path, err := exec.LookPath("redis-server")
	if err != nil {
		t.Fatal("redis-server not found: install it (apt-get install redis-server) — TestFailover starts a cluster")
	}
	cli, err := exec.LookPath("redis-cli")
	if err != nil {
		t.Fatal("redis-cli not found: install it (apt-get install redis-tools)")
	}
	cl := &cluster{path: path, dir: t.TempDir(), bus: map[string]int{}, procs: map[string]*exec.Cmd{}}
	// Twelve distinct free ports, a client port and a bus port per node (the bus port is given explicitly:
	// Redis's default, port + 10000, may be taken by anything).
	var held []net.Listener
	for range 12 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, l)
	}
	for i, l := range held {
		port := l.Addr().(*net.TCPAddr).Port
		if i < 6 {
			cl.ports = append(cl.ports, port)
		} else {
			cl.bus["127.0.0.1:"+strconv.Itoa(cl.ports[i-6])] = port
		}
		_ = l.Close()
	}
	t.Cleanup(func() {
		for _, p := range cl.procs {
			_ = p.Process.Kill()
			_ = p.Wait()
		}
	})
	var addrs []string
	for _, port := range cl.ports {
		a := "127.0.0.1:" + strconv.Itoa(port)
		addrs = append(addrs, a)
		cl.start(t, a)
	}
	for _, a := range addrs {
		c := redis.NewClient(&redis.Options{Addr: a})
		for i := 0; c.Ping(ctx).Err() != nil; i++ {
			if i > 100 {
				t.Fatalf("redis-server %s does not answer", a)
			}
			time.Sleep(50 * time.Millisecond)
		}
		_ = c.Close()
	}
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", "1", "--cluster-yes")
	if out, err := exec.CommandContext(ctx, cli, args...).CombinedOutput(); err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	cl.client = redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs, PoolSize: 32, MaxRedirects: 8,
		DialTimeout: 300 * time.Millisecond, ReadTimeout: time.Second, WriteTimeout: time.Second})
	t.Cleanup(func() { _ = cl.client.Close() })
	cl.waitReplicas(t, ctx)
	return cl
}

// start runs the node at addr (again, after a kill: it keeps its nodes.conf and rejoins).
func (cl *cluster) start(t *testing.T, addr string) {
	t.Helper()
	_, port, _ := net.SplitHostPort(addr)
	d := filepath.Join(cl.dir, port)
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	cmd := exec.Command(cl.path, "--port", port, "--cluster-port", strconv.Itoa(cl.bus[addr]), "--bind", "127.0.0.1", "--cluster-enabled", "yes",
		"--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "1000", "--save", "", "--appendonly", "no",
		"--enable-debug-command", "local", "--dir", d, "--logfile", filepath.Join(d, "redis.log"))
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	cl.procs[addr] = cmd
}

func (cl *cluster) kill(t *testing.T, addr string) {
	t.Helper()
	p := cl.procs[addr]
	if err := p.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	_ = p.Wait()
}

func (cl *cluster) restart(t *testing.T, addr string) { cl.start(t, addr) }

// replicaOf is the address of master's replica.
func (cl *cluster) replicaOf(t *testing.T, ctx context.Context, master *redis.Client) string {
	t.Helper()
	id, err := master.Do(ctx, "CLUSTER", "MYID").Text()
	if err != nil {
		t.Fatal(err)
	}
	out, err := master.ClusterNodes(ctx).Result()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if f := strings.Fields(line); len(f) > 3 && strings.Contains(f[2], "slave") && f[3] == id {
			a, _, _ := strings.Cut(f[1], "@")
			return a
		}
	}
	t.Fatalf("no replica of %s in\n%s", id, out)
	return ""
}

// nodes is CLUSTER NODES as one of the live nodes sees it.
func (cl *cluster) nodes(ctx context.Context, skip string) (string, error) {
	var errs []error
	for a := range cl.procs {
		if a == skip {
			continue
		}
		c := redis.NewClient(&redis.Options{Addr: a, DialTimeout: 300 * time.Millisecond})
		out, err := c.ClusterNodes(ctx).Result()
		_ = c.Close()
		if err == nil {
			return out, nil
		}
		errs = append(errs, err)
	}
	return "", errors.Join(errs...)
}

// waitPromoted waits until the killed master's replica is a master.
func (cl *cluster) waitPromoted(t *testing.T, ctx context.Context, dead string) {
	t.Helper()
	for {
		out, err := cl.nodes(ctx, dead)
		if err == nil {
			masters := 0
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				f := strings.Fields(line)
				if len(f) > 2 && strings.Contains(f[2], "master") && !strings.Contains(f[2], "fail") && !strings.HasPrefix(f[1], dead) {
					masters++
				}
			}
			if masters == 3 {
				return
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no replica was promoted: %v\n%s", ctx.Err(), out)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitReplicas waits until the cluster is ok and every master has a connected replica.
func (cl *cluster) waitReplicas(t *testing.T, ctx context.Context) {
	t.Helper()
	for {
		var lagging atomic.Bool // ForEachMaster calls fn concurrently
		err := cl.client.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
			info, err := m.Info(ctx, "replication").Result()
			if err != nil {
				return err
			}
			if !strings.Contains(info, "connected_slaves:1") || !strings.Contains(info, "state=online") {
				lagging.Store(true)
			}
			return nil
		})
		if err == nil && !lagging.Load() {
			if st, err := cl.client.ClusterInfo(ctx).Result(); err == nil && strings.Contains(st, "cluster_state:ok") {
				return
			}
		}
		cl.client.ReloadState(ctx)
		select {
		case <-ctx.Done():
			t.Fatalf("the cluster did not reach three masters with a replica each: %v", ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// BenchmarkApplyReplicated is the cost of --redis-min-replicas: single awards into one campaign on a master
// with one replica, acknowledged as soon as the master has them (min=0) or once the replica has (min=1).
//
//	go test -run '^$' -bench ApplyReplicated -benchtime 5s ./internal/ledger/
func BenchmarkApplyReplicated(b *testing.B) {
	ctx := context.Background()
	path, err := exec.LookPath("redis-server")
	if err != nil {
		b.Fatal("redis-server not found: install it (apt-get install redis-server)")
	}
	var addrs []string
	for range 2 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		addrs = append(addrs, l.Addr().String())
		_ = l.Close()
	}
	for i, a := range addrs {
		_, port, _ := net.SplitHostPort(a)
		args := []string{"--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", b.TempDir()}
		if i == 1 {
			host, mport, _ := net.SplitHostPort(addrs[0])
			args = append(args, "--replicaof", host, mport)
		}
		cmd := exec.Command(path, args...)
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	}
	rdb := redis.NewClient(&redis.Options{Addr: addrs[0], PoolSize: 64})
	b.Cleanup(func() { _ = rdb.Close() })
	for i := 0; ; i++ {
		info, err := rdb.Info(ctx, "replication").Result()
		if err == nil && strings.Contains(info, "connected_slaves:1") && strings.Contains(info, "state=online") {
			break
		}
		if i > 200 {
			b.Fatalf("the replica did not come online: %v %s", err, info)
		}
		time.Sleep(50 * time.Millisecond)
	}
	var n atomic.Int64 // keys stay unique across the runs b.Run makes
	for _, min := range []int{0, 1} {
		s := ledger.New(rdb, ledger.Options{Prefix: "bench" + strconv.Itoa(min), MinReplicas: min})
		c := newCampaign(b, s, "c", tokenA, "1000000000000000", "")
		b.Run("min="+strconv.Itoa(min), func(b *testing.B) {
			b.SetParallelism(16) // 16 × GOMAXPROCS clients
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					key := "k" + strconv.FormatInt(n.Add(1), 10)
					if _, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: key, RequestHash: hash(key),
						Entries: []ledger.Entry{award(b, c, addr(6, int(n.Load()%64)), "1")}}); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// TestMinReplicasWithoutReplica: with MinReplicas set and no replica to confirm, an award is not acknowledged
// (ErrNotReplicated), nor is its retry; the master has it all the same, so once acknowledgement no longer
// waits for a replica the retry replays it rather than awarding twice.
func TestMinReplicasWithoutReplica(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	if info := ledgertest.Redis(t).Info(ctx, "replication").Val(); !strings.Contains(info, "connected_slaves:0") {
		t.Fatalf("this test needs a test Redis without replicas; INFO replication:\n%s", info)
	}
	waiting, clk, prefix := newStorePrefix(t, func(o *ledger.Options) { o.MinReplicas, o.ReplicaTimeout = 1, 50*time.Millisecond })
	c := newCampaign(t, waiting, "c", tokenA, "1000", "")
	req := ledger.ApplyRequest{Platform: "p", IdempotencyKey: "k", RequestHash: hash("k"),
		Entries: []ledger.Entry{award(t, c, addr(7, 1), "10")}}
	for range 2 {
		if _, err := waiting.Apply(ctx, req); !errors.Is(err, ledger.ErrNotReplicated) {
			t.Fatalf("Apply with no replica to confirm it = %v, want ErrNotReplicated", err)
		}
	}
	plain := ledger.New(ledgertest.Redis(t), ledger.Options{Prefix: prefix, Now: clk.Now})
	res, err := plain.Apply(ctx, req)
	if err != nil || !res.Replayed {
		t.Fatalf("the retry without MinReplicas = %+v %v, want a replay of the award the master kept", res, err)
	}
	if v := cumulative(t, plain, tokenA, addr(7, 1)); v != "10" {
		t.Errorf("cumulative %s, want 10 (awarded once)", v)
	}
}
