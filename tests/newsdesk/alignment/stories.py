# ruff: noqa: E501  (article paragraphs are kept one per line, as they were published)
"""A second story, on an unrelated subject and in three outlets' own words, to check that alignment is
general: nothing in the method may know it (its sub-topics are evacuations, the investigation into the
fire's cause, the drought behind it, and the cost to insurers)."""

WILDFIRE = {
    "Coast Herald": """Wildfire forces thousands from their homes as crews battle blaze

Share this article

More than 12,000 residents were ordered to evacuate overnight as a wildfire tore through the hills above the town of Marlow, fire officials said on Sunday.

Evacuation centres opened in two school gyms, where families arrived with pets and whatever they could carry. Police went door to door in the eastern suburbs to make sure nobody stayed behind.

Investigators believe the fire was started by a power line brought down by strong winds. The utility company said it was cooperating with the inquiry and had cut power to 8,000 customers as a precaution.

The region has had its driest summer on record, with rainfall less than a third of the average, and scientists warn that hotter, longer droughts leave forests primed to burn.

Insurers expect claims running into hundreds of millions, and brokers warned that premiums for homes near woodland could rise sharply next year.

Sign up for our newsletter to get the latest updates in your inbox.""",
    "Daily Ledger": """Marlow fire: what we know

Thousands of people fled their homes on Saturday night after authorities issued an evacuation order for the town of Marlow and nearby villages. Residents described leaving with minutes to spare as flames approached.

Emergency shelters are housing evacuees in local schools, and officials asked residents not to return until the order is lifted.

The cause of the blaze is under investigation. Fire investigators are examining a downed power line owned by the regional utility, which has faced lawsuits over previous fires.

Months of drought have dried out the landscape. Meteorologists said this summer's rainfall was the lowest on record, and climate researchers link the longer fire seasons to rising temperatures.

Photo: Firefighters on the ridge above Marlow

Damage is expected to cost insurers heavily. Industry analysts said insurance claims could pass $400 million, and some companies may stop covering homes in high-risk areas.""",
    "Metro Wire": """Blaze near Marlow: evacuations and questions over power line

Home | News | Local | Weather

Authorities ordered the evacuation of some 12,000 people as the fire spread toward Marlow. Buses took elderly residents to shelters set up in school halls.

State fire investigators are looking into whether a damaged power line sparked the fire. The utility confirmed that one of its lines failed shortly before the first reports of flames.

Forecasters blamed a record drought and a heatwave for the speed of the spread; rainfall this year has been a fraction of normal.

Insurance companies are bracing for a wave of claims, and homeowners fear their premiums will soar.

Read more: How to prepare an emergency bag""",
}

# A data breach at a company, in four outlets: the breach itself, the company's apology, the regulator's
# investigation, advice to customers, and the share price.
BREACH = {
    "Tech Daily": """Hackers steal records of 9 million customers from Orbital Telecom

Orbital Telecom said on Tuesday that attackers had copied names, addresses and dates of birth of about nine million customers from a database that was left exposed to the internet.

The chief executive, Dana Whitfield, apologised in a video message. "We let our customers down and I am deeply sorry," she said, adding that the company had hired outside security experts.

The Information Commissioner's Office said it had opened an investigation and could fine the firm up to 4% of its global turnover under data protection law.

Customers are being urged to watch out for phishing emails and to change passwords they reuse on other sites.

Orbital's shares fell 7% in London trading after the announcement.

Follow us on social media""",
    "City Post": """Orbital shares slide after data breach

Shares in Orbital Telecom closed down almost 8% on Tuesday, wiping about £600 million off the company's market value, as investors weighed the cost of a huge cyber attack.

The breach exposed personal details of roughly 9 million people, the company disclosed, after criminals accessed an unsecured customer database.

Regulators are examining whether the firm broke data protection rules; the privacy watchdog can impose penalties of up to 4% of annual worldwide revenue.

Whitfield, who became chief executive last year, said sorry to customers and promised a full review of the company's security.

Advertisement

Analysts said the fine and compensation claims could cost Orbital more than a year's profit.""",
    "Consumer Watch": """What Orbital customers should do now

If you are an Orbital customer, you should be alert to scam calls and emails that use your name and address to seem genuine, security experts warn.

Change any password that you also use elsewhere and turn on two-factor authentication where you can.

The leaked data covers about nine million accounts, including home addresses and birth dates, although the company says no bank details were taken.

The company has apologised and says affected customers will be contacted by email this week.

Sign up to our weekly newsletter for more consumer advice""",
}

# A national election, in three outlets: the result and turnout, coalition talks, the opposition's claims
# of irregularities, and the markets' reaction.
ELECTION = {
    "Northern Times": """Centre-left wins most seats but falls short of majority

The Social Democrats won 38% of the vote in Sunday's general election, ahead of the conservative People's Party on 31%, according to official results published on Monday. Turnout was 71%, the highest in two decades.

Party leader Ines Varga said she would begin talks with the Greens and the Liberals this week to form a coalition government with a working majority in parliament.

The People's Party refused to concede, alleging irregularities in postal ballots in three districts and demanding a recount.

The currency strengthened and government bond yields fell as investors welcomed the prospect of a stable coalition.""",
    "Evening Courier": """Varga eyes coalition after election win

Ines Varga's Social Democrats came first with 38 per cent, official figures show, while the conservatives took 31 per cent. Some 71 per cent of voters cast a ballot.

Varga is expected to open coalition negotiations with the Greens and Liberals, whose combined seats would give her a majority of 12.

Conservative leader Piotr Novak claimed postal votes had been mishandled and said his party would challenge the results in court. The electoral commission rejected the allegations of fraud.

Share this story""",
    "Markets Wire": """Bonds rally as election result points to stable coalition

Government bond prices rose and the currency gained 1.2% against the euro on Monday after the Social Democrats won Sunday's vote, with traders betting on a coalition with the Greens and Liberals.

"Markets like predictability, and a three-party coalition led by Varga looks likely," said an economist at a local bank.

Stocks of state-owned utilities fell on worries that a left-leaning coalition could raise taxes on energy companies.

Read more: What the election means for your mortgage""",
}

# A bridge approved by a city council, in six outlets that each report the approval, its cost and the traffic it
# will take off the old crossing; the first alone adds a paragraph on the architect's earlier work.
_BRIDGE_LEDES = [
    "The city council approved the new Tam river bridge on Tuesday, clearing the way for construction to start in the spring.",
    "Councillors voted to approve a bridge across the Tam on Tuesday night after two years of argument over its cost.",
    "Work on a new bridge over the river Tam can begin next year after the council gave its approval on Tuesday.",
    "A new road bridge across the Tam has been approved by the city council, which said building would start in spring.",
    "The long-delayed Tam crossing won council approval on Tuesday, and building work is due to start in the spring.",
    "City councillors on Tuesday approved plans for a bridge over the river Tam, ending a two-year dispute over the cost.",
]
_BRIDGE_COST = [
    "The bridge will cost 84 million crowns, paid for by the city and a national transport grant.",
    "Its price, 84 million crowns, is shared between the city budget and a transport grant from the government.",
    "Officials put the cost at 84 million crowns, most of it from a national grant for transport.",
    "The council said the 84 million crown bill would be split with the national transport fund.",
    "The scheme is expected to cost 84 million crowns, with the government's transport grant covering most of it.",
    "The 84 million crown project is funded by the city and by a grant from the national transport fund.",
]
_BRIDGE_TRAFFIC = [
    "Traffic on the old crossing is expected to halve once the bridge opens, the council's engineers said.",
    "Engineers say the new crossing should cut traffic on the old bridge by half.",
    "The old bridge carries 30,000 vehicles a day, and engineers expect that to halve.",
    "Council engineers predict the queues on the old bridge will halve when the new one opens.",
    "Half the traffic now squeezed onto the old bridge should move to the new crossing, engineers said.",
    "The new bridge is meant to take half the traffic off the old crossing, according to engineers.",
]
BRIDGE_ASIDE = ("The architect, Lena Vos, trained as a sculptor and once built a pavilion of woven willow for a garden "
                "festival, which won a prize for design in timber.")
BRIDGE = {
    f"Outlet {number + 1}": "\n\n".join(
        [lede, cost] + ([BRIDGE_ASIDE] if number == 0 else []) + [traffic])
    for number, (lede, cost, traffic) in enumerate(zip(_BRIDGE_LEDES, _BRIDGE_COST, _BRIDGE_TRAFFIC, strict=True))
}
