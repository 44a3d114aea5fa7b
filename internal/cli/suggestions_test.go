package cli

import (
	"runtime/debug"
	"slices"
	"strings"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	vcs := func(settings ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i < len(settings); i += 2 {
			out = append(out, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return out
	}
	for _, tc := range []struct {
		name     string
		linked   string
		info     *debug.BuildInfo
		haveInfo bool
		want     string
	}{
		{"linked version wins", "v1.4.0", &debug.BuildInfo{Main: debug.Module{Version: "v1.3.0"}}, true, "v1.4.0"},
		{"no build information", "", nil, false, "dev"},
		{"go install module@version", "", &debug.BuildInfo{Main: debug.Module{Version: "v1.3.0"}}, true, "v1.3.0"},
		{"go run or go test", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true, "dev"},
		{"git checkout, clean", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"},
			Settings: vcs("vcs", "git", "vcs.revision", "ba971e2c0ffee1234567890abcdef01234567890", "vcs.time", "2026-11-30T18:02:11Z", "vcs.modified", "false")},
			true, "dev-ba971e2c0ffe (2026-11-30T18:02:11Z)"},
		{"git checkout with changes", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"},
			Settings: vcs("vcs.revision", "ba971e2c0ffee1234567890abcdef01234567890", "vcs.modified", "true")},
			true, "dev-ba971e2c0ffe-dirty"},
		{"short revision kept whole", "", &debug.BuildInfo{Settings: vcs("vcs.revision", "ba971e2")}, true, "dev-ba971e2"},
	} {
		if got := buildVersion(tc.linked, tc.info, tc.haveInfo); got != tc.want {
			t.Errorf("%s: buildVersion = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestVersionFlagAndCommand(t *testing.T) {
	want := "factcheck " + currentVersion() + "\n"
	for _, args := range [][]string{{"--version"}, {"version"}} {
		code, out, errOut := run(t, "", args...)
		if code != ExitOK || out != want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 0 and %q", args, code, out, errOut, want)
		}
	}
}

func TestMistypedCommandsAndFlagsGetSuggestions(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		code    int
		message string // a line of stderr, whole
	}{
		{[]string{"ref", "shwo"}, ExitUsage, `factcheck: error: unknown command "shwo" for "factcheck ref" (did you mean show?)`},
		{[]string{"ref", "sources", "x"}, ExitUsage, ""},
		{[]string{"ref", "imprt", "file.csv"}, ExitUsage, `factcheck: error: unknown command "imprt" for "factcheck ref" (did you mean import?)`},
		{[]string{"ref", "zebra"}, ExitUsage, `factcheck: error: unknown command "zebra" for "factcheck ref"`},
		{[]string{"ref", "alias", "lst"}, ExitUsage, `factcheck: error: unknown command "lst" for "factcheck ref alias" (did you mean list?)`},
		{[]string{"chek", "article.txt"}, ExitUsage, `factcheck: error: unknown command "chek" for "factcheck" (did you mean check?)`},
		{[]string{"check", "--formt", "csv", "article.txt"}, ExitUsage, "factcheck: error: unknown flag: --formt (did you mean --format?)"},
		{[]string{"check", "--fial-on", "inconsistent", "article.txt"}, ExitUsage, "factcheck: error: unknown flag: --fial-on (did you mean --fail-on?)"},
		{[]string{"extract", "--colour", "never", "article.txt"}, ExitUsage, "factcheck: error: unknown flag: --colour (did you mean --color?)"},
		{[]string{"ref", "show", "--indicatr", "inflation"}, ExitUsage, "factcheck: error: unknown flag: --indicatr (did you mean --indicator?)"},
		{[]string{"ref", "list", "--dbb", "x.db"}, ExitUsage, "factcheck: error: unknown flag: --dbb (did you mean --db?)"},
		{[]string{"check", "--zebra", "article.txt"}, ExitUsage, "factcheck: error: unknown flag: --zebra"},
	} {
		code, out, errOut := run(t, "", tc.args...)
		if code != tc.code {
			t.Errorf("%v: exit %d, want %d; stdout %q, stderr %q", tc.args, code, tc.code, out, errOut)
		}
		if tc.message != "" && !slices.Contains(strings.Split(errOut, "\n"), tc.message) {
			t.Errorf("%v: stderr %q, want the line %q", tc.args, errOut, tc.message)
		}
	}
}

func TestGroupsWithoutSubcommandPrintHelp(t *testing.T) {
	for _, args := range [][]string{{}, {"ref"}, {"ref", "alias"}} {
		code, out, errOut := run(t, "", args...)
		if code != ExitOK || !strings.Contains(out, "Available Commands:") || errOut != "" {
			t.Errorf("%v: exit %d, stderr %q; want exit 0 and the help:\n%s", args, code, errOut, out)
		}
	}
}

func TestUnknownIndicatorSuggestsTheNearest(t *testing.T) {
	db := testDB(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"ref", "list", "--db", db, "--indicator", "inflaton"}, `no indicator is called "inflaton" (did you mean inflation?)`},
		{[]string{"ref", "show", "--db", db, "Germany", "GDP", "2024"}, `no indicator is called "GDP" (did you mean gdp?)`},
		{[]string{"ref", "show", "--db", db, "RUS", "sanctions_lifed"}, `(did you mean sanctions_lifted?)`},
		{[]string{"ref", "show", "--db", db, "--indicator", "unemployment"}, `(did you mean unemployment_rate?)`},
		{[]string{"ref", "list", "--db", db, "--indicator", "wages"}, `no indicator is called "wages"; the table knows`},
	} {
		code, out, errOut := run(t, "", tc.args...)
		if code != ExitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, code, out, errOut, tc.want)
		}
	}
}

// complete runs cobra's hidden __complete command, which the shell scripts of `factcheck
// completion` call, and returns the candidates and the directive line.
func complete(t *testing.T, args ...string) ([]string, string) {
	t.Helper()
	code, out, errOut := run(t, "", append([]string{"__complete"}, args...)...)
	if code != ExitOK {
		t.Fatalf("__complete %v: exit %d: %s", args, code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) == 1 {
		return nil, lines[0]
	}
	return lines[:len(lines)-1], lines[len(lines)-1]
}

func TestCompletionOfFlagValues(t *testing.T) {
	indicators := embeddedIndicators()
	for _, tc := range []struct {
		args      []string
		want      []string
		directive string
	}{
		{[]string{"check", "--format", ""}, []string{"table", "csv", "tsv", "xlsx", "jsonl", "json", "md", "html"}, ":4"},
		{[]string{"extract", "-f", "j"}, []string{"jsonl", "json"}, ":4"},
		{[]string{"ref", "list", "--format", ""}, []string{"table", "csv", "jsonl"}, ":4"},
		{[]string{"check", "--color", ""}, []string{"auto", "always", "never"}, ":4"},
		{[]string{"check", "--color", "a"}, []string{"auto", "always"}, ":4"},
		{[]string{"check", "--fail-on", "in"}, []string{"inconsistent"}, ":6"},
		{[]string{"check", "--fail-on", "inconsistent,o"}, []string{"inconsistent,outdated"}, ":6"},
		{[]string{"check", "--only", "revised,consistent,"}, []string{"revised,consistent,outdated", "revised,consistent,inconsistent",
			"revised,consistent,no_reference", "revised,consistent,unchecked"}, ":6"},
		{[]string{"ref", "list", "--indicator", "infl"}, []string{"inflation"}, ":4"},
		{[]string{"ref", "show", "--indicator", "sanctions_"}, []string{"sanctions_extended_until", "sanctions_imposed", "sanctions_lifted"}, ":4"},
		{[]string{"ref", "show", "Russia", "unemp"}, []string{"unemployment_rate"}, ":4"},
		{[]string{"ref", "show", "Russia", ""}, indicators, ":4"},
		{[]string{"ref", "revisions", "--indicator", "policy"}, []string{"policy_rate"}, ":4"},
		{[]string{"ref", "alias", "add", "--kind", "d"}, []string{"demonym"}, ":4"},
		{[]string{"ref", "add", "--kind", ""}, []string{"actual", "projection"}, ":4"},
		{[]string{"ref", "show", "rus"}, []string{"RUS\tRussian Federation", "Russian Federation\tRUS"}, ":4"},
		{[]string{"ref", "list", "--entity", "United K"}, []string{"United Kingdom\tGBR"}, ":4"},
		{[]string{"ref", "export", "--entity", "de"}, []string{"DEU\tGermany", "Denmark\tDNK"}, ":4"},
		{[]string{"ref", "show", "--entity", "zz"}, nil, ":4"},
	} {
		got, directive := complete(t, tc.args...)
		if !slices.Equal(got, tc.want) || directive != tc.directive {
			t.Errorf("__complete %q = %q %s, want %q %s", tc.args, got, directive, tc.want, tc.directive)
		}
	}
}

func TestEmbeddedIndicatorsMatchTheDefaultDatabase(t *testing.T) {
	names := embeddedIndicators()
	for _, want := range []string{"gdp_growth", "inflation", "unemployment_rate", "population", "gdp", "sanctions_imposed"} {
		if !slices.Contains(names, want) {
			t.Errorf("embedded indicators %q lack %s", names, want)
		}
	}
	if !slices.IsSorted(names) || len(slices.Compact(slices.Clone(names))) != len(names) {
		t.Errorf("embedded indicators are not sorted and unique: %q", names)
	}
	// Every name completion offers is one the default database accepts (listed for one
	// country: listing every country's series of each indicator takes seconds).
	db := testDB(t)
	for _, name := range names {
		if code, _, errOut := run(t, "", "ref", "list", "--db", db, "--indicator", name, "--entity", "RUS", "--format", "csv"); code != ExitOK {
			t.Errorf("%s: completion offers it, but ref list refuses it: %s", name, errOut)
		}
	}
}

func TestCompletedEntitiesResolve(t *testing.T) {
	db := testDB(t)
	for _, typed := range []string{"rus", "Germ", "united s", "EMU"} {
		got, _ := complete(t, "ref", "show", typed)
		if len(got) == 0 {
			t.Errorf("%q: nothing completed", typed)
		}
		for _, candidate := range got {
			entity, _, _ := strings.Cut(candidate, "\t")
			if code, _, errOut := run(t, "", "ref", "list", "--db", db, "--entity", entity, "--format", "csv"); code != ExitOK {
				t.Errorf("%q: completion offers %q, which ref list refuses: %s", typed, entity, errOut)
			}
		}
	}
}
