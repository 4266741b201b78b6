package main

import (
	"flag"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// improve is `eewizard improve PROFILE [--target N | --category NAME] [--with-nomination] [--rounds N] [--at DATE]
// [--json] [--rules FILE] [--lang fr|en]`: the text in the language of --lang (or the locale), the
// JSON in English.
func (e *env) improve(args []string) int {
	f := e.newFlags("improve")
	target := f.Int("target", 0, "find the fewest changes that reach this CRS score")
	nomination := f.Bool("with-nomination", false, "let the plan for --target include a provincial nomination")
	category := f.String("category", "", "target the latest cut-off of this kind of round (cec, french, general, ...), and what it takes to enter it")
	lastN := f.Int("rounds", 10, "how many recent rounds of each kind to compare with")
	at := f.String("at", "", "plan as of this date (YYYY-MM-DD); default today")
	asJSON := f.Bool("json", false, "print JSON")
	rulesPath := f.rulesFlag()
	files, code := f.parseOne(args)
	if code != exitOK {
		return code
	}
	targetGiven := false
	f.Visit(func(fl *flag.Flag) { targetGiven = targetGiven || fl.Name == "target" })
	day, err := e.day(*at)
	if err != nil {
		return f.flagErr("--at", err)
	}
	rules, _, ok := e.loadRules(*rulesPath)
	if !ok {
		return exitFail
	}
	lang := i18n.For(f.lang)
	if *lastN < 1 {
		return f.usageErr("%s", lang.T("imp_err_rounds", i18n.Args{"N": *lastN}))
	}
	if targetGiven && (*target < 1 || *target > rules.CRS.Total) {
		return f.usageErr("%s", lang.T("imp_err_target", i18n.Args{"N": *target, "Max": rules.CRS.Total}))
	}
	rulesAt, p, code := e.profileAt(f, rules, day, "--at", files[0])
	if code != exitOK {
		return code
	}
	feed, source, ok := e.feedIn(lang)
	if !ok {
		return exitFail
	}
	opts := scoring.ImproveOptions{Target: *target, Nomination: *nomination}
	if *category != "" {
		if targetGiven {
			return f.usageErr("%s", lang.T("imp_err_target_and_category", nil))
		}
		if code := categoryTarget(f, lang, &opts, feed, rulesAt, *category, day); code != exitOK {
			return code
		}
	}
	a := scoring.Assess(rulesAt, &p, day)
	standing := report.NewStanding(feed, source, rulesAt, &a, rounds.KindsFor(rulesAt, &a, &p), *lastN)
	plan, err := scoring.ImproveWith(rules, &p, day, opts)
	if err != nil {
		f.failErr(err)
		return exitFail
	}
	if *asJSON {
		out := report.NewImproveFeed(files[0], &plan, feed)
		out.Standing = &standing
		return e.printJSON(out)
	}
	report.ImproveFeedIn(e.stdout, lang, files[0], &plan, &standing, feed)
	return exitOK
}

// categoryTarget sets opts for `improve --category NAME`: the latest cut-off of that kind of round
// as the target, what entering it takes, and for provincial nominee rounds the nomination. The int
// is exitOK, or the exit code after a usage error.
func categoryTarget(f *flags, lang *i18n.Printer, opts *scoring.ImproveOptions, feed *rounds.Feed, r *scoring.Rules, name string, day time.Time) int {
	cat, err := rounds.ParseCategory(name)
	if err != nil {
		return f.flagErr("--category", err)
	}
	latest := feed.Latest(cat, 1)
	if len(latest) == 0 {
		return f.usageErr("%s", lang.T("imp_err_no_round", i18n.Args{"Name": name}))
	}
	// The plan must also let the profile enter that kind of round: a cut-off reached is not
	// enough without, say, the French result French-language rounds ask.
	entry := rounds.Entry(r, cat, day)
	opts.Target, opts.Entry = latest[0].CutOff, &entry
	// Provincial nominee rounds invite only the nominated: the plan may include the nomination.
	opts.Nomination = opts.Nomination || cat == rounds.PNP
	return exitOK
}
