package tui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// roundPicker is IRCC's rounds, newest first, filtered by what is typed (a number, a date, a
// kind: "437", "2026-08", "cec", "french"). Its first line types the ITA by hand instead.
type roundPicker struct {
	c             *common
	all           []rounds.Round
	hay           []string // each round's words, lower case, for the filter
	shown         []int    // indexes into all that match the filter
	filter        textinput.Model
	cursor        int // 0: type by hand; i: shown[i-1]
	offset        int // first round line shown
	width, height int
}

func newRoundPicker(c *common, ita scoring.ITA) *roundPicker {
	d := &roundPicker{c: c}
	if c.feed != nil {
		d.all = c.feed.Rounds
	}
	d.hay = make([]string, len(d.all))
	for i, r := range d.all {
		d.hay[i] = strings.ToLower(fmt.Sprintf("#%s %s %s %s %s cut-off %d", r.Number, r.Date.Format(time.DateOnly),
			r.Category, r.Category.TitleIn(c.printer()), r.NameIn(c.printer()), r.CutOff))
	}
	d.filter = textinput.New()
	d.filter.Prompt = c.t("scr_dlg_filter", nil)
	d.filter.Placeholder = c.t("scr_dlg_filter_hint", nil)
	d.filter.CharLimit = 40
	d.filter.Cursor.SetMode(cursor.CursorStatic)
	d.filter.Focus()
	d.refilter()
	if ita.Round != "" { // the round picked before is where the cursor starts
		for i, idx := range d.shown {
			if d.all[idx].Number == ita.Round {
				d.cursor = i + 1
			}
		}
	}
	d.setSize(c.width, c.height)
	return d
}

func (d *roundPicker) refilter() {
	words := strings.Fields(strings.ToLower(d.filter.Value()))
	d.shown = d.shown[:0]
	for i, h := range d.hay {
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(h, w)
		}
		if ok {
			d.shown = append(d.shown, i)
		}
	}
	d.cursor = clamp(d.cursor, 0, len(d.shown))
	if len(words) > 0 && len(d.shown) > 0 && d.cursor == 0 {
		d.cursor = 1 // filtering is looking for a round: the first match is chosen
	}
}

// rows is the number of round lines the box shows (fewer by the lines that say the rounds are old).
func (d *roundPicker) rows() int {
	return clamp(d.height-10-len(d.staleNote()), 3, 20)
}

// staleNote is the note that the rounds are old, wrapped to the box ("! " and the words under
// it), or nothing while they are recent.
func (d *roundPicker) staleNote() []string {
	note := d.c.stale()
	if note == "" {
		return nil
	}
	if w := d.width - 4; ansi.StringWidth("! "+note) <= w {
		return []string{"! " + note}
	}
	lines := wrapWords("! "+note, d.width-6)
	for i := 1; i < len(lines); i++ {
		lines[i] = "  " + lines[i]
	}
	return lines
}

// offerUpdate reports whether "my round is not in the list" offers to update the rounds first
// (while EEWIZARD_OFFLINE=1, it says the update is off): not once they were updated in this run.
func (d *roundPicker) offerUpdate() bool { return !d.c.updated }

func (d *roundPicker) setSize(width, height int) {
	d.width, d.height = max(30, min(100, width-4)), height
	d.filter.Width = max(10, d.width-4-len(d.filter.Prompt)-2)
}

func (d *roundPicker) update(msg tea.Msg) (dialog, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		var cmd tea.Cmd
		d.filter, cmd = d.filter.Update(msg)
		return d, cmd
	}
	keys := &d.c.keys
	n := len(d.shown) + 1
	switch {
	case key.Matches(k, keys.Cancel):
		if d.filter.Value() != "" {
			d.filter.SetValue("")
			d.refilter()
			return d, nil
		}
		return d, whatifCloseCmd
	case key.Matches(k, keys.Choose):
		if d.cursor == 0 && d.offerUpdate() {
			return d, msgCmd(updateAskMsg{from: fromPicker})
		}
		if d.cursor == 0 {
			return d, msgCmd(whatifTypeITAMsg{})
		}
		return d, msgCmd(whatifRoundMsg{round: d.all[d.shown[d.cursor-1]]})
	case k.Type == tea.KeyUp:
		d.cursor = (d.cursor + n - 1) % n
	case k.Type == tea.KeyDown:
		d.cursor = (d.cursor + 1) % n
	case k.Type == tea.KeyPgUp:
		d.cursor = max(0, d.cursor-d.rows())
	case k.Type == tea.KeyPgDown:
		d.cursor = min(n-1, d.cursor+d.rows())
	default:
		var cmd tea.Cmd
		d.filter, cmd = d.filter.Update(msg)
		d.refilter()
		return d, cmd
	}
	if d.cursor > 0 {
		i := d.cursor - 1
		d.offset = clamp(d.offset, i-d.rows()+1, i)
	}
	return d, nil
}

func (d *roundPicker) view() string {
	st := d.c.styles
	w := d.width - 4 // the box's border and padding
	var b strings.Builder
	b.WriteString(st.Bold.Render(d.c.t("scr_dlg_round_title", nil)) + st.Muted.Render(d.c.t("scr_dlg_round_title_note", nil)) + "\n")
	for _, l := range d.staleNote() {
		b.WriteString(st.Warn.Render(ansi.Truncate(l, w, "…")) + "\n")
	}
	b.WriteString(ansi.Truncate(d.filter.View(), w, "…") + "\n\n")
	line := func(i int, s string) {
		if i == d.cursor {
			b.WriteString(st.Selected.Render(ansi.Truncate("> "+s, w, "…")))
		} else {
			b.WriteString(ansi.Truncate("  "+s, w, "…"))
		}
		b.WriteByte('\n')
	}
	switch {
	case d.offerUpdate() && rounds.Offline():
		line(0, "✎ "+d.c.t("scr_dlg_not_listed_offline", i18n.Args{"Env": rounds.OfflineEnv}))
	case d.offerUpdate():
		line(0, "✎ "+d.c.t("scr_dlg_not_listed", nil))
	default:
		line(0, "✎ "+d.c.t("scr_dlg_by_hand", nil))
	}
	b.WriteString(st.Muted.Render(ansi.Truncate("  "+padRight(d.c.t("scr_dlg_col_round", nil), 6)+" "+padRight(d.c.t("scr_dlg_col_date", nil), 10)+" "+
		fmt.Sprintf("%7s", d.c.t("scr_dlg_col_cutoff", nil))+"  "+d.c.t("scr_dlg_col_type", nil), w, "…")) + "\n")
	rows := d.rows()
	d.offset = clamp(d.offset, 0, max(0, len(d.shown)-rows))
	end := min(len(d.shown), d.offset+rows)
	for i := d.offset; i < end; i++ {
		r := &d.all[d.shown[i]]
		line(i+1, fmt.Sprintf("%-6s %-10s %7d  %s", "#"+r.Number, r.Date.Format(time.DateOnly), r.CutOff, r.NameIn(d.c.printer())))
	}
	for i := end - d.offset; i < rows; i++ {
		b.WriteByte('\n')
	}
	count := d.c.n("scr_dlg_count", len(d.all), i18n.Args{"Shown": d.c.count(len(d.shown))})
	if len(d.shown) == 0 {
		count = d.c.t("scr_dlg_no_match", nil)
	}
	b.WriteString(st.Muted.Render(count))
	return st.Dialog.Width(d.width).Render(b.String())
}

func (d *roundPicker) help() []key.Binding {
	k := &d.c.keys
	return []key.Binding{k.Move, k.Choose, key.NewBinding(key.WithHelp("type", "filter")), k.Cancel}
}

// itaDialog asks the ITA's date, the round's cut-off, the program invited under and whether it was
// a category round (which category: the version in force on the ITA date is judged). A round
// picked before fills them in; changing its date or cut-off makes the ITA a typed one.
type itaDialog struct {
	c       *common
	form    *huh.Form
	from    scoring.ITA
	date    string
	cutoff  string
	program string
	// category is the typed ITA's category id ("" for none): the picked round's own, if any
	category string
}

func newITADialog(c *common, from scoring.ITA) *itaDialog {
	d := &itaDialog{c: c, from: from, date: from.Date.Format(time.DateOnly), program: from.Program, category: categoryID(&from)}
	if from.CutOff >= 0 {
		d.cutoff = strconv.Itoa(from.CutOff)
	}
	d.form = huh.NewForm(
		huh.NewGroup(
			huh.NewInput().Key("ita_date").Title(c.t("scr_dlg_ita_date", nil)).
				Description(c.t("scr_dlg_ita_date_help", nil)).
				Value(&d.date).CharLimit(10).Validate(d.checkDate),
			huh.NewInput().Key("cutoff").Title(c.t("scr_dlg_ita_cutoff", nil)).
				Description(c.t("scr_dlg_ita_cutoff_help", nil)).
				Value(&d.cutoff).CharLimit(5).Validate(d.checkCutOff),
			huh.NewSelect[string]().Key("program").Title(c.t("scr_dlg_ita_program", nil)).Options(
				huh.NewOption(c.t("scr_dlg_ita_any", nil), ""),
				huh.NewOption(scoring.FSW.TitleIn(c.printer()), "fsw"),
				huh.NewOption(scoring.CEC.TitleIn(c.printer()), "cec"),
				huh.NewOption(scoring.FST.TitleIn(c.printer()), "fst"),
				huh.NewOption(c.t("scr_dlg_ita_pnp", nil), "pnp"),
			).Value(&d.program),
			huh.NewSelect[string]().Key("category").Title(c.t("scr_dlg_ita_category", nil)).
				Description(c.t("scr_dlg_ita_category_help", nil)).
				Options(categoryOptions(c, c.allRules)...).Inline(true).Value(&d.category).Validate(d.checkCategory),
		),
	).WithTheme(c.styles.Form).WithKeyMap(formKeyMap()).WithShowHelp(false).WithShowErrors(false)
	d.form.SubmitCmd = d.done
	d.setSize(c.width, c.height)
	return d
}

func (d *itaDialog) checkDate(s string) error {
	t, err := scoring.ParseDay(strings.TrimSpace(s))
	if err != nil {
		return errors.New(d.c.t("scr_dlg_err_date", i18n.Args{"Typed": strconv.Quote(s), "Today": d.c.today.Format(time.DateOnly)}))
	}
	if t.After(d.c.today) {
		return errors.New(d.c.t("scr_dlg_err_future", i18n.Args{"Typed": s, "Today": d.c.date(d.c.today)}))
	}
	if _, err := d.c.allRules.At(t); err != nil {
		return errors.New(scoring.ErrorIn(d.c.printer(), err))
	}
	return nil
}

// checkCategory checks that the category has a version in force on the ITA date typed.
func (d *itaDialog) checkCategory(id string) error {
	day, err := scoring.ParseDay(strings.TrimSpace(d.date))
	if err != nil || id == "" {
		return nil // the date's own error is shown first
	}
	if d.from.Round != "" && id == categoryID(&d.from) && day.Equal(d.from.Date) {
		return nil
	}
	if _, err = typedCategory(d.c.allRules, id, day); err != nil {
		return errors.New(d.c.t("scr_dlg_err_category", i18n.Args{"Err": scoring.ErrorIn(d.c.printer(), err)}))
	}
	return nil
}

func (d *itaDialog) checkCutOff(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 || n > d.c.rules.CRS.Total {
		if strings.TrimSpace(s) == "" {
			return errors.New(d.c.t("scr_dlg_err_no_cutoff", nil))
		}
		return errors.New(d.c.t("scr_dlg_err_cutoff", i18n.Args{"Typed": strconv.Quote(s), "Max": d.c.count(d.c.rules.CRS.Total)}))
	}
	return nil
}

// done gives the ITA the form describes.
func (d *itaDialog) done() tea.Msg {
	date, _ := scoring.ParseDay(strings.TrimSpace(d.date))
	cut, _ := strconv.Atoi(strings.TrimSpace(d.cutoff))
	ita := scoring.ITA{Date: date, CutOff: cut, Program: d.program}
	ita.Category, _ = typedCategory(d.c.allRules, d.category, date)
	if d.from.Round != "" && date.Equal(d.from.Date) && cut == d.from.CutOff && d.category == categoryID(&d.from) {
		// Still the round: its own version (or why it is not assessed), not the one in force on
		// the day. Another category makes it a typed ITA, as `whatif --round` takes no --category.
		ita.Round, ita.RoundFor = d.from.Round, d.from.RoundFor
		ita.Category, ita.NotAssessed = d.from.Category, d.from.NotAssessed
	}
	return whatifITAMsg{ita: ita}
}

// setSize keeps the box inside the window: the title, an error line and the border take 6 lines.
func (d *itaDialog) setSize(width, height int) {
	sizeForm(d.form, dialogWidth(width), max(4, height-6))
}

func (d *itaDialog) update(msg tea.Msg) (dialog, tea.Cmd) {
	return d, updateWhatIfForm(d.c, &d.form, msg)
}

func (d *itaDialog) view() string {
	st := d.c.styles
	w := dialogWidth(d.c.width)
	note := st.Muted.Render(d.c.t("scr_dlg_ita_note", nil))
	if err := d.form.Errors(); len(err) > 0 {
		note = st.Bad.Render(ansi.Truncate("✗ "+err[0].Error(), w, "…"))
	}
	return st.Dialog.Render(st.Bold.Render(d.c.t("scr_dlg_ita_title", nil)) + "\n" + note + "\n" + d.form.View())
}

func (d *itaDialog) help() []key.Binding {
	k := &d.c.keys
	return []key.Binding{k.Next, k.Back, k.Cancel}
}

// scenarioMenu lists the ready-made scenarios with the --set lines of the one under the cursor.
type scenarioMenu struct {
	c      *common
	list   []scoring.Change
	cursor int
}

func newScenarioMenu(c *common, list []scoring.Change) *scenarioMenu {
	return &scenarioMenu{c: c, list: list}
}

func (m *scenarioMenu) update(msg tea.Msg) (dialog, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok || len(m.list) == 0 {
		if ok {
			return m, whatifCloseCmd
		}
		return m, nil
	}
	keys := &m.c.keys
	switch {
	case key.Matches(k, keys.Cancel):
		return m, whatifCloseCmd
	case key.Matches(k, keys.Up):
		m.cursor = (m.cursor + len(m.list) - 1) % len(m.list)
	case key.Matches(k, keys.Down), k.Type == tea.KeyTab:
		m.cursor = (m.cursor + 1) % len(m.list)
	case key.Matches(k, keys.Scenario):
		return m, msgCmd(whatifScenarioMsg{n: int(k.Runes[0] - '1')})
	case key.Matches(k, keys.Choose):
		return m, msgCmd(whatifScenarioMsg{n: m.cursor, ask: true})
	}
	return m, nil
}

func (m *scenarioMenu) view() string {
	st := m.c.styles
	w := max(20, min(76, m.c.width-8))
	var b strings.Builder
	b.WriteString(st.Bold.Render(m.c.t("scr_dlg_scenarios", nil)) + st.Muted.Render(m.c.t("scr_dlg_scenarios_note", nil)) + "\n\n")
	if len(m.list) == 0 {
		b.WriteString(m.c.t("scr_dlg_no_scenarios", nil))
	}
	for i := range m.list {
		title := changeTitle(m.c, &m.list[i])
		label := fmt.Sprintf("%d  %s", i+1, title)
		if i >= 9 {
			label = "   " + title
		}
		if i == m.cursor {
			b.WriteString(st.Selected.Render(ansi.Truncate("> "+label, w, "…")))
		} else {
			b.WriteString(ansi.Truncate("  "+label, w, "…"))
		}
		b.WriteByte('\n')
	}
	if len(m.list) > 0 {
		c := &m.list[m.cursor]
		b.WriteByte('\n')
		// The one under the cursor whole: its title where the list cuts it (a change of
		// occupation names the new code at its end), and each --set line wrapped, never cut.
		if title := changeTitle(m.c, c); ansi.StringWidth(fmt.Sprintf("> %d  %s", m.cursor+1, title)) > w {
			b.WriteString(strings.Join(wrapWords(title, w), "\n") + "\n")
		}
		if len(c.Set) == 0 {
			b.WriteString(st.Muted.Render(m.c.t("scr_dlg_no_set", nil)))
		}
		for i, s := range c.Set {
			if i > 0 {
				b.WriteByte('\n')
			}
			lines := wrapWords("--set "+shellWord(s), w-2)
			b.WriteString(st.Muted.Render(strings.Join(lines, "\n  ")))
		}
	}
	return st.Dialog.Render(strings.TrimSuffix(b.String(), "\n"))
}

func (m *scenarioMenu) help() []key.Binding {
	k := &m.c.keys
	return []key.Binding{k.Move, k.Scenario, k.Choose, k.Cancel}
}

func (m *scenarioMenu) setSize(int, int) {}

// confirmDialog asks a yes-or-no question; yes sends its message.
type confirmDialog struct {
	c           *common
	title, body string
	yes         tea.Cmd
	keys        quitKeys
}

func newConfirmDialog(c *common, title, body string, yes tea.Cmd) *confirmDialog {
	return &confirmDialog{c: c, title: title, body: body, yes: yes, keys: quitKeys{
		Save:   key.NewBinding(key.WithKeys("y", "enter"), key.WithHelp("y", c.p.T("scr_key_yes", nil))),
		Cancel: key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", c.p.T("scr_key_no", nil))),
	}}
}

func (d *confirmDialog) update(msg tea.Msg) (dialog, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
	case key.Matches(k, d.keys.Save):
		return d, d.yes
	case key.Matches(k, d.keys.Cancel):
		return d, whatifCloseCmd
	}
	return d, nil
}

func (d *confirmDialog) view() string {
	st := d.c.styles
	w := max(20, min(60, d.c.width-8))
	lines := []string{st.Bold.Render(d.title), "", strings.Join(wrapWords(d.body, w), "\n"), "",
		st.Bold.Render("  y  ") + d.c.t("scr_wi_yes", nil), st.Bold.Render("esc  ") + d.c.t("scr_wi_no", nil)}
	return st.Dialog.Render(strings.Join(lines, "\n"))
}

func (d *confirmDialog) help() []key.Binding { return []key.Binding{d.keys.Save, d.keys.Cancel} }

func (d *confirmDialog) setSize(int, int) {}
