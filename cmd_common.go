package main

import (
	"time"

	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/scoring"
)

// What the commands share once their flags are parsed: the rules in force on a day with one
// profile read under them, and a result printed as one JSON line.

// profileAt is rules as in force on day and the profile file read under them. A day the rules do
// not cover is a usage error named by dayFlag ("--at", "--ita-date"); a profile with problems is
// printed as its errors. The int is exitOK, or the exit code to return.
func (e *env) profileAt(f *flags, rules *scoring.Rules, day time.Time, dayFlag, file string) (*scoring.Rules, scoring.Profile, int) {
	rulesAt, err := rules.At(day)
	if err != nil {
		return nil, scoring.Profile{}, f.flagErr(dayFlag, err)
	}
	p, err := readProfile(rulesAt, file)
	if err != nil {
		e.printErr(err)
		return nil, scoring.Profile{}, exitFail
	}
	return rulesAt, p, exitOK
}

// printJSON prints v as one JSON line on standard output: exitOK, or exitFail after saying why.
func (e *env) printJSON(v any) int {
	if err := report.JSONLine(e.stdout, v); err != nil {
		e.fail(err)
		return exitFail
	}
	return exitOK
}

// rulesFlag declares --rules: a rules file instead of the embedded rules.toml.
func (f *flags) rulesFlag() *string {
	return f.String("rules", "", "rules file instead of the embedded rules.toml")
}

// parseOne parses args for a command of one profile file: the positional arguments, exactly one,
// and exitOK; or, after a usage error, the exit code.
func (f *flags) parseOne(args []string) ([]string, int) {
	files, ok := f.parse(args)
	if !ok {
		return nil, exitUsage
	}
	if len(files) != 1 {
		return nil, f.usageErrT("cli_give_one_profile", nil)
	}
	return files, exitOK
}
