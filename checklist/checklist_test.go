package checklist

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/eewizard/eewizard/scoring"
)

var (
	rulesOnce sync.Once
	rules     *scoring.Rules
	rulesErr  error
)

// testRules reads the repository's rules.toml as read (not yet for a day).
func testRules(t testing.TB) *scoring.Rules {
	t.Helper()
	rulesOnce.Do(func() {
		data, err := os.ReadFile("../rules.toml")
		if err != nil {
			rulesErr = err
			return
		}
		rules, rulesErr = scoring.LoadRules("rules.toml", data)
	})
	if rulesErr != nil {
		t.Fatal(rulesErr)
	}
	return rules
}

func date(s string) time.Time {
	d, err := scoring.ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

// profile reads a profile file's text with the rules in force on day.
func profile(t testing.TB, text string, on time.Time) scoring.Profile {
	t.Helper()
	r, err := testRules(t).At(on)
	if err != nil {
		t.Fatal(err)
	}
	p, err := scoring.ReadProfile(r, "test.toml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func build(t testing.TB, text string, ita scoring.ITA, today time.Time) Checklist {
	t.Helper()
	p := profile(t, text, ita.Date)
	c, err := Build(testRules(t), &p, ita, today)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func ids(c *Checklist) []string {
	var out []string
	for _, it := range c.Items {
		out = append(out, it.ID)
	}
	return out
}

func item(c *Checklist, id string) (Item, bool) {
	for _, it := range c.Items {
		if it.ID == id {
			return it, true
		}
	}
	return Item{}, false
}

// family is an applicant, a spouse and one child: residences in 3 countries, 2 jobs abroad, a
// foreign master's with an ECA, and an IELTS result that expires before the deadline.
const family = `
[applicant]
birth_date = 1990-05-10
marital_status = "married"
education = "masters"
eca_date = 2022-03-01
canadian_education = "none"
settlement_funds = 40000

[applicant.first_language]
test = "ielts"
date = 2025-01-10
listening = 8.0
reading = 7.5
writing = 7.0
speaking = 7.0

[spouse]
education = "bachelors"

[[applicant.jobs]]
noc = "21231"
title = "Software developer"
country = "abroad"
start = 2019-01-01
end = 2022-12-31
hours_per_week = 40

[[applicant.jobs]]
noc = "21231"
title = "Senior developer"
country = "abroad"
start = 2023-01-01
hours_per_week = 40

[[applicant.residences]]
country = "India"
start = 1990-05-10
end = 2016-08-31

[[applicant.residences]]
country = "United Kingdom"
start = 2016-09-01
end = 2018-06-30

[[applicant.residences]]
country = "United Arab Emirates"
start = 2018-07-01

[[spouse.residences]]
country = "India"
start = 2000-01-01

[[children]]
name = "Maya"
birth_date = 2019-04-02
`

// Every item of the family's list, with the dates and the fee total worked out by hand.
func TestFamilyChecklistHasEveryItemAndTheFeeTotal(t *testing.T) {
	ita := scoring.ITA{Date: date("2026-11-20")}
	c := build(t, family, ita, date("2026-12-02"))

	// Deadline: 2026-11-20 + 60 days ([timing] ita_window_days): 10 days to Nov 30, 31 to Dec 31
	// (41), 19 more to 2027-01-19 (60).
	if want := date("2027-01-19"); !c.Deadline.Equal(want) || c.Window != 60 {
		t.Errorf("deadline %s (%d days), want 2027-01-19 (60)", day(c.Deadline), c.Window)
	}
	want := []string{
		"application", "funds", "marriage-certificate",
		"passport-applicant", "photo-applicant",
		// India: since age 18 (2008-05-10) to 2016-08-31 = 8 years (2,922 days with the leap days of
		// 2012 and 2016) + 113 days (May 10 to Aug 31) = 3,035, plus the first day: 3,036.
		"police-applicant-india",
		// United Kingdom: 2016-09-01 to 2018-06-30: 365 + 302 + 1 = 668 days.
		"police-applicant-united-kingdom",
		// United Arab Emirates: 2018-07-01 to now, the country lived in now.
		"police-applicant-united-arab-emirates",
		// Both jobs abroad count for CRS (foreign work, skill transferability).
		"reference-applicant-job-1", "reference-applicant-job-2",
		"eca-applicant", "language-applicant-first",
		// The spouse's bachelor's earns spouse points (B): its ECA.
		"passport-spouse", "photo-spouse", "police-spouse-india", "eca-spouse",
		"birth-certificate-child-1", "passport-child-1", "photo-child-1",
		"medicals",
	}
	if got := ids(&c); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("items\n got %v\nwant %v", got, want)
	}
	india, _ := item(&c, "police-applicant-india")
	if !strings.Contains(india.Why, "3,036 days") || !strings.Contains(india.Why, "after you last left (2016-08-31)") {
		t.Errorf("India: %q", india.Why)
	}
	uk, _ := item(&c, "police-applicant-united-kingdom")
	if !strings.Contains(uk.Why, "668 days") {
		t.Errorf("United Kingdom: %q", uk.Why)
	}
	// The current country: issued no more than 6 months before applying; on the deadline,
	// 2027-01-19 - 6 months = 2026-07-19.
	uae, _ := item(&c, "police-applicant-united-arab-emirates")
	if !strings.Contains(uae.Why, "on or after 2026-07-19") {
		t.Errorf("UAE: %q", uae.Why)
	}
	// IELTS of 2025-01-10, valid 2 years: the last valid day is 2027-01-09, before the deadline.
	lang, _ := item(&c, "language-applicant-first")
	if !lang.Due.Equal(date("2027-01-09")) || !lang.Expires {
		t.Errorf("language due %s expires %v, want 2027-01-09 true", day(lang.Due), lang.Expires)
	}
	// ECA of 2022-03-01, valid 5 years: through 2027-02-28, after the deadline.
	eca, _ := item(&c, "eca-applicant")
	if !eca.Due.Equal(c.Deadline) || eca.Expires {
		t.Errorf("ECA due %s expires %v, want the deadline", day(eca.Due), eca.Expires)
	}
	// Funds for a family of 3 (applicant, spouse, Maya) on 2026-12-02: the table of 2025-07-07.
	funds, _ := item(&c, "funds")
	if !strings.Contains(funds.Title, "$23,360") || c.FundsNeeded != 23360 || c.FamilySize != 3 {
		t.Errorf("funds: %q", funds.Title)
	}
	// A spouse's bachelor's degree: 8 points (B, spouse education).
	if e, _ := item(&c, "eca-spouse"); !strings.Contains(e.Why, "earns 8 CRS points") {
		t.Errorf("spouse's ECA: %q", e.Why)
	}
	med, _ := item(&c, "medicals")
	if !med.Due.IsZero() {
		t.Errorf("medicals due %s, want none (after applying)", day(med.Due))
	}
	// Fees of 2026-04-30: applicant 990 + 600, spouse 990 + 600, one child 275 (no right of
	// permanent residence fee) = 1,590 + 1,590 + 275 = 3,455.
	if !c.Fees.Known || c.Fees.Total != 3455 || len(c.Fees.Lines) != 5 || !c.Fees.From.Equal(date("2026-04-30")) {
		t.Errorf("fees %+v, want 3,455 in 5 lines from 2026-04-30", c.Fees)
	}
}

// The fees are those in force on the day of applying: before 2026-04-30, the 2024 table.
func TestFeesAreThoseOfTheDayOfApplying(t *testing.T) {
	ita := scoring.ITA{Date: date("2026-03-20")}
	c := build(t, family, ita, date("2026-03-25"))
	// 2024 table: 950 + 575 for each adult, 260 for the child: 1,525 * 2 + 260 = 3,310. The 2026
	// table starts on 2026-04-30, before the deadline (2026-05-19): 3,455 from that day.
	if c.Fees.Total != 3310 || !c.Fees.ChangesOn.Equal(date("2026-04-30")) || c.Fees.ChangedTotal != 3455 {
		t.Errorf("fees %+v, want 3,310 changing to 3,455 on 2026-04-30", c.Fees)
	}
}

const cecProfile = `
[applicant]
birth_date = 1994-03-15
marital_status = "single"
education = "bachelors"
canadian_education = "three-year-or-more"
canadian_work_years = 2
canadian_work_years_last_3 = 2
teer = 1

[applicant.first_language]
test = "celpip"
date = 2026-01-10
listening = 9
reading = 9
writing = 9
speaking = 9
`

// CEC needs no proof of funds: invited under CEC, or CEC the only program met.
func TestCECIsExemptFromProofOfFunds(t *testing.T) {
	for _, program := range []string{"cec", ""} {
		c := build(t, cecProfile, scoring.ITA{Date: date("2026-11-20"), Program: program}, date("2026-12-02"))
		if _, ok := item(&c, "funds"); ok {
			t.Errorf("program %q: a funds item; want none", program)
		}
		if len(c.Notes) == 0 || !strings.Contains(c.Notes[0], "Canadian Experience Class") {
			t.Errorf("program %q: notes %q, want why no funds", program, c.Notes)
		}
		// A Canadian degree: no ECA, but the proof of the Canadian studies, which earn 30 additional
		// points (a credential of three years or more).
		if _, ok := item(&c, "eca-applicant"); ok {
			t.Errorf("program %q: an ECA item for a Canadian credential", program)
		}
		if s, ok := item(&c, "studies-applicant"); !ok || !strings.Contains(s.Why, "earns 30 additional points") {
			t.Errorf("program %q: studies %+v", program, s)
		}
	}
	// Invited under FSW, the same profile shows funds: 1 person, $15,263 (2025-07-07 table).
	c := build(t, strings.Replace(cecProfile, "canadian_work_years = 2", "canadian_work_years = 2\nforeign_work_years = 1", 1),
		scoring.ITA{Date: date("2026-11-20"), Program: "fsw"}, date("2026-12-02"))
	if f, ok := item(&c, "funds"); !ok || !strings.Contains(f.Title, "$15,263") {
		t.Errorf("fsw: funds %+v, want $15,263", f)
	}
}

// Authorized to work in Canada with a valid job offer: no proof of funds, and the offer is listed
// with the reason.
func TestJobOfferWithWorkAuthorizationIsExemptFromFunds(t *testing.T) {
	text := strings.Replace(cecProfile, "teer = 1", "teer = 1\njob_offer = \"teer-0-to-3\"\nwork_authorized = true\nforeign_work_years = 1", 1)
	c := build(t, text, scoring.ITA{Date: date("2026-11-20"), Program: "fsw"}, date("2026-12-02"))
	if _, ok := item(&c, "funds"); ok {
		t.Error("a funds item; want none")
	}
	offer, ok := item(&c, "job-offer")
	if !ok || !strings.Contains(offer.Why, "exempts the family from proof of funds") {
		t.Errorf("job offer %+v, want one that says it exempts from funds", offer)
	}
	// Without the authorization the offer still earns the FSW grid's 10 points, and funds are asked.
	c = build(t, strings.Replace(text, "work_authorized = true", "work_authorized = false", 1),
		scoring.ITA{Date: date("2026-11-20"), Program: "fsw"}, date("2026-12-02"))
	if _, ok := item(&c, "funds"); !ok {
		t.Error("no funds item without the authorization to work")
	}
	if offer, ok := item(&c, "job-offer"); !ok || !strings.Contains(offer.Why, "10 points of the FSW grid") {
		t.Errorf("job offer %+v, want the FSW grid's points", offer)
	}
}

const residencesBase = `
[applicant]
birth_date = 1990-05-10
marital_status = "single"
education = "bachelors"
canadian_education = "none"
foreign_work_years = 3
teer = 1

[applicant.first_language]
test = "ielts"
date = 2026-01-10
listening = 8.0
reading = 7.0
writing = 7.0
speaking = 7.0
`

// A stay of under 6 months (180 days), a stay before age 18, and time in Canada ask for no police
// certificate; a stay that straddles the 18th birthday counts only from it.
func TestPoliceCertificatesOnlyForSixMonthsSinceEighteen(t *testing.T) {
	text := residencesBase + `
[[applicant.residences]]
country = "France"   # age 14 to 17: before 18
start = 2005-01-01
end = 2007-12-31

[[applicant.residences]]
country = "Germany"  # 244 days, but 18 on 2008-05-10: May 10 to Aug 31 = 114 days
start = 2008-01-01
end = 2008-08-31

[[applicant.residences]]
country = "Singapore"  # Jan 1 to May 31, 2020: 31 + 29 + 31 + 30 + 31 = 152 days
start = 2020-01-01
end = 2020-05-31

[[applicant.residences]]
country = "Canada"
start = 2021-01-01
`
	c := build(t, text, scoring.ITA{Date: date("2026-11-20")}, date("2026-12-02"))
	for _, it := range c.Items {
		if strings.HasPrefix(it.ID, "police-") {
			t.Errorf("police item %s (%s); want none", it.ID, it.Why)
		}
	}
	// Singapore for 6 months (Jan 1 to Jun 30, 2020: 182 days) asks for one.
	c = build(t, strings.Replace(text, "end = 2020-05-31", "end = 2020-06-30", 1), scoring.ITA{Date: date("2026-11-20")}, date("2026-12-02"))
	if got, ok := item(&c, "police-applicant-singapore"); !ok || !strings.Contains(got.Why, "182 days") {
		t.Errorf("Singapore for 182 days: %+v", got)
	}
}

// Stays in one country add up: two stays of 100 days make 200 (the stricter reading, a total).
func TestPoliceCertificateDaysAddUpAcrossStays(t *testing.T) {
	text := residencesBase + `
[[applicant.residences]]
country = "Japan"  # Jan 1 to Apr 10, 2019: 31 + 28 + 31 + 10 = 100 days
start = 2019-01-01
end = 2019-04-10

[[applicant.residences]]
country = "Canada"
start = 2019-04-10
end = 2020-12-31

[[applicant.residences]]
country = "japan"  # Jan 1 to Apr 9, 2021: 31 + 28 + 31 + 9 = 99 days (the same country, any case)
start = 2021-01-01
end = 2021-04-09
`
	c := build(t, text, scoring.ITA{Date: date("2026-11-20")}, date("2026-12-02"))
	if got, ok := item(&c, "police-applicant-japan"); !ok || !strings.Contains(got.Why, "199 days") {
		t.Errorf("Japan 100 + 99 days: %+v (items %v)", got, ids(&c))
	}
}

// The JSON has the shape: items with id, title, who, why, due; fees with total and lines.
func TestChecklistJSONShape(t *testing.T) {
	c := build(t, family, scoring.ITA{Date: date("2026-11-20")}, date("2026-12-02"))
	b, err := json.Marshal(NewJSON(&c))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	items, _ := m["items"].([]any)
	if len(items) != len(c.Items) {
		t.Fatalf("items %d, want %d", len(items), len(c.Items))
	}
	first, _ := items[0].(map[string]any)
	for _, k := range []string{"id", "title", "who", "why", "due"} {
		if _, ok := first[k]; !ok {
			t.Errorf("item has no %q: %v", k, first)
		}
	}
	if first["due"] != "2027-01-19" || first["who"] != "family" {
		t.Errorf("first item %v", first)
	}
	last, _ := items[len(items)-1].(map[string]any)
	if last["id"] != "medicals" || last["due"] != nil {
		t.Errorf("medicals %v, want due null", last)
	}
	fees, _ := m["fees"].(map[string]any)
	if fees["total"] != float64(3455) {
		t.Errorf("fees.total %v, want 3455", fees["total"])
	}
	lines, _ := fees["lines"].([]any)
	if len(lines) != 5 {
		t.Errorf("fees.lines %v", lines)
	}
	line, _ := lines[4].(map[string]any)
	if line["who"] != "child 1 (Maya)" || line["what"] != "processing fee" || line["amount"] != float64(275) {
		t.Errorf("child's fee line %v", line)
	}
}

// The text groups the items by person, the family first, and shows the fee total.
func TestChecklistTextGroupsByPerson(t *testing.T) {
	c := build(t, family, scoring.ITA{Date: date("2026-11-20"), Round: "437"}, date("2026-12-02"))
	var b bytes.Buffer
	Text(&b, &c, 80)
	out := b.String()
	order := []string{"round 437", "Apply by 2027-01-19", "\nFamily", "\nApplicant", "\nSpouse or common-law partner",
		"\nChild 1 (Maya)", "Fees (CAD", "$3,455"}
	at := 0
	for _, w := range order {
		i := strings.Index(out[at:], w)
		if i < 0 {
			t.Fatalf("%q not found after byte %d in\n%s", w, at, out)
		}
		at += i
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("line over 80 columns: %q", l)
		}
	}
}

// A name with control characters reaches the terminal made visible.
func TestChecklistTextIsSafe(t *testing.T) {
	text := strings.Replace(family, `name = "Maya"`, `name = "Maya\u001b[31m"`, 1)
	c := build(t, text, scoring.ITA{Date: date("2026-11-20")}, date("2026-12-02"))
	var b bytes.Buffer
	Text(&b, &c, 100)
	if strings.ContainsRune(b.String(), 0x1b) {
		t.Error("an escape character reached the text")
	}
}

// An expired deadline says so; an unknown program is refused.
func TestChecklistDeadlinePassedAndBadProgram(t *testing.T) {
	c := build(t, family, scoring.ITA{Date: date("2026-06-01")}, date("2026-12-02"))
	if !c.Expired {
		t.Error("deadline 2026-07-31 passed by 2026-12-02: want Expired")
	}
	p := profile(t, family, date("2026-06-01"))
	if _, err := Build(testRules(t), &p, scoring.ITA{Date: date("2026-06-01"), Program: "xyz"}, date("2026-06-02")); err == nil {
		t.Error("program xyz accepted")
	}
}

func BenchmarkBuildFamily(b *testing.B) {
	ita := scoring.ITA{Date: date("2026-11-20")}
	p := profile(b, family, ita.Date)
	r := testRules(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Build(r, &p, ita, date("2026-12-02")); err != nil {
			b.Fatal(err)
		}
	}
}

// Fees not read from IRCC's own fee list are said to be unconfirmed wherever they show: the 2026
// table of rules.toml is such a table, the 2024 one is not.
func TestUnconfirmedFeesAreSaid(t *testing.T) {
	for _, c := range []struct {
		ita, today string
		want       bool
	}{{"2026-11-20", "2026-12-01", true}, {"2025-03-20", "2025-03-25", false}} {
		list := build(t, family, scoring.ITA{Date: date(c.ita)}, date(c.today))
		var text, js bytes.Buffer
		Text(&text, &list, 80)
		if err := json.NewEncoder(&js).Encode(NewJSON(&list)); err != nil {
			t.Fatal(err)
		}
		said := strings.Contains(text.String(), "Not confirmed: ") && strings.Contains(text.String(), "Check IRCC's fee list before paying.")
		inJSON := strings.Contains(js.String(), `"unconfirmed":"`)
		if said != c.want || inJSON != c.want {
			t.Errorf("applying %s: unconfirmed said in text %v, in JSON %v; want %v\n%s", c.today, said, inJSON, c.want, text.String())
		}
	}
}
