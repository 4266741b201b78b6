package main

import (
	"flag"
	"fmt"

	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/scoring"
)

// improve is `eewizard improve PROFILE [--target N] [--with-nomination] [--at DATE] [--json] [--rules FILE]`.
func (e *env) improve(args []string) int {
	f := e.newFlags("improve")
	target := f.Int("target", 0, "find the fewest changes that reach this CRS score")
	nomination := f.Bool("with-nomination", false, "let the plan for --target include a provincial nomination")
	at := f.String("at", "", "plan as of this date (YYYY-MM-DD); default today")
	asJSON := f.Bool("json", false, "print JSON")
	rulesPath := f.String("rules", "", "rules file instead of the embedded rules.toml")
	files, ok := f.parse(args)
	if !ok {
		return exitUsage
	}
	if len(files) != 1 {
		return f.usageErr("give one profile file")
	}
	targetGiven := false
	f.Visit(func(fl *flag.Flag) { targetGiven = targetGiven || fl.Name == "target" })
	day, err := e.day(*at)
	if err != nil {
		return f.usageErr("--at: %v", err)
	}
	rules, _, ok := e.loadRules(*rulesPath)
	if !ok {
		return exitFail
	}
	if targetGiven && (*target < 1 || *target > rules.CRS.Total) {
		return f.usageErr("--target %d: want a CRS score from 1 to %d", *target, rules.CRS.Total)
	}
	rulesAt, err := rules.At(day)
	if err != nil {
		return f.usageErr("--at: %v", err)
	}
	p, err := readProfile(rulesAt, files[0])
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitFail
	}
	plan, err := scoring.ImproveWith(rules, &p, day, scoring.ImproveOptions{Target: *target, Nomination: *nomination})
	if err != nil {
		fmt.Fprintf(e.stderr, "eewizard improve: %v\n", err)
		return exitFail
	}
	if *asJSON {
		if err := report.JSONLine(e.stdout, report.NewImprove(files[0], &plan)); err != nil {
			fmt.Fprintf(e.stderr, "eewizard: %v\n", err)
			return exitFail
		}
		return exitOK
	}
	report.Improve(e.stdout, files[0], &plan)
	return exitOK
}
