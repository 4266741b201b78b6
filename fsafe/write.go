package fsafe

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrHardLinked is the error (within the one returned) for a file with more than one hard link,
// which WriteFile refuses to replace.
var ErrHardLinked = errors.New("the file has other hard links")

// FileMode is the mode of every file WriteFile writes, new or replaced: only its owner reads or
// writes it, as the files hold personal facts.
const FileMode fs.FileMode = 0o600

// WriteFile replaces the file at path with data atomically: a reader, or the file after a crash,
// has the old content or the new one, never a part. It writes a temporary file beside the file,
// syncs it, renames it over the file and syncs the directory.
//
// A symbolic link is followed: the file it points to is replaced and the link is kept. A file with
// more than one hard link is refused with ErrHardLinked, because replacing it would split the
// links (the other names would keep the old content) and writing it in place could leave a part
// after a crash. The file written has FileMode.
//
// It returns the path written, which differs from path when path is a symbolic link.
func WriteFile(path string, data []byte) (string, error) {
	target, err := resolveTarget(path)
	if err != nil {
		return "", err
	}
	if err := replace(target, data); err != nil {
		return "", err
	}
	return target, nil
}

// resolveTarget finds the file a write to path replaces.
func resolveTarget(path string) (string, error) {
	target := path
	li, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return path, nil
	case err != nil:
		return "", err
	case li.Mode()&fs.ModeSymlink != 0:
		target, err = filepath.EvalSymlinks(path)
		if err != nil {
			dest, _ := os.Readlink(path)
			return "", fmt.Errorf("%s is a symbolic link to %s, which cannot be reached: %w", path, dest, unwrap(err))
		}
	}
	fi, err := os.Stat(target)
	if err != nil {
		return "", err
	}
	if !fi.Mode().IsRegular() {
		return "", fmt.Errorf("%s: %w (%s): not replaced", target, ErrNotRegular, describeMode(fi.Mode()))
	}
	if n := linkCount(fi); n > 1 {
		return "", fmt.Errorf("%s: %w (%d names for one file): replacing it would leave the others with the old content; save under another name",
			target, ErrHardLinked, n)
	}
	return target, nil
}

// replace writes data to a temporary file in target's directory and renames it over target. The
// temporary name is short, so a file whose own name is near the system's limit can be saved.
func replace(target string, data []byte) (err error) {
	dir := filepath.Dir(target)
	f, err := os.CreateTemp(dir, ".eewizard-*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = f.Chmod(FileMode); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, target); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir durable where the system allows it; some (Windows) do not, and the
// rename has happened either way, so failure is ignored.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
