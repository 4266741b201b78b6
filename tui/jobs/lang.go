package jobs

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/scoring"
)

// The list's words in the language of Config.P (English when nil): its catalogue is the wizard's
// (wizard.toml, ids wiz_jobs_*).

var english = i18n.For(i18n.En)

// p is the list's printer.
func (c *Config) p() *i18n.Printer {
	if c.P == nil {
		return english
	}
	return c.P
}

// t is message id in the list's language.
func (c *Config) t(id string, args i18n.Args) string { return c.p().T(id, args) }

// title is a NOC code's title in the list's language (CNP 2021's in French).
func (c *Config) title(code string) string {
	if c.p().Lang() == i18n.Fr {
		return c.Table.TitleIn(code, noc.French)
	}
	return c.Table.Title(code)
}

// why is the engine's reason a job does not count, in the list's language.
func (c *Config) why(s string) string { return scoring.JobWhyIn(c.p(), s) }

// setKeyHelp gives the list's keys their help in p's language. The keys are the package's (the
// wizard's footer names them); one language shows at a time, and each list sets it as it opens.
func setKeyHelp(p *i18n.Printer) {
	for _, k := range []struct {
		b  *key.Binding
		id string
	}{{&KeyAdd, "add"}, {&KeyEdit, "edit"}, {&KeyOcc, "occupation"}, {&KeyRemove, "remove"}, {&KeyPrimary, "primary"},
		{&KeyDone, "done"}, {&KeyMove, "move"}, {&KeyChoose, "choose"}, {&KeyCancel, "cancel"}, {&KeyYesNo, "answer"},
		{&KeyNext, "next"}, {&KeyBack, "back"}} {
		k.b.SetHelp(k.b.Help().Key, p.T("wiz_jobs_key_"+k.id, nil))
	}
	keyYes.SetKeys("y", "Y")
	if p.Lang() == i18n.Fr {
		keyYes.SetKeys("y", "Y", "o", "O") // oui
	}
}

// WhyIn is the engine's reason a job does not count (scoring.JobCount.Why) in the list's
// language: for accessible mode, which reads the list out.
func (c *Config) WhyIn(s string) string { return c.why(s) }

// TitleIn is a NOC code's title in the list's language.
func (c *Config) TitleIn(code string) string { return c.title(code) }
