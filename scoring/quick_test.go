package scoring

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestQuickExamples(t *testing.T) {
	data, err := os.ReadFile("../rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadRules("rules.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)
	rr, err := r.At(day)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../shared/reference/examples/*.toml")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		p, err := ReadProfile(rr, f, b)
		if err != nil {
			t.Fatal(err)
		}
		a := Assess(rr, &p, day)
		t.Logf("%s: %d (A %d B %d C %d D %d) FSW %d", f, a.CRS.Total, a.CRS.Core, a.CRS.Spouse, a.CRS.Transferability, a.CRS.Additional, a.Programs[FSW].Points)
		for _, l := range a.CRS.Lines() {
			t.Log("  ", l)
		}
		for _, rs := range a.Programs {
			for _, x := range rs.Reasons() {
				t.Log("  ", x)
			}
		}
	}
}
