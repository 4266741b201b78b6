package scoring

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/plural"
)

// The planner's "more years of work" for a work history: its years are counted from its jobs, so
// a year more is a job held longer ("keep working in job 1 until 2027-05-29"), not a count set.

// jobKind is a kind of work that a job held longer adds to.
type jobKind struct {
	spouse bool
	k      keep
	group  string // the planner's group of the kind (the same as for year counts)
	what   string // in words
	key    string // the profile key of the jobs
	whose  string // "" or "the spouse's "
	told   string // the kind's words as a message: imp_kind_KIND
}

var (
	applicantCanada = jobKind{false, keepCRSCanada, "canadian_work", "skilled work in Canada", "applicant.jobs", "", "imp_kind_canada"}
	applicantAbroad = jobKind{false, keepAbroad, "foreign_work", "skilled work outside Canada", "applicant.jobs", "", "imp_kind_abroad"}
	spouseCanada    = jobKind{true, keepCRSCanada, "spouse.canadian_work", "spouse's skilled work in Canada", "spouse.jobs", "the spouse's ", "imp_kind_spouse"}
)

func (k jobKind) list(p *Profile) *JobList {
	if k.spouse {
		return &p.Spouse.Jobs
	}
	return &p.Applicant.Jobs
}

// years are the years of work of kind k that p's jobs count on day.
func (k jobKind) years(w *WorkRules, p *Profile, day time.Time) int {
	var c WorkCount
	w.countInto(p, day, &c)
	switch {
	case k.spouse:
		return w.years(c.SpouseHours)
	case k.k == keepAbroad:
		return w.years(c.ForeignHours)
	}
	return w.years(c.CanadianHours)
}

// jobCandidates are, for the job of kind k held on day that counts the most hours a week, each
// number of years of that work from one more up to top: the job held that many days longer, at
// the same hours. Like the year counts, the change is scored as if done today: the job's start
// moved back by those days (its --set), so that it combines with the other changes of a plan.
// The date it names is day plus those days; old work that leaves the window meanwhile is the
// timeline's concern (it scores the days themselves).
func jobCandidates(rr *Rules, p *Profile, day time.Time, k jobKind, top int, add addFunc) {
	w := &rr.Work
	jobs := k.list(p).All()
	units, _ := noc.Embedded()
	var h history
	newHistory(&h, jobs, units)
	d := dayNumber(day)
	best, rate := -1, 0.0
	for i := range jobs {
		// Held on the day: started by then, and its last day not before it.
		if !w.takes(k.k, &h, i, "") || h.start[i] > d || h.end[i] <= d {
			continue
		}
		if r := min(jobs[i].HoursPerWeek, float64(w.MaxHoursPerWeek)); r > rate {
			best, rate = i, r
		}
	}
	if best < 0 {
		return
	}
	cur := k.years(w, p, day)
	q := *p
	job := &k.list(&q).rows[best]
	start := job.Start
	at := func(s int) int { // the years with the job s days longer
		job.Start = start.AddDate(0, 0, -s)
		return k.years(w, &q, day)
	}
	most := w.CRSWindowYears * 366 // beyond the window, no day more counts
	for n := cur + 1; n <= min(top, WorkWindowYears); n++ {
		if at(most) < n {
			break
		}
		lo, hi := 0, most // at(lo) < n <= at(hi)
		for hi-lo > 1 {
			if mid := lo + (hi-lo)/2; at(mid) >= n {
				hi = mid
			} else {
				lo = mid
			}
		}
		newStart, until := start.AddDate(0, 0, -hi), day.AddDate(0, 0, hi)
		title := fmt.Sprintf("Keep working in %s%s until %s (%s at the same hours): %s %d → %s",
			k.whose, jobs[best].Name(best), until.Format(time.DateOnly), plural.Count(hi, "more day", "more days"), k.what, cur, years(n))
		id := "imp_keep_working"
		if k.spouse {
			id = "imp_keep_working_spouse"
		}
		j, days := jobs[best], hi
		e := j.End
		if !e.IsZero() && e.Before(until) {
			title += fmt.Sprintf(" (it is to end on %s: it must go on past that)", e.Format(time.DateOnly))
			id += "_ends"
		}
		tell := func() Told {
			t := say(id, "Job", JobName{best + 1, j.Title, j.NOC}, "Date", until, "Days", moreDaysTold(days),
				"What", Told{ID: k.told}, "From", cur, "Years", n)
			if strings.HasSuffix(id, "_ends") {
				t.Args["End"] = e
			}
			return t
		}
		i := best
		add(n-cur, Change{ID: fmt.Sprintf("%s+%d", k.group, n-cur), Group: k.group, Title: title, tell: tell,
			Set: []string{kv(fmt.Sprintf("%s.%d.start", k.key, i+1), newStart.Format(time.DateOnly))},
			apply: func(p *Profile) {
				if l := k.list(p); i < l.n && newStart.Before(l.rows[i].Start) {
					l.rows[i].Start = newStart
				}
			}})
	}
}
