package tui

import (
	"fmt"
	"os"
	"strconv"
	"testing"
)

func TestDump(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("EX"))
	w, _ := strconv.Atoi(os.Getenv("W"))
	h, _ := strconv.Atoi(os.Getenv("H"))
	if n == 0 {
		t.Skip()
	}
	p := example(t, n)
	m := newModel(t, &p, "", w, h)
	fmt.Println(wholeResult(m))
}
