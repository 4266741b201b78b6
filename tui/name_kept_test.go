package tui

import "testing"

// A name with characters a text field cannot hold (an escape, a line break) shows in the name
// field without them; the name is changed only if the person edits the field, never by opening
// the file, editing another step or passing through the name unchanged.
func TestNameWithControlCharactersIsKeptUnlessEdited(t *testing.T) {
	for _, name := range []string{"a\x1b[31mb", "line1\nline2", "tab\there", "x\u0085y"} {
		p := example(t, 1)
		p.Name = name
		m := newModel(t, &p, "", 80, 24)
		if m.s.dirty() {
			t.Errorf("%q: opened and nothing changed, yet unsaved", name)
		}
		m, _ = drive(t, m, press("3", "enter", "tab", "tab", "backspace", "8")...) // another step: reading
		if got := m.s.current.Name; got != name {
			t.Errorf("%q: after editing the first language, the name is %q", name, got)
		}
		m, _ = drive(t, m, press("esc", "1", "enter")...) // through the name, unchanged
		if got := m.s.current.Name; got != name {
			t.Errorf("%q: after passing through the name field, the name is %q", name, got)
		}
		m, _ = drive(t, m, press("esc", "1", "end", "Z")...) // the name edited: what the field shows, and Z
		if got, want := m.s.current.Name, fieldText(name)+"Z"; got != want {
			t.Errorf("%q: edited name %q, want %q", name, got, want)
		}
	}
}
