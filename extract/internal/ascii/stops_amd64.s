//go:build !purego

#include "textflag.h"

DATA stopDot<>+0(SB)/8, $0x2e2e2e2e2e2e2e2e
DATA stopDot<>+8(SB)/8, $0x2e2e2e2e2e2e2e2e
DATA stopDot<>+16(SB)/8, $0x2e2e2e2e2e2e2e2e
DATA stopDot<>+24(SB)/8, $0x2e2e2e2e2e2e2e2e
GLOBL stopDot<>(SB), RODATA|NOPTR, $32

DATA stopBang<>+0(SB)/8, $0x2121212121212121
DATA stopBang<>+8(SB)/8, $0x2121212121212121
DATA stopBang<>+16(SB)/8, $0x2121212121212121
DATA stopBang<>+24(SB)/8, $0x2121212121212121
GLOBL stopBang<>(SB), RODATA|NOPTR, $32

DATA stopQuery<>+0(SB)/8, $0x3f3f3f3f3f3f3f3f
DATA stopQuery<>+8(SB)/8, $0x3f3f3f3f3f3f3f3f
DATA stopQuery<>+16(SB)/8, $0x3f3f3f3f3f3f3f3f
DATA stopQuery<>+24(SB)/8, $0x3f3f3f3f3f3f3f3f
GLOBL stopQuery<>(SB), RODATA|NOPTR, $32

DATA stopLine<>+0(SB)/8, $0x0a0a0a0a0a0a0a0a
DATA stopLine<>+8(SB)/8, $0x0a0a0a0a0a0a0a0a
DATA stopLine<>+16(SB)/8, $0x0a0a0a0a0a0a0a0a
DATA stopLine<>+24(SB)/8, $0x0a0a0a0a0a0a0a0a
GLOBL stopLine<>(SB), RODATA|NOPTR, $32

// STOPS32 puts in AX the mask of the sentence stops ('.', '!', '?', '\n') of the 32 bytes at
// (SI), the constants being in Y1 to Y4.
#define STOPS32 \
	VMOVDQU (SI), Y0 \
	VPCMPEQB Y1, Y0, Y5 \
	VPCMPEQB Y2, Y0, Y6 \
	VPOR Y6, Y5, Y5 \
	VPCMPEQB Y3, Y0, Y6 \
	VPCMPEQB Y4, Y0, Y7 \
	VPOR Y7, Y6, Y6 \
	VPOR Y6, Y5, Y5 \
	VPMOVMSKB Y5, AX

#define STOPCONSTANTS \
	VMOVDQU stopDot<>(SB), Y1 \
	VMOVDQU stopBang<>(SB), Y2 \
	VMOVDQU stopQuery<>(SB), Y3 \
	VMOVDQU stopLine<>(SB), Y4

// func nextStop32(p *byte, n int) int
TEXT ·nextStop32(SB), NOSPLIT, $0-24
	MOVQ p+0(FP), SI
	MOVQ SI, DI
	MOVQ n+8(FP), CX
	STOPCONSTANTS
	TESTQ CX, CX
	JEQ nonext

nextloop:
	STOPS32
	TESTL AX, AX
	JNE nextfound
	ADDQ $32, SI
	DECQ CX
	JNE nextloop

nonext:
	VZEROUPPER
	MOVQ $-1, ret+16(FP)
	RET

nextfound:
	VZEROUPPER
	BSFL AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+16(FP)
	RET

// func lastStop32(p *byte, n int) int
// The blocks start at p and are read from the last.
TEXT ·lastStop32(SB), NOSPLIT, $0-24
	MOVQ p+0(FP), DI
	MOVQ n+8(FP), CX
	MOVQ CX, SI
	SHLQ $5, SI
	ADDQ DI, SI
	STOPCONSTANTS
	TESTQ CX, CX
	JEQ nolast

lastloop:
	SUBQ $32, SI
	STOPS32
	TESTL AX, AX
	JNE lastfound
	DECQ CX
	JNE lastloop

nolast:
	VZEROUPPER
	MOVQ $-1, ret+16(FP)
	RET

lastfound:
	VZEROUPPER
	BSRL AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+16(FP)
	RET
