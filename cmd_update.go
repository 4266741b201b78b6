package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
)

// drawsUpdate is `eewizard draws update [--url URL]`: the one command that uses the network. It
// downloads IRCC's public rounds feed and imports it as `draws import` would; it sends nothing but
// the request for that file.
func (e *env) drawsUpdate(args []string) int {
	f := e.newFlags("draws update")
	url := f.String("url", rounds.FeedURL, "the feed's address (https only)")
	rest, ok := f.parse(args)
	if !ok {
		return exitUsage
	}
	if len(rest) > 0 {
		return f.usageErr("unexpected %q", rest[0])
	}
	p := i18n.For(f.lang)
	dir, err := rounds.DataDir()
	if err != nil {
		fmt.Fprintln(e.stderr, eewizardSays(p, rounds.ErrorIn(p, err)))
		return exitFail
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opt := rounds.DownloadOptions{Transport: e.transport}
	if e.progress != nil {
		fmt.Fprintln(e.stderr, p.T("rnd_downloading", i18n.Args{"URL": *url}))
		opt.Progress = func(done, total int64) { e.showProgress(p, done, total) }
	}
	u, err := rounds.Update(ctx, *url, dir, e.today, opt)
	if e.progress != nil {
		fmt.Fprint(e.progress, "\r\x1b[K") // the progress line, cleared
	}
	if err != nil {
		fmt.Fprintln(e.stderr, commandSays(p, "draws update", rounds.ErrorIn(p, err)))
		return exitFail
	}
	fmt.Fprintf(e.stdout, "%s\n%s\n", u.StringIn(p), p.T("rnd_saved_in", i18n.Args{"Dir": dir}))
	return exitOK
}

// showProgress rewrites one line of the terminal with how much of the feed has arrived.
func (e *env) showProgress(p *i18n.Printer, done, total int64) {
	fmt.Fprint(e.progress, "\r"+rounds.ProgressWordsIn(p, done, total))
}
