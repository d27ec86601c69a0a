package service

import (
	"slices"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"
)

// TestRedisClient: --redis-url names one Redis, or a Redis Cluster by several addr parameters or cluster=true;
// a bad cluster URL is refused with an error that does not echo the password.
func TestRedisClient(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		url     string
		cluster bool
		addrs   []string
		wantErr string
	}{
		{name: "single", url: "redis://:pw@127.0.0.1:6379/2", addrs: []string{"127.0.0.1:6379"}},
		{name: "single cluster=false", url: "redis://127.0.0.1:6379?cluster=false", addrs: []string{"127.0.0.1:6379"}},
		{name: "unix socket", url: "unix:///run/redis.sock", addrs: []string{"/run/redis.sock"}},
		{name: "cluster by addr params", url: "redis://:pw@10.0.0.1:7001?addr=10.0.0.2:7002&addr=10.0.0.3:7003",
			cluster: true, addrs: []string{"10.0.0.1:7001", "10.0.0.2:7002", "10.0.0.3:7003"}},
		{name: "cluster by flag, one seed", url: "rediss://redis.internal:6380?cluster=true", cluster: true,
			addrs: []string{"redis.internal:6380"}},
		{name: "cluster with db 0", url: "redis://h1:7001/0?addr=h2:7002", cluster: true, addrs: []string{"h1:7001", "h2:7002"}},
		{name: "cluster with cluster options", url: "redis://h1:7001?addr=h2:7002&pool_size=20&read_timeout=2s",
			cluster: true, addrs: []string{"h1:7001", "h2:7002"}},
		{name: "cluster not a bool", url: "redis://:pw@h1:7001?cluster=yesplease", wantErr: "cluster="},
		{name: "cluster with another db", url: "redis://:pw@h1:7001/3?addr=h2:7002", wantErr: "only database 0"},
		{name: "cluster addr without port", url: "redis://:pw@h1:7001?addr=h2", wantErr: "addr"},
		{name: "cluster unknown option", url: "redis://:pw@h1:7001?addr=h2:7002&bogus=1", wantErr: "bogus"},
		{name: "cluster over unix", url: "unix:///run/redis.sock?cluster=true", wantErr: "scheme"},
		{name: "single unknown option", url: "redis://:pw@h1:7001?bogus=1", wantErr: "bogus"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			rdb, addrs, err := redisClient(tc.url)
			if tc.wantErr != "" {
				if err == nil {
					rdb.Close()
					t.Fatalf("redisClient(%q) succeeded, want an error containing %q", tc.url, tc.wantErr)
				}
				if !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("error %q does not mention %q", err, tc.wantErr)
				}
				if strings.Contains(err.Error(), "pw") {
					t.Errorf("error %q echoes the password", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("redisClient(%q): %v", tc.url, err)
			}
			defer rdb.Close()
			if !slices.Equal(addrs, tc.addrs) {
				t.Errorf("addrs %v, want %v", addrs, tc.addrs)
			}
			if got := isCluster(rdb); got != tc.cluster {
				t.Errorf("cluster client %v, want %v", got, tc.cluster)
			}
			if c, ok := rdb.(*redis.ClusterClient); ok && !slices.Equal(c.Options().Addrs, tc.addrs) {
				t.Errorf("cluster seeds %v, want %v", c.Options().Addrs, tc.addrs)
			}
			if c, ok := rdb.(*redis.Client); ok && c.Options().Addr != tc.addrs[0] {
				t.Errorf("client addr %q, want %q", c.Options().Addr, tc.addrs[0])
			}
		})
	}
}
