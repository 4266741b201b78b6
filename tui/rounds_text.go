package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// standingRounds is how many recent rounds of each kind the score is held against, as `eewizard
// improve` does by default.
const standingRounds = 10

// chartRounds is the most rounds the chart of cut-offs shows.
const chartRounds = 40

// standing is where a score stands against IRCC's rounds and pool: the facts of the rounds panel,
// the line on the result screen and accessible mode. Every figure is the rounds package's.
type standing struct {
	c         *common // the language
	score     int
	source    string
	kinds     []rounds.Kind     // the kinds of round the candidate could be invited in
	standings []rounds.Standing // the last standingRounds rounds of each kind with rounds, each judged
	notes     []string          // the categories in force not met, and why (rounds.CategoryNotesIn)
	unmet     []rounds.Kind     // the categories in force not met, for the chart's other kinds
	fromJobs  bool              // the profile gives jobs, not year counts
	pos       rounds.Position
	hasPos    bool
}

func newStanding(c *common, a *scoring.Assessment, p *scoring.Profile) standing {
	s := standing{c: c, score: a.CRS.Total, source: c.feedSource, kinds: rounds.KindsFor(c.rules, a, p), fromJobs: a.Work.FromJobs}
	s.standings = c.feed.Standings(c.rules, a, s.kinds, standingRounds)
	s.notes = rounds.CategoryNotesIn(c.printer(), c.rules, a)
	_, s.unmet = rounds.CategoryKinds(c.rules, a)
	if c.feed != nil {
		s.pos, s.hasPos = c.feed.PositionOf(s.score)
	}
	return s
}

// poolWords is the score's place in the pool, as `eewizard improve` says it.
func (s *standing) poolWords() string {
	c := s.c
	if !s.hasPos {
		return c.t("scr_rd_no_pool", nil)
	}
	about := s.about()
	return c.t("scr_rd_pool", i18n.Args{"About": about, "Percent": percent(c, s.pos.Percent, 1),
		"Total": thousandsIn(c, s.pos.Total), "Date": c.date(s.pos.AsOf), "Above": thousandsIn(c, s.pos.Above)})
}

// about is "about " when the pool's figures are estimated, "" when exact.
func (s *standing) about() string {
	if s.pos.Approx {
		return s.c.t("scr_rd_about", nil)
	}
	return ""
}

// percent is "3.9%" ("3,9 %" in French), with prec decimals.
func percent(c *common, v float64, prec int) string { return c.printer().Percent(v, prec) }

// summary is the standing in one line, for the result screen: the most recent kind of round the
// candidate could be invited in, and the pool. short drops words for a narrow window.
func (s *standing) summary(short bool) string {
	c := s.c
	var part string
	switch {
	case len(s.kinds) == 0 && short:
		part = c.t("scr_rd_sum_not_eligible_short", nil)
	case len(s.kinds) == 0:
		part = c.t("scr_rd_sum_not_eligible", nil)
	case len(s.standings) == 0:
		part = c.t("scr_rd_sum_no_round", nil)
	default:
		st := s.standings[s.newest()]
		id := "scr_rd_sum_invited"
		if short {
			id = "scr_rd_sum_invited_short"
		}
		part = c.t(id, i18n.Args{"Kind": shortKind(c, st.Kind.Category), "Invited": c.count(st.Invited), "Of": c.count(len(st.Rounds))})
	}
	if s.hasPos {
		about := s.about()
		if short && s.pos.Percent >= 10 {
			part += c.t("scr_rd_sum_pool_short", i18n.Args{"About": about, "Percent": percent(c, s.pos.Percent, 0)})
		} else if short {
			part += c.t("scr_rd_sum_pool_short", i18n.Args{"About": about, "Percent": percent(c, s.pos.Percent, 1)})
		} else {
			part += c.t("scr_rd_sum_pool", i18n.Args{"About": about, "Percent": percent(c, s.pos.Percent, 1)})
		}
	}
	return part
}

// newest is the index of the standing whose latest round is the most recent.
func (s *standing) newest() int {
	n := 0
	for i, x := range s.standings {
		if x.Rounds[0].Round.Date.After(s.standings[n].Rounds[0].Round.Date) {
			n = i
		}
	}
	return n
}

// shortKind is a kind of round in a few words: "CEC", "General", "French-language".
func shortKind(lc *common, c rounds.Category) string {
	switch c {
	case rounds.General:
		return lc.t("scr_rd_kind_general", nil)
	case rounds.CEC, rounds.PNP, rounds.FSW, rounds.FST:
		return programAcronym(lc, c.String())
	case rounds.French:
		return lc.t("scr_rd_kind_french", nil)
	}
	return c.TitleIn(lc.printer())
}

// lines are, for each kind of round the candidate could be invited in, in how many of the last
// rounds the score would have been invited, and each cut-off with its mark (verdictLines); then the
// categories in force not met, and why.
func (s *standing) lines(st *Styles, width int, plain bool) []string {
	c := s.c
	t := resultText{st: st, c: c, plain: plain}
	out := t.row(0, 0, c.t("scr_rd_kinds", i18n.Args{"N": c.count(standingRounds)}), "", st.Section, st.Section, width)
	if len(s.kinds) == 0 {
		out = append(out, t.row(2, 2, c.t("scr_rd_not_eligible", nil), "", st.Bad, st.Bad, width)...)
	}
	for _, k := range s.kinds {
		sd := s.standingOf(k.Category)
		title, why := k.Category.TitleIn(c.printer()), safetext.Clean(k.WhyIn(c.printer()))
		if sd == nil {
			out = append(out, t.row(2, 4, c.t("scr_rd_kind_none", i18n.Args{"Kind": title, "Why": why}), "",
				st.Bold, st.Bold, width)...)
			continue
		}
		out = append(out, t.row(2, 4, title+" · "+why, "", st.Bold, st.Bold, width)...)
		out = append(out, t.row(4, 2, c.n("scr_rd_invited_of_last", len(sd.Rounds), i18n.Args{"Invited": c.count(sd.Invited)}),
			"", lipgloss.NewStyle(), lipgloss.NewStyle(), width)...)
		out = append(out, s.verdictLines(st, sd, width, plain)...)
	}
	for _, n := range s.notes {
		out = append(out, t.row(2, 2, safetext.Clean(n), "", st.Muted, st.Muted, width)...)
	}
	return out
}

// standingOf is the standing of kind c, or nil when IRCC's rounds hold none of that kind.
func (s *standing) standingOf(c rounds.Category) *rounds.Standing {
	for i := range s.standings {
		if s.standings[i].Kind.Category == c {
			return &s.standings[i]
		}
	}
	return nil
}

// verdictLines are the cut-offs of a standing's rounds, each with its mark (✓ invited, ✗ cut-off
// not reached, ○ the round's list version not met, ? not assessed), then a line for each group of
// rounds ○ or ? saying why.
func (s *standing) verdictLines(st *Styles, sd *rounds.Standing, width int, plain bool) []string {
	t := resultText{st: st, c: s.c, plain: plain}
	cuts := make([]string, 0, len(sd.Rounds))
	for i := range sd.Rounds {
		v := &sd.Rounds[i]
		cuts = append(cuts, markStyle(st, v).Render(fmt.Sprintf("%s %s (%s)", v.Mark(), s.c.count(v.Round.CutOff), s.c.date(v.Round.Date))))
	}
	out := wrapItems(cuts, 4, width)
	for _, e := range sd.Excluded() {
		out = append(out, t.row(4, 2, e.Mark()+" "+safetext.Clean(e.StringIn(s.c.printer())), "", st.Muted, st.Muted, width)...)
	}
	return out
}

// markStyle is the style of a round's mark: good when invited, bad when the cut-off was not
// reached, muted when the round's list version is not met or it is not assessed.
func markStyle(st *Styles, v *rounds.Verdict) lipgloss.Style {
	switch {
	case v.Judged != rounds.Entered:
		return st.Muted
	case v.Reached:
		return st.Good
	}
	return st.Bad
}

// wrapItems puts items on lines of width, two spaces apart, indented.
func wrapItems(items []string, indent, width int) []string {
	var out []string
	line := strings.Repeat(" ", indent)
	n := 0
	for _, it := range items {
		w := ansi.StringWidth(it)
		if n > 0 && indent+n+2+w > width {
			out = append(out, line)
			line, n = strings.Repeat(" ", indent), 0
		}
		if n > 0 {
			line += "  "
			n += 2
		}
		line += it
		n += w
	}
	if n > 0 {
		out = append(out, line)
	}
	return out
}

// chartKind is a kind of round the chart can show, and whether the candidate could be invited in it.
type chartKind struct {
	cat   rounds.Category
	why   string
	yours bool
}

// chartKinds are the kinds the candidate could be invited in, then every other kind IRCC has held
// rounds of, for comparison.
func (s *standing) chartKinds(feed *rounds.Feed) []chartKind {
	var out []chartKind
	seen := map[rounds.Category]bool{}
	for _, sd := range s.standings {
		out = append(out, chartKind{cat: sd.Kind.Category, why: safetext.Clean(sd.Kind.WhyIn(s.c.printer())), yours: true})
		seen[sd.Kind.Category] = true
	}
	for _, c := range rounds.Categories() {
		if seen[c] || len(feed.Latest(c, 1)) == 0 {
			continue
		}
		out = append(out, chartKind{cat: c, why: s.notYours(c)})
	}
	return out
}

// notYours says why the candidate could not be invited in rounds of c now.
func (s *standing) notYours(c rounds.Category) string {
	lc := s.c
	if c == rounds.Other {
		return lc.t("scr_rd_other", nil)
	}
	if !c.Selection() || len(s.kinds) == 0 {
		return lc.t("scr_rd_not_yours", nil)
	}
	for _, k := range s.unmet {
		switch {
		case k.Category != c:
		case !s.fromJobs && k.Version.Experience != nil:
			return lc.t("scr_rd_needs_jobs", nil)
		default:
			return lc.t("scr_rd_not_met", i18n.Args{"Version": rounds.VersionIn(lc.printer(), k.Version),
				"Why": safetext.Clean(k.WhyIn(lc.printer()))})
		}
	}
	return lc.t("scr_rd_no_version", nil)
}

// barGlyphs are the eighths of a cell, empty to full.
var barGlyphs = [9]string{" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}

// cutoffChart draws the cut-offs of judged rounds (newest first) as bars, oldest at the left, with
// a dashed line at score and under each bar its mark (rounds.Verdict.Mark: ✓ invited, ✗ cut-off
// not reached, ○ list version not met, ? not assessed): the marks and the line say it all without
// colour. height is the rows of bars; the chart takes three more.
func cutoffChart(st *Styles, list []rounds.Verdict, score, width, height int) []string {
	return cutoffChartIn(&common{}, st, list, score, width, height)
}

// cutoffChartIn is cutoffChart in c's language.
func cutoffChartIn(c *common, st *Styles, list []rounds.Verdict, score, width, height int) []string {
	n := len(list)
	if n == 0 {
		return nil
	}
	lo, hi := score, score
	for _, r := range list {
		lo, hi = min(lo, r.Round.CutOff), max(hi, r.Round.CutOff)
	}
	pad := max(5, (hi-lo)/10)
	lo, hi = max(0, lo-pad), hi+pad
	span := hi - lo
	lw := len(strconv.Itoa(hi))
	marker := clamp((score-lo)*height/span, 0, height-1) // the row of the score, from the bottom
	label := map[int]string{height - 1: strconv.Itoa(hi), 0: strconv.Itoa(lo), marker: strconv.Itoa(score)}
	you := c.t("scr_rd_you", i18n.Args{"Score": strconv.Itoa(score)})
	bar := 1 // columns per round: a bar and a gap when they fit, for a wide window
	if lw+1+2*n+ansi.StringWidth(you) <= width {
		bar = 2
	}
	var out []string
	for row := height - 1; row >= 0; row-- {
		var b strings.Builder
		axis := "│"
		if l, ok := label[row]; ok {
			b.WriteString(fmt.Sprintf("%*s", lw, l))
			axis = "┤"
		} else {
			b.WriteString(strings.Repeat(" ", lw))
		}
		if row == marker {
			axis = "┼"
		}
		b.WriteString(st.Rule.Render(axis))
		gap := ""
		if bar == 2 {
			gap = " "
			if row == marker {
				gap = st.Accent.Render("┄")
			}
		}
		for i := n - 1; i >= 0; i-- {
			r := &list[i]
			if i < n-1 {
				b.WriteString(gap)
			}
			fill := clamp((r.Round.CutOff-lo)*height*8/span-row*8, 0, 8)
			if row == 0 {
				fill = max(fill, 1) // every round shows, however low
			}
			switch {
			case fill > 0:
				b.WriteString(markStyle(st, r).Render(barGlyphs[fill]))
			case row == marker:
				b.WriteString(st.Accent.Render("┄"))
			default:
				b.WriteByte(' ')
			}
		}
		if row == marker {
			b.WriteString(st.Accent.Render(you))
		}
		out = append(out, b.String())
	}
	var marks strings.Builder
	marks.WriteString(strings.Repeat(" ", lw) + st.Rule.Render("└"))
	for i := n - 1; i >= 0; i-- {
		if i < n-1 && bar == 2 {
			marks.WriteByte(' ')
		}
		marks.WriteString(markStyle(st, &list[i]).Render(list[i].Mark()))
	}
	out = append(out, marks.String())
	first, last := c.date(list[n-1].Round.Date), c.date(list[0].Round.Date)
	dates := strings.Repeat(" ", lw+1) + first
	if gap := n*bar - (bar - 1) - ansi.StringWidth(first) - ansi.StringWidth(last); gap >= 1 {
		dates += strings.Repeat(" ", gap) + last
	} else if n > 1 {
		dates += c.t("scr_rd_to", i18n.Args{"Last": last})
	}
	out = append(out, st.Muted.Render(dates))
	for i, l := range out {
		out[i] = ansi.Truncate(l, width, "")
	}
	return out
}

// chartWidth is how many rounds fit in a chart of width (the axis and "◀ you 555" take the rest).
func chartWidth(width int) int { return clamp(width-len(" ◀ you 1200")-6, 1, chartRounds) }

// thousands is a count of the pool in English: "15,263".
func thousands(n int) string { return i18n.For(i18n.En).Number(n) }

// thousandsIn is a count of the pool with its thousands grouped: "15,263", "15 263" in French.
func thousandsIn(c *common, n int) string { return c.printer().Number(n) }
