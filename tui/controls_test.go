package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/rounds"
)

// attack clears the screen and paints what follows red, if a terminal is sent it raw.
const attack = "\x1b[2J\x1b[31m"

// noControls fails if a screen (drawn without colour in tests, so with no ESC of its own) holds one.
func noControls(t *testing.T, what, screen string) {
	t.Helper()
	if strings.ContainsAny(screen, "\x1b\u009b\a") {
		t.Errorf("%s: a control character reaches the terminal:\n%q", what, screen)
	}
	if !strings.Contains(screen, `\x1b[2J`) {
		t.Errorf("%s: the control characters are not shown as \\x1b:\n%s", what, screen)
	}
}

func TestScreensShowControlCharactersInTheNameAndFileName(t *testing.T) {
	p := example(t, 1)
	p.Name = "Priya" + attack
	opts := options(t, &p, filepath.Join(t.TempDir(), "client"+attack+".toml"))
	opts.RulesSource = "r" + attack + ".toml"
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, sizeMsg(120, 30))
	noControls(t, "the result screen", m.View())
	if !strings.Contains(m.View(), `rules: r\x1b[2J\x1b[31m.toml`) {
		t.Errorf("the status line does not show the rules file:\n%s", m.View())
	}
	if !strings.Contains(m.View(), `Priya\x1b[2J\x1b[31m · client\x1b[2J\x1b[31m.toml`) {
		t.Errorf("the title does not show the name and file:\n%s", m.View())
	}
	m.s.draft.Name = "changed"
	m.s.refresh(m.c)
	m, _ = drive(t, m, press("q")...)
	noControls(t, "the unsaved-changes dialog", m.View())
}

func TestRoundPickerShowsControlCharactersInRoundNames(t *testing.T) {
	data, err := os.ReadFile("../rounds/ee_rounds_123_en.json")
	if err != nil {
		t.Fatal(err)
	}
	hostile := strings.Replace(string(data), `"drawName":"`, `"drawName":"\u001b[2J\u001b[31m`, 1)
	feed, err := rounds.Parse(strings.NewReader(hostile), "hostile.json")
	if err != nil {
		t.Fatal(err)
	}
	p := cec2(t)
	opts := options(t, &p, "")
	opts.Rounds, opts.RoundsSource = feed, "hostile.json"
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, sizeMsg(100, 30))
	m, _ = drive(t, m, press("w")...)
	noControls(t, "the round picker", m.View())
}
