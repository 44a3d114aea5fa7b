//go:build !purego

#include "textflag.h"

// func nextSpecial32(p *byte, n int) int
TEXT ·nextSpecial32(SB), NOSPLIT, $0-24
	MOVQ p+0(FP), SI
	MOVQ SI, DI
	MOVQ n+8(FP), CX
	MOVL $0x22, AX // '"'
	MOVD AX, X1
	VPBROADCASTB X1, Y1
	MOVL $0x5c, AX // '\\'
	MOVD AX, X2
	VPBROADCASTB X2, Y2
	MOVL $0x20, AX // below it, as signed bytes: control bytes and bytes beyond ASCII
	MOVD AX, X3
	VPBROADCASTB X3, Y3
	TESTQ CX, CX
	JEQ none

loop:
	VMOVDQU (SI), Y0
	VPCMPEQB Y1, Y0, Y4
	VPCMPEQB Y2, Y0, Y5
	VPCMPGTB Y0, Y3, Y6
	VPOR Y5, Y4, Y4
	VPOR Y6, Y4, Y4
	VPMOVMSKB Y4, AX
	TESTL AX, AX
	JNE found
	ADDQ $32, SI
	DECQ CX
	JNE loop

none:
	VZEROUPPER
	MOVQ $-1, ret+16(FP)
	RET

found:
	VZEROUPPER
	BSFL AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+16(FP)
	RET
