package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// repeated is a flag that may be given many times (--set A=1 --set B=2).
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ", ") }
func (r *repeated) Set(s string) error { *r = append(*r, s); return nil }

// whatif is `eewizard whatif PROFILE --ita-date DATE (--cutoff N | --round N) [--program P]
// [--category ID [--category-version N] | --french] [--set KEY=VALUE]... [--scenario ID]... [--json]
// [--rules FILE]`, and `eewizard whatif PROFILE --scenario list` (on the ITA's day if given, else
// today).
func (e *env) whatif(args []string) int {
	f := e.newFlags("whatif")
	itaDate := f.String("ita-date", "", "date of the Invitation to Apply (YYYY-MM-DD); default: the round's date")
	cutoff := f.Int("cutoff", -1, "the round's cut-off (lowest CRS score invited)")
	round := f.String("round", "", "the round number, from IRCC's rounds: fills in the cut-off, date and round type")
	program := f.String("program", "", "program invited under: fsw, cec, fst or pnp (default: from the round type, else any)")
	category := f.String("category", "", "a category round, for a typed --cutoff: the category's ID ("+strings.Join(scoring.CategoryIDs, ", ")+"); --round gives a round's own")
	categoryVersion := f.Int("category-version", 0, "with --category: the category's version (default: the one in force on the ITA date)")
	french := f.Bool("french", false, "a French-language proficiency round: the same as --category french")
	var sets, scenarios repeated
	f.Var(&sets, "set", "change an answer: KEY=VALUE with the profile key's dotted path (repeatable)")
	f.Var(&scenarios, "scenario", "apply a ready-made scenario by its ID (repeatable; --scenario list shows them)")
	asJSON := f.Bool("json", false, "print JSON")
	rulesPath := f.rulesFlag()
	files, ok := f.parse(args)
	if !ok {
		return exitUsage
	}
	if len(files) != 1 {
		return f.usageIn("wi_use_one_file", nil)
	}
	listing := len(scenarios) == 1 && scenarios[0] == "list"
	in := itaFlags{*itaDate, *cutoff, *round, *program, *category, *categoryVersion}
	if *french {
		if in.category != "" && in.category != "french" {
			return f.usageIn("wi_use_french_and_category", i18n.Args{"Category": in.category})
		}
		in.category = "french"
	}
	ita, rd, code := e.whatifITA(f, in, listing)
	if code != exitOK {
		return code
	}
	rules, _, ok := e.loadRules(*rulesPath)
	if !ok {
		return exitFail
	}
	if code := whatifCategory(f, rules, &ita, rd, in); code != exitOK {
		return code
	}
	rulesAt, before, code := e.profileAt(f, rules, ita.Date, itaDayName(*itaDate, *round), files[0])
	if code != exitOK {
		return code
	}
	p := i18n.For(f.lang)
	if listing {
		e.listScenarios(p, rulesAt, &before, ita.Date)
		return exitOK
	}
	after, titles, shown, code := e.applyChanges(f, p, rulesAt, before, ita.Date, scenarios, sets)
	if code != exitOK {
		return code
	}
	w, err := scoring.CompareITA(rules, &before, &after, ita, e.today)
	if err != nil {
		return f.usageErr("%s", report.ErrorIn(p, err))
	}
	if *asJSON {
		return e.printJSON(report.NewWhatIf(files[0], rulesAt, &w, titles))
	}
	report.WhatIfIn(e.stdout, p, files[0], rulesAt, &w, shown)
	return exitOK
}

// itaDayName is how an error names the ITA's day: by --ita-date, else by the round it is the day
// of, else today.
func itaDayName(itaDate, round string) string {
	switch {
	case itaDate == "" && round != "":
		return "--round " + round
	case itaDate == "":
		return "today"
	}
	return "--ita-date"
}

// listScenarios prints the ready-made scenarios for p after an ITA on day, each with its ID and
// the --set lines it stands for (`whatif --scenario list`), in lang's words.
func (e *env) listScenarios(lang *i18n.Printer, r *scoring.Rules, p *scoring.Profile, day time.Time) {
	for _, s := range scoring.Scenarios(r, p, day) {
		how := report.NoAnswerChangesIn(lang)
		if len(s.Set) > 0 {
			how = "--set " + strings.Join(s.Set, " --set ")
		}
		fmt.Fprintf(e.stdout, "%-22s %s\n%-22s %s\n", s.ID, report.ChangeTitleIn(lang, &s), "", how)
	}
}

// applyChanges is the profile before with the scenarios (by ID), then the --set lines, applied in
// turn, and the title of each, in English (for JSON) and in p's words (shown); or, after saying
// why one cannot be applied, the exit code.
func (e *env) applyChanges(f *flags, p *i18n.Printer, r *scoring.Rules, before scoring.Profile, day time.Time, scenarios, sets []string) (scoring.Profile, []string, []string, int) {
	after := before
	var titles, shown []string
	for _, id := range scenarios {
		s, err := scoring.ScenarioByID(r, &after, day, id)
		if err != nil {
			return after, nil, nil, f.usageErr("--%s", report.ErrorIn(p, err))
		}
		if after, err = s.ApplySets(r, after); err != nil {
			e.printErr(err)
			return after, nil, nil, exitFail
		}
		titles, shown = append(titles, s.Title), append(shown, report.ChangeTitleIn(p, &s))
	}
	for _, s := range sets {
		var err error
		if after, err = scoring.Set(r, after, s); err != nil {
			e.printErr(err)
			return after, nil, nil, exitUsage
		}
		titles, shown = append(titles, "--set "+s), append(shown, report.SetTitleIn(p, s))
	}
	return after, titles, shown, exitOK
}

// itaFlags are whatif's flags that describe the invitation.
type itaFlags struct {
	date    string // --ita-date
	cutoff  int    // --cutoff, -1 if not given
	round   string // --round
	program string // --program
	// category and version: --category (or "french" for --french) and --category-version
	category string
	version  int
}

// whatifITA builds the invitation from the flags: the round's cut-off, date and type with --round,
// or the typed cut-off and date. An --ita-date that is not the round's date is an error (the
// deadline and the rules in force both follow from the date). Listing scenarios needs no
// invitation: only a day, the ITA's if given, else the round's, else today.
func (e *env) whatifITA(f *flags, in itaFlags, listing bool) (scoring.ITA, *rounds.Round, int) {
	p := i18n.For(f.lang)
	itaDate, cutoff, round := in.date, in.cutoff, in.round
	ita := scoring.ITA{CutOff: cutoff, Program: in.program}
	var rd *rounds.Round
	var typed time.Time
	if itaDate != "" {
		d, err := scoring.ParseDay(itaDate)
		if err != nil {
			return ita, rd, f.flagErr("--ita-date", err)
		}
		typed = d
	}
	switch {
	case round != "" && cutoff >= 0:
		return ita, rd, f.usageIn("wi_use_cutoff_and_round", nil)
	case round != "":
		feed, _, ok := e.feedIn(p)
		if !ok {
			return ita, rd, exitFail
		}
		picked, found := feed.Find(strings.TrimPrefix(round, "#"))
		rd = &picked
		if !found {
			return ita, rd, f.usageIn("wi_use_no_round", i18n.Args{"Round": round, "Newest": feed.Rounds[0].Number, "Date": p.Date(feed.Rounds[0].Date)})
		}
		if !typed.IsZero() && !typed.Equal(rd.Date) {
			return ita, rd, f.usageIn("wi_use_date_contradicts", i18n.Args{"Date": p.Date(typed), "Round": rd.Number, "RoundDate": p.Date(rd.Date)})
		}
		ita.CutOff, ita.Round, ita.RoundFor, ita.Date = rd.CutOff, rd.Number, rd.Name, rd.Date
		if ita.Program == "" {
			ita.Program = rd.Category.Program()
		}
	case cutoff < 0 && !listing:
		return ita, rd, f.usageIn("wi_use_no_cutoff", nil)
	}
	if !typed.IsZero() {
		if typed.After(e.today) {
			return ita, rd, f.usageIn("wi_use_after_today", i18n.Args{"Date": p.Date(typed), "Today": p.Date(e.today)})
		}
		ita.Date = typed
	}
	if ita.Date.IsZero() {
		if !listing {
			return ita, rd, f.usageIn("wi_use_no_date", nil)
		}
		ita.Date = e.today
	}
	if err := scoring.CheckITAProgram(ita.Program); err != nil {
		return ita, rd, f.usageErr("--%s", report.ErrorIn(p, err))
	}
	return ita, rd, exitOK
}

// whatifCategory sets the ITA's category: a picked round's own version (rounds.VersionOf), or,
// for a typed cut-off, the version of --category (--category-version, else the one in force on the
// ITA date). A category round the rules cannot assess is kept as such (ITA.NotAssessed), never
// taken for a general round.
func whatifCategory(f *flags, r *scoring.Rules, ita *scoring.ITA, rd *rounds.Round, in itaFlags) int {
	p := i18n.For(f.lang)
	switch {
	case in.version != 0 && in.category == "":
		return f.usageIn("wi_use_version_needs_category", i18n.Args{"N": in.version})
	case rd != nil && in.category != "":
		return f.usageIn("wi_use_round_and_category", i18n.Args{"Round": rd.Number})
	case rd != nil:
		v, err := rounds.VersionOf(r, rd)
		if err != nil {
			ita.NotAssessed = err.Error()
		}
		ita.Category = v
	case in.category != "":
		v, err := r.CategoryVersionFor(in.category, in.version, ita.Date)
		if err != nil && in.version == 0 && strings.Contains(err.Error(), "no version is in force") {
			return f.usageIn("wi_use_category_in_force", i18n.Args{"Err": report.ErrorIn(p, err)})
		}
		if err != nil {
			return f.usageErr("--category: %s", report.ErrorIn(p, err))
		}
		ita.Category = v
	}
	return exitOK
}

// usageIn is a usage error of whatif's flags, message id of the catalogue in the printer's
// language (f.lang) with args.
func (f *flags) usageIn(id string, args i18n.Args) int {
	return f.usageErr("%s", i18n.For(f.lang).T(id, args))
}
