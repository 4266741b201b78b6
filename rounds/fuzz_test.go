package rounds

import (
	"bytes"
	"testing"
	"time"
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
		feed, err := Parse(bytes.NewReader(data), "fuzz.json")
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
