package scoring

import (
	"fmt"
	"github.com/eewizard/eewizard/i18n"
	"sort"
	"strings"
	"time"
)

// The search for a target: the fewest changes that reach a score (and enter a kind of round),
// then the smallest of those.

// planGroup is one group of alternatives in the search.
type planGroup struct {
	name string
	all  []int // every candidate of the group, in the order made (increasing)
	opts []int // the ones the bounds apply: the highest of each number of assignments
	best int   // the highest total of one of its changes alone
}

// planSearch finds the plan for a target: at most one change per group, and no two changes that
// set the same key (or a table and a key in it), and none whose profile claims more years of work
// than the questions' window (fitsWorkWindow). It relies on the CRS (and Entry.Met) never going
// down when a level, a number of years, a credential or a yes/no answer goes up (true of IRCC's
// tables): then scoring the profile with every remaining change made bounds what any combination
// of them can reach.
type planSearch struct {
	rr        *Rules
	day       time.Time
	base      Profile
	baseTotal int
	entry     *Entry // nil: the score alone
	cands     []planCandidate
	keys      []uint64 // by candidate: the keys it sets, one bit per key
	nkeys     int
	clash     []uint64 // by candidate: the keys it cannot be combined with
	groups    []planGroup
	a         Assessment // reused by every scoring
	top       Profile    // reused by ceiling
	stack     []Profile  // by depth: the profile with the changes so far made

	// the search for one number of changes
	k         int
	every     bool // the second pass: every change of each group, not only the highest
	budget    int  // the second pass stops after this many nodes
	need      int
	cur       []int
	found     bool
	bestSet   []int
	best      planSize
	mostTotal int   // the highest total of any plan that enters (-1: none does)
	mostSet   []int // a plan that reaches it
	nodes     int
}

// planSize orders the plans with as many changes: a lower total (the least gain beyond the
// target), then fewer steps, then fewer assignments.
type planSize struct{ total, steps, sets int }

func (a planSize) less(b planSize) bool {
	if a.total != b.total {
		return a.total < b.total
	}
	if a.steps != b.steps {
		return a.steps < b.steps
	}
	return a.sets < b.sets
}

func newPlanSearch(rr *Rules, p *Profile, day time.Time) *planSearch {
	return planSearchOver(rr, p, day, planCandidates(rr, p, day))
}

// planSearchOver prepares a search over the given candidates.
func planSearchOver(rr *Rules, p *Profile, day time.Time, cands []planCandidate) *planSearch {
	s := &planSearch{rr: rr, day: day, base: *p, cands: cands}
	s.baseTotal = s.score(&s.base)
	byName := map[string]int{}
	for i := range s.cands {
		c := &s.cands[i]
		q := c.Apply(s.base)
		c.total = s.score(&q)
		g, ok := byName[c.Group]
		if !ok {
			g = len(s.groups)
			byName[c.Group] = g
			s.groups = append(s.groups, planGroup{name: c.Group})
		}
		s.groups[g].all = append(s.groups[g].all, i)
		s.groups[g].best = max(s.groups[g].best, c.total)
	}
	// Larger gains first, so that good plans are met early and bound the rest.
	sort.SliceStable(s.groups, func(i, j int) bool {
		if s.groups[i].best != s.groups[j].best {
			return s.groups[i].best > s.groups[j].best
		}
		return s.groups[i].name < s.groups[j].name
	})
	for gi := range s.groups {
		g := &s.groups[gi]
		// The highest change for each number of assignments (the later one is the higher): a
		// plan with a lower one reaches no more. Not so for the years of work in and outside
		// Canada, which share the window of the questions: a lower one may leave room for the
		// other, so the search tries each.
		last := map[int]int{}
		for _, c := range g.all {
			last[len(s.cands[c].Set)] = c
		}
		for _, c := range g.all {
			if last[len(s.cands[c].Set)] == c || g.name == "canadian_work" || g.name == "foreign_work" {
				g.opts = append(g.opts, c)
			}
		}
	}
	s.keyBits()
	return s
}

// keyBits gives one bit per key; a key clashes with itself and with the keys it is a table of or
// a key in.
func (s *planSearch) keyBits() {
	bit := map[string]int{}
	for _, c := range s.cands {
		for _, k := range c.keys {
			if _, ok := bit[k]; !ok {
				bit[k] = len(bit)
			}
		}
	}
	s.nkeys = len(bit)
	s.keys = make([]uint64, len(s.cands))
	s.clash = make([]uint64, len(s.cands))
	for i, c := range s.cands {
		for _, k := range c.keys {
			s.keys[i] |= 1 << uint(bit[k]%64)
			for other, b := range bit {
				if other == k || strings.HasPrefix(other, k+".") || strings.HasPrefix(k, other+".") {
					s.clash[i] |= 1 << uint(b%64)
				}
			}
		}
	}
}

func (s *planSearch) score(p *Profile) int {
	s.rr.AssessInto(p, s.day, &s.a)
	return s.a.CRS.Total
}

// enters reports whether p, just scored, meets the entry.
func (s *planSearch) enters(p *Profile) bool { return s.entry == nil || s.entry.Met(&s.a, p) }

// ceiling scores p with every change of the groups from `from` on that can join a plan that sets
// the keys in set: no combination of them scores higher, and when that profile cannot enter, none
// of them can.
func (s *planSearch) ceiling(p *Profile, from int, set uint64) (int, bool) {
	s.top = *p
	for g := from; g < len(s.groups); g++ {
		for _, c := range s.groups[g].opts {
			if s.clash[c]&set == 0 {
				s.cands[c].apply(&s.top)
			}
		}
	}
	t := s.score(&s.top)
	return t, s.enters(&s.top)
}

// next is the profile one change deeper than the changes so far made, starting as p. A plan has
// at most one change per group, so reach makes the stack that deep before searching.
func (s *planSearch) next(p *Profile) *Profile {
	q := &s.stack[len(s.cur)+1]
	*q = *p
	return q
}

// reach finds the plan for target (with an entry, target may be 0: entering alone).
func (s *planSearch) reach(target int) (TargetPlan, error) {
	tp := TargetPlan{Target: target, Total: s.baseTotal, Entry: s.entry, Enters: true}
	s.score(&s.base)
	if !s.enters(&s.base) {
		tp.Enters = false
		if s.entry.Missing != nil {
			tp.MissingToday = s.entry.Missing(&s.a, &s.base)
		}
		if in := s.entry.MissingIn; in != nil {
			a, base := s.a, s.base
			tp.missingIn = func(p *i18n.Printer) string { return in(p, &a, &base) }
		}
	} else if s.baseTotal >= target {
		tp.Reached = true
		return tp, nil
	}
	if s.nkeys > 64 {
		return TargetPlan{}, fmt.Errorf("improve: the changes set %d keys; the search handles 64", s.nkeys)
	}
	// The most any plan that enters can reach, then the fewest changes that reach the target or,
	// out of reach, that most.
	s.stack = make([]Profile, len(s.groups)+2)
	s.mostTotal, s.mostSet, s.cur = -1, nil, s.cur[:0]
	if tp.Enters {
		s.mostTotal = s.baseTotal
	}
	s.maximize(0, &s.base, 0)
	if s.mostTotal < 0 {
		return tp, nil // no plan enters
	}
	s.need = min(target, s.mostTotal)
	if tp.Enters && s.need <= s.baseTotal {
		return tp, nil // nothing raises the score
	}
	s.fewest()
	if !s.found {
		// Only with tables where a higher level can score lower, which the bounds do not allow
		// for: keep the highest plan met.
		s.bestSet = s.mostSet
	}
	for _, c := range s.bestSet {
		tp.Changes = append(tp.Changes, s.cands[c].Change)
		tp.Steps += s.cands[c].steps
	}
	q := s.applyAll(s.bestSet)
	tp.Total = s.score(&q)
	tp.Enters = s.enters(&q)
	tp.Gain = tp.Total - s.baseTotal
	tp.Reached = tp.Total >= target && tp.Enters
	return tp, nil
}

// maximize finds the highest total of any plan that enters (at most one change per group, no key
// set twice) from the groups from `from` on, with p the profile so far and set the keys it has
// changed.
func (s *planSearch) maximize(from int, p *Profile, set uint64) {
	s.nodes++
	if !fitsWorkWindow(p, &s.base) {
		return // more changes cannot make it fit again
	}
	ub, ok := s.ceiling(p, from, set)
	if !ok || ub <= s.mostTotal {
		return
	}
	if from == len(s.groups) {
		s.mostTotal = ub
		s.mostSet = append(s.mostSet[:0], s.cur...)
		return
	}
	for _, c := range s.groups[from].opts {
		if s.clash[c]&set != 0 {
			continue
		}
		q := s.next(p)
		s.cands[c].apply(q)
		s.cur = append(s.cur, c)
		s.maximize(from+1, q, set|s.keys[c])
		s.cur = s.cur[:len(s.cur)-1]
	}
	s.maximize(from+1, p, set)
}

// planSearchBudget bounds the second pass of fewest, in nodes: a few tens of milliseconds.
const planSearchBudget = 30000

// fewest searches one, two, … changes until a plan reaches s.need and enters, then keeps the
// smallest plan (planSize) with that many changes. The first pass tries only each group's highest
// changes (opts): a plan with a lower change of a group reaches no more than with the highest of
// as many assignments, so it finds the fewest changes quickly. That plan, with each change lowered
// as far as it can be, starts the second pass, over every change, which keeps the smallest. A
// second pass too large for planSearchBudget stops early, keeping the smallest plan met, lowered
// again: no change of it can then be lowered either, but a smaller plan may exist.
func (s *planSearch) fewest() {
	for s.k = 1; s.k <= len(s.groups); s.k++ {
		s.found, s.every, s.cur = false, false, s.cur[:0]
		s.dfs(0, &s.base, 0, planSize{})
		if s.found {
			s.lower(false)
			s.every, s.cur, s.budget = true, s.cur[:0], s.nodes+planSearchBudget
			s.dfs(0, &s.base, 0, planSize{})
			if s.nodes > s.budget {
				s.lower(true)
			}
			return
		}
	}
}

// lower makes the best plan smaller by single replacements until none helps: each change by a
// lower one of its group, and with swap, by a change of a group the plan does not use. It keeps
// the plan reaching s.need and entering, within the work window.
func (s *planSearch) lower(swap bool) {
	group := map[string]*planGroup{}
	for gi := range s.groups {
		group[s.groups[gi].name] = &s.groups[gi]
	}
	used := func(g string) bool {
		for _, c := range s.bestSet {
			if s.cands[c].Group == g {
				return true
			}
		}
		return false
	}
	try := func(i, c, other int) bool {
		s.bestSet[i] = other
		if sz, ok := s.sizeOf(s.bestSet); ok && sz.less(s.best) {
			s.best = sz
			return true
		}
		s.bestSet[i] = c
		return false
	}
	for changed := true; changed; {
		changed = false
		for i, c := range s.bestSet {
			for _, lower := range group[s.cands[c].Group].all {
				if lower == c {
					break // the later ones are higher
				}
				if changed = try(i, c, lower); changed {
					break
				}
			}
			for other := 0; swap && other < len(s.cands) && !changed; other++ {
				if g := s.cands[other].Group; g != s.cands[c].Group && !used(g) {
					changed = try(i, c, other)
				}
			}
			if changed {
				break // the plan changed: start again
			}
		}
	}
}

// sizeOf is the size of a plan, and false when it clashes, leaves the work window, falls short of
// s.need or does not enter.
func (s *planSearch) sizeOf(set []int) (planSize, bool) {
	var keys uint64
	var sz planSize
	for _, c := range set {
		if s.clash[c]&keys != 0 {
			return sz, false
		}
		keys |= s.keys[c]
		sz.steps += s.cands[c].steps
		sz.sets += len(s.cands[c].Set)
	}
	q := s.applyAll(set)
	sz.total = s.score(&q)
	return sz, fitsWorkWindow(&q, &s.base) && sz.total >= s.need && s.enters(&q)
}

func (s *planSearch) applyAll(set []int) Profile {
	q := s.base
	for _, c := range set {
		s.cands[c].apply(&q)
	}
	return q
}

// dfs tries every combination of s.k changes from the groups from `from` on, at most one per
// group and none setting a key in set; p has the changes so far made, of size sz (its total not
// yet known). It reports whether a higher change of the same group, in place of the last one made,
// can do no better: the plans from here already reach the target, or score too much.
func (s *planSearch) dfs(from int, p *Profile, set uint64, sz planSize) (higherNoBetter bool) {
	s.nodes++
	if (s.found && !s.every) || (s.every && s.nodes > s.budget) {
		return false // the first pass needs one plan; the second has a budget
	}
	if !fitsWorkWindow(p, &s.base) {
		return false // more changes cannot make it fit again
	}
	left := s.k - len(s.cur)
	if left == 0 {
		sz.total = s.score(p)
		if sz.total < s.need || !s.enters(p) {
			return false
		}
		if !s.found || sz.less(s.best) {
			s.found, s.best = true, sz
			s.bestSet = append(s.bestSet[:0], s.cur...)
		}
		// A higher change scores as much or more, with as many steps or more.
		return true
	}
	if len(s.groups)-from < left {
		return false
	}
	// Every change only raises the score, and a plan must reach s.need: no plan from here scores
	// less than floor. When floor is the best plan's total, only fewer steps can do better.
	tie := false
	if s.found {
		floor := max(s.score(p), s.need)
		if floor > s.best.total || (floor == s.best.total && sz.steps+left > s.best.steps) {
			return true
		}
		tie = floor == s.best.total
	}
	if ub, ok := s.ceiling(p, from, set); !ok || ub < s.need {
		return false
	}
	for g := from; g < len(s.groups); g++ {
		try := s.groups[g].opts
		if s.every {
			try = s.groups[g].all
		}
		for _, c := range try {
			cand := &s.cands[c]
			if s.clash[c]&set != 0 || (tie && sz.steps+cand.steps+left-1 > s.best.steps) {
				continue
			}
			q := s.next(p)
			cand.apply(q)
			s.cur = append(s.cur, c)
			stop := s.dfs(g+1, q, set|s.keys[c], planSize{steps: sz.steps + cand.steps, sets: sz.sets + len(cand.Set)})
			s.cur = s.cur[:len(s.cur)-1]
			if stop && s.every {
				break // the group's higher changes (made later) do no better
			}
		}
	}
	return false
}
