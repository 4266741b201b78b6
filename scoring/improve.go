package scoring

import (
	"sort"
	"time"

	"github.com/eewizard/eewizard/i18n"
)

// The improvement planner: every change that would raise a profile's CRS score, the fewest changes
// that reach a target score (and, for a kind of round, that let the profile enter it), and the days
// in the next months on which the score changes by itself. Every number here comes from scoring a
// changed profile with Assess; nothing is added up by hand.
//
// The planner's files: improve.go (what it finds, and the suggestions), improve_candidates.go (the
// changes it knows), improve_search.go (the search for a target), improve_timeline.go (the days
// the score changes by itself).

// TimelineMonths is how far ahead Improve looks for the days the score changes by itself.
const TimelineMonths = 24

// Suggestion is one change that raises the score, with what it gains.
type Suggestion struct {
	Change Change
	Gain   int // Total minus today's total
	Total  int // the CRS total with the change made
	// Most is true when this is the change of its kind that gains the most and others of its
	// kind, smaller, gain less.
	Most bool
}

// Entry is what a kind of round asks besides the score, for a plan that must let the profile enter
// it (`improve --category`): a French result at NCLC 7, eligibility for a program, a nomination.
type Entry struct {
	Key  string // the kind of round's short name ("french")
	Name string // the kind of round in words ("French-language proficiency rounds")
	Need string // what entering takes, in words
	// Met reports whether a profile, with its assessment, can enter. It must never turn false
	// when a level, a number of years, a credential or a yes/no answer goes up: the search bounds
	// rely on it, as they do on the CRS.
	Met func(a *Assessment, p *Profile) bool
	// Missing says what a profile that cannot enter lacks, in words.
	Missing func(a *Assessment, p *Profile) string
	// Unchecked is what entering also takes that profiles do not hold (an occupation), or "".
	Unchecked string
	// In, when not nil, gives Name, Need, Unchecked and what Missing says in p's language, for
	// the writers of other languages (report.PlanLinesIn); nil: the English above.
	In func(p *i18n.Printer) EntryWords
	// MissingIn is Missing in p's language; nil: Missing.
	MissingIn func(p *i18n.Printer, a *Assessment, prof *Profile) string
}

// EntryWords are an Entry's words in one language.
type EntryWords struct{ Name, Need, Unchecked string }

// TargetPlan is the smallest set of changes that reaches a target score (and, with an Entry, lets
// the profile enter the kind of round): the fewest changes; among those, the lowest total that
// reaches the target (the least gain beyond it); then the fewest steps (see Steps); then the
// fewest assignments. So no change of the plan can be lowered to a smaller one of its kind (French
// NCLC 7 rather than 9) and still reach the target. Points come first because they compare across
// kinds of change, where levels and years do not (a year of work is not a test level); steps
// settle the ties, as when a cap makes two levels score the same. When the target is out of reach
// with the changes the planner knows, it is the plan that gets closest (the highest total),
// chosen the same way among those. The fewest changes are always found; a search among them too
// large to finish (planSearchBudget) keeps the smallest plan it met, of which still no change can
// be lowered or swapped for a smaller one.
type TargetPlan struct {
	Target  int
	Reached bool // Total is at or above Target, and the profile can enter (Enters)
	Changes []Change
	Gain    int // Total minus today's total
	Total   int // the CRS total with every change made
	// Steps measures the plan's size: each change counts the levels it moves (summed over the
	// abilities it raises; a new result counts from below its chart's lowest level), the years
	// of work it adds, or the levels of education it moves; a yes/no answer or a retest at the
	// same levels counts 1.
	Steps int

	Entry        *Entry // nil when the plan is for a score alone
	MissingToday string // with an Entry: what today's profile lacks to enter ("" when it can)
	Enters       bool   // the plan's profile can enter (always true without an Entry)

	missingIn func(p *i18n.Printer) string // MissingToday in p's language (Entry.MissingIn)
}

// MissingTodayIn is MissingToday in p's language: the English when the Entry has no MissingIn.
func (t *TargetPlan) MissingTodayIn(p *i18n.Printer) string {
	if t.missingIn == nil || t.MissingToday == "" || p.Lang() == i18n.En {
		return t.MissingToday
	}
	return t.missingIn(p)
}

// WordsIn are the Entry's words in p's language: the English when it has no In.
func (e *Entry) WordsIn(p *i18n.Printer) EntryWords {
	if e.In == nil || p.Lang() == i18n.En {
		return EntryWords{e.Name, e.Need, e.Unchecked}
	}
	return e.In(p)
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

// TimelineEvent is a day on which the score or eligibility changes by itself: a birthday that
// costs age points, a language result or an ECA that stops counting, a rule that changes, and for
// a work history the days time passing in its jobs changes a count of years (the next CRS year,
// old work leaving a window), a program (CEC, FSW, FST reached) or a category (its months
// reached). Total is the CRS total scored on that day with the rules in force that day; Delta is
// the change from the total before it.
type TimelineEvent struct {
	Date time.Time
	What string
	// Told is each part of What (joined with "; ") as told, for other languages (improve_told.go).
	Told  []Told
	Total int
	Delta int
	// Reasons are the causes of the day, one for each part of What (a work history's year counts
	// changed together are one), for callers that add to them: the rounds a program or a
	// category brings.
	Reasons []TimelineReason
	// KeepsWorking is true when the day comes from a work history with a job still held: it
	// assumes the person keeps working the same hours until then.
	KeepsWorking bool
}

// Plan is what Improve finds for a profile on a day.
type Plan struct {
	Day         time.Time
	Total       int          // today's CRS total
	Suggestions []Suggestion // for each kind of change, each level that gains more than the ones below
	Target      *TargetPlan  // nil when no target was asked for
	Timeline    []TimelineEvent
}

// Improve finds what would raise p's CRS score on day: for each kind of change, each level that
// gains more than the ones below it (from the smallest change that gains to the one that gains
// most), ranked (ties: fewer assignments, then title);
// with target > 0, the fewest changes that reach target; and the days in the next TimelineMonths
// months on which the score changes by itself. r are the rules as read: each day is scored with
// the rules in force that day (Rules.At).
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
	// Entry, when not nil, is what the plan's profile must also meet: a kind of round to enter.
	Entry *Entry
}

// ImproveWith is Improve with options.
func ImproveWith(r *Rules, p *Profile, day time.Time, opts ImproveOptions) (Plan, error) {
	day = Day(day)
	rr, err := r.At(day)
	if err != nil {
		return Plan{}, err
	}
	s := newPlanSearch(rr, p, day)
	plan := Plan{Day: day, Total: s.baseTotal, Suggestions: suggestions(s.cands, s.baseTotal)}
	if opts.Target > 0 || opts.Entry != nil {
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
		search.entry = opts.Entry
		tp, err := search.reach(opts.Target)
		if err != nil {
			return Plan{}, err
		}
		plan.Target = &tp
	}
	if plan.Timeline, err = timeline(r, rr, p, day, s.baseTotal); err != nil {
		return Plan{}, err
	}
	for i := range plan.Suggestions {
		plan.Suggestions[i].Change = plan.Suggestions[i].Change.told()
	}
	if plan.Target != nil {
		for i, c := range plan.Target.Changes {
			plan.Target.Changes[i] = c.told()
		}
	}
	return plan, nil
}

// suggestions are, for each group of alternatives (one kind of change: an ability of one result
// up some levels, a number of years of one kind of work, a level of education, ...), searching up
// the levels, the first change that raises the score above base, even where the levels below it
// gain nothing, and the change that raises it most when that gains more (the lowest that does).
// For the changes of all four abilities of a result (all four up, a new result, a retest), where
// thresholds on all four bring the large steps (transferability at CLB 7 and 9, the French points
// at NCLC 7), every level that gains more than the ones below it is listed. Ranked by gain, then
// fewer assignments, then title.
func suggestions(cands []planCandidate, base int) []Suggestion {
	var out []Suggestion
	at := map[string][]int{} // by group: its suggestions, indices in out
	for i := range cands {
		c := &cands[i]
		prev := at[c.Group]
		top := base
		if len(prev) > 0 {
			top = out[prev[len(prev)-1]].Total
		}
		if c.total <= top {
			continue
		}
		if len(prev) >= 2 && !c.ladder {
			out[prev[1]] = Suggestion{Change: c.Change, Gain: c.total - base, Total: c.total}
			continue
		}
		at[c.Group] = append(prev, len(out))
		out = append(out, Suggestion{Change: c.Change, Gain: c.total - base, Total: c.total})
	}
	for _, idx := range at {
		if len(idx) > 1 {
			out[idx[len(idx)-1]].Most = true
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Gain != b.Gain {
			return a.Gain > b.Gain
		}
		if len(a.Change.Set) != len(b.Change.Set) {
			return len(a.Change.Set) < len(b.Change.Set)
		}
		return a.Change.Title < b.Change.Title
	})
	return out
}
