package tui

import (
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// The spouse's answers that do not count now (the spouse does not come, is Canadian, or the
// status has no spouse) are kept in the profile as they were, so a save keeps the file's [spouse]
// and a later "yes" finds them again; they are not scored.
func TestSpouseAnswersNotAskedNowAreKept(t *testing.T) {
	p := example(t, 4) // married, spouse with a doctorate, 5 years in Canada, CLB 10
	if p.Spouse == (scoring.Spouse{}) {
		t.Fatal("example 4 has no spouse")
	}
	for name, change := range map[string]func(d *draft){
		"not coming": func(d *draft) { d.SpouseComing = false },
		"Canadian":   func(d *draft) { d.SpouseCanadian = true },
		"single":     func(d *draft) { d.Marital = scoring.Single },
	} {
		d := newDraft(&p)
		change(&d)
		got, probs := d.profile(rulesAt(t), testDay)
		if len(probs) > 0 {
			t.Fatalf("%s: %v", name, probs)
		}
		if got.Spouse != p.Spouse {
			t.Errorf("%s: spouse %+v, want the file's %+v", name, got.Spouse, p.Spouse)
		}
		if a := scoring.Assess(rulesAt(t), &got, testDay); a.CRS.Spouse != 0 {
			t.Errorf("%s: the kept spouse is scored: %d", name, a.CRS.Spouse)
		}
	}
}

// A spouse's answer that cannot be read, in a step not asked now, does not stop a save: the
// spouse's answers are then left out.
func TestSpouseAnswerThatCannotBeReadIsLeftOutWhenNotAsked(t *testing.T) {
	p := example(t, 4)
	d := newDraft(&p)
	d.SpouseYears = "x"
	d.SpouseComing = false
	got, probs := d.profile(rulesAt(t), testDay)
	if len(probs) > 0 {
		t.Errorf("problems in a step not asked: %v", probs)
	}
	if got.Spouse != (scoring.Spouse{}) {
		t.Errorf("spouse %+v, want none", got.Spouse)
	}
}
