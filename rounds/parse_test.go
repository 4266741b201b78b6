package rounds

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestEmbeddedFeedHas438RoundsNewestFirst(t *testing.T) {
	f, err := parse(embeddedJSON, "embedded")
	if err != nil {
		t.Fatalf("the embedded feed does not parse: %v", err)
	}
	if len(f.Rounds) != 438 {
		t.Fatalf("embedded feed: %d rounds, want 438 (round 1 to 437, with 91a and 91b)", len(f.Rounds))
	}
	if Embedded() != Embedded() {
		t.Error("Embedded() parsed the feed twice: want one shared feed")
	}
	if got := len(Embedded().Rounds); got != 438 {
		t.Errorf("Embedded(): %d rounds, want 438", got)
	}
	for i := 1; i < len(f.Rounds); i++ {
		a, b := f.Rounds[i-1], f.Rounds[i]
		if a.Date.Before(b.Date) || a.Date.Equal(b.Date) && a.num < b.num {
			t.Errorf("rounds[%d] (round %s, %s) comes before rounds[%d] (round %s, %s): want newest first",
				i-1, a.Number, a.Date.Format(time.DateOnly), i, b.Number, b.Date.Format(time.DateOnly))
		}
	}
	if last := f.Rounds[len(f.Rounds)-1]; last.Number != "1" || !last.Date.Equal(day("2015-01-31")) {
		t.Errorf("oldest round: %s on %s, want round 1 on 2015-01-31", last.Number, last.Date.Format(time.DateOnly))
	}
}

// publishedFeedSHA256 is the SHA-256 of IRCC's feed as published, the copy of 2026-08-20 in the
// project's shared data (438 entries, round 1 to round 437).
const publishedFeedSHA256 = "97ae965f061ce10c688f5b1c7cb5562ddd369a349b037723c440e68a3372fca6"

func TestEmbeddedCopyIsIRCCsFeedByteForByte(t *testing.T) {
	sum := sha256.Sum256(embeddedJSON)
	if got := hex.EncodeToString(sum[:]); got != publishedFeedSHA256 {
		t.Errorf("rounds/%s has SHA-256 %s, want %s: the embedded copy must be IRCC's feed as published", FileName, got, publishedFeedSHA256)
	}
}

func TestNewestRoundIs437FrenchCutOff382(t *testing.T) {
	r := Embedded().Rounds[0]
	want := Round{
		Number:      "437",
		Date:        day("2026-08-19"),
		Name:        "French-Language proficiency 2026-Version 2",
		Category:    French,
		Invitations: 5000,
		CutOff:      382,
		TieBreak:    time.Date(2026, 3, 1, 18, 34, 5, 0, time.UTC),
		HasTieBreak: true,
		Programs:    "Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program",
	}
	if r.Number != want.Number || !r.Date.Equal(want.Date) || r.Name != want.Name || r.Category != want.Category ||
		r.Invitations != want.Invitations || r.CutOff != want.CutOff || !r.TieBreak.Equal(want.TieBreak) ||
		r.HasTieBreak != want.HasTieBreak || r.Programs != want.Programs {
		t.Errorf("newest round:\n got %+v\nwant %+v", r, want)
	}
	if r.Date.Location() != time.UTC {
		t.Errorf("round date in %v, want UTC", r.Date.Location())
	}
}

func TestRound437DistributionTotals226859AndRowsAddUp(t *testing.T) {
	r, ok := Embedded().Find("437")
	if !ok || !r.HasDistribution {
		t.Fatal("round 437: no distribution")
	}
	d := r.Distribution
	if d.Total != 226859 {
		t.Errorf("total %d, want 226,859", d.Total)
	}
	if !d.AsOf.Equal(day("2026-08-16")) {
		t.Errorf("as of %s, want 2026-08-16", d.AsOf.Format(time.DateOnly))
	}
	// IRCC's rows: 601-1200, 501-600, five rows of ten from 491-500 down to 451-460 (dd3 = 73,554),
	// five from 441-450 down to 401-410 (dd9 = 60,631), 351-400, 301-350, 0-300.
	want := []Bucket{
		{601, 1200, 439}, {501, 600, 18657},
		{491, 500, 12915}, {481, 490, 13066}, {471, 480, 16626}, {461, 470, 16133}, {451, 460, 14814},
		{441, 450, 13555}, {431, 440, 13229}, {421, 430, 11890}, {411, 420, 11269}, {401, 410, 10688},
		{351, 400, 48600}, {301, 350, 17269}, {0, 300, 7709},
	}
	if len(d.Buckets) != len(want) {
		t.Fatalf("%d buckets, want %d: %v", len(d.Buckets), len(want), d.Buckets)
	}
	sum, band451, band401 := 0, 0, 0
	for i, b := range d.Buckets {
		if b != want[i] {
			t.Errorf("bucket %d: %+v, want %+v", i, b, want[i])
		}
		sum += b.Count
		if b.Lo >= 451 && b.Hi <= 500 {
			band451 += b.Count
		}
		if b.Lo >= 401 && b.Hi <= 450 {
			band401 += b.Count
		}
	}
	if sum != d.Total {
		t.Errorf("buckets add up to %d, want the total %d", sum, d.Total)
	}
	if band451 != 73554 || band401 != 60631 {
		t.Errorf("451-500 rows add up to %d (want dd3 73,554), 401-450 to %d (want dd9 60,631)", band451, band401)
	}
}

func TestEveryDistributionAddsUpToItsTotal(t *testing.T) {
	n := 0
	for _, r := range Embedded().Rounds {
		if !r.HasDistribution {
			continue
		}
		n++
		sum, next := 0, 1200
		for _, b := range r.Distribution.Buckets {
			sum += b.Count
			if b.Hi != next || b.Lo > b.Hi {
				t.Errorf("round %s: bucket %d-%d: want buckets from 1200 down to 0 without gaps", r.Number, b.Lo, b.Hi)
			}
			next = b.Lo - 1
		}
		if sum != r.Distribution.Total || next != -1 {
			t.Errorf("round %s: buckets add up to %d down to %d, want %d down to 0", r.Number, sum, next+1, r.Distribution.Total)
		}
	}
	// 220 rounds carry a distribution; the other 218 have IRCC's placeholder of zeros.
	if n != 220 {
		t.Errorf("%d rounds with a distribution, want 220", n)
	}
}

// TestEveryRoundAgreesWithDrawsCSV cross-checks the parsed feed against draws.csv, the same rounds
// flattened and checked against other copies of the feed and the press.
func TestEveryRoundAgreesWithDrawsCSV(t *testing.T) {
	fh, err := os.Open(testFile(t, "draws.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	rows, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0], ","); got != "round,date,category,invitations,cutoff_crs,tie_break" {
		t.Fatalf("draws.csv header %q", got)
	}
	rows = rows[1:]
	f := Embedded()
	if len(rows) != len(f.Rounds) {
		t.Errorf("draws.csv has %d rounds, the feed %d", len(rows), len(f.Rounds))
	}
	for _, row := range rows {
		number := row[0]
		r, ok := f.Find(number)
		if !ok {
			t.Errorf("round %s: in draws.csv, not in the feed", number)
			continue
		}
		if got := r.Date.Format(time.DateOnly); got != row[1] {
			t.Errorf("round %s: date %s, draws.csv %s", number, got, row[1])
		}
		if r.Name != row[2] {
			t.Errorf("round %s: name %q, draws.csv %q", number, r.Name, row[2])
		}
		if got := strconv.Itoa(r.Invitations); got != row[3] {
			t.Errorf("round %s: invitations %s, draws.csv %s", number, got, row[3])
		}
		if got := strconv.Itoa(r.CutOff); got != row[4] {
			t.Errorf("round %s: cut-off %s, draws.csv %s", number, got, row[4])
		}
		switch tb := row[5]; {
		case tb == "" && r.HasTieBreak:
			t.Errorf("round %s: tie-break %s, draws.csv has none", number, r.TieBreak.Format(time.RFC3339))
		case tb != "" && !r.HasTieBreak:
			t.Errorf("round %s: no tie-break, draws.csv %s", number, tb)
		case tb != "":
			// draws.csv leaves out the Z where IRCC left out "UTC" (rounds 258 and 383); the feed
			// gives every other tie-break in UTC, and so does Parse.
			want, err := time.Parse(time.RFC3339, tb)
			if err != nil {
				want, err = time.Parse("2006-01-02T15:04:05", tb)
			}
			if err != nil {
				t.Errorf("round %s: draws.csv tie_break %q: %v", number, tb, err)
			} else if !r.TieBreak.Equal(want) {
				t.Errorf("round %s: tie-break %s, draws.csv %s", number, r.TieBreak.Format(time.RFC3339), tb)
			}
		}
	}
}

func TestRound91AppearsTwiceAndBothAreKept(t *testing.T) {
	f := Embedded()
	a, okA := f.Find("91a")
	b, okB := f.Find("91b")
	if !okA || !okB {
		t.Fatalf("Find 91a: %v, 91b: %v; want both", okA, okB)
	}
	if a.Category != FST || a.Invitations != 500 || a.CutOff != 288 {
		t.Errorf("round 91a: %s, %d invitations, cut-off %d; want fst, 500, 288", a.Category, a.Invitations, a.CutOff)
	}
	if b.Category != PNP || b.Invitations != 200 || b.CutOff != 902 {
		t.Errorf("round 91b: %s, %d invitations, cut-off %d; want pnp, 200, 902", b.Category, b.Invitations, b.CutOff)
	}
	var order []string
	for _, r := range f.Rounds {
		if strings.HasPrefix(r.Number, "91") {
			order = append(order, r.Number)
		}
	}
	if got := strings.Join(order, " "); got != "91b 91a" {
		t.Errorf("order of the rounds of 2018-05-30: %s, want 91b 91a (newest first)", got)
	}
}

// TestIrregularTieBreaksAreReadLeniently lists the shapes IRCC has written drawCutOff in.
func TestIrregularTieBreaksAreReadLeniently(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min, s int) time.Time {
		return time.Date(y, m, d, h, min, s, 0, time.UTC)
	}
	tests := []struct {
		round, in string
		want      time.Time // zero: no tie-break
		why       string    // when want is zero: the reason given
	}{
		{"437", "March 1, 2026 at 18:34:05 UTC", utc(2026, 3, 1, 18, 34, 5), ""},
		{"208", "October 7 at 16:38:21 UTC", time.Time{}, "no year"},
		{"210", "June 22, 2021 at 20:19:59 PM UTC", utc(2021, 6, 22, 20, 19, 59), ""}, // PM after a 24-hour time
		{"270", "September 30, 2023 at 04:22:17 AM UTC", utc(2023, 9, 30, 4, 22, 17), ""},
		{"258", "June 15, 2023 at 23:49:05", utc(2023, 6, 15, 23, 49, 5), ""}, // no UTC
		{"383", "March 05, 2025 at 05:10:48", utc(2025, 3, 5, 5, 10, 48), ""},
		{"432", "July 3rd 2026 at 21:35:13 UTC", utc(2026, 7, 3, 21, 35, 13), ""},
		{"422", "May 21, 2026 at  12:14:09 UTC", utc(2026, 5, 21, 12, 14, 9), ""},
		{"395", "September 05, 2025 at 0:59:13 UTC", utc(2025, 9, 5, 0, 59, 13), ""},
		{"382", "May 26 2025 at 12:28:38 UTC", utc(2025, 5, 26, 12, 28, 38), ""},
		{"322", "March 02. 2024 at 01:58:34 UTC", utc(2024, 3, 2, 1, 58, 34), ""},
		{"262", "July 04, 2023 at 19:36:18 UTC ", utc(2023, 7, 4, 19, 36, 18), ""},
		{"255", "June 19, 2023 06:41:05 UTC", utc(2023, 6, 19, 6, 41, 5), ""}, // no "at"
		{"244", "May 19,2022 06:48:41 UTC", utc(2022, 5, 19, 6, 48, 41), ""},
		{"242", "December 12, 2022, at 10:48:12 UTC", utc(2022, 12, 12, 10, 48, 12), ""},
		{"82", " January 17, 2018 at 12:33:00 UTC", utc(2018, 1, 17, 12, 33, 0), ""},
		{"", "2026-03-01T18:34:05Z", utc(2026, 3, 1, 18, 34, 5), ""},
		{"", "3:15:00 PM, January 5, 2026", utc(2026, 1, 5, 15, 15, 0), ""},
		{"", "12:05:00 AM January 5, 2026", utc(2026, 1, 5, 0, 5, 0), ""},
		{"", "February 30, 2026 at 10:00:00 UTC", time.Time{}, "February has no day 30"},
		{"", "February 29, 2024 at 10:00:00 UTC", utc(2024, 2, 29, 10, 0, 0), ""},
		{"", "March 1, 2026", time.Time{}, "no time of day"},
		{"", "March 1, 2026 at 25:00:00 UTC", time.Time{}, "unreadable time"},
		{"", "Smarch 1, 2026 at 10:00:00 UTC", time.Time{}, "unexpected word"},
		{"", "March 1, 2026 at 10:00:00 EST", time.Time{}, "unexpected word"},
	}
	for _, tt := range tests {
		t.Run(tt.round+" "+tt.in, func(t *testing.T) {
			got, why := parseTieBreak(strings.TrimSpace(tt.in))
			if tt.want.IsZero() {
				if why == "" || !strings.Contains(why, tt.why) {
					t.Errorf("parseTieBreak(%q) = %v, %q; want no tie-break because %q", tt.in, got, why, tt.why)
				}
				return
			}
			if why != "" || !got.Equal(tt.want) {
				t.Errorf("parseTieBreak(%q) = %v, %q; want %v", tt.in, got, why, tt.want)
			}
			if tt.round == "" {
				return
			}
			r, ok := Embedded().Find(tt.round)
			if !ok || !r.HasTieBreak || !r.TieBreak.Equal(tt.want) {
				t.Errorf("round %s in the feed: tie-break %v (present %v), want %v", tt.round, r.TieBreak, r.HasTieBreak, tt.want)
			}
		})
	}
}

func TestTieBreakWithoutYearIsLeftOutAndNoted(t *testing.T) {
	f := Embedded()
	r, _ := f.Find("208")
	if r.HasTieBreak || !r.TieBreak.IsZero() {
		t.Errorf("round 208: tie-break %v (present %v), want none: IRCC gave no year", r.TieBreak, r.HasTieBreak)
	}
	if !containsNote(f.Notes, "round 208: drawCutOff") {
		t.Errorf("notes %q: want one on round 208's drawCutOff", f.Notes)
	}
	before77 := 0
	for _, r := range f.Rounds {
		if r.num < 77 && r.HasTieBreak {
			before77++
		}
	}
	if before77 != 0 {
		t.Errorf("%d rounds before 77 have a tie-break; IRCC gave none", before77)
	}
}

// TestRound247SubtotalMismatchKeepsTheSubtotal: IRCC's round 247 gives dd3 (451-500) as 55,867 but
// dd4..dd8 as 680 + 3,001 + 21,544 + 17,111 + 13,351 = 55,687, 180 fewer; with dd3 the rows add up to
// the total 230,189. Parse keeps dd3 as one 451-500 bucket and notes it.
func TestRound247SubtotalMismatchKeepsTheSubtotal(t *testing.T) {
	f := Embedded()
	r, _ := f.Find("247")
	if !r.HasDistribution {
		t.Fatal("round 247: no distribution")
	}
	d := r.Distribution
	if d.Total != 230189 || len(d.Buckets) != 11 {
		t.Fatalf("round 247: total %d in %d buckets, want 230,189 in 11", d.Total, len(d.Buckets))
	}
	if b := d.Buckets[2]; b != (Bucket{451, 500, 55867}) {
		t.Errorf("round 247 bucket 2: %+v, want 451-500: 55,867", b)
	}
	if !containsNote(f.Notes, "round 247: dd4..dd8 add up to 55,687 but dd3 says 55,867") {
		t.Errorf("notes %q: want one on round 247's dd3", f.Notes)
	}
	if len(f.Notes) != 2 {
		t.Errorf("notes %q: want 2 (rounds 208 and 247)", f.Notes)
	}
}

func containsNote(notes []string, s string) bool {
	for _, n := range notes {
		if strings.Contains(n, s) {
			return true
		}
	}
	return false
}

func TestParseSortsNewestFirstByDateThenNumber(t *testing.T) {
	feed := feedJSON(
		newEntry("98", "2018-06-01", "General", "10", "400"),
		newEntry("99", "2018-06-13", "General", "10", "400"),
		newEntry("100", "2018-06-13", "General", "10", "400"),
		newEntry("91a", "2018-05-30", "Federal Skilled Trades", "10", "400"),
		newEntry("91b", "2018-05-30", "Provincial Nominee Program", "10", "400"),
	)
	f, err := Parse(bytes.NewReader(feed), "small.json")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range f.Rounds {
		got = append(got, r.Number)
	}
	if s := strings.Join(got, " "); s != "100 99 98 91b 91a" {
		t.Errorf("order %s, want 100 99 98 91b 91a", s)
	}
}

// TestBrokenFeedsNameTheFileRoundAndField: each broken feed is refused with an error naming the file,
// the round (or its place in the array) and the field.
func TestBrokenFeedsNameTheFileRoundAndField(t *testing.T) {
	good := threeRounds()
	replace := func(e []entry, i int, n entry) []byte {
		c := append([]entry(nil), e...)
		c[i] = n
		return feedJSON(c...)
	}
	// Truncated in the middle of round 436's drawCRS, as an interrupted download would be.
	cut := bytes.Index(embeddedJSON, []byte(`"drawCRS":"523"`)) + len(`"drawCRS":"5`)
	tests := []struct {
		name string
		feed []byte
		want []string // all must appear in the error
	}{
		{"not JSON", []byte("<html>404</html>"), []string{"feed new.json: line 1, column 1", "not valid JSON"}},
		{"truncated", embeddedJSON[:cut], []string{"feed new.json: line 7, column 379", "(round 436, field drawCRS)", "unexpected end of JSON input"}},
		{"empty file", nil, []string{"feed new.json:", "not valid JSON"}},
		{"no rounds array", []byte(`{"classes":"wb-tables"}`), []string{`feed new.json: no "rounds" array`}},
		{"empty rounds", []byte(`{"rounds":[]}`), []string{`feed new.json: the "rounds" array is empty`}},
		{"rounds not an array", []byte(`{"rounds":{"drawNumber":"1"}}`), []string{`feed new.json: "rounds" is a JSON object: want an array`}},
		{"feed not an object", []byte(`[{"drawNumber":"1"}]`), []string{"feed new.json: the feed is a JSON array"}},
		{"round not an object", []byte(`{"rounds":["412"]}`), []string{"feed new.json: rounds[0]: a JSON string: want an object"}},
		{"bad CRS", replace(good, 2, good[2].with("drawCRS", "abc")),
			[]string{`feed new.json: round 412: drawCRS "abc": want a whole number`}},
		{"CRS above 1200", replace(good, 2, good[2].with("drawCRS", "1,500")),
			[]string{`feed new.json: round 412: drawCRS "1,500": want a CRS score from 0 to 1200`}},
		{"negative CRS", replace(good, 2, good[2].with("drawCRS", "-5")), []string{`round 412: drawCRS "-5"`}},
		{"CRS as a JSON number", bytes.Replace(feedJSON(good...), []byte(`"drawCRS":"412"`), []byte(`"drawCRS":412`), 1),
			[]string{"feed new.json: round 412: drawCRS: a JSON number: want a string"}},
		{"bad size", replace(good, 1, good[1].with("drawSize", "2,500.5")),
			[]string{`feed new.json: round 411: drawSize "2,500.5": want a whole number`}},
		{"doubled comma", replace(good, 1, good[1].with("drawSize", "2,,500")), []string{`round 411: drawSize "2,,500"`}},
		{"missing size", replace(good, 1, good[1].without("drawSize")), []string{`round 411: drawSize "": want a whole number`}},
		{"missing date", replace(good, 2, good[2].without("drawDate")),
			[]string{`feed new.json: round 412: drawDate "": want a date like 2026-08-19`}},
		{"impossible date", replace(good, 2, good[2].with("drawDate", "2026-02-30")), []string{`round 412: drawDate "2026-02-30"`}},
		{"prose date", replace(good, 2, good[2].with("drawDate", "April 27, 2026")), []string{`round 412: drawDate "April 27, 2026"`}},
		{"missing number", replace(good, 1, good[1].without("drawNumber")),
			[]string{`feed new.json: rounds[1]: drawNumber "": want a round number like 437 or 91a`}},
		{"bad number", replace(good, 0, good[0].with("drawNumber", "#410")), []string{`rounds[0]: drawNumber "#410"`}},
		{"duplicate number", replace(good, 0, good[0].with("drawNumber", "412")),
			[]string{`round 412: drawNumber "412": round 412 appears twice (rounds[0] and rounds[2])`}},
		{"total does not add up", replace(good, 2, good[2].with("dd18", "226,860")),
			[]string{`feed new.json: round 412: dd18 "226,860": want the total of the score rows`, "add up to 226,859"}},
		{"row and its subtotal both off", replace(good, 2, good[2].with("dd4", "12,916").with("dd3", "73,555")),
			[]string{`round 412: dd18 "226,859"`, "add up to 226,860"}},
		{"bad row", replace(good, 2, good[2].with("dd5", "lots")), []string{`feed new.json: round 412: dd5 "lots": want a whole number`}},
		{"missing row", replace(good, 2, good[2].without("dd17")), []string{`round 412: dd17 "": want a whole number`}},
		{"bad as-of date", replace(good, 2, good[2].with("drawDistributionAsOn", "last Sunday")),
			[]string{`round 412: drawDistributionAsOn "last Sunday": want a date like August 16, 2026`}},
		{"huge number", replace(good, 2, good[2].with("drawSize", "99999999999999999999999")), []string{`round 412: drawSize`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(bytes.NewReader(tt.feed), "new.json")
			if err == nil {
				t.Fatalf("parsed %d rounds, want an error", len(f.Rounds))
			}
			if f != nil {
				t.Errorf("got a feed with the error, want nil")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\nwant it to contain %q", err, w)
				}
			}
		})
	}
}

// TestIrregularButUsableFeedsParseWithNotes: what IRCC has done, or might, without breaking the feed.
func TestIrregularButUsableFeedsParseWithNotes(t *testing.T) {
	base := newEntry("412", "2026-04-27", "Canadian Experience Class", "2,500", "515")
	zeros := base
	for i := 1; i <= 18; i++ {
		zeros = zeros.with("dd"+strconv.Itoa(i), "0")
	}
	noDist := base.without("drawDistributionAsOn")
	for i := 1; i <= 18; i++ {
		noDist = noDist.without("dd" + strconv.Itoa(i))
	}
	tests := []struct {
		name     string
		e        entry
		buckets  int    // 0: no distribution
		note     string // "" : no note
		category Category
	}{
		{"well formed", base, 15, "", CEC},
		{"placeholder of zeros is no distribution", zeros, 0, "", CEC},
		{"no distribution fields", noDist, 0, "", CEC},
		// dd4 180 short, as in round 247: dd3 agrees with the total, so 451-500 becomes one bucket.
		{"rows short of their subtotal", base.with("dd4", "12,735"), 11, "using dd3 as one 451-500 bucket", CEC},
		// dd9 wrong but the rows add up to the total: the rows are used.
		{"wrong subtotal", base.with("dd9", "60,000"), 15, "dd10..dd14 add up to 60,631 but dd9 says 60,000", CEC},
		{"no tie-break", base.with("drawCutOff", ""), 15, "", CEC},
		{"tie-break without a year", base.with("drawCutOff", "October 7 at 16:38:21 UTC"), 15, "drawCutOff \"October 7 at 16:38:21 UTC\": no year", CEC},
		{"unknown round type", base.with("drawName", "Space occupations (Version 1)"), 15, "", Other},
		{"spaces around values", base.with("drawSize", " 2,500 ").with("drawNumber", " 412 ").with("drawDate", "2026-04-27 "), 15, "", CEC},
		{"new fields", base.with("drawSomethingNew", "x"), 15, "", CEC},
		{"ISO as-of date", base.with("drawDistributionAsOn", "2026-08-16"), 15, "", CEC},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(bytes.NewReader(feedJSON(tt.e)), "new.json")
			if err != nil {
				t.Fatal(err)
			}
			r := f.Rounds[0]
			if r.Number != "412" || r.Invitations != 2500 || r.CutOff != 515 || r.Category != tt.category {
				t.Errorf("round %q: %d invitations, cut-off %d, %s; want 412, 2500, 515, %s", r.Number, r.Invitations, r.CutOff, r.Category, tt.category)
			}
			if got := len(r.Distribution.Buckets); got != tt.buckets || r.HasDistribution != (tt.buckets > 0) {
				t.Errorf("%d buckets (present %v), want %d", got, r.HasDistribution, tt.buckets)
			}
			if r.HasDistribution && r.Distribution.Total != 226859 {
				t.Errorf("total %d, want 226,859", r.Distribution.Total)
			}
			switch {
			case tt.note == "" && len(f.Notes) > 0:
				t.Errorf("notes %q, want none", f.Notes)
			case tt.note != "" && !containsNote(f.Notes, tt.note):
				t.Errorf("notes %q, want one containing %q", f.Notes, tt.note)
			}
		})
	}
}

func TestUnknownRoundTypeKeepsIRCCsName(t *testing.T) {
	e := newEntry("500", "2027-01-06", "Space occupations (Version 1)", "100", "444")
	f, err := Parse(bytes.NewReader(feedJSON(e)), "new.json")
	if err != nil {
		t.Fatal(err)
	}
	if r := f.Rounds[0]; r.Category != Other || r.Name != "Space occupations (Version 1)" {
		t.Errorf("got %s %q, want other %q", r.Category, r.Name, "Space occupations (Version 1)")
	}
}

func TestParseRefusesAnOversizedFeed(t *testing.T) {
	big := strings.NewReader(strings.Repeat(" ", maxFeedBytes+1))
	if _, err := Parse(big, "huge.json"); err == nil || !strings.Contains(err.Error(), "feed huge.json: larger than 64 MiB") {
		t.Errorf("error %v, want one refusing a file larger than 64 MiB", err)
	}
}

func TestRoundNamesFromTheFeedCannotCommandTheTerminal(t *testing.T) {
	e := newEntry("437", "2026-08-19", "\x1b[2J\x1b[31m Canadian Experience Class \u202e", "3,000", "518").
		with("drawText2", "Canadian\x1b]0;title\a Experience Class")
	f, err := parse(feedJSON(e), "new.json")
	if err != nil {
		t.Fatal(err)
	}
	r := f.Rounds[0]
	if strings.ContainsAny(r.Name+r.Programs, "\x1b\a\u202e") {
		t.Errorf("name %q, programs %q: control characters kept", r.Name, r.Programs)
	}
	if want := `\x1b[2J\x1b[31m Canadian Experience Class \u202e`; r.Name != want {
		t.Errorf("name %q, want %q", r.Name, want)
	}
	if r.Category != CEC {
		t.Errorf("category %v, want CEC (read from IRCC's words)", r.Category)
	}
}
