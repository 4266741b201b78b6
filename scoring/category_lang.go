package scoring

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/noc"
)

// A category version's words in any language: its title and conditions (rules.toml's own in
// English, core.toml's rules_cat_* in French, so the rules stay one file) and the reasons a
// CategoryResult gives (from what was Said, with core.toml's catr_* messages). report and rounds
// both write them from here.

// rulesID is the id of the French of a text of rules.toml: "rules_cat_healthcare_v2" for a category
// version's title, with "_cond1" ... for its conditions. English has no such messages: its words
// are rules.toml's own.
func (v *CategoryVersion) rulesID() string {
	return "rules_cat_" + v.ID + "_v" + strconv.Itoa(v.Version)
}

// TitleIn is the version's title: the rules' own in English, the catalogue's in French (the rules'
// own when the catalogue has none, as for a version a newer rules file adds); "" for nil.
func (v *CategoryVersion) TitleIn(p *i18n.Printer) string {
	if v == nil {
		return ""
	}
	if p.Lang() != i18n.En && p.Has(v.rulesID()) {
		return p.T(v.rulesID(), nil)
	}
	return v.Title
}

// ConditionIn is one of the version's conditions (as said, without its final ".") in p's language.
func (v *CategoryVersion) ConditionIn(p *i18n.Printer, said string) string {
	if v == nil {
		return said
	}
	for i, c := range v.Conditions {
		id := v.rulesID() + "_cond" + strconv.Itoa(i+1)
		if strings.TrimSuffix(c, ".") == said && p.Lang() != i18n.En && p.Has(id) {
			return p.T(id, nil)
		}
	}
	return said
}

// ReasonsIn are the result's reasons (Reasons) in p's language, from what was said of each.
func (r *CategoryResult) ReasonsIn(p *i18n.Printer, v *CategoryVersion) []string {
	out := make([]string, 0, len(r.Reasons))
	for i, why := range r.Reasons {
		if i < len(r.Said) {
			why = r.Said[i].ReasonIn(p, v, why)
		}
		out = append(out, why)
	}
	return out
}

// ReasonIn writes one reason of category version v from what was said (its format and
// arguments), or gives english back (fmt.Sprintf of the format when english is "") for a format
// it does not know.
func (s Said) ReasonIn(p *i18n.Printer, v *CategoryVersion, english string) string {
	if english == "" {
		english = fmt.Sprintf(s.Format, s.Args...)
	}
	arg := func(i int) any {
		if i < len(s.Args) {
			return s.Args[i]
		}
		return ""
	}
	switch s.Format {
	case SaidNotInPool:
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
		return p.T("catr_not_listed", i18n.Args{"List": v.TitleIn(p)})
	case "NOC %s %s is on the %s list; %d months%s in it%s in the last %s, %d needed":
		return s.experienceIn(p, v, english)
	case "also asks %d more conditions that eewizard does not ask":
		return p.T("catr_more_conditions", i18n.Args{"N": arg(0)})
	case "also asks: %s (not asked by eewizard, so not taken as met)":
		c, _ := arg(0).(string)
		return p.T("catr_condition", i18n.Args{"Condition": v.ConditionIn(p, c)})
	}
	return english
}

// experienceIn is the reason on an occupation's months of work in the category.
func (s Said) experienceIn(p *i18n.Printer, v *CategoryVersion, english string) string {
	if v == nil || v.Experience == nil || len(s.Args) < 8 {
		return english
	}
	how, where := "", ""
	if v.Experience.Continuous {
		how = p.T("catr_how_continuous", nil)
	}
	if v.Experience.CanadaOnly {
		where = p.T("catr_where_canada", nil)
	}
	code, _ := s.Args[0].(string)
	title, _ := s.Args[1].(string)
	return p.T("catr_experience", i18n.Args{"NOC": s.Args[0], "Occupation": OccupationTitleIn(p, code, title), "List": v.TitleIn(p),
		"Months": s.Args[3], "How": how, "Where": where, "Years": YearsIn(p, v.Experience.WithinYears), "Need": s.Args[7]})
}

// OccupationTitleIn is an occupation's title in p's language: CNP 2021's French title in French
// (noc.Table.TitleIn), else the English title given.
func OccupationTitleIn(p *i18n.Printer, code, english string) string {
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
