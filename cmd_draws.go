package main

import (
	"fmt"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// draws is `eewizard draws [--category NAME] [--since DATE] [--json]`, `eewizard draws import FILE`
// and `eewizard draws update [--url URL]`.
func (e *env) draws(args []string) int {
	if len(args) > 0 && args[0] == "import" {
		return e.drawsImport(args[1:])
	}
	if len(args) > 0 && args[0] == "update" {
		return e.drawsUpdate(args[1:])
	}
	f := e.newFlags("draws")
	category := f.String("category", "", "only rounds of this kind (general, cec, pnp, french, healthcare, ...)")
	since := f.String("since", "", "only rounds on or after this date (YYYY-MM-DD)")
	asJSON := f.Bool("json", false, "one JSON object per round per line")
	rest, ok := f.parse(args)
	if !ok {
		return exitUsage
	}
	if len(rest) > 0 {
		return f.usageErr("unexpected %q", rest[0])
	}
	p := i18n.For(f.lang)
	var cat rounds.Category
	if *category != "" {
		c, err := rounds.ParseCategory(*category)
		if err != nil {
			return f.usageErr("--category: %s", rounds.ErrorIn(p, err))
		}
		cat = c
	}
	var from time.Time
	if *since != "" {
		d, err := scoring.ParseDay(*since)
		if err != nil {
			return f.flagErr("--since", err)
		}
		from = d
	}
	feed, source, ok := e.feedIn(p)
	if !ok {
		return exitFail
	}
	list := feed.Filter(cat, from)
	if *asJSON {
		for _, rd := range list {
			if code := e.printJSON(report.NewDraw(rd)); code != exitOK {
				return code
			}
		}
		return exitOK
	}
	report.DrawsIn(e.stdout, p, list, source, e.width)
	return exitOK
}

// feed is feedIn in English.
func (e *env) feed() (*rounds.Feed, string, bool) { return e.feedIn(i18n.For(i18n.En)) }

// feedIn loads IRCC's rounds (see loadFeed) and, when the newest round is more than three weeks
// old, says so once a run on stderr, in p's language, with the command that brings newer ones.
func (e *env) feedIn(p *i18n.Printer) (*rounds.Feed, string, bool) {
	feed, source, ok := e.loadFeedIn(p)
	if ok && !e.rounds.noted {
		e.rounds.noted = true
		if note := rounds.StalenessIn(p, feed, e.today); note != "" {
			fmt.Fprintln(e.stderr, eewizardSays(p, p.T("rnd_note", i18n.Args{"Note": note})))
		}
	}
	return feed, source, ok
}

// eewizardSays is a line of eewizard on stderr: "eewizard: s", "eewizard : s" in French.
func eewizardSays(p *i18n.Printer, s string) string { return sayAs(p, "eewizard", s) }

// sayAs is who says s: "who: s", with a no-break space before the colon in French.
func sayAs(p *i18n.Printer, who, s string) string { return who + p.Colon() + s }

// loadedFeed is what loadFeed loaded, and whether feed has said how old it is.
type loadedFeed struct {
	feed   *rounds.Feed
	source string
	ok     bool
	noted  bool
}

// loadFeed loads IRCC's rounds: the user's imported copy if there is a good one, else the embedded
// one. A broken user's copy is warned about on stderr. They are loaded once in a run (e.rounds):
// no command changes the copy it then reads.
func (e *env) loadFeed() (*rounds.Feed, string, bool) { return e.loadFeedIn(i18n.For(i18n.En)) }

// loadFeedIn is loadFeed with its warning in p's language.
func (e *env) loadFeedIn(p *i18n.Printer) (*rounds.Feed, string, bool) {
	if l := e.rounds; l != nil {
		return l.feed, l.source, l.ok
	}
	e.rounds = &loadedFeed{}
	dir, err := rounds.DataDir()
	if err != nil {
		dir = ""
	}
	feed, source, err := rounds.Load(dir, e.today)
	if err != nil {
		fmt.Fprintln(e.stderr, eewizardSays(p, p.T("rnd_warning", i18n.Args{"Warning": rounds.ErrorIn(p, err)})))
	}
	if feed != nil {
		*e.rounds = loadedFeed{feed: feed, source: source, ok: true}
	}
	return e.rounds.feed, e.rounds.source, e.rounds.ok
}

func (e *env) drawsImport(args []string) int {
	f := e.newFlags("draws import")
	files, ok := f.parse(args)
	if !ok {
		return exitUsage
	}
	p := i18n.For(f.lang)
	if len(files) != 1 {
		return f.usageErr("%s", p.T("rnd_import_one_file", nil))
	}
	dir, err := rounds.DataDir()
	if err != nil {
		fmt.Fprintln(e.stderr, eewizardSays(p, rounds.ErrorIn(p, err)))
		return exitFail
	}
	feed, err := rounds.Import(files[0], dir, e.today)
	if err != nil {
		fmt.Fprintln(e.stderr, commandSays(p, "draws import", rounds.ErrorIn(p, err)))
		return exitFail
	}
	newest := feed.Rounds[0]
	fmt.Fprintln(e.stdout, p.T("rnd_imported", i18n.Args{"Rounds": p.N("rnd_rounds", len(feed.Rounds), nil), "Number": newest.Number,
		"Date": p.Date(newest.Date), "Dir": dir}))
	return exitOK
}

// commandSays is a line of an eewizard command on stderr: "eewizard draws import: s", with a
// no-break space before the colon in French.
func commandSays(p *i18n.Printer, name, s string) string { return sayAs(p, "eewizard "+name, s) }
