package extract

import (
	"testing"
	"time"
)

// The findings of the s21 attack (notes/s21-attack3.md) that concern periods: a quarter of a
// fiscal year (A3) and "last June" beside "June" (A4).

// A3: a quarter or half of a fiscal year is no calendar quarter of the same number: Japan's
// and India's fiscal years start in April, Australia's in July, the US government's in
// October, and the country's calendar is not the date scanner's to know. Such a figure is
// left without a period; calendar quarters, fiscal years and a quarter named by its months
// beside "the second quarter of the fiscal year" keep their reading.
func TestFiscalQuarterIsNoCalendarQuarter(t *testing.T) {
	dec := time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)
	jan := time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC)
	runFamilies(t, dec, []family{
		{name: "a fiscal quarter of Japan", wordings: []string{
			"Japan's GDP grew at an annualised 1.2% in Q2 FY2024.",
			"Japan’s economy grew an annualised 1.2% in the second quarter of fiscal 2024.",
			"Japan's GDP expanded an annualized 1.2% in the fiscal second quarter.",
			"Japan's economy grew at an annualised pace of 1.2% in the second quarter of the fiscal year.",
			"Japan's economy grew an annualised 1.2% in the second quarter of FY 2024, the Cabinet Office said.",
			"Japan's economy grew an annualised 1.2% in the second quarter of the 2024 fiscal year.",
			"Japan's economy grew an annualised 1.2% in fiscal 2024's second quarter.",
			"Japan's economy grew an annualised 1.2% in FY2024 Q2.",
		}, want: []string{"gdp_growth JPN 1.2 actual - annualised"}},
		{name: "a fiscal quarter that a year ends", wordings: []string{
			"Japan's economy shrank an annualised 2.2% in Q4 FY23.",
			"Japan's economy shrank an annualised 2.2% in Q4 of FY2023-24.",
			"Japan’s economy shrank an annualised 2.2% in the fourth quarter of fiscal 2023.",
			"Japan's economy shrank an annualised 2.2% in the fourth quarter of financial year 2023-24.",
		}, want: []string{"gdp_growth JPN -2.2 actual - annualised"}},
		{name: "India's fiscal quarters and the bare quarter after one", published: jan, wordings: []string{
			"India's GDP growth slowed to 5.4% in Q2 FY25 from 6.7% in Q1.",
			"India's economy grew 5.4% in the second quarter of FY25, down from 6.7% in the first quarter.",
		}, want: []string{"gdp_growth IND 5.4 actual -", "gdp_growth IND 6.7 previous -"}},
		{name: "the US government's fiscal year", published: jan, wordings: []string{
			"US GDP grew at a 3.1% annual rate in the first quarter of fiscal 2025.",
		}, want: []string{"gdp_growth USA 3.1 actual - annualised"}},
		{name: "Australia's financial year", wordings: []string{
			"Australia's economy grew 0.3% in the first quarter of the 2024-25 financial year.",
			"Australia’s economy grew 0.3 per cent in the first quarter of the financial year, the ABS said.",
		}, want: []string{"gdp_growth AUS 0.3 actual -"}},
		{name: "a fiscal half", wordings: []string{
			"In the fiscal first half, Japan's economy grew 0.5%.",
			"In the first half of the fiscal year, Japan's economy grew 0.5%.",
			"Japan's economy grew 0.5% in H1 FY2024.",
		}, want: []string{"gdp_growth JPN 0.5 actual -"}},
		{name: "near miss: a calendar quarter", wordings: []string{
			"Japan's economy grew an annualised 1.2% in the third quarter of 2024.",
			"Japan's GDP grew at an annualised 1.2% in Q3 2024.",
			"Japan’s GDP grew an annualised 1.2% in the third quarter, while the fiscal deficit widened.",
			"Japan's economy grew an annualised 1.2% in the July-September period, the second quarter of the fiscal year.",
		}, want: []string{"gdp_growth JPN 1.2 actual 2024-Q3 annualised"}},
		{name: "near miss: a fiscal year", wordings: []string{
			"Japan's economy grew 0.8% in fiscal 2024.",
			"Japan's economy grew 0.8% in FY2024.",
			"Japan's economy grew 0.8% in fiscal year 2023-24.",
		}, want: []string{"gdp_growth JPN 0.8 actual FY2024"}},
	})
}

// A4: "last June" beside "June" in one sentence is the June a year before that one ("3% in
// June, down from 9.1% last June"); alone, written later in the same year, it may be this
// year's June or last year's and is left without a period. "June last year", the December
// just gone in January and a "last" month not yet come round this year keep their reading.
func TestLastMonthBesideTheMonth(t *testing.T) {
	july := time.Date(2023, 7, 12, 0, 0, 0, 0, time.UTC)
	runFamilies(t, july, []family{
		{name: "last June beside June", wordings: []string{
			"US inflation fell to 3% in June, down from 9.1% last June.",
			"US inflation was 3% in June, compared with 9.1% last June.",
			"U.S. consumer prices rose 3% in June from a year earlier, against 9.1% last June.",
			"US inflation was 3% in June 2023, down from 9.1% last June.",
		}, want: []string{"inflation USA 3 actual 2023-06", "inflation USA 9.1 previous 2022-06"}},
		{name: "another month", published: time.Date(2023, 8, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
			"US inflation was 3.2% in July, against 8.5% last July.",
			"America's annual inflation rate rose to 3.2% in July, down from 8.5% last July.",
		}, want: []string{"inflation USA 3.2 actual 2023-07", "inflation USA 8.5 previous 2022-07"}},
		{name: "a December read in January", published: time.Date(2024, 1, 11, 0, 0, 0, 0, time.UTC), wordings: []string{
			"US inflation was 3.4% in December, compared with 6.5% last December.",
		}, want: []string{"inflation USA 3.4 actual 2023-12", "inflation USA 6.5 previous 2022-12"}},
		{name: "a month two back", published: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
			"US inflation was 3.3% in May, down from 4% last May.",
		}, want: []string{"inflation USA 3.3 actual 2024-05", "inflation USA 4 previous 2023-05"}},
		{name: "last June alone, written in July", wordings: []string{
			"US inflation was 9.1% last June.",
			"Last June, US inflation hit 9.1%.",
			"US inflation peaked at 9.1% last June.",
		}, want: []string{"inflation USA 9.1 * -"}},
		{name: "near miss: June last year", wordings: []string{
			"US inflation was 9.1% in June last year.",
			"US inflation was 9.1% in June 2022.",
		}, want: []string{"inflation USA 9.1 actual 2022-06"}},
		{name: "near miss: a last month not yet come round", wordings: []string{
			"US inflation was 8.5% last July.",
			"Last July, US inflation stood at 8.5%.",
		}, want: []string{"inflation USA 8.5 actual 2022-07"}},
		{name: "near miss: the December just gone", published: time.Date(2024, 1, 11, 0, 0, 0, 0, time.UTC), wordings: []string{
			"US inflation was 3.4% last December.",
		}, want: []string{"inflation USA 3.4 actual 2023-12"}},
		{name: "near miss: last June beside an earlier June", published: time.Date(2024, 7, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
			"US inflation was 3% last June, down from 9.1% in June 2022.",
		}, want: []string{"inflation USA 3 actual -", "inflation USA 9.1 previous 2022-06"}},
		{name: "near miss: two months", wordings: []string{
			"US inflation was 3% in June, down from 4% in May.",
		}, want: []string{"inflation USA 3 actual 2023-06", "inflation USA 4 previous 2023-05"}},
	})
}
