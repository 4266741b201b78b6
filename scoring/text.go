package scoring

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/eewizard/eewizard/plural"
)

// Title is the section's name in IRCC's words.
func (s Section) Title() string {
	return [NumSections]string{
		"A. Core / human capital",
		"B. Spouse or common-law partner",
		"C. Skill transferability",
		"D. Additional points",
	}[s]
}

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

func level(french bool, n int) string {
	name := "CLB"
	if french {
		name = "NCLC"
	}
	if n < 0 {
		return "no result"
	}
	if n == 0 {
		return "below " + name + " 4"
	}
	return name + " " + strconv.Itoa(n)
}

func years(n int) string { return plural.Count(n, "year", "years") }

// Label says what a line was scored on, in plain words: "Speaking CLB 9", "Age 33".
func (l Line) Label() string {
	if l.IsCap() {
		// "Education group capped at 50 (100 before the cap)"
		return fmt.Sprintf("%s capped at %d (%d before the cap)", strings.TrimSuffix(l.Factor.Title(), " cap"), l.Cap, l.Level)
	}
	switch l.Factor {
	case FactorAge:
		return "Age " + strconv.Itoa(l.Level)
	case FactorEducation, FactorSpouseEducation:
		return "Education: " + Education(l.Level).Title()
	case FactorFirstLanguage, FactorSecondLanguage, FactorSpouseLanguage:
		return l.Ability.Title() + " " + level(l.French, l.Level)
	case FactorCanadianWork, FactorSpouseCanadianWork:
		return "Canadian work: " + years(l.Level)
	case FactorEducationLanguage:
		return fmt.Sprintf("Education (%s) + language (lowest %s)", Education(l.Level), level(l.French, l.Level2))
	case FactorEducationCanadianWork:
		return fmt.Sprintf("Education (%s) + Canadian work (%s)", Education(l.Level), years(l.Level2))
	case FactorForeignLanguage:
		return fmt.Sprintf("Foreign work (%s) + language (lowest %s)", years(l.Level), level(l.French, l.Level2))
	case FactorForeignCanadianWork:
		return fmt.Sprintf("Foreign work (%s) + Canadian work (%s)", years(l.Level), years(l.Level2))
	case FactorCertificate:
		return fmt.Sprintf("Certificate of qualification + language (lowest %s)", level(l.French, l.Level2))
	case FactorNomination:
		return "Provincial or territorial nomination"
	case FactorJobOffer:
		if l.Points == 0 {
			return "Job offer (" + JobOffer(l.Level).String() + "): no CRS points for job offers on this date"
		}
		return "Job offer (" + JobOffer(l.Level).String() + ")"
	case FactorSibling:
		return "Brother or sister in Canada (citizen or PR)"
	case FactorFrench:
		if l.Level2 > 0 {
			return fmt.Sprintf("French %s in all four, English CLB %d+ in all four", level(true, l.Level), l.Level2)
		}
		return fmt.Sprintf("French %s in all four, English CLB 4 or lower or none", level(true, l.Level))
	case FactorCanadianStudy:
		if CanadianEducation(l.Level) == CanadianThreeYearOrMore {
			return "Canadian post-secondary credential, three years or longer"
		}
		return "Canadian post-secondary credential, one or two years"
	}
	return l.Factor.Key()
}

// Group names the factor a per-ability line belongs to ("First official language"), or "".
func (l Line) Group() string {
	switch l.Factor {
	case FactorFirstLanguage:
		return "First official language"
	case FactorSecondLanguage:
		return "Second official language"
	case FactorSpouseLanguage:
		return "Spouse's official language"
	}
	return ""
}

// String is the line as "Speaking CLB 9: 31".
func (l Line) String() string {
	if g := l.Group(); g != "" {
		return fmt.Sprintf("%s, %s: %d", g, strings.ToLower(l.Label()[:1])+l.Label()[1:], l.Points)
	}
	return fmt.Sprintf("%s: %d", l.Label(), l.Points)
}

// Label names the grid line in plain words: "Age 33".
func (g GridLine) Label() string {
	switch g.Factor {
	case GridLanguage:
		return "Language, first official (lowest " + level(g.French, g.Level) + ")"
	case GridSecondLanguage:
		if g.French {
			return "Language, second official (NCLC 5+ in all four)"
		}
		return "Language, second official (CLB 5+ in all four)"
	case GridEducation:
		return "Education: " + Education(g.Level).Title()
	case GridExperience:
		return "Experience: " + years(g.Level) + " skilled"
	case GridAge:
		return "Age " + strconv.Itoa(g.Level)
	case GridArranged:
		return "Arranged employment"
	case GridAdaptSpouseLanguage:
		return "Adaptability: spouse's language CLB 4+"
	case GridAdaptStudy:
		return "Adaptability: your study in Canada"
	case GridAdaptSpouseStudy:
		return "Adaptability: spouse's study in Canada"
	case GridAdaptWork:
		return "Adaptability: your skilled work in Canada"
	case GridAdaptSpouseWork:
		return "Adaptability: spouse's work in Canada"
	case GridAdaptArranged:
		return "Adaptability: arranged employment"
	case GridAdaptRelative:
		return "Adaptability: relative in Canada"
	case GridAdaptCap:
		return fmt.Sprintf("Adaptability capped at %d (%d before the cap)", g.Cap, g.Level)
	}
	return ""
}

// String is the grid line as "Age 33: 12".
func (g GridLine) String() string { return fmt.Sprintf("%s: %d", g.Label(), g.Points) }

// String says the reason in plain words: "listening CLB 6, FSW needs CLB 7".
func (r Reason) String() string {
	prog := r.Program.Acronym()
	switch r.Code {
	case ReasonNoLanguage:
		return "no first official language result; " + prog + " needs an approved test less than " + years(r.Need) + " old"
	case ReasonLanguageExpired:
		return fmt.Sprintf("first official language result is %s old; results count for %s", years(r.Have), years(r.Need))
	case ReasonLanguageBelow:
		return fmt.Sprintf("%s %s, %s needs %s", r.Ability, level(r.French, r.Have), prog, level(r.French, r.Need))
	case ReasonWorkShort:
		switch r.Program {
		case CEC:
			s := fmt.Sprintf("skilled work in Canada in the last 3 years: %s, CEC needs %s", years(r.Have), years(r.Need))
			if r.Level > 0 {
				s += fmt.Sprintf(" (of %s of skilled work in Canada, none given as in the last 3 years)", years(r.Level))
			}
			return s
		case FST:
			return fmt.Sprintf("work in the skilled trade in the last 5 years: %s, FST needs %s", years(r.Have), years(r.Need))
		}
		return fmt.Sprintf("skilled work in the last 10 years: %s, FSW needs %s of continuous full-time work", years(r.Have), years(r.Need))
	case ReasonTEERNotSkilled:
		return fmt.Sprintf("main occupation is TEER %d, %s needs TEER 0, 1, 2 or 3", r.Have, prog)
	case ReasonNoEducation:
		return "no secondary or higher credential; FSW needs a Canadian credential or a foreign one with an ECA"
	case ReasonECAExpired:
		return fmt.Sprintf("educational credential assessment is %s old; an ECA counts for %s", years(r.Have), years(r.Need))
	case ReasonGridBelowPass:
		return fmt.Sprintf("selection grid %d, FSW needs %d", r.Have, r.Need)
	case ReasonFundsShort:
		people := "people"
		if r.Level == 1 {
			people = "person"
		}
		return fmt.Sprintf("settlement funds %s < %s for %d %s", Dollars(r.Have), Dollars(r.Need), r.Level, people)
	case ReasonNoOfferOrCertificate:
		return "FST needs a job offer in the trade (TEER 0-3 offer) or a certificate of qualification"
	case ReasonLanguageNotYet:
		date, by := r.Dates()
		return fmt.Sprintf("first official language result is dated %s, after %s; a result counts only from the day of the test, and %s needs one",
			date.Format(time.DateOnly), by.Format(time.DateOnly), prog)
	case ReasonECANotYet:
		date, by := r.Dates()
		return fmt.Sprintf("educational credential assessment is dated %s, after %s; FSW needs an ECA issued by then for a foreign credential",
			date.Format(time.DateOnly), by.Format(time.DateOnly))
	case ReasonNotContinuous:
		return fmt.Sprintf("no continuous %s of full-time work (or the same hours part-time) in the primary occupation in the last %s; FSW needs it", years(r.Need), years(r.Have))
	case NoteFundsExempt:
		return "no settlement funds needed: authorized to work in Canada with a qualifying job offer"
	case NoteFundsNotEncoded:
		return "settlement funds not checked: the rules have no funds table for this date"
	case NoteStricterTEER:
		return fmt.Sprintf("TEER of the work not given, so the stricter language minimum applies (CLB/NCLC %d; %d for TEER 2 or 3)", r.Need, r.Have)
	}
	return ""
}

// String says the warning in plain words.
func (w Warning) String() string {
	switch w.Code {
	case WarnFirstLanguageExpired:
		return fmt.Sprintf("first official language result is %s old: results count for %s, so it gives no points", years(w.Have), years(w.Need))
	case WarnSecondLanguageExpired:
		return fmt.Sprintf("second official language result is %s old: results count for %s, so it gives no points", years(w.Have), years(w.Need))
	case WarnSpouseLanguageExpired:
		return fmt.Sprintf("spouse's language result is %s old: results count for %s, so it gives no points", years(w.Have), years(w.Need))
	case WarnECAExpired:
		return fmt.Sprintf("educational credential assessment is %s old: an ECA counts for %s", years(w.Have), years(w.Need))
	case WarnNoFirstLanguage:
		return fmt.Sprintf("no language test result: every program needs one, and language is worth up to %d CRS points", w.Need)
	case WarnNoChart:
		return "a language result is on a test or test date the rules have no equivalency chart for, so it gives no points"
	case WarnFirstLanguageNotYet, WarnSecondLanguageNotYet, WarnSpouseLanguageNotYet:
		what := map[WarningCode]string{WarnFirstLanguageNotYet: "first official language", WarnSecondLanguageNotYet: "second official language",
			WarnSpouseLanguageNotYet: "spouse's language"}[w.Code]
		date, by := w.Dates()
		return fmt.Sprintf("%s result (%s) is dated %s, after %s, the day scored: a result counts only from the day of the test, so it gives no points",
			what, w.Test, date.Format(time.DateOnly), by.Format(time.DateOnly))
	case WarnECANotYet:
		date, by := w.Dates()
		return fmt.Sprintf("educational credential assessment is dated %s, after %s, the day scored: it does not exist yet on that day, so FSW cannot count it",
			date.Format(time.DateOnly), by.Format(time.DateOnly))
	case WarnSpouseNotScored:
		return "spouse answers are not scored: the spouse is not coming, is a Canadian citizen or PR, or there is no spouse"
	}
	return ""
}

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
