package tui

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"github.com/eewizard/eewizard/i18n"
)

// The questions of accessible mode that huh v1.0.0 asks in a way that misleads: a numbered list
// takes an empty answer as its first choice (or the one shown before, which is not said), and a
// yes/no question answers a wrong answer with "invalid input. please try again". These fields are
// huh's own, so the forms take them, with their own line-by-line prompts: an empty answer to a
// list asks again, and every refused answer says what is allowed.

// accessibleList is a numbered list for accessible mode.
type accessibleList[T comparable] struct {
	*huh.Select[T]
	title string
	opts  []huh.Option[T]
	v     *T
	check func(T) error // nil: every choice is allowed
	p     *i18n.Printer // the prompt's language (nil: English)
}

// WithAccessible keeps the list (huh asks the field WithAccessible returns).
func (l *accessibleList[T]) WithAccessible(bool) huh.Field { return l }

// RunAccessible asks for the number of a choice until one is given that is allowed.
func (l *accessibleList[T]) RunAccessible(w io.Writer, r io.Reader) error {
	fmt.Fprintln(w, l.title)
	for i, o := range l.opts {
		fmt.Fprintf(w, "%d. %s\n", i+1, o.Key)
	}
	sc := bufio.NewScanner(r)
	for {
		p := l.p
		if p == nil {
			p = i18n.For(i18n.En)
		}
		fmt.Fprint(w, p.T("wiz_acc_number", i18n.Args{"N": p.Count(len(l.opts))})+" ")
		if !sc.Scan() {
			fmt.Fprintln(w)
			return nil // the input has ended; the reader says so
		}
		n, err := parseChoice(sc.Text(), len(l.opts))
		if err == nil && l.check != nil {
			err = l.check(l.opts[n-1].Value)
		}
		if err != nil {
			fmt.Fprintln(w, errIn(p, err))
			continue
		}
		*l.v = l.opts[n-1].Value
		return nil
	}
}

// parseChoice reads the number of one of n choices.
func parseChoice(s string, n int) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, tell("wiz_acc_no_answer", i18n.Args{"N": n})
	}
	i, err := strconv.Atoi(s)
	if err != nil || i < 1 || i > n {
		return 0, tell("wiz_acc_not_a_choice", i18n.Args{"Value": strconv.Quote(s), "N": n})
	}
	return i, nil
}

// accessibleYesNo is a yes/no question for accessible mode. Enter keeps the answer shown.
type accessibleYesNo struct {
	*huh.Confirm
	title string
	v     *bool
}

// newAccessibleYesNo is a yes/no question of accessible mode, bound to v.
func newAccessibleYesNo(title string, v *bool) *accessibleYesNo {
	return &accessibleYesNo{Confirm: huh.NewConfirm().Title(title).Affirmative("Yes").Negative("No").Value(v), title: title, v: v}
}

// WithAccessible keeps the question (huh asks the field WithAccessible returns).
func (q *accessibleYesNo) WithAccessible(bool) huh.Field { return q }

// RunAccessible asks until the answer is yes, no, or empty (which keeps the answer shown).
func (q *accessibleYesNo) RunAccessible(w io.Writer, r io.Reader) error {
	sc := bufio.NewScanner(r)
	for {
		fmt.Fprintf(w, "%s [%s] ", q.title, yesNoHint(*q.v))
		if !sc.Scan() {
			fmt.Fprintln(w)
			return nil
		}
		v, err := parseYesNo(sc.Text(), *q.v)
		if err != nil {
			fmt.Fprintln(w, err)
			continue
		}
		*q.v = v
		return nil
	}
}

// yesNoHint is "y/N" (Enter: no) or "Y/n" (Enter: yes).
func yesNoHint(now bool) string {
	if now {
		return "Y/n"
	}
	return "y/N"
}

// parseYesNo reads a yes/no answer: y, yes, n, no (any case); empty keeps now.
func parseYesNo(s string, now bool) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return now, nil
	case "y", "yes":
		return true, nil
	case "n", "no":
		return false, nil
	}
	keep := "no"
	if now {
		keep = "yes"
	}
	return false, fmt.Errorf("%q is not an answer here: type y (yes) or n (no), or press Enter for %s", strings.TrimSpace(s), keep)
}
