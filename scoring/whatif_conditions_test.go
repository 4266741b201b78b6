package scoring

import (
	"strings"
	"testing"
)

// A military round's category asks conditions no profile answers (foreign military service, a
// Canadian Armed Forces offer: rules.toml's conditions, never taken as met). After a real ITA in
// such a round the verdict must not DECLINE on them: what the profile says (the list, the months,
// the pool) is met, so it ACCEPTs and warns that the conditions are not checked. Losing what the
// profile does say (the listed job replaced) still declines.
//
// The profile: NOC 42102 (Specialized members of the Canadian Armed Forces, on the military
// list) abroad since 2014-01-01, full time; on 2026-08-20 the 3 years before hold 36 months.
func TestWhatIfMilitaryRoundDoesNotDeclineOnConditionsNoProfileAnswers(t *testing.T) {
	r := defaultRules(t)
	ita := day("2026-07-23")
	rr, _ := r.At(ita)
	src := "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\neca_date = 2025-01-01\nsettlement_funds = 20000\n" +
		"[applicant.first_language]\ntest = \"clb\"\ndate = 2025-06-01\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n" +
		"[[applicant.jobs]]\nnoc = \"42102\"\ncountry = \"abroad\"\nstart = 2014-01-01\n"
	p := mustProfile(t, rr, src)
	v, err := r.CategoryVersionFor("military", 0, ita)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Conditions) == 0 || !v.Has("42102") {
		t.Fatalf("the test needs the military list with 42102 and its conditions: %+v", v)
	}
	w, err := CompareITA(r, &p, &p, ITA{Date: ita, CutOff: 300, Category: v}, day("2026-08-20"))
	if err != nil {
		t.Fatal(err)
	}
	if w.Verdict != Accept {
		t.Errorf("verdict %s, want accept: %q", w.Verdict, w.Reasons)
	}
	if all := strings.Join(w.Warnings, "\n"); !strings.Contains(all, "also asks what eewizard does not ask") || !strings.Contains(all, "the verdict does not rest on it") {
		t.Errorf("warnings %q: want the conditions said unchecked", w.Warnings)
	}
	if strings.Contains(strings.Join(w.Warnings, "\n"), "does not meet the Skilled military recruits category") {
		t.Errorf("warnings %q: the profile at the ITA is said not to meet the category on conditions it cannot answer", w.Warnings)
	}
	// The listed job replaced by one off the list: the category is lost on a fact the profile gives.
	q, err := Set(rr, p, "applicant.jobs.1.noc=\"21232\"")
	if err != nil {
		t.Fatal(err)
	}
	w, err = CompareITA(r, &p, &q, ITA{Date: ita, CutOff: 300, Category: v}, day("2026-08-20"))
	if err != nil {
		t.Fatal(err)
	}
	if w.Verdict != Decline {
		t.Errorf("off the list: verdict %s, want decline: %q", w.Verdict, w.Reasons)
	}
}
