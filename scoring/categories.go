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
	Reasons  []string
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
	res := CategoryResult{ID: v.ID, Version: v.Version, Title: v.Title, Eligible: true}
	fail := func(format string, args ...any) {
		res.Eligible = false
		res.Reasons = append(res.Reasons, fmt.Sprintf(format, args...))
	}
	note := func(format string, args ...any) { res.Reasons = append(res.Reasons, fmt.Sprintf(format, args...)) }
	if !a.EligibleAny() {
		fail("not eligible for FSW, CEC or FST: a category round invites only candidates in the pool")
	}
	if v.FrenchNCLC > 0 {
		r.frenchRule(v, a, fail, note)
	}
	if v.Experience != nil {
		r.experienceRule(v, a, fail, note)
	}
	if !res.Eligible && len(v.Conditions) > 0 {
		fail("also asks %d more conditions that eewizard does not ask", len(v.Conditions))
	} else {
		for _, c := range v.Conditions {
			fail("also asks: %s (not asked by eewizard, so not taken as met)", strings.TrimSuffix(c, "."))
		}
	}
	return res
}

type sayf func(format string, args ...any)

// frenchRule checks a French test at NCLC v.FrenchNCLC or more in all four abilities.
func (r *Rules) frenchRule(v *CategoryVersion, a *Assessment, fail, note sayf) {
	for _, l := range []*Levels{&a.First, &a.Second} {
		if l.Given && l.French && l.AllAtLeast(v.FrenchNCLC) {
			note("French NCLC %d or more in all four abilities (lowest NCLC %d)", v.FrenchNCLC, l.Min())
			return
		}
		if l.Given && l.French {
			fail("French: lowest NCLC %d, the category needs NCLC %d in all four abilities", l.Min(), v.FrenchNCLC)
			return
		}
	}
	fail("no French test result: the category needs NCLC %d in all four abilities", v.FrenchNCLC)
}

// experienceRule checks the months of work in one listed occupation in the window.
func (r *Rules) experienceRule(v *CategoryVersion, a *Assessment, fail, note sayf) {
	e := v.Experience
	jobs := a.Jobs()
	if len(jobs) == 0 {
		fail("not assessed: the profile gives years of work, not jobs with their NOC codes")
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
	perMonth := float64(w.HoursPerYear) / 12
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
		if m := int(hours/perMonth + 1e-6); m > best {
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
