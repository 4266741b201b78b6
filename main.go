// Command eewizard tells a person exactly where they stand in Canada's Express Entry system: the
// CRS score with every point explained, program eligibility with plain reasons, and what changes if
// their facts change. `eewizard` with no arguments opens the wizard; the subcommands score profile
// files without it.
//
// This file only parses the command line and hands over: to tui for the wizard, to scoring for the
// numbers and to report for what is printed.
package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/eewizard/eewizard/fsafe"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
	"github.com/eewizard/eewizard/tui"
)

//go:embed rules.toml
var embeddedRules []byte

// The usage, `eewizard help`, is cli_usage in the catalogue (i18n/messages/*/cli.toml), written
// in the language of the command line: see langOf (main_lang.go).

// exit codes
const (
	exitOK    = 0
	exitFail  = 1 // a file could not be read or scored, or a check failed
	exitUsage = 2 // the command line is wrong
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env holds what the commands need from the process, so tests can run them in memory.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	today          time.Time
	// width is stdout's columns when stdout is a terminal, else 0: output to a pipe or a file is
	// never cut to a width.
	width int
	// progress is stderr itself, not through safetext, when it is a terminal (else nil): a
	// download rewrites one line there with how far it has come.
	progress io.Writer
	// transport, when set, sends the request of `draws update` (tests point it at a local server).
	transport http.RoundTripper
	// rounds is IRCC's rounds once loadFeed has loaded them: a command that needs them twice
	// (report --round: the round, then the standing) reads and parses them once.
	rounds *loadedFeed
	// p writes main's own messages, the usage and the errors a command prints: the language of
	// --lang, found in the arguments before they are parsed (langOf), else the locale's; once a
	// command's flags are parsed, the language they chose (chooseLang).
	p *i18n.Printer
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runOn(scoring.Day(time.Now()), args, stdin, stdout, stderr)
}

// runOn is run with today given, so tests that depend on the day (days left to apply) are stable.
//
// What the commands print goes through safetext: file names, keys and values from files, round
// names and error messages from any package reach the terminal with their control characters made
// visible, never obeyed. (The wizard draws its own screen, and cleans what it shows there.)
func runOn(today time.Time, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out, errOut := safetext.NewWriter(stdout), safetext.NewWriter(stderr)
	defer out.Flush()
	defer errOut.Flush()
	e := &env{stdin: stdin, stdout: out, stderr: errOut, today: today, width: termWidth(stdout), progress: terminalOrNil(stderr)}
	return dispatch(e, args)
}

// terminalOrNil returns w when it is a terminal, else nil.
func terminalOrNil(w io.Writer) io.Writer {
	if tui.IsTerminal(w) {
		return w
	}
	return nil
}

// termWidth returns the columns of w when it is a terminal, or 0 when it is not (a pipe, a file).
func termWidth(w io.Writer) int {
	if !tui.IsTerminal(w) {
		return 0
	}
	measured, _, err := term.GetSize(w.(*os.File).Fd())
	if err != nil {
		measured = 0
	}
	return columns(os.Getenv("COLUMNS"), measured)
}

// columns is a terminal's width: $COLUMNS when it is a positive number (the user's say), else
// the width the terminal reports, else 80.
func columns(env string, measured int) int {
	if n, err := strconv.Atoi(strings.TrimSpace(env)); err == nil && n > 0 {
		return n
	}
	if measured > 0 {
		return measured
	}
	return 80
}

// dispatch runs the command named by args[0].
func dispatch(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	e.p = i18n.For(langOf(args, os.Getenv))
	cmd := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "":
		return e.wizard(args, false)
	case "open":
		return e.wizard(args, true)
	case "score":
		return e.score(args)
	case "whatif":
		return e.whatif(args)
	case "improve":
		return e.improve(args)
	case "checklist":
		return e.checklist(args)
	case "report":
		return e.report(args)
	case "compare":
		return e.compare(args)
	case "draws":
		return e.draws(args)
	case "rules":
		return e.rules(args)
	case "help":
		fmt.Fprint(stdout, e.usage())
		return exitOK
	}
	fmt.Fprintf(stderr, "%s\n\n%s", e.p.T("cli_unknown_command", i18n.Args{"Command": strconv.Quote(cmd)}), e.usage())
	return exitUsage
}

// flags is a flag set that allows flags after the positional arguments
// ("eewizard whatif client.toml --cutoff 500").
type flags struct {
	*flag.FlagSet
	e    *env
	name string
	// lang is the language of the output: --lang, else the locale (main_lang.go).
	lang     i18n.Lang
	langFlag *string
}

func (e *env) newFlags(name string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &flags{FlagSet: fs, e: e, name: name, langFlag: addLangFlag(fs)}
}

// parse returns the positional arguments, or false after printing a usage error.
func (f *flags) parse(args []string) ([]string, bool) {
	var pos []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				if catchFlags != nil {
					catchFlags(f)
				}
				fmt.Fprint(f.e.stdout, f.e.usage())
				f.writeFlags(f.e.stdout)
			} else {
				fmt.Fprintf(f.e.stderr, "%s%s\n\n%s", f.prefix(), flagErrorIn(f.e.p, err), f.e.usage())
			}
			return nil, false
		}
		if f.NArg() == 0 {
			return pos, f.chooseLang()
		}
		pos = append(pos, f.Arg(0))
		args = f.Args()[1:]
	}
}

// usageErr prints a usage error: "eewizard NAME: " and the message, then the usage. The errors
// among args are written in the command's language (scoring.ErrorIn).
func (f *flags) usageErr(format string, args ...any) int {
	fmt.Fprintf(f.e.stderr, "%s%s\n\n%s", f.prefix(), fmt.Sprintf(format, f.e.errorArgs(args)...), f.e.usage())
	return exitUsage
}

// flagErr is the usage error of a flag's value: "--at: " and why, in the command's language.
func (f *flags) flagErr(flag string, err error) int {
	return f.usageErrT("cli_flag_value", i18n.Args{"Flag": flag, "Why": errorIn(f.e.p, err)})
}

// usageErrT is usageErr with message id of cli.toml.
func (f *flags) usageErrT(id string, args i18n.Args) int { return f.usageErr("%s", f.e.p.T(id, args)) }

// prefix is "eewizard NAME: ", the start of the command's own messages ("eewizard : " in French).
func (f *flags) prefix() string {
	name := "eewizard " + f.name // "eewizard : " when the name is "", as English always wrote it
	if f.e.p.Lang() != i18n.En {
		name = strings.TrimSpace(name)
	}
	return f.e.p.T("cli_prefix", i18n.Args{"Name": name})
}

// loadRules reads the rules: the embedded rules.toml, or the file given with --rules.
func (e *env) loadRules(path string) (*scoring.Rules, string, bool) {
	data, source := embeddedRules, "embedded rules.toml"
	if path != "" {
		b, err := fsafe.Rules.ReadFile(path)
		if err != nil {
			e.fail(err)
			return nil, "", false
		}
		data, source = b, path
	}
	name := path
	if name == "" {
		name = e.p.T("cli_rules_embedded", nil)
	}
	r, err := scoring.LoadRules(name, data)
	if err != nil {
		fmt.Fprintf(e.stderr, "%s\n%s\n", e.p.T("cli_rules_problems", nil), scoring.ErrorIn(e.p, err))
		return nil, "", false
	}
	return r, source, true
}

// day parses an --at style date; "" is today.
func (e *env) day(s string) (time.Time, error) {
	if s == "" {
		return e.today, nil
	}
	return scoring.ParseDay(s)
}
