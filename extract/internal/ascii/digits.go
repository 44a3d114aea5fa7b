package ascii

// digits64Classes is Digits64 from Classes64: the text's last 64 bytes, or a machine without
// AVX2.
func digits64Classes(s string, i int) uint64 {
	_, digits, _, _ := Classes64(s, i, '0', '9')
	return digits
}
