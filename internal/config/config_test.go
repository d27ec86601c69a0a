package config

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const (
	testJWTSecret = "jwt-secret-0123456789abcdef0123456789abcdef" // 43 bytes
	testPassword  = "correct horse battery staple"
)

// env is a fake environment.
type env map[string]string

func (e env) get(k string) string { return e[k] }

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func mustLoad(t *testing.T, args []string, e env) *Config {
	t.Helper()
	c, err := Load(args, e.get)
	if err != nil {
		t.Fatalf("Load(%q): %v", args, err)
	}
	return c
}

func TestLoadDefaults(t *testing.T) {
	t.Parallel()
	c := mustLoad(t, nil, nil)
	want := Config{
		Listen: "127.0.0.1:8080", DevRPC: "127.0.0.1:8545", DevMaxLead: 3 * time.Second,
		JWTIssuer: "tribe", JWTAudience: "tribe-api",
		PublicURL: "http://127.0.0.1:8080", SIWEDomain: "127.0.0.1:8080", SIWEURI: "http://127.0.0.1:8080",
		EpochInterval: time.Hour, Confirmations: 2, DisputeWindow: 30 * time.Minute,
		RateLimit: 100, MaxBodyBytes: 1 << 20, LogLevel: "info", LogFormat: "text",
		RelayMaxGas: 150_000, RelayAccountGasPerHour: 1_000_000, RelayGlobalGasPerHour: 50_000_000,
		RelayMinAmount: "1", RelayPerMinute: 10,
		WebhooksTimeout: 10 * time.Second, WebhooksRetryFor: 72 * time.Hour, WebhooksDisableAfter: 120 * time.Hour,
		RedisPrefix: "tribe", RedisReplicaTimeout: time.Second, LimitCommunities: 5, LimitCampaigns: 20, LimitPlatforms: 20,
		CacheCampaigns: 10_000, CachePlatforms: 10_000,
	}
	if *c != want {
		t.Errorf("defaults:\n got %s\nwant %s", c, want)
	}
}

func TestLoadDev(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		args          []string
		env           env
		epoch, window time.Duration
		confirmations uint64
	}{
		{"dev defaults", []string{"--dev"}, nil, 10 * time.Second, 5 * time.Second, 0},
		{"dev from env", nil, env{"TRIBE_DEV": "true"}, 10 * time.Second, 5 * time.Second, 0},
		{"flag overrides dev default", []string{"--dev", "--epoch-interval=30s", "--confirmations=1"}, nil, 30 * time.Second, 5 * time.Second, 1},
		{"env overrides dev default", []string{"--dev"}, env{"TRIBE_DISPUTE_WINDOW": "2s"}, 10 * time.Second, 2 * time.Second, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := mustLoad(t, tc.args, tc.env)
			if !c.Dev || c.EpochInterval != tc.epoch || c.DisputeWindow != tc.window || c.Confirmations != tc.confirmations {
				t.Errorf("dev=%v epoch=%s window=%s confirmations=%d; want true %s %s %d",
					c.Dev, c.EpochInterval, c.DisputeWindow, c.Confirmations, tc.epoch, tc.window, tc.confirmations)
			}
			if len(c.JWTSecret) < MinJWTSecretBytes {
				t.Errorf("dev JWT secret %d bytes, want a random one of at least %d", len(c.JWTSecret), MinJWTSecretBytes)
			}
			if err := c.Check(); err != nil {
				t.Errorf("dev mode needs nothing else, but Check says: %v", err)
			}
		})
	}
	a, b := mustLoad(t, []string{"--dev"}, nil), mustLoad(t, []string{"--dev"}, nil)
	if a.JWTSecret == b.JWTSecret {
		t.Error("two dev starts got the same JWT secret: it must be random")
	}
	if c := mustLoad(t, []string{"--dev"}, env{EnvJWTSecret: testJWTSecret}); c.JWTSecret != testJWTSecret {
		t.Error("dev mode replaced the JWT secret it was given")
	}
}

func TestFlagEnvPrecedence(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		env  env
		get  func(*Config) any
		want any
	}{
		{"flag", []string{"--rpc-url", "http://flag:8545"}, nil, func(c *Config) any { return c.RPCURL }, "http://flag:8545"},
		{"env", nil, env{"TRIBE_RPC_URL": "http://env:8545"}, func(c *Config) any { return c.RPCURL }, "http://env:8545"},
		{"flag wins over env", []string{"--rpc-url=http://flag:8545"}, env{"TRIBE_RPC_URL": "http://env:8545"},
			func(c *Config) any { return c.RPCURL }, "http://flag:8545"},
		{"empty env is unset", nil, env{"TRIBE_LISTEN": ""}, func(c *Config) any { return c.Listen }, DefaultListen},
		{"single dash flag", []string{"-listen", ":9000"}, nil, func(c *Config) any { return c.Listen }, ":9000"},
		{"duration env", nil, env{"TRIBE_EPOCH_INTERVAL": "15m"}, func(c *Config) any { return c.EpochInterval }, 15 * time.Minute},
		{"int flag wins", []string{"--rate-limit=7"}, env{"TRIBE_RATE_LIMIT": "9"}, func(c *Config) any { return c.RateLimit }, 7},
		{"community limit env", nil, env{"TRIBE_LIMIT_COMMUNITIES": "3"}, func(c *Config) any { return c.LimitCommunities }, 3},
		{"redis prefix env", nil, env{"TRIBE_REDIS_PREFIX": "acme"}, func(c *Config) any { return c.RedisPrefix }, "acme"},
		{"bool env", nil, env{"TRIBE_DEV": "1"}, func(c *Config) any { return c.Dev }, true},
		{"bool flag false wins over env", []string{"--dev=false"}, env{"TRIBE_DEV": "true"}, func(c *Config) any { return c.Dev }, false},
		{"public url drives siwe", []string{"--public-url", "https://tribe.example"}, nil,
			func(c *Config) any { return c.SIWEDomain + " " + c.SIWEURI }, "tribe.example https://tribe.example"},
		{"public url for every interface", []string{"--listen", ":9000"}, nil,
			func(c *Config) any { return c.PublicURL + " " + c.SIWEDomain }, "http://localhost:9000 localhost:9000"},
		{"siwe explicit", []string{"--public-url", "https://tribe.example"}, env{"TRIBE_SIWE_DOMAIN": "app.example"},
			func(c *Config) any { return c.SIWEDomain }, "app.example"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := mustLoad(t, tc.args, tc.env)
			if got := tc.get(c); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestEveryFlagHasEnv sets each flag only through its environment variable and checks it arrives, and that
// String shows every setting.
func TestEveryFlagHasEnv(t *testing.T) {
	t.Parallel()
	secretFile := writeFile(t, "secret", testJWTSecret)
	shown := map[string]bool{}
	for _, a := range (Config{}).fields() {
		shown[a.Key] = true
	}
	flagSet(&Config{}).VisitAll(func(f *flag.Flag) {
		var value string
		switch f.Value.(flag.Getter).Get().(type) {
		case bool:
			value = "true"
		case time.Duration:
			value = "7s"
		case int, int64, uint64:
			value = "7"
		default:
			value = "value-of-" + f.Name
			if strings.HasSuffix(f.Name, "-file") {
				value = secretFile
			}
		}
		c, err := Load(nil, env{EnvName(f.Name): value}.get)
		if err != nil {
			t.Errorf("%s=%s: %v", EnvName(f.Name), value, err)
			return
		}
		key := strings.ReplaceAll(f.Name, "-", "_")
		if !shown[key] {
			t.Errorf("String does not show --%s", f.Name)
		}
		for _, a := range c.fields() {
			if a.Key == key && a.Value.String() != value && !strings.HasSuffix(key, "_url") {
				t.Errorf("%s=%s: field shows %q", EnvName(f.Name), value, a.Value.String())
			}
		}
	})
}

func TestLoadErrors(t *testing.T) {
	t.Parallel()
	missing := filepath.Join(t.TempDir(), "missing")
	tests := []struct {
		name string
		args []string
		env  env
		want []string // substrings of the error
	}{
		{"unknown flag", []string{"--nope"}, nil, []string{"nope"}},
		{"positional argument", []string{"serve"}, nil, []string{`unexpected argument "serve"`}},
		{"bad env value names the variable", nil, env{"TRIBE_EPOCH_INTERVAL": "soon"}, []string{"TRIBE_EPOCH_INTERVAL", "soon"}},
		{"bad env bool", nil, env{"TRIBE_DEV": "yes please"}, []string{"TRIBE_DEV"}},
		{"secret as a flag", []string{"--jwt-secret=" + testJWTSecret}, nil, []string{"--jwt-secret-file", EnvJWTSecret}},
		{"password as a flag", []string{"--keystore-password", "x"}, nil, []string{"--keystore-password-file", EnvKeystorePassword}},
		{"missing secret file", []string{"--jwt-secret-file", missing}, nil, []string{"--jwt-secret-file", "TRIBE_JWT_SECRET_FILE"}},
		{"secret file and secret both in env", nil, env{"TRIBE_JWT_SECRET_FILE": missing, EnvJWTSecret: testJWTSecret},
			[]string{"TRIBE_JWT_SECRET_FILE", EnvJWTSecret}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := Load(tc.args, tc.env.get)
			if err == nil {
				t.Fatal("Load succeeded")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if strings.Contains(err.Error(), testJWTSecret) {
				t.Errorf("error %q shows the secret", err)
			}
		})
	}
	_, err := Load([]string{"--help"}, nil)
	if !errors.Is(err, flag.ErrHelp) || !strings.Contains(err.Error(), "--rpc-url (TRIBE_RPC_URL)") {
		t.Errorf("--help: %v; want flag.ErrHelp with the usage", err)
	}
}

func TestSecrets(t *testing.T) {
	t.Parallel()
	jwtFile := writeFile(t, "jwt", "  "+testJWTSecret+"\n")
	otherJWT := strings.Repeat("z", 40)
	pwFile := writeFile(t, "pw", " "+testPassword+" \r\n")
	tests := []struct {
		name         string
		args         []string
		env          env
		jwt, keyPass string
	}{
		{"from files", []string{"--jwt-secret-file", jwtFile, "--keystore-password-file", pwFile}, nil,
			testJWTSecret, " " + testPassword + " "},
		{"from env", nil, env{EnvJWTSecret: testJWTSecret, EnvKeystorePassword: testPassword}, testJWTSecret, testPassword},
		{"file paths from env", nil, env{"TRIBE_JWT_SECRET_FILE": jwtFile, "TRIBE_KEYSTORE_PASSWORD_FILE": pwFile},
			testJWTSecret, " " + testPassword + " "},
		{"file flag wins over env secret", []string{"--jwt-secret-file", jwtFile}, env{EnvJWTSecret: otherJWT}, testJWTSecret, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := mustLoad(t, tc.args, tc.env)
			if c.JWTSecret != tc.jwt || c.KeystorePassword != tc.keyPass {
				t.Errorf("jwt %q password %q; want %q %q", c.JWTSecret, c.KeystorePassword, tc.jwt, tc.keyPass)
			}
		})
	}
}

// production is a complete production configuration.
func production() (args []string, e env) {
	return []string{
			"--rpc-url", "https://mainnet.example/v3/apikey123",
			"--redis-url", "redis://:redispass@redis:6379/0",
			"--keystore", "/keys/signer.json",
			"--deployment", "/etc/tribe/deployment.json",
			"--public-url", "https://tribe.example",
		}, env{
			EnvJWTSecret:        testJWTSecret,
			EnvKeystorePassword: testPassword,
		}
}

func TestCheck(t *testing.T) {
	t.Parallel()
	dev := mustLoad(t, []string{"--dev"}, nil)
	tests := []struct {
		name string
		edit func(c *Config)
		want []string // substrings of the error; none means valid
	}{
		{"production complete", nil, nil},
		{"dev needs nothing", func(c *Config) { *c = *dev }, nil},
		{"no rpc url", func(c *Config) { c.RPCURL = "" }, []string{"--rpc-url (TRIBE_RPC_URL) is required without --dev"}},
		{"no redis url", func(c *Config) { c.RedisURL = "" }, []string{"--redis-url (TRIBE_REDIS_URL)"}},
		{"no keystore", func(c *Config) { c.Keystore = "" }, []string{"--keystore (TRIBE_KEYSTORE)"}},
		{"no password", func(c *Config) { c.KeystorePassword = "" },
			[]string{"--keystore-password-file (TRIBE_KEYSTORE_PASSWORD_FILE)", EnvKeystorePassword}},
		{"no deployment", func(c *Config) { c.Deployment = "" }, []string{"--deployment (TRIBE_DEPLOYMENT)"}},
		{"no jwt secret", func(c *Config) { c.JWTSecret = "" }, []string{"--jwt-secret-file (TRIBE_JWT_SECRET_FILE)", EnvJWTSecret}},
		{"short jwt secret", func(c *Config) { c.JWTSecret = "short" }, []string{"5 bytes", "at least 32"}},
		{"short jwt secret in dev too", func(c *Config) { c.Dev, c.JWTSecret = true, "short" }, []string{"at least 32"}},
		{"everything missing, all reported", func(c *Config) { c.RPCURL, c.RedisURL, c.Deployment = "", "", "" },
			[]string{"--rpc-url", "--redis-url", "--deployment"}},
		{"bad listen", func(c *Config) { c.Listen = "8080" }, []string{"--listen (TRIBE_LISTEN)"}},
		{"bad dev rpc", func(c *Config) { c.Dev, c.DevRPC = true, "localhost" }, []string{"--dev-rpc"}},
		{"rpc url scheme", func(c *Config) { c.RPCURL = "ftp://node" }, []string{"--rpc-url", `scheme "ftp"`}},
		{"redis url scheme", func(c *Config) { c.RedisURL = "http://redis:6379" }, []string{"--redis-url", "redis, rediss, unix"}},
		{"redis url unparsable, password not echoed", func(c *Config) { c.RedisURL = "redis://:redispass@[::1" },
			[]string{"--redis-url", "not a URL"}},
		{"redis cluster by addrs", func(c *Config) { c.RedisURL = "redis://:redispass@r1:7001?addr=r2:7002&addr=r3:7003" }, nil},
		{"redis cluster by flag", func(c *Config) { c.RedisURL = "rediss://r1:7001?cluster=true" }, nil},
		{"redis cluster addr without port", func(c *Config) { c.RedisURL = "redis://:redispass@r1:7001?addr=r2&addr=r3:7003" },
			[]string{"--redis-url", `addr="r2"`, "host:port"}},
		{"redis cluster flag not a bool", func(c *Config) { c.RedisURL = "redis://r1:7001?cluster=maybe" },
			[]string{"--redis-url", `cluster="maybe"`}},
		{"redis cluster with a database", func(c *Config) { c.RedisURL = "redis://r1:7001/2?addr=r2:7002" },
			[]string{"--redis-url", "only database 0"}},
		{"redis cluster over unix", func(c *Config) { c.RedisURL = "unix:///run/redis.sock?cluster=true" },
			[]string{"--redis-url", "redis or rediss"}},
		{"zero epoch", func(c *Config) { c.EpochInterval = 0 }, []string{"--epoch-interval"}},
		{"dev dispute window over epoch", func(c *Config) { c.Dev = true; c.DisputeWindow = 2 * time.Hour }, []string{"--dispute-window", "exceeds --epoch-interval"}},
		{"dispute window fraction", func(c *Config) { c.DisputeWindow = 1500 * time.Millisecond }, []string{"whole seconds"}},
		{"rate limit", func(c *Config) { c.RateLimit = 0 }, []string{"--rate-limit (TRIBE_RATE_LIMIT)"}},
		{"relay ceiling below a transaction", func(c *Config) { c.RelayMaxGas = 20_999 }, []string{"--relay-max-gas (TRIBE_RELAY_MAX_GAS)", "between 21000 and 10000000"}},
		{"relay ceiling of the attack", func(c *Config) { c.RelayMaxGas, c.RelayAccountGasPerHour = 10_300_000, 20_000_000 }, []string{"--relay-max-gas", "got 10300000"}},
		{"relay account budget below one relay", func(c *Config) { c.RelayAccountGasPerHour = 100_000 },
			[]string{"--relay-account-gas-per-hour (TRIBE_RELAY_ACCOUNT_GAS_PER_HOUR)", "no claim could be relayed"}},
		{"relay global budget below an account's", func(c *Config) { c.RelayGlobalGasPerHour = 999_999 },
			[]string{"--relay-global-gas-per-hour (TRIBE_RELAY_GLOBAL_GAS_PER_HOUR)"}},
		{"relay min amount zero", func(c *Config) { c.RelayMinAmount = "0" }, []string{"--relay-min-amount (TRIBE_RELAY_MIN_AMOUNT)"}},
		{"relay min amount not a number", func(c *Config) { c.RelayMinAmount = "1e18" }, []string{"--relay-min-amount", `"1e18"`}},
		{"relay min amount large", func(c *Config) { c.RelayMinAmount = "1000000000000000000" }, nil},
		{"relays per minute", func(c *Config) { c.RelayPerMinute = 0 }, []string{"--relay-per-minute (TRIBE_RELAY_PER_MINUTE)"}},
		{"body limit", func(c *Config) { c.MaxBodyBytes = 10 }, []string{"--max-body-bytes"}},
		{"empty redis prefix", func(c *Config) { c.RedisPrefix = "" }, []string{"--redis-prefix (TRIBE_REDIS_PREFIX)"}},
		{"redis prefix with a hash tag", func(c *Config) { c.RedisPrefix = "t{x}" }, []string{"--redis-prefix"}},
		{"redis prefix with a colon", func(c *Config) { c.RedisPrefix = "a:b" }, []string{"--redis-prefix"}},
		{"community limit off", func(c *Config) { c.LimitCommunities = 0 }, []string{"--limit-communities (TRIBE_LIMIT_COMMUNITIES)"}},
		{"campaign limit negative", func(c *Config) { c.LimitCampaigns = -1 }, []string{"--limit-campaigns"}},
		{"platform limit", func(c *Config) { c.LimitPlatforms = 0 }, []string{"--limit-platforms"}},
		{"campaign cache tiny", func(c *Config) { c.CacheCampaigns = 1 }, []string{"--cache-campaigns"}},
		{"platform cache", func(c *Config) { c.CachePlatforms = 0 }, []string{"--cache-platforms"}},
		{"log level", func(c *Config) { c.LogLevel = "loud" }, []string{"--log-level"}},
		{"log format", func(c *Config) { c.LogFormat = "xml" }, []string{"--log-format"}},
		{"no issuer", func(c *Config) { c.JWTIssuer = "" }, []string{"--jwt-issuer"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			args, e := production()
			c := mustLoad(t, args, e)
			if tc.edit != nil {
				tc.edit(c)
			}
			err := c.Check()
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("Check: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Check accepted it")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			for _, s := range []string{testJWTSecret, testPassword, "redispass", "apikey123"} {
				if strings.Contains(err.Error(), s) {
					t.Errorf("error shows a secret: %q", err)
				}
			}
		})
	}
}

func TestSlogLevel(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]slog.Level{"debug": slog.LevelDebug, "INFO": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError} {
		if got := (&Config{LogLevel: in}).SlogLevel(); got != want {
			t.Errorf("SlogLevel(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestStringMasksSecrets prints the configuration every way a log line might, and checks no secret shows.
func TestStringMasksSecrets(t *testing.T) {
	t.Parallel()
	args, e := production()
	c := mustLoad(t, args, e)
	var js, txt bytes.Buffer
	slog.New(slog.NewJSONHandler(&js, nil)).Info("config", "config", c)
	slog.New(slog.NewTextHandler(&txt, nil)).Info("config", "config", *c)
	outputs := map[string]string{
		"String": c.String(),
		"%v":     fmt.Sprintf("%v", c),
		"%+v":    fmt.Sprintf("%+v", *c),
		"%#v":    fmt.Sprintf("%#v", *c),
		"%s ptr": fmt.Sprintf("%s", c),
		"json":   js.String(),
		"text":   txt.String(),
	}
	for name, out := range outputs {
		for _, s := range []string{testJWTSecret, testPassword, "redispass", "apikey123"} {
			if strings.Contains(out, s) {
				t.Errorf("%s shows secret %q:\n%s", name, s, out)
			}
		}
		if !strings.Contains(out, masked) {
			t.Errorf("%s masks nothing:\n%s", name, out)
		}
	}
	s := c.String()
	for _, want := range []string{"jwt_secret=***", "keystore_password=***", "redis_url=redis://:***@redis:6379/0",
		"rpc_url=https://mainnet.example/***", "keystore=/keys/signer.json", "epoch_interval=1h0m0s"} {
		if !strings.Contains(s, want) {
			t.Errorf("String() lacks %q:\n%s", want, s)
		}
	}
	if empty := (Config{}).String(); strings.Contains(empty, masked) {
		t.Errorf("an unset secret prints as set: %s", empty)
	}
}

func TestRedactURL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in       string
		hidePath bool
		want     string
	}{
		{"", true, ""},
		{"http://127.0.0.1:8545", true, "http://127.0.0.1:8545"},
		{"https://eth.example/v2/KEY", true, "https://eth.example/***"},
		{"https://eth.example/", true, "https://eth.example/"},
		{"wss://u:p@eth.example/ws?key=KEY", true, "wss://u:***@eth.example/***?***"},
		{"redis://:p@redis:6379/2", false, "redis://:***@redis:6379/2"},
		{"rediss://user@redis:6380", false, "rediss://user@redis:6380"},
		{"unix:///run/redis.sock", false, "unix:///run/redis.sock"},
		{"localhost:6379", false, masked},
		{"redis://[::1", false, masked},
	}
	for _, tc := range tests {
		if got := redactURL(tc.in, tc.hidePath); got != tc.want {
			t.Errorf("redactURL(%q, %v) = %q, want %q", tc.in, tc.hidePath, got, tc.want)
		}
	}
}
