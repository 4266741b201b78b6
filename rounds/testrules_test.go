package rounds

import (
	"testing"

	"github.com/eewizard/eewizard/internal/testrules"
	"github.com/eewizard/eewizard/scoring"
)

// testRules reads the repository's rules.toml, every version of it.
func testRules(tb testing.TB) *scoring.Rules {
	tb.Helper()
	return testrules.Load(tb, "../rules.toml")
}

// entryRules is the repository's rules in force on 2026-08-20, and a reader of profile texts
// under them that fails the test on a profile with problems.
func entryRules(t *testing.T) (*scoring.Rules, func(string) scoring.Profile) {
	t.Helper()
	day, _ := scoring.ParseDay("2026-08-20")
	r, _ := testRules(t).At(day)
	read := func(text string) scoring.Profile {
		p, err := scoring.ReadProfile(r, "p.toml", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	return r, read
}
