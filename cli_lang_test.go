package main

import (
	"flag"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
)

// commandsWithFlags are the commands as -h is asked of them, by the name their flag set has.
var commandsWithFlags = [][]string{
	{}, {"open"}, {"score"}, {"whatif"}, {"checklist"}, {"improve"}, {"report"}, {"compare"},
	{"draws"}, {"draws", "import"}, {"draws", "update"}, {"rules", "check"},
}

// goldenName is the golden file of a command's -h in French: "help_fr_score.golden".
func goldenName(cmd []string) string {
	if len(cmd) == 0 {
		return "help_fr_wizard.golden"
	}
	return "help_fr_" + strings.Join(cmd, "_") + ".golden"
}

// `eewizard help` and every command's -h in French, as golden files: the usage, then the
// command's flags with their help.
func TestHelpInFrenchGolden(t *testing.T) {
	out, _, code := runCLI(t, "help", "--lang", "fr")
	if code != exitOK {
		t.Fatalf("help: exit %d", code)
	}
	golden(t, "help_fr.golden", out)
	for _, cmd := range commandsWithFlags {
		out, errs, code := runCLI(t, append(append([]string{}, cmd...), "-h", "--lang", "fr")...)
		if code != exitUsage || errs != "" {
			t.Errorf("%v -h: exit %d, %s", cmd, code, errs)
		}
		golden(t, goldenName(cmd), out)
	}
}

// Every line of the French usage and of every command's -h fits in 80 columns (French runs
// longer: the usage is laid out for it), and --lang fr and a French locale give the same text.
func TestFrenchHelpFits80Columns(t *testing.T) {
	for _, cmd := range append([][]string{{"help"}}, commandsWithFlags...) {
		base := append([]string{}, cmd...)
		if len(cmd) == 0 || cmd[0] != "help" {
			base = append(base, "-h")
		}
		out, _, _ := runCLI(t, append(base, "--lang", "fr")...)
		for i, line := range strings.Split(out, "\n") {
			if n := len([]rune(line)); n > 80 {
				t.Errorf("%v: line %d is %d columns: %q", cmd, i+1, n, line)
			}
		}
		t.Setenv("LC_ALL", "fr_CA.UTF-8")
		byLocale, _, _ := runCLI(t, base...)
		t.Setenv("LC_ALL", "")
		if byLocale != out {
			t.Errorf("%v: LC_ALL=fr_CA.UTF-8 gives another text than --lang fr", cmd)
		}
	}
}

// Every flag of every command has its help in both catalogues (cli_flag_COMMAND_NAME or
// cli_flag_NAME), and the English of the catalogue is the flag's own help, byte for byte: the
// help is declared once, in English, where the command declares the flag, and the catalogue
// follows it.
func TestFlagHelpInCatalogue(t *testing.T) {
	en, fr := i18n.For(i18n.En), i18n.For(i18n.Fr)
	for _, cmd := range commandsWithFlags {
		fs := flagsOf(t, cmd)
		fs.VisitAll(func(fl *flag.Flag) {
			if got := flagHelp(en, fs.name, fl); got != fl.Usage {
				t.Errorf("%v --%s: the English catalogue says %q, the flag %q", cmd, fl.Name, got, fl.Usage)
			}
			if got := flagHelp(fr, fs.name, fl); got == fl.Usage {
				t.Errorf("%v --%s: no French help", cmd, fl.Name)
			}
		})
	}
}

// flagsOf is the flag set the command declares, caught by running it with -h.
func flagsOf(t *testing.T, cmd []string) *flags {
	t.Helper()
	var caught *flags
	catchFlags = func(f *flags) { caught = f }
	defer func() { catchFlags = nil }()
	runCLI(t, append(append([]string{}, cmd...), "-h")...)
	if caught == nil {
		t.Fatalf("%v: no flag set", cmd)
	}
	return caught
}

// The English -h is the English usage and the flags with their English help, and --lang is
// parsed wherever it is: before the command's own flags, after them, as --lang=fr.
func TestLangIsReadWhereverItIs(t *testing.T) {
	french, _, _ := runCLI(t, "score", "-h", "--lang", "fr")
	for _, args := range [][]string{{"score", "--lang", "fr", "-h"}, {"score", "--lang=fr", "-h"}, {"score", "-lang", "fr", "-h"}} {
		if out, _, _ := runCLI(t, args...); out != french {
			t.Errorf("%v is not the French -h", args)
		}
	}
	english, _, _ := runCLI(t, "score", "-h", "--lang", "en")
	usage := i18n.For(i18n.En).T("cli_usage", usageArgs)
	if !strings.HasPrefix(english, usage+"\nFlags of eewizard score:\n  --at VALUE\n        score as of this date (YYYY-MM-DD); default today\n") {
		t.Errorf("the English -h:\n%s", english)
	}
}
