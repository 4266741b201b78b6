package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A name holding control characters (a bell, a vertical tab) is written by --set as TOML reads it,
// so the what-if runs on such a file.
func TestWhatIfSetOnAProfileWhoseNameHasControlCharacters(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(examples, "example1.toml"))
	if err != nil {
		t.Fatal(err)
	}
	src := "name = \"Ada\\u0007 \\u000b King\"\n" + strings.Replace(string(data), "name = ", "# name = ", 1)
	path := writeFile(t, t.TempDir(), "client.toml", src)
	for _, set := range []string{"applicant.first_language.speaking=6.5", "name=Ada\aKing"} {
		_, errs, code := runCLI(t, "whatif", path, "--ita-date", "2026-08-19", "--cutoff", "430", "--set", set, "--json")
		if code != 0 {
			t.Errorf("--set %q: exit %d: %s", set, code, errs)
		}
	}
}
