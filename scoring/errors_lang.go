package scoring

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/safetext"
)

// Errors of profile files and rules files in any language. A Problem, and an *Error (what the
// checks return where they have no file of their own), keeps its message id (errors.toml,
// "err_*") and its arguments, typed, beside the English: Error() is the English, written from
// the English catalogue, and ErrorIn(p, err) writes any error in p's language.
//
// A message's arguments are positional: {{.A1}}, {{.A2}}... in the catalogue are the first,
// second... argument given to say. How each is written (arg): int as p.Count, time.Time as
// p.Date, quoted (a value from the file, in quotes) and fileValue (a value of the file as describe
// names it) as their own types, an error through ErrorIn, anything else with %v.

// quoted is a value of the file or of the rules written in quotes (Go's %q): a name the file
// gave, which stays as it was in every language.
type quoted string

// q quotes v (a string or a Stringer) as %q did.
func q(v any) quoted { return quoted(fmt.Sprint(v)) }

// isoDate is a date written as the file writes it (2024-05-31), in every language: a value to
// find in the file or to type.
type isoDate time.Time

// iso is d as the file writes it.
func iso(d time.Time) isoDate { return isoDate(d) }

// nocNames are NOC 2021 unit groups named by code and title ("31301 Registered nurses and
// registered psychiatric nurses"), the title in the printer's language, joined with ", or ".
type nocNames []string

// In names the unit groups in p's language.
func (n nocNames) In(p *i18n.Printer) string {
	units, err := noc.Embedded()
	s := make([]string, len(n))
	for i, code := range n {
		s[i] = code
		if err == nil {
			s[i] += " " + units.TitleIn(code, noc.Lang(p.Lang().Code()))
		}
	}
	return strings.Join(s, p.T("err_or", nil))
}

// andList is names joined with " and ".
type andList []string

// joinAnd is names joined with " and " in the printer's language.
func joinAnd(names []string) andList { return andList(names) }

// nYears is a number of years written with its word ("3 years", "3 ans").
type nYears int

// yearsTold is n years as an argument.
func yearsTold(n int) nYears { return nYears(n) }

// msg is message id with its positional arguments, as a Told.
func msg(id string, args ...any) Told {
	a := make(map[string]any, len(args))
	for i, v := range args {
		a["A"+strconv.Itoa(i+1)] = v
	}
	return Told{ID: id, Args: a}
}

// passOn is the id of a message that is its one argument written as it is (an error of a check,
// a problem of another reader): msg(passOn, err).
const passOn = ""

// In writes t in p's language, each argument as arg writes it.
func (t Told) In(p *i18n.Printer) string {
	if t.ID == passOn {
		return arg(p, t.Args["A1"])
	}
	a := make(i18n.Args, len(t.Args))
	for k, v := range t.Args {
		a[k] = arg(p, v)
	}
	return p.T(t.ID, a)
}

// arg writes one argument of a told error in p's language.
func arg(p *i18n.Printer, v any) string {
	switch x := v.(type) {
	case int:
		return p.Count(x)
	case int64:
		return p.Count(int(x))
	case string:
		return x
	case quoted:
		return strconv.Quote(string(x))
	case nYears:
		return YearsIn(p, int(x))
	case isoDate:
		return time.Time(x).Format(time.DateOnly)
	case time.Time:
		return p.Date(x)
	case fileValue:
		return x.In(p)
	case Told:
		return x.In(p)
	case []Told:
		s := make([]string, len(x))
		for i, t := range x {
			s[i] = t.In(p)
		}
		return strings.Join(s, ", ")
	case nocNames:
		return x.In(p)
	case andList:
		return strings.Join(x, p.T("err_and", nil))
	case Ability:
		return x.NameIn(p)
	case error:
		return ErrorIn(p, x)
	}
	return fmt.Sprint(v)
}

// Error is an error told as a message: the checks of a date, a job, a language score, a test,
// the rules' days. Its Error is the English; ErrorIn writes it in any language.
type Error struct {
	Told
	en string
}

// errorf is the error of message id with its arguments.
func errorf(id string, args ...any) *Error {
	t := msg(id, args...)
	e := &Error{Told: t, en: t.In(english)}
	if observed != nil {
		observed(e)
	}
	return e
}

// observed, when set (by the package's tests), is given every Problem and *Error made, so that a
// test sees each in French (errors_lang_test.go).
var observed func(error)

func (e *Error) Error() string { return e.en }

// Unwrap gives the errors among the arguments, for errors.Is and errors.As.
func (e *Error) Unwrap() []error {
	var out []error
	for _, v := range e.Args {
		if err, ok := v.(error); ok {
			out = append(out, err)
		}
	}
	return out
}

// Teller is an error that writes itself in any language: a Problem, Problems, an *Error, and
// the told errors of other packages (rounds', the checklist's, the wizard's), so that ErrorIn
// writes them without knowing which package made them. (Not Told's In: *ToldError has that
// through Told, and its arguments are report's to write.)
type Teller interface {
	error
	ErrorIn(p *i18n.Printer) string
}

// ErrorIn writes err in p's language: a Teller (itself, not one it wraps), errors joined (one a
// line) or wrapped ("prefix: " + the wrapped error, the prefix as it is). An error of another
// kind is its Error().
func ErrorIn(p *i18n.Printer, err error) string {
	if err == nil {
		return ""
	}
	if t, ok := err.(Teller); ok {
		return t.ErrorIn(p)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		parts := j.Unwrap()
		if joined := errors.Join(parts...); joined != nil && joined.Error() == err.Error() {
			s := make([]string, len(parts))
			for i, x := range parts {
				s[i] = ErrorIn(p, x)
			}
			return strings.Join(s, "\n")
		}
	}
	if inner := errors.Unwrap(err); inner != nil {
		if s, in := err.Error(), inner.Error(); strings.HasSuffix(s, in) {
			return s[:len(s)-len(in)] + ErrorIn(p, inner)
		}
	}
	return err.Error()
}

// ErrorIn is Error in p's language.
func (e *Error) ErrorIn(p *i18n.Printer) string { return e.In(p) }

// ErrorIn is Error in p's language.
func (p Problem) ErrorIn(pr *i18n.Printer) string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		b.WriteString(pr.T("err_at_line", i18n.Args{"Line": pr.Count(p.Line)}))
	}
	sep := pr.T("err_sep", nil)
	if p.Key != "" {
		b.WriteString(sep)
		b.WriteString(p.Key)
	}
	b.WriteString(sep)
	if p.Told.Args != nil {
		b.WriteString(p.Told.In(pr))
	} else {
		b.WriteString(p.Msg)
	}
	return safetext.Clean(b.String())
}

// ErrorIn is Error in p's language.
func (ps Problems) ErrorIn(p *i18n.Printer) string {
	s := make([]string, len(ps))
	for i, x := range ps {
		s[i] = x.ErrorIn(p)
	}
	return strings.Join(s, "\n")
}

// says is the Problem with message id and its arguments, its Msg the English.
func (p Problem) says(id string, args ...any) Problem {
	p.Told = msg(id, args...)
	p.Msg = p.Told.In(english)
	if observed != nil {
		observed(p)
	}
	return p
}

// fileValue is a value of the file named for an error message (describe): "the date
// 2024-05-31", "a table" in p's language.
type fileValue struct{ v any }

// id is the message that names the value, "" for a value written as it is.
func (t fileValue) id() string {
	switch x := t.v.(type) {
	case time.Time:
		switch x.Location().String() {
		case tomlLocalDate:
			return "err_value_date"
		case tomlLocalTime:
			return "err_value_time"
		}
		return "err_value_datetime"
	case map[string]any:
		return "err_value_table"
	case []any, []map[string]any:
		return "err_value_array"
	}
	return ""
}

// In names the value in p's language.
func (t fileValue) In(p *i18n.Printer) string {
	switch x := t.v.(type) {
	case time.Time:
		switch x.Location().String() {
		case tomlLocalDate:
			return p.T("err_value_date", i18n.Args{"A1": x.Format(time.DateOnly)})
		case tomlLocalTime:
			return p.T("err_value_time", i18n.Args{"A1": x.Format(time.TimeOnly)})
		case tomlLocalDateTime:
			return p.T("err_value_datetime", i18n.Args{"A1": x.Format("2006-01-02T15:04:05")})
		}
		return p.T("err_value_datetime", i18n.Args{"A1": x.Format(time.RFC3339)})
	case map[string]any:
		return p.T("err_value_table", nil)
	case []any, []map[string]any:
		return p.T("err_value_array", nil)
	}
	return describe(t.v)
}

// MsgIn is the problem's message alone (Msg) in p's language, without its file, line and key:
// for a reader that names the key itself (the wizard's fields). MsgIn(English) is Msg.
func (p Problem) MsgIn(pr *i18n.Printer) string {
	if p.Told.Args == nil {
		return p.Msg
	}
	return p.Told.In(pr)
}
