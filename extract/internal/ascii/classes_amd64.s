//go:build !purego

#include "textflag.h"

// One 16-byte chunk at off(SI): its four masks into AX (letters), DX (digits), BX (lo..hi) and
// CX (not ASCII). PCMPGTB compares signed bytes, so a byte of 0x80 or more is below every bound and
// fails both tests by itself.
#define CHUNK(off) \
	MOVOU off(SI), X0 \
	PMOVMSKB X0, CX \
	MOVO X0, X1 \
	POR X12, X1 \
	MOVO X11, X3 \
	PCMPGTB X1, X3 \
	PCMPGTB X10, X1 \
	PAND X3, X1 \
	PMOVMSKB X1, AX \
	MOVO X9, X3 \
	PCMPGTB X0, X3 \
	MOVO X0, X1 \
	PCMPGTB X8, X1 \
	PAND X3, X1 \
	PMOVMSKB X1, DX \
	MOVO X14, X3 \
	PCMPGTB X0, X3 \
	PCMPGTB X13, X0 \
	PAND X3, X0 \
	PMOVMSKB X0, BX

// func classes64SSE2(p *byte, below, above uint64) (letters, digits, inLoHi, high uint64)
TEXT ·classes64SSE2(SB), NOSPLIT, $0-56
	MOVQ p+0(FP), SI
	MOVQ below+8(FP), AX
	MOVQ AX, X13
	PUNPCKLQDQ X13, X13
	MOVQ above+16(FP), AX
	MOVQ AX, X14
	PUNPCKLQDQ X14, X14
	MOVQ $0x6060606060606060, AX // 'a'-1
	MOVQ AX, X10
	PUNPCKLQDQ X10, X10
	MOVQ $0x7b7b7b7b7b7b7b7b, AX // 'z'+1
	MOVQ AX, X11
	PUNPCKLQDQ X11, X11
	MOVQ $0x2020202020202020, AX // lower-cases a letter
	MOVQ AX, X12
	PUNPCKLQDQ X12, X12
	MOVQ $0x2f2f2f2f2f2f2f2f, AX // '0'-1
	MOVQ AX, X8
	PUNPCKLQDQ X8, X8
	MOVQ $0x3a3a3a3a3a3a3a3a, AX // '9'+1
	MOVQ AX, X9
	PUNPCKLQDQ X9, X9

	CHUNK(48)
	MOVQ AX, R8
	MOVQ BX, R9
	MOVQ CX, R10
	MOVQ DX, R11
	CHUNK(32)
	SHLQ $16, R8
	SHLQ $16, R9
	SHLQ $16, R10
	ORQ AX, R8
	ORQ BX, R9
	ORQ CX, R10
	SHLQ $16, R11
	ORQ DX, R11
	CHUNK(16)
	SHLQ $16, R8
	SHLQ $16, R9
	SHLQ $16, R10
	ORQ AX, R8
	ORQ BX, R9
	ORQ CX, R10
	SHLQ $16, R11
	ORQ DX, R11
	CHUNK(0)
	SHLQ $16, R8
	SHLQ $16, R9
	SHLQ $16, R10
	ORQ AX, R8
	ORQ BX, R9
	ORQ CX, R10
	SHLQ $16, R11
	ORQ DX, R11

	MOVQ R8, letters+24(FP)
	MOVQ R11, digits+32(FP)
	MOVQ R9, inLoHi+40(FP)
	MOVQ R10, high+48(FP)
	RET
