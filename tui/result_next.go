package tui

import (
	"fmt"
	"strings"

	"github.com/eewizard/eewizard/i18n"

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
		what, ok := workReasons(c, e.Reasons)
		if !ok {
			continue
		}
		s := c.t("scr_next", i18n.Args{"Date": c.date(e.Date), "Total": c.count(e.Total)})
		if e.Delta != 0 {
			s += fmt.Sprintf(" (%+d)", e.Delta)
		} else if what == "" {
			what = c.t("scr_next_years", nil)
		}
		if what != "" {
			s += c.t("scr_next_what", i18n.Args{"What": what})
		}
		if e.KeepsWorking {
			s += c.t("scr_next_keeps", nil)
		}
		return s
	}
	return ""
}

// workReasons says a day's programs and categories met or lost ("CEC met, healthcare met"), and
// whether any of the day's causes is a job's.
func workReasons(c *common, rs []scoring.TimelineReason) (string, bool) {
	var parts []string
	jobs := false
	for _, r := range rs {
		switch r.Kind {
		case scoring.TimelineWork:
			jobs = true
		case scoring.TimelineProgram:
			jobs, parts = true, append(parts, c.t(metID("scr_next_program", r.Met), i18n.Args{"Program": programAcronym(c, r.Program)}))
		case scoring.TimelineCategory:
			jobs, parts = true, append(parts, c.t(metID("scr_next_category", r.Met), i18n.Args{"Category": r.Category}))
		}
	}
	return strings.Join(parts, ", "), jobs
}

// metID is id's "_met" or "_lost" message.
func metID(id string, met bool) string {
	if met {
		return id + "_met"
	}
	return id + "_lost"
}

// programAcronym is "CEC" for "cec" in c's language ("PTQF" for "fsw" in French).
func programAcronym(c *common, prog string) string {
	id := "prog_" + prog
	if c.printer().Has(id) {
		return c.t(id, nil)
	}
	return strings.ToUpper(prog)
}
