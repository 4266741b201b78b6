package report

import (
	"fmt"
	"github.com/eewizard/eewizard/noc"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// jobWhy maps the reasons scoring/work.go gives a job that does not count to their messages.
var jobWhy = map[string]string{
	"not skilled work (TEER 0-3)":      "work_why_not_skilled",
	"not authorized to work in Canada": "work_why_not_authorized",
	"self-employed":                    "work_why_self_employed",
	"while a full-time student":        "work_why_student",
	"outside the window":               "work_why_outside_window",
}

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
		name := p.T("work_job", i18n.Args{"N": j.Number, "NOC": j.NOC, "Occupation": occupationIn(p, j.NOC, j.Occupation), "TEER": j.TEER})
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
			why := j.Why
			if id, ok := jobWhy[why]; ok {
				why = p.T(id, nil)
			}
			counted = p.T("work_not_counted", i18n.Args{"Why": why})
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
		for i, why := range c.Reasons {
			if i < len(c.Said) {
				why = categoryReasonIn(p, v, c.Said[i], why)
			}
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

// rulesID is the id of the French of a text of rules.toml: "rules_cat_healthcare_v2" for a category
// version's title, with "_cond1" ... for its conditions. English has no such messages: its words
// are rules.toml's own, so the rules stay one file.
func rulesID(v *scoring.CategoryVersion) string {
	return "rules_cat_" + v.ID + "_v" + strconv.Itoa(v.Version)
}

// CategoryTitleIn is a category version's title: the rules' own in English, the catalogue's in
// French (the rules' own when the catalogue has none, as for a version a newer rules file adds).
func CategoryTitleIn(p *i18n.Printer, v *scoring.CategoryVersion) string {
	if p.Lang() != i18n.En && p.Has(rulesID(v)) {
		return p.T(rulesID(v), nil)
	}
	return v.Title
}

// conditionIn is a category version's condition (as said, without its final ".") in p's language.
func conditionIn(p *i18n.Printer, v *scoring.CategoryVersion, said string) string {
	for i, c := range v.Conditions {
		id := rulesID(v) + "_cond" + strconv.Itoa(i+1)
		if strings.TrimSuffix(c, ".") == said && p.Lang() != i18n.En && p.Has(id) {
			return p.T(id, nil)
		}
	}
	return said
}

// categoryReasonIn writes one reason of a category from what was said (its format and arguments),
// or gives english back for a format this file does not know.
func categoryReasonIn(p *i18n.Printer, v *scoring.CategoryVersion, s scoring.Said, english string) string {
	arg := func(i int) any {
		if i < len(s.Args) {
			return s.Args[i]
		}
		return ""
	}
	switch s.Format {
	case scoring.SaidNotInPool:
		return p.T("catr_not_in_pool", nil)
	case "French NCLC %d or more in all four abilities (lowest NCLC %d)":
		return p.T("catr_french_met", i18n.Args{"N": arg(0), "Lowest": arg(1)})
	case "French: lowest NCLC %d, the category needs NCLC %d in all four abilities":
		return p.T("catr_french_low", i18n.Args{"Lowest": arg(0), "N": arg(1)})
	case "the French result is too old to count: the category needs NCLC %d in all four abilities":
		return p.T("catr_french_old", i18n.Args{"N": arg(0)})
	case "no French result: the category needs NCLC %d in all four abilities":
		return p.T("catr_french_none", i18n.Args{"N": arg(0)})
	case "cannot be met without jobs: the profile gives years of work, not jobs with their NOC codes":
		return p.T("catr_no_jobs", nil)
	case "no job's occupation is on the %s list":
		return p.T("catr_not_listed", i18n.Args{"List": CategoryTitleIn(p, v)})
	case "NOC %s %s is on the %s list; %d months%s in it%s in the last %s, %d needed":
		if v.Experience == nil {
			return english
		}
		how, where := "", ""
		if v.Experience.Continuous {
			how = p.T("catr_how_continuous", nil)
		}
		if v.Experience.CanadaOnly {
			where = p.T("catr_where_canada", nil)
		}
		code, _ := arg(0).(string)
		english, _ := arg(1).(string)
		return p.T("catr_experience", i18n.Args{"NOC": arg(0), "Occupation": occupationIn(p, code, english), "List": CategoryTitleIn(p, v), "Months": arg(3),
			"How": how, "Where": where, "Years": scoring.YearsIn(p, v.Experience.WithinYears), "Need": arg(7)})
	case "also asks %d more conditions that eewizard does not ask":
		return p.T("catr_more_conditions", i18n.Args{"N": arg(0)})
	case "also asks: %s (not asked by eewizard, so not taken as met)":
		c, _ := arg(0).(string)
		return p.T("catr_condition", i18n.Args{"Condition": conditionIn(p, v, c)})
	}
	return english
}

// occupationIn is the occupation's title in the printer's language: CNP 2021's French title in
// French (noc.Table.TitleIn), else the English title given.
func occupationIn(p *i18n.Printer, code, english string) string {
	if p.Lang() != i18n.Fr {
		return english
	}
	units, err := noc.Embedded()
	if err != nil {
		return english
	}
	if fr := units.TitleIn(code, noc.French); fr != "" {
		return fr
	}
	return english
}
