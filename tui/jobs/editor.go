package jobs

import (
	"github.com/eewizard/eewizard/i18n"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/eewizard/eewizard/scoring"
)

// Text is one job as typed: text for the dates and hours, values for the choices. Editing a job
// fills one from the job (TextOf), binds a fresh form to it, and reads it back (Job).
type Text struct {
	NOC             string
	Title           string
	Abroad          bool
	Start, End      string
	Hours           string
	SelfEmployed    bool
	FullTimeStudent bool
	Authorized      bool
}

// TextOf is a job as the editor shows it.
func TextOf(j *scoring.Job) Text {
	t := Text{NOC: j.NOC, Title: j.Title, Abroad: j.Abroad, Start: day(j.Start), End: day(j.End),
		Hours: strconv.FormatFloat(j.HoursPerWeek, 'f', -1, 64), SelfEmployed: j.SelfEmployed,
		FullTimeStudent: j.FullTimeStudent, Authorized: j.Authorized}
	if j.HoursPerWeek == 0 {
		t.Hours = ""
	}
	return t
}

// NewText is a new job in the unit group code: in Canada, authorized, the default hours.
func NewText(code string) Text {
	return Text{NOC: code, Authorized: true}
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// name is the job as messages name it (scoring.NamedJob, Job.Name in English): i is its index.
func (t *Text) name(i int) scoring.Told {
	j := scoring.Job{NOC: t.NOC, Title: strings.TrimSpace(t.Title)}
	return scoring.NamedJob(&j, i)
}

// Checks of each answer, with the profile reader's messages (scoring.CheckJob*). i is the job's
// index, today the day of the assessment.

// CheckStart checks the start date: required, a date, not after today.
func (t *Text) CheckStart(s string, i int, today time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, checkErr{"wiz_jobs_e_start_missing", t.name(i), ""}
	}
	d, err := scoring.ParseDay(s)
	if err != nil {
		return time.Time{}, checkErr{"wiz_jobs_e_start_bad", t.name(i), strconv.Quote(s)}
	}
	return d, scoring.CheckJobStart(t.name(i), d, today)
}

// CheckEnd checks the end date: empty (still in the job) or a date not before the start.
func (t *Text) CheckEnd(s string, i int, today time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	d, err := scoring.ParseDay(s)
	if err != nil {
		return time.Time{}, checkErr{"wiz_jobs_e_end_bad", t.name(i), strconv.Quote(s)}
	}
	start, serr := t.CheckStart(t.Start, i, today)
	if serr != nil {
		return d, nil // the start's own error is said at the start
	}
	return d, scoring.CheckJobEnd(t.name(i), start, d)
}

// CheckHours checks the paid hours a week: empty is the default (scoring.DefaultHoursPerWeek).
func (t *Text) CheckHours(s string, i int) (float64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	if s == "" {
		return scoring.DefaultHoursPerWeek, nil
	}
	h, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, checkErr{"wiz_jobs_e_hours_bad", t.name(i), strconv.Quote(s)}
	}
	return h, scoring.CheckJobHours(t.name(i), h)
}

// checkErr is an answer the editor cannot read: message id (wiz_jobs_e_*) with the job's name
// and the answer as typed, quoted. Its Error is the English; In writes it in any language.
type checkErr struct {
	id     string
	name   scoring.Told
	answer string
}

func (e checkErr) Error() string { return e.In(english) }

// In is the error in p's language.
func (e checkErr) In(p *i18n.Printer) string {
	return p.T(e.id, i18n.Args{"Job": e.name.In(p), "Answer": e.answer})
}

// ErrorIn is err in p's language: the editor's own errors, the engine's checks
// (scoring.ErrorIn), any other as it reads.
func ErrorIn(p *i18n.Printer, err error) string {
	if e, ok := err.(checkErr); ok {
		return e.In(p)
	}
	return scoring.ErrorIn(p, err)
}

// Job reads the answers into a job; the first answer that cannot be read is the error.
func (t *Text) Job(i int, today time.Time) (scoring.Job, error) {
	j := scoring.Job{NOC: t.NOC, Title: strings.TrimSpace(t.Title), Abroad: t.Abroad,
		SelfEmployed: t.SelfEmployed, FullTimeStudent: t.FullTimeStudent, Authorized: t.Authorized || t.Abroad}
	if err := scoring.CheckJobNOC(t.name(i), t.NOC); err != nil {
		return j, err
	}
	var err error
	if j.Start, err = t.CheckStart(t.Start, i, today); err != nil {
		return j, err
	}
	if j.End, err = t.CheckEnd(t.End, i, today); err != nil {
		return j, err
	}
	if j.HoursPerWeek, err = t.CheckHours(t.Hours, i); err != nil {
		return j, err
	}
	return j, nil
}

// Field texts of the editor, shared with accessible mode. They ask about "this job", not "you":
// the same editor asks the spouse's jobs.
const (
	TitleTitle   = "Your own words for this job (optional)"
	TitleHelp    = "E.g. Nurse, Toronto General: it names the job in the list."
	CountryTitle = "Where was this job?"
	StartTitle   = "First day"
	StartHelp    = "YYYY-MM-DD. Work before the last 10 years does not count for CRS."
	EndTitle     = "Last day (empty: still in this job)"
	EndHelp      = "YYYY-MM-DD, or leave it empty while the job goes on."
	HoursTitle   = "Paid hours a week"
	HoursHelp    = "Empty: 30. At most 30 a week count; part-time adds up (1,560 hours are one year)."
	SelfTitle    = "Self-employed in this job?"
	SelfHelp     = "Self-employment does not count for the Canadian Experience Class."
	StudentTitle = "A full-time student while in this job?"
	StudentHelp  = "Work during full-time study does not count for the Canadian Experience Class."
	AuthTitle    = "Authorized to work in Canada in this job?"
	AuthHelp     = "For example on a work permit. Work without authorization does not count."
)

// form is the editor of job i: three pages (who and where; dates and hours; the conditions), the
// last asking the authorization only for work in Canada.
func (t *Text) form(i int, today time.Time, theme *huh.Theme, keymap *huh.KeyMap, pr *i18n.Printer) *huh.Form {
	if pr == nil {
		pr = english
	}
	tr := func(id string) string { return pr.T("wiz_jobs_f_"+id, nil) }
	yesNo := func(title, help string, v *bool) *huh.Confirm {
		return huh.NewConfirm().Title(title).Description(help).Affirmative(pr.T("wiz_huh_yes", nil)).Negative(pr.T("wiz_huh_no", nil)).Value(v).WithButtonAlignment(lipgloss.Left)
	}
	f := huh.NewForm(
		huh.NewGroup(
			huh.NewInput().Key("title").Title(tr("title")).Description(tr("title_help")).Value(&t.Title).CharLimit(80),
			huh.NewSelect[bool]().Key("country").Title(tr("country")).Options(
				huh.NewOption(tr("in_canada"), false), huh.NewOption(tr("outside_canada"), true)).Value(&t.Abroad),
		),
		huh.NewGroup(
			huh.NewInput().Key("start").Title(tr("start")).Description(tr("start_help")).Value(&t.Start).CharLimit(20).
				Validate(func(s string) error { _, err := t.CheckStart(s, i, today); return err }),
			huh.NewInput().Key("end").Title(tr("end")).Description(tr("end_help")).Value(&t.End).CharLimit(20).
				Validate(func(s string) error { _, err := t.CheckEnd(s, i, today); return err }),
			huh.NewInput().Key("hours").Title(tr("hours")).Description(tr("hours_help")).Value(&t.Hours).Placeholder("30").CharLimit(10).
				Validate(func(s string) error { _, err := t.CheckHours(s, i); return err }),
		),
		huh.NewGroup(
			yesNo(tr("self"), tr("self_help"), &t.SelfEmployed).Key("self"),
			yesNo(tr("student"), tr("student_help"), &t.FullTimeStudent).Key("student"),
		),
		huh.NewGroup(yesNo(tr("auth"), tr("auth_help"), &t.Authorized).Key("authorized")).
			WithHideFunc(func() bool { return t.Abroad }),
	).WithShowHelp(false).WithShowErrors(false) // the list shows the error above the form
	if theme != nil {
		f = f.WithTheme(theme)
	}
	if keymap != nil {
		f = f.WithKeyMap(keymap)
	}
	return f
}
