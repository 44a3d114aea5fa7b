package quantity

import "testing"

func TestUnitsFileParses(t *testing.T) {
	words, symbols, err := parseUnits(unitsCSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(words) < 100 || len(symbols) < 30 {
		t.Errorf("units.csv gives %d words and %d symbols, want a full lexicon", len(words), len(symbols))
	}
	if _, _, err := parseUnits("unit,dimension,words,symbols\nkm,length,km,\nkm2,area,km,\n"); err == nil {
		t.Error("a word in two rows is accepted")
	}
}

// TestUnits reads each unit the way news writes it: spelled out, abbreviated, glued to the
// number or after a space, singular or plural.
func TestUnits(t *testing.T) {
	tests := []struct {
		text  string
		value float64
		unit  string
	}{
		{"a top speed of 155 mph", 155, "mph"},
		{"a top speed of 250 km/h", 250, "km/h"},
		{"a top speed of 250 kilometres per hour", 250, "km/h"},
		{"a top speed of 90 miles an hour", 90, "mph"},
		{"a 5km run", 5, "km"},
		{"a 5 km run", 5, "km"},
		{"the path runs for 12 kilometres", 12, "km"},
		{"it weighs 3kg", 3, "kg"},
		{"it weighs 3 kilograms", 3, "kg"},
		{"a dose of 500mg", 500, "mg"},
		{"a 400 hp engine", 400, "hp"},
		{"a 400-horsepower engine", 400, "hp"},
		{"256GB of storage", 256, "GB"},
		{"256 gigabytes of storage", 256, "GB"},
		{"speeds of 1 Gbps", 1, "Gbit/s"},
		{"speeds of 100Mbps", 100, "Mbit/s"},
		{"a 7kW charger", 7, "kW"},
		{"a 2,000 MW plant", 2000, "MW"},
		{"a 2 gigawatt plant", 2, "GW"},
		{"clocked at 3.5GHz", 3.5, "GHz"},
		{"a 50 Hz grid", 50, "Hz"},
		{"a 90 min match", 90, "minute"},
		{"a 90-minute match", 90, "minute"},
		{"a 70 m² flat", 70, "m2"},
		{"a 70 sq m flat", 70, "m2"},
		{"a 70 square metre flat", 70, "m2"},
		{"a rise of 5pc", 5, "percent"},
		{"a pint at 50p", 50, "penny"},
		{"it hit 40C", 40, "°C"},
		{"it hit 104F", 104, "°F"},
		{"it hit 40 °C", 40, "°C"},
		{"it hit 40 degrees Celsius", 40, "°C"},
		{"the 100m sprint", 100, "m"},
		{"a 9mm handgun", 9, "mm"},
		{"£5m of funding", 5e6, "GBP"},
		{"5m people", 5e6, "person"},
		{"it rained 20 millimetres", 20, "mm"},
		{"Brent at $80 a barrel", 80, "USD/barrel"},
		{"pay of £1,000 a month", 1000, "GBP/month"},
		{"a dividend of 5 cents a share", 5, "cent/share"},
		{"fuel at €1.50/litre", 1.5, "EUR/l"},
		{"10 hours per day", 10, "hour/day"},
		{"25 basis points", 25, "bp"},
		{"a 25bp cut", 25, "bp"},
		{"a 12-cent dividend", 12, "cent"},
		{"weighed 200 pounds", 200, "lb"},
		{"300 pounds of cocaine", 300, "lb"},
		{"a 10lb salmon", 10, "lb"},
		{"a 1,000-tonne ship", 1000, "tonne"},
		{"3 metric tons of grain", 3, "tonne"},
		{"400 Nm of torque", 400, "N·m"},
		{"40,000 barrels per day", 40000, "barrel/day"},
		{"15 knots", 15, "knot"},
		{"a 6.1-inch screen", 6.1, "inch"},
		{"a 48MP camera", 48, "MP"},
		{"a sixfold rise", 6, "fold"},
		{"a 10-fold rise", 10, "fold"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, q := range Scan(tt.text) {
				if approxEqual(q.Value, tt.value) {
					if q.Unit != tt.unit {
						t.Errorf("Scan(%q) unit = %q, want %q", tt.text, q.Unit, tt.unit)
					}
					return
				}
			}
			t.Errorf("Scan(%q) = %+v, want %v %s", tt.text, Scan(tt.text), tt.value, tt.unit)
		})
	}
}

func TestCurrencyNamed(t *testing.T) {
	tests := []struct {
		adjective, word, want string
	}{
		{"", "yen", "JPY"},
		{"the", "euro", "EUR"},
		{"", "Sterling", "GBP"},
		{"Australian", "dollar", "AUD"},
		{"Swiss", "franc", "CHF"},
		{"", "dollar", "USD"},
		{"", "won", ""},             // an everyday word as often as a currency
		{"South Korean", "won", ""}, // the adjective is one word before it, "Korean"
		{"Korean", "won", "KRW"},
		{"", "cents", ""}, // a sub-unit names no currency
		{"", "growth", ""},
	}
	for _, tt := range tests {
		got, ok := CurrencyNamed(tt.adjective, tt.word)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("CurrencyNamed(%q, %q) = %q, %v; want %q", tt.adjective, tt.word, got, ok, tt.want)
		}
	}
}
