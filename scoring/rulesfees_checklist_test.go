package scoring

import (
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
)

// The errors of [fees] are, word for word, the English of their messages in checklist.toml
// (chk_err_fees_*), which give them in French once the rules reader takes message ids; and the
// fee table's unconfirmed text is the rules' own in English, the catalogue's in French.
func TestFeeErrorsAreTheirMessagesEnglish(t *testing.T) {
	en := i18n.For(i18n.En)
	const row2024 = "{ from = 2024-04-30, processing_principal = 950, processing_spouse = 950, processing_child = 260, right_principal = 575, right_spouse = 575, right_child = 0 }"
	defaultRules(t)
	tables := string(rulesData)[strings.Index(string(rulesData), "[fees]"):]
	tables = tables[strings.Index(tables, "tables = [") : strings.Index(tables, "\n]\n")+3]
	checkEdits(t, []ruleEdit{
		{"no processing fee", row2024, strings.Replace(row2024, "processing_principal = 950", "processing_principal = 0", 1),
			[]string{en.T("chk_err_fees_processing_zero", i18n.Args{"A1": en.Count(maxFee)})}},
		{"not newest first", "{ from = 2024-04-30, processing_principal = 950", "{ from = 2026-05-30, processing_principal = 950",
			[]string{en.T("chk_err_fees_order", i18n.Args{"A1": "2026-05-30", "A2": "2026-04-30"})}},
		{"empty unconfirmed", row2024, strings.Replace(row2024, " }", ", unconfirmed = \"\" }", 1),
			[]string{en.T("chk_err_fees_unconfirmed_empty", nil)}},
		{"no table", tables, "tables = []\n", []string{en.T("chk_err_fees_no_table", nil)}},
	})
	fr := i18n.For(i18n.Fr)
	for _, ft := range defaultRules(t).Fees {
		if ft.UnconfirmedIn(en) != ft.Unconfirmed || (ft.Unconfirmed != "" && ft.UnconfirmedIn(fr) == ft.Unconfirmed) {
			t.Errorf("the table from %s: unconfirmed in English %q, in French %q", ft.From.Format("2006-01-02"), ft.UnconfirmedIn(en), ft.UnconfirmedIn(fr))
		}
	}
}
