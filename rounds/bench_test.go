package rounds

import (
	"bytes"
	"testing"
	"time"
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
