package rounds

import (
	"os"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

func TestStandingsCountRoundsAtOrBelowTheScore(t *testing.T) {
	f := Embedded()
	kinds := []Kind{{General, ""}, {CEC, ""}, {French, ""}}
	for _, score := range []int{300, 480, 520, 600} {
		for _, s := range f.Standings(kinds, score, 10) {
			want := 0
			for _, r := range s.Recent {
				if r.Category != s.Kind.Category {
					t.Fatalf("round %s (%s) listed under %s", r.Number, r.Category, s.Kind.Category)
				}
				if r.CutOff <= score {
					want++
				}
			}
			if s.Invited != want || len(s.Recent) > 10 {
				t.Errorf("%s at %d: invited %d of %d, want %d", s.Kind.Category, score, s.Invited, len(s.Recent), want)
			}
		}
	}
	// The newest French round (437, 2026-08-19) had a cut-off of 382.
	s := f.Standings([]Kind{{French, ""}}, 382, 1)
	if len(s) != 1 || s[0].Recent[0].Number != "437" || s[0].Invited != 1 {
		t.Errorf("French at 382: %+v", s)
	}
	if s := f.Standings([]Kind{{French, ""}}, 381, 1); s[0].Invited != 0 {
		t.Errorf("381 invited in a round with cut-off 382")
	}
}

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
	data, err := os.ReadFile("../rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := scoring.LoadRules("rules.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	day, _ := scoring.ParseDay("2026-08-20")
	r, _ = r.At(day)
	p, err := scoring.ReadProfile(r, "p.toml", []byte(`[applicant]
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
speaking = 460`))
	if err != nil {
		t.Fatal(err)
	}
	a := scoring.Assess(r, &p, day)
	got := map[Category]bool{}
	for _, k := range KindsFor(&a, &p) {
		got[k.Category] = true
	}
	for c, want := range map[Category]bool{General: true, CEC: true, FSW: false, PNP: true, French: true, FST: false} {
		if got[c] != want {
			t.Errorf("%s: %v, want %v", c, got[c], want)
		}
	}
	p.Applicant.CanadianWorkYearsLast3 = 0
	a = scoring.Assess(r, &p, day)
	if len(KindsFor(&a, &p)) != 0 {
		t.Errorf("kinds for a candidate eligible for no program: %v", KindsFor(&a, &p))
	}
}
