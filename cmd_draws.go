package main

import (
	"fmt"
	"time"

	"github.com/eewizard/eewizard/plural"
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
	var cat rounds.Category
	if *category != "" {
		c, err := rounds.ParseCategory(*category)
		if err != nil {
			return f.usageErr("--category: %v", err)
		}
		cat = c
	}
	var from time.Time
	if *since != "" {
		d, err := scoring.ParseDay(*since)
		if err != nil {
			return f.usageErr("--since: %v", err)
		}
		from = d
	}
	feed, source, ok := e.feed()
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
	report.Draws(e.stdout, list, source, e.width)
	return exitOK
}

// feed loads IRCC's rounds (see loadFeed) and, when the newest round is more than three weeks old,
// says so once a run on stderr with the command that brings newer ones.
func (e *env) feed() (*rounds.Feed, string, bool) {
	feed, source, ok := e.loadFeed()
	if ok && !e.rounds.noted {
		e.rounds.noted = true
		if note := rounds.Staleness(feed, e.today); note != "" {
			fmt.Fprintf(e.stderr, "eewizard: note: %s\n", note)
		}
	}
	return feed, source, ok
}

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
func (e *env) loadFeed() (*rounds.Feed, string, bool) {
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
		fmt.Fprintf(e.stderr, "eewizard: warning: %v\n", err)
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
	if len(files) != 1 {
		return f.usageErr("give one file: a copy of IRCC's ee_rounds_123_en.json")
	}
	dir, err := rounds.DataDir()
	if err != nil {
		fmt.Fprintf(e.stderr, "eewizard: %v\n", err)
		return exitFail
	}
	feed, err := rounds.Import(files[0], dir, e.today)
	if err != nil {
		fmt.Fprintf(e.stderr, "eewizard draws import: %v\n", err)
		return exitFail
	}
	newest := feed.Rounds[0]
	fmt.Fprintf(e.stdout, "imported %s, newest %s of %s, into %s\n", plural.Count(len(feed.Rounds), "round", "rounds"), newest.Number,
		newest.Date.Format("2006-01-02"), dir)
	return exitOK
}
