package report

import (
	"fmt"
	"strings"

	"github.com/eewizard/eewizard/noc"
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
