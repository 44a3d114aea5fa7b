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

// The bounds of the AVX2 version, a byte each in all 32 bytes: memory operands of the compares.
DATA lower<>+0(SB)/8, $0x2020202020202020
DATA lower<>+8(SB)/8, $0x2020202020202020
DATA lower<>+16(SB)/8, $0x2020202020202020
DATA lower<>+24(SB)/8, $0x2020202020202020
GLOBL lower<>(SB), RODATA|NOPTR, $32

DATA belowA<>+0(SB)/8, $0x6060606060606060
DATA belowA<>+8(SB)/8, $0x6060606060606060
DATA belowA<>+16(SB)/8, $0x6060606060606060
DATA belowA<>+24(SB)/8, $0x6060606060606060
GLOBL belowA<>(SB), RODATA|NOPTR, $32

DATA aboveZ<>+0(SB)/8, $0x7b7b7b7b7b7b7b7b
DATA aboveZ<>+8(SB)/8, $0x7b7b7b7b7b7b7b7b
DATA aboveZ<>+16(SB)/8, $0x7b7b7b7b7b7b7b7b
DATA aboveZ<>+24(SB)/8, $0x7b7b7b7b7b7b7b7b
GLOBL aboveZ<>(SB), RODATA|NOPTR, $32

DATA below0<>+0(SB)/8, $0x2f2f2f2f2f2f2f2f
DATA below0<>+8(SB)/8, $0x2f2f2f2f2f2f2f2f
DATA below0<>+16(SB)/8, $0x2f2f2f2f2f2f2f2f
DATA below0<>+24(SB)/8, $0x2f2f2f2f2f2f2f2f
GLOBL below0<>(SB), RODATA|NOPTR, $32

DATA above9<>+0(SB)/8, $0x3a3a3a3a3a3a3a3a
DATA above9<>+8(SB)/8, $0x3a3a3a3a3a3a3a3a
DATA above9<>+16(SB)/8, $0x3a3a3a3a3a3a3a3a
DATA above9<>+24(SB)/8, $0x3a3a3a3a3a3a3a3a
GLOBL above9<>(SB), RODATA|NOPTR, $32

// CHUNK32 sorts the 32 bytes at off(SI) into R8 (letters), R11 (digits), R9 (lo..hi) and
// R10 (not ASCII), lo-1 being in Y13, hi+1 in Y14, 'z'+1 in Y11 and '9'+1 in Y9. VPCMPGTB
// compares signed bytes, as PCMPGTB does above.
#define CHUNK32(off) \
	VMOVDQU off(SI), Y0 \
	VPMOVMSKB Y0, R10 \
	VPOR lower<>(SB), Y0, Y1 \
	VPCMPGTB belowA<>(SB), Y1, Y2 \
	VPCMPGTB Y1, Y11, Y3 \
	VPAND Y3, Y2, Y2 \
	VPMOVMSKB Y2, R8 \
	VPCMPGTB below0<>(SB), Y0, Y2 \
	VPCMPGTB Y0, Y9, Y3 \
	VPAND Y3, Y2, Y2 \
	VPMOVMSKB Y2, R11 \
	VPCMPGTB Y13, Y0, Y2 \
	VPCMPGTB Y0, Y14, Y3 \
	VPAND Y3, Y2, Y2 \
	VPMOVMSKB Y2, R9

// func Classes64(s string, i int, lo, hi byte) (letters, digits, inLoHi, high uint64)
TEXT ·Classes64(SB), NOSPLIT, $0-64
	MOVQ s_len+8(FP), AX
	MOVQ i+16(FP), BX
	SUBQ BX, AX
	CMPQ AX, $64
	JLT tail
	MOVQ s_base+0(FP), SI
	ADDQ BX, SI
	CMPB ·useAVX2(SB), $0
	JEQ sse2

	// Thirty-two bytes a compare: half the instructions of the SSE2 loop below.
	MOVBLZX lo+24(FP), AX
	DECL AX
	MOVQ AX, X13
	VPBROADCASTB X13, Y13 // lo-1 in every byte
	MOVBLZX hi+25(FP), AX
	INCL AX
	MOVQ AX, X14
	VPBROADCASTB X14, Y14 // hi+1 in every byte
	VMOVDQU aboveZ<>(SB), Y11
	VMOVDQU above9<>(SB), Y9
	CHUNK32(32)
	SHLQ $32, R8
	SHLQ $32, R9
	SHLQ $32, R10
	SHLQ $32, R11
	MOVQ R8, letters+32(FP)
	MOVQ R11, digits+40(FP)
	MOVQ R9, inLoHi+48(FP)
	MOVQ R10, high+56(FP)
	CHUNK32(0)
	VZEROUPPER
	ORQ R8, letters+32(FP)
	ORQ R11, digits+40(FP)
	ORQ R9, inLoHi+48(FP)
	ORQ R10, high+56(FP)
	RET

sse2:
	MOVQ $0x0101010101010101, BX
	MOVBQZX lo+24(FP), AX
	SUBQ $1, AX
	IMULQ BX, AX
	BROADCAST(AX, X13) // lo-1 in every byte
	MOVBQZX hi+25(FP), AX
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

	MOVQ R8, letters+32(FP)
	MOVQ R11, digits+40(FP)
	MOVQ R9, inLoHi+48(FP)
	MOVQ R10, high+56(FP)
	RET

tail:
	JMP ·classes64Tail(SB)

DATA sevens<>+0(SB)/8, $0x7f7f7f7f7f7f7f7f
DATA sevens<>+8(SB)/8, $0x7f7f7f7f7f7f7f7f
DATA sevens<>+16(SB)/8, $0x7f7f7f7f7f7f7f7f
DATA sevens<>+24(SB)/8, $0x7f7f7f7f7f7f7f7f
GLOBL sevens<>(SB), RODATA|NOPTR, $32

DATA belowAUpper<>+0(SB)/8, $0x4040404040404040
DATA belowAUpper<>+8(SB)/8, $0x4040404040404040
DATA belowAUpper<>+16(SB)/8, $0x4040404040404040
DATA belowAUpper<>+24(SB)/8, $0x4040404040404040
GLOBL belowAUpper<>(SB), RODATA|NOPTR, $32

// PLACE looks up the groups of the letters of the bytes in X at one place of the triples, the
// place's tables of a to o and of p to z being in TL and TH, into Y2 (Y1, Y12 and Y15 are
// overwritten). The index is the byte less '@' with signed saturation: A to Z become 1 to 26
// and a to z 33 to 58, the same in the bits VPSHUFB and VPBLENDVB read (the low four and bit
// 4), so that no byte is lower-cased; every byte that is no letter becomes either a byte with
// its high bit set, which VPSHUFB looks up as 0, or one of @ [ \ ] ^ _ ` { | } ~ DEL, whose
// entries (0, and 11 to 15 of p to z) hold no group. VPBLENDVB takes p to z's entry where bit
// 4 is set, moved to the high bit.
#define PLACE(X, TL, TH) \
	VPSUBSB belowAUpper<>(SB), X, Y1 \
	VPSHUFB Y1, TL, Y2 \
	VPSHUFB Y1, TH, Y15 \
	VPSLLW $3, Y1, Y12 \
	VPBLENDVB Y12, Y15, Y2, Y2

// CHUNK32T is CHUNK32 with the triples of the 32 bytes at off(SI) in R12: the groups of each
// place's letter ANDed over the three places (the bytes from off+1 and off+2 read again), and
// a byte with any group left set (VPADDUSB carries it into the high bit) marked. The tables of
// the places are in Y4 and Y5, Y6 and Y7, Y8 and Y10.
#define CHUNK32T(off) \
	VMOVDQU off(SI), Y0 \
	VPMOVMSKB Y0, R10 \
	VPOR lower<>(SB), Y0, Y1 \
	VPCMPGTB belowA<>(SB), Y1, Y2 \
	VPCMPGTB Y1, Y11, Y3 \
	VPAND Y3, Y2, Y2 \
	VPMOVMSKB Y2, R8 \
	PLACE(Y0, Y4, Y5) \
	VMOVDQA Y2, Y3 \
	VMOVDQU off+1(SI), Y1 \
	PLACE(Y1, Y6, Y7) \
	VPAND Y2, Y3, Y3 \
	VMOVDQU off+2(SI), Y1 \
	PLACE(Y1, Y8, Y10) \
	VPAND Y2, Y3, Y3 \
	VPADDUSB sevens<>(SB), Y3, Y3 \
	VPMOVMSKB Y3, R12 \
	VPCMPGTB below0<>(SB), Y0, Y2 \
	VPCMPGTB Y0, Y9, Y3 \
	VPAND Y3, Y2, Y2 \
	VPMOVMSKB Y2, R11 \
	VPCMPGTB Y13, Y0, Y2 \
	VPCMPGTB Y0, Y14, Y3 \
	VPAND Y3, Y2, Y2 \
	VPMOVMSKB Y2, R9

// func Classes64Triples(s string, i int, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64)
TEXT ·Classes64Triples(SB), NOSPLIT, $0-80
	MOVQ s_len+8(FP), AX
	MOVQ i+16(FP), BX
	SUBQ BX, AX
	CMPQ AX, $66
	JLT tail
	CMPB ·useAVX2(SB), $0
	JEQ noAVX2
	MOVQ s_base+0(FP), SI
	ADDQ BX, SI
	MOVQ t+32(FP), DI
	MOVBLZX lo+24(FP), AX
	DECL AX
	MOVQ AX, X13
	VPBROADCASTB X13, Y13 // lo-1 in every byte
	MOVBLZX hi+25(FP), AX
	INCL AX
	MOVQ AX, X14
	VPBROADCASTB X14, Y14 // hi+1 in every byte
	VMOVDQU aboveZ<>(SB), Y11
	VMOVDQU above9<>(SB), Y9
	VBROADCASTI128 0(DI), Y4 // Triples.groups, a table in both lanes
	VBROADCASTI128 16(DI), Y5
	VBROADCASTI128 32(DI), Y6
	VBROADCASTI128 48(DI), Y7
	VBROADCASTI128 64(DI), Y8
	VBROADCASTI128 80(DI), Y10
	CHUNK32T(32)
	SHLQ $32, R8
	SHLQ $32, R9
	SHLQ $32, R10
	SHLQ $32, R11
	SHLQ $32, R12
	MOVQ R8, letters+40(FP)
	MOVQ R11, digits+48(FP)
	MOVQ R9, inLoHi+56(FP)
	MOVQ R10, high+64(FP)
	MOVQ R12, triples+72(FP)
	CHUNK32T(0)
	VZEROUPPER
	ORQ R8, letters+40(FP)
	ORQ R11, digits+48(FP)
	ORQ R9, inLoHi+56(FP)
	ORQ R10, high+64(FP)
	ORQ R12, triples+72(FP)
	RET

noAVX2:
	JMP ·classes64TriplesNoAVX2(SB)

tail:
	JMP ·classes64TriplesTail(SB)

// func cpuHasAVX2() bool
TEXT ·cpuHasAVX2(SB), NOSPLIT, $0-1
	MOVB $0, ret+0(FP)
	// CPUID leaf 1: ECX bit 27 (OSXSAVE) and bit 28 (AVX).
	MOVL $1, AX
	MOVL $0, CX
	CPUID
	ANDL $(1<<27 | 1<<28), CX
	CMPL CX, $(1<<27 | 1<<28)
	JNE done
	// The system saves the YMM registers: XCR0 bits 1 and 2.
	MOVL $0, CX
	XGETBV
	ANDL $6, AX
	CMPL AX, $6
	JNE done
	// CPUID leaf 7, sub-leaf 0: EBX bit 5 (AVX2).
	MOVL $7, AX
	MOVL $0, CX
	CPUID
	SHRL $5, BX
	ANDL $1, BX
	MOVB BX, ret+0(FP)
done:
	RET

// Triggers256 runs the steps of Classes64Triples over four blocks in one call and combines
// each block's classes into its triggers, with the macros and constants above.
// func Triggers256(s string, i int, lo, hi byte, t *Triples, after uint64, out *[4]uint64)
TEXT ·Triggers256(SB), NOSPLIT, $0-56
	MOVQ s_len+8(FP), AX
	MOVQ i+16(FP), BX
	SUBQ BX, AX
	CMPQ AX, $258
	JLT goVersion
	CMPB ·useAVX2(SB), $0
	JEQ goVersion
	MOVQ s_base+0(FP), SI
	ADDQ BX, SI
	MOVQ t+32(FP), DI
	MOVQ out+48(FP), DX
	MOVQ after+40(FP), R14 // R14 is scratch in ABI0: the wrapper that calls this restores g
	MOVBLZX lo+24(FP), AX
	DECL AX
	MOVQ AX, X13
	VPBROADCASTB X13, Y13 // lo-1 in every byte
	MOVBLZX hi+25(FP), AX
	INCL AX
	MOVQ AX, X14
	VPBROADCASTB X14, Y14 // hi+1 in every byte
	VMOVDQU aboveZ<>(SB), Y11
	VMOVDQU above9<>(SB), Y9
	VBROADCASTI128 0(DI), Y4 // Triples.groups, a table in both lanes
	VBROADCASTI128 16(DI), Y5
	VBROADCASTI128 32(DI), Y6
	VBROADCASTI128 48(DI), Y7
	VBROADCASTI128 64(DI), Y8
	VBROADCASTI128 80(DI), Y10
	// A block a round: the code of four would be four times the lines of the instruction
	// cache, which the scanner's other code evicts between calls.
	MOVL $4, CX
block:
	// The first half's masks, as they will be combined: letters or digits in AX, digits
	// or non-ASCII in BX, lo..hi in DI, triples in R13.
	CHUNK32T(0)
	ORL R11, R8
	MOVL R8, AX
	ORL R10, R11
	MOVL R11, BX
	MOVL R9, DI
	MOVL R12, R13
	// The second half's, in the high 32 bits.
	CHUNK32T(32)
	ORL R11, R8
	SHLQ $32, R8
	ORQ R8, AX
	ORL R10, R11
	SHLQ $32, R11
	ORQ R11, BX
	SHLQ $32, R9
	ORQ R9, DI
	SHLQ $32, R12
	ORQ R12, R13
	// starts = triples &^ ((letters|digits)<<1 | after)
	MOVQ AX, R8
	SHLQ $1, R8
	ORQ R14, R8
	NOTQ R8
	ANDQ R13, R8
	// marks = inLoHi & (inLoHi>>1 | 1<<63): digits and non-ASCII bytes are in BX
	MOVQ DI, R9
	SHRQ $1, R9
	BTSQ $63, R9
	ANDQ DI, R9
	ORQ R9, R8
	ORQ BX, R8
	MOVQ R8, (DX)
	SHRQ $63, AX
	MOVQ AX, R14 // the last byte's letter or digit, for the next block's first
	ADDQ $64, SI
	ADDQ $8, DX
	DECL CX
	JNZ block
	VZEROUPPER
	RET

goVersion:
	JMP ·triggers256Go(SB)
