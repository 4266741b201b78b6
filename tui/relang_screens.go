package tui

import "strings"

// screensRelang makes the screens after the wizard (result, what-if, rounds, compare, their
// dialogs) speak m.c.p's language after the language key changed it, keeping their state (scroll,
// scenarios, the round picked). The language key (update.go) calls it after setting m.c.p.
//
// Every text of these screens is written from facts on layout (the engine's assessment, the
// what-if, the standing's figures), except what was worked out once and kept: the result's line of
// the next job-driven day, the rounds' standing and chart kinds, the what-if's boxes and the
// title of the wizard on its copy. Those are made again here; then every screen is laid out at
// its size, as setSize does (the offsets are kept: pager.settle only clamps them).
func (m *Model) screensRelang() {
	m.result.nextSet = false // nextWork's words are in the old language
	m.rounds.relang()
	m.whatif.relangKept()
	h := m.c.height - 1
	m.result.SetSize(m.c.width, h)
	m.whatif.SetSize(m.c.width, h)
	m.rounds.SetSize(m.c.width, h)
	m.compare.SetSize(m.c.width, h)
	if m.dialog != nil {
		m.dialog.setSize(m.c.width, h)
	}
	m.whatif.relang() // after its layout: a box made again is sized as when it opens
}

// relang works the standing out again (its why's are words), keeping the kind of round shown.
func (r *roundsScreen) relang() {
	if !r.opened {
		return
	}
	r.st = newStanding(r.c, &r.s.a, &r.s.current)
	r.kinds = r.st.chartKinds(r.c.feed)
	r.kind = min(r.kind, max(0, len(r.kinds)-1))
}

// relangKept writes the kept scenarios' names again (compute does, for each change).
func (w *whatifScreen) relangKept() {
	for i := range w.kept {
		k := &w.kept[i]
		k.name = strings.Join(w.changesOf(k.applied, k.edited, k.p), "; ")
	}
}

// relang makes the what-if's kept words again: the title of the wizard on the copy, and the box
// open when it is a list (the round picker, the scenarios, the step menu). A box being typed in
// (the ITA's details, a new occupation) and the confirmation keep their words until closed, so
// nothing typed is lost; the one-off note is written again.
func (w *whatifScreen) relang() {
	if !w.opened {
		return
	}
	w.wiz.title = w.copyTitle()
	w.note = ""
	if w.noteSay != nil {
		w.note = w.noteSay(w.c)
	}
	switch old := w.dlg.(type) {
	case *roundPicker:
		d := newRoundPicker(w.c, w.ita)
		d.filter.SetValue(old.filter.Value())
		d.refilter()
		d.cursor, d.offset = old.cursor, old.offset
		w.dlg = d
	case *scenarioMenu:
		w.dlg = newScenarioMenu(w.c, w.scenarios)
	case stepMenu:
		w.dlg = w.stepMenu()
	}
}
