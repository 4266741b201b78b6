package jobs

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/scoring"
)

// Config is what a list needs from the program: the occupations, the categories of a code, the
// day, and the looks of the forms.
type Config struct {
	Table      *noc.Table
	Categories func(code string) []string
	Today      time.Time
	Styles     *Styles
	Theme      *huh.Theme
	KeyMap     *huh.KeyMap
	// Whose jobs: "Your jobs" (""), "Your spouse's or partner's jobs"; a spouse has no primary
	// occupation to choose (NoPrimary).
	Heading   string
	NoPrimary bool
	// P writes the list's words (nil: English).
	P *i18n.Printer
}

// mode is what the list is doing.
type mode int

const (
	listing mode = iota
	picking      // choosing the occupation of a new job (or of the job under the cursor)
	editing      // the job's form
	asking       // a yes/no question (remove a job, discard an edit, discard every job)
)

// List is a person's jobs, with the keys to add, edit and remove them. It holds the jobs while
// they are edited; Jobs gives them back.
type List struct {
	cfg     Config
	jobs    []scoring.Job
	primary string // the NOC of the occupation applied under; "": the engine's choice
	cursor  int
	mode    mode

	picker  Picker
	changes bool  // picking changes the occupation of the job under the cursor (else: a new job)
	text    *Text // the job being edited (a pointer: its form is bound to it, and the list is copied)
	index   int   // its index (len(jobs): a new job)
	form    *huh.Form
	problem string // why the edit was not taken, shown over the form

	question string
	yes      func(l *List) tea.Cmd
	yesBack  mode // where "no" returns: the list, or the form the question is about

	counts []scoring.JobCount // what the assessment counted of each job, in order (nil: not shown)
}

// Messages the list sends its owner.
type (
	// DoneMsg: the person is done with the list (tab).
	DoneMsg struct{}
	// CountsMsg: the person chose year counts instead, and said yes to discarding the jobs.
	CountsMsg struct{}
)

// Keys of the list, for the owner's footer and list of keys.
var (
	KeyAdd     = key.NewBinding(key.WithKeys("a", "+"), key.WithHelp("a", "add"))
	KeyEdit    = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "edit"))
	KeyOcc     = key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "occupation"))
	KeyRemove  = key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", "remove"))
	KeyPrimary = key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "primary"))
	KeyDone    = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "done"))
	KeyMove    = key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑/↓", "move"))
	KeyChoose  = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose"))
	KeyCancel  = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))
	KeyYesNo   = key.NewBinding(key.WithKeys("y", "n"), key.WithHelp("y/n", "answer"))
	KeyNext    = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")) // help only: the form's
	KeyBack    = key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back"))
	keyListUp  = key.NewBinding(key.WithKeys("up", "k"))
	keyListDn  = key.NewBinding(key.WithKeys("down", "j"))
	keyYes     = key.NewBinding(key.WithKeys("y", "Y"))
	keyNo      = key.NewBinding(key.WithKeys("n", "N", "esc"))
)

// NewList is a list of jobs (copied) with the primary occupation's code ("": none chosen).
func NewList(cfg Config, jobs []scoring.Job, primary string) List {
	setKeyHelp(cfg.p())
	return List{cfg: cfg, jobs: append([]scoring.Job(nil), jobs...), primary: primary}
}

// Jobs is the jobs as they stand, and the primary occupation's code.
func (l *List) Jobs() (scoring.JobList, string) { return scoring.Jobs(l.jobs...), l.primary }

// Len is how many jobs there are.
func (l *List) Len() int { return len(l.jobs) }

// SetCounts gives the list what the assessment counted of each job, in order, to show beside it
// (scoring.WorkCount's Jobs or SpouseRows).
func (l *List) SetCounts(c []scoring.JobCount) { l.counts = c }

// Listing reports whether the list shows (not a form, the picker or a question).
func (l *List) Listing() bool { return l.mode == listing }

// Typing reports whether keys go into a text line (the picker's search, a text field of the form).
func (l *List) Typing() bool {
	switch l.mode {
	case picking:
		return true
	case editing:
		_, text := l.form.GetFocusedField().(*huh.Input)
		return text
	}
	return false
}

// Focused is the field of the job's form that has focus; nil when no form shows.
func (l *List) Focused() huh.Field {
	if l.mode != editing {
		return nil
	}
	return l.form.GetFocusedField()
}

// AskDiscard asks whether to discard every job (before year counts replace them); with no jobs it
// is yes at once.
func (l *List) AskDiscard() tea.Cmd {
	if len(l.jobs) == 0 {
		return msg(CountsMsg{})
	}
	l.ask(l.cfg.p().N("wiz_jobs_ask_counts", len(l.jobs), nil),
		func(*List) tea.Cmd { return msg(CountsMsg{}) })
	return nil
}

func msg(m tea.Msg) tea.Cmd { return func() tea.Msg { return m } }

func (l *List) ask(q string, yes func(*List) tea.Cmd) {
	l.mode, l.question, l.yes = asking, q, yes
}

// Help is the keys of what shows, most needed first.
func (l *List) Help() []key.Binding {
	switch l.mode {
	case picking:
		return []key.Binding{KeyChoose, KeyMove, KeyCancel}
	case editing:
		return []key.Binding{KeyNext, KeyBack, KeyCancel}
	case asking:
		return []key.Binding{KeyYesNo}
	}
	if len(l.jobs) == 0 {
		return []key.Binding{KeyAdd, KeyDone}
	}
	keys := []key.Binding{KeyAdd, KeyEdit, KeyRemove, KeyDone, KeyOcc}
	if l.skilled() > 1 {
		keys = append(keys, KeyPrimary)
	}
	return keys
}

// Update takes a message for the list.
func (l List) Update(m tea.Msg) (List, tea.Cmd) {
	switch l.mode {
	case picking:
		return l.updatePicker(m)
	case editing:
		return l.updateForm(m)
	case asking:
		return l.updateQuestion(m)
	}
	k, ok := m.(tea.KeyMsg)
	if !ok {
		return l, nil
	}
	switch {
	case key.Matches(k, keyListUp):
		l.cursor = max(0, l.cursor-1)
	case key.Matches(k, keyListDn):
		l.cursor = min(max(0, len(l.jobs)-1), l.cursor+1)
	case key.Matches(k, KeyAdd), key.Matches(k, KeyEdit) && len(l.jobs) == 0:
		return l, l.openPicker(false, "")
	case len(l.jobs) == 0:
	case key.Matches(k, KeyEdit):
		return l, l.openForm(l.cursor, TextOf(&l.jobs[l.cursor]))
	case key.Matches(k, KeyOcc):
		return l, l.openPicker(true, l.jobs[l.cursor].NOC)
	case key.Matches(k, KeyRemove):
		i := l.cursor
		l.ask(l.cfg.t("wiz_jobs_ask_remove", i18n.Args{"Job": l.jobs[i].Name(i)}), func(l *List) tea.Cmd { l.remove(i); return nil })
	case key.Matches(k, KeyPrimary) && l.skilled() > 1:
		if code := l.jobs[l.cursor].NOC; l.primary != code && l.teer(code) <= 3 {
			l.primary = code
		} else {
			l.primary = ""
		}
	}
	if key.Matches(k, KeyDone) {
		return l, msg(DoneMsg{})
	}
	return l, nil
}

func (l *List) remove(i int) {
	gone := l.jobs[i].NOC
	l.jobs = append(l.jobs[:i], l.jobs[i+1:]...)
	l.cursor = min(l.cursor, max(0, len(l.jobs)-1))
	if !l.hasCode(gone) && l.primary == gone {
		l.primary = ""
	}
}

func (l *List) hasCode(code string) bool {
	for i := range l.jobs {
		if l.jobs[i].NOC == code {
			return true
		}
	}
	return false
}

func (l *List) teer(code string) int {
	if u, ok := l.cfg.Table.Lookup(code); ok {
		return u.TEER
	}
	return -1
}

// skilled is how many of the jobs are in distinct skilled (TEER 0-3) occupations: a choice of the
// primary occupation is offered only when there are two or more.
func (l *List) skilled() int {
	if l.cfg.NoPrimary {
		return 0
	}
	seen := map[string]bool{}
	for i := range l.jobs {
		if t := l.teer(l.jobs[i].NOC); t >= 0 && t <= 3 {
			seen[l.jobs[i].NOC] = true
		}
	}
	return len(seen)
}

func (l *List) openPicker(change bool, query string) tea.Cmd {
	if !change && len(l.jobs) >= scoring.MaxJobs {
		l.problem = l.cfg.t("wiz_jobs_at_most", i18n.Args{"N": scoring.MaxJobs})
		return nil
	}
	l.mode, l.changes, l.problem = picking, change, ""
	l.picker = NewPicker(l.cfg.Table, l.cfg.Categories, l.cfg.Styles, query)
	l.picker.SetLang(l.cfg.P)
	return nil
}

func (l List) updatePicker(m tea.Msg) (List, tea.Cmd) {
	if k, ok := m.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, KeyCancel):
			l.mode = listing
			return l, nil
		case key.Matches(k, KeyChoose):
			u, ok := l.picker.Selected()
			if !ok {
				return l, nil
			}
			if l.changes {
				old := l.jobs[l.cursor].NOC
				l.jobs[l.cursor].NOC = u.Code
				if l.primary == old && !l.hasCode(old) {
					l.primary = ""
				}
				l.mode = listing
				return l, nil
			}
			return l, l.openForm(len(l.jobs), NewText(u.Code))
		}
	}
	var cmd tea.Cmd
	l.picker, cmd = l.picker.Update(m)
	return l, cmd
}

func (l *List) openForm(i int, t Text) tea.Cmd {
	l.mode, l.index, l.text, l.problem = editing, i, &t, ""
	l.form = l.text.form(i, l.cfg.Today, l.cfg.Theme, l.cfg.KeyMap, l.cfg.P)
	return l.form.Init()
}

func (l List) updateForm(m tea.Msg) (List, tea.Cmd) {
	if k, ok := m.(tea.KeyMsg); ok && key.Matches(k, KeyCancel) {
		l.ask(l.cfg.t("wiz_jobs_ask_discard", nil), func(l *List) tea.Cmd { l.mode = listing; return nil })
		l.yesBack = editing
		return l, nil
	}
	f, cmd := l.form.Update(m)
	l.form = f.(*huh.Form)
	if l.form.State != huh.StateCompleted {
		return l, cmd
	}
	j, err := l.text.Job(l.index, l.cfg.Today)
	if err == nil {
		next := append(append([]scoring.Job(nil), l.jobs...), j)
		if l.index < len(l.jobs) {
			next = append([]scoring.Job(nil), l.jobs...)
			next[l.index] = j
		}
		if err = scoring.CheckJobsOverlap(next); err == nil {
			l.jobs, l.cursor, l.mode = next, l.index, listing
			return l, nil
		}
	}
	// Not taken: the same answers in a fresh form, with the reason above it.
	cmd = l.openForm(l.index, *l.text)
	l.problem = ErrorIn(l.cfg.p(), err)
	return l, cmd
}

func (l List) updateQuestion(m tea.Msg) (List, tea.Cmd) {
	k, ok := m.(tea.KeyMsg)
	if !ok {
		if l.yesBack == editing { // the form under the question keeps its messages
			f, cmd := l.form.Update(m)
			l.form = f.(*huh.Form)
			return l, cmd
		}
		return l, nil
	}
	back := l.yesBack
	switch {
	case key.Matches(k, keyYes):
		l.mode, l.yesBack = listing, listing
		return l, l.yes(&l)
	case key.Matches(k, keyNo):
		l.mode, l.yesBack = back, listing
	}
	return l, nil
}

// View draws what the list is doing in width × height.
func (l List) View(width, height int) string {
	st := l.cfg.Styles
	var b strings.Builder
	switch l.mode {
	case picking:
		head := l.cfg.t("wiz_jobs_add_head", nil)
		if l.changes {
			head = l.cfg.t("wiz_jobs_change_head", i18n.Args{"Job": l.jobs[l.cursor].Name(l.cursor)})
		}
		b.WriteString(st.Bold.Render(ansi.Truncate(head, width, "…")) + "\n")
		b.WriteString(l.picker.View(width, height-1))
		return b.String()
	case editing:
		return l.formView(width, height)
	case asking:
		if l.yesBack == editing {
			return st.Warn.Render(ansi.Wrap("? "+l.question, width, " ")) + "\n\n" + l.formView(width, height-3)
		}
	}
	heading := l.cfg.Heading
	if heading == "" {
		heading = l.cfg.t("wiz_jobs_yours", nil)
	}
	b.WriteString(ansi.Truncate(st.Bold.Render(fmt.Sprintf("%s (%d)", heading, len(l.jobs)))+
		st.Muted.Render(" · "+l.cfg.t("wiz_jobs_counted", nil)), width, "…") + "\n")
	if l.problem != "" {
		b.WriteString(st.Warn.Render(ansi.Truncate("! "+l.problem, width, "…")) + "\n")
	}
	if len(l.jobs) == 0 {
		b.WriteString(st.Muted.Render(ansi.Wrap(l.cfg.t("wiz_jobs_none", nil), width, " ")) + "\n")
	}
	rows := l.rows(width)
	room := max(3, height-lines(b.String())-2)
	if len(rows) > 0 { // the cursor's job, and around it as many as the room holds
		start, end, used := l.cursor, l.cursor+1, len(rows[l.cursor])
		for grew := true; grew; {
			grew = false
			if end < len(rows) && used+len(rows[end]) <= room {
				used, end, grew = used+len(rows[end]), end+1, true
			}
			if start > 0 && used+len(rows[start-1]) <= room {
				used, start, grew = used+len(rows[start-1]), start-1, true
			}
		}
		for _, r := range rows[start:end] {
			b.WriteString(strings.Join(r, "\n") + "\n")
		}
	}
	if l.mode == asking {
		b.WriteString("\n" + st.Warn.Render(ansi.Wrap("? "+l.question, width, " ")) + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func lines(s string) int { return strings.Count(s, "\n") }

// rows are the jobs, two lines each: the occupation, then the person's words, dates, hours and
// what counted.
func (l *List) rows(width int) [][]string {
	st := l.cfg.Styles
	out := make([][]string, len(l.jobs))
	for i := range l.jobs {
		j := &l.jobs[i]
		mark := "  "
		if i == l.cursor {
			mark = "> "
		}
		head := fmt.Sprintf("%s%d. %s %s %d  %s", mark, i+1, j.NOC, l.cfg.t("wiz_jobs_teer", nil), l.teer(j.NOC), l.cfg.title(j.NOC))
		if j.NOC == l.primary {
			head = fmt.Sprintf("%s%d. %s %s %d ★ %s  %s", mark, i+1, j.NOC, l.cfg.t("wiz_jobs_teer", nil), l.teer(j.NOC), l.cfg.t("wiz_jobs_primary", nil), l.cfg.title(j.NOC))
		}
		end := l.cfg.t("wiz_jobs_now", nil)
		if !j.End.IsZero() {
			end = day(j.End)
		}
		where := l.cfg.t("wiz_jobs_canada", nil)
		if j.Abroad {
			where = l.cfg.t("wiz_jobs_abroad", nil)
		}
		facts := []string{}
		if j.Title != "" {
			facts = append(facts, j.Title)
		}
		facts = append(facts, where, l.cfg.t("wiz_jobs_from_to", i18n.Args{"Start": day(j.Start), "End": end}), l.cfg.t("wiz_jobs_hours", i18n.Args{"Hours": l.hours(j.HoursPerWeek)}))
		if j.SelfEmployed {
			facts = append(facts, "self-employed")
		}
		if j.FullTimeStudent {
			facts = append(facts, l.cfg.t("wiz_jobs_student", nil))
		}
		if !j.Abroad && !j.Authorized {
			facts = append(facts, l.cfg.t("wiz_jobs_not_authorized", nil))
		}
		if i < len(l.counts) {
			c := &l.counts[i]
			if c.Counts {
				facts = append(facts, l.cfg.t("wiz_jobs_crs_years", i18n.Args{"Years": l.cfg.p().N("years", c.Years, nil)}))
			} else if c.Why != "" {
				facts = append(facts, l.cfg.t("wiz_jobs_crs_no", i18n.Args{"Why": l.cfg.why(c.Why)}))
			}
		}
		headStyle := st.Bold
		if i == l.cursor {
			headStyle = st.Selected
		}
		out[i] = []string{headStyle.Render(ansi.Truncate(head, width, "…"))}
		for _, f := range strings.Split(ansi.Wrap(strings.Join(facts, " · "), max(10, width-5), " "), "\n") {
			out[i] = append(out[i], st.Muted.Render("     "+f))
		}
	}
	return out
}

func (l *List) formView(width, height int) string {
	st := l.cfg.Styles
	var b strings.Builder
	what := l.cfg.t("wiz_jobs_new", nil)
	if l.index < len(l.jobs) {
		what = l.cfg.t("wiz_jobs_job_n", i18n.Args{"N": l.index + 1})
	}
	b.WriteString(st.Bold.Render(ansi.Truncate(fmt.Sprintf("%s %s %s %d %s", what, l.text.NOC, l.cfg.t("wiz_jobs_teer", nil), l.teer(l.text.NOC), l.cfg.title(l.text.NOC)), width, "…")) + "\n")
	problem := l.problem
	if errs := l.form.Errors(); len(errs) > 0 {
		problem = ErrorIn(l.cfg.p(), errs[0]) // the answer under the cursor first
	}
	if problem != "" {
		b.WriteString(st.Bad.Render(ansi.Wrap("✗ "+problem, width, " ")) + "\n")
	}
	l.form.WithWidth(width).WithHeight(max(4, height-lines(b.String())))
	b.WriteString(l.form.View())
	return b.String()
}

// hours is hours a week as the list's language writes them ("37.5", "37,5").
func (l *List) hours(h float64) string {
	s := strings.TrimSuffix(fmt.Sprintf("%g", h), ".0")
	if l.cfg.p().Lang() == i18n.Fr {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
