package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

var checklistFamily = filepath.Join("testdata", "checklist", "family.toml")

// eewizard checklist: text grouped by person, and JSON {"items": [...], "fees": {...}}.
func TestChecklistCommand(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	out, errs, code := runCLI(t, "checklist", checklistFamily, "--ita-date", "2026-08-18", "--at", "2026-08-25")
	// 2026-08-18 + 60 days: 13 to Aug 31, 30 to Sep 30 (43), 17 to 2026-10-17.
	if code != exitOK || !strings.Contains(out, "Apply by 2026-10-17") || !strings.Contains(out, "\nChild 1 (Maya)") {
		t.Fatalf("exit %d, %s\n%s", code, errs, out)
	}
	js, errs, code := runCLI(t, "checklist", checklistFamily, "--round", "436", "--at", "2026-08-25", "--json")
	if code != exitOK {
		t.Fatalf("--json: exit %d: %s", code, errs)
	}
	var got struct {
		Round string `json:"round"`
		Items []struct {
			ID, Title, Who, Why string
			Due                 *string
		} `json:"items"`
		Fees struct {
			Total int `json:"total"`
			Lines []struct {
				Who, What string
				Amount    int
			} `json:"lines"`
		} `json:"fees"`
	}
	if err := json.Unmarshal([]byte(js), &got); err != nil {
		t.Fatalf("%v\n%s", err, js)
	}
	// The 2026-04-30 fees: 990 + 600 for each adult, 275 for the child = 3,455.
	if got.Round != "436" || len(got.Items) == 0 || got.Items[0].ID != "application" || got.Fees.Total != 3455 || len(got.Fees.Lines) != 5 {
		t.Errorf("JSON %+v", got)
	}
}

func TestChecklistCommandNeedsAnInvitation(t *testing.T) {
	_, errs, code := runCLI(t, "checklist", checklistFamily)
	if code != exitUsage || !strings.Contains(errs, "--ita-date") {
		t.Errorf("exit %d, %q", code, errs)
	}
	_, errs, code = runCLI(t, "checklist", checklistFamily, "--ita-date", "2026-08-18", "--program", "abc")
	if code != exitUsage || !strings.Contains(errs, "program \"abc\"") {
		t.Errorf("exit %d, %q", code, errs)
	}
}
