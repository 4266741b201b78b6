package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// helpDialog lists every key of the screen under it (? or f1): the footer shows what fits, this
// shows the rest. Any key closes it.
type helpDialog struct {
	c     *common // its width and height are the window's
	keys  []key.Binding
	notes []string // what the screen stands on (the rules, the rounds), under the keys
}

func newHelpDialog(c *common, keys []key.Binding, notes ...string) helpDialog {
	out := make([]key.Binding, 0, len(keys)+3)
	seen := map[string]bool{}
	// The screen's keys, then the ones that work everywhere (once each).
	for _, k := range append(append([]key.Binding{}, keys...), c.keys.Save, c.keys.Quit, c.keys.Interrupt, c.keys.Lang) {
		h := k.Help()
		if h.Key == "" || seen[h.Key] || h.Key == c.keys.Help.Help().Key || !k.Enabled() {
			continue
		}
		seen[h.Key] = true
		out = append(out, k)
	}
	return helpDialog{c: c, keys: out, notes: notes}
}

func (d helpDialog) update(msg tea.Msg) (dialog, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		return d, closeDialogCmd
	}
	return d, nil
}

// view lays the keys out in as many columns as fit (two at most), each key beside what it does.
func (d helpDialog) view() string {
	st := d.c.styles
	keyW, descW := 0, 0
	for _, k := range d.keys {
		keyW = max(keyW, ansi.StringWidth(k.Help().Key))
		descW = max(descW, ansi.StringWidth(k.Help().Desc))
	}
	room := max(20, d.c.width-6) // the box's border and padding
	colW := min(keyW+2+descW, room)
	cols := 1
	if 2*colW+3 <= room && len(d.keys) > 6 {
		cols = 2
	}
	rows := (len(d.keys) + cols - 1) / cols
	lines := make([]string, rows)
	for i, k := range d.keys {
		h := k.Help()
		cell := st.Bold.Render(h.Key) + strings.Repeat(" ", keyW-ansi.StringWidth(h.Key)+2) + h.Desc
		cell = ansi.Truncate(cell, colW, "…")
		r := i % rows
		if i >= rows {
			lines[r] += strings.Repeat(" ", max(0, colW-lipgloss.Width(lines[r]))) + "   "
		}
		lines[r] += cell
	}
	title := st.Bold.Render(d.c.p.T("wiz_help_title", nil)) + st.Muted.Render(" "+d.c.p.T("wiz_help_closes", nil))
	// The notes that fit under the keys: the window less the footer, the border, the title and a
	// blank line before them.
	left := d.c.height - 1 - 2 - 2 - len(lines) - 1
	for i, n := range d.notes {
		wrapped := wrapWords(n, min(room, max(colW*cols+3*(cols-1), 60)))
		if len(wrapped) > left {
			break
		}
		if i == 0 {
			lines = append(lines, "")
		}
		lines = append(lines, st.Muted.Render(strings.Join(wrapped, "\n")))
		left -= len(wrapped)
	}
	return st.Dialog.Render(ansi.Truncate(title, room, "…") + "\n\n" + strings.Join(lines, "\n"))
}

func (d helpDialog) help() []key.Binding {
	return []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", d.c.p.T("wiz_help_close", nil)))}
}

func (d helpDialog) setSize(int, int) {} // view reads the window's size from common
