// Package tui is eewizard's interactive program: a wizard that asks a candidate's facts in plain
// words, with the running CRS total in view, and a result screen with every line of the score,
// the three programs and why. It never computes a point: the scoring package does.
//
// Screens: the wizard (screen_wizard.go), the result (screen_result.go), the what-if after an ITA
// (screen_whatif.go, key w: accept or decline, with IRCC's rounds to pick from and ready-made
// scenarios) and the rounds panel (screen_rounds.go, key r: the score against IRCC's rounds and
// pool; its u updates IRCC's rounds, update.go, the program's only use of the network), with
// dialogs over them (dialog_*.go; dialog_help.go lists every key of a screen); Model
// (app.go) routes between them. Keys that arrive while the wizard's form is moving to another
// field are held and played back once it has settled (burst.go). The rounds come
// from the rounds package, every point and verdict from the scoring package. Accessible mode
// (accessible.go, accessible_whatif.go) asks the same steps line by line, for screen readers, and
// offers the same what-if and rounds as plain text.
package tui

import (
	"errors"
	"fmt"
	"github.com/eewizard/eewizard/i18n"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// Options is what the command line hands to the program.
type Options struct {
	Rules        *scoring.Rules   // rules as read from the file; Run takes the ones in force on Today
	RulesSource  string           // "embedded rules.toml" or the --rules path, for the status line
	Rounds       *rounds.Feed     // IRCC's rounds of invitations (nil: the embedded feed)
	RoundsSource string           // where Rounds came from, for the rounds panel
	Profile      *scoring.Profile // nil: a new profile, the wizard starts at step 1
	Path         string           // the file Profile came from ("" when new); ctrl+s saves there
	Accessible   bool             // --accessible or ACCESSIBLE=1: line-by-line prompts for screen readers
	Present      bool             // --present: presentation mode from the start (p turns it off)
	Lang         i18n.Lang        // the language of every screen (--lang or the locale); a key switches it
	Today        time.Time        // the day of the assessment (zero: now)
	Input        io.Reader        // nil: the terminal (tests and e2e pass their own)
	Output       io.Writer        // nil: the terminal

	// For tests only: where the rounds screen's update downloads from (nil/"": Go's default
	// transport and rounds.FeedURL), so a test can use a local HTTPS server.
	transport http.RoundTripper
	feedURL   string
}

// Run runs the program until the person quits. With a profile it opens on the result; without, on
// the first step of the wizard. On exit it prints the total in one line (the alternate screen
// takes the last frame with it). TERM=dumb runs accessible mode, which needs no cursor movement.
func Run(opts Options) error {
	out := opts.Output
	if out == nil {
		out = os.Stdout
	}
	// Colour comes from the terminal the program draws on, not from whatever stdout is; the
	// colours are the 16 ANSI ones, so no background query is needed (it can stall a terminal).
	r := lipgloss.NewRenderer(out)
	r.SetHasDarkBackground(true)
	lipgloss.SetDefaultRenderer(r)

	if opts.Accessible || os.Getenv("TERM") == "dumb" {
		return runAccessible(opts)
	}
	m, err := New(opts)
	if err != nil {
		return err
	}
	popts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithOutput(out)}
	if opts.Input != nil {
		popts = append(popts, tea.WithInput(opts.Input))
	}
	final, err := tea.NewProgram(m, popts...).Run()
	if fm, ok := final.(Model); ok {
		fmt.Fprintln(out, fm.Summary())
	}
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fmt.Errorf("eewizard: %w", err)
	}
	return nil
}

// New builds the root model (tests drive it directly, or through teatest). It fails only when the
// rules have nothing for Today.
func New(opts Options) (Model, error) {
	if opts.Rules == nil {
		return Model{}, errors.New("tui: no rules")
	}
	today := opts.Today
	if today.IsZero() {
		today = time.Now()
	}
	today = scoring.Day(today)
	rules, err := opts.Rules.At(today)
	if err != nil {
		return Model{}, err
	}
	feed, feedSource := opts.Rounds, opts.RoundsSource
	if feed == nil {
		// The embedded feed is parsed once and shared; were it broken, it is empty and the
		// rounds panel says there are no rounds.
		feed, feedSource, _ = rounds.Load("", today)
	}
	out := opts.Output
	if out == nil {
		out = os.Stdout
	}
	c := &common{
		styles:     newStyles(lipgloss.DefaultRenderer(), attributesRenderer(out, IsTerminal(out))),
		keys:       newKeyMap(i18n.For(opts.Lang)),
		rules:      rules,
		allRules:   opts.Rules,
		source:     safetext.Clean(opts.RulesSource),
		today:      today,
		feed:       feed,
		feedSource: safetext.Clean(feedSource),
		transport:  opts.transport,
		feedURL:    opts.feedURL,
		p:          i18n.For(opts.Lang),
	}
	if c.feedURL == "" {
		c.feedURL = rounds.FeedURL
	}
	s := newSession(c, opts.Profile, opts.Path)
	s.present = opts.Present
	m := Model{c: c, s: s, wizard: newWizardScreen(c, s), result: newResultScreen(c, s),
		whatif: newWhatIfScreen(c, s), rounds: newRoundsScreen(c, s), compare: newCompareScreen(c, s)}
	if opts.Profile != nil {
		m.screen = screenResult
	}
	return m, nil
}

// IsTerminal reports whether v, a program's input or output, is a terminal: an *os.File on one
// (a pipe, a file, a buffer is not). The wizard asks it of what it draws on; the command line of
// its input and output.
func IsTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// Summary is the one line printed after the program ends: the total and programs, and whether the
// answers were saved.
func (m Model) Summary() string {
	pr := m.c.printer()
	var b strings.Builder
	if m.s.complete && len(m.s.problems) == 0 {
		a := &m.s.a
		b.WriteString(pr.T("wiz_sum_crs", i18n.Args{"Total": pr.Count(a.CRS.Total)}))
		for i := range a.Programs {
			p := &a.Programs[i]
			mark := "✗"
			if p.Eligible {
				mark = "✓"
			}
			fmt.Fprintf(&b, " · %s %s", p.ID.AcronymIn(pr), mark)
		}
	} else {
		b.WriteString(pr.T("wiz_sum_none", nil))
	}
	switch {
	case m.s.dirty() && m.interrupted:
		b.WriteString(" · " + pr.T("wiz_sum_interrupted", nil))
	case m.s.dirty():
		b.WriteString(" · " + pr.T("wiz_sum_not_saved", nil))
	case m.s.savedNow:
		b.WriteString(" · " + pr.T("wiz_sum_saved", i18n.Args{"Path": m.s.shownPath(m.s.path)}))
	}
	return b.String()
}
