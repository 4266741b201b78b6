package i18n

import (
	"fmt"
	"strings"
)

// Lang is a language the program speaks.
type Lang int

// The languages.
const (
	En Lang = iota // English, the default
	Fr             // French
	NumLangs
)

// Code is the language's code as --lang takes it ("en", "fr").
func (l Lang) Code() string { return [NumLangs]string{"en", "fr"}[l] }

// String is Code.
func (l Lang) String() string { return l.Code() }

// Parse reads a --lang value: "en" or "fr" (any case).
func Parse(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "en":
		return En, nil
	case "fr":
		return Fr, nil
	}
	return En, fmt.Errorf("%q is not a language eewizard speaks: want fr or en", s)
}

// Detect chooses the language: the --lang value when given (an error when it is neither fr nor
// en), else the locale as POSIX reads it, the first of LC_ALL, LC_MESSAGES and LANG that is set
// (not empty) deciding: French when it starts with "fr" ("fr_CA.UTF-8"), English otherwise
// ("C", "en_CA.UTF-8", nothing set).
func Detect(flagValue string, getenv func(string) string) (Lang, error) {
	if flagValue != "" {
		return Parse(flagValue)
	}
	return FromEnv(getenv), nil
}

// FromEnv is the language of the locale alone (Detect without --lang).
func FromEnv(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "fr") {
				return Fr
			}
			return En
		}
	}
	return En
}
