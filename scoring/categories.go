package scoring

import (
	"fmt"
	"strings"

	"github.com/eewizard/eewizard/noc"
)

// CategoryResult is whether a candidate meets one category version on the day of an assessment,
// with the reasons in plain words.
type CategoryResult struct {
	ID       string
	Version  int
	Title    string
	Eligible bool
	Reasons  []string // every reason, met or not, in plain words
	// Unmet are the reasons of Reasons that are not met, in the same order, other than being in the
	// pool (a.EligibleAny says that): what the category itself asks and the candidate lacks.
	Unmet  []string
	inPool bool // eligible for a program (the pool), as a.EligibleAny said
	// UnmetConditions is how many of Unmet (the last ones) are the version's other conditions,
	// which no profile answers (so never taken as met); the rest of Unmet is what the profile shows
	// it lacks.
	UnmetConditions int
	// Said is each of Reasons as its format and arguments, for other languages (said.go).
	Said []Said
}

// OnlyConditionsUnmet reports whether the result fails on nothing but the other conditions no
// profile answers: every fact the profile gives (the list, the months, French, the pool) is met.
func (c *CategoryResult) OnlyConditionsUnmet() bool {
	return !c.Eligible && c.UnmetConditions > 0 && len(c.Unmet) == c.UnmetConditions && c.inPool
}

// AssessCategories judges every category version in force on a's day for the profile a was
// assessed from, each as AssessCategory judges it.
func (r *Rules) AssessCategories(a *Assessment) []CategoryResult {
	vs := r.CategoriesOn(a.Day)
	out := make([]CategoryResult, 0, len(vs))
	for i := range vs {
		out = append(out, r.AssessCategory(&vs[i], a))
	}
	return out
}

// AssessCategory judges one category version for the profile a was assessed from, with a's facts
// on a's day: the experience rule against its jobs (a.Jobs), the French rule against its results,
// the other conditions (which no profile answers, so they are not met: the stricter reading), and
// being in the pool (eligible for a program). The version need not be in force on a's day: a round
// held under an older list is judged with that list (rounds.VersionOf gives a round's version).
func (r *Rules) AssessCategory(v *CategoryVersion, a *Assessment) CategoryResult {
	res := CategoryResult{ID: v.ID, Version: v.Version, Title: v.Title, Eligible: true, inPool: a.EligibleAny()}
	fail := func(format string, args ...any) {
		why := fmt.Sprintf(format, args...)
		res.Said = append(res.Said, Said{format, args})
		res.Eligible = false
		res.Reasons, res.Unmet = append(res.Reasons, why), append(res.Unmet, why)
	}
	note := func(format string, args ...any) {
		res.Said = append(res.Said, Said{format, args})
		res.Reasons = append(res.Reasons, fmt.Sprintf(format, args...))
	}
	if !a.EligibleAny() {
		res.Eligible = false
		res.Said = append(res.Said, Said{Format: SaidNotInPool})
		res.Reasons = append(res.Reasons, SaidNotInPool)
	}
	if v.FrenchNCLC > 0 {
		r.frenchRule(v, a, fail, note)
	}
	if v.Experience != nil {
		r.experienceRule(v, a, fail, note)
	}
	if !res.Eligible && len(v.Conditions) > 0 {
		fail("also asks %d more conditions that eewizard does not ask", len(v.Conditions))
		res.UnmetConditions = 1
	} else {
		for _, c := range v.Conditions {
			fail("also asks: %s (not asked by eewizard, so not taken as met)", strings.TrimSuffix(c, "."))
		}
		res.UnmetConditions = len(v.Conditions)
	}
	return res
}

type sayf func(format string, args ...any)

// frenchRule checks a French test at NCLC v.FrenchNCLC or more in all four abilities.
func (r *Rules) frenchRule(v *CategoryVersion, a *Assessment, fail, note sayf) {
	expired := false
	for _, l := range []*Levels{&a.First, &a.Second} {
		if l.Given && l.French && l.AllAtLeast(v.FrenchNCLC) {
			note("French NCLC %d or more in all four abilities (lowest NCLC %d)", v.FrenchNCLC, l.Min())
			return
		}
		if l.Given && l.French {
			fail("French: lowest NCLC %d, the category needs NCLC %d in all four abilities", l.Min(), v.FrenchNCLC)
			return
		}
		expired = expired || l.Expired && l.French
	}
	if expired {
		fail("the French result is too old to count: the category needs NCLC %d in all four abilities", v.FrenchNCLC)
		return
	}
	fail("no French result: the category needs NCLC %d in all four abilities", v.FrenchNCLC)
}

// experienceRule checks the months of work in one listed occupation in the window.
func (r *Rules) experienceRule(v *CategoryVersion, a *Assessment, fail, note sayf) {
	e := v.Experience
	jobs := a.Jobs()
	if len(jobs) == 0 {
		fail("cannot be met without jobs: the profile gives years of work, not jobs with their NOC codes")
		return
	}
	w := &r.Work
	units, _ := noc.Embedded()
	var h history
	newHistory(&h, jobs, units)
	from, to := windowFrom(a.Day, e.WithinYears), dayNumber(a.Day)
	k := keepNOC
	if e.CanadaOnly {
		k = keepNOCCanada
	}
	bestCode, best := "", -1
	for i := range jobs {
		code := jobs[i].NOC
		if !v.Has(code) {
			continue
		}
		var hours float64
		if e.Continuous {
			hours = w.longestRun(&h, k, code, from, to)
		} else {
			hours = w.hours(&h, from, to, k, code)
		}
		if m := w.months(hours); m > best {
			bestCode, best = code, m
		}
	}
	how := ""
	if e.Continuous {
		how = " continuous"
	}
	where := ""
	if e.CanadaOnly {
		where = " in Canada"
	}
	if bestCode == "" {
		fail("no job's occupation is on the %s list", v.Title)
		return
	}
	say := note
	if best < e.Months {
		say = fail
	}
	say("NOC %s %s is on the %s list; %d months%s in it%s in the last %s, %d needed",
		bestCode, units.Title(bestCode), v.Title, best, how, where, years(e.WithinYears), e.Months)
}

// Asks says in plain words what the version asks of a candidate, besides being in the pool: "12
// months of work (not necessarily continuous) in one occupation of the Healthcare and social
// services occupations list in the last 3 years", "NCLC 7 or more in all four French abilities",
// with the other conditions after it.
func (v *CategoryVersion) Asks() string {
	var parts []string
	if v.FrenchNCLC > 0 {
		parts = append(parts, fmt.Sprintf("NCLC %d or more in all four French abilities", v.FrenchNCLC))
	}
	if e := v.Experience; e != nil {
		how, where := " (not necessarily continuous)", ""
		if e.Continuous {
			how = " (continuous)"
		}
		if e.CanadaOnly {
			where = " in Canada"
		}
		parts = append(parts, fmt.Sprintf("%d months of work%s%s in one occupation of the %s list in the last %s",
			e.Months, how, where, v.Title, years(e.WithinYears)))
	}
	for _, c := range v.Conditions {
		parts = append(parts, strings.TrimSuffix(c, "."))
	}
	return strings.Join(parts, "; ")
}
