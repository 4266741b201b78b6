package scoring

import (
	"fmt"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// ReadProfile reads a profile file (TOML, the format in the README) and checks every answer against
// the rules: unknown keys (with the nearest known key), values out of range, scores a test cannot
// give, answers that contradict each other. file names the file in errors; an error is a Problems.
func ReadProfile(r *Rules, file string, data []byte) (Profile, error) {
	d, m, err := parseDoc(file, data)
	if err != nil {
		return Profile{}, err
	}
	return readProfileDoc(r, d, m)
}

func readProfileDoc(r *Rules, d *doc, m map[string]any) (Profile, error) {
	p := NewProfile()
	root := d.root(m)
	p.Name = root.str("name", false, "")
	readApplicant(r, root.sub("applicant", true), &p)
	sp := root.sub("spouse", false)
	p.Spouse.Education = Education(sp.enum("education", false, int(EducationNone), EducationNames))
	p.Spouse.CanadianWorkYears = sp.integer("canadian_work_years", false, 0, 0, 60)
	p.Spouse.StudiedInCanada = sp.boolean("studied_in_canada", false)
	if sp.has("language") {
		p.Spouse.Language = readLanguage(r, sp.sub("language", false))
	}
	sp.done("education", "canadian_work_years", "studied_in_canada", "language")
	root.done("name", "applicant", "spouse")
	if err := d.err(); err != nil {
		return Profile{}, err
	}
	return p, nil
}

var applicantKeys = []string{
	"birth_date", "age", "marital_status", "spouse_accompanying", "spouse_canadian", "education", "eca_date",
	"canadian_education", "canadian_work_years", "foreign_work_years", "teer", "certificate_of_qualification",
	"job_offer", "provincial_nomination", "sibling_in_canada", "canadian_work_years_last_3",
	"trade_work_years_last_5", "settlement_funds", "family_size", "work_authorized", "relative_in_canada",
	"studied_in_canada", "first_language", "second_language",
}

func readApplicant(r *Rules, t *table, p *Profile) {
	a := &p.Applicant
	switch {
	case t.has("birth_date") && t.has("age"):
		t.get("age")
		a.BirthDate = t.date("birth_date", true)
		t.d.addf(t.key("age"), "give birth_date or age, not both")
	case t.has("birth_date"):
		a.BirthDate = t.date("birth_date", true)
	case t.has("age"):
		a.Age = t.integer("age", true, 0, 0, 120)
	default:
		if len(t.m) > 0 || t.path != "" {
			t.d.addf(t.key("birth_date"), "missing; give birth_date = 1994-03-15 (preferred: the age then follows the date) or age = 31")
		}
	}
	a.MaritalStatus = MaritalStatus(t.enum("marital_status", true, int(Single), MaritalStatusNames))
	if !a.MaritalStatus.HasPartner() {
		for _, k := range []string{"spouse_accompanying", "spouse_canadian"} {
			if t.has(k) {
				t.get(k)
				t.d.addf(t.key(k), "only for marital_status \"married\" or \"common-law\" (this profile says %q)", a.MaritalStatus)
			}
		}
	}
	a.SpouseAccompanying = t.boolean("spouse_accompanying", true)
	a.SpouseCanadian = t.boolean("spouse_canadian", false)
	a.Education = Education(t.enum("education", true, int(EducationNone), EducationNames))
	a.ECADate = t.date("eca_date", false)
	a.CanadianEducation = CanadianEducation(t.enum("canadian_education", false, int(CanadianNone), CanadianEducationNames))
	switch {
	case a.CanadianEducation == CanadianOneOrTwoYear && a.Education < OneYear:
		t.d.addf(t.key("canadian_education"), "\"one-or-two-year\" needs education \"one-year\" or higher (education is %q)", a.Education)
	case a.CanadianEducation == CanadianThreeYearOrMore && a.Education < Bachelors:
		t.d.addf(t.key("canadian_education"), "\"three-year-or-more\" needs education \"bachelors\" or higher (education is %q)", a.Education)
	}
	a.CanadianWorkYears = t.integer("canadian_work_years", false, 0, 0, 60)
	a.ForeignWorkYears = t.integer("foreign_work_years", false, 0, 0, 60)
	a.TEER = t.integer("teer", false, -1, 0, 5)
	a.Certificate = t.boolean("certificate_of_qualification", false)
	a.JobOffer = JobOffer(t.enum("job_offer", false, int(NoJobOffer), JobOfferNames))
	a.Nomination = t.boolean("provincial_nomination", false)
	a.SiblingInCanada = t.boolean("sibling_in_canada", false)
	a.CanadianWorkYearsLast3 = t.integer("canadian_work_years_last_3", false, 0, 0, 3)
	if a.CanadianWorkYearsLast3 > a.CanadianWorkYears {
		t.d.addf(t.key("canadian_work_years_last_3"), "%d is more than canadian_work_years (%d): work in the last 3 years is part of the last 10",
			a.CanadianWorkYearsLast3, a.CanadianWorkYears)
	}
	a.TradeWorkYearsLast5 = t.integer("trade_work_years_last_5", false, 0, 0, 5)
	a.SettlementFunds = t.integer("settlement_funds", false, 0, 0, 1_000_000_000)
	a.FamilySize = t.integer("family_size", false, 0, 1, 30)
	if a.MaritalStatus.HasPartner() && a.FamilySize == 1 {
		t.d.addf(t.key("family_size"), "1, but a spouse or partner counts for settlement funds even when not coming: want 2 or more")
	}
	a.WorkAuthorized = t.boolean("work_authorized", false)
	a.RelativeInCanada = t.boolean("relative_in_canada", false)
	a.StudiedInCanada = t.boolean("studied_in_canada", false)
	if t.has("first_language") {
		a.FirstLanguage = readLanguage(r, t.sub("first_language", false))
	}
	if t.has("second_language") {
		a.SecondLanguage = readLanguage(r, t.sub("second_language", false))
		switch {
		case !a.FirstLanguage.Given():
			t.d.addf(t.key("second_language"), "given without first_language: put the result in [applicant.first_language]")
		case a.SecondLanguage.Given() && languageOf(r, &a.FirstLanguage) == languageOf(r, &a.SecondLanguage):
			t.d.addf(t.key("second_language.test"), "%q is %s like the first language (%q): the second official language must be the other one (English: ielts, celpip, pte, clb; French: tef, tcf, nclc)",
				a.SecondLanguage.Test, languageOf(r, &a.SecondLanguage), a.FirstLanguage.Test)
		}
	}
	t.done(applicantKeys...)
}

func languageOf(r *Rules, l *Language) string {
	if cs := r.Charts[l.Test]; len(cs) > 0 {
		return cs[0].Language
	}
	return ""
}

func readLanguage(r *Rules, t *table) Language {
	var l Language
	tests := r.TestNames()
	if i := t.enum("test", true, -1, tests); i >= 0 {
		l.Test = tests[i]
	}
	l.Date = t.date("date", false)
	var chart *Chart
	if l.Test != "" {
		var err error
		if chart, err = r.ChartFor(l.Test, l.Date); err != nil {
			t.d.addf(t.key("date"), "%s", err)
		}
	}
	for a := Ability(0); a < NumAbilities; a++ {
		v, ok := t.number(a.String(), true)
		if !ok {
			continue
		}
		l.Scores[a] = v
		if chart != nil {
			if err := chart.Check(a, v); err != nil {
				t.d.addf(t.key(a.String()), "%s", err)
			}
		}
	}
	t.done("test", "date", "listening", "reading", "writing", "speaking")
	return l
}

// CheckProfile checks a profile built in code (by the wizard) as ReadProfile checks a file: it
// writes the profile out and reads it back, so both paths share every check.
func CheckProfile(r *Rules, p *Profile) error {
	_, err := ReadProfile(r, "profile", EncodeProfile(p))
	return err
}

// Set changes one answer of a profile by its dotted key, as `--set` gives it:
// "applicant.first_language.speaking=8.0", "applicant.job_offer=none", "spouse.canadian_work_years=2".
// The value is read as TOML (a number, true/false, a date) and otherwise as a string; an empty value
// removes the key (back to its default). The changed profile is checked like a file; on an error the
// profile is returned unchanged.
func Set(r *Rules, p Profile, assignment string) (Profile, error) {
	key, value, ok := strings.Cut(assignment, "=")
	key = strings.TrimSpace(key)
	label := "--set " + assignment
	if !ok || key == "" {
		return p, Problems{{File: label, Msg: "want KEY=VALUE, e.g. applicant.first_language.speaking=8.0"}}
	}
	var m map[string]any
	if _, err := toml.Decode(string(EncodeProfile(&p)), &m); err != nil {
		return p, fmt.Errorf("%s: %w", label, err)
	}
	parts := strings.Split(key, ".")
	for _, part := range parts {
		if part == "" {
			return p, Problems{{File: label, Key: key, Msg: "an empty part in the key; want a dotted key like applicant.first_language.speaking"}}
		}
	}
	cur := m
	for i, part := range parts[:len(parts)-1] {
		next, ok := cur[part]
		if !ok {
			nm := map[string]any{}
			cur[part] = nm
			cur = nm
			continue
		}
		nm, isMap := next.(map[string]any)
		if !isMap {
			return p, Problems{{File: label, Key: strings.Join(parts[:i+1], "."), Msg: "is a value, not a table"}}
		}
		cur = nm
	}
	last := parts[len(parts)-1]
	value = strings.TrimSpace(value)
	if value == "" {
		delete(cur, last)
	} else {
		var v map[string]any
		if _, err := toml.Decode("v = "+value, &v); err == nil {
			cur[last] = v["v"]
		} else {
			cur[last] = value
		}
	}
	// birth_date and age are one answer given two ways: setting one replaces the other.
	if app, ok := m["applicant"].(map[string]any); ok && value != "" {
		switch key {
		case "applicant.age":
			delete(app, "birth_date")
		case "applicant.birth_date":
			delete(app, "age")
		}
	}
	// A profile that is no longer married or common-law drops the answers about the spouse's
	// coming, which such a profile cannot have.
	if key == "applicant.marital_status" {
		if app, ok := m["applicant"].(map[string]any); ok {
			if s, _ := app["marital_status"].(string); s != Married.String() && s != CommonLaw.String() {
				delete(app, "spouse_accompanying")
				delete(app, "spouse_canadian")
			}
		}
	}
	d := &doc{file: label}
	q, err := readProfileDoc(r, d, m)
	if err != nil {
		return p, err
	}
	return q, nil
}

// Keys lists the dotted keys of a profile file, for help and completion.
func Keys() []string {
	var out []string
	for _, k := range applicantKeys {
		switch k {
		case "first_language", "second_language":
			for _, s := range []string{"test", "date", "listening", "reading", "writing", "speaking"} {
				out = append(out, "applicant."+k+"."+s)
			}
		default:
			out = append(out, "applicant."+k)
		}
	}
	out = append(out, "spouse.education", "spouse.canadian_work_years", "spouse.studied_in_canada")
	for _, s := range []string{"test", "date", "listening", "reading", "writing", "speaking"} {
		out = append(out, "spouse.language."+s)
	}
	sort.Strings(out)
	return out
}
