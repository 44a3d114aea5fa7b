package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// inPlace makes a working folder and a per-user config folder for one case, with the given
// files, and no FACTCHECK_CONFIG.
func inPlace(t *testing.T, local, user string) (userFile string) {
	t.Helper()
	work, home := t.TempDir(), t.TempDir()
	t.Chdir(work)
	t.Setenv("XDG_CONFIG_HOME", home)
	t.Setenv(EnvConfig, "")
	if local != "" {
		if err := os.WriteFile(filepath.Join(work, "config.yaml"), []byte(local), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	userFile = filepath.Join(home, "factcheck", "config.yaml")
	if user != "" {
		if err := os.MkdirAll(filepath.Dir(userFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(userFile, []byte(user), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return userFile
}

func TestWhichConfigFileIsRead(t *testing.T) {
	const another = "server:\n  port: 8080\nname: blog\nlog_level: debug\n"
	for _, tc := range []struct {
		name        string
		local, user string
		env         string // FACTCHECK_CONFIG, written with workers: 7 when "write"
		flag        bool   // --config names a file with workers: 9
		wantFile    string // "local", "user", "env", "flag" or ""
		wantWorkers int
	}{
		{"none", "", "", "", false, "", 0},
		{"factcheck's own config.yaml", "workers: 3\n", "", "", false, "local", 3},
		{"an empty config.yaml", "# nothing yet\n", "", "", false, "local", 0},
		{"another program's config.yaml is passed over", another, "", "", false, "", 0},
		{"the per-user config when config.yaml is another program's", another, "workers: 5\n", "", false, "user", 5},
		{"the per-user config when there is no config.yaml", "", "workers: 5\n", "", false, "user", 5},
		{"factcheck's config.yaml before the per-user one", "workers: 3\n", "workers: 5\n", "", false, "local", 3},
		{"FACTCHECK_CONFIG before config.yaml", "workers: 3\n", "workers: 5\n", "write", false, "env", 7},
		{"--config before FACTCHECK_CONFIG", "workers: 3\n", "", "write", true, "flag", 9},
	} {
		t.Run(tc.name, func(t *testing.T) {
			userFile := inPlace(t, tc.local, tc.user)
			files := map[string]string{"local": "config.yaml", "user": userFile}
			if tc.env == "write" {
				files["env"] = filepath.Join(t.TempDir(), "newsroom.yaml")
				os.WriteFile(files["env"], []byte("workers: 7\n"), 0o644)
				t.Setenv(EnvConfig, files["env"])
			}
			path := ""
			if tc.flag {
				path = filepath.Join(t.TempDir(), "mine.yaml")
				os.WriteFile(path, []byte("workers: 9\n"), 0o644)
				files["flag"] = path
			}
			cfg, err := Load(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.File != files[tc.wantFile] || cfg.Workers != tc.wantWorkers {
				t.Errorf("read %q with workers %d, want %q with %d", cfg.File, cfg.Workers, files[tc.wantFile], tc.wantWorkers)
			}
		})
	}
}

func TestAConfigYAMLThatLooksLikeFactchecksIsChecked(t *testing.T) {
	for _, tc := range []struct{ name, local, says string }{
		{"a typo of a key", "worker: 4\n", `unknown key "worker" (did you mean "workers"?)`},
		{"a typo of a section", "tolerence:\n  nearly_band: 0.2\n", `unknown key "tolerence.nearly_band"`},
		{"a key of factcheck's beside an unknown one", "workers: 2\nlog_level: debug\n", `unknown key "log_level"`},
		{"not YAML", "workers: [2\n", "name factcheck's with --config or FACTCHECK_CONFIG"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inPlace(t, tc.local, "")
			_, err := Load("", nil)
			if err == nil || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("error %v, want one saying %q", err, tc.says)
			}
		})
	}
}

func TestAnExplicitConfigMustExist(t *testing.T) {
	inPlace(t, "", "")
	missing := filepath.Join(t.TempDir(), "missing.yaml")
	t.Setenv(EnvConfig, missing)
	if _, err := Load("", nil); err == nil || !strings.HasPrefix(err.Error(), "config "+missing+": ") || !strings.HasSuffix(err.Error(), "(named by FACTCHECK_CONFIG)") {
		t.Errorf("error %v, want one naming FACTCHECK_CONFIG's file", err)
	}
	if _, err := Load(missing, nil); err == nil || !strings.HasSuffix(err.Error(), "(named by --config)") {
		t.Errorf("error %v, want one naming --config", err)
	}
}

// TestAFoundConfigThatIsNotARegularFileIsRefused: a named pipe called config.yaml in the
// working folder or the per-user folder blocked every command there, with nothing named to say
// why (the user named no config); it is refused by name before it is opened.
func TestAFoundConfigThatIsNotARegularFileIsRefused(t *testing.T) {
	for _, where := range []string{"local", "user"} {
		t.Run(where, func(t *testing.T) {
			userFile := inPlace(t, "", "")
			path := "config.yaml"
			if where == "user" {
				path = userFile
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			if err := syscall.Mkfifo(path, 0o644); err != nil {
				t.Skip(err)
			}
			done := make(chan error, 1)
			go func() {
				_, _, err := Locate("")
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "not a regular file (a named pipe)") {
					t.Fatalf("err = %v, want one naming %s as a named pipe", err, path)
				}
			case <-time.After(time.Minute):
				t.Fatal("Locate blocked on a named pipe")
			}
		})
	}
}
