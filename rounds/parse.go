package rounds

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/eewizard/eewizard/safetext"
)

// maxFeedBytes bounds what Parse reads: IRCC's feed is under 1 MB, so anything near this is not it.
const maxFeedBytes = 64 << 20

// maxCRS is the highest Comprehensive Ranking System score.
const maxCRS = 1200

// maxCount bounds counts of invitations and candidates, so that sums cannot overflow.
const maxCount = 1_000_000_000

// rawFeed is the feed as IRCC publishes it: {"classes": "...", "rounds": [...]}.
type rawFeed struct {
	Rounds *[]rawRound `json:"rounds"`
}

// rawRound is one entry of the feed; every value is a string. Fields eewizard does not use (links,
// HTML, drawDateFull, drawDateTime) are left out.
type rawRound struct {
	Number   string `json:"drawNumber"`
	Date     string `json:"drawDate"`
	Name     string `json:"drawName"`
	Size     string `json:"drawSize"`
	CRS      string `json:"drawCRS"`
	CutOff   string `json:"drawCutOff"`
	Programs string `json:"drawText2"`
	AsOn     string `json:"drawDistributionAsOn"`
	DD1      string `json:"dd1"`
	DD2      string `json:"dd2"`
	DD3      string `json:"dd3"`
	DD4      string `json:"dd4"`
	DD5      string `json:"dd5"`
	DD6      string `json:"dd6"`
	DD7      string `json:"dd7"`
	DD8      string `json:"dd8"`
	DD9      string `json:"dd9"`
	DD10     string `json:"dd10"`
	DD11     string `json:"dd11"`
	DD12     string `json:"dd12"`
	DD13     string `json:"dd13"`
	DD14     string `json:"dd14"`
	DD15     string `json:"dd15"`
	DD16     string `json:"dd16"`
	DD17     string `json:"dd17"`
	DD18     string `json:"dd18"`
}

func (r *rawRound) dd() [18]string {
	return [18]string{r.DD1, r.DD2, r.DD3, r.DD4, r.DD5, r.DD6, r.DD7, r.DD8, r.DD9,
		r.DD10, r.DD11, r.DD12, r.DD13, r.DD14, r.DD15, r.DD16, r.DD17, r.DD18}
}

// fineRows are the distribution rows that do not overlap, as indexes into dd (dd1 is 0), with their
// score ranges. dd3 (451-500) and dd9 (401-450) are subtotals of the rows below them; dd18 is the total.
var fineRows = [...]struct{ dd, lo, hi int }{
	{0, 601, 1200},
	{1, 501, 600},
	{3, 491, 500}, {4, 481, 490}, {5, 471, 480}, {6, 461, 470}, {7, 451, 460},
	{9, 441, 450}, {10, 431, 440}, {11, 421, 430}, {12, 411, 420}, {13, 401, 410},
	{14, 351, 400},
	{15, 301, 350},
	{16, 0, 300},
}

// subtotals are the two subtotal rows, with the fine rows they add up.
var subtotals = [...]struct{ dd, first, last, lo, hi int }{
	{2, 3, 7, 451, 500},
	{8, 9, 13, 401, 450},
}

const ddTotal = 17 // dd18

// Parse reads a rounds-of-invitations feed in IRCC's format from r. name (usually the file name)
// prefixes every error, which also names the round and the field at fault:
//
//	feed new.json: round 412: drawCRS "abc": want a whole number
//
// A feed is refused if it is not JSON, has no rounds, or has a round without a usable number, date,
// size or cut-off, or a score distribution that does not add up. Irregular tie-break times are read
// leniently; one that cannot be read leaves HasTieBreak false and adds a note to Feed.Notes.
func Parse(r io.Reader, name string) (*Feed, error) {
	var buf bytes.Buffer
	if n := sizeHint(r); n > 0 && n <= maxFeedBytes {
		buf.Grow(int(n) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, maxFeedBytes+1)); err != nil {
		return nil, fmt.Errorf("feed %s: %w", name, err)
	}
	if buf.Len() > maxFeedBytes {
		return nil, tellErr("rnd_err_feed_too_large", map[string]any{"Name": name, "MiB": maxFeedBytes >> 20})
	}
	return parse(buf.Bytes(), name)
}

// sizeHint returns how many bytes r holds, when it can tell without reading.
func sizeHint(r io.Reader) int64 {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len())
	case *os.File:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return 0
}

func parse(data []byte, name string) (*Feed, error) {
	var raw rawFeed
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, jsonError(data, name, err)
	}
	if raw.Rounds == nil {
		return nil, tellErr("rnd_err_no_rounds", map[string]any{"Name": name})
	}
	rr := *raw.Rounds
	if len(rr) == 0 {
		return nil, tellErr("rnd_err_empty", map[string]any{"Name": name})
	}

	f := &Feed{Rounds: make([]Round, len(rr))}
	// One backing array for every distribution's buckets.
	buckets := make([]Bucket, 0, len(rr)*len(fineRows))
	seen := make(map[string]int, len(rr))
	for i := range rr {
		in := &rr[i]
		out := &f.Rounds[i]

		num, ok := parseRoundNumber(in.Number)
		if !ok {
			return nil, fieldError(name, fmt.Sprintf("rounds[%d]", i), "drawNumber", in.Number, tellErr("rnd_want_number", nil))
		}
		out.Number = strings.TrimSpace(in.Number)
		out.num = num
		if j, dup := seen[strings.ToLower(out.Number)]; dup {
			return nil, fieldError(name, roundLabel(out.Number), "drawNumber", in.Number, tellErr("rnd_want_once", map[string]any{"Number": out.Number, "I": strconv.Itoa(j), "J": strconv.Itoa(i)}))
		}
		seen[strings.ToLower(out.Number)] = i

		d, err := time.Parse(time.DateOnly, strings.TrimSpace(in.Date))
		if err != nil {
			return nil, fieldError(name, roundLabel(out.Number), "drawDate", in.Date, tellErr("rnd_want_date", nil))
		}
		out.Date = d

		// The feed's words are shown on terminals: control characters are made visible (see
		// safetext); the kind of round is read from the words as IRCC wrote them.
		drawName := strings.TrimSpace(in.Name)
		out.Name = safetext.Clean(drawName)
		out.Category = Classify(drawName)
		out.Programs = safetext.Clean(strings.TrimSpace(in.Programs))

		if out.Invitations, ok = parseCount(in.Size); !ok {
			return nil, fieldError(name, roundLabel(out.Number), "drawSize", in.Size, tellErr("rnd_want_whole", nil))
		}
		crs, ok := parseCount(in.CRS)
		if !ok {
			return nil, fieldError(name, roundLabel(out.Number), "drawCRS", in.CRS, tellErr("rnd_want_whole", nil))
		}
		if crs > maxCRS {
			return nil, fieldError(name, roundLabel(out.Number), "drawCRS", in.CRS, tellErr("rnd_want_crs", map[string]any{"Max": 1200}))
		}
		out.CutOff = crs

		if s := strings.TrimSpace(in.CutOff); s != "" {
			t, why := parseTieBreak(s)
			if why == "" {
				out.TieBreak, out.HasTieBreak = t, true
			} else {
				f.Notes = append(f.Notes, fmt.Sprintf("round %s: drawCutOff %q: %s; no tie-break recorded", out.Number, in.CutOff, why))
			}
		}

		dist, has, note, err := parseDistribution(in, buckets[len(buckets):len(buckets):cap(buckets)])
		if err != nil {
			return nil, tellErr("rnd_err_round", map[string]any{"Name": name, "Number": out.Number, "Cause": err})
		}
		if note != "" {
			f.Notes = append(f.Notes, "round "+out.Number+": "+note)
		}
		if has {
			buckets = buckets[:len(buckets)+len(dist.Buckets)]
			out.Distribution, out.HasDistribution = dist, true
		}
	}

	slices.SortStableFunc(f.Rounds, func(a, b Round) int {
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		if c := cmp.Compare(b.num, a.num); c != 0 {
			return c
		}
		return strings.Compare(b.Number, a.Number)
	})
	return f, nil
}

// fieldError reports a bad value in one field of one round.
func fieldError(name string, label any, field, value string, want error) error {
	return tellErr("rnd_err_field", map[string]any{"Name": name, "Label": label, "Field": field, "Value": strconv.Quote(value), "Want": want})
}

// roundLabel names round number in an error: "round 437".
func roundLabel(number string) error {
	return tellErr("rnd_label_round", map[string]any{"Number": number})
}

// parseDistribution reads the pool's score distribution of one round into dst, which has room for
// every fine row. has is false when the round has none: no fields, or IRCC's placeholder of zeros.
func parseDistribution(in *rawRound, dst []Bucket) (d Distribution, has bool, note string, err error) {
	dd := in.dd()
	asOn := strings.TrimSpace(in.AsOn)
	empty := asOn == ""
	for _, s := range dd {
		empty = empty && strings.TrimSpace(s) == ""
	}
	if empty {
		return Distribution{}, false, "", nil
	}

	var v [18]int
	zero := true
	for i, s := range dd {
		n, ok := parseCount(s)
		if !ok {
			return Distribution{}, false, "", tellErr("rnd_err_dd_whole", map[string]any{"N": strconv.Itoa(i + 1), "Value": strconv.Quote(s)})
		}
		v[i] = n
		zero = zero && n == 0
	}
	if zero {
		return Distribution{}, false, "", nil // IRCC published no distribution for this round
	}
	asOf, why := parseDay(asOn)
	if why != "" {
		return Distribution{}, false, "", tellErr("rnd_err_as_on", map[string]any{"Value": strconv.Quote(in.AsOn), "Why": why})
	}

	fine := 0
	for _, r := range fineRows {
		fine += v[r.dd]
	}
	coarse := v[0] + v[1] + v[2] + v[8] + v[14] + v[15] + v[16]
	total := v[ddTotal]
	var sums [len(subtotals)]int
	var mismatch [len(subtotals)]bool
	for k, s := range subtotals {
		for i := s.first; i <= s.last; i++ {
			sums[k] += v[i]
		}
		mismatch[k] = sums[k] != v[s.dd]
	}

	// IRCC's subtotals normally equal their rows. If the fine rows add up to the total, a wrong
	// subtotal is only noted. If they do not but the subtotals do (round 247 of the 2026 feed:
	// dd4..dd8 add up to 180 less than dd3), the band whose rows disagree becomes one bucket.
	var notes []string
	switch {
	case fine == total:
		for k, s := range subtotals {
			if mismatch[k] {
				notes = append(notes, fmt.Sprintf("dd%d..dd%d add up to %s but dd%d says %s; the rows add up to the total dd18, so they are used",
					s.first+1, s.last+1, thousands(sums[k]), s.dd+1, thousands(v[s.dd])))
			}
		}
		clear(mismatch[:])
	case coarse == total:
		for k, s := range subtotals {
			if mismatch[k] {
				notes = append(notes, fmt.Sprintf("dd%d..dd%d add up to %s but dd%d says %s, which agrees with the total dd18; using dd%d as one %d-%d bucket",
					s.first+1, s.last+1, thousands(sums[k]), s.dd+1, thousands(v[s.dd]), s.dd+1, s.lo, s.hi))
			}
		}
	default:
		return Distribution{}, false, "", tellErr("rnd_err_dd18", map[string]any{"Value": strconv.Quote(dd[ddTotal]), "Sum": grouped(fine)})
	}
	note = strings.Join(notes, "; ")

	b := dst[:0]
	for _, r := range fineRows {
		if k := bandOf(r.dd); k >= 0 && mismatch[k] {
			s := subtotals[k]
			if r.dd == s.first {
				b = append(b, Bucket{Lo: s.lo, Hi: s.hi, Count: v[s.dd]})
			}
			continue
		}
		b = append(b, Bucket{Lo: r.lo, Hi: r.hi, Count: v[r.dd]})
	}
	return Distribution{AsOf: asOf, Total: total, Buckets: b[:len(b):len(b)]}, true, note, nil
}

// bandOf returns which subtotal covers the fine row dd, or -1.
func bandOf(dd int) int {
	for k, s := range subtotals {
		if s.first <= dd && dd <= s.last {
			return k
		}
	}
	return -1
}

// parseRoundNumber reads a round number: digits, optionally followed by letters ("91a").
func parseRoundNumber(s string) (int, bool) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 9 {
		return 0, false
	}
	for _, c := range []byte(s[i:]) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s[:i])
	return n, err == nil
}

// parseCount reads a whole number as IRCC writes it, with thousands commas ("226,859"), up to maxCount.
func parseCount(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" || s[0] == ',' || s[len(s)-1] == ',' {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			n = n*10 + int(c-'0')
			if n > maxCount {
				return 0, false
			}
		case c == ',' && s[i-1] != ',':
		default:
			return 0, false
		}
	}
	return n, true
}

// thousands formats n with thousands commas, as IRCC does.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// jsonError turns a JSON decoding error into one that names the file and, where it can, the round
// and the field.
func jsonError(data []byte, name string, err error) error {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		line, col := lineCol(data, syn.Offset-1) // Offset counts the bytes read, the bad one included
		where := fmt.Sprintf("line %d, column %d", line, col)
		if round, field := near(data, syn.Offset); round != "" {
			where += " (round " + round
			if field != "" {
				where += ", field " + field
			}
			where += ")"
		}
		return fmt.Errorf("feed %s: %s: not valid JSON: %v", name, where, syn)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return typeError(data, name, typ)
	}
	return fmt.Errorf("feed %s: %w", name, err)
}

// typeError explains a JSON value of the wrong kind. The fast decode only says which field; this
// decodes the rounds one by one to say which round.
func typeError(data []byte, name string, typ *json.UnmarshalTypeError) error {
	if typ.Field == "" {
		return tellErr("rnd_err_json_top", map[string]any{"Name": name, "Type": jsonType(typ.Value)})
	}
	var top struct {
		Rounds []json.RawMessage `json:"rounds"`
	}
	if err := json.Unmarshal(data, &top); err != nil {
		return tellErr("rnd_err_json_rounds", map[string]any{"Name": name, "Type": jsonType(typ.Value)})
	}
	for i, m := range top.Rounds {
		var rr rawRound
		err := json.Unmarshal(m, &rr)
		var t *json.UnmarshalTypeError
		if !errors.As(err, &t) {
			continue
		}
		var label any = fmt.Sprintf("rounds[%d]", i)
		var id struct {
			Number any `json:"drawNumber"`
		}
		_ = json.Unmarshal(m, &id) // best effort: only improves the label
		if s, ok := id.Number.(string); ok && s != "" {
			label = roundLabel(strings.TrimSpace(s))
		}
		if t.Field == "" {
			return tellErr("rnd_err_json_round", map[string]any{"Name": name, "Label": label, "Type": jsonType(t.Value)})
		}
		return tellErr("rnd_err_json_field", map[string]any{"Name": name, "Label": label, "Field": t.Field, "Type": jsonType(t.Value)})
	}
	return tellErr("rnd_err_json_at", map[string]any{"Name": name, "Field": typ.Field, "Type": jsonType(typ.Value)})
}

// lineCol converts a 0-based byte offset into a 1-based line and column.
func lineCol(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	prefix := data[:off]
	line = bytes.Count(prefix, []byte{'\n'}) + 1
	col = int(off) - (bytes.LastIndexByte(prefix, '\n') + 1) + 1
	return line, col
}

// near guesses the round and the field being read at byte offset off of a feed that stopped being
// JSON there: the last drawNumber and the last key before it. IRCC writes drawNumber first in every
// round. Either may be empty.
func near(data []byte, off int64) (round, field string) {
	off = min(max(off, 0), int64(len(data)))
	prefix := data[:off]
	if i := bytes.LastIndex(prefix, []byte(`"drawNumber"`)); i >= 0 {
		rest := bytes.TrimLeft(prefix[i+len(`"drawNumber"`):], " \t\r\n")
		if rest, ok := bytes.CutPrefix(rest, []byte(":")); ok {
			rest = bytes.TrimLeft(rest, " \t\r\n")
			if rest, ok := bytes.CutPrefix(rest, []byte(`"`)); ok {
				if j := bytes.IndexByte(rest, '"'); j >= 0 && j <= 16 {
					round = string(rest[:j])
				}
			}
		}
	}
	if i := bytes.LastIndex(prefix, []byte(`":`)); i >= 0 {
		if j := bytes.LastIndexByte(prefix[:i], '"'); j >= 0 && i-j-1 <= 32 {
			field = string(prefix[j+1 : i])
		}
	}
	return round, field
}

// jsonType is a JSON value's kind as encoding/json names it ("array", "number"), told so that
// French says it in French.
func jsonType(v string) error {
	switch v {
	case "array", "object", "string", "number", "bool":
		return tellErr("rnd_json_"+v, nil)
	}
	return tellErr("rnd_json_other", map[string]any{"Type": v})
}
