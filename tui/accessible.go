package tui

import (
	"fmt"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/clientreport"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
	"github.com/muesli/termenv"
)

// accessibleWidth is the width of the result text in accessible mode.
const accessibleWidth = 80

// runAccessible runs the same steps as line-by-line prompts (huh's accessible mode): no alternate
// screen, no cursor movement, no meaning in colour or layout. Three traps of huh v1.0.0 are
// avoided here: hidden groups would be asked anyway (each page is run on its own, and only when
// it applies); a Select with OptionsFunc panics (options are built when the page is asked); and
// each prompt reads its input through its own buffer (lineReader hands out one byte at a time, so
// no prompt swallows the next one's answer).
func runAccessible(opts Options) error {
	in, out := opts.Input, opts.Output
	if in == nil {
		in = os.Stdin
	}
	if out == nil {
		out = os.Stdout
	}
	m, err := New(opts)
	if err != nil {
		return err
	}
	x := &accessible{c: m.c, s: m.s, in: &lineReader{r: in}, out: out}
	return x.run()
}

type accessible struct {
	c   *common
	s   *session
	in  *lineReader
	out io.Writer
}

func (x *accessible) say(format string, args ...any) {
	fmt.Fprint(x.out, safetext.CleanLines(fmt.Sprintf(format, args...))+"\n")
}

// tell says message id in the language of the moment.
func (x *accessible) tell(id string, args i18n.Args) { x.say("%s", x.c.p.T(id, args)) }

func (x *accessible) run() error {
	x.tell("wiz_acc_intro", i18n.Args{"Date": x.c.today.Format("2006-01-02"), "Rules": x.c.source})
	x.tell("wiz_acc_answer", nil)
	if x.s.present {
		x.tell("wiz_acc_present", nil)
	}
	if !x.s.complete {
		for id := stepID(0); id < numSteps; id++ {
			if id.applies(&x.s.draft) && !x.ask(id) {
				return x.ended()
			}
		}
	}
	for {
		x.s.refresh(x.c)
		if p, id, ok := x.s.firstProblem(); ok {
			x.say("\n%s", x.c.p.T("wiz_acc_fix", i18n.Args{"Problem": p.In(x.c.p)}))
			if !x.ask(id) {
				return x.ended()
			}
			continue
		}
		x.s.complete = true
		x.printResult()
		list := applicable(&x.s.draft)
		const save, quit, standing, whatif, compare, lang = -1, -2, -3, -4, -5, -6
		p := x.c.p
		opts := make([]huh.Option[int], 0, len(list)+4)
		for i, id := range list {
			opts = append(opts, huh.NewOption(p.T("wiz_acc_change", i18n.Args{"Step": id.TitleIn(p)}), i))
		}
		opts = append(opts,
			huh.NewOption(p.T("wiz_acc_standing", nil), standing),
			huh.NewOption(p.T("wiz_acc_whatif", nil), whatif),
			huh.NewOption(p.T("wiz_acc_save", nil), save), huh.NewOption(p.T("wiz_acc_quit", nil), quit))
		if x.s.draft.hasPartner() { // last, so the other choices keep their numbers
			opts = append(opts, huh.NewOption(p.T("wiz_acc_compare", nil), compare))
		}
		// The language, last of all: "Continuer en français" in English, "Continue in English" in French.
		opts = append(opts, huh.NewOption(p.T("wiz_acc_lang", nil), lang))
		choice := standing // an empty answer shows where the score stands; it never quits
		if !x.choose(p.T("wiz_acc_next", nil), &choice, opts) {
			return x.ended()
		}
		switch choice {
		case standing:
			x.printStanding()
		case lang:
			x.c.p = i18n.For(otherLang(x.c.p.Lang()))
			x.c.keys = newKeyMap(x.c.p)
		case compare:
			x.printCompare()
		case whatif:
			if !x.whatIf() {
				return x.ended()
			}
		case save:
			x.save()
		case quit:
			if x.quit() {
				return nil
			}
		default:
			if !x.edit(list[choice]) {
				return x.ended()
			}
		}
		if x.in.eof {
			return x.ended()
		}
	}
}

// ask runs one step, page by page (a page is asked only when it applies), and says the running
// total after it.
func (x *accessible) ask(id stepID) bool {
	list := applicable(&x.s.draft)
	n := 1
	for i, s := range list {
		if s == id {
			n = i + 1
		}
	}
	before := x.s.a.CRS.Total
	x.say("\n%s", x.c.p.T("wiz_acc_step", i18n.Args{"N": n, "Total": len(list), "Step": id.TitleIn(x.c.p)}))
	if asksWork(id) && !x.askWorkMode(id) { // year counts or a list of jobs (accessible_jobs.go)
		return false
	}
	b := formBuilder{p: x.c.p, d: &x.s.draft, r: x.c.rules, today: x.c.today, accessible: true, present: x.s.present}
	for i := 0; ; i++ {
		pages := b.pages(id) // built again each time: choices and help follow the answers so far
		if i >= len(pages) {
			break
		}
		if p := pages[i]; p.hide == nil || !p.hide() {
			if !x.runForm(huh.NewGroup(p.fields...)) {
				return false
			}
		}
	}
	x.s.refresh(x.c)
	if lv := x.levels(id); lv != nil && lv.Given {
		words := make([]string, scoring.NumAbilities)
		for ab := scoring.Ability(0); ab < scoring.NumAbilities; ab++ {
			words[ab] = fmt.Sprintf("%s %s %d", ab.NameIn(x.c.p), lv.Chart.LevelName(), lv.CLB[ab])
		}
		x.tell("wiz_acc_levels", i18n.Args{"Levels": strings.Join(words, ", ")})
	}
	x.tell("wiz_acc_so_far", i18n.Args{"Total": x.s.a.CRS.Total, "Change": fmt.Sprintf("%+d", x.s.a.CRS.Total-before)})
	return true
}

// edit asks a step again, then the steps its answers made apply that did not before (the second
// language after a first one, the spouse's step after a marriage), as the wizard does.
func (x *accessible) edit(id stepID) bool {
	var before [numSteps]bool
	for s := range before {
		before[s] = stepID(s).applies(&x.s.draft)
	}
	if !x.ask(id) {
		return false
	}
	for s := id + 1; s < numSteps; s++ {
		if s.applies(&x.s.draft) && !before[s] && !x.ask(s) {
			return false
		}
	}
	return true
}

// levels are the language levels a step asked, if it asked a language.
func (x *accessible) levels(id stepID) *scoring.Levels {
	switch id {
	case stepFirstLanguage:
		return &x.s.a.First
	case stepSecondLanguage:
		return &x.s.a.Second
	case stepSpouse:
		return &x.s.a.SpouseLanguage
	}
	return nil
}

// runForm asks one group; false when the input has ended.
func (x *accessible) runForm(g *huh.Group) (ok bool) {
	defer func() {
		// huh v1.0.0's accessible Select, when the input ends right after a refused answer,
		// takes that answer anyway and indexes past its options. The input is over: say so.
		if r := recover(); r != nil {
			if !x.in.eof {
				panic(r)
			}
			ok = false
		}
	}()
	f := huh.NewForm(g).WithAccessible(true).WithInput(x.in).WithOutput(x.out).WithTheme(plainTheme()).WithShowHelp(false)
	if err := f.Run(); err != nil {
		x.say("%v", err)
		return false
	}
	return !x.in.eof
}

func (x *accessible) choose(title string, v *int, opts []huh.Option[int]) bool {
	return x.runForm(huh.NewGroup(huh.NewSelect[int]().Title(title).Options(opts...).Value(v)))
}

// plainStyles are styles of no colour, for the plain text of accessible mode.
func plainStyles() *Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	return NewStyles(r)
}

// printStanding says where the score stands against IRCC's rounds: the pool, and for each kind of
// round the candidate could be invited in, the last cut-offs with ✓ or ✗ (the rounds panel without
// its chart).
func (x *accessible) printStanding() {
	sd := newStanding(x.c, &x.s.a, &x.s.current)
	p := x.c.printer()
	x.say("\n%s", p.T("wiz_acc_stands", i18n.Args{"Score": p.Count(sd.score), "Pool": sd.poolWords()}))
	if note := rounds.StalenessIn(p, x.c.feed, x.c.today); note != "" {
		x.tell("wiz_acc_note", i18n.Args{"Note": note})
	}
	for _, l := range sd.lines(plainStyles(), accessibleWidth, true) {
		x.say("%s", strings.TrimRight(l, " "))
	}
	x.tell("wiz_acc_rounds", i18n.Args{"Source": sd.source})
}

// printResult says the assessment as plain text: the same lines as the result screen.
func (x *accessible) printResult() {
	t := resultText{st: plainStyles(), c: x.c, r: x.c.rules, p: &x.s.current, a: &x.s.a, problems: x.s.problems, plain: true}
	crs := &x.s.a.CRS
	x.say("\n%s", x.c.t("scr_acc_result_on", i18n.Args{"Date": x.c.date(x.c.today)}))
	if checked := x.c.rulesChecked(); checked != "" {
		x.say("%s", x.c.t("scr_acc_rules", i18n.Args{"Source": x.c.source, "Checked": checked}))
	}
	args := sectionArgs(x.c, crs)
	args["Total"], args["Max"] = x.c.count(crs.Total), x.c.count(x.c.rules.CRS.Total)
	x.say("%s", x.c.t("scr_acc_score", args))
	x.say("%s.", ansi.Strip(programSummaryIn(x.c, t.st, &x.s.a)))
	if next := nextWork(x.c, &x.s.current); next != "" { // as the result screen says it
		x.say("%s.", next)
	}
	x.say("")
	for _, l := range append(append(t.crs(accessibleWidth), t.programs(accessibleWidth)...), t.warnings(accessibleWidth)...) {
		x.say("%s", strings.TrimRight(l, " "))
	}
}

// save writes the profile, asking where the first time.
func (x *accessible) save() bool {
	x.s.refresh(x.c)
	if p, _, ok := x.s.firstProblem(); ok {
		x.tell("wiz_not_saved", i18n.Args{"Err": p.In(x.c.p)})
		return false
	}
	path := x.s.path
	if path == "" {
		name := x.s.current.Name
		if x.s.present {
			name = clientreport.PresentName
		}
		path = defaultFileName(name)
		in := huh.NewInput().Title(x.c.p.T("wiz_acc_save_as", i18n.Args{"Path": path})).
			Value(&path).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				s = path
			}
			return toldIn(x.c.p, checkSavePath)(s)
		})
		if !x.runForm(huh.NewGroup(in)) {
			return false
		}
		path = expandHome(strings.TrimSpace(path))
		if exists(path) {
			replace := false
			if !x.runForm(huh.NewGroup(newAccessibleYesNo(x.c.p.T("wiz_acc_exists", i18n.Args{"Path": x.s.shownPath(path)}), &replace))) || !replace {
				x.tell("wiz_acc_not_saved", nil)
				return false
			}
		}
	}
	if err := saveProfile(path, x.s.path, &x.s.current); err != nil {
		x.tell("wiz_not_saved", i18n.Args{"Err": x.s.hidePaths(err.Error(), path)})
		return false
	}
	x.s.path, x.s.saved, x.s.savedNow = path, x.s.current, true
	x.tell("wiz_acc_saved_to", i18n.Args{"Path": x.s.shownPath(path)})
	return true
}

// quit reports whether to quit, asking first when answers are unsaved.
func (x *accessible) quit() bool {
	if !x.s.dirty() {
		return true
	}
	const saveQuit, discard, keep = 0, 1, 2
	choice := saveQuit
	p := x.c.p
	ok := x.choose(p.T("wiz_acc_quit_q", nil), &choice, []huh.Option[int]{
		huh.NewOption(p.T("wiz_acc_quit_save", nil), saveQuit),
		huh.NewOption(p.T("wiz_acc_quit_discard", nil), discard),
		huh.NewOption(p.T("wiz_acc_quit_keep", nil), keep),
	})
	switch {
	case !ok:
		return true
	case choice == saveQuit:
		return x.save()
	case choice == discard:
		x.tell("wiz_acc_quit_discarded", nil)
		return true
	}
	return false
}

func (x *accessible) ended() error {
	x.s.refresh(x.c)
	x.say("\n%s", x.c.p.T("wiz_acc_ended", nil))
	if x.s.dirty() {
		x.tell("wiz_acc_unsaved", nil)
	}
	return nil
}

// lineReader hands out its reader's bytes one at a time, so that each of huh's prompts, which
// reads through its own buffer, takes only its own line. It remembers when the input ended.
type lineReader struct {
	r   io.Reader
	eof bool
}

func (l *lineReader) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	n, err := l.r.Read(p)
	if err != nil {
		l.eof = true
	}
	return n, err
}
