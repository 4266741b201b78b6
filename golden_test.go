package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("output differs from %s (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// The readable reports, as a person reads them, for worked examples 2 and 3 (a spouse, French, a
// nominee at the cap and a certificate) and a what-if after an ITA.
func TestReportsGolden(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	if _, err := os.Stat(filepath.Join(examples, "example2.toml")); err != nil {
		t.Fatalf("worked examples not found in %s: %v", examples, err)
	}
	cases := []struct {
		name string
		args []string
	}{
		{"score_example2.golden", []string{"score", "--at", "2026-08-20", "example2.toml"}},
		{"score_example3.golden", []string{"score", "--at", "2026-08-20", "example3.toml"}},
		{"whatif_example3.golden", []string{"whatif", "example3.toml", "--round", "423", "--scenario", "nomination-withdrawn"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for i, a := range c.args {
				if filepath.Ext(a) == ".toml" {
					c.args[i] = filepath.Join(examples, a)
				}
			}
			out, errs, code := runCLI(t, c.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden(t, c.name, out)
		})
	}
}
