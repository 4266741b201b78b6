package tui

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/internal/testrules"
	"github.com/eewizard/eewizard/scoring"
	"github.com/muesli/termenv"
)

// Tests draw without colour (stable goldens) and never query the terminal.
func init() {
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
}

// testDay is the day the worked examples' expected totals were checked on.
var testDay = time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)

// The files tests read, as absolute paths: some tests change directory.
var (
	rulesFile   = mustAbs("../rules.toml")
	examplesDir = mustAbs("../testdata/examples")
)

func mustAbs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		panic(err)
	}
	return a
}

func loadRules(t testing.TB) *scoring.Rules {
	t.Helper()
	return testrules.Load(t, rulesFile)
}

func rulesAt(t testing.TB) *scoring.Rules {
	t.Helper()
	r, err := loadRules(t).At(testDay)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// example reads a worked example, as `eewizard open` does.
func example(t testing.TB, n int) scoring.Profile {
	t.Helper()
	p, _ := profileFile(t, filepath.Join(examplesDir, "example"+strconv.Itoa(n)+".toml"))
	return p
}

// profileFile reads a profile file of the repository with the rules on testDay, and its text.
func profileFile(t testing.TB, file string) (scoring.Profile, []byte) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p, err := scoring.ReadProfile(rulesAt(t), file, data)
	if err != nil {
		t.Fatal(err)
	}
	return p, data
}

// readSaved reads back a profile file the program saved at path, and its text.
func readSaved(t testing.TB, path string) (scoring.Profile, []byte) {
	t.Helper()
	saved, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	q, err := scoring.ReadProfile(rulesAt(t), path, saved)
	if err != nil {
		t.Fatalf("the saved file does not read back: %v\n%s", err, saved)
	}
	return q, saved
}

// expected is the hand-checked totals of the worked examples: file -> {CRS, FSW grid}.
func expected(t testing.TB) map[string][2]int {
	t.Helper()
	f, err := os.Open(filepath.Join(examplesDir, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][2]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) != 3 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		crs, err1 := strconv.Atoi(fields[1])
		fsw, err2 := strconv.Atoi(fields[2])
		if err1 != nil || err2 != nil {
			t.Fatalf("expected.txt: bad line %q", sc.Text())
		}
		out[fields[0]] = [2]int{crs, fsw}
	}
	return out
}

// engineTotal is the engine's own CRS total for a profile on the test day.
func engineTotal(t testing.TB, p scoring.Profile) int {
	t.Helper()
	a := scoring.Assess(rulesAt(t), &p, testDay)
	return a.CRS.Total
}

// noNetwork is where a test's update of the rounds goes unless it gives its own server: a closed
// port on the loopback address, never IRCC's.
const noNetwork = "https://127.0.0.1:9/ee_rounds_123_en.json"

func options(t testing.TB, p *scoring.Profile, path string) Options {
	return Options{Rules: loadRules(t), RulesSource: "rules.toml", Profile: p, Path: path, Today: testDay, feedURL: noNetwork}
}

func newModel(t testing.TB, p *scoring.Profile, path string, w, h int) Model {
	t.Helper()
	m, err := New(options(t, p, path))
	if err != nil {
		t.Fatal(err)
	}
	nm, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return nm.(Model)
}

// press turns key names into key messages: "enter", "down", "shift+tab", "ctrl+s", or text.
func press(keys ...string) []tea.Msg {
	named := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "esc": tea.KeyEsc,
		"up": tea.KeyUp, "down": tea.KeyDown, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"backspace": tea.KeyBackspace, "ctrl+s": tea.KeyCtrlS, "ctrl+q": tea.KeyCtrlQ, "ctrl+c": tea.KeyCtrlC,
		"ctrl+u": tea.KeyCtrlU, "ctrl+p": tea.KeyCtrlP, "left": tea.KeyLeft, "right": tea.KeyRight, "home": tea.KeyHome, "end": tea.KeyEnd, "f1": tea.KeyF1,
	}
	var out []tea.Msg
	for _, k := range keys {
		if t, ok := named[k]; ok {
			out = append(out, tea.KeyMsg{Type: t})
			continue
		}
		for _, r := range k {
			out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		}
	}
	return out
}

// drive sends messages one at a time, and after each runs every command it gives (and theirs)
// before the next, as a user who waits for the screen would. Each command runs to its end: the
// only ones not run are the text cursor's blink timers, which wait half a second to toggle the
// cursor and change no answer. It reports whether the program quit.
func drive(t testing.TB, m Model, msgs ...tea.Msg) (Model, bool) {
	t.Helper()
	for _, msg := range msgs {
		queue := []tea.Msg{msg}
		for steps := 0; len(queue) > 0; steps++ {
			if steps > 500 {
				t.Fatal("drive: messages do not settle")
			}
			next := queue[0]
			queue = queue[1:]
			if _, ok := next.(tea.QuitMsg); ok {
				return m, true
			}
			nm, cmd := m.Update(next)
			m = nm.(Model)
			queue = append(queue, run(t, cmd)...)
		}
	}
	return m, false
}

// isBlink reports whether cmd is a text cursor's blink timer (bubbles' cursor.BlinkCmd).
func isBlink(cmd tea.Cmd) bool {
	f := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer())
	return f != nil && strings.HasPrefix(f.Name(), "github.com/charmbracelet/bubbles/cursor.") &&
		strings.Contains(f.Name(), "BlinkCmd")
}

// run runs a command to its end and unpacks batches and sequences. A command that has not ended
// after 10 seconds fails the test: a message is never dropped for being late.
func run(t testing.TB, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	if cmd == nil || isBlink(cmd) {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(10 * time.Second):
		f := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer())
		t.Fatalf("a command did not end in 10s: %s", f.Name())
	}
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(t, c)...)
		}
		return out
	}
	// tea.Sequence's message is an unexported []tea.Cmd.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := 0; i < v.Len(); i++ {
			out = append(out, run(t, v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// start is a new model at the first step with Init run.
func start(t testing.TB, w, h int) Model {
	t.Helper()
	m := newModel(t, nil, "", w, h)
	m, _ = drive(t, m, run(t, m.Init())...)
	return m
}

// view is the screen as text.
func view(m Model) string { return ansi.Strip(m.View()) }

// answers is example 1 (single, 29, bachelor's, IELTS 8.5/8/7.5/7.5, 3 years abroad) typed into
// the wizard, step by step.
var example1Keys = [][]string{
	// About you: name, age, marital status (single is first).
	{"Ada", "enter", "29", "enter", "enter"},
	// Education: bachelor's is the fifth level; no Canadian credential, no ECA date.
	{"down", "down", "down", "down", "enter", "enter", "enter"},
	// First official language: IELTS is the fourth choice, no date, four scores.
	{"down", "down", "down", "enter", "enter", "8.5", "enter", "8", "enter", "7.5", "enter", "7.5", "enter"},
	// Second official language: none (no date is asked without a test).
	{"enter"},
	// Work: 0 years in Canada (so none in the last 3, not asked), 3 abroad, TEER not known; no
	// trade years, no certificate.
	{"enter", "3", "enter", "enter", "enter", "enter"},
	// Job offer: none; no nomination.
	{"enter", "enter"},
	// Family and ties: no sibling, no relative, default family; funds and the rest left empty.
	{"enter", "enter", "enter", "enter", "enter", "enter"},
}

func flatten(steps [][]string) []string {
	var out []string
	for _, s := range steps {
		out = append(out, s...)
	}
	return out
}

func sizeMsg(w, h int) tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} }

// dirtyQuitDialog is example 1 with a changed answer, after q: the unsaved-changes dialog.
func dirtyQuitDialog(t testing.TB, w, h int) Model {
	t.Helper()
	p := example(t, 1)
	m := newModel(t, &p, "", w, h)
	m.s.draft.Name = "changed"
	m.s.refresh(m.c)
	m, _ = drive(t, m, press("q")...)
	return m
}

// paste is text arriving at once, as a paste does.
func paste(s string) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: true} }
