//go:build !devstub

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eewizard/eewizard/scoring"
)

// The end-to-end tests build the real binary and run it in tmux, a real terminal: the program
// opens a profile, shows its total, survives resizes, quits, and leaves the terminal as it found
// it. They need tmux, and are skipped with -short.

// e2eTerm is a tmux server of its own (a private socket) with one window.
type e2eTerm struct {
	t      *testing.T
	socket string
}

func newE2ETerm(t *testing.T, w, h int, dir string, env []string, command string) *e2eTerm {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is not installed: CI must install it (.ci/run does)")
		}
		t.Skip("tmux is not installed")
	}
	term := &e2eTerm{t: t, socket: fmt.Sprintf("eewizard-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
	t.Cleanup(func() {
		_ = exec.Command("tmux", "-L", term.socket, "kill-server").Run()
		dir := os.Getenv("TMUX_TMPDIR")
		if dir == "" {
			dir = os.TempDir()
		}
		os.Remove(filepath.Join(dir, fmt.Sprintf("tmux-%d", os.Getuid()), term.socket))
	})
	// After the program, the shell says how it exited and stays, so the restored terminal can be
	// inspected. The shell traps SIGINT (a handler, which the program does not inherit) so that
	// ctrl+c ends only the program.
	shell := fmt.Sprintf("trap true INT; %s; echo exit=$?; exec sleep 600", command)
	args := []string{"-f", "/dev/null", "new-session", "-d", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h),
		"-s", "e2e", "-c", dir}
	// CI sets CI=true, which makes the terminal libraries drop colour as if there were no terminal;
	// the program runs here as a person runs it, so CI is cleared inside the terminal.
	args = append(args, "-e", "CI=")
	for _, e := range env {
		args = append(args, "-e", e)
	}
	term.tmux(append(args, "sh", "-c", shell)...)
	return term
}

func (term *e2eTerm) tmux(args ...string) string {
	term.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", term.socket}, args...)...).CombinedOutput()
	if err != nil {
		term.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// screen is what the terminal shows, as text (escapes too, with escapes true).
func (term *e2eTerm) screen(escapes bool) string {
	if escapes {
		return term.tmux("capture-pane", "-p", "-e", "-t", "e2e")
	}
	return term.tmux("capture-pane", "-p", "-t", "e2e")
}

// waitFor polls the screen until ok says yes, and returns how long it took.
func (term *e2eTerm) waitFor(what string, ok func(screen string) bool) time.Duration {
	term.t.Helper()
	start := time.Now()
	for time.Since(start) < 10*time.Second {
		if ok(term.screen(false)) {
			return time.Since(start)
		}
		time.Sleep(5 * time.Millisecond)
	}
	term.t.Fatalf("waited 10s for %s; the screen shows:\n%s", what, term.screen(false))
	return 0
}

func (term *e2eTerm) flag(format string) string {
	return strings.TrimSpace(term.tmux("display-message", "-p", "-t", "e2e", format))
}

func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "eewizard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// e2eExample copies worked example 1 to a directory of its own and returns the directory and the
// total the engine gives it today (the program scores on the day it runs).
func e2eExample(t *testing.T) (string, int) {
	t.Helper()
	data, err := os.ReadFile("testdata/examples/example1.toml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "client.toml"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	rulesData, err := os.ReadFile("rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	rules, err := scoring.LoadRules("rules.toml", rulesData)
	if err != nil {
		t.Fatal(err)
	}
	today := scoring.Day(time.Now())
	r, err := rules.At(today)
	if err != nil {
		t.Fatal(err)
	}
	p, err := scoring.ReadProfile(r, "client.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	a := scoring.Assess(r, &p, today)
	// Example 1 has an age and no dated results, so today's total is the hand-checked one.
	if a.CRS.Total != 441 {
		t.Fatalf("the engine gives example 1 %d today; expected.txt says 441", a.CRS.Total)
	}
	return dir, a.CRS.Total
}

func TestE2EOpenShowsTheTotalSurvivesResizesAndRestoresTheTerminal(t *testing.T) {
	bin := buildBinary(t)
	dir, total := e2eExample(t)
	term := newE2ETerm(t, 100, 30, dir, nil, bin+" open client.toml")
	want := fmt.Sprintf("CRS score: %d", total)
	took := term.waitFor("the result screen", func(s string) bool { return strings.Contains(s, want) })
	t.Logf("eewizard open: the total on screen after %v (includes tmux start and polling)", took)
	if term.flag("#{alternate_on}") != "1" {
		t.Error("the program does not use the alternate screen")
	}

	for _, size := range [][2]int{{200, 60}, {80, 24}, {50, 12}, {100, 30}} {
		term.tmux("resize-window", "-t", "e2e", "-x", strconv.Itoa(size[0]), "-y", strconv.Itoa(size[1]))
		what := fmt.Sprintf("the total at %dx%d", size[0], size[1])
		check := func(s string) bool { return strings.Contains(s, want) }
		switch {
		case size[0] >= 120:
			what += ", programs beside the score"
			check = func(s string) bool {
				return strings.Contains(s, want) && strings.Contains(s, "│ Federal Skilled Worker (FSW)")
			}
		case size[0] < 60:
			what = "the too-small notice"
			check = func(s string) bool { return strings.Contains(strings.Join(strings.Fields(s), " "), "needs at least") }
		}
		term.waitFor(what, check)
		for i, l := range strings.Split(strings.TrimRight(term.screen(false), "\n"), "\n") {
			if n := len([]rune(l)); n > size[0] || i >= size[1] {
				t.Errorf("at %dx%d, line %d (%d wide) is outside the window: %q", size[0], size[1], i+1, n, l)
			}
		}
	}

	term.tmux("send-keys", "-t", "e2e", "q")
	term.waitFor("the program to exit", func(s string) bool { return strings.Contains(s, "exit=") })
	s := term.screen(false)
	if !strings.Contains(s, "exit=0") {
		t.Errorf("exit status is not 0:\n%s", s)
	}
	if !strings.Contains(s, fmt.Sprintf("CRS %d", total)) {
		t.Errorf("no total on the line printed after the program:\n%s", s)
	}
	for format, want := range map[string]string{
		"#{alternate_on}":   "0", // back on the normal screen
		"#{cursor_flag}":    "1", // cursor shown again
		"#{mouse_any_flag}": "0",
	} {
		if got := term.flag(format); got != want {
			t.Errorf("after exit %s = %s, want %s", format, got, want)
		}
	}
}

func TestE2EColourFollowsNOCOLOR(t *testing.T) {
	bin := buildBinary(t)
	dir, total := e2eExample(t)
	sgrColour := regexp.MustCompile(`\x1b\[[0-9;]*(3[0-7]|9[0-7]|38;)`)
	for _, c := range []struct {
		name   string
		env    []string
		colour bool
	}{
		{"colour", []string{"TERM=xterm-256color"}, true},
		{"NO_COLOR", []string{"TERM=xterm-256color", "NO_COLOR=1"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			term := newE2ETerm(t, 100, 30, dir, c.env, bin+" open client.toml")
			term.waitFor("the result screen", func(s string) bool { return strings.Contains(s, fmt.Sprintf("CRS score: %d", total)) })
			s := term.screen(true)
			if got := sgrColour.MatchString(s); got != c.colour {
				t.Errorf("colour codes on screen: %v, want %v", got, c.colour)
			}
			for _, words := range []string{"✗ FSW not eligible", "✗ CEC not eligible"} {
				if !strings.Contains(term.screen(false), words) {
					t.Errorf("%q is not on screen in words", words)
				}
			}
			term.tmux("send-keys", "-t", "e2e", "q")
			term.waitFor("the program to exit", func(s string) bool { return strings.Contains(s, "exit=0") })
		})
	}
}

func TestE2EAccessibleModeIsLineByLine(t *testing.T) {
	bin := buildBinary(t)
	dir, _ := e2eExample(t)
	term := newE2ETerm(t, 100, 30, dir, nil, bin+" --accessible")
	term.waitFor("the first question", func(s string) bool { return strings.Contains(s, "Your name (optional)") })
	if term.flag("#{alternate_on}") != "0" {
		t.Error("accessible mode uses the alternate screen")
	}
	term.tmux("send-keys", "-t", "e2e", "Ada", "Enter")
	term.waitFor("the next question", func(s string) bool { return strings.Contains(s, "Date of birth, or age") })
	term.tmux("send-keys", "-t", "e2e", "C-c")
	term.waitFor("the program to exit", func(s string) bool { return strings.Contains(s, "exit=") })
	if got := term.flag("#{cursor_flag}"); got != "1" {
		t.Errorf("cursor flag %s after ctrl+c", got)
	}
}

// TestE2EWhatIfAndRoundsPanel opens the what-if and the rounds panel of a real program, in colour
// and with NO_COLOR: a round picked from IRCC's rounds gives its cut-off and a verdict on screen,
// and the rounds panel marks the score on its chart. A broken copy of the rounds feed is warned
// about on stderr before the program starts, and the embedded feed is used.
func TestE2EWhatIfAndRoundsPanel(t *testing.T) {
	bin := buildBinary(t)
	dir, total := e2eExample(t)
	data := filepath.Join(dir, "data")
	if err := os.MkdirAll(data, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "ee_rounds_123_en.json"), []byte("{broken"), 0o600); err != nil {
		t.Fatal(err)
	}
	sgrColour := regexp.MustCompile(`\x1b\[[0-9;]*(3[0-7]|9[0-7]|38;)`)
	for _, c := range []struct {
		name   string
		env    []string
		w, h   int
		colour bool
	}{
		{"colour 80x24", []string{"TERM=xterm-256color", "EEWIZARD_DATA_DIR=" + data}, 80, 24, true},
		{"NO_COLOR 200x60", []string{"TERM=xterm-256color", "NO_COLOR=1", "EEWIZARD_DATA_DIR=" + data}, 200, 60, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			term := newE2ETerm(t, c.w, c.h, dir, c.env, bin+" open client.toml 2>stderr.txt")
			// The whole frame, to its footer (a loaded machine can be read between the lines of one).
			term.waitFor("the result screen", func(s string) bool {
				return strings.Contains(s, fmt.Sprintf("CRS score: %d", total)) && strings.Contains(s, "? all keys")
			})
			if s := term.screen(false); !strings.Contains(s, "w what-if") || !strings.Contains(s, "r rounds") {
				t.Errorf("the result's help does not show w and r:\n%s", s)
			}
			term.tmux("send-keys", "-t", "e2e", "w")
			term.waitFor("the round picker", func(s string) bool { return strings.Contains(s, "The round you were invited in") })
			term.tmux("send-keys", "-t", "e2e", "436")
			term.waitFor("round 436 chosen", func(s string) bool { return strings.Contains(s, "> #436") })
			term.tmux("send-keys", "-t", "e2e", "Enter")
			// Example 1 (441, eligible for no program) invited in round 436 (CEC, cut-off 523): decline.
			// The program runs on the real date: once the deadline (2026-10-17) has passed, the verdict
			// says what it would have been.
			term.waitFor("the verdict and the cut-off", func(s string) bool {
				decline := strings.Contains(s, "Verdict: DECLINE the invitation") || strings.Contains(s, "Verdict: DECLINE (the deadline has passed)")
				return decline && strings.Contains(s, "cut-off 523") &&
					strings.Contains(s, fmt.Sprintf("%d at the ITA", total))
			})
			s := term.screen(true)
			if got := sgrColour.MatchString(s); got != c.colour {
				t.Errorf("colour codes on the what-if: %v, want %v", got, c.colour)
			}
			if !strings.Contains(term.screen(false), "✗ █ █ █▀▀") {
				t.Errorf("the verdict has no ✗ beside its large letters:\n%s", term.screen(false))
			}
			term.tmux("send-keys", "-t", "e2e", "Escape")
			term.waitFor("the result again", func(s string) bool { return strings.Contains(s, fmt.Sprintf("CRS score: %d", total)) })
			term.tmux("send-keys", "-t", "e2e", "r")
			term.waitFor("the rounds panel", func(s string) bool {
				return strings.Contains(s, fmt.Sprintf("Where %d stands", total)) && strings.Contains(s, fmt.Sprintf("◀ you %d", total))
			})
			for i, l := range strings.Split(strings.TrimRight(term.screen(false), "\n"), "\n") {
				if n := len([]rune(l)); n > c.w || i >= c.h {
					t.Errorf("line %d (%d wide) is outside the window: %q", i+1, n, l)
				}
			}
			term.tmux("send-keys", "-t", "e2e", "q")
			term.waitFor("the program to exit", func(s string) bool { return strings.Contains(s, "exit=0") })
			errs, _ := os.ReadFile(filepath.Join(dir, "stderr.txt"))
			if !strings.Contains(string(errs), "warning") || !strings.Contains(string(errs), "using the embedded feed") {
				t.Errorf("no warning about the broken rounds feed on stderr: %q", errs)
			}
		})
	}
}

// TestE2ENoColorKeepsTheTextCursor starts the wizard with NO_COLOR: no colour on screen, but the
// text field's cursor is still drawn, in reverse video (an attribute, not a colour).
func TestE2ENoColorKeepsTheTextCursor(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	term := newE2ETerm(t, 100, 30, dir, []string{"TERM=xterm-256color", "NO_COLOR=1"}, bin)
	term.waitFor("the first question", func(s string) bool { return strings.Contains(s, "Your name (optional)") })
	sgrColour := regexp.MustCompile(`\x1b\[[0-9;]*(3[0-7]|9[0-7]|38;)`)
	reverse := regexp.MustCompile(`\x1b\[([0-9;]*;)?7m`)
	// The cursor blinks: wait for the frame that shows it.
	term.waitFor("the cursor in reverse video", func(string) bool { return reverse.MatchString(term.screen(true)) })
	if s := term.screen(true); sgrColour.MatchString(s) {
		t.Errorf("colour codes on screen with NO_COLOR:\n%q", s)
	}
	term.tmux("send-keys", "-t", "e2e", "C-c")
	term.waitFor("the program to exit", func(s string) bool { return strings.Contains(s, "exit=") })
}

// TestE2EListsAfterResizeAndKeysInABurst answers the first step in one burst of keys (tmux sends
// them at once), shrinks the window to 60x16 and grows it to 200x60: every option of the marital
// status list shows, and every key landed in its field.
func TestE2EListsAfterResizeAndKeysInABurst(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	term := newE2ETerm(t, 100, 30, dir, []string{"TERM=xterm-256color"}, bin)
	term.waitFor("the first question", func(s string) bool { return strings.Contains(s, "Your name (optional)") })
	term.tmux("send-keys", "-t", "e2e", "Ada", "Enter", "29", "Enter")
	term.waitFor("the marital status", func(s string) bool {
		return strings.Contains(s, "┃ Marital status") && strings.Contains(s, "> Ada") && strings.Contains(s, "> 29")
	})
	options := []string{"Single, never married", "Married", "Common-law partner", "Divorced", "Legally separated", "Widowed", "Marriage annulled"}
	term.tmux("resize-window", "-t", "e2e", "-x", "60", "-y", "16")
	term.waitFor("the small layout", func(s string) bool { return strings.Contains(s, "CRS so far:") })
	term.tmux("resize-window", "-t", "e2e", "-x", "200", "-y", "60")
	term.waitFor("every marital status", func(s string) bool {
		for _, o := range options {
			if !strings.Contains(s, o) {
				return false
			}
		}
		return strings.Contains(s, "CRS so far")
	})
	term.tmux("send-keys", "-t", "e2e", "C-c")
	term.waitFor("the program to exit", func(s string) bool { return strings.Contains(s, "exit=") })
}
