package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// repeated is a flag that may be given many times (--set A=1 --set B=2).
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ", ") }
func (r *repeated) Set(s string) error { *r = append(*r, s); return nil }

// whatif is `eewizard whatif PROFILE --ita-date DATE (--cutoff N | --round N) [--program P] [--french]
// [--set KEY=VALUE]... [--scenario ID]... [--json] [--rules FILE]`, and `eewizard whatif PROFILE
// --scenario list` (on the ITA's day if given, else today).
func (e *env) whatif(args []string) int {
	f := e.newFlags("whatif")
	itaDate := f.String("ita-date", "", "date of the Invitation to Apply (YYYY-MM-DD); default: the round's date")
	cutoff := f.Int("cutoff", -1, "the round's cut-off (lowest CRS score invited)")
	round := f.String("round", "", "the round number, from IRCC's rounds: fills in the cut-off, date and round type")
	program := f.String("program", "", "program invited under: fsw, cec, fst or pnp (default: from the round type, else any)")
	french := f.Bool("french", false, "a French-language proficiency round: NCLC 7 in all four must still hold (set by --round for such a round)")
	var sets, scenarios repeated
	f.Var(&sets, "set", "change an answer: KEY=VALUE with the profile key's dotted path (repeatable)")
	f.Var(&scenarios, "scenario", "apply a ready-made scenario by its ID (repeatable; --scenario list shows them)")
	asJSON := f.Bool("json", false, "print JSON")
	rulesPath := f.String("rules", "", "rules file instead of the embedded rules.toml")
	files, ok := f.parse(args)
	if !ok {
		return exitUsage
	}
	if len(files) != 1 {
		return f.usageErr("give one profile file: the profile as it was at the ITA")
	}
	listing := len(scenarios) == 1 && scenarios[0] == "list"
	ita, code := e.whatifITA(f, itaFlags{*itaDate, *cutoff, *round, *program, *french}, listing)
	if code != exitOK {
		return code
	}
	rules, _, ok := e.loadRules(*rulesPath)
	if !ok {
		return exitFail
	}
	rulesAt, err := rules.At(ita.Date)
	if err != nil {
		what := "--ita-date"
		switch {
		case *itaDate == "" && *round != "":
			what = "--round " + *round
		case *itaDate == "":
			what = "today"
		}
		return f.usageErr("%s: %v", what, err)
	}
	before, err := readProfile(rulesAt, files[0])
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitFail
	}
	if listing {
		for _, s := range scoring.Scenarios(rulesAt, &before, ita.Date) {
			how := "(no answer changes)"
			if len(s.Set) > 0 {
				how = "--set " + strings.Join(s.Set, " --set ")
			}
			fmt.Fprintf(e.stdout, "%-22s %s\n%-22s %s\n", s.ID, s.Title, "", how)
		}
		return exitOK
	}
	after := before
	var titles []string
	for _, id := range scenarios {
		found := false
		for _, s := range scoring.Scenarios(rulesAt, &after, ita.Date) {
			if s.ID == id {
				if after, err = s.ApplySets(rulesAt, after); err != nil {
					fmt.Fprintln(e.stderr, err)
					return exitFail
				}
				titles = append(titles, s.Title)
				found = true
				break
			}
		}
		if !found {
			return f.usageErr("--scenario %q does not apply to this profile; `--scenario list` shows the ones that do", id)
		}
	}
	for _, s := range sets {
		if after, err = scoring.Set(rulesAt, after, s); err != nil {
			fmt.Fprintln(e.stderr, err)
			return exitUsage
		}
		titles = append(titles, "--set "+s)
	}
	w, err := scoring.CompareITA(rules, &before, &after, ita, e.today)
	if err != nil {
		return f.usageErr("%v", err)
	}
	if *asJSON {
		if err := report.JSONLine(e.stdout, report.NewWhatIf(files[0], rulesAt, &w, titles)); err != nil {
			fmt.Fprintf(e.stderr, "eewizard: %v\n", err)
			return exitFail
		}
		return exitOK
	}
	report.WhatIf(e.stdout, files[0], rulesAt, &w, titles)
	return exitOK
}

// itaFlags are whatif's flags that describe the invitation.
type itaFlags struct {
	date    string // --ita-date
	cutoff  int    // --cutoff, -1 if not given
	round   string // --round
	program string // --program
	french  bool   // --french
}

// whatifITA builds the invitation from the flags: the round's cut-off, date and type with --round,
// or the typed cut-off and date. An --ita-date that is not the round's date is an error (the
// deadline and the rules in force both follow from the date). Listing scenarios needs no
// invitation: only a day, the ITA's if given, else the round's, else today.
func (e *env) whatifITA(f *flags, in itaFlags, listing bool) (scoring.ITA, int) {
	itaDate, cutoff, round := in.date, in.cutoff, in.round
	ita := scoring.ITA{CutOff: cutoff, Program: in.program, French: in.french}
	var typed time.Time
	if itaDate != "" {
		d, err := scoring.ParseDay(itaDate)
		if err != nil {
			return ita, f.usageErr("--ita-date: %v", err)
		}
		typed = d
	}
	switch {
	case round != "" && cutoff >= 0:
		return ita, f.usageErr("give --cutoff or --round, not both")
	case round != "":
		feed, _, ok := e.feed()
		if !ok {
			return ita, exitFail
		}
		rd, found := feed.Find(strings.TrimPrefix(round, "#"))
		if !found {
			return ita, f.usageErr("--round %s: no such round in IRCC's rounds (newest is %s of %s); see `eewizard draws`",
				round, feed.Rounds[0].Number, feed.Rounds[0].Date.Format(time.DateOnly))
		}
		if !typed.IsZero() && !typed.Equal(rd.Date) {
			return ita, f.usageErr("--ita-date %s contradicts --round %s, which was on %s: leave out --ita-date, or give the round of that day",
				typed.Format(time.DateOnly), rd.Number, rd.Date.Format(time.DateOnly))
		}
		ita.CutOff, ita.Round, ita.RoundFor, ita.Date = rd.CutOff, rd.Number, rd.Name, rd.Date
		if ita.Program == "" {
			ita.Program = rd.Category.Program()
		}
		ita.French = ita.French || rd.Category == rounds.French
	case cutoff < 0 && !listing:
		return ita, f.usageErr("give the round's cut-off with --cutoff N, or the round with --round N")
	}
	if !typed.IsZero() {
		if round == "" && typed.After(e.today) {
			return ita, f.usageErr("--ita-date %s is after today (%s): an invitation cannot be dated after the day it is read",
				itaDate, e.today.Format(time.DateOnly))
		}
		ita.Date = typed
	}
	if ita.Date.IsZero() {
		if !listing {
			return ita, f.usageErr("give the date of the invitation with --ita-date YYYY-MM-DD")
		}
		ita.Date = e.today
	}
	if err := scoring.CheckITAProgram(ita.Program); err != nil {
		return ita, f.usageErr("--%v", err)
	}
	return ita, exitOK
}
