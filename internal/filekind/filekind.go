// Package filekind names the kind of a file that is not a regular file, for the messages that
// refuse one: a named pipe given where a file is read whole would block until something writes
// to it, and a device may never end.
package filekind

import "io/fs"

// Of names a mode that is not a regular file: "a named pipe", "a socket", "a device", "a
// folder", else the mode's type letters.
func Of(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	case mode.IsDir():
		return "a folder"
	}
	return mode.Type().String()
}
