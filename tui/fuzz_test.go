package tui

import (
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// FuzzFieldParsers types anything into every field the wizard reads as text (birth date or age,
// dates, test scores, years, family size, funds, list numbers, yes/no): no parser panics, and an
// answer a parser accepts gives a profile the engine's own checks accept.
func FuzzFieldParsers(f *testing.F) {
	for _, s := range []string{"", " ", "0", "29", "121", "-1", "1994-03-15", "2026-08-21", "0001-01-01",
		"07:32:00", "8.5", "7.3", "9,5", "1e3", "NaN", "Inf", "$19,000", "19 000", "3", "11", "y", "No", "٣", "\x00"} {
		f.Add(s)
	}
	r := rulesAt(f)
	today := testDay
	f.Fuzz(func(t *testing.T, s string) {
		check := func(what string, p scoring.Profile) {
			t.Helper()
			if err := scoring.CheckProfile(r, &p); err != nil {
				t.Fatalf("%s %q is accepted by the wizard, refused by the engine: %v", what, s, err)
			}
		}
		base := func() scoring.Profile {
			p := scoring.NewProfile()
			p.Applicant.Age = 30
			return p
		}

		if birth, age, err := parseBirth(s, today); err == nil {
			p := base()
			p.Applicant.BirthDate, p.Applicant.Age = birth, age
			check("birth", p)
		}
		if d, err := parseDate(s, "ECA date", today); err == nil {
			p := base()
			p.Applicant.ECADate = d
			check("ECA date", p)
		}
		for _, test := range r.TestNames() {
			date, dateErr := parseTestDate(r, test, s, today)
			chart := chartFor(r, test, date)
			for ab := scoring.Ability(0); ab < scoring.NumAbilities; ab++ {
				v, err := parseScore(chart, ab, s)
				if err != nil {
					if v != 0 {
						t.Fatalf("%s %s %q is refused but counts %v", test, ab, s, v)
					}
					continue
				}
				if err := chart.Check(ab, v); err != nil {
					t.Fatalf("%s %s %q: the wizard accepts %v, the chart refuses it: %v", test, ab, s, v, err)
				}
				if dateErr == nil {
					p := base()
					p.Applicant.FirstLanguage = scoring.Language{Test: test, Date: date}
					for a := range p.Applicant.FirstLanguage.Scores {
						p.Applicant.FirstLanguage.Scores[a] = v
					}
					if chart.Check(0, v) == nil && chart.Check(1, v) == nil && chart.Check(2, v) == nil && chart.Check(3, v) == nil {
						check(test+" scores", p)
					}
				}
			}
		}
		if n, err := parseCount(s, 0, maxYears, "years"); err == nil {
			// Work in and outside Canada share the last 10 years: each alone takes all of them.
			p := base()
			p.Applicant.CanadianWorkYears = n
			check("years in Canada", p)
			p = base()
			p.Applicant.ForeignWorkYears = n
			check("years abroad", p)
		}
		d := draft{CanadianYears: "3"}
		if n, err := d.canadianLast3(s); err == nil {
			p := base()
			p.Applicant.CanadianWorkYears, p.Applicant.CanadianWorkYearsLast3 = 3, n
			check("years in the last 3", p)
		}
		if n, err := parseCount(s, 0, 5, "years"); err == nil {
			p := base()
			p.Applicant.TradeWorkYearsLast5 = n
			p.Applicant.ForeignWorkYears = 5 // work in a trade is skilled work too
			check("trade years", p)
		}
		for _, partner := range []bool{false, true} {
			if n, err := parseFamilySize(s, partner); err == nil {
				p := base()
				if partner {
					p.Applicant.MaritalStatus = scoring.Married
				}
				p.Applicant.FamilySize = n
				check("family size", p)
			}
		}
		if n, err := parseDollars(s); err == nil {
			p := base()
			p.Applicant.SettlementFunds = n
			check("funds", p)
		}
		if n, err := parseChoice(s, 7); err == nil && (n < 1 || n > 7) {
			t.Fatalf("list answer %q gives %d of 7", s, n)
		}
		if _, err := parseYesNo(s, false); err == nil {
			if w := strings.ToLower(strings.TrimSpace(s)); w != "" && w != "y" && w != "yes" && w != "n" && w != "no" {
				t.Fatalf("yes/no answer %q is taken", s)
			}
		}
	})
}
