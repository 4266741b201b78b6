package tui

import (
	"errors"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/eewizard/eewizard/i18n"
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
		for i := range w.scenarios {
			opts = append(opts, huh.NewOption(x.c.t("scr_acc_wi_apply", i18n.Args{"Title": changeTitle(x.c, &w.scenarios[i])}), i))
		}
		steps := applicable(&w.copy.draft)
		for i, id := range steps {
			opts = append(opts, huh.NewOption(x.c.t("scr_acc_wi_change_step", i18n.Args{"Step": id.String()}), len(w.scenarios)+i))
		}
		opts = append(opts,
			huh.NewOption(x.c.t("scr_acc_wi_keep", nil), keep),
			huh.NewOption(x.c.t("scr_acc_wi_undo", nil), undo),
			huh.NewOption(x.c.t("scr_acc_wi_make", nil), makeIt),
			huh.NewOption(x.c.t("scr_acc_wi_back", nil), back),
			huh.NewOption(x.c.t("scr_acc_wi_checklist", nil), list))
		choice := back
		if !x.choose(x.c.t("scr_acc_wi_what_now", nil), &choice, opts) {
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
			x.say("%s", x.c.t("scr_acc_wi_undone", nil))
		case choice == makeIt:
			if w.copy.current == w.base {
				x.say("%s", x.c.t("scr_acc_wi_nothing", nil))
				continue
			}
			x.s.draft = w.copy.draft
			x.s.refresh(x.c)
			x.say("%s", x.c.t("scr_acc_wi_made", nil))
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
	in := huh.NewInput().Title(x.c.t("scr_acc_wi_occupation", i18n.Args{"Job": x.c.count(job), "Code": code, "Title": d.describe()})).
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
		x.say("%s.", scoring.ErrorIn(x.c.printer(), err))
		return true
	}
	w.applyChange(c)
	return true
}

// askITA asks the round of the ITA, or its date and cut-off, and the program.
func (x *accessible) askITA() (scoring.ITA, bool) {
	x.say("\n%s", x.c.t("scr_acc_wi_intro", nil))
	number := ""
	newest := x.c.t("scr_acc_wi_no_round", nil)
	if x.c.feed != nil && len(x.c.feed.Rounds) > 0 {
		r := x.c.feed.Rounds[0]
		newest = x.c.t("scr_acc_wi_newest", i18n.Args{"Number": r.Number, "Date": x.c.date(r.Date)})
	}
	in := huh.NewInput().Title(x.c.t("scr_acc_wi_round_number", i18n.Args{"Newest": newest})).
		Value(&number).Validate(func(s string) error {
		s = strings.TrimPrefix(strings.TrimSpace(s), "#")
		if s == "" {
			return nil
		}
		if _, ok := x.c.feed.Find(s); !ok {
			return errors.New(x.c.t("scr_acc_wi_no_such_round", i18n.Args{"Number": s, "Newest": newest}))
		}
		return nil
	})
	if !x.runForm(huh.NewGroup(in)) {
		return scoring.ITA{}, false
	}
	if n := strings.TrimPrefix(strings.TrimSpace(number), "#"); n != "" {
		rd, _ := x.c.feed.Find(n)
		x.say("%s", x.c.t("scr_acc_wi_round", i18n.Args{"Number": rd.Number, "Date": x.c.date(rd.Date), "Name": rd.NameIn(x.c.printer()), "CutOff": x.c.count(rd.CutOff)}))
		if note := x.c.stale(); note != "" {
			x.say("%s", x.c.t("scr_acc_wi_note", i18n.Args{"Note": note}))
		}
		return roundITA(x.c, &rd), true
	}
	d := newITADialog(x.c, scoring.ITA{Date: x.c.today, CutOff: -1})
	date := d.date
	dateIn := huh.NewInput().Title(x.c.t("scr_acc_wi_date", i18n.Args{"Date": date})).Value(&date).Validate(func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		return d.checkDate(s)
	})
	cutoff := ""
	cutIn := huh.NewInput().Title(x.c.t("scr_acc_wi_cutoff", nil)).Value(&cutoff).Validate(d.checkCutOff)
	program := ""
	progIn := huh.NewSelect[string]().Title(x.c.t("scr_acc_wi_invited_under", nil)).Options(
		huh.NewOption(x.c.t("scr_dlg_ita_any", nil), ""),
		huh.NewOption(scoring.FSW.TitleIn(x.c.printer()), "fsw"),
		huh.NewOption(scoring.CEC.TitleIn(x.c.printer()), "cec"),
		huh.NewOption(scoring.FST.TitleIn(x.c.printer()), "fst"),
		huh.NewOption(x.c.t("scr_dlg_ita_pnp", nil), "pnp"),
	).Value(&program)
	category := ""
	catIn := huh.NewSelect[string]().Title(x.c.t("scr_acc_wi_category", nil)).
		Options(categoryOptions(x.c, x.c.allRules)...).Value(&category).Validate(func(id string) error {
		day, _ := scoring.ParseDay(strings.TrimSpace(date))
		if strings.TrimSpace(date) == "" {
			day, _ = scoring.ParseDay(d.date)
		}
		if _, err := typedCategory(x.c.allRules, id, day); err != nil {
			return errors.New(scoring.ErrorIn(x.c.printer(), err))
		}
		return nil
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
		x.say("\n%s", x.c.t("scr_acc_wi_cannot", i18n.Args{"Date": x.c.date(w.ita.Date), "Err": whatIfErrorIn(x.c.printer(), w.err)}))
	} else {
		res := &w.res
		x.say("\n%s.", verdictWordsIn(x.c, res.Verdict, res.Expired))
		x.say("%s", x.c.t("scr_acc_wi_crs", i18n.Args{"Before": x.c.count(res.Before.CRS.Total), "After": x.c.count(res.After.CRS.Total),
			"Diff": plus(res.After.CRS.Total - res.Before.CRS.Total), "CutOff": x.c.count(res.ITA.CutOff)}))
		x.say("%s.", itaWords(x.c, &res.ITA))
	}
	for _, part := range [][]string{t.profiles(accessibleWidth, true), t.moved(accessibleWidth), t.verdict(accessibleWidth),
		t.keptTable(accessibleWidth), t.consequences(accessibleWidth)} {
		for _, l := range part {
			x.say("%s", strings.TrimRight(l, " "))
		}
	}
}
