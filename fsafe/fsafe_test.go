package fsafe

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestReadFileRefusesAFileOverTheLimitNamingIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "client.toml")
	if err := os.WriteFile(path, bytes.Repeat([]byte("#"), 3<<20+200<<10), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Profile.ReadFile(path)
	want := "profile " + path + " is 3.2 MiB: file too large: profile files are limited to 256 KiB"
	if !errors.Is(err, ErrTooLarge) || err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	// At the limit is fine.
	if err := os.WriteFile(path, bytes.Repeat([]byte("#"), int(Profile.Max)), 0o600); err != nil {
		t.Fatal(err)
	}
	if b, err := Profile.ReadFile(path); err != nil || len(b) != int(Profile.Max) {
		t.Errorf("at the limit: %d bytes, %v", len(b), err)
	}
}

func TestReadStopsAtTheLimit(t *testing.T) {
	k := Kind{Name: "profile", Max: 10}
	if _, err := k.Read("-", strings.NewReader(strings.Repeat("x", 11))); !errors.Is(err, ErrTooLarge) {
		t.Errorf("11 bytes: got %v", err)
	}
	if b, err := k.Read("-", strings.NewReader("0123456789")); err != nil || string(b) != "0123456789" {
		t.Errorf("10 bytes: %q %v", b, err)
	}
}

func TestReadFileFollowsLinksAndKeepsNotExist(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.toml")
	if err := os.WriteFile(real, []byte("name = 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.toml")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if b, err := Profile.ReadFile(link); err != nil || string(b) != "name = 1\n" {
		t.Errorf("through a link: %q %v", b, err)
	}
	_, err := Profile.ReadFile(filepath.Join(dir, "missing.toml"))
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "missing.toml") {
		t.Errorf("missing: %v", err)
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{1: "1 byte", 512: "512 bytes", 1 << 20: "1 MiB", 3<<20 + 200<<10: "3.2 MiB", 1536: "1.5 KiB", 64 << 20: "64 MiB"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestWriteFileThroughASymbolicLinkWritesTheTarget(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "clients", "ada.toml")
	if err := os.MkdirAll(filepath.Dir(real), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(real, []byte("old\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "ada.toml")
	if err := os.Symlink(filepath.Join("clients", "ada.toml"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	got, err := WriteFile(link, []byte("new\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := filepath.EvalSymlinks(real); got != want {
		t.Errorf("wrote %s, want %s", got, want)
	}
	if li, err := os.Lstat(link); err != nil || li.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", li.Mode(), err)
	}
	if b, _ := os.ReadFile(real); string(b) != "new\n" {
		t.Errorf("the target holds %q, want the new content", b)
	}
	if fi, _ := os.Stat(real); runtime.GOOS != "windows" && fi.Mode().Perm() != FileMode {
		t.Errorf("mode %v, want %v", fi.Mode().Perm(), FileMode)
	}
	assertNoTemp(t, filepath.Dir(real))
}

func TestWriteFileRefusesADanglingLink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "ada.toml")
	if err := os.Symlink(filepath.Join(dir, "gone", "ada.toml"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if _, err := WriteFile(link, []byte("new\n")); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("got %v, want a refusal naming the link", err)
	}
	if li, err := os.Lstat(link); err != nil || li.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced")
	}
}

func TestWriteFileRefusesToSplitHardLinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("link counts are not read on Windows")
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.toml"), filepath.Join(dir, "b.toml")
	if err := os.WriteFile(a, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(a, b); err != nil {
		t.Skip("no hard links here:", err)
	}
	_, err := WriteFile(a, []byte("new\n"))
	if !errors.Is(err, ErrHardLinked) || !strings.Contains(err.Error(), a) {
		t.Fatalf("got %v, want a refusal naming the file", err)
	}
	for _, p := range []string{a, b} {
		if got, _ := os.ReadFile(p); string(got) != "old\n" {
			t.Errorf("%s holds %q, want it untouched", p, got)
		}
	}
	fa, _ := os.Stat(a)
	fb, _ := os.Stat(b)
	if !os.SameFile(fa, fb) {
		t.Error("the links were split")
	}
	assertNoTemp(t, dir)
}

func TestWriteFileNewFileIsPrivateAndALongNameSaves(t *testing.T) {
	dir := t.TempDir()
	// 250 bytes is under the usual 255-byte limit for a name, but the name plus a temporary
	// prefix and suffix is not.
	path := filepath.Join(dir, strings.Repeat("n", 245)+".toml")
	if _, err := WriteFile(path, []byte("one\n")); err != nil {
		t.Fatalf("a new file with a 250-byte name: %v", err)
	}
	if _, err := WriteFile(path, []byte("two\n")); err != nil {
		t.Fatalf("replacing a file with a 250-byte name: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "two\n" {
		t.Errorf("holds %q", b)
	}
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != FileMode {
		t.Errorf("mode %v, want %v", fi.Mode().Perm(), FileMode)
	}
	assertNoTemp(t, dir)
}

func TestWriteFileRefusesADirectory(t *testing.T) {
	dir := t.TempDir()
	if _, err := WriteFile(dir, []byte("x")); !errors.Is(err, ErrNotRegular) {
		t.Errorf("got %v", err)
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}
