"""A live page whose posts open on a clock time behind the word for o'clock ("Kl. 14.55"): the stamp is the post's, so
the page's headline is the one over the page's own byline and stamp, not a post's heading. Every text here is
invented for the test."""

from newsdesk.importing.headline import headline

LIVE_PAGE = """KVELDSNYTT
Nyheter | Sport | Økonomi

LIVE: Brua i Skogvik stengt etter ulykke
En lastebil traff rekkverket på brua over Lindelva i natt, og bilistene må kjøre en lang omvei.

Av Lise Berg
Oppdatert 14. mars 2031 kl. 15.02
Del på Facebook | Del på X | Kopier lenke

Annonse

Kl. 14.55

Fylket bestiller nye rekkverk

Fylket har bestilt nye rekkverk, men det kan ta flere uker før de er på plass, forteller prosjektlederen til avisen.

Kl. 12.20

Lang kø i Nordbygda

Bilistene må kjøre en omvei på tolv kilometer gjennom Nordbygda så lenge brua er stengt, opplyser kommunen.
"""


def test_a_live_pages_headline_is_over_its_own_stamp_not_under_a_posts_clock_time():
    assert headline(LIVE_PAGE) == "LIVE: Brua i Skogvik stengt etter ulykke"
