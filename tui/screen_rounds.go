package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
)

// roundsScreen is where the score stands against IRCC's rounds: the place in the pool, a chart of
// the cut-offs of one kind of round over time with the score marked (left/right picks the kind),
// and for each kind the candidate could be invited in, the last rounds with ✓ or ✗ and in how many
// the score would have been invited, each round judged (a category round with the list version it
// was held under: ○ when that version is not met, ? when not assessed). The figures are the rounds
// package's (KindsFor, Standings, Judge, PositionOf); the layout is cached and View only slices it.
type roundsScreen struct {
	c *common
	s *session
	pager

	st     standing
	kinds  []chartKind
	kind   int // the kind the chart shows
	opened bool

	helpLine string
}

func newRoundsScreen(c *common, s *session) roundsScreen { return roundsScreen{c: c, s: s} }

// open takes the session's score and shows the first kind the candidate could be invited in.
func (r *roundsScreen) open() {
	r.st = newStanding(r.c, &r.s.a, &r.s.current)
	r.kinds = r.st.chartKinds(r.c.feed)
	r.kind, r.offset, r.opened = 0, 0, true
	if len(r.st.standings) > 0 { // the kind the result screen's line speaks of
		r.kind = r.st.newest()
	}
	r.layout()
}

// SetSize lays the screen out for a new size.
func (r *roundsScreen) SetSize(width, height int) {
	r.width, r.height = width, height
	r.lang = r.c
	r.layout()
}

func (r *roundsScreen) layout() {
	if r.width == 0 || !r.opened {
		return
	}
	st := r.c.styles
	width := min(r.width, 120)
	r.header = nil
	where := r.c.t("scr_rd_where", i18n.Args{"Score": r.c.count(r.st.score), "Pool": r.st.poolWords()})
	for _, l := range wrapWords(where, width-1) {
		r.header = append(r.header, " "+st.Bold.Render(l))
	}
	if note := r.c.stale(); note != "" {
		r.header = append(r.header, staleLines(st, note, r.c.t("scr_rd_stale_keys", nil), width)...)
	}
	r.header = append(r.header, st.Rule.Render(strings.Repeat("─", r.width)))

	r.lines = append(r.chartLines(width), "")
	r.lines = append(r.lines, r.st.lines(st, width, false)...)
	r.lines = append(r.lines, "", st.Muted.Render(ansi.Truncate(r.c.t("scr_rd_source", i18n.Args{"Source": rounds.SourceIn(r.c.printer(), r.st.source)}), width, "…")))
	if r.c.lastUpdate != "" { // what the update changed, whole (the footer's line may be cut); the update's words are the rounds' text
		for _, l := range wrapWords(r.c.t("scr_rd_updated", i18n.Args{"What": r.c.lastUpdate}), width) {
			r.lines = append(r.lines, st.Muted.Render(l))
		}
	}
	r.settle(r.c.styles)
	r.helpLine = r.c.helpView(r.help(), r.c.keys.Help)
}

// chartLines is the chart of the kind chosen: its title, in how many of its rounds the score would
// have been invited, and the bars.
func (r *roundsScreen) chartLines(width int) []string {
	st := r.c.styles
	c := r.c
	t := resultText{st: st, c: c}
	if len(r.kinds) == 0 {
		return t.row(0, 0, c.t("scr_rd_no_chart", nil), "", st.Muted, st.Muted, width)
	}
	k := r.kinds[r.kind]
	judged := c.feed.Judge(c.rules, &r.s.a, k.cat, chartWidth(width))
	list := judged.Rounds
	nav := c.t("scr_rd_nav", i18n.Args{"N": c.count(r.kind + 1), "Of": c.count(len(r.kinds))})
	out := t.row(0, 2, c.n("scr_rd_chart_title", len(list), i18n.Args{"Kind": k.cat.TitleIn(c.printer())}), nav, st.Section, st.Muted, width)
	style := st.Muted
	if !k.yours {
		style = st.Warn
	}
	out = append(out, t.row(2, 2, "("+k.why+")", "", style, style, width)...)
	out = append(out, t.row(2, 2, c.n("scr_rd_invited_of", len(list), i18n.Args{"Invited": c.count(judged.Invited)}), "",
		st.Bold, st.Bold, width)...)
	for _, e := range judged.Excluded() { // the ○ and ? under the bars, said once for each version
		out = append(out, t.row(2, 4, e.Mark()+" "+safetext.Clean(e.StringIn(c.printer())), "", st.Muted, st.Muted, width)...)
	}
	// The bars take what the body has left after the lines around them, within reason.
	rows := clamp(r.height/2-4, 4, 16)
	return append(out, cutoffChartIn(c, st, list, r.st.score, width, rows)...)
}

func (r roundsScreen) help() []key.Binding {
	k := &r.c.keys
	update := k.UpdateRounds
	if rounds.Offline() {
		update.SetHelp("u", r.c.t("scr_rd_update_off", nil))
	}
	return r.scrollHelp(k.Up, k.Leave, k.Kind, update, k.WhatIf, k.QuitShort, k.Save)
}

func (r roundsScreen) update(msg tea.Msg) (roundsScreen, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return r, nil
	}
	keys := &r.c.keys
	switch {
	case key.Matches(k, keys.Leave):
		return r, backToResultCmd
	case key.Matches(k, keys.QuitShort):
		return r, quitCmd
	case key.Matches(k, keys.WhatIf):
		return r, openWhatIfCmd
	case key.Matches(k, keys.UpdateRounds):
		return r, msgCmd(updateAskMsg{from: fromRounds})
	case key.Matches(k, keys.Kind):
		if n := len(r.kinds); n > 0 {
			step := 1
			if s := k.String(); s == "left" || s == "shift+tab" || s == "h" {
				step = n - 1
			}
			r.kind = (r.kind + step) % n
			r.layout()
		}
	case r.scrollKey(keys, k):
	}
	r.settle(r.c.styles)
	return r, nil
}

// View draws the header and the visible part of the body.
func (r roundsScreen) View() string {
	var b strings.Builder
	st := r.c.styles
	right := st.Muted.Render(r.c.t("scr_rd_status", nil))
	r.write(&b, spread(titleLineIn(r.c.p, st, r.s), right, r.width))
	return b.String()
}
