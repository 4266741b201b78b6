package scoring

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The improvement planner: every change that would raise a profile's CRS score, the fewest changes
// that reach a target score, and the days in the next months on which the score changes by itself.
// Every number here comes from scoring a changed profile with Assess; nothing is added up by hand.

// TimelineMonths is how far ahead Improve looks for the days the score changes by itself.
const TimelineMonths = 24

// Suggestion is one change that raises the score, with what it gains.
type Suggestion struct {
	Change Change
	Gain   int // Total minus today's total
	Total  int // the CRS total with the change made
}

// TargetPlan is the smallest set of changes that reaches a target score: the fewest changes, then
// the highest total, then the fewest assignments. When the target is out of reach with the changes
// the planner knows, it is the plan that gets closest (the highest total, with the fewest changes).
type TargetPlan struct {
	Target  int
	Reached bool // Total is at or above Target
	Changes []Change
	Gain    int // Total minus today's total
	Total   int // the CRS total with every change made
}

// Set is every `--set KEY=VALUE` assignment of the plan, in order: replayed with `eewizard whatif`
// (or Change.ApplySets), they give the plan's profile.
func (t *TargetPlan) Set() []string {
	var out []string
	for _, c := range t.Changes {
		out = append(out, c.Set...)
	}
	return out
}

// Titles are the plan's changes in plain words.
func (t *TargetPlan) Titles() []string {
	out := make([]string, len(t.Changes))
	for i, c := range t.Changes {
		out[i] = c.Title
	}
	return out
}

// Short is how many points the plan falls short of the target (0 when reached).
func (t *TargetPlan) Short() int { return max(0, t.Target-t.Total) }

// TimelineEvent is a day on which the score changes by itself: a birthday that costs age points, a
// language result or an ECA that stops counting, a rule that changes. Total is the CRS total scored
// on that day with the rules in force that day; Delta is the change from the total before it.
type TimelineEvent struct {
	Date  time.Time
	What  string
	Total int
	Delta int
}

// Plan is what Improve finds for a profile on a day.
type Plan struct {
	Day         time.Time
	Total       int          // today's CRS total
	Suggestions []Suggestion // every single change that raises the score, largest gain first
	Target      *TargetPlan  // nil when no target was asked for
	Timeline    []TimelineEvent
}

// Improve finds what would raise p's CRS score on day: every single change with its gain, ranked
// (ties: fewer assignments, then title); with target > 0, the fewest changes that reach target;
// and the days in the next TimelineMonths months on which the score changes by itself. r are the
// rules as read: each day is scored with the rules in force that day (Rules.At).
func Improve(r *Rules, p *Profile, day time.Time, target int) (Plan, error) {
	return ImproveWith(r, p, day, ImproveOptions{Target: target})
}

// ImproveOptions choose what Improve searches.
type ImproveOptions struct {
	// Target is the score a plan must reach; 0 for no plan.
	Target int
	// Nomination lets a plan include a provincial nomination. It is left out by default: it is worth
	// 600 points, so it would be every plan's one step, and it is not a step a candidate can simply
	// take. It is always listed among the suggestions.
	Nomination bool
}

// ImproveWith is Improve with options.
func ImproveWith(r *Rules, p *Profile, day time.Time, opts ImproveOptions) (Plan, error) {
	target := opts.Target
	day = Day(day)
	rr, err := r.At(day)
	if err != nil {
		return Plan{}, err
	}
	s := newPlanSearch(rr, p, day)
	plan := Plan{Day: day, Total: s.baseTotal}
	for i := range s.cands {
		c := &s.cands[i]
		if c.step && c.total > s.baseTotal {
			plan.Suggestions = append(plan.Suggestions, Suggestion{Change: c.Change, Gain: c.total - s.baseTotal, Total: c.total})
		}
	}
	sort.SliceStable(plan.Suggestions, func(i, j int) bool {
		a, b := &plan.Suggestions[i], &plan.Suggestions[j]
		if a.Gain != b.Gain {
			return a.Gain > b.Gain
		}
		if len(a.Change.Set) != len(b.Change.Set) {
			return len(a.Change.Set) < len(b.Change.Set)
		}
		return a.Change.Title < b.Change.Title
	})
	if target > 0 {
		search := s
		if !opts.Nomination {
			var cands []planCandidate
			for _, c := range s.cands {
				if c.Group != nominationGroup {
					cands = append(cands, c)
				}
			}
			search = planSearchOver(rr, p, day, cands)
		}
		tp, err := search.reach(target)
		if err != nil {
			return Plan{}, err
		}
		plan.Target = &tp
	}
	if plan.Timeline, err = timeline(r, rr, p, day, s.baseTotal); err != nil {
		return Plan{}, err
	}
	return plan, nil
}

// ---------------------------------------------------------------------------------------------------
// Candidate changes
// ---------------------------------------------------------------------------------------------------

// nominationGroup is the group of the provincial-nomination change.
const nominationGroup = "provincial_nomination"

// planCandidate is a change the planner may suggest or put in a plan.
type planCandidate struct {
	Change
	step  bool     // a one-step change, listed among the suggestions; false: only for plans
	keys  []string // the keys its assignments set
	total int      // the CRS total with this change alone
}

// languageSlot is one of the three language results a change can touch.
type languageSlot struct {
	lk     languageKey
	id     string // "first_language"
	title  string // "First language", "Second language", "Spouse's language"
	levels []int  // the "in all four" levels worth a plan
}

var (
	firstSlot  = languageSlot{firstLanguage, "first_language", "First language", []int{7, 9, 10}}
	secondSlot = languageSlot{secondLanguage, "second_language", "Second language", []int{5, 7, 9}}
	spouseSlot = languageSlot{spouseLanguage, "spouse.language", "Spouse's language", []int{5, 7, 9}}
)

// The tests the planner proposes for a result the profile does not have yet.
const (
	planEnglishTest = "ielts"
	planFrenchTest  = "tef"
)

// planCandidates lists every change the planner knows for p on day, with rr the rules in force
// that day. Within a group, changes come in increasing order (a higher level after a lower one), and
// every change only raises what it touches, so applying a group's changes one after another gives
// the most any of them gives: the search's upper bound relies on it.
func planCandidates(rr *Rules, p *Profile, day time.Time) []planCandidate {
	var out []planCandidate
	add := func(step bool, c Change) {
		keys := make([]string, len(c.Set))
		for i, s := range c.Set {
			keys[i], _, _ = strings.Cut(s, "=")
		}
		out = append(out, planCandidate{Change: c, step: step, keys: keys})
	}
	a := &p.Applicant

	// Language results.
	first := rr.LevelsOf(&a.FirstLanguage, day)
	switch {
	case !a.FirstLanguage.Given():
		newResultChanges(rr, firstSlot, planEnglishTest, []int{7, 9, 10}, day, add)
	default:
		languageChanges(rr, p, firstSlot, first, day, add)
	}
	if a.FirstLanguage.Given() && first.Chart != nil {
		second := rr.LevelsOf(&a.SecondLanguage, day)
		switch {
		case !a.SecondLanguage.Given() && first.French:
			// English CLB 5 in all four turns the French bonus from "without English" into "with English".
			newResultChanges(rr, secondSlot, planEnglishTest, []int{5, 7, 9}, day, add)
		case !a.SecondLanguage.Given():
			newResultChanges(rr, secondSlot, planFrenchTest, []int{7, 9}, day, add)
		default:
			languageChanges(rr, p, secondSlot, second, day, add)
		}
	}
	if p.AccompanyingSpouse() {
		if !p.Spouse.Language.Given() {
			newResultChanges(rr, spouseSlot, planEnglishTest, []int{5, 7, 9}, day, add)
		} else {
			languageChanges(rr, p, spouseSlot, rr.LevelsOf(&p.Spouse.Language, day), day, add)
		}
	}

	// Work: one more year. The profile has no start dates, so the year is counted from today.
	if a.CanadianWorkYears < 60 {
		n, last3 := a.CanadianWorkYears+1, min(a.CanadianWorkYearsLast3+1, 3)
		sets := []string{kv("applicant.canadian_work_years", n)}
		if last3 != a.CanadianWorkYearsLast3 {
			sets = append(sets, kv("applicant.canadian_work_years_last_3", last3))
		}
		add(true, Change{ID: "canadian_work+1", Group: "canadian_work", Set: sets,
			Title: fmt.Sprintf("After one more year of work: skilled work in Canada %d → %s", a.CanadianWorkYears, years(n)),
			apply: func(p *Profile) {
				p.Applicant.CanadianWorkYears = max(p.Applicant.CanadianWorkYears, n)
				p.Applicant.CanadianWorkYearsLast3 = max(p.Applicant.CanadianWorkYearsLast3, last3)
			}})
	}
	if a.ForeignWorkYears < 60 {
		n := a.ForeignWorkYears + 1
		add(true, Change{ID: "foreign_work+1", Group: "foreign_work", Set: []string{kv("applicant.foreign_work_years", n)},
			Title: fmt.Sprintf("After one more year of work: skilled work outside Canada %d → %s", a.ForeignWorkYears, years(n)),
			apply: func(p *Profile) { p.Applicant.ForeignWorkYears = max(p.Applicant.ForeignWorkYears, n) }})
	}

	// Education: the next level and two or more credentials are suggestions; any higher level may
	// go in a plan.
	for e := a.Education + 1; e < NumEducation; e++ {
		add(e == a.Education+1 || e == TwoOrMore, Change{ID: "education=" + e.String(), Group: "education",
			Title: "A further credential: " + e.Title(), Set: []string{kv("applicant.education", e.String())},
			apply: func(p *Profile) { p.Applicant.Education = max(p.Applicant.Education, e) }})
	}
	// Canadian study, where the education allows it (as a profile file does).
	for ce := a.CanadianEducation + 1; ce <= CanadianThreeYearOrMore; ce++ {
		if (ce == CanadianOneOrTwoYear && a.Education < OneYear) || (ce == CanadianThreeYearOrMore && a.Education < Bachelors) {
			continue
		}
		title := "A Canadian post-secondary credential of one or two years"
		if ce == CanadianThreeYearOrMore {
			title = "A Canadian post-secondary credential of three years or longer"
		}
		add(true, Change{ID: "canadian_education=" + ce.String(), Group: "canadian_education", Title: title,
			Set:   []string{kv("applicant.canadian_education", ce.String())},
			apply: func(p *Profile) { p.Applicant.CanadianEducation = max(p.Applicant.CanadianEducation, ce) }})
	}

	// The spouse's Canadian work and education.
	if p.AccompanyingSpouse() {
		sp := &p.Spouse
		if sp.CanadianWorkYears < 60 {
			n := sp.CanadianWorkYears + 1
			add(true, Change{ID: "spouse.canadian_work+1", Group: "spouse.canadian_work", Set: []string{kv("spouse.canadian_work_years", n)},
				Title: fmt.Sprintf("After one more year of work: spouse's skilled work in Canada %d → %s", sp.CanadianWorkYears, years(n)),
				apply: func(p *Profile) { p.Spouse.CanadianWorkYears = max(p.Spouse.CanadianWorkYears, n) }})
		}
		if sp.Education < Doctoral {
			e := sp.Education + 1
			add(true, Change{ID: "spouse.education=" + e.String(), Group: "spouse.education",
				Title: "Spouse's further credential: " + e.Title(), Set: []string{kv("spouse.education", e.String())},
				apply: func(p *Profile) { p.Spouse.Education = max(p.Spouse.Education, e) }})
		}
	}

	// Additional points.
	if !a.Nomination {
		add(true, Change{ID: "provincial_nomination", Group: nominationGroup,
			Title: "A provincial or territorial nomination", Set: []string{kv("applicant.provincial_nomination", true)},
			apply: func(p *Profile) { p.Applicant.Nomination = true }})
	}
	if !a.Certificate && a.TradeWorkYearsLast5 > 0 {
		add(true, Change{ID: "certificate_of_qualification", Group: "certificate_of_qualification",
			Title: "A certificate of qualification in your trade, from a province or territory",
			Set:   []string{kv("applicant.certificate_of_qualification", true)},
			apply: func(p *Profile) { p.Applicant.Certificate = true }})
	}
	return out
}

// chartLevels are the levels a chart names, lowest first.
func chartLevels(c *Chart) []int {
	out := make([]int, len(c.Levels))
	for i, l := range c.Levels {
		out[len(out)-1-i] = l.CLB
	}
	return out
}

// languageChanges are the changes to a result the profile has: each ability up one level (a
// suggestion), up two or more levels and every ability up to a level in all four (for plans), each
// at the lowest score of the level on the result's own test and chart. An expired result is
// retaken instead: the same levels with today's date, or higher levels in all four.
func languageChanges(rr *Rules, p *Profile, s languageSlot, lv Levels, day time.Time, add func(bool, Change)) {
	l := s.lk.get(p)
	chart := lv.Chart
	if chart == nil {
		return
	}
	var cur [NumAbilities]int
	for ab := Ability(0); ab < NumAbilities; ab++ {
		cur[ab] = chart.Level(ab, l.Scores[ab])
	}
	if lv.Expired {
		retakeChanges(rr, s, l, cur, day, add)
		return
	}
	name := chart.LevelName()
	// Every ability up to a level in all four (only the abilities below it change).
	for _, to := range s.levels {
		var sets, words []string
		var scores [NumAbilities]float64
		var raise [NumAbilities]bool
		for ab := Ability(0); ab < NumAbilities; ab++ {
			if cur[ab] >= to {
				continue
			}
			sc, ok := chart.MinScore(ab, to)
			if !ok {
				sets = nil
				break
			}
			scores[ab], raise[ab] = sc, true
			sets = append(sets, kv(s.lk.key+"."+ab.String(), sc))
			words = append(words, ab.String()+" "+fmtScore(sc))
		}
		if len(sets) < 2 { // one ability is the single-ability change below
			continue
		}
		add(false, Change{ID: fmt.Sprintf("%s.all>=%d", s.id, to), Group: s.id + ".all", Set: sets,
			Title: fmt.Sprintf("%s: %s %d or more in all four (%s: %s)", s.title, name, to, chart.Name, strings.Join(words, ", ")),
			apply: func(p *Profile) {
				l := s.lk.get(p)
				for ab := Ability(0); ab < NumAbilities; ab++ {
					if raise[ab] {
						l.Scores[ab] = max(l.Scores[ab], scores[ab])
					}
				}
			}})
	}
	for ab := Ability(0); ab < NumAbilities; ab++ {
		n := 0
		for _, to := range chartLevels(chart) {
			if to <= cur[ab] {
				continue
			}
			sc, ok := chart.MinScore(ab, to)
			if !ok {
				break
			}
			n++
			key := s.lk.key + "." + ab.String()
			from := fmt.Sprintf("%s %d", name, cur[ab])
			if cur[ab] < chart.Lowest() {
				from = fmt.Sprintf("below %s %d", name, chart.Lowest())
			}
			add(n == 1, Change{ID: fmt.Sprintf("%s.%s+%d", s.id, ab, n), Group: s.id + "." + ab.String(),
				Set:   []string{kv(key, sc)},
				Title: fmt.Sprintf("%s: %s %s → %d (%s: %s or more)", s.title, ab, from, to, chart.Name, fmtScore(sc)),
				apply: func(p *Profile) { l := s.lk.get(p); l.Scores[ab] = max(l.Scores[ab], sc) }})
		}
	}
}

// retakeChanges are the changes for an expired result: the test taken again today with the same
// levels (a suggestion), or with every ability up to a higher level (for plans). Each replaces the
// whole result, in one assignment.
func retakeChanges(rr *Rules, s languageSlot, old *Language, cur [NumAbilities]int, day time.Time, add func(bool, Change)) {
	chart, err := rr.ChartFor(old.Test, day)
	if err != nil {
		return
	}
	oldChart, _ := rr.ChartFor(old.Test, old.Date)
	group := s.id + ".retake"
	for i, to := range append([]int{0}, s.levels...) {
		l := Language{Test: old.Test, Date: day}
		raised := false
		for ab := Ability(0); ab < NumAbilities; ab++ {
			want := max(cur[ab], to)
			switch {
			case want == cur[ab] && chart == oldChart:
				l.Scores[ab] = old.Scores[ab] // the same chart: the same score
			case want < chart.Lowest():
				l.Scores[ab] = chart.Scale[ab][0]
			default:
				sc, ok := chart.MinScore(ab, want)
				if !ok {
					return
				}
				l.Scores[ab] = sc
			}
			raised = raised || want > cur[ab]
		}
		if i > 0 && !raised {
			continue
		}
		title := fmt.Sprintf("%s: take %s again (the result from %s is too old to count), with the same levels",
			s.title, chart.Name, old.Date.Format("2006-01-02"))
		if i > 0 {
			title = fmt.Sprintf("%s: take %s again and reach %s %d or more in all four", s.title, chart.Name, chart.LevelName(), to)
		}
		add(i == 0, wholeResult(s, l, fmt.Sprintf("%s.retake>=%d", s.id, to), title, group))
	}
}

// newResultChanges are the changes that add a result the profile does not have: test taken today,
// at each of levels in all four abilities (alternatives in one group).
func newResultChanges(rr *Rules, s languageSlot, test string, levels []int, day time.Time, add func(bool, Change)) {
	chart, err := rr.ChartFor(test, day)
	if err != nil {
		return
	}
	for i, to := range levels {
		l := Language{Test: test, Date: day} // taken today
		var words []string
		ok := true
		for ab := Ability(0); ab < NumAbilities; ab++ {
			var sc float64
			if sc, ok = chart.MinScore(ab, to); !ok {
				break
			}
			l.Scores[ab] = sc
			words = append(words, ab.String()+" "+fmtScore(sc))
		}
		if !ok {
			continue
		}
		var title string
		switch {
		case s.id == secondSlot.id && chart.French():
			title = fmt.Sprintf("French as a second official language: NCLC %d in all four (%s: %s)", to, chart.Name, strings.Join(words, ", "))
		case s.id == secondSlot.id:
			title = fmt.Sprintf("English as a second official language: CLB %d in all four (%s: %s)", to, chart.Name, strings.Join(words, ", "))
		default:
			title = fmt.Sprintf("%s: a first result, %s %d in all four (%s: %s)", s.title, chart.LevelName(), to, chart.Name, strings.Join(words, ", "))
		}
		// A second language: the first level is the suggestion (French NCLC 7 starts the French
		// bonus; English CLB 5 raises it), higher ones are for plans. Otherwise every level is one.
		step := s.id != secondSlot.id || i == 0
		add(step, wholeResult(s, l, fmt.Sprintf("%s.new>=%d", s.id, to), title, s.id+".new"))
	}
}

// wholeResult is a change that sets a whole language result in one assignment, an inline table
// ("applicant.second_language={test=\"tef\",listening=434,…}"), so the profile is complete after
// it: a test without its scores is not a valid profile.
func wholeResult(s languageSlot, l Language, id, title, group string) Change {
	var b strings.Builder
	b.WriteString(s.lk.key + "={test=" + strconv.Quote(l.Test))
	if !l.Date.IsZero() {
		b.WriteString(",date=" + l.Date.Format("2006-01-02"))
	}
	for ab := Ability(0); ab < NumAbilities; ab++ {
		b.WriteString("," + ab.String() + "=" + fmtScore(l.Scores[ab]))
	}
	b.WriteString("}")
	return Change{ID: id, Title: title, Group: group, Set: []string{b.String()},
		apply: func(p *Profile) { *s.lk.get(p) = l }}
}

// ---------------------------------------------------------------------------------------------------
// The search for a target
// ---------------------------------------------------------------------------------------------------

// planGroup is one group of alternatives in the search.
type planGroup struct {
	name string
	all  []int // every candidate of the group, in the order made (increasing)
	opts []int // the ones the search tries: the highest of each number of assignments
	best int   // the highest total of one of its changes alone
}

// planSearch finds the fewest changes that reach a target: at most one change per group, and no
// two changes that set the same key (or a table and a key in it). It relies on the CRS never going
// down when a level, a number of years, a credential or a yes/no answer goes up (true of IRCC's
// tables): then a group's highest change is at least as good as its lower ones with as many
// assignments, and scoring the profile with every remaining change made bounds what any
// combination of them can reach.
type planSearch struct {
	rr        *Rules
	day       time.Time
	base      Profile
	baseTotal int
	cands     []planCandidate
	keys      []uint64 // by candidate: the keys it sets, one bit per key
	nkeys     int
	clash     []uint64 // by candidate: the keys it cannot be combined with
	groups    []planGroup
	a         Assessment // reused by every scoring
	top       Profile    // reused by ceiling
	stack     []Profile  // by depth: the profile with the changes so far made

	// the search for one number of changes
	k                   int
	need                int
	cur                 []int
	found               bool
	bestSet             []int
	bestTotal, bestSets int
	mostTotal           int   // the highest total of any plan
	mostSet             []int // a plan that reaches it
	nodes               int
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
		// The highest change for each number of assignments (the later one is the higher).
		last := map[int]int{}
		for _, c := range g.all {
			last[len(s.cands[c].Set)] = c
		}
		for _, c := range g.all {
			if last[len(s.cands[c].Set)] == c {
				g.opts = append(g.opts, c)
			}
		}
	}
	// One bit per key; a key clashes with itself and with the keys it is a table of or a key in.
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
	return s
}

func (s *planSearch) score(p *Profile) int {
	s.rr.AssessInto(p, s.day, &s.a)
	return s.a.CRS.Total
}

// ceiling scores p with every change of the groups from `from` on that can join a plan that sets
// the keys in set: no combination of them scores higher.
func (s *planSearch) ceiling(p *Profile, from int, set uint64) int {
	s.top = *p
	for g := from; g < len(s.groups); g++ {
		for _, c := range s.groups[g].opts {
			if s.clash[c]&set == 0 {
				s.cands[c].apply(&s.top)
			}
		}
	}
	return s.score(&s.top)
}

// next is the profile one change deeper than the changes so far made, starting as p. A plan has
// at most one change per group, so reach makes the stack that deep before searching.
func (s *planSearch) next(p *Profile) *Profile {
	q := &s.stack[len(s.cur)+1]
	*q = *p
	return q
}

// reach finds the plan for target.
func (s *planSearch) reach(target int) (TargetPlan, error) {
	tp := TargetPlan{Target: target, Total: s.baseTotal}
	if s.baseTotal >= target {
		tp.Reached = true
		return tp, nil
	}
	if s.nkeys > 64 {
		return TargetPlan{}, fmt.Errorf("improve: the changes set %d keys; the search handles 64", s.nkeys)
	}
	// The most any plan can reach, then the fewest changes that reach the target or, out of
	// reach, that most.
	s.stack = make([]Profile, len(s.groups)+2)
	s.mostTotal, s.mostSet, s.cur = s.baseTotal, nil, s.cur[:0]
	s.maximize(0, &s.base, 0)
	s.need = min(target, s.mostTotal)
	if s.need <= s.baseTotal {
		return tp, nil
	}
	s.fewest()
	if !s.found {
		// Only with tables where a higher level can score lower, which the bounds do not allow
		// for: keep the highest plan met.
		s.bestSet = s.mostSet
	}
	s.smallestSteps()
	for _, c := range s.bestSet {
		tp.Changes = append(tp.Changes, s.cands[c].Change)
	}
	q := s.applyAll(s.bestSet)
	tp.Total = s.score(&q)
	tp.Gain = tp.Total - s.baseTotal
	tp.Reached = tp.Total >= target
	return tp, nil
}

// maximize finds the highest total of any plan (at most one change per group, no key set twice)
// from the groups from `from` on, with p the profile so far and set the keys it has changed.
func (s *planSearch) maximize(from int, p *Profile, set uint64) {
	s.nodes++
	ub := s.ceiling(p, from, set)
	if ub <= s.mostTotal {
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

// fewest searches one, two, … changes until a plan reaches s.need.
func (s *planSearch) fewest() {
	for s.k = 1; s.k <= len(s.groups); s.k++ {
		s.found, s.cur = false, s.cur[:0]
		s.dfs(0, &s.base, 0, 0)
		if s.found {
			return
		}
	}
}

func (s *planSearch) applyAll(set []int) Profile {
	q := s.base
	for _, c := range set {
		s.cands[c].apply(&q)
	}
	return q
}

// dfs tries every combination of s.k changes from the groups from `from` on, at most one per
// group and none setting a key in set; p has the changes so far made, with n assignments.
func (s *planSearch) dfs(from int, p *Profile, set uint64, n int) {
	s.nodes++
	left := s.k - len(s.cur)
	if left == 0 {
		t := s.score(p)
		if t >= s.need && (!s.found || t > s.bestTotal || (t == s.bestTotal && n < s.bestSets)) {
			s.found, s.bestTotal, s.bestSets = true, t, n
			s.bestSet = append(s.bestSet[:0], s.cur...)
		}
		return
	}
	if len(s.groups)-from < left {
		return
	}
	ub := s.ceiling(p, from, set)
	if ub < s.need || (s.found && (ub < s.bestTotal || (ub == s.bestTotal && n+left >= s.bestSets))) {
		return
	}
	for g := from; g < len(s.groups); g++ {
		for _, c := range s.groups[g].opts {
			if s.clash[c]&set != 0 {
				continue
			}
			q := s.next(p)
			s.cands[c].apply(q)
			s.cur = append(s.cur, c)
			s.dfs(g+1, q, set|s.keys[c], n+len(s.cands[c].Set))
			s.cur = s.cur[:len(s.cur)-1]
		}
	}
}

// smallestSteps lowers each change of the best plan to the lowest change of its group with as many
// assignments that keeps the plan's total: "listening CLB 9" rather than "CLB 10" when a cap makes
// them equal.
func (s *planSearch) smallestSteps() {
	q := s.applyAll(s.bestSet)
	want := s.score(&q)
	for i, c := range s.bestSet {
		for _, g := range s.groups {
			if g.name != s.cands[c].Group {
				continue
			}
			for _, lower := range g.all {
				if lower == c || len(s.cands[lower].Set) != len(s.cands[c].Set) {
					continue
				}
				s.bestSet[i] = lower
				q := s.applyAll(s.bestSet)
				if s.score(&q) >= want {
					break
				}
				s.bestSet[i] = c
			}
		}
	}
}

// ---------------------------------------------------------------------------------------------------
// The timeline
// ---------------------------------------------------------------------------------------------------

// timeline lists the days in the next TimelineMonths months on which p's score changes by itself,
// each scored on that day with the rules in force that day. r are the rules as read, rr the rules
// in force on day.
func timeline(r, rr *Rules, p *Profile, day time.Time, total int) ([]TimelineEvent, error) {
	end := day.AddDate(0, TimelineMonths, 0)
	whats := map[time.Time][]string{}
	in := func(d time.Time) bool { return d.After(day) && !d.After(end) }
	at := func(d time.Time) (Assessment, error) {
		rd, err := r.At(d)
		if err != nil {
			return Assessment{}, err
		}
		return Assess(rd, p, d), nil
	}
	// around scores the day before d and d itself.
	around := func(d time.Time) (Assessment, Assessment, error) {
		before, err := at(d.AddDate(0, 0, -1))
		if err != nil {
			return Assessment{}, Assessment{}, err
		}
		after, err := at(d)
		return before, after, err
	}

	// Birthdays that cost age points (only with a birth date; an age alone has no birthday).
	if b := p.Applicant.BirthDate; !b.IsZero() {
		for n := YearsBetween(b, day) + 1; ; n++ {
			d := AddYears(b, n)
			if d.After(end) {
				break
			}
			if !in(d) {
				continue
			}
			before, after, err := around(d)
			if err != nil {
				return nil, err
			}
			was, _ := before.CRS.Line(FactorAge, 0)
			now, _ := after.CRS.Line(FactorAge, 0)
			if now.Points < was.Points {
				whats[d] = append(whats[d], fmt.Sprintf("Birthday: age %d, age points %d → %d", n, was.Points, now.Points))
			}
		}
	}

	// Language results and the ECA stop counting.
	result := func(what string, l *Language) {
		if !l.Given() || l.Date.IsZero() {
			return
		}
		test := l.Test
		if c, err := rr.ChartFor(l.Test, l.Date); err == nil {
			test = c.Name
		}
		if d := AddYears(l.Date, rr.Timing.LanguageValidYears); in(d) {
			whats[d] = append(whats[d], fmt.Sprintf("%s result (%s, taken %s) expires: results count for %s",
				what, test, l.Date.Format("2006-01-02"), years(rr.Timing.LanguageValidYears)))
		}
	}
	result("First official language", &p.Applicant.FirstLanguage)
	result("Second official language", &p.Applicant.SecondLanguage)
	if p.AccompanyingSpouse() {
		result("Spouse's language", &p.Spouse.Language)
	}
	if e := p.Applicant.ECADate; !e.IsZero() {
		if d := AddYears(e, rr.Timing.ECAValidYears); in(d) {
			whats[d] = append(whats[d], fmt.Sprintf("Educational credential assessment (%s) expires: an ECA counts for %s, and FSW needs a valid one",
				e.Format("2006-01-02"), years(rr.Timing.ECAValidYears)))
		}
	}

	// Rules that start or end (dated periods of the rules file), when they move the score.
	for _, per := range r.History {
		for _, d := range []time.Time{per.From, per.Until.AddDate(0, 0, 1)} {
			if !in(d) {
				continue
			}
			before, after, err := around(d)
			if err != nil {
				return nil, err
			}
			if after.CRS.Total != before.CRS.Total {
				verb := "Rules change"
				if !d.Equal(per.From) {
					verb = "Rules period ends"
				}
				whats[d] = append(whats[d], verb+": "+per.What)
			}
		}
	}

	dates := make([]time.Time, 0, len(whats))
	for d := range whats {
		dates = append(dates, d)
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	out := make([]TimelineEvent, 0, len(dates))
	prev := total
	for _, d := range dates {
		a, err := at(d)
		if err != nil {
			return nil, err
		}
		out = append(out, TimelineEvent{Date: d, What: strings.Join(whats[d], "; "), Total: a.CRS.Total, Delta: a.CRS.Total - prev})
		prev = a.CRS.Total
	}
	return out, nil
}
