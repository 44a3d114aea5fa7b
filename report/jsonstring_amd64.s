//go:build !purego

#include "textflag.h"

DATA jsonQuote<>+0(SB)/1, $0x22
GLOBL jsonQuote<>(SB), RODATA|NOPTR, $1
DATA jsonBackslash<>+0(SB)/1, $0x5c
GLOBL jsonBackslash<>(SB), RODATA|NOPTR, $1
// Below it, as signed bytes: control bytes and bytes beyond ASCII.
DATA jsonBelow<>+0(SB)/1, $0x20
GLOBL jsonBelow<>(SB), RODATA|NOPTR, $1

// func plainJSONRun(p *byte, n int) int
TEXT ·plainJSONRun(SB), NOSPLIT, $0-24
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	XORQ BX, BX
	LEAQ -32(CX), DX // a block from BX is whole while BX <= DX
	VPBROADCASTB jsonQuote<>(SB), Y1
	VPBROADCASTB jsonBackslash<>(SB), Y2
	VPBROADCASTB jsonBelow<>(SB), Y3

block:
	CMPQ BX, DX
	JGT done
	VMOVDQU (SI)(BX*1), Y0
	VPCMPEQB Y1, Y0, Y4
	VPCMPEQB Y2, Y0, Y5
	VPCMPGTB Y0, Y3, Y6
	VPOR Y5, Y4, Y4
	VPOR Y6, Y4, Y4
	VPMOVMSKB Y4, AX
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
