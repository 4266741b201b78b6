package report

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// The what-if's parts in p's language (WhatIfIn, whatif.go, is the writer), and what the engine
// told of its reasons, warnings, changes and errors (ToldIn, ErrorIn, ChangeTitleIn).

// whatifVerdictIn is the verdict and its reasons.
func whatifVerdictIn(w io.Writer, p *i18n.Printer, x *scoring.WhatIf) {
	switch {
	case x.Expired:
		v := p.T("wi_accept", nil)
		if x.Verdict == scoring.Decline {
			v = p.T("wi_decline", nil)
		}
		say(w, p, p.T("wi_verdict_expired", i18n.Args{"Verdict": v}))
	case x.Verdict == scoring.Accept:
		say(w, p, p.T("wi_verdict_accept", nil))
	default:
		say(w, p, p.T("wi_verdict_decline", nil))
	}
	for _, t := range x.ReasonsTold {
		wrapped(w, "  - ", p.Fields(ToldIn(p, t)))
	}
}

// whatifDeadlineIn is the deadline line.
func whatifDeadlineIn(w io.Writer, p *i18n.Printer, x *scoring.WhatIf) {
	when := p.T("wi_today", nil)
	switch {
	case x.DaysLeft > 0:
		when = p.T("wi_days_left", i18n.Args{"Days": p.N("days", x.DaysLeft, nil)})
	case x.DaysLeft < 0:
		when = p.T("wi_days_ago", i18n.Args{"Days": p.N("days", -x.DaysLeft, nil)})
	}
	say(w, p, p.T("wi_deadline", i18n.Args{"Date": p.Date(x.Deadline), "Window": p.N("days", x.WindowDay, nil), "When": when}))
}

// whatifCategoryIn writes the round's category judged on both days, with the reasons; or why it
// is not assessed. Nothing for a round of no category.
func whatifCategoryIn(w io.Writer, p *i18n.Printer, x *scoring.WhatIf) {
	if x.ITA.NotAssessed != "" {
		fmt.Fprintln(w, p.T("wi_cat_heading", nil))
		wrapped(w, "  ? ", p.Fields(p.T("wi_cat_not_assessed", i18n.Args{"Why": safetext.Clean(x.ITA.NotAssessed)})))
		fmt.Fprintln(w)
		return
	}
	c := x.Category
	if c == nil {
		return
	}
	say(w, p, p.T("wi_cat_title", i18n.Args{"Title": CategoryTitleIn(p, c.Version), "Version": versionIn(p, c.Version)}))
	side := func(label string, r *scoring.CategoryResult) {
		mark := p.T("wi_cat_met", nil)
		if !r.Eligible {
			mark = p.T("wi_cat_not_met", nil)
		}
		wrapped(w, "  ", p.Fields(p.T("wi_cat_side", i18n.Args{"Label": label, "Mark": mark})))
		for _, s := range r.ReasonsIn(p, c.Version) {
			wrapped(w, "    - ", p.Fields(safetext.Clean(s)))
		}
	}
	side(p.T("wi_cat_at_ita", i18n.Args{"Date": p.Date(x.ITA.Date)}), &c.AtITA)
	side(p.T("wi_cat_on_apply", i18n.Args{"Date": p.Date(c.ApplyOn)}), &c.OnApply)
	fmt.Fprintln(w)
}

// ConsequencesIn is scoring.ConsequencesIn: what each choice leads to, in p's language.
func ConsequencesIn(p *i18n.Printer, r *scoring.Rules) []string { return scoring.ConsequencesIn(p, r) }

// MovedLabelIn is Moved.Label in p's language: the factor, and the ability for a language line.
func MovedLabelIn(p *i18n.Printer, m scoring.Moved) string {
	f := p.T("wi_factor_"+m.Factor.Key(), nil)
	switch m.Factor {
	case scoring.FactorFirstLanguage, scoring.FactorSecondLanguage, scoring.FactorSpouseLanguage:
		return p.T("wi_moved_ability", i18n.Args{"Factor": f, "Ability": m.Ability.NameIn(p)})
	}
	return f
}

// programIn names the program an ITA was for: a program's title, or the provincial nominees'.
func programIn(p *i18n.Printer, prog string) string {
	if id, ok := scoring.ParseProgram(prog); ok {
		return id.TitleIn(p)
	}
	return p.T("wi_pnp", nil)
}

// versionIn is "healthcare version 2", "liste santé, version 2" (rounds.VersionIn).
func versionIn(p *i18n.Printer, v *scoring.CategoryVersion) string { return rounds.VersionIn(p, v) }

// datesIn is a category version's dates in p's language (CategoryVersion.Dates in English).
func datesIn(p *i18n.Printer, v *scoring.CategoryVersion) string {
	if v.Until.IsZero() {
		return p.T("wi_dates_from", i18n.Args{"From": p.Date(v.From)})
	}
	return p.T("wi_dates", i18n.Args{"From": p.Date(v.From), "Until": p.Date(v.Until)})
}

// ToldIn writes what the what-if told (a reason or a warning) in p's language.
func ToldIn(p *i18n.Printer, t scoring.Told) string {
	id := t.ID
	args := i18n.Args{}
	for k, v := range t.Args {
		switch x := v.(type) {
		case bool: // Was: the profile at the ITA met it, so the changed one "no longer" does
			if x {
				id += "_no_longer"
			}
		case int:
			args[k] = p.Count(x)
			switch k {
			case "Years", "Foreign", "Window":
				args[k] = scoring.YearsIn(p, x)
			case "Days":
				args[k] = p.N("days", x, nil)
			}
		case scoring.Education:
			args[k] = x.TitleIn(p)
		case scoring.JobName:
			args[k] = jobNameIn(p, x)
		case scoring.Occupation:
			args[k] = p.T("wi_occupation", i18n.Args{"Code": x.Code, "Title": scoring.OccupationTitleIn(p, x.Code, x.Title)})
		case time.Time:
			args[k] = p.Date(x)
		case scoring.ProgramID:
			args[k] = x.TitleIn(p)
		case scoring.Reason:
			args[k] = x.TextIn(p)
		case []scoring.Reason:
			var why []string
			for _, rs := range x {
				why = append(why, p.T("wi_program_reason", i18n.Args{"Program": rs.Program.AcronymIn(p), "Reason": rs.TextIn(p)}))
			}
			args[k] = strings.Join(why, p.T("wi_sep", nil))
		case *scoring.CategoryVersion:
			args[k], args["Version"] = CategoryTitleIn(p, x), versionIn(p, x)
		case scoring.CategoryReasons:
			args[k] = strings.Join(x.Result.ReasonsIn(p, x.Version), p.T("wi_sep", nil))
		case scoring.CategoryConditions:
			var cs []string
			for _, c := range x.Version.Conditions {
				cs = append(cs, x.Version.ConditionIn(p, strings.TrimSuffix(c, ".")))
			}
			args[k] = strings.Join(cs, p.T("wi_sep", nil))
		case scoring.CategoryVersions:
			var vs []string
			for _, v := range x {
				vs = append(vs, p.T("wi_version_dates", i18n.Args{"N": v.Version, "Dates": datesIn(p, v)}))
			}
			args[k] = strings.Join(vs, ", ")
		case scoring.Told:
			args[k] = ToldIn(p, x)
		case *scoring.Chart:
			args[k] = x.NameIn(p)
		case scoring.WarningCode:
			args["What"] = notYetWhatIn(p, x, fmt.Sprint(t.Args["Test"]))
		case string:
			args[k] = stringArgIn(p, k, x)
		default:
			args[k] = fmt.Sprint(x)
		}
	}
	if d, ok := t.Args["Diff"].(int); ok && d >= 0 {
		args["Diff"] = "+" + p.Count(d)
	} else if ok {
		args["Diff"] = "−" + p.Count(-d)
	}
	return safetext.Clean(p.T(id, args))
}

// ErrorIn is err's message in p's language: what was told of it (scoring.ToldError), or its
// Error() for an error that told nothing.
func ErrorIn(p *i18n.Printer, err error) string {
	var told *scoring.ToldError
	if errors.As(err, &told) {
		return ToldIn(p, told.Told)
	}
	return err.Error()
}

// stringArgIn is a told string in p's language: the language a result is of, a program's code;
// others (a test's name, a reason from a feed) as they are.
func stringArgIn(p *i18n.Printer, key, s string) string {
	switch {
	case key == "What":
		switch s {
		case "first official language":
			return p.T("wi_what_first", nil)
		case "second official language":
			return p.T("wi_what_second", nil)
		case "spouse's language":
			return p.T("wi_what_spouse", nil)
		}
	case key == "Program":
		return programIn(p, s)
	}
	return s
}

// notYetWhatIn is what a warning of a result dated after the ITA is of.
func notYetWhatIn(p *i18n.Printer, c scoring.WarningCode, test string) string {
	switch c {
	case scoring.WarnFirstLanguageNotYet:
		return p.T("wi_what_first_result", i18n.Args{"Test": test})
	case scoring.WarnSecondLanguageNotYet:
		return p.T("wi_what_second_result", i18n.Args{"Test": test})
	case scoring.WarnSpouseLanguageNotYet:
		return p.T("wi_what_spouse_result", i18n.Args{"Test": test})
	}
	return p.T("wi_what_eca", nil)
}

// jobNameIn is "emploi 2 (Infirmière)", or by its code when the job has no title.
func jobNameIn(p *i18n.Printer, j scoring.JobName) string {
	if j.Title == "" {
		return p.T("sc_job_noc", i18n.Args{"N": j.N, "NOC": j.NOC})
	}
	return p.T("sc_job_titled", i18n.Args{"N": j.N, "Title": safetext.Clean(j.Title)})
}

// ChangeTitleIn is a change's title in p's language: what was told of it, as a title (its first
// letter a capital: "Job 2 (Nurse) ended on ..."); its Title when nothing was told.
func ChangeTitleIn(p *i18n.Printer, c *scoring.Change) string {
	if c.Told.ID == "" {
		return c.Title
	}
	t := ToldIn(p, c.Told)
	r, n := utf8.DecodeRuneInString(t)
	return string(unicode.ToUpper(r)) + t[n:]
}

// SetTitleIn is the title of a change made by --set KEY=VALUE.
func SetTitleIn(p *i18n.Printer, set string) string {
	return p.T("sc_set", i18n.Args{"Set": set})
}

// NoAnswerChangesIn is what the scenario list says of a scenario that changes no answer.
func NoAnswerChangesIn(p *i18n.Printer) string { return p.T("wi_no_changes", nil) }

// pad is s with spaces after it to n runes (fmt's %-ns counts runes too, but this says so).
func pad(s string, n int) string {
	if r := len([]rune(s)); r < n {
		return s + strings.Repeat(" ", n-r)
	}
	return s
}
