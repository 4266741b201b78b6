package scoring

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	rulesOnce sync.Once
	rulesData []byte
	rulesRead *Rules
	rulesErr  error
)

// defaultRules is the repository's rules.toml, as read.
func defaultRules(t testing.TB) *Rules {
	t.Helper()
	rulesOnce.Do(func() {
		rulesData, rulesErr = os.ReadFile("../rules.toml")
		if rulesErr == nil {
			rulesRead, rulesErr = LoadRules("rules.toml", rulesData)
		}
	})
	if rulesErr != nil {
		t.Fatalf("rules.toml: %v", rulesErr)
	}
	return rulesRead
}

func day(s string) time.Time {
	d, err := ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

// rulesOn is the default rules in force on a date.
func rulesOn(t testing.TB, d string) *Rules {
	t.Helper()
	r, err := defaultRules(t).At(day(d))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func mustProfile(t testing.TB, r *Rules, src string) Profile {
	t.Helper()
	p, err := ReadProfile(r, "test.toml", []byte(src))
	if err != nil {
		t.Fatalf("profile: %v\n%s", err, src)
	}
	return p
}

// The worked examples of the reference (copied to testdata/examples), through the engine, against
// expected.txt (CRS total and FSW grid points, scored on 2026-08-20).
func TestWorkedExamplesFromTheReference(t *testing.T) {
	dir := "../testdata/examples"
	f, err := os.Open(filepath.Join(dir, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := rulesOn(t, "2026-08-20")
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		wantCRS, _ := strconv.Atoi(fields[1])
		wantFSW, _ := strconv.Atoi(fields[2])
		data, err := os.ReadFile(filepath.Join(dir, fields[0]))
		if err != nil {
			t.Fatal(err)
		}
		p, err := ReadProfile(r, fields[0], data)
		if err != nil {
			t.Fatal(err)
		}
		a := Assess(r, &p, day("2026-08-20"))
		if a.CRS.Total != wantCRS || a.Programs[FSW].Points != wantFSW {
			t.Errorf("%s: CRS %d FSW %d, want CRS %d FSW %d", fields[0], a.CRS.Total, a.Programs[FSW].Points, wantCRS, wantFSW)
		}
		n++
	}
	if n != 4 {
		t.Errorf("read %d examples, want 4", n)
	}
}

// Worked examples computed by hand from crs-rules.md and eligibility.md; each comment is the
// arithmetic.
func TestHandWorkedExamples(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	cases := []struct {
		name                  string
		src                   string
		core, spouse, tr, add int
		total                 int
		fsw                   int
		fswOK, cecOK, fstOK   bool
	}{
		{
			// Example 1 of the reference: single, 29, bachelor's, IELTS CLB 10, 3 years abroad.
			// Core 110 + 120 + 4x34 + 0 = 366. Transferability: education x language 25 (CLB 9+),
			// foreign x language 50 (3+ years, CLB 9+) = 75. Total 441.
			// FSW: 24 + 21 + 11 + 12 = 68; funds 20,000 >= 15,263 for 1: eligible.
			name: "single, bachelor's, IELTS CLB 10",
			src: `[applicant]
age = 29
marital_status = "single"
education = "bachelors"
foreign_work_years = 3
settlement_funds = 20000
[applicant.first_language]
test = "ielts"
listening = 8.5
reading = 8.0
writing = 7.5
speaking = 7.5`,
			core: 366, tr: 75, total: 441, fsw: 68, fswOK: true,
		},
		{
			// French first language, no English: single, 25 -> 110; bachelor's 120; TEF Canada
			// (current scale) NCLC 9 in all four -> 4 x 31 = 124; 1 year Canadian work 40. Core 394.
			// Transferability: education x language 25 (NCLC 9+ all) + education x Canadian work 13
			// (1 year) = 38. Additional: French NCLC 7+ with no English test = 25. Total 457.
			// FSW: language 4x6 = 24, education 21, experience 9 (1 year), age 12, adaptability 10
			// (own Canadian work) = 76. CEC: 1 year in the last 3, TEER 1, NCLC 7+: eligible.
			name: "French first language, no English",
			src: `[applicant]
age = 25
marital_status = "single"
education = "bachelors"
canadian_work_years = 1
canadian_work_years_last_3 = 1
teer = 1
settlement_funds = 15263
[applicant.first_language]
test = "tef"
date = 2026-01-10
listening = 503
reading = 503
writing = 512
speaking = 518`,
			core: 394, tr: 38, add: 25, total: 457, fsw: 76, fswOK: true, cecOK: true,
		},
		{
			// Married, spouse coming, 35 -> 70; two-year program 91; CELPIP 5 in all four (CLB 5)
			// -> 4 x 6 = 24; 1 year Canadian work 35. Core 220. Spouse: secondary 2, no language 0,
			// no Canadian work 0 = 2. Transferability: education x language 0 (under CLB 7),
			// education x Canadian work 13 = 13. Total 235.
			// FSW: language 0 (CLB 5 < 7), education 19, experience 9, age 12, adaptability 10 = 50,
			// not eligible. CEC: TEER 2 needs CLB 5: eligible.
			name: "CEC at TEER 2 with CLB 5, spouse coming",
			src: `[applicant]
age = 35
marital_status = "married"
education = "two-year"
canadian_work_years = 1
canadian_work_years_last_3 = 1
teer = 2
[applicant.first_language]
test = "celpip"
listening = 5
reading = 5
writing = 5
speaking = 5
[spouse]
education = "secondary"`,
			core: 220, spouse: 2, tr: 13, total: 235, fsw: 50, cecOK: true,
		},
		{
			// Trades: single, 30 -> 105; secondary 30; IELTS L 5.0 R 4.0 W 5.0 S 5.0 = CLB 5 in all
			// four -> 4 x 6 = 24. Core 159. Transferability: certificate with CLB 5+ (one or more
			// under 7) = 25; education and foreign work need CLB 7 = 0. Total 184.
			// FST: 3 years of trade work in 5, CLB 5/5/5/5 >= 5/5/4/4, certificate, funds 16,000 >=
			// 15,263: eligible. FSW grid: language 0, education 5, experience 11 (3 years), age 12 = 28.
			name: "trades certificate, CLB 5",
			src: `[applicant]
age = 30
marital_status = "single"
education = "secondary"
foreign_work_years = 3
certificate_of_qualification = true
trade_work_years_last_5 = 3
settlement_funds = 16000
[applicant.first_language]
test = "ielts"
listening = 5.0
reading = 4.0
writing = 5.0
speaking = 5.0`,
			core: 159, tr: 25, total: 184, fsw: 28, fstOK: true,
		},
		{
			// Nominee at the cap: example 3 of the reference with a spouse who is a Canadian citizen
			// (scored as single): core 39 + 98 + 68 + 72 = 277; transferability 38 + 50 = 88;
			// additional 600 + 15 + 15 = 630 capped at 600. Total 965.
			name: "nominee at the 600 cap, Canadian spouse scored as single",
			src: `[applicant]
birth_date = 1985-03-15
marital_status = "married"
spouse_canadian = true
education = "two-year"
canadian_education = "one-or-two-year"
canadian_work_years = 4
certificate_of_qualification = true
provincial_nomination = true
sibling_in_canada = true
[applicant.first_language]
test = "pte"
listening = 60
reading = 60
writing = 69
speaking = 68`,
			core: 277, tr: 88, add: 600, total: 965, fsw: 64,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := mustProfile(t, r, c.src)
			a := Assess(r, &p, day("2026-08-20"))
			got := [5]int{a.CRS.Core, a.CRS.Spouse, a.CRS.Transferability, a.CRS.Additional, a.CRS.Total}
			want := [5]int{c.core, c.spouse, c.tr, c.add, c.total}
			if got != want {
				t.Errorf("core, spouse, transferability, additional, total = %v, want %v\n%s", got, want, lines(&a))
			}
			if a.Programs[FSW].Points != c.fsw {
				t.Errorf("FSW grid %d, want %d", a.Programs[FSW].Points, c.fsw)
			}
			for id, want := range map[ProgramID]bool{FSW: c.fswOK, CEC: c.cecOK, FST: c.fstOK} {
				if got := a.Programs[id].Eligible; got != want {
					t.Errorf("%s eligible = %v, want %v: %v", id.Acronym(), got, want, a.Programs[id].Reasons())
				}
			}
		})
	}
}

func lines(a *Assessment) string {
	var b strings.Builder
	for _, l := range a.CRS.Lines() {
		b.WriteString("  " + l.String() + "\n")
	}
	return b.String()
}

// The lines of a score add up to the sections, and the sections to the total, caps included.
func TestLinesAddUpToTheTotal(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	for _, p := range sampleProfiles(t, r, 300) {
		a := Assess(r, &p, day("2026-08-20"))
		var sec [NumSections]int
		for _, l := range a.CRS.Lines() {
			sec[l.Section] += l.Points
		}
		for s := Section(0); s < NumSections; s++ {
			if sec[s] != a.CRS.Section(s) {
				t.Fatalf("section %s: lines add to %d, section says %d\n%s", s.Title(), sec[s], a.CRS.Section(s), lines(&a))
			}
		}
	}
}

func TestAgeFollowsBirthDate(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := mustProfile(t, r, `[applicant]
birth_date = 1996-08-21
marital_status = "single"
education = "bachelors"`)
	for _, c := range []struct {
		on  string
		age int
		pts int
	}{
		{"2026-08-20", 29, 110}, // the day before the 30th birthday
		{"2026-08-21", 30, 105}, // the birthday
	} {
		a := Assess(r, &p, day(c.on))
		l, _ := a.CRS.Line(FactorAge, 0)
		if a.Age != c.age || l.Points != c.pts {
			t.Errorf("on %s: age %d with %d points, want %d with %d", c.on, a.Age, l.Points, c.age, c.pts)
		}
	}
}

func TestExpiredLanguageResultGivesNoPoints(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	src := `[applicant]
age = 29
marital_status = "single"
education = "bachelors"
[applicant.first_language]
test = "ielts"
date = %s
listening = 8.5
reading = 8.0
writing = 7.5
speaking = 7.5`
	valid := mustProfile(t, r, strings.Replace(src, "%s", "2024-08-21", 1))
	expired := mustProfile(t, r, strings.Replace(src, "%s", "2024-08-20", 1))
	a := Assess(r, &valid, day("2026-08-20"))
	b := Assess(r, &expired, day("2026-08-20"))
	if l, _ := a.CRS.Line(FactorFirstLanguage, Speaking); l.Points != 34 {
		t.Errorf("a result 1 year 364 days old: speaking %d points, want 34", l.Points)
	}
	if l, _ := b.CRS.Line(FactorFirstLanguage, Speaking); l.Points != 0 {
		t.Errorf("a result 2 years old: speaking %d points, want 0", l.Points)
	}
	if len(b.Warnings()) == 0 || b.Warnings()[0].Code != WarnFirstLanguageExpired {
		t.Errorf("want a warning that the result expired, got %v", b.Warnings())
	}
	if b.Programs[FSW].Eligible {
		t.Error("FSW eligible with an expired language result")
	}
}

// The numbers come from the rules file: an edited rules file changes the score.
func TestScoreUsesAnEditedRulesFile(t *testing.T) {
	defaultRules(t)
	edited := strings.Replace(string(rulesData),
		"{ age = 30, with_spouse = 95,  without_spouse = 105 },",
		"{ age = 30, with_spouse = 95,  without_spouse = 106 },", 1)
	if edited == string(rulesData) {
		t.Fatal("edit did not apply")
	}
	r, err := LoadRules("edited.toml", []byte(edited))
	if err != nil {
		t.Fatal(err)
	}
	rr, _ := r.At(day("2026-08-20"))
	p := mustProfile(t, rr, `[applicant]
age = 30
marital_status = "single"
education = "bachelors"`)
	a := Assess(rr, &p, day("2026-08-20"))
	if l, _ := a.CRS.Line(FactorAge, 0); l.Points != 106 {
		t.Errorf("age 30 with the edited table: %d, want 106", l.Points)
	}
	base := Assess(rulesOn(t, "2026-08-20"), &p, day("2026-08-20"))
	if a.CRS.Total != base.CRS.Total+1 {
		t.Errorf("edited total %d, want %d + 1", a.CRS.Total, base.CRS.Total)
	}
}

func TestRulesBeforeTheEarliestDateAreRefused(t *testing.T) {
	_, err := defaultRules(t).At(day("2015-06-01"))
	if err == nil || !strings.Contains(err.Error(), "2016-11-19") {
		t.Fatalf("got %v, want an error naming 2016-11-19", err)
	}
}

func TestEncodeReadRoundTrip(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	for i, p := range sampleProfiles(t, r, 200) {
		back, err := ReadProfile(r, "round-trip", EncodeProfile(&p))
		if err != nil {
			t.Fatalf("profile %d: %v\n%s", i, err, EncodeProfile(&p))
		}
		if back != p {
			t.Fatalf("profile %d: read back differs\nwrote:\n%s\ngot %+v\nwant %+v", i, EncodeProfile(&p), back, p)
		}
	}
}

func BenchmarkScore(b *testing.B) {
	r := rulesOn(b, "2026-08-20")
	data, err := os.ReadFile("../testdata/examples/example4.toml")
	if err != nil {
		b.Fatal(err)
	}
	p, err := ReadProfile(r, "bench", data)
	if err != nil {
		b.Fatal(err)
	}
	d := day("2026-08-20")
	var a Assessment
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.AssessInto(&p, d, &a)
	}
	if a.CRS.Total == 0 {
		b.Fatal("no score")
	}
}

// Loading the rules is part of every start of the program.
func BenchmarkLoadRules(b *testing.B) {
	defaultRules(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := LoadRules("rules.toml", rulesData); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadProfile(b *testing.B) {
	r := rulesOn(b, "2026-08-20")
	p := sampleProfiles(b, r, 1)[0]
	data := EncodeProfile(&p)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ReadProfile(r, "bench.toml", data); err != nil {
			b.Fatal(err)
		}
	}
}
