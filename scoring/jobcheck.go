package scoring

import (
	"time"

	"github.com/eewizard/eewizard/noc"
)

// The checks of one job and of a history, worded once: the profile reader (readJobs) and the
// wizard's job editor give the same messages.

// NamedJob is job j, of index i, as the checks' messages name it in any language: Name in
// English ("job 2 (NOC 31301)"), "emploi 2 (CNP 31301)" in French. Each CheckJob* takes it, or
// the Name (a string), as the job's name.
func NamedJob(j *Job, i int) Told { return j.nameTold(i) }

// CheckJobNOC checks a job's NOC code against NOC 2021; name is the job's Name or NamedJob. The
// message names the nearest codes.
func CheckJobNOC(name any, code string) error { return checkJobNOC(name, code) }

// checkJobNOC is CheckJobNOC with the job named by a string or a Told.
func checkJobNOC(name any, code string) error {
	units, err := noc.Embedded()
	if err != nil {
		return errorf("err_cannot_check_noc_code", name, err)
	}
	if _, ok := units.Lookup(code); !ok {
		return errorf("err_not_noc_2021_unit", name, q(code), nearUnits(units, code))
	}
	return nil
}

// CheckJobStart checks that a job does not start after today.
func CheckJobStart(name any, start, today time.Time) error {
	return checkJobStart(name, start, today)
}

// checkJobStart is CheckJobStart with the job named by a string or a Told.
func checkJobStart(name any, start, today time.Time) error {
	if !start.IsZero() && start.After(today) {
		return errorf("err_starts_on_after_today2", name, iso(start), today)
	}
	return nil
}

// CheckJobEnd checks that a job does not end before it starts.
func CheckJobEnd(name any, start, end time.Time) error { return checkJobEnd(name, start, end) }

// checkJobEnd is CheckJobEnd with the job named by a string or a Told.
func checkJobEnd(name any, start, end time.Time) error {
	if !end.IsZero() && !start.IsZero() && end.Before(start) {
		return errorf("err_ends_on_before_starts2", name, iso(end), iso(start))
	}
	return nil
}

// CheckJobHours checks a job's paid hours a week: more than 0, at most what a week holds.
func CheckJobHours(name any, h float64) error { return checkJobHours(name, h) }

// checkJobHours is CheckJobHours with the job named by a string or a Told.
func checkJobHours(name any, h float64) error {
	if h <= 0 || h > WeekHours {
		return errorf("err_paid_hours_week_more", name, h, WeekHours)
	}
	return nil
}

// CheckJobsOverlap reports jobs held at once whose hours add past what a week holds. The most jobs
// are held at once on some job's first day, so only those days are looked at.
func CheckJobsOverlap(jobs []Job) error {
	for i := range jobs {
		d := jobs[i].Start
		if d.IsZero() {
			continue
		}
		sum, with := 0.0, []Told(nil)
		for k := range jobs {
			if !jobs[k].Start.IsZero() && !d.Before(jobs[k].Start) && !d.After(jobs[k].EndOr(d)) {
				sum += jobs[k].HoursPerWeek
				with = append(with, jobs[k].nameTold(k))
			}
		}
		if sum > WeekHours {
			return errorf("err_held_at_once_on", with, iso(d), sum, WeekHours)
		}
	}
	return nil
}
