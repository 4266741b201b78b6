package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
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
}

func newResultScreen(c *common, s *session) resultScreen {
	return resultScreen{c: c, s: s}
}

// SetSize lays the screen out for a new size.
func (r *resultScreen) SetSize(width, height int) {
	r.width, r.height = width, height
	r.refresh()
}

// refresh lays out the session's assessment again (after a new result or size).
func (r *resultScreen) refresh() {
	if r.width == 0 {
		return
	}
	st := r.c.styles
	t := resultText{st: st, r: r.c.rules, p: &r.s.current, a: &r.s.a, problems: r.s.problems}
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
	keys := []key.Binding{k.Edit, k.WhatIf, k.Rounds, k.QuitShort, k.Save, k.Export, k.Present, k.Compare}
	if r.maxOffset() > 0 {
		keys = append(keys, k.Up)
	}
	return keys
}

// View draws the header and the visible part of the body.
func (r resultScreen) View() string {
	var b strings.Builder
	st := r.c.styles
	title := titleLine(st, r.s)
	right := fmt.Sprintf("on %s · rules: %s", r.c.today.Format(time.DateOnly), r.c.source)
	// The rules' checked dates where they fit (the ? box always has them).
	if checked := r.c.rulesChecked(); checked != "" {
		long := right + ", " + strings.TrimPrefix(checked, "rules ")
		_, newest := r.c.allRules.Checked()
		short := right + ", checked " + newest.Format(time.DateOnly)
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
	sections := fmt.Sprintf("A core %d · B spouse %d · C transferability %d · D additional %d",
		crs.Core, crs.Spouse, crs.Transferability, crs.Additional)
	textW := r.width - lipgloss.Width(digits[0]) - 3
	if len(sections) > textW {
		sections = fmt.Sprintf("A %d · B %d · C %d · D %d", crs.Core, crs.Spouse, crs.Transferability, crs.Additional)
	}
	text := [3]string{
		st.Bold.Render(fmt.Sprintf("CRS score: %d of %d", crs.Total, r.c.rules.CRS.Total)),
		sections,
		programSummary(st, a),
	}
	out := make([]string, 0, len(digits)+2)
	for i, d := range digits {
		out = append(out, ansi.Truncate(" "+st.Total.Render(d)+"  "+text[i], r.width, "…"))
	}
	// Where the score stands against IRCC's rounds, in one line; the key to the panel stays in view.
	sd := newStanding(r.c, a, &r.s.current)
	more, room := " · r rounds", r.width-1-len(" · r rounds")
	line := sd.summary(false)
	if ansi.StringWidth(line) > room {
		line = sd.summary(true)
	}
	out = append(out, " "+st.Muted.Render(ansi.Truncate(line, room, "…")+more))
	if note := r.c.stale(); note != "" { // the standing is against old rounds: said once, under it
		out = append(out, staleLine(st, note, " · r, u here", r.width))
	}
	return append(out, st.Rule.Render(strings.Repeat("─", r.width)))
}

// programSummary is "✓ FSW eligible · ✗ CEC not eligible · ✗ FST not eligible".
func programSummary(st *Styles, a *scoring.Assessment) string {
	parts := make([]string, 0, scoring.NumPrograms)
	for i := range a.Programs {
		parts = append(parts, eligibility(st, &a.Programs[i], true))
	}
	return strings.Join(parts, " · ")
}

// eligibility is "✓ FSW eligible" or "✗ FSW not eligible" (withName false: without the acronym).
func eligibility(st *Styles, p *scoring.Program, withName bool) string {
	name := ""
	if withName {
		name = p.ID.Acronym() + " "
	}
	if p.Eligible {
		return st.Good.Render("✓ " + name + "eligible")
	}
	return st.Bad.Render("✗ " + name + "not eligible")
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
