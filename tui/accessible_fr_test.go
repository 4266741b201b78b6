package tui

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

var (
	huhPrompt   = regexp.MustCompile(`Enter a number between \d+ and \d+:`)
	commandFlag = regexp.MustCompile(`--[a-z]+`)
	fileSection = regexp.MustCompile(`\[[a-z_]+\]`)
)

// accessibleIn is the screen-reader mode of a model in lang, reading lines.
func accessibleIn(t *testing.T, lang i18n.Lang, p *scoring.Profile, lines ...string) (*accessible, *bytes.Buffer) {
	t.Helper()
	m := newModelIn(t, lang, p, "client.toml", 80, 24)
	var out bytes.Buffer
	return &accessible{c: m.c, s: m.s, in: &lineReader{r: strings.NewReader(strings.Join(lines, "\n") + "\n")}, out: &out}, &out
}

// The screen-reader what-if, in French: round 436, a scenario applied and kept, the checklist,
// then back; and the compare. Every sentence of its own is French; the words left are the
// scenarios' answers' codes, huh's prompts (the library's) and the step names (the wizard's).
func TestAccessibleWhatIfAndCompareFrench(t *testing.T) {
	p := cec2(t)
	r, _ := loadRules(t).At(testDay.AddDate(0, 0, -2))
	rd, _ := rounds.Embedded().Find("436")
	k, change := scenarioKey(t, r, p, rd.Date, "retest-worse")
	after := change.Apply(p)
	n := len(scoring.Scenarios(r, &after, rd.Date))
	x, out := accessibleIn(t, i18n.Fr, &p)
	steps := len(applicable(&x.s.draft))
	// The menu: the scenarios, the steps, then keep, undo, make, back, checklist.
	x.in = &lineReader{r: strings.NewReader(strings.Join([]string{"436", k, itoa(n + steps + 1), itoa(n + steps + 5), itoa(n + steps + 4)}, "\n") + "\n")}
	if !x.whatIf() {
		t.Fatalf("the what-if ended early:\n%s", out)
	}
	x.printCompare()
	text := out.String()
	for _, want := range []string{"Ronde 436 du 18 août 2026", "Simulation après une IPD", "Qui devrait être le demandeur principal", "Et maintenant", "Liste de contrôle"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q missing:\n%s", want, text)
		}
	}
	var allow []string
	for _, id := range applicable(&x.s.draft) {
		allow = append(allow, id.String()) // the step's title: the wizard's text
	}
	allow = append(allow, x.s.current.Name)
	allow = append(allow, huhPrompt.FindAllString(text, -1)...)   // huh's own prompt (the library's)
	allow = append(allow, profileKey.FindAllString(text, -1)...)  // the profile's keys (--set, the swap's)
	allow = append(allow, commandFlag.FindAllString(text, -1)...) // the replay command's flags
	allow = append(allow, fileSection.FindAllString(text, -1)...) // the profile file's sections
	if eng := i18ntest.English(text, allow...); len(eng) > 0 {
		t.Errorf("English in the French screen-reader what-if: %q\n%s", eng, text)
	}
}
