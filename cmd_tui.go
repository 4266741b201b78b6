package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/tui"
)

// wizard is `eewizard [--rules FILE] [--accessible]` and `eewizard open FILE`.
func (e *env) wizard(args []string, open bool) int {
	name := ""
	if open {
		name = "open"
	}
	f := e.newFlags(name)
	rulesPath := f.rulesFlag()
	accessible := f.Bool("accessible", os.Getenv("ACCESSIBLE") != "", "screen-reader mode: plain prompts, no full-screen")
	present := f.Bool("present", false, "presentation mode: no file path or directory shown, the name shown as \"Client\" (p turns it off)")
	files, ok := f.parse(args)
	if !ok {
		return exitUsage
	}
	switch {
	case open && len(files) != 1:
		return f.usageErrT("cli_give_one_to_open", nil)
	case !open && len(files) > 0:
		return f.usageErrT("cli_unexpected_open", i18n.Args{"Arg": strconv.Quote(files[0]), "File": files[0]})
	}
	if !tui.IsTerminal(os.Stdin) || !tui.IsTerminal(os.Stdout) {
		fmt.Fprintln(e.stderr, e.p.T("cli_needs_terminal", nil))
		return exitUsage
	}
	rules, source, ok := e.loadRules(*rulesPath)
	if !ok {
		return exitFail
	}
	// IRCC's rounds for the rounds panel and the what-if's round picker: a broken user's copy is
	// warned about here, before the full screen, and the embedded feed is used.
	feed, feedSource, ok := e.loadFeed() // the screens say themselves when the rounds are old
	if !ok {
		return exitFail
	}
	opts := tui.Options{Rules: rules, RulesSource: source, Rounds: feed, RoundsSource: feedSource,
		Accessible: *accessible, Present: *present, Lang: f.lang, Today: e.today}
	if open {
		rulesAt, err := rules.At(e.today)
		if err != nil {
			e.fail(err)
			return exitFail
		}
		p, err := readProfile(rulesAt, files[0])
		if err != nil {
			e.printErr(err)
			return exitFail
		}
		opts.Profile, opts.Path = &p, files[0]
	}
	if err := tui.Run(opts); err != nil {
		e.fail(err)
		return exitFail
	}
	return exitOK
}
