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

// func moveToEscape(p *byte, w, r, end int) (nw, nr int)
TEXT ·moveToEscape(SB), NOSPLIT, $0-48
	MOVQ p+0(FP), SI
	MOVQ w+8(FP), DI
	MOVQ r+16(FP), BX
	MOVQ end+24(FP), DX
	MOVL $0x5c, AX // '\\'
	MOVD AX, X1
	VPBROADCASTB X1, Y1
	SUBQ $32, DX // a block from r is whole while r <= DX

block:
	CMPQ BX, DX
	JGT done
	VMOVDQU (SI)(BX*1), Y0
	VPCMPEQB Y1, Y0, Y2
	VPMOVMSKB Y2, AX
	TESTL AX, AX
	JNE part
	// No backslash: the block is moved whole. w <= r, so it overwrites no byte after it.
	VMOVDQU Y0, (SI)(DI*1)
	ADDQ $32, BX
	ADDQ $32, DI
	JMP block

part:
	// The k bytes before the backslash are moved alone, in two pieces that may overlap,
	// both loaded before either is stored (the bytes written may be bytes read).
	BSFL AX, CX
	LEAQ (SI)(BX*1), R8
	LEAQ (SI)(DI*1), R9
	CMPQ CX, $16
	JB below16
	VMOVDQU -16(R8)(CX*1), X3
	VMOVDQU X0, (R9)
	VMOVDQU X3, -16(R9)(CX*1)
	JMP moved

below16:
	CMPQ CX, $8
	JB below8
	MOVQ (R8), R10
	MOVQ -8(R8)(CX*1), R11
	MOVQ R10, (R9)
	MOVQ R11, -8(R9)(CX*1)
	JMP moved

below8:
	CMPQ CX, $4
	JB below4
	MOVL (R8), R10
	MOVL -4(R8)(CX*1), R11
	MOVL R10, (R9)
	MOVL R11, -4(R9)(CX*1)
	JMP moved

below4:
	CMPQ CX, $2
	JB below2
	MOVW (R8), R10
	MOVW -2(R8)(CX*1), R11
	MOVW R10, (R9)
	MOVW R11, -2(R9)(CX*1)
	JMP moved

below2:
	TESTQ CX, CX
	JEQ moved
	MOVB (R8), R10
	MOVB R10, (R9)

moved:
	ADDQ CX, BX
	ADDQ CX, DI

done:
	VZEROUPPER
	MOVQ DI, nw+32(FP)
	MOVQ BX, nr+40(FP)
	RET
