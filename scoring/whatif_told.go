package scoring

// Told is one reason or warning of a what-if as it was told: the id of its message in the
// catalogues (i18n/messages/en, fr, "wi_*") and its arguments, typed (int, time.Time,
// ProgramID, Reason, *CategoryVersion, CategoryReasons, CategoryConditions, string), so that
// report writes it in any language. The English text itself stays WhatIf.Reasons and Warnings,
// built as it always was: Told is said beside it, never instead.
type Told struct {
	ID   string
	Args map[string]any
}

// CategoryReasons is a Told argument: a category's reasons on one day, joined with "; ".
type CategoryReasons struct {
	Version *CategoryVersion
	Result  *CategoryResult
}

// CategoryConditions is a Told argument: a category version's conditions, joined with "; ".
type CategoryConditions struct{ Version *CategoryVersion }

// told is a sentence of the what-if in English with what was told.
type told struct {
	en string
	Told
}

// tell is the English sentence en, told as message id with args.
func tell(en, id string, args map[string]any) told { return told{en, Told{id, args}} }

// split gives the English sentences and what was told of each.
func split(ts []told) ([]string, []Told) {
	en, said := make([]string, 0, len(ts)), make([]Told, 0, len(ts))
	for _, t := range ts {
		en, said = append(en, t.en), append(said, t.Told)
	}
	return en, said
}

// JobName is a Told argument: job N (from 1) of the work history, by its title or its NOC code.
type JobName struct {
	N          int
	Title, NOC string
}

// Occupation is a Told argument: a NOC 2021 unit group, its code and English title.
type Occupation struct{ Code, Title string }

// ToldError is an error a person reads, told as a message of the catalogue: Error is its English,
// as it always was; report.ErrorIn writes it in any language.
type ToldError struct {
	Told
	en string
}

func (e *ToldError) Error() string { return e.en }

// toldErr is the error with English en, told as message id with args.
func toldErr(en, id string, args map[string]any) error {
	return &ToldError{Told: Told{ID: id, Args: args}, en: en}
}

// CategoryVersions is a Told argument: a category's versions, each with its dates ("2 (2025-02-27
// to 2026-02-17)"), joined with ", ".
type CategoryVersions []*CategoryVersion
