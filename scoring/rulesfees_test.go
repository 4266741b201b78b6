package scoring

import "testing"

// rules check refuses bad fee and checklist tables, naming the key and what is allowed.
func TestRulesRefuseBadFeeTables(t *testing.T) {
	const row2024 = "{ from = 2024-04-30, processing_principal = 950, processing_spouse = 950, processing_child = 260, right_principal = 575, right_spouse = 575, right_child = 0 }"
	checkEdits(t, []ruleEdit{
		{"negative fee", row2024, "{ from = 2024-04-30, processing_principal = 950, processing_spouse = 950, processing_child = -260, right_principal = 575, right_spouse = 575, right_child = 0 }",
			[]string{"fees.tables[1].processing_child", "-260", "from 0 to 100000"}},
		{"missing fee", row2024, "{ from = 2024-04-30, processing_principal = 950, processing_spouse = 950, right_principal = 575, right_spouse = 575, right_child = 0 }",
			[]string{"fees.tables[1].processing_child", "missing"}},
		{"no processing fee", row2024, "{ from = 2024-04-30, processing_principal = 0, processing_spouse = 950, processing_child = 260, right_principal = 575, right_spouse = 575, right_child = 0 }",
			[]string{"fees.tables[1].processing_principal", "want an amount from 1"}},
		{"not newest first", "{ from = 2024-04-30, processing_principal = 950", "{ from = 2026-05-30, processing_principal = 950",
			[]string{"fees.tables[1].from", "not before the table above it", "newest first"}},
		{"unknown key", row2024, "{ from = 2024-04-30, processing_principal = 950, processing_spouse = 950, processing_child = 260, right_principal = 575, right_spouse = 575, right_child = 0, biometrics = 85 }",
			[]string{"fees.tables[1].biometrics"}},
		{"not a date", "{ from = 2024-04-30, processing_principal = 950", "{ from = \"2024-04-30\", processing_principal = 950",
			[]string{"fees.tables[1].from", "want a date"}},
		{"empty unconfirmed", row2024, "{ from = 2024-04-30, processing_principal = 950, processing_spouse = 950, processing_child = 260, right_principal = 575, right_spouse = 575, right_child = 0, unconfirmed = \"\" }",
			[]string{"fees.tables[1].unconfirmed", "empty"}},
		{"police days zero", "police_min_days = 180", "police_min_days = 0",
			[]string{"checklist.police_min_days", "from 1"}},
		{"no medicals date", "upfront_medicals_until = 2023-09-30\n", "",
			[]string{"checklist.upfront_medicals_until", "missing"}},
	})
}

// FeesAt takes the table in force on a day: from its date on, until the next one's.
func TestFeesAtTakesTheTableOfTheDay(t *testing.T) {
	r := defaultRules(t)
	for _, c := range []struct {
		day  string
		want int // processing fee of the principal applicant
	}{{"2026-04-29", 950}, {"2026-04-30", 990}, {"2024-04-29", 850}, {"2020-04-30", 825}, {"2018-01-01", 550}} {
		f, ok := r.FeesAt(day(c.day))
		if !ok || f.ProcessingPrincipal != c.want {
			t.Errorf("%s: %d (%v), want %d", c.day, f.ProcessingPrincipal, ok, c.want)
		}
	}
	if _, ok := r.FeesAt(day("2016-01-01")); ok {
		t.Error("a fee table before the oldest")
	}
}
