package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// What the dialogs that hold a huh form share: the box's width, the form sized to it, and the
// what-if dialogs' update.

// dialogWidth is the width of a dialog's form in a window width wide: at most 66, at least 20,
// leaving room for the box's border and padding.
func dialogWidth(width int) int { return max(20, min(66, width-8)) }

// sizeForm gives form the width and height w, h, and tells it so as huh learns of a resize.
func sizeForm(form *huh.Form, w, h int) {
	form.WithWidth(w).WithHeight(h)
	form.Update(tea.WindowSizeMsg{Width: w, Height: h})
}

// updateWhatIfForm passes msg to a what-if dialog's form, or closes the dialog on Cancel.
func updateWhatIfForm(c *common, form **huh.Form, msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, c.keys.Cancel) {
		return whatifCloseCmd
	}
	m, cmd := (*form).Update(msg)
	*form = m.(*huh.Form)
	return cmd
}
