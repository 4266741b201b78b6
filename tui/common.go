package tui

import (
	"github.com/eewizard/eewizard/i18n"
	"net/http"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// Below this size the screens say so instead of drawing a broken layout.
const (
	minWidth  = 60
	minHeight = 16
	// wideWidth is the width from which the wizard shows its side panel.
	wideWidth = 110
)

// common is what every screen shares: the terminal size, styles, keys, the rules of the day and
// IRCC's rounds.
type common struct {
	width, height int
	styles        *Styles
	keys          keyMap
	rules         *scoring.Rules // the rules in force on today
	allRules      *scoring.Rules // the rules as read, every period: a what-if takes those in force on the ITA date
	source        string         // where the rules came from, for the status line
	today         time.Time
	feed          *rounds.Feed        // IRCC's rounds of invitations
	feedSource    string              // where the rounds came from
	feedURL       string              // where u downloads IRCC's rounds from (rounds.FeedURL)
	transport     http.RoundTripper   // nil: Go's default (tests set a local server's)
	updated       bool                // the rounds were updated during this run
	lastUpdate    string              // what that update changed (rounds.Updated.String)
	catsOf        map[string][]string // NOC code -> the categories in force today that list it (categoriesOf)
	// p writes every word the screens show, in the language chosen (--lang, the locale, or the
	// language key, which sets it again and rebuilds what holds text).
	p *i18n.Printer
}

// stale is the note that IRCC's rounds are old (rounds.StalenessIn), "" while they are recent.
func (c *common) stale() string { return rounds.StalenessIn(c.printer(), c.feed, c.today) }

// rulesChecked is "rules checked 2023-06-13 to 2026-08-24" (the checked dates of the rules' tables,
// Rules.Checked), or "" when no table names one.
func (c *common) rulesChecked() string {
	checked := c.checkedDates()
	if checked == "" {
		return ""
	}
	return c.t("scr_rules_checked", i18n.Args{"Checked": checked})
}

// checkedDates is rulesChecked without "rules": "checked 2023-06-13 to 2026-08-24".
func (c *common) checkedDates() string {
	oldest, newest := c.allRules.Checked()
	switch {
	case newest.IsZero():
		return ""
	case oldest.Equal(newest):
		return c.t("scr_checked", i18n.Args{"Date": c.date(newest)})
	}
	return c.t("scr_checked_range", i18n.Args{"From": c.date(oldest), "To": c.date(newest)})
}

// t is message id in the screens' language.
func (c *common) t(id string, args i18n.Args) string { return c.printer().T(id, args) }

// n is message id in the plural form for n.
func (c *common) n(id string, n int, args i18n.Args) string { return c.printer().N(id, n, args) }

// printer is p, English when a test built common without one.
func (c *common) printer() *i18n.Printer {
	if c.p == nil {
		return i18n.For(i18n.En)
	}
	return c.p
}

// date is a day as the screens' language writes it ("2026-12-01", "1er décembre 2026").
func (c *common) date(t time.Time) string { return c.printer().Date(t) }

// count is a count as the screens' language writes it ("1200", "1 200").
func (c *common) count(n int) string { return c.printer().Count(n) }

// fr reports whether the screens speak French.
func (c *common) fr() bool { return c.printer().Lang() == i18n.Fr }

// helpView is a line of key help for the window's width: as many of keys as fit, in their order,
// and always the key that lists them all (more: ? or f1).
// (Dialogs, whose keys are few, pass no more.)
func (c *common) helpView(keys []key.Binding, more ...key.Binding) string {
	line, _ := c.helpFit(keys, c.width, more...)
	return line
}

// helpFit is helpView for a width, and how many of keys it holds (the rest are dropped from the
// end).
func (c *common) helpFit(keys []key.Binding, width int, more ...key.Binding) (string, int) {
	h := help.New()
	h.Styles, h.Width = c.styles.Help, 0
	for n := len(keys); n >= 0; n-- {
		line := h.ShortHelpView(append(append([]key.Binding{}, keys[:n]...), more...))
		if ansi.StringWidth(line) <= width {
			return line, n
		}
	}
	return ansi.Truncate(h.ShortHelpView(append(keys[:1:1], more...)), width, "…"), min(1, len(keys))
}

// wide reports whether there is room for two columns.
func (c *common) wide() bool { return c.width >= wideWidth }

// session is the candidate being worked on: the answers, the profile they make, its assessment,
// and what is on disk.
type session struct {
	draft    draft
	current  scoring.Profile    // the draft as a profile (answers that cannot be read left at their defaults)
	problems []problem          // the answers that cannot be read
	a        scoring.Assessment // the engine's assessment of current
	saved    scoring.Profile    // the profile as last opened or saved: unsaved changes are differences from it
	path     string             // the file it was opened from or saved to; "" until the first save
	savedNow bool               // saved during this run
	complete bool               // the profile has a result: every step answered once, or opened from a file
	// present is presentation mode (p, --present): no path or directory shown, the name is
	// "Client", everywhere, the exported report too.
	present    bool
	reportPath string // where x wrote the client report; "" until the first time
	// cats are a's categories (scoring.Rules.AssessCategories), judged in refresh while the draft
	// lists jobs (for the wizard's categoryLine), nil otherwise: not judged again for each frame.
	cats []scoring.CategoryResult
}

// newSession starts a session on a profile (nil: a new one).
func newSession(c *common, p *scoring.Profile, path string) *session {
	s := &session{draft: newDraft(p), path: path, complete: p != nil}
	s.refresh(c)
	// The baseline is the profile as the wizard reads it (which leaves out answers that do not
	// apply), so opening a file and changing nothing leaves nothing unsaved.
	s.saved = s.current
	return s
}

// refresh reads the draft again and asks the engine for its assessment. It is cheap (the engine
// does not allocate; the categories, which do, are judged only while jobs are listed), so it runs
// on every key that may change an answer: the running total is never stale, and no scoring command
// races the next key.
func (s *session) refresh(c *common) {
	s.current, s.problems = s.draft.profile(c.rules, c.today)
	c.rules.AssessInto(&s.current, c.today, &s.a)
	s.cats = nil
	if s.draft.jobsMode && s.draft.jobs.Len() > 0 {
		s.cats = c.rules.AssessCategories(&s.a)
	}
}

// dirty reports whether the answers differ from what was last opened or saved.
func (s *session) dirty() bool { return s.current != s.saved }

// firstProblem returns the first problem of the answers, if any, and the step it belongs to.
func (s *session) firstProblem() (problem, stepID, bool) {
	if len(s.problems) == 0 {
		return problem{}, 0, false
	}
	return s.problems[0], stepOf(s.problems[0].Key), true
}
