package tui

import (
	"context"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
)

// The update of IRCC's rounds, from the rounds screen (u) or from the round picker's "my round is
// not in the list": a box that names the address and asks first, then rounds.Update in a command
// the model cancels on esc or quit, then the new feed in every screen (the result's standing, the
// rounds screen, the round picker), or why not, with the old feed kept. It is the program's only
// use of the network, and EEWIZARD_OFFLINE=1 turns it off.

// updateFrom is where the update was asked for, which decides what its box's keys lead to.
type updateFrom int

const (
	fromRounds updateFrom = iota // the rounds screen's u
	fromPicker                   // the round picker's "my round is not in the list"
)

type (
	// updateAskMsg: the person asked to update the rounds.
	updateAskMsg struct{ from updateFrom }
	// updateStartMsg: the person said yes: download.
	updateStartMsg struct{}
	// updateCancelMsg: the person stopped the download.
	updateCancelMsg struct{}
	// updateDoneMsg: rounds.Update ended (err nil: feed is the feed in force now).
	updateDoneMsg struct {
		gen    int
		upd    rounds.Updated
		feed   *rounds.Feed
		source string
		err    error
	}
	// updateCloseMsg: the update's box was dismissed; byHand: type the ITA by hand next.
	updateCloseMsg struct{ byHand bool }
	// updateTickMsg: time to draw how much of download gen has arrived.
	updateTickMsg struct{ gen int }
)

// progressEvery is how often the box says how much has arrived.
const progressEvery = 250 * time.Millisecond

// progress is how much of the feed has arrived: written by the download, read by the box.
type progress struct{ done, total atomic.Int64 }

func (p *progress) report(done, total int64) { p.done.Store(done); p.total.Store(total) }

// words is "120 of 764 KiB", or "" before the first bytes.
func (p *progress) words() string {
	done := p.done.Load()
	if done == 0 {
		return ""
	}
	return rounds.ProgressWords(done, p.total.Load())
}

// wordsIn is words in pr's language.
func (p *progress) wordsIn(pr *i18n.Printer) string {
	done := p.done.Load()
	if done == 0 {
		return ""
	}
	return rounds.ProgressWordsIn(pr, done, p.total.Load())
}

func updateTick(gen int) tea.Cmd {
	return tea.Tick(progressEvery, func(time.Time) tea.Msg { return updateTickMsg{gen: gen} })
}

// offlineNote is what u says while the update is off.
const offlineNote = "Update off: " + rounds.OfflineEnv + "=1 keeps eewizard off the network; unset to update"

// offlineNoteIn is offlineNote in p's language.
func offlineNoteIn(p *i18n.Printer) string {
	return p.T("wiz_upd_offline", i18n.Args{"Env": rounds.OfflineEnv})
}

// updateCmd runs rounds.Update into the data directory; ctx stops it.
func updateCmd(ctx context.Context, c *common, gen int, prog *progress) tea.Cmd {
	url, tr, today := c.feedURL, c.transport, c.today
	return func() tea.Msg {
		dir, err := rounds.DataDir()
		if err != nil {
			return updateDoneMsg{gen: gen, err: err}
		}
		upd, err := rounds.Update(ctx, url, dir, today, rounds.DownloadOptions{Transport: tr, Progress: prog.report})
		if err != nil {
			return updateDoneMsg{gen: gen, err: err}
		}
		// The feed in force is the one just stored, which the next start loads (see rounds.Updated).
		return updateDoneMsg{gen: gen, upd: upd, feed: upd.After, source: filepath.Join(dir, rounds.FileName)}
	}
}

// askUpdate opens the update's box, or says why the update is off.
func (m *Model) askUpdate(from updateFrom) tea.Cmd {
	if rounds.Offline() {
		m.flash = offlineNoteIn(m.c.printer())
		if from == fromPicker && m.screen == screenWhatIf { // the fallback: the round typed by hand
			var cmd tea.Cmd
			m.whatif, cmd = m.whatif.update(whatifTypeITAMsg{})
			return cmd
		}
		return nil
	}
	m.dialog = newUpdateDialog(m.c, from)
	return nil
}

// startUpdate starts the download the box asked for.
func (m *Model) startUpdate() tea.Cmd {
	d, ok := m.dialog.(*updateDialog)
	if !ok {
		return nil
	}
	m.stopUpdate()
	ctx, cancel := context.WithCancel(context.Background())
	m.updateGen++
	m.cancelUpdate = cancel
	d.state, d.prog = updateRunning, &progress{}
	return tea.Batch(updateCmd(ctx, m.c, m.updateGen, d.prog), updateTick(m.updateGen))
}

// tick draws the progress again and asks for the next tick, while download gen runs.
func (m *Model) tick(msg updateTickMsg) tea.Cmd {
	if d, ok := m.dialog.(*updateDialog); ok && d.state == updateRunning && msg.gen == m.updateGen {
		return updateTick(msg.gen)
	}
	return nil
}

// stopUpdate cancels a download under way, if any.
func (m *Model) stopUpdate() {
	if m.cancelUpdate != nil {
		m.cancelUpdate()
		m.cancelUpdate = nil
	}
}

// updated takes the end of a download: the new feed everywhere and what changed, or why not.
func (m *Model) updated(msg updateDoneMsg) tea.Cmd {
	current := msg.gen == m.updateGen
	if current {
		m.stopUpdate()
	}
	d, open := m.dialog.(*updateDialog)
	if msg.err != nil {
		if current && open { // a cancelled download said so when it was cancelled
			d.state, d.err = updateFailed, msg.err
		}
		return nil
	}
	// A feed stored is the feed in force, even from a download cancelled too late to stop it.
	m.c.feed, m.c.feedSource, m.c.updated = msg.feed, safetext.Clean(msg.source), true
	m.c.lastUpdate = safetext.Clean(msg.upd.StringIn(m.c.printer()))
	m.result.refresh()
	if m.rounds.opened {
		m.rounds.open()
	}
	m.whatif.feedChanged()
	if open && current {
		m.dialog = nil
	}
	m.flash = m.c.printer().T("wiz_upd_updated", i18n.Args{"What": msg.upd.StringIn(m.c.printer())})
	return nil
}

// closeUpdate closes the update's box; byHand goes on to the ITA typed by hand.
func (m *Model) closeUpdate(byHand bool) tea.Cmd {
	m.dialog = nil
	if byHand && m.screen == screenWhatIf {
		var cmd tea.Cmd
		m.whatif, cmd = m.whatif.update(whatifTypeITAMsg{})
		return cmd
	}
	return nil
}

// updateState is where the update's box is.
type updateState int

const (
	updateAsking  updateState = iota // the confirmation
	updateRunning                    // downloading
	updateFailed                     // refused: why, the old feed kept
)

// updateDialog is the update's box: the confirmation that names the address, "downloading…",
// or why the update was refused.
type updateDialog struct {
	c     *common
	from  updateFrom
	state updateState
	err   error
	prog  *progress // while downloading
	keys  updateKeys
}

type updateKeys struct{ Yes, ByHand, Cancel, Stop, Close key.Binding }

func newUpdateDialog(c *common, from updateFrom) *updateDialog {
	t := func(id string) string { return c.printer().T(id, nil) }
	d := &updateDialog{c: c, from: from, keys: updateKeys{
		Yes:    key.NewBinding(key.WithKeys("y", "enter"), key.WithHelp("y", t("wiz_upd_k_download"))),
		ByHand: key.NewBinding(key.WithKeys("n", "t"), key.WithHelp("n", t("wiz_upd_k_by_hand"))),
		Cancel: key.NewBinding(key.WithKeys("esc", "n"), key.WithHelp("esc", t("wiz_upd_k_no"))),
		Stop:   key.NewBinding(key.WithKeys("esc", "q", "ctrl+q"), key.WithHelp("esc", t("wiz_upd_k_stop"))),
		Close:  key.NewBinding(key.WithKeys("esc", "enter"), key.WithHelp("esc", t("wiz_upd_k_close"))),
	}}
	if from == fromPicker {
		d.keys.Cancel.SetHelp("esc", t("wiz_upd_k_back"))
		d.keys.Cancel.SetKeys("esc")
		d.keys.Close = key.NewBinding(key.WithKeys("enter", "n", "t"), key.WithHelp("enter", t("wiz_upd_k_by_hand")))
	}
	return d
}

func (d *updateDialog) update(msg tea.Msg) (dialog, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return d, nil
	}
	switch d.state {
	case updateAsking:
		switch {
		case key.Matches(k, d.keys.Yes):
			return d, msgCmd(updateStartMsg{})
		case d.from == fromPicker && key.Matches(k, d.keys.ByHand):
			return d, msgCmd(updateCloseMsg{byHand: true})
		case key.Matches(k, d.keys.Cancel):
			return d, msgCmd(updateCloseMsg{})
		}
	case updateRunning:
		if key.Matches(k, d.keys.Stop) {
			return d, msgCmd(updateCancelMsg{})
		}
	case updateFailed:
		switch {
		case key.Matches(k, d.keys.Close):
			return d, msgCmd(updateCloseMsg{byHand: d.from == fromPicker})
		case key.Matches(k, d.keys.Cancel):
			return d, msgCmd(updateCloseMsg{})
		}
	}
	return d, nil
}

// view is the box; in a short window, without its blank lines and the sentence on the checks (the
// keys are in the footer too).
func (d *updateDialog) view() string {
	lines := d.lines(false)
	if rows := strings.Count(strings.Join(lines, "\n"), "\n") + 1; rows > d.c.height-3 { // the footer and the border
		lines = lines[:0]
		for _, l := range d.lines(true) {
			if l != "" {
				lines = append(lines, l)
			}
		}
	}
	return d.c.styles.Dialog.Render(strings.Join(lines, "\n"))
}

func (d *updateDialog) lines(compact bool) []string {
	st, p := d.c.styles, d.c.printer()
	t := func(id string) string { return p.T(id, nil) }
	w := max(20, min(76, d.c.width-8))
	para := func(s string) string { return strings.Join(wrapWords(s, w), "\n") }
	var lines []string
	switch d.state {
	case updateAsking:
		sent := t("wiz_upd_sent")
		if !compact {
			sent += " " + t("wiz_upd_checks")
		}
		title := t("wiz_upd_title")
		if d.from == fromPicker {
			title = t("wiz_upd_title_picker")
		}
		lines = []string{st.Bold.Render(ansi.Truncate(title, w, "…")), "",
			para(d.ends() + " " + t("wiz_upd_from")),
			st.Accent.Render(breakURL(d.c.feedURL, w)), "",
			para(sent), ""}
		lines = append(lines, st.Bold.Render("  y  ")+t("wiz_upd_k_download"))
		if d.from == fromPicker {
			lines = append(lines, st.Bold.Render("  n  ")+t("wiz_upd_by_hand"), st.Bold.Render("esc  ")+t("wiz_upd_k_back"))
		} else {
			lines = append(lines, st.Bold.Render("esc  ")+t("wiz_upd_k_no"))
		}
	case updateRunning:
		title := t("wiz_upd_downloading")
		if w := d.prog.wordsIn(p); w != "" {
			title += " " + w
		}
		lines = []string{st.Bold.Render(title), "", st.Accent.Render(breakURL(d.c.feedURL, w)), "",
			st.Bold.Render("esc  ") + t("wiz_upd_stop")}
	case updateFailed:
		lines = []string{st.Bad.Render(t("wiz_upd_failed")), "", st.Bad.Render(para(safetext.Clean(rounds.ErrorIn(p, d.err)))), "",
			para(p.T("wiz_upd_unchanged", i18n.Args{"Source": rounds.SourceIn(p, d.c.feedSource)})), ""}
		if d.from == fromPicker {
			lines = append(lines, st.Bold.Render("enter  ")+t("wiz_upd_by_hand"), st.Bold.Render("  esc  ")+t("wiz_upd_k_back"))
		} else {
			lines = append(lines, st.Bold.Render("esc  ")+t("wiz_upd_k_close"))
		}
	}
	return lines
}

// ends says where the rounds in use end: "IRCC's rounds here end on 2026-08-19 (round 437)."
func (d *updateDialog) ends() string {
	p := d.c.printer()
	if d.c.feed == nil || len(d.c.feed.Rounds) == 0 {
		return p.T("wiz_upd_no_rounds", nil)
	}
	n := d.c.feed.Rounds[0]
	return p.T("wiz_upd_ends", i18n.Args{"Date": p.Date(n.Date), "Number": n.Number})
}

func (d *updateDialog) help() []key.Binding {
	switch d.state {
	case updateRunning:
		return []key.Binding{d.keys.Stop}
	case updateFailed:
		if d.from == fromPicker {
			return []key.Binding{d.keys.Close, d.keys.Cancel}
		}
		return []key.Binding{d.keys.Close}
	}
	if d.from == fromPicker {
		return []key.Binding{d.keys.Yes, d.keys.ByHand, d.keys.Cancel}
	}
	return []key.Binding{d.keys.Yes, d.keys.Cancel}
}

// setSize does nothing: the box is drawn for the window's width each time.
func (d *updateDialog) setSize(int, int) {}

// breakURL puts an address on lines of width, broken after a slash where it must be.
func breakURL(url string, width int) string {
	var out []string
	for ansi.StringWidth(url) > width {
		cut := strings.LastIndex(url[:width], "/") + 1
		if cut <= 0 {
			cut = width
		}
		out = append(out, url[:cut])
		url = url[cut:]
	}
	return strings.Join(append(out, url), "\n")
}

// staleLine is a screen's note that IRCC's rounds are old, with hint when it fits the width.
func staleLine(st *Styles, note, hint string, width int) string {
	s := "! " + note
	if hint != "" && 1+ansi.StringWidth(s+hint) <= width {
		s += hint
	}
	return " " + st.Warn.Render(ansi.Truncate(s, width-1, "…"))
}
