package extract

import (
	"testing"
	"time"
)

// mpcOwnerFamilies: a shared "MPC" / "Monetary Policy Committee" belongs only to a bank whose
// rate-setting body is so called (committees.csv), and to the Bank of England only on evidence
// of it (the sentence names Bank Rate; the text names Britain, the Bank or a UK dateline). Read
// otherwise, "The Federal Reserve kept rates on hold. The MPC voted to hold Bank Rate at 5.25%"
// was the Fed's rate, and a South African statement that never names its country ("The MPC
// decided to keep the repo rate unchanged at 8.25%") was a Bank Rate of 8.25%, flagged.
var mpcOwnerFamilies = []family{
	{name: "a committee after a bank with no MPC: Bank Rate is the Bank of England's", wordings: []string{
		// the review's case: a US story, then a paragraph on Britain
		"The Federal Reserve kept rates on hold in 2023. The MPC voted to hold Bank Rate at 5.25% in 2023.",
		// a markets column
		"The ECB left its rates unchanged in 2023. Across the Channel, the MPC held Bank Rate at 5.25% in 2023.",
		// wire copy after a US lead
		"American investors watched the Fed closely. The Monetary Policy Committee kept Bank Rate at 5.25% in 2023.",
		// the rate named first
		"The Fed did not move. The Bank Rate was held at 5.25% by the MPC in 2023.",
	}, want: []string{"policy_rate GBR 5.25 actual 2023"}},
	{name: "a committee after a bank with no MPC, and no Bank Rate: no one's", wordings: []string{
		"The Federal Reserve kept rates on hold on Wednesday. The MPC held its policy rate at 8.25% in 2023.",
		"The Fed held rates steady this week. The Monetary Policy Committee decided to keep the repo rate at 8.25% in 2023.",
		"Swiss National Bank officials were cautious. The MPC left its key rate at 8.25% in 2023.",
	}},
	{name: "a statement that names no country or bank: no one's", wordings: []string{
		// the South African Reserve Bank's statement, cut to its rate decision
		"Statement of the Monetary Policy Committee, 30 May 2024\nThe MPC decided to keep the repo rate unchanged at 8.25% per year.",
		// the Central Bank of Kenya's, with its capitals header
		"MONETARY POLICY COMMITTEE MEETING, APRIL 3, 2024\nThe MPC decided to keep the policy rate unchanged at 13.0 percent.",
		// a press summary
		"The Monetary Policy Committee (MPC) met on Thursday and decided to hold the policy rate at 8.25 per cent.",
		// the committee's other figures have no country either
		"MONETARY POLICY COMMITTEE MEETING, APRIL 3, 2024\nThe MPC noted that overall inflation declined to 5.7 percent in March 2024 from 6.3 percent in February.",
		"Monetary Policy Committee statement\nLeading indicators point to continued strong performance of the economy in 2024. The MPC projects real GDP to grow by 5.5 percent in 2024.",
	}},
	// near misses: the Bank of England's committee on evidence of it
	{name: "the committee with Bank Rate, a UK dateline or Britain named is still Britain's", wordings: []string{
		"The MPC voted to cut Bank Rate to 5% in August 2024.",
		"LONDON, Aug 1 (Reuters) - The MPC cut interest rates to 5% in August 2024.",
		"The MPC cut interest rates to 5% in August 2024. It was the Bank of England's first cut since 2020.",
		"The MPC cut interest rates to 5% in August 2024, a relief for Britain's mortgage holders.",
		"The Bank Rate was cut to 5% by the MPC in August 2024.",
		"The Fed held rates in July. Then the MPC cut interest rates to 5% in August 2024, the first cut in Britain since 2020.",
	}, want: []string{"policy_rate GBR 5 actual 2024-08"}},
	{name: "another bank's own Bank Rate stays its own", wordings: []string{
		"The Reserve Bank of India kept its repo rate at 6.5% in April 2024. The MPC also left the Bank Rate at 6.75 per cent in April 2024.",
		"MUMBAI, April 5 (Reuters) - The Reserve Bank of India held the repo rate at 6.5% in April 2024. Its MPC kept the Bank Rate at 6.75 per cent in April 2024.",
	}, want: []string{"policy_rate IND 6.5 actual 2024-04", "policy_rate IND 6.75 actual 2024-04"}},
	{name: "another bank's Bank Rate, its country named after: not Britain's", wordings: []string{
		// the Reserve Bank of India's statement: its Bank Rate is a rate of its own
		"Resolution of the Monetary Policy Committee (MPC)\nThe MPC also kept the Bank Rate at 6.75 per cent in April 2024. India's real GDP grew 7.6 per cent in 2023.",
		"The MSF rate and the Bank Rate were kept at 6.75 per cent by the MPC in April 2024. The Indian economy grew 7.6 per cent in 2023.",
	}, want: []string{"gdp_growth IND 7.6 actual 2023"}},
	{name: "a bank with an MPC named before still owns it", wordings: []string{
		"The Federal Reserve held rates on Wednesday. A day later the South African Reserve Bank's MPC kept the repo rate at 8.25% in 2024.",
		"The Fed held rates on Wednesday, and the South African Reserve Bank met on Thursday. The MPC kept the repo rate at 8.25% in 2024.",
		"PRETORIA, July 18 (Reuters) - The Fed's decision weighed on the rand. The MPC kept the repo rate at 8.25% in 2024.",
	}, want: []string{"policy_rate ZAF 8.25 actual 2024"}},
	{name: "a text naming Britain and another MPC's country leaves the committee no one's", wordings: []string{
		"The MPC decided to keep the repo rate unchanged at 8.25% in 2024. Unlike Britain, South Africa has seen inflation fall.",
		"The MPC decided to keep the repo rate unchanged at 8.25% in 2024. The rand firmed as South Africa's inflation eased, while Britain's did not.",
	}},
}

func TestS26MPCOwner(t *testing.T) {
	runFamilies(t, time.Date(2024, 9, 20, 0, 0, 0, 0, time.UTC), mpcOwnerFamilies)
}
