package jobs

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/internal/testrules"
	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/scoring"
	"github.com/muesli/termenv"
)

func init() {
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
}

var today = time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)

func table(t testing.TB) *noc.Table {
	t.Helper()
	tb, err := noc.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// categories is the categories of a code as the wizard names them, from the repository's rules.
func categories(t testing.TB) func(string) []string {
	t.Helper()
	r := testrules.Load(t, "../../rules.toml")
	of := map[string][]string{}
	vs := r.CategoriesOn(today)
	for i := range vs {
		for _, c := range vs[i].NOC {
			of[c] = append(of[c], vs[i].ID)
		}
	}
	return func(code string) []string { return of[code] }
}

func keys(s string) []tea.KeyMsg {
	var out []tea.KeyMsg
	for _, r := range s {
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return out
}

func typeInto(p Picker, s string) Picker {
	for _, k := range keys(s) {
		p, _ = p.Update(k)
	}
	return p
}

// The picker follows each key: words of a title find the unit group, a code finds itself first,
// ↓ moves the choice, and every line fits the width, however long the title.
func TestPickerFollowsTheKeys(t *testing.T) {
	st := &Styles{}
	p := typeInto(NewPicker(table(t), categories(t), st, ""), "registered nurse")
	if u, ok := p.Selected(); !ok || u.Code != "31301" {
		t.Fatalf("registered nurse: first match %v", u)
	}
	p, _ = p.Update(tea.KeyMsg{Type: tea.KeyDown})
	if u, _ := p.Selected(); u.Code == "31301" {
		t.Error("↓ did not move the choice")
	}
	p = typeInto(NewPicker(table(t), categories(t), st, ""), "21232")
	if u, _ := p.Selected(); u.Code != "21232" {
		t.Errorf("a code: first match %v", u)
	}
	// 00012 has one of the longest titles (Senior managers - financial, communications and other
	// business services); at 40 columns every line still fits.
	p = typeInto(NewPicker(table(t), categories(t), st, ""), "senior managers")
	for _, w := range []int{40, 80, 200} {
		v := p.View(w, 20)
		for _, l := range strings.Split(v, "\n") {
			if ansi.StringWidth(l) > w {
				t.Errorf("width %d: line of %d columns: %q", w, ansi.StringWidth(l), l)
			}
		}
		if !strings.Contains(v, "senior-managers") {
			t.Errorf("width %d: the category of senior managers is not shown:\n%s", w, v)
		}
	}
}

// A job as typed reads back as the job, and the profile reader's refusals are the editor's.
func TestTextReadsAndRefusesAsTheProfileReader(t *testing.T) {
	j := scoring.Job{NOC: "31301", Title: "Nurse", Start: time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC), HoursPerWeek: 37.5, Authorized: true}
	tx := TextOf(&j)
	if got, err := tx.Job(0, today); err != nil || got != j {
		t.Fatalf("read back %+v, %v; want %+v", got, err, j)
	}
	tx.Hours = ""
	if got, _ := tx.Job(0, today); got.HoursPerWeek != scoring.DefaultHoursPerWeek {
		t.Errorf("empty hours: %v, want the default", got.HoursPerWeek)
	}
	for _, c := range []struct{ start, end, hours, code, want string }{
		{"2026-08-21", "", "", "31301", "job 1 (Nurse): starts on 2026-08-21, after today (2026-08-20)"},
		{"2024-05-01", "2024-04-30", "", "31301", "job 1 (Nurse): ends on 2024-04-30, before it starts (2024-05-01)"},
		{"2024-05-01", "", "169", "31301", "job 1 (Nurse): 169: want paid hours a week, more than 0 and at most 168"},
		{"2024-05-01", "", "", "31399", `job 1 (Nurse): "31399" is not a NOC 2021 unit group`},
		{"2024-13-01", "", "", "31301", `job 1 (Nurse): start "2024-13-01": want a date as YYYY-MM-DD`},
	} {
		tx := Text{NOC: c.code, Title: "Nurse", Start: c.start, End: c.end, Hours: c.hours, Authorized: true}
		if _, err := tx.Job(0, today); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v, want %q", c, err, c.want)
		}
	}
	// The same job read from a profile file gives the same words (scoring's reader).
	_, err := scoring.ReadProfile(nil, "p.toml", []byte("[applicant]\nage = 30\n[[applicant.jobs]]\nnoc = \"31301\"\ntitle = \"Nurse\"\ncountry = \"canada\"\nstart = 2024-05-01\nend = 2024-04-30\n"))
	if err == nil || !strings.Contains(err.Error(), "job 1 (Nurse): ends on 2024-04-30, before it starts (2024-05-01)") {
		t.Errorf("the profile reader says: %v", err)
	}
}

// One keystroke of the occupation search over the 516 unit groups, as the wizard's picker takes it:
// the key into the search line, the ranked search, the matches kept. Aim: under 1 ms.
func BenchmarkPickerKey(b *testing.B) {
	cats := categories(b)
	for _, c := range []struct{ name, typed, key string }{
		{"first-letter", "", "n"}, // the most matches: every word that starts with n
		{"words", "registered nurs", "e"},
		{"code", "3130", "1"},
	} {
		b.Run(c.name, func(b *testing.B) {
			p := typeInto(NewPicker(table(b), cats, &Styles{}, ""), c.typed)
			k := keys(c.key)[0]
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				q, _ := p.Update(k)
				if len(q.matches) == 0 {
					b.Fatal("no matches")
				}
			}
		})
	}
}

// Drawing the picker after a key (the frame Bubble Tea draws after each one), at 80 columns.
func BenchmarkPickerView(b *testing.B) {
	p := typeInto(NewPicker(table(b), categories(b), &Styles{}, ""), "registered nurse")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if p.View(80, 17) == "" {
			b.Fatal("empty view")
		}
	}
}
