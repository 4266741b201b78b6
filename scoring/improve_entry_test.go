package scoring

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
)

// improveFrenchEntry is the test's own French-round entry: NCLC 7 or more in all four French
// abilities (rounds.Entry(French) adds eligibility for a program; rounds cannot be imported here).
var improveFrenchEntry = &Entry{Key: "french", Name: "French rounds", Need: "NCLC 7 in all four",
	Met: func(a *Assessment, p *Profile) bool {
		for _, l := range []*Levels{&a.First, &a.Second} {
			if l.Given && l.French && l.AllAtLeast(7) {
				return true
			}
		}
		return false
	},
	Missing: func(a *Assessment, p *Profile) string { return "no French at NCLC 7" }}

// improveEligibleEntry asks eligibility for a program, as every kind of round does.
var improveEligibleEntry = &Entry{Key: "general", Name: "General rounds", Need: "a program",
	Met:     func(a *Assessment, p *Profile) bool { return a.EligibleAny() },
	Missing: func(a *Assessment, p *Profile) string { return "no program" }}

// TestTargetSearchWithAnEntryAgreesWithBruteForce: as the test without an entry, but only the
// subsets whose profile meets the entry count (French NCLC 7; eligibility for a program), and a
// plan is needed even when the score is already above the target.
func TestTargetSearchWithAnEntryAgreesWithBruteForce(t *testing.T) {
	r := improveRules(t)
	rr := improveRulesAt(t, r, improveDay)
	rng := rand.New(rand.NewPCG(3, 5))
	cases, entered, none := 0, 0, 0
	profiles := improveAll(t, rr)
	for _, name := range slices.Sorted(maps.Keys(profiles)) { // in a fixed order: the draws follow one another
		p := profiles[name]
		all := planCandidates(rr, &p, improveDay)
		for draw := 0; draw < 4; draw++ {
			var cands []planCandidate
			for _, i := range rng.Perm(len(all)) {
				if len(cands) < 11 {
					cands = append(cands, all[i])
				}
			}
			slices.SortStableFunc(cands, func(a, b planCandidate) int { return improveIndex(all, a.ID) - improveIndex(all, b.ID) })
			base := Assess(rr, &p, improveDay).CRS.Total
			for _, entry := range []*Entry{improveFrenchEntry, improveEligibleEntry} {
				for _, target := range []int{base - 10, base + 30, base + 120, 1200} {
					s := planSearchOver(rr, &p, improveDay, cands)
					s.entry = entry
					tp, err := s.reach(target)
					if err != nil {
						t.Fatal(err)
					}
					want, ok := improveBrute(rr, &p, improveDay, cands, target, entry)
					q := p
					for _, c := range tp.Changes {
						q = c.Apply(q)
					}
					a := Assess(rr, &q, improveDay)
					switch {
					case !ok:
						none++
						if tp.Enters || len(tp.Changes) != 0 || tp.Reached {
							t.Errorf("%s draw %d %s target %d: no subset enters, search %+v", name, draw, entry.Key, target, tp)
						}
					default:
						entered++
						got := improveBruteResult{len(tp.Changes), tp.Total, len(tp.Set()), tp.Steps}
						if got != want || !tp.Enters || !entry.Met(&a, &q) || a.CRS.Total != tp.Total {
							t.Errorf("%s draw %d %s target %d: search %+v (enters %v), brute force %+v; %q",
								name, draw, entry.Key, target, got, tp.Enters, want, tp.Titles())
						}
					}
					if tp.Reached != (tp.Enters && tp.Total >= target) {
						t.Errorf("%s: reached %v, enters %v with %d for %d", name, tp.Reached, tp.Enters, tp.Total, target)
					}
					cases++
				}
			}
		}
	}
	t.Logf("%d cases: %d where a plan enters, %d where none does", cases, entered, none)
	if entered == 0 || none == 0 {
		t.Errorf("the draws miss a branch: %d enter, %d do not", entered, none)
	}
}

// TestEntryPlanForExample1IsFrenchNCLC7AndSaysWhatIsMissing: example 1 (441, no French result)
// with the cut-off 382 already passed: the plan is the smallest change that enters, French NCLC 7
// in all four (+62 -> 503), and says what today's profile lacks.
func TestEntryPlanForExample1IsFrenchNCLC7AndSaysWhatIsMissing(t *testing.T) {
	r := improveRules(t)
	rr := improveRulesAt(t, r, improveDay)
	p := improveExamples(t, rr)["example1.toml"]
	plan, err := ImproveWith(r, &p, improveDay, ImproveOptions{Target: 382, Entry: improveFrenchEntry})
	if err != nil {
		t.Fatal(err)
	}
	tp := plan.Target
	if tp.MissingToday != "no French at NCLC 7" || !tp.Enters || !tp.Reached || len(tp.Changes) != 1 ||
		tp.Changes[0].ID != "second_language.new>=7" || tp.Total != 441+4*3+50 {
		t.Errorf("plan %+v", tp)
	}
	// Without an entry, 382 needs nothing.
	plan, _ = Improve(r, &p, improveDay, 382)
	if tp := plan.Target; !tp.Reached || len(tp.Changes) != 0 || tp.Entry != nil || !tp.Enters {
		t.Errorf("no entry: %+v", tp)
	}
}

// TestTargetPlanNoChangeCanBeLoweredOrSwapped checks the plan's minimality on the whole candidate
// lists (too long for brute force): replacing any change of the plan by a lower one of its group,
// or by a change of a group the plan does not use, never gives a smaller plan (TargetPlan's order:
// lower total, then fewer steps, then fewer assignments) that still reaches what the plan reaches
// and has as many changes, at most one per group.
func TestTargetPlanNoChangeCanBeLoweredOrSwapped(t *testing.T) {
	r := improveRules(t)
	rr := improveRulesAt(t, r, improveDay)
	checked, lowered := 0, 0
	for name, p := range improveAll(t, rr) {
		s := newPlanSearch(rr, &p, improveDay)
		var cands []planCandidate
		for _, c := range s.cands {
			if c.Group != nominationGroup {
				cands = append(cands, c)
			}
		}
		s = planSearchOver(rr, &p, improveDay, cands)
		for _, target := range []int{s.baseTotal + 15, s.baseTotal + 60, s.baseTotal + 200, 1200} {
			plan, err := Improve(r, &p, improveDay, target)
			if err != nil {
				t.Fatal(err)
			}
			tp := plan.Target
			var set []int
			for _, c := range tp.Changes {
				set = append(set, improveIndex(s.cands, c.ID))
			}
			s.need = min(target, tp.Total)
			size, ok := s.sizeOf(set)
			if !ok || size.total != tp.Total || size.steps != tp.Steps {
				t.Fatalf("%s target %d: plan %+v does not check (%+v)", name, target, tp, size)
			}
			groups := map[string]bool{}
			for _, c := range tp.Changes {
				if groups[c.Group] {
					t.Errorf("%s target %d: two changes of %s", name, target, c.Group)
				}
				groups[c.Group] = true
			}
			for i, c := range set {
				for other := range s.cands {
					og := s.cands[other].Group
					if other == c || (og != s.cands[c].Group && groups[og]) {
						continue
					}
					if og == s.cands[c].Group {
						lowered++
					}
					swapped := slices.Clone(set)
					swapped[i] = other
					if sz, ok := s.sizeOf(swapped); ok && sz.less(size) {
						t.Errorf("%s target %d: %q could be %q: %+v, smaller than %+v", name, target, s.cands[c].Title, s.cands[other].Title, sz, size)
					}
					checked++
				}
			}
		}
	}
	t.Logf("%d replacements checked (%d within a group)", checked, lowered)
	if lowered == 0 {
		t.Errorf("no change had a lower alternative")
	}
}
