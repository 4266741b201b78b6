package fsafe

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadFile reads a 2 KB profile-sized file.
func BenchmarkReadFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), "client.toml")
	data := bytes.Repeat([]byte("# a line of notes in a profile\n"), 64)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Profile.ReadFile(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteFile replaces a 2 KB file atomically (two fsyncs: the file and the directory).
func BenchmarkWriteFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), "client.toml")
	data := bytes.Repeat([]byte("# a line of notes in a profile\n"), 64)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := WriteFile(path, data); err != nil {
			b.Fatal(err)
		}
	}
}
