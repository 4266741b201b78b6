package scoring

import (
	"strings"
	"testing"
)

func TestProfileErrorsNameTheLineKeyAndWhatIsAllowed(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	cases := []struct {
		name string
		src  string
		want []string
	}{
		{"unknown key with a suggestion", `[applicant]
age = 30
marital_status = "single"
education = "masters"
canadian_work_yeras = 2`, []string{"line 5", "unknown key canadian_work_yeras", "did you mean canadian_work_years?"}},
		{"enum value", `[applicant]
age = 30
marital_status = "single"
education = "bachelor of arts"`, []string{"line 4", "applicant.education", `"bachelor of arts"`, "want one of none, secondary, one-year"}},
		{"IELTS score off the scale", `[applicant]
age = 30
marital_status = "single"
education = "masters"
[applicant.first_language]
test = "ielts"
listening = 9.5
reading = 7
writing = 7
speaking = 7`, []string{"line 7", "applicant.first_language.listening", "9.5 is out of range", "0 to 9 in steps of 0.5"}},
		{"IELTS quarter band", `[applicant]
age = 30
marital_status = "single"
education = "masters"
[applicant.first_language]
test = "ielts"
listening = 7.25
reading = 7
writing = 7
speaking = 7`, []string{"7.25 is not a possible score"}},
		{"TCF writing is out of 20", `[applicant]
age = 30
marital_status = "single"
education = "masters"
[applicant.first_language]
test = "tcf"
listening = 500
reading = 500
writing = 21
speaking = 12`, []string{"applicant.first_language.writing", "0 to 20"}},
		{"missing score", `[applicant]
age = 30
marital_status = "single"
education = "masters"
[applicant.first_language]
test = "celpip"
listening = 9
reading = 9
writing = 9`, []string{"applicant.first_language.speaking", "missing"}},
		{"age and birth date", `[applicant]
age = 30
birth_date = 1996-01-01
marital_status = "single"
education = "masters"`, []string{"give birth_date or age, not both"}},
		{"no age", `[applicant]
marital_status = "single"
education = "masters"`, []string{"applicant.birth_date", "missing"}},
		{"second language in the same language", `[applicant]
age = 30
marital_status = "single"
education = "masters"
[applicant.first_language]
test = "ielts"
listening = 7
reading = 7
writing = 7
speaking = 7
[applicant.second_language]
test = "celpip"
listening = 7
reading = 7
writing = 7
speaking = 7`, []string{"second official language must be the other one"}},
		{"Canadian study above the education", `[applicant]
age = 30
marital_status = "single"
education = "two-year"
canadian_education = "three-year-or-more"`, []string{"line 5", "needs education \"bachelors\" or higher"}},
		{"spouse keys for a single person", `[applicant]
age = 30
marital_status = "single"
spouse_accompanying = true
education = "masters"`, []string{"line 4", "only for marital_status"}},
		{"PTE Core before it was accepted", `[applicant]
age = 30
marital_status = "single"
education = "masters"
[applicant.first_language]
test = "pte"
date = 2023-06-01
listening = 70
reading = 70
writing = 70
speaking = 70`, []string{"applicant.first_language.date", "2024-01-30"}},
		{"TOML syntax", `[applicant]
age = = 30`, []string{"line 2", "TOML syntax"}},
		{"wrong type", `[applicant]
age = "thirty"
marital_status = "single"
education = "masters"`, []string{"line 2", "want a whole number from 0 to 120"}},
		{"last 3 years more than 10", `[applicant]
age = 30
marital_status = "single"
education = "masters"
canadian_work_years = 1
canadian_work_years_last_3 = 2`, []string{"line 6", "more than canadian_work_years"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadProfile(r, "client.toml", []byte(c.src))
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "client.toml") {
				t.Errorf("error does not start with the file name: %q", msg)
			}
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not contain %q", msg, w)
				}
			}
		})
	}
}

func TestDefaultsNeverClaimMoreThanSaid(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := mustProfile(t, r, `[applicant]
age = 30
marital_status = "married"
education = "masters"`)
	a := p.Applicant
	if !a.SpouseAccompanying || a.SpouseCanadian || a.TEER != -1 || a.SettlementFunds != 0 || a.CanadianWorkYearsLast3 != 0 ||
		a.TradeWorkYearsLast5 != 0 || a.WorkAuthorized || a.Nomination || a.JobOffer != NoJobOffer || p.FamilySize() != 2 {
		t.Errorf("defaults: %+v, family %d", a, p.FamilySize())
	}
	// A married applicant whose spouse is coming is scored with the spouse columns.
	as := Assess(r, &p, day("2026-08-20"))
	if !as.CRS.WithSpouse {
		t.Error("spouse not counted with spouse_accompanying defaulting to true")
	}
}

func TestSetChangesOneAnswer(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := mustProfile(t, r, `[applicant]
age = 30
marital_status = "married"
education = "masters"
job_offer = "teer-0-to-3"
[applicant.first_language]
test = "ielts"
listening = 7
reading = 7
writing = 7
speaking = 7`)
	q, err := Set(r, p, "applicant.first_language.speaking=8.0")
	if err != nil || q.Applicant.FirstLanguage.Scores[Speaking] != 8 {
		t.Fatalf("speaking: %v %v", err, q.Applicant.FirstLanguage.Scores)
	}
	q, err = Set(r, q, "applicant.job_offer=none")
	if err != nil || q.Applicant.JobOffer != NoJobOffer {
		t.Fatalf("job offer: %v %v", err, q.Applicant.JobOffer)
	}
	q, err = Set(r, q, "spouse.canadian_work_years=2")
	if err != nil || q.Spouse.CanadianWorkYears != 2 {
		t.Fatalf("spouse: %v %+v", err, q.Spouse)
	}
	if p.Applicant.FirstLanguage.Scores[Speaking] != 7 {
		t.Error("Set changed the original profile")
	}
	for _, c := range []struct{ set, want string }{
		{"applicant.canadian_work_yeras=2", "did you mean canadian_work_years?"},
		{"applicant.first_language.speaking=8.75", "not a possible score"},
		{"applicant.education=phd", "want one of none"},
		{"no-equals-sign", "want KEY=VALUE"},
		{"applicant.age.x=1", "not a table"},
	} {
		_, err := Set(r, p, c.set)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "--set") {
			t.Errorf("Set %q: error %v, want one naming --set and containing %q", c.set, err, c.want)
		}
	}
}

func TestRulesCheckFindsEveryKindOfProblem(t *testing.T) {
	defaultRules(t)
	base := string(rulesData)
	cases := []struct {
		name, old, new string
		want           []string
	}{
		{"syntax", "total = 1200", "total = = 1200", []string{"line", "TOML syntax"}},
		{"unknown key", "pass_mark = 67", "pass_mark = 67\npass_marc = 1", []string{"unknown key pass_marc", "did you mean pass_mark?"}},
		{"missing key", "sibling = 15\n", "", []string{"crs.additional.sibling", "missing"}},
		{"rows out of order", "{ age = 31, with_spouse = 90,  without_spouse = 99 },", "{ age = 29, with_spouse = 90,  without_spouse = 99 },", []string{"crs.core.age.rows[5]", "rising order"}},
		{"first row not at 0", "{ years = 0, with_spouse = 0,  without_spouse = 0 },   # None", "{ years = 1, with_spouse = 0,  without_spouse = 0 },   # None", []string{"must start at years = 0"}},
		{"education level missing", `  { level = "two-or-more", with_spouse = 119, without_spouse = 128 },  # Two or more credentials, one of three or more years
`, "", []string{"missing level \"two-or-more\""}},
		{"caps that don't add up", "cap_with_spouse = 460", "cap_with_spouse = 470", []string{"crs.core.cap_with_spouse", "is 470"}},
		{"spouse cap", "cap = 40", "cap = 45", []string{"crs.spouse.cap"}},
		{"FSW grid not out of 100", "  { level = \"doctoral\",    points = 25 },", "  { level = \"doctoral\",    points = 26 },", []string{"fsw", "add up to 101"}},
		{"chart levels not falling", "{ clb = 9,  listening = 8.0, reading = 7.0, writing = 7.0, speaking = 7.0 },", "{ clb = 9,  listening = 8.0, reading = 8.5, writing = 7.0, speaking = 7.0 },", []string{"language.ielts.levels", "minimums must fall"}},
		{"history sets an unknown key", `"crs.additional.sibling" = 0,`, `"crs.additional.siblings" = 0,`, []string{"unknown key crs.additional.siblings", "did you mean crs.additional.sibling?"}},
		{"funds not rising", "[15263, 19001,", "[19001, 15263,", []string{"amounts must rise"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			edited := strings.Replace(base, c.old, c.new, 1)
			if edited == base {
				t.Fatalf("edit %q not found", c.old)
			}
			_, err := LoadRules("edited.toml", []byte(edited))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func FuzzReadProfile(f *testing.F) {
	r := rulesOn(f, "2026-08-20")
	for _, p := range sampleProfiles(f, r, 20) {
		f.Add(EncodeProfile(&p))
	}
	f.Add([]byte("[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n"))
	f.Add([]byte("[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2024-01-01\nhours_per_week = 45\n"))
	f.Add([]byte("[applicant]\nbirth_date = 1990-05-10\nmarital_status = \"married\"\neducation = \"masters\"\n[[applicant.residences]]\ncountry = \"India\"\nstart = 1990-05-10\nend = 2016-08-31\n[[spouse.residences]]\ncountry = \" Brazil \"\nstart = 2000-01-01\n[[children]]\nname = \"Maya\"\nbirth_date = 2019-04-02\n"))
	f.Add([]byte("[applicant.first_language]\ntest = \"ielts\"\nlistening = nan\n"))
	f.Add([]byte("[applicant]\nbirth_date = 07:32:00\nmarital_status = \"single\"\neducation = \"masters\"\n"))
	f.Add([]byte("[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n[applicant.first_language]\ntest = \"ielts\"\ndate = 0001-01-01\nlistening = 7\nreading = 6.9999999999\nwriting = 7\nspeaking = 7\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p Profile
		var err error
		limit := setTimeLimit(len(data))
		if took := quickest(limit, func() { p, err = ReadProfile(r, "fuzz.toml", data) }); took > limit {
			t.Fatalf("ReadProfile took %v for %d bytes (limit %v)", took, len(data), limit)
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.toml") {
				t.Fatalf("error without the file name: %v", err)
			}
			return
		}
		a := Assess(r, &p, day("2026-08-20"))
		if a.CRS.Total < 0 || a.CRS.Total > r.CRS.Total {
			t.Fatalf("total %d out of range", a.CRS.Total)
		}
		back, err := ReadProfile(r, "again.toml", EncodeProfile(&p))
		if err != nil || back != p {
			t.Fatalf("round trip: %v\n%s", err, EncodeProfile(&p))
		}
	})
}

func TestSetSwapsBirthDateAndAgeAndRefusesEmptyKeyParts(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := mustProfile(t, r, "[applicant]\nbirth_date = 1990-01-01\nmarital_status = \"single\"\neducation = \"masters\"\n")
	q, err := Set(r, p, "applicant.age=36")
	if err != nil || !q.Applicant.BirthDate.IsZero() || q.Applicant.Age != 36 {
		t.Fatalf("age for birth_date: %v %+v", err, q.Applicant)
	}
	q, err = Set(r, q, "applicant.birth_date=1991-02-03")
	if err != nil || q.Applicant.BirthDate.IsZero() {
		t.Fatalf("birth_date for age: %v %+v", err, q.Applicant)
	}
	if _, err := Set(r, p, "applicant.=5"); err == nil || !strings.Contains(err.Error(), "empty part") {
		t.Errorf("empty key part: %v", err)
	}
	if _, err := Set(r, p, "applicant.canadian_work_years=2.0"); err == nil || !strings.Contains(err.Error(), "2.0: want a whole number") {
		t.Errorf("2.0 for a whole number: %v", err)
	}
}

func TestAResultWithoutAChartWarnsAndScoresNothing(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := mustProfile(t, r, "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n")
	// Built in code, as the wizard does: a PTE Core result from before it was accepted (2024-01-30).
	p.Applicant.FirstLanguage = Language{Test: "pte", Date: day("2023-06-01"), Scores: [NumAbilities]float64{80, 80, 80, 80}}
	a := Assess(r, &p, day("2026-08-20"))
	found := false
	for _, w := range a.Warnings() {
		found = found || w.Code == WarnNoChart
	}
	if !found || a.First.Given {
		t.Errorf("warnings %v, first language given %v: want the no-chart warning and no levels", a.Warnings(), a.First.Given)
	}
	p.Applicant.FirstLanguage.Date = day("2025-06-01")
	a = Assess(r, &p, day("2026-08-20"))
	for _, w := range a.Warnings() {
		if w.Code == WarnNoChart {
			t.Errorf("no-chart warning for a result with a chart")
		}
	}
}
