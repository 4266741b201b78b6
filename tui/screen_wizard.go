package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
	"github.com/eewizard/eewizard/tui/jobs"
)

// hintLines is the room for the line under the form (an error that says what is allowed can
// take two).
const hintLines = 2

// panelWidth is the width of the wizard's side panel (running total and steps) on wide terminals.
const panelWidth = 36

// wizardScreen asks the questions, one step at a time, with the running CRS total in view. Each
// visit to a step builds a fresh huh form bound to the session's draft.
type wizardScreen struct {
	c             *common
	width, height int
	s             *session
	step          stepID
	form          *huh.Form
	first         huh.Field   // the step's first field: shift+tab there goes to the previous step
	fields        []huh.Field // every field of the step's form, to lay out again on a resize
	pageOf        []int       // the page of each of fields (the language key puts the focus back)
	startTotal    int         // the CRS total when the step opened, to show what the step changed
	note          string      // a message about the step ("Fix this first: …")
	helpLine      string      // the key help, drawn once per size

	// reviewing is set when a step is edited from the result: finishing it returns to the result,
	// after asking the steps that the change made apply (before says which applied already).
	reviewing bool
	before    [numSteps]bool

	// Keys held while a move of the form is on its way (burst.go).
	move moving
	gen  int // the number of the latest move expected
	held []tea.KeyMsg

	// The what-if asks the same steps of a copy of the profile: it gives its own messages for
	// "done" and "the step menu", and its own title.
	doneCmd  tea.Cmd
	stepsCmd tea.Cmd
	title    string // "" : the program's title line
	onCopy   bool   // asks the what-if's copy: ctrl+s would save the profile, not the copy, so it is not offered

	// The work step with a work history shows its list of jobs until tab (screen_jobs.go).
	jobList jobs.List
	inJobs  bool
}

func newWizardScreen(c *common, s *session) wizardScreen {
	w := wizardScreen{c: c, s: s, doneCmd: wizardDoneCmd, stepsCmd: openStepsCmd}
	w.open(stepAbout, "")
	return w
}

// open shows a step with a fresh form built from the answers so far, and returns its Init; the
// work step with a work history shows its list of jobs first.
func (w *wizardScreen) open(id stepID, note string) tea.Cmd {
	cmd := w.openForm(id, note)
	w.inJobs = false
	if w.s.draft.listsJobs(id) {
		w.openJobs() // the form's Init runs when the list is done (tab)
		return nil
	}
	return cmd
}

// openForm shows a step's form, built fresh from the answers so far, and returns its Init.
func (w *wizardScreen) openForm(id stepID, note string) tea.Cmd {
	w.step, w.note, w.move = id, note, settled
	b := formBuilder{p: w.c.p, d: &w.s.draft, r: w.c.rules, today: w.c.today, present: w.s.present}
	pages := b.pages(id)
	groups := make([]*huh.Group, len(pages))
	w.fields, w.pageOf = w.fields[:0], w.pageOf[:0]
	for i, p := range pages {
		w.fields = append(w.fields, p.fields...)
		for range p.fields {
			w.pageOf = append(w.pageOf, i)
		}
		groups[i] = huh.NewGroup(p.fields...)
		if p.hide != nil {
			groups[i].WithHideFunc(p.hide)
		}
	}
	w.first = pages[0].fields[0]
	w.form = huh.NewForm(groups...).
		WithTheme(w.c.styles.Form).
		WithKeyMap(formKeyMapIn(w.c.p)).
		WithShowHelp(false).
		WithShowErrors(false)
	w.sizeForm()
	w.s.refresh(w.c) // building a choice can settle an answer (a second language that no longer fits)
	w.startTotal = w.s.a.CRS.Total
	w.helpLine = w.c.helpView(w.help(), w.moreKeys()...)
	return w.form.Init()
}

// edit opens a step on request. review: the profile has a result, so finishing the step returns
// to it.
func (w *wizardScreen) edit(id stepID, review bool, note string) tea.Cmd {
	if review && !w.reviewing {
		w.reviewing = true
		for s := stepID(0); s < numSteps; s++ {
			w.before[s] = s.applies(&w.s.draft)
		}
	}
	return w.open(id, note)
}

// SetSize lays the screen out for a new size.
func (w *wizardScreen) SetSize(width, height int) {
	w.width, w.height = width, height
	w.sizeForm()
	w.helpLine = w.c.helpView(w.help(), w.moreKeys()...)
}

// formSize is the room left for the form: the width beside the panel, the height between the
// header and the hint line.
func (w *wizardScreen) formSize() (int, int) {
	width, height := w.width, w.height
	chrome := 6 // header, progress bar, blank, blank, two lines of hint
	if w.c.wide() {
		width -= panelWidth + 3
	} else {
		chrome++ // the running total line
	}
	return max(20, min(width, 90)), max(4, height-chrome)
}

func (w *wizardScreen) sizeForm() {
	if w.form == nil || w.width == 0 {
		return
	}
	fw, _ := w.formSize()
	// The form is laid out at its full height, every field as tall as its content, and View shows
	// the part around the focused field (cropToFocus). A field huh gives a height is drawn wrong:
	// huh v1.0.0's Select, once given one, puts its chosen option at the top of its window on every
	// update (field_select.go, updateViewportHeight), hiding the options above it and leaving blank
	// rows under the last; and a group only ever lowers a field's height. So the form is never
	// given the window's height: with no height of its own, huh sizes each group to the tallest
	// group's content on a WindowSizeMsg (form.go), which shrinks no field.
	w.form.WithWidth(fw).WithHeight(0)
	for _, f := range w.fields {
		f.WithHeight(0)
	}
	// huh lays a group's fields out again only on an update: pass it the size so the next frame is
	// drawn for the new width, not wrapped for the old one.
	w.form.Update(tea.WindowSizeMsg{Width: fw, Height: fullHeight})
}

// fullHeight is a height no step's form reaches: huh sizes its groups to their content within it.
const fullHeight = 1 << 12

// cropToFocus is height lines of a form's view: all of it when it fits; else the focused field
// (huh's focused theme marks its lines with ┃) and its cursor line (the first "┃ >": a list's
// chosen option, a text field's prompt) in view, scrolled as little as that needs, with two lines
// after the cursor where the field goes on (more options below).
func cropToFocus(view string, height int) string {
	lines := strings.Split(view, "\n")
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1] // huh pads a group to the tallest group's height
	}
	if len(lines) <= height {
		return strings.Join(lines, "\n")
	}
	top, bottom, cursor := -1, -1, -1
	for i, l := range lines {
		s := ansi.Strip(l)
		if !strings.HasPrefix(s, "┃") {
			continue
		}
		if top < 0 {
			top = i
		}
		bottom = i
		if cursor < 0 && strings.HasPrefix(strings.TrimPrefix(s, "┃"), " >") {
			cursor = i
		}
	}
	start := 0
	switch {
	case top < 0: // no field has focus
	case bottom-top < height: // the whole field fits: as little scrolling as shows it
		start = min(top, max(0, bottom-height+1))
	default:
		if cursor < 0 {
			cursor = top
		}
		start = max(top, min(cursor, cursor+min(2, bottom-cursor)-height+1))
	}
	start = max(0, min(start, len(lines)-height))
	return strings.Join(lines[start:start+height], "\n")
}

func (w wizardScreen) update(msg tea.Msg) (wizardScreen, tea.Cmd) {
	k, isKey := msg.(tea.KeyMsg)
	switch probe, isProbe := msg.(settleProbeMsg); {
	case isKey && w.busy():
		w.hold(k) // a move of the form is on its way: the key is for the field it goes to
		return w, nil
	case isProbe:
		if probe.gen == w.gen && (w.move == fieldMove || w.move == groupMove) {
			w.move = settled // the move never came: the keys held are for the field that has focus
		}
		return w.replay(nil)
	}
	if w.inJobs {
		return w.updateJobs(msg)
	}
	keys := &w.c.keys
	if isKey {
		w.note = ""
		switch {
		case key.Matches(k, keys.Back) && w.form.GetFocusedField() == w.first && w.s.draft.listsJobs(w.step):
			w.openJobs() // back from the step's first question to its list of jobs
			return w, nil
		case key.Matches(k, keys.WorkMode) && asksWork(w.step):
			return w.replay(w.useJobs())
		case key.Matches(k, keys.PrevStep),
			key.Matches(k, keys.Back) && w.form.GetFocusedField() == w.first:
			return w.replay(w.prev())
		case key.Matches(k, keys.NextStep):
			return w.replay(w.skip())
		case key.Matches(k, keys.Steps):
			w.move = leaving // the keys after it are for the step menu
			return w, w.stepsCmd
		}
	}
	move := moveOf(msg)
	before := w.form.GetFocusedField()
	m, cmd := w.form.Update(msg)
	w.form = m.(*huh.Form)
	if isKey {
		w.s.refresh(w.c)
	}
	switch {
	case w.form.State == huh.StateCompleted:
		w.move = settled
		return w.replay(tea.Batch(cmd, w.finish()))
	case isKey && cmd != nil && asksMove(k, w.form.GetFocusedField()):
		return w, w.expect(fieldMove, cmd)
	case move == fieldMove && w.move == fieldMove && w.form.GetFocusedField() == before:
		return w, w.expect(groupMove, cmd) // the last field of its page: the page moves next
	case move != settled && (w.move == fieldMove || w.move == groupMove):
		w.move = settled
		return w.replay(cmd)
	}
	return w, cmd
}

// prev goes to the previous step that applies; the answers of this one are kept as they are.
func (w *wizardScreen) prev() tea.Cmd {
	for id := w.step - 1; id >= 0; id-- {
		if id.applies(&w.s.draft) {
			return w.open(id, "")
		}
	}
	w.note = w.c.p.T("wiz_first_step", nil)
	return nil
}

// skip moves on from a step without going through its fields, when its answers can be read.
func (w *wizardScreen) skip() tea.Cmd {
	w.s.refresh(w.c)
	for _, p := range w.s.problems {
		if stepOf(p.Key) == w.step {
			w.note = p.In(w.c.p)
			return nil
		}
	}
	return w.next(false)
}

// finish goes to the next step that applies, or says the wizard is done. When reviewing, only the
// steps that did not apply before are asked.
func (w *wizardScreen) finish() tea.Cmd { return w.next(w.reviewing) }

// next opens the step after this one that applies (and, with onlyNew, did not apply before the
// review began), or says the wizard is done. pgdn asks for the next step: it passes false, so the
// key does what its help says when a step is edited from the result too.
func (w *wizardScreen) next(onlyNew bool) tea.Cmd {
	w.s.refresh(w.c)
	for id := w.step + 1; id < numSteps; id++ {
		if id.applies(&w.s.draft) && !(onlyNew && w.before[id]) {
			return w.open(id, "")
		}
	}
	w.move = leaving // the keys after the last step are for the screen that comes next
	return w.doneCmd
}

// position is the step's number among the steps that apply, and how many apply.
func (w *wizardScreen) position() (int, int) {
	list := applicable(&w.s.draft)
	for i, id := range list {
		if id == w.step {
			return i + 1, len(list)
		}
	}
	return 1, len(list)
}

// help is the keys for the footer, most needed first.
func (w wizardScreen) help() []key.Binding {
	k := &w.c.keys
	if w.inJobs {
		return w.jobsHelp()
	}
	if asksWork(w.step) && !w.s.draft.listsJobs(w.step) {
		if w.onCopy {
			return []key.Binding{k.Next, k.Back, k.WorkMode, k.Step, k.Steps, k.Quit}
		}
		return []key.Binding{k.Next, k.Back, k.WorkMode, k.Step, k.Steps, k.Save, k.Quit}
	}
	if w.onCopy {
		return []key.Binding{k.Next, k.Back, k.Step, k.Steps, k.Quit}
	}
	return []key.Binding{k.Next, k.Back, k.Step, k.Steps, k.Save, k.Quit}
}

// fullHelp is every key of the wizard, for the list of keys (f1).
func (w wizardScreen) fullHelp() []key.Binding {
	k := &w.c.keys
	if w.inJobs {
		return w.jobsFullHelp()
	}
	keys := []key.Binding{k.Next, k.Back, k.Step, k.Steps, k.Move, k.YesNo}
	if asksWork(w.step) {
		keys = append(keys, k.WorkMode)
	}
	if w.onCopy {
		return append(keys, k.Quit, k.Interrupt)
	}
	return append(keys, k.Save, k.Quit, k.Interrupt)
}

// View draws the header, the progress, the form with the running total, and the hint line.
func (w wizardScreen) View() string {
	st := w.c.styles
	width := w.width
	n, total := w.position()
	var b strings.Builder

	title := w.title
	if title == "" {
		title = titleLineIn(w.c.p, st, w.s)
	}
	// The step's name stays beside a long title (a name, a file, "● unsaved"): shorter forms first.
	p := w.c.p
	args := i18n.Args{"N": n, "Total": total, "Step": w.step.TitleIn(p)}
	right := p.T("wiz_step_of_named", args)
	for _, r := range []string{right, fmt.Sprintf("%d/%d · %s", n, total, w.step.TitleIn(p)), p.T("wiz_step_of", args)} {
		if lipgloss.Width(title)+1+ansi.StringWidth(r) <= width {
			right = r
			break
		}
	}
	b.WriteString(spread(title, st.Bold.Render(right), width))
	b.WriteString("\n")
	b.WriteString(progressBar(st, n, total, width))
	b.WriteString("\n")
	if !w.c.wide() {
		b.WriteString(ansi.Truncate(w.totalLine(), width, "…"))
		b.WriteString("\n")
	}
	b.WriteString("\n")

	fw, fh := w.formSize()
	body := cropToFocus(w.form.View(), fh)
	if w.inJobs {
		body = w.jobList.View(fw, fh)
	}
	form := lipgloss.NewStyle().Width(fw).Height(fh).MaxHeight(fh).Render(body)
	if w.c.wide() { // the panel at the right edge, under the step's name
		gap := strings.Repeat(" ", max(2, width-fw-panelWidth-1))
		form = lipgloss.JoinHorizontal(lipgloss.Top, form, gap, w.panel(fh))
	}
	b.WriteString(form)
	b.WriteString("\n\n")
	hint := strings.SplitN(ansi.Wrap(w.hintLine(), width, " "), "\n", hintLines+1)
	if len(hint) > hintLines {
		hint = hint[:hintLines]
		hint[hintLines-1] = ansi.Truncate(hint[hintLines-1]+" …", width, "…")
	}
	b.WriteString(strings.Join(hint, "\n"))
	b.WriteString(strings.Repeat("\n", hintLines-len(hint)))
	return b.String()
}

// totalLine is the running total in one line, for narrow terminals.
func (w wizardScreen) totalLine() string {
	st := w.c.styles
	crs := &w.s.a.CRS
	p := w.c.p
	s := st.Bold.Render(p.T("wiz_crs_so_far_n", i18n.Args{"Total": crs.Total})) + delta(st, crs.Total-w.startTotal)
	s += st.Muted.Render(fmt.Sprintf(" · A %d B %d C %d D %d · ", crs.Core, crs.Spouse, crs.Transferability, crs.Additional))
	return s + programMarksIn(p, st, &w.s.a)
}

// panel is the side panel of wide terminals: the running total, the programs and the steps.
func (w wizardScreen) panel(height int) string {
	st := w.c.styles
	a := &w.s.a
	var b strings.Builder
	p := w.c.p
	b.WriteString(st.Muted.Render(p.T("wiz_crs_so_far", nil)) + delta(st, a.CRS.Total-w.startTotal) + "\n")
	for _, row := range bigNumber(a.CRS.Total) {
		b.WriteString(st.Total.Render(row) + "\n")
	}
	b.WriteString(st.Muted.Render(p.T("wiz_n_of_max", i18n.Args{"N": p.Count(a.CRS.Total), "Max": p.Count(w.c.rules.CRS.Total)})) + "\n\n")
	for s := scoring.Section(0); s < scoring.NumSections; s++ {
		b.WriteString(spread(p.T("wiz_section_short_"+s.Key(), nil), fmt.Sprint(a.CRS.Section(s)), panelWidth-2) + "\n")
	}
	b.WriteString("\n" + programMarksIn(p, st, a) + "\n")
	for _, l := range fitWords(w.categoryLine(), panelWidth-2) {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n")
	here := map[stepID]bool{}
	for _, p := range w.s.problems {
		here[stepOf(p.Key)] = true
	}
	for i, id := range applicable(&w.s.draft) {
		mark, style := "  ", st.Muted
		switch {
		case id == w.step:
			mark, style = "▸ ", st.Selected
		case here[id]:
			mark = "✗ "
		}
		// A title longer than the panel goes on under itself, in French (which runs longer); the
		// English panel is as it was (its goldens), which cuts "Family, funds and ties to Can…".
		head := fmt.Sprintf("%s%d ", mark, i+1)
		if p.Lang() == i18n.En {
			b.WriteString(style.Render(ansi.Truncate(head+id.TitleIn(p), panelWidth-2, "…")) + "\n")
			continue
		}
		indent := strings.Repeat(" ", ansi.StringWidth(head))
		for j, l := range fitWords(id.TitleIn(p), panelWidth-2-len(indent)) {
			if j > 0 {
				head = indent
			}
			b.WriteString(style.Render(head+l) + "\n")
		}
	}
	return st.Panel.Width(panelWidth).MaxHeight(height).Render(strings.TrimSuffix(b.String(), "\n"))
}

// hintLine is the error of the field, the step's note, or what the answer being typed gives.
func (w wizardScreen) hintLine() string {
	st := w.c.styles
	if w.inJobs {
		if w.note != "" {
			return st.Warn.Render("! " + w.note)
		}
		cats := w.categoryLine()
		more := w.moreJobsKeys()
		switch {
		case more == "":
			return cats
		case cats == "":
			return more
		case lipgloss.Width(cats) <= w.width: // the categories first: a second line only when they fit in one
			return cats + "\n" + more
		}
		return cats
	}
	if errs := w.form.Errors(); len(errs) > 0 {
		return st.Bad.Render("✗ " + errs[0].Error())
	}
	if w.note != "" {
		return st.Warn.Render("! " + w.note)
	}
	if f := w.form.GetFocusedField(); f != nil {
		if h := hint(w.c, w.s, f.GetKey()); h != "" {
			return st.Accent.Render("→ " + h)
		}
	}
	return ""
}

// delta is " (+24)" when the step changed the total, "" when it did not.
func delta(st *Styles, d int) string {
	switch {
	case d > 0:
		return st.Good.Render(fmt.Sprintf(" (+%d)", d))
	case d < 0:
		return st.Bad.Render(fmt.Sprintf(" (%d)", d))
	}
	return ""
}

// programMarks is "FSW ✓ CEC ✗ FST ✗".
func programMarks(st *Styles, a *scoring.Assessment) string {
	return programMarksIn(i18n.For(i18n.En), st, a)
}

// programMarksIn is programMarks in p's language ("PTQF ✓ CEC ✗ PTMSF ✗").
func programMarksIn(lp *i18n.Printer, st *Styles, a *scoring.Assessment) string {
	parts := make([]string, 0, scoring.NumPrograms)
	for i := range a.Programs {
		p := &a.Programs[i]
		if p.Eligible {
			parts = append(parts, st.Good.Render(p.ID.AcronymIn(lp)+" ✓"))
		} else {
			parts = append(parts, st.Bad.Render(p.ID.AcronymIn(lp)+" ✗"))
		}
	}
	return strings.Join(parts, " ")
}

// progressBar is "━━━━━━──────────" for step n of total.
func progressBar(st *Styles, n, total, width int) string {
	if total == 0 || width <= 0 {
		return ""
	}
	done := width * n / total
	return st.Done.Render(strings.Repeat("━", done)) + st.Todo.Render(strings.Repeat("─", width-done))
}

// spread puts left and right at the two ends of a line of width (right is dropped when both do
// not fit).
func spread(left, right string, width int) string {
	lw, rw := lipgloss.Width(left), lipgloss.Width(right)
	if lw+rw+1 > width {
		return ansi.Truncate(left, width, "…")
	}
	return left + strings.Repeat(" ", width-lw-rw) + right
}

// moreKeys are the keys the footer always names: the list of keys, and in French the language key
// (the English footers are as they were; their list of keys names it).
func (w wizardScreen) moreKeys() []key.Binding {
	if w.c.p.Lang() == i18n.Fr {
		return []key.Binding{w.c.keys.Lang, w.c.keys.HelpF1}
	}
	return []key.Binding{w.c.keys.HelpF1}
}
