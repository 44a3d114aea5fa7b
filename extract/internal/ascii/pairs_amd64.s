//go:build !purego

#include "textflag.h"

// func indexPairs32(p *byte, n int, a, b, c, d byte) int
// The bytes at SI in Y5 and the bytes after them in Y6: a pair starts where the first equals a
// (c) and the second b (d).
TEXT ·indexPairs32(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ SI, DI
	MOVQ n+8(FP), CX
	MOVBLZX a+16(FP), AX
	MOVQ AX, X1
	VPBROADCASTB X1, Y1
	MOVBLZX b+17(FP), AX
	MOVQ AX, X2
	VPBROADCASTB X2, Y2
	MOVBLZX c+18(FP), AX
	MOVQ AX, X3
	VPBROADCASTB X3, Y3
	MOVBLZX d+19(FP), AX
	MOVQ AX, X4
	VPBROADCASTB X4, Y4
	TESTQ CX, CX
	JEQ none

loop:
	VMOVDQU (SI), Y5
	VMOVDQU 1(SI), Y6
	VPCMPEQB Y1, Y5, Y7
	VPCMPEQB Y2, Y6, Y8
	VPAND Y8, Y7, Y7
	VPCMPEQB Y3, Y5, Y9
	VPCMPEQB Y4, Y6, Y10
	VPAND Y10, Y9, Y9
	VPOR Y9, Y7, Y7
	VPMOVMSKB Y7, AX
	TESTL AX, AX
	JNE found
	ADDQ $32, SI
	DECQ CX
	JNE loop

none:
	VZEROUPPER
	MOVQ $-1, ret+24(FP)
	RET

found:
	VZEROUPPER
	BSFL AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+24(FP)
	RET
