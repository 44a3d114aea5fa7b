package cli

import (
	"strings"
	"testing"
)

func TestListenAddress(t *testing.T) {
	for _, tc := range []struct {
		addr    string
		port    int
		portSet bool
		want    string
		err     string
	}{
		{"127.0.0.1", 8080, false, "127.0.0.1:8080", ""},
		{"localhost", 9000, true, "localhost:9000", ""},
		{"::1", 8080, false, "[::1]:8080", ""},
		{"0.0.0.0:8443", 8080, false, "0.0.0.0:8443", ""},
		{"127.0.0.1", 0, true, "127.0.0.1:0", ""},
		{"127.0.0.1:9000", 9001, true, "", "names a port and --port names another"},
		{"127.0.0.1:http", 8080, false, "", `port "http" is not a number`},
		{"127.0.0.1", 65536, true, "", "want 0 to 65535"},
		{"127.0.0.1", -1, true, "", "want 0 to 65535"},
	} {
		got, err := listenAddress(tc.addr, tc.port, tc.portSet)
		if got != tc.want || (err == nil) != (tc.err == "") || (err != nil && !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("listenAddress(%q, %d, %v) = %q, %v; want %q, %q", tc.addr, tc.port, tc.portSet, got, err, tc.want, tc.err)
		}
	}
}
