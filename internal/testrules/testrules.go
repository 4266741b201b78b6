// Package testrules reads the repository's rules.toml for the tests of the packages below the
// root (scoring's own tests cannot import it: it imports scoring).
package testrules

import (
	"os"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// Load reads the rules file at path (from the test's package, "../rules.toml"), every version,
// named rules.toml in errors; a file that is missing or has problems fails tb.
func Load(tb testing.TB, path string) *scoring.Rules {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	r, err := scoring.LoadRules("rules.toml", data)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}
