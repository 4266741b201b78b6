package scoring

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/eewizard/eewizard/noc"
)

// The scenarios of a work history, by ID: "job-N-ended" (the applicant's job N, from 1, ended on a
// day) and "job-N-occupation" (from a day, the work is in another occupation). Their parameters
// follow the ID after colons: "job-2-ended:2026-10-01", "job-2-occupation:14100",
// "job-2-occupation:14100:2026-06-01"; without them the day is the ITA's (the new occupation's
// first day is the day after it) and the code the one Scenarios suggests.
const (
	jobEndedID      = "ended"
	jobOccupationID = "occupation"
)

// JobEnded is the change "the applicant's job n (from 1) ended on end": its last day becomes end.
// A job that already ended on or before end, or that starts after it, gives an error naming it.
func JobEnded(p *Profile, n int, end time.Time) (Change, error) {
	j, err := applicantJob(p, n)
	if err != nil {
		return Change{}, err
	}
	end = Day(end)
	name := j.Name(n - 1)
	switch {
	case end.Before(j.Start):
		return Change{}, fmt.Errorf("%s: cannot end on %s, before it starts (%s)", name, end.Format(time.DateOnly), j.Start.Format(time.DateOnly))
	case !j.End.IsZero() && !j.End.After(end):
		return Change{}, fmt.Errorf("%s already ended on %s, not after %s", name, j.End.Format(time.DateOnly), end.Format(time.DateOnly))
	}
	return Change{
		ID:    fmt.Sprintf("job-%d-%s", n, jobEndedID),
		Title: fmt.Sprintf("%s ended on %s", capitalize(name), end.Format(time.DateOnly)),
		Told:  Told{"sc_job_ended", map[string]any{"Job": JobName{n, j.Title, j.NOC}, "Date": end}},
		Set:   []string{fmt.Sprintf("applicant.jobs.%d.end=%s", n, end.Format(time.DateOnly))},
		Group: fmt.Sprintf("job-%d", n),
		apply: func(p *Profile) { p.Applicant.Jobs.rows[n-1].End = end },
	}, nil
}

// OccupationChanged is the change "from day from, the work of the applicant's job n (from 1) is
// in occupation code": job n ends the day before, and a new job in code starts on from, with job
// n's country, hours and conditions (and its end, if it had one). The months already worked in the
// old occupation stay: a category counts them in its window as before. The errors name the job and
// what is allowed.
func OccupationChanged(p *Profile, n int, code string, from time.Time) (Change, error) {
	j, err := applicantJob(p, n)
	if err != nil {
		return Change{}, err
	}
	from = Day(from)
	name := j.Name(n - 1)
	units, err := noc.Embedded()
	if err != nil {
		return Change{}, err
	}
	u, ok := units.Lookup(code)
	switch {
	case !ok:
		return Change{}, fmt.Errorf("%s: %q is not a NOC 2021 unit group (five digits)%s", name, code, nearestUnits(units, code))
	case code == j.NOC:
		return Change{}, fmt.Errorf("%s is already in NOC %s: give another code", name, code)
	case !from.After(j.Start):
		return Change{}, fmt.Errorf("%s: the new occupation would start on %s, not after the job starts (%s)", name, from.Format(time.DateOnly), j.Start.Format(time.DateOnly))
	case !j.End.IsZero() && from.After(j.End):
		return Change{}, fmt.Errorf("%s ended on %s, before %s: there is no work in it to change", name, j.End.Format(time.DateOnly), from.Format(time.DateOnly))
	case from.After(today()):
		return Change{}, fmt.Errorf("%s: the new occupation would start on %s, after today (%s): a job is added once it starts", name, from.Format(time.DateOnly), today().Format(time.DateOnly))
	case p.Applicant.Jobs.Len() >= MaxJobs:
		return Change{}, fmt.Errorf("%s: the work history already lists %d jobs, the most it holds", name, MaxJobs)
	}
	next := Job{NOC: code, Abroad: j.Abroad, Start: from, End: j.End, HoursPerWeek: j.HoursPerWeek,
		SelfEmployed: j.SelfEmployed, FullTimeStudent: j.FullTimeStudent, Authorized: j.Authorized}
	last := from.AddDate(0, 0, -1)
	m := p.Applicant.Jobs.Len() + 1
	return Change{
		ID: fmt.Sprintf("job-%d-%s:%s", n, jobOccupationID, code),
		Title: fmt.Sprintf("%s changed occupation on %s: NOC %s %s (job %d; the old job ends on %s)",
			capitalize(name), from.Format(time.DateOnly), u.Code, u.Title, m, last.Format(time.DateOnly)),
		Told: Told{"sc_occupation_changed", map[string]any{"Job": JobName{n, j.Title, j.NOC}, "Date": from,
			"Occupation": Occupation{u.Code, u.Title}, "New": m, "Last": last}},
		Set:   []string{fmt.Sprintf("applicant.jobs.%d.end=%s", n, last.Format(time.DateOnly)), fmt.Sprintf("applicant.jobs.%d=%s", m, inlineJob(&next))},
		Group: fmt.Sprintf("job-%d", n),
		apply: func(p *Profile) {
			l := &p.Applicant.Jobs
			l.rows[n-1].End = last
			l.rows[l.n] = next
			l.n++
		},
	}, nil
}

// applicantJob is the applicant's job n (from 1), or an error that says how many there are.
func applicantJob(p *Profile, n int) (*Job, error) {
	l := &p.Applicant.Jobs
	if n < 1 || n > l.Len() {
		if l.Len() == 0 {
			return nil, fmt.Errorf("job %d: the profile lists no jobs ([[applicant.jobs]])", n)
		}
		return nil, fmt.Errorf("job %d: want a job's number, 1 to %d", n, l.Len())
	}
	return &l.rows[n-1], nil
}

// inlineJob writes a job as a TOML inline table, as `--set applicant.jobs.N={...}` takes it.
func inlineJob(j *Job) string {
	var b strings.Builder
	b.WriteString("{noc = " + tomlValue(j.NOC) + ", country = " + tomlValue(j.Country()) + ", start = " + j.Start.Format(time.DateOnly))
	if !j.End.IsZero() {
		b.WriteString(", end = " + j.End.Format(time.DateOnly))
	}
	b.WriteString(", hours_per_week = " + strconv.FormatFloat(j.HoursPerWeek, 'f', -1, 64))
	b.WriteString(", self_employed = " + strconv.FormatBool(j.SelfEmployed) + ", full_time_student = " + strconv.FormatBool(j.FullTimeStudent))
	if !j.Abroad {
		b.WriteString(", authorized = " + strconv.FormatBool(j.Authorized))
	}
	return b.String() + "}"
}

// jobScenarios are the work history's scenarios after an ITA on day: each job held that day ended
// on it, and each job held that day in an occupation of a category list in force moved, the day
// after (or today, if that is later than today), to the nearest skilled occupation on no list.
func jobScenarios(r *Rules, p *Profile, day time.Time) []Change {
	var out []Change
	from := day.AddDate(0, 0, 1)
	if t := today(); from.After(t) {
		from = t
	}
	lists := r.CategoriesOn(day)
	for i, j := range p.Applicant.Jobs.All() {
		if j.Start.After(day) || (!j.End.IsZero() && j.End.Before(day)) {
			continue
		}
		if c, err := JobEnded(p, i+1, day); err == nil {
			out = append(out, c)
		}
		if !listed(lists, j.NOC) {
			continue
		}
		if code := OffTheLists(r, lists, j.NOC); code != "" {
			if c, err := OccupationChanged(p, i+1, code, from); err == nil {
				out = append(out, c)
			}
		}
	}
	return out
}

func listed(lists []CategoryVersion, code string) bool {
	for i := range lists {
		if lists[i].Has(code) {
			return true
		}
	}
	return false
}

// OffTheLists is the skilled (TEER 0-3, as the rules count skilled work) unit group nearest to
// code that is on none of lists: sharing the most leading digits with it, then nearest in number.
// "" when there is none.
func OffTheLists(r *Rules, lists []CategoryVersion, code string) string {
	units, err := noc.Embedded()
	if err != nil || len(code) != 5 {
		return ""
	}
	target, _ := strconv.Atoi(code)
	for p := 4; p >= 1; p-- {
		cands := units.InGroup(code[:p])
		sort.SliceStable(cands, func(a, b int) bool { return gap(cands[a].Code, target) < gap(cands[b].Code, target) })
		for _, u := range cands {
			if u.Code != code && r.Work.skilledTEER(u.TEER) && !listed(lists, u.Code) {
				return u.Code
			}
		}
	}
	return ""
}

func gap(code string, target int) int {
	v, _ := strconv.Atoi(code)
	if v > target {
		return v - target
	}
	return target - v
}

// ScenarioByID is the scenario of p after an ITA on day with the given ID, as `whatif --scenario`
// names it: one of Scenarios, or a work-history scenario with its parameters
// ("job-2-ended:2026-10-01", "job-2-occupation:14100:2026-06-01"). The error says what is allowed.
func ScenarioByID(r *Rules, p *Profile, day time.Time, id string) (Change, error) {
	if n, kind, params, ok := jobScenarioID(id); ok {
		return jobScenario(r, p, day, n, kind, params)
	}
	for _, s := range Scenarios(r, p, day) {
		if s.ID == id {
			return s, nil
		}
	}
	return Change{}, fmt.Errorf("scenario %q does not apply to this profile; `--scenario list` shows the ones that do", id)
}

// jobScenarioID splits "job-2-occupation:14100:2026-06-01" into 2, "occupation" and its params.
func jobScenarioID(id string) (n int, kind string, params []string, ok bool) {
	parts := strings.Split(id, ":")
	rest, found := strings.CutPrefix(parts[0], "job-")
	if !found {
		return 0, "", nil, false
	}
	num, kind, found := strings.Cut(rest, "-")
	if !found || (kind != jobEndedID && kind != jobOccupationID) {
		return 0, "", nil, false
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return 0, "", nil, false
	}
	return n, kind, parts[1:], true
}

func jobScenario(r *Rules, p *Profile, day time.Time, n int, kind string, params []string) (Change, error) {
	date := func(s, what string) (time.Time, error) {
		d, err := ParseDay(s)
		if err != nil {
			return d, fmt.Errorf("scenario job-%d-%s: %s %q: %v", n, kind, what, s, err)
		}
		return d, nil
	}
	if kind == jobEndedID {
		if len(params) > 1 {
			return Change{}, fmt.Errorf("scenario job-%d-ended: want job-%d-ended or job-%d-ended:YYYY-MM-DD (the job's last day; default the ITA date)", n, n, n)
		}
		end := day
		if len(params) == 1 {
			d, err := date(params[0], "the last day")
			if err != nil {
				return Change{}, err
			}
			end = d
		}
		return JobEnded(p, n, end)
	}
	if len(params) > 2 {
		return Change{}, fmt.Errorf("scenario job-%d-occupation: want job-%d-occupation, job-%d-occupation:CODE or job-%d-occupation:CODE:YYYY-MM-DD (the new occupation's first day; default the day after the ITA)", n, n, n, n)
	}
	from := day.AddDate(0, 0, 1)
	if t := today(); from.After(t) {
		from = t
	}
	if len(params) == 2 {
		d, err := date(params[1], "the new occupation's first day")
		if err != nil {
			return Change{}, err
		}
		from = d
	}
	code := ""
	if len(params) > 0 {
		code = params[0]
	} else if j, err := applicantJob(p, n); err == nil {
		if code = OffTheLists(r, r.CategoriesOn(day), j.NOC); code == "" {
			return Change{}, fmt.Errorf("scenario job-%d-occupation: no skilled occupation off the category lists near NOC %s: give the code, job-%d-occupation:CODE", n, j.NOC, n)
		}
	}
	return OccupationChanged(p, n, code, from)
}
