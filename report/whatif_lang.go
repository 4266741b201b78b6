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

// WhatIfIn is WhatIf in p's language: in English exactly WhatIf (its goldens), in another every
// word from the catalogue ("wi_*" messages), the reasons and warnings from what the engine told
// (scoring.Told), numbers and dates as p writes them. changes are the titles of the changes made,
// in p's language (ChangeTitleIn).
func WhatIfIn(w io.Writer, p *i18n.Printer, file string, r *scoring.Rules, x *scoring.WhatIf, changes []string) {
	if p.Lang() == i18n.En {
		WhatIf(w, file, r, x, changes)
		return
	}
	head := p.T("wi_head", i18n.Args{"File": safetext.Clean(file), "Date": p.Date(x.ITA.Date)})
	fmt.Fprintf(w, "%s\n%s\n", head, strings.Repeat("=", len([]rune(head))))
	if x.ITA.Round != "" {
		say(w, p, p.T("wi_round", i18n.Args{"Round": x.ITA.Round, "Type": safetext.Clean(x.ITA.RoundFor), "CutOff": p.Count(x.ITA.CutOff)}))
	} else {
		say(w, p, p.T("wi_cutoff_typed", i18n.Args{"CutOff": p.Count(x.ITA.CutOff)}))
	}
	if x.ITA.Program != "" {
		say(w, p, p.T("wi_invited_under", i18n.Args{"Program": programIn(p, x.ITA.Program)}))
	}
	if c := x.ITA.Category; c != nil {
		say(w, p, p.T("wi_category_round", i18n.Args{"Title": CategoryTitleIn(p, c), "Version": versionIn(p, c), "Dates": datesIn(p, c)}))
	}
	say(w, p, p.T("wi_same_rules", nil))
	fmt.Fprintln(w)
	if len(changes) == 0 {
		say(w, p, p.T("wi_changes_none", nil))
	} else {
		fmt.Fprintln(w, p.T("wi_changes", nil))
		for _, c := range changes {
			wrapped(w, "  ", p.Fields(safetext.Clean(c)))
		}
	}
	fmt.Fprintln(w)
	whatifTableIn(w, p, x)
	fmt.Fprintln(w)
	whatifVerdictIn(w, p, x)
	fmt.Fprintln(w)
	whatifCategoryIn(w, p, x)
	whatifDeadlineIn(w, p, x)
	if len(x.WarningsTold) > 0 {
		fmt.Fprintf(w, "\n%s\n", p.T("wi_warnings", nil))
		for _, t := range x.WarningsTold {
			wrapped(w, "  ! ", p.Fields(ToldIn(p, t)))
		}
	}
	fmt.Fprintf(w, "\n%s\n", p.T("wi_choices", nil))
	for _, s := range ConsequencesIn(p, r) {
		wrapped(w, "  * ", p.Fields(s))
	}
}

// say writes a sentence on a line, wrapped at Width.
func say(w io.Writer, p *i18n.Printer, s string) { wrapped(w, "", p.Fields(s)) }

// whatifTableIn is the table of the lines that moved, the totals, the cut-off and the programs.
func whatifTableIn(w io.Writer, p *i18n.Printer, x *scoring.WhatIf) {
	// French labels run longer: their column takes the 6 characters English leaves at the end of
	// the line (2 + 50 + 3 × 9 = 79).
	const labelW = 50
	table := func(label string, before, after, delta string) {
		fmt.Fprintf(w, "  %s %8s %8s %8s\n", pad(label, labelW), before, after, delta)
	}
	table("", p.T("wi_col_at_ita", nil), p.T("wi_col_now", nil), p.T("wi_col_change", nil))
	for _, m := range x.Moved {
		b, a := "-", "-"
		if m.HasBefore {
			b = signed(m.Before.Points)
		}
		if m.HasAfter {
			a = signed(m.After.Points)
		}
		table(clip(MovedLabelIn(p, m), labelW), b, a, plus(m.Delta))
	}
	if len(x.Moved) == 0 {
		fmt.Fprintf(w, "  %s\n", p.T("wi_no_line_moved", nil))
	}
	table(p.T("wi_crs_total", nil), p.Count(x.Before.CRS.Total), p.Count(x.After.CRS.Total), plus(x.After.CRS.Total-x.Before.CRS.Total))
	table(p.T("wi_round_cutoff", nil), "", p.Count(x.ITA.CutOff), "")
	yes := func(b bool) string {
		if b {
			return p.T("wi_eligible", nil)
		}
		return p.T("wi_no", nil)
	}
	for id := scoring.ProgramID(0); id < scoring.NumPrograms; id++ {
		table(clip(id.TitleIn(p), labelW), yes(x.Before.Programs[id].Eligible), yes(x.After.Programs[id].Eligible), "")
	}
}

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

// whatifCategoryIn is whatifCategoryText in p's language.
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
		for _, s := range categoryReasonsIn(p, c.Version, r) {
			wrapped(w, "    - ", p.Fields(safetext.Clean(s)))
		}
	}
	side(p.T("wi_cat_at_ita", i18n.Args{"Date": p.Date(x.ITA.Date)}), &c.AtITA)
	side(p.T("wi_cat_on_apply", i18n.Args{"Date": p.Date(c.ApplyOn)}), &c.OnApply)
	fmt.Fprintln(w)
}

// categoryReasonsIn is a category's reasons on one day in p's language.
func categoryReasonsIn(p *i18n.Printer, v *scoring.CategoryVersion, r *scoring.CategoryResult) []string {
	out := make([]string, 0, len(r.Reasons))
	for i, why := range r.Reasons {
		if i < len(r.Said) {
			why = categoryReasonIn(p, v, r.Said[i], why)
		}
		out = append(out, why)
	}
	return out
}

// ConsequencesIn is scoring.Consequences in p's language, with the rules' numbers.
func ConsequencesIn(p *i18n.Printer, r *scoring.Rules) []string {
	if p.Lang() == i18n.En {
		return scoring.Consequences(r)
	}
	return []string{
		p.T("wi_cons_apply", i18n.Args{"Days": p.N("days", r.Timing.ITAWindowDays, nil)}),
		p.T("wi_cons_decline", i18n.Args{"Months": p.N("months", r.Timing.PoolMonths, nil)}),
		p.T("wi_cons_nothing", nil),
		p.T("wi_cons_never", nil),
	}
}

// MovedLabelIn is Moved.Label in p's language: the factor, and the ability for a language line.
func MovedLabelIn(p *i18n.Printer, m scoring.Moved) string {
	if p.Lang() == i18n.En {
		return m.Label()
	}
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

// versionIn is "healthcare, version 2".
func versionIn(p *i18n.Printer, v *scoring.CategoryVersion) string {
	return p.T("wi_version", i18n.Args{"ID": v.ID, "N": v.Version})
}

// datesIn is a category version's dates in p's language (CategoryVersion.Dates in English).
func datesIn(p *i18n.Printer, v *scoring.CategoryVersion) string {
	if p.Lang() == i18n.En {
		return v.Dates()
	}
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
			args[k] = "CNP " + x.Code + " " + occupationIn(p, x.Code, x.Title)
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
			args[k] = strings.Join(categoryReasonsIn(p, x.Version, x.Result), p.T("wi_sep", nil))
		case scoring.CategoryConditions:
			var cs []string
			for _, c := range x.Version.Conditions {
				cs = append(cs, conditionIn(p, x.Version, strings.TrimSuffix(c, ".")))
			}
			args[k] = strings.Join(cs, p.T("wi_sep", nil))
		case scoring.Told:
			args[k] = ToldIn(p, x)
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

// ChangeTitleIn is a change's title in p's language: its Title in English, or when nothing was
// told of it; else what was told.
func ChangeTitleIn(p *i18n.Printer, c *scoring.Change) string {
	if p.Lang() == i18n.En || c.Told.ID == "" {
		return c.Title
	}
	return ToldIn(p, c.Told)
}

// SetTitleIn is the title of a change made by --set KEY=VALUE.
func SetTitleIn(p *i18n.Printer, set string) string {
	if p.Lang() == i18n.En {
		return "--set " + set
	}
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
