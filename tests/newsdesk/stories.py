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
