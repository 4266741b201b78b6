package rounds

import (
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// For a candidate who meets every kind asked (a CEC with French at NCLC 7 or more), each round is
// Entered and invites exactly when its cut-off is at or below the score.
func TestStandingsCountRoundsAtOrBelowTheScore(t *testing.T) {
	f := Embedded()
	r, read := entryRules(t)
	p := read(cecFrench)
	a := scoring.Assess(r, &p, day("2026-08-20"))
	kinds := []Kind{{Category: General}, {Category: CEC}, {Category: French}}
	for _, score := range []int{300, 480, 520, 600} {
		a.CRS.Total = score // the score set by hand: what is counted depends on it alone here
		for _, s := range f.Standings(r, &a, kinds, 10) {
			want := 0
			for _, v := range s.Rounds {
				if v.Round.Category != s.Kind.Category || v.Judged != Entered {
					t.Fatalf("round %s (%s) listed under %s, judged %s", v.Round.Number, v.Round.Category, s.Kind.Category, v.Judged)
				}
				if v.Round.CutOff <= score {
					want++
				}
			}
			if s.Invited != want || len(s.Rounds) > 10 {
				t.Errorf("%s at %d: invited %d of %d, want %d", s.Kind.Category, score, s.Invited, len(s.Rounds), want)
			}
		}
	}
	// The newest French round (437, 2026-08-19) had a cut-off of 382.
	a.CRS.Total = 382
	s := f.Standings(r, &a, []Kind{{Category: French}}, 1)
	if len(s) != 1 || s[0].Rounds[0].Round.Number != "437" || s[0].Invited != 1 {
		t.Errorf("French at 382: %+v", s)
	}
	a.CRS.Total = 381
	if s := f.Standings(r, &a, []Kind{{Category: French}}, 1); s[0].Invited != 0 {
		t.Errorf("381 invited in a round with cut-off 382")
	}
}

// cecFrench is single, 30, a bachelor's, a year of skilled work in Canada (CEC), TEF Canada at
// NCLC 7 or more in all four, and a provincial nomination.
const cecFrench = `[applicant]
age = 30
marital_status = "single"
education = "bachelors"
canadian_work_years = 1
canadian_work_years_last_3 = 1
teer = 1
provincial_nomination = true
[applicant.first_language]
test = "tef"
listening = 450
reading = 450
writing = 450
speaking = 460`

func TestPositionOfUsesTheNewestDistribution(t *testing.T) {
	f := Embedded()
	// Round 437's pool on 2026-08-16: 226,859 candidates; 439 score 601-1200 and 18,657 score 501-600.
	p, ok := f.PositionOf(600)
	if !ok || p.Total != 226859 || p.Above != 439 || p.AsOf.Format("2006-01-02") != "2026-08-16" {
		t.Fatalf("position of 600: %+v", p)
	}
	if p, _ := f.PositionOf(500); p.Above != 439+18657 {
		t.Errorf("position of 500: %d above, want %d", p.Above, 439+18657)
	}
}

func TestKindsForFollowEligibility(t *testing.T) {
	day, _ := scoring.ParseDay("2026-08-20")
	r, _ := testRules(t).At(day)
	p, err := scoring.ReadProfile(r, "p.toml", []byte(cecFrench))
	if err != nil {
		t.Fatal(err)
	}
	a := scoring.Assess(r, &p, day)
	got := map[Category]bool{}
	for _, k := range KindsFor(r, &a, &p) {
		got[k.Category] = true
	}
	for c, want := range map[Category]bool{General: true, CEC: true, FSW: false, PNP: true, French: true, FST: false} {
		if got[c] != want {
			t.Errorf("%s: %v, want %v", c, got[c], want)
		}
	}
	p.Applicant.CanadianWorkYearsLast3 = 0
	a = scoring.Assess(r, &p, day)
	if len(KindsFor(r, &a, &p)) != 0 {
		t.Errorf("kinds for a candidate eligible for no program: %v", KindsFor(r, &a, &p))
	}
}
