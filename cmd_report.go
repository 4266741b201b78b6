package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/eewizard/eewizard/clientreport"
	"github.com/eewizard/eewizard/fsafe"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// report is `eewizard report PROFILE [-o FILE] [--format html|md] [--at DATE] [--ita-date DATE
// (--round N | --cutoff N)] [--target N] [--rounds N] [--present] [--rules FILE] [--lang fr|en]`:
// the client report in one self-contained file, in the language of --lang or the locale.
func (e *env) report(args []string) int {
	f := e.newFlags("report")
	out := f.String("o", "", "the file to write (- for standard output); default NAME-report.html beside the profile, never replaced")
	format := f.String("format", "", "html or md (default: from -o's extension, else html)")
	at := f.String("at", "", "score as of this date (YYYY-MM-DD); default today")
	itaDate := f.String("ita-date", "", "with an ITA: its date (YYYY-MM-DD); default: the round's date")
	cutoff := f.Int("cutoff", -1, "with an ITA: the round's cut-off")
	round := f.String("round", "", "with an ITA: the round number, from IRCC's rounds")
	target := f.Int("target", 0, "the score the plan is for (default: the lowest latest cut-off of the rounds the profile can enter)")
	lastN := f.Int("rounds", 10, "how many recent rounds of each kind to compare with")
	present := f.Bool("present", false, "presentation mode: no file path, and the name replaced by \"Client\"")
	rulesPath := f.String("rules", "", "rules file instead of the embedded rules.toml")
	files, ok := f.parse(args)
	if !ok {
		return exitUsage
	}
	lang := i18n.For(f.lang)
	if len(files) != 1 {
		return f.usageErr("%s", lang.T("crp_cli_one_file", nil))
	}
	kind, err := reportFormat(lang, *format, *out)
	if err != nil {
		return f.usageErr("%v", err)
	}
	if *lastN < 1 {
		return f.usageErr("%s", lang.T("crp_cli_rounds", i18n.Args{"N": *lastN}))
	}
	day, err := e.day(*at)
	if err != nil {
		return f.flagErr("--at", err)
	}
	var ita *scoring.ITA
	var rd *rounds.Round
	if *itaDate != "" || *cutoff >= 0 || *round != "" {
		x, picked, code := e.whatifITA(f, itaFlags{date: *itaDate, cutoff: *cutoff, round: *round}, false)
		if code != exitOK {
			return code
		}
		ita, rd = &x, picked
	}
	rules, source, ok := e.loadRules(*rulesPath)
	if !ok {
		return exitFail
	}
	if ita != nil {
		// A picked round's category is checked as whatif checks it.
		if code := whatifCategory(f, rules, ita, rd, itaFlags{}); code != exitOK {
			return code
		}
	}
	rulesAt, err := rules.At(day)
	if err != nil {
		return f.flagErr("--at", err)
	}
	p, err := readReportProfile(lang, rulesAt, files[0], *present)
	if err != nil {
		e.printErr(err)
		return exitFail
	}
	feed, feedSource, ok := e.feedIn(lang) // read once a run: the round's lookup (--round) already read them
	if !ok {
		return exitFail
	}
	rep, err := clientreport.Build(clientreport.Options{Rules: rules, RulesSource: source, Profile: &p, Path: files[0],
		Day: day, Today: e.today, Feed: feed, FeedSource: feedSource, Rounds: *lastN, Target: *target, ITA: ita, Present: *present, Lang: f.lang})
	if err != nil {
		f.failErr(err)
		return exitFail
	}
	var b bytes.Buffer
	if kind == "md" {
		err = rep.Markdown(&b)
	} else {
		err = rep.HTML(&b)
	}
	if err != nil {
		f.failErr(err)
		return exitFail
	}
	if *out == "-" {
		_, _ = e.stdout.Write(b.Bytes())
		return exitOK
	}
	path := *out
	if path == "" {
		path = clientreport.DefaultPath(files[0], kind)
		// Never replace a report written before without being told to: -o names the file to replace.
		if _, err := os.Lstat(path); err == nil {
			f.failMsg(lang.T("crp_cli_exists", i18n.Args{"Path": shown(path, *present)}))
			return exitFail
		} else if !errors.Is(err, fs.ErrNotExist) {
			f.failErr(err)
			return exitFail
		}
	}
	if _, err := fsafe.WriteFile(path, b.Bytes()); err != nil {
		msg := err.Error()
		if dir := filepath.Dir(path); *present && dir != "." {
			msg = strings.ReplaceAll(msg, dir+string(filepath.Separator), "") // the file name alone, as shown says it
		}
		f.failMsg(msg)
		return exitFail
	}
	fmt.Fprintln(e.stdout, lang.T("crp_cli_wrote", i18n.Args{"Path": shown(path, *present)}))
	return exitOK
}

// readReportProfile reads the profile as readProfile does; in presentation mode its errors name the
// file "the profile" (in lang's words), not by its path (a reading error) or its name (a line's
// problem): its path and name can be the client's.
func readReportProfile(lang *i18n.Printer, r *scoring.Rules, file string, present bool) (scoring.Profile, error) {
	if !present {
		return readProfile(r, file)
	}
	presentProfile := lang.T("crp_cli_the_profile", nil)
	hide := strings.NewReplacer("profile "+file, presentProfile, file, presentProfile) // fsafe says "profile PATH: ..."
	data, err := fsafe.Profile.ReadFile(file)
	if err != nil {
		return scoring.Profile{}, errors.New(hide.Replace(err.Error()))
	}
	p, err := scoring.ReadProfile(r, presentProfile, data)
	if err != nil {
		return scoring.Profile{}, errors.New(hide.Replace(err.Error()))
	}
	return p, nil
}

// shown is a path as the terminal shows it: in presentation mode, its file name alone.
func shown(path string, present bool) string {
	if present {
		return filepath.Base(path)
	}
	return path
}

// reportFormat is the report's format: --format, else -o's extension, else html.
func reportFormat(lang *i18n.Printer, format, out string) (string, error) {
	switch format {
	case "html", "md":
		return format, nil
	case "":
	default:
		return "", errors.New(lang.T("crp_cli_format", i18n.Args{"Value": strconv.Quote(format)}))
	}
	switch strings.ToLower(filepath.Ext(out)) {
	case ".md", ".markdown":
		return "md", nil
	}
	return "html", nil
}
