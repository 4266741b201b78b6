package tui

// screensRelang makes the screens after the wizard (result, what-if, rounds, compare, their
// dialogs) speak m.c.p's language after the language key changed it, keeping their state (scroll,
// scenarios, the round picked). The language key (update.go) calls it after setting m.c.p.
func (m *Model) screensRelang() {
	m.setSize(m.c.width, m.c.height)
}
