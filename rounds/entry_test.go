package rounds

import (
	"fmt"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// TestCanEnterAgreesWithKindsForAndMissingSaysWhy: for profiles eligible for some programs and
// none, CanEnter is true exactly for the kinds KindsFor lists (All as General; an occupation
// category never for a profile of year counts; Other never), and Missing names what is missing
// for the others.
func TestCanEnterAgreesWithKindsForAndMissingSaysWhy(t *testing.T) {
	r, read := entryRules(t)
	day, _ := scoring.ParseDay("2026-08-20")
	const head = "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\nteer = 1\n"
	profiles := map[string]string{
		"cec-french-nominated": head + "canadian_work_years = 1\ncanadian_work_years_last_3 = 1\nprovincial_nomination = true\n" +
			"[applicant.first_language]\ntest = \"tef\"\nlistening = 450\nreading = 450\nwriting = 450\nspeaking = 460\n",
		"cec-english": head + "canadian_work_years = 1\ncanadian_work_years_last_3 = 1\n" +
			"[applicant.first_language]\ntest = \"celpip\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n" +
			"[applicant.second_language]\ntest = \"nclc\"\nlistening = 7\nreading = 6\nwriting = 7\nspeaking = 7\n",
		"none": head + "foreign_work_years = 3\n" +
			"[applicant.first_language]\ntest = \"celpip\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n",
	}
	for name, text := range profiles {
		p := read(text)
		a := scoring.Assess(r, &p, day)
		listed := map[Category]bool{}
		for _, k := range KindsFor(r, &a, &p) {
			listed[k.Category] = true
		}
		for _, c := range append(Categories(), All) {
			got := CanEnter(r, c, &a, &p)
			want := listed[c] || c == All && listed[General]
			if got != want || got && c >= Healthcare {
				t.Errorf("%s: %s: CanEnter %v, KindsFor %v", name, c, got, want)
			}
			e := Entry(r, c, day)
			if e.Met(&a, &p) != got || (Missing(r, c, &a, &p) == "") != got || e.Need == "" || e.Unchecked != "" {
				t.Errorf("%s: %s: entry disagrees: met %v, missing %q, need %q", name, c, e.Met(&a, &p), Missing(r, c, &a, &p), e.Need)
			}
		}
	}
	p := read(profiles["cec-english"])
	a := scoring.Assess(r, &p, day)
	for c, want := range map[Category]string{
		French:     "French: lowest NCLC 6, the category needs NCLC 7 in all four abilities",
		PNP:        "no provincial or territorial nomination",
		FST:        "FST: ",
		Healthcare: "cannot be met without jobs: the profile gives years of work, not jobs with their NOC codes",
		Other:      "a kind of round these rules do not know: " + NotAssessed,
	} {
		if got := Missing(r, c, &a, &p); !strings.Contains(got, want) {
			t.Errorf("cec-english: %s: missing %q, want %q in it", c, got, want)
		}
	}
	p = read(profiles["none"])
	a = scoring.Assess(r, &p, day)
	if got := Missing(r, French, &a, &p); !strings.Contains(got, "not eligible for any program (FSW: settlement funds") ||
		!strings.Contains(got, "CEC: skilled work in Canada") || !strings.HasSuffix(got, "); no French result: the category needs NCLC 7 in all four abilities") {
		t.Errorf("none: French: %q", got)
	}
}

// FuzzCanEnterAgreesWithKindsFor builds a profile from fuzzed answers (languages on the NCLC and
// CLB scales, work as year counts or one job, TEER, funds, nomination) and checks, for every
// category, that CanEnter agrees with KindsFor (All as General), that Missing is empty exactly
// when the profile can enter, and that only a profile with a job (one of five occupations, on
// lists or not) enters an occupation category.
func FuzzCanEnterAgreesWithKindsFor(f *testing.F) {
	day, _ := scoring.ParseDay("2026-08-20")
	r, _ := testRules(f).At(day)
	f.Add(uint8(7), uint8(7), uint8(7), uint8(7), uint8(9), uint8(1), uint8(1), uint8(3), uint8(1), uint32(0), true, true, uint8(0))
	f.Add(uint8(9), uint8(9), uint8(9), uint8(9), uint8(0), uint8(0), uint8(0), uint8(3), uint8(4), uint32(20000), false, false, uint8(0))
	f.Add(uint8(9), uint8(9), uint8(9), uint8(9), uint8(0), uint8(0), uint8(0), uint8(0), uint8(1), uint32(0), false, false, uint8(5*20+1))
	f.Add(uint8(9), uint8(9), uint8(9), uint8(9), uint8(5), uint8(0), uint8(0), uint8(0), uint8(1), uint32(0), false, false, uint8(5*8+2))
	f.Fuzz(func(t *testing.T, l, rd, w, s, second, cw, cw3, fw, teer uint8, funds uint32, nominated, frenchFirst bool, job uint8) {
		first, other := "clb", "nclc"
		if frenchFirst {
			first, other = "nclc", "clb"
		}
		lvl := func(v uint8) int { return 3 + int(v%8) } // CLB or NCLC 3 to 10
		work := fmt.Sprintf("teer = %d\ncanadian_work_years = %d\ncanadian_work_years_last_3 = %d\nforeign_work_years = %d\n",
			teer%6, cw%4, min(cw3%4, cw%4), fw%5)
		jobs := ""
		if job > 0 { // one job in Canada instead of the year counts: an occupation of a list or of none, 0 to 51 months
			codes := [...]string{"31301", "41300", "31204", "11200", "72010"}
			work = ""
			jobs = fmt.Sprintf("[[applicant.jobs]]\nnoc = %q\ncountry = \"canada\"\nstart = %s\n", codes[job%5],
				day.AddDate(0, -int(job/5), -1).Format("2006-01-02"))
		}
		text := fmt.Sprintf("[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n%s"+
			"settlement_funds = %d\nprovincial_nomination = %v\n"+
			"[applicant.first_language]\ntest = %q\nlistening = %d\nreading = %d\nwriting = %d\nspeaking = %d\n",
			work, funds%40000, nominated, first, lvl(l), lvl(rd), lvl(w), lvl(s))
		if second > 0 {
			v := lvl(second)
			text += fmt.Sprintf("[applicant.second_language]\ntest = %q\nlistening = %d\nreading = %d\nwriting = %d\nspeaking = %d\n", other, v, v, v, v)
		}
		text += jobs
		p, err := scoring.ReadProfile(r, "p.toml", []byte(text))
		if err != nil {
			t.Skip() // not a profile the reader accepts
		}
		a := scoring.Assess(r, &p, day)
		listed := map[Category]bool{}
		for _, k := range KindsFor(r, &a, &p) {
			listed[k.Category] = true
		}
		for _, c := range append(Categories(), All) {
			want := listed[c] || c == All && listed[General]
			got := CanEnter(r, c, &a, &p)
			occupational := c >= Healthcare && c < Other
			if got != want || (Missing(r, c, &a, &p) == "") != got || got && occupational && job == 0 {
				t.Fatalf("%s: CanEnter %v, KindsFor %v, missing %q\n%s", c, got, want, Missing(r, c, &a, &p), text)
			}
		}
	})
}
