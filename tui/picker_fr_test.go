package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
)

// The round picker at 80x24 in French says the rounds are old in full, wrapped in the box, and
// shows the filter's hint whole: French runs longer than the English, which fits on one line.
func TestRoundPickerFrenchNotCutAt80(t *testing.T) {
	p := cec2(t)
	o := options(t, &p, "")
	o.Today, o.Lang = staleDay, i18n.Fr // long after the embedded rounds: they are old
	m, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, sizeMsg(80, 24))
	m, _ = drive(t, m, press("w")...)
	v := ansi.Strip(m.View())
	if strings.Contains(v, "eewiz…") || strings.Contains(v, "(cec, pnp, f…") {
		t.Errorf("the picker cuts the note or the hint:\n%s", v)
	}
	flat := strings.Join(strings.Fields(strings.ReplaceAll(v, "│", " ")), " ")
	if !strings.Contains(flat, "eewizard draws update") || !strings.Contains(flat, "ronde, date ou type (cec, pnp, french...)") {
		t.Errorf("the picker lacks the whole note or hint:\n%s", v)
	}
}
