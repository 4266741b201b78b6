package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/huh"
	"github.com/eewizard/eewizard/scoring"
)

// whatIf is the what-if after an ITA as plain questions: the round (or the date and cut-off by
// hand) and the program, then, as often as wanted, a ready-made scenario, a step of answers
// changed on a copy, a scenario kept to compare, with the what-if said again after each. It is
// the same what-if as the screen's (whatifScreen computes it); false when the input has ended.
func (x *accessible) whatIf() bool {
	w := newWhatIfScreen(x.c, x.s)
	w.reset()
	ita, ok := x.askITA()
	if !ok {
		return false
	}
	w.ita, w.hasITA = ita, true
	w.compute()
	for {
		x.printWhatIf(&w)
		const keep, undo, makeIt, back, list = -1, -2, -3, -4, -5
		var opts []huh.Option[int]
		for i, c := range w.scenarios {
			opts = append(opts, huh.NewOption("Apply: "+c.Title, i))
		}
		steps := applicable(&w.copy.draft)
		for i, id := range steps {
			opts = append(opts, huh.NewOption("Change answers of the copy: "+id.String(), len(w.scenarios)+i))
		}
		opts = append(opts,
			huh.NewOption("Keep these changes to compare", keep),
			huh.NewOption("Start again from the profile at the ITA", undo),
			huh.NewOption("Make the changed profile the profile", makeIt),
			huh.NewOption("Back to the result", back),
			huh.NewOption("Show the application checklist for this ITA", list))
		choice := back
		if !x.choose("What now?", &choice, opts) {
			return false
		}
		switch {
		case choice == back:
			return true
		case choice == list:
			x.printChecklist(&w)
		case choice == keep:
			w.keep()
			x.say("%s", w.note)
		case choice == undo:
			w.reset()
			w.compute()
			x.say("Back to the profile as it was at the ITA.")
		case choice == makeIt:
			if w.copy.current == w.base {
				x.say("Nothing was changed.")
				continue
			}
			x.s.draft = w.copy.draft
			x.s.refresh(x.c)
			x.say("The changed profile is now the profile. It is not saved yet.")
			return true
		case choice < len(w.scenarios):
			if job, ok := occupationJob(w.scenarios[choice].ID); ok {
				if !x.askOccupation(&w, choice, job) {
					return false
				}
			} else {
				w.apply(choice)
			}
			x.say("%s.", w.note)
		default:
			id := steps[choice-len(w.scenarios)]
			main := x.s
			x.s = w.copy // the steps are asked of the copy; the profile stays as it was
			ok := x.ask(id)
			x.s = main
			if !ok {
				return false
			}
			if !containsStep(w.edited, id) {
				w.edited = append(w.edited, id)
			}
			w.compute()
		}
		if x.in.eof {
			return false
		}
	}
}

// askOccupation asks the code of a change of occupation (scenario n, of job), then makes it.
func (x *accessible) askOccupation(w *whatifScreen, n, job int) bool {
	_, code, _ := strings.Cut(w.scenarios[n].ID, ":")
	d := newOccupationDialog(x.c, w.scenarioRules(), &w.copy.current, w.scenarioDay(), job, code)
	typed := ""
	in := huh.NewInput().Title(fmt.Sprintf("Job %d's new occupation, a NOC 2021 code (Enter keeps %s: %s)", job, code, d.describe())).
		Value(&typed).Validate(func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		_, err := d.change(s)
		return err
	})
	if !x.runForm(huh.NewGroup(in)) {
		return false
	}
	if strings.TrimSpace(typed) == "" {
		typed = code
	}
	c, err := d.change(typed)
	if err != nil {
		x.say("%v.", err)
		return true
	}
	w.applyChange(c)
	return true
}

// askITA asks the round of the ITA, or its date and cut-off, and the program.
func (x *accessible) askITA() (scoring.ITA, bool) {
	x.say("\nWhat if, after an ITA. Both profiles are scored on the ITA date, with the rules in force that day; changes are made to a copy of the profile.")
	number := ""
	newest := "no round"
	if x.c.feed != nil && len(x.c.feed.Rounds) > 0 {
		r := x.c.feed.Rounds[0]
		newest = fmt.Sprintf("the newest is %s of %s", r.Number, r.Date.Format(time.DateOnly))
	}
	in := huh.NewInput().Title(fmt.Sprintf("The number of the round you were invited in, from IRCC's rounds (%s); or Enter to type the date and cut-off:", newest)).
		Value(&number).Validate(func(s string) error {
		s = strings.TrimPrefix(strings.TrimSpace(s), "#")
		if s == "" {
			return nil
		}
		if _, ok := x.c.feed.Find(s); !ok {
			return fmt.Errorf("no round %s in IRCC's rounds (%s)", s, newest)
		}
		return nil
	})
	if !x.runForm(huh.NewGroup(in)) {
		return scoring.ITA{}, false
	}
	if n := strings.TrimPrefix(strings.TrimSpace(number), "#"); n != "" {
		rd, _ := x.c.feed.Find(n)
		x.say("Round %s of %s: %s, cut-off %d.", rd.Number, rd.Date.Format(time.DateOnly), rd.Name, rd.CutOff)
		if note := x.c.stale(); note != "" {
			x.say("Note: %s.", note)
		}
		return roundITA(x.c, &rd), true
	}
	d := newITADialog(x.c, scoring.ITA{Date: x.c.today, CutOff: -1})
	date := d.date
	dateIn := huh.NewInput().Title("Date of the ITA, YYYY-MM-DD (Enter keeps " + date + "):").Value(&date).Validate(func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		return d.checkDate(s)
	})
	cutoff := ""
	cutIn := huh.NewInput().Title("The round's cut-off, the lowest CRS score invited:").Value(&cutoff).Validate(d.checkCutOff)
	program := ""
	progIn := huh.NewSelect[string]().Title("Invited under:").Options(
		huh.NewOption("Any program (a general round or a category)", ""),
		huh.NewOption("Federal Skilled Worker", "fsw"),
		huh.NewOption("Canadian Experience Class", "cec"),
		huh.NewOption("Federal Skilled Trades", "fst"),
		huh.NewOption("Provincial Nominee Program", "pnp"),
	).Value(&program)
	category := ""
	catIn := huh.NewSelect[string]().Title("Was it a category round? Its category (the version in force on the ITA date; it must still be met on the day you apply):").
		Options(categoryOptions(x.c, x.c.allRules)...).Value(&category).Validate(func(id string) error {
		day, _ := scoring.ParseDay(strings.TrimSpace(date))
		if strings.TrimSpace(date) == "" {
			day, _ = scoring.ParseDay(d.date)
		}
		_, err := typedCategory(x.c.allRules, id, day)
		return err
	})
	for _, f := range []huh.Field{dateIn, cutIn, progIn, catIn} {
		if !x.runForm(huh.NewGroup(f)) {
			return scoring.ITA{}, false
		}
	}
	if strings.TrimSpace(date) == "" {
		date = d.date
	}
	day, _ := scoring.ParseDay(strings.TrimSpace(date))
	cut, _ := strconv.Atoi(strings.TrimSpace(cutoff))
	v, _ := typedCategory(x.c.allRules, category, day)
	return scoring.ITA{Date: day, CutOff: cut, Program: program, Category: v}, true
}

// printWhatIf says the what-if as plain text: the verdict and the totals first, then the lines of
// the screen.
func (x *accessible) printWhatIf(w *whatifScreen) {
	t := w.text(plainStyles(), true)
	if w.err != nil {
		x.say("\nThe ITA of %s cannot be compared: %v.", w.ita.Date.Format(time.DateOnly), w.err)
	} else {
		res := &w.res
		x.say("\n%s.", verdictWordsIn(x.c, res.Verdict, res.Expired))
		x.say("CRS %d at the ITA, %d now (%s); the round's cut-off is %d.", res.Before.CRS.Total, res.After.CRS.Total,
			plus(res.After.CRS.Total-res.Before.CRS.Total), res.ITA.CutOff)
		x.say("%s.", itaWords(x.c, &res.ITA))
	}
	for _, part := range [][]string{t.profiles(accessibleWidth, true), t.moved(accessibleWidth), t.verdict(accessibleWidth),
		t.keptTable(accessibleWidth), t.consequences(accessibleWidth)} {
		for _, l := range part {
			x.say("%s", strings.TrimRight(l, " "))
		}
	}
}
