package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"

	"github.com/eewizard/eewizard/i18n"
)

// addLangFlag adds --lang to a command's flag set: every command takes it (newFlags), though only
// score speaks French so far.
func addLangFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "", "fr or en; default from LC_ALL, LC_MESSAGES, LANG")
}

// chooseLang sets f.lang from --lang or the environment, or prints a usage error (in the
// environment's language) for a --lang that is neither fr nor en and returns false.
func (f *flags) chooseLang() bool {
	lang, err := i18n.Detect(*f.langFlag, os.Getenv)
	if err == nil {
		f.lang = lang
		return true
	}
	p := i18n.For(i18n.FromEnv(os.Getenv))
	value := strconv.Quote(*f.langFlag)
	if p.Lang() == i18n.Fr {
		value = "«" + i18n.NBSP + *f.langFlag + i18n.NBSP + "»"
		fmt.Fprintf(f.e.stderr, "eewizard %s"+i18n.NBSP+": %s\n%s\n\n%s", f.name, p.T("lang_bad", i18n.Args{"Value": value}), p.T("lang_help_hint", nil), usage)
		return false
	}
	fmt.Fprintf(f.e.stderr, "eewizard %s: %s\n\n%s", f.name, p.T("lang_bad", i18n.Args{"Value": value}), usage)
	return false
}
