package scoring

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/plural"
)

// ITA is an Invitation to Apply: when it was issued, the round's cut-off and the program the
// candidate was invited under.
type ITA struct {
	Date     time.Time
	CutOff   int
	Round    string // round number, when picked from IRCC's rounds ("" when the cut-off was typed)
	RoundFor string // the round's type in IRCC's words ("Canadian Experience Class"), if known
	Program  string // "fsw", "cec", "fst", "pnp", or "" (any program)
	// Category is the category version a category round was held under (its list and rule;
	// rounds.VersionOf gives a picked round's, Rules.CategoryVersionFor a typed one's): it must be
	// met on the ITA date and on the day of applying. nil for a round of no category.
	Category *CategoryVersion
	// NotAssessed says why a category round cannot be judged (no version of the rules claims it):
	// the what-if says so, and never takes such a round for a general one. "" otherwise.
	NotAssessed string
}

// Programs accepted for an ITA's Program.
var ITAPrograms = []string{"fsw", "cec", "fst", "pnp"}

// CheckITAProgram checks the program an ITA was issued under: one of ITAPrograms, or "" for any.
func CheckITAProgram(p string) error {
	if p == "" {
		return nil
	}
	for _, known := range ITAPrograms {
		if p == known {
			return nil
		}
	}
	want := strings.Join(ITAPrograms, ", ")
	return toldErr(fmt.Sprintf("program %q: want one of %s", p, want), "wi_err_program", map[string]any{"Value": strconv.Quote(p), "Want": want})
}

// Verdict is what a candidate holding an ITA should do after a change.
type Verdict uint8

// The two verdicts.
const (
	Accept  Verdict = iota // still at or above the cut-off and still eligible: apply, documenting the change
	Decline                // below the cut-off or no longer eligible: decline the invitation
)

func (v Verdict) String() string { return [...]string{"accept", "decline"}[v] }

// Moved is a CRS line whose points differ between two assessments.
type Moved struct {
	Section             Section
	Factor              Factor
	Ability             Ability
	Before              Line // zero Line when the line is new
	After               Line // zero Line when the line is gone
	HasBefore, HasAfter bool
	Delta               int
}

// Label names the moved line: "First official language, speaking", "Education + language".
func (m Moved) Label() string {
	if perAbility(m.Factor) {
		return m.Factor.Title() + ", " + m.Ability.String()
	}
	return m.Factor.Title()
}

// WhatIf compares a profile at its ITA with the profile as it is now, both scored on the ITA date,
// and says whether to accept or decline.
type WhatIf struct {
	ITA     ITA
	Before  Assessment
	After   Assessment
	Moved   []Moved
	Verdict Verdict
	Reasons []string // why the verdict: each failing condition with by how much, or why it holds
	// ReasonsTold and WarningsTold are Reasons and Warnings as told (whatif_told.go), one for each.
	ReasonsTold, WarningsTold []Told
	Deadline                  time.Time
	DaysLeft                  int      // from today to the deadline; negative when it has passed
	Expired                   bool     // the deadline has passed: the invitation expired unless it was answered
	Warnings                  []string // results or an ECA expiring before the deadline; a birthday before the deadline
	WindowDay                 int      // days to apply, from the rules in force on the ITA date
	ApplyOn                   time.Time
	// Category is the round's category judged at the ITA and on the day of applying (ApplyOn); nil
	// for a round of no category, or one not assessed (ITA.NotAssessed).
	Category *CategoryCheck
}

// CompareITA scores before (the profile as it was at the ITA) and after (as it is now) on the ITA
// date, with the rules in force that day: age is held at the ITA date. today gives the days left.
func CompareITA(r *Rules, before, after *Profile, ita ITA, today time.Time) (WhatIf, error) {
	ita.Date = Day(ita.Date)
	rr, err := r.At(ita.Date)
	if err != nil {
		return WhatIf{}, err
	}
	if err := CheckITAProgram(ita.Program); err != nil {
		return WhatIf{}, err
	}
	w := WhatIf{ITA: ita, WindowDay: rr.Timing.ITAWindowDays}
	w.Deadline = ita.Date.AddDate(0, 0, rr.Timing.ITAWindowDays)
	w.DaysLeft = int(w.Deadline.Sub(Day(today)).Hours() / 24)
	w.Expired = w.DaysLeft < 0
	// The application is made today (or on the ITA date, for an ITA in the future). A result that
	// has expired by then cannot be used: IRCC refuses an application with expired results, so its
	// points and the programs it met go, and the changed profile is scored without it.
	applyOn := Day(today)
	if applyOn.Before(ita.Date) {
		applyOn = ita.Date
	}
	w.ApplyOn = applyOn
	// A result taken after the ITA but by then counts; one not taken yet by then is left out too.
	usable, dropped := withoutUnusable(rr, after, applyOn)
	w.Before = Assess(rr, before, ita.Date)
	rr.assessInto(&usable, ita.Date, applyOn, &w.After)
	w.Moved = MovedLines(&w.Before.CRS, &w.After.CRS)

	a := &w.After
	total := a.CRS.Total
	var fails []told
	if total < ita.CutOff {
		fails = append(fails, tell(fmt.Sprintf("new score %d is %d below the round's cut-off of %d", total, ita.CutOff-total, ita.CutOff),
			"wi_below_cutoff", map[string]any{"Total": total, "Below": ita.CutOff - total, "CutOff": ita.CutOff}))
	}
	// "no longer" only when the profile at the ITA met the requirement.
	still := func(was bool) string {
		if was {
			return "no longer eligible"
		}
		return "not eligible"
	}
	var checks []told // warnings about the profile at the ITA
	switch ita.Program {
	case "fsw", "cec", "fst":
		id, _ := ParseProgram(ita.Program)
		was := w.Before.Programs[id].Eligible
		if !was {
			checks = append(checks, tell("the profile at the ITA is not eligible for "+id.Title()+" either",
				"wi_check_not_eligible_program", map[string]any{"Program": id}))
		}
		if !a.Programs[id].Eligible {
			for _, rs := range a.Programs[id].Reasons() {
				if rs.Fails() {
					fails = append(fails, tell(still(was)+" for "+id.Title()+": "+rs.String(),
						"wi_fails_program", map[string]any{"Was": was, "Program": id, "Reason": rs}))
				}
			}
		}
	case "pnp":
		if !after.Applicant.Nomination {
			fails = append(fails, tell("invited as a provincial nominee, but the nomination is no longer held", "wi_nomination_gone", nil))
		}
		if !before.Applicant.Nomination {
			checks = append(checks, tell("the profile at the ITA has no provincial nomination, yet it was invited as a nominee", "wi_check_no_nomination", nil))
		}
		fails = append(fails, anyProgram(a, still(w.Before.EligibleAny()), w.Before.EligibleAny())...)
	default:
		fails = append(fails, anyProgram(a, still(w.Before.EligibleAny()), w.Before.EligibleAny())...)
	}
	if ita.Program != "fsw" && ita.Program != "cec" && ita.Program != "fst" && !w.Before.EligibleAny() {
		checks = append(checks, tell("the profile at the ITA is not eligible for any program either", "wi_check_not_eligible_any", nil))
	}
	var warns []told // the category's warnings, which come before the others (warn)
	w.checkCategory(rr, &usable, applyOn, &fails, &checks, &warns)
	if exp, ok := ecaExpiry(rr, after); ok && !exp.After(applyOn) && (ita.Program == "fsw" || onlyFSW(a)) {
		fails = append(fails, tell(fmt.Sprintf("the educational credential assessment expired on %s: FSW needs a valid ECA on the day you apply",
			exp.Format("2006-01-02")), "wi_eca_expired", map[string]any{"Date": exp}))
	}
	w.verdict(ita, fails, dropped, total, applyOn)
	w.warn(rr, after, &usable, checks, warns, applyOn)
	return w, nil
}

// verdict sets the verdict and its reasons from what fails: DECLINE when anything does.
func (w *WhatIf) verdict(ita ITA, fails, dropped []told, total int, applyOn time.Time) {
	var reasons []told
	if len(fails) > 0 {
		w.Verdict = Decline
		// Dropped results explain the changed profile's score and eligibility: they come first.
		reasons = append(append(reasons, dropped...), fails...)
	} else {
		w.Verdict = Accept
		reasons = append(reasons, tell(fmt.Sprintf("score %d is at or above the round's cut-off of %d (%+d)", total, ita.CutOff, total-ita.CutOff),
			"wi_at_or_above", map[string]any{"Total": total, "CutOff": ita.CutOff, "Diff": total - ita.CutOff}))
		if ita.Program != "" {
			reasons = append(reasons, tell("still eligible for the program invited under ("+programWords(ita.Program)+")",
				"wi_still_program", map[string]any{"Program": programTold(ita.Program)}))
		} else {
			reasons = append(reasons, tell("still eligible for a program", "wi_still_any", nil))
		}
		if len(w.Moved) > 0 {
			reasons = append(reasons, tell("apply, and document the change in the application", "wi_document", nil))
		}
		if w.Category != nil && w.Category.OnApply.Eligible {
			reasons = append(reasons, tell(fmt.Sprintf("still meets the %s category (%s) on the day you apply, %s",
				w.Category.Version.Title, w.Category.Version, applyOn.Format(time.DateOnly)),
				"wi_still_category", map[string]any{"Category": w.Category.Version, "Date": applyOn}))
		} else if w.Category != nil && w.Category.OnApply.OnlyConditionsUnmet() {
			reasons = append(reasons, tell(fmt.Sprintf("still meets what the profile says of the %s category (%s) on the day you apply, %s; its other conditions are not checked here",
				w.Category.Version.Title, w.Category.Version, applyOn.Format(time.DateOnly)),
				"wi_still_category_said", map[string]any{"Category": w.Category.Version, "Date": applyOn}))
		}
		if ita.NotAssessed != "" {
			reasons = append(reasons, tell("the round's category is not assessed: check that you still meet it", "wi_category_not_assessed", nil))
		}
		reasons = append(reasons, dropped...)
	}
	if w.Expired {
		reasons = append([]told{tell(fmt.Sprintf("the deadline (%s) passed %s ago: the invitation has expired unless it was answered; the verdict below is what it would have been",
			w.Deadline.Format("2006-01-02"), plural.Count(-w.DaysLeft, "day", "days")),
			"wi_expired", map[string]any{"Date": w.Deadline, "Days": -w.DaysLeft})}, reasons...)
	}
	w.Reasons, w.ReasonsTold = split(reasons)
}

// warn sets the warnings: ws (the category's, from checkCategory) first, then the profile at the
// ITA that IRCC could not have invited, a round not assessed, results dated after the ITA, results
// expiring before the deadline, a birthday.
func (w *WhatIf) warn(rr *Rules, after, usable *Profile, checks, ws []told, applyOn time.Time) {
	ita := w.ITA
	for _, c := range checks {
		ws = append(ws, tell(c.en+", yet IRCC invites only eligible candidates: check the answers of the profile at the ITA",
			"wi_check", map[string]any{"Check": c.Told}))
	}
	if w.Before.CRS.Total < ita.CutOff {
		ws = append(ws, tell(fmt.Sprintf("the profile at the ITA scores %d, below the cut-off of %d, yet it was invited: check the cut-off, the date and the answers",
			w.Before.CRS.Total, ita.CutOff), "wi_before_below", map[string]any{"Total": w.Before.CRS.Total, "CutOff": ita.CutOff}))
	}
	if ita.NotAssessed != "" {
		ws = append(ws, notAssessedWarning(ita.NotAssessed))
	}
	ws = append(ws, notAtTheITA(&w.Before)...)
	ws = append(ws, expiryWarnings(rr, usable, applyOn, w.Deadline)...)
	if msg, ok := birthdayWarning(rr, after, ita.Date, w.Deadline, w.After.CRS.WithSpouse); ok {
		ws = append(ws, msg)
	}
	w.Warnings, w.WarningsTold = split(ws)
}

// programTold is what is told of the program an ITA was for: its ProgramID, or the provincial
// nominees' words (programWords).
func programTold(p string) any {
	if id, ok := ParseProgram(p); ok {
		return id
	}
	return Told{ID: "wi_pnp_words"}
}

func programWords(p string) string {
	if id, ok := ParseProgram(p); ok {
		return id.Title()
	}
	return "Provincial Nominee Program, through Express Entry"
}

func anyProgram(a *Assessment, how string, was bool) []told {
	if a.EligibleAny() {
		return nil
	}
	var why []string
	var reasons []Reason
	for i := range a.Programs {
		p := &a.Programs[i]
		for _, rs := range p.Reasons() {
			if rs.Fails() {
				why = append(why, p.ID.Acronym()+": "+rs.String())
				reasons = append(reasons, rs)
				break
			}
		}
	}
	return []told{tell(how+" for any Express Entry program ("+strings.Join(why, "; ")+")",
		"wi_fails_any", map[string]any{"Was": was, "Reasons": reasons})}
}

// MovedLines lists every CRS line whose points differ between before and after, in the order of the
// lines (lines only on one side count as moved).
func MovedLines(before, after *CRS) []Moved {
	type key struct {
		f Factor
		a Ability
	}
	var out []Moved
	idx := map[key]int{}
	for _, l := range before.Lines() {
		k := key{l.Factor, l.Ability}
		idx[k] = len(out)
		out = append(out, Moved{Section: l.Section, Factor: l.Factor, Ability: l.Ability, Before: l, HasBefore: true, Delta: -l.Points})
	}
	for _, l := range after.Lines() {
		k := key{l.Factor, l.Ability}
		if i, ok := idx[k]; ok {
			out[i].After, out[i].HasAfter = l, true
			out[i].Delta += l.Points
			continue
		}
		out = append(out, Moved{Section: l.Section, Factor: l.Factor, Ability: l.Ability, After: l, HasAfter: true, Delta: l.Points})
	}
	// A line moved when its points changed, or when it is on one side only (a job offer withdrawn
	// removes its line even though it gives no points now).
	moved := out[:0]
	for _, m := range out {
		if m.Delta != 0 || m.HasBefore != m.HasAfter {
			moved = append(moved, m)
		}
	}
	return moved
}

// expiryWarnings warns when a language result or the ECA stops counting after from (the day of
// applying) but before the deadline.
func expiryWarnings(r *Rules, p *Profile, from, deadline time.Time) []told {
	var out []told
	check := func(what string, l *Language) {
		if !l.Given() || l.Date.IsZero() {
			return
		}
		exp := AddYears(l.Date, r.Timing.LanguageValidYears)
		if !exp.After(deadline) && exp.After(from) {
			out = append(out, tell(fmt.Sprintf("%s result (%s, taken %s) expires on %s, before the deadline %s: results must be valid on the day you apply; apply before it expires",
				what, l.Test, l.Date.Format("2006-01-02"), exp.Format("2006-01-02"), deadline.Format("2006-01-02")),
				"wi_result_expires", map[string]any{"What": what, "Test": l.Test, "Taken": l.Date, "Date": exp, "Deadline": deadline}))
		}
	}
	check("first official language", &p.Applicant.FirstLanguage)
	check("second official language", &p.Applicant.SecondLanguage)
	if p.AccompanyingSpouse() {
		check("spouse's language", &p.Spouse.Language)
	}
	if exp, ok := ecaExpiry(r, p); ok && !exp.After(deadline) && exp.After(from) {
		out = append(out, tell(fmt.Sprintf("educational credential assessment (%s) expires on %s, before the deadline %s",
			p.Applicant.ECADate.Format("2006-01-02"), exp.Format("2006-01-02"), deadline.Format("2006-01-02")),
			"wi_eca_expires", map[string]any{"Taken": p.Applicant.ECADate, "Date": exp, "Deadline": deadline}))
	}
	return out
}

// ecaExpiry is the day the ECA stops counting, when its date is given.
func ecaExpiry(r *Rules, p *Profile) (time.Time, bool) {
	if d := p.Applicant.ECADate; !d.IsZero() {
		return AddYears(d, r.Timing.ECAValidYears), true
	}
	return time.Time{}, false
}

// onlyFSW reports whether FSW is the only program the assessment meets.
func onlyFSW(a *Assessment) bool {
	return a.Programs[FSW].Eligible && !a.Programs[CEC].Eligible && !a.Programs[FST].Eligible
}

// withoutUnusable returns p without the language results that cannot be used on day, the day of
// applying: expired by then, or not taken yet. A sentence says why for each one dropped.
func withoutUnusable(r *Rules, p *Profile, day time.Time) (Profile, []told) {
	q := *p
	var why []told
	for _, x := range []struct {
		what string
		l    *Language
	}{
		{"first official language", &q.Applicant.FirstLanguage},
		{"second official language", &q.Applicant.SecondLanguage},
		{"spouse's language", &q.Spouse.Language},
	} {
		switch {
		case !x.l.Given() || x.l.Date.IsZero():
			continue
		case x.l.Date.After(day):
			why = append(why, tell(fmt.Sprintf("the %s result (%s) is dated %s, after the day you apply (%s): a result counts only once the test is taken, so it is left out",
				x.what, x.l.Test, x.l.Date.Format(time.DateOnly), day.Format(time.DateOnly)),
				"wi_result_not_yet", map[string]any{"What": x.what, "Test": x.l.Test, "Date": x.l.Date, "Apply": day}))
		case YearsBetween(x.l.Date, day) >= r.Timing.LanguageValidYears:
			why = append(why, tell(fmt.Sprintf("the %s result (%s, taken %s) expired on %s, before you can apply: IRCC refuses an application with expired results, so it is left out (a new result can be given with --set)",
				x.what, x.l.Test, x.l.Date.Format("2006-01-02"), AddYears(x.l.Date, r.Timing.LanguageValidYears).Format("2006-01-02")),
				"wi_result_expired", map[string]any{"What": x.what, "Test": x.l.Test, "Taken": x.l.Date, "Date": AddYears(x.l.Date, r.Timing.LanguageValidYears)}))
		default:
			continue
		}
		*x.l = Language{}
	}
	return q, why
}

// notAtTheITA explains what the profile at the ITA holds that is dated after the ITA: it cannot
// have counted at the ITA, so the score at the ITA leaves it out.
func notAtTheITA(a *Assessment) []told {
	var out []told
	for _, w := range a.Warnings() {
		var what string
		switch w.Code {
		case WarnFirstLanguageNotYet:
			what = "first official language result (" + w.Test + ")"
		case WarnSecondLanguageNotYet:
			what = "second official language result (" + w.Test + ")"
		case WarnSpouseLanguageNotYet:
			what = "spouse's language result (" + w.Test + ")"
		case WarnECANotYet:
			what = "educational credential assessment"
		default:
			continue
		}
		date, by := w.Dates()
		out = append(out, tell(fmt.Sprintf("the %s is dated %s, after the ITA (%s): the profile at the ITA cannot have had it, so the score at the ITA leaves it out",
			what, date.Format(time.DateOnly), by.Format(time.DateOnly)),
			"wi_not_at_ita", map[string]any{"Code": w.Code, "Test": w.Test, "Date": date, "ITA": by}))
	}
	return out
}

// birthdayWarning explains a birthday between the ITA and the deadline that would cost age points.
func birthdayWarning(r *Rules, p *Profile, ita, deadline time.Time, spouse bool) (told, bool) {
	b := p.Applicant.BirthDate
	if b.IsZero() {
		return told{}, false
	}
	age := YearsBetween(b, ita)
	next := AddYears(b, age+1)
	if next.After(deadline) {
		return told{}, false
	}
	lost := r.CRS.Age.At(age, spouse) - r.CRS.Age.At(age+1, spouse)
	if lost <= 0 {
		return told{}, false
	}
	return tell(fmt.Sprintf("your birthday on %s falls after the ITA and before the deadline: turning %d would cost %d age points. "+
		"Age is held at the ITA date here: IRCC's public policy lets delegated officers exempt applicants who lose age points because of a birthday between the invitation and the application deadline (\"officers should consider applying the public policy\")",
		next.Format("2006-01-02"), age+1, lost), "wi_birthday", map[string]any{"Date": next, "Age": age + 1, "Lost": lost}), true
}

// Consequences says what each choice after an ITA leads to, in IRCC's terms, with the rules'
// numbers.
func Consequences(r *Rules) []string { return ConsequencesIn(i18n.For(i18n.En), r) }

// ConsequencesIn is Consequences in p's language, with the rules' numbers.
func ConsequencesIn(p *i18n.Printer, r *Rules) []string {
	return []string{
		p.T("wi_cons_apply", i18n.Args{"Days": p.N("days", r.Timing.ITAWindowDays, nil)}),
		p.T("wi_cons_decline", i18n.Args{"Months": p.N("months", r.Timing.PoolMonths, nil)}),
		p.T("wi_cons_nothing", nil),
		p.T("wi_cons_never", nil),
	}
}
