package scoring

import (
	"math"
	"slices"
	"sort"
	"time"

	"github.com/eewizard/eewizard/noc"
)

// The days on which a work history changes the score or eligibility because time passes: a job's
// counted hours reach the next 1,560-hour year, CEC's year in the last 3 is reached, FSW's
// continuous year or FST's two years are reached, a category's months are reached, or old work
// leaves the 10-, 5- or 3-year window. They are found without scoring every day: each count the
// engine makes of the jobs is a function of the day that, between the days where a job starts or
// ends, a window's edge passes one of those, or the calendar's February moves the window by other
// than a day ("breakpoints"), only rises or only falls. So on each stretch between breakpoints a
// bisection on the count's levels (whole years; a category's months reached or not) finds every
// day a level changes, and each such day is then verified by assessing the day before and the day
// itself, as the birthdays are.

// workProbe is one count the engine makes of a work history, reduced to the levels that matter:
// whole years, or whether a category's months are reached.
type workProbe struct {
	h          *history
	k          keep
	code       string // keepNOC, keepNOCCanada: the occupation
	window     int    // the years before the day that count
	continuous bool   // the level of each continuous stretch of work, not of the sum
	months     int    // > 0: the level is whether these months are reached; 0: whole years
	primary    bool   // the level is which job is the primary occupation (primary_noc not given)
	cecLead    bool   // the level is the TEER of the occupation with the most CEC hours (CEC's minimum)
}

// probeLevels appends the levels of pr on day number d, its window starting on from, to out; a
// continuous probe first appends how many stretches there are, so that two days' levels compare
// only when they line up.
func (w *WorkRules) probeLevels(pr *workProbe, from, d int, out []int) []int {
	switch {
	case pr.cecLead:
		return append(out, w.cecTEER(pr.h, from, d))
	case pr.primary:
		best, at := -1.0, -1
		for i := range pr.h.jobs {
			jc := w.jobCount(pr.h, i, from, d)
			score := jc.Hours
			if w.skilledTEER(jc.TEER) {
				score += 1e12
			}
			if score > best {
				best, at = score, i
			}
		}
		return append(out, at)
	case !pr.continuous:
		return append(out, w.probeLevel(pr, w.hours(pr.h, from, d, pr.k, pr.code)))
	}
	var buf [MaxJobs]span
	spans := w.spans(&buf, pr.h, from, d, pr.k, pr.code)
	sortSpans(spans)
	at := len(out)
	out = append(out, 0)
	for i := 0; i < len(spans); { // the stretches as longestRun makes them
		n, end := i+1, spans[i].to
		for n < len(spans) && spans[n].from <= end {
			end = max(end, spans[n].to)
			n++
		}
		out = append(out, w.probeLevel(pr, w.cappedHours(spans[i:n])))
		out[at]++
		i = n
	}
	return out
}

// probeLevel is the level of hours: whole years, or whether pr.months are reached (counted as
// the categories count them).
func (w *WorkRules) probeLevel(pr *workProbe, hours float64) int {
	if pr.months == 0 {
		return w.years(hours)
	}
	if w.months(hours) >= pr.months {
		return 1
	}
	return 0
}

// workClock finds the days a work history's counts change.
type workClock struct {
	w      *WorkRules
	probes []workProbe
	breaks []int // breakpoints, day numbers, sorted, unique
	forced []int // days always verified: a category version starts or ends (its rule changes)
	memo   map[int]*dayLevels
}

// newWorkClock prepares the counts of p's jobs for the days in (day, end] with the work rules of
// w and the category versions of cats (every version, each probed whether in force or not).
func newWorkClock(w *WorkRules, cats []CategoryVersion, p *Profile, day, end time.Time) *workClock {
	c := &workClock{w: w}
	units, _ := noc.Embedded()
	windows := []int{w.CRSWindowYears, w.CECWindowYears, w.FSTWindowYears, w.FSWWindowYears}
	lo, hi := dayNumber(day), dayNumber(end)
	var hs []*history
	if jobs := p.Applicant.Jobs.All(); len(jobs) > 0 {
		h := &history{}
		newHistory(h, jobs, units)
		hs = append(hs, h)
		c.probes = append(c.probes,
			workProbe{h: h, k: keepCRSCanada, window: w.CRSWindowYears},
			workProbe{h: h, k: keepAbroad, window: w.CRSWindowYears},
			workProbe{h: h, k: keepCEC, window: w.CECWindowYears},
			workProbe{h: h, k: keepSkilled, window: w.FSWWindowYears},
			workProbe{h: h, window: w.CECWindowYears, cecLead: true})
		if p.Applicant.PrimaryNOC == "" && len(jobs) > 1 {
			c.probes = append(c.probes, workProbe{h: h, window: w.CRSWindowYears, primary: true})
		}
		seen := map[string]bool{}
		for i := range jobs {
			code := jobs[i].NOC
			if seen[code] {
				continue
			}
			seen[code] = true
			if w.IsTrade(code) {
				c.probes = append(c.probes, workProbe{h: h, k: keepNOC, code: code, window: w.FSTWindowYears})
			}
			if w.skilledTEER(h.teer[i]) {
				c.probes = append(c.probes, workProbe{h: h, k: keepNOC, code: code, window: w.FSWWindowYears, continuous: true})
			}
		}
		for vi := range cats {
			v := &cats[vi]
			e := v.Experience
			if e == nil || v.From.After(end) || (!v.Until.IsZero() && v.Until.Before(day)) {
				continue
			}
			windows = append(windows, e.WithinYears)
			c.forced = append(c.forced, dayNumber(v.From))
			if !v.Until.IsZero() {
				c.forced = append(c.forced, dayNumber(v.Until)+1)
			}
			k := keepNOC
			if e.CanadaOnly {
				k = keepNOCCanada
			}
			for code := range seen {
				if v.Has(code) {
					c.probes = append(c.probes, workProbe{h: h, k: k, code: code, window: e.WithinYears, continuous: e.Continuous, months: e.Months})
				}
			}
		}
	}
	if jobs := p.Spouse.Jobs.All(); len(jobs) > 0 {
		h := &history{}
		newHistory(h, jobs, units)
		hs = append(hs, h)
		c.probes = append(c.probes, workProbe{h: h, k: keepCRSCanada, window: w.CRSWindowYears},
			workProbe{h: h, k: keepCanadaAny, window: w.FSWWindowYears})
	}
	// A count changes its direction only where a job starts or ends, at the day itself or where
	// a window's edge passes it (a day either side: February 29), and where a window moves by
	// other than one day (the days about February 29).
	for _, h := range hs {
		for i := range h.jobs {
			for _, x := range []int{h.start[i], h.end[i]} {
				if x == math.MaxInt {
					continue
				}
				c.breaks = append(c.breaks, x, x+1) // x+1: the first day a job starting on x counts
				for _, n := range windows {
					y := dayNumber(AddYears(fromDayNumber(x), n))
					c.breaks = append(c.breaks, y-1, y, y+1)
				}
			}
		}
	}
	for y := day.Year(); y <= end.Year()+1; y++ {
		feb := dayNumber(time.Date(y, time.February, 27, 0, 0, 0, 0, time.UTC))
		c.breaks = append(c.breaks, feb, feb+1, feb+2, feb+3, feb+4)
	}
	c.breaks = append(c.breaks, c.forced...)
	sort.Ints(c.breaks)
	n := 0
	for _, b := range c.breaks {
		if b > lo && b <= hi && (n == 0 || c.breaks[n-1] != b) {
			c.breaks[n] = b
			n++
		}
	}
	c.breaks = c.breaks[:n]
	return c
}

// levels are every probe's levels on day number d (the category probes' apart too), each day
// counted once.
func (c *workClock) levels(d int) *dayLevels {
	if l, ok := c.memo[d]; ok {
		return l
	}
	l := &dayLevels{}
	var froms [8]struct{ window, from int }
	nf := 0
	for i := range c.probes {
		pr := &c.probes[i]
		from, k := 0, 0
		for k = 0; k < nf && froms[k].window != pr.window; k++ {
		}
		if k < nf {
			from = froms[k].from
		} else {
			from = windowFrom(fromDayNumber(d), pr.window)
			if nf < len(froms) {
				froms[nf] = struct{ window, from int }{pr.window, from}
				nf++
			}
		}
		if pr.months > 0 {
			l.cat = c.w.probeLevels(pr, from, d, l.cat)
		} else {
			l.all = c.w.probeLevels(pr, from, d, l.all)
		}
	}
	if c.memo == nil {
		c.memo = map[int]*dayLevels{}
	}
	c.memo[d] = l
	return l
}

// dayLevels are the probes' levels on a day: the categories' (cat) and the others (all).
type dayLevels struct{ all, cat []int }

// changes reports whether a level differs between day numbers d1 and d2.
func (c *workClock) changes(d1, d2 int) bool {
	a, b := c.levels(d1), c.levels(d2)
	return !slices.Equal(a.all, b.all) || !slices.Equal(a.cat, b.cat)
}

// categoryChanges reports whether a category's months are reached on d and not the day before,
// or the reverse, or a category version starts or ends on d: only then can a category change
// without a program changing.
func (c *workClock) categoryChanges(d int) bool {
	return slices.Contains(c.forced, d) || !slices.Equal(c.levels(d-1).cat, c.levels(d).cat)
}

// days are the day numbers in (lo, hi] on which some level differs from the day before.
func (c *workClock) days(lo, hi int) []int {
	var out []int
	prev := lo
	for _, b := range append(c.breaks, hi+1) {
		// Between breakpoints every count only rises or only falls: equal levels at both ends
		// mean no change between them.
		out = c.bisect(prev, min(b-1, hi), out)
		if b <= hi && (slices.Contains(c.forced, b) || c.changes(b-1, b)) {
			out = append(out, b)
		}
		prev = b
	}
	return out
}

// bisect appends the days in (lo, hi] on which a level changes, the counts monotone on [lo, hi].
func (c *workClock) bisect(lo, hi int, out []int) []int {
	if hi <= lo || !c.changes(lo, hi) {
		return out
	}
	if hi == lo+1 {
		return append(out, hi)
	}
	mid := lo + (hi-lo)/2
	return c.bisect(mid, hi, c.bisect(lo, mid, out))
}
