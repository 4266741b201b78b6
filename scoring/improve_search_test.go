package scoring

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// The target search checked against brute force.

// improveBruteResult is the plan brute force finds: its number of changes, total, assignments and
// steps.
type improveBruteResult struct{ size, total, sets, steps int }

// improveBrute is the target search done the slow way: every subset of cands with at most one
// change per group, no two setting the same key (or a table and a key in it), and work years
// within the window (fitsWorkWindow); with entry, only
// the subsets whose profile meets it. The plan is the one with the fewest changes that reaches
// the target (or, out of reach, the highest total of any subset that enters); among those, the
// lowest total, then the fewest steps, then the fewest assignments (TargetPlan's order). ok is
// false when no subset enters.
func improveBrute(rr *Rules, p *Profile, day time.Time, cands []planCandidate, target int, entry *Entry) (improveBruteResult, bool) {
	clash := func(a, b *planCandidate) bool {
		if a.Group == b.Group {
			return true
		}
		for _, x := range a.keys {
			for _, y := range b.keys {
				if x == y || strings.HasPrefix(x, y+".") || strings.HasPrefix(y, x+".") {
					return true
				}
			}
		}
		return false
	}
	var all []improveBruteResult
	n := len(cands)
	for mask := 0; mask < 1<<n; mask++ {
		var chosen []*planCandidate
		ok := true
		for i := 0; i < n && ok; i++ {
			if mask&(1<<i) == 0 {
				continue
			}
			for _, c := range chosen {
				if clash(c, &cands[i]) {
					ok = false
					break
				}
			}
			chosen = append(chosen, &cands[i])
		}
		if !ok {
			continue
		}
		q := *p
		pl := improveBruteResult{size: len(chosen)}
		for _, c := range chosen {
			q = c.Apply(q)
			pl.sets += len(c.Set)
			pl.steps += c.steps
		}
		if !fitsWorkWindow(&q, p) {
			continue
		}
		a := Assess(rr, &q, day)
		if entry != nil && !entry.Met(&a, &q) {
			continue
		}
		pl.total = a.CRS.Total
		all = append(all, pl)
	}
	if len(all) == 0 {
		return improveBruteResult{}, false
	}
	best := 0
	for _, pl := range all {
		best = max(best, pl.total)
	}
	need := min(target, best)
	out := improveBruteResult{size: n + 1}
	for _, pl := range all {
		if pl.total < need {
			continue
		}
		if pl.size != out.size {
			if pl.size < out.size {
				out = pl
			}
			continue
		}
		if pl.total < out.total || (pl.total == out.total && (pl.steps < out.steps || (pl.steps == out.steps && pl.sets < out.sets))) {
			out = pl
		}
	}
	return out, true
}

// TestTargetSearchAgreesWithBruteForceOnSmallCandidateLists draws small candidate lists (up to 12
// changes, "all four" changes and single abilities of one result among them) from every profile
// and compares the search with every subset, for targets reachable and not.
func TestTargetSearchAgreesWithBruteForceOnSmallCandidateLists(t *testing.T) {
	r := improveRules(t)
	rr := improveRulesAt(t, r, improveDay)
	rng := rand.New(rand.NewPCG(7, 11))
	cases, clashing := 0, 0
	profiles := improveAll(t, rr)
	for _, name := range slices.Sorted(maps.Keys(profiles)) { // in a fixed order: the draws follow one another
		p := profiles[name]
		all := planCandidates(rr, &p, improveDay)
		for draw := 0; draw < 8; draw++ {
			var cands []planCandidate
			for _, i := range rng.Perm(len(all)) {
				if len(cands) < 12 {
					cands = append(cands, all[i])
				}
			}
			for _, c := range cands {
				if strings.Contains(c.ID, ".all>=") {
					for _, d := range cands {
						if d.Group != c.Group && strings.HasPrefix(d.Group, strings.TrimSuffix(c.Group, ".all")+".") {
							clashing++
						}
					}
				}
			}
			// keep the made order within groups (the search's bound relies on it)
			slices.SortStableFunc(cands, func(a, b planCandidate) int { return improveIndex(all, a.ID) - improveIndex(all, b.ID) })
			base := Assess(rr, &p, improveDay).CRS.Total
			for _, target := range []int{base + 1, base + 20, base + 60, base + 150, base + 700, 1200} {
				s := planSearchOver(rr, &p, improveDay, cands)
				tp, err := s.reach(target)
				if err != nil {
					t.Fatal(err)
				}
				want, _ := improveBrute(rr, &p, improveDay, cands, target, nil)
				if want.total <= base { // nothing raises the score
					want = improveBruteResult{total: base}
				}
				got := improveBruteResult{len(tp.Changes), tp.Total, len(tp.Set()), tp.Steps}
				if got != want {
					t.Errorf("%s draw %d target %d: search %+v, brute force %+v; %q", name, draw, target, got, want, tp.Titles())
				}
				if tp.Reached != (tp.Total >= target) {
					t.Errorf("%s: reached %v with %d for %d", name, tp.Reached, tp.Total, target)
				}
				cases++
			}
		}
	}
	t.Logf("%d cases; %d pairs of an \"all four\" change and a single ability of the same result", cases, clashing)
	if clashing == 0 {
		t.Errorf("no draw has changes that set the same key")
	}
}

func improveIndex(cs []planCandidate, id string) int {
	for i, c := range cs {
		if c.ID == id {
			return i
		}
	}
	return -1
}
