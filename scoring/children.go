package scoring

import (
	"bytes"
	"fmt"
	"time"
)

// Child is one dependent child, as [[children]] gives them.
type Child struct {
	Name      string    // may be ""
	BirthDate time.Time // required
}

// MaxChildren is how many dependent children a profile may list: a fact of a profile's size, not
// a rule.
const MaxChildren = 12

// ChildList is the dependent children, at most MaxChildren, held in place like JobList. All is
// the children, in the order given; Len is how many there are.
type ChildList struct{ rowList[Child] }

// Children makes a list of children; more than MaxChildren are cut (ReadProfile refuses them).
func Children(cs ...Child) ChildList { return ChildList{newRowList(MaxChildren, cs)} }

// Label is the child's number (from 1) and name, as errors and the checklist name them.
func (c *Child) Label(i int) string {
	if c.Name == "" {
		return fmt.Sprintf("child %d", i+1)
	}
	return fmt.Sprintf("child %d (%s)", i+1, c.Name)
}

var childKeys = []string{"name", "birth_date"}

// readChildren reads the top-level "children" array of tables: each child with a birth date not
// after today and at most MaxAge years back.
func readChildren(root *table) ChildList {
	if !root.has("children") {
		return ChildList{}
	}
	rows := root.rowsAtMost("children", MaxChildren)
	lo, hi := BirthDateRange(today())
	cs := make([]Child, 0, len(rows))
	for _, row := range rows {
		c := Child{Name: row.str("name", false, "")}
		c.BirthDate = row.dateIn("birth_date", true, lo, hi, msg("err_what_birth_date"))
		row.done(childKeys...)
		cs = append(cs, c)
	}
	return Children(cs...)
}

// encodeChildren writes the children as [[children]] blocks, for EncodeProfile.
func encodeChildren(b *bytes.Buffer, cs []Child) {
	for i := range cs {
		c := &cs[i]
		b.WriteString("\n[[children]]\n")
		if c.Name != "" {
			b.WriteString("name = " + tomlValue(c.Name) + "\n")
		}
		b.WriteString("birth_date = " + tomlValue(c.BirthDate) + "\n")
	}
}
