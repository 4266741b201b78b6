package rounds

import (
	"testing"
	"time"
)

func TestFilterByCategoryAndDateNewestFirst(t *testing.T) {
	f := Embedded()
	tests := []struct {
		name  string
		cat   Category
		since time.Time
		want  int
		first string // newest round number, "" when none
	}{
		{"every round", All, time.Time{}, 438, "437"},
		{"CEC rounds", CEC, time.Time{}, 67, "436"},
		{"French rounds", French, time.Time{}, 36, "437"},
		{"rounds of 2026", All, day("2026-01-01"), countSince(f, day("2026-01-01")), "437"},
		{"since the newest round's day", All, day("2026-08-19"), 1, "437"},
		{"after the newest round", All, day("2026-08-20"), 0, ""},
		{"no researchers rounds yet", Researchers, time.Time{}, 0, ""},
		{"no other rounds", Other, time.Time{}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.Filter(tt.cat, tt.since)
			if len(got) != tt.want {
				t.Fatalf("%d rounds, want %d", len(got), tt.want)
			}
			if tt.want == 0 {
				if got != nil {
					t.Errorf("got an empty non-nil slice, want nil")
				}
				return
			}
			if got[0].Number != tt.first {
				t.Errorf("first round %s, want %s", got[0].Number, tt.first)
			}
			for i, r := range got {
				if tt.cat != All && r.Category != tt.cat {
					t.Errorf("round %s is %s, want %s", r.Number, r.Category, tt.cat)
				}
				if r.Date.Before(tt.since) {
					t.Errorf("round %s on %s is before %s", r.Number, r.Date.Format(time.DateOnly), tt.since.Format(time.DateOnly))
				}
				if i > 0 && got[i-1].Date.Before(r.Date) {
					t.Errorf("round %s before round %s: want newest first", got[i-1].Number, r.Number)
				}
			}
		})
	}
}

func countSince(f *Feed, since time.Time) int {
	n := 0
	for _, r := range f.Rounds {
		if !r.Date.Before(since) {
			n++
		}
	}
	return n
}

func TestFilterResultIsTheCallersOwn(t *testing.T) {
	f := Embedded()
	got := f.Filter(All, time.Time{})
	got[0].CutOff = 1
	if f.Rounds[0].CutOff != 382 {
		t.Errorf("changing Filter's result changed the feed: round 437 cut-off %d", f.Rounds[0].CutOff)
	}
}

func TestLatestReturnsTheNNewestOfACategory(t *testing.T) {
	f := Embedded()
	tests := []struct {
		cat  Category
		n    int
		want []string
	}{
		{All, 3, []string{"437", "436", "435"}},
		{CEC, 1, []string{"436"}},
		{French, 2, []string{"437", numberOfNth(f, French, 1)}},
		{All, 0, nil},
		{All, -1, nil},
		{Researchers, 5, nil},
		{Military, 5, []string{numberOfNth(f, Military, 0)}}, // only one military round so far
	}
	for _, tt := range tests {
		got := f.Latest(tt.cat, tt.n)
		if len(got) != len(tt.want) {
			t.Errorf("Latest(%s, %d): %d rounds, want %d", tt.cat, tt.n, len(got), len(tt.want))
			continue
		}
		for i := range got {
			if got[i].Number != tt.want[i] {
				t.Errorf("Latest(%s, %d)[%d] = round %s, want %s", tt.cat, tt.n, i, got[i].Number, tt.want[i])
			}
		}
	}
	if got := f.Latest(All, 1000); len(got) != 438 {
		t.Errorf("Latest(all, 1000): %d rounds, want all 438", len(got))
	}
}

// numberOfNth returns the number of the i-th newest round of category cat, found the slow way.
func numberOfNth(f *Feed, cat Category, i int) string {
	for _, r := range f.Rounds {
		if r.Category == cat {
			if i == 0 {
				return r.Number
			}
			i--
		}
	}
	return "none"
}

func TestFindByRoundNumber(t *testing.T) {
	f := Embedded()
	tests := []struct {
		in     string
		want   string
		cutOff int
	}{
		{"437", "437", 382},
		{" 436 ", "436", 523},
		{"91A", "91a", 288},
		{"1", "1", 886},
		{"0437", "", 0},
		{"999", "", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		r, ok := f.Find(tt.in)
		if ok != (tt.want != "") || r.Number != tt.want || r.CutOff != tt.cutOff {
			t.Errorf("Find(%q) = round %q cut-off %d, %v; want %q cut-off %d", tt.in, r.Number, r.CutOff, ok, tt.want, tt.cutOff)
		}
	}
	var none *Feed
	if _, ok := none.Find("1"); ok {
		t.Error("Find on a nil feed found a round")
	}
}

func TestLatestDistributionIsTheNewestPublished(t *testing.T) {
	d, ok := Embedded().LatestDistribution()
	if !ok || d.Total != 226859 || !d.AsOf.Equal(day("2026-08-16")) {
		t.Errorf("LatestDistribution() = %d as of %s, %v; want 226,859 as of 2026-08-16", d.Total, d.AsOf.Format(time.DateOnly), ok)
	}
	// Round 500 has IRCC's placeholder of zeros: the distribution comes from round 499.
	zeros := newEntry("500", "2027-01-06", "General", "100", "444")
	for _, k := range []string{"dd1", "dd2", "dd3", "dd4", "dd5", "dd6", "dd7", "dd8", "dd9", "dd10", "dd11", "dd12", "dd13", "dd14", "dd15", "dd16", "dd17", "dd18"} {
		zeros = zeros.with(k, "0")
	}
	older := newEntry("499", "2027-01-05", "General", "100", "444").with("drawDistributionAsOn", "January 4, 2027")
	f := mustParse(t, feedJSON(zeros, older))
	if d, ok := f.LatestDistribution(); !ok || !d.AsOf.Equal(day("2027-01-04")) {
		t.Errorf("LatestDistribution() as of %s, %v; want round 499's, 2027-01-04", d.AsOf.Format(time.DateOnly), ok)
	}
	f = mustParse(t, feedJSON(zeros))
	if _, ok := f.LatestDistribution(); ok {
		t.Error("a feed without distributions gave one")
	}
}

func mustParse(t *testing.T, data []byte) *Feed {
	t.Helper()
	f, err := parse(data, "test.json")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestAboveCountsCandidatesScoringHigher uses the pool of August 16, 2026 (round 437).
func TestAboveCountsCandidatesScoringHigher(t *testing.T) {
	d, _ := Embedded().LatestDistribution()
	tests := []struct {
		score  int
		want   int
		approx bool
	}{
		{1200, 0, false},
		{1300, 0, false},
		{600, 439, false},    // dd1: 601-1200
		{500, 19096, false},  // 439 + 18,657
		{460, 77836, false},  // 19,096 + 12,915 + 13,066 + 16,626 + 16,133
		{450, 92650, false},  // 77,836 + 14,814
		{400, 153281, false}, // 92,650 + 13,555 + 13,229 + 11,890 + 11,269 + 10,688
		{300, 219150, false}, // 153,281 + 48,600 + 17,269
		{-1, 226859, false},  // everyone
		{495, 25554, true},   // 19,096 + 12,915 × 5/10 = 6,457.5, rounded 6,458
		{491, 30720, true},   // 19,096 + 12,915 × 9/10 = 11,623.5, rounded 11,624 (491 itself is not above)
		{501, 18909, true},   // 439 + 18,657 × 99/100 = 18,470.43, rounded 18,470
		{382, 170777, true},  // 153,281 + 48,600 × 18/50 = 17,496
		{601, 438, true},     // 439 × 599/600 = 438.27, rounded 438
		{0, 226833, true},    // 219,150 + 7,709 × 300/301 = 7,683.39, rounded 7,683
	}
	for _, tt := range tests {
		got, approx := d.Above(tt.score)
		if got != tt.want || approx != tt.approx {
			t.Errorf("Above(%d) = %d, %v; want %d, %v", tt.score, got, approx, tt.want, tt.approx)
		}
	}
	// Going down the scores, the count never falls.
	prev := 0
	for s := 1201; s >= -1; s-- {
		n, _ := d.Above(s)
		if n < prev {
			t.Fatalf("Above(%d) = %d < Above(%d) = %d", s, n, s+1, prev)
		}
		prev = n
	}
	if n, _ := (Distribution{}).Above(400); n != 0 {
		t.Errorf("empty distribution: Above(400) = %d", n)
	}
}

func TestInvitedInCountsRoundsWithCutOffAtOrBelowTheScore(t *testing.T) {
	rs := []Round{{CutOff: 382}, {CutOff: 523}, {CutOff: 789}, {CutOff: 523}}
	tests := []struct{ score, want int }{
		{381, 0}, {382, 1}, {500, 1}, {523, 3}, {788, 3}, {789, 4}, {1200, 4},
	}
	for _, tt := range tests {
		if got := InvitedIn(rs, tt.score); got != tt.want {
			t.Errorf("InvitedIn(score %d) = %d, want %d", tt.score, got, tt.want)
		}
	}
	if got := InvitedIn(nil, 500); got != 0 {
		t.Errorf("InvitedIn(nil) = %d", got)
	}
	// In the 67 CEC rounds, a score of 523 (round 436's cut-off) was enough in at least round 436.
	cec := Embedded().Filter(CEC, time.Time{})
	if got := InvitedIn(cec, 523); got < 1 || got > len(cec) {
		t.Errorf("InvitedIn(CEC rounds, 523) = %d", got)
	}
}

func TestQueriesAreAllocationLight(t *testing.T) {
	f := Embedded()
	d, _ := f.LatestDistribution()
	cec := f.Filter(CEC, time.Time{})
	since := day("2025-01-01")
	tests := []struct {
		name string
		max  float64
		fn   func()
	}{
		{"Find", 0, func() { f.Find("91a") }},
		{"Above", 0, func() { d.Above(437) }},
		{"InvitedIn", 0, func() { InvitedIn(cec, 500) }},
		{"LatestDistribution", 0, func() { f.LatestDistribution() }},
		{"Classify", 0, func() { Classify("Healthcare and Social Services Occupations, 2026-Version 3") }},
		{"Filter", 1, func() { f.Filter(CEC, since) }},
		{"Latest", 1, func() { f.Latest(French, 5) }},
	}
	for _, tt := range tests {
		if got := testing.AllocsPerRun(100, tt.fn); got > tt.max {
			t.Errorf("%s: %.0f allocations per call, want at most %.0f", tt.name, got, tt.max)
		}
	}
}

func TestQueriesOnANilFeedFindNothing(t *testing.T) {
	var f *Feed
	if f.Filter(All, time.Time{}) != nil || f.Latest(All, 3) != nil {
		t.Error("nil feed: Filter or Latest returned rounds")
	}
	if _, ok := f.LatestDistribution(); ok {
		t.Error("nil feed: LatestDistribution found one")
	}
}
