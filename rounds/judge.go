package rounds

import (
	"fmt"
	"strings"

	"github.com/eewizard/eewizard/scoring"
)

// Judged is how a round was judged for a candidate, apart from its cut-off.
type Judged uint8

// How a round is judged. A round of no category (general, program, PNP) is Entered: KindsFor lists
// its kind from the candidate's programs and nomination. A category round is judged with the
// category version it was held under (VersionOf), with the candidate's facts on the day of their
// assessment (scoring.Rules.AssessCategory): "would the candidate as they are today have been
// invited in that round". Each Verdict of a Standing carries its judgement, the version, whether
// the cut-off was reached and why it was not Entered; Standing.Excluded groups those not Entered
// for a text, and Verdict.Mark gives the glyph the command line and the TUI both show.
const (
	Entered    Judged = iota // the candidate meets what the round asks besides the score
	OffList                  // a category round whose version lists none of the candidate's occupations
	RuleNotMet               // a category round whose version the candidate does not meet otherwise (months, French, conditions)
	Unassessed               // a category round no version claims, or a round of no known kind (NotAssessed): never counted
)

var judgedKeys = [...]string{Entered: "met", OffList: "off_list", RuleNotMet: "rule_not_met", Unassessed: "not_assessed"}

// String is the judgement in a few words, for people: "not in this list version".
func (j Judged) String() string {
	if int(j) < len(judgedKeys) {
		return j.StringIn(en)
	}
	return fmt.Sprintf("Judged(%d)", uint8(j))
}

// MarshalText encodes the judgement for JSON: "met", "off_list", "rule_not_met", "not_assessed".
func (j Judged) MarshalText() ([]byte, error) {
	if int(j) >= len(judgedKeys) {
		return nil, fmt.Errorf("judgement %d: no such judgement", uint8(j))
	}
	return []byte(judgedKeys[j]), nil
}

// Verdict is one round judged for a candidate at a score.
type Verdict struct {
	Round   Round
	Version *scoring.CategoryVersion // the category version the round was held under; nil for a round of no category or not assessed
	Judged  Judged
	Reached bool   // the score is at or above the round's cut-off
	Why     string // why the round is not Entered, in plain words ("" when it is)

	told *told // what Why was said from, for ReasonIn
}

// Invited reports whether the candidate would have been invited: the round is Entered and its
// cut-off reached. A round not assessed never is.
func (v *Verdict) Invited() bool { return v.Judged == Entered && v.Reached }

// Mark is the verdict in one glyph: ✓ invited, ✗ cut-off not reached, ○ the round's list version
// not met (whatever the score), ? not assessed.
func (v *Verdict) Mark() string {
	switch {
	case v.Judged == Unassessed:
		return "?"
	case v.Judged != Entered:
		return "○"
	case v.Reached:
		return "✓"
	}
	return "✗"
}

// Judge returns the last n rounds of category c, newest first, each judged for the candidate of
// a at a's CRS score: a category round with its own version (so a round under an older list is
// judged with that list and its rule), a round no version claims as Unassessed. Invited counts the
// rounds that would have invited the candidate. Standings uses it for each kind; the TUI's chart for
// any category.
func (f *Feed) Judge(r *scoring.Rules, a *scoring.Assessment, c Category, n int) Standing {
	var memo versionMemo
	s := f.judge(r, a, c, n, &memo)
	s.Kind = Kind{Category: c}
	return s
}

func (f *Feed) judge(r *scoring.Rules, a *scoring.Assessment, c Category, n int, memo *versionMemo) Standing {
	recent := f.Latest(c, n)
	s := Standing{Rounds: make([]Verdict, len(recent))}
	for i := range recent {
		v := &s.Rounds[i]
		v.Round, v.Reached = recent[i], recent[i].CutOff <= a.CRS.Total
		judgeRound(r, a, v, memo)
		if v.Invited() {
			s.Invited++
		}
	}
	return s
}

// judgeRound sets v's version, judgement and why.
func judgeRound(r *scoring.Rules, a *scoring.Assessment, v *Verdict, memo *versionMemo) {
	ver, err := VersionOf(r, &v.Round)
	switch {
	case err != nil:
		v.Judged, v.Why, v.told = Unassessed, NotAssessed, notAssessedTold
		return
	case ver == nil && v.Round.Category == Other:
		v.Judged, v.Why, v.told = Unassessed, NotAssessed, notAssessedTold // words of no known kind, and no version claims it
		return
	case ver == nil:
		return // a round of no category: Entered
	}
	v.Version = ver
	res := memo.assess(r, ver, a)
	if res.Eligible {
		return
	}
	v.Judged, v.Why = RuleNotMet, strings.Join(res.Unmet, "; ")
	v.told = &told{notInPool: !a.EligibleAny(), version: ver, said: unmetSaid(&res)}
	if !a.EligibleAny() {
		v.Why = strings.Join(append([]string{"not eligible for any program"}, res.Unmet...), "; ")
	}
	if jobs := a.Jobs(); ver.Experience != nil && len(jobs) > 0 && !ver.ListsAny(jobs) {
		v.Judged = OffList
	}
}

// Excluded is a group of rounds of a Standing that could not have invited the candidate whatever
// the score, for one reason: those not met under their versions, or those not assessed.
type Excluded struct {
	Judged   Judged
	Versions []*scoring.CategoryVersion // the versions of the group's rounds, newest first; none for rounds not assessed
	Why      string
	Rounds   int // how many rounds of the Standing

	told *told // what Why was said from, for StringIn
}

// String says the group in plain words: "2 rounds under healthcare version 1: not in this list
// version (no job's occupation is on the Healthcare occupations list)", "15 rounds under
// healthcare versions 3, 2 and 1: not met under this list version (cannot be met without jobs:
// ...)", "1 round: category not known to these rules: not assessed".
func (e *Excluded) String() string { return e.StringIn(en) }

// Mark is the group's glyph, as Verdict.Mark gives it for each of its rounds.
func (e *Excluded) Mark() string { return (&Verdict{Judged: e.Judged}).Mark() }

// Excluded groups the rounds of s that are not Entered by judgement and reason (rounds not
// assessed together), in the order their newest round comes in s.
func (s *Standing) Excluded() []Excluded {
	var out []Excluded
	for i := range s.Rounds {
		v := &s.Rounds[i]
		if v.Judged == Entered {
			continue
		}
		j := 0
		for j < len(out) && (out[j].Why != v.Why || out[j].Judged != v.Judged) {
			j++
		}
		if j == len(out) {
			out = append(out, Excluded{Judged: v.Judged, Why: v.Why, told: v.told})
		}
		e := &out[j]
		if v.Version != nil && (len(e.Versions) == 0 || e.Versions[len(e.Versions)-1] != v.Version) {
			e.Versions = append(e.Versions, v.Version)
		}
		e.Rounds++
	}
	return out
}

// versionMemo keeps the judgement of each version met in one pass over the rounds: the rounds of a
// kind are held under a few versions, each judged once.
type versionMemo struct {
	n    int
	keys [8]*scoring.CategoryVersion
	vals [8]scoring.CategoryResult
}

func (m *versionMemo) assess(r *scoring.Rules, v *scoring.CategoryVersion, a *scoring.Assessment) scoring.CategoryResult {
	for i := range m.n {
		if m.keys[i] == v {
			return m.vals[i]
		}
	}
	res := r.AssessCategory(v, a)
	if m.n < len(m.keys) {
		m.keys[m.n], m.vals[m.n] = v, res
		m.n++
	}
	return res
}
