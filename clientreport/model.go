// Package clientreport writes the client report: one self-contained file (HTML with inline CSS
// and SVG, or Markdown) that a consultant hands to a client after an assessment. Both writers
// render one data model (Report), built here from the engine's own results: the CRS lines, the
// programs with their reasons, the categories, the standing against IRCC's rounds, the planner's
// changes and timeline, and, with an ITA, the what-if verdict. Nothing here computes a point.
//
// The report is written in English or French (Options.Lang): every word of its own from
// i18n/messages/*/clientreport.toml (crp_*), the engine's from scoring's XIn(p), numbers, dates and
// money as the language's printer writes them. Build writes the texts in the language; the
// writers write the headings and frames around them.
//
// Files: model.go (the data model and Build), lang.go (the words that come through other
// packages), chart.go (the chart of cut-offs over time) and chart_svg.go (its SVG), checklist.go
// (the checklist's form here), html.go with report.html.tmpl (HTML), markdown.go (Markdown).
package clientreport

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/checklist"
	"github.com/eewizard/eewizard/i18n"

	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// PresentName is the name shown instead of the client's in presentation mode.
const PresentName = "Client"

// Presented is a copy of profile p as presentation mode shows it: the name PresentName, and the
// children without their names (the checklist names a child "child 1" then). Nothing else
// changes: every score and document is the same.
func Presented(p *scoring.Profile) *scoring.Profile {
	q := *p
	q.Name = PresentName
	cs := append([]scoring.Child(nil), p.Children.All()...)
	for i := range cs {
		cs[i].Name = ""
	}
	q.Children = scoring.Children(cs...)
	return &q
}

// Options is what Build needs: the rules, the profile and the day, IRCC's rounds, and optionally an
// ITA.
type Options struct {
	Rules       *scoring.Rules // the rules as read (every period): Build takes those in force on Day
	RulesSource string         // "embedded rules.toml" or the --rules path
	Profile     *scoring.Profile
	Path        string    // the profile's file ("" for none): shown unless Present
	Day         time.Time // the day of the assessment
	Today       time.Time // today, for an ITA's days left (zero: Day)
	Feed        *rounds.Feed
	FeedSource  string
	Rounds      int          // how many recent rounds of each kind the standing compares (0: 10)
	Target      int          // the score the plan is for (0: the lowest latest cut-off the profile can enter)
	ITA         *scoring.ITA // nil: no what-if section
	Present     bool         // presentation mode: no path, and the name replaced by PresentName
	// Checklist is the application checklist after an ITA (the checklist package fills it); nil:
	// the section is left out.
	Checklist *Checklist
	// Lang is the report's language (the zero value: English).
	Lang i18n.Lang
}

// Report is everything the client report says, in the order it says it. Every text in it is
// already cleaned (safetext.Clean); the HTML writer escapes it again as HTML.
type Report struct {
	Lang         i18n.Lang // the language it is written in
	p            *i18n.Printer
	Name         string // the client's name, "" for none (PresentName in presentation mode)
	File         string // the profile's file name, "" in presentation mode or when none
	Present      bool
	Day          string // the day scored, as the report's language writes a date
	Age          int
	WithSpouse   bool
	RulesSource  string // where the rules came from
	RulesInForce string
	RulesChecked string // the newest checked date of the rules' tables
	RulesURL     string // the CRS criteria page the rules follow, without its scheme

	Total    int
	MaxTotal int
	Sections []Section
	Programs []Program
	// Categories are the category versions in force on the day, judged.
	Categories    []Category
	CategoriesOff string // the categories whose lists hold none of the jobs, in one sentence ("" for none)
	Warnings      []string

	Standing Standing
	Chart    Chart

	Suggestions     []Suggestion
	MoreSuggestions int // suggestions left out of the list (eewizard improve lists them all)
	Plan            *Plan
	TimelineMonths  int
	TimelineUntil   string
	Timeline        []Event

	WhatIf    *WhatIf
	Checklist *Checklist

	Statement string // IRCC decides, not this report
}

// Section is one of the four CRS sections with its lines.
type Section struct {
	Title  string
	Points int
	Lines  []Line
	Empty  string // what to say when it has no line
}

// Line is one CRS line.
type Line struct {
	Group  string // "Skill transferability: education" or ""
	Label  string
	Points int
	Cap    bool // a cap that takes points off
}

// Program is one program's eligibility, with the FSW grid.
type Program struct {
	Acronym  string
	Title    string
	Eligible bool
	Points   int // the FSW grid total
	PassMark int // FSW only
	Grid     []GridLine
	Reasons  []string // what fails
	Notes    []string // how a requirement was met
}

// GridLine is one line of the FSW grid.
type GridLine struct {
	Label  string
	Points int
}

// Category is one category version judged.
type Category struct {
	Title    string
	Eligible bool
	Reasons  []string // in English: the engine's own (see Why)
	Why      string   // the reasons in the report's language, in one sentence
}

// Standing is the score against the latest rounds of each kind the profile can enter.
type Standing struct {
	Source string
	Kinds  []Kind
	Pool   string   // the place in the pool in words, "" when unknown
	None   string   // why there is no kind, "" when there are some
	Notes  []string // the occupation categories not met and why (rounds.CategoryNotes)
}

// Kind is one kind of round and the score against its latest rounds.
type Kind struct {
	Title   string
	Why     string
	Invited int
	Of      int
	Latest  int      // the newest round's cut-off
	Date    string   // the newest round's date
	Skipped []string // the rounds of the kind not entered, by list version and reason (rounds.Standing.Excluded)
}

// Suggestion is one change that raises the score.
type Suggestion struct {
	Title string
	Gain  int
	Total int
}

// Plan is the plan for a target score.
type Plan struct {
	Target  int
	Why     string // where the target comes from
	Reached bool
	Say     string // the plan in one sentence
	Changes []string
	Total   int
}

// Event is a day on which the score changes by itself.
type Event struct {
	Date  string
	What  string
	Total int
	Delta int
}

// WhatIf is the verdict after an ITA, for the profile as given.
type WhatIf struct {
	ITADate  string
	Round    string // "round 437 (Canadian Experience Class)", or "" when the cut-off was typed
	CutOff   int
	Total    int // the CRS total on the ITA date
	Verdict  string
	Accept   bool
	Reasons  []string
	Deadline string
	When     string // "12 days left", "passed 3 days ago"
	Warnings []string
}

// Checklist is the application checklist after an ITA. The checklist package builds it; the
// report only shows it when it is there.
type Checklist struct {
	Deadline string // the day to apply by: an item with no Due is due then
	// Letter is what every employer reference letter must state, said once ("" when no item is a
	// reference letter): each letter's Why points to it.
	Letter string
	Items  []ChecklistItem
	Fees   []FeeLine
	Total  string // the fees' total in dollars
	// Unconfirmed says which fees were not read from IRCC's fee list ("": all were).
	Unconfirmed string
}

// ChecklistItem is one document or step of the application.
type ChecklistItem struct {
	Title string
	Who   string
	Why   string
	Due   string
}

// FeeLine is one fee of the application.
type FeeLine struct {
	What   string
	Amount string
}

// maxSuggestions is the most changes the report lists: beyond them, eewizard improve has the rest.
// Twelve keep the report within three pages.
const maxSuggestions = 12

// defaultRounds is how many recent rounds of each kind the standing compares by default, as
// eewizard improve does.
const defaultRounds = 10

// Build gathers the report from the engine's results.
func Build(o Options) (*Report, error) {
	if o.Rules == nil || o.Profile == nil {
		return nil, fmt.Errorf("clientreport: no rules or no profile")
	}
	day := scoring.Day(o.Day)
	rr, err := o.Rules.At(day)
	if err != nil {
		return nil, err
	}
	if o.Rounds <= 0 {
		o.Rounds = defaultRounds
	}
	if o.Present {
		o.Profile = Presented(o.Profile)
	}
	p := o.Profile
	pr := i18n.For(o.Lang)
	a := scoring.Assess(rr, p, day)
	rep := &Report{Lang: o.Lang, p: pr, Day: pr.Date(day), Age: a.Age, WithSpouse: a.CRS.WithSpouse, Present: o.Present,
		RulesSource: safetext.Clean(o.RulesSource), Total: a.CRS.Total, MaxTotal: rr.CRS.Total, Checklist: o.Checklist}
	rep.Name, rep.File = who(p.Name, o.Path, o.Present)
	rep.rules(rr)
	rep.crs(&a)
	rep.programs(rr, &a)
	rep.categories(rr, &a)
	for _, w := range a.Warnings() {
		rep.Warnings = append(rep.Warnings, safetext.Clean(w.TextIn(pr)))
	}
	kinds := rounds.KindsFor(rr, &a, p)
	rep.standing(o, rr, &a, kinds)
	rep.Chart = newChart(pr, o.Feed, kinds, a.CRS.Total, day, o.Rounds)
	target, why := o.Target, pr.T("crp_target_given", nil)
	if target <= 0 {
		target, why = defaultTarget(pr, o.Feed, kinds, a.CRS.Total)
	}
	plan, err := scoring.ImproveWith(o.Rules, p, day, scoring.ImproveOptions{Target: target})
	if err != nil {
		return nil, err
	}
	rep.improve(&plan, why)
	if target <= 0 && len(kinds) > 0 {
		rep.Plan = &Plan{Reached: true, Say: pr.T("crp_plan_not_needed", i18n.Args{"Total": pr.Count(a.CRS.Total)})}
	}
	if o.ITA != nil {
		if err := rep.whatIf(o); err != nil {
			return nil, err
		}
	}
	rep.Statement = statement(rep)
	return rep, nil
}

// categories fills in the categories in force on the day: each one met, or not met for a reason
// other than the list, with its reasons; those whose lists hold none of the jobs' occupations
// (all occupational ones, for a profile of year counts) in one sentence, so that ten lists the
// person is not in take one line.
func (rep *Report) categories(r *scoring.Rules, a *scoring.Assessment) {
	p := rep.p
	vs := r.CategoriesOn(a.Day)
	var off []string
	for i, c := range r.AssessCategories(a) {
		v := &vs[i]
		title := safetext.Clean(report.CategoryTitleIn(p, v))
		if !c.Eligible && v.Experience != nil && !v.ListsAny(a.Jobs()) {
			off = append(off, title)
			continue
		}
		rep.Categories = append(rep.Categories, Category{Title: title, Eligible: c.Eligible, Reasons: cleanAll(c.Reasons),
			Why: safetext.Clean(categoryWhyIn(p, v, &c))})
	}
	list := strings.Join(off, p.T("crp_sep", nil))
	switch {
	case len(off) == 0:
	case len(a.Jobs()) == 0:
		rep.CategoriesOff = p.T("crp_categories_off_no_jobs", i18n.Args{"List": list})
	default:
		rep.CategoriesOff = p.T("crp_categories_off", i18n.Args{"List": list})
	}
}

// who is the name and file shown: none of either in presentation mode, where the name is
// PresentName.
func who(name, path string, present bool) (string, string) {
	if present {
		return PresentName, ""
	}
	return safetext.Clean(name), safetext.Clean(path)
}

func cleanAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = safetext.Clean(x)
	}
	return out
}

// rules fills in the rules the report was scored under: their date in force, the newest checked
// date, and the CRS criteria page they follow (written without its scheme: the report links to
// nothing).
func (rep *Report) rules(rr *scoring.Rules) {
	rep.RulesInForce = rep.p.Date(rr.InForce)
	if _, newest := rr.Checked(); !newest.IsZero() {
		rep.RulesChecked = rep.p.Date(newest)
	}
	url := ""
	for _, s := range rr.Sources {
		if url == "" || strings.Contains(s.URL, "crs-criteria") {
			url = s.URL
		}
		if strings.Contains(s.URL, "crs-criteria") {
			break
		}
	}
	url = strings.TrimPrefix(strings.TrimPrefix(url, "https://"), "http://")
	rep.RulesURL = safetext.Clean(url)
}

// crs fills in the four sections with every line.
func (rep *Report) crs(a *scoring.Assessment) {
	c, p := &a.CRS, rep.p
	for s := scoring.Section(0); s < scoring.NumSections; s++ {
		sec := Section{Title: s.TitleIn(p), Points: c.Section(s), Empty: p.T("crp_none", nil)}
		if s == scoring.SectionSpouse {
			sec.Empty = p.T("crp_spouse_not_scored", nil)
		}
		for _, l := range c.Lines() {
			if l.Section == s {
				sec.Lines = append(sec.Lines, Line{Group: l.GroupIn(p), Label: l.LabelIn(p), Points: l.Points, Cap: l.IsCap()})
			}
		}
		rep.Sections = append(rep.Sections, sec)
	}
}

// programs fills in FSW (with its grid), CEC and FST with their reasons.
func (rep *Report) programs(rr *scoring.Rules, a *scoring.Assessment) {
	p := rep.p
	for i := range a.Programs {
		pr := &a.Programs[i]
		out := Program{Acronym: pr.ID.AcronymIn(p), Title: pr.ID.TitleIn(p), Eligible: pr.Eligible}
		if pr.ID == scoring.FSW {
			out.Points, out.PassMark = pr.Points, rr.FSW.PassMark
			for _, g := range pr.Grid() {
				out.Grid = append(out.Grid, GridLine{Label: g.LabelIn(p), Points: g.Points})
			}
		}
		for _, rs := range pr.Reasons() {
			if rs.Fails() {
				out.Reasons = append(out.Reasons, safetext.Clean(rs.TextIn(p)))
			} else {
				out.Notes = append(out.Notes, safetext.Clean(rs.TextIn(p)))
			}
		}
		rep.Programs = append(rep.Programs, out)
	}
}

// standing fills in the score against the latest rounds of each kind, and the place in the pool.
func (rep *Report) standing(o Options, r *scoring.Rules, a *scoring.Assessment, kinds []rounds.Kind) {
	score, p := a.CRS.Total, rep.p
	rep.Standing.Source = safetext.Clean(rounds.SourceIn(p, o.FeedSource))
	if len(kinds) == 0 {
		rep.Standing.None = p.T("crp_no_kind", nil)
	}
	for _, s := range o.Feed.Standings(r, a, kinds, o.Rounds) {
		k := Kind{Title: s.Kind.Category.TitleIn(p), Why: safetext.Clean(s.Kind.WhyIn(p)), Invited: s.Invited, Of: len(s.Rounds),
			Latest: s.Rounds[0].Round.CutOff, Date: p.Date(s.Rounds[0].Round.Date)}
		for _, e := range s.Excluded() {
			k.Skipped = append(k.Skipped, safetext.Clean(e.StringIn(p)))
		}
		rep.Standing.Kinds = append(rep.Standing.Kinds, k)
	}
	rep.Standing.Notes = rep.categoryNotes(rounds.CategoryNotesIn(p, r, a))
	if pos, ok := o.Feed.PositionOf(score); ok {
		id := "crp_pool"
		if pos.Approx {
			id = "crp_pool_about"
		}
		rep.Standing.Pool = p.T(id, i18n.Args{"Percent": decimal(p, pos.Percent), "Total": p.Number(pos.Total), "Date": p.Date(pos.AsOf)})
	}
}

// categoryNotes is the standing's notes on the categories not met, cleaned, without those the
// categories' sentence (CategoriesOff) already says: the categories whose lists hold none of the
// jobs, or all occupation categories for a profile without jobs (rounds.IsListNoteIn). One line
// points to it instead. Should rounds word its notes otherwise, they show in full: said twice,
// never lost.
func (rep *Report) categoryNotes(notes []string) []string {
	var out []string
	dropped := false
	for _, n := range notes {
		if rep.CategoriesOff != "" && rounds.IsListNoteIn(rep.p, n) {
			dropped = true
			continue
		}
		out = append(out, safetext.Clean(n))
	}
	if dropped {
		out = append(out, rep.p.T("crp_notes_see_below", nil))
	}
	return out
}

// defaultTarget is the plan's target when none is given: the lowest of the latest cut-offs above
// the score of the kinds of round the profile can enter (the nearest invitation it does not have
// yet), or, when it can enter none, the latest general round's cut-off. 0 when the score is at or
// above the latest cut-off of every kind it can enter: there is nothing to plan for.
func defaultTarget(p *i18n.Printer, feed *rounds.Feed, kinds []rounds.Kind, score int) (int, string) {
	best, name := 0, ""
	for _, k := range kinds {
		if latest := feed.Latest(k.Category, 1); len(latest) > 0 && latest[0].CutOff > score && (best == 0 || latest[0].CutOff < best) {
			best, name = latest[0].CutOff, k.Category.TitleIn(p)
		}
	}
	switch {
	case best > 0:
		return best, p.T("crp_target_nearest", i18n.Args{"Kind": name})
	case len(kinds) > 0:
		return 0, ""
	}
	if latest := feed.Latest(rounds.General, 1); len(latest) > 0 {
		return latest[0].CutOff, p.T("crp_target_general", nil)
	}
	return 0, ""
}

// improve fills in the planner's changes, its plan and the timeline.
func (rep *Report) improve(plan *scoring.Plan, why string) {
	p := rep.p
	for i, s := range plan.Suggestions {
		if i == maxSuggestions {
			rep.MoreSuggestions = len(plan.Suggestions) - i
			break
		}
		rep.Suggestions = append(rep.Suggestions, Suggestion{Title: safetext.Clean(report.ChangeTitleIn(p, &s.Change)), Gain: s.Gain, Total: s.Total})
	}
	if t := plan.Target; t != nil {
		out := &Plan{Target: t.Target, Why: why, Reached: t.Reached, Total: t.Total}
		for i := range t.Changes {
			out.Changes = append(out.Changes, safetext.Clean(report.ChangeTitleIn(p, &t.Changes[i])))
		}
		n := len(t.Changes)
		args := i18n.Args{"Total": p.Count(plan.Total), "Target": p.Count(t.Target), "New": p.Count(t.Total),
			"Short": p.Count(t.Short()), "Changes": p.N("crp_changes_n", n, nil)}
		switch {
		case t.Reached && n == 0:
			out.Say = p.T("crp_plan_there", args)
		case t.Reached:
			out.Say = p.T("crp_plan_reached", args)
		case n == 0:
			out.Say = p.T("crp_plan_none", args)
		default:
			out.Say = p.T("crp_plan_short", args)
		}
		rep.Plan = out
	}
	rep.TimelineMonths = scoring.TimelineMonths
	rep.TimelineUntil = p.Date(plan.Day.AddDate(0, scoring.TimelineMonths, 0))
	for i := range plan.Timeline {
		e := &plan.Timeline[i]
		rep.Timeline = append(rep.Timeline, Event{Date: p.Date(e.Date), What: safetext.Clean(report.TimelineWhatIn(p, e)), Total: e.Total, Delta: e.Delta})
	}
}

// whatIf fills in the verdict after the ITA for the profile as given (both sides the same, as
// eewizard whatif does without changes), and the deadline.
func (rep *Report) whatIf(o Options) error {
	today := o.Today
	if today.IsZero() {
		today = o.Day
	}
	w, err := scoring.CompareITA(o.Rules, o.Profile, o.Profile, *o.ITA, today)
	if err != nil {
		return err
	}
	p := rep.p
	out := &WhatIf{ITADate: p.Date(w.ITA.Date), CutOff: w.ITA.CutOff, Total: w.After.CRS.Total,
		Verdict: p.T("crp_verdict_accept", nil), Accept: w.Verdict == scoring.Accept, Reasons: toldAll(p, w.Reasons, w.ReasonsTold),
		Deadline: p.Date(w.Deadline), Warnings: toldAll(p, w.Warnings, w.WarningsTold)}
	if w.ITA.Round != "" {
		out.Round = safetext.Clean(p.T("crp_round_for", i18n.Args{"Number": w.ITA.Round, "For": rounds.TypeIn(p, w.ITA.RoundFor)}))
	}
	switch {
	case w.Expired:
		word := p.T("crp_verdict_word_accept", nil)
		if w.Verdict == scoring.Decline {
			word = p.T("crp_verdict_word_decline", nil)
		}
		out.Verdict = p.T("crp_verdict_expired", i18n.Args{"Verdict": word})
	case w.Verdict == scoring.Decline:
		out.Verdict = p.T("crp_verdict_decline", nil)
	}
	out.When = p.T("crp_today", nil)
	switch {
	case w.DaysLeft > 0:
		out.When = p.T("crp_days_left", i18n.Args{"Days": p.N("crp_days", w.DaysLeft, nil)})
	case w.DaysLeft < 0:
		out.When = p.T("crp_days_ago", i18n.Args{"Days": p.N("crp_days", -w.DaysLeft, nil)})
	}
	out.When = p.T("crp_when", i18n.Args{"Window": p.N("crp_days", w.WindowDay, nil), "When": out.When})
	rep.WhatIf = out
	if rep.Checklist == nil {
		c, err := checklist.Build(o.Rules, o.Profile, *o.ITA, today)
		if err != nil {
			return err
		}
		rep.Checklist = checklistOfIn(p, &c)
	}
	return nil
}

// statement is the plain statement that IRCC decides, with the rules' date and source.
func statement(rep *Report) string {
	p := rep.p
	checked, page := "", ""
	if rep.RulesChecked != "" {
		checked = p.T("crp_statement_checked", i18n.Args{"Date": rep.RulesChecked})
	}
	if rep.RulesURL != "" {
		page = p.T("crp_statement_page", i18n.Args{"URL": rep.RulesURL})
	}
	return p.T("crp_statement", i18n.Args{"Date": rep.RulesInForce, "Checked": checked, "Page": page})
}
