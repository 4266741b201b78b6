package scoring

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

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
	p.Children = readChildren(root) // before the applicant: family_size is checked against them
	readApplicant(r, root.sub("applicant", true), &p)
	sp := root.sub("spouse", false)
	p.Spouse.Education = Education(sp.enum("education", false, int(EducationNone), EducationNames))
	p.Spouse.Jobs = readJobs(sp)
	p.Spouse.CanadianWorkYears = sp.integer("canadian_work_years", false, 0, 0, WorkWindowYears)
	p.Spouse.StudiedInCanada = sp.boolean("studied_in_canada", false)
	if sp.has("language") {
		p.Spouse.Language = readLanguage(r, sp.sub("language", false))
	}
	p.Spouse.Residences = readResidences(sp, time.Time{})
	readSpousePrincipal(r, sp, &p.Spouse)
	sp.done(append(spouseKeys, "residences")...)
	root.done("name", "applicant", "spouse", "children")
	if err := d.err(); err != nil {
		return Profile{}, err
	}
	return p, nil
}

// Bounds that are facts of the questions themselves, not rules: work "in the last 10 years" is at
// most 10 years, and so on.
const (
	// WorkWindowYears is the window of canadian_work_years, foreign_work_years and the spouse's
	// canadian_work_years: skilled work in the last 10 years.
	WorkWindowYears = 10
	// CECWindowYears is the window of canadian_work_years_last_3.
	CECWindowYears = 3
	// TradeWindowYears is the window of trade_work_years_last_5.
	TradeWindowYears = 5
	// MaxAge is the oldest age a profile may give, and how many years back a birth date may be.
	MaxAge = 120
)

// today is the day profiles are read on (the clock's, as the wizard's): a birth date may not be
// after it.
func today() time.Time { return Day(time.Now()) }

// BirthDateRange is the range of birth dates a profile may give when read on day: not after it, and
// at most MaxAge years before it.
func BirthDateRange(day time.Time) (lo, hi time.Time) {
	day = Day(day)
	return AddYears(day, -MaxAge), day
}

// CheckBirthDate checks a birth date with the rule profile files are read with (see
// BirthDateRange), for the wizard.
func CheckBirthDate(d, day time.Time) error {
	lo, hi := BirthDateRange(day)
	return checkRange(Day(d), lo, hi, msg("err_what_birth_date"))
}

var applicantKeys = []string{
	"birth_date", "age", "marital_status", "spouse_accompanying", "spouse_canadian", "education", "eca_date",
	"canadian_education", "canadian_work_years", "foreign_work_years", "teer", "certificate_of_qualification",
	"job_offer", "provincial_nomination", "sibling_in_canada", "canadian_work_years_last_3",
	"trade_work_years_last_5", "settlement_funds", "family_size", "work_authorized", "relative_in_canada",
	"studied_in_canada", "first_language", "second_language", "jobs", "primary_noc", "residences",
}

func readApplicant(r *Rules, t *table, p *Profile) {
	a := &p.Applicant
	switch {
	case t.has("birth_date") && t.has("age"):
		t.get("age")
		a.BirthDate = readBirthDate(t)
		t.d.add(t.key("age"), "err_give_birth_date_age")
	case t.has("birth_date"):
		a.BirthDate = readBirthDate(t)
	case t.has("age"):
		a.Age = t.integer("age", true, 0, 0, MaxAge)
	default:
		if len(t.m) > 0 || t.path != "" {
			t.d.add(t.key("birth_date"), "err_missing_give_birth_date")
		}
	}
	a.MaritalStatus = MaritalStatus(t.enum("marital_status", true, int(Single), MaritalStatusNames))
	if !a.MaritalStatus.HasPartner() {
		for _, k := range []string{"spouse_accompanying", "spouse_canadian"} {
			if t.has(k) {
				t.get(k)
				t.d.add(t.key(k), "err_only_marital_status_married", q(a.MaritalStatus))
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
		t.d.add(t.key("canadian_education"), "err_canadian_education_needs", q(CanadianOneOrTwoYear), q(OneYear), q(a.Education))
	case a.CanadianEducation == CanadianThreeYearOrMore && a.Education < Bachelors:
		t.d.add(t.key("canadian_education"), "err_canadian_education_needs", q(CanadianThreeYearOrMore), q(Bachelors), q(a.Education))
	}
	a.Jobs = readJobs(t)
	a.PrimaryNOC = readPrimaryNOC(t, a.Jobs, "applicant's")
	a.CanadianWorkYears = t.integer("canadian_work_years", false, 0, 0, WorkWindowYears)
	a.ForeignWorkYears = t.integer("foreign_work_years", false, 0, 0, WorkWindowYears)
	a.TEER = t.integer("teer", false, -1, 0, 5)
	a.Certificate = t.boolean("certificate_of_qualification", false)
	a.JobOffer = JobOffer(t.enum("job_offer", false, int(NoJobOffer), JobOfferNames))
	a.Nomination = t.boolean("provincial_nomination", false)
	a.SiblingInCanada = t.boolean("sibling_in_canada", false)
	a.CanadianWorkYearsLast3 = t.integer("canadian_work_years_last_3", false, 0, 0, CECWindowYears)
	if a.CanadianWorkYearsLast3 > a.CanadianWorkYears {
		t.d.add(t.key("canadian_work_years_last_3"), "err_more_than_canadian_work", a.CanadianWorkYearsLast3, a.CanadianWorkYears)
	}
	a.TradeWorkYearsLast5 = t.integer("trade_work_years_last_5", false, 0, 0, TradeWindowYears)
	for _, pr := range WorkYearsProblems(a) {
		t.d.add(t.key(pr.Key), passOn, pr.Told)
	}
	a.SettlementFunds = t.integer("settlement_funds", false, 0, 0, 1_000_000_000)
	a.FamilySize = t.integer("family_size", false, 0, 1, 30)
	if a.MaritalStatus.HasPartner() && a.FamilySize == 1 {
		t.d.add(t.key("family_size"), "err_1_but_spouse_partner")
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
			t.d.add(t.key("second_language"), "err_given_without_first_language")
		case a.SecondLanguage.Given() && languageOf(r, &a.FirstLanguage) == languageOf(r, &a.SecondLanguage):
			t.d.add(t.key("second_language.test"), "err_like_first_language_second", q(a.SecondLanguage.Test), languageOf(r, &a.SecondLanguage), q(a.FirstLanguage.Test))
		}
	}
	notBeforeBirth(t, a.BirthDate, "eca_date", a.ECADate)
	notBeforeBirth(t, a.BirthDate, "first_language.date", a.FirstLanguage.Date)
	notBeforeBirth(t, a.BirthDate, "second_language.date", a.SecondLanguage.Date)
	a.Residences = readResidences(t, a.BirthDate)
	if n := p.familyListed(); a.FamilySize > 0 && a.FamilySize < n && p.Children.Len() > 0 {
		t.d.add(t.key("family_size"), "err_but_profile_lists_people", a.FamilySize, n, p.Children.Len(), n)
	}
	t.done(applicantKeys...)
}

// WorkYearsProblems checks the years of work of a against each other, as a profile file is read
// (for the wizard too): work in Canada and outside it in the same last 10 years adds up to at most
// 10, and work in a skilled trade in the last 5 years is skilled work in the last 10. Each problem
// has its key under [applicant] and no file.
func WorkYearsProblems(a *Applicant) []Problem {
	var out []Problem
	skilled := a.CanadianWorkYears + a.ForeignWorkYears
	if skilled > WorkWindowYears {
		out = append(out, Problem{Key: "foreign_work_years"}.says("err_work_years_over_window",
			yearsTold(a.CanadianWorkYears), a.ForeignWorkYears, skilled, WorkWindowYears, WorkWindowYears))
	}
	if a.TradeWorkYearsLast5 > skilled {
		out = append(out, Problem{Key: "trade_work_years_last_5"}.says("err_trade_years_over_skilled",
			a.TradeWorkYearsLast5, a.CanadianWorkYears, a.ForeignWorkYears, TradeWindowYears, WorkWindowYears))
	}
	return out
}

// readBirthDate reads birth_date in the range of BirthDateRange.
func readBirthDate(t *table) time.Time {
	lo, hi := BirthDateRange(today())
	return t.dateIn("birth_date", true, lo, hi, msg("err_what_birth_date"))
}

// notBeforeBirth reports a date of the applicant's (key, under t) that is before their birth date.
func notBeforeBirth(t *table, birth time.Time, key string, d time.Time) {
	if !birth.IsZero() && !d.IsZero() && d.Before(birth) {
		t.d.add(t.key(key), "err_before_birth_date", d.Format(time.DateOnly), birth.Format(time.DateOnly))
	}
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
			t.d.add(t.key("date"), passOn, err)
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
				t.d.add(t.key(a.String()), passOn, err)
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
		return p, Problems{Problem{File: label}.says("err_set_want_key_value")}
	}
	if !utf8.ValidString(assignment) {
		// A profile file is UTF-8 (TOML): a value it cannot hold is not taken.
		return p, Problems{Problem{File: strings.ToValidUTF8(label, "\uFFFD"), Key: strings.ToValidUTF8(key, "\uFFFD")}.says("err_not_utf8")}
	}
	var m map[string]any
	if _, err := toml.Decode(string(EncodeProfile(&p)), &m); err != nil {
		return p, errorf("err_key_pass", label, err)
	}
	parts := strings.Split(key, ".")
	for _, part := range parts {
		if part == "" {
			return p, Problems{Problem{File: label, Key: key}.says("err_set_empty_part")}
		}
	}
	cur := m
	wholeJob := false // the key names a whole job, applicant.jobs.N: set from an inline table
	for i := 0; i < len(parts)-1; i++ {
		part := parts[i]
		if part == "jobs" && i == len(parts)-2 {
			if err := setJobRow(cur, label, parts, strings.TrimSpace(value)); err != nil {
				return p, err
			}
			wholeJob = true
			break
		}
		next, ok := cur[part]
		if !ok && part == "jobs" && i+2 < len(parts) {
			next, ok = []map[string]any{}, true
		}
		if !ok {
			nm := map[string]any{}
			cur[part] = nm
			cur = nm
			continue
		}
		if rows, isRows := next.([]map[string]any); isRows && i+2 < len(parts) {
			row, err := jobRow(label, parts[:i+2], rows)
			if err != nil {
				return p, err
			}
			if row == len(rows) {
				rows = append(rows, map[string]any{})
				cur[part] = rows
			}
			cur = rows[row]
			i++
			continue
		}
		nm, isMap := next.(map[string]any)
		if !isMap {
			return p, Problems{Problem{File: label, Key: strings.Join(parts[:i+1], ".")}.says("err_set_not_table")}
		}
		cur = nm
	}
	last := parts[len(parts)-1]
	value = strings.TrimSpace(value)
	switch {
	case wholeJob:
	case value == "":
		delete(cur, last)
	default:
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
	if value != "" {
		spouseAgeKeys(m, key)
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
		case "jobs":
			for _, s := range jobKeys {
				out = append(out, "applicant.jobs.N."+s)
			}
		default:
			out = append(out, "applicant."+k)
		}
	}
	out = append(out, "spouse.education", "spouse.canadian_work_years", "spouse.studied_in_canada")
	out = append(out, spousePrincipalKeys()...)
	for _, s := range jobKeys {
		out = append(out, "spouse.jobs.N."+s)
	}
	for _, s := range []string{"test", "date", "listening", "reading", "writing", "speaking"} {
		out = append(out, "spouse.language."+s)
	}
	sort.Strings(out)
	return out
}
