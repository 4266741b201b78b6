//go:build !unix

package fsafe

const openFlags = 0

const nonBlockingOpen = false
