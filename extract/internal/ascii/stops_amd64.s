//go:build !purego

#include "textflag.h"

// stopTable is looked up by a byte's low four bits (VPSHUFB): the stop with those low bits
// ('\n' 0x0a, '!' 0x21, '.' 0x2e, '?' 0x3f), else 0x80, whose low bits are no index's. A byte
// equals its entry exactly when it is a stop; a byte with its high bit set is looked up as 0.
DATA stopTable<>+0(SB)/8, $0x8080808080802180
DATA stopTable<>+8(SB)/8, $0x3f2e8080800a8080
DATA stopTable<>+16(SB)/8, $0x8080808080802180
DATA stopTable<>+24(SB)/8, $0x3f2e8080800a8080
GLOBL stopTable<>(SB), RODATA|NOPTR, $32

// STOPS puts in R8 the mask of the sentence stops of the 32 bytes at addr, the table being
// in Y1.
#define STOPS(addr) \
	VMOVDQU addr, Y0 \
	VPSHUFB Y0, Y1, Y2 \
	VPCMPEQB Y0, Y2, Y2 \
	VPMOVMSKB Y2, R8

// func NextStop(s string, from, to int) int
TEXT ·NextStop(SB), NOSPLIT, $0-40
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), DX
	MOVQ from+16(FP), AX
	MOVQ to+24(FP), BX
	// the words version answers an empty span, and panics at one out of range
	CMPB ·useAVX2(SB), $0
	JEQ nextwords
	CMPQ DX, $32
	JLT nextwords
	CMPQ AX, BX
	JGE nextwords
	TESTQ AX, AX
	JLT nextwords
	CMPQ BX, DX
	JGT nextwords
	VMOVDQU stopTable<>(SB), Y1
	LEAQ 32(AX), CX
	CMPQ CX, BX
	JGT nexttail

nextloop:
	STOPS((SI)(AX*1))
	TESTL R8, R8
	JNE nextfound
	ADDQ $32, AX
	LEAQ 32(AX), CX
	CMPQ CX, BX
	JLE nextloop

nexttail:
	// fewer than 32 bytes from AX to BX: the block at AX, or the text's last when that
	// runs past its end, shifted to start at AX and cut at BX
	CMPQ AX, BX
	JGE nonext
	MOVQ AX, R9
	LEAQ 32(AX), CX
	CMPQ CX, DX
	JLE nextblock
	LEAQ -32(DX), R9

nextblock:
	STOPS((SI)(R9*1))
	MOVQ AX, CX
	SUBQ R9, CX
	SHRQ CX, R8
	MOVQ BX, CX
	SUBQ AX, CX
	MOVL $1, R10
	SHLQ CX, R10
	DECQ R10
	ANDQ R10, R8
	JEQ nonext

nextfound:
	VZEROUPPER
	BSFQ R8, R8
	ADDQ AX, R8
	MOVQ R8, ret+32(FP)
	RET

nonext:
	VZEROUPPER
	MOVQ BX, ret+32(FP)
	RET

nextwords:
	JMP ·nextStopWords(SB)

// func LastStop(s string, from, to int) int
TEXT ·LastStop(SB), NOSPLIT, $0-40
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), DX
	MOVQ from+16(FP), BX
	MOVQ to+24(FP), AX
	// as NextStop
	CMPB ·useAVX2(SB), $0
	JEQ lastwords
	CMPQ DX, $32
	JLT lastwords
	CMPQ BX, AX
	JGE lastwords
	TESTQ BX, BX
	JLT lastwords
	CMPQ AX, DX
	JGT lastwords
	VMOVDQU stopTable<>(SB), Y1
	LEAQ -32(AX), CX
	CMPQ CX, BX
	JLT lasttail

lastloop:
	STOPS(-32(SI)(AX*1))
	TESTL R8, R8
	JNE lastfound
	SUBQ $32, AX
	LEAQ -32(AX), CX
	CMPQ CX, BX
	JGE lastloop

lasttail:
	// fewer than 32 bytes from BX to AX: the block that ends at AX, or the text's first when
	// AX < 32, cut at AX and shifted to start at BX
	CMPQ AX, BX
	JLE nolast
	LEAQ -32(AX), R9
	TESTQ R9, R9
	JGE lastblock
	XORL R9, R9

lastblock:
	STOPS((SI)(R9*1))
	MOVQ AX, CX
	SUBQ R9, CX
	MOVL $1, R10
	SHLQ CX, R10
	DECQ R10
	ANDQ R10, R8
	MOVQ BX, CX
	SUBQ R9, CX
	SHRQ CX, R8
	TESTQ R8, R8 // a shift by 0 leaves the flags as they were
	JEQ nolast
	VZEROUPPER
	BSRQ R8, R8
	ADDQ BX, R8
	MOVQ R8, ret+32(FP)
	RET

lastfound:
	VZEROUPPER
	BSRQ R8, R8
	LEAQ -32(AX)(R8*1), R8
	MOVQ R8, ret+32(FP)
	RET

nolast:
	VZEROUPPER
	DECQ BX
	MOVQ BX, ret+32(FP)
	RET

lastwords:
	JMP ·lastStopWords(SB)
