package scoring

// Said is one reason of a CategoryResult as it was said: its English format (a constant of
// categories.go) and arguments. The reasons in other languages are written from it
// (report/categories_lang.go maps each format to a message of the catalogue).
type Said struct {
	Format string
	Args   []any
}

// SaidNotInPool is the reason of a category when no program is met.
const SaidNotInPool = "not eligible for FSW, CEC or FST: a category round invites only candidates in the pool"
