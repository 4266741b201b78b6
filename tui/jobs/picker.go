// Package jobs is the wizard's work history: a list of jobs to add, edit and remove (List), and the
// occupation picker it opens to choose a job's NOC 2021 unit group (Picker), by a title's words or
// a code, with each group's TEER and the categories whose list in force holds it.
package jobs

import (
	"strconv"

	"fmt"
	"github.com/eewizard/eewizard/i18n"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/noc"
)

// maxMatches is how many matches the picker keeps for a query: more than a screen shows, few
// enough that ranking them stays cheap on every key.
const maxMatches = 60

// Styles are the looks the component uses; every mark that matters is also a glyph (> ✓ ✗), so it
// reads without colour.
type Styles struct {
	Selected, Muted, Bold, Good, Bad, Warn lipgloss.Style
}

// Picker is the occupation picker: a search line and the matching unit groups, best first.
type Picker struct {
	table   *noc.Table
	cats    func(code string) []string // the categories whose list in force holds a code
	input   textinput.Model
	matches []noc.Match
	cursor  int
	query   string // the query the matches are for
	st      *Styles
	pr      *i18n.Printer // the picker's language (nil: English): SetLang
}

// SetLang makes the picker speak p's language and search CNP 2021's French titles too.
func (p *Picker) SetLang(pr *i18n.Printer) {
	p.pr = pr
	if pr != nil && pr.Lang() == i18n.Fr {
		p.input.Prompt = pr.T("wiz_jobs_p_prompt", nil) + " "
		p.input.Placeholder = pr.T("wiz_jobs_p_placeholder", nil)
	}
	p.search()
}

func (p *Picker) t(id string, args i18n.Args) string {
	if p.pr == nil {
		return english.T(id, args)
	}
	return p.pr.T(id, args)
}

func (p *Picker) french() bool { return p.pr != nil && p.pr.Lang() == i18n.Fr }

// NewPicker is a picker over table, its search line holding query; cats names the categories of a
// code (nil: none shown).
func NewPicker(table *noc.Table, cats func(string) []string, st *Styles, query string) Picker {
	in := textinput.New()
	in.Prompt = "Job title or NOC code: "
	in.Placeholder = "e.g. nurse, software, 31301"
	in.CharLimit = 60
	in.SetValue(query)
	in.Focus()
	p := Picker{table: table, cats: cats, input: in, st: st}
	p.search()
	return p
}

var (
	keyUp   = key.NewBinding(key.WithKeys("up", "ctrl+p"))
	keyDown = key.NewBinding(key.WithKeys("down", "ctrl+n"))
)

// Update takes a key: ↑/↓ move among the matches, anything else edits the search line (and the
// matches follow it).
func (p Picker) Update(msg tea.Msg) (Picker, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, keyUp):
			p.cursor = max(0, p.cursor-1)
			return p, nil
		case key.Matches(k, keyDown):
			p.cursor = min(max(0, len(p.matches)-1), p.cursor+1)
			return p, nil
		}
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != p.query {
		p.search()
	}
	return p, cmd
}

// search finds the matches of the search line.
func (p *Picker) search() {
	p.query = p.input.Value()
	if p.french() {
		p.matches = p.table.SearchIn(p.query, maxMatches, noc.French)
	} else {
		p.matches = p.table.Search(p.query, maxMatches)
	}
	p.cursor = 0
}

// Selected is the unit group under the cursor, if any matches.
func (p *Picker) Selected() (noc.Unit, bool) {
	if p.cursor >= len(p.matches) {
		return noc.Unit{}, false
	}
	return p.matches[p.cursor].Unit, true
}

// Query is the search line as typed.
func (p *Picker) Query() string { return p.query }

// View draws the search line, the matches that fit in height lines (the cursor's in view), and
// under them the chosen group's categories and lead statement.
func (p Picker) View(width, height int) string {
	var b strings.Builder
	b.WriteString(ansi.Truncate(p.input.View(), width, "…") + "\n")
	detail := p.detail(width)
	rows := max(1, height-2-len(detail))
	switch {
	case strings.TrimSpace(p.query) == "":
		b.WriteString(p.st.Muted.Render(p.t("wiz_jobs_p_type", nil)) + "\n")
	case len(p.matches) == 0:
		b.WriteString(p.st.Warn.Render(ansi.Truncate("! "+p.t("wiz_jobs_p_none", i18n.Args{"Query": strconv.Quote(p.query)}), width, "…")) + "\n")
	default:
		b.WriteString(p.st.Muted.Render(p.matchCount(len(p.matches))) + "\n")
	}
	from := max(0, min(p.cursor-rows/2, len(p.matches)-rows))
	for i := from; i < len(p.matches) && i < from+rows; i++ {
		u := p.matches[i].Unit
		line := fmt.Sprintf("%s %s %d  ", u.Code, p.t("wiz_jobs_teer", nil), u.TEER)
		if p.cats != nil {
			if cs := p.cats(u.Code); len(cs) > 0 {
				line += "[" + strings.Join(cs, ", ") + "] "
			}
		}
		line += p.title(u)
		if i == p.cursor {
			b.WriteString(p.st.Selected.Render(ansi.Truncate("> "+line, width, "…")) + "\n")
		} else {
			b.WriteString(ansi.Truncate("  "+line, width, "…") + "\n")
		}
	}
	for _, l := range detail {
		b.WriteString(l + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func (p *Picker) matchCount(n int) string {
	if n >= maxMatches {
		return p.t("wiz_jobs_p_best", i18n.Args{"N": n})
	}
	if n == 1 {
		return p.t("wiz_jobs_p_one", nil)
	}
	return p.t("wiz_jobs_p_n", i18n.Args{"N": n})
}

// title is a unit group's title in the picker's language.
func (p *Picker) title(u noc.Unit) string {
	if p.french() {
		return p.table.TitleIn(u.Code, noc.French)
	}
	return u.Title
}

// detail is the chosen group in full: its title wrapped, and the categories it is in.
func (p Picker) detail(width int) []string {
	u, ok := p.Selected()
	if !ok {
		return nil
	}
	cats := p.t("wiz_jobs_p_cats_none", nil)
	if p.cats != nil {
		if cs := p.cats(u.Code); len(cs) > 0 {
			cats = p.t("wiz_jobs_cats", i18n.Args{"List": strings.Join(cs, ", ")})
		}
	}
	lines := []string{""}
	for _, l := range strings.Split(ansi.Wrap(p.st.Bold.Render(u.Code+" "+p.title(u))+p.st.Muted.Render(fmt.Sprintf(" (%s %d)", p.t("wiz_jobs_teer", nil), u.TEER)), width, " "), "\n") {
		lines = append(lines, l)
	}
	for _, l := range strings.Split(ansi.Wrap(cats, width, " ,"), "\n") {
		lines = append(lines, l)
	}
	return lines
}
