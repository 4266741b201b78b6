package tui

import "github.com/charmbracelet/x/ansi"

// staleLines are staleLine where the note and its hint fit the width (the one line as before);
// a longer note (French runs longer) is wrapped, never cut, and the hint follows it where it fits.
func staleLines(st *Styles, note, hint string, width int) []string {
	if 1+ansi.StringWidth("! "+note) <= width {
		return []string{staleLine(st, note, hint, width)}
	}
	words := wrapWords("! "+note, width-3)
	if last := len(words) - 1; hint != "" && 3+ansi.StringWidth(words[last]+hint) <= width {
		words[last] += hint
	}
	out := make([]string, 0, len(words))
	for i, l := range words {
		indent := " "
		if i > 0 {
			indent = "   " // under the words after "! "
		}
		out = append(out, indent+st.Warn.Render(l))
	}
	return out
}
