package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// whatifText lays a what-if out as lines of a given width: the what-if screen's body, and (plain)
// the text of accessible mode. Every point, verdict, reason, date and warning is the engine's
// (scoring.CompareITA, scoring.Consequences, scoring.Scenarios); the words around them are those of
// `eewizard whatif` (report/whatif.go).
type whatifText struct {
	st        *Styles
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
	return resultText{st: t.st, plain: t.plain}.row(indent, hang, label, right, ls, rs, width)
}

// text is a paragraph, wrapped, its next lines indented by hang more.
func (t whatifText) text(indent, hang int, s string, style lipgloss.Style, width int) []string {
	return t.row(indent, hang, s, "", style, style, width)
}

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
	on := "today"
	if t.w != nil {
		on = t.w.ITA.Date.Format(time.DateOnly)
	}
	block := func(title string, as *scoring.Assessment, w int, extra []string) []string {
		crs := &as.CRS
		total := "CRS " + strconv.Itoa(crs.Total)
		if as == a {
			total += " (" + plus(a.CRS.Total-b.CRS.Total) + ")"
		}
		out := t.row(0, 2, title, total, st.Section, st.Bold, w)
		sections := fmt.Sprintf("A core %d · B spouse %d · C transferability %d · D additional %d",
			crs.Core, crs.Spouse, crs.Transferability, crs.Additional)
		programs := programSummary(st, as)
		room := w - 2 - pointsWidth - 1 // a row keeps the points column free
		if !t.plain && ansi.StringWidth(sections) > room {
			sections = fmt.Sprintf("A core %d · B %d · C %d · D %d", crs.Core, crs.Spouse, crs.Transferability, crs.Additional)
		}
		if !t.plain && ansi.StringWidth(programs) > room {
			programs = programMarks(st, as)
		}
		out = append(out, t.text(2, 2, sections, lipgloss.NewStyle(), w)...)
		out = append(out, t.text(2, 2, programs, lipgloss.NewStyle(), w)...)
		return append(out, extra...)
	}
	colW := width
	if !stacked {
		colW = (width - 3) / 2
	}
	left := block("The profile at the ITA ("+on+")", b, colW, nil)
	right := block("The changed profile", a, colW, t.changeLines(colW))
	if stacked {
		return append(append(left, ""), append(right, "")...)
	}
	return append(sideBySide(left, right, colW, " │ ", st.Rule), "")
}

// changeLines lists the changes and the --set lines that replay them.
func (t whatifText) changeLines(width int) []string {
	st := t.st
	if len(t.changes) == 0 && t.plain {
		return t.text(2, 2, "No change yet.", st.Muted, width)
	}
	if len(t.changes) == 0 {
		return t.text(2, 2, "No change yet: 1-9 applies a ready-made scenario, e changes an answer.", st.Muted, width)
	}
	out := t.text(2, 2, "Changes:", lipgloss.NewStyle(), width)
	for _, c := range t.changes {
		out = append(out, t.text(4, 2, "• "+c, lipgloss.NewStyle(), width)...)
	}
	switch {
	case len(t.sets) == 0:
	case !t.setsOK:
		out = append(out, t.text(2, 2, "These changes cannot be replayed one --set at a time; save the changed profile to keep them.", st.Muted, width)...)
	default:
		out = append(out, t.words(2, 4, "Replay: "+t.replay, st.Muted, width)...)
		for _, s := range t.sets {
			out = append(out, t.words(4, 4, "--set "+shellWord(s), st.Muted, width)...)
		}
	}
	if !t.plain {
		out = append(out, t.text(2, 2, "u undoes every change; k keeps them to compare.", st.Muted, width)...)
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
				return fmt.Sprintf("  %s: %s at the ITA, %s now", l, x, y)
			}
			return fmt.Sprintf("  %s: %s at the ITA, %s now (%s)", l, x, y, z)
		}
	}
	out := t.text(0, 0, "What moved", st.Section, width)
	if !t.plain {
		out = append(out, st.Muted.Render(cells("", "at ITA", "now", "change")))
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
			x = strconv.Itoa(m.Before.Points)
		}
		if m.HasAfter {
			y = strconv.Itoa(m.After.Points)
		}
		style := st.Good
		if m.Delta < 0 {
			style = st.Bad
		}
		out = append(out, style.Render(cells(m.Label(), x, y, plus(m.Delta))))
		if from, to := sideLabel(m.HasBefore, m.Before), sideLabel(m.HasAfter, m.After); from != to {
			out = append(out, t.text(4, 2, from+" → "+to, st.Muted, width)...)
		}
	}
	if len(moved) == 0 {
		out = append(out, t.text(2, 2, "no line moved", st.Muted, width)...)
	}
	out = append(out, st.Bold.Render(cells("CRS total", strconv.Itoa(b.CRS.Total), strconv.Itoa(a.CRS.Total), plus(a.CRS.Total-b.CRS.Total))))
	if t.w != nil {
		out = append(out, cells("Round cut-off", "", strconv.Itoa(t.w.ITA.CutOff), ""))
	}
	for id := scoring.ProgramID(0); id < scoring.NumPrograms; id++ {
		out = append(out, cells(id.Title(), eligibleWord(b.Programs[id].Eligible), eligibleWord(a.Programs[id].Eligible), ""))
	}
	return append(out, "")
}

func sideLabel(has bool, l scoring.Line) string {
	if !has {
		return "none"
	}
	return l.Label()
}

// eligibleWord is the program's state in the table: "✓ yes" or "✗ no".
func eligibleWord(ok bool) string {
	if ok {
		return "✓ yes"
	}
	return "✗ no"
}

// verdict is the verdict in words, its reasons, the deadline and the warnings.
func (t whatifText) verdict(width int) []string {
	if t.w == nil {
		return nil
	}
	st := t.st
	w := t.w
	style := verdictStyle(st, w.Verdict)
	out := t.text(0, 2, verdictMark(w.Verdict)+" "+verdictWords(w.Verdict, w.Expired), style.Bold(true), width)
	for _, r := range w.Reasons {
		out = append(out, t.text(2, 2, "- "+strings.TrimSpace(safetext.Clean(r)), lipgloss.NewStyle(), width)...)
	}
	out = append(out, "")
	out = append(out, t.categoryLines(width)...)
	out = append(out, t.text(0, 2, deadlineWords(w), st.Bold, width)...)
	out = append(out, "")
	warnings := w.Warnings
	if len(warnings) > 0 {
		out = append(out, t.text(0, 0, "Warnings", st.Section, width)...)
		for _, s := range warnings {
			out = append(out, t.text(2, 2, "! "+safetext.Clean(s), st.Warn, width)...)
		}
		out = append(out, "")
	}
	return out
}

// consequences is what each choice after an ITA leads to, from the engine.
func (t whatifText) consequences(width int) []string {
	st := t.st
	out := t.text(0, 0, "What each choice leads to", st.Section, width)
	for _, s := range scoring.Consequences(t.rules) {
		out = append(out, t.text(2, 2, "* "+s, lipgloss.NewStyle(), width)...)
	}
	return append(out, "")
}

// scenarioList is the ready-made scenarios with the key that applies each.
func (t whatifText) scenarioList(width int) []string {
	st := t.st
	out := t.text(0, 0, "Ready-made scenarios (press the number to apply)", st.Section, width)
	if len(t.scenarios) == 0 {
		return append(append(out, t.text(2, 2, "none apply to this profile", st.Muted, width)...), "")
	}
	for i, c := range t.scenarios {
		k := " "
		if i < 9 {
			k = strconv.Itoa(i + 1)
		}
		out = append(out, t.text(2, 4, k+"  "+c.Title, lipgloss.NewStyle(), width)...)
	}
	return append(out, "")
}

// keptTable compares the kept scenarios: each one's total, its change from the ITA and its
// verdict, then its name (wrapped under itself).
func (t whatifText) keptTable(width int) []string {
	st := t.st
	title := "Kept scenarios (k keeps the changes, x drops the last)"
	if t.plain {
		title = "Kept scenarios"
	}
	out := t.text(0, 0, title, st.Section, width)
	if len(t.kept) == 0 {
		return append(append(out, t.text(2, 2, "none yet", st.Muted, width)...), "")
	}
	b, _ := t.assessments()
	if !t.plain {
		out = append(out, st.Muted.Render(fmt.Sprintf("     %8s %6s  %-9s  %s", "CRS", "change", "verdict", "scenario")))
	}
	const lead = 2 + 2 + 1 + 8 + 1 + 6 + 2 + 9 + 2 // up to the name
	for i, k := range t.kept {
		total, verdict, style := k.a.CRS.Total, "", lipgloss.NewStyle()
		if k.err == nil && t.w != nil {
			total = k.w.After.CRS.Total
			verdict = verdictMark(k.w.Verdict) + " " + strings.ToUpper(k.w.Verdict.String())
			style = verdictStyle(st, k.w.Verdict)
		}
		letter := string(rune('A' + i%26))
		if t.plain {
			line := fmt.Sprintf("  %s %s: CRS %d (%s)", letter, k.name, total, plus(total-b.CRS.Total))
			if verdict != "" {
				line += ", " + verdict
			}
			out = append(out, line)
			continue
		}
		name := wrapWords(k.name, max(10, width-lead))
		out = append(out, fmt.Sprintf("  %s  %8s %6s  ", letter, "CRS "+strconv.Itoa(total), plus(total-b.CRS.Total))+
			style.Render(fmt.Sprintf("%-9s", verdict))+"  "+name[0])
		for _, l := range name[1:] {
			out = append(out, strings.Repeat(" ", lead)+l)
		}
	}
	return append(out, "")
}

// verdictWords is the verdict as `eewizard whatif` says it.
func verdictWords(v scoring.Verdict, expired bool) string {
	switch {
	case expired && v == scoring.Accept:
		return "Verdict: ACCEPT, had the deadline not passed"
	case expired:
		return "Verdict: DECLINE (the deadline has passed)"
	case v == scoring.Accept:
		return "Verdict: ACCEPT: apply for permanent residence"
	}
	return "Verdict: DECLINE the invitation"
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
func deadlineWords(w *scoring.WhatIf) string {
	d := fmt.Sprintf("Deadline: %s (%s after the ITA): ", w.Deadline.Format(time.DateOnly), plural.Count(w.WindowDay, "day", "days"))
	switch {
	case w.DaysLeft > 0:
		return d + plural.Count(w.DaysLeft, "day", "days") + " left."
	case w.DaysLeft == 0:
		return d + "today."
	}
	return d + "passed " + plural.Count(-w.DaysLeft, "day", "days") + " ago."
}

// deadlineShort is the deadline in a few words, for the header: "Deadline 2026-10-18: 22 days left".
func deadlineShort(w *scoring.WhatIf) string {
	words := deadlineWords(w)
	_, left, _ := strings.Cut(words, "): ")
	return "Deadline " + w.Deadline.Format(time.DateOnly) + ": " + strings.TrimSuffix(left, ".")
}

// itaWords describes the ITA: "ITA 2026-08-19 · round 437 (French-Language proficiency …) ·
// cut-off 382 · invited under any program".
func itaWords(ita *scoring.ITA) string {
	parts := []string{"ITA " + ita.Date.Format(time.DateOnly)}
	if ita.Round != "" {
		parts = append(parts, fmt.Sprintf("round %s (%s)", ita.Round, ita.RoundFor), fmt.Sprintf("cut-off %d", ita.CutOff))
	} else {
		parts = append(parts, fmt.Sprintf("cut-off %d (typed)", ita.CutOff))
	}
	if s := categoryWords(ita); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(append(parts, "invited under: "+programWords(ita.Program)), " · ")
}

// programWords names the program an ITA was under, as `eewizard whatif` does.
func programWords(p string) string {
	if id, ok := scoring.ParseProgram(p); ok {
		return id.Title()
	}
	if p == "pnp" {
		return "Provincial Nominee Program (through Express Entry)"
	}
	return "any program"
}

// plus is a change with its sign: "+3", "−3", "0" (the minus sign of `eewizard whatif`).
func plus(n int) string {
	switch {
	case n > 0:
		return "+" + strconv.Itoa(n)
	case n < 0:
		return "−" + strconv.Itoa(-n)
	}
	return "0"
}

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
