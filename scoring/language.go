package scoring

import (
	"github.com/eewizard/eewizard/i18n"
	"math"
	"strconv"
	"time"
)

// Ability is one of the four language abilities, in the order test reports give them.
type Ability int

// The four abilities.
const (
	Listening Ability = iota
	Reading
	Writing
	Speaking
	NumAbilities = 4
)

var abilityNames = [NumAbilities]string{"listening", "reading", "writing", "speaking"}

// String is the ability's key in profile files ("listening").
func (a Ability) String() string { return abilityNames[a] }

// Title is the ability's name for people ("Listening").
func (a Ability) Title() string {
	return [NumAbilities]string{"Listening", "Reading", "Writing", "Speaking"}[a]
}

// Chart is an IRCC equivalency chart from one test's scores to CLB (English) or NCLC (French)
// levels.
type Chart struct {
	ID       string // key in the rules file ("ielts", "tef_2019")
	Test     string // test name in profiles ("tef")
	Name     string // "IELTS General Training"
	Language string // "english" or "french"
	Source   string
	Checked  time.Time
	// ValidFrom and ValidUntil bound the test dates the chart applies to (zero: open).
	ValidFrom, ValidUntil time.Time
	Step                  float64
	Scale                 [NumAbilities][2]float64
	// Levels from the highest CLB down: Min[a] is the lowest score of that level in ability a.
	Levels []ChartLevel
}

// ChartLevel is one row of a chart.
type ChartLevel struct {
	CLB int
	Min [NumAbilities]float64
}

// French reports whether the chart gives NCLC levels.
func (c *Chart) French() bool { return c.Language == "french" }

// Level returns the CLB/NCLC level a score gives in ability a: the highest level whose minimum it
// meets, or 0 when it is below the chart's lowest level. The score is taken as its point of the
// grid (see gridPoint), the rule Check accepts it by.
func (c *Chart) Level(a Ability, score float64) int {
	g, _ := c.gridPoint(a, score)
	for _, l := range c.Levels {
		if sameOrAbove(g, l.Min[a]) {
			return l.CLB
		}
	}
	return 0
}

// gridTolerance is how far a score may be from a point of the test's grid, relative to the
// score, and still be that point: the rounding of binary floating point (a step of 0.1 is not exact
// in binary), and nothing a person types. 6.9999999999 is 1e-10 from 7: not a possible IELTS score.
const gridTolerance = 1e-13

// within reports whether x and y are the same point by gridTolerance.
func within(x, y float64) bool { return math.Abs(x-y) <= gridTolerance*max(1, math.Abs(x)) }

// sameOrAbove reports whether x is y or above, by gridTolerance.
func sameOrAbove(x, y float64) bool { return x >= y || within(y, x) }

// gridPoint is the point of the test's grid that score is, within gridTolerance, in ability a, and
// whether there is one: the one rule by which Check accepts a score and Level compares it with the
// chart's minimums. Off the grid (or on a chart without a step), the score itself.
func (c *Chart) gridPoint(a Ability, score float64) (float64, bool) {
	if c.Step <= 0 {
		return score, true
	}
	lo := c.Scale[a][0]
	g := lo + math.Round((score-lo)/c.Step)*c.Step
	if within(score, g) {
		return g, true
	}
	return score, false
}

// Lowest is the lowest level the chart names.
func (c *Chart) Lowest() int { return c.Levels[len(c.Levels)-1].CLB }

// MinScore returns the lowest score that reaches level clb in ability a, and false when the chart
// cannot reach it (above its highest level).
func (c *Chart) MinScore(a Ability, clb int) (float64, bool) {
	best, ok := 0.0, false
	for _, l := range c.Levels {
		if l.CLB >= clb {
			best, ok = l.Min[a], true
		}
	}
	return best, ok
}

// Check reports whether score is a score the test can give in ability a.
func (c *Chart) Check(a Ability, score float64) error {
	lo, hi := c.Scale[a][0], c.Scale[a][1]
	if score < lo || score > hi || math.IsNaN(score) {
		return errorf("err_out_range_scores_run", fmtScore(score), c.Name, a, fmtScore(lo), fmtScore(hi), c.stepWords())
	}
	if _, onGrid := c.gridPoint(a, score); !onGrid {
		return errorf("err_not_possible_score_scores", fmtScore(score), c.Name, a, fmtScore(lo), fmtScore(hi), c.stepWords())
	}
	return nil
}

func (c *Chart) stepWords() any {
	switch c.Step {
	case 1:
		return msg("err_step_whole")
	case 0:
		return ""
	}
	return msg("err_step_of", fmtScore(c.Step))
}

// LevelName is "CLB" or "NCLC" for the chart's language.
func (c *Chart) LevelName() string {
	if c.French() {
		return "NCLC"
	}
	return "CLB"
}

func fmtScore(f float64) string {
	if math.Abs(f) >= 1e21 {
		return strconv.FormatFloat(f, 'g', -1, 64) // 1e+300, not 300 digits
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// NameIn is the test's name in p's language: the rules file's Name, or the French of a name made
// of words (rules_chart_<id>, French only: "Niveaux NCLC (français)" for "NCLC levels (French)").
// The names of tests (IELTS General Training, TEF Canada) are the same in every language.
func (c *Chart) NameIn(p *i18n.Printer) string {
	if p != nil && p.Lang() != i18n.En && p.Has("rules_chart_"+c.ID) {
		return p.T("rules_chart_"+c.ID, nil)
	}
	return c.Name
}
