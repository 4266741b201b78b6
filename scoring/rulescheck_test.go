package scoring

import (
	"strings"
	"testing"
)

// ruleEdit is one small edit of the real rules.toml and what the error must say: the key, and what
// is allowed.
type ruleEdit struct {
	name, old, new string
	want           []string
}

// loadEdited applies an edit to the real rules.toml and loads it as edited.toml.
func loadEdited(t *testing.T, old, new string) (*Rules, error) {
	t.Helper()
	defaultRules(t)
	base := string(rulesData)
	edited := strings.Replace(base, old, new, 1)
	if edited == base {
		t.Fatalf("edit %q not found in rules.toml", old)
	}
	return LoadRules("edited.toml", []byte(edited))
}

// checkEdits loads each edit and wants an error naming the file, a line, and every wanted text.
func checkEdits(t *testing.T, cases []ruleEdit) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := loadEdited(t, c.old, c.new)
			if err == nil {
				t.Fatal("accepted; want an error")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "edited.toml: line ") {
				t.Errorf("error %q does not start with the file and a line", msg)
			}
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not contain %q", msg, w)
				}
			}
		})
	}
}

// A point value is never negative, and never more than the CRS total.
func TestRulesPointValuesAreNeverNegative(t *testing.T) {
	checkEdits(t, []ruleEdit{
		{"education x language cell",
			`{ level = "masters",     points = [25, 50] },  # Master's`, `{ level = "masters",     points = [-400, 50] },  # Master's`,
			[]string{"crs.transferability.education_language.rows[6].points[0]", "-400", "from 0 to 1200"}},
		{"foreign work x language cell",
			`{ years = 1, points = [13, 25] },   # 1 or 2 years`, `{ years = 1, points = [13, -25] },   # 1 or 2 years`,
			[]string{"crs.transferability.foreign_work_language.rows[1].points[1]", "from 0 to 1200"}},
		{"certificate cell", "clb = [5, 7]\npoints = [25, 50]", "clb = [5, 7]\npoints = [-25, 50]",
			[]string{"crs.transferability.certificate_language.points[0]", "from 0 to 1200"}},
		{"a cell above the total", "clb = [5, 7]\npoints = [25, 50]", "clb = [5, 7]\npoints = [25, 5000]",
			[]string{"crs.transferability.certificate_language.points[1]", "from 0 to 1200"}},
		{"a grid of one number", "clb = [5, 7]\npoints = [25, 50]", "clb = [5, 7]\npoints = [25]",
			[]string{"crs.transferability.certificate_language.points", "want two numbers"}},
	})
}

// Grid columns start at CLB 1 or 1 year: a column at 0 or below gives points to someone with no
// language result (or no Canadian work).
func TestRulesThresholdsAreNonNegativeAndOrdered(t *testing.T) {
	checkEdits(t, []ruleEdit{
		{"negative CLB column", "clb = [7, 9]\nrows = [\n  { level", "clb = [-1, 9]\nrows = [\n  { level",
			[]string{"crs.transferability.education_language.clb[0]", "-1", "from 1 to 12"}},
		{"CLB column at 0", "clb = [7, 9]\nrows = [\n  { level", "clb = [0, 9]\nrows = [\n  { level",
			[]string{"crs.transferability.education_language.clb[0]", "from 1 to 12"}},
		{"years column at 0", "years = [1, 2]\nrows = [\n  { years = 0,", "years = [0, 2]\nrows = [\n  { years = 0,",
			[]string{"crs.transferability.foreign_work_canadian_work.years[0]", "from 1 to 60"}},
		{"certificate CLB column", "clb = [5, 7]\npoints", "clb = [-5, 7]\npoints",
			[]string{"crs.transferability.certificate_language.clb[0]", "from 1 to 12"}},
		{"points for CLB 0", "{ clb = 0,  with_spouse = 0,  without_spouse = 0 },   # Less than CLB 4", "{ clb = 0,  with_spouse = 6,  without_spouse = 0 },   # Less than CLB 4",
			[]string{"crs.core.first_language.rows[0]", "6 points for CLB 0", "want 0"}},
		{"FSW points for CLB 0", "{ clb = 0, points = 0 },   # Below CLB 7", "{ clb = 0, points = 4 },   # Below CLB 7",
			[]string{"fsw.language.rows[0]", "4 points for CLB 0", "want 0"}},
		{"columns out of order", "clb = [5, 7]\npoints", "clb = [7, 5]\npoints",
			[]string{"crs.transferability.certificate_language.clb", "must be above the first"}},
	})
}

// Settlement funds are positive amounts that rise with family size.
func TestRulesFundsArePositive(t *testing.T) {
	checkEdits(t, []ruleEdit{
		{"negative amount", "[15263, 19001,", "[-15263, 19001,",
			[]string{"fsw.settlement_funds.tables[0].by_family_size[0]", "from 1 to 1000000"}},
		{"zero amount", "[15263, 19001,", "[0, 19001,",
			[]string{"fsw.settlement_funds.tables[0].by_family_size[0]", "from 1 to 1000000"}},
		{"zero for each additional member", "each_additional = 4112", "each_additional = 0",
			[]string{"fsw.settlement_funds.tables[0].each_additional", "from 1 to 1000000"}},
		{"negative for each additional member", "each_additional = 4112", "each_additional = -4112",
			[]string{"fsw.settlement_funds.tables[0].each_additional", "from 1 to 1000000"}},
	})
}

// A dated amendment is checked like the current tables: the rules on every day an amendment starts
// or ends have caps that add up.
func TestRulesAreCheckedOnEveryAmendmentDate(t *testing.T) {
	// The COVID-19 period (history[4]): 90 days to apply from 2020-03-31 to 2021-06-28.
	const covid = "60-days\"\nset = { \"timing.ita_window_days\" = 90 }"
	checkEdits(t, []ruleEdit{
		{"additional cap and nomination 1200", covid,
			"60-days\"\n" + `set = { "timing.ita_window_days" = 90, "crs.additional.cap" = 1200, "crs.additional.provincial_nomination" = 1200 }`,
			[]string{"history[4]", "2020-03-31", "crs.total", "1800"}},
		{"nomination above the additional cap", covid, "60-days\"\n" + `set = { "timing.ita_window_days" = 90, "crs.additional.provincial_nomination" = 700 }`,
			[]string{"history[4]", "2020-03-31", "crs.additional.provincial_nomination", "700 is more than crs.additional.cap 600"}},
		{"a group cap above the section cap", covid, "60-days\"\n" + `set = { "timing.ita_window_days" = 90, "crs.transferability.education_group_cap" = 150 }`,
			[]string{"history[4]", "crs.transferability.education_group_cap", "more than"}},
		{"no days to apply", covid, "60-days\"\n" + `set = { "timing.ita_window_days" = 0 }`,
			[]string{"history[4].set.timing.ita_window_days", "from 1 to 366"}},
		{"a language result valid 0 years", covid, "60-days\"\n" + `set = { "timing.language_test_valid_years" = 0 }`,
			[]string{"history[4].set.timing.language_test_valid_years", "from 1 to 20"}},
		{"a negative pass mark", covid, "60-days\"\n" + `set = { "fsw.pass_mark" = -1 }`,
			[]string{"history[4].set.fsw.pass_mark", "from 0 to 100"}},
		{"CEC minimums out of order", covid, "60-days\"\n" + `set = { "cec.min_clb_teer_2_3" = 9 }`,
			[]string{"history[4]", "cec.min_clb_teer_2_3", "9 is more than cec.min_clb_teer_0_1 7"}},
		{"French with English below without", covid, "60-days\"\n" + `set = { "crs.additional.french.with_english" = 10 }`,
			[]string{"history[4]", "crs.additional.french.with_english", "10 is less than"}},
		{"an amendment reaching past the current tables", "until = 2021-06-28", "until = 2025-04-01",
			[]string{"history[4].until", "2025-04-01", "before meta.in_force 2025-03-25"}},
	})
}

// At, the rules in force on a date, refuses rules that would fail `rules check`, with the same
// words.
func TestRulesOnADateAreRefusedLikeRulesCheck(t *testing.T) {
	r := *defaultRules(t)
	r.History = append([]Period(nil), r.History...)
	p := r.History[4]
	p.Set = map[string]int{"timing.ita_window_days": 90, "crs.additional.cap": 1200, "crs.additional.provincial_nomination": 1200}
	r.History[4] = p
	_, err := r.At(day("2020-06-01"))
	if err == nil {
		t.Fatal("At accepted rules whose caps add up to 1800")
	}
	defaultRules(t)
	_, loadErr := loadEdited(t, "60-days\"\nset = { \"timing.ita_window_days\" = 90 }",
		"60-days\"\n"+`set = { "timing.ita_window_days" = 90, "crs.additional.cap" = 1200, "crs.additional.provincial_nomination" = 1200 }`)
	if loadErr == nil {
		t.Fatal("LoadRules accepted the same rules")
	}
	// The same problem: LoadRules adds the line.
	got := strings.Replace(err.Error(), "rules.toml: ", "", 1)
	want := loadErr.Error()
	want = want[strings.Index(want, "history[4]"):]
	if got != want {
		t.Errorf("At says\n%s\nLoadRules says\n%s", got, want)
	}
	if _, err := r.At(day("2026-08-20")); err != nil {
		t.Errorf("the current tables are unchanged, but At refused them: %v", err)
	}
}

// At refuses values a rules file could not hold, set in code: the same words as rules check for a
// single value, the table for a cell.
func TestRulesOnADateRefuseValuesOutOfRange(t *testing.T) {
	r := *defaultRules(t)
	r.CRS.Nomination = -100
	_, err := r.At(day("2026-08-20"))
	_, loadErr := loadEdited(t, "provincial_nomination = 600", "provincial_nomination = -100")
	const want = "crs.additional.provincial_nomination: -100 is out of range: want a whole number from 0 to 1200"
	if err == nil || !strings.Contains(err.Error(), want) || loadErr == nil || !strings.Contains(loadErr.Error(), want) {
		t.Errorf("At: %v\nLoadRules: %v\nwant both to say %q", err, loadErr, want)
	}
	r = *defaultRules(t)
	r.CRS.EducationLanguage.Points[Masters][0] = -400
	if _, err := r.At(day("2026-08-20")); err == nil || !strings.Contains(err.Error(), "crs.transferability.education_language: -400 points: want points from 0 to 1200") {
		t.Errorf("a negative cell set in code: At says %v", err)
	}
	r = *defaultRules(t)
	r.CRS.ForeignLanguage.Cols = [2]int{0, 9}
	if _, err := r.At(day("2026-08-20")); err == nil || !strings.Contains(err.Error(), "want columns from 1") {
		t.Errorf("a grid column at 0 set in code: At says %v", err)
	}
}

// Chart scales are finite, scores are on the test's step, and charts of one test never overlap.
func TestRulesChartsAreFiniteOrderedAndOnTheirStep(t *testing.T) {
	const ielts = "scale = { listening = [0.0, 9.0], reading"
	checkEdits(t, []ruleEdit{
		{"NaN scale", ielts, "scale = { listening = [0.0, nan], reading",
			[]string{"language.ielts.scale.listening", "finite"}},
		{"infinite scale", ielts, "scale = { listening = [-inf, inf], reading",
			[]string{"language.ielts.scale.listening", "finite"}},
		{"negative scale", ielts, "scale = { listening = [-9.0, 9.0], reading",
			[]string{"language.ielts.scale.listening", "-9", "not negative"}},
		{"scale end off the step", ielts, "scale = { listening = [0.0, 9.2], reading",
			[]string{"language.ielts.scale.listening", "9.2", "step"}},
		{"no step", "step = 0.5", "step = 0",
			[]string{"language.ielts.step", "above 0"}},
		{"a level off the step", "{ clb = 10, listening = 8.5,", "{ clb = 10, listening = 8.25,",
			[]string{"language.ielts.levels[0].listening", "8.25", "steps of 0.5"}},
		{"a level off the scale", "{ clb = 10, listening = 8.5,", "{ clb = 10, listening = 9.5,",
			[]string{"language.ielts.levels[0].listening", "9.5", "0 to 9"}},
	})
}

// Every day has at most one chart for a test.
func TestRulesChartDatesDoNotOverlap(t *testing.T) {
	checkEdits(t, []ruleEdit{
		{"two TEF charts on one day", "valid_until = 2023-12-10", "valid_until = 2024-12-10",
			[]string{"language.tef_2019.valid_until", "2024-12-10", "language.tef", "2023-12-11"}},
		{"valid until before valid from", "valid_from = 2019-10-01\nvalid_until = 2023-12-10", "valid_from = 2023-10-01\nvalid_until = 2019-12-10",
			[]string{"language.tef_2019.valid_until", "2019-12-10 is before valid_from 2023-10-01"}},
		{"two charts without a start", "valid_from = 2019-10-01\nvalid_until = 2023-12-10", "valid_until = 2023-12-10",
			[]string{"language.tef_2019", "language.tef_2015", "same day"}},
	})
}

// Dates in a rules file are calendar dates in a plausible range: not a time of day, not
// 0001-01-01 (Go's "no date"), not a date-time.
func TestRulesDatesAreRealDates(t *testing.T) {
	checkEdits(t, []ruleEdit{
		{"earliest 0001-01-01", "earliest = 2016-11-19", "earliest = 0001-01-01",
			[]string{"meta.earliest", "0001-01-01", "from 2000-01-01 to 2099-12-31"}},
		{"a time of day", "checked = 2026-08-24\n# \"Once", "checked = 07:32:00\n# \"Once",
			[]string{"timing.checked", "07:32:00", "is a time of day, not a date: want a date like 2024-05-31"}},
		{"a date-time", "checked = 2026-08-24\n# \"Once", "checked = 2026-08-24T10:00:00Z\n# \"Once",
			[]string{"timing.checked", "has a time of day: want the date alone, like 2026-08-24"}},
		{"a local date-time", "in_force = 2025-03-25", "in_force = 2025-03-25T00:00:00",
			[]string{"meta.in_force", "has a time of day: want the date alone, like 2025-03-25"}},
		{"a chart from year 3000", "valid_from = 2024-01-30", "valid_from = 3000-01-30",
			[]string{"language.pte.valid_from", "from 2000-01-01 to 2099-12-31"}},
		{"earliest after in_force", "earliest = 2016-11-19", "earliest = 2025-04-01",
			[]string{"meta.earliest", "after meta.in_force"}},
	})
}
