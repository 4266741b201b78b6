package main

import (
	"fmt"

	"github.com/eewizard/eewizard/fsafe"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/scoring"
)

// score is `eewizard score [--json] [--at DATE] [--rules FILE] [--lang fr|en] PROFILE...`: the text
// in French or English (i18n), the JSON always with English keys and reasons.
func (e *env) score(args []string) int {
	f := e.newFlags("score")
	asJSON := f.Bool("json", false, "one JSON object per profile per line")
	at := f.String("at", "", "score as of this date (YYYY-MM-DD); default today")
	rulesPath := f.rulesFlag()
	files, ok := f.parse(args)
	if !ok {
		return exitUsage
	}
	if len(files) == 0 {
		return f.usageErrT("score_no_files", nil)
	}
	day, err := e.day(*at)
	if err != nil {
		return f.flagErr("--at", err)
	}
	rules, _, ok := e.loadRules(*rulesPath)
	if !ok {
		return exitFail
	}
	rulesAt, err := rules.At(day)
	if err != nil {
		return f.flagErr("--at", err)
	}
	status := exitOK
	for i, file := range files {
		p, err := readProfile(rulesAt, file)
		if err != nil {
			e.printErr(err)
			status = exitFail
			continue
		}
		a := scoring.Assess(rulesAt, &p, day)
		if *asJSON {
			if code := e.printJSON(report.NewAssessment(file, rulesAt, &a)); code != exitOK {
				return code
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		report.ScoreIn(e.stdout, i18n.For(f.lang), file, rulesAt, &a)
	}
	return status
}

// readProfile reads and checks one profile file.
func readProfile(r *scoring.Rules, file string) (scoring.Profile, error) {
	data, err := fsafe.Profile.ReadFile(file)
	if err != nil {
		return scoring.Profile{}, err
	}
	return scoring.ReadProfile(r, file, data)
}
