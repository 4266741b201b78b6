package rounds

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// The healthcare rounds of the embedded feed, from rounds/testdata/draws.csv (grep -i health),
// newest first, with the version each name belongs to in rules.toml:
//
//	422 2026-06-25 475 v3   398 2026-02-20 467 v3   ("..., 2026-Version 3")
//	385 2025-12-11 476 v2   379 2025-11-14 462 v2   373 2025-10-15 472 v2   362 2025-08-19 470 v2
//	357 2025-07-22 475 v2   349 2025-06-04 504 v2   345 2025-05-02 510 v2   ("... (Version 2)")
//	327 2024-11-20 463 v1   301 2024-07-05 445 v1   284 2024-02-14 422 v1   271 2023-10-26 431 v1
//	255 2023-07-06 463 v1   252 2023-06-28 476 v1                           ("... (Version 1)")
//
// 15 rounds: 2 under version 3, 7 under version 2, 6 under version 1.
var healthcareRounds = []struct {
	number  string
	cutOff  int
	version int
}{
	{"422", 475, 3}, {"398", 467, 3},
	{"385", 476, 2}, {"379", 462, 2}, {"373", 472, 2}, {"362", 470, 2}, {"357", 475, 2}, {"349", 504, 2}, {"345", 510, 2},
	{"327", 463, 1}, {"301", 445, 1}, {"284", 422, 1}, {"271", 431, 1}, {"255", 463, 1}, {"252", 476, 1},
}

// scoreDay is the day the tests judge on: the day after the embedded feed's newest round.
const scoreDay = "2026-08-20"

// jobsHead is single, 30, a bachelor's, CLB 9 in all four: eligible for CEC once a year of
// skilled work in Canada is given.
const jobsHead = "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n" +
	"[applicant.first_language]\ntest = \"clb\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n"

// worker is jobsHead with jobs in Canada at the default 30 hours a week, each "noc start end"
// (end "-" for a job still held).
func worker(t *testing.T, r *scoring.Rules, jobs ...string) (scoring.Profile, scoring.Assessment) {
	t.Helper()
	src := jobsHead
	for _, j := range jobs {
		f := strings.Fields(j)
		src += "\n[[applicant.jobs]]\nnoc = \"" + f[0] + "\"\ncountry = \"canada\"\nstart = " + f[1] + "\n"
		if f[2] != "-" {
			src += "end = " + f[2] + "\n"
		}
	}
	p, err := scoring.ReadProfile(r, "p.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return p, scoring.Assess(r, &p, day(scoreDay))
}

func categoryKinds(kinds []Kind) []Category {
	var out []Category
	for _, k := range kinds {
		if k.Category.Selection() {
			out = append(out, k.Category)
		}
	}
	return out
}

// A registered nurse (NOC 31301) in Canada since 2023-03-01, scored on 2026-08-20: 3 years back is
// 2023-08-20, so the whole window is nursing, 36 months, past the 12 of healthcare version 3 (and
// the 6 continuous of versions 1 and 2). 31301 is on all three healthcare lists and on no other
// category's, and the profile has no French: the category kinds are healthcare alone. Every
// healthcare round is met with its own version, so at a score of 470 (set by hand: the judgement
// does not depend on it) the rounds invite by cut-off alone (at or below 470):
//
//	last 10: 398 (467), 379 (462), 362 (470), 327 (463)                          = 4 of 10
//	all 15:  those 4 and 301 (445), 284 (422), 271 (431), 255 (463)              = 8 of 15
func TestNurseCategoryKindsOverTheEmbeddedFeedMatchACountByHand(t *testing.T) {
	r, _ := entryRules(t)
	p, a := worker(t, r, "31301 2023-03-01 -")
	kinds := KindsFor(r, &a, &p)
	if got := categoryKinds(kinds); len(got) != 1 || got[0] != Healthcare {
		t.Fatalf("category kinds %v, want [healthcare]", got)
	}
	k := kinds[len(kinds)-1]
	if k.Version == nil || k.Version.String() != "healthcare version 3" ||
		!strings.Contains(k.Why, "NOC 31301 Registered nurses and registered psychiatric nurses is on the Healthcare and social services occupations list; 36 months in it in the last 3 years, 12 needed") {
		t.Errorf("healthcare kind: %v %q", k.Version, k.Why)
	}
	a.CRS.Total = 470
	for _, tc := range []struct{ n, invited int }{{10, 4}, {15, 8}} {
		s := Embedded().Standings(r, &a, []Kind{k}, tc.n)
		if len(s) != 1 || len(s[0].Rounds) != tc.n || s[0].Invited != tc.invited {
			t.Fatalf("last %d: %+v, want %d invited", tc.n, s, tc.invited)
		}
		for i, v := range s[0].Rounds {
			want := healthcareRounds[i]
			if v.Round.Number != want.number || v.Round.CutOff != want.cutOff || v.Version == nil || v.Version.Version != want.version ||
				v.Judged != Entered || v.Invited() != (want.cutOff <= 470) {
				t.Errorf("round %d: %s %d %v %s invited %v, want %+v", i, v.Round.Number, v.Round.CutOff, v.Version, v.Judged, v.Invited(), want)
			}
		}
	}
}

// A social worker (NOC 41300) since 2023-03-01: on the healthcare lists of versions 2 and 3, not
// on version 1's (categories.md 4.2: +8 in 2025, social workers among them). The version 1 rounds
// are "not in this list version" whatever their cut-off; at 470 the invitations are those of
// versions 2 and 3 at or below it: 398 (467), 379 (462), 362 (470) = 3 of 15 (the nurse has 8).
func TestARoundUnderAnOlderListWithoutTheCodeIsJudgedWithThatList(t *testing.T) {
	r, _ := entryRules(t)
	p, a := worker(t, r, "41300 2023-03-01 -")
	kinds := KindsFor(r, &a, &p)
	if got := categoryKinds(kinds); len(got) != 1 || got[0] != Healthcare {
		t.Fatalf("category kinds %v, want [healthcare]", got)
	}
	a.CRS.Total = 470
	s := Embedded().Standings(r, &a, kinds[len(kinds)-1:], 15)[0]
	if s.Invited != 3 {
		t.Errorf("invited in %d of 15, want 3", s.Invited)
	}
	for i, v := range s.Rounds {
		want := Entered
		if healthcareRounds[i].version == 1 {
			want = OffList
		}
		if v.Judged != want || v.Judged == OffList && (v.Invited() || v.Mark() != "○" ||
			v.Why != "no job's occupation is on the Healthcare occupations list") {
			t.Errorf("round %s (version %d): %s %q", v.Round.Number, healthcareRounds[i].version, v.Judged, v.Why)
		}
	}
	ex := s.Excluded()
	if len(ex) != 1 || ex[0].Rounds != 6 || ex[0].String() !=
		"6 rounds under healthcare version 1: not in this list version (no job's occupation is on the Healthcare occupations list)" {
		t.Errorf("excluded: %+v", ex)
	}
}

// Versions 1 and 2 ask 6 months of continuous work; version 3 (from 2026-02-18) 12 months, not
// necessarily continuous. Days count both ends; 30 h a week, 1,560 h a year, 130 h a month:
//
//	three nursing jobs: 2024-01-01..04-30 (121 days, 518.6 h), 2024-06-01..10-31 (153 days,
//	655.7 h), 2025-01-01..05-31 (151 days, 647.1 h): 1,821.4 h = 14 months in all, the longest
//	run 153 days = 5 months. Version 3 is met (the kind is listed), versions 1 and 2 are not:
//	at 470 only round 398 (467, version 3) invites, 1 of 10.
//	nursing 2025-06-01..2026-01-31 (245 days, 1,050 h): 8 months continuous, after work as a
//	human resources professional (NOC 11200, on no category list; it makes the profile CEC).
//	Version 3 is not met (no healthcare kind today); judged anyway, the version 1 and 2 rounds
//	are met: at 470 379 (462), 362 (470), 327 (463) invite, 3 of 10.
func TestSixMonthsContinuousAndTwelveMonthsEachJudgedWithTheirRoundsVersion(t *testing.T) {
	r, _ := entryRules(t)
	p, a := worker(t, r, "31301 2024-01-01 2024-04-30", "31301 2024-06-01 2024-10-31", "31301 2025-01-01 2025-05-31")
	if got := categoryKinds(KindsFor(r, &a, &p)); len(got) != 1 || got[0] != Healthcare {
		t.Fatalf("three jobs: category kinds %v, want [healthcare]", got)
	}
	a.CRS.Total = 470
	s := Embedded().Judge(r, &a, Healthcare, 10)
	for i, v := range s.Rounds {
		want := Entered
		if healthcareRounds[i].version < 3 {
			want = RuleNotMet
		}
		if v.Judged != want || want == RuleNotMet && !strings.Contains(v.Why, "5 months continuous in it in the last 3 years, 6 needed") {
			t.Errorf("three jobs: round %s: %s %q", v.Round.Number, v.Judged, v.Why)
		}
	}
	if s.Invited != 1 {
		t.Errorf("three jobs: invited in %d of 10, want 1", s.Invited)
	}

	p, a = worker(t, r, hrThenNursing...)
	if got := categoryKinds(KindsFor(r, &a, &p)); len(got) != 0 {
		t.Errorf("8 months: category kinds %v, want none", got)
	}
	a.CRS.Total = 470
	s = Embedded().Judge(r, &a, Healthcare, 10)
	for i, v := range s.Rounds {
		want := Entered
		if healthcareRounds[i].version == 3 {
			want = RuleNotMet
		}
		if v.Judged != want || want == RuleNotMet && !strings.Contains(v.Why, "8 months in it in the last 3 years, 12 needed") {
			t.Errorf("8 months: round %s: %s %q", v.Round.Number, v.Judged, v.Why)
		}
	}
	if s.Invited != 3 {
		t.Errorf("8 months: invited in %d of 10, want 3", s.Invited)
	}
	notes := strings.Join(CategoryNotes(r, &a), "\n")
	if !strings.Contains(notes, "Healthcare and social services occupations (healthcare version 3): not met: NOC 31301") ||
		!strings.Contains(notes, "No job's occupation is on the list of STEM occupations (stem version 3), Trade occupations (trades version 3), ") ||
		!strings.Contains(notes, "French-language proficiency (french version 2): not met: no French result") ||
		strings.Contains(notes, NoJobsNote) {
		t.Errorf("notes of a jobs profile:\n%s", notes)
	}
}

// hrThenNursing are 21 months as a human resources professional (TEER 1, on no category list),
// then 8 months as a registered nurse: CEC eligible, healthcare version 3 not met (12 months),
// versions 1 and 2 met (6 months continuous).
var hrThenNursing = []string{"11200 2023-09-01 2025-05-31", "31301 2025-06-01 2026-01-31"}

// A round of a newer feed whose name no version claims (healthcare "Version 4", cut-off 300, far
// below the score) is not assessed: shown, never counted; and a round of words no kind has is not
// assessed either. At 470 the nurse's last 3 healthcare rounds are 440 (?), 422 (475 ✗), 398
// (467 ✓): 1 invited.
func TestARoundNoVersionClaimsIsShownNotAssessedAndNeverCounted(t *testing.T) {
	r, _ := entryRules(t)
	extra := []entry{
		newEntry("441", "2026-09-03", "Occupations of the Far North, 2026-Version 1", "100", "250"),
		newEntry("440", "2026-09-02", "Healthcare and Social Services Occupations, 2026-Version 4", "2,000", "300"),
	}
	f, err := Parse(bytes.NewReader(embeddedPlus(t, extra)), "newer.json")
	if err != nil {
		t.Fatal(err)
	}
	p, a := worker(t, r, "31301 2023-03-01 -")
	a.CRS.Total = 470
	s := f.Standings(r, &a, KindsFor(r, &a, &p), 3)
	h := s[len(s)-1]
	if h.Kind.Category != Healthcare || h.Invited != 1 || h.Rounds[0].Round.Number != "440" {
		t.Fatalf("healthcare standing: %+v", h)
	}
	if v := h.Rounds[0]; v.Judged != Unassessed || !v.Reached || v.Invited() || v.Version != nil || v.Why != NotAssessed || v.Mark() != "?" {
		t.Errorf("round 440: %+v", v)
	}
	if ex := h.Excluded(); len(ex) != 1 || ex[0].String() != "1 round: "+NotAssessed {
		t.Errorf("excluded: %+v", ex)
	}
	other := f.Judge(r, &a, Other, 5)
	if len(other.Rounds) != 1 || other.Rounds[0].Judged != Unassessed || other.Invited != 0 {
		t.Errorf("a round of no known kind: %+v", other)
	}
}

// French rounds are judged from the rules' french_nclc, not from a number in Go: with NCLC 8 in
// all four, the candidate meets the rules as they are (7) and not a copy that asks 9, where the
// French kind goes and every French round is "not met under this list version".
func TestFrenchRoundsAreJudgedFromTheRulesFrenchNCLC(t *testing.T) {
	data, err := os.ReadFile("../rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	const src = "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\nteer = 1\n" +
		"canadian_work_years = 1\ncanadian_work_years_last_3 = 1\n" +
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n" +
		"[applicant.second_language]\ntest = \"nclc\"\nlistening = 8\nreading = 8\nwriting = 8\nspeaking = 8\n"
	if strings.Count(string(data), "language = { french_nclc = 7 }") != 2 {
		t.Fatal("rules.toml: want two French versions at french_nclc = 7")
	}
	for _, tc := range []struct {
		nclc   string
		french bool
	}{{"7", true}, {"9", false}} {
		text := strings.ReplaceAll(string(data), "language = { french_nclc = 7 }", "language = { french_nclc = "+tc.nclc+" }")
		all, err := scoring.LoadRules("rules.toml", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		r, _ := all.At(day(scoreDay))
		p, err := scoring.ReadProfile(r, "p.toml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		a := scoring.Assess(r, &p, day(scoreDay))
		got := categoryKinds(KindsFor(r, &a, &p))
		if (len(got) == 1 && got[0] == French) != tc.french || len(got) > 1 {
			t.Errorf("french_nclc %s: category kinds %v, want French %v", tc.nclc, got, tc.french)
		}
		if CanEnter(r, French, &a, &p) != tc.french {
			t.Errorf("french_nclc %s: CanEnter(French) %v", tc.nclc, !tc.french)
		}
		s := Embedded().Judge(r, &a, French, 10)
		for _, v := range s.Rounds {
			if (v.Judged == Entered) != tc.french || !tc.french && v.Why != "French: lowest NCLC 8, the category needs NCLC 9 in all four abilities" {
				t.Errorf("french_nclc %s: round %s %s %q", tc.nclc, v.Round.Number, v.Judged, v.Why)
			}
		}
	}
}

// improve --category healthcare: what entering takes and what is missing are the version in force
// on the day of each assessment. The 8-month nurse above (hrThenNursing; nursing 2025-06-01 to
// 2026-01-31, 8 months continuous) meets version 2 on 2026-02-10 (6 continuous needed) and misses
// version 3 on 2026-08-20 (12 needed). A profile of year counts cannot enter, and is told why.
func TestHealthcareEntryIsTheVersionInForceOnTheScoringDay(t *testing.T) {
	all := testRules(t)
	for _, tc := range []struct {
		day, need, missing string
		met                bool
	}{
		{"2026-02-10", "6 months of work (continuous) in one occupation of the Healthcare and social services occupations list in the last 3 years (healthcare version 2)", "", true},
		{"2026-08-20", "12 months of work (not necessarily continuous) in one occupation of the Healthcare and social services occupations list in the last 3 years (healthcare version 3)",
			"NOC 31301 Registered nurses and registered psychiatric nurses is on the Healthcare and social services occupations list; 8 months in it in the last 3 years, 12 needed", false},
	} {
		r, _ := all.At(day(tc.day))
		p, _ := worker(t, r, hrThenNursing...)
		a := scoring.Assess(r, &p, day(tc.day))
		e := Entry(r, Healthcare, day(tc.day))
		if !strings.HasPrefix(e.Need, tc.need) || e.Met(&a, &p) != tc.met || e.Missing(&a, &p) != tc.missing || e.Unchecked != "" {
			t.Errorf("%s: need %q, met %v, missing %q", tc.day, e.Need, e.Met(&a, &p), e.Missing(&a, &p))
		}
	}
	r, read := entryRules(t)
	p := read(cecFrench)
	a := scoring.Assess(r, &p, day(scoreDay))
	e := Entry(r, Healthcare, day(scoreDay))
	if e.Met(&a, &p) || e.Missing(&a, &p) != "cannot be met without jobs: the profile gives years of work, not jobs with their NOC codes" {
		t.Errorf("year counts: met %v, missing %q", e.Met(&a, &p), e.Missing(&a, &p))
	}
	if notes := CategoryNotes(r, &a); len(notes) != 1 || notes[0] != NoJobsNote {
		t.Errorf("year counts with French met: notes %q, want NoJobsNote alone", notes)
	}
}

// A profile of year counts judged against the healthcare rounds: every one of the 15 (versions 3,
// 2 and 1) is not met for one reason, said once.
func TestRoundsNotMetForOneReasonAreOneGroupAcrossVersions(t *testing.T) {
	r, read := entryRules(t)
	p := read(cecFrench)
	a := scoring.Assess(r, &p, day(scoreDay))
	s := Embedded().Judge(r, &a, Healthcare, 15)
	ex := s.Excluded()
	want := "15 rounds under healthcare versions 3, 2 and 1: not met under this list version " +
		"(cannot be met without jobs: the profile gives years of work, not jobs with their NOC codes)"
	if s.Invited != 0 || len(ex) != 1 || ex[0].String() != want || ex[0].Mark() != "○" {
		t.Errorf("invited %d, excluded %+v\nwant %q", s.Invited, ex, want)
	}
}
