"""The publication date read from a page's header: invented page tops in several languages and shapes."""

import datetime as dt

import pytest

from newsdesk.importing.page_dates import page_date, solar_hijri_to_gregorian

TODAY = dt.date(2026, 3, 20)

BODY = (
    "The council voted on the plan after a long debate in the town hall, and officials said work would start soon.\n\n"
    "Residents who spoke at the meeting asked for more time to study the figures before the final decision.\n"
)


def page(*top: str, body: str = BODY) -> str:
    return "\n".join(top) + "\n\n" + body


@pytest.mark.parametrize(("top", "expected"), [
    (("Harbour Times", "News | Sport | Weather", "Tuesday, March 10, 2026", "Council backs ferry plan"),
     dt.date(2026, 3, 10)),
    (("Ferry plan approved", "By Jo Reed", "10 March 2026 14:32 BST"), dt.date(2026, 3, 10)),
    (("Ferry plan approved", "Posted 2026-03-10 08:00"), dt.date(2026, 3, 10)),
    (("Fährplan beschlossen", "10.03.2026 | 08:15 Uhr"), dt.date(2026, 3, 10)),
    (("Veerplan goedgekeurd", "ma 13 okt 2025, 09:12"), dt.date(2025, 10, 13)),
    (("படகுத் திட்டம் ஒப்புதல்", "வியாழன், 4 டிசம்பர் 2025"), dt.date(2025, 12, 4)),
    (("渡轮计划获批", "2025年10月28日 08:30"), dt.date(2025, 10, 28)),
    (("여객선 계획 승인", "입력 2025년 10월 28일 09:12"), dt.date(2025, 10, 28)),
    (("الموافقة على خطة العبّارة", "الثلاثاء 14 أكتوبر 2025"), dt.date(2025, 10, 14)),
    (("الموافقة على خطة العبّارة", "١٤ تشرين الأول ٢٠٢٥"), dt.date(2025, 10, 14)),
    (("LIVE", "Ferry plan: latest", "Updated 9 March 2026, 21:40 EDT"), dt.date(2026, 3, 9)),
    (("Ferry plan approved", "Published Mar. 10, 2026 at 6:12 PM EDT"), dt.date(2026, 3, 10)),
    (("Plan del ferri aprobado", "Publicado el 5 de marzo de 2026"), dt.date(2026, 3, 5)),
    (("Plan du ferry adopté", "Publié le 1er déc. 2025 à 18h05"), dt.date(2025, 12, 1)),
    (("Feribot planı onaylandı", "09 KASIM 2025 Pazar 09:12"), dt.date(2025, 11, 9)),
    (("แผนเรือข้ามฟากผ่านแล้ว", "8 มี.ค. 2569 07:52 น."), dt.date(2026, 3, 8)),
    (("طرح کشتی تصویب شد", "یکشنبه ۹ آذر ۱۴۰۴ - ۱۸:۰۵"), dt.date(2025, 11, 30)),
    (("Kế hoạch phà được duyệt", "Thứ Tư, 15/10/2025 - 09:47"), dt.date(2025, 10, 15)),
    (("תוכנית המעבורת אושרה", "פורסם: 02.12.25 14:31"), dt.date(2025, 12, 2)),
    (("План порома утверждён", "3 декабря 2025, 08:15"), dt.date(2025, 12, 3)),
])
def test_the_date_in_the_header_is_read_in_any_language_and_shape(top, expected):
    assert page_date(page(*top), today=TODAY) == expected


def test_a_day_first_date_of_figures_is_read_day_first_in_any_page():
    assert page_date(page("Ferry plan approved", "13/10/2025"), today=TODAY) == dt.date(2025, 10, 13)


def test_an_english_date_of_figures_both_orders_could_read_is_skipped():
    assert page_date(page("Ferry plan approved", "Posted 03/10/2026"), today=TODAY) is None


def test_an_english_page_that_writes_its_dates_month_first_reads_figures_month_first():
    text = page("Ferry plan approved", "Posted 03/10/2026",
                body=BODY + "\nThe vote on February 26, 2026 was delayed twice.\n")
    assert page_date(text, today=TODAY) == dt.date(2026, 3, 10)


def test_only_one_valid_reading_makes_an_english_date_of_figures_month_first():
    assert page_date(page("Ferry plan approved", "10/13/2025"), today=TODAY) == dt.date(2025, 10, 13)


def test_a_copyright_lines_year_and_date_are_no_date():
    assert page_date(page("© Harbour Times 2026", "© 10 March 2026 Harbour Times", "Ferry plan approved"),
                     today=TODAY) is None


def test_an_event_date_in_the_body_is_not_the_pages_date():
    body = ("The vote is set for 24 March 2026, after a long debate in the town hall, officials said on Monday.\n\n"
            + BODY)
    assert page_date(page("Ferry plan approved", "By Jo Reed", body=body), today=TODAY) is None


def test_a_related_links_date_after_the_body_is_not_the_pages_date():
    body = BODY + "\nRelated\nFerry fares to rise (2 February 2026)\nHarbour dredging ends, 12 January 2026\n"
    assert page_date(page("Ferry plan approved", "By Jo Reed", body=body), today=TODAY) is None


def test_the_headers_date_wins_over_later_ones():
    body = BODY + "\nComments\nSam, 12 March 2026: about time.\n"
    assert page_date(page("Ferry plan approved", "11 March 2026", body=body), today=TODAY) == dt.date(2026, 3, 11)


def test_a_page_without_a_date_has_none():
    assert page_date(page("Ferry plan approved", "By Jo Reed", "Share | Email"), today=TODAY) is None


def test_a_year_alone_or_a_day_and_month_alone_is_no_date():
    assert page_date(page("Ferry plan approved", "March 2026", "Published 18 September, 09:12"),
                     today=TODAY) is None


def test_an_impossible_date_is_skipped_for_the_next_one():
    assert page_date(page("31 June 2026", "Ferry plan approved", "2 March 2026"), today=TODAY) == dt.date(2026, 3, 2)


def test_a_date_after_tomorrow_is_no_date_but_tomorrow_is():
    assert page_date(page("Ferry plan approved", "22 March 2026"), today=TODAY) is None
    assert page_date(page("Ferry plan approved", "21 March 2026"), today=TODAY) == dt.date(2026, 3, 21)


def test_a_wire_storys_dateline_gives_its_date():
    text = ("Ferry plan approved\n\nPORTHAVEN, 10 March 2026 (Coast Wire) - The council voted on the plan after a long "
            "debate, officials said on Tuesday evening.\n\n" + BODY)
    assert page_date(text, today=TODAY) == dt.date(2026, 3, 10)


def test_a_page_without_paragraphs_of_prose_is_read_in_its_first_lines_only():
    lines = ["Ferry plan approved"] + [f"Item {n}" for n in range(20)] + ["10 March 2026"]
    assert page_date("\n".join(lines), today=TODAY) is None
    assert page_date("\n".join(["Ferry plan approved", "10 March 2026", "Item"]), today=TODAY) == dt.date(2026, 3, 10)


def test_solar_hijri_dates_become_gregorian():
    assert solar_hijri_to_gregorian(1404, 1, 1) == dt.date(2025, 3, 21)
    assert solar_hijri_to_gregorian(1403, 1, 1) == dt.date(2024, 3, 20)
    assert solar_hijri_to_gregorian(1404, 9, 12) == dt.date(2025, 12, 3)


@pytest.mark.parametrize(("top", "expected"), [
    (("Ferry plan approved", "Updated 12 March 2026 · Published 11 March 2026"), dt.date(2026, 3, 11)),
    (("Ferry plan approved", "Last modified: 12 March 2026", "11 March 2026 09:00 GMT"), dt.date(2026, 3, 11)),
    (("Fährplan beschlossen", "Aktualisiert am 12.03.2026, 18:00 Uhr", "Erstellt am 11.03.2026"),
     dt.date(2026, 3, 11)),
    (("Fährplan beschlossen", "Zuletzt aktualisiert:", "12.03.2026", "11.03.2026"), dt.date(2026, 3, 11)),
    (("여객선 계획 승인", "수정 2026.03.12 10:00 입력 2026.03.11 09:12"), dt.date(2026, 3, 11)),
    (("渡轮计划获批", "更新时间：2026年3月12日 发布时间：2026年3月11日"), dt.date(2026, 3, 11)),
])
def test_a_date_a_revision_label_leads_gives_way_to_the_published_one(top, expected):
    assert page_date(page(*top), today=TODAY) == expected


def test_a_page_that_gives_only_its_update_is_dated_by_it():
    top = ("Ferry plan approved", "Updated 12 March 2026, 21:40 EDT")
    assert page_date(page(*top), today=TODAY) == dt.date(2026, 3, 12)


def test_a_word_holding_a_revision_label_is_no_label():
    assert page_date(page("Substandard ferry plan", "Outdated fleet 12 March 2026 · 11 March 2026"),
                     today=TODAY) == dt.date(2026, 3, 12)


def test_a_date_far_below_the_update_is_a_captions_not_the_published_one():
    top = ("Updated 4 March 2026", "Ferry plan approved after long debate", "By Jo Reed", "Share | Email",
           "The old slipway photographed on 12 May 2019.")
    assert page_date(page(*top), today=TODAY) == dt.date(2026, 3, 4)


@pytest.mark.parametrize(("top", "expected"), [
    (("Scour under ferry piers", "Received: 3 February 2026 | Accepted: 12 March 2026 | Published: 18 March 2026"),
     dt.date(2026, 3, 18)),
    (("Scour under ferry piers", "Received 3 February 2026; revised 1 March 2026; accepted 12 March 2026",
      "First published online 18 March 2026"), dt.date(2026, 3, 18)),
    (("Auskolkung unter Fähranlegern", "Eingegangen: 3. Februar 2026 | Angenommen: 12. März 2026 | "
      "Veröffentlicht: 18. März 2026"), dt.date(2026, 3, 18)),
    (("Socavación bajo los muelles", "Recibido: 3 de febrero de 2026 | Aceptado: 12 de marzo de 2026 | "
      "Publicado: 18 de marzo de 2026"), dt.date(2026, 3, 18)),
])
def test_a_papers_received_and_accepted_dates_are_not_the_pages_date(top, expected):
    assert page_date(page(*top), today=TODAY) == expected


def test_a_long_run_of_spaces_after_a_history_label_is_read_in_linear_time():
    from tests.growth import grows_linearly

    assert page_date(page("Received   3 February 2026", "Published 18 March 2026"), today=TODAY) == dt.date(2026, 3, 18)
    linear, small, large = grows_linearly(page_date, lambda n: "Received" + " " * n + "x 3 May 2024", 4_000)
    assert linear, (small, large)
