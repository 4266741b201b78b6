package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/scoring"
)

// The result screen's "what changes next" from the work history: the first day of the timeline
// (scoring.Improve's) on which time passing in a job changes the score, a program or a category,
// in one line under the standing. The full timeline is `eewizard improve` and the client report.

// nextWork is the line for the profile's next job-driven day, "" when none comes in the
// timeline's months (year counts give none: they do not follow the calendar).
func nextWork(c *common, p *scoring.Profile) string {
	if p.Applicant.Jobs.Len() == 0 && p.Spouse.Jobs.Len() == 0 {
		return ""
	}
	plan, err := scoring.Improve(c.allRules, p, c.today, 0)
	if err != nil {
		return ""
	}
	for i := range plan.Timeline {
		e := &plan.Timeline[i]
		what, ok := workReasons(e.Reasons)
		if !ok {
			continue
		}
		s := fmt.Sprintf("Next from the jobs: on %s, CRS %d", e.Date.Format(time.DateOnly), e.Total)
		if e.Delta != 0 {
			s += fmt.Sprintf(" (%+d)", e.Delta)
		} else if what == "" {
			what = "the years of work counted change"
		}
		if what != "" {
			s += "; " + what
		}
		if e.KeepsWorking {
			s += " (if the jobs go on at the same hours)"
		}
		return s
	}
	return ""
}

// workReasons says a day's programs and categories met or lost ("CEC met, healthcare met"), and
// whether any of the day's causes is a job's.
func workReasons(rs []scoring.TimelineReason) (string, bool) {
	var parts []string
	jobs := false
	for _, r := range rs {
		switch r.Kind {
		case scoring.TimelineWork:
			jobs = true
		case scoring.TimelineProgram:
			jobs, parts = true, append(parts, strings.ToUpper(r.Program)+metWord(r.Met))
		case scoring.TimelineCategory:
			jobs, parts = true, append(parts, r.Category+" category"+metWord(r.Met))
		}
	}
	return strings.Join(parts, ", "), jobs
}

func metWord(met bool) string {
	if met {
		return " met"
	}
	return " lost"
}
