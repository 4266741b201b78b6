package scoring

import (
	"testing"
)

// FuzzSetJobs: any --set of a job, the spouse's facts or a residence, on the four worked examples
// written with jobs, is refused without changing the profile or gives a profile that checks, reads
// back the same and scores in range, compares (the swap) and counts its work without a panic.
func FuzzSetJobs(f *testing.F) {
	r := rulesOn(f, "2026-08-20")
	var examples []Profile
	for _, n := range []string{"1", "2", "3", "4"} {
		examples = append(examples, readFile(f, r, "../testdata/jobs/example"+n+".toml"))
	}
	for _, s := range []string{
		"applicant.jobs.1.end=2026-01-01", "applicant.jobs.0.end=2026-01-01", "applicant.jobs.17.end=2026-01-01",
		"applicant.jobs.1.noc=\"31301\"", "applicant.jobs.1.noc=\"99999\"", "applicant.jobs.1.hours_per_week=31",
		"applicant.jobs.1.hours_per_week=1e308", "applicant.jobs.1.start=2030-01-01", "applicant.jobs.1={noc=\"31301\",foo=1}",
		"applicant.jobs.3={noc=\"31301\",country=\"canada\",start=2025-01-01}", "spouse.jobs.1.end=2026-01-01",
		"applicant.jobs=[]", "applicant.primary_noc=\"31301\"", "applicant.jobs.1.country=\"abroad\"",
		"spouse.birth_date=2012-01-01", "spouse.age=16", "spouse.age=15", "spouse.second_language.test=\"tef\"",
		"spouse.canadian_education=\"degree\"", "applicant.residences.1={country=\"India\",start=2000-01-01}",
		"spouse.residences.1={country=\"\",start=2000-01-01,end=1999-01-01}", "children.1={birth_date=2020-02-29}",
		"applicant.jobs.1.authorized=false", "applicant.jobs.1.self_employed=true", "applicant.jobs.1.end=",
	} {
		for n := range examples {
			f.Add(uint8(n), s)
		}
	}
	d := day("2026-08-20")
	f.Fuzz(func(t *testing.T, n uint8, assignment string) {
		p := examples[int(n)%len(examples)]
		q, err := Set(r, p, assignment)
		if err != nil {
			if q != p {
				t.Fatalf("refused (%v) but changed the profile", err)
			}
			return
		}
		if err := CheckProfile(r, &q); err != nil {
			t.Fatalf("accepted %q, but CheckProfile refuses the result: %v", assignment, err)
		}
		if back, err := ReadProfile(r, "again.toml", EncodeProfile(&q)); err != nil || back != q {
			t.Fatalf("accepted %q, but the result does not read back the same: %v\n%s", assignment, err, EncodeProfile(&q))
		}
		a := Assess(r, &q, d)
		if a.CRS.Total < 0 || a.CRS.Total > r.CRS.Total {
			t.Fatalf("total %d out of range", a.CRS.Total)
		}
		c := r.Compare(&q, d)
		if len(c.Missing) == 0 && (c.Swapped.CRS.Total < 0 || c.Swapped.CRS.Total > r.CRS.Total) {
			t.Fatalf("swapped total %d out of range", c.Swapped.CRS.Total)
		}
		_ = r.AssessCategories(&a)
	})
}
