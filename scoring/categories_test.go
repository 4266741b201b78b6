package scoring

import (
	"strings"
	"testing"
)

// nurse is a registered nurse (NOC 31301) with CLB 9, single, whose jobs are given.
func nurse(t *testing.T, r *Rules, jobs ...string) Profile {
	t.Helper()
	src := "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n" +
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n"
	for _, j := range jobs {
		src += "\n[[applicant.jobs]]\n" + j + "\n"
	}
	return mustProfile(t, r, src)
}

func category(t *testing.T, r *Rules, p *Profile, d, id string) CategoryResult {
	t.Helper()
	a := Assess(r, p, day(d))
	for _, c := range r.AssessCategories(&a) {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no %s category in force on %s", id, d)
	return CategoryResult{}
}

func job(start, end string) string {
	return "noc = \"31301\"\ncountry = \"canada\"\nstart = " + start + "\nend = " + end
}

// Until 2026-02-17: 6 months of continuous work in one listed occupation in the last 3 years.
// 182 days at 30 h are 780 hours, 6 months of 130; 181 days are 775.7 hours, 5 months.
func TestCategoryRuleSixMonthsContinuousUntil20260217(t *testing.T) {
	r := rulesOn(t, "2025-08-20")
	for _, tc := range []struct{ end, months string }{{"2025-07-01", "6 months continuous"}, {"2025-06-30", "5 months continuous"}} {
		p := nurse(t, r, job("2025-01-01", tc.end))
		c := category(t, r, &p, "2025-08-20", "healthcare")
		why := strings.Join(c.Reasons, "; ")
		if !strings.Contains(why, "NOC 31301 Registered nurses and registered psychiatric nurses is on the") ||
			!strings.Contains(why, tc.months+" in it in the last 3 years, 6 needed") {
			t.Errorf("end %s: %s", tc.end, why)
		}
	}
	// two 4-month jobs with a gap: 8 months, but not 6 continuous
	p := nurse(t, r, job("2024-01-01", "2024-04-30"), job("2024-06-01", "2024-09-30"))
	if c := category(t, r, &p, "2025-08-20", "healthcare"); c.Eligible || !strings.Contains(strings.Join(c.Reasons, ";"), "4 months continuous") {
		t.Errorf("two 4-month jobs: %v %v", c.Eligible, c.Reasons)
	}
}

// From 2026-02-18: 12 months, not necessarily continuous. Two 182-day jobs with a gap are 364 days,
// 1,560 hours, 12 months; 181 + 182 days are 11.
func TestCategoryRuleTwelveMonthsFrom20260218(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := nurse(t, r, job("2024-09-01", "2025-03-01"), job("2025-06-01", "2025-11-29"))
	c := category(t, r, &p, "2026-08-20", "healthcare")
	if !c.Eligible || !strings.Contains(strings.Join(c.Reasons, ";"), "12 months in it in the last 3 years, 12 needed") {
		t.Errorf("364 days: eligible %v %v", c.Eligible, c.Reasons)
	}
	p = nurse(t, r, job("2024-09-02", "2025-03-01"), job("2025-06-01", "2025-11-29"))
	c = category(t, r, &p, "2026-08-20", "healthcare")
	if c.Eligible || !strings.Contains(strings.Join(c.Reasons, ";"), "11 months in it") {
		t.Errorf("363 days: eligible %v %v", c.Eligible, c.Reasons)
	}
}

// Physicians count work in Canada only: a year as a physician abroad is none.
func TestCategoryCanadaOnly(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	v := func() string {
		for _, c := range r.CategoriesOn(day("2026-08-20")) {
			if c.ID == "physicians" {
				return c.NOC[0]
			}
		}
		t.Fatal("no physicians category")
		return ""
	}()
	p := nurse(t, r, "noc = \""+v+"\"\ncountry = \"abroad\"\nstart = 2024-01-01\nend = 2025-12-31",
		"noc = \"31301\"\ncountry = \"canada\"\nstart = 2024-01-01\nend = 2025-12-31")
	c := category(t, r, &p, "2026-08-20", "physicians")
	if why := strings.Join(c.Reasons, ";"); c.Eligible || !strings.Contains(why, "0 months") || !strings.Contains(why, "in Canada in the last 3 years, 12 needed") {
		t.Errorf("abroad physician: %v %v", c.Eligible, c.Reasons)
	}
}

// A profile of year counts has no occupation: it cannot meet an occupation category, and says so.
func TestCategoryWithoutJobsCannotBeMet(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := mustProfile(t, r, "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\ncanadian_work_years = 2\n")
	c := category(t, r, &p, "2026-08-20", "healthcare")
	if c.Eligible || len(c.Unmet) != 1 || c.Unmet[0] != "cannot be met without jobs: the profile gives years of work, not jobs with their NOC codes" ||
		len(c.Reasons) != 2 || !strings.HasPrefix(c.Reasons[0], "not eligible for FSW, CEC or FST") {
		// No language result: eligible for no program, which Reasons says and Unmet leaves out.
		t.Errorf("%v %v", c.Eligible, c.Reasons)
	}
}

// The French category reads the version's french_nclc: a result at NCLC 7 meets it, one taken 2
// years before the day (expired: language_test_valid_years = 2) is said to be too old, and no
// French result is said as such.
func TestCategoryFrenchSaysAnExpiredResultApart(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	const src = "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n" +
		"canadian_work_years = 1\ncanadian_work_years_last_3 = 1\nteer = 1\n" +
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n"
	const french = "[applicant.second_language]\ntest = \"nclc\"\ndate = %s\nlistening = 7\nreading = 7\nwriting = 7\nspeaking = 7\n"
	for _, tc := range []struct{ extra, unmet string }{
		{strings.Replace(french, "%s", "2024-08-21", 1), ""},
		{strings.Replace(french, "%s", "2024-08-20", 1), "the French result is too old to count: the category needs NCLC 7 in all four abilities"},
		{"", "no French result: the category needs NCLC 7 in all four abilities"},
	} {
		p := mustProfile(t, r, src+tc.extra)
		c := category(t, r, &p, "2026-08-20", "french")
		if c.Eligible != (tc.unmet == "") || strings.Join(c.Unmet, "; ") != tc.unmet {
			t.Errorf("%q: eligible %v, unmet %q, want %q", tc.extra, c.Eligible, c.Unmet, tc.unmet)
		}
	}
}

// Asks says a version's rule from its fields: months, continuous or not, Canada only, the list's
// title, the window, and the French level.
func TestCategoryVersionAsksItsRuleInWords(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	want := map[string]string{
		"healthcare": "12 months of work (not necessarily continuous) in one occupation of the Healthcare and social services occupations list in the last 3 years",
		"physicians": "12 months of work (continuous) in Canada in one occupation of the Physicians with Canadian work experience list in the last 3 years",
		"french":     "NCLC 7 or more in all four French abilities",
	}
	for _, v := range r.CategoriesOn(day("2026-08-20")) {
		if w, ok := want[v.ID]; ok && v.Asks() != w {
			t.Errorf("%s: %q, want %q", &v, v.Asks(), w)
		}
		delete(want, v.ID)
	}
	if len(want) > 0 {
		t.Errorf("not in force on 2026-08-20: %v", want)
	}
}
