package scoring

import (
	"slices"
	"strings"
	"testing"
)

// improveSuggestion finds the suggestion whose assignments are exactly sets.
func improveSuggestion(plan Plan, sets ...string) (Suggestion, bool) {
	for _, s := range plan.Suggestions {
		if slices.Equal(s.Change.Set, sets) {
			return s, true
		}
	}
	return Suggestion{}, false
}

// TestSpouseLanguageCLB7To9IsSuggestedThoughOneLevelUpGainsNothing: example 2 (married, CRS 555)
// has the spouse at CLB 7 in all four. The spouse's language table (crs-rules.md 1.7) gives 3 per
// ability for CLB 7 or 8 and 5 for CLB 9 or more, so one level up (CLB 8) gains nothing, and CLB 9
// gains 5 - 3 = 2 in one ability, 4 x 2 = 8 in all four. The spouse block stays under its cap of
// 40: education bachelor's 8 + language 12 + Canadian work 1 year 5 = 25, and 25 + 8 = 33.
func TestSpouseLanguageCLB7To9IsSuggestedThoughOneLevelUpGainsNothing(t *testing.T) {
	r := improveRules(t)
	rr := improveRulesAt(t, r, improveDay)
	p := improveExamples(t, rr)["example2.toml"]
	plan, err := Improve(r, &p, improveDay, 0)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Total != 555 {
		t.Fatalf("example 2: %d, want 555", plan.Total)
	}
	all := []string{"spouse.language.listening=9", "spouse.language.reading=9", "spouse.language.writing=9", "spouse.language.speaking=9"}
	if s, ok := improveSuggestion(plan, all...); !ok || s.Gain != 4*(5-3) || s.Total != 563 {
		t.Errorf("spouse CLB 9 in all four: %+v %v, want +8 -> 563 among %d suggestions", s, ok, len(plan.Suggestions))
	}
	for _, set := range all {
		if s, ok := improveSuggestion(plan, set); !ok || s.Gain != 5-3 {
			t.Errorf("%s: %+v %v, want +2", set, s, ok)
		}
	}
}

// TestSecondLanguageNCLC7To9IsSuggested: example 2's second language is NCLC 7 in all four. The
// second-language table (crs-rules.md 1.5) gives 3 for NCLC 7 or 8 and 6 for 9 or more, so NCLC 8
// gains nothing; NCLC 9 in one ability gains 3 (12 -> 15), in all four 4 x 6 = 24, capped at 22
// with a spouse: +10 -> 565. The French bonus is already 50 (NCLC 7 with CELPIP CLB 9) and stays.
func TestSecondLanguageNCLC7To9IsSuggested(t *testing.T) {
	r := improveRules(t)
	rr := improveRulesAt(t, r, improveDay)
	p := improveExamples(t, rr)["example2.toml"]
	plan, err := Improve(r, &p, improveDay, 0)
	if err != nil {
		t.Fatal(err)
	}
	all := []string{"applicant.second_language.listening=9", "applicant.second_language.reading=9",
		"applicant.second_language.writing=9", "applicant.second_language.speaking=9"}
	if s, ok := improveSuggestion(plan, all...); !ok || s.Gain != 22-12 || s.Total != 565 {
		t.Errorf("NCLC 9 in all four: %+v %v, want +10 -> 565", s, ok)
	}
	if s, ok := improveSuggestion(plan, "applicant.second_language.reading=9"); !ok || s.Gain != 6-3 {
		t.Errorf("reading NCLC 7 -> 9: %+v %v, want +3", s, ok)
	}
}

// TestForeignWorkSearchesUpToTheFirstYearThatGains: single, one year of work in Canada and one
// abroad, IELTS CLB 6 in all four (so foreign work x language gives nothing: it needs CLB 7). The
// foreign x Canadian work grid (crs-rules.md 1.8, C4) gives 13 for 1 or 2 years abroad with 1 year
// in Canada and 25 for 3 years or more: a second year abroad gains nothing, a third +12. The
// foreign work group (13 -> 25) stays under its cap of 50, and transferability (education x
// Canadian work 13 + 13 -> 38) under 100.
func TestForeignWorkSearchesUpToTheFirstYearThatGains(t *testing.T) {
	r := improveRules(t)
	rr := improveRulesAt(t, r, improveDay)
	p := improveProfile(t, rr, "foreign", `
[applicant]
age = 30
marital_status = "single"
education = "bachelors"
canadian_work_years = 1
canadian_work_years_last_3 = 1
foreign_work_years = 1
[applicant.first_language]
test = "ielts"
listening = 5.5
reading = 5.0
writing = 5.5
speaking = 5.5
`)
	if lv := Assess(rr, &p, improveDay).First.CLB; lv != [NumAbilities]int{6, 6, 6, 6} {
		t.Fatalf("levels %v, want CLB 6 in all four", lv)
	}
	plan, err := Improve(r, &p, improveDay, 0)
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := improveSuggestion(plan, "applicant.foreign_work_years=3"); !ok || s.Gain != 25-13 {
		t.Errorf("foreign work 1 -> 3 years: %+v %v, want +12", s, ok)
	}
}

// TestEveryKindOfChangeListsTheSmallestChangeThatGains checks the one-step blind spot for every
// kind of change (each group of alternatives: one ability of one result, all four abilities, a new
// result, a retake, years of each kind of work, education, ...) in every profile: when any change
// of the group raises the score alone, the lowest one that does is a suggestion with its gain, and
// so is the one that gains the most.
func TestEveryKindOfChangeListsTheSmallestChangeThatGains(t *testing.T) {
	r := improveRules(t)
	rr := improveRulesAt(t, r, improveDay)
	for name, p := range improveAll(t, rr) {
		plan, err := Improve(r, &p, improveDay, 0)
		if err != nil {
			t.Fatal(err)
		}
		listed := map[string]int{}
		for _, s := range plan.Suggestions {
			listed[strings.Join(s.Change.Set, " ")] = s.Gain
		}
		type first struct {
			c         Change
			gain      int
			best      Change
			bestGain  int
			hasGainer bool
		}
		groups := map[string]*first{}
		var order []string
		for _, c := range planCandidates(rr, &p, improveDay) {
			q := c.Apply(p)
			gain := Assess(rr, &q, improveDay).CRS.Total - plan.Total
			g, ok := groups[c.Group]
			if !ok {
				g = &first{}
				groups[c.Group] = g
				order = append(order, c.Group)
			}
			if gain > 0 && !g.hasGainer {
				g.c, g.gain, g.hasGainer = c.Change, gain, true
			}
			if gain > g.bestGain {
				g.best, g.bestGain = c.Change, gain
			}
		}
		for _, name2 := range order {
			g := groups[name2]
			if !g.hasGainer {
				continue
			}
			if got, ok := listed[strings.Join(g.c.Set, " ")]; !ok || got != g.gain {
				t.Errorf("%s: %s: the smallest change that gains, %q (+%d), is not listed", name, name2, g.c.Title, g.gain)
			}
			if got, ok := listed[strings.Join(g.best.Set, " ")]; !ok || got != g.bestGain {
				t.Errorf("%s: %s: the change that gains most, %q (+%d), is not listed", name, name2, g.best.Title, g.bestGain)
			}
		}
	}
}

// TestTargetPlanPrefersTheSmallestChangeThatReaches: example 1 (441) with a target of 500. One
// change is needed; French as a second language at NCLC 7 in all four gives 4 x 3 + 50 = +62 ->
// 503 (crs-rules.md 1.5 and 1.9), NCLC 9 gives 4 x 6 + 50 = +74 -> 515. Both reach 500 with one
// change: the plan takes NCLC 7, two levels less in each ability.
func TestTargetPlanPrefersTheSmallestChangeThatReaches(t *testing.T) {
	r := improveRules(t)
	rr := improveRulesAt(t, r, improveDay)
	p := improveExamples(t, rr)["example1.toml"]
	plan, err := Improve(r, &p, improveDay, 500)
	if err != nil {
		t.Fatal(err)
	}
	tp := plan.Target
	if !tp.Reached || len(tp.Changes) != 1 || tp.Total != 441+4*3+50 || tp.Changes[0].ID != "second_language.new>=7" {
		t.Errorf("target 500: %d changes -> %d %q, want French NCLC 7 -> 503", len(tp.Changes), tp.Total, tp.Titles())
	}
}
