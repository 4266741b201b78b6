package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

const compareData = "testdata/compare"

// `compare --json`: both sides shaped like `score --json`, the better one and why. The figures of
// testdata/compare/spouse_principal.toml are worked by hand in scoring/swap_test.go: 322 as given,
// 468 swapped.
func TestCompareJSONShape(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	file := filepath.Join(compareData, "spouse_principal.toml")
	out, errs, code := runCLI(t, "compare", file, "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var better string
	_ = json.Unmarshal(got["better"], &better)
	if better != "swapped" {
		t.Errorf("better %q, want swapped", better)
	}
	score, _, _ := runCLI(t, "score", file, "--json")
	var scored map[string]json.RawMessage
	if err := json.Unmarshal([]byte(score), &scored); err != nil {
		t.Fatal(err)
	}
	for side, total := range map[string]int{"as_given": 322, "swapped": 468} {
		var s map[string]json.RawMessage
		if err := json.Unmarshal(got[side], &s); err != nil {
			t.Fatalf("%s: %v", side, err)
		}
		for k := range scored {
			if _, ok := s[k]; !ok && k != "file" {
				t.Errorf("%s has no %q, which score --json has", side, k)
			}
		}
		var crs struct{ Total int }
		_ = json.Unmarshal(s["crs"], &crs)
		if crs.Total != total {
			t.Errorf("%s total %d, want %d", side, crs.Total, total)
		}
		var rounds struct{ Kinds []struct{ Category string } }
		if err := json.Unmarshal(s["rounds"], &rounds); err != nil || len(rounds.Kinds) == 0 {
			t.Errorf("%s: rounds %s (%v)", side, s["rounds"], err)
		}
	}
	// As given the side is exactly what `score --json` says.
	if string(got["as_given"]) == "" || !strings.Contains(string(got["as_given"]), strings.TrimSuffix(string(scored["crs"]), "\n")) {
		t.Errorf("as_given's crs is not score --json's")
	}
}

// Without the facts the swap needs, JSON has "swapped": null and names what is missing; the text
// names it too. Example 4's spouse has no age.
func TestCompareNamesMissingFacts(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	file := filepath.Join(examples, "example4.toml")
	out, errs, code := runCLI(t, "compare", file, "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Swapped *json.RawMessage
		Better  string
		Missing []struct{ Key, Why string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Swapped != nil || !strings.Contains(out, `"swapped":null`) || got.Better != "as_given" {
		t.Errorf("swapped %v better %q, want null and as_given", got.Swapped, got.Better)
	}
	if len(got.Missing) != 1 || got.Missing[0].Key != "spouse.birth_date" || got.Missing[0].Why == "" {
		t.Errorf("missing %+v, want spouse.birth_date with a reason", got.Missing)
	}
	text, _, _ := runCLI(t, "compare", file)
	if !strings.Contains(text, "spouse.birth_date") || !strings.Contains(text, "cannot be scored") {
		t.Errorf("text does not name the missing fact:\n%s", text)
	}
}

// The text marks the better arrangement and says why, within 78 columns.
func TestCompareTextMarksTheBetterAndFits(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	out, errs, code := runCLI(t, "compare", filepath.Join(compareData, "spouse_principal.toml"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"468 ◀ better", "Better: your spouse as principal applicant", "+56 Canadian work", "✓ eligible (grid 80)"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if n := len([]rune(l)); n > 78 {
			t.Errorf("line of %d columns: %q", n, l)
		}
	}
	eq, _, _ := runCLI(t, "compare", filepath.Join(compareData, "equal.toml"), "--json")
	if !strings.Contains(eq, `"better":"equal"`) {
		t.Errorf("twins: %s", eq)
	}
}
