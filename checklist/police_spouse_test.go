package checklist

import (
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// The spouse's police certificates count from the spouse's 18th birthday when spouse.birth_date is
// given, as the applicant's do: born 1992-03-01, 18 on 2010-03-01. The United Arab Emirates
// 2000-01-01 to 2009-12-31 are all before 18: no certificate. Qatar 2010-01-01 to 2010-08-31 counts
// from 2010-03-01: 31 + 30 + 31 + 30 + 31 + 31 = 184 days, one certificate, and the reason says
// "since age 18", not that the birth date is missing.
func TestSpousePoliceCertificatesCountFromTheSpousesEighteenthBirthday(t *testing.T) {
	text := `
[applicant]
birth_date = 1990-05-10
marital_status = "married"
education = "bachelors"
foreign_work_years = 3
teer = 1

[applicant.first_language]
test = "ielts"
date = 2026-01-10
listening = 8.0
reading = 7.0
writing = 7.0
speaking = 7.0

[spouse]
birth_date = 1992-03-01
education = "bachelors"

[[spouse.residences]]
country = "United Arab Emirates"
start = 2000-01-01
end = 2009-12-31

[[spouse.residences]]
country = "Qatar"
start = 2010-01-01
end = 2010-08-31

[[spouse.residences]]
country = "Canada"
start = 2010-09-01
`
	c := build(t, text, scoring.ITA{Date: date("2026-11-20")}, date("2026-12-02"))
	if got, ok := item(&c, "police-spouse-united-arab-emirates"); ok {
		t.Errorf("UAE before the spouse's 18th birthday: %+v", got)
	}
	got, ok := item(&c, "police-spouse-qatar")
	if !ok || !strings.Contains(got.Why, "184 days") || !strings.Contains(got.Why, "since age 18") {
		t.Errorf("Qatar from 2010-03-01 to 2010-08-31: %+v (items %v)", got, ids(&c))
	}
}
