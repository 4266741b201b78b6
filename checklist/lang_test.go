package checklist

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/scoring"
)

var fr = i18n.For(i18n.Fr)

// Countries lived in, named in English in a profile, are named in French as CLDR names them, by
// name, alias or code; a name CLDR does not know stays as written; English keeps the profile's.
func TestPoliceCertificateCountriesInFrench(t *testing.T) {
	for in, want := range map[string]string{
		"Morocco": "Maroc", "Senegal": "Sénégal", "United States": "États-Unis", "India": "Inde",
		" india ": "Inde", "USA": "États-Unis", "UK": "Royaume-Uni", "IN": "Inde", "Côte d'Ivoire": "Côte d’Ivoire",
		"United Arab Emirates": "Émirats arabes unis", "Haiti": "Haïti", "Atlantis": "Atlantis",
	} {
		if got := countryIn(fr, in); got != want {
			t.Errorf("countryIn(fr, %q) = %q, want %q", in, got, want)
		}
		if got := countryIn(en, in); got != in {
			t.Errorf("countryIn(en, %q) = %q, want the profile's own", in, got)
		}
	}
	c := build(t, family, scoring.ITA{Date: date("2026-11-20")}, date("2026-12-02"))
	it, ok := item(&c, "police-applicant-united-arab-emirates")
	if !ok || it.TitleIn(fr) != "Certificat de police"+i18n.NBSP+": Émirats arabes unis" || it.Title != "Police certificate: United Arab Emirates" {
		t.Errorf("the UAE's certificate: %q / %q", it.Title, it.TitleIn(fr))
	}
}

// Every fee table of rules.toml that says which amounts are unconfirmed has that text in French
// (rules_fee_unconfirmed_DATE, French only: English is the rules' own), with the same amounts.
func TestEveryUnconfirmedFeeTextHasFrench(t *testing.T) {
	n := 0
	digits := regexp.MustCompile(`\d+`)
	for _, ft := range testRules(t).Fees {
		if ft.Unconfirmed == "" {
			continue
		}
		n++
		id := ft.UnconfirmedID()
		if !fr.Has(id) || en.Has(id) {
			t.Errorf("the fee table from %s: %s in French %v, in English %v; want French only", ft.From.Format("2006-01-02"), id, fr.Has(id), en.Has(id))
			continue
		}
		f := Fees{Known: true, From: ft.From, Unconfirmed: ft.Unconfirmed}
		got, want := digits.FindAllString(f.UnconfirmedIn(fr), -1), digits.FindAllString(ft.Unconfirmed, -1)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: the French says the amounts %v, the rules %v", id, got, want)
		}
		if w := i18ntest.English(f.UnconfirmedIn(fr), "IRCC"); len(w) > 0 {
			t.Errorf("%s: English words %v", id, w)
		}
		if f.UnconfirmedIn(en) != ft.Unconfirmed {
			t.Errorf("%s: English is not the rules' own", id)
		}
	}
	if n == 0 {
		t.Fatal("no fee table with an unconfirmed text: the test tests nothing")
	}
}

// frenchCases are checklists covering every item and note: married, common-law, divorced,
// widowed and annulled; a nominee with a job offer and a certificate, self-employed, Canadian
// studies, a spouse with a language result and a job and no birth date; year counts; a child of
// 23 (police certificates); CEC (no funds), upfront medicals, fees that change before the deadline,
// an expired deadline.
func frenchCases(t *testing.T) []Checklist {
	t.Helper()
	commonLaw := strings.NewReplacer(`marital_status = "married"`, `marital_status = "common-law"`,
		`canadian_education = "none"`, "canadian_education = \"one-or-two-year\"\njob_offer = \"teer-0-to-3\"\nwork_authorized = true\nprovincial_nomination = true\ncertificate_of_qualification = true",
		"[spouse]\neducation = \"bachelors\"\n", "[spouse]\neducation = \"masters\"\n[spouse.language]\ntest = \"ielts\"\ndate = 2025-06-01\nlistening = 7.0\nreading = 7.0\nwriting = 7.0\nspeaking = 7.0\n"+
			"[[spouse.jobs]]\nnoc = \"41200\"\ncountry = \"canada\"\nstart = 2022-01-01\nhours_per_week = 30\n",
		`birth_date = 2019-04-02`, "birth_date = 2003-01-15\n\n[[children]]\nbirth_date = 2012-06-30",
		`title = "Software developer"`, "title = \"Software developer\"\nself_employed = true").Replace(family)
	counts := `
[applicant]
birth_date = 1985-07-20
marital_status = "%s"
education = "bachelors"
foreign_work_years = 3
settlement_funds = 20000
[applicant.first_language]
test = "tcf"
listening = 500
reading = 500
writing = 14
speaking = 14
`
	var out []Checklist
	add := func(text string, ita scoring.ITA, today string) {
		out = append(out, build(t, text, ita, date(today)))
	}
	add(family, scoring.ITA{Date: date("2026-11-20"), Round: "437"}, "2026-12-02")
	add(family, scoring.ITA{Date: date("2023-08-01"), Program: "fsw"}, "2023-08-10")
	add(family, scoring.ITA{Date: date("2026-03-01")}, "2026-03-10")
	add(family, scoring.ITA{Date: date("2026-03-01"), Program: "cec"}, "2026-06-10")
	add(commonLaw, scoring.ITA{Date: date("2026-08-18"), Program: "pnp"}, "2026-08-25")
	add(strings.Replace(commonLaw, "[[spouse.residences]]\ncountry = \"India\"\nstart = 2000-01-01\n", "", 1), scoring.ITA{Date: date("2026-08-18")}, "2026-08-25")
	for _, status := range []string{"divorced", "widowed", "annulled", "single"} {
		add(strings.Replace(counts, "%s", status, 1), scoring.ITA{Date: date("2026-08-18")}, "2026-08-25")
	}
	return out
}

// frenchAllowed are the English of the profile (job titles, file keys), and words of French that
// i18ntest reads as English (its \b is ASCII: "baccalauréat" holds "at").
var frenchAllowed = []string{"Software developer", "Senior developer", "[[applicant.residences]]", "[[spouse.residences]]", "baccalauréat"}

// Every text of every checklist, in French, has no English: titles, reasons, people, headings,
// notes, fees, and the text as the command writes it at 80 columns; at 40 and 80 columns every
// line is within them (French is wrapped, never cut).
func TestFrenchChecklistHasNoEnglish(t *testing.T) {
	ids := map[string]bool{}
	for _, c := range frenchCases(t) {
		var parts []string
		for _, g := range c.Groups() {
			parts = append(parts, g.HeadingIn(fr))
			for _, it := range g.Items {
				ids[it.ID] = true
				parts = append(parts, it.TitleIn(fr), it.WhyIn(fr), it.WhoIn(fr), DueIn(fr, it))
				if it.TitleIn(fr) == it.Title || it.WhyIn(fr) == it.Why {
					t.Errorf("%s: the French is the English: %q, %q", it.ID, it.Title, it.Why)
				}
			}
		}
		for _, l := range c.Fees.Lines {
			parts = append(parts, l.WhoIn(fr), l.WhatIn(fr))
		}
		parts = append(parts, c.NotesIn(fr)...)
		var b bytes.Buffer
		TextIn(&b, fr, &c, 80)
		parts = append(parts, b.String())
		if w := i18ntest.English(strings.Join(parts, "\n"), frenchAllowed...); len(w) > 0 {
			t.Errorf("ITA %s: English in French: %v\n%s", c.ITA.Date.Format("2006-01-02"), w, b.String())
		}
		for _, width := range []int{40, 80} { // the TUI's narrowest box, and a terminal
			var b bytes.Buffer
			TextIn(&b, fr, &c, width)
			for _, l := range strings.Split(b.String(), "\n") {
				if len([]rune(l)) > width {
					t.Errorf("a French line over %d columns: %q", width, l)
				}
			}
		}
	}
	for _, id := range []string{"application", "funds", "marriage-certificate", "common-law-proof", "divorce-certificate",
		"death-certificate", "annulment-certificate", "passport-applicant", "photo-spouse", "police-applicant",
		"police-spouse", "police-child-1", "reference-applicant", "reference-applicant-job-1", "reference-spouse-job-1",
		"eca-applicant", "eca-spouse", "studies-applicant", "language-applicant-first", "language-spouse", "nomination",
		"certificate-of-qualification", "job-offer", "birth-certificate-child-2", "medicals"} {
		if !ids[id] {
			t.Errorf("no case has the item %s: the walk misses it", id)
		}
	}
}

// French and English say the same things: the same items in the same groups, the same amounts of
// money (digits, whatever the grouping) and the same number of dates.
func TestFrenchChecklistSaysWhatEnglishSays(t *testing.T) {
	money := regexp.MustCompile(`\$(\d[\d,]*)|(\d[\d\x{202f}]*)\x{a0}\$`)
	amounts := func(s string) string {
		var out []string
		for _, m := range money.FindAllStringSubmatch(s, -1) {
			out = append(out, strings.NewReplacer(",", "", "\u202f", "").Replace(m[1]+m[2]))
		}
		return strings.Join(out, " ")
	}
	isoDates := regexp.MustCompile(`\d{4}-\d\d-\d\d`)
	frDates := regexp.MustCompile(`(1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}`)
	for _, c := range frenchCases(t) {
		var e, f bytes.Buffer
		c.Fees.Unconfirmed = "" // the rules' words, which write amounts as they please (tested above)
		Text(&e, &c, 200)
		TextIn(&f, fr, &c, 200)
		es, fs := e.String(), f.String()
		if a, b := strings.Count(es, "[ ]"), strings.Count(fs, "[ ]"); a != b || a != len(c.Items) {
			t.Errorf("%d items in English, %d in French, %d in the list", a, b, len(c.Items))
		}
		if a, b := amounts(es), amounts(fs); a != b || a == "" {
			t.Errorf("amounts: English %q, French %q", a, b)
		}
		if a, b := len(isoDates.FindAllString(es, -1)), len(frDates.FindAllString(fs, -1)); a != b {
			t.Errorf("%d dates in English, %d in French\n%s", a, b, fs)
		}
		if a, b := len(c.Groups()), strings.Count(fs, "\n\n"); a+1 != b-boolInt(len(c.Notes) > 0) {
			t.Errorf("%d groups, %d blank lines in French", a, b)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// The English of every text is the item's Title and Why, the JSON's: TitleIn and WhyIn in English
// are them.
func TestEnglishInIsTitleAndWhy(t *testing.T) {
	for _, c := range frenchCases(t) {
		for _, it := range c.Items {
			if it.TitleIn(en) != it.Title || it.WhyIn(en) != it.Why || it.WhoIn(en) != it.Who {
				t.Errorf("%s: In(en) differs from the English", it.ID)
			}
		}
		if strings.Join(c.NotesIn(en), "|") != strings.Join(c.Notes, "|") {
			t.Error("NotesIn(en) differs from Notes")
		}
	}
}

// Build's error for an ITA date before the rules speaks French, the rules' error wrapped.
func TestDateErrorInFrench(t *testing.T) {
	p := profile(t, family, date("2026-06-01"))
	_, err := Build(testRules(t), &p, scoring.ITA{Date: date("2010-01-01")}, date("2026-06-02"))
	d, ok := err.(*DateError)
	if !ok || !strings.HasPrefix(err.Error(), "the ITA date: ") || !strings.HasPrefix(d.TextIn(fr), "la date de l’IPD"+i18n.NBSP+": ") {
		t.Errorf("error %v (%T)", err, err)
	}
}
