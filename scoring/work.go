package scoring

import (
	"math"
	"strings"
	"time"

	"github.com/eewizard/eewizard/noc"
)

// WorkRules are how hours of work become years of experience (rules.toml [work]).
type WorkRules struct {
	HoursPerYear       int // hours that make one year
	MaxHoursPerWeek    int // hours of a week that count, however many jobs fill it
	SkilledMaxTEER     int // skilled work: TEER 0 to this
	CRSWindowYears     int // CRS work (and the spouse's): the years before the day
	FSWWindowYears     int
	FSWContinuousYears int // FSW: continuous years in the primary occupation
	CECWindowYears     int
	FSTWindowYears     int

	CECExcludesSelfEmployed  bool
	CECExcludesFullTimeStudy bool
	CRSExcludesSelfEmployed  bool
	CRSExcludesFullTimeStudy bool

	TradeGroups   []string // FST trades: NOC code prefixes
	TradeExcluded []string // prefixes left out of them
}

// readWork reads [work].
func readWork(t *table, r *Rules) {
	w := &r.Work
	source(t, r)
	w.HoursPerYear = t.integer("hours_per_year", true, 0, 1, 8784)
	w.MaxHoursPerWeek = t.integer("max_hours_per_week", true, 0, 1, WeekHours)
	w.SkilledMaxTEER = t.integer("skilled_max_teer", true, 0, 0, 5)
	w.CRSWindowYears = t.integer("crs_window_years", true, 0, 1, WorkWindowYears)
	w.FSWWindowYears = t.integer("fsw_window_years", true, 0, 1, WorkWindowYears)
	w.FSWContinuousYears = t.integer("fsw_continuous_years", true, 0, 0, WorkWindowYears)
	w.CECWindowYears = t.integer("cec_window_years", true, 0, 1, CECWindowYears)
	w.FSTWindowYears = t.integer("fst_window_years", true, 0, 1, TradeWindowYears)
	w.CECExcludesSelfEmployed = t.boolean("cec_excludes_self_employed", true)
	w.CECExcludesFullTimeStudy = t.boolean("cec_excludes_full_time_study", true)
	w.CRSExcludesSelfEmployed = t.boolean("crs_excludes_self_employed", false)
	w.CRSExcludesFullTimeStudy = t.boolean("crs_excludes_full_time_study", false)
	w.TradeGroups = textsOf(t, "trade_groups", true, codePrefix(t, "trade_groups"))
	w.TradeExcluded = textsOf(t, "trade_excluded", false, codePrefix(t, "trade_excluded"))
	t.done("source", "checked", "hours_per_year", "max_hours_per_week", "skilled_max_teer", "crs_window_years",
		"fsw_window_years", "fsw_continuous_years", "cec_window_years", "fst_window_years",
		"cec_excludes_self_employed", "cec_excludes_full_time_study", "crs_excludes_self_employed",
		"crs_excludes_full_time_study", "trade_groups", "trade_excluded")
}

// codePrefix checks an element of a list of NOC group codes: 1 to 5 digits.
func codePrefix(t *table, k string) func(j int, s string) {
	return func(j int, s string) {
		ok := len(s) >= 1 && len(s) <= 5
		for _, c := range s {
			ok = ok && c >= '0' && c <= '9'
		}
		if !ok {
			elemProblem(t, k, j, "%q: want a NOC 2021 group code, 1 to 5 digits, like \"72\" or \"6320\"", s)
		}
	}
}

// IsTrade reports whether a NOC 2021 code is one of FST's skilled trades.
func (w *WorkRules) IsTrade(code string) bool {
	return hasPrefix(code, w.TradeGroups) && !hasPrefix(code, w.TradeExcluded)
}

func hasPrefix(code string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// JobCount is what one job counts for on a day.
type JobCount struct {
	TEER   int     // of the job's NOC; -1 when unknown
	Hours  float64 // hours counted in the CRS window (at most max_hours_per_week a week)
	Years  int     // whole years of them
	Counts bool    // counts for CRS points
	Why    string  // when it does not count: why ("TEER 4", "not authorized", ...)
}

// WorkCount is a work history counted on a day: the year counts the engine scores, and the facts
// behind them for the report.
type WorkCount struct {
	FromJobs      bool // the applicant's years come from jobs
	SpouseJobs    bool // the spouse's come from jobs
	Primary       int  // index of the primary occupation's job; -1: none
	PrimaryNOC    string
	PrimaryTEER   int
	PrimaryChosen bool // the profile named it (primary_noc); false: the skilled job with the most hours
	// CECTEER is the TEER of the occupation with the most CEC-counted hours in the CEC window
	// (IRPR s. 87.1(2)(e): its language minimum applies, whatever the primary occupation); -1:
	// no such work. On a tie the lower TEER, whose minimum is the higher (the stricter reading).
	CECTEER       int
	FSWContinuous bool // a continuous year in the primary occupation within the FSW window

	CanadianHours, ForeignHours, CECHours, TradeHours, SpouseHours float64
	// SpouseAnyHours are the spouse's hours in Canada while authorized in any occupation, in the
	// FSW window: FSW's adaptability counts a spouse's year of work in Canada of any TEER (IRPR
	// s. 83(1)(c.1)), where the CRS counts only skilled work (SpouseHours).
	SpouseAnyHours float64
	// FSWHours are the applicant's skilled hours in Canada and abroad together in the FSW window,
	// the weeks held at once capped as one: FSW's grid counts overlapping work as a single
	// full-time period (IRPR s. 80(4)), where the CRS counts Canada and abroad apart.
	FSWHours float64

	Jobs       [MaxJobs]JobCount
	SpouseRows [MaxJobs]JobCount
}

// span is a job as day numbers, half-open [from, to), with its hours a week.
type span struct {
	from, to int
	hours    float64
}

// history is a list of jobs with what is looked up once for each: its TEER (-1: unknown) and its
// days as day numbers, [start, end) (end: the day after its last day; maxInt while held).
type history struct {
	jobs  []Job
	teer  [MaxJobs]int
	start [MaxJobs]int
	end   [MaxJobs]int
}

func newHistory(h *history, jobs []Job, units *noc.Table) {
	h.jobs = jobs
	for i := range jobs {
		h.teer[i] = teerOf(jobs[i].NOC, units)
		h.start[i] = dayOf(jobs[i].Start)
		h.end[i] = math.MaxInt
		if !jobs[i].End.IsZero() {
			h.end[i] = dayOf(jobs[i].End) + 1
		}
	}
}

// dayOf is dayNumber, without its time.Date for a day already at midnight UTC (as read).
func dayOf(t time.Time) int {
	if u := t.Unix(); t.Location() == time.UTC && u%86400 == 0 {
		return int(u / 86400)
	}
	return dayNumber(t)
}

// CountWork counts the jobs of p on day with rules w: the years each program asks for. It is a
// pure function of the jobs, the day and the rules; it does not allocate.
func CountWork(w *WorkRules, p *Profile, day time.Time) WorkCount {
	var c WorkCount
	w.countInto(p, day, &c)
	return c
}

func (w *WorkRules) countInto(p *Profile, day time.Time, c *WorkCount) {
	*c = WorkCount{Primary: -1, CECTEER: -1}
	if w.HoursPerYear <= 0 {
		return
	}
	units, _ := noc.Embedded()
	var h history
	if jobs := p.Applicant.Jobs.All(); len(jobs) > 0 {
		c.FromJobs = true
		newHistory(&h, jobs, units)
		w.countApplicant(c, &h, p.Applicant.PrimaryNOC, day)
	}
	if jobs := p.Spouse.Jobs.All(); len(jobs) > 0 {
		c.SpouseJobs = true
		newHistory(&h, jobs, units)
		from, d := windowFrom(day, w.CRSWindowYears), dayNumber(day)
		for i := range jobs {
			c.SpouseRows[i] = w.jobCount(&h, i, from, d)
		}
		c.SpouseHours = w.hours(&h, from, d, keepCRSCanada, "")
		c.SpouseAnyHours = w.hours(&h, windowFrom(day, w.FSWWindowYears), d, keepCanadaAny, "")
	}
}

func (w *WorkRules) countApplicant(c *WorkCount, h *history, primary string, day time.Time) {
	d, crsFrom := dayNumber(day), windowFrom(day, w.CRSWindowYears)
	best := -1.0
	for i := range h.jobs {
		jc := w.jobCount(h, i, crsFrom, d)
		c.Jobs[i] = jc
		score := jc.Hours
		if w.skilledTEER(jc.TEER) {
			score += 1e12 // a skilled job before any other
		}
		if primary == "" && score > best {
			best, c.Primary = score, i
		}
		if primary != "" && c.Primary < 0 && h.jobs[i].NOC == primary {
			c.Primary = i
		}
	}
	c.PrimaryChosen = primary != ""
	if c.Primary >= 0 {
		c.PrimaryNOC = h.jobs[c.Primary].NOC
		c.PrimaryTEER = h.teer[c.Primary]
	}
	c.CanadianHours = w.hours(h, crsFrom, d, keepCRSCanada, "")
	c.ForeignHours = w.hours(h, crsFrom, d, keepAbroad, "")
	c.FSWHours = w.hours(h, windowFrom(day, w.FSWWindowYears), d, keepSkilled, "")
	cecFrom := windowFrom(day, w.CECWindowYears)
	c.CECHours = w.hours(h, cecFrom, d, keepCEC, "")
	c.CECTEER = w.cecTEER(h, cecFrom, d)
	if c.PrimaryNOC != "" && w.IsTrade(c.PrimaryNOC) {
		c.TradeHours = w.hours(h, windowFrom(day, w.FSTWindowYears), d, keepNOC, c.PrimaryNOC)
	}
	c.FSWContinuous = c.PrimaryNOC != "" && w.continuous(h, c.PrimaryNOC, windowFrom(day, w.FSWWindowYears), d)
}

// cecTEER is the TEER of the occupation with the most CEC-counted hours in [from, to), the lower
// TEER on a tie; -1 when no job counts for CEC there.
func (w *WorkRules) cecTEER(h *history, from, to int) int {
	teer, best := -1, 0.0
	for i := range h.jobs {
		if !w.takes(keepCEC, h, i, "") {
			continue
		}
		hours := w.hours(h, from, to, keepCECNOC, h.jobs[i].NOC)
		if hours > best+1e-6 || (hours > 0 && hours >= best-1e-6 && h.teer[i] < teer) {
			teer, best = h.teer[i], max(best, hours)
		}
	}
	return teer
}

// windowFrom is the first day (a day number) of the n years before day.
func windowFrom(day time.Time, n int) int { return dayNumber(AddYears(day, -n)) }

// jobCount is what job i counts in the window [from, to) of day numbers, for CRS.
func (w *WorkRules) jobCount(h *history, i, from, to int) JobCount {
	j := &h.jobs[i]
	jc := JobCount{TEER: h.teer[i]}
	s := h.span(i, from, to)
	jc.Hours = float64(s.to-s.from) * min(j.HoursPerWeek, float64(w.MaxHoursPerWeek)) / 7
	jc.Years = w.years(jc.Hours)
	// The counts of CRS points take the job (takes) when it is skilled work abroad or in Canada:
	// the same test, so that the reason given can never disagree with what is counted.
	jc.Counts = jc.Hours > 0 && (w.takes(keepAbroad, h, i, "") || w.takes(keepCRSCanada, h, i, ""))
	switch {
	case jc.Counts:
	case !w.skilledTEER(jc.TEER):
		jc.Why = "not skilled work (TEER 0-3)"
	case !j.Abroad && !j.Authorized:
		jc.Why = "not authorized to work in Canada"
	case !j.Abroad && w.CRSExcludesSelfEmployed && j.SelfEmployed:
		jc.Why = "self-employed"
	case !j.Abroad && w.CRSExcludesFullTimeStudy && j.FullTimeStudent:
		jc.Why = "while a full-time student"
	default:
		jc.Why = "outside the window"
	}
	return jc
}

func teerOf(code string, units *noc.Table) int {
	if units == nil {
		return -1
	}
	if u, ok := units.Lookup(code); ok {
		return u.TEER
	}
	return -1
}

func (w *WorkRules) skilledTEER(t int) bool { return t >= 0 && t <= w.SkilledMaxTEER }

// keep is which jobs a count takes.
type keep uint8

const (
	keepCRSCanada keep = iota // work in Canada that counts for CRS points
	keepAbroad                // skilled work abroad
	keepCEC                   // work in Canada that counts for CEC
	keepNOC                   // work in one occupation
	keepNOCCanada             // work in one occupation, in Canada while authorized
	keepCECNOC                // work in one occupation that counts for CEC
	keepCanadaAny             // work in Canada while authorized, of any TEER
	keepSkilled               // skilled work in Canada (as keepCRSCanada) or abroad
)

// takes reports whether a count of kind k takes job i (code: keepNOC's occupation).
func (w *WorkRules) takes(k keep, h *history, i int, code string) bool {
	j := &h.jobs[i]
	switch k {
	case keepCRSCanada:
		return !j.Abroad && j.Authorized && w.skilledTEER(h.teer[i]) &&
			!(w.CRSExcludesSelfEmployed && j.SelfEmployed) && !(w.CRSExcludesFullTimeStudy && j.FullTimeStudent)
	case keepAbroad:
		return j.Abroad && w.skilledTEER(h.teer[i])
	case keepCEC:
		return !j.Abroad && j.Authorized && w.skilledTEER(h.teer[i]) &&
			!(w.CECExcludesSelfEmployed && j.SelfEmployed) && !(w.CECExcludesFullTimeStudy && j.FullTimeStudent)
	case keepNOCCanada:
		return j.NOC == code && !j.Abroad && j.Authorized
	case keepSkilled:
		return w.takes(keepCRSCanada, h, i, "") || w.takes(keepAbroad, h, i, "")
	case keepCanadaAny:
		return !j.Abroad && j.Authorized
	case keepCECNOC:
		return j.NOC == code && w.takes(keepCEC, h, i, "")
	}
	// Work in one occupation, in Canada or abroad; work in Canada without authorization is left
	// out (the profile's authorized = false): IRCC counts no unauthorized work, and for FSW, FST
	// and the categories the stricter reading is taken.
	return j.NOC == code && (j.Abroad || j.Authorized)
}

// years is whole years of hours.
func (w *WorkRules) years(hours float64) int {
	return int((hours + 1e-6) / float64(w.HoursPerYear))
}

// months is whole months of hours, a month a twelfth of a year's hours (a category's months of
// work: categories.go, and the timeline's days they are reached on: improve_jobs.go).
func (w *WorkRules) months(hours float64) int {
	return int(hours/(float64(w.HoursPerYear)/12) + 1e-6)
}

// span is job i cut to the window [from, to): it ends on its last day, or the day before the
// scoring day when still held.
func (h *history) span(i, from, to int) span {
	s := span{from: max(from, h.start[i]), to: min(to, h.end[i]), hours: h.jobs[i].HoursPerWeek}
	if s.to < s.from {
		s.to = s.from
	}
	return s
}

// spans are the jobs a count of kind k takes, cut to [from, to), the empty ones left out.
func (w *WorkRules) spans(out *[MaxJobs]span, h *history, from, to int, k keep, code string) []span {
	n := 0
	for i := range h.jobs {
		if w.takes(k, h, i, code) {
			if s := h.span(i, from, to); s.to > s.from {
				out[n] = s
				n++
			}
		}
	}
	return out[:n]
}

// hours adds the hours of the jobs a count of kind k takes in [from, to): on each day the jobs
// held add up, and at most max_hours_per_week of a week counts.
func (w *WorkRules) hours(h *history, from, to int, k keep, code string) float64 {
	var buf [MaxJobs]span
	return w.cappedHours(w.spans(&buf, h, from, to, k, code))
}

// cappedHours sums spans, the hours of those held at once capped at max_hours_per_week.
func (w *WorkRules) cappedHours(spans []span) float64 {
	if len(spans) == 1 {
		return float64(spans[0].to-spans[0].from) * min(spans[0].hours, float64(w.MaxHoursPerWeek)) / 7
	}
	var cuts [2 * MaxJobs]int
	n := 0
	for _, s := range spans {
		cuts[n], cuts[n+1] = s.from, s.to
		n += 2
	}
	sortInts(cuts[:n])
	total, top := 0.0, float64(w.MaxHoursPerWeek)
	for k := 0; k+1 < n; k++ {
		a, b := cuts[k], cuts[k+1]
		if a == b {
			continue
		}
		rate := 0.0
		for _, s := range spans {
			if s.from <= a && b <= s.to {
				rate += s.hours
			}
		}
		total += float64(b-a) * min(rate, top) / 7
	}
	return total
}

// sortInts sorts a few numbers in place (insertion sort: no allocation).
func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for k := i; k > 0 && a[k] < a[k-1]; k-- {
			a[k], a[k-1] = a[k-1], a[k]
		}
	}
}

// continuous reports whether the jobs in occupation code, within [from, to), hold a continuous
// period (no day without one of them) with fsw_continuous_years of hours.
func (w *WorkRules) continuous(h *history, code string, from, to int) bool {
	return w.longestRun(h, keepNOC, code, from, to) >= float64(w.FSWContinuousYears*w.HoursPerYear)-1e-6
}

// longestRun is the most hours of one continuous period (no day without a job in it) of the jobs
// a count of kind k takes within [from, to).
func (w *WorkRules) longestRun(h *history, k keep, code string, from, to int) float64 {
	var buf [MaxJobs]span
	spans := w.spans(&buf, h, from, to, k, code)
	sortSpans(spans)
	best := 0.0
	for i := 0; i < len(spans); {
		n, end := i+1, spans[i].to
		for n < len(spans) && spans[n].from <= end { // starts the day the run ends, or before
			end = max(end, spans[n].to)
			n++
		}
		best = max(best, w.cappedHours(spans[i:n]))
		i = n
	}
	return best
}

// sortSpans sorts spans by their first day.
func sortSpans(a []span) {
	for i := 1; i < len(a); i++ {
		for k := i; k > 0 && a[k].from < a[k-1].from; k-- {
			a[k], a[k-1] = a[k-1], a[k]
		}
	}
}

// apply writes the counted years into p, a copy of the profile that is scored.
func (w *WorkRules) apply(c *WorkCount, p *Profile) {
	a := &p.Applicant
	if c.FromJobs {
		a.CanadianWorkYears = min(w.years(c.CanadianHours), WorkWindowYears)
		a.ForeignWorkYears = min(w.years(c.ForeignHours), WorkWindowYears-a.CanadianWorkYears)
		a.CanadianWorkYearsLast3 = min(w.years(c.CECHours), CECWindowYears, a.CanadianWorkYears)
		a.TradeWorkYearsLast5 = min(w.years(c.TradeHours), TradeWindowYears)
		a.TEER = -1
		if c.PrimaryNOC != "" {
			a.TEER = c.PrimaryTEER
		}
	}
	if c.SpouseJobs {
		p.Spouse.CanadianWorkYears = min(w.years(c.SpouseHours), WorkWindowYears)
	}
}

// FSWWorkYears are the years of skilled work FSW's grid weighs: with jobs, Canada and abroad
// counted together so that overlapping work is one period (IRPR s. 80(4)); without, the year
// counts as given, added.
func (w *WorkRules) FSWWorkYears(c *WorkCount, p *Profile) int {
	if c.FromJobs {
		return min(w.years(c.FSWHours), WorkWindowYears)
	}
	return p.Applicant.CanadianWorkYears + p.Applicant.ForeignWorkYears
}

// SpouseWorkYearsForFSW is the spouse's years of work in Canada that FSW's adaptability weighs:
// with [[spouse.jobs]], those of any TEER while authorized (IRPR s. 83(1)(c.1)); without, the
// spouse's canadian_work_years as given.
func (w *WorkRules) SpouseWorkYearsForFSW(c *WorkCount, p *Profile) int {
	if c.SpouseJobs {
		return min(w.years(c.SpouseAnyHours), WorkWindowYears)
	}
	return p.Spouse.CanadianWorkYears
}

// WithWork returns p with its year counts counted from its jobs on day (p itself when it has
// none), and the count: the profile the engine scores.
func (r *Rules) WithWork(p *Profile, day time.Time) (Profile, WorkCount) {
	q := *p
	var c WorkCount
	r.withWork(&q, Day(day), &c)
	return q, c
}

// withWork counts p's jobs on day into c and writes the years into p.
func (r *Rules) withWork(p *Profile, day time.Time, c *WorkCount) {
	r.Work.countInto(p, day, c)
	r.Work.apply(c, p)
}

// Jobs are the applicant's jobs the assessment counted (none when the years were given as counts),
// in the order of a.Work.Jobs.
func (a *Assessment) Jobs() []Job { return a.counted.Applicant.Jobs.All() }

// SpouseJobs are the spouse's jobs the assessment counted, in the order of a.Work.SpouseRows.
func (a *Assessment) SpouseJobs() []Job { return a.counted.Spouse.Jobs.All() }
