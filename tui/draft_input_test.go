package tui

import (
	"strings"
	"testing"
)

// The wizard checks the years of work as a profile file is read: within the question's window, and
// against each other.
func TestDraftRefusesWorkYearsOverWhatTheQuestionAllows(t *testing.T) {
	r := rulesAt(t)
	for _, c := range []struct {
		canadian, foreign, trade, key, want string
	}{
		{"11", "0", "0", keyCanadianYears, "want"},
		{"6", "5", "0", keyForeignYears, "make 11"},
		{"1", "1", "3", keyTradeYears, "more than the skilled work given"},
	} {
		d := newDraft(nil)
		d.Birth = "30"
		d.CanadianYears, d.ForeignYears, d.TradeYears = c.canadian, c.foreign, c.trade
		_, probs := d.profile(r, testDay)
		found := false
		for _, p := range probs {
			found = found || (p.Key == c.key && strings.Contains(p.Msg, c.want))
		}
		if !found {
			t.Errorf("%+v: problems %v, want one for %s saying %q", c, probs, c.key, c.want)
		}
	}
}

func TestBirthDateMoreThanMaxAgeYearsBackIsRefused(t *testing.T) {
	if _, _, err := parseBirth("1900-01-01", testDay); err == nil || !strings.Contains(err.Error(), "out of range") {
		t.Errorf("1900-01-01: %v", err)
	}
}
