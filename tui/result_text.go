package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// resultText lays an assessment out as lines of a given width: the result screen's body, and (with
// styles of no colour) the plain text of accessible mode. Every point and reason is the engine's;
// this only arranges them.
type resultText struct {
	st       *Styles
	c        *common // the language (nil: English)
	r        *scoring.Rules
	p        *scoring.Profile
	a        *scoring.Assessment
	problems []problem
	plain    bool // "label: points" instead of a points column (accessible mode)
}

// lang is t's common, for its language: English when t has none.
func (t resultText) lang() *common {
	if t.c == nil {
		return &common{}
	}
	return t.c
}

// pointsWidth is the width of the points column.
const pointsWidth = 5

// row is a label with its points (or a status) at the right edge of width; a long label wraps,
// its next lines indented by hang more.
func (t resultText) row(indent, hang int, label, right string, ls, rs lipgloss.Style, width int) []string {
	if t.plain {
		switch {
		case right != "" && t.c != nil && t.c.fr(): // French puts a space before the colon
			label = t.c.t("scr_plain_row", i18n.Args{"Label": label, "Right": right})
		case right != "":
			label += ": " + right
		}
		return []string{strings.Repeat(" ", indent) + label}
	}
	rw := max(pointsWidth, ansi.StringWidth(right))
	avail := max(10, width-indent-rw-1)
	wrapped := wrapWords(label, avail)
	out := make([]string, len(wrapped))
	for i, l := range wrapped {
		pad := indent
		if i > 0 {
			pad += hang
			l = strings.TrimLeft(l, " ")
		}
		s := strings.Repeat(" ", pad) + ls.Render(l)
		if i == 0 && right != "" {
			s += strings.Repeat(" ", max(1, width-pad-ansi.StringWidth(l)-ansi.StringWidth(right))) + rs.Render(right)
		}
		out[i] = s
	}
	return out
}

// crs is the four sections, each with its total, its maximum and every line.
func (t resultText) crs(width int) []string {
	st := t.st
	c := &t.a.CRS
	rc := &t.r.CRS
	coreCap := rc.CoreCapWithout
	if c.WithSpouse {
		coreCap = rc.CoreCapWith
	}
	caps := [scoring.NumSections]int{coreCap, rc.SpouseCap, rc.TransferCap, rc.AdditionalCap}
	var out []string
	lc := t.lang()
	for s := scoring.Section(0); s < scoring.NumSections; s++ {
		title := lc.t("scr_res_section", i18n.Args{"Title": s.TitleIn(lc.printer()), "Max": lc.count(caps[s])})
		out = append(out, t.row(0, 2, title, lc.count(c.Section(s)),
			st.Section, st.Section, width)...)
		n := len(out)
		group := ""
		for _, l := range c.Lines() {
			if l.Section != s {
				continue
			}
			indent := 2
			if g := l.Group(); g != "" {
				if g != group {
					out = append(out, t.row(2, 2, t.groupTitle(l), "", st.Bold, st.Bold, width)...)
					group = g
				}
				indent = 4
			} else if l.Factor == scoring.FactorSecondLanguageCap {
				indent = 4
			} else {
				group = ""
			}
			ls, ps := lipgloss.NewStyle(), lipgloss.NewStyle()
			label := t.lineLabel(l)
			switch {
			case l.IsCap():
				label = "▼ " + label
				ls, ps = st.Warn, st.Warn
			case l.Points == 0:
				ps = st.Muted
			}
			out = append(out, t.row(indent, 2, label, lc.count(l.Points), ls, ps, width)...)
		}
		if len(out) == n {
			note := lc.t("scr_res_no_points", nil)
			if s == scoring.SectionSpouse {
				note = lc.t("scr_res_single", nil)
			}
			out = append(out, t.row(2, 0, note, "", st.Muted, st.Muted, width)...)
		}
		out = append(out, "")
	}
	return out
}

// levels returns the language levels a per-ability line was scored on, and the result behind them.
func (t resultText) levels(f scoring.Factor) (*scoring.Levels, *scoring.Language) {
	switch f {
	case scoring.FactorFirstLanguage:
		return &t.a.First, &t.p.Applicant.FirstLanguage
	case scoring.FactorSecondLanguage:
		return &t.a.Second, &t.p.Applicant.SecondLanguage
	case scoring.FactorSpouseLanguage:
		return &t.a.SpouseLanguage, &t.p.Spouse.Language
	}
	return nil, nil
}

// groupTitle is "First official language: IELTS General Training".
func (t resultText) groupTitle(l scoring.Line) string {
	lv, _ := t.levels(l.Factor)
	lc := t.lang()
	group := l.GroupIn(lc.printer())
	switch {
	case lv == nil:
		return group
	case lv.Chart == nil:
		return lc.t("scr_res_group_no_test", i18n.Args{"Group": group})
	case lv.Expired:
		return lc.t("scr_res_group_too_old", i18n.Args{"Group": group, "Test": lv.Chart.NameIn(lc.printer())})
	}
	return lc.t("scr_res_group_test", i18n.Args{"Group": group, "Test": lv.Chart.NameIn(lc.printer())})
}

// lineLabel is the engine's label, with the test score for language lines ("Listening CLB 10,
// score 8.5") and plain words when there is no result to score.
func (t resultText) lineLabel(l scoring.Line) string {
	lv, lang := t.levels(l.Factor)
	lc := t.lang()
	p := lc.printer()
	if lv == nil {
		return l.LabelIn(p)
	}
	if !lv.Given {
		return lc.t("scr_res_no_result", i18n.Args{"Ability": l.Ability.TitleIn(p)})
	}
	score := num(lang.Scores[l.Ability])
	if score == strconv.Itoa(l.Level) {
		return l.LabelIn(p)
	}
	if lc.fr() {
		score = strings.ReplaceAll(score, ".", ",")
	}
	return lc.t("scr_res_test_score", i18n.Args{"Label": l.LabelIn(p), "Score": score})
}

// programs is each program's eligibility with its reasons; for FSW, the selection grid too.
func (t resultText) programs(width int) []string {
	st := t.st
	lc := t.lang()
	pr := lc.printer()
	var out []string
	for i := range t.a.Programs {
		p := &t.a.Programs[i]
		title := fmt.Sprintf("%s (%s)", p.ID.TitleIn(pr), p.ID.AcronymIn(pr))
		status := eligibility(lc, st, p, false)
		out = append(out, t.row(0, 2, title, ansi.Strip(status), st.Section, statusStyle(st, p), width)...)
		if p.ID == scoring.FSW {
			out = append(out, t.row(2, 2, lc.t("scr_res_grid", i18n.Args{"Pass": lc.count(t.r.FSW.PassMark)}), lc.count(p.Points),
				st.Bold, st.Bold, width)...)
			for _, g := range p.Grid() {
				ls, ps := lipgloss.NewStyle(), lipgloss.NewStyle()
				label := g.LabelIn(pr)
				switch {
				case g.Factor == scoring.GridAdaptCap:
					label = "▼ " + label
					ls, ps = st.Warn, st.Warn
				case g.Points == 0:
					ps = st.Muted
				}
				out = append(out, t.row(4, 2, label, lc.count(g.Points), ls, ps, width)...)
			}
		}
		fails := 0
		for _, r := range p.Reasons() {
			if r.Fails() {
				fails++
				out = append(out, t.row(2, 2, "✗ "+r.TextIn(pr), "", st.Bad, st.Bad, width)...)
			} else {
				out = append(out, t.row(2, 2, "• "+r.TextIn(pr), "", st.Muted, st.Muted, width)...)
			}
		}
		if fails == 0 {
			out = append(out, t.row(2, 2, "✓ "+lc.t("scr_res_meets", nil), "", st.Good, st.Good, width)...)
		}
		out = append(out, "")
	}
	return out
}

func statusStyle(st *Styles, p *scoring.Program) lipgloss.Style {
	if p.Eligible {
		return st.Good
	}
	return st.Bad
}

// warnings is what the engine warns about, and any answer that could not be read.
func (t resultText) warnings(width int) []string {
	ws := t.a.Warnings()
	if len(ws) == 0 && len(t.problems) == 0 {
		return nil
	}
	st := t.st
	lc := t.lang()
	out := t.row(0, 0, lc.t("scr_warnings", nil), "", st.Section, st.Section, width)
	for _, w := range ws {
		out = append(out, t.row(2, 2, "! "+w.TextIn(lc.printer()), "", st.Warn, st.Warn, width)...)
	}
	for _, p := range t.problems {
		// p.Msg and the step's name are the wizard's text.
		msg := lc.t("scr_res_problem", i18n.Args{"Key": p.Key, "Step": stepOf(p.Key).String(), "Msg": p.Msg})
		out = append(out, t.row(2, 2, "! "+msg, "", st.Warn, st.Warn, width)...)
	}
	return append(out, "")
}

// wrapWords wraps plain text at spaces to lines of width: never inside a word, so dates
// (2026-08-16), flags (--cutoff) and hyphenated words stay whole; a word longer than the width is
// cut where it must be.
func wrapWords(s string, width int) []string {
	width = max(1, width)
	var out []string
	line, n := "", 0
	for _, w := range strings.Split(s, " ") {
		ww := ansi.StringWidth(w)
		switch {
		case n == 0 && line == "":
		case n+1+ww <= width:
			line += " "
			n++
		default:
			out = append(out, line)
			line, n = "", 0
		}
		for ww > width { // a word longer than a line
			head := ansi.Truncate(w, width-n, "")
			out = append(out, line+head)
			w = ansi.TruncateLeft(w, width-n, "")
			line, n, ww = "", 0, ansi.StringWidth(w)
		}
		line += w
		n += ww
	}
	return append(out, line)
}
