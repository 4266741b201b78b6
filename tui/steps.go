package tui

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/eewizard/eewizard/plural"
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
	title   string
	applies func(d *draft) bool // nil: always
	keys    []string            // profile keys (or key prefixes, for language tables) it asks
}

var steps = [numSteps]step{
	stepAbout: {title: "About you",
		keys: []string{keyName, keyBirth, keyMarital, keySpouseComing, keySpouseCanadian}},
	stepEducation: {title: "Education",
		keys: []string{keyEducation, keyCanadianEducation, keyECADate}},
	stepFirstLanguage: {title: "First official language",
		keys: []string{keyFirst}},
	stepSecondLanguage: {title: "Second official language",
		applies: func(d *draft) bool { return d.First.Test != "" },
		keys:    []string{keySecond}},
	stepWork: {title: "Work experience",
		keys: []string{keyCanadianYears, keyCanadianLast3, keyForeignYears, keyTEER, keyTradeYears, keyCertificate}},
	stepOffer: {title: "Job offer and nomination",
		keys: []string{keyJobOffer, keyNomination}},
	stepOther: {title: "Family, funds and ties to Canada",
		keys: []string{keySibling, keyRelative, keyFamilySize, keyFunds, keyWorkAuthorized, keyStudied}},
	stepSpouse: {title: "Your spouse or partner",
		applies: (*draft).spouseCounts,
		keys:    []string{keySpouseEducation, keySpouseYears, keySpouseStudied, keySpouseLanguage, keySpouseBirth}},
}

// String is the step's title.
func (s stepID) String() string { return steps[s].title }

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
	d          *draft
	r          *scoring.Rules
	today      time.Time
	accessible bool // titles carry the help, which accessible mode would not read out otherwise
	present    bool // presentation mode: the name field is masked, and accessible mode does not read it out
}

// pages returns the pages of a step.
func (b *formBuilder) pages(id stepID) []page {
	d := b.d
	switch id {
	case stepAbout:
		return []page{
			{fields: []huh.Field{
				b.name(&d.Name),
				b.input(keyBirth, "Date of birth, or age",
					"YYYY-MM-DD, or your age in whole years. Age points change on each birthday.", &d.Birth,
					func(s string) error { _, _, err := parseBirth(s, b.today); return err }, ""),
				choose(b, keyMarital, "Marital status",
					"As on your application. Common-law: living together for at least 12 months (IRCC: common-law partner).",
					&d.Marital, maritalOptions()...),
			}},
			{hide: func() bool { return !d.hasPartner() }, fields: []huh.Field{
				b.yesNo(keySpouseComing, "Will your spouse or partner come with you to Canada?",
					"Yes if they will immigrate with you (IRCC: accompanying). If not, you are scored as single.", &d.SpouseComing),
				b.yesNo(keySpouseCanadian, "Is your spouse or partner a Canadian citizen or permanent resident?",
					"If yes, you are scored as single: their own factors do not count.", &d.SpouseCanadian),
			}},
		}
	case stepEducation:
		return []page{
			{fields: []huh.Field{
				choose(b, keyEducation, "Highest level of education",
					"Completed: a Canadian credential, or a foreign one with an educational credential assessment (IRCC: ECA).",
					&d.Education, educationOptions()...),
			}},
			{fields: []huh.Field{
				chooseChecked(b, keyCanadianEducation, "Did you earn a post-secondary credential in Canada?",
					"Studied in Canada, full-time, at least 8 months (IRCC: Canadian study experience).",
					&d.CanadianEducation, func(c scoring.CanadianEducation) error { return checkCanadianEducation(d.Education, c) },
					canadianEducationOptions()...),
				b.input(keyECADate, "Date of your ECA (optional)",
					"Issue date of the educational credential assessment. Leave empty for Canadian education or no ECA.", &d.ECADate,
					func(s string) error { _, err := parseDate(s, "ECA date", b.today); return err }, ""),
			}},
		}
	case stepFirstLanguage:
		return b.languagePages(&d.First, keyFirst, "Which language test did you take?",
			fmt.Sprintf("Your strongest of English and French (IRCC: first official language). Results count for %s.",
				yearsWords(b.r.Timing.LanguageValidYears)),
			append([]huh.Option[string]{huh.NewOption("None yet", "")}, b.testOptions("")...))
	case stepSecondLanguage:
		other := b.testOptions(testLanguage(b.r, d.First.Test))
		if checkSecondTest(b.r, d.First.Test, d.Second.Test) != nil {
			d.Second.Test = "" // the first language changed to the second's: that result cannot count
		}
		return b.languagePages(&d.Second, keySecond, "Did you take a test in the other official language?",
			"French if your first is English, English if it is French (IRCC: second official language). It can add points.",
			append([]huh.Option[string]{huh.NewOption("No", "")}, other...))
	case stepWork:
		if d.hasJobs() {
			return b.workHistoryPages(d)
		}
		return []page{
			{fields: []huh.Field{
				b.years(keyCanadianYears, "Years of skilled work in Canada",
					"Paid, full-time or the same in part-time, last 10 years, TEER 0-3 (IRCC: Canadian work experience).", &d.CanadianYears, maxYears),
			}},
			// Asked only when there is Canadian work: with none, none of it is in the last 3 years.
			{hide: func() bool { return d.canadianYears() == 0 }, fields: []huh.Field{
				b.input(keyCanadianLast3, "Of those, years in the last 3 years",
					"Paid, TEER 0-3, with authorization, not as a full-time student (IRCC: Canadian Experience Class). Empty: all of them, up to 3.",
					&d.CanadianLast3, func(s string) error { return checkLast3(s, d) }, ""),
			}},
			{fields: []huh.Field{
				b.years(keyForeignYears, "Years of skilled work outside Canada",
					"Paid, full-time or the same in part-time, last 10 years, TEER 0-3 (IRCC: foreign work experience).", &d.ForeignYears, maxYears),
				choose(b, keyTEER, "Category of your main job",
					"The TEER of its NOC 2021 code (IRCC: Training, Education, Experience and Responsibilities).",
					&d.TEER, teerOptions()...),
			}},
			{fields: []huh.Field{
				b.years(keyTradeYears, "Years of work in a skilled trade, last 5 years",
					"Full-time or the same in part-time, in an eligible trade (IRCC: Federal Skilled Trades experience). 0 to 5.", &d.TradeYears, 5),
				b.certificate(d),
			}},
		}
	case stepOffer:
		return []page{{fields: []huh.Field{
			choose(b, keyJobOffer, "Do you have a job offer in Canada?",
				"Full-time, non-seasonal, at least one year, usually with an LMIA (IRCC: arranged employment).",
				&d.JobOffer, jobOfferOptions()...),
			b.yesNo(keyNomination, "Do you have a provincial or territorial nomination?",
				"A nomination from a Provincial Nominee Program through Express Entry (IRCC: provincial nomination).", &d.Nomination),
		}}}
	case stepOther:
		defaultSize := "1"
		if d.hasPartner() {
			defaultSize = "2"
		}
		return []page{
			{fields: []huh.Field{
				b.yesNo(keySibling, "Do you or your spouse or partner have a brother or sister in Canada?",
					"18 or older, living in Canada, a citizen or permanent resident (IRCC: sibling in Canada).", &d.Sibling),
				b.yesNo(keyRelative, "Any other relative in Canada?",
					"A parent, grandparent, child, grandchild, aunt, uncle, niece or nephew, 18+, citizen or PR (IRCC: relative in Canada).", &d.Relative),
				b.input(keyFamilySize, "How many people are in your family?",
					"You, your spouse or partner and dependent children, even those not coming (IRCC: family members). Empty: "+defaultSize+".",
					&d.FamilySize, func(s string) error { _, err := parseFamilySize(s, d.hasPartner()); return err }, defaultSize),
			}},
			{fields: []huh.Field{
				b.input(keyFunds, "Settlement funds you can show, in Canadian dollars",
					"Money that is yours and not borrowed (IRCC: proof of funds).", &d.Funds,
					func(s string) error { _, err := parseDollars(s); return err }, "0"),
				b.yesNo(keyWorkAuthorized, "Are you authorized to work in Canada now?",
					"For example a valid work permit (IRCC: authorized to work in Canada).", &d.WorkAuthorized),
				b.yesNo(keyStudied, "Have you studied in Canada?",
					"Full-time, at least 2 academic years, post-secondary (IRCC: previous study in Canada).", &d.Studied),
			}},
		}
	case stepSpouse:
		fields := []huh.Field{
			choose(b, keySpouseEducation, "Their highest level of education",
				"A Canadian credential, or a foreign one with an ECA (IRCC: spouse's level of education).",
				&d.SpouseEducation, educationOptions()...),
		}
		if !d.spouseJobsMode { // with a list of their jobs, the years are counted from it
			fields = append(fields, b.years(keySpouseYears, "Their years of skilled work in Canada",
				"Paid, TEER 0-3, last 10 years (IRCC: spouse's Canadian work experience).", &d.SpouseYears, maxYears))
		}
		fields = append(fields, b.yesNo(keySpouseStudied, "Have they studied in Canada?",
			"Full-time, at least 2 academic years, post-secondary (IRCC: spouse's previous study in Canada).", &d.SpouseStudied),
			b.spouseBirthField())
		pages := []page{{fields: fields}}
		return append(pages, b.languagePages(&d.SpouseLanguage, keySpouseLanguage, "Which language test did they take?",
			"English or French; their best result (IRCC: spouse's first official language).",
			append([]huh.Option[string]{huh.NewOption("None", "")}, b.testOptions("")...))...)
	}
	return nil
}

// languagePages asks which test, its date, and the four scores (only when there is a test).
func (b *formBuilder) languagePages(l *language, key, title, help string, tests []huh.Option[string]) []page {
	validYears := b.r.Timing.LanguageValidYears
	scores := make([]huh.Field, 0, scoring.NumAbilities)
	for ab := scoring.Ability(0); ab < scoring.NumAbilities; ab++ {
		scoreHelp := "As on the test report; the level it gives shows below the form."
		if b.accessible && l.Test != "" {
			scoreHelp = scaleWords(chartFor(b.r, l.Test, time.Time{}), ab)
		}
		scores = append(scores, b.input(key+"."+ab.String(), ab.Title()+" score", scoreHelp, &l.Scores[ab],
			func(s string) error {
				date, _ := parseTestDate(b.r, l.Test, l.Date, b.today)
				_, err := parseScore(chartFor(b.r, l.Test, date), ab, s)
				return err
			}, ""))
	}
	date := b.input(key+".date", "Test date (optional)",
		fmt.Sprintf("YYYY-MM-DD, from the test report. Results older than %s do not count.", yearsWords(validYears)),
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
	if !b.accessible {
		return f.Title(title).Description(help).Validate(check)
	}
	// In accessible mode an empty line keeps the value shown (huh's default), so check that value.
	if *v != "" {
		help += " Enter keeps " + *v + "."
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
	const title, help = "Your name (optional)", "Used for the file name when you save; any name will do."
	switch {
	case !b.present:
		return b.input(keyName, title, help, v, nil, "")
	case b.accessible:
		spokenHelp := help
		if *v != "" {
			spokenHelp += " Enter keeps the name given (not read out in presentation mode)."
		}
		return huh.NewInput().Key(keyName).Value(v).CharLimit(40).Title(strings.TrimSuffix(spoken(title, spokenHelp), ".") + ":")
	}
	return b.input(keyName, title, help+" Hidden in presentation mode.", v, nil, "").EchoMode(huh.EchoModePassword)
}

func (b *formBuilder) yesNo(key, title, help string, v *bool) huh.Field {
	f := huh.NewConfirm().Key(key).Affirmative("Yes").Negative("No").Value(v).WithButtonAlignment(lipgloss.Left)
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
		f.Validate(check)
	}
	if b.accessible {
		return &accessibleList[T]{Select: f.Title(spoken(title, help)), title: spoken(title, help), opts: opts, v: v, check: check}
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
		o := huh.NewOption(c.Name, t)
		if c.French() {
			fr = append(fr, o)
		} else {
			en = append(en, o)
		}
	}
	return append(en, fr...)
}

func maritalOptions() []huh.Option[scoring.MaritalStatus] {
	return []huh.Option[scoring.MaritalStatus]{
		huh.NewOption("Single, never married", scoring.Single),
		huh.NewOption("Married", scoring.Married),
		huh.NewOption("Common-law partner", scoring.CommonLaw),
		huh.NewOption("Divorced", scoring.Divorced),
		huh.NewOption("Legally separated", scoring.Separated),
		huh.NewOption("Widowed", scoring.Widowed),
		huh.NewOption("Marriage annulled", scoring.Annulled),
	}
}

func educationOptions() []huh.Option[scoring.Education] {
	out := make([]huh.Option[scoring.Education], scoring.NumEducation)
	for e := range out {
		out[e] = huh.NewOption(capitalize(scoring.Education(e).Title()), scoring.Education(e))
	}
	return out
}

func canadianEducationOptions() []huh.Option[scoring.CanadianEducation] {
	return []huh.Option[scoring.CanadianEducation]{
		huh.NewOption("No", scoring.CanadianNone),
		huh.NewOption("Yes, a one- or two-year credential", scoring.CanadianOneOrTwoYear),
		huh.NewOption("Yes, three years or longer, or a master's, professional or doctoral degree", scoring.CanadianThreeYearOrMore),
	}
}

func teerOptions() []huh.Option[int] {
	return []huh.Option[int]{
		huh.NewOption("TEER 0: management", 0),
		huh.NewOption("TEER 1: usually a university degree", 1),
		huh.NewOption("TEER 2: college diploma or apprenticeship of 2+ years, or supervisor", 2),
		huh.NewOption("TEER 3: college diploma or apprenticeship under 2 years, or 6+ months of training", 3),
		huh.NewOption("TEER 4: high school diploma or several weeks of training", 4),
		huh.NewOption("TEER 5: a short work demonstration, no formal education", 5),
		huh.NewOption("I don't know (the stricter rules apply)", -1),
	}
}

func jobOfferOptions() []huh.Option[scoring.JobOffer] {
	return []huh.Option[scoring.JobOffer]{
		huh.NewOption("No", scoring.NoJobOffer),
		huh.NewOption("Yes, in senior management (NOC major group 00)", scoring.JobOfferMajorGroup00),
		huh.NewOption("Yes, in TEER 0, 1, 2 or 3 (other than major group 00)", scoring.JobOfferTEER0to3),
		huh.NewOption("Yes, in TEER 4 or 5", scoring.JobOfferTEER4or5),
	}
}

func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

func yearsWords(n int) string { return plural.Count(n, "year", "years") }

// hint is the live line under the form for the field being answered: the CLB/NCLC level a score
// gives, the age a birth date gives, the funds a family needs. Every figure comes from the engine
// or the rules. "" when there is nothing to add.
func hint(c *common, s *session, key string) string {
	d := &s.draft
	switch {
	case key == keyBirth:
		if birth, age, err := parseBirth(d.Birth, c.today); err == nil && !birth.IsZero() {
			return fmt.Sprintf("Age on %s: %d", c.today.Format(time.DateOnly), s.current.AgeOn(c.today))
		} else if err == nil {
			return fmt.Sprintf("Age %d", age)
		}
	case key == keyECADate:
		if t, err := parseDate(d.ECADate, "", c.today); err == nil && !t.IsZero() {
			return validUntil("An ECA", t, c.rules.Timing.ECAValidYears, c.today)
		}
	case key == keyCanadianLast3:
		if strings.TrimSpace(d.CanadianLast3) == "" {
			n, _ := d.canadianLast3("")
			return fmt.Sprintf("Empty counts %s: your %s in the last 10 years, up to 3", yearsWords(n), yearsWords(d.canadianYears()))
		}
	case key == keyFamilySize || key == keyFunds:
		n := s.current.FamilySize()
		if need, ok := c.rules.FSW.FundsFor(n); ok {
			return fmt.Sprintf("FSW and FST need %s for %s, unless authorized to work with a qualifying offer",
				scoring.Dollars(need), plural.Count(n, "person", "people"))
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
				return validUntil("This result", date, c.rules.Timing.LanguageValidYears, c.today)
			}
			return ""
		}
		for ab := scoring.Ability(0); ab < scoring.NumAbilities; ab++ {
			if key == lk.key+"."+ab.String() {
				return scoreHint(chartFor(c.rules, lk.l.Test, date), ab, lk.l.Scores[ab])
			}
		}
	}
	return ""
}

// scoreHint says what a typed score gives: "IELTS General Training listening 8.5 = CLB 10", or what
// the test allows while the score is empty or impossible.
func scoreHint(chart *scoring.Chart, ab scoring.Ability, typed string) string {
	if chart == nil {
		return ""
	}
	v, err := parseScore(chart, ab, typed)
	if err != nil || strings.TrimSpace(typed) == "" {
		return scaleWords(chart, ab)
	}
	lvl := chart.Level(ab, v)
	if lvl == 0 {
		return fmt.Sprintf("%s %s %s = below %s %d", chart.Name, ab, num(v), chart.LevelName(), chart.Lowest())
	}
	return fmt.Sprintf("%s %s %s = %s %d", chart.Name, ab, num(v), chart.LevelName(), lvl)
}

func validUntil(what string, t time.Time, years int, today time.Time) string {
	until := scoring.AddYears(t, years)
	if !today.Before(until) {
		return fmt.Sprintf("%s counts for %s: this one expired on %s", what, yearsWords(years), until.Format(time.DateOnly))
	}
	return fmt.Sprintf("%s counts for %s: valid until %s", what, yearsWords(years), until.AddDate(0, 0, -1).Format(time.DateOnly))
}

// workHistoryPages is the work step after its list of jobs: the years are counted from the jobs,
// so only the certificate is asked.
func (b *formBuilder) workHistoryPages(d *draft) []page {
	return []page{{fields: []huh.Field{b.certificate(d)}}}
}

// certificate asks for a certificate of qualification, with the work or the work history.
func (b *formBuilder) certificate(d *draft) huh.Field {
	return b.yesNo(keyCertificate, "Do you have a certificate of qualification in your trade?",
		"Issued by a Canadian province, territory or federal authority (IRCC: certificate of qualification).", &d.Certificate)
}
