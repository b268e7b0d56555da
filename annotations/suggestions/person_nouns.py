"""Nouns for people: who may be the source of reported words.

Most nouns for a person or a group of people show it by their ending (teacher, surveyor, chemist, librarian,
resident, trustee, fisherman; campaigners, economists, tenants): the attribution suggester reads those endings.
This lexicon holds the common nouns for people that no such ending gives, by class, each in the singular and
the plural:

- kin and household: mother, dad, wife, son, cousin, widow …;
- age and life stage: child, teen, pupil, student, pensioner, veteran …;
- occupations and offices: nurse, surgeon, chef, pilot, guide, clerk, vet, priest, soldier, diplomat …;
- parts people play in an event: victim, witness, survivor, passenger, guest, host, customer, fan, rival,
  critic, neighbour, local, landlord, athlete …;
- groups named as people: crowds, crews, staff (the collective nouns of bodies live with the source words).

A word that is chiefly something else ("head", "guard", "judge" as a verb, "host" as a number) is left out when
its other sense is the common one in news, or kept when the person is: "judge" and "guard" are kept, "head" is
not. The lists are hand-kept. About seventy words here have an ending the suggester reads too ("mother",
"tenants", "passengers"): they stay so that each class is listed whole in both numbers, and because where a
noun for a person is read by its ending only singulars count, while a plural listed here counts there too.
"""

_SINGULAR_AND_PLURAL = """
mother mothers father fathers mum mums mom moms dad dads parent parents son sons daughter daughters
child children wife wives husband husbands partner partners brother brothers sister sisters sibling siblings
grandmother grandmothers grandfather grandfathers grandparent grandparents grandson grandsons
granddaughter granddaughters aunt aunts uncle uncles nephew nephews niece nieces cousin cousins widow widows
spouse spouses fiance fiances fiancé fiancés fiancee fiancees fiancée fiancées relative relatives
baby babies kid kids teen teens youth youths adult adults pupil pupils student students veteran veterans
pensioner pensioners
nurse nurses surgeon surgeons midwife midwives medic medics paramedic paramedics chef chefs cook cooks
pilot pilots guide guides clerk clerks vet vets judge judges priest priests vicar vicars imam imams
rabbi rabbis monk monks nun nuns bishop bishops soldier soldiers marine marines guard guards cop cops
detective detectives agent agents diplomat diplomats envoy envoys aide aides expert experts official officials
architect architects mechanic mechanics chief chiefs boss bosses executive executives chair chairs
candidate candidates delegate delegates rebel rebels volunteer volunteers athlete athletes captain captains
umpire umpires pundit pundits critic critics sceptic sceptics skeptic skeptics colleague colleagues
victim victims witness witnesses survivor survivors casualty casualties passenger passengers guest guests
host hosts customer customers client clients patient patients fan fans rival rivals ally allies
friend friends peer peers neighbour neighbours neighbor neighbors local locals landlord landlords
landlady landladies tenant tenants homeowner homeowners owner owners
crowd crowds crew crews staff
"""

PERSON_NOUNS = frozenset(_SINGULAR_AND_PLURAL.split())
# The plural forms, and the nouns that take a plural verb for a group ("staff say", "the crew report").
PEOPLE_NOUNS = frozenset(
    word for word in PERSON_NOUNS
    if word.endswith("s") and not word.endswith(("ss", "us")) or word in ("children", "staff", "crew")
)
