package tui

import (
	"context"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/eewizard/eewizard/clientreport"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
)

// screen names what fills the window. To add a screen: add it here, give Model a field for it,
// and route to it in Update, View and setSize; bind its key on the result screen, which sends the
// message that switches to it.
type screen int

const (
	screenWizard screen = iota
	screenResult
	screenWhatIf  // after an ITA: accept or decline (w)
	screenRounds  // the score against IRCC's rounds and pool (r)
	screenCompare // who should be the principal applicant (c)
)

// dialog is a box on top of a screen (the step menu, save, quit). While one is open it gets the
// keys; the screen under it keeps its state.
type dialog interface {
	update(msg tea.Msg) (dialog, tea.Cmd)
	view() string
	help() []key.Binding
	setSize(width, height int)
}

// Model is the root model of the program: the wizard and the result screen, the dialogs over them,
// and the session they share. It routes messages; the screens decide what their keys mean.
type Model struct {
	c       *common
	s       *session
	screen  screen
	wizard  wizardScreen
	result  resultScreen
	whatif  whatifScreen
	rounds  roundsScreen
	compare compareScreen
	dialog  dialog // nil: none open
	flash   string // a one-off message in the footer ("Saved to …"), cleared by the next key
	margin  int    // columns left blank on each side of a window wider than maxLayoutWidth

	interrupted bool // quit with ctrl+c
	quitting    bool

	updateGen    int                // the number of the newest update of the rounds started
	cancelUpdate context.CancelFunc // stops the update under way (nil: none)
}

// Init starts the first screen.
func (m Model) Init() tea.Cmd {
	if m.screen == screenWizard {
		return m.wizard.form.Init()
	}
	return nil
}

// Update routes a message: global keys first, then the messages screens send, then the open
// dialog or the current screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.setSize(msg.Width, msg.Height)
		return m, nil
	case tea.KeyMsg:
		if keys := oneByOne(msg); keys != nil {
			return m.replay(nil, keys)
		}
		m.flash = ""
		switch {
		case key.Matches(msg, m.c.keys.Interrupt):
			m.interrupted = true
			m.end()
			return m, tea.Quit
		case key.Matches(msg, m.c.keys.Lang) && (m.dialog != nil || m.screen != screenWizard || !m.wizard.busy()):
			return m, m.relang()
		case m.dialog != nil: // an open dialog has every other key
		case m.screen == screenWizard && m.wizard.busy(): // the wizard holds it, to keep the keys in order
		case m.c.asksHelp(msg, m.typing()):
			m.dialog = newHelpDialog(m.c, m.screenKeys(), m.screenNotes()...)
			return m, nil
		case m.presentKey(msg):
			m.togglePresent()
			return m, nil
		case key.Matches(msg, m.c.keys.Save):
			return m, m.save(false)
		case key.Matches(msg, m.c.keys.Quit):
			return m, m.quit()
		}
	case wizardYieldMsg:
		return m.replay(nil, m.wizard.takeHeld())
	case wizardDoneMsg, showResultMsg:
		held := m.wizard.takeHeld()
		return m.replay(m.showResult(), held)
	case editStepMsg:
		m.dialog, m.screen = nil, screenWizard
		return m, m.wizard.edit(msg.step, m.s.complete, "")
	case openStepsMsg:
		m.dialog = newStepMenu(m.c, m.s, m.wizard.step, m.screen == screenWizard)
		held := m.wizard.takeHeld()
		return m.replay(nil, held)
	case closeDialogMsg:
		m.dialog = nil
		return m, nil
	case saveMsg:
		m.dialog = nil
		return m, m.save(msg.thenQuit)
	case saveAsMsg:
		m.dialog = nil
		return m, saveCmd(msg.path, m.s.path, m.s.current, msg.thenQuit)
	case savedMsg:
		return m, m.saved(msg)
	case exportMsg:
		return m, m.export()
	case exportAsMsg:
		m.dialog = nil
		return m, m.writeReportCmd(msg.path)
	case exportedMsg:
		m.exported(msg)
		return m, nil
	case quitMsg:
		return m, m.quit()
	case discardMsg:
		m.end()
		return m, tea.Quit
	case openWhatIfMsg:
		m.screen = screenWhatIf
		return m, m.whatif.open()
	case openRoundsMsg:
		m.screen = screenRounds
		m.rounds.open()
		return m, nil
	case openCompareMsg:
		m.screen = screenCompare
		m.compare.open()
		return m, nil
	case backToResultMsg:
		m.screen = screenResult
		return m, nil
	case updateAskMsg:
		return m, m.askUpdate(msg.from)
	case updateStartMsg:
		return m, m.startUpdate()
	case updateCancelMsg:
		m.stopUpdate()
		m.updateGen++ // its end, when it comes, is no longer the current update's
		m.dialog, m.flash = nil, m.c.p.T("wiz_update_stopped", nil)
		return m, nil
	case updateDoneMsg:
		return m, m.updated(msg)
	case updateTickMsg:
		return m, m.tick(msg)
	case updateCloseMsg:
		return m, m.closeUpdate(msg.byHand)
	case makeProfileMsg:
		m.s.draft = msg.draft
		cmd := m.showResult()
		m.flash = m.c.p.T("wiz_made_profile", nil)
		return m, cmd
	}

	var cmd tea.Cmd
	switch {
	case m.dialog != nil:
		m.dialog, cmd = m.dialog.update(msg)
	case m.screen == screenWizard:
		m.wizard, cmd = m.wizard.update(msg)
	case m.screen == screenResult:
		m.result, cmd = m.result.update(msg)
	case m.screen == screenWhatIf:
		m.whatif, cmd = m.whatif.update(msg)
	case m.screen == screenRounds:
		m.rounds, cmd = m.rounds.update(msg)
	case m.screen == screenCompare:
		m.compare, cmd = m.compare.update(msg)
	}
	return m, cmd
}

// typing reports whether the key goes into a text field (where ? is text, not the key list).
func (m *Model) typing() bool {
	switch m.screen {
	case screenWizard:
		return m.wizard.typing()
	case screenWhatIf:
		if m.whatif.editing {
			return m.whatif.wiz.typing()
		}
		return m.whatif.dlg != nil
	}
	return false
}

// screenKeys is every key of what shows, for the list of keys.
func (m *Model) screenKeys() []key.Binding {
	switch m.screen {
	case screenWizard:
		return m.wizard.fullHelp()
	case screenWhatIf:
		switch {
		case m.whatif.editing:
			return m.whatif.wiz.fullHelp()
		case m.whatif.dlg != nil && m.whatif.presentable():
			return append(m.whatif.dlg.help(), m.c.keys.PresentCtrl)
		case m.whatif.dlg != nil:
			return m.whatif.dlg.help()
		}
		return append(m.whatif.help(), m.c.keys.PresentCtrl)
	case screenRounds:
		return append(m.rounds.help(), m.c.keys.Present)
	case screenCompare:
		return append(m.compare.help(), m.c.keys.Present)
	}
	return m.result.help()
}

// screenNotes is what the screen's numbers stand on, for the list of keys: the rules and their
// checked dates; on the rounds screen, IRCC's rounds and whether they are old.
func (m *Model) screenNotes() []string {
	if m.screen == screenWizard {
		return nil
	}
	p := m.c.printer() // wiz_notes_marks says the rounds screen's marks (rounds.Verdict.Mark)
	rules := p.T("wiz_notes_rules", i18n.Args{"Source": m.c.source})
	if checked := m.c.checkedDates(); checked != "" {
		rules = p.T("wiz_notes_rules_checked", i18n.Args{"Source": m.c.source, "Checked": checked})
	}
	notes := []string{rules}
	if m.screen == screenRounds {
		notes = append(notes, p.T("wiz_notes_marks", nil), p.T("wiz_notes_feed", i18n.Args{"Source": rounds.SourceIn(p, m.c.feedSource)}))
		if note := rounds.StalenessIn(p, m.c.feed, m.c.today); note != "" {
			notes = append(notes, p.T("wiz_notes_stale", i18n.Args{"Note": note}))
		}
	}
	return notes
}

// oneByOne splits keys typed faster than they are read, which Bubble Tea delivers as one message
// with several runes ("e7"), into one message a key, so that each does what it does alone (e opens
// the steps, 7 picks one; jj moves down twice). A paste stays whole: it is text for a field. Nil
// when msg is a single key.
func oneByOne(msg tea.KeyMsg) []tea.KeyMsg {
	if msg.Type != tea.KeyRunes || msg.Paste || len(msg.Runes) < 2 {
		return nil
	}
	keys := make([]tea.KeyMsg, len(msg.Runes))
	for i, r := range msg.Runes {
		keys[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}
	}
	return keys
}

// replay plays back keys the wizard held while leaving its screen, on whatever shows now.
func (m Model) replay(cmd tea.Cmd, keys []tea.KeyMsg) (tea.Model, tea.Cmd) {
	return playKeys(tea.Model(m), tea.Model.Update, cmd, keys)
}

// playKeys gives keys, in order, to update, from s on, and returns what s becomes with cmd and the
// keys' commands batched.
func playKeys[S any](s S, update func(S, tea.Msg) (S, tea.Cmd), cmd tea.Cmd, keys []tea.KeyMsg) (S, tea.Cmd) {
	cmds := []tea.Cmd{cmd}
	for _, k := range keys {
		var c tea.Cmd
		s, c = update(s, k)
		cmds = append(cmds, c)
	}
	return s, tea.Batch(cmds...)
}

// maxLayoutWidth is the widest the screens are laid out; a wider window centres them.
const maxLayoutWidth = 160

// setSize lays every screen out for a new window size.
func (m *Model) setSize(w, h int) {
	m.c.width, m.c.height = min(w, maxLayoutWidth), h
	m.margin = max(0, (w-maxLayoutWidth)/2)
	// Every screen gets the size, not only the one showing, so a switch never shows a stale layout.
	m.wizard.SetSize(m.c.width, h-1)
	m.result.SetSize(m.c.width, h-1)
	m.whatif.SetSize(m.c.width, h-1)
	m.rounds.SetSize(m.c.width, h-1)
	m.compare.SetSize(m.c.width, h-1)
	if m.dialog != nil {
		m.dialog.setSize(m.c.width, h-1)
	}
}

// showResult shows the result when every answer can be read, or the step of the first that cannot.
func (m *Model) showResult() tea.Cmd {
	m.s.refresh(m.c)
	if p, id, ok := m.s.firstProblem(); ok {
		m.screen = screenWizard
		return m.wizard.edit(id, m.s.complete, m.c.p.T("wiz_fix_first", i18n.Args{"Problem": p.In(m.c.p)}))
	}
	m.s.complete = true
	m.wizard.reviewing = false
	m.result.refresh()
	m.screen = screenResult
	return nil
}

// save writes the profile where it came from, or asks where the first time.
func (m *Model) save(thenQuit bool) tea.Cmd {
	m.s.refresh(m.c)
	if p, id, ok := m.s.firstProblem(); ok {
		m.flash = m.c.p.T("wiz_not_saved_problem", i18n.Args{"Step": id.TitleIn(m.c.p), "Problem": p.In(m.c.p)})
		return nil
	}
	if m.s.path == "" {
		name := m.s.current.Name
		if m.s.present {
			name = clientreport.PresentName
		}
		d := newSaveDialog(m.c, defaultFileName(name), thenQuit)
		m.dialog = d
		return d.form.Init()
	}
	return saveCmd(m.s.path, m.s.path, m.s.current, thenQuit)
}

func (m *Model) saved(msg savedMsg) tea.Cmd {
	if msg.err != nil {
		m.flash = m.c.p.T("wiz_not_saved", i18n.Args{"Err": errIn(m.c.p, msg.err)})
		return nil
	}
	m.s.path, m.s.saved, m.s.savedNow = msg.path, msg.profile, true
	m.flash = m.c.p.T("wiz_saved_to", i18n.Args{"Path": m.s.shownPath(msg.path)})
	if msg.thenQuit {
		m.end()
		return tea.Quit
	}
	return nil
}

// end is the end of the program: a download under way stops.
func (m *Model) end() {
	m.stopUpdate()
	m.quitting = true
}

// quit quits, or asks first when answers are unsaved.
func (m *Model) quit() tea.Cmd {
	m.s.refresh(m.c)
	if !m.s.dirty() {
		m.end()
		return tea.Quit
	}
	m.dialog = newQuitDialog(m.c, m.s)
	return nil
}

// View draws the current screen (or the dialog over it) and the footer.
func (m Model) View() string {
	w, h := m.c.width, m.c.height
	switch {
	case m.quitting:
		return ""
	case w == 0 || h == 0:
		return "" // no size yet: the first WindowSizeMsg is on its way
	case w < minWidth || h < minHeight:
		msg := m.c.p.T("wiz_too_small", i18n.Args{"W": w, "H": h, "MinW": minWidth, "MinH": minHeight})
		return ansi.Wordwrap(msg, w, "")
	}
	var body, footer string
	switch m.screen {
	case screenWizard:
		body, footer = m.wizard.View(), m.wizard.helpLine
	case screenWhatIf:
		body, footer = m.whatif.View(), m.whatif.footer()
	case screenRounds:
		body, footer = m.rounds.View(), m.rounds.helpLine
	case screenCompare:
		body, footer = m.compare.View(), m.compare.helpLine
	default:
		body, footer = m.result.View(), m.result.helpLine
	}
	if m.dialog != nil { // over the screen, with the dialog's keys below
		body, footer = overlay(body, m.dialog.view(), w, h-1), m.c.helpView(m.dialog.help())
	}
	if m.flash != "" { // a one-off message takes the key help's place until the next key
		var lines []string
		footer, lines = m.flashLines()
		body = dropLastLines(body, len(lines)-1)
	}
	if m.margin == 0 {
		return body + "\n" + footer
	}
	pad := strings.Repeat(" ", m.margin)
	return pad + strings.ReplaceAll(body+"\n"+footer, "\n", "\n"+pad)
}

// titleLine is the left of every screen's first line: the program, the profile's name, its file,
// and whether the answers are saved.
func titleLine(st *Styles, s *session) string { return titleLineIn(i18n.For(i18n.En), st, s) }

// titleLineIn is titleLine in p's language.
func titleLineIn(p *i18n.Printer, st *Styles, s *session) string {
	name := s.current.Name
	if s.present {
		name = clientreport.PresentName
	}
	if name == "" {
		name = p.T("wiz_new_profile", nil)
		if s.complete {
			name = p.T("wiz_unnamed_profile", nil)
		}
	}
	out := st.Title.Render("eewizard") + st.Muted.Render(" · "+safetext.Clean(name))
	if s.path != "" && !s.present {
		out += st.Muted.Render(" · " + safetext.Clean(filepath.Base(s.path)))
	}
	if s.present {
		out += st.Accent.Render(" · " + p.T("wiz_presentation_mode", nil))
	}
	if s.dirty() {
		out += st.Warn.Render(" ● " + p.T("wiz_unsaved", nil))
	}
	return out
}

// overlay draws box in the middle of body (a screen of width w and height h). The rows the box
// takes are blank beside it: a cut line of the screen beside a box reads as stray letters. The
// rest of the screen stays visible above and below it.
func overlay(body, box string, w, h int) string {
	lines := strings.Split(body, "\n")
	for len(lines) < h {
		lines = append(lines, "")
	}
	rows := strings.Split(box, "\n")
	bw := lipgloss.Width(box)
	x, y := max(0, (w-bw)/2), max(0, (h-len(rows))/2)
	left := strings.Repeat(" ", x)
	for i, row := range rows {
		if y+i >= len(lines) {
			break
		}
		lines[y+i] = left + row + strings.Repeat(" ", max(0, w-x-lipgloss.Width(row)))
	}
	return strings.Join(lines[:h], "\n")
}

// maxFlashLines is the most lines a one-off message takes at the foot of the screen.
const maxFlashLines = 3

// flashLines is the one-off message wrapped to the width (a save refused says why, and what to
// do, whole), in at most maxFlashLines lines, rendered, and its lines.
func (m *Model) flashLines() (string, []string) {
	lines := strings.Split(ansi.Wrap(safetext.Clean(m.flash), m.c.width, " "), "\n")
	if len(lines) > maxFlashLines {
		lines = lines[:maxFlashLines]
		lines[maxFlashLines-1] = ansi.Truncate(lines[maxFlashLines-1]+" …", m.c.width, "…")
	}
	return m.c.styles.Accent.Render(strings.Join(lines, "\n")), lines
}

// dropLastLines removes the last n lines of s, to make room below it.
func dropLastLines(s string, n int) string {
	if n <= 0 {
		return s
	}
	lines := strings.Split(s, "\n")
	return strings.Join(lines[:max(0, len(lines)-n)], "\n")
}
