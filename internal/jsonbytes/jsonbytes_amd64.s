//go:build !purego

#include "textflag.h"

DATA specialQuote<>+0(SB)/1, $0x22
GLOBL specialQuote<>(SB), RODATA|NOPTR, $1
DATA specialBackslash<>+0(SB)/1, $0x5c
GLOBL specialBackslash<>(SB), RODATA|NOPTR, $1
// Below it, as signed bytes: control bytes and bytes beyond ASCII.
DATA specialBelow<>+0(SB)/1, $0x20
GLOBL specialBelow<>(SB), RODATA|NOPTR, $1

// SPECIALS_START sets SI to p, CX to n, BX to 0, DX to where the last whole block of 32
// bytes starts, and Y1 to Y3 to the constants SPECIALS32 compares with.
#define SPECIALS_START \
	MOVQ p+0(FP), SI \
	MOVQ n+8(FP), CX \
	XORQ BX, BX \
	LEAQ -32(CX), DX \
	VPBROADCASTB specialQuote<>(SB), Y1 \
	VPBROADCASTB specialBackslash<>(SB), Y2 \
	VPBROADCASTB specialBelow<>(SB), Y3

// SPECIALS32 puts in AX the mask of the special bytes of the 32 bytes at SI+BX.
#define SPECIALS32 \
	VMOVDQU (SI)(BX*1), Y0 \
	VPCMPEQB Y1, Y0, Y4 \
	VPCMPEQB Y2, Y0, Y5 \
	VPCMPGTB Y0, Y3, Y6 \
	VPOR Y5, Y4, Y4 \
	VPOR Y6, Y4, Y4 \
	VPMOVMSKB Y4, AX

// func plainRun(p *byte, n int) int
TEXT ·plainRun(SB), NOSPLIT, $0-24
	SPECIALS_START

block:
	CMPQ BX, DX
	JGT done
	SPECIALS32
	TESTL AX, AX
	JNE found
	ADDQ $32, BX
	JMP block

found:
	BSFL AX, AX
	ADDQ AX, BX

done:
	VZEROUPPER
	MOVQ BX, ret+16(FP)
	RET

// func PassEscapes(p *byte, n int) int
TEXT ·PassEscapes(SB), NOSPLIT, $0-24
	SPECIALS_START
	LEAQ ·passedEscapes(SB), R9

block:
	CMPQ BX, DX
	JGT done
	SPECIALS32
	TESTL AX, AX
	JNE special
	ADDQ $32, BX
	JMP block

special:
	BSFL AX, AX
	ADDQ AX, BX
	CMPB (SI)(BX*1), $0x5c
	JNE done
	// A backslash: an escape passed over is passed, and the search goes on after it.
	LEAQ 1(BX), R8
	CMPQ R8, CX
	JGE done
	MOVBLZX (SI)(R8*1), AX
	CMPB (R9)(AX*1), $0
	JEQ done
	ADDQ $2, BX
	JMP block

done:
	VZEROUPPER
	MOVQ BX, ret+16(FP)
	RET
