package safetext

import (
	"io"
	"unicode/utf8"
)

// Writer passes text on to an underlying writer with every unsafe character but newline and tab
// made visible (CleanLines), so that nothing written through it can command the terminal. The
// command line's reports and error messages go through one. A character split across two writes
// is held back until the next write or Flush.
type Writer struct {
	w       io.Writer
	pending []byte // the start of a UTF-8 sequence that the last write cut off
	buf     []byte
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w}
}

// Write writes p cleaned. It reports len(p) written when the underlying write succeeds.
func (sw *Writer) Write(p []byte) (int, error) {
	data := p
	if len(sw.pending) > 0 {
		data = append(sw.pending, p...)
		sw.pending = nil
	}
	cut := incompleteTail(data)
	if cut < len(data) {
		sw.pending = append([]byte(nil), data[cut:]...)
		data = data[:cut]
	}
	out := data
	if firstUnsafe(data, true) < len(data) {
		sw.buf = appendClean(sw.buf[:0], data, true)
		out = sw.buf
	}
	if _, err := sw.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes out a held-back incomplete character (as U+FFFD: nothing completed it).
func (sw *Writer) Flush() error {
	if len(sw.pending) == 0 {
		return nil
	}
	sw.pending = nil
	_, err := io.WriteString(sw.w, string(utf8.RuneError))
	return err
}

// incompleteTail returns where a UTF-8 sequence that is cut off at the end of b starts, or len(b).
func incompleteTail(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return i
			}
			break
		}
	}
	return len(b)
}
