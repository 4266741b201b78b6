package tui

import (
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/noc"
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
	p := x.c.printer()
	q := p.T("wiz_aj_use_jobs", nil)
	if id == stepSpouse {
		q = p.T("wiz_aj_use_jobs_spouse", nil)
	}
	if !x.runForm(huh.NewGroup(newAccessibleYesNo(q, &useJobs))) {
		return false
	}
	if !useJobs && *mode && list.Len() > 0 {
		discard := false
		if !x.runForm(huh.NewGroup(newAccessibleYesNo(p.N("wiz_aj_discard", list.Len(), i18n.Args{"N": p.Count(list.Len())}), &discard))) {
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
		if !x.list(x.c.printer().T("wiz_aj_next", nil), &choice, x.jobsMenu(id, list)) {
			return false
		}
		ok := true
		switch choice {
		case jobsAdd:
			if list.Len() >= scoring.MaxJobs {
				x.tell("wiz_aj_max", i18n.Args{"Max": x.c.printer().Count(scoring.MaxJobs)})
				continue
			}
			ok = x.addJob(list)
		case jobsEdit:
			i, picked := x.pickJob(list, x.c.printer().T("wiz_aj_which", nil))
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
	t := func(id string) string { return x.c.printer().T(id, nil) }
	opts := []huh.Option[int]{huh.NewOption(t("wiz_aj_add"), jobsAdd)}
	if list.Len() > 0 {
		opts = append(opts, huh.NewOption(t("wiz_aj_edit"), jobsEdit), huh.NewOption(t("wiz_aj_remove"), jobsRemove))
	}
	if id == stepWork && len(x.skilledCodes()) > 1 {
		opts = append(opts, huh.NewOption(t("wiz_aj_primary"), jobsPrimary))
	}
	return append(opts, huh.NewOption(t("wiz_aj_done"), jobsDone))
}

// removeJob asks which job to remove and to confirm, and removes it (and the primary occupation
// when it was that job's); false when the person left the form.
func (x *accessible) removeJob(list *scoring.JobList, primaryNOC *string) bool {
	i, picked := x.pickJob(list, x.c.printer().T("wiz_aj_remove_which", nil))
	if !picked {
		return false
	}
	yes := false
	all := list.All()
	if !x.runForm(huh.NewGroup(newAccessibleYesNo(x.c.printer().T("wiz_aj_remove_q", i18n.Args{"Job": scoring.NamedJob(&all[i], i).In(x.c.printer())}), &yes))) {
		return false
	}
	if yes {
		gone := all[i].NOC
		rest := append(append([]scoring.Job(nil), all[:i]...), all[i+1:]...)
		*list = scoring.Jobs(rest...)
		if *primaryNOC == gone {
			*primaryNOC = ""
		}
		x.tell("wiz_aj_removed", nil)
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
		x.tell("wiz_aj_none", nil)
	}
	p, cfg := x.c.printer(), x.c.jobsConfig()
	for i := range all {
		j := &all[i]
		when := "wiz_aj_when_now"
		if !j.End.IsZero() {
			when = "wiz_aj_when"
		}
		where := p.T("wiz_aj_in_canada", nil)
		if j.Abroad {
			where = p.T("wiz_aj_outside_canada", nil)
		}
		line := p.T("wiz_aj_job", i18n.Args{"N": p.Count(i + 1), "Code": j.NOC, "Title": cfg.TitleIn(j.NOC)})
		if j.Title != "" {
			line += " (" + j.Title + ")"
		}
		line += p.T(when, i18n.Args{"Where": where, "Start": dateText(j.Start), "End": dateText(j.End), "Hours": numIn(p, j.HoursPerWeek)})
		if id == stepWork && j.NOC == d.primaryNOC {
			line += p.T("wiz_aj_is_primary", nil)
		}
		if c := &counts[i]; c.Counts {
			line += p.T("wiz_aj_counts", i18n.Args{"Years": yearsIn(p, c.Years)})
		} else if c.Why != "" {
			line += p.T("wiz_aj_counts_not", i18n.Args{"Why": cfg.WhyIn(c.Why)})
		}
		x.say("%s.", line)
	}
	w := wizardScreen{c: x.c, s: x.s}
	if cats := w.categoryLine(); cats != "" && id == stepWork {
		// The line is the wizard's, in the terminal's colours: said in words only.
		x.say("%s.", strings.NewReplacer(" ✓", " "+x.c.printer().T("wiz_aj_met", nil), " ✗", " "+x.c.printer().T("wiz_aj_not_met", nil)).Replace(ansi.Strip(cats)))
	}
	x.tell("wiz_aj_so_far", i18n.Args{"Total": x.c.printer().Count(x.s.a.CRS.Total), "Programs": programsSaidIn(x.c.printer(), &x.s.a)})
}

// programsSaidIn is "FSW eligible, CEC not eligible, FST not eligible" in pr's language.
func programsSaidIn(pr *i18n.Printer, a *scoring.Assessment) string {
	parts := make([]string, 0, len(a.Programs))
	for i := range a.Programs {
		p := &a.Programs[i]
		id := "wiz_aj_not_eligible"
		if p.Eligible {
			id = "wiz_aj_eligible"
		}
		parts = append(parts, pr.T(id, i18n.Args{"Program": p.ID.AcronymIn(pr)}))
	}
	return strings.Join(parts, ", ")
}

// list asks for one of opts by its number (an empty answer asks again).
func (x *accessible) list(title string, v *int, opts []huh.Option[int]) bool {
	return x.runForm(huh.NewGroup(&accessibleList[int]{Select: huh.NewSelect[int]().Title(title).Options(opts...).Value(v),
		title: title, opts: opts, v: v, p: x.c.printer()}))
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
		p := x.c.printer()
		in := huh.NewInput().Title(p.T("wiz_aj_search", nil)).Value(&query).
			Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return tell("wiz_aj_search_empty", nil)
				}
				return nil
			})
		if !x.runForm(huh.NewGroup(in)) {
			return false
		}
		matches := table.SearchIn(query, accessibleMatches, noc.Lang(p.Lang().Code()))
		if len(matches) == 0 {
			x.tell("wiz_jobs_p_none", i18n.Args{"Query": quote(strings.TrimSpace(query))})
			continue
		}
		opts := make([]huh.Option[int], 0, len(matches)+1)
		for i, mt := range matches {
			opts = append(opts, huh.NewOption(x.unitWords(mt.Unit), i))
		}
		again := len(matches)
		opts = append(opts, huh.NewOption(p.T("wiz_aj_again", nil), again))
		choice := 0
		if !x.list(p.N("wiz_aj_matches", len(matches), i18n.Args{"N": p.Count(len(matches)), "Query": quote(strings.TrimSpace(query))}), &choice, opts) {
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
	p := x.c.printer()
	s := p.T("wiz_aj_unit", i18n.Args{"Code": u.Code, "Title": x.jobsTitle(u.Code), "TEER": u.TEER})
	if cs := x.c.categoriesOf(u.Code); len(cs) > 0 {
		s += p.T("wiz_aj_unit_cats", i18n.Args{"List": strings.Join(cs, ", ")})
	}
	return s
}

// askJob asks the answers of job i of list (list.Len(): a new one) and puts it in the list.
func (x *accessible) askJob(list *scoring.JobList, i int, t *jobs.Text) bool {
	d := &x.s.draft
	today := x.c.today
	b := formBuilder{p: x.c.p, d: d, r: x.c.rules, today: today, accessible: true}
	abroad := t.Abroad
	p := x.c.printer()
	t2 := func(id string) string { return p.T(id, nil) }
	where := []huh.Option[bool]{huh.NewOption(t2("wiz_jobs_f_in_canada"), false), huh.NewOption(t2("wiz_jobs_f_outside_canada"), true)}
	pages := []*huh.Group{
		huh.NewGroup(
			b.input("job.title", t2("wiz_jobs_f_title"), t2("wiz_jobs_f_title_help"), &t.Title, nil, ""),
			&accessibleList[bool]{Select: huh.NewSelect[bool]().Options(where...).Value(&abroad), title: t2("wiz_jobs_f_country"), opts: where, v: &abroad, p: p},
		),
		huh.NewGroup(
			b.input("job.start", t2("wiz_jobs_f_start"), t2("wiz_jobs_f_start_help"), &t.Start, func(s string) error { _, err := t.CheckStart(s, i, today); return err }, ""),
			b.input("job.end", t2("wiz_jobs_f_end"), t2("wiz_jobs_f_end_help"), &t.End, func(s string) error { _, err := t.CheckEnd(s, i, today); return err }, ""),
			b.input("job.hours", t2("wiz_jobs_f_hours"), t2("wiz_jobs_f_hours_help"), &t.Hours, func(s string) error { _, err := t.CheckHours(s, i); return err }, ""),
			b.yesNo("job.self", t2("wiz_jobs_f_self"), t2("wiz_jobs_f_self_help"), &t.SelfEmployed),
			b.yesNo("job.student", t2("wiz_jobs_f_student"), t2("wiz_jobs_f_student_help"), &t.FullTimeStudent),
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
	if !t.Abroad && !x.runForm(huh.NewGroup(b.yesNo("job.authorized", t2("wiz_jobs_f_auth"), t2("wiz_jobs_f_auth_help"), &t.Authorized))) {
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
		x.tell("wiz_aj_not_taken", i18n.Args{"Err": errIn(p, err)})
		return true
	}
	said := "wiz_aj_changed"
	if i >= list.Len() {
		said = "wiz_aj_added"
	}
	*list = scoring.Jobs(next...)
	x.tell(said, i18n.Args{"Job": scoring.NamedJob(&j, i).In(p)})
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
	codes := x.skilledCodes()
	p, cfg := x.c.printer(), x.c.jobsConfig()
	opts := []huh.Option[string]{huh.NewOption(p.T("wiz_aj_let_choose", nil), "")}
	for _, c := range codes {
		opts = append(opts, huh.NewOption(c+" "+cfg.TitleIn(c), c))
	}
	v := x.s.draft.primaryNOC
	title := p.T("wiz_aj_primary_q", nil)
	if !x.runForm(huh.NewGroup(&accessibleList[string]{Select: huh.NewSelect[string]().Options(opts...).Value(&v), title: title, opts: opts, v: &v, p: p})) {
		return false
	}
	x.s.draft.primaryNOC = v
	return true
}

// jobsTitle is a NOC code's title in the wizard's language.
func (x *accessible) jobsTitle(code string) string {
	cfg := x.c.jobsConfig()
	return cfg.TitleIn(code)
}
