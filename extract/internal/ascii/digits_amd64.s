//go:build !purego

#include "textflag.h"

DATA belowZero<>+0(SB)/8, $0x2f2f2f2f2f2f2f2f
DATA belowZero<>+8(SB)/8, $0x2f2f2f2f2f2f2f2f
DATA belowZero<>+16(SB)/8, $0x2f2f2f2f2f2f2f2f
DATA belowZero<>+24(SB)/8, $0x2f2f2f2f2f2f2f2f
GLOBL belowZero<>(SB), RODATA|NOPTR, $32

DATA aboveNine<>+0(SB)/8, $0x3a3a3a3a3a3a3a3a
DATA aboveNine<>+8(SB)/8, $0x3a3a3a3a3a3a3a3a
DATA aboveNine<>+16(SB)/8, $0x3a3a3a3a3a3a3a3a
DATA aboveNine<>+24(SB)/8, $0x3a3a3a3a3a3a3a3a
GLOBL aboveNine<>(SB), RODATA|NOPTR, $32

// DIGITS32 puts in reg the mask of the digits of the 32 bytes at addr: above '0'-1 and below
// '9'+1 in signed compares (a byte with its high bit set is below '0'-1), the bounds being in
// Y1 and Y2.
#define DIGITS32(addr, reg) \
	VMOVDQU addr, Y0 \
	VPCMPGTB Y1, Y0, Y3 \
	VPCMPGTB Y0, Y2, Y4 \
	VPAND Y4, Y3, Y3 \
	VPMOVMSKB Y3, reg

// func Digits64(s string, i int) uint64
TEXT ·Digits64(SB), NOSPLIT, $0-32
	MOVQ s_len+8(FP), AX
	MOVQ i+16(FP), BX
	CMPB ·useAVX2(SB), $0
	JEQ classes
	TESTQ BX, BX
	JLT classes // (Classes64 panics)
	SUBQ BX, AX
	CMPQ AX, $64
	JLT classes
	MOVQ s_base+0(FP), SI
	ADDQ BX, SI
	VMOVDQU belowZero<>(SB), Y1
	VMOVDQU aboveNine<>(SB), Y2
	DIGITS32((SI), AX)
	DIGITS32(32(SI), DX)
	VZEROUPPER
	SHLQ $32, DX
	ORQ DX, AX
	MOVQ AX, ret+24(FP)
	RET

classes:
	JMP ·digits64Classes(SB)
