package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// longName is a round type longer than the 40 characters draws once cut every name to.
const longName = "French-Language proficiency 2026-Version 2"

func TestDrawsNeverCutsRoundNamesWhenPiped(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	t.Setenv("COLUMNS", "60") // a terminal's setting; the output here is not a terminal
	out, errs, code := runCLI(t, "draws", "--since", "2026-08-19")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "  "+longName+"\n") || strings.Contains(out, "…") {
		t.Errorf("piped output cut a round name:\n%s", out)
	}
}

func TestDrawsCutsRoundNamesToTheTerminalWidth(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, width := range []int{70, 80, 200} {
		var out, errb bytes.Buffer
		e := &env{stdout: &out, stderr: &errb, today: testToday, width: width}
		if code := dispatch(e, []string{"draws", "--since", "2026-08-01"}); code != exitOK {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		for _, l := range lines[:len(lines)-1] { // the last line names the source
			if n := utf8.RuneCountInString(l); n > width {
				t.Errorf("width %d: a line of %d:\n%s", width, n, l)
			}
		}
		whole := strings.Contains(out.String(), "  "+longName+"\n")
		if want := width >= 56+len(longName); whole != want {
			t.Errorf("width %d: the whole %q shown: %v, want %v\n%s", width, longName, whole, want, out.String())
		}
	}
}

func TestColumnsPrefersCOLUMNSThenTheTerminal(t *testing.T) {
	for _, c := range []struct {
		env      string
		measured int
		want     int
	}{{"200", 80, 200}, {"", 100, 100}, {"wide", 100, 100}, {"0", 90, 90}, {"", 0, 80}} {
		if got := columns(c.env, c.measured); got != c.want {
			t.Errorf("columns(%q, %d) = %d, want %d", c.env, c.measured, got, c.want)
		}
	}
}
