package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/scoring"
	"github.com/eewizard/eewizard/tui/jobs"
)

// The work step of accessible mode: the same choice as the wizard's (year counts, or a list of
// jobs), and the list asked as prompts: add a job (words of its title or its code, then a number
// among the matches; its dates, hours and conditions), edit, remove, the primary occupation.

// accessibleMatches is how many matches of a search are read out.
const accessibleMatches = 9

// askWorkMode asks whether the work of a step (the work step, the spouse's) is given as a list of
// jobs, and asks the list; false when the input has ended.
func (x *accessible) askWorkMode(id stepID) bool {
	list, primary, mode := x.s.draft.jobsOf(id)
	useJobs := *mode
	q := "List your jobs one by one (occupation, dates and hours: categories and dates are then known) instead of year counts?"
	if id == stepSpouse {
		q = "List your spouse's or partner's jobs one by one (occupation, dates and hours) instead of their years of Canadian work?"
	}
	if !x.runForm(huh.NewGroup(newAccessibleYesNo(q, &useJobs))) {
		return false
	}
	if !useJobs && *mode && list.Len() > 0 {
		discard := false
		if !x.runForm(huh.NewGroup(newAccessibleYesNo(fmt.Sprintf("Discard the %s entered and use year counts?",
			plural.Count(list.Len(), "job", "jobs")), &discard))) {
			return false
		}
		useJobs = !discard
	}
	if !useJobs {
		*list, *primary, *mode = scoring.JobList{}, "", false
		return true
	}
	*mode = true
	return x.askJobs(id)
}

// The choices of askJobs' menu.
const (
	jobsAdd = iota
	jobsEdit
	jobsRemove
	jobsPrimary
	jobsDone
)

// askJobs is the list of jobs of a step as a menu, until done.
func (x *accessible) askJobs(id stepID) bool {
	list, primaryNOC, _ := x.s.draft.jobsOf(id)
	for {
		x.s.refresh(x.c)
		x.sayJobs(id)
		choice := jobsDone
		if !x.list("Your jobs: what next?", &choice, x.jobsMenu(id, list)) {
			return false
		}
		ok := true
		switch choice {
		case jobsAdd:
			if list.Len() >= scoring.MaxJobs {
				x.say("A history holds at most %d jobs.", scoring.MaxJobs)
				continue
			}
			ok = x.addJob(list)
		case jobsEdit:
			i, picked := x.pickJob(list, "Which job?")
			if !picked {
				return false
			}
			t := jobs.TextOf(&list.All()[i])
			ok = x.askJob(list, i, &t)
		case jobsRemove:
			ok = x.removeJob(list, primaryNOC)
		case jobsPrimary:
			ok = x.askPrimary()
		case jobsDone:
			return true
		}
		if !ok {
			return false
		}
	}
}

// jobsMenu is what askJobs offers for list: edit and remove only with jobs, the primary
// occupation only on the applicant's work step with more than one skilled occupation.
func (x *accessible) jobsMenu(id stepID, list *scoring.JobList) []huh.Option[int] {
	opts := []huh.Option[int]{huh.NewOption("Add a job", jobsAdd)}
	if list.Len() > 0 {
		opts = append(opts, huh.NewOption("Edit a job", jobsEdit), huh.NewOption("Remove a job", jobsRemove))
	}
	if id == stepWork && len(x.skilledCodes()) > 1 {
		opts = append(opts, huh.NewOption("Choose the primary occupation (the one you apply under)", jobsPrimary))
	}
	return append(opts, huh.NewOption("Done with the jobs", jobsDone))
}

// removeJob asks which job to remove and to confirm, and removes it (and the primary occupation
// when it was that job's); false when the person left the form.
func (x *accessible) removeJob(list *scoring.JobList, primaryNOC *string) bool {
	i, picked := x.pickJob(list, "Remove which job?")
	if !picked {
		return false
	}
	yes := false
	all := list.All()
	if !x.runForm(huh.NewGroup(newAccessibleYesNo("Remove "+all[i].Name(i)+"?", &yes))) {
		return false
	}
	if yes {
		gone := all[i].NOC
		rest := append(append([]scoring.Job(nil), all[:i]...), all[i+1:]...)
		*list = scoring.Jobs(rest...)
		if *primaryNOC == gone {
			*primaryNOC = ""
		}
		x.say("Removed.")
	}
	return true
}

// sayJobs reads a step's list out, with what each job counted, and the running total.
func (x *accessible) sayJobs(id stepID) {
	d := &x.s.draft
	list, _, _ := d.jobsOf(id)
	all := list.All()
	counts := x.s.a.Work.Jobs[:]
	if id == stepSpouse {
		counts = x.s.a.Work.SpouseRows[:]
	}
	if len(all) == 0 {
		x.say("No jobs yet.")
	}
	table := x.c.jobsConfig().Table
	for i := range all {
		j := &all[i]
		end := "now"
		if !j.End.IsZero() {
			end = dateText(j.End)
		}
		where := "in Canada"
		if j.Abroad {
			where = "outside Canada"
		}
		line := fmt.Sprintf("Job %d: %s %s", i+1, j.NOC, table.Title(j.NOC))
		if j.Title != "" {
			line += " (" + j.Title + ")"
		}
		line += fmt.Sprintf(", %s, %s to %s, %s hours a week", where, dateText(j.Start), end, num(j.HoursPerWeek))
		if id == stepWork && j.NOC == d.primaryNOC {
			line += ", the primary occupation"
		}
		if c := &counts[i]; c.Counts {
			line += fmt.Sprintf("; counts %s for CRS", plural.Count(c.Years, "year", "years"))
		} else if c.Why != "" {
			line += "; does not count for CRS: " + c.Why
		}
		x.say("%s.", line)
	}
	w := wizardScreen{c: x.c, s: x.s}
	if cats := w.categoryLine(); cats != "" && id == stepWork {
		// The line is the wizard's, in the terminal's colours: said in words only.
		x.say("%s.", strings.NewReplacer(" ✓", " (met)", " ✗", " (not met)").Replace(ansi.Strip(cats)))
	}
	x.say("CRS so far: %d. %s.", x.s.a.CRS.Total, programsSaid(&x.s.a))
}

// programsSaid is "FSW eligible, CEC not eligible, FST not eligible".
func programsSaid(a *scoring.Assessment) string {
	parts := make([]string, 0, len(a.Programs))
	for i := range a.Programs {
		p := &a.Programs[i]
		if p.Eligible {
			parts = append(parts, p.ID.Acronym()+" eligible")
		} else {
			parts = append(parts, p.ID.Acronym()+" not eligible")
		}
	}
	return strings.Join(parts, ", ")
}

// list asks for one of opts by its number (an empty answer asks again).
func (x *accessible) list(title string, v *int, opts []huh.Option[int]) bool {
	return x.runForm(huh.NewGroup(&accessibleList[int]{Select: huh.NewSelect[int]().Title(title).Options(opts...).Value(v),
		title: title, opts: opts, v: v}))
}

// pickJob asks for a job of list by its number.
func (x *accessible) pickJob(list *scoring.JobList, title string) (int, bool) {
	all := list.All()
	opts := make([]huh.Option[int], len(all))
	for i := range all {
		opts[i] = huh.NewOption(all[i].Name(i), i)
	}
	i := 0
	return i, x.list(title, &i, opts)
}

// addJob asks the occupation by a search, then the job's answers, and adds it to list.
func (x *accessible) addJob(list *scoring.JobList) bool {
	table := x.c.jobsConfig().Table
	for {
		query := ""
		in := huh.NewInput().Title("Job title or NOC code (words of the title, or the code's first digits):").Value(&query).
			Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return fmt.Errorf("type words of the job's title (e.g. registered nurse) or its NOC code (e.g. 31301)")
				}
				return nil
			})
		if !x.runForm(huh.NewGroup(in)) {
			return false
		}
		matches := table.Search(query, accessibleMatches)
		if len(matches) == 0 {
			x.say("No NOC 2021 unit group matches %q: try other words or fewer.", strings.TrimSpace(query))
			continue
		}
		opts := make([]huh.Option[int], 0, len(matches)+1)
		for i, mt := range matches {
			opts = append(opts, huh.NewOption(x.unitWords(mt.Unit), i))
		}
		again := len(matches)
		opts = append(opts, huh.NewOption("None of these: search again", again))
		choice := 0
		if !x.list(fmt.Sprintf("%s for %q:", plural.Count(len(matches), "match", "matches"), strings.TrimSpace(query)), &choice, opts) {
			return false
		}
		if choice == again {
			continue
		}
		t := jobs.NewText(matches[choice].Unit.Code)
		return x.askJob(list, list.Len(), &t)
	}
}

// unitWords is a unit group with its TEER and the categories that list it today.
func (x *accessible) unitWords(u noc.Unit) string {
	s := fmt.Sprintf("%s %s, TEER %d", u.Code, u.Title, u.TEER)
	if cs := x.c.categoriesOf(u.Code); len(cs) > 0 {
		s += ", categories: " + strings.Join(cs, ", ")
	}
	return s
}

// askJob asks the answers of job i of list (list.Len(): a new one) and puts it in the list.
func (x *accessible) askJob(list *scoring.JobList, i int, t *jobs.Text) bool {
	d := &x.s.draft
	today := x.c.today
	b := formBuilder{p: x.c.p, d: d, r: x.c.rules, today: today, accessible: true}
	abroad := t.Abroad
	where := []huh.Option[bool]{huh.NewOption("In Canada", false), huh.NewOption("Outside Canada", true)}
	pages := []*huh.Group{
		huh.NewGroup(
			b.input("job.title", jobs.TitleTitle, jobs.TitleHelp, &t.Title, nil, ""),
			&accessibleList[bool]{Select: huh.NewSelect[bool]().Options(where...).Value(&abroad), title: jobs.CountryTitle, opts: where, v: &abroad},
		),
		huh.NewGroup(
			b.input("job.start", jobs.StartTitle, jobs.StartHelp, &t.Start, func(s string) error { _, err := t.CheckStart(s, i, today); return err }, ""),
			b.input("job.end", jobs.EndTitle, jobs.EndHelp, &t.End, func(s string) error { _, err := t.CheckEnd(s, i, today); return err }, ""),
			b.input("job.hours", jobs.HoursTitle, jobs.HoursHelp, &t.Hours, func(s string) error { _, err := t.CheckHours(s, i); return err }, ""),
			b.yesNo("job.self", jobs.SelfTitle, jobs.SelfHelp, &t.SelfEmployed),
			b.yesNo("job.student", jobs.StudentTitle, jobs.StudentHelp, &t.FullTimeStudent),
		),
	}
	for k, g := range pages {
		if !x.runForm(g) {
			return false
		}
		if k == 0 {
			t.Abroad = abroad
		}
	}
	if !t.Abroad && !x.runForm(huh.NewGroup(b.yesNo("job.authorized", jobs.AuthTitle, jobs.AuthHelp, &t.Authorized))) {
		return false
	}
	j, err := t.Job(i, today)
	next := append([]scoring.Job(nil), list.All()...)
	if err == nil {
		if i < len(next) {
			next[i] = j
		} else {
			next = append(next, j)
		}
		err = scoring.CheckJobsOverlap(next)
	}
	if err != nil {
		x.say("Not taken: %v", err)
		return true
	}
	verb := "Changed"
	if i >= list.Len() {
		verb = "Added"
	}
	*list = scoring.Jobs(next...)
	x.say("%s %s.", verb, j.Name(i))
	return true
}

// skilledCodes are the distinct skilled (TEER 0-3) occupations of the jobs.
func (x *accessible) skilledCodes() []string {
	table := x.c.jobsConfig().Table
	var out []string
	seen := map[string]bool{}
	for _, j := range x.s.draft.jobs.All() {
		if u, ok := table.Lookup(j.NOC); ok && u.TEER <= 3 && !seen[j.NOC] {
			seen[j.NOC] = true
			out = append(out, j.NOC)
		}
	}
	return out
}

// askPrimary asks the occupation applied under, or none (the skilled job with the most hours).
func (x *accessible) askPrimary() bool {
	table := x.c.jobsConfig().Table
	codes := x.skilledCodes()
	opts := []huh.Option[string]{huh.NewOption("Let eewizard choose: the skilled job with the most hours", "")}
	for _, c := range codes {
		opts = append(opts, huh.NewOption(c+" "+table.Title(c), c))
	}
	v := x.s.draft.primaryNOC
	title := "Which occupation do you apply under (FSW's continuous year, CEC's TEER, FST's trade)?"
	if !x.runForm(huh.NewGroup(&accessibleList[string]{Select: huh.NewSelect[string]().Options(opts...).Value(&v), title: title, opts: opts, v: &v})) {
		return false
	}
	x.s.draft.primaryNOC = v
	return true
}
