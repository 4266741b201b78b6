// Package fsafe reads and writes the files a person gives eewizard without surprises: a read takes
// only a regular file of a bounded size (a named pipe cannot hang it, /dev/zero cannot fill the
// memory), and a write replaces the file atomically where it really is (through a symbolic link,
// never splitting hard links), so a crash leaves the old file or the new one and never a part.
package fsafe

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Kind is a kind of file with the largest size eewizard reads of it.
type Kind struct {
	Name string // what the file is, in messages: "profile", "rules", "rounds feed"
	Max  int64  // the largest size read, in bytes
}

// The kinds of files eewizard reads. A profile is about 1 KB and rules.toml about 30 KB; 256 KiB
// leaves room for years of notes and amendments. The TOML decoder takes up to about 1 ms per KB on
// the worst shapes (thousands of tables), so the limit also bounds the answer to any file at a
// quarter of a second; a larger file is refused at once, by its size.
var (
	Profile = Kind{Name: "profile", Max: 256 << 10}
	Rules   = Kind{Name: "rules", Max: 256 << 10}
)

// ErrNotRegular is the error (within the one returned) for a path that is not a regular file.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge is the error (within the one returned) for a file over its kind's limit.
var ErrTooLarge = errors.New("file too large")

// ReadFile reads the regular file at path (following symbolic links) whole, refusing any other kind
// of file (a directory, a named pipe, a device) and a file larger than k.Max before reading it. An
// error names the file; a missing file's error satisfies errors.Is(err, fs.ErrNotExist).
func (k Kind) ReadFile(path string) ([]byte, error) {
	f, err := openRegular(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s %s: %w", k.Name, path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", k.Name, path, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, k.notRegular(path, fi.Mode())
	}
	if fi.Size() > k.Max {
		return nil, k.tooLarge(path, fi.Size())
	}
	return k.read(path, f, fi.Size())
}

// Read reads r whole (standard input, say), refusing more than k.Max bytes; name names it in errors.
func (k Kind) Read(name string, r io.Reader) ([]byte, error) {
	return k.read(name, r, 0)
}

func (k Kind) read(name string, r io.Reader, hint int64) ([]byte, error) {
	var buf bytes.Buffer
	if hint > 0 {
		buf.Grow(int(hint) + bytes.MinRead)
	}
	// A file that grows while read (or a /proc file whose size reads as 0) is stopped at the limit.
	if _, err := buf.ReadFrom(io.LimitReader(r, k.Max+1)); err != nil {
		return nil, fmt.Errorf("%s %s: %w", k.Name, name, err)
	}
	if int64(buf.Len()) > k.Max {
		return nil, k.tooLarge(name, -1)
	}
	return buf.Bytes(), nil
}

func (k Kind) notRegular(path string, m fs.FileMode) error {
	return fmt.Errorf("%s %s: %w (%s): give a %s file", k.Name, path, ErrNotRegular, describeMode(m), k.Name)
}

func (k Kind) tooLarge(path string, size int64) error {
	is := "is larger than " + Size(k.Max)
	if size >= 0 {
		is = "is " + Size(size)
	}
	return fmt.Errorf("%s %s %s: %w: %s files are limited to %s", k.Name, path, is, ErrTooLarge, k.Name, Size(k.Max))
}

// describeMode names a kind of file that is not a regular one.
func describeMode(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "mode " + m.String()
}

// Size writes a byte count for people: "512 bytes", "3.2 MiB", "1 MiB".
func Size(n int64) string {
	const kib, mib, gib = 1 << 10, 1 << 20, 1 << 30
	unit := func(d int64, name string) string {
		if n%d == 0 {
			return fmt.Sprintf("%d %s", n/d, name)
		}
		return fmt.Sprintf("%.1f %s", float64(n)/float64(d), name)
	}
	switch {
	case n >= gib:
		return unit(gib, "GiB")
	case n >= mib:
		return unit(mib, "MiB")
	case n >= kib:
		return unit(kib, "KiB")
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// openRegular opens path for reading without blocking on a named pipe: on Unix the open itself does
// not wait (O_NONBLOCK), elsewhere the path is looked at first. The caller checks the opened file.
func openRegular(path string) (*os.File, error) {
	if !nonBlockingOpen {
		fi, err := os.Stat(path)
		if err != nil {
			return nil, err
		}
		if !fi.Mode().IsRegular() {
			return nil, &fs.PathError{Op: "open", Path: path, Err: fmt.Errorf("%w (%s)", ErrNotRegular, describeMode(fi.Mode()))}
		}
	}
	return os.OpenFile(path, os.O_RDONLY|openFlags, 0)
}
