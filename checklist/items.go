package checklist

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/scoring"
)

// family adds the items of the application as a whole: proof of funds and the proof of the
// relationship.
func (b *builder) family() {
	b.funds()
	doc := func(id, who string) {
		b.add(Item{ID: id, title: msg("chk_"+id, nil), Who: who, why: msg("chk_"+id+"_why", nil), Due: b.c.Deadline})
	}
	switch b.p.Applicant.MaritalStatus {
	case scoring.Married:
		doc("marriage-certificate", WhoFamily)
	case scoring.CommonLaw:
		doc("common-law-proof", WhoFamily)
	case scoring.Divorced:
		doc("divorce-certificate", WhoApplicant)
	case scoring.Widowed:
		doc("death-certificate", WhoApplicant)
	case scoring.Annulled:
		doc("annulment-certificate", WhoApplicant)
	}
}

// funds adds proof of settlement funds unless the family is exempt: an ITA under CEC (or, with no
// program given, CEC the only program met), or authorized to work in Canada with a valid job offer.
func (b *builder) funds() {
	ap := &b.p.Applicant
	offer := ap.WorkAuthorized && ap.JobOffer.Skilled()
	var exempt text
	switch {
	case b.c.ITA.Program == "cec":
		exempt = msg("chk_exempt_cec", nil)
	case b.c.ITA.Program != "fsw" && b.c.ITA.Program != "fst" && b.cecOnly():
		exempt = msg("chk_exempt_cec_only", nil)
	case offer:
		exempt = msg("chk_exempt_offer", func(p *i18n.Printer) i18n.Args { return i18n.Args{"Offer": offerIn(p, ap.JobOffer)} })
	}
	if exempt != nil {
		b.note(msg("chk_note_no_funds", func(p *i18n.Printer) i18n.Args { return i18n.Args{"Why": exempt(p)} }))
		return
	}
	n := b.p.FamilySize()
	need, known := b.ra.FSW.FundsFor(n)
	b.c.FamilySize = n
	if known {
		b.c.FundsNeeded = need
	}
	title := msg("chk_funds", nil)
	why := plural("chk_funds_family", n, nil)
	if known {
		title = msg("chk_funds_amount", func(p *i18n.Printer) i18n.Args { return i18n.Args{"Amount": p.Money(need)} })
		why = plural("chk_funds_need", n, func(p *i18n.Printer) i18n.Args {
			return i18n.Args{"Amount": p.Money(need), "Date": p.Date(b.c.ApplyOn)}
		})
	} else {
		why = cat(why, msg("chk_funds_no_table", nil))
	}
	switch {
	case b.c.ITA.Program == "" || b.c.ITA.Program == "pnp":
		why = cat(why, msg("chk_funds_not_cec", nil))
	}
	b.add(Item{ID: "funds", title: title, Who: WhoFamily, why: why, Due: b.c.Deadline})
}

// offerIn is a job offer as the profile names it: its code in English ("teer-0-to-3"), words in
// French.
func offerIn(p *i18n.Printer, j scoring.JobOffer) string {
	if p.Lang() == i18n.En {
		return j.String()
	}
	return p.T("chk_offer_"+j.String(), nil)
}

// cecOnly reports whether CEC is the only program the profile meets on the ITA date.
func (b *builder) cecOnly() bool {
	p := &b.a.Programs
	return p[scoring.CEC].Eligible && !p[scoring.FSW].Eligible && !p[scoring.FST].Eligible
}

// person adds the items of the applicant or the spouse.
func (b *builder) person(who string) {
	b.add(Item{ID: "passport-" + who, title: msg("chk_passport", nil), Who: who,
		why: msg("chk_passport_why_"+who, nil), Due: b.c.Deadline})
	b.add(Item{ID: "photo-" + who, title: msg("chk_photo", nil), Who: who, why: msg("chk_photo_why_"+who, nil), Due: b.c.Deadline})
	if who == WhoApplicant {
		b.police(who, b.p.Applicant.BirthDate, b.p.Applicant.Residences.All())
		b.references(who, b.p.Applicant.Jobs.All(), b.a.Work.Jobs[:], b.a.Work.FromJobs)
		b.eca()
		b.studies()
		b.language("language-applicant-first", who, "chk_lang_first", &b.p.Applicant.FirstLanguage)
		b.language("language-applicant-second", who, "chk_lang_second", &b.p.Applicant.SecondLanguage)
		b.claims()
		return
	}
	b.police(who, b.p.Spouse.Principal.BirthDate, b.p.Spouse.Residences.All()) // zero without spouse.birth_date
	if b.p.AccompanyingSpouse() {
		b.references(who, b.p.Spouse.Jobs.All(), b.a.Work.SpouseRows[:], b.a.Work.SpouseJobs)
		b.spouseEducation()
		b.language("language-spouse", who, "chk_lang_spouse", &b.p.Spouse.Language)
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
		b.add(Item{ID: "police-" + who, title: msg("chk_police", nil), Who: who,
			why: msg("chk_police_no_stays", func(p *i18n.Printer) i18n.Args {
				return i18n.Args{"Days": p.Count(cr.PoliceMinDays), "Age": cr.PoliceMinAge, "Table": table}
			}),
			Due: b.c.Deadline})
		return
	}
	from := time.Time{}
	if !birth.IsZero() {
		from = scoring.AddYears(birth, cr.PoliceMinAge)
	}
	order := policeCountries(stays, from, b.c.ApplyOn)
	since := msg("chk_police_since", func(*i18n.Printer) i18n.Args { return i18n.Args{"Age": cr.PoliceMinAge} })
	if birth.IsZero() {
		since = msg("chk_police_no_birth_"+who, nil)
	}
	for n, c := range order {
		id := slug(c.name)
		if id == "" {
			id = fmt.Sprintf("country-%d", n+1)
		}
		if c.days < cr.PoliceMinDays {
			continue
		}
		why := []text{msg("chk_police_lived", func(p *i18n.Printer) i18n.Args {
			return i18n.Args{"Days": p.Number(c.days), "Since": since(p), "Min": p.Count(cr.PoliceMinDays)}
		})}
		if c.current {
			earliest := b.c.Deadline.AddDate(0, -cr.PoliceCurrentMonths, 0)
			why = append(why, plural("chk_police_current", cr.PoliceCurrentMonths, func(p *i18n.Printer) i18n.Args {
				return i18n.Args{"Date": p.Date(earliest)}
			}))
		} else {
			left := c.left
			why = append(why, msg("chk_police_left", func(p *i18n.Printer) i18n.Args { return i18n.Args{"Date": p.Date(left)} }))
		}
		name := c.name
		b.add(Item{ID: "police-" + who + "-" + id, Who: who, why: cat(why...), Due: b.c.Deadline,
			title: msg("chk_police_country", func(p *i18n.Printer) i18n.Args { return i18n.Args{"Country": countryIn(p, name)} })})
	}
}

// LetterMust is what IRCC's completeness check asks of a reference letter. Every reference
// letter's Why holds it word for word, so that a renderer can say it once (the client report does);
// LetterMustIn is the same in another language.
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
		b.add(Item{ID: "reference-" + who, title: msg("chk_references", nil), Who: who,
			why: msg("chk_references_years", func(p *i18n.Printer) i18n.Args {
				return i18n.Args{"Years": scoring.YearsIn(p, years), "Must": LetterMustIn(p)}
			}),
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
		title := verbatim(j.Title)
		if j.Title == "" {
			title = func(p *i18n.Printer) string { return units.TitleIn(j.NOC, noc.Lang(p.Lang().Code())) }
		}
		why := "chk_reference_counts"
		if !counts[i].Counts {
			why = "chk_reference_primary"
		}
		var extra text
		switch {
		case j.SelfEmployed:
			extra = msg("chk_reference_self_employed", nil)
		case !j.Abroad:
			extra = msg("chk_reference_canada", nil)
		}
		b.add(Item{ID: fmt.Sprintf("reference-%s-job-%d", who, i+1), Who: who, Due: b.c.Deadline,
			title: msg("chk_reference", func(p *i18n.Printer) i18n.Args { return i18n.Args{"Title": title(p), "NOC": j.NOC} }),
			why:   cat(msg(why, func(p *i18n.Printer) i18n.Args { return i18n.Args{"Must": LetterMustIn(p)} }), extra)})
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
	it := Item{ID: "eca-applicant", title: msg("chk_eca", nil), Who: WhoApplicant, Due: b.c.Deadline}
	years := b.r.Timing.ECAValidYears
	edu := func(p *i18n.Printer) i18n.Args { return i18n.Args{"Education": ap.Education.TitleIn(p)} }
	if ap.ECADate.IsZero() {
		it.why = cat(msg("chk_eca_foreign", edu), plural("chk_eca_no_date", years, nil))
	} else {
		it.why = msg("chk_eca_foreign", edu)
		b.validFor(&it, "chk_valid_issued", ap.ECADate, years, "chk_eca_expired", "chk_eca_soon")
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
	edu := b.p.Spouse.Education
	b.add(Item{ID: "eca-spouse", title: msg("chk_eca_spouse", nil), Who: WhoSpouse,
		why: plural("chk_eca_spouse_why", b.r.Timing.ECAValidYears, func(p *i18n.Printer) i18n.Args {
			return i18n.Args{"Education": edu.TitleIn(p), "Points": p.Count(l.Points)}
		}),
		Due: b.c.Deadline})
}

// studies adds the proof of a Canadian credential, which earns points (core education and the
// additional points for study in Canada).
func (b *builder) studies() {
	ce := b.p.Applicant.CanadianEducation
	if ce == scoring.CanadianNone {
		return
	}
	why := msg("chk_studies_why", func(p *i18n.Printer) i18n.Args {
		name := ce.String()
		if p.Lang() != i18n.En {
			name = p.T("chk_canadian_"+name, nil)
		}
		return i18n.Args{"Credential": name}
	})
	if l, ok := b.a.CRS.Line(scoring.FactorCanadianStudy, 0); ok && l.Points > 0 {
		why = cat(why, msg("chk_studies_points", func(p *i18n.Printer) i18n.Args { return i18n.Args{"Points": p.Count(l.Points)} }))
	}
	b.add(Item{ID: "studies-applicant", title: msg("chk_studies", nil), Who: WhoApplicant, why: why, Due: b.c.Deadline})
}

// language adds a language result: valid language_test_valid_years from its date, on the day of
// applying. what is the id of the result's name ("first official language").
func (b *builder) language(id, who, what string, l *scoring.Language) {
	if !l.Given() {
		return
	}
	test := strings.ToUpper(l.Test)
	it := Item{ID: id, Who: who, Due: b.c.Deadline,
		title: msg("chk_lang", func(p *i18n.Printer) i18n.Args { return i18n.Args{"Test": testIn(p, test), "What": p.T(what, nil)} })}
	years := b.r.Timing.LanguageValidYears
	if l.Date.IsZero() {
		it.why = plural("chk_lang_no_date", years, nil)
	} else {
		it.why = verbatim("")
		b.validFor(&it, "chk_valid_taken", l.Date, years, "chk_lang_expired", "chk_lang_soon")
	}
	b.add(it)
}

// testIn is a language test's name: CLB levels given as such are NCLC in French, as IRCC writes
// them; a test's own name is the same in both.
func testIn(p *i18n.Printer, test string) string {
	if test == "CLB" && p.Lang() == i18n.Fr {
		return "NCLC"
	}
	return test
}

// claims adds the nomination certificate, certificate of qualification and job offer when they
// earn CRS points or eligibility.
func (b *builder) claims() {
	ap := &b.p.Applicant
	earns := func(id string, n int) text {
		return msg(id, func(p *i18n.Printer) i18n.Args { return i18n.Args{"Points": p.Count(n)} })
	}
	if ap.Nomination {
		why := []text{msg("chk_nomination_why", nil)}
		if l, ok := b.a.CRS.Line(scoring.FactorNomination, 0); ok && l.Points > 0 {
			why = append(why, earns("chk_nomination_points", l.Points))
		}
		if b.c.ITA.Program == "pnp" {
			why = append(why, msg("chk_nomination_pnp", nil))
		}
		b.add(Item{ID: "nomination", title: msg("chk_nomination", nil), Who: WhoApplicant, why: cat(why...), Due: b.c.Deadline})
	}
	if ap.Certificate {
		var why []text
		if l, ok := b.a.CRS.Line(scoring.FactorCertificate, 0); ok && l.Points > 0 {
			why = append(why, earns("chk_certificate_points", l.Points))
		}
		if ap.JobOffer != scoring.JobOfferTEER0to3 {
			why = append(why, msg("chk_fst_offer_or_certificate", nil))
		}
		if len(why) > 0 {
			b.add(Item{ID: "certificate-of-qualification", title: msg("chk_certificate", nil),
				Who: WhoApplicant, why: joined(why), Due: b.c.Deadline})
		}
	}
	if ap.JobOffer != scoring.NoJobOffer {
		var why []text
		if l, ok := b.a.CRS.Line(scoring.FactorJobOffer, 0); ok && l.Points > 0 {
			why = append(why, earns("chk_offer_points", l.Points))
		}
		for _, g := range b.a.Programs[scoring.FSW].Grid() {
			if g.Factor == scoring.GridArranged && g.Points > 0 {
				why = append(why, earns("chk_offer_grid", g.Points))
			}
		}
		if ap.JobOffer == scoring.JobOfferTEER0to3 {
			why = append(why, msg("chk_fst_offer_or_certificate", nil))
		}
		if ap.WorkAuthorized && ap.JobOffer.Skilled() {
			why = append(why, msg("chk_offer_exempts", nil))
		}
		if len(why) > 0 {
			b.add(Item{ID: "job-offer", title: msg("chk_job_offer", nil),
				Who: WhoApplicant, why: joined(why), Due: b.c.Deadline})
		}
	}
}

// child adds the items of dependent child i.
func (b *builder) child(i int, ch scoring.Child) {
	who, k := ch.Label(i), &kid{n: i + 1, name: ch.Name}
	id := fmt.Sprintf("child-%d", i+1)
	age := scoring.YearsBetween(ch.BirthDate, b.c.ApplyOn)
	why := plural("chk_child_why", age, nil)
	if age >= 22 {
		why = cat(why, msg("chk_child_22", nil))
	}
	b.add(Item{ID: "birth-certificate-" + id, title: msg("chk_birth_certificate", nil), Who: who, child: k, why: why, Due: b.c.Deadline})
	b.add(Item{ID: "passport-" + id, title: msg("chk_passport", nil), Who: who, child: k, why: msg("chk_passport_why_child", nil), Due: b.c.Deadline})
	b.add(Item{ID: "photo-" + id, title: msg("chk_photo", nil), Who: who, child: k, why: msg("chk_photo_why_child", nil), Due: b.c.Deadline})
	cr := &b.ra.Checklist
	if age >= cr.PoliceMinAge {
		b.add(Item{ID: "police-" + id, title: msg("chk_police", nil), Who: who, child: k,
			why: msg("chk_police_child", func(p *i18n.Printer) i18n.Args {
				return i18n.Args{"Age": cr.PoliceMinAge, "Days": p.Count(cr.PoliceMinDays)}
			}),
			Due: b.c.Deadline})
	}
}

// medicals adds the medical exams: upfront for applications received by
// checklist.upfront_medicals_until, after IRCC's instructions since.
func (b *builder) medicals() {
	until := b.ra.Checklist.UpfrontMedicalsTo
	on := func(p *i18n.Printer) i18n.Args { return i18n.Args{"Date": p.Date(until)} }
	if !b.c.ApplyOn.After(until) {
		b.add(Item{ID: "medicals", title: msg("chk_medicals_upfront", nil), Who: WhoFamily,
			why: msg("chk_medicals_upfront_why", on), Due: b.c.Deadline})
		return
	}
	b.add(Item{ID: "medicals", title: msg("chk_medicals_after", nil), Who: WhoFamily, why: msg("chk_medicals_after_why", on)})
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
