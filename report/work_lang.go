package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// dateIn writes a "2006-01-02" date of the JSON rows as p writes dates.
func dateIn(p *i18n.Printer, s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return p.Date(t)
}

// writeWorkIn writes the work history section of `score` in p's language: each job's counted
// hours and years, and which is the primary occupation. Nothing when the years were given as
// counts.
func writeWorkIn(w io.Writer, p *i18n.Printer, r *scoring.Rules, a *scoring.Assessment) {
	jobs := NewJobs(a)
	if len(jobs) == 0 {
		return
	}
	wrapped(w, "", p.Fields(p.T("work_head", i18n.Args{"Window": r.Work.CRSWindowYears, "Date": p.Date(a.Day),
		"MaxWeek": r.Work.MaxHoursPerWeek, "HoursYear": p.Number(r.Work.HoursPerYear)})))
	person := ""
	for _, j := range jobs {
		if j.Person != person && j.Person == "spouse" {
			fmt.Fprintf(w, "  %s\n", p.T("work_spouse", nil))
		}
		person = j.Person
		name := p.T("work_job", i18n.Args{"N": j.Number, "NOC": j.NOC, "Occupation": scoring.OccupationTitleIn(p, j.NOC, j.Occupation), "TEER": j.TEER})
		if j.Title != "" {
			name += ", " + safetext.Clean(j.Title)
		}
		wrapped(w, "  ", p.Fields(name))
		end := p.T("work_still_held", nil)
		if j.End != "" {
			end = p.T("work_to", i18n.Args{"End": dateIn(p, j.End)})
		}
		counted := p.T("work_counted", i18n.Args{"Hours": p.Number(int(j.Hours + 0.5)), "Years": scoring.YearsIn(p, j.Years)})
		if !j.Counts {
			counted = p.T("work_not_counted", i18n.Args{"Why": scoring.JobWhyIn(p, j.Why)})
		}
		where := p.T("work_in_canada", nil)
		if j.Country == "abroad" {
			where = p.T("work_abroad", nil)
		}
		detail := p.T("work_detail", i18n.Args{"Where": where, "Start": dateIn(p, j.Start), "End": end,
			"Hours": hoursIn(p, j.HoursPerWeek), "Counted": counted})
		if j.Primary {
			detail += p.T("work_primary_mark", nil)
		}
		wrapped(w, "     ", p.Fields(detail))
	}
	if a.Work.FromJobs && a.Work.Primary >= 0 {
		how := p.T("work_primary_most_hours", nil)
		if a.Work.PrimaryChosen {
			how = "applicant.primary_noc"
		}
		wrapped(w, "  ", p.Fields(p.T("work_primary", i18n.Args{"NOC": a.Work.PrimaryNOC, "How": how})))
		if t := a.Work.CECTEER; t >= 0 {
			wrapped(w, "  ", p.Fields(p.T("work_cec_teer", i18n.Args{"Years": scoring.YearsIn(p, r.Work.CECWindowYears), "TEER": t})))
		}
	}
	fmt.Fprintln(w)
}

// hoursIn writes hours a week as trimFloat does, with a decimal comma in French ("37,5").
func hoursIn(p *i18n.Printer, f float64) string {
	s := trimFloat(f)
	if p.Lang() == i18n.Fr {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// writeCategoriesIn writes the Categories section of `score` in p's language: each category in
// force on the day, met or not, with its reasons. Nothing for a profile of year counts.
func writeCategoriesIn(w io.Writer, p *i18n.Printer, r *scoring.Rules, a *scoring.Assessment) {
	if !a.Work.FromJobs {
		return
	}
	fmt.Fprintf(w, "\n%s\n", p.T("cat_heading", i18n.Args{"Date": p.Date(a.Day)}))
	for _, c := range r.AssessCategories(a) {
		v := categoryVersion(r, c.ID, c.Version)
		mark, verdict := "✓", p.T("cat_met", nil)
		if !c.Eligible {
			mark, verdict = "✗", p.T("cat_not_met", nil)
		}
		hanging(w, "", "  ", p.Fields(p.T("cat_line", i18n.Args{"Mark": mark, "Title": CategoryTitleIn(p, v), "Version": c.Version, "Verdict": verdict})))
		for _, why := range c.ReasonsIn(p, v) {
			wrapped(w, "    - ", p.Fields(safetext.Clean(why)))
		}
	}
}

// categoryVersion finds version n of category id in the rules.
func categoryVersion(r *scoring.Rules, id string, n int) *scoring.CategoryVersion {
	for i := range r.Categories {
		if v := &r.Categories[i]; v.ID == id && v.Version == n {
			return v
		}
	}
	return &scoring.CategoryVersion{ID: id, Version: n}
}

// CategoryTitleIn is a category version's title in p's language (scoring.CategoryVersion.TitleIn).
func CategoryTitleIn(p *i18n.Printer, v *scoring.CategoryVersion) string { return v.TitleIn(p) }
