package tui

import (
	"strings"

	"github.com/eewizard/eewizard/i18n"
)

// printCompare says the comparison of the principal applicants as plain text: the compare
// screen's lines, without columns.
func (x *accessible) printCompare() {
	p := x.s.current
	cmp := x.c.rules.Compare(&p, x.c.today)
	t := compareText{c: x.c, st: plainStyles(), given: &p, cmp: &cmp, plain: true}
	x.say("\n%s", x.c.t("scr_acc_cmp_intro", i18n.Args{"Date": x.c.date(x.c.today)}))
	for _, l := range t.lines(accessibleWidth) {
		x.say("%s", strings.TrimRight(l, " "))
	}
}
