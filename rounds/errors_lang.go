package rounds

import (
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// toldError is an error of rounds that a person reads, kept as the id of its message in
// rounds.toml (rnd_err_*) and its arguments, so that ErrorIn writes it in any language; Error is
// its English. An argument that is an error is written by ErrorIn too (and is what Unwrap gives,
// so errors.Is and errors.As see through it), a time.Time is a day (Printer.Date), a *Feed is
// described (describeIn), an int is a count.
type toldError struct {
	id   string
	args map[string]any
}

// tellErr is the error of message id with args; an error argument is its cause.
func tellErr(id string, args map[string]any) error { return &toldError{id: id, args: args} }

func (e *toldError) Error() string { return e.in(en) }

// Unwrap gives the error's cause, its argument that is an error, if any.
func (e *toldError) Unwrap() error {
	for _, v := range e.args {
		if err, ok := v.(error); ok {
			return err
		}
	}
	return nil
}

func (e *toldError) in(p *i18n.Printer) string {
	args := make(i18n.Args, len(e.args))
	for k, v := range e.args {
		switch v := v.(type) {
		case error:
			args[k] = ErrorIn(p, v)
		case time.Time:
			args[k] = p.Date(v)
		case *Feed:
			args[k] = describeIn(p, v)
		case sourceArg:
			args[k] = SourceIn(p, string(v))
		case int:
			args[k] = p.Count(v)
		case datesArg:
			args[k] = datesIn(p, v.v)
		case categoryArg:
			args[k] = listIn(p, Category(v).String())
		case versionArg:
			args[k] = VersionIn(p, v.v)
		case grouped:
			args[k] = p.Number(int(v))
		default:
			args[k] = v
		}
	}
	return p.T(e.id, args)
}

// grouped is a toldError argument: a number written with its thousands grouped ("12,345").
type grouped int

// sourceArg is a toldError argument: where a feed came from, as Load says it.
type sourceArg string

// ErrorIn is in: a toldError is a scoring.Teller, which scoring.ErrorIn writes.
func (e *toldError) ErrorIn(p *i18n.Printer) string { return e.in(p) }

// ErrorIn writes err in p's language: the errors of rounds (Load, Import, Update, Download, Parse's
// refusals, ParseCategory) in p's words, any other error (the system's, as of a file that cannot
// be read) as it says itself.
func ErrorIn(p *i18n.Printer, err error) string {
	if err == nil {
		return ""
	}
	if t, ok := err.(*toldError); ok {
		return t.in(p)
	}
	return err.Error() // another error, or a rounds error wrapped in another's words
}

// describeIn summarises a feed's extent: "437 rounds up to round 436 on 2026-08-18".
func describeIn(p *i18n.Printer, f *Feed) string {
	n := f.last()
	return p.T("rnd_describe", i18n.Args{"Rounds": p.N("rnd_rounds", len(f.Rounds), nil), "Number": n.Number, "Date": p.Date(n.Date)})
}

// datesIn is scoring.CategoryVersion.Dates in p's language: "2023-07-07 to 2025-12-17", "du 7
// juillet 2023 au 17 décembre 2025".
func datesIn(p *i18n.Printer, v *scoring.CategoryVersion) string {
	switch {
	case p.Lang() == i18n.En:
		return v.Dates()
	case v.Until.IsZero():
		return p.T("rnd_dates_from", i18n.Args{"From": p.Date(v.From)})
	}
	return p.T("rnd_dates", i18n.Args{"From": p.Date(v.From), "Until": p.Date(v.Until)})
}
