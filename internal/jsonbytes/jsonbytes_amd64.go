//go:build !purego

package jsonbytes

import "golang.org/x/sys/cpu"

// useAVX2 chooses the AVX2 loop of Next; the tests turn it off to test the other.
var useAVX2 = cpu.X86.HasAVX2

// plainRun returns the index of the first special byte of the n bytes at p, or the index from
// which fewer than 32 bytes are left. It reads 32 bytes at a time with AVX2.
//
//go:noescape
func plainRun(p *byte, n int) int

// PassEscapes returns the index of the first special byte of the n bytes at p that is not the
// backslash of an escape of two bytes other than \r (\" \\ \/ \b \f \n \t), or the index from
// which fewer than 32 bytes are left: a text's runs of plain ASCII and its "\n\n" and "\"" are
// passed over in one call, and \r is left to the caller, for a reader of text to note the
// carriage return. It reads 32 bytes at a time with AVX2, which the processor must have
// (cpu.X86.HasAVX2).
//
//go:noescape
func PassEscapes(p *byte, n int) int

// passedEscapes marks the bytes after a backslash that make the escapes PassEscapes passes over.
var passedEscapes = [256]bool{'"': true, '\\': true, '/': true, 'b': true, 'f': true, 'n': true, 't': true}
