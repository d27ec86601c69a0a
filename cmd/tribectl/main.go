// Command tribectl is the operator's and integrator's CLI for a running tribed: issue platform tokens, sign
// in as a wallet, create communities and campaigns, send awards, read rewards.
//
// Secrets never come from flags: tokens come from TRIBE_TOKEN (or --token-file), private keys from
// TRIBE_PRIVATE_KEY (or --key-file).
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/client"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/service"
)

const usage = `tribectl — talk to a running tribed

usage: tribectl [--api URL] [--token-file F] <command> [flags]

commands:
  info                                       the deployment the API serves
  admin-token [--jwt-secret-file F] [--ttl 1h]
                                             issue an admin token with tribed's JWT secret (operators;
                                             default secret: $TRIBE_JWT_SECRET)
  platform create --name N [--scopes a,b] [--campaigns c1,c2]
                                             issue a platform token (admin token)
  login [--key-file F]                       sign in with Ethereum; prints a wallet token
  community create --name N --symbol S [--max-supply X] [--allocation X] [--key-file F]
                                             create a community token (signs the request; waits until active)
  campaign create --community ID --budget X --rules JSON|@file [--platforms p1,p2] [--reward-token ADDR]
                                             create a campaign (wallet token of the community's creator)
  award --campaign ID --account ADDR --amount X --reason R [--idempotency-key K]
                                             credit an account directly (platform token)
  rewards --account ADDR                     earned, claimed and claimable per token
  deploy --rpc-url URL --keystore FILE [--keystore-password-file F] [--out deployment.json]
         [--signer ADDR] [--proposer ADDR] [--guardian ADDR] [--dispute-window 30m] [--withdrawal-notice 2h]
                                             deploy the contracts with the keystore's key (admin);
                                             signer/proposer/guardian default to that key

  journal archive --redis-url U --dir D [--older-than 720h] [--prefix tribe]
                                             move folded journal entries older than that into checksummed
                                             segment files in D, and out of Redis (operators)
  journal verify FILE...                     check segment files' format and checksums
  journal restore --redis-url U --dir D [--prefix tribe]
                                             put D's segments back into the journals (verifies them first)

environment: TRIBE_API (default http://127.0.0.1:8080), TRIBE_TOKEN, TRIBE_PRIVATE_KEY, TRIBE_KEYSTORE_PASSWORD
`

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "tribectl:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	global := flag.NewFlagSet("tribectl", flag.ContinueOnError)
	global.Usage = func() { fmt.Fprint(os.Stderr, usage) }
	api := global.String("api", envOr("TRIBE_API", "http://127.0.0.1:8080"), "tribed API URL")
	tokenFile := global.String("token-file", "", "file holding the bearer token (default: $TRIBE_TOKEN)")
	if err := global.Parse(args); err != nil {
		return err
	}
	rest := global.Args()
	if len(rest) == 0 {
		global.Usage()
		return errors.New("no command")
	}
	token := os.Getenv("TRIBE_TOKEN")
	if *tokenFile != "" {
		b, err := os.ReadFile(*tokenFile)
		if err != nil {
			return err
		}
		token = strings.TrimSpace(string(b))
	}
	c := client.New(*api, token)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	cmd := rest[0]
	if len(rest) > 1 && (cmd == "platform" || cmd == "community" || cmd == "campaign" || cmd == "journal") {
		cmd += " " + rest[1]
		rest = rest[1:]
	}
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	switch cmd {
	case "journal archive", "journal restore", "journal verify":
		return journal(cmd, rest[1:], out)

	case "info":
		info, err := c.Info(ctx)
		if err != nil {
			return err
		}
		return printJSON(out, info)

	case "admin-token":
		secretFile := fs.String("jwt-secret-file", os.Getenv("TRIBE_JWT_SECRET_FILE"), "file holding tribed's JWT secret (default: $TRIBE_JWT_SECRET)")
		ttl := fs.Duration("ttl", time.Hour, "token lifetime")
		issuer := fs.String("issuer", envOr("TRIBE_JWT_ISSUER", "tribe"), "JWT issuer tribed expects")
		audience := fs.String("audience", envOr("TRIBE_JWT_AUDIENCE", "tribe-api"), "JWT audience tribed expects")
		if err := fs.Parse(rest[1:]); err != nil {
			return err
		}
		secret := os.Getenv("TRIBE_JWT_SECRET")
		if *secretFile != "" {
			b, err := os.ReadFile(*secretFile)
			if err != nil {
				return err
			}
			secret = strings.TrimSpace(string(b))
		}
		iss, err := auth.NewIssuer([]byte(secret), *issuer, *audience, time.Now)
		if err != nil {
			return fmt.Errorf("jwt secret: %w", err)
		}
		tok, _, err := iss.Issue("admin", auth.RoleAdmin, nil, nil, *ttl)
		if err != nil {
			return err
		}
		fmt.Fprintln(out, tok)
		return nil

	case "platform create":
		name := fs.String("name", "", "platform name")
		scopes := fs.String("scopes", "", "comma-separated scopes (default: all)")
		campaigns := fs.String("campaigns", "", "comma-separated campaign ids (default: any)")
		if err := fs.Parse(rest[1:]); err != nil {
			return err
		}
		p, err := c.CreatePlatform(ctx, *name, split(*scopes), split(*campaigns))
		if err != nil {
			return err
		}
		return printJSON(out, p)

	case "login":
		keyFile := fs.String("key-file", "", "file holding the hex private key (default: $TRIBE_PRIVATE_KEY)")
		if err := fs.Parse(rest[1:]); err != nil {
			return err
		}
		key, err := loadKey(*keyFile)
		if err != nil {
			return err
		}
		info, err := c.Info(ctx)
		if err != nil {
			return err
		}
		var chainID uint64
		fmt.Sscan(info.ChainID, &chainID)
		tok, err := c.Login(ctx, key, chainID)
		if err != nil {
			return err
		}
		fmt.Fprintln(out, tok)
		return nil

	case "community create":
		name := fs.String("name", "", "token name")
		symbol := fs.String("symbol", "", "token symbol")
		maxSupply := fs.String("max-supply", "0", "cap in base units (0 = uncapped)")
		alloc := fs.String("allocation", "0", "minted to the creator at creation, base units")
		keyFile := fs.String("key-file", "", "creator's hex private key file (default: $TRIBE_PRIVATE_KEY)")
		if err := fs.Parse(rest[1:]); err != nil {
			return err
		}
		key, err := loadKey(*keyFile)
		if err != nil {
			return err
		}
		m, err := c.CreateCommunity(ctx, key, *name, *symbol, *maxSupply, *alloc)
		if err != nil {
			return err
		}
		if m, err = c.WaitCommunity(ctx, m.ID); err != nil {
			return err
		}
		return printJSON(out, m)

	case "campaign create":
		community := fs.String("community", "", "community id")
		budget := fs.String("budget", "", "budget in base units")
		rules := fs.String("rules", "", "rules as JSON, or @file")
		platforms := fs.String("platforms", "", "comma-separated platform ids allowed (default: any)")
		rewardToken := fs.String("reward-token", "", "reward token (default: the community's token)")
		idem := fs.String("idempotency-key", "", "Idempotency-Key")
		if err := fs.Parse(rest[1:]); err != nil {
			return err
		}
		raw := *rules
		if strings.HasPrefix(raw, "@") {
			b, err := os.ReadFile(raw[1:])
			if err != nil {
				return err
			}
			raw = string(b)
		}
		body := map[string]any{"community_id": *community, "budget": *budget, "rules": json.RawMessage(raw)}
		if p := split(*platforms); len(p) > 0 {
			body["platforms"] = p
		}
		if *rewardToken != "" {
			body["reward_token"] = *rewardToken
		}
		camp, err := c.CreateCampaign(ctx, body, *idem)
		if err != nil {
			return err
		}
		return printJSON(out, camp)

	case "award":
		campaign := fs.String("campaign", "", "campaign id")
		account := fs.String("account", "", "account address")
		amount := fs.String("amount", "", "amount in base units")
		reason := fs.String("reason", "", "reason")
		idem := fs.String("idempotency-key", "", "Idempotency-Key (repeats return the first result)")
		if err := fs.Parse(rest[1:]); err != nil {
			return err
		}
		res, err := c.Award(ctx, *campaign, *account, *amount, *reason, *idem)
		if err != nil {
			return err
		}
		return printJSON(out, res)

	case "deploy":
		rpcURL := fs.String("rpc-url", os.Getenv("TRIBE_RPC_URL"), "Ethereum JSON-RPC URL")
		ks := fs.String("keystore", os.Getenv("TRIBE_KEYSTORE"), "encrypted go-ethereum keystore file of the deployer (the admin)")
		pwFile := fs.String("keystore-password-file", os.Getenv("TRIBE_KEYSTORE_PASSWORD_FILE"), "file holding the keystore password (default: $TRIBE_KEYSTORE_PASSWORD)")
		outFile := fs.String("out", "deployment.json", "where to write the deployment tribed reads (--deployment)")
		signer := fs.String("signer", "", "voucher signer address (default: the deployer)")
		proposer := fs.String("proposer", "", "root proposer address (default: the deployer)")
		guardian := fs.String("guardian", "", "guardian address (default: the deployer)")
		window := fs.Duration("dispute-window", 30*time.Minute, "dispute window of proposed roots")
		notice := fs.Duration("withdrawal-notice", 0, "a sponsor pool's withdrawal notice; at least the dispute window plus tribed's --epoch-interval (0: the contract's default)")
		if err := fs.Parse(rest[1:]); err != nil {
			return err
		}
		d, err := deploy(ctx, *rpcURL, *ks, *pwFile, *signer, *proposer, *guardian, *window, *notice)
		if err != nil {
			return err
		}
		b, _ := json.MarshalIndent(d, "", "  ")
		if err := os.WriteFile(*outFile, append(b, '\n'), 0o644); err != nil {
			return err
		}
		return printJSON(out, d)

	case "rewards":
		account := fs.String("account", "", "account address")
		if err := fs.Parse(rest[1:]); err != nil {
			return err
		}
		res, err := c.Rewards(ctx, *account)
		if err != nil {
			return err
		}
		return printJSON(out, res)
	}
	global.Usage()
	return fmt.Errorf("unknown command %q", cmd)
}

// deploy deploys tribe with the keystore's key as deployer and admin.
func deploy(ctx context.Context, rpcURL, ks, pwFile, signer, proposer, guardian string, window, notice time.Duration) (*chain.Deployment, error) {
	if rpcURL == "" || ks == "" {
		return nil, errors.New("deploy needs --rpc-url and --keystore")
	}
	password := os.Getenv("TRIBE_KEYSTORE_PASSWORD")
	if pwFile != "" {
		b, err := os.ReadFile(pwFile)
		if err != nil {
			return nil, err
		}
		password = strings.TrimRight(string(b), "\r\n")
	}
	key, err := chain.LoadKeystore(ks, password)
	if err != nil {
		return nil, err
	}
	eth, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, err
	}
	defer eth.Close()
	id, err := eth.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	pick := func(s string) (common.Address, error) {
		if s == "" {
			return me, nil
		}
		if !common.IsHexAddress(s) {
			return common.Address{}, fmt.Errorf("bad address %q", s)
		}
		return common.HexToAddress(s), nil
	}
	var cfg chain.DeployConfig
	var signerAddr common.Address
	if signerAddr, err = pick(signer); err != nil {
		return nil, err
	}
	if cfg.RootProposer, err = pick(proposer); err != nil {
		return nil, err
	}
	if cfg.Guardian, err = pick(guardian); err != nil {
		return nil, err
	}
	cfg.Signers = []common.Address{signerAddr}
	cfg.DisputeWindow = uint32(window / time.Second)
	cfg.WithdrawalNotice = uint32(notice / time.Second)
	return chain.Deploy(ctx, eth, bind.NewKeyedTransactor(key, id), cfg)
}

func loadKey(file string) (*ecdsa.PrivateKey, error) {
	hexKey := os.Getenv("TRIBE_PRIVATE_KEY")
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		hexKey = strings.TrimSpace(string(b))
	}
	if hexKey == "" {
		return nil, errors.New("no private key: set TRIBE_PRIVATE_KEY or --key-file")
	}
	return crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// journal runs the journal archive commands against Redis directly (they move data between Redis and
// files; tribed need not run).
func journal(cmd string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	redisURL := fs.String("redis-url", envOr("TRIBE_REDIS_URL", ""), "Redis URL, as tribed's --redis-url (default: $TRIBE_REDIS_URL)")
	dir := fs.String("dir", "", "directory of the segment files")
	olderThan := fs.Duration("older-than", 30*24*time.Hour, "archive only entries older than this")
	prefix := fs.String("prefix", ledger.DefaultPrefix, "tribed's --redis-prefix")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if cmd == "journal verify" {
		if fs.NArg() == 0 {
			return errors.New("journal verify: name the segment files")
		}
		for _, f := range fs.Args() {
			h, n, err := ledger.VerifySegment(f)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "%s: ok, %d entries of campaign %q (token %s), %s to %s\n", f, n, h.Campaign, h.Token, h.First, h.Last)
		}
		return nil
	}
	if *redisURL == "" || *dir == "" {
		return fmt.Errorf("%s: --redis-url and --dir are required", cmd)
	}
	rdb, err := service.RedisClient(*redisURL)
	if err != nil {
		return err
	}
	defer rdb.Close()
	store := ledger.New(rdb, ledger.Options{Prefix: *prefix})
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	if cmd == "journal restore" {
		n, err := store.RestoreJournal(ctx, *dir)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "restored %d journal entries from %s\n", n, *dir)
		return nil
	}
	res, err := store.ArchiveJournals(ctx, *dir, time.Now().Add(-*olderThan))
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "archived %d journal entries into %d segment files in %s\n", res.Entries, len(res.Files), *dir)
	return nil
}
