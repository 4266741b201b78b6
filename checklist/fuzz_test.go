package checklist

import (
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// FuzzChecklist: any profile file a reader accepts (residences, the spouse's facts, children,
// jobs) builds a checklist for any ITA date without a panic; a refused ITA date is an error, and
// every item has an id, a title and a person.
func FuzzChecklist(f *testing.F) {
	f.Add([]byte(residencesBase+"\n[[applicant.residences]]\ncountry = \"India\"\nstart = 2000-01-01\nend = 2020-12-31\n"), uint16(9000))
	f.Add([]byte(strings.Replace(residencesBase, "\"single\"", "\"married\"", 1)+
		"\n[spouse]\nbirth_date = 1992-03-01\neducation = \"bachelors\"\n[[spouse.residences]]\ncountry = \"Qatar\"\nstart = 2010-01-01\n"+
		"\n[[children]]\nname = \"A\"\nbirth_date = 2003-01-01\n"), uint16(20000))
	f.Add([]byte("[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2024-01-01\nhours_per_week = 45\n"), uint16(0))
	r := testRules(f)
	base := date("2000-01-01")
	f.Fuzz(func(t *testing.T, data []byte, ita uint16) {
		on := base.AddDate(0, 0, int(ita)%12000)
		rr, err := r.At(on)
		if err != nil {
			return
		}
		p, err := scoring.ReadProfile(rr, "fuzz.toml", data)
		if err != nil {
			return
		}
		c, err := Build(r, &p, scoring.ITA{Date: on}, date("2026-12-02"))
		if err != nil {
			return
		}
		for _, it := range c.Items {
			if it.ID == "" || it.Title == "" || it.Who == "" {
				t.Fatalf("item without id, title or person: %+v", it)
			}
		}
		var b strings.Builder
		Text(&b, &c, 80)
		_ = NewJSON(&c)
	})
}
