package scoring

import (
	"fmt"
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
// meets, or 0 when it is below the chart's lowest level.
func (c *Chart) Level(a Ability, score float64) int {
	for _, l := range c.Levels {
		if c.meets(a, score, l.Min[a]) {
			return l.CLB
		}
	}
	return 0
}

// gridTolerance is how far a score may be from a point of the test's grid, relative to the
// score, and still be that point: the rounding of binary floating point (a step of 0.1 is not exact
// in binary), and nothing a person types. 6.9999999999 is 1e-10 from 7: not a possible IELTS score.
const gridTolerance = 1e-13

// gridSteps is the score as a number of steps from the bottom of the scale in ability a, and
// whether it is a point of the grid (then the whole number of steps of that point): the one rule by
// which Check accepts a score and Level compares it. On a chart without a step, the score itself.
func (c *Chart) gridSteps(a Ability, score float64) (float64, bool) {
	if c.Step <= 0 {
		return score, true
	}
	lo := c.Scale[a][0]
	n := (score - lo) / c.Step
	r := math.Round(n)
	if math.Abs(score-(lo+r*c.Step)) <= gridTolerance*max(1, math.Abs(score)) {
		return r, true
	}
	return n, false
}

// meets reports whether score reaches min in ability a, both taken as points of the grid: a score
// within the rounding of a grid point is that point, so it is never scored in the band below.
func (c *Chart) meets(a Ability, score, min float64) bool {
	if c.Step <= 0 {
		return score >= min
	}
	s, _ := c.gridSteps(a, score)
	m, _ := c.gridSteps(a, min)
	return s >= m
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
		return fmt.Errorf("%s is out of range: %s %s scores run from %s to %s%s",
			fmtScore(score), c.Name, a, fmtScore(lo), fmtScore(hi), c.stepWords())
	}
	if _, onGrid := c.gridSteps(a, score); !onGrid {
		return fmt.Errorf("%s is not a possible score: %s %s scores run from %s to %s%s",
			fmtScore(score), c.Name, a, fmtScore(lo), fmtScore(hi), c.stepWords())
	}
	return nil
}

func (c *Chart) stepWords() string {
	switch c.Step {
	case 1:
		return " in whole numbers"
	case 0.5:
		return " in steps of 0.5"
	case 0:
		return ""
	}
	return " in steps of " + fmtScore(c.Step)
}

// LevelName is "CLB" or "NCLC" for the chart's language.
func (c *Chart) LevelName() string {
	if c.French() {
		return "NCLC"
	}
	return "CLB"
}

func fmtScore(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
