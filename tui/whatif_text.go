package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// whatifText lays a what-if out as lines of a given width: the what-if screen's body, and (plain)
// the text of accessible mode. Every point, verdict, reason, date and warning is the engine's
// (scoring.CompareITA, scoring.Consequences, scoring.Scenarios); the words around them are those of
// `eewizard whatif` (report/whatif.go).
type whatifText struct {
	st        *Styles
	c         *common            // the language (nil: English)
	w         *scoring.WhatIf    // nil: no ITA yet
	rules     *scoring.Rules     // in force on the ITA date (today without an ITA)
	changes   []string           // what was changed, in words
	sets      []string           // the --set lines that replay the changes ("" when they cannot)
	setsOK    bool               // sets replay the changes exactly
	replay    string             // the `eewizard whatif` command line, without the --set lines
	scenarios []scoring.Change   // the ready-made scenarios for the changed profile
	kept      []keptScenario     // scenarios kept to compare
	before    scoring.Assessment // the profile at the ITA, when there is no ITA yet (scored today)
	after     scoring.Assessment
	plain     bool
}

// row is a label with a value at the right edge (resultText's rows).
func (t whatifText) row(indent, hang int, label, right string, ls, rs lipgloss.Style, width int) []string {
	return resultText{st: t.st, c: t.c, plain: t.plain}.row(indent, hang, label, right, ls, rs, width)
}

// text is a paragraph, wrapped, its next lines indented by hang more.
func (t whatifText) text(indent, hang int, s string, style lipgloss.Style, width int) []string {
	return t.row(indent, hang, s, "", style, style, width)
}

// lang is t's common, for its language: English when t has none.
func (t whatifText) lang() *common { return resultText{c: t.c}.lang() }

// assessments are the two sides: scored on the ITA date with an ITA, today without one.
func (t whatifText) assessments() (*scoring.Assessment, *scoring.Assessment) {
	if t.w != nil {
		return &t.w.Before, &t.w.After
	}
	return &t.before, &t.after
}

// profiles is the profile at the ITA and the changed profile, one block each; stacked is one
// after the other, else two columns of half the width.
func (t whatifText) profiles(width int, stacked bool) []string {
	st := t.st
	b, a := t.assessments()
	lc := t.lang()
	on := lc.t("scr_wi_today", nil)
	if t.w != nil {
		on = lc.date(t.w.ITA.Date)
	}
	block := func(title string, as *scoring.Assessment, w int, extra []string) []string {
		crs := &as.CRS
		total := lc.t("scr_wi_crs", i18n.Args{"Total": lc.count(crs.Total)})
		if as == a {
			total += " (" + plus(a.CRS.Total-b.CRS.Total) + ")"
		}
		out := t.row(0, 2, title, total, st.Section, st.Bold, w)
		sections := lc.t("scr_res_sections", sectionArgs(lc, crs))
		programs := programSummaryIn(lc, st, as)
		room := w - 2 - pointsWidth - 1 // a row keeps the points column free
		if !t.plain && ansi.StringWidth(sections) > room {
			sections = lc.t("scr_wi_sections_short", sectionArgs(lc, crs))
		}
		if !t.plain && ansi.StringWidth(programs) > room {
			programs = programMarksIn(lc.printer(), st, as)
		}
		out = append(out, t.text(2, 2, sections, lipgloss.NewStyle(), w)...)
		out = append(out, t.text(2, 2, programs, lipgloss.NewStyle(), w)...)
		return append(out, extra...)
	}
	colW := width
	if !stacked {
		colW = (width - 3) / 2
	}
	left := block(lc.t("scr_wi_at_ita", i18n.Args{"On": on}), b, colW, nil)
	right := block(lc.t("scr_wi_changed_profile", nil), a, colW, t.changeLines(colW))
	if stacked {
		return append(append(left, ""), append(right, "")...)
	}
	return append(sideBySide(left, right, colW, " │ ", st.Rule), "")
}

// changeLines lists the changes and the --set lines that replay them.
func (t whatifText) changeLines(width int) []string {
	st := t.st
	lc := t.lang()
	if len(t.changes) == 0 && t.plain {
		return t.text(2, 2, lc.t("scr_wi_no_change", nil), st.Muted, width)
	}
	if len(t.changes) == 0 {
		return t.text(2, 2, lc.t("scr_wi_no_change_keys", nil), st.Muted, width)
	}
	out := t.text(2, 2, lc.t("scr_wi_changes", nil), lipgloss.NewStyle(), width)
	for _, c := range t.changes {
		out = append(out, t.text(4, 2, "• "+c, lipgloss.NewStyle(), width)...)
	}
	switch {
	case len(t.sets) == 0:
	case !t.setsOK:
		out = append(out, t.text(2, 2, lc.t("scr_wi_no_replay", nil), st.Muted, width)...)
	default:
		out = append(out, t.words(2, 4, lc.t("scr_wi_replay", i18n.Args{"Command": t.replay}), st.Muted, width)...)
		for _, s := range t.sets {
			out = append(out, t.words(4, 4, "--set "+shellWord(s), st.Muted, width)...)
		}
	}
	if !t.plain {
		out = append(out, t.text(2, 2, lc.t("scr_wi_undo_keep", nil), st.Muted, width)...)
	}
	return out
}

// words is a command line, wrapped at spaces only (never inside a flag), its next lines
// indented by hang more.
func (t whatifText) words(indent, hang int, s string, style lipgloss.Style, width int) []string {
	if t.plain {
		return []string{strings.Repeat(" ", indent) + s}
	}
	var out []string
	for i, l := range wrapWords(s, max(10, width-indent-hang)) {
		pad := indent
		if i > 0 {
			pad += hang
		}
		out = append(out, strings.Repeat(" ", pad)+style.Render(ansi.Truncate(l, width-pad, "…")))
	}
	return out
}

// moved is every line that moved, both totals, the cut-off and the programs: the table of
// `eewizard whatif`.
func (t whatifText) moved(width int) []string {
	st := t.st
	lc := t.lang()
	b, a := t.assessments()
	const col = 7
	label := max(10, width-2-3*col)
	cells := func(l, x, y, z string) string {
		return "  " + padRight(ansi.Truncate(l, label, "…"), label) + fmt.Sprintf("%*s%*s%*s", col, x, col, y, col, z)
	}
	if t.plain {
		cells = func(l, x, y, z string) string {
			switch {
			case x == "" && z == "":
				return "  " + l + ": " + y
			case z == "":
				return "  " + lc.t("scr_wi_plain_cell", i18n.Args{"Label": l, "Before": x, "After": y})
			}
			return "  " + lc.t("scr_wi_plain_cell_change", i18n.Args{"Label": l, "Before": x, "After": y, "Change": z})
		}
	}
	out := t.text(0, 0, lc.t("scr_wi_moved", nil), st.Section, width)
	if !t.plain {
		out = append(out, st.Muted.Render(cells("", lc.t("scr_wi_col_at_ita", nil), lc.t("scr_wi_col_now", nil), lc.t("scr_wi_col_change", nil))))
	}
	var moved []scoring.Moved
	if t.w != nil {
		moved = t.w.Moved
	} else {
		moved = scoring.MovedLines(&b.CRS, &a.CRS)
	}
	for _, m := range moved {
		x, y := "-", "-"
		if m.HasBefore {
			x = lc.count(m.Before.Points)
		}
		if m.HasAfter {
			y = lc.count(m.After.Points)
		}
		style := st.Good
		if m.Delta < 0 {
			style = st.Bad
		}
		out = append(out, style.Render(cells(report.MovedLabelIn(lc.printer(), m), x, y, plus(m.Delta))))
		if from, to := sideLabel(lc, m.HasBefore, m.Before), sideLabel(lc, m.HasAfter, m.After); from != to {
			out = append(out, t.text(4, 2, from+" → "+to, st.Muted, width)...)
		}
	}
	if len(moved) == 0 {
		out = append(out, t.text(2, 2, lc.t("scr_wi_no_line_moved", nil), st.Muted, width)...)
	}
	out = append(out, st.Bold.Render(cells(lc.t("scr_wi_crs_total", nil), lc.count(b.CRS.Total), lc.count(a.CRS.Total), plus(a.CRS.Total-b.CRS.Total))))
	if t.w != nil {
		out = append(out, cells(lc.t("scr_wi_round_cutoff", nil), "", lc.count(t.w.ITA.CutOff), ""))
	}
	for id := scoring.ProgramID(0); id < scoring.NumPrograms; id++ {
		title := id.TitleIn(lc.printer())
		if ansi.StringWidth(title) > label { // French titles run longer: the acronym, never a cut title
			title = id.AcronymIn(lc.printer())
		}
		out = append(out, cells(title, eligibleWord(lc, b.Programs[id].Eligible), eligibleWord(lc, a.Programs[id].Eligible), ""))
	}
	return append(out, "")
}

func sideLabel(c *common, has bool, l scoring.Line) string {
	if !has {
		return c.t("scr_wi_none", nil)
	}
	return l.LabelIn(c.printer())
}

// eligibleWord is the program's state in the table: "✓ yes" or "✗ no".
func eligibleWord(c *common, ok bool) string {
	if ok {
		return "✓ " + c.t("scr_wi_yes", nil)
	}
	return "✗ " + c.t("scr_wi_no", nil)
}

// verdict is the verdict in words, its reasons, the deadline and the warnings.
func (t whatifText) verdict(width int) []string {
	if t.w == nil {
		return nil
	}
	st := t.st
	lc := t.lang()
	w := t.w
	style := verdictStyle(st, w.Verdict)
	out := t.text(0, 2, verdictMark(w.Verdict)+" "+verdictWordsIn(lc, w.Verdict, w.Expired), style.Bold(true), width)
	for _, r := range toldLines(lc, w.Reasons, w.ReasonsTold) {
		out = append(out, t.text(2, 2, "- "+strings.TrimSpace(safetext.Clean(r)), lipgloss.NewStyle(), width)...)
	}
	out = append(out, "")
	out = append(out, t.categoryLines(width)...)
	out = append(out, t.text(0, 2, deadlineWords(lc, w), st.Bold, width)...)
	out = append(out, "")
	warnings := toldLines(lc, w.Warnings, w.WarningsTold)
	if len(warnings) > 0 {
		out = append(out, t.text(0, 0, lc.t("scr_warnings", nil), st.Section, width)...)
		for _, s := range warnings {
			out = append(out, t.text(2, 2, "! "+safetext.Clean(s), st.Warn, width)...)
		}
		out = append(out, "")
	}
	return out
}

// toldLines is the engine's English sentences en, or in French what it told of each (scoring.Told).
func toldLines(c *common, en []string, told []scoring.Told) []string {
	if !c.fr() || len(told) != len(en) {
		return en
	}
	out := make([]string, len(told))
	for i, t := range told {
		out[i] = report.ToldIn(c.printer(), t)
	}
	return out
}

// consequences is what each choice after an ITA leads to, from the engine.
func (t whatifText) consequences(width int) []string {
	st := t.st
	lc := t.lang()
	out := t.text(0, 0, lc.t("scr_wi_choices", nil), st.Section, width)
	for _, s := range report.ConsequencesIn(lc.printer(), t.rules) {
		out = append(out, t.text(2, 2, "* "+s, lipgloss.NewStyle(), width)...)
	}
	return append(out, "")
}

// scenarioList is the ready-made scenarios with the key that applies each.
func (t whatifText) scenarioList(width int) []string {
	st := t.st
	lc := t.lang()
	out := t.text(0, 0, lc.t("scr_wi_scenarios", nil), st.Section, width)
	if len(t.scenarios) == 0 {
		return append(append(out, t.text(2, 2, lc.t("scr_wi_no_scenarios", nil), st.Muted, width)...), "")
	}
	for i, c := range t.scenarios {
		k := " "
		if i < 9 {
			k = strconv.Itoa(i + 1)
		}
		out = append(out, t.text(2, 4, k+"  "+changeTitle(lc, &c), lipgloss.NewStyle(), width)...)
	}
	return append(out, "")
}

// keptTable compares the kept scenarios: each one's total, its change from the ITA and its
// verdict, then its name (wrapped under itself).
func (t whatifText) keptTable(width int) []string {
	st := t.st
	lc := t.lang()
	title := lc.t("scr_wi_kept_keys", nil)
	if t.plain {
		title = lc.t("scr_wi_kept", nil)
	}
	out := t.text(0, 0, title, st.Section, width)
	if len(t.kept) == 0 {
		return append(append(out, t.text(2, 2, lc.t("scr_wi_none_yet", nil), st.Muted, width)...), "")
	}
	b, _ := t.assessments()
	const vw = 10 // the verdict's column: "✗ REFUSER" (English pads it to 9, its goldens')
	verdictW := 9
	if lc.fr() {
		verdictW = vw
	}
	if !t.plain {
		out = append(out, st.Muted.Render(fmt.Sprintf("     %8s %6s  %s  %s", lc.t("scr_wi_col_crs", nil), lc.t("scr_wi_col_change", nil),
			padRight(lc.t("scr_wi_col_verdict", nil), verdictW), lc.t("scr_wi_col_scenario", nil))))
	}
	lead := 2 + 2 + 1 + 8 + 1 + 6 + 2 + verdictW + 2 // up to the name
	for i, k := range t.kept {
		total, verdict, style := k.a.CRS.Total, "", lipgloss.NewStyle()
		if k.err == nil && t.w != nil {
			total = k.w.After.CRS.Total
			verdict = verdictMark(k.w.Verdict) + " " + verdictWord(lc, k.w.Verdict)
			style = verdictStyle(st, k.w.Verdict)
		}
		letter := string(rune('A' + i%26))
		if t.plain {
			line := "  " + lc.t("scr_wi_plain_kept", i18n.Args{"Letter": letter, "Name": k.name, "Total": lc.count(total), "Change": plus(total - b.CRS.Total)})
			if verdict != "" {
				line += ", " + verdict
			}
			out = append(out, line)
			continue
		}
		name := wrapWords(k.name, max(10, width-lead))
		out = append(out, fmt.Sprintf("  %s  %8s %6s  ", letter, lc.t("scr_wi_crs", i18n.Args{"Total": lc.count(total)}), plus(total-b.CRS.Total))+
			style.Render(padRight(verdict, verdictW))+"  "+name[0])
		for _, l := range name[1:] {
			out = append(out, strings.Repeat(" ", lead)+l)
		}
	}
	return append(out, "")
}

// verdictWords is verdictWordsIn in English.
func verdictWords(v scoring.Verdict, expired bool) string {
	return verdictWordsIn(&common{}, v, expired)
}

// verdictWordsIn is the verdict as `eewizard whatif` says it.
func verdictWordsIn(c *common, v scoring.Verdict, expired bool) string {
	switch {
	case expired && v == scoring.Accept:
		return c.t("scr_wi_verdict_accept_expired", nil)
	case expired:
		return c.t("scr_wi_verdict_decline_expired", nil)
	case v == scoring.Accept:
		return c.t("scr_wi_verdict_accept", nil)
	}
	return c.t("scr_wi_verdict_decline", nil)
}

// verdictWord is "ACCEPT" or "DECLINE".
func verdictWord(c *common, v scoring.Verdict) string {
	if v == scoring.Accept {
		return c.t("scr_wi_accept", nil)
	}
	return c.t("scr_wi_decline", nil)
}

func verdictMark(v scoring.Verdict) string {
	if v == scoring.Accept {
		return "✓"
	}
	return "✗"
}

func verdictStyle(st *Styles, v scoring.Verdict) lipgloss.Style {
	if v == scoring.Accept {
		return st.Good
	}
	return st.Bad
}

// deadlineWords is the deadline and the days left, as `eewizard whatif` says them.
func deadlineWords(c *common, w *scoring.WhatIf) string {
	return c.t("scr_wi_deadline", i18n.Args{"Date": c.date(w.Deadline), "Window": c.n("scr_days", w.WindowDay, nil), "When": deadlineWhen(c, w)})
}

// deadlineWhen is "22 days left", "today", "passed 3 days ago".
func deadlineWhen(c *common, w *scoring.WhatIf) string {
	switch {
	case w.DaysLeft > 0:
		return c.t("scr_wi_days_left", i18n.Args{"Days": c.n("scr_days", w.DaysLeft, nil)})
	case w.DaysLeft == 0:
		return c.t("scr_wi_deadline_today", nil)
	}
	return c.t("scr_wi_days_ago", i18n.Args{"Days": c.n("scr_days", -w.DaysLeft, nil)})
}

// deadlineShort is the deadline in a few words, for the header: "Deadline 2026-10-18: 22 days left".
func deadlineShort(c *common, w *scoring.WhatIf) string {
	return c.t("scr_wi_deadline_short", i18n.Args{"Date": c.date(w.Deadline), "When": deadlineWhen(c, w)})
}

// itaWords describes the ITA: "ITA 2026-08-19 · round 437 (French-Language proficiency …) ·
// cut-off 382 · invited under any program".
func itaWords(c *common, ita *scoring.ITA) string {
	parts := []string{c.t("scr_wi_ita", i18n.Args{"Date": c.date(ita.Date)})}
	if ita.Round != "" {
		parts = append(parts, c.t("scr_wi_ita_round", i18n.Args{"Round": ita.Round, "For": roundForIn(c, ita)}),
			c.t("scr_wi_ita_cutoff", i18n.Args{"CutOff": c.count(ita.CutOff)}))
	} else {
		parts = append(parts, c.t("scr_wi_ita_cutoff_typed", i18n.Args{"CutOff": c.count(ita.CutOff)}))
	}
	if s := categoryWords(c, ita); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(append(parts, c.t("scr_wi_ita_under", i18n.Args{"Program": programWords(c, ita.Program)})), " · ")
}

// programWords names the program an ITA was under, as `eewizard whatif` does.
func programWords(c *common, p string) string {
	if id, ok := scoring.ParseProgram(p); ok {
		return id.TitleIn(c.printer())
	}
	if p == "pnp" {
		return c.t("scr_wi_pnp", nil)
	}
	return c.t("scr_wi_any_program", nil)
}

// plus is a change with its sign: "+3", "−3", "0" (the minus sign of `eewizard whatif`).
func plus(n int) string { return i18n.For(i18n.En).Plus(n) }

func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}

// bigLetters is the three-line font of the verdict, in the style of bigDigits.
var bigLetters = map[rune][3]string{
	'A': {"█▀█", "█▀█", "▀ ▀"},
	'C': {"█▀▀", "█  ", "▀▀▀"},
	'D': {"█▀▄", "█ █", "▀▀ "},
	'E': {"█▀▀", "█▀▀", "▀▀▀"},
	'I': {"▀█▀", " █ ", "▀▀▀"},
	'L': {"█  ", "█  ", "▀▀▀"},
	'N': {"█▀█", "█ █", "▀ ▀"},
	'P': {"█▀█", "█▀▀", "▀  "},
	'T': {"▀█▀", " █ ", " ▀ "},
	'R': {"█▀█", "█▀▄", "▀ ▀"}, // REFUSER, ACCEPTER
	'S': {"█▀▀", "▀▀█", "▀▀▀"},
	'U': {"█ █", "█ █", "▀▀▀"},
}

// bigWord draws a word of bigLetters.
func bigWord(s string) [3]string {
	var rows [3]string
	for i, c := range s {
		g := bigLetters[c]
		for r := range rows {
			if i > 0 {
				rows[r] += " "
			}
			rows[r] += g[r]
		}
	}
	return rows
}
