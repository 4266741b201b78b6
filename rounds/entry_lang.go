package rounds

import (
	"strings"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// EntryIn is Entry with its words (Name, Need, Missing) in pr's language.
func EntryIn(pr *i18n.Printer, r *scoring.Rules, c Category, day time.Time) scoring.Entry {
	e := scoring.Entry{Key: c.String(), Name: pr.T("rnd_entry_name", i18n.Args{"Title": c.TitleIn(pr)}),
		Met:     func(a *scoring.Assessment, p *scoring.Profile) bool { return CanEnter(r, c, a, p) },
		Missing: func(a *scoring.Assessment, p *scoring.Profile) string { return MissingIn(pr, r, c, a, p) }}
	// The same entry's words in any language, for the planner's writers (report.PlanLinesIn).
	e.In = func(p *i18n.Printer) scoring.EntryWords {
		x := EntryIn(p, r, c, day)
		return scoring.EntryWords{Name: x.Name, Need: x.Need, Unchecked: x.Unchecked}
	}
	e.MissingIn = func(p *i18n.Printer, a *scoring.Assessment, prof *scoring.Profile) string {
		return MissingIn(p, r, c, a, prof)
	}
	program := pr.T("rnd_entry_program", nil)
	switch c {
	case CEC, FSW, FST:
		e.Need = pr.T("rnd_entry_need_program", i18n.Args{"Title": c.TitleIn(pr)})
	case PNP:
		e.Need = pr.T("rnd_entry_need_pnp", i18n.Args{"Program": program})
	case General, All:
		e.Need = program
	case Other:
		e.Need = pr.T("rnd_entry_need_other", i18n.Args{"NotAssessed": NotAssessedIn(pr)})
	default:
		e.Need = noVersionIn(pr, c, day)
		if v := versionOn(r, c, day); v != nil {
			e.Need = pr.T("rnd_entry_need_category", i18n.Args{"Asks": asksIn(pr, v), "Version": VersionIn(pr, v), "Program": program})
		}
	}
	return e
}

// noVersionIn says that the rules hold no version of category c in force on day.
func noVersionIn(p *i18n.Printer, c Category, day time.Time) string {
	return p.T("rnd_no_version", i18n.Args{"Category": listIn(p, c.String()), "Date": p.Date(day)})
}

// asksIn is scoring.CategoryVersion.Asks in p's language (Asks itself in English).
func asksIn(p *i18n.Printer, v *scoring.CategoryVersion) string {
	if p.Lang() == i18n.En {
		return v.Asks()
	}
	var parts []string
	if v.FrenchNCLC > 0 {
		parts = append(parts, p.T("rnd_asks_french", i18n.Args{"N": v.FrenchNCLC}))
	}
	if e := v.Experience; e != nil {
		how, where := p.T("rnd_asks_not_continuous", nil), ""
		if e.Continuous {
			how = p.T("rnd_asks_continuous", nil)
		}
		if e.CanadaOnly {
			where = p.T("rnd_asks_canada", nil)
		}
		parts = append(parts, p.T("rnd_asks_work", i18n.Args{"Months": e.Months, "How": how, "Where": where,
			"List": v.TitleIn(p), "Years": scoring.YearsIn(p, e.WithinYears)}))
	}
	for _, c := range v.Conditions {
		parts = append(parts, v.ConditionIn(p, strings.TrimSuffix(c, ".")))
	}
	return strings.Join(parts, p.T("rnd_sep", nil))
}

// MissingIn is Missing in pr's language.
func MissingIn(pr *i18n.Printer, r *scoring.Rules, c Category, a *scoring.Assessment, p *scoring.Profile) string {
	var out []string
	switch c {
	case CEC, FSW, FST:
		out = programsMissing(pr, a, programOf(c))
	default:
		if !a.EligibleAny() {
			why := programsMissing(pr, a, scoring.FSW, scoring.CEC, scoring.FST)
			out = []string{pr.T("rnd_missing_any", i18n.Args{"Why": strings.Join(why, pr.T("rnd_sep", nil))})}
		}
	}
	switch {
	case c == PNP && !p.Applicant.Nomination:
		out = append(out, pr.T("rnd_missing_pnp", nil))
	case c == Other:
		out = append(out, pr.T("rnd_missing_other", i18n.Args{"NotAssessed": NotAssessedIn(pr)}))
	case c.Selection():
		if v := versionOn(r, c, a.Day); v == nil {
			out = append(out, noVersionIn(pr, c, a.Day))
		} else {
			if res := r.AssessCategory(v, a); len(res.Unmet) > 0 {
				t := &told{version: v, said: unmetSaid(&res)}
				out = append(out, t.in(pr, strings.Join(res.Unmet, "; ")))
			}
		}
	}
	return strings.Join(out, pr.T("rnd_sep", nil))
}

// programsMissing says, for each program of ids the candidate fails, the requirements failed.
func programsMissing(p *i18n.Printer, a *scoring.Assessment, ids ...scoring.ProgramID) []string {
	var out []string
	for _, id := range ids {
		prog := &a.Programs[id]
		if prog.Eligible {
			continue
		}
		var why []string
		for _, r := range prog.Reasons() {
			if r.Fails() {
				why = append(why, r.TextIn(p))
			}
		}
		out = append(out, p.T("rnd_missing_program", i18n.Args{"Program": id.AcronymIn(p), "Why": strings.Join(why, ", ")}))
	}
	return out
}
