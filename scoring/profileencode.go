package scoring

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// entry is one key of a profile file as EncodeProfile writes it.
type entry struct {
	table string // "" for the top, "applicant", "applicant.first_language", "spouse", ...
	key   string
	val   any // string, int64, bool, float64 or time.Time (a date)
	def   any // what the key's absence means to ReadProfile; nil when it has no default
}

func (e *entry) path() string { return joinKey(e.table, e.key) }

func joinKey(table, key string) string {
	if table == "" {
		return key
	}
	return table + "." + key
}

// profileEntries lists the keys of a profile file in the order EncodeProfile writes them, with the
// tables (sections) it writes, in order.
func profileEntries(p *Profile) (entries []entry, tables []string) {
	add := func(table, key string, val, def any) {
		if len(tables) == 0 || tables[len(tables)-1] != table {
			tables = append(tables, table)
		}
		entries = append(entries, entry{table: table, key: key, val: val, def: def})
	}
	i := func(n int) int64 { return int64(n) }
	if p.Name != "" {
		add("", "name", p.Name, nil)
	}
	a := &p.Applicant
	const app = "applicant"
	tables = append(tables, app) // always written, even with no key
	if !a.BirthDate.IsZero() {
		add(app, "birth_date", a.BirthDate, nil)
	} else {
		add(app, "age", i(a.Age), nil)
	}
	add(app, "marital_status", a.MaritalStatus.String(), nil)
	if a.MaritalStatus.HasPartner() {
		add(app, "spouse_accompanying", a.SpouseAccompanying, true)
		add(app, "spouse_canadian", a.SpouseCanadian, false)
	}
	add(app, "education", a.Education.String(), nil)
	if !a.ECADate.IsZero() {
		add(app, "eca_date", a.ECADate, nil)
	}
	add(app, "canadian_education", a.CanadianEducation.String(), CanadianNone.String())
	jobs := a.Jobs.Len() > 0 // the counts come from the jobs
	if !jobs {
		add(app, "canadian_work_years", i(a.CanadianWorkYears), int64(0))
		add(app, "foreign_work_years", i(a.ForeignWorkYears), int64(0))
	}
	if a.TEER >= 0 && !jobs {
		add(app, "teer", i(a.TEER), nil)
	}
	add(app, "certificate_of_qualification", a.Certificate, false)
	add(app, "job_offer", a.JobOffer.String(), NoJobOffer.String())
	add(app, "provincial_nomination", a.Nomination, false)
	add(app, "sibling_in_canada", a.SiblingInCanada, false)
	if !jobs {
		add(app, "canadian_work_years_last_3", i(a.CanadianWorkYearsLast3), int64(0))
		add(app, "trade_work_years_last_5", i(a.TradeWorkYearsLast5), int64(0))
	}
	add(app, "settlement_funds", i(a.SettlementFunds), int64(0))
	if a.FamilySize > 0 {
		add(app, "family_size", i(a.FamilySize), nil)
	}
	add(app, "work_authorized", a.WorkAuthorized, false)
	add(app, "relative_in_canada", a.RelativeInCanada, false)
	add(app, "studied_in_canada", a.StudiedInCanada, false)
	if a.PrimaryNOC != "" {
		add(app, "primary_noc", a.PrimaryNOC, nil)
	}
	lang := func(table string, l *Language) {
		if !l.Given() {
			return
		}
		add(table, "test", l.Test, nil)
		if !l.Date.IsZero() {
			add(table, "date", l.Date, nil)
		}
		for ab := Ability(0); ab < NumAbilities; ab++ {
			add(table, ab.String(), l.Scores[ab], nil)
		}
	}
	lang("applicant.first_language", &a.FirstLanguage)
	lang("applicant.second_language", &a.SecondLanguage)
	if !p.Spouse.empty() {
		add("spouse", "education", p.Spouse.Education.String(), EducationNone.String())
		if p.Spouse.Jobs.Len() == 0 {
			add("spouse", "canadian_work_years", i(p.Spouse.CanadianWorkYears), int64(0))
		}
		add("spouse", "studied_in_canada", p.Spouse.StudiedInCanada, false)
		spousePrincipalEntries(add, "spouse", &p.Spouse)
		lang("spouse.language", &p.Spouse.Language)
		lang("spouse.second_language", &p.Spouse.Principal.SecondLanguage)
	}
	return entries, tables
}

// EncodeProfile writes a profile in the profile-file format, as a new file: every key in the
// README's order, a blank line between tables. Reading the result back gives the same profile. To
// save over a file a person may have written, keeping its comments and layout, use EditProfile.
func EncodeProfile(p *Profile) []byte {
	var b bytes.Buffer
	entries, _ := profileEntries(p)
	table := ""
	for i := range entries {
		e := &entries[i]
		if e.table != table {
			if b.Len() > 0 {
				b.WriteString("\n")
			}
			b.WriteString("[" + e.table + "]\n")
			table = e.table
		}
		b.WriteString(e.key + " = " + tomlValue(e.val) + "\n")
	}
	encodeJobs(&b, "applicant.jobs", p.Applicant.Jobs.All())
	encodeJobs(&b, "spouse.jobs", p.Spouse.Jobs.All())
	encodeResidences(&b, "applicant.residences", p.Applicant.Residences.All())
	encodeResidences(&b, "spouse.residences", p.Spouse.Residences.All())
	encodeChildren(&b, p.Children.All())
	return b.Bytes()
}

// tomlValue writes one value as TOML. Strings are escaped by the TOML encoder (every control
// character as \uXXXX), after any bytes that are not UTF-8 are replaced by U+FFFD, which TOML can
// hold: so every string reads back as written.
func tomlValue(v any) string {
	switch x := v.(type) {
	case string:
		var b bytes.Buffer
		if err := toml.NewEncoder(&b).Encode(map[string]string{"v": strings.ToValidUTF8(x, string(utf8.RuneError))}); err != nil {
			return strconv.Quote(x) // not reached: a map of one string always encodes
		}
		return strings.TrimSuffix(strings.TrimPrefix(b.String(), "v = "), "\n")
	case time.Time:
		return x.Format("2006-01-02")
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	}
	panic("tomlValue: unexpected type") // profileEntries writes only the types above
}
