package main

import (
	"errors"

	"github.com/eewizard/eewizard/checklist"
	"github.com/eewizard/eewizard/i18n"
)

// checklist is `eewizard checklist PROFILE (--ita-date DATE | --round N) [--program P] [--at DATE]
// [--json] [--rules FILE]`.
func (e *env) checklist(args []string) int {
	f := e.newFlags("checklist")
	itaDate := f.String("ita-date", "", "date of the Invitation to Apply (YYYY-MM-DD); default: the round's date")
	round := f.String("round", "", "the round number, from IRCC's rounds: fills in the date and the program")
	program := f.String("program", "", "program invited under: fsw, cec, fst or pnp (default: from the round type, else any)")
	at := f.String("at", "", "the day of applying the list is built for (YYYY-MM-DD); default today")
	asJSON := f.Bool("json", false, "print JSON")
	rulesPath := f.rulesFlag()
	files, code := f.parseOne(args)
	if code != exitOK {
		return code
	}
	if *itaDate == "" && *round == "" {
		return f.usageErr("%s", i18n.For(f.lang).T("chk_usage_no_ita", nil))
	}
	today, err := e.day(*at)
	if err != nil {
		return f.flagErr("--at", err)
	}
	// The invitation as whatif reads it; no cut-off is needed (listing: true).
	ita, _, code := e.whatifITA(f, itaFlags{date: *itaDate, cutoff: -1, round: *round, program: *program}, true)
	if code != exitOK {
		return code
	}
	rules, _, ok := e.loadRules(*rulesPath)
	if !ok {
		return exitFail
	}
	_, p, code := e.profileAt(f, rules, ita.Date, "--ita-date", files[0])
	if code != exitOK {
		return code
	}
	c, err := checklist.Build(rules, &p, ita, today)
	if err != nil {
		return f.usageErr("%s", checklistErrIn(i18n.For(f.lang), err))
	}
	if *asJSON {
		return e.printJSON(checklist.NewJSON(&c))
	}
	width := e.width
	if width <= 0 {
		width = 100 // a pipe or a file: long lines, wrapped for reading
	}
	checklist.TextIn(e.stdout, i18n.For(f.lang), &c, width)
	return exitOK
}

// checklistErrIn is an error of checklist.Build in p's language: its own words when it has them
// (checklist.DateError), else as it is.
func checklistErrIn(p *i18n.Printer, err error) string {
	var d *checklist.DateError
	if errors.As(err, &d) {
		return d.TextIn(p)
	}
	return err.Error()
}
