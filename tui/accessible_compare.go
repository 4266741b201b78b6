package tui

import "strings"

// printCompare says the comparison of the principal applicants as plain text: the compare
// screen's lines, without columns.
func (x *accessible) printCompare() {
	p := x.s.current
	cmp := x.c.rules.Compare(&p, x.c.today)
	t := compareText{c: x.c, st: plainStyles(), given: &p, cmp: &cmp, plain: true}
	x.say("\nWho should be the principal applicant? Scored on %s.", x.c.today.Format("2006-01-02"))
	for _, l := range t.lines(accessibleWidth) {
		x.say("%s", strings.TrimRight(l, " "))
	}
}
