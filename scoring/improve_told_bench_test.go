package scoring

import "testing"

// BenchmarkImproveCandidates makes every change the planner knows for the profiles of its tests:
// the part of Improve that says each change's title (and, since they are told only when shown,
// makes the closure that tells it).
func BenchmarkImproveCandidates(b *testing.B) {
	r := improveRules(b)
	rr := improveRulesAt(b, r, improveDay)
	profiles := improveAll(b, rr)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range profiles {
			planCandidates(rr, &p, improveDay)
		}
	}
}
