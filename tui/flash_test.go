package tui

import (
	"strings"
	"testing"
)

// A message after a key (a save refused, and why) is read whole at 80 columns: it takes the lines
// it needs at the foot of the screen, and the screen keeps its height.
func TestFlashMessageIsShownWholeAt80Columns(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	before := strings.Count(view(m), "\n")
	m.flash = "Not saved: save client.toml: client.toml: the file has other hard links (2 names for one file): " +
		"replacing it would leave the others with the old content; save under another name"
	v := view(m)
	if got := flat(v); !strings.Contains(got, "save under another name") || !strings.Contains(got, "the file has other hard links") {
		t.Errorf("the message is cut:\n%s", v)
	}
	if after := strings.Count(v, "\n"); after != before {
		t.Errorf("the screen has %d lines with the message, %d without", after+1, before+1)
	}
	if !strings.HasPrefix(v, "eewizard") {
		t.Errorf("the title line is gone:\n%s", v)
	}
}
