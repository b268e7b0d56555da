"""A publisher's footer gives its company's entry in a register with its copyright, in the words of its country: the
line is the page's, whichever register it names. A sentence of the story that speaks of a register stays the story's.
All the names and numbers are invented."""

import pytest

from newsdesk.importing.furniture_lines import copyright_line, line_furniture


@pytest.mark.parametrize("line", [
    "Registered in England and Wales No. 04418822",
    "Harbour Radio Ltd. Registered in Scotland, company number SC218842.",
    "Quayside Media DAC. Registered in Ireland No. 551203. Registered office: 4 Mill Lane, Corran.",
    "Registered in the Republic of Ireland, registration number 661872",
    "Eingetragen im Handelsregister des Amtsgerichts Lindau unter HRB 40218",
    "Registergericht: Amtsgericht Wendelstadt, HRB 12873",
    "Inscrite au RCS de Paris sous le numéro 552 081 317",
    "Éditions du Quai SAS au capital de 40 000 euros – RCS Lyon B 812 443 190",
    "KvK-nummer: 61240987",
    "Havenpers B.V. · Kamer van Koophandel 61240987 · BTW NL001234567B01",
    "Org.nr. 556812-4410",
    "Kystavisen AS – Org.nr: 987 654 321",
    "CVR-nr. 31 22 84 17",
    "Editoriale Riva S.r.l. – P.IVA 01234567890",
    "Ediciones del Puerto S.L. Inscrita en el Registro Mercantil de Vigo, tomo 3412, folio 88, hoja VG-41220",
])
def test_a_company_registration_line_is_the_pages_in_any_countrys_words(line):
    assert copyright_line(line)
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "The charity, which is registered in England, said it would appeal against the ruling on Monday.",
    "The firm, registered in Ireland in 2011, employs 40 people at the harbour.",
    "Die Firma ist seit 2019 im Handelsregister eingetragen, sagte ein Sprecher am Montag.",
    "Volgens de KvK kwamen er in maart 12 procent meer starters bij in de regio.",
    "Le tribunal a ordonné la radiation de la société du RCS en 2021, selon son avocat.",
    "Skatteverket har granskat 300 bolag och hittat fel i 12 av dem, säger utredaren.",
])
def test_a_sentence_of_the_story_about_a_register_stays_the_storys(line):
    assert not copyright_line(line)
