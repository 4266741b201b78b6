package checklist

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/scoring"
)

// family adds the items of the application as a whole: proof of funds and the proof of the
// relationship.
func (b *builder) family() {
	b.funds()
	ap := &b.p.Applicant
	switch ap.MaritalStatus {
	case scoring.Married:
		b.add(Item{ID: "marriage-certificate", Title: "Marriage certificate", Who: WhoFamily,
			Why: "the profile says married: the marriage certificate proves the relationship", Due: b.c.Deadline})
	case scoring.CommonLaw:
		b.add(Item{ID: "common-law-proof", Title: "Proof of the common-law relationship", Who: WhoFamily,
			Why: "the profile says common-law: proof of living together for at least 12 months in a row (the Statutory Declaration of Common-law Union, IMM 5409, with joint leases, bills or accounts)",
			Due: b.c.Deadline})
	case scoring.Divorced:
		b.add(Item{ID: "divorce-certificate", Title: "Divorce certificate", Who: WhoApplicant,
			Why: "the profile says divorced: the divorce certificate shows the marriage ended", Due: b.c.Deadline})
	case scoring.Widowed:
		b.add(Item{ID: "death-certificate", Title: "Death certificate of the former spouse or partner", Who: WhoApplicant,
			Why: "the profile says widowed", Due: b.c.Deadline})
	case scoring.Annulled:
		b.add(Item{ID: "annulment-certificate", Title: "Annulment certificate", Who: WhoApplicant,
			Why: "the profile says the marriage was annulled", Due: b.c.Deadline})
	}
}

// funds adds proof of settlement funds unless the family is exempt: an ITA under CEC (or, with no
// program given, CEC the only program met), or authorized to work in Canada with a valid job offer.
func (b *builder) funds() {
	ap := &b.p.Applicant
	offer := ap.WorkAuthorized && ap.JobOffer.Skilled()
	var exempt string
	switch {
	case b.c.ITA.Program == "cec":
		exempt = "invited under the Canadian Experience Class, which needs no proof of funds"
	case b.c.ITA.Program != "fsw" && b.c.ITA.Program != "fst" && b.cecOnly():
		exempt = "the Canadian Experience Class is the only program met on the ITA date, and it needs no proof of funds"
	case offer:
		exempt = "authorized to work in Canada with a valid job offer (" + ap.JobOffer.String() + "): no proof of funds is needed"
	}
	if exempt != "" {
		b.c.Notes = append(b.c.Notes, "No proof of settlement funds: "+exempt+".")
		return
	}
	n := b.p.FamilySize()
	need, known := b.ra.FSW.FundsFor(n)
	b.c.FamilySize = n
	if known {
		b.c.FundsNeeded = need
	}
	title := "Proof of settlement funds"
	why := fmt.Sprintf("for a family of %d", n)
	if known {
		title = fmt.Sprintf("Proof of settlement funds: $%s", thousands(need))
		why = fmt.Sprintf("a family of %d needs $%s (the table in force on %s); official letters from each bank or financial institution",
			n, thousands(need), day(b.c.ApplyOn))
	} else {
		why += ": no settlement-funds table in the rules for the day of applying; see IRCC's proof-of-funds page"
	}
	switch {
	case b.c.ITA.Program == "" || b.c.ITA.Program == "pnp":
		why += "; not needed if the invitation is for the Canadian Experience Class"
	}
	b.add(Item{ID: "funds", Title: title, Who: WhoFamily, Why: why, Due: b.c.Deadline})
}

// cecOnly reports whether CEC is the only program the profile meets on the ITA date.
func (b *builder) cecOnly() bool {
	p := &b.a.Programs
	return p[scoring.CEC].Eligible && !p[scoring.FSW].Eligible && !p[scoring.FST].Eligible
}

// person adds the items of the applicant or the spouse.
func (b *builder) person(who string) {
	whose := "the applicant's"
	if who == WhoSpouse {
		whose = "the spouse's or partner's"
	}
	b.add(Item{ID: "passport-" + who, Title: "Passport or travel document (the biographical page)", Who: who,
		Why: whose + " identity: every person in the application", Due: b.c.Deadline})
	b.add(Item{ID: "photo-" + who, Title: "Digital photo", Who: who, Why: "for " + whose + " permanent resident card", Due: b.c.Deadline})
	if who == WhoApplicant {
		b.police(who, b.p.Applicant.BirthDate, b.p.Applicant.Residences.All())
		b.references(who, b.p.Applicant.Jobs.All(), b.a.Work.Jobs[:], b.a.Work.FromJobs)
		b.eca()
		b.studies()
		b.language("language-applicant-first", who, "first official language", &b.p.Applicant.FirstLanguage)
		b.language("language-applicant-second", who, "second official language", &b.p.Applicant.SecondLanguage)
		b.claims()
		return
	}
	b.police(who, b.p.Spouse.Principal.BirthDate, b.p.Spouse.Residences.All()) // zero without spouse.birth_date
	if b.p.AccompanyingSpouse() {
		b.references(who, b.p.Spouse.Jobs.All(), b.a.Work.SpouseRows[:], b.a.Work.SpouseJobs)
		b.spouseEducation()
		b.language("language-spouse", who, "language", &b.p.Spouse.Language)
	}
}

// police adds a police certificate for each country other than Canada lived in for
// checklist.police_min_days or more in total since checklist.police_min_age, up to the day of
// applying. birth may be zero: then every day of every stay counts (the stricter reading).
func (b *builder) police(who string, birth time.Time, stays []scoring.Residence) {
	cr := &b.ra.Checklist
	if len(stays) == 0 {
		table := "[[applicant.residences]]"
		if who == WhoSpouse {
			table = "[[spouse.residences]]"
		}
		b.add(Item{ID: "police-" + who, Title: "Police certificates", Who: who,
			Why: fmt.Sprintf("one for each country other than Canada lived in for %d days or more in total since age %d; the profile lists no residences: add %s to list them",
				cr.PoliceMinDays, cr.PoliceMinAge, table),
			Due: b.c.Deadline})
		return
	}
	from := time.Time{}
	if !birth.IsZero() {
		from = scoring.AddYears(birth, cr.PoliceMinAge)
	}
	order := policeCountries(stays, from, b.c.ApplyOn)
	since := fmt.Sprintf("since age %d", cr.PoliceMinAge)
	if birth.IsZero() {
		since = "(no birth date in the profile for " + who + ": every stay counted)"
	}
	for n, c := range order {
		id := slug(c.name)
		if id == "" {
			id = fmt.Sprintf("country-%d", n+1)
		}
		if c.days < cr.PoliceMinDays {
			continue
		}
		why := fmt.Sprintf("lived there %s in total %s (at least %d days asks for one)", thousands(c.days)+" days", since, cr.PoliceMinDays)
		if c.current {
			earliest := b.c.Deadline.AddDate(0, -cr.PoliceCurrentMonths, 0)
			why += fmt.Sprintf("; the country lived in now: issued no more than %d months before you apply (on or after %s to apply on the deadline)",
				cr.PoliceCurrentMonths, day(earliest))
		} else {
			why += fmt.Sprintf("; issued after you last left (%s)", day(c.left))
		}
		b.add(Item{ID: "police-" + who + "-" + id, Title: "Police certificate: " + c.name, Who: who, Why: why, Due: b.c.Deadline})
	}
}

// LetterMust is what IRCC's completeness check asks of a reference letter. Every reference
// letter's Why holds it word for word, so that a renderer can say it once (the client report does).
const LetterMust = "on company letterhead with the company's address, telephone number and email, signed by the supervisor or personnel officer (name and title); for every position held: job title, duties, dates, hours a week, salary and benefits"

// references adds an employer reference letter for each job that counts (or the primary
// occupation's), or one item for the years claimed when the profile gives year counts.
func (b *builder) references(who string, jobs []scoring.Job, counts []scoring.JobCount, fromJobs bool) {
	if !fromJobs {
		ap := &b.p.Applicant
		years := ap.CanadianWorkYears + ap.ForeignWorkYears
		if who == WhoSpouse {
			years = b.p.Spouse.CanadianWorkYears
		}
		if years == 0 {
			return
		}
		b.add(Item{ID: "reference-" + who, Title: "Employer reference letters", Who: who,
			Why: fmt.Sprintf("the profile claims %s of work: a letter from each employer of those years, %s", plural.Count(years, "year", "years"), LetterMust),
			Due: b.c.Deadline})
		return
	}
	units, _ := noc.Embedded()
	for i := range jobs {
		j := &jobs[i]
		primary := who == WhoApplicant && i == b.a.Work.Primary
		if !counts[i].Counts && !primary {
			continue
		}
		title := j.Title
		if title == "" {
			title = units.Title(j.NOC)
		}
		why := "counts for CRS points"
		if !counts[i].Counts {
			why = "the primary occupation"
		}
		why += ": " + LetterMust
		switch {
		case j.SelfEmployed:
			why += "; self-employed: proof of business ownership, of self-employment income, and third-party documents of the services and payments"
		case !j.Abroad:
			why += "; for work in Canada, T4 slips and notices of assessment from the CRA also help"
		}
		b.add(Item{ID: fmt.Sprintf("reference-%s-job-%d", who, i+1), Title: fmt.Sprintf("Employer reference letter: %s (NOC %s)", title, j.NOC),
			Who: who, Why: why, Due: b.c.Deadline})
	}
}

// eca adds the educational credential assessment when a foreign credential earns points: an ECA
// date given, or a level above the Canadian credential.
func (b *builder) eca() {
	ap := &b.p.Applicant
	foreign := !ap.ECADate.IsZero()
	switch ap.CanadianEducation {
	case scoring.CanadianNone:
		foreign = foreign || ap.Education > scoring.Secondary
	case scoring.CanadianOneOrTwoYear:
		foreign = foreign || ap.Education > scoring.TwoYear
	}
	if !foreign {
		return
	}
	it := Item{ID: "eca-applicant", Title: "Educational credential assessment (ECA) report", Who: WhoApplicant, Due: b.c.Deadline}
	years := b.r.Timing.ECAValidYears
	if ap.ECADate.IsZero() {
		it.Why = fmt.Sprintf("a foreign credential (%s) earns points; no ECA date in the profile: it must be less than %d years old when you apply", ap.Education.Title(), years)
	} else {
		it.Why = fmt.Sprintf("a foreign credential (%s) earns points; ", ap.Education.Title())
		b.validFor(&it, "issued", ap.ECADate, years, "a new ECA is needed", "apply by then or get a new one")
	}
	b.add(it)
}

// spouseEducation adds the proof of the spouse's education when it earns points: an ECA for a
// credential from outside Canada. The profile does not say where it was earned, so the stricter
// reading asks for the ECA unless it is Canadian.
func (b *builder) spouseEducation() {
	l, ok := b.a.CRS.Line(scoring.FactorSpouseEducation, 0)
	if !ok || l.Points <= 0 {
		return
	}
	b.add(Item{ID: "eca-spouse", Title: "Educational credential assessment (ECA) report, or the Canadian diploma", Who: WhoSpouse,
		Why: fmt.Sprintf("the spouse's education (%s) earns %d CRS points: a credential from outside Canada needs an ECA less than %d years old when you apply; a Canadian one, the diploma and transcripts",
			b.p.Spouse.Education.Title(), l.Points, b.r.Timing.ECAValidYears),
		Due: b.c.Deadline})
}

// studies adds the proof of a Canadian credential, which earns points (core education and the
// additional points for study in Canada).
func (b *builder) studies() {
	ce := b.p.Applicant.CanadianEducation
	if ce == scoring.CanadianNone {
		return
	}
	why := "a Canadian credential (" + ce.String() + ") earns points: the diploma, degree or certificate, and the transcripts"
	if l, ok := b.a.CRS.Line(scoring.FactorCanadianStudy, 0); ok && l.Points > 0 {
		why += fmt.Sprintf("; it earns %d additional points for study in Canada", l.Points)
	}
	b.add(Item{ID: "studies-applicant", Title: "Proof of Canadian studies", Who: WhoApplicant, Why: why, Due: b.c.Deadline})
}

// language adds a language result: valid language_test_valid_years from its date, on the day of
// applying.
func (b *builder) language(id, who, what string, l *scoring.Language) {
	if !l.Given() {
		return
	}
	it := Item{ID: id, Title: fmt.Sprintf("Language test results: %s (%s)", strings.ToUpper(l.Test), what), Who: who, Due: b.c.Deadline}
	years := b.r.Timing.LanguageValidYears
	if l.Date.IsZero() {
		it.Why = fmt.Sprintf("no test date in the profile: results must be less than %d years old on the day you apply", years)
	} else {
		b.validFor(&it, "taken", l.Date, years, "a new test is needed", "apply by then or take the test again")
	}
	b.add(it)
}

// claims adds the nomination certificate, certificate of qualification and job offer when they
// earn CRS points or eligibility.
func (b *builder) claims() {
	ap := &b.p.Applicant
	if ap.Nomination {
		why := "the provincial nomination"
		if l, ok := b.a.CRS.Line(scoring.FactorNomination, 0); ok && l.Points > 0 {
			why += fmt.Sprintf(" earns %d CRS points", l.Points)
		}
		if b.c.ITA.Program == "pnp" {
			why += "; invited as a provincial nominee"
		}
		b.add(Item{ID: "nomination", Title: "Provincial or territorial nomination certificate", Who: WhoApplicant, Why: why, Due: b.c.Deadline})
	}
	if ap.Certificate {
		var why []string
		if l, ok := b.a.CRS.Line(scoring.FactorCertificate, 0); ok && l.Points > 0 {
			why = append(why, fmt.Sprintf("earns %d CRS points with the language results", l.Points))
		}
		if ap.JobOffer != scoring.JobOfferTEER0to3 {
			why = append(why, "meets the Federal Skilled Trades' requirement of a job offer or a certificate")
		}
		if len(why) > 0 {
			b.add(Item{ID: "certificate-of-qualification", Title: "Certificate of qualification in a skilled trade (from a province or territory)",
				Who: WhoApplicant, Why: strings.Join(why, "; "), Due: b.c.Deadline})
		}
	}
	if ap.JobOffer != scoring.NoJobOffer {
		var why []string
		if l, ok := b.a.CRS.Line(scoring.FactorJobOffer, 0); ok && l.Points > 0 {
			why = append(why, fmt.Sprintf("earns %d CRS points", l.Points))
		}
		for _, g := range b.a.Programs[scoring.FSW].Grid() {
			if g.Factor == scoring.GridArranged && g.Points > 0 {
				why = append(why, fmt.Sprintf("earns %d points of the FSW grid (arranged employment)", g.Points))
			}
		}
		if ap.JobOffer == scoring.JobOfferTEER0to3 {
			why = append(why, "meets the Federal Skilled Trades' requirement of a job offer or a certificate")
		}
		if ap.WorkAuthorized && ap.JobOffer.Skilled() {
			why = append(why, "with the authorization to work in Canada, it exempts the family from proof of funds")
		}
		if len(why) > 0 {
			b.add(Item{ID: "job-offer", Title: "Written job offer from the Canadian employer (with the LMIA, if the offer needs one)",
				Who: WhoApplicant, Why: strings.Join(why, "; "), Due: b.c.Deadline})
		}
	}
}

// child adds the items of dependent child i.
func (b *builder) child(i int, ch scoring.Child) {
	who := ch.Label(i)
	id := fmt.Sprintf("child-%d", i+1)
	age := scoring.YearsBetween(ch.BirthDate, b.c.ApplyOn)
	why := fmt.Sprintf("a dependent child, %s old on the day of applying", plural.Count(age, "year", "years"))
	if age >= 22 {
		why += " (22 or older: a dependent child only if they depend on you because of a physical or mental condition)"
	}
	b.add(Item{ID: "birth-certificate-" + id, Title: "Birth certificate (naming the parents)", Who: who, Why: why, Due: b.c.Deadline})
	b.add(Item{ID: "passport-" + id, Title: "Passport or travel document (the biographical page)", Who: who, Why: "every person in the application", Due: b.c.Deadline})
	b.add(Item{ID: "photo-" + id, Title: "Digital photo", Who: who, Why: "for the child's permanent resident card", Due: b.c.Deadline})
	cr := &b.ra.Checklist
	if age >= cr.PoliceMinAge {
		b.add(Item{ID: "police-" + id, Title: "Police certificates", Who: who,
			Why: fmt.Sprintf("%d or older: one for each country other than Canada lived in for %d days or more in total since age %d (the profile lists no residences for children)",
				cr.PoliceMinAge, cr.PoliceMinDays, cr.PoliceMinAge),
			Due: b.c.Deadline})
	}
}

// medicals adds the medical exams: upfront for applications received by
// checklist.upfront_medicals_until, after IRCC's instructions since.
func (b *builder) medicals() {
	until := b.ra.Checklist.UpfrontMedicalsTo
	if !b.c.ApplyOn.After(until) {
		b.add(Item{ID: "medicals", Title: "Medical exams (upfront)", Who: WhoFamily,
			Why: fmt.Sprintf("applications received on or before %s include the confirmation of the upfront medical exam of each person", day(until)),
			Due: b.c.Deadline})
		return
	}
	b.add(Item{ID: "medicals", Title: "Medical exams: after you apply", Who: WhoFamily,
		Why: fmt.Sprintf("not needed upfront for applications received after %s: IRCC sends the instructions after you apply; each person then sees a panel physician", day(until))})
}

// slug is a name as an ID part: lower case, runs of other characters as one "-".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// thousands writes n with commas: 23,360.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
