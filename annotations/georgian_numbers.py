"""Georgian's figures and what it writes beside them (Mkhedruli, no capitals): the one table of them for the claims'
figures (``claims.normalise``).

Figures group their thousands with a space ("5 000", "1 200") and write a decimal comma ("3,5 მილიონი"); a comma
before three digits still groups them ("1,200"). A case ending is written onto a figure after a hyphen ("1 400-მდე",
up to 1,400; "1 300-ზე მეტი", more than 1,300; "400-მეტრიანი", 400 metres long): the ending is no noun the figure
counts, some endings bound it (``HYPHEN_BOUNDS``) and some name its unit (``HYPHEN_UNITS``). Multipliers, the lari and
units follow the figure in their case forms ("300 ათასი", "7 000 ლარს", "64 მილიმეტრი"); hedges come before it
("დაახლოებით 120 000", about) or after it ("მეტი", more).
"""


def _forms(stem: str, endings: str = "ი ს ის ით ად ამდე ზე ში იდან") -> list[str]:
    """A noun's stem and its case forms ("ლარ": "ლარი", "ლარს", "ლარის" ...); a stem that ends in a vowel keeps it."""
    return [stem, *(stem + ending for ending in endings.split())]


SCALES = {**{form: 1_000 for form in _forms("ათას")}, **{form: 1_000_000 for form in _forms("მილიონ")},
          **{form: 1_000_000_000 for form in _forms("მილიარდ")}}
CURRENCY = {**{form: "GEL" for form in _forms("ლარ")}, "₾": "GEL"}
UNITS = {**{form: "m" for form in _forms("მეტრ")}, **{form: "km" for form in _forms("კილომეტრ")},
         **{form: "mm" for form in _forms("მილიმეტრ")}, **{form: "cm" for form in _forms("სანტიმეტრ")},
         **{f"{cubic} {form}": "m3" for cubic in ("კუბური", "კუბურ") for form in _forms("მეტრ")},
         **{form: "hectare" for form in _forms("ჰექტარ")},
         **{form: "tonne" for form in _forms("ტონ", "ა ას ის ით ად ამდე")}}
# Endings written after a hyphen that bound the figure: up to ("-მდე"), and "-ზე" (than) before more or less.
HYPHEN_BOUNDS = {"მდე": "down", "ამდე": "down"}
THAN = frozenset({"ზე", "ზედ"})
MORE = frozenset({"მეტი", "მეტ", "მეტმა", "მეტს", "მეტის", "მეტით"})
LESS = frozenset({"ნაკლები", "ნაკლებ", "ნაკლებმა", "ნაკლებს"})
# The stems of units an ending after a hyphen names ("400-მეტრიანი", "5-კილომეტრიან", "3-დღიანი").
HYPHEN_UNITS = (("კილომეტრ", "km"), ("მილიმეტრ", "mm"), ("მეტრ", "m"), ("წლიან", "year"), ("დღიან", "day"),
                ("საათიან", "hour"), ("კვირიან", "week"), ("თვიან", "month"), ("ტონიან", "tonne"))
BEFORE_ROUNDED = ("დაახლოებით", "მიახლოებით", "თითქოს")
BEFORE_BOUND = ("თითქმის", "მინიმუმ", "სულ მცირე", "მაქსიმუმ", "არანაკლებ")
BEFORE_DOWN = ("თითქმის", "მაქსიმუმ")


def hyphen_unit(ending: str) -> str:
    """The unit an ending after a hyphen names ("მეტრიანი": m), or ""."""
    return next((unit for stem, unit in HYPHEN_UNITS if ending.startswith(stem)), "")
