package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// resultWideWidth is the width from which the result puts the programs beside the score.
const resultWideWidth = 120

// resultScreen shows the engine's assessment: the total, every line of the four sections with its
// reason, the three programs with the FSW grid and the reasons, and the warnings. The text is laid
// out once per result and size (refresh, SetSize); View only slices the visible lines.
type resultScreen struct {
	c *common
	s *session
	pager
	helpLine string // the key help, drawn once per layout
	// next is the line of the next job-driven day (result_next.go), worked out once per profile:
	// nextOf is the profile it is for.
	next    string
	nextOf  scoring.Profile
	nextSet bool
}

func newResultScreen(c *common, s *session) resultScreen {
	return resultScreen{c: c, s: s}
}

// SetSize lays the screen out for a new size.
func (r *resultScreen) SetSize(width, height int) {
	r.width, r.height = width, height
	r.lang = r.c
	r.refresh()
}

// refresh lays out the session's assessment again (after a new result or size).
func (r *resultScreen) refresh() {
	if r.width == 0 {
		return
	}
	st := r.c.styles
	t := resultText{st: st, c: r.c, r: r.c.rules, p: &r.s.current, a: &r.s.a, problems: r.s.problems}
	if !r.nextSet || r.nextOf != r.s.current {
		r.next, r.nextOf, r.nextSet = nextWork(r.c, &r.s.current), r.s.current, true
	}
	r.header = r.headerLines()
	if r.width >= resultWideWidth {
		// The score's labels get the room they need not to wrap; the programs' prose may.
		leftW := clamp(r.width*55/100, 60, 76)
		rightW := min(80, r.width-leftW-3)
		left := t.crs(leftW)
		right := append(t.programs(rightW), t.warnings(rightW)...)
		r.lines = sideBySide(left, right, leftW, " │ ", st.Rule)
	} else {
		w := min(r.width, 100)
		r.lines = append(append(t.crs(w), t.programs(w)...), t.warnings(w)...)
	}
	r.settle(r.c.styles)
	r.helpLine = r.c.helpView(r.help(), r.c.keys.Help)
}

func (r resultScreen) update(msg tea.Msg) (resultScreen, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return r, nil
	}
	keys := &r.c.keys
	switch {
	case r.scrollKey(keys, k):
	case key.Matches(k, keys.Edit):
		return r, openStepsCmd
	case key.Matches(k, keys.EditN):
		list := applicable(&r.s.draft)
		if n := int(k.Runes[0] - '1'); n < len(list) {
			return r, editStepCmd(list[n])
		}
	case key.Matches(k, keys.WhatIf):
		return r, openWhatIfCmd
	case key.Matches(k, keys.Rounds):
		return r, openRoundsCmd
	case key.Matches(k, keys.Export):
		return r, exportCmd
	case key.Matches(k, keys.Compare):
		return r, openCompareCmd
	case key.Matches(k, keys.QuitShort):
		return r, quitCmd
	}
	r.settle(r.c.styles)
	return r, nil
}

func (r resultScreen) help() []key.Binding {
	k := &r.c.keys
	keys := []key.Binding{k.Edit, k.WhatIf, k.Rounds, k.QuitShort, k.Save}
	if r.maxOffset() > 0 { // before the keys that came later: the footer drops from the end
		keys = append(keys, k.Up)
	}
	return append(keys, k.Compare, k.Export, k.Present)
}

// View draws the header and the visible part of the body.
func (r resultScreen) View() string {
	var b strings.Builder
	st := r.c.styles
	title := titleLineIn(r.c.p, st, r.s)
	right := r.c.t("scr_res_on", i18n.Args{"Date": r.c.date(r.c.today), "Source": r.c.source})
	// The rules' checked dates where they fit (the ? box always has them).
	if checked := r.c.checkedDates(); checked != "" {
		long := right + ", " + checked
		_, newest := r.c.allRules.Checked()
		short := right + ", " + r.c.t("scr_checked", i18n.Args{"Date": r.c.date(newest)})
		for _, s := range []string{long, short} {
			if lipgloss.Width(title)+1+ansi.StringWidth(s) <= r.width {
				right = s
				break
			}
		}
	}
	r.write(&b, spread(title, st.Muted.Render(right), r.width))
	return b.String()
}

// headerLines are the total in large digits beside the same total in plain words
// (for copying and screen readers), the four sections, the programs, and a rule.
func (r resultScreen) headerLines() []string {
	st := r.c.styles
	a := &r.s.a
	digits := bigNumber(a.CRS.Total)
	crs := &a.CRS
	sections := r.c.t("scr_res_sections", sectionArgs(r.c, crs))
	textW := r.width - lipgloss.Width(digits[0]) - 3
	width := len(sections) // English has always counted bytes here (a · is two): its goldens
	if r.c.fr() {
		width = ansi.StringWidth(sections)
	}
	if width > textW {
		sections = sectionLetters(r.c, crs)
	}
	text := [3]string{
		st.Bold.Render(r.c.t("scr_res_score", i18n.Args{"Total": r.c.count(crs.Total), "Max": r.c.count(r.c.rules.CRS.Total)})),
		sections,
		programSummaryIn(r.c, st, a),
	}
	if lipgloss.Width(text[2]) > textW { // French runs longer: the marks, never a cut line
		text[2] = programMarksIn(r.c.p, st, a)
	}
	out := make([]string, 0, len(digits)+2)
	for i, d := range digits {
		out = append(out, ansi.Truncate(" "+st.Total.Render(d)+"  "+text[i], r.width, "…"))
	}
	// Where the score stands against IRCC's rounds, in one line; the key to the panel stays in view.
	sd := newStanding(r.c, a, &r.s.current)
	more := r.c.t("scr_res_more_rounds", nil)
	room := r.width - 1 - ansi.StringWidth(more)
	line := sd.summary(false)
	if ansi.StringWidth(line) > room {
		line = sd.summary(true)
	}
	out = append(out, " "+st.Muted.Render(ansi.Truncate(line, room, "…")+more))
	for _, l := range wrapWords(r.next, r.width-1) { // the next job-driven day, whole
		if l != "" {
			out = append(out, " "+st.Muted.Render(l))
		}
	}
	if note := r.c.stale(); note != "" { // the standing is against old rounds: said once, under it
		out = append(out, staleLines(st, note, r.c.t("scr_res_stale_keys", nil), r.width)...)
	}
	return append(out, st.Rule.Render(strings.Repeat("─", r.width)))
}

// sectionArgs are the four sections' totals, for "A core 350 · B spouse 0 · ...".
func sectionArgs(c *common, crs *scoring.CRS) i18n.Args {
	return i18n.Args{"Core": c.count(crs.Core), "Spouse": c.count(crs.Spouse),
		"Transferability": c.count(crs.Transferability), "Additional": c.count(crs.Additional)}
}

// sectionLetters is "A 380 · B 25 · C 100 · D 50": the sections' totals without their names.
func sectionLetters(c *common, crs *scoring.CRS) string {
	return fmt.Sprintf("A %s · B %s · C %s · D %s", c.count(crs.Core), c.count(crs.Spouse), c.count(crs.Transferability), c.count(crs.Additional))
}

// programSummary is programSummaryIn in English (accessible.go's).
func programSummary(st *Styles, a *scoring.Assessment) string {
	return programSummaryIn(&common{}, st, a)
}

// programSummaryIn is "✓ FSW eligible · ✗ CEC not eligible · ✗ FST not eligible" in c's language.
func programSummaryIn(c *common, st *Styles, a *scoring.Assessment) string {
	parts := make([]string, 0, scoring.NumPrograms)
	for i := range a.Programs {
		parts = append(parts, eligibility(c, st, &a.Programs[i], true))
	}
	return strings.Join(parts, " · ")
}

// eligibility is "✓ FSW eligible" or "✗ FSW not eligible" (withName false: without the acronym).
func eligibility(c *common, st *Styles, p *scoring.Program, withName bool) string {
	name := ""
	if withName {
		name = p.ID.AcronymIn(c.printer()) + " "
	}
	if p.Eligible {
		return st.Good.Render("✓ " + name + c.t("program_eligible", nil))
	}
	return st.Bad.Render("✗ " + name + c.t("program_not_eligible", nil))
}

// sideBySide joins two columns of lines, each padded to width.
func sideBySide(left, right []string, width int, gap string, gapStyle lipgloss.Style) []string {
	n := max(len(left), len(right))
	out := make([]string, n)
	sep := gapStyle.Render(gap)
	for i := range out {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = l + strings.Repeat(" ", max(0, width-lipgloss.Width(l))) + sep + r
	}
	return out
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// bigDigits is a three-line font: the total in large type, readable without colour.
var bigDigits = [10][3]string{
	{"█▀█", "█ █", "▀▀▀"},
	{" ▀█", "  █", "  ▀"},
	{"▀▀█", "█▀▀", "▀▀▀"},
	{"▀▀█", " ▀█", "▀▀▀"},
	{"█ █", "▀▀█", "  ▀"},
	{"█▀▀", "▀▀█", "▀▀▀"},
	{"█▀▀", "█▀█", "▀▀▀"},
	{"▀▀█", "  █", "  ▀"},
	{"█▀█", "█▀█", "▀▀▀"},
	{"█▀█", "▀▀█", "▀▀▀"},
}

// bigNumber draws a non-negative number in bigDigits.
func bigNumber(n int) [3]string {
	var rows [3]string
	for i, c := range fmt.Sprint(max(n, 0)) {
		for r := range rows {
			if i > 0 {
				rows[r] += " "
			}
			rows[r] += bigDigits[c-'0'][r]
		}
	}
	return rows
}
