package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/eewizard/eewizard/i18n"
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
		huh.NewInput().Key("noc").Title(c.printer().T("wiz_occ_title", i18n.Args{"Job": c.printer().Count(job)})).
			Value(&d.code).CharLimit(5).Validate(func(s string) error { _, err := d.change(s); return err }),
	)).WithTheme(c.styles.Form).WithKeyMap(formKeyMapIn(c.printer())).WithShowHelp(false).WithShowErrors(false)
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
	p := d.c.printer()
	units, err := noc.Embedded()
	if err != nil {
		return ""
	}
	u, ok := units.Lookup(strings.TrimSpace(d.code))
	if !ok {
		return p.T("wiz_occ_digits", nil)
	}
	var on []string
	for _, v := range d.r.CategoriesOn(d.day) {
		if v.Has(u.Code) {
			on = append(on, v.TitleIn(p))
		}
	}
	where := p.T("wiz_occ_no_list", nil)
	if len(on) > 0 {
		where = p.T("wiz_occ_on_list", i18n.Args{"Lists": strings.Join(on, ", ")})
	}
	return p.T("wiz_occ_unit", i18n.Args{"Title": units.TitleIn(u.Code, noc.Lang(p.Lang().Code())), "TEER": u.TEER, "Where": where})
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
	p := d.c.printer()
	note := st.Muted.Width(w).Render(d.describe() + " " + p.T("wiz_occ_months", nil))
	if err := d.form.Errors(); len(err) > 0 {
		note = st.Bad.Width(w).Render("✗ " + safetext.Clean(scoring.ErrorIn(p, err[0])))
	}
	return st.Dialog.Render(st.Bold.Render(p.T("wiz_occ_head", nil)) + "\n" + note + "\n" + d.form.View())
}

func (d *occupationDialog) help() []key.Binding {
	k := &d.c.keys
	return []key.Binding{k.Choose, k.Cancel}
}
