package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// The language of the command line, and main's words in it (i18n/messages/*/cli.toml).
//
// The language is needed before the flags are parsed: the usage and each flag's help are printed
// by the parse itself (-h, a wrong flag), and `eewizard help` or an unknown command has no flag
// set at all. So langOf reads --lang from the arguments first, as the flag package will (-lang,
// --lang, -lang=fr, --lang=fr, up to "--"), and the parse then checks the value (chooseLang): the
// flags' descriptions stay declared once, in English, where each command declares them, and are
// written in the language when printed (writeFlags).

// addLangFlag adds --lang to a command's flag set: every command takes it (newFlags).
func addLangFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "", "fr or en; default from LC_ALL, LC_MESSAGES, LANG")
}

// langOf is the language the arguments ask for with --lang, or the locale's when they give none
// or give a value that is neither fr nor en (chooseLang says so, in the locale's language).
func langOf(args []string, getenv func(string) string) i18n.Lang {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				break
			}
			value = args[i+1]
		}
		if l, err := i18n.Parse(value); err == nil {
			return l
		}
		break
	}
	return i18n.FromEnv(getenv)
}

// chooseLang sets f.lang from --lang or the environment, or prints a usage error (in the
// environment's language) for a --lang that is neither fr nor en and returns false.
func (f *flags) chooseLang() bool {
	lang, err := i18n.Detect(*f.langFlag, os.Getenv)
	if err == nil {
		f.lang = lang
		f.e.p = i18n.For(lang)
		return true
	}
	p := i18n.For(i18n.FromEnv(os.Getenv))
	f.e.p = p
	value := strconv.Quote(*f.langFlag)
	if p.Lang() == i18n.Fr {
		value = "«" + i18n.NBSP + *f.langFlag + i18n.NBSP + "»"
		fmt.Fprintf(f.e.stderr, "%s%s\n%s\n\n%s", f.prefix(), p.T("cli_lang_bad", i18n.Args{"Value": value}), p.T("cli_lang_help_hint", nil), f.e.usage())
		return false
	}
	fmt.Fprintf(f.e.stderr, "%s%s\n\n%s", f.prefix(), p.T("cli_lang_bad", i18n.Args{"Value": value}), f.e.usage())
	return false
}

// catchFlags, when set (by a test), is given a command's flag set when -h is asked of it.
var catchFlags func(*flags)

// usage is `eewizard help` in the command line's language. A flag whose name holds an English
// word is an argument of the text, not a word of it (the catalogue tests look for English words in
// the French).
func (e *env) usage() string { return e.p.T("cli_usage", usageArgs) }

// usageArgs are the flags the usage names as arguments.
var usageArgs = i18n.Args{"WithNomination": "--with-nomination"}

// errorf prints a message of a command on standard error, its format's args that are errors
// written in the command's language (scoring.ErrorIn: a profile's or a rules file's problems),
// and a newline. Every command prints an error a person reads with it, or with printErr.
func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, format+"\n", e.errorArgs(args)...)
}

// fail prints "eewizard: " and err on standard error, in the command's language ("eewizard : "
// in French).
func (e *env) fail(err error) {
	fmt.Fprintf(e.stderr, "%s%s\n", e.p.T("cli_prefix", i18n.Args{"Name": "eewizard"}), errorIn(e.p, err))
}

// printErr prints err on standard error in the command's language, as fmt.Fprintln did.
func (e *env) printErr(err error) { fmt.Fprintln(e.stderr, errorIn(e.p, err)) }

// errorIn is err in p's language: a file that cannot be read (fsafe's words, fileErrorIn), or
// what scoring.ErrorIn writes.
func errorIn(p *i18n.Printer, err error) string {
	if s, ok := fileErrorIn(p, err); ok {
		return s
	}
	return scoring.ErrorIn(p, err)
}

// fileError is an error of fsafe reading a profile or a rules file: "profile PATH: why".
var fileError = regexp.MustCompile(`^(profile|rules) (.+): (no such file or directory|permission denied|not a regular file \((a directory|a named pipe|a socket|a character device|a device|a symbolic link)\): give a (?:profile|rules) file)$`)

// fileErrorIn writes an error of fsafe reading a file in p's language, when it is one of those it
// knows (fileError); English stays as fsafe wrote it.
func fileErrorIn(p *i18n.Printer, err error) (string, bool) {
	m := fileError.FindStringSubmatch(err.Error())
	if m == nil || p.Lang() == i18n.En {
		return "", false
	}
	why := m[3]
	switch {
	case errors.Is(err, fs.ErrNotExist):
		why = p.T("cli_file_not_found", nil)
	case errors.Is(err, fs.ErrPermission):
		why = p.T("cli_file_permission", nil)
	case m[4] != "":
		why = p.T("cli_file_not_regular", i18n.Args{"What": p.T("cli_file_mode_"+strings.ReplaceAll(strings.TrimPrefix(strings.TrimPrefix(m[4], "a "), "an "), " ", "_"), nil)})
	}
	return p.T("cli_file_error", i18n.Args{"Kind": p.T("cli_file_kind_"+m[1], nil), "Path": m[2], "Why": why}), true
}

// errorArgs is args with each error written in the command's language.
func (e *env) errorArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if err, ok := a.(error); ok {
			a = errorIn(e.p, err)
		}
		out[i] = a
	}
	return out
}

// The flag package's own errors, which a wrong command line gets, and their ids in cli.toml.
var flagErrors = []struct {
	re *regexp.Regexp
	id string
}{
	{regexp.MustCompile(`^flag provided but not defined: (-\S+)$`), "cli_flag_undefined"},
	{regexp.MustCompile(`^flag needs an argument: (-\S+)$`), "cli_flag_needs_value"},
	{regexp.MustCompile(`^invalid (?:boolean )?value ("(?:[^"\\]|\\.)*") for (?:flag )?(-\S+): (.*)$`), "cli_flag_bad_value"},
	{regexp.MustCompile(`^bad flag syntax: (.*)$`), "cli_flag_bad_syntax"},
}

// flagErrorIn writes an error of the flag package in p's language: in English as it is.
func flagErrorIn(p *i18n.Printer, err error) string {
	s := err.Error()
	if p.Lang() == i18n.En {
		return s
	}
	for _, fe := range flagErrors {
		if m := fe.re.FindStringSubmatch(s); m != nil {
			args := i18n.Args{}
			for i, v := range m[1:] {
				args["A"+strconv.Itoa(i+1)] = v
			}
			if len(m) > 3 {
				args["A3"] = flagValueErrorIn(p, m[3])
			}
			return p.T(fe.id, args)
		}
	}
	return s
}

// flagValueErrorIn is why a flag's value was refused (strconv's words, or a Set method's error).
func flagValueErrorIn(p *i18n.Printer, why string) string {
	switch {
	case strings.HasSuffix(why, "invalid syntax") || why == "parse error":
		return p.T("cli_flag_invalid_syntax", nil)
	case strings.HasSuffix(why, "value out of range"):
		return p.T("cli_flag_out_of_range", nil)
	}
	return why
}

// writeFlags writes the flags of f with their help in the command's language, after the usage,
// for -h: each flag as it is typed, its value's kind, and what it does.
func (f *flags) writeFlags(w io.Writer) {
	p := f.e.p
	var names []string
	f.VisitAll(func(fl *flag.Flag) { names = append(names, fl.Name) })
	sort.Strings(names)
	fmt.Fprintf(w, "\n%s\n", p.T("cli_flags_head", i18n.Args{"Name": strings.TrimSpace("eewizard " + f.name)}))
	for _, name := range names {
		fl := f.Lookup(name)
		head := "  -" + name
		if len(name) > 1 {
			head = "  --" + name
		}
		if v := flagValueName(p, fl); v != "" {
			head += " " + v
		}
		fmt.Fprintln(w, head)
		wrapTo(w, "        ", p.Fields(flagHelp(p, f.name, fl)), 80)
	}
}

// flagValueName names the value a flag takes ("VALUE", "N"), or "" for a flag without one.
func flagValueName(p *i18n.Printer, fl *flag.Flag) string {
	if b, ok := fl.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return ""
	}
	kind, _ := flag.UnquoteUsage(fl)
	switch kind {
	case "int":
		return "N"
	case "":
		return ""
	}
	return p.T("cli_value_text", nil)
}

// flagHelp is a flag's help in p's language: cli_flag_COMMAND_NAME, else cli_flag_NAME, from the
// catalogue; the flag's own English when the catalogue has neither (TestFlagHelpInCatalogue
// fails then).
func flagHelp(p *i18n.Printer, command string, fl *flag.Flag) string {
	args := i18n.Args{"CategoryIDs": strings.Join(scoring.CategoryIDs, ", ")}
	for _, id := range flagHelpIDs(command, fl.Name) {
		if p.Has(id) {
			return p.T(id, args)
		}
	}
	return fl.Usage
}

// flagHelpIDs are the catalogue ids a flag's help may have, the command's own first.
func flagHelpIDs(command, name string) []string {
	key := func(s string) string { return strings.NewReplacer(" ", "_", "-", "_").Replace(s) }
	if command == "" {
		command = "wizard"
	}
	return []string{"cli_flag_" + key(command) + "_" + key(name), "cli_flag_" + key(name)}
}

// wrapTo writes words after indent, as many a line as fit in width columns.
func wrapTo(w io.Writer, indent string, words []string, width int) {
	wrapHanging(w, indent, indent, words, width)
}

// wrapHanging is wrapTo with the first line after first and the others after rest. A word longer
// than a line has a line of its own, whole.
func wrapHanging(w io.Writer, first, rest string, words []string, width int) {
	indent, line := first, first
	for _, word := range words {
		if line != indent && len([]rune(line))+1+len([]rune(word)) > width {
			fmt.Fprintln(w, line)
			indent, line = rest, rest
		}
		if line != indent {
			line += " "
		}
		line += word
	}
	if line != indent {
		fmt.Fprintln(w, line)
	}
}

// failErr prints the command's prefix ("eewizard report: ", "eewizard report : " in French) and
// err in the command's language on standard error.
func (f *flags) failErr(err error) {
	fmt.Fprintf(f.e.stderr, "%s%s\n", f.prefix(), errorIn(f.e.p, err))
}

// failMsg prints the command's prefix and a message already in the command's language.
func (f *flags) failMsg(msg string) { fmt.Fprintf(f.e.stderr, "%s%s\n", f.prefix(), msg) }
