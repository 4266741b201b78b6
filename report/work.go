package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// Job is one job of a work history in JSON, with what it counted for on the day.
type Job struct {
	Person       string  `json:"person"` // "applicant" or "spouse"
	Number       int     `json:"number"` // from 1, as errors and --set name it
	NOC          string  `json:"noc"`
	Occupation   string  `json:"occupation,omitempty"` // the unit group's title
	TEER         int     `json:"teer"`
	Title        string  `json:"title,omitempty"`
	Country      string  `json:"country"`
	Start        string  `json:"start"`
	End          string  `json:"end,omitempty"`
	HoursPerWeek float64 `json:"hours_per_week"`
	Hours        float64 `json:"counted_hours"` // in the CRS window, at most 30 a week
	Years        int     `json:"counted_years"`
	Counts       bool    `json:"counts_for_crs"`
	Why          string  `json:"why_not,omitempty"`
	Primary      bool    `json:"primary_occupation,omitempty"`
}

// NewJobs lists the jobs an assessment counted, the applicant's then the spouse's; nil when its
// years were given as counts.
func NewJobs(a *scoring.Assessment) []Job {
	var out []Job
	add := func(person string, jobs []scoring.Job, counts []scoring.JobCount, primary int) {
		for i := range jobs {
			j, c := &jobs[i], &counts[i]
			x := Job{Person: person, Number: i + 1, NOC: j.NOC, Occupation: occupation(j.NOC), TEER: c.TEER, Title: j.Title,
				Country: j.Country(), Start: j.Start.Format("2006-01-02"), HoursPerWeek: j.HoursPerWeek,
				Hours: round1(c.Hours), Years: c.Years, Counts: c.Counts, Why: c.Why, Primary: i == primary}
			if !j.End.IsZero() {
				x.End = j.End.Format("2006-01-02")
			}
			out = append(out, x)
		}
	}
	add("applicant", a.Jobs(), a.Work.Jobs[:], a.Work.Primary)
	add("spouse", a.SpouseJobs(), a.Work.SpouseRows[:], -1)
	return out
}

func occupation(code string) string {
	t, _ := noc.Embedded()
	return t.Title(code)
}

func round1(h float64) float64 { return float64(int(h*10+0.5)) / 10 }

// writeWork writes the work history section of `score`: each job's counted hours and years, and
// which is the primary occupation. Nothing when the years were given as counts.
func writeWork(w io.Writer, r *scoring.Rules, a *scoring.Assessment) {
	jobs := NewJobs(a)
	if len(jobs) == 0 {
		return
	}
	wrapped(w, "", strings.Fields(fmt.Sprintf("Work history (counted in the %d years before %s: at most %d h a week, %s h a year)",
		r.Work.CRSWindowYears, a.Day.Format("2006-01-02"), r.Work.MaxHoursPerWeek, thousands(r.Work.HoursPerYear))))
	person := ""
	for _, j := range jobs {
		if j.Person != person && j.Person == "spouse" {
			fmt.Fprintln(w, "  Spouse or partner")
		}
		person = j.Person
		name := fmt.Sprintf("%d. NOC %s %s (TEER %d)", j.Number, j.NOC, j.Occupation, j.TEER)
		if j.Title != "" {
			name += ", " + safetext.Clean(j.Title)
		}
		wrapped(w, "  ", strings.Fields(name))
		end := "still held"
		if j.End != "" {
			end = "to " + j.End
		}
		counted := fmt.Sprintf("%s h, %s", thousands(int(j.Hours+0.5)), plural.Count(j.Years, "year", "years"))
		if !j.Counts {
			counted = "not counted: " + j.Why
		}
		where := "in Canada"
		if j.Country == "abroad" {
			where = "abroad"
		}
		detail := fmt.Sprintf("%s, from %s %s, %s h a week: %s", where, j.Start, end, trimFloat(j.HoursPerWeek), counted)
		if j.Primary {
			detail += "; primary occupation"
		}
		wrapped(w, "     ", strings.Fields(detail))
	}
	if a.Work.FromJobs && a.Work.Primary >= 0 {
		how := "the skilled job with the most hours in the window"
		if a.Work.PrimaryChosen {
			how = "applicant.primary_noc"
		}
		wrapped(w, "  ", strings.Fields(fmt.Sprintf("Primary occupation: NOC %s (%s), used for FSW's continuous year and FST's trade.", a.Work.PrimaryNOC, how)))
		if t := a.Work.CECTEER; t >= 0 {
			wrapped(w, "  ", strings.Fields(fmt.Sprintf("CEC's language minimum follows the occupation with the most work in Canada in the last %s: TEER %d.",
				plural.Count(r.Work.CECWindowYears, "year", "years"), t)))
		}
	}
	fmt.Fprintln(w)
}

func trimFloat(f float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", f), ".0") }

// Category is one category version in force on the day, in JSON.
type Category struct {
	ID       string   `json:"id"`
	Version  int      `json:"version"`
	Title    string   `json:"title"`
	Eligible bool     `json:"eligible"`
	Reasons  []string `json:"reasons"`
}

// NewCategories judges the categories in force on the assessment's day, for a profile with jobs
// (nil otherwise: a profile of year counts has no occupation to judge).
func NewCategories(r *scoring.Rules, a *scoring.Assessment) []Category {
	if !a.Work.FromJobs {
		return nil
	}
	out := []Category{}
	for _, c := range r.AssessCategories(a) {
		out = append(out, Category{ID: c.ID, Version: c.Version, Title: c.Title, Eligible: c.Eligible, Reasons: append([]string{}, c.Reasons...)})
	}
	return out
}

// writeCategories writes the Categories section of `score`: each category in force on the day,
// met or not, with its reasons. Nothing for a profile of year counts.
func writeCategories(w io.Writer, r *scoring.Rules, a *scoring.Assessment) {
	cs := NewCategories(r, a)
	if cs == nil {
		return
	}
	fmt.Fprintf(w, "\nCategories in force on %s\n", a.Day.Format("2006-01-02"))
	for _, c := range cs {
		mark, verdict := "✓", "met"
		if !c.Eligible {
			mark, verdict = "✗", "not met"
		}
		fmt.Fprintf(w, "%s %s (version %d): %s\n", mark, c.Title, c.Version, verdict)
		for _, why := range c.Reasons {
			wrapped(w, "    - ", strings.Fields(safetext.Clean(why)))
		}
	}
}
