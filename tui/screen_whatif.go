package tui

import (
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// whatifScreen answers "I have an ITA, and something changed: accept or decline?". The profile at
// the ITA is the session's profile as it was when the screen opened; the changes are made to a
// copy (a session of its own, asked with the wizard's own steps, or changed by a ready-made
// scenario), so the candidate's profile never changes here unless the person chooses "make this
// the profile". Every number comes from scoring.CompareITA; the layout is cached (compute, layout)
// and View only slices it.
type whatifScreen struct {
	c *common
	s *session
	pager

	opened  bool
	base    scoring.Profile // the profile at the ITA
	copy    *session        // the changed profile
	wiz     wizardScreen    // asks the copy's steps
	editing bool            // the wizard on the copy is showing
	dlg     dialog          // a box over the screen: the round picker, the ITA details, a menu

	hasITA bool
	ita    scoring.ITA

	applied     []scoring.Change // the scenarios applied, in order (their titles are written in the screens' language)
	edited      []stepID         // the steps changed by hand, in order
	beforeEdit  scoring.Profile
	kept        []keptScenario
	rulesITA    *scoring.Rules // in force on the ITA date
	res         scoring.WhatIf
	err         error // the ITA cannot be scored (no rules for its date)
	scenarios   []scoring.Change
	sets        []string
	setsOK      bool
	before, now scoring.Assessment // without an ITA (or with one that cannot be scored): both scored today

	helpLine string
	note     string                 // a one-off message in the footer, cleared by the next key
	noteSay  func(c *common) string // writes note in c's language (the language key writes it again)
}

// say sets the one-off note, written by f in the screens' language.
func (w *whatifScreen) say(f func(c *common) string) { w.note, w.noteSay = f(w.c), f }

// keptScenario is a changed profile kept to compare with others.
type keptScenario struct {
	name    string           // its changes in words, written again in the screens' language by compute
	applied []scoring.Change // the scenarios and steps it was made of
	edited  []stepID
	p       scoring.Profile
	w       scoring.WhatIf
	a       scoring.Assessment // scored today, when there is no ITA to compare with
	err     error
}

// Messages of the what-if's own boxes and of the wizard on its copy. The root passes them to the
// screen showing, which is the what-if.
type (
	whatifCloseMsg    struct{}                     // a box was dismissed
	whatifTypeITAMsg  struct{}                     // the round picker's "type it by hand"
	whatifRoundMsg    struct{ round rounds.Round } // a round was picked
	whatifITAMsg      struct{ ita scoring.ITA }    // the ITA details were given
	whatifScenarioMsg scenarioPick                 // apply ready-made scenario n
	whatifStepsMsg    struct{}                     // the step menu of the copy
	whatifEditMsg     struct{ step stepID }        // change a step of the copy
	whatifStepDoneMsg struct{}                     // the copy's step was answered
	whatifMakeMsg     struct{}                     // make the changed profile the profile (confirmed)
)

// scenarioPick is ready-made scenario n; ask: chosen in the menu, so a scenario that needs an
// answer (the code of a change of occupation) asks it first.
type scenarioPick struct {
	n   int
	ask bool
}

func whatifCloseCmd() tea.Msg    { return whatifCloseMsg{} }
func whatifStepsCmd() tea.Msg    { return whatifStepsMsg{} }
func whatifStepDoneCmd() tea.Msg { return whatifStepDoneMsg{} }

func newWhatIfScreen(c *common, s *session) whatifScreen {
	return whatifScreen{c: c, s: s}
}

// open shows the what-if for the session's profile. The first time (or after the profile changed
// on the result screen) it starts from that profile with no change; without an ITA yet, it opens
// the round picker.
func (w *whatifScreen) open() tea.Cmd {
	if !w.opened || w.base != w.s.current {
		w.reset()
		w.kept = nil
	}
	w.compute()
	if !w.hasITA {
		w.dlg = newRoundPicker(w.c, w.ita)
	}
	return nil
}

// reset starts the copy again from the profile at the ITA.
func (w *whatifScreen) reset() {
	w.opened = true
	w.base = w.s.current
	w.copy = newSession(w.c, &w.base, "")
	w.copy.complete, w.copy.present = true, w.s.present
	w.applied, w.edited, w.editing = nil, nil, false
	w.wiz = newWizardScreen(w.c, w.copy)
	w.wiz.doneCmd, w.wiz.stepsCmd = whatifStepDoneCmd, whatifStepsCmd
	w.wiz.title = w.copyTitle()
	w.wiz.onCopy = true
	w.wiz.SetSize(w.width, w.height)
}

// copyTitle is the title of the wizard on the copy.
func (w *whatifScreen) copyTitle() string {
	return w.c.styles.Title.Render("eewizard") + w.c.styles.Warn.Render(w.c.t("scr_wi_copy_title", nil))
}

// compute asks the engine again: the what-if, the scenarios, the kept ones; then lays it out.
func (w *whatifScreen) compute() {
	c := w.c
	w.copy.refresh(c)
	after := &w.copy.current
	r, day := c.rules, c.today
	w.err = nil
	if w.hasITA {
		w.rulesITA, w.err = c.allRules.At(w.ita.Date)
		if w.err == nil {
			w.res, w.err = scoring.CompareITA(c.allRules, &w.base, after, w.ita, c.today)
		}
		if w.err == nil {
			r, day = w.rulesITA, w.ita.Date
		}
	}
	w.before = scoring.Assess(r, &w.base, day)
	w.now = scoring.Assess(r, after, day)
	w.scenarios = scoring.Scenarios(r, after, day)
	for i := range w.scenarios {
		// A job's title is the person's own text: it reaches the screen cleaned.
		w.scenarios[i].Title = safetext.Clean(w.scenarios[i].Title)
	}
	w.sets = setLines(&w.base, after)
	w.setsOK = replays(r, w.base, w.sets, after)
	for i := range w.kept {
		k := &w.kept[i]
		k.name = strings.Join(w.changesOf(k.applied, k.edited, k.p), "; ")
		k.a = scoring.Assess(r, &k.p, day)
		k.err = w.err
		if w.hasITA && w.err == nil {
			k.w, k.err = scoring.CompareITA(c.allRules, &w.base, &k.p, w.ita, c.today)
		}
	}
	w.layout()
}

// valid reports whether there is an ITA the engine could compare with.
func (w *whatifScreen) valid() bool { return w.hasITA && w.err == nil }

// text is the what-if's text, for the screen and for accessible mode.
func (w *whatifScreen) text(st *Styles, plain bool) whatifText {
	t := whatifText{st: st, c: w.c, rules: w.c.rules, changes: w.changes(), sets: w.sets, setsOK: w.setsOK, replay: w.replay(),
		scenarios: w.scenarios, kept: w.kept, before: w.before, after: w.now, plain: plain}
	if w.valid() {
		t.w, t.rules = &w.res, w.rulesITA
	}
	return t
}

// changes says what was changed: the scenarios, then the steps changed by hand.
func (w *whatifScreen) changes() []string { return w.changesOf(w.applied, w.edited, w.copy.current) }

// changesOf says what scenarios applied and steps edited changed, making profile now.
func (w *whatifScreen) changesOf(applied []scoring.Change, edited []stepID, now scoring.Profile) []string {
	out := make([]string, 0, len(applied)+1)
	for i := range applied {
		out = append(out, changeTitle(w.c, &applied[i]))
	}
	if len(edited) > 0 && now != w.base {
		names := make([]string, len(edited))
		for i, id := range edited {
			names[i] = id.String() // the step's title: the wizard's text
		}
		out = append(out, w.c.t("scr_wi_changed_by_hand", i18n.Args{"Steps": strings.Join(names, ", ")}))
	}
	if len(out) == 0 && now != w.base {
		out = append(out, w.c.t("scr_wi_changed", nil))
	}
	return out
}

// changeTitle is a scenario's title in the screens' language, cleaned (a job's title is the
// person's own text).
func changeTitle(c *common, sc *scoring.Change) string {
	return safetext.Clean(report.ChangeTitleIn(c.printer(), sc))
}

// replay is the `eewizard whatif` command line of this ITA, to which the --set lines are added.
func (w *whatifScreen) replay() string {
	file := "PROFILE"
	if w.s.path != "" && w.s.saved == w.base && !w.s.present { // presenting: no file name (it can be the client's)
		file = safetext.Clean(filepath.Base(w.s.path))
	}
	args := []string{"eewizard whatif", file}
	if !w.hasITA {
		return strings.Join(append(args, "--ita-date DATE --cutoff N"), " ")
	}
	if w.ita.Round != "" {
		args = append(args, "--round "+w.ita.Round)
		if rd, ok := w.c.feed.Find(w.ita.Round); ok && rd.Date.Equal(w.ita.Date) && rd.Category.Program() == w.ita.Program {
			return strings.Join(args, " ")
		}
		args = append(args, "--ita-date "+w.ita.Date.Format(time.DateOnly))
	} else {
		args = append(args, "--ita-date "+w.ita.Date.Format(time.DateOnly), "--cutoff "+strconv.Itoa(w.ita.CutOff))
		if v := w.ita.Category; v != nil {
			args = append(args, "--category "+v.ID, "--category-version "+strconv.Itoa(v.Version))
		}
	}
	if w.ita.Program != "" {
		args = append(args, "--program "+w.ita.Program)
	}
	return strings.Join(args, " ")
}

// SetSize lays the screen out for a new size.
func (w *whatifScreen) SetSize(width, height int) {
	w.width, w.height = width, height
	w.lang = w.c
	if !w.opened {
		return
	}
	w.wiz.SetSize(width, height)
	if w.dlg != nil {
		w.dlg.setSize(width, height)
	}
	w.layout()
}

// layout lays the text out for the width: the two profiles side by side, then the table and the
// verdict beside the scenarios; one column under resultWideWidth.
func (w *whatifScreen) layout() {
	if w.width == 0 || !w.opened {
		return
	}
	st := w.c.styles
	t := w.text(st, false)
	w.header = w.headerLines()
	if w.width >= resultWideWidth {
		leftW := (w.width - 3) / 2
		rightW := w.width - leftW - 3
		left := append(t.moved(leftW), t.verdict(leftW)...)
		right := append(append(t.scenarioList(rightW), t.keptTable(rightW)...), t.consequences(rightW)...)
		w.lines = append(t.profiles(w.width, false), sideBySide(left, right, leftW, " │ ", st.Rule)...)
	} else {
		width := min(w.width, 100)
		w.lines = t.profiles(width, true)
		for _, part := range [][]string{t.moved(width), t.verdict(width), t.scenarioList(width), t.keptTable(width), t.consequences(width)} {
			w.lines = append(w.lines, part...)
		}
	}
	w.settle(w.c.styles)
	w.helpLine = w.c.helpView(w.help(), w.c.keys.Help)
}

// headerLines are the verdict in large letters beside it in words, both totals and the cut-off,
// and the deadline; then the ITA in one line and a rule. Without an ITA: how to give one.
func (w *whatifScreen) headerLines() []string {
	st := w.c.styles
	rule := st.Rule.Render(strings.Repeat("─", w.width))
	wrap := func(s string, style lipgloss.Style) []string {
		var out []string
		for _, l := range wrapWords(s, w.width-1) {
			out = append(out, " "+style.Render(l))
		}
		return out
	}
	switch {
	case !w.hasITA:
		out := wrap(w.c.t("scr_wi_no_ita", nil), st.Bold)
		out = append(out, wrap(w.c.t("scr_wi_no_ita_copy", nil), st.Muted)...)
		return append(out, rule)
	case w.err != nil:
		return append(wrap(w.c.t("scr_wi_cannot_compare", i18n.Args{"Date": w.c.date(w.ita.Date), "Err": whatIfErrorIn(w.c.printer(), w.err)}), st.Bad), rule)
	}
	res := &w.res
	style := verdictStyle(st, res.Verdict)
	mark := verdictMark(res.Verdict)
	word := w.c.t("scr_wi_big_decline", nil)
	if res.Verdict == scoring.Accept {
		word = w.c.t("scr_wi_big_accept", nil)
	}
	d := res.After.CRS.Total - res.Before.CRS.Total
	text := [3]string{
		style.Bold(true).Render(verdictWordsIn(w.c, res.Verdict, res.Expired)),
		w.c.t("scr_wi_totals", i18n.Args{"Before": w.c.count(res.Before.CRS.Total), "After": w.c.count(res.After.CRS.Total),
			"Change": plus(d), "CutOff": w.c.count(res.ITA.CutOff)}),
		deadlineShort(w.c, res),
	}
	big := bigWord(word)
	bigW := lipgloss.Width(big[0]) + 3
	var out []string
	room := w.width - bigW - 2
	fits := room >= 44
	for _, l := range text {
		fits = fits && lipgloss.Width(l) <= room
	}
	if !fits { // no room for large letters beside the words: the words alone, wrapped
		text[0] = mark + " " + verdictWordsIn(w.c, res.Verdict, res.Expired)
		for i, l := range text {
			for _, part := range wrapWords(l, w.width-1) {
				if i == 0 {
					part = style.Bold(true).Render(part)
				}
				out = append(out, " "+part)
			}
		}
	} else {
		marks := [3]string{" ", mark, " "}
		for i := range big {
			out = append(out, ansi.Truncate(" "+style.Render(marks[i]+" "+big[i])+"  "+text[i], w.width, "…"))
		}
	}
	out = append(out, wrap(itaWords(w.c, &res.ITA), st.Muted)...)
	if note := w.c.stale(); note != "" && res.ITA.Round != "" { // the round came from data that is old
		out = append(out, staleLines(st, note, "", w.width)...)
	}
	return append(out, rule)
}

// feedChanged takes IRCC's rounds after an update: the text again, and the round picker's list.
func (w *whatifScreen) feedChanged() {
	if !w.opened {
		return
	}
	if _, ok := w.dlg.(*roundPicker); ok {
		w.dlg = newRoundPicker(w.c, w.ita)
		w.dlg.setSize(w.width, w.height)
	}
	w.layout()
}

func (w whatifScreen) help() []key.Binding {
	k := &w.c.keys
	keys := w.scrollHelp(k.Up, k.Leave, k.PickRound, k.ITADetails, k.Scenario, k.ChangeStep, k.Keep, k.MakeProfile, k.Undo)
	return append(keys, k.Scenarios, k.Drop, k.Checklist, k.Save)
}

// footer is the key help line, or a one-off note.
func (w whatifScreen) footer() string {
	switch {
	case w.dlg != nil:
		return w.c.helpView(w.dlg.help())
	case w.editing:
		return w.wiz.helpLine
	case w.note != "":
		return w.c.styles.Accent.Render(ansi.Truncate(w.note, w.width, "…"))
	}
	return w.helpLine
}

func (w whatifScreen) update(msg tea.Msg) (whatifScreen, tea.Cmd) {
	switch msg := msg.(type) {
	case whatifCloseMsg:
		w.dlg = nil
		return w, nil
	case whatifTypeITAMsg:
		d := newITADialog(w.c, w.itaOrDefault())
		w.dlg = d
		return w, d.form.Init()
	case whatifRoundMsg:
		w.dlg = nil
		rd := msg.round
		w.ita = roundITA(w.c, &rd)
		w.hasITA = true
		w.compute()
		w.say(func(c *common) string {
			return c.t("scr_wi_note_round", i18n.Args{"Round": rd.Number, "CutOff": c.count(rd.CutOff), "Date": c.date(rd.Date)})
		})
		return w, nil
	case whatifITAMsg:
		w.dlg = nil
		w.ita, w.hasITA = msg.ita, true
		w.compute()
		return w, nil
	case whatifScenarioMsg:
		w.dlg = nil
		if msg.ask && msg.n >= 0 && msg.n < len(w.scenarios) {
			if job, ok := occupationJob(w.scenarios[msg.n].ID); ok {
				// A change of occupation asks its code: the suggestion, or any other.
				_, code, _ := strings.Cut(w.scenarios[msg.n].ID, ":")
				d := newOccupationDialog(w.c, w.scenarioRules(), &w.copy.current, w.scenarioDay(), job, code)
				w.dlg = d
				return w, d.form.Init()
			}
		}
		w.apply(msg.n)
		return w, nil
	case whatifChangeMsg:
		w.dlg = nil
		w.applyChange(msg.change)
		return w, nil
	case whatifStepsMsg:
		w.dlg = w.stepMenu()
		return w.playBack(nil, w.wiz.takeHeld())
	case whatifEditMsg:
		w.dlg = nil
		if !w.editing {
			w.beforeEdit = w.copy.current
		}
		w.editing = true
		if !containsStep(w.edited, msg.step) {
			w.edited = append(w.edited, msg.step)
		}
		return w, w.wiz.edit(msg.step, true, "")
	case whatifStepDoneMsg:
		w.dlg = nil
		held := w.wiz.takeHeld()
		return w.playBack(w.stepDone(), held)
	case whatifMakeMsg:
		w.dlg = nil
		return w, msgCmd(makeProfileMsg{draft: w.copy.draft})
	}

	var cmd tea.Cmd
	switch {
	case w.dlg != nil:
		w.dlg, cmd = w.dlg.update(msg)
		return w, cmd
	case w.editing:
		w.wiz, cmd = w.wiz.update(msg)
		return w, cmd
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return w, nil
	}
	w.note, w.noteSay = "", nil
	keys := &w.c.keys
	switch {
	case key.Matches(k, keys.Leave):
		return w, backToResultCmd
	case key.Matches(k, keys.QuitShort):
		return w, quitCmd
	case key.Matches(k, keys.PickRound):
		w.dlg = newRoundPicker(w.c, w.ita)
	case key.Matches(k, keys.ITADetails):
		d := newITADialog(w.c, w.itaOrDefault())
		w.dlg = d
		return w, d.form.Init()
	case key.Matches(k, keys.Scenario):
		w.apply(int(k.Runes[0] - '1'))
	case key.Matches(k, keys.Scenarios):
		w.dlg = newScenarioMenu(w.c, w.scenarios)
	case key.Matches(k, keys.ChangeStep):
		w.dlg = w.stepMenu()
	case key.Matches(k, keys.Keep):
		w.keep()
	case key.Matches(k, keys.Drop):
		if n := len(w.kept); n > 0 {
			name := w.kept[n-1].name // the scenario is gone: its name stays in the language it was dropped in
			w.say(func(c *common) string {
				return c.t("scr_wi_note_dropped", i18n.Args{"Letter": string(rune('A' + (n-1)%26)), "Name": name})
			})
			w.kept = w.kept[:n-1]
			w.layout()
		}
	case key.Matches(k, keys.Checklist):
		w.checklistKey()
	case key.Matches(k, keys.Undo):
		w.reset()
		w.compute()
		w.say(func(c *common) string { return c.t("scr_wi_note_undo", nil) })
	case key.Matches(k, keys.MakeProfile):
		if w.copy.current == w.base {
			w.say(func(c *common) string { return c.t("scr_wi_note_nothing_to_make", nil) })
			break
		}
		w.dlg = newConfirmDialog(w.c, w.c.t("scr_wi_make_title", nil), w.c.t("scr_wi_make_text", nil), msgCmd(whatifMakeMsg{}))
	case w.scrollKey(keys, k):
	}
	w.settle(w.c.styles)
	return w, nil
}

// playBack plays back keys the copy's wizard held while leaving its step.
func (w whatifScreen) playBack(cmd tea.Cmd, keys []tea.KeyMsg) (whatifScreen, tea.Cmd) {
	return playKeys(w, whatifScreen.update, cmd, keys)
}

// stepDone is the end of a step of the copy: back to the what-if, or to the first answer that
// cannot be read.
func (w *whatifScreen) stepDone() tea.Cmd {
	w.copy.refresh(w.c)
	if p, id, ok := w.copy.firstProblem(); ok {
		w.editing = true
		return w.wiz.edit(id, true, w.c.t("scr_wi_fix_first", i18n.Args{"Msg": p.Msg}))
	}
	w.editing = false
	w.wiz.reviewing = false
	w.compute()
	if w.copy.current == w.beforeEdit {
		w.say(func(c *common) string { return c.t("scr_wi_note_no_answer_changed", nil) })
	}
	return nil
}

// stepMenu lists the copy's steps; its last item goes back to the what-if.
func (w *whatifScreen) stepMenu() stepMenu {
	m := newStepMenu(w.c, w.copy, w.wiz.step, w.editing)
	m.showResult, m.title, m.backLabel = true, w.c.t("scr_wi_menu_title", nil), w.c.t("scr_wi_menu_back", nil)
	m.pick = func(id stepID) tea.Cmd { return msgCmd(whatifEditMsg{step: id}) }
	m.back, m.close = whatifStepDoneCmd, whatifCloseCmd
	return m
}

func containsStep(list []stepID, id stepID) bool {
	for _, s := range list {
		if s == id {
			return true
		}
	}
	return false
}

// View draws the header, the visible part of the body, and the box on top if one is open.
func (w whatifScreen) View() string {
	if w.editing {
		v := w.wiz.View()
		if w.dlg != nil {
			v = overlay(v, w.dlg.view(), w.width, w.height)
		}
		return v
	}
	var b strings.Builder
	st := w.c.styles
	right := st.Muted.Render(w.c.t("scr_wi_status", i18n.Args{"Source": w.c.source}))
	w.write(&b, spread(titleLineIn(w.c.p, st, w.s), right, w.width))
	if w.dlg != nil {
		return overlay(b.String(), w.dlg.view(), w.width, w.height)
	}
	return b.String()
}
