"""A story's or an outlet's address is made from its title in any script, not "item" for every non-Latin one."""

import pytest
from django.core.validators import validate_slug

from newsdesk.importing.importer import unique_slug
from newsdesk.models import Story

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("title", "slug"), [
    ("Կաղնեվանում ջուրը կտրվել է", "kaghnevanowm-jowry-ktrvel-e"),  # Armenian
    ("Закрытие роддома в Верхнеозёрске", "zakrytie-roddoma-v-verkhneozerske"),  # Russian
    ("Đóng cửa cầu Khê Lâm", "dong-cua-cau-khe-lam"),  # Vietnamese: its marks dropped
    ("Kapitan at may-ari, kinasuhan", "kapitan-at-may-ari-kinasuhan"),
])
def test_a_title_in_any_script_gives_a_readable_address(title, slug):
    assert unique_slug(Story, title) == slug


def test_a_chinese_or_thai_title_gives_letters_and_a_valid_address():
    for title in ("石梅小学中毒", "ห้วยพะเนิน ช้าง"):
        slug = unique_slug(Story, title)

        validate_slug(slug)
        assert slug != "item" and slug.isascii()


def test_two_stories_of_one_non_latin_title_get_numbered_addresses():
    Story.objects.create(slug=unique_slug(Story, "Կաղնեվան"), title="Կաղնեվան")

    assert unique_slug(Story, "Կաղնեվան") == "kaghnevan-2"


def test_a_title_of_no_letters_at_all_still_gets_an_address():
    assert unique_slug(Story, "— · —") == "item"
