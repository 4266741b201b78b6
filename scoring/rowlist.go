package scoring

// rowCap is how many rows a rowList holds in place: the largest of MaxJobs, MaxResidences and
// MaxChildren.
const rowCap = 16

// The bounds must fit in a rowList (a negative array length does not compile).
var _ = [rowCap - max(MaxJobs, MaxResidences, MaxChildren)]struct{}{}

// rowList is the rows of one array of tables of a profile ([[applicant.jobs]], residences,
// children), held in place so that profiles stay values that can be compared with ==.
type rowList[T any] struct {
	n    int
	rows [rowCap]T
}

// newRowList holds rows, cut to the first limit (ReadProfile refuses more).
func newRowList[T any](limit int, rows []T) rowList[T] {
	var l rowList[T]
	l.n = copy(l.rows[:limit], rows)
	return l
}

// All is the rows, in the order given.
func (l *rowList[T]) All() []T { return l.rows[:l.n] }

// Len is how many rows there are.
func (l *rowList[T]) Len() int { return l.n }
