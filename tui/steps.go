package tui

import (
	"errors"
	"strings"
	"time"
	"unicode"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// stepID names a step of the wizard, in the order they are asked.
type stepID int

// The steps of the wizard.
const (
	stepAbout stepID = iota
	stepEducation
	stepFirstLanguage
	stepSecondLanguage
	stepWork
	stepOffer
	stepOther
	stepSpouse
	numSteps
)

// step is one step of the wizard: its title, when it applies, and the profile keys it asks.
type step struct {
	title   string              // the id of its title in the catalogue: wiz_step_<title>
	applies func(d *draft) bool // nil: always
	keys    []string            // profile keys (or key prefixes, for language tables) it asks
}

var steps = [numSteps]step{
	stepAbout: {title: "about",
		keys: []string{keyName, keyBirth, keyMarital, keySpouseComing, keySpouseCanadian}},
	stepEducation: {title: "education",
		keys: []string{keyEducation, keyCanadianEducation, keyECADate}},
	stepFirstLanguage: {title: "first_language",
		keys: []string{keyFirst}},
	stepSecondLanguage: {title: "second_language",
		applies: func(d *draft) bool { return d.First.Test != "" },
		keys:    []string{keySecond}},
	stepWork: {title: "work",
		keys: []string{keyCanadianYears, keyCanadianLast3, keyForeignYears, keyTEER, keyTradeYears, keyCertificate}},
	stepOffer: {title: "offer",
		keys: []string{keyJobOffer, keyNomination}},
	stepOther: {title: "other",
		keys: []string{keySibling, keyRelative, keyFamilySize, keyFunds, keyWorkAuthorized, keyStudied}},
	stepSpouse: {title: "spouse",
		applies: (*draft).spouseCounts,
		keys:    []string{keySpouseEducation, keySpouseYears, keySpouseStudied, keySpouseLanguage, keySpouseBirth}},
}

// String is the step's title in English.
func (s stepID) String() string { return s.TitleIn(i18n.For(i18n.En)) }

// TitleIn is the step's title in p's language.
func (s stepID) TitleIn(p *i18n.Printer) string { return p.T("wiz_step_"+steps[s].title, nil) }

// applies reports whether the step is asked for these answers.
func (s stepID) applies(d *draft) bool { return steps[s].applies == nil || steps[s].applies(d) }

// stepOf returns the step that asks a profile key.
func stepOf(key string) stepID {
	for id, s := range steps {
		for _, k := range s.keys {
			if key == k || strings.HasPrefix(key, k+".") {
				return stepID(id)
			}
		}
	}
	return stepAbout
}

// applicable lists the steps asked for these answers, in order.
func applicable(d *draft) []stepID {
	out := make([]stepID, 0, numSteps)
	for id := stepID(0); id < numSteps; id++ {
		if id.applies(d) {
			out = append(out, id)
		}
	}
	return out
}

// page is one screenful of a step: a huh group, hidden while hide says so.
type page struct {
	fields []huh.Field
	hide   func() bool // nil: always shown
}

// formBuilder builds the huh fields of a step, bound to the draft. A form is built fresh on every
// visit (a completed huh form cannot be reopened); the answers live in the draft.
type formBuilder struct {
	p          *i18n.Printer // the language of the questions
	d          *draft
	r          *scoring.Rules
	today      time.Time
	accessible bool // titles carry the help, which accessible mode would not read out otherwise
	present    bool // presentation mode: the name field is masked, and accessible mode does not read it out
}

// pages returns the pages of a step.
func (b *formBuilder) pages(id stepID) []page {
	if b.p == nil {
		b.p = i18n.For(i18n.En)
	}
	d, p := b.d, b.p
	switch id {
	case stepAbout:
		return []page{
			{fields: []huh.Field{
				b.name(&d.Name),
				b.input(keyBirth, p.T("wiz_q_birth", nil),
					p.T("wiz_h_birth", nil), &d.Birth,
					func(s string) error { _, _, err := parseBirth(s, b.today); return err }, ""),
				choose(b, keyMarital, p.T("wiz_q_marital", nil),
					p.T("wiz_h_marital", nil),
					&d.Marital, maritalOptionsIn(p)...),
			}},
			{hide: func() bool { return !d.hasPartner() }, fields: []huh.Field{
				b.yesNo(keySpouseComing, p.T("wiz_q_spouse_coming", nil),
					p.T("wiz_h_spouse_coming", nil), &d.SpouseComing),
				b.yesNo(keySpouseCanadian, p.T("wiz_q_spouse_canadian", nil),
					p.T("wiz_h_spouse_canadian", nil), &d.SpouseCanadian),
			}},
		}
	case stepEducation:
		return []page{
			{fields: []huh.Field{
				choose(b, keyEducation, p.T("wiz_q_education", nil),
					p.T("wiz_h_education", nil),
					&d.Education, educationOptionsIn(p)...),
			}},
			{fields: []huh.Field{
				chooseChecked(b, keyCanadianEducation, p.T("wiz_q_canadian_education", nil),
					p.T("wiz_h_canadian_education", nil),
					&d.CanadianEducation, func(c scoring.CanadianEducation) error { return checkCanadianEducation(d.Education, c) },
					canadianEducationOptionsIn(p)...),
				b.input(keyECADate, p.T("wiz_q_eca_date", nil),
					p.T("wiz_h_eca_date", nil), &d.ECADate,
					func(s string) error { _, err := parseDate(s, "ECA date", b.today); return err }, ""),
			}},
		}
	case stepFirstLanguage:
		return b.languagePages(&d.First, keyFirst, p.T("wiz_q_first_test", nil),
			p.T("wiz_h_first_test", i18n.Args{"Years": yearsIn(p, b.r.Timing.LanguageValidYears)}),
			append([]huh.Option[string]{huh.NewOption(p.T("wiz_opt_none_yet", nil), "")}, b.testOptions("")...))
	case stepSecondLanguage:
		other := b.testOptions(testLanguage(b.r, d.First.Test))
		if checkSecondTest(b.r, d.First.Test, d.Second.Test) != nil {
			d.Second.Test = "" // the first language changed to the second's: that result cannot count
		}
		return b.languagePages(&d.Second, keySecond, p.T("wiz_q_second_test", nil),
			p.T("wiz_h_second_test", nil),
			append([]huh.Option[string]{huh.NewOption(p.T("wiz_opt_no", nil), "")}, other...))
	case stepWork:
		if d.hasJobs() {
			return b.workHistoryPages(d)
		}
		return []page{
			{fields: []huh.Field{
				b.years(keyCanadianYears, p.T("wiz_q_canadian_years", nil),
					p.T("wiz_h_canadian_years", nil), &d.CanadianYears, maxYears),
			}},
			// Asked only when there is Canadian work: with none, none of it is in the last 3 years.
			{hide: func() bool { return d.canadianYears() == 0 }, fields: []huh.Field{
				b.input(keyCanadianLast3, p.T("wiz_q_canadian_last3", nil),
					p.T("wiz_h_canadian_last3", nil),
					&d.CanadianLast3, func(s string) error { return checkLast3(s, d) }, ""),
			}},
			{fields: []huh.Field{
				b.years(keyForeignYears, p.T("wiz_q_foreign_years", nil),
					p.T("wiz_h_foreign_years", nil), &d.ForeignYears, maxYears),
				choose(b, keyTEER, p.T("wiz_q_teer", nil),
					p.T("wiz_h_teer", nil),
					&d.TEER, teerOptionsIn(p)...),
			}},
			{fields: []huh.Field{
				b.years(keyTradeYears, p.T("wiz_q_trade_years", nil),
					p.T("wiz_h_trade_years", nil), &d.TradeYears, 5),
				b.certificate(d),
			}},
		}
	case stepOffer:
		return []page{{fields: []huh.Field{
			choose(b, keyJobOffer, p.T("wiz_q_job_offer", nil),
				p.T("wiz_h_job_offer", nil),
				&d.JobOffer, jobOfferOptionsIn(p)...),
			b.yesNo(keyNomination, p.T("wiz_q_nomination", nil),
				p.T("wiz_h_nomination", nil), &d.Nomination),
		}}}
	case stepOther:
		defaultSize := "1"
		if d.hasPartner() {
			defaultSize = "2"
		}
		return []page{
			{fields: []huh.Field{
				b.yesNo(keySibling, p.T("wiz_q_sibling", nil),
					p.T("wiz_h_sibling", nil), &d.Sibling),
				b.yesNo(keyRelative, p.T("wiz_q_relative", nil),
					p.T("wiz_h_relative", nil), &d.Relative),
				b.input(keyFamilySize, p.T("wiz_q_family_size", nil),
					p.T("wiz_h_family_size", i18n.Args{"Default": defaultSize}),
					&d.FamilySize, func(s string) error { _, err := parseFamilySize(s, d.hasPartner()); return err }, defaultSize),
			}},
			{fields: []huh.Field{
				b.input(keyFunds, p.T("wiz_q_funds", nil),
					p.T("wiz_h_funds", nil), &d.Funds,
					func(s string) error { _, err := parseDollars(s); return err }, "0"),
				b.yesNo(keyWorkAuthorized, p.T("wiz_q_work_authorized", nil),
					p.T("wiz_h_work_authorized", nil), &d.WorkAuthorized),
				b.yesNo(keyStudied, p.T("wiz_q_studied", nil),
					p.T("wiz_h_studied", nil), &d.Studied),
			}},
		}
	case stepSpouse:
		fields := []huh.Field{
			choose(b, keySpouseEducation, p.T("wiz_q_spouse_education", nil),
				p.T("wiz_h_spouse_education", nil),
				&d.SpouseEducation, educationOptionsIn(p)...),
		}
		if !d.spouseJobsMode { // with a list of their jobs, the years are counted from it
			fields = append(fields, b.years(keySpouseYears, p.T("wiz_q_spouse_years", nil),
				p.T("wiz_h_spouse_years", nil), &d.SpouseYears, maxYears))
		}
		fields = append(fields, b.yesNo(keySpouseStudied, p.T("wiz_q_spouse_studied", nil),
			p.T("wiz_h_spouse_studied", nil), &d.SpouseStudied),
			b.spouseBirthField())
		pages := []page{{fields: fields}}
		return append(pages, b.languagePages(&d.SpouseLanguage, keySpouseLanguage, p.T("wiz_q_spouse_test", nil),
			p.T("wiz_h_spouse_test", nil),
			append([]huh.Option[string]{huh.NewOption(p.T("wiz_opt_none", nil), "")}, b.testOptions("")...))...)
	}
	return nil
}

// languagePages asks which test, its date, and the four scores (only when there is a test).
func (b *formBuilder) languagePages(l *language, key, title, help string, tests []huh.Option[string]) []page {
	p, validYears := b.p, b.r.Timing.LanguageValidYears
	scores := make([]huh.Field, 0, scoring.NumAbilities)
	for ab := scoring.Ability(0); ab < scoring.NumAbilities; ab++ {
		scoreHelp := p.T("wiz_h_score", nil)
		if b.accessible && l.Test != "" {
			scoreHelp = scaleWords(chartFor(b.r, l.Test, time.Time{}), ab)
		}
		scores = append(scores, b.input(key+"."+ab.String(), p.T("wiz_q_score", i18n.Args{"Ability": ab.TitleIn(p)}), scoreHelp, &l.Scores[ab],
			func(s string) error {
				date, _ := parseTestDate(b.r, l.Test, l.Date, b.today)
				_, err := parseScore(chartFor(b.r, l.Test, date), ab, s)
				return err
			}, ""))
	}
	date := b.input(key+".date", p.T("wiz_q_test_date", nil),
		p.T("wiz_h_test_date", i18n.Args{"Years": yearsIn(p, validYears)}),
		&l.Date, func(s string) error { _, err := parseTestDate(b.r, l.Test, s, b.today); return err }, "")
	// The date and the scores are asked only when there is a test.
	return []page{
		{fields: []huh.Field{choose(b, key+".test", title, help, &l.Test, tests...)}},
		{hide: func() bool { return l.Test == "" }, fields: append([]huh.Field{date}, scores...)},
	}
}

// checkLast3 checks the years of Canadian work in the last 3 years against the years in the last
// 10 (an empty answer takes those, up to 3).
func checkLast3(s string, d *draft) error {
	_, err := d.canadianLast3(s)
	return err
}

func (b *formBuilder) years(key, title, help string, v *string, most int) *huh.Input {
	return b.input(key, title, help, v, func(s string) error { _, err := parseCount(s, 0, most, "years"); return err }, "0")
}

// input is a text field. check may be nil.
func (b *formBuilder) input(key, title, help string, v *string, check func(string) error, placeholder string) *huh.Input {
	f := huh.NewInput().Key(key).Value(v).Placeholder(placeholder).CharLimit(40)
	if check == nil {
		check = func(string) error { return nil }
	}
	check = b.told(check)
	if !b.accessible {
		return f.Title(title).Description(help).Validate(check)
	}
	// In accessible mode an empty line keeps the value shown (huh's default), so check that value.
	if *v != "" {
		help += b.p.T("wiz_h_enter_keeps", i18n.Args{"Value": *v})
	}
	return f.Title(strings.TrimSuffix(spoken(title, help), ".") + ":").Validate(func(s string) error {
		if strings.TrimSpace(s) == "" {
			s = *v
		}
		return check(s)
	})
}

// name is the name field. In presentation mode the name shows masked (•••) on a shared screen,
// and accessible mode does not read it out; the answer itself stays as it is (typing replaces it
// as ever, and an untouched field keeps it).
func (b *formBuilder) name(v *string) *huh.Input {
	p := b.p
	title, help := p.T("wiz_q_name", nil), p.T("wiz_h_name", nil)
	switch {
	case !b.present:
		return b.input(keyName, title, help, v, nil, "")
	case b.accessible:
		spokenHelp := help
		if *v != "" {
			spokenHelp += p.T("wiz_h_name_keep_present", nil)
		}
		return huh.NewInput().Key(keyName).Value(v).CharLimit(40).Title(strings.TrimSuffix(spoken(title, spokenHelp), ".") + ":")
	}
	return b.input(keyName, title, help+p.T("wiz_h_name_hidden", nil), v, nil, "").EchoMode(huh.EchoModePassword)
}

func (b *formBuilder) yesNo(key, title, help string, v *bool) huh.Field {
	f := huh.NewConfirm().Key(key).Affirmative(b.p.T("wiz_huh_yes", nil)).Negative(b.p.T("wiz_huh_no", nil)).Value(v).WithButtonAlignment(lipgloss.Left)
	if b.accessible {
		return &accessibleYesNo{Confirm: f.Title(spoken(title, help)), title: spoken(title, help), v: v}
	}
	return f.Title(title).Description(help)
}

// spoken is a title and its help as one sentence or two, for accessible mode (which reads out
// only the title).
func spoken(title, help string) string {
	if strings.HasSuffix(title, "?") {
		return title + " " + help
	}
	return title + ". " + help
}

// choose is a list of choices (a function: Go methods cannot have type parameters).
func choose[T comparable](b *formBuilder, key, title, help string, v *T, opts ...huh.Option[T]) huh.Field {
	return chooseChecked(b, key, title, help, v, nil, opts...)
}

// chooseChecked is a list whose choice check allows (nil: any).
func chooseChecked[T comparable](b *formBuilder, key, title, help string, v *T, check func(T) error, opts ...huh.Option[T]) huh.Field {
	f := huh.NewSelect[T]().Key(key).Options(opts...).Value(v)
	if check != nil {
		check = toldIn(b.p, check)
		f.Validate(check)
	}
	if b.accessible {
		return &accessibleList[T]{Select: f.Title(spoken(title, help)), title: spoken(title, help), opts: opts, v: v, check: check, p: b.p}
	}
	return f.Title(title).Description(help)
}

// testOptions lists the tests the rules know, English first; lang "english" or "french" keeps only
// the tests of the other language (for the second official language), "" keeps all.
func (b *formBuilder) testOptions(lang string) []huh.Option[string] {
	var en, fr []huh.Option[string]
	for _, t := range b.r.TestNames() {
		c := chartFor(b.r, t, time.Time{})
		if c == nil || (lang != "" && c.Language == lang) {
			continue
		}
		o := huh.NewOption(capitalize(c.NameIn(b.p)), t)
		if c.French() {
			fr = append(fr, o)
		} else {
			en = append(en, o)
		}
	}
	return append(en, fr...)
}

func maritalOptions() []huh.Option[scoring.MaritalStatus] { return maritalOptionsIn(i18n.For(i18n.En)) }

func maritalOptionsIn(p *i18n.Printer) []huh.Option[scoring.MaritalStatus] {
	return []huh.Option[scoring.MaritalStatus]{
		huh.NewOption(p.T("wiz_opt_single", nil), scoring.Single),
		huh.NewOption(p.T("wiz_opt_married", nil), scoring.Married),
		huh.NewOption(p.T("wiz_opt_common_law", nil), scoring.CommonLaw),
		huh.NewOption(p.T("wiz_opt_divorced", nil), scoring.Divorced),
		huh.NewOption(p.T("wiz_opt_separated", nil), scoring.Separated),
		huh.NewOption(p.T("wiz_opt_widowed", nil), scoring.Widowed),
		huh.NewOption(p.T("wiz_opt_annulled", nil), scoring.Annulled),
	}
}

func educationOptions() []huh.Option[scoring.Education] { return educationOptionsIn(i18n.For(i18n.En)) }

func educationOptionsIn(p *i18n.Printer) []huh.Option[scoring.Education] {
	out := make([]huh.Option[scoring.Education], scoring.NumEducation)
	for e := range out {
		out[e] = huh.NewOption(capitalize(scoring.Education(e).TitleIn(p)), scoring.Education(e))
	}
	return out
}

func canadianEducationOptions() []huh.Option[scoring.CanadianEducation] {
	return canadianEducationOptionsIn(i18n.For(i18n.En))
}

func canadianEducationOptionsIn(p *i18n.Printer) []huh.Option[scoring.CanadianEducation] {
	return []huh.Option[scoring.CanadianEducation]{
		huh.NewOption(p.T("wiz_opt_no", nil), scoring.CanadianNone),
		huh.NewOption(p.T("wiz_opt_cdn_one_two", nil), scoring.CanadianOneOrTwoYear),
		huh.NewOption(p.T("wiz_opt_cdn_three", nil), scoring.CanadianThreeYearOrMore),
	}
}

func teerOptions() []huh.Option[int] { return teerOptionsIn(i18n.For(i18n.En)) }

func teerOptionsIn(p *i18n.Printer) []huh.Option[int] {
	return []huh.Option[int]{
		huh.NewOption(p.T("wiz_opt_teer0", nil), 0),
		huh.NewOption(p.T("wiz_opt_teer1", nil), 1),
		huh.NewOption(p.T("wiz_opt_teer2", nil), 2),
		huh.NewOption(p.T("wiz_opt_teer3", nil), 3),
		huh.NewOption(p.T("wiz_opt_teer4", nil), 4),
		huh.NewOption(p.T("wiz_opt_teer5", nil), 5),
		huh.NewOption(p.T("wiz_opt_teer_unknown", nil), -1),
	}
}

func jobOfferOptions() []huh.Option[scoring.JobOffer] { return jobOfferOptionsIn(i18n.For(i18n.En)) }

func jobOfferOptionsIn(p *i18n.Printer) []huh.Option[scoring.JobOffer] {
	return []huh.Option[scoring.JobOffer]{
		huh.NewOption(p.T("wiz_opt_no", nil), scoring.NoJobOffer),
		huh.NewOption(p.T("wiz_opt_offer_00", nil), scoring.JobOfferMajorGroup00),
		huh.NewOption(p.T("wiz_opt_offer_0to3", nil), scoring.JobOfferTEER0to3),
		huh.NewOption(p.T("wiz_opt_offer_4or5", nil), scoring.JobOfferTEER4or5),
	}
}

func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

func yearsWords(n int) string { return yearsIn(i18n.For(i18n.En), n) }

// yearsIn is "3 years" in p's language.
func yearsIn(p *i18n.Printer, n int) string { return scoring.YearsIn(p, n) }

// hint is the live line under the form for the field being answered: the CLB/NCLC level a score
// gives, the age a birth date gives, the funds a family needs. Every figure comes from the engine
// or the rules. "" when there is nothing to add.
func hint(c *common, s *session, key string) string {
	d, p := &s.draft, c.p
	switch {
	case key == keyBirth:
		if birth, age, err := parseBirth(d.Birth, c.today); err == nil && !birth.IsZero() {
			return p.T("wiz_hint_age_on", i18n.Args{"Date": p.Date(c.today), "Age": s.current.AgeOn(c.today)})
		} else if err == nil {
			return p.T("wiz_hint_age", i18n.Args{"Age": age})
		}
	case key == keyECADate:
		if t, err := parseDate(d.ECADate, "", c.today); err == nil && !t.IsZero() {
			return validUntil(p, p.T("wiz_hint_an_eca", nil), t, c.rules.Timing.ECAValidYears, c.today)
		}
	case key == keyCanadianLast3:
		if strings.TrimSpace(d.CanadianLast3) == "" {
			n, _ := d.canadianLast3("")
			return p.T("wiz_hint_last3_empty", i18n.Args{"Years": yearsIn(p, n), "All": yearsIn(p, d.canadianYears())})
		}
	case key == keyFamilySize || key == keyFunds:
		n := s.current.FamilySize()
		if need, ok := c.rules.FSW.FundsFor(n); ok {
			return p.N("wiz_hint_funds", n, i18n.Args{"Funds": money(p, need)})
		}
	}
	for _, lk := range []struct {
		key string
		l   *language
	}{{keyFirst, &d.First}, {keySecond, &d.Second}, {keySpouseLanguage, &d.SpouseLanguage}} {
		if !strings.HasPrefix(key, lk.key+".") || lk.l.Test == "" {
			continue
		}
		date, dateErr := parseTestDate(c.rules, lk.l.Test, lk.l.Date, c.today)
		if key == lk.key+".date" {
			if dateErr == nil && !date.IsZero() {
				return validUntil(p, p.T("wiz_hint_this_result", nil), date, c.rules.Timing.LanguageValidYears, c.today)
			}
			return ""
		}
		for ab := scoring.Ability(0); ab < scoring.NumAbilities; ab++ {
			if key == lk.key+"."+ab.String() {
				return scoreHint(p, chartFor(c.rules, lk.l.Test, date), ab, lk.l.Scores[ab])
			}
		}
	}
	return ""
}

// scoreHint says what a typed score gives: "IELTS General Training listening 8.5 = CLB 10", or what
// the test allows while the score is empty or impossible.
func scoreHint(p *i18n.Printer, chart *scoring.Chart, ab scoring.Ability, typed string) string {
	if chart == nil {
		return ""
	}
	v, err := parseScore(chart, ab, typed)
	if err != nil || strings.TrimSpace(typed) == "" {
		return scaleWordsIn(p, chart, ab)
	}
	lvl := chart.Level(ab, v)
	if lvl == 0 {
		return p.T("wiz_hint_score_below", i18n.Args{"Test": chart.NameIn(p), "Ability": ab.NameIn(p), "Score": numIn(p, v), "Level": chart.LevelName(), "N": chart.Lowest()})
	}
	return p.T("wiz_hint_score", i18n.Args{"Test": chart.NameIn(p), "Ability": ab.NameIn(p), "Score": numIn(p, v), "Level": chart.LevelName(), "N": lvl})
}

func validUntil(p *i18n.Printer, what string, t time.Time, years int, today time.Time) string {
	until := scoring.AddYears(t, years)
	if !today.Before(until) {
		return p.T("wiz_hint_expired", i18n.Args{"What": what, "Years": yearsIn(p, years), "Date": p.Date(until)})
	}
	return p.T("wiz_hint_valid_until", i18n.Args{"What": what, "Years": yearsIn(p, years), "Date": p.Date(until.AddDate(0, 0, -1))})
}

// workHistoryPages is the work step after its list of jobs: the years are counted from the jobs,
// so only the certificate is asked.
func (b *formBuilder) workHistoryPages(d *draft) []page {
	return []page{{fields: []huh.Field{b.certificate(d)}}}
}

// certificate asks for a certificate of qualification, with the work or the work history.
func (b *formBuilder) certificate(d *draft) huh.Field {
	return b.yesNo(keyCertificate, b.p.T("wiz_q_certificate", nil),
		b.p.T("wiz_h_certificate", nil), &d.Certificate)
}

// money is dollars as p writes them: "$15,263" in English (scoring.Dollars), "15 263 $" in French.
func money(p *i18n.Printer, n int) string {
	if p.Lang() == i18n.En {
		return scoring.Dollars(n)
	}
	return p.Money(n)
}

// told makes check's errors speak the builder's language.
func (b *formBuilder) told(check func(string) error) func(string) error { return toldIn(b.p, check) }

// toldIn makes check's errors speak p's language (English: as they are).
func toldIn[T any](p *i18n.Printer, check func(T) error) func(T) error {
	if p == nil || p.Lang() == i18n.En {
		return check
	}
	return func(v T) error {
		if err := check(v); err != nil {
			return errors.New(errIn(p, err))
		}
		return nil
	}
}
