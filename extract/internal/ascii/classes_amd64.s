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

// BROADCAST fills every byte of X with the byte of the 64-bit constant or register c.
#define BROADCAST(c, X) \
	MOVQ c, AX \
	MOVQ AX, X \
	PUNPCKLQDQ X, X

// NEXTCHUNK reads the chunk sixteen bytes below the last into the masks so far.
#define NEXTCHUNK(off) \
	CHUNK(off) \
	SHLQ $16, R8 \
	SHLQ $16, R9 \
	SHLQ $16, R10 \
	SHLQ $16, R11 \
	ORQ AX, R8 \
	ORQ BX, R9 \
	ORQ CX, R10 \
	ORQ DX, R11

// func classes64(p *byte, lo, hi byte) (letters, digits, inLoHi, high uint64)
TEXT ·classes64(SB), NOSPLIT, $0-48
	MOVQ p+0(FP), SI
	MOVQ $0x0101010101010101, BX
	MOVBQZX lo+8(FP), AX
	SUBQ $1, AX
	IMULQ BX, AX
	BROADCAST(AX, X13) // lo-1 in every byte
	MOVBQZX hi+9(FP), AX
	ADDQ $1, AX
	IMULQ BX, AX
	BROADCAST(AX, X14) // hi+1 in every byte
	BROADCAST($0x6060606060606060, X10) // 'a'-1
	BROADCAST($0x7b7b7b7b7b7b7b7b, X11) // 'z'+1
	BROADCAST($0x2020202020202020, X12) // lower-cases a letter
	BROADCAST($0x2f2f2f2f2f2f2f2f, X8)  // '0'-1
	BROADCAST($0x3a3a3a3a3a3a3a3a, X9)  // '9'+1

	// The chunks from the last to the first, so that the first ends in the low bits.
	CHUNK(48)
	MOVQ AX, R8
	MOVQ BX, R9
	MOVQ CX, R10
	MOVQ DX, R11
	NEXTCHUNK(32)
	NEXTCHUNK(16)
	NEXTCHUNK(0)

	MOVQ R8, letters+16(FP)
	MOVQ R11, digits+24(FP)
	MOVQ R9, inLoHi+32(FP)
	MOVQ R10, high+40(FP)
	RET
