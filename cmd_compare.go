package main

import (
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// compareRounds is how many recent rounds of each kind a comparison's standing holds.
const compareRounds = 10

// compare is `eewizard compare PROFILE [--json] [--at DATE] [--rules FILE]`: the family scored as
// given and with the spouse as the principal applicant, side by side, and which is better.
func (e *env) compare(args []string) int {
	f := e.newFlags("compare")
	asJSON := f.Bool("json", false, "print JSON")
	at := f.String("at", "", "score as of this date (YYYY-MM-DD); default today")
	rulesPath := f.rulesFlag()
	files, code := f.parseOne(args)
	if code != exitOK {
		return code
	}
	day, err := e.day(*at)
	if err != nil {
		return f.flagErr("--at", err)
	}
	rules, _, ok := e.loadRules(*rulesPath)
	if !ok {
		return exitFail
	}
	rulesAt, p, code := e.profileAt(f, rules, day, "--at", files[0])
	if code != exitOK {
		return code
	}
	feed, source, ok := e.feedIn(i18n.For(f.lang))
	if !ok {
		return exitFail
	}
	standing := func(a *scoring.Assessment, q *scoring.Profile) report.Standing {
		return report.NewStanding(feed, source, rulesAt, a, rounds.KindsFor(rulesAt, a, q), compareRounds)
	}
	c := rulesAt.Compare(&p, day)
	out := report.NewCompare(files[0], rulesAt, &c, standing, &p)
	if *asJSON {
		return e.printJSON(out)
	}
	report.WriteCompareIn(e.stdout, i18n.For(f.lang), &out)
	return exitOK
}
