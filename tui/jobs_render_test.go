package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/eewizard/eewizard/scoring"
)

// longJobs is example 1 with two jobs of long titles: a senior manager's (one of NOC's longest
// titles) with long own words, and a nurse's, the primary occupation.
func longJobs(t *testing.T) scoring.Profile {
	p := example(t, 1)
	a := &p.Applicant
	a.ForeignWorkYears, a.TEER = 0, scoring.NewProfile().Applicant.TEER
	a.Jobs = scoring.Jobs(
		scoring.Job{NOC: "00012", Title: "Chief financial officer, Northern Ontario Regional Telecommunications and Broadcasting Cooperative",
			Abroad: true, Start: day("2016-02-01"), End: day("2022-06-30"), HoursPerWeek: 45, SelfEmployed: true, Authorized: true},
		scoring.Job{NOC: "31301", Title: "Nurse, Toronto General", Start: day("2023-09-01"), HoursPerWeek: 37.5, Authorized: true},
	)
	a.PrimaryNOC = "31301"
	return p
}

// The list of jobs and the picker, drawn without colour (as NO_COLOR draws them: the tests' colour
// profile is Ascii) at 80x24 and 200x60: no line past the width, the footer ends with the key that
// lists every key, and the goldens hold the rest.
func TestJobsRenderGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		w, h := size[0], size[1]
		p := longJobs(t)
		base := workStep(t, newModel(t, &p, "", w, h))
		screens := map[string]Model{"list": base}
		screens["picker"], _ = drive(t, base, press("a", "senior managers")...)
		screens["form"], _ = drive(t, base, press("enter")...)
		screens["remove"], _ = drive(t, base, press("d")...)
		for name, m := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", name, w, h), func(t *testing.T) {
				v := m.View()
				lines := strings.Split(v, "\n")
				for i, l := range lines {
					if lw := ansi.StringWidth(l); lw > w {
						t.Errorf("line %d is %d columns wide: %q", i+1, lw, l)
					}
				}
				if len(lines) > h {
					t.Errorf("%d lines in a window of %d", len(lines), h)
				}
				if foot := strings.TrimRight(lines[len(lines)-1], " "); !strings.HasSuffix(foot, "f1 all keys") {
					t.Errorf("the footer does not end with f1: %q", foot)
				}
				golden.RequireEqual(t, []byte(v))
			})
		}
	}
}

// At 80x24 every key of the list of jobs is in the footer or in the list of keys (f1).
func TestJobsKeysDiscoverableAt80x24(t *testing.T) {
	p := longJobs(t)
	m := workStep(t, newModel(t, &p, "", 80, 24))
	foot := view(m)
	m, _ = drive(t, m, press("f1")...)
	all := foot + view(m)
	for _, k := range []string{"a ", "enter ", "d ", "o ", "p ", "tab ", "ctrl+l ", "esc ", "y/n ", "pgup/pgdn ", "ctrl+s ", "ctrl+q "} {
		if !strings.Contains(all, k) {
			t.Errorf("key %q is neither in the footer nor in the list of keys:\n%s", strings.TrimSpace(k), view(m))
		}
	}
}
