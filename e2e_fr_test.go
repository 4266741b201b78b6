//go:build !devstub

package main

import (
	"fmt"
	"strings"
	"testing"
)

// The wizard in French, end to end in tmux: chosen by the locale (LANG=fr_CA.UTF-8) and by
// --lang fr, answered through to the result with worked example 1, then ctrl+t switches to
// English: the same total, and the answers as given.

// e2eFrenchSteps are example 1's answers, step by step, each after the French title of its step
// and a French question on it.
var e2eFrenchSteps = []struct {
	title, question string
	keys            []string
}{
	{"À propos de vous", "Votre nom (facultatif)", []string{"Ada", "Enter", "29", "Enter", "Enter"}},
	{"Études", "Niveau de scolarité le plus élevé", []string{"Down", "Down", "Down", "Down", "Enter", "Enter", "Enter"}},
	{"Première langue officielle", "Quel test de langue avez-vous passé", []string{"Down", "Down", "Down", "Enter", "Enter", "8.5", "Enter", "8", "Enter", "7.5", "Enter", "7.5", "Enter"}},
	{"Deuxième langue officielle", "Avez-vous passé un test dans l’autre langue officielle", []string{"Enter"}},
	{"Expérience de travail", "Années de travail qualifié au Canada", []string{"Enter", "3", "Enter", "Enter", "Enter", "Enter"}},
	{"Offre d’emploi et désignation", "Avez-vous une offre d’emploi au Canada", []string{"Enter", "Enter"}},
	{"Famille, fonds et liens avec le Canada", "Vous ou votre époux ou conjoint de fait avez-vous", []string{"Enter", "Enter", "Enter", "Enter", "Enter", "Enter"}},
}

func TestE2EWizardInFrenchThenEnglish(t *testing.T) {
	bin := buildBinary(t)
	_, total := e2eExample(t)
	for _, c := range []struct {
		name, command string
		env           []string
	}{
		{"locale", bin, []string{"LANG=fr_CA.UTF-8", "LC_ALL=", "LC_MESSAGES="}},
		{"flag", bin + " --lang fr", []string{"LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			env := append([]string{"EEWIZARD_DATA_DIR=" + dir, "EEWIZARD_OFFLINE=1"}, c.env...)
			term := newE2ETerm(t, 80, 24, dir, env, c.command)
			for i, s := range e2eFrenchSteps {
				term.waitFor(fmt.Sprintf("step %d in French: %s", i+1, s.title), func(v string) bool {
					flat := strings.Join(strings.Fields(v), " ")
					return strings.Contains(flat, s.title) && strings.Contains(flat, s.question) && strings.Contains(flat, "ctrl+t English")
				})
				for _, k := range s.keys {
					term.tmux("send-keys", "-t", "e2e", k)
				}
			}
			// The result in French, its keys too; the total is the same in both languages.
			want := fmt.Sprint(total)
			term.waitFor("the result in French", func(v string) bool {
				return strings.Contains(v, "Note SCG\u00a0: "+want) && strings.Contains(v, "? touches") && !strings.Contains(v, "Étape")
			})
			term.tmux("send-keys", "-t", "e2e", "C-t")
			term.waitFor("the result in English", func(v string) bool {
				return strings.Contains(v, "CRS score: "+want) && !strings.Contains(v, "SCG")
			})
			// The answers are the same: the first step, in English, shows them.
			term.tmux("send-keys", "-t", "e2e", "1") // the result's 1-9 edits a step
			term.waitFor("the first step in English with its answers", func(v string) bool {
				return strings.Contains(v, "About you") && strings.Contains(v, "> Ada") && strings.Contains(v, "> 29") &&
					strings.Contains(v, "CRS so far: "+want)
			})
			// And back in French, the same answers and total.
			term.tmux("send-keys", "-t", "e2e", "C-t")
			term.waitFor("the first step in French with its answers", func(v string) bool {
				return strings.Contains(v, "À propos de vous") && strings.Contains(v, "> Ada") && strings.Contains(v, "> 29") &&
					strings.Contains(v, "SCG jusqu’ici\u00a0: "+want)
			})
			term.tmux("send-keys", "-t", "e2e", "C-c")
			term.waitFor("the program to exit", func(v string) bool { return strings.Contains(v, "exit=") })
		})
	}
}
