package rounds

import (
	"bytes"
	"testing"
	"time"

	"github.com/eewizard/eewizard/scoring"
)

// BenchmarkParse parses IRCC's whole feed (438 rounds, 782 kB), as Embedded does once per run.
func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(embeddedJSON)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(embeddedJSON), "embedded"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFilter selects rounds the way the report screens do.
func BenchmarkFilter(b *testing.B) {
	f := Embedded()
	for _, bm := range []struct {
		name  string
		cat   Category
		since time.Time
	}{
		{"all", All, time.Time{}},
		{"cec", CEC, time.Time{}},
		{"cec-since-2025", CEC, day("2025-01-01")},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				f.Filter(bm.cat, bm.since)
			}
		})
	}
}

// BenchmarkAbove estimates a rank in the latest pool.
func BenchmarkAbove(b *testing.B) {
	d, _ := Embedded().LatestDistribution()
	b.ReportAllocs()
	for b.Loop() {
		d.Above(437)
	}
}

// BenchmarkStandingsWithCategories is what the rounds screen and `improve` compute for a nurse with
// a work history: the kinds (every category version in force judged), the last 10 rounds of each
// kind judged (the healthcare rounds under three versions), and the notes on the categories not met.
func BenchmarkStandingsWithCategories(b *testing.B) {
	r := benchRules(b)
	src := jobsHead + "\n[[applicant.jobs]]\nnoc = \"31301\"\ncountry = \"canada\"\nstart = 2023-03-01\n"
	p, err := scoring.ReadProfile(r, "p.toml", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	a := scoring.Assess(r, &p, day(scoreDay))
	f := Embedded()
	b.ReportAllocs()
	for b.Loop() {
		kinds := KindsFor(r, &a, &p)
		f.Standings(r, &a, kinds, 10)
		CategoryNotes(r, &a)
	}
}

func benchRules(b *testing.B) *scoring.Rules {
	r, err := testRules(b).At(day(scoreDay))
	if err != nil {
		b.Fatal(err)
	}
	return r
}
