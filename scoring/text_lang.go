package scoring

import (
	"github.com/eewizard/eewizard/i18n"
)

// The engine's words in any language, from the message catalogue (i18n/messages/en, fr), the
// one place they are written: text.go's English X() is XIn(english). testdata/text_en.golden pins
// the English as it was written before the catalogue held it.

// TitleIn is Title in p's language.
func (s Section) TitleIn(p *i18n.Printer) string { return p.T("section_"+s.Key(), nil) }

// TitleIn is Title in p's language.
func (e Education) TitleIn(p *i18n.Printer) string { return p.T("edu_"+e.String(), nil) }

// ShortIn is the level in a word or two: the profile file's name in English ("bachelors"), a
// short title in French ("baccalauréat").
func (e Education) ShortIn(p *i18n.Printer) string { return p.T("edu_short_"+e.String(), nil) }

// TitleIn is Title in p's language ("Listening", "Compréhension de l’oral").
func (a Ability) TitleIn(p *i18n.Printer) string { return p.T("ability_"+a.String(), nil) }

// NameIn is the ability in running text ("listening", "compréhension de l’oral").
func (a Ability) NameIn(p *i18n.Printer) string { return p.T("ability_lower_"+a.String(), nil) }

// AcronymIn is Acronym in p's language ("FSW", "PTQF").
func (id ProgramID) AcronymIn(p *i18n.Printer) string { return p.T("prog_"+id.String(), nil) }

// TitleIn is Title in p's language.
func (id ProgramID) TitleIn(p *i18n.Printer) string { return p.T("prog_title_"+id.String(), nil) }

// levelIn is level in p's language: "CLB 9", "NCLC 9" (French writes NCLC for English tests too).
func levelIn(p *i18n.Printer, french bool, n int) string {
	name := p.T("level_name_english", nil)
	if french {
		name = p.T("level_name_french", nil)
	}
	if n < 0 {
		return p.T("level_none", nil)
	}
	if n == 0 {
		return p.T("level_below", i18n.Args{"Name": name})
	}
	return p.T("level", i18n.Args{"Name": name, "N": n})
}

// YearsIn is "3 years", "1 an", "0 an" in p's language.
func YearsIn(p *i18n.Printer, n int) string { return p.N("years", n, nil) }

// LabelIn is Label in p's language.
func (l Line) LabelIn(p *i18n.Printer) string {
	if l.IsCap() {
		return p.T("cap_"+l.Factor.Key(), i18n.Args{"Cap": l.Cap, "Before": l.Level})
	}
	lv := func(n int) string { return levelIn(p, l.French, n) }
	switch l.Factor {
	case FactorAge:
		return p.T("line_age", i18n.Args{"Age": l.Level})
	case FactorEducation, FactorSpouseEducation:
		return p.T("line_education", i18n.Args{"Title": Education(l.Level).TitleIn(p)})
	case FactorFirstLanguage, FactorSecondLanguage, FactorSpouseLanguage:
		return p.T("line_language", i18n.Args{"Ability": l.Ability.TitleIn(p), "Level": lv(l.Level)})
	case FactorCanadianWork, FactorSpouseCanadianWork:
		return p.T("line_canadian_work", i18n.Args{"Years": YearsIn(p, l.Level)})
	case FactorEducationLanguage:
		return p.T("line_education_language", i18n.Args{"Education": Education(l.Level).ShortIn(p), "Level": lv(l.Level2)})
	case FactorEducationCanadianWork:
		return p.T("line_education_canadian_work", i18n.Args{"Education": Education(l.Level).ShortIn(p), "Years": YearsIn(p, l.Level2)})
	case FactorForeignLanguage:
		return p.T("line_foreign_language", i18n.Args{"Years": YearsIn(p, l.Level), "Level": lv(l.Level2)})
	case FactorForeignCanadianWork:
		return p.T("line_foreign_canadian_work", i18n.Args{"Years": YearsIn(p, l.Level), "Years2": YearsIn(p, l.Level2)})
	case FactorCertificate:
		return p.T("line_certificate", i18n.Args{"Level": lv(l.Level2)})
	case FactorNomination:
		return p.T("line_nomination", nil)
	case FactorJobOffer:
		if l.Points == 0 {
			return p.T("line_job_offer_no_points", i18n.Args{"Offer": JobOffer(l.Level).String()})
		}
		return p.T("line_job_offer", i18n.Args{"Offer": JobOffer(l.Level).String()})
	case FactorSibling:
		return p.T("line_sibling", nil)
	case FactorFrench:
		if l.Level2 > 0 {
			return p.T("line_french_with_english", i18n.Args{"Level": levelIn(p, true, l.Level), "English": l.Level2})
		}
		return p.T("line_french_only", i18n.Args{"Level": levelIn(p, true, l.Level)})
	case FactorCanadianStudy:
		if CanadianEducation(l.Level) == CanadianThreeYearOrMore {
			return p.T("line_study_three_years", nil)
		}
		return p.T("line_study_one_or_two", nil)
	}
	return l.Factor.Key()
}

// GroupIn is Group in p's language.
func (l Line) GroupIn(p *i18n.Printer) string {
	switch l.Factor {
	case FactorFirstLanguage:
		return p.T("group_first_language", nil)
	case FactorSecondLanguage:
		return p.T("group_second_language", nil)
	case FactorSpouseLanguage:
		return p.T("group_spouse_language", nil)
	}
	return ""
}

var gridMessages = map[GridFactor]string{
	GridArranged: "grid_arranged", GridAdaptSpouseLanguage: "grid_adapt_spouse_language", GridAdaptStudy: "grid_adapt_study",
	GridAdaptSpouseStudy: "grid_adapt_spouse_study", GridAdaptWork: "grid_adapt_work", GridAdaptSpouseWork: "grid_adapt_spouse_work",
	GridAdaptArranged: "grid_adapt_arranged", GridAdaptRelative: "grid_adapt_relative",
}

// LabelIn is Label in p's language.
func (g GridLine) LabelIn(p *i18n.Printer) string {
	switch g.Factor {
	case GridLanguage:
		return p.T("grid_language", i18n.Args{"Level": levelIn(p, g.French, g.Level)})
	case GridSecondLanguage:
		name := p.T("level_name_english", nil)
		if g.French {
			name = p.T("level_name_french", nil)
		}
		return p.T("grid_second_language", i18n.Args{"Name": name})
	case GridEducation:
		return p.T("line_education", i18n.Args{"Title": Education(g.Level).TitleIn(p)})
	case GridExperience:
		return p.T("grid_experience", i18n.Args{"Years": YearsIn(p, g.Level)})
	case GridAge:
		return p.T("line_age", i18n.Args{"Age": g.Level})
	case GridAdaptCap:
		return p.T("grid_adapt_cap", i18n.Args{"Cap": g.Cap, "Before": g.Level})
	}
	if id, ok := gridMessages[g.Factor]; ok {
		return p.T(id, nil)
	}
	return ""
}

// TextIn is String in p's language.
func (r Reason) TextIn(p *i18n.Printer) string {
	prog := r.Program.AcronymIn(p)
	y := func(n int) string { return YearsIn(p, n) }
	switch r.Code {
	case ReasonNoLanguage:
		return p.T("reason_no_language", i18n.Args{"Program": prog, "Need": y(r.Need)})
	case ReasonLanguageExpired:
		return p.T("reason_language_expired", i18n.Args{"Have": y(r.Have), "Need": y(r.Need)})
	case ReasonLanguageBelow:
		return p.T("reason_language_below", i18n.Args{"Ability": r.Ability.NameIn(p), "Have": levelIn(p, r.French, r.Have),
			"Program": prog, "Need": levelIn(p, r.French, r.Need)})
	case ReasonWorkShort:
		switch r.Program {
		case CEC:
			s := p.T("reason_cec_work_short", i18n.Args{"Have": y(r.Have), "Need": y(r.Need)})
			if r.Level > 0 {
				s += p.T("reason_cec_work_elsewhen", i18n.Args{"Total": y(r.Level)})
			}
			return s
		case FST:
			return p.T("reason_fst_work_short", i18n.Args{"Have": y(r.Have), "Need": y(r.Need)})
		}
		return p.T("reason_fsw_work_short", i18n.Args{"Have": y(r.Have), "Need": y(r.Need)})
	case ReasonTEERNotSkilled:
		return p.T("reason_teer_not_skilled", i18n.Args{"TEER": r.Have, "Program": prog})
	case ReasonNoEducation:
		return p.T("reason_no_education", nil)
	case ReasonECAExpired:
		return p.T("reason_eca_expired", i18n.Args{"Have": y(r.Have), "Need": y(r.Need)})
	case ReasonGridBelowPass:
		return p.T("reason_grid_below", i18n.Args{"Have": r.Have, "Need": r.Need})
	case ReasonFundsShort:
		return p.N("reason_funds_short", r.Level, i18n.Args{"Have": p.Money(r.Have), "Need": p.Money(r.Need)})
	case ReasonNoOfferOrCertificate:
		return p.T("reason_no_offer_or_certificate", nil)
	case ReasonLanguageNotYet:
		date, by := r.Dates()
		return p.T("reason_language_not_yet", i18n.Args{"Date": p.Date(date), "By": p.Date(by), "Program": prog})
	case ReasonECANotYet:
		date, by := r.Dates()
		return p.T("reason_eca_not_yet", i18n.Args{"Date": p.Date(date), "By": p.Date(by)})
	case ReasonNotContinuous:
		return p.T("reason_not_continuous", i18n.Args{"Need": y(r.Need), "Have": y(r.Have)})
	case NoteFundsExempt:
		return p.T("note_funds_exempt", nil)
	case NoteFundsNotEncoded:
		return p.T("note_funds_not_encoded", nil)
	case NoteStricterTEER:
		return p.T("note_stricter_teer", i18n.Args{"Need": r.Need, "Have": r.Have})
	}
	return ""
}

var warnExpired = map[WarningCode]string{
	WarnFirstLanguageExpired: "warn_first_language_expired", WarnSecondLanguageExpired: "warn_second_language_expired",
	WarnSpouseLanguageExpired: "warn_spouse_language_expired", WarnECAExpired: "warn_eca_expired",
}

var warnWhat = map[WarningCode]string{
	WarnFirstLanguageNotYet: "warn_what_first_language", WarnSecondLanguageNotYet: "warn_what_second_language",
	WarnSpouseLanguageNotYet: "warn_what_spouse_language",
}

// TextIn is String in p's language.
func (w Warning) TextIn(p *i18n.Printer) string {
	if id, ok := warnExpired[w.Code]; ok {
		return p.T(id, i18n.Args{"Have": YearsIn(p, w.Have), "Need": YearsIn(p, w.Need)})
	}
	if id, ok := warnWhat[w.Code]; ok {
		date, by := w.Dates()
		return p.T("warn_language_not_yet", i18n.Args{"What": p.T(id, nil), "Test": w.Test, "Date": p.Date(date), "By": p.Date(by)})
	}
	switch w.Code {
	case WarnNoFirstLanguage:
		return p.T("warn_no_first_language", i18n.Args{"Need": w.Need})
	case WarnNoChart:
		return p.T("warn_no_chart", nil)
	case WarnECANotYet:
		date, by := w.Dates()
		return p.T("warn_eca_not_yet", i18n.Args{"Date": p.Date(date), "By": p.Date(by)})
	case WarnSpouseNotScored:
		return p.T("warn_spouse_not_scored", nil)
	}
	return ""
}

// jobWhyIDs are the messages of the reasons work.go gives a job that does not count
// (JobCount.Why, written there as literals so that counting allocates nothing).
var jobWhyIDs = []string{"work_why_not_skilled", "work_why_not_authorized", "work_why_self_employed",
	"work_why_student", "work_why_outside_window"}

// JobWhyIn is a JobCount.Why in p's language; a reason it does not know stays as it is.
func JobWhyIn(p *i18n.Printer, why string) string {
	for _, id := range jobWhyIDs {
		if english.T(id, nil) == why {
			return p.T(id, nil)
		}
	}
	return why
}
