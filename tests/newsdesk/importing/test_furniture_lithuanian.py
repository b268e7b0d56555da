"""Furniture of Lithuanian pages by their words (a cookie banner, share and comment lines, related links, a follow-us
line, credits and bylines, the note that a blog's views are its writer's); the same words in a sentence of news stay
the story's. Every line here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize("line", [
    "REKLAMA",
    "Komentarai (12)",
    "Norėdami komentuoti, prisijunkite.",
    "Dalintis: Facebook | X | El. paštu | Kopijuoti nuorodą",
    "Taip pat skaitykite: Ežere rastas retas paukštis – ornitologai stebisi",
    "Susiję straipsniai",
    "Populiariausi",
    "Sekite „Pamario žinias“ Facebook ir naujienas gaukite pirmieji.",
    "Šioje svetainėje naudojame slapukus, kad ji veiktų ir galėtume matuoti lankomumą. Sutinku | Nesutinku",
    "Sutinku | Nesutinku | Nustatymai",
    "Tinklaraščiuose išsakyta nuomonė yra autorių, ji nebūtinai sutampa su redakcijos pozicija.",
    "Atnaujinta: 2031 m. kovo 4 d. 09:10",
    "Paskelbta: 2031 m. kovo 4 d. 09:10",
    "Nuotr.: Rūta Jankauskaitė / Pamario žinios",
    "Autorius: Tomas Petraitis | 2031-03-04 17:20",
    "Žurnalistė: Rūta Jankauskaitė",
    "Operatorius: Paulius Kazlauskas",
    "© 2031 UAB „Pamario žinios“. Visos teisės saugomos.",
])
def test_lithuanian_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "Po gyventojų komentarų taryba pritarė biudžetui, pranešė savivaldybės administracija.",
    "Meras sakė, kad autorių nuomonė buvo išklausyta prieš išleidžiant knygą apie miesto istoriją.",
    "Antradienio rytą dėl turgaus vietų dalijimosi kilo ginčas tarp prekeivių ir seniūnijos.",
])
def test_lithuanian_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None
