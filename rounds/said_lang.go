package rounds

import (
	"strconv"
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/noc"
	"github.com/eewizard/eewizard/scoring"
)

// notAssessedTold is NotAssessed as told.
var notAssessedTold = &told{id: "rnd_not_assessed"}

// categoryReasonIn writes one reason of a category version from what scoring said (its format and
// arguments), with core.toml's catr_* messages, or gives english back for a format it does not
// know. It is report/work_lang.go's categoryReasonIn, which rounds cannot import (report imports
// rounds); TestCategoryReasonsKnownHere checks that it knows every format of scoring/categories.go.
func categoryReasonIn(p *i18n.Printer, v *scoring.CategoryVersion, s scoring.Said, english string) string {
	arg := func(i int) any {
		if i < len(s.Args) {
			return s.Args[i]
		}
		return ""
	}
	switch s.Format {
	case scoring.SaidNotInPool:
		return p.T("catr_not_in_pool", nil)
	case "French NCLC %d or more in all four abilities (lowest NCLC %d)":
		return p.T("catr_french_met", i18n.Args{"N": arg(0), "Lowest": arg(1)})
	case "French: lowest NCLC %d, the category needs NCLC %d in all four abilities":
		return p.T("catr_french_low", i18n.Args{"Lowest": arg(0), "N": arg(1)})
	case "the French result is too old to count: the category needs NCLC %d in all four abilities":
		return p.T("catr_french_old", i18n.Args{"N": arg(0)})
	case "no French result: the category needs NCLC %d in all four abilities":
		return p.T("catr_french_none", i18n.Args{"N": arg(0)})
	case "cannot be met without jobs: the profile gives years of work, not jobs with their NOC codes":
		return p.T("catr_no_jobs", nil)
	case "no job's occupation is on the %s list":
		return p.T("catr_not_listed", i18n.Args{"List": categoryTitleIn(p, v)})
	case "NOC %s %s is on the %s list; %d months%s in it%s in the last %s, %d needed":
		if v == nil || v.Experience == nil {
			return english
		}
		how, where := "", ""
		if v.Experience.Continuous {
			how = p.T("catr_how_continuous", nil)
		}
		if v.Experience.CanadaOnly {
			where = p.T("catr_where_canada", nil)
		}
		code, _ := arg(0).(string)
		title, _ := arg(1).(string)
		return p.T("catr_experience", i18n.Args{"NOC": arg(0), "Occupation": occupationIn(p, code, title), "List": categoryTitleIn(p, v),
			"Months": arg(3), "How": how, "Where": where, "Years": scoring.YearsIn(p, v.Experience.WithinYears), "Need": arg(7)})
	case "also asks %d more conditions that eewizard does not ask":
		return p.T("catr_more_conditions", i18n.Args{"N": arg(0)})
	case "also asks: %s (not asked by eewizard, so not taken as met)":
		c, _ := arg(0).(string)
		return p.T("catr_condition", i18n.Args{"Condition": conditionIn(p, v, c)})
	}
	return english
}

// rulesID is the id of the French of a category version's title in core.toml (rules_cat_*).
func rulesID(v *scoring.CategoryVersion) string {
	return "rules_cat_" + v.ID + "_v" + strconv.Itoa(v.Version)
}

// categoryTitleIn is a category version's title: the rules' own in English, core.toml's
// rules_cat_* in French (the rules' own when there is none), as report.CategoryTitleIn.
func categoryTitleIn(p *i18n.Printer, v *scoring.CategoryVersion) string {
	if v == nil {
		return ""
	}
	if p.Lang() != i18n.En && p.Has(rulesID(v)) {
		return p.T(rulesID(v), nil)
	}
	return v.Title
}

// conditionIn is a category version's condition (as said, without its final ".") in p's language.
func conditionIn(p *i18n.Printer, v *scoring.CategoryVersion, said string) string {
	if v == nil {
		return said
	}
	for i, c := range v.Conditions {
		id := rulesID(v) + "_cond" + strconv.Itoa(i+1)
		if strings.TrimSuffix(c, ".") == said && p.Lang() != i18n.En && p.Has(id) {
			return p.T(id, nil)
		}
	}
	return said
}

// occupationIn is the occupation's title in p's language: CNP 2021's in French, else english.
func occupationIn(p *i18n.Printer, code, english string) string {
	if p.Lang() != i18n.Fr {
		return english
	}
	units, err := noc.Embedded()
	if err != nil {
		return english
	}
	if fr := units.TitleIn(code, noc.French); fr != "" {
		return fr
	}
	return english
}
