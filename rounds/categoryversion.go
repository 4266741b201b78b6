package rounds

import (
	"strconv"

	"github.com/eewizard/eewizard/scoring"
)

// NotAssessed is what a category round is when no category version of the rules claims its name:
// its list and rule are unknown, so no one is judged for it, and no list is guessed from its words.
const NotAssessed = "category not known to these rules: not assessed"

// Selection reports whether c is a category of category-based selection (French, healthcare, STEM,
// trades, transport, agriculture, education, physicians, senior managers, researchers, military),
// whose rounds are judged by the version of the rules that claims their name.
func (c Category) Selection() bool { return c >= French && c <= Military }

// VersionOf returns the category version of the rules that round rd is held under: the version
// that claims its drawName exactly. A round of no category (general, program, PNP rounds, or an
// unknown name no version claims) gives nil and no error. A category round (by its words) that no
// version claims, that a version of another category claims, or that falls outside the dates of
// the version that claims it gives an error that says NotAssessed: such a round is never matched
// to a list by a guess.
func VersionOf(r *scoring.Rules, rd *Round) (*scoring.CategoryVersion, error) {
	v, claimed := r.CategoryForRound(rd.Name)
	switch {
	case !claimed && !rd.Category.Selection():
		return nil, nil
	case !claimed:
		return nil, roundErr(rd, tellErr("rnd_err_unclaimed", map[string]any{"Category": categoryArg(rd.Category), "NotAssessed": notAssessedErr}))
	case rd.Category != Other && v.ID != rd.Category.String():
		return nil, roundErr(rd, tellErr("rnd_err_claimed_other", map[string]any{"Category": categoryArg(rd.Category), "Version": versionArg{v}, "NotAssessed": notAssessedErr}))
	case !v.InForce(rd.Date):
		return nil, roundErr(rd, tellErr("rnd_err_outside_dates", map[string]any{"Version": versionArg{v}, "Dates": datesArg{v}, "NotAssessed": notAssessedErr}))
	}
	return v, nil
}

// roundErr is why round rd is not assessed, or disagrees with the rules: "round 437 of 2026-08-19,
// "...": " and why.
func roundErr(rd *Round, why error) error {
	return tellErr("rnd_err_of_round", map[string]any{"Number": rd.Number, "Date": rd.Date, "Name": strconv.Quote(rd.Name), "Why": why})
}

// notAssessedErr is NotAssessed as an argument of a told error.
var notAssessedErr = tellErr("rnd_not_assessed", nil)

// datesArg is a toldError argument: the dates a category version is in force.
type datesArg struct{ v *scoring.CategoryVersion }

// categoryArg is a toldError argument: a category by its short name ("healthcare", "santé").
type categoryArg Category

// versionArg is a toldError argument: a category version, named by VersionIn.
type versionArg struct{ v *scoring.CategoryVersion }

// CheckCategories checks every round of the feed against the rules' category versions, as
// VersionOf judges each: it returns one error per round that is not assessed or that the rules and
// the round's words disagree on, in the order of the feed. For the embedded feed and rules it
// finds nothing; for a newer feed it lists the rounds these rules do not know.
func CheckCategories(r *scoring.Rules, f *Feed) []error {
	var errs []error
	for i := range f.Rounds {
		rd := &f.Rounds[i]
		v, err := VersionOf(r, rd)
		switch {
		case err != nil:
			errs = append(errs, err)
		case v != nil && rd.Category == Other:
			errs = append(errs, roundErr(rd, tellErr("rnd_err_no_words", map[string]any{"Version": versionArg{v}, "Class": categoryArg(Classify(rd.Name))})))
		}
	}
	return errs
}
