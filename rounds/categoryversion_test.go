package rounds

import (
	"bytes"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// Every category round of the embedded feed (a category by its words) is claimed by exactly one
// version of rules.toml, of the same category, in force on the round's day; no other round is.
func TestEveryCategoryRoundOfTheFeedIsClaimedByOneVersionOfItsCategory(t *testing.T) {
	r := testRules(t)
	perCategory := map[Category]int{}
	for i := range Embedded().Rounds {
		rd := &Embedded().Rounds[i]
		var claims []*scoring.CategoryVersion
		for j := range r.Categories {
			for _, n := range r.Categories[j].Rounds {
				if n == rd.Name {
					claims = append(claims, &r.Categories[j])
				}
			}
		}
		if !rd.Category.Selection() {
			if len(claims) > 0 {
				t.Errorf("round %s %q (%s) is claimed by %s", rd.Number, rd.Name, rd.Category, claims[0])
			}
			continue
		}
		perCategory[rd.Category]++
		switch {
		case len(claims) != 1:
			t.Errorf("round %s %q: claimed by %d versions, want 1", rd.Number, rd.Name, len(claims))
		case claims[0].ID != rd.Category.String():
			t.Errorf("round %s %q (%s): claimed by %s", rd.Number, rd.Name, rd.Category, claims[0])
		case !claims[0].InForce(rd.Date):
			t.Errorf("round %s of %s %q: outside %s (%s)", rd.Number, rd.Date.Format("2006-01-02"), rd.Name, claims[0], claims[0].Dates())
		}
	}
	// The counts of categories.md section 7.1: 74 category rounds up to 2026-08-19.
	want := map[Category]int{French: 36, Healthcare: 15, STEM: 3, Trades: 6, Transport: 4, Agriculture: 3,
		Education: 2, Physicians: 2, SeniorManagers: 2, Military: 1}
	for _, c := range Categories() {
		if perCategory[c] != want[c] {
			t.Errorf("%s: %d rounds in the feed, categories.md counts %d", c, perCategory[c], want[c])
		}
	}
	if errs := CheckCategories(r, Embedded()); len(errs) > 0 {
		t.Errorf("CheckCategories on the embedded feed: %v", errs)
	}
}

// A round of a newer feed whose name no version claims is not assessed, never matched to the list
// its words suggest; so is a claimed name held outside its version's dates.
func TestARoundNoVersionClaimsIsNotAssessed(t *testing.T) {
	r := testRules(t)
	extra := []entry{
		newEntry("440", "2026-09-02", "Healthcare and Social Services Occupations, 2026-Version 4", "2,000", "470"),
		newEntry("439", "2026-09-01", "Researchers with Canadian Work Experience, 2026-Version 1", "200", "400"),
		newEntry("438", "2026-08-31", "Canadian Experience Class", "3,000", "520"),
	}
	f, err := Parse(bytes.NewReader(embeddedPlus(t, extra)), "newer.json")
	if err != nil {
		t.Fatal(err)
	}
	errs := CheckCategories(r, f)
	if len(errs) != 2 {
		t.Fatalf("CheckCategories: %d errors, want 2 (rounds 440 and 439): %v", len(errs), errs)
	}
	for i, want := range []string{`round 440 of 2026-09-02, "Healthcare and Social Services Occupations, 2026-Version 4": a healthcare round`,
		`round 439 of 2026-09-01, "Researchers with Canadian Work Experience, 2026-Version 1": a researchers round`} {
		if msg := errs[i].Error(); !strings.HasPrefix(msg, want) || !strings.HasSuffix(msg, NotAssessed) {
			t.Errorf("error %q\nwant it to start %q and end %q", msg, want, NotAssessed)
		}
	}
	for _, rd := range f.Rounds[:3] {
		v, err := VersionOf(r, &rd)
		if v != nil || (err == nil) != (rd.Category == CEC) {
			t.Errorf("VersionOf(round %s %q) = %v, %v", rd.Number, rd.Name, v, err)
		}
	}
	// A claimed name on a day outside its version: the 2023 trades list is not the 2026 one.
	old := Round{Number: "999", Date: f.Rounds[0].Date, Name: "Trade occupations (Version 1)", Category: Trades}
	if v, err := VersionOf(r, &old); v != nil || err == nil || !strings.Contains(err.Error(), "outside the dates of trades version 1 (2023-05-31 to 2025-02-26)") {
		t.Errorf("VersionOf(a 2023 name in 2026) = %v, %v", v, err)
	}
	// A name a version claims for another category than its words say.
	odd := Round{Number: "998", Date: f.Rounds[0].Date, Name: "Transport Occupations, 2026-Version 2", Category: Trades}
	if _, err := VersionOf(r, &odd); err == nil || !strings.Contains(err.Error(), "a trades round by its words, but transport version 2 of the rules claims it") {
		t.Errorf("VersionOf(a name claimed by another category): %v", err)
	}
	// A claimed round is its version.
	nurse := Embedded().Latest(Healthcare, 1)[0]
	if v, err := VersionOf(r, &nurse); err != nil || v.ID != "healthcare" || v.Version != 3 || !v.Has("31301") {
		t.Errorf("VersionOf(round %s) = %v, %v", nurse.Number, v, err)
	}
}
