package scoring

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// CategoryCheck is a category round's category judged twice after the ITA: for the profile at the
// ITA on the ITA date, and for the changed profile on the day of applying, its jobs counted to that
// day (IRCC asks that the category be met when invited and when the application is made).
type CategoryCheck struct {
	Version *CategoryVersion
	AtITA   CategoryResult // the profile at the ITA, on the ITA date
	OnApply CategoryResult // the changed profile, on the day of applying
	ApplyOn time.Time      // the day of applying: today, or the ITA date for an ITA in the future
}

// checkCategory judges the ITA's category, when the round had one: it adds the failing category to
// fails (a DECLINE) and a profile at the ITA that did not meet it to checks (a warning). A round
// whose category the rules cannot assess is said in the warnings and, for an accept, the reasons.
func (w *WhatIf) checkCategory(rr *Rules, usable *Profile, applyOn time.Time, fails, checks, warns *[]told) {
	v := w.ITA.Category
	if v == nil {
		return
	}
	c := &CategoryCheck{Version: v, ApplyOn: applyOn}
	c.AtITA = rr.AssessCategory(v, &w.Before)
	onApply := Assess(rr, usable, applyOn)
	c.OnApply = rr.AssessCategory(v, &onApply)
	w.Category = c
	if v.Experience != nil && usable.Applicant.Jobs.Len() == 0 {
		// Year counts hold no occupation: the category's months cannot be judged either way, so
		// the verdict does not rest on them (the stricter reading would decline every such profile).
		*warns = append(*warns, tell(fmt.Sprintf("the %s category (%s) asks months in a listed occupation, which a profile of year counts does not say: "+
			"it is not checked here; give the jobs ([[applicant.jobs]] with their NOC codes) to check it", v.Title, v),
			"wi_category_no_jobs", map[string]any{"Category": v}))
		return
	}
	if c.OnApply.OnlyConditionsUnmet() {
		// What the profile says of the category is met; its other conditions (military service,
		// say) no profile answers. IRCC invited on them, so the verdict does not rest on them: a
		// DECLINE for facts never asked would be advice without a reason.
		*warns = append(*warns, tell(fmt.Sprintf("the %s category (%s) also asks what eewizard does not ask (%s): "+
			"the verdict does not rest on it; check that you still meet it on the day you apply", v.Title, v, strings.Join(v.Conditions, "; ")),
			"wi_category_conditions", map[string]any{"Category": v, "Conditions": CategoryConditions{v}}))
		return
	}
	if !c.AtITA.Eligible && !c.AtITA.OnlyConditionsUnmet() {
		*checks = append(*checks, tell(fmt.Sprintf("the profile at the ITA does not meet the %s category (%s) on the ITA date either (%s)",
			v.Title, v, strings.Join(c.AtITA.Reasons, "; ")),
			"wi_check_category", map[string]any{"Category": v, "Reasons": CategoryReasons{v, &c.AtITA}}))
	}
	if !c.OnApply.Eligible {
		was := "no longer meets"
		if !c.AtITA.Eligible {
			was = "does not meet"
		}
		*fails = append(*fails, tell(fmt.Sprintf("invited in a %s round, but the changed profile %s the category (%s) on the day you apply, %s: %s",
			v.Title, was, v, applyOn.Format(time.DateOnly), strings.Join(c.OnApply.Reasons, "; ")),
			"wi_fails_category", map[string]any{"Was": c.AtITA.Eligible, "Category": v, "Date": applyOn, "Reasons": CategoryReasons{v, &c.OnApply}}))
	}
}

// notAssessedWarning is what the what-if says of a category round the rules cannot assess.
func notAssessedWarning(why string) told {
	return tell("the round's category is not assessed ("+why+"): its list and rule are unknown to these rules, so whether you still meet it is not checked here; check the round's instructions yourself",
		"wi_not_assessed", map[string]any{"Why": why})
}

// CategoryVersionFor returns the version of category id that an ITA on day was held under: version
// when it is more than 0 (it need not be in force on day), else the version in force on day. The
// error names the category ids or the versions there are.
func (r *Rules) CategoryVersionFor(id string, version int, day time.Time) (*CategoryVersion, error) {
	var have []string
	var versions CategoryVersions
	for i := range r.Categories {
		v := &r.Categories[i]
		if v.ID != id {
			continue
		}
		have, versions = append(have, fmt.Sprintf("%d (%s)", v.Version, v.Dates())), append(versions, v)
		if (version > 0 && v.Version == version) || (version <= 0 && v.InForce(day)) {
			return v, nil
		}
	}
	switch {
	case len(have) == 0:
		want := strings.Join(CategoryIDs, ", ")
		return nil, toldErr(fmt.Sprintf("category %q: want one of %s", id, want), "wi_err_category", map[string]any{"Value": strconv.Quote(id), "Want": want})
	case version > 0:
		return nil, toldErr(fmt.Sprintf("category %s has no version %d: its versions are %s", id, version, strings.Join(have, ", ")),
			"wi_err_category_version", map[string]any{"ID": id, "N": version, "Versions": versions})
	}
	return nil, toldErr(fmt.Sprintf("category %s: no version is in force on %s: its versions are %s", id, Day(day).Format(time.DateOnly), strings.Join(have, ", ")),
		"wi_err_category_in_force", map[string]any{"ID": id, "Date": Day(day), "Versions": versions})
}
