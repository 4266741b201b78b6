// Package plural puts a count in words: "1 round", "3 rounds", "0 rounds". Every sentence that
// states a number of something uses it, so that none reads "the last 1 rounds".
package plural

import "strconv"

// Count returns n followed by the noun: one when n is 1 or -1, many otherwise ("0 years").
func Count(n int, one, many string) string {
	return strconv.Itoa(n) + " " + Noun(n, one, many)
}

// Noun returns one when n is 1 or -1, many otherwise: for sentences where the number is written
// apart from its noun ("invited in 1 of the last 2 rounds").
func Noun(n int, one, many string) string {
	if n == 1 || n == -1 {
		return one
	}
	return many
}
