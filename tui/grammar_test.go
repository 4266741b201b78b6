package tui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/rounds"
)

// oneThings finds a count of 1 before a plural noun: "1 days", "the last 1 rounds".
var oneThings = regexp.MustCompile(`(^|[^0-9.,])1 (days|rounds|years|months)\b`)

// oneRoundFeed is IRCC's feed cut to a single round, a CEC one.
func oneRoundFeed(t *testing.T) *rounds.Feed {
	t.Helper()
	f, err := rounds.Parse(strings.NewReader(`{"rounds":[{"drawNumber":"400","drawDate":"2026-08-01",
		"drawName":"Canadian Experience Class","drawSize":"3,000","drawCRS":"500"}]}`), "one.json")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestScreensSayOneRoundNotOneRounds(t *testing.T) {
	p := cec2(t)
	opts := options(t, &p, "")
	opts.Rounds, opts.RoundsSource = oneRoundFeed(t), "one.json"
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, sizeMsg(120, 40))
	for _, keys := range [][]string{{"r"}, {"esc", "w"}} {
		m, _ = drive(t, m, press(keys...)...)
		v := ansi.Strip(m.View())
		if m.screen == screenRounds {
			v += "\n" + wholeRounds(m)
		}
		if s := oneThings.FindString(v); s != "" {
			t.Errorf("after %q: %q:\n%s", keys, s, v)
		}
	}
}

func TestLastThreeYearsErrorSaysOneYear(t *testing.T) {
	err := checkLast3("2", &draft{CanadianYears: "1"})
	if err == nil || !strings.Contains(err.Error(), "but 1 year in the last 10") {
		t.Errorf("error %v, want one saying 1 year", err)
	}
}
