package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/fsafe"
	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// rules is `eewizard rules check [FILE]`.
func (e *env) rules(args []string) int {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprintf(e.stderr, "eewizard rules: want `rules check [FILE]`\n\n%s", usage)
		return exitUsage
	}
	f := e.newFlags("rules check")
	files, ok := f.parse(args[1:])
	if !ok {
		return exitUsage
	}
	if len(files) > 1 {
		return f.usageErr("give at most one rules file")
	}
	name, data := "rules.toml (embedded)", embeddedRules
	if len(files) == 1 {
		name = files[0]
		b, err := fsafe.Rules.ReadFile(name)
		if err != nil {
			fmt.Fprintln(e.stderr, err)
			return exitFail
		}
		data = b
	}
	r, err := scoring.LoadRules(name, data)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		if ps, isList := err.(scoring.Problems); isList && ps.Count() > 1 {
			fmt.Fprintf(e.stderr, "%d problems\n", ps.Count())
		}
		return exitFail
	}
	fmt.Fprintf(e.stdout, "%s: ok: %s\n", name, r.Title)
	fmt.Fprintf(e.stdout, "  in force from %s; history back to %s (%d dated periods)\n",
		r.InForce.Format("2006-01-02"), r.Earliest.Format("2006-01-02"), len(r.History))
	fmt.Fprintf(e.stdout, "  caps checked on the current tables and on the %d days before them when the rules change\n", len(r.ChangeDays()))
	fmt.Fprintf(e.stdout, "  CRS total %d; FSW pass mark %d; language tests: %s\n", r.CRS.Total, r.FSW.PassMark, strings.Join(r.TestNames(), ", "))
	fmt.Fprintf(e.stdout, "  %s\n", categorySummary(r))
	if feed, source, ok := e.loadFeed(); ok {
		e.feedCategories(r, feed, source)
	}
	if lo, hi := r.Checked(); len(r.Sources) > 0 {
		fmt.Fprintf(e.stdout, "  %s with sources, checked against them from %s to %s\n",
			plural.Count(len(r.Sources), "table", "tables"), lo.Format(time.DateOnly), hi.Format(time.DateOnly))
	} else {
		fmt.Fprintln(e.stdout, "  no table names its source")
	}
	return exitOK
}

// categorySummary says what rules check found of the categories: how many versions of how many
// categories, codes and round names, each checked.
func categorySummary(r *scoring.Rules) string {
	ids := map[string]bool{}
	codes, names := 0, 0
	for _, v := range r.Categories {
		ids[v.ID] = true
		codes += len(v.NOC)
		names += len(v.Rounds)
	}
	return fmt.Sprintf("categories: %s of %s; %s, all NOC 2021 unit groups; %s, each claimed by one version",
		plural.Count(len(r.Categories), "version", "versions"), plural.Count(len(ids), "category", "categories"),
		plural.Count(codes, "listed code", "listed codes"), plural.Count(names, "round name", "round names"))
}

// feedCategories says whether every category round of the feed in use is claimed by a version of
// the rules, listing those that are not: they are not assessed (a note, not a problem of the file).
func (e *env) feedCategories(r *scoring.Rules, feed *rounds.Feed, source string) {
	n := 0
	for _, rd := range feed.Rounds {
		if rd.Category.Selection() {
			n++
		}
	}
	errs := rounds.CheckCategories(r, feed)
	if len(errs) == 0 {
		fmt.Fprintf(e.stdout, "  rounds: %s, each judged by the version that claims its name; source: %s\n",
			plural.Count(n, "category round", "category rounds"), source)
		return
	}
	fmt.Fprintf(e.stdout, "  rounds: %d of %s not judged by these rules; source: %s\n",
		len(errs), plural.Count(n, "category round", "category rounds"), source)
	for _, err := range errs {
		fmt.Fprintf(e.stdout, "    %v\n", err)
	}
}
