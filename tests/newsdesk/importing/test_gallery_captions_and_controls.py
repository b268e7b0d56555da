"""A photo gallery sets each picture's caption, its credit and the control to the next picture on lines of their own
in one block: the credit and the control are the picture's, and stay with its caption as one passage. Written for
the project."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture, picture_credit
from newsdesk.importing.ingest import split_passages

CAPTION = ("Ferry crews tie up the older boat at the Pellam pier on Sunday evening after its last crossing of the "
           "season. The operator says it will not sail again before the inspectors have been back.")


def _passages(text: str) -> list[str]:
    return [text[start:end] for start, end in split_passages(text)]


@pytest.mark.parametrize("line", [
    "Photo: Kit Varga / Harbour Photos", "Photo: Tam Hewer / PA Pictures", "Photograph: Orla Penhale / Quay Images",
])
def test_a_credit_naming_an_agency_of_photos_or_pictures_is_a_credit(line):
    assert picture_credit(line)


@pytest.mark.parametrize("line", ["Photos: the harbour at dawn", "Pictures: a week on the island"])
def test_a_gallerys_label_over_a_description_stays_no_credit(line):
    assert not picture_credit(line)


@pytest.mark.parametrize("control", [
    "Next image", "Previous image", "Next photo", "Nächstes Bild", "Vorheriges Bild", "Image suivante",
    "Photo précédente", "Siguiente imagen", "Foto anterior", "Immagine successiva", "Próxima imagem",
    "Volgende foto", "Следующее фото", "Następne zdjęcie", "Nästa bild", "Seuraava kuva", "Sonraki fotoğraf",
])
def test_a_gallerys_control_to_the_next_or_previous_picture_is_navigation(control):
    assert line_furniture(control)[0] == "navigation"


@pytest.mark.parametrize("sentence", [
    "The next image the telescope sends back will show the comet's tail.",
    "Next, the photo was sent to the police.",
])
def test_a_sentence_about_a_next_picture_is_no_control(sentence):
    assert line_furniture(sentence) is None


def test_a_captions_credit_and_next_picture_control_stay_with_the_caption():
    text = f"1 of 4\n\n{CAPTION}\nPhoto: Kit Varga / Harbour Photos\nNext image\n\n2 of 4\n"
    assert _passages(text) == ["1 of 4", f"{CAPTION}\nPhoto: Kit Varga / Harbour Photos\nNext image", "2 of 4"]


def test_a_control_in_another_language_stays_with_the_caption_it_follows():
    caption = ("Die Fähre liegt am Sonntagabend nach der letzten Überfahrt der Saison am Anleger in Pellam. "
               "Der Betreiber will erst nach der Prüfung wieder fahren.")
    text = f"{caption}\nFoto: Kit Varga / Harbour Photos\nNächstes Bild"
    assert _passages(text) == [text]


def test_paragraphs_set_apart_by_single_line_breaks_stay_apart():
    second = "The operator will say on Monday when the crossing can reopen, and which boat will sail first."
    assert _passages(f"{CAPTION}\n{second}") == [CAPTION, second]


def test_a_credit_between_two_paragraphs_of_a_block_stays_apart():
    second = "The operator will say on Monday when the crossing can reopen, and which boat will sail first."
    text = f"{CAPTION}\nPhoto: Kit Varga / Harbour Photos\n{second}"
    assert _passages(text) == [CAPTION, "Photo: Kit Varga / Harbour Photos", second]


def test_the_pictures_lines_closing_a_block_start_after_its_last_line_of_text():
    from newsdesk.importing.furniture_lines import picture_lines_start

    lines = [CAPTION, "Photo: Kit Varga / Harbour Photos", "Next image"]
    assert picture_lines_start(lines) == 1
    assert picture_lines_start([CAPTION, "Next image", "The ferry did not sail on Monday either."]) == 3
    assert picture_lines_start(["Photo: Kit Varga / Harbour Photos", "Next image"]) == 1
