package rounds

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eewizard/eewizard/scoring"
)

// FuzzParse feeds Parse arbitrary bytes: it must never panic, and whatever it accepts must hold
// together (rounds newest first, cut-offs within CRS, distributions adding up to their totals).
func FuzzParse(f *testing.F) {
	good := threeRounds()
	f.Add(feedJSON(good...))
	f.Add(feedJSON(good[0].with("drawCutOff", "October 7 at 16:38:21 UTC").with("dd4", "12,735")))
	f.Add(feedJSON(good[1].with("drawNumber", "91a"), good[2].with("drawNumber", "91b")))
	f.Add(feedJSON(good[2].with("drawCutOff", "June 22, 2021 at 20:19:59 PM UTC").with("drawSize", "1,2,3")))
	f.Add(embeddedJSON[:2200])
	f.Add([]byte(`{"rounds":[]}`))
	f.Add([]byte(`{"rounds":[null]}`))
	f.Add([]byte(`{"rounds":[{"drawNumber":1}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		feed, err := Parse(bytes.NewReader(data), "fuzz.json")
		if took, limit := time.Since(start), time.Second+time.Duration(len(data)>>10)*time.Millisecond; took > limit {
			t.Fatalf("Parse of %d bytes took %v, over %v", len(data), took, limit)
		}
		if err != nil {
			if feed != nil {
				t.Fatal("a feed and an error")
			}
			return
		}
		if len(feed.Rounds) == 0 {
			t.Fatal("accepted a feed without rounds")
		}
		for i, r := range feed.Rounds {
			if i > 0 && feed.Rounds[i-1].Date.Before(r.Date) {
				t.Fatalf("round %s before round %s: not newest first", feed.Rounds[i-1].Number, r.Number)
			}
			if r.CutOff < 0 || r.CutOff > maxCRS || r.Invitations < 0 {
				t.Fatalf("round %s: cut-off %d, invitations %d", r.Number, r.CutOff, r.Invitations)
			}
			if r.HasDistribution {
				sum := 0
				for _, b := range r.Distribution.Buckets {
					sum += b.Count
				}
				if sum != r.Distribution.Total {
					t.Fatalf("round %s: buckets add up to %d, total %d", r.Number, sum, r.Distribution.Total)
				}
				r.Distribution.Above(r.CutOff)
			}
		}
		feed.Filter(Classify(feed.Rounds[0].Name), feed.Rounds[len(feed.Rounds)-1].Date)
	})
}

// FuzzParseTieBreak: reading any drawCutOff never panics, and what it reads is in UTC.
func FuzzParseTieBreak(f *testing.F) {
	for _, s := range []string{
		"March 1, 2026 at 18:34:05 UTC", "October 7 at 16:38:21 UTC", "June 22, 2021 at 20:19:59 PM UTC",
		"July 3rd 2026 at 21:35:13 UTC", "March 02. 2024 at 01:58:34 UTC", "2026-03-01T18:34:05Z", "::", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tb, why := parseTieBreak(s)
		if why == "" && tb.Location() != time.UTC {
			t.Fatalf("parseTieBreak(%q) = %v: want UTC", s, tb)
		}
		if why != "" && !tb.IsZero() {
			t.Fatalf("parseTieBreak(%q) = %v with reason %q", s, tb, why)
		}
	})
}

// FuzzParseDay: reading any drawDistributionAsOn never panics; what it reads is a midnight in UTC,
// and a date in IRCC's ISO form reads as itself.
func FuzzParseDay(f *testing.F) {
	for _, s := range []string{"August 16, 2026", "2026-08-16", "Feb 29 2024", "February 30, 2026", "16 août 2026", "", "0000-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, why := parseDay(s)
		if why != "" {
			if !d.IsZero() {
				t.Fatalf("parseDay(%q) = %v with reason %q", s, d, why)
			}
			return
		}
		if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 {
			t.Fatalf("parseDay(%q) = %v: want midnight UTC", s, d)
		}
		if iso, err := time.Parse(time.DateOnly, s); err == nil && !iso.Equal(d) {
			t.Fatalf("parseDay(%q) = %v, want %v", s, d, iso)
		}
	})
}

// FuzzParseCount: a count reads as the number its digits say, commas aside, within maxCount;
// IRCC's own way of writing a count reads back.
func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"226,859", "0", "1,2,3", ",1", "1,", "1,,2", "-5", " 42 ", "99999999999999999999", "٣"} {
		f.Add(s, 0)
	}
	f.Add("", 226859)
	f.Fuzz(func(t *testing.T, s string, m int) {
		n, ok := parseCount(s)
		if ok {
			digits := strings.ReplaceAll(strings.TrimSpace(s), ",", "")
			want, err := strconv.Atoi(digits)
			if err != nil || want != n || n < 0 || n > maxCount || strings.ContainsAny(digits, "+-") {
				t.Fatalf("parseCount(%q) = %d, want %q", s, n, digits)
			}
		}
		if m < 0 || m > maxCount {
			return
		}
		for _, w := range []string{strconv.Itoa(m), thousands(m)} {
			if got, ok := parseCount(w); !ok || got != m {
				t.Fatalf("parseCount(%q) = %d, %v; want %d", w, got, ok, m)
			}
		}
	})
}

// FuzzParseRoundNumber: a round number is digits then letters, and reads as its digits.
func FuzzParseRoundNumber(f *testing.F) {
	for _, s := range []string{"437", "91a", "91b", " 12 ", "a1", "", "1234567890", "1-2", "0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := parseRoundNumber(s)
		if !ok {
			return
		}
		trimmed := strings.TrimSpace(s)
		digits := strings.TrimRightFunc(trimmed, func(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' })
		if want, err := strconv.Atoi(digits); err != nil || want != n || n < 0 || strings.ContainsAny(digits, "+-") {
			t.Fatalf("parseRoundNumber(%q) = %d, want the number of %q", s, n, digits)
		}
	})
}

// FuzzClassify: any drawName gets a category (never All), the same one whatever its case, and
// every category's names read back.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{"Canadian Experience Class", "French-Language proficiency 2026-Version 2", "No Program Specified",
		"Healthcare and social services occupations (Version 2)", "Federal Skilled Trades", "Trade occupations", "", "\x1b[2J", "ÉDUCATION"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Classify(s)
		if c == All || c >= numCategories {
			t.Fatalf("Classify(%q) = %v", s, c)
		}
		if isASCII(s) {
			if u, l := Classify(strings.ToUpper(s)), Classify(strings.ToLower(s)); u != c || l != c {
				t.Fatalf("Classify(%q) = %v, upper case %v, lower case %v", s, c, u, l)
			}
		}
		if back, err := ParseCategory(c.String()); err != nil || back != c {
			t.Fatalf("ParseCategory(%q) = %v, %v", c.String(), back, err)
		}
		_ = c.Title()
		if err := scoring.CheckITAProgram(c.Program()); err != nil {
			t.Fatalf("%v: program %q: %v", c, c.Program(), err)
		}
	})
}

// FuzzParseCategory: a --category value is a category, or an error that lists the allowed ones.
func FuzzParseCategory(f *testing.F) {
	for _, s := range []string{"cec", " French ", "all", "", "senior-managers", "nope", "CEC\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCategory(s)
		if err != nil {
			if c != All || !strings.Contains(err.Error(), "want one of all, general, cec") {
				t.Fatalf("ParseCategory(%q) = %v, %v", s, c, err)
			}
			return
		}
		if c >= numCategories || !strings.EqualFold(strings.TrimSpace(s), c.String()) && strings.TrimSpace(s) != "" {
			t.Fatalf("ParseCategory(%q) = %v", s, c)
		}
		var u Category
		if err := u.UnmarshalText([]byte(s)); err != nil || u != c {
			t.Fatalf("UnmarshalText(%q) = %v, %v; ParseCategory gave %v", s, u, err, c)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// FuzzImport imports any bytes over a stored copy: either the import is refused and the stored
// file is byte for byte what it was, or it is accepted and the stored file is the bytes given,
// holding no round after today and not behind the feed that was in force. (The embedded feed is
// always in force at the least, so small inputs are refused; the unit tests cover acceptance.)
// An import is answered in well under a second per MB.
func FuzzImport(f *testing.F) {
	// Small seeds: the fuzzer minimises every input that finds something new, and a few KB of
	// distribution rows would take its whole minute.
	round := func(number, date string) string {
		return `{"drawNumber":"` + number + `","drawDate":"` + date + `","drawName":"General","drawSize":"1,000","drawCRS":"500"}`
	}
	for _, seed := range []string{
		`{"rounds":[` + round("412", "2026-04-27") + `]}`,
		`{"rounds":[` + round("5000", "2026-09-01") + `,` + round("412", "2026-04-27") + `]}`,
		`{"rounds":[` + round("5000", "2099-01-01") + `]}`,
		`{"rounds":[]}`,
		`{"rounds":[{"drawNumber":"1"`,
	} {
		f.Add([]byte(seed))
	}
	today := time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC)
	stored := []byte(`{"rounds":[` + round("413", "2099-01-01") + `,` + round("412", "2026-04-27") + `]}`) // a poisoned copy
	// One data directory for every input, the stored copy rewritten each time: a directory per
	// input makes each run, and so the minimising of every input the fuzzer keeps, far slower.
	work := f.TempDir()
	dir, src := filepath.Join(work, "data"), filepath.Join(work, "new.json")
	dst := filepath.Join(dir, FileName)
	if err := os.Mkdir(dir, 0o700); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(dst, stored, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(src, data, 0o600); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		feed, err := Import(src, dir, today)
		if took, limit := time.Since(start), time.Second+time.Duration(len(data)>>10)*time.Millisecond; took > limit {
			t.Fatalf("Import of %d bytes took %v, over %v", len(data), took, limit)
		}
		after, rerr := os.ReadFile(dst)
		if rerr != nil {
			t.Fatal(rerr)
		}
		if err != nil {
			if feed != nil || !bytes.Equal(after, stored) {
				t.Fatalf("refused (%v), but the stored file changed", err)
			}
			return
		}
		if !bytes.Equal(after, data) {
			t.Fatal("accepted, but the stored file is not the bytes imported")
		}
		if feed.Rounds[0].Date.After(today.Add(dateSlack)) || behind(feed, Embedded()) {
			t.Fatalf("accepted a feed of %d rounds, newest %v", len(feed.Rounds), feed.Rounds[0].Date)
		}
	})
}
