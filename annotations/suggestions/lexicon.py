"""The default rhetoric lexicon: words that judge while they describe.

Editors extend or prune it in the admin (the ``RhetoricTerm`` model, seeded from this list by a migration);
the suggester reads the active terms from the database and falls back to this list when it has none.

Three kinds of term:

- loaded labels — names that carry a verdict: "regime" for a government, "dictator" for a leader, "thugs";
- intensifiers — words that turn up the volume: "flagrantly", "massive", "all-out";
- framing — words that tell the reader how to take a fact or a claim: "defiantly", "purportedly",
  "so-called", "struggling", calling someone's words "rhetoric".

A term matches whole words, case-insensitively, with a plural "-s"/"-es". ``neutral_uses`` lists phrases in
which the term is ordinary vocabulary ("sanctions regime"); a match inside one of them is not suggested.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class LexiconEntry:
    phrase: str
    kind: str
    note: str = ""
    neutral_uses: tuple[str, ...] = ()


LOADED_LABEL, INTENSIFIER, FRAMING = "loaded_label", "intensifier", "framing"
KIND_LABELS = {LOADED_LABEL: "loaded label", INTENSIFIER: "intensifier", FRAMING: "framing word"}

_NEUTRAL_REGIME = (
    "sanctions regime", "non-proliferation regime", "nonproliferation regime", "tax regime", "visa regime",
    "trade regime", "training regime", "treatment regime", "regulatory regime", "inspection regime",
    "control regime", "ceasefire regime", "exchange-rate regime", "fitness regime",
)

DEFAULT_LEXICON = (
    LexiconEntry("regime", LOADED_LABEL, "Calls a government illegitimate.", _NEUTRAL_REGIME),
    LexiconEntry("dictator", LOADED_LABEL, "A verdict on a leader rather than a title."),
    LexiconEntry("tyrant", LOADED_LABEL, "A verdict on a leader."),
    LexiconEntry("despot", LOADED_LABEL, "A verdict on a leader."),
    LexiconEntry("strongman", LOADED_LABEL, "Frames a leader by style, not office."),
    LexiconEntry("warmonger", LOADED_LABEL, "Accuses rather than describes."),
    LexiconEntry("puppet", LOADED_LABEL, "Denies someone agency."),
    LexiconEntry("thug", LOADED_LABEL, "Dehumanising label."),
    LexiconEntry("henchmen", LOADED_LABEL, "Dehumanising label."),
    LexiconEntry("cronies", LOADED_LABEL, "Implies corruption."),
    LexiconEntry("junta", LOADED_LABEL, "Label for a government."),
    LexiconEntry("mouthpiece", LOADED_LABEL, "Discredits a source."),
    LexiconEntry("propaganda", LOADED_LABEL, "Discredits a message."),
    LexiconEntry("hermit kingdom", LOADED_LABEL, "Cliché that exoticises a country."),
    LexiconEntry("rogue state", LOADED_LABEL, "A verdict on a country."),
    LexiconEntry("pariah", LOADED_LABEL, "A verdict on standing."),
    LexiconEntry("hardliner", LOADED_LABEL, "Labels a position."),
    LexiconEntry("extremist", LOADED_LABEL, "Labels a position."),
    LexiconEntry("zealot", LOADED_LABEL, "Labels a position."),
    LexiconEntry("aggressor", LOADED_LABEL, "Assigns blame."),
    LexiconEntry("war criminal", LOADED_LABEL, "A legal verdict; check it is attributed."),
    LexiconEntry("terrorist", LOADED_LABEL, "Heavily contested label; check it is attributed."),
    LexiconEntry("all-out", INTENSIFIER, "Maximises scale."),
    LexiconEntry("flagrantly", INTENSIFIER, "Adds moral weight."),
    LexiconEntry("flagrant", INTENSIFIER, "Adds moral weight."),
    LexiconEntry("blatant", INTENSIFIER, "Adds moral weight."),
    LexiconEntry("blatantly", INTENSIFIER, "Adds moral weight."),
    LexiconEntry("brazen", INTENSIFIER, "Adds moral weight."),
    LexiconEntry("brazenly", INTENSIFIER, "Adds moral weight."),
    LexiconEntry("massive", INTENSIFIER, "Inflates scale."),
    LexiconEntry("staggering", INTENSIFIER, "Inflates scale."),
    LexiconEntry("unprecedented", INTENSIFIER, "Inflates novelty."),
    LexiconEntry("shocking", INTENSIFIER, "Tells the reader how to feel."),
    LexiconEntry("outrageous", INTENSIFIER, "Tells the reader how to feel."),
    LexiconEntry("horrific", INTENSIFIER, "Tells the reader how to feel."),
    LexiconEntry("chilling", INTENSIFIER, "Tells the reader how to feel."),
    LexiconEntry("reckless", INTENSIFIER, "A verdict on conduct."),
    LexiconEntry("recklessly", INTENSIFIER, "A verdict on conduct."),
    LexiconEntry("notorious", INTENSIFIER, "A verdict on reputation."),
    LexiconEntry("infamous", INTENSIFIER, "A verdict on reputation."),
    LexiconEntry("bombastic", INTENSIFIER, "Dismisses speech as inflated."),
    LexiconEntry("bellicose", INTENSIFIER, "A verdict on tone."),
    LexiconEntry("belligerent", INTENSIFIER, "A verdict on tone."),
    LexiconEntry("fiery", INTENSIFIER, "A verdict on tone."),
    LexiconEntry("slammed", INTENSIFIER, "Dramatises criticism."),
    LexiconEntry("blasted", INTENSIFIER, "Dramatises criticism."),
    LexiconEntry("lashed out", INTENSIFIER, "Dramatises criticism."),
    LexiconEntry("sabre-rattling", FRAMING, "Frames action as posturing."),
    LexiconEntry("saber-rattling", FRAMING, "Frames action as posturing."),
    LexiconEntry("provocation", FRAMING, "Assigns blame for tension."),
    LexiconEntry("provocative", FRAMING, "Assigns blame for tension."),
    LexiconEntry("defiant", FRAMING, "Casts an act as a challenge."),
    LexiconEntry("defiantly", FRAMING, "Casts an act as a challenge."),
    LexiconEntry("purportedly", FRAMING, "Casts doubt without saying whose."),
    LexiconEntry("so-called", FRAMING, "Distances the writer from a name."),
    LexiconEntry("self-proclaimed", FRAMING, "Distances the writer from a title."),
    LexiconEntry("self-styled", FRAMING, "Distances the writer from a title."),
    LexiconEntry("struggling", FRAMING, "Frames an effort as failing."),
    LexiconEntry("desperate", FRAMING, "Frames motive."),
    LexiconEntry("desperately", FRAMING, "Frames motive."),
    LexiconEntry("isolated", FRAMING, "Frames standing.", ("isolated incident", "isolated case", "isolated area")),
    LexiconEntry("rhetoric", FRAMING, "Calls someone's words posturing rather than statements."),
    LexiconEntry("scaremongering", FRAMING, "Dismisses a warning."),
    LexiconEntry("conspiracy theory", FRAMING, "Dismisses a claim."),
    LexiconEntry("lavish", FRAMING, "Frames spending as excess."),
    LexiconEntry("draconian", FRAMING, "A verdict on a rule."),
    LexiconEntry("crackdown", FRAMING, "Frames enforcement as repression."),
)
