package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/scoring"
	"github.com/eewizard/eewizard/tui/jobs"
)

// The work step with a work history: the list of jobs (tui/jobs) shows instead of the step's form
// until tab; the form then asks what the step asks beside the jobs (the certificate). The draft
// holds the jobs as they stand after every key, so the running total, the programs and the
// categories follow each job added, edited or removed. ctrl+l switches between the quick estimate
// with year counts and the list of jobs; from jobs to counts only after a yes.

// jobsConfig is what the list of jobs needs from the program.
func (c *common) jobsConfig() jobs.Config {
	table, _ := noc.Embedded() // the rules were checked against it at start: it reads
	st := c.styles
	return jobs.Config{Table: table, Categories: c.categoriesOf, Today: c.today,
		Styles: &jobs.Styles{Selected: st.Selected, Muted: st.Muted, Bold: st.Bold, Good: st.Good, Bad: st.Bad, Warn: st.Warn},
		Theme:  st.Form, KeyMap: formKeyMapIn(c.p), P: c.p}
}

// categoriesOf names the categories whose version in force today lists a NOC code (French, which
// lists none, is never among them). The table of every code is built once.
func (c *common) categoriesOf(code string) []string {
	if c.catsOf == nil {
		c.catsOf = map[string][]string{}
		vs := c.rules.CategoriesOn(c.today)
		for i := range vs {
			for _, n := range vs[i].NOC {
				c.catsOf[n] = append(c.catsOf[n], vs[i].ID)
			}
		}
	}
	return c.catsOf[code]
}

// listsJobs reports whether a step shows a list of jobs: the work step, or the spouse's step,
// when it is given as jobs rather than year counts.
func (d *draft) listsJobs(id stepID) bool {
	switch id {
	case stepWork:
		return d.jobsMode
	case stepSpouse:
		return d.spouseJobsMode
	}
	return false
}

// jobsOf is the draft's list of jobs that a step edits, its primary occupation (the spouse's: a
// code never saved), and whether the step lists them.
func (d *draft) jobsOf(id stepID) (*scoring.JobList, *string, *bool) {
	if id == stepSpouse {
		none := ""
		return &d.spouseJobs, &none, &d.spouseJobsMode
	}
	return &d.jobs, &d.primaryNOC, &d.jobsMode
}

// asksWork reports whether a step asks work, as year counts or a list of jobs (ctrl+l switches).
func asksWork(id stepID) bool { return id == stepWork || id == stepSpouse }

// openJobs shows the list of jobs of the step.
func (w *wizardScreen) openJobs() {
	list, primary, _ := w.s.draft.jobsOf(w.step)
	cfg := w.c.jobsConfig()
	if w.step == stepSpouse {
		cfg.Heading, cfg.NoPrimary = w.c.p.T("wiz_jobs_spouse", nil), true
	}
	w.jobList = jobs.NewList(cfg, list.All(), *primary)
	w.inJobs = true
	w.syncJobs()
}

// syncJobs puts the list's jobs in the draft and assesses them again.
func (w *wizardScreen) syncJobs() {
	list, primary, _ := w.s.draft.jobsOf(w.step)
	*list, *primary = w.jobList.Jobs()
	w.s.refresh(w.c)
	counts := w.s.a.Work.Jobs[:list.Len()]
	if w.step == stepSpouse {
		counts = w.s.a.Work.SpouseRows[:list.Len()]
	}
	w.jobList.SetCounts(counts)
	w.helpLine = w.c.helpView(w.help(), w.moreKeys()...)
}

// updateJobs is update while the list of jobs shows.
func (w wizardScreen) updateJobs(msg tea.Msg) (wizardScreen, tea.Cmd) {
	keys := &w.c.keys
	switch msg := msg.(type) {
	case jobs.DoneMsg:
		w.inJobs = false
		start := w.startTotal // the step's change counts from when it opened, jobs included
		cmd := w.openForm(w.step, "")
		w.startTotal = start
		return w, cmd
	case jobs.CountsMsg:
		return w, w.useCounts()
	case tea.KeyMsg:
		w.note = ""
		if w.jobList.Listing() {
			switch {
			case key.Matches(msg, keys.PrevStep):
				return w, w.prev()
			case key.Matches(msg, keys.NextStep):
				return w, w.skip()
			case key.Matches(msg, keys.Steps):
				w.move = leaving
				return w, w.stepsCmd
			case key.Matches(msg, keys.WorkMode):
				cmd := w.jobList.AskDiscard()
				w.helpLine = w.c.helpView(w.help(), w.moreKeys()...)
				return w, cmd
			}
		}
	}
	// The job's form moves to its next field through a command, as the step's forms do: keys
	// that come before the move lands are held and played back after it (burst.go).
	move, before := moveOf(msg), w.jobList.Focused()
	var cmd tea.Cmd
	w.jobList, cmd = w.jobList.Update(msg)
	w.syncJobs()
	k, isKey := msg.(tea.KeyMsg)
	after := w.jobList.Focused()
	switch {
	case isKey && cmd != nil && after != nil && asksMove(k, after):
		return w, w.expect(fieldMove, cmd)
	case move == fieldMove && w.move == fieldMove && after != nil && after == before:
		return w, w.expect(groupMove, cmd) // the last field of its page: the page moves next
	case move != settled && (w.move == fieldMove || w.move == groupMove):
		w.move = settled
		return w.replay(cmd)
	}
	return w, cmd
}

// useCounts switches the work step to the quick estimate with year counts: the jobs are gone (the
// person said yes), the counts typed before, if any, are back.
func (w *wizardScreen) useCounts() tea.Cmd {
	list, primary, mode := w.s.draft.jobsOf(w.step)
	*list, *primary, *mode = scoring.JobList{}, "", false
	w.inJobs = false
	return w.open(w.step, "Year counts: a quick estimate. ctrl+l lists the jobs instead.")
}

// useJobs switches the work step to the list of jobs; the year counts stay in the draft, unused,
// should the person come back to them.
func (w *wizardScreen) useJobs() tea.Cmd {
	_, _, mode := w.s.draft.jobsOf(w.step)
	*mode = true
	return w.open(w.step, "")
}

// jobsHelp is the footer's keys while the list of jobs shows.
func (w *wizardScreen) jobsHelp() []key.Binding {
	k := &w.c.keys
	keys := w.jobList.Help()
	if w.jobList.Listing() {
		keys = append(keys, k.WorkCounts, k.Steps)
		if !w.onCopy {
			keys = append(keys, k.Save)
		}
		keys = append(keys, k.Quit)
	}
	return keys
}

// escJobs is esc in the list of keys of the jobs: one entry for its two uses, the step menu from
// the list and cancel in a job's form or the occupation picker (the list shows one entry a key).
var escJobs = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "steps (in a job: cancel)"))

// moreJobsKeys is the keys of the list of jobs that the footer has no room for, as many as fit in
// a line ("more keys: p primary • ctrl+l year counts • esc steps"), so that the list's keys are
// on the screen at 80 columns too; "" when the footer holds them all, or a form, the picker or a
// question shows (their keys are few).
func (w *wizardScreen) moreJobsKeys() string {
	if !w.jobList.Listing() {
		return ""
	}
	keys := w.jobsHelp()
	_, n := w.c.helpFit(keys, w.width, w.moreKeys()...)
	if n >= len(keys) {
		return ""
	}
	head := w.c.p.T("wiz_jobs_more_keys", nil) + " "
	line, shown := w.c.helpFit(keys[n:], w.width-len(head))
	if shown == 0 {
		return ""
	}
	return w.c.styles.Muted.Render(head) + line
}

// jobsFullHelp is every key of the list of jobs, for the list of keys.
func (w *wizardScreen) jobsFullHelp() []key.Binding {
	k := &w.c.keys
	keys := []key.Binding{jobs.KeyAdd, jobs.KeyEdit, jobs.KeyOcc, jobs.KeyRemove, jobs.KeyPrimary, jobs.KeyMove,
		jobs.KeyDone, k.WorkCounts, k.Step, escJobs, jobs.KeyYesNo}
	if w.onCopy {
		return append(keys, k.Quit, k.Interrupt)
	}
	return append(keys, k.Save, k.Quit, k.Interrupt)
}

// fitWords breaks s into lines of at most width columns at its spaces only (a category's name,
// "senior-managers", is never split at its hyphen); a word longer than width is cut.
func fitWords(s string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case ansi.StringWidth(line)+1+ansi.StringWidth(w) <= width:
			line += " " + w
		default:
			out = append(out, ansi.Truncate(line, width, "…"))
			line = w
		}
	}
	if line != "" {
		out = append(out, ansi.Truncate(line, width, "…"))
	}
	return out
}

// categoryLine is the categories the jobs' occupations are listed in today, met or not:
// "Categories: healthcare ✓ stem ✗"; "" without jobs in a listed occupation.
func (w *wizardScreen) categoryLine() string {
	d := &w.s.draft
	if !d.jobsMode || d.jobs.Len() == 0 || (w.inJobs && w.step == stepSpouse) {
		return "" // categories are the applicant's
	}
	listed := map[string]bool{}
	for _, j := range d.jobs.All() {
		for _, id := range w.c.categoriesOf(j.NOC) {
			listed[id] = true
		}
	}
	st := w.c.styles
	var parts []string
	for _, r := range w.s.cats {
		if !listed[r.ID] {
			continue
		}
		if r.Eligible {
			parts = append(parts, st.Good.Render(r.ID+" ✓"))
		} else {
			parts = append(parts, st.Bad.Render(r.ID+" ✗"))
		}
	}
	if len(parts) == 0 {
		return w.c.p.T("wiz_jobs_cats_none", nil)
	}
	return w.c.p.T("wiz_jobs_cats", i18n.Args{"List": strings.Join(parts, " ")})
}
