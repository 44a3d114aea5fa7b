//go:build !purego

#include "textflag.h"

// Triggers256 runs the steps of Classes64Triples (classes_amd64.s) over four blocks in one
// call and combines each block's classes into its triggers; the macros and constants below are
// copies of those of classes_amd64.s, whose comments say what each step does (a file's macros
// and static data are its own).

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

#define PLACE(X, TL, TH) \
	VPSUBSB belowAUpper<>(SB), X, Y1 \
	VPSHUFB Y1, TL, Y2 \
	VPSHUFB Y1, TH, Y15 \
	VPSLLW $3, Y1, Y12 \
	VPBLENDVB Y12, Y15, Y2, Y2

// CHUNK32T sorts the 32 bytes at off(SI) into R8 (letters), R11 (digits), R9 (lo..hi), R10
// (not ASCII) and R12 (triples), as in classes_amd64.s.
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
