package tui

import (
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// The what-if's scenarios: the ITA they start from, the rules and day they are made with, and
// applying and keeping them on the changed profile (screen_whatif.go holds the screen).

// itaOrDefault is the ITA to start the details from: the one given, or one dated today.
func (w *whatifScreen) itaOrDefault() scoring.ITA {
	if w.hasITA {
		return w.ita
	}
	return scoring.ITA{Date: w.c.today, CutOff: -1}
}

// apply makes ready-made scenario n on the changed profile.
func (w *whatifScreen) apply(n int) {
	if n < 0 || n >= len(w.scenarios) {
		count := len(w.scenarios)
		w.say(func(c *common) string { return c.n("scr_wi_note_no_scenario", count, i18n.Args{"N": c.count(n + 1)}) })
		return
	}
	w.applyChange(w.scenarios[n])
}

// scenarioRules and scenarioDay are those the scenarios are made with: the ITA's, or today's.
func (w *whatifScreen) scenarioRules() *scoring.Rules {
	if w.valid() {
		return w.rulesITA
	}
	return w.c.rules
}

func (w *whatifScreen) scenarioDay() time.Time {
	if w.valid() {
		return w.ita.Date
	}
	return w.c.today
}

// applyChange makes a change on the changed profile.
func (w *whatifScreen) applyChange(sc scoring.Change) {
	p := sc.Apply(w.copy.current)
	w.copy.draft = newDraft(&p)
	w.applied = append(w.applied, sc)
	w.compute()
	w.say(func(c *common) string { return c.t("scr_wi_note_applied", i18n.Args{"Title": changeTitle(c, &sc)}) })
}

// keep keeps the changed profile as a scenario to compare.
func (w *whatifScreen) keep() {
	changes := w.changes()
	if len(changes) == 0 {
		w.say(func(c *common) string { return c.t("scr_wi_note_nothing_to_keep", nil) })
		return
	}
	w.kept = append(w.kept, keptScenario{applied: append([]scoring.Change{}, w.applied...),
		edited: append([]stepID{}, w.edited...), p: w.copy.current})
	w.compute()
	letter := string('A' + rune((len(w.kept)-1)%26))
	w.say(func(c *common) string { return c.t("scr_wi_note_kept", i18n.Args{"Letter": letter}) })
}
