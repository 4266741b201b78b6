//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Every file the commands read is refused, with its name and why, when it is not a regular file
// or is over its limit: nothing hangs on a named pipe and nothing reads /dev/zero for ever.
func TestCommandsRefuseFilesThatAreNotRegularOrTooLarge(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "client.toml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	big := writeFile(t, dir, "big.toml", strings.Repeat("# a note\n", 300_000)) // 2.6 MiB
	feedDir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(feedDir, "ee_rounds_123_en.json"), 0o600); err != nil {
		t.Fatal(err)
	}
	example := filepath.Join(examples, "example1.toml")
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"score a FIFO", []string{"score", fifo}, "profile " + fifo + ": not a regular file (a named pipe)"},
		{"score /dev/zero", []string{"score", "/dev/zero"}, "profile /dev/zero: not a regular file (a character device)"},
		{"score a big file", []string{"score", big}, "profile " + big + " is 2.6 MiB: file too large: profile files are limited to 256 KiB"},
		{"score --rules a FIFO", []string{"score", "--rules", fifo, example}, "rules " + fifo + ": not a regular file (a named pipe)"},
		{"rules check a big file", []string{"rules", "check", big}, "rules " + big + " is 2.6 MiB: file too large: rules files are limited to 256 KiB"},
		{"whatif a FIFO", []string{"whatif", fifo, "--ita-date", "2026-08-20", "--cutoff", "500"}, "profile " + fifo + ": not a regular file"},
		{"improve a FIFO", []string{"improve", fifo}, "profile " + fifo + ": not a regular file"},
		{"draws import a FIFO", []string{"draws", "import", fifo}, "feed " + fifo + ": not a regular file (a named pipe)"},
		{"draws with a FIFO as the stored feed", []string{"draws", "--json"}, "ee_rounds_123_en.json: not a regular file (a named pipe)"},
		{"improve with a FIFO as the stored feed", []string{"improve", example}, "ee_rounds_123_en.json: not a regular file (a named pipe)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if strings.HasSuffix(c.name, "stored feed") {
				t.Setenv("EEWIZARD_DATA_DIR", feedDir)
			} else {
				t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
			}
			_, errs, _ := runCLI(t, c.args...)
			if !strings.Contains(errs, c.want) {
				t.Errorf("stderr %q\nwant it to contain %q", errs, c.want)
			}
		})
	}
	if _, err := os.Stat(fifo); err != nil {
		t.Fatal(err)
	}
}
