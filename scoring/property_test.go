package scoring

import (
	"math/rand/v2"
	"testing"
	"time"
)

// randomLanguage is a valid result on test, with scores anywhere on the test's scale.
func randomLanguage(rng *rand.Rand, r *Rules, test string) Language {
	c, err := r.ChartFor(test, time.Time{})
	if err != nil {
		panic(err)
	}
	l := Language{Test: test}
	for a := Ability(0); a < NumAbilities; a++ {
		lo, hi := c.Scale[a][0], c.Scale[a][1]
		steps := int((hi - lo) / c.Step)
		l.Scores[a] = lo + float64(rng.IntN(steps+1))*c.Step
	}
	return l
}

// sampleProfiles makes n varied, valid profiles from a fixed seed.
func sampleProfiles(t testing.TB, r *Rules, n int) []Profile {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	english := []string{"ielts", "celpip", "pte", "clb"}
	french := []string{"tef", "tcf", "nclc"}
	out := make([]Profile, 0, n)
	for len(out) < n {
		p := NewProfile()
		a := &p.Applicant
		if rng.IntN(2) == 0 {
			a.Age = 17 + rng.IntN(33)
		} else {
			a.BirthDate = time.Date(1970+rng.IntN(40), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
		}
		a.MaritalStatus = MaritalStatus(rng.IntN(len(MaritalStatusNames)))
		if a.MaritalStatus.HasPartner() {
			a.SpouseAccompanying = rng.IntN(4) > 0
			a.SpouseCanadian = rng.IntN(5) == 0
			p.Spouse = Spouse{Education: Education(rng.IntN(NumEducation)), CanadianWorkYears: rng.IntN(7), StudiedInCanada: rng.IntN(2) == 0}
			if rng.IntN(2) == 0 {
				p.Spouse.Language = randomLanguage(rng, r, english[rng.IntN(len(english))])
			}
		}
		a.Education = Education(rng.IntN(NumEducation))
		switch {
		case a.Education >= Bachelors:
			a.CanadianEducation = CanadianEducation(rng.IntN(3))
		case a.Education >= OneYear:
			a.CanadianEducation = CanadianEducation(rng.IntN(2))
		}
		a.CanadianWorkYears = rng.IntN(7)
		a.CanadianWorkYearsLast3 = min(a.CanadianWorkYears, rng.IntN(4))
		a.ForeignWorkYears = min(rng.IntN(7), WorkWindowYears-a.CanadianWorkYears)
		a.TEER = rng.IntN(7) - 1
		a.Certificate = rng.IntN(3) == 0
		a.JobOffer = JobOffer(rng.IntN(len(JobOfferNames)))
		a.Nomination = rng.IntN(5) == 0
		a.SiblingInCanada = rng.IntN(4) == 0
		a.TradeWorkYearsLast5 = min(rng.IntN(6), a.CanadianWorkYears+a.ForeignWorkYears)
		a.SettlementFunds = rng.IntN(40000)
		a.WorkAuthorized = rng.IntN(3) == 0
		a.RelativeInCanada = rng.IntN(4) == 0
		a.StudiedInCanada = rng.IntN(4) == 0
		first, second := english, french
		if rng.IntN(3) == 0 {
			first, second = french, english
		}
		if rng.IntN(10) > 0 {
			a.FirstLanguage = randomLanguage(rng, r, first[rng.IntN(len(first))])
			if rng.IntN(3) == 0 {
				a.SecondLanguage = randomLanguage(rng, r, second[rng.IntN(len(second))])
			}
		}
		out = append(out, p)
	}
	return out
}

// No section ever exceeds its cap, and the total never exceeds 1,200.
func TestNoSectionExceedsItsCap(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	c := &r.CRS
	for _, p := range sampleProfiles(t, r, 3000) {
		a := Assess(r, &p, day("2026-08-20"))
		coreCap := c.CoreCapWithout
		if a.CRS.WithSpouse {
			coreCap = c.CoreCapWith
		}
		if a.CRS.Core > coreCap || a.CRS.Spouse > c.SpouseCap || a.CRS.Core+a.CRS.Spouse > c.CoreCapWithout ||
			a.CRS.Transferability > c.TransferCap || a.CRS.Additional > c.AdditionalCap || a.CRS.Total > c.Total {
			t.Fatalf("a section over its cap: core %d spouse %d transferability %d additional %d total %d\n%s",
				a.CRS.Core, a.CRS.Spouse, a.CRS.Transferability, a.CRS.Additional, a.CRS.Total, EncodeProfile(&p))
		}
		if !a.CRS.WithSpouse && a.CRS.Spouse != 0 {
			t.Fatalf("spouse points %d without an accompanying spouse", a.CRS.Spouse)
		}
		if p.Applicant.Nomination && a.CRS.Additional != c.AdditionalCap {
			t.Fatalf("a nominee has %d additional points, want the cap %d", a.CRS.Additional, c.AdditionalCap)
		}
		if fsw := &a.Programs[FSW]; fsw.Points > 100 || fsw.Points < 0 {
			t.Fatalf("FSW grid %d out of 0..100", fsw.Points)
		}
	}
}

// Raising any language score to the next level, or adding a year of experience, never lowers the
// total.
func TestMoreNeverLowersTheTotal(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	d := day("2026-08-20")
	for i, p := range sampleProfiles(t, r, 1500) {
		base := Assess(r, &p, d).CRS.Total
		check := func(what string, q Profile) {
			if got := Assess(r, &q, d).CRS.Total; got < base {
				t.Fatalf("profile %d: %s lowered the total from %d to %d\n%s", i, what, base, got, EncodeProfile(&p))
			}
		}
		for _, lk := range []languageKey{firstLanguage, secondLanguage, spouseLanguage} {
			l := lk.get(&p)
			if !l.Given() {
				continue
			}
			c, _ := r.ChartFor(l.Test, l.Date)
			for ab := Ability(0); ab < NumAbilities; ab++ {
				for _, step := range []float64{c.Step, 2 * c.Step, 10 * c.Step} {
					if l.Scores[ab]+step > c.Scale[ab][1] {
						continue
					}
					q := p
					lk.get(&q).Scores[ab] += step
					check(lk.key+"."+ab.String()+" up", q)
				}
			}
		}
		q := p
		q.Applicant.CanadianWorkYears++
		check("a year of Canadian work", q)
		q = p
		q.Applicant.ForeignWorkYears++
		check("a year of foreign work", q)
		q = p
		q.Spouse.CanadianWorkYears++
		check("a year of the spouse's Canadian work", q)
		if p.Applicant.Education < Doctoral && p.Applicant.CanadianEducation == CanadianNone {
			q = p
			q.Applicant.Education++
			check("a higher education level", q)
		}
	}
}
