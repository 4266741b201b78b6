package scoring

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/eewizard/eewizard/noc"
)

// Job is one job of a work history, as [[applicant.jobs]] and [[spouse.jobs]] give it.
type Job struct {
	NOC             string    // NOC 2021 unit group, five digits
	Title           string    // the person's own words; may be ""
	Abroad          bool      // country = "abroad"; false: "canada"
	Start           time.Time // first day
	End             time.Time // last day; zero: still in the job
	HoursPerWeek    float64   // paid hours a week
	SelfEmployed    bool
	FullTimeStudent bool // worked while a full-time student
	Authorized      bool // work in Canada: authorized to work
}

// JobList is a work history of at most MaxJobs jobs, held in place so that profiles stay values
// that can be compared with ==. All is the jobs, in the order given; Len is how many there are.
type JobList struct{ rowList[Job] }

// Jobs makes a list of jobs; more than MaxJobs are cut to MaxJobs (ReadProfile refuses them).
func Jobs(js ...Job) JobList { return JobList{newRowList(MaxJobs, js)} }

// Bounds of a work history that are facts of the calendar, not rules.
const (
	// MaxJobs is how many jobs one person's history may list: a job a year over the 10-year window
	// and more (a profile is a value, so the list has a fixed size).
	MaxJobs = 16
	// DefaultHoursPerWeek is hours_per_week when it is not given.
	DefaultHoursPerWeek = 30
	// WeekHours is the hours a week holds: jobs held at once may not add past it. It is the bound
	// of the calendar itself, so that no real history (two full-time jobs and a weekend one) is
	// refused; what counts is capped by the rules (work.max_hours_per_week), not here.
	WeekHours = 7 * 24
)

// CountryNames are the profile-file names of a job's country, in order (Abroad false, true).
var CountryNames = []string{"canada", "abroad"}

// Name is the job's number (from 1) and title, as errors and reports name it.
func (j *Job) Name(i int) string {
	if j.Title == "" {
		return fmt.Sprintf("job %d (NOC %s)", i+1, j.NOC)
	}
	return fmt.Sprintf("job %d (%s)", i+1, j.Title)
}

// nameTold is Name as a Told, for errors in any language.
func (j *Job) nameTold(i int) Told {
	if j.Title == "" {
		return msg("err_job_noc", i+1, j.NOC)
	}
	return msg("err_job_title", i+1, j.Title)
}

// EndOr is the job's last day, or day when it is still held.
func (j *Job) EndOr(day time.Time) time.Time {
	if j.End.IsZero() {
		return day
	}
	return j.End
}

var jobKeys = []string{"noc", "title", "country", "start", "end", "hours_per_week", "self_employed", "full_time_student", "authorized"}

// countKeys are a person's year counts ([applicant]'s or [spouse]'s) that a work history replaces.
var countKeys = []string{"canadian_work_years", "foreign_work_years", "canadian_work_years_last_3", "trade_work_years_last_5", "teer"}

// readJobs reads t's "jobs" array of tables, if any, and checks that t gives no year count with it
// (countKeys).
func readJobs(t *table) JobList {
	if !t.has("jobs") {
		return JobList{}
	}
	for _, k := range countKeys {
		if t.has(k) {
			t.d.add(t.key(k), "err_give_not_both_years", t.key("jobs"), t.key(k))
		}
	}
	rows := t.rowsAtMost("jobs", MaxJobs)
	units, err := noc.Embedded()
	if err != nil {
		t.d.add(t.key("jobs"), "err_cannot_check_noc_codes", err)
	}
	jobs := make([]Job, 0, len(rows))
	for i, row := range rows {
		jobs = append(jobs, readJob(row, i, units))
	}
	checkOverlap(t, jobs)
	return Jobs(jobs...)
}

// readJob reads job i (from 0) of a history.
func readJob(row *table, i int, units *noc.Table) Job {
	j := Job{Title: row.str("title", false, "")}
	j.NOC = row.str("noc", true, "")
	name := j.nameTold(i)
	if j.NOC != "" && units != nil {
		if err := checkJobNOC(name, j.NOC); err != nil {
			row.d.add(row.key("noc"), passOn, err)
		}
	}
	j.Abroad = row.enum("country", true, 0, CountryNames) == 1
	j.Start = row.date("start", true)
	j.End = row.date("end", false)
	if err := checkJobStart(name, j.Start, today()); err != nil {
		row.d.add(row.key("start"), passOn, err)
	}
	if err := checkJobEnd(name, j.Start, j.End); err != nil {
		row.d.add(row.key("end"), passOn, err)
	}
	j.HoursPerWeek = DefaultHoursPerWeek
	if h, ok := row.number("hours_per_week", false); ok {
		if err := checkJobHours(name, h); err != nil {
			row.d.add(row.key("hours_per_week"), passOn, err)
		} else {
			j.HoursPerWeek = h
		}
	}
	j.SelfEmployed = row.boolean("self_employed", false)
	j.FullTimeStudent = row.boolean("full_time_student", false)
	j.Authorized = true
	if row.has("authorized") && j.Abroad {
		row.get("authorized")
		row.d.add(row.key("authorized"), "err_only_work_canada_country", name)
	} else {
		j.Authorized = row.boolean("authorized", true)
	}
	row.done(jobKeys...)
	return j
}

// checkOverlap reports jobs held at once whose hours add past what a week holds (CheckJobsOverlap).
func checkOverlap(t *table, jobs []Job) {
	if err := CheckJobsOverlap(jobs); err != nil {
		t.d.add(t.key("jobs"), passOn, err)
	}
}

// readPrimaryNOC reads primary_noc of t ([applicant] or [spouse], whose jobs are list): one of
// the jobs' codes, and only with jobs. whose names the person in errors ("applicant's").
func readPrimaryNOC(t *table, list JobList, whose string) string {
	code := t.str("primary_noc", false, "")
	if code == "" {
		return ""
	}
	jobs := list.All()
	if len(jobs) == 0 {
		t.d.add(t.key("primary_noc"), "err_only_with_occupation_applied", t.key("jobs"))
		return ""
	}
	for i := range jobs {
		if jobs[i].NOC == code {
			return code
		}
	}
	t.d.add(t.key("primary_noc"), "err_noc_no_job_code", q(code), whose)
	return ""
}

// encodeJobs writes the jobs of a history as [[table]] blocks, for EncodeProfile.
func encodeJobs(b *bytes.Buffer, table string, jobs []Job) {
	for i := range jobs {
		j := &jobs[i]
		b.WriteString("\n[[" + table + "]]\n")
		kv := func(k string, v any) { b.WriteString(k + " = " + tomlValue(v) + "\n") }
		kv("noc", j.NOC)
		if j.Title != "" {
			kv("title", j.Title)
		}
		kv("country", j.Country())
		kv("start", j.Start)
		if !j.End.IsZero() {
			kv("end", j.End)
		}
		kv("hours_per_week", j.HoursPerWeek)
		kv("self_employed", j.SelfEmployed)
		kv("full_time_student", j.FullTimeStudent)
		if !j.Abroad {
			kv("authorized", j.Authorized)
		}
	}
}

// Country is the job's country as a profile file names it: "canada" or "abroad" (CountryNames).
func (j *Job) Country() string {
	if j.Abroad {
		return CountryNames[1]
	}
	return CountryNames[0]
}

// jobRow is the index of the job that a --set key names by its number (from 1): one of rows, or
// len(rows) for a new job after the last.
func jobRow(label string, key []string, rows []map[string]any) (int, error) {
	n, err := strconv.Atoi(key[len(key)-1])
	if err != nil || n < 1 || n > len(rows)+1 {
		return 0, Problems{Problem{File: label, Key: strings.Join(key, ".")}.says("err_set_job_number", len(rows)+1, len(rows)+1)}
	}
	return n - 1, nil
}

// editWithJobs is EditProfile for a profile with a work history: [[arrays of tables]] are a layout
// the editor does not edit in place, so the file is written fresh, unless it already holds the
// same answers (then it is kept byte for byte).
func editWithJobs(orig []byte, p *Profile) []byte {
	fresh := EncodeProfile(p)
	if len(orig) == 0 || len(orig) > maxEditBytes || checkNesting("", orig) != nil {
		return fresh
	}
	var tree map[string]any
	if _, err := decodeTOML(string(orig), &tree); err != nil {
		return fresh
	}
	if !takeSameJobs(tree, "applicant", p.Applicant.Jobs.All()) || !takeSameJobs(tree, "spouse", p.Spouse.Jobs.All()) ||
		!takeSameRows(tree, p) {
		return fresh
	}
	if entries, tables := profileEntries(p); sameProfileTree(tree, entries, tables) {
		return orig
	}
	return fresh
}

// takeSameJobs reports whether the jobs of tree's table person read as jobs, and removes them
// from the tree, so that the rest is compared key by key.
func takeSameJobs(tree map[string]any, person string, jobs []Job) bool {
	t, _ := tree[person].(map[string]any)
	v, ok := t["jobs"]
	if !ok {
		return len(jobs) == 0
	}
	delete(t, "jobs")
	rows, isRows := v.([]map[string]any)
	units, err := noc.Embedded()
	if !isRows || len(rows) != len(jobs) || err != nil {
		return false
	}
	d := &doc{}
	for i, m := range rows {
		row := &table{d: d, path: person + ".jobs", m: m, used: map[string]bool{}}
		if readJob(row, i, units) != jobs[i] || len(d.probs) > 0 {
			return false
		}
	}
	return true
}
