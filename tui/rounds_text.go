package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/plural"
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
	score     int
	source    string
	kinds     []rounds.Kind     // the kinds of round the candidate could be invited in
	standings []rounds.Standing // the last standingRounds rounds of each kind with rounds, each judged
	notes     []string          // the categories in force not met, and why (rounds.CategoryNotes)
	unmet     []rounds.Kind     // the categories in force not met, for the chart's other kinds
	fromJobs  bool              // the profile gives jobs, not year counts
	pos       rounds.Position
	hasPos    bool
}

func newStanding(c *common, a *scoring.Assessment, p *scoring.Profile) standing {
	s := standing{score: a.CRS.Total, source: c.feedSource, kinds: rounds.KindsFor(c.rules, a, p), fromJobs: a.Work.FromJobs}
	s.standings = c.feed.Standings(c.rules, a, s.kinds, standingRounds)
	s.notes = rounds.CategoryNotes(c.rules, a)
	_, s.unmet = rounds.CategoryKinds(c.rules, a)
	if c.feed != nil {
		s.pos, s.hasPos = c.feed.PositionOf(s.score)
	}
	return s
}

// poolWords is the score's place in the pool, as `eewizard improve` says it.
func (s *standing) poolWords() string {
	if !s.hasPos {
		return "IRCC's rounds hold no score distribution of the pool to compare with."
	}
	about := ""
	if s.pos.Approx {
		about = "about "
	}
	return fmt.Sprintf("%s%.1f%% of the %s candidates in the pool on %s score higher (%s%s).", about, s.pos.Percent,
		thousands(s.pos.Total), s.pos.AsOf.Format(time.DateOnly), about, thousands(s.pos.Above))
}

// summary is the standing in one line, for the result screen: the most recent kind of round the
// candidate could be invited in, and the pool. short drops words for a narrow window.
func (s *standing) summary(short bool) string {
	var part string
	switch {
	case len(s.kinds) == 0 && short:
		part = "Not eligible for a round yet"
	case len(s.kinds) == 0:
		part = "No round could invite this profile yet (not eligible for a program)"
	case len(s.standings) == 0:
		part = "No round of the kinds this profile could be invited in"
	default:
		st := s.standings[s.newest()]
		last := "the last "
		if short {
			last = ""
		}
		part = fmt.Sprintf("%s rounds: invited in %d of %s%d", shortKind(st.Kind.Category), st.Invited, last, len(st.Rounds))
	}
	if s.hasPos {
		about := ""
		if s.pos.Approx {
			about = "about "
		}
		if short && s.pos.Percent >= 10 {
			part += fmt.Sprintf("; pool: %s%.0f%% score higher", about, s.pos.Percent)
		} else if short {
			part += fmt.Sprintf("; pool: %s%.1f%% score higher", about, s.pos.Percent)
		} else {
			part += fmt.Sprintf("; %s%.1f%% of the pool scores higher", about, s.pos.Percent)
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
func shortKind(c rounds.Category) string {
	switch c {
	case rounds.General:
		return "General"
	case rounds.CEC, rounds.PNP, rounds.FSW, rounds.FST:
		return strings.ToUpper(c.String())
	case rounds.French:
		return "French"
	}
	return c.Title()
}

// lines are, for each kind of round the candidate could be invited in, in how many of the last
// rounds the score would have been invited, and each cut-off with its mark (verdictLines); then the
// categories in force not met, and why.
func (s *standing) lines(st *Styles, width int, plain bool) []string {
	t := resultText{st: st, plain: plain}
	out := t.row(0, 0, fmt.Sprintf("The rounds you could be invited in (the last %d of each kind)", standingRounds), "", st.Section, st.Section, width)
	if len(s.kinds) == 0 {
		out = append(out, t.row(2, 2, "Not eligible for any program yet, so no round could invite this profile.", "", st.Bad, st.Bad, width)...)
	}
	for _, k := range s.kinds {
		sd := s.standingOf(k.Category)
		if sd == nil {
			out = append(out, t.row(2, 4, fmt.Sprintf("%s · %s: no round of this kind in IRCC's rounds", k.Category.Title(), safetext.Clean(k.Why)), "",
				st.Bold, st.Bold, width)...)
			continue
		}
		out = append(out, t.row(2, 4, k.Category.Title()+" · "+safetext.Clean(k.Why), "", st.Bold, st.Bold, width)...)
		out = append(out, t.row(4, 2, fmt.Sprintf("Your score would have been invited in %d of the last %s of this kind.",
			sd.Invited, plural.Count(len(sd.Rounds), "round", "rounds")), "", lipgloss.NewStyle(), lipgloss.NewStyle(), width)...)
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
	t := resultText{st: st, plain: plain}
	cuts := make([]string, 0, len(sd.Rounds))
	for i := range sd.Rounds {
		v := &sd.Rounds[i]
		cuts = append(cuts, markStyle(st, v).Render(fmt.Sprintf("%s %d (%s)", v.Mark(), v.Round.CutOff, v.Round.Date.Format(time.DateOnly))))
	}
	out := wrapItems(cuts, 4, width)
	for _, e := range sd.Excluded() {
		out = append(out, t.row(4, 2, e.Mark()+" "+safetext.Clean(e.String()), "", st.Muted, st.Muted, width)...)
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
		out = append(out, chartKind{cat: sd.Kind.Category, why: safetext.Clean(sd.Kind.Why), yours: true})
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
	if c == rounds.Other {
		return "a kind of round these rules do not know: not assessed"
	}
	if !c.Selection() || len(s.kinds) == 0 {
		return "not a kind of round this profile could be invited in now"
	}
	for _, k := range s.unmet {
		switch {
		case k.Category != c:
		case !s.fromJobs && k.Version.Experience != nil:
			return "an occupation category: judged from jobs with their NOC codes, and this profile gives years of work only"
		default:
			return fmt.Sprintf("%s, in force today, is not met: %s", k.Version, safetext.Clean(k.Why))
		}
	}
	return "no version of this category is in force today in these rules"
}

// barGlyphs are the eighths of a cell, empty to full.
var barGlyphs = [9]string{" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}

// cutoffChart draws the cut-offs of judged rounds (newest first) as bars, oldest at the left, with
// a dashed line at score and under each bar its mark (rounds.Verdict.Mark: ✓ invited, ✗ cut-off
// not reached, ○ list version not met, ? not assessed): the marks and the line say it all without
// colour. height is the rows of bars; the chart takes three more.
func cutoffChart(st *Styles, list []rounds.Verdict, score, width, height int) []string {
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
	you := " ◀ you " + strconv.Itoa(score)
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
	first, last := list[n-1].Round.Date.Format(time.DateOnly), list[0].Round.Date.Format(time.DateOnly)
	dates := strings.Repeat(" ", lw+1) + first
	if gap := n*bar - (bar - 1) - len(first) - len(last); gap >= 1 {
		dates += strings.Repeat(" ", gap) + last
	} else if n > 1 {
		dates += " to " + last
	}
	out = append(out, st.Muted.Render(dates))
	for i, l := range out {
		out[i] = ansi.Truncate(l, width, "")
	}
	return out
}

// chartWidth is how many rounds fit in a chart of width (the axis and "◀ you 555" take the rest).
func chartWidth(width int) int { return clamp(width-len(" ◀ you 1200")-6, 1, chartRounds) }

func thousands(n int) string { return strings.TrimPrefix(scoring.Dollars(n), "$") }
