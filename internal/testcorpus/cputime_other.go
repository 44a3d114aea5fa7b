//go:build !unix

package testcorpus

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
