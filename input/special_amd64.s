//go:build !purego

#include "textflag.h"

DATA specialBackslash<>+0(SB)/1, $0x5c
GLOBL specialBackslash<>(SB), RODATA|NOPTR, $1

// func unescapeRuns(p *byte, w, r, end int) (nw, nr int)
TEXT ·unescapeRuns(SB), NOSPLIT, $0-48
	MOVQ p+0(FP), SI
	MOVQ w+8(FP), DI
	MOVQ r+16(FP), BX
	MOVQ end+24(FP), R12
	LEAQ -32(R12), DX // a block from r is whole while r <= DX
	LEAQ ·escapedByte(SB), R13
	VPBROADCASTB specialBackslash<>(SB), Y1

block:
	CMPQ BX, DX
	JGT done
	VMOVDQU (SI)(BX*1), Y0

loaded:
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
	// The k bytes before the backslash at r+k, then the escape. Unless the escape is a \u or
	// the block after it runs past end, the block from r is stored whole at w: it writes the
	// k bytes where they go, and others over the bytes from w+k to w+32 (w <= r, so below
	// r+32). Those before r+k+2 are the escape, read already, or bytes still to be written;
	// those from r+k+2 on are unread, and are put back from the block after the escape,
	// loaded before the store and read on from its register. No branch depends on k, where
	// the pieces below took two or three that a text's runs made hard to foretell.
	BSFL AX, CX
	LEAQ (BX)(CX*1), R8 // the backslash
	LEAQ 34(R8), R10
	CMPQ R10, R12
	JGT pieces
	MOVBLZX 1(SI)(R8*1), AX
	MOVBLZX (R13)(AX*1), AX
	TESTB AL, AL
	JEQ pieces
	VMOVDQU 2(SI)(R8*1), Y3
	VMOVDQU Y0, (SI)(DI*1)
	ADDQ CX, DI
	MOVB AL, (SI)(DI*1)
	INCQ DI
	LEAQ 2(R8), BX
	VMOVDQU Y3, (SI)(BX*1)
	VMOVDQU Y3, Y0
	JMP loaded

pieces:
	// The k bytes are moved alone, in two pieces that may overlap, both loaded before
	// either is stored (the bytes written may be bytes read).
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
	// The escape at BX: all but \u stand for the byte after the backslash, in escapedByte.
	LEAQ 1(BX), R8
	CMPQ R8, R12
	JGE done
	MOVBLZX (SI)(R8*1), AX
	MOVBLZX (R13)(AX*1), AX
	TESTB AL, AL
	JEQ done
	MOVB AL, (SI)(DI*1)
	INCQ DI
	ADDQ $2, BX
	JMP block

done:
	VZEROUPPER
	MOVQ DI, nw+32(FP)
	MOVQ BX, nr+40(FP)
	RET
