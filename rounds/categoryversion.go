package rounds

import (
	"fmt"
	"time"

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
		return nil, roundErr(rd, "a %s round whose name no category version of the rules claims: %s", rd.Category, NotAssessed)
	case rd.Category != Other && v.ID != rd.Category.String():
		return nil, roundErr(rd, "a %s round by its words, but %s of the rules claims it: %s", rd.Category, v, NotAssessed)
	case !v.InForce(rd.Date):
		return nil, roundErr(rd, "held outside the dates of %s (%s), which claims it: %s", v, v.Dates(), NotAssessed)
	}
	return v, nil
}

func roundErr(rd *Round, format string, args ...any) error {
	return fmt.Errorf("round %s of %s, %q: %s", rd.Number, rd.Date.Format(time.DateOnly), rd.Name, fmt.Sprintf(format, args...))
}

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
			errs = append(errs, roundErr(rd, "claimed by %s, but its words name no category (%s)", v, Classify(rd.Name)))
		}
	}
	return errs
}
