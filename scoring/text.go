package scoring

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/plural"
)

// The engine's texts in English are the English catalogue's (i18n/messages/en), the one place their
// words are written; text_lang.go builds them in any language. This file keeps the English-only
// names (X() for XIn(english)) that the TUI, the reports and the client report call.

// english is the English printer, which X() methods write with.
var english = i18n.For(i18n.En)

// Title is the section's name in IRCC's words, from the English catalogue (i18n/messages/en).
func (s Section) Title() string { return s.TitleIn(english) }

// Key is the section's short name for JSON ("core").
func (s Section) Key() string {
	return [NumSections]string{"core", "spouse", "transferability", "additional"}[s]
}

var factorKeys = [NumFactors]string{
	"age", "education", "first_language", "second_language", "second_language_cap", "canadian_work", "core_cap",
	"spouse_education", "spouse_language", "spouse_canadian_work", "spouse_cap",
	"education_language", "education_canadian_work", "education_group_cap", "foreign_work_language",
	"foreign_work_canadian_work", "foreign_work_group_cap", "certificate_language", "certificate_group_cap", "transferability_cap",
	"provincial_nomination", "job_offer", "sibling", "french", "canadian_education", "additional_cap",
}

var factorTitles = [NumFactors]string{
	"Age", "Education", "First official language", "Second official language", "Second language cap", "Canadian work", "Core cap",
	"Spouse's education", "Spouse's language", "Spouse's Canadian work", "Spouse factors cap",
	"Education + language", "Education + Canadian work", "Education group cap", "Foreign work + language",
	"Foreign work + Canadian work", "Foreign work group cap", "Certificate + language", "Certificate group cap", "Skill transferability cap",
	"Provincial nomination", "Job offer", "Sibling in Canada", "French", "Canadian study", "Additional points cap",
}

// Title is the factor's short name for people ("Education + language").
func (f Factor) Title() string { return factorTitles[f] }

// Key is the factor's short name for JSON ("first_language").
func (f Factor) Key() string { return factorKeys[f] }

func years(n int) string { return plural.Count(n, "year", "years") }

// Label says what a line was scored on, in plain words: "Speaking CLB 9", "Age 33".
func (l Line) Label() string { return l.LabelIn(english) }

// Group names the factor a per-ability line belongs to ("First official language"), or "".
func (l Line) Group() string { return l.GroupIn(english) }

// String is the line as "Speaking CLB 9: 31".
func (l Line) String() string {
	if g := l.Group(); g != "" {
		return fmt.Sprintf("%s, %s: %d", g, strings.ToLower(l.Label()[:1])+l.Label()[1:], l.Points)
	}
	return fmt.Sprintf("%s: %d", l.Label(), l.Points)
}

// Label names the grid line in plain words: "Age 33".
func (g GridLine) Label() string { return g.LabelIn(english) }

// String is the grid line as "Age 33: 12".
func (g GridLine) String() string { return fmt.Sprintf("%s: %d", g.Label(), g.Points) }

// String says the reason in plain words: "listening CLB 6, FSW needs CLB 7".
func (r Reason) String() string { return r.TextIn(english) }

// String says the warning in plain words.
func (w Warning) String() string { return w.TextIn(english) }

// Dollars formats whole dollars as "$19,001".
func Dollars(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-$" + b.String()
	}
	return "$" + b.String()
}
