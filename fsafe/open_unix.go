//go:build unix

package fsafe

import "syscall"

// openFlags make opening a named pipe return at once instead of waiting for a writer; a regular
// file reads the same with or without them.
const openFlags = syscall.O_NONBLOCK

const nonBlockingOpen = true
