package scoring

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/noc"
)

// The checks of one job and of a history, worded once: the profile reader (readJobs) and the
// wizard's job editor give the same messages.

// CheckJobNOC checks a job's NOC code against NOC 2021; name is the job's Name. The message names
// the nearest codes.
func CheckJobNOC(name, code string) error {
	units, err := noc.Embedded()
	if err != nil {
		return fmt.Errorf("%s: cannot check the NOC code: %v", name, err)
	}
	if _, ok := units.Lookup(code); !ok {
		return fmt.Errorf("%s: %q is not a NOC 2021 unit group (five digits)%s", name, code, nearestUnits(units, code))
	}
	return nil
}

// CheckJobStart checks that a job does not start after today.
func CheckJobStart(name string, start, today time.Time) error {
	if !start.IsZero() && start.After(today) {
		return fmt.Errorf("%s: starts on %s, after today (%s): a job counts from the day it starts; add it then",
			name, start.Format(time.DateOnly), today.Format(time.DateOnly))
	}
	return nil
}

// CheckJobEnd checks that a job does not end before it starts.
func CheckJobEnd(name string, start, end time.Time) error {
	if !end.IsZero() && !start.IsZero() && end.Before(start) {
		return fmt.Errorf("%s: ends on %s, before it starts (%s)", name, end.Format(time.DateOnly), start.Format(time.DateOnly))
	}
	return nil
}

// CheckJobHours checks a job's paid hours a week: more than 0, at most what a week holds.
func CheckJobHours(name string, h float64) error {
	if h <= 0 || h > WeekHours {
		return fmt.Errorf("%s: %v: want paid hours a week, more than 0 and at most %d", name, h, WeekHours)
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
		sum, with := 0.0, []string(nil)
		for k := range jobs {
			if !jobs[k].Start.IsZero() && !d.Before(jobs[k].Start) && !d.After(jobs[k].EndOr(d)) {
				sum += jobs[k].HoursPerWeek
				with = append(with, jobs[k].Name(k))
			}
		}
		if sum > WeekHours {
			return fmt.Errorf("%s held at once on %s add to %v hours a week: a week holds %d",
				strings.Join(with, ", "), d.Format(time.DateOnly), sum, WeekHours)
		}
	}
	return nil
}
