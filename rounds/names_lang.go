package rounds

import (
	"strings"

	"github.com/eewizard/eewizard/i18n"
)

// roundNames are IRCC's round names (drawName) of the English feed, each with the message of its
// name in IRCC's French feed (ee_rounds_123_fr.json): rnd_name_* in rounds.toml, whose English is
// the name itself. TestEveryRoundNameOfTheFeedHasItsFrench keeps it whole for the embedded feed.
var roundNames = map[string]string{
	"No Program Specified":                                          "rnd_name_no_program",
	"General":                                                       "rnd_name_general",
	"Provincial Nominee Program":                                    "rnd_name_pnp",
	"Canadian Experience Class":                                     "rnd_name_cec",
	"Federal Skilled Worker":                                        "rnd_name_fsw",
	"Federal Skilled Trades":                                        "rnd_name_fst",
	"French language proficiency (Version 1)":                       "rnd_name_french_v1",
	"French-Language proficiency 2026-Version 2":                    "rnd_name_french_v2",
	"Healthcare occupations (Version 1)":                            "rnd_name_healthcare_v1",
	"Healthcare and social services occupations (Version 2)":        "rnd_name_healthcare_v2",
	"Healthcare and Social Services Occupations, 2026-Version 3":    "rnd_name_healthcare_v3",
	"STEM occupations (Version 1)":                                  "rnd_name_stem_v1",
	"Trade occupations (Version 1)":                                 "rnd_name_trades_v1",
	"Trade occupations (Version 2)":                                 "rnd_name_trades_v2",
	"Trades Occupations, 2026-Version 3":                            "rnd_name_trades_v3",
	"Transport occupations (Version 1)":                             "rnd_name_transport_v1",
	"Transport Occupations, 2026-Version 2":                         "rnd_name_transport_v2",
	"Agriculture and agri-food occupations (Version 1)":             "rnd_name_agriculture_v1",
	"Education occupations (Version 1)":                             "rnd_name_education_v1",
	"Physicians with Canadian Work Experience, 2026-Version 1":      "rnd_name_physicians_v1",
	"Senior managers with Canadian Work Experience, 2026-Version 1": "rnd_name_senior-managers_v1",
	"Skilled Military Recruits, 2026-Version 1":                     "rnd_name_military_v1",
}

// NameIn is the round's type as IRCC names it in p's language: its drawName in English, the name
// of IRCC's French feed in French. A name IRCC's French feed is not known for (a newer round type)
// stays IRCC's English words, as the English feed gives them.
func (r *Round) NameIn(p *i18n.Printer) string {
	if p.Lang() == i18n.En {
		return r.Name
	}
	if id, ok := roundNames[r.Name]; ok {
		return versionNumber.Replace(p.T(id, nil))
	}
	return r.Name
}

// versionNumber joins "Version" to its number with a no-break space: a wrapped name never ends a
// line with "Version" ("2026-Version 2" stays whole).
var versionNumber = strings.NewReplacer("Version ", "Version"+i18n.NBSP, "version ", "version"+i18n.NBSP)

// TypeIn is a round's type named as IRCC's English feed names it (Round.Name, as an ITA's
// RoundFor keeps it) in p's language, as NameIn.
func TypeIn(p *i18n.Printer, name string) string { return (&Round{Name: name}).NameIn(p) }
