package ledger

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// Journal archival. A campaign's journal (the audit trail of its awards) would otherwise live in Redis for
// ever. ArchiveJournals moves the entries that the projection has folded and that are older than a cutoff
// into segment files — append-only JSON Lines, checksummed — and only then trims them from Redis, in a
// script that also counts them in the campaign's archived total (CampaignStats.Awards still counts them)
// and checks that nobody archived them meanwhile. RestoreJournal puts segments back, byte for byte the same
// entries with the same ids. Nothing else reads the archived part of a journal: balances, budgets, the
// projections and epochs never depend on it; JournalPage (the campaign awards export) and the platform
// column of AccountHistoryPage cover what Redis still holds.
//
// A segment file is named <token>_<hex of the campaign id>_<first id>_<last id>.jsonl and holds a header
// line {"format": ArchiveFormat, "token", "campaign", "first", "last", "entries"}, one line per entry
// {"id", "f": [field, value, …]}, then {"sha256": hex of every byte before that line}. It is written to a
// temporary file, synced and renamed, so a file with a name is complete; archiving again after a crash
// between the file and the trim writes the same file again.

// ArchiveFormat names the segment format.
const ArchiveFormat = "tribe-journal/1"

// archiveSegment is the most entries one segment holds.
const archiveSegment = 10_000

// ErrArchive: a segment file is not one ArchiveJournals wrote, or was changed since.
var ErrArchive = errors.New("not an intact journal segment")

// SegmentHeader is a segment file's first line.
type SegmentHeader struct {
	Format   string `json:"format"`
	Token    string `json:"token"`
	Campaign string `json:"campaign"`
	First    string `json:"first"`
	Last     string `json:"last"`
	Entries  int    `json:"entries"`
}

type segmentEntry struct {
	ID     string   `json:"id"`
	Fields []string `json:"f"`
}

// ArchiveResult is what ArchiveJournals moved out of Redis.
type ArchiveResult struct {
	Files   []string
	Entries int
}

// archiveTrimScript trims a segment from a campaign's journal once its file is written.
//
// KEYS[1] the slot prefix P; ARGV[1] the campaign (escaped), ARGV[2] the segment's first id, ARGV[3] its
// last id, ARGV[4] its number of entries. Returns the number trimmed, or 0 if the journal no longer starts
// with the segment (another archiver trimmed it) or the projection has not folded all of it.
var archiveTrimScript = redis.NewScript(`
local P, ce, first, last, n = KEYS[1], ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local function id(s)
  local ms, seq = string.match(s, '^(%d+)-(%d+)$')
  return tonumber(ms), tonumber(seq)
end
local function before_or_at(a, b)
  local am, as = id(a)
  local bm, bs = id(b)
  return am < bm or (am == bm and as <= bs)
end
local jk = P .. 'journal:' .. ce
local head = redis.call('XRANGE', jk, '-', '+', 'COUNT', 1)
if #head == 0 or head[1][1] ~= first then return 0 end
local cur = redis.call('HGET', P .. 'proj', ce)
if not cur or not before_or_at(last, cur) then return 0 end
-- A journal is only appended to and only this script trims it: from the same first entry to the same last
-- one it holds the segment's n entries.
local lm, ls = id(last)
redis.call('XTRIM', jk, 'MINID', string.format('%.0f-%.0f', lm, ls + 1))
redis.call('HINCRBY', P .. 'camp:' .. ce, 'archived', n)
return n
`)

// ArchiveJournals archives, for every token and campaign, the journal entries the projection has folded
// and Redis stamped before before, into segment files in dir. Safe to run from several processes at once
// (each segment is trimmed once) and to run again after a crash.
func (s *Store) ArchiveJournals(ctx context.Context, dir string, before time.Time) (ArchiveResult, error) {
	var res ArchiveResult
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return res, fmt.Errorf("archive: %w", err)
	}
	tokens, err := s.Tokens(ctx)
	if err != nil {
		return res, fmt.Errorf("archive: %w", err)
	}
	cutoff := before.UnixMilli()
	for _, token := range tokens {
		cursors, err := s.rdb.HGetAll(ctx, s.k.tokenKey(token)+"proj").Result()
		if err != nil {
			return res, fmt.Errorf("archive: %w", err)
		}
		ces := make([]string, 0, len(cursors))
		for ce := range cursors {
			ces = append(ces, ce)
		}
		slices.Sort(ces)
		for _, ce := range ces {
			for {
				path, n, err := s.archiveOne(ctx, dir, token, ce, cursors[ce], cutoff)
				if err != nil {
					return res, err
				}
				if n == 0 {
					break
				}
				res.Files = append(res.Files, path)
				res.Entries += n
			}
		}
	}
	return res, nil
}

// archiveOne archives the next segment of one campaign's journal: at most archiveSegment entries up to the
// projection's cursor and before cutoff (unix ms). It returns the file and how many entries it trimmed.
func (s *Store) archiveOne(ctx context.Context, dir string, token common.Address, ce, cursor string, cutoff int64) (string, int, error) {
	msgs, err := s.journalRange(ctx, s.k.tokenKey(token)+"journal:"+ce, cursor, archiveSegment)
	if err != nil {
		return "", 0, fmt.Errorf("archive: %w", err)
	}
	for i, m := range msgs {
		if ms, _ := strconv.ParseInt(m.ID[:strings.IndexByte(m.ID, '-')], 10, 64); ms >= cutoff {
			msgs = msgs[:i]
			break
		}
	}
	if len(msgs) == 0 {
		return "", 0, nil
	}
	campaign := unesc(ce)
	h := SegmentHeader{Format: ArchiveFormat, Token: hexAddr(token), Campaign: campaign, First: msgs[0].ID,
		Last: msgs[len(msgs)-1].ID, Entries: len(msgs)}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	if err := enc.Encode(h); err != nil {
		return "", 0, err
	}
	for _, m := range msgs {
		if err := enc.Encode(m); err != nil {
			return "", 0, err
		}
	}
	sum := sha256.Sum256(buf.Bytes())
	fmt.Fprintf(&buf, "{\"sha256\":%q}\n", hex.EncodeToString(sum[:]))
	name := fmt.Sprintf("%s_%s_%s_%s.jsonl", h.Token, hex.EncodeToString([]byte(campaign)), h.First, h.Last)
	path := filepath.Join(dir, name)
	if err := writeSynced(path, buf.Bytes()); err != nil {
		return "", 0, fmt.Errorf("archive: %w", err)
	}
	n, err := archiveTrimScript.Run(ctx, s.rdb, []string{s.k.tokenKey(token)}, ce, h.First, h.Last, len(msgs)).Int()
	if err != nil {
		return "", 0, fmt.Errorf("archive: trim: %w", err)
	}
	return path, n, nil
}

// journalRange reads up to count entries of a journal, from its first to id last, with their fields in the
// order Redis keeps them (go-redis's XRange decodes them into a map), so that a restored entry is the same
// entry.
func (s *Store) journalRange(ctx context.Context, key, last string, count int) ([]segmentEntry, error) {
	reply, err := s.rdb.Do(ctx, "XRANGE", key, "-", last, "COUNT", count).Slice()
	if err != nil {
		return nil, err
	}
	out := make([]segmentEntry, 0, len(reply))
	for _, r := range reply {
		m, ok := r.([]any)
		if !ok || len(m) != 2 {
			return nil, fmt.Errorf("journal %s: unexpected XRANGE reply %T", key, r)
		}
		id, _ := m[0].(string)
		kv, _ := m[1].([]any)
		e := segmentEntry{ID: id, Fields: make([]string, len(kv))}
		for i, x := range kv {
			e.Fields[i], _ = x.(string)
		}
		out = append(out, e)
	}
	return out, nil
}

// writeSynced writes data to path through a synced temporary file renamed into place.
func writeSynced(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// VerifySegment reads a segment file and checks its format, checksum and entries (ErrArchive if any is
// wrong). It returns the header and the number of entries.
func VerifySegment(path string) (SegmentHeader, int, error) {
	h, entries, err := readSegment(path)
	return h, len(entries), err
}

func readSegment(path string) (SegmentHeader, []segmentEntry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return SegmentHeader{}, nil, err
	}
	bad := func(format string, a ...any) (SegmentHeader, []segmentEntry, error) {
		return SegmentHeader{}, nil, fmt.Errorf("%s: %w: %s", path, ErrArchive, fmt.Sprintf(format, a...))
	}
	body := bytes.TrimSuffix(data, []byte("\n"))
	i := bytes.LastIndexByte(body, '\n')
	if i < 0 {
		return bad("no checksum line")
	}
	var tail struct {
		SHA256 string `json:"sha256"`
	}
	if err := json.Unmarshal(body[i+1:], &tail); err != nil || tail.SHA256 == "" {
		return bad("no checksum line")
	}
	sum := sha256.Sum256(data[:i+1])
	if hex.EncodeToString(sum[:]) != tail.SHA256 {
		return bad("checksum mismatch")
	}
	sc := bufio.NewScanner(bytes.NewReader(data[:i+1]))
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	var h SegmentHeader
	var entries []segmentEntry
	for n := 0; sc.Scan(); n++ {
		if n == 0 {
			if err := json.Unmarshal(sc.Bytes(), &h); err != nil || h.Format != ArchiveFormat {
				return bad("header")
			}
			continue
		}
		var e segmentEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || !streamID(e.ID) || len(e.Fields)%2 != 0 {
			return bad("entry %d", n)
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return bad("%v", err)
	}
	if len(entries) != h.Entries || len(entries) == 0 || entries[0].ID != h.First || entries[len(entries)-1].ID != h.Last ||
		!common.IsHexAddress(h.Token) {
		return bad("entries do not match the header")
	}
	return h, entries, nil
}

// archiveRestoreScript puts a segment back at the head of a campaign's journal: the stream is rebuilt
// with the segment's entries, then the ones it holds, all with their ids, and its last generated id kept.
//
// KEYS[1] the slot prefix P; ARGV[1] the campaign (escaped), ARGV[2] the segment's last id, then per entry:
// its id, its number of field-value strings, and those. Returns {"ok", n} | {"present"} (the journal already
// holds the segment's entries, or later ones would come before them).
var archiveRestoreScript = redis.NewScript(`
local P, ce, last = KEYS[1], ARGV[1], ARGV[2]
local function id(s)
  local ms, seq = string.match(s, '^(%d+)-(%d+)$')
  return tonumber(ms), tonumber(seq)
end
local jk = P .. 'journal:' .. ce
local head = redis.call('XRANGE', jk, '-', '+', 'COUNT', 1)
if #head > 0 then
  local hm, hs = id(head[1][1])
  local lm, ls = id(last)
  if hm < lm or (hm == lm and hs <= ls) then return {'present'} end
end
local lastgen
if redis.call('EXISTS', jk) == 1 then
  local info = redis.call('XINFO', 'STREAM', jk)
  for i = 1, #info, 2 do
    if info[i] == 'last-generated-id' then lastgen = info[i + 1] end
  end
end
local live = redis.call('XRANGE', jk, '-', '+')
redis.call('DEL', jk)
local i, n = 3, 0
while i <= #ARGV do
  local eid, nf = ARGV[i], tonumber(ARGV[i + 1])
  redis.call('XADD', jk, eid, unpack(ARGV, i + 2, i + 1 + nf))
  i = i + 2 + nf
  n = n + 1
end
for _, m in ipairs(live) do redis.call('XADD', jk, m[1], unpack(m[2])) end
if lastgen then redis.call('XSETID', jk, lastgen) end
redis.call('HINCRBY', P .. 'camp:' .. ce, 'archived', -n)
return {'ok', n}
`)

// RestoreJournal verifies every segment file in dir and puts back those whose entries the journals no
// longer hold, newest first per campaign, so that each journal is again what it was before archival. It
// returns how many entries it restored. A segment that fails verification stops it before anything of
// its campaign is written.
func (s *Store) RestoreJournal(ctx context.Context, dir string) (int, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return 0, err
	}
	type seg struct {
		h       SegmentHeader
		entries []segmentEntry
	}
	var segs []seg
	for _, p := range paths {
		h, entries, err := readSegment(p)
		if err != nil {
			return 0, err
		}
		segs = append(segs, seg{h, entries})
	}
	// Newest first within a campaign: each goes in front of what the journal holds.
	slices.SortFunc(segs, func(a, b seg) int {
		if c := strings.Compare(a.h.Token+"\x00"+a.h.Campaign, b.h.Token+"\x00"+b.h.Campaign); c != 0 {
			return c
		}
		return -compareIDs(a.h.Last, b.h.Last)
	})
	total := 0
	for _, sg := range segs {
		args := []any{esc(sg.h.Campaign), sg.h.Last}
		for _, e := range sg.entries {
			args = append(args, e.ID, len(e.Fields))
			for _, f := range e.Fields {
				args = append(args, f)
			}
		}
		res, err := archiveRestoreScript.Run(ctx, s.rdb, []string{s.k.tokenKey(common.HexToAddress(sg.h.Token))}, args...).Slice()
		if err != nil {
			return total, fmt.Errorf("restore %s %s: %w", sg.h.Token, sg.h.Campaign, err)
		}
		if r, _ := res[0].(string); r == "ok" {
			n, _ := res[1].(int64)
			total += int(n)
		}
	}
	return total, nil
}

// compareIDs orders stream ids numerically.
func compareIDs(a, b string) int {
	am, as, _ := strings.Cut(a, "-")
	bm, bs, _ := strings.Cut(b, "-")
	x, _ := strconv.ParseUint(am, 10, 64)
	y, _ := strconv.ParseUint(bm, 10, 64)
	if x != y {
		if x < y {
			return -1
		}
		return 1
	}
	x, _ = strconv.ParseUint(as, 10, 64)
	y, _ = strconv.ParseUint(bs, 10, 64)
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// unesc undoes esc.
func unesc(s string) string { return unescaper.Replace(s) }

var unescaper = strings.NewReplacer("%3A", ":", "%7B", "{", "%7D", "}", "%25", "%")
