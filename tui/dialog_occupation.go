package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// whatifChangeMsg applies a change made in a box (the change of occupation with a typed code).
type whatifChangeMsg struct{ change scoring.Change }

// occupationJob is the job number of a change-of-occupation scenario ("job-2-occupation:31204"),
// and whether the ID is one.
func occupationJob(id string) (int, bool) {
	rest, ok := strings.CutPrefix(id, "job-")
	if !ok {
		return 0, false
	}
	num, tail, ok := strings.Cut(rest, "-occupation")
	if !ok || (tail != "" && !strings.HasPrefix(tail, ":")) {
		return 0, false
	}
	n, err := strconv.Atoi(num)
	return n, err == nil
}

// occupationDialog asks the code of the new occupation of a change-of-occupation scenario: the
// scenario's suggestion (the nearest skilled code on no category list) or any NOC 2021 code,
// checked by the engine as `whatif --scenario job-N-occupation:CODE` checks it.
type occupationDialog struct {
	c    *common
	form *huh.Form
	r    *scoring.Rules
	p    scoring.Profile
	day  time.Time
	job  int
	code string
}

func newOccupationDialog(c *common, r *scoring.Rules, p *scoring.Profile, day time.Time, job int, suggested string) *occupationDialog {
	d := &occupationDialog{c: c, r: r, p: *p, day: day, job: job, code: suggested}
	d.form = huh.NewForm(huh.NewGroup(
		huh.NewInput().Key("noc").Title(fmt.Sprintf("Job %d's new occupation: NOC 2021 code", job)).
			Value(&d.code).CharLimit(5).Validate(func(s string) error { _, err := d.change(s); return err }),
	)).WithTheme(c.styles.Form).WithKeyMap(formKeyMap()).WithShowHelp(false).WithShowErrors(false)
	d.form.SubmitCmd = d.done
	d.setSize(c.width, c.height)
	return d
}

// change is the scenario with code, as the engine makes it.
func (d *occupationDialog) change(code string) (scoring.Change, error) {
	return scoring.ScenarioByID(d.r, &d.p, d.day, fmt.Sprintf("job-%d-occupation:%s", d.job, strings.TrimSpace(code)))
}

// describe names the code typed, and whether it is on a category list in force.
func (d *occupationDialog) describe() string {
	units, err := noc.Embedded()
	if err != nil {
		return ""
	}
	u, ok := units.Lookup(strings.TrimSpace(d.code))
	if !ok {
		return "Five digits; the suggestion is the nearest skilled code on no category list."
	}
	var on []string
	for _, v := range d.r.CategoriesOn(d.day) {
		if v.Has(u.Code) {
			on = append(on, v.Title)
		}
	}
	where := "on no category list"
	if len(on) > 0 {
		where = "on the list of " + strings.Join(on, ", ")
	}
	return fmt.Sprintf("%s (TEER %d), %s.", u.Title, u.TEER, where)
}

func (d *occupationDialog) done() tea.Msg {
	c, err := d.change(d.code)
	if err != nil {
		return whatifCloseMsg{}
	}
	return whatifChangeMsg{change: c}
}

func (d *occupationDialog) setSize(width, height int) {
	sizeForm(d.form, dialogWidth(width), max(3, min(4, height-10)))
}

func (d *occupationDialog) update(msg tea.Msg) (dialog, tea.Cmd) {
	return d, updateWhatIfForm(d.c, &d.form, msg)
}

func (d *occupationDialog) view() string {
	st := d.c.styles
	w := dialogWidth(d.c.width)
	note := st.Muted.Width(w).Render(d.describe() + " The months already worked stay; the new work counts from the day after the ITA.")
	if err := d.form.Errors(); len(err) > 0 {
		note = st.Bad.Width(w).Render("✗ " + safetext.Clean(err[0].Error()))
	}
	return st.Dialog.Render(st.Bold.Render("Change of occupation") + "\n" + note + "\n" + d.form.View())
}

func (d *occupationDialog) help() []key.Binding {
	k := &d.c.keys
	return []key.Binding{k.Choose, k.Cancel}
}
