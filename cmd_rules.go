package main

import (
	"fmt"
	"strings"

	"github.com/eewizard/eewizard/fsafe"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// rules is `eewizard rules check [FILE]`.
func (e *env) rules(args []string) int {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprintf(e.stderr, "%s\n\n%s", e.p.T("cli_rules_want_check", nil), e.usage())
		return exitUsage
	}
	f := e.newFlags("rules check")
	files, ok := f.parse(args[1:])
	if !ok {
		return exitUsage
	}
	if len(files) > 1 {
		return f.usageErrT("cli_rules_at_most_one", nil)
	}
	name, data := e.p.T("cli_rules_embedded", nil), embeddedRules
	if len(files) == 1 {
		name = files[0]
		b, err := fsafe.Rules.ReadFile(name)
		if err != nil {
			e.printErr(err)
			return exitFail
		}
		data = b
	}
	r, err := scoring.LoadRules(name, data)
	if err != nil {
		e.printErr(err)
		if ps, isList := err.(scoring.Problems); isList && ps.Count() > 1 {
			fmt.Fprintln(e.stderr, e.p.T("cli_rules_problem_count", i18n.Args{"N": e.p.Count(ps.Count())}))
		}
		return exitFail
	}
	e.rulesSummary(name, r)
	return exitOK
}

// rulesSummary says what rules check found in rules r read from name.
func (e *env) rulesSummary(name string, r *scoring.Rules) {
	p := e.p
	title := r.Title
	if title == i18n.For(i18n.En).T("cli_rules_title", nil) {
		title = p.T("cli_rules_title", nil)
	}
	e.say(p.T("cli_rules_ok", i18n.Args{"Name": name, "Title": title}))
	e.say(p.T("cli_rules_in_force", i18n.Args{"InForce": p.Date(r.InForce), "Earliest": p.Date(r.Earliest), "N": p.Count(len(r.History))}))
	e.say(p.T("cli_rules_caps", i18n.Args{"N": p.Count(len(r.ChangeDays()))}))
	e.say(p.T("cli_rules_totals", i18n.Args{"Total": p.Count(r.CRS.Total), "Pass": p.Count(r.FSW.PassMark), "Tests": strings.Join(r.TestNames(), ", ")}))
	e.say("  " + categorySummary(p, r))
	if feed, source, ok := e.loadFeed(); ok {
		e.feedCategories(r, feed, source)
	}
	if lo, hi := r.Checked(); len(r.Sources) > 0 {
		e.say(p.T("cli_rules_sources", i18n.Args{"Tables": p.N("cli_rules_tables", len(r.Sources), nil), "From": p.Date(lo), "To": p.Date(hi)}))
	} else {
		e.say(p.T("cli_rules_no_sources", nil))
	}
}

// say prints a line of rules check on standard output: as it is in English, as English always
// wrote it; wrapped at 80 columns in another language (French runs longer), its continuation lines
// under its first word.
func (e *env) say(line string) {
	if e.p.Lang() == i18n.En {
		fmt.Fprintln(e.stdout, line)
		return
	}
	indent := line[:len(line)-len(strings.TrimLeft(line, " "))]
	wrapHanging(e.stdout, indent, indent+"  ", e.p.Fields(line), 80)
}

// categorySummary says what rules check found of the categories: how many versions of how many
// categories, codes and round names, each checked.
func categorySummary(p *i18n.Printer, r *scoring.Rules) string {
	ids := map[string]bool{}
	codes, names := 0, 0
	for _, v := range r.Categories {
		ids[v.ID] = true
		codes += len(v.NOC)
		names += len(v.Rounds)
	}
	return p.T("cli_rules_categories", i18n.Args{"Versions": p.N("cli_rules_versions", len(r.Categories), nil),
		"Categories": p.N("cli_rules_category_count", len(ids), nil), "Codes": p.N("cli_rules_codes", codes, nil),
		"Names": p.N("cli_rules_round_names", names, nil)})
}

// feedCategories says whether every category round of the feed in use is claimed by a version of
// the rules, listing those that are not: they are not assessed (a note, not a problem of the file).
func (e *env) feedCategories(r *scoring.Rules, feed *rounds.Feed, source string) {
	p := e.p
	n := 0
	for _, rd := range feed.Rounds {
		if rd.Category.Selection() {
			n++
		}
	}
	errs := rounds.CheckCategories(r, feed)
	if len(errs) == 0 {
		e.say(p.T("cli_rules_feed_ok", i18n.Args{"Rounds": p.N("cli_rules_category_rounds", n, nil), "Source": source}))
		return
	}
	e.say(p.T("cli_rules_feed_unjudged", i18n.Args{"N": p.Count(len(errs)), "Rounds": p.N("cli_rules_category_rounds", n, nil), "Source": source}))
	for _, err := range errs {
		fmt.Fprintf(e.stdout, "    %s\n", scoring.ErrorIn(p, err))
	}
}
