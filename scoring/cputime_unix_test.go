//go:build unix

package scoring

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the test process has used, user and system: unlike the time on
// the clock it does not grow while the process waits for a busy machine's processors.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
