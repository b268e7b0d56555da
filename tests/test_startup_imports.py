"""Starting the app loads Django, the apps and the URLs, not the analysis libraries nor the heavy parts of the
domain. scikit-learn and SciPy take most of a second to import, NumPy and bleach a good part of one, and the
suggestion rules compile hundreds of patterns: each is imported where it is used (alignment, story matching,
claims, reports, importing, suggestions), so that a new app server answers its first page sooner."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sklearn", "scipy", "numpy")
# The project's modules that bring those libraries, bleach or the suggestion rules with them; the views that
# need one import it when they run.
LAZY = (
    "bleach",
    "annotations.suggestions.suggester",  # every suggestion rule
    "annotations.reports.aggregates",  # the reports page and exports' layers
    "annotations.reports.digests",
    "annotations.claims.curation",  # the claim finder
    "annotations.claims.store",
    "newsdesk.alignment.clustering",  # the aligner
    "newsdesk.alignment.story_suggestion",  # story matching
    "newsdesk.alignment.upkeep",
)
LOAD_THE_URLS = (
    "from newsdesk.wsgi import application; from django.urls import get_resolver;"
    "get_resolver().url_patterns; get_resolver().reverse_dict"
)
SERVE_THE_LOGIN_PAGE = (
    "from django.test import Client; response = Client().get('/accounts/login/', headers={'host': 'localhost'});"
    "assert response.status_code == 200, response.status_code"
)


def modules_loaded_after(*steps: str) -> list[set[str]]:
    """The modules a fresh interpreter holds after each step, run one after the other on the project."""
    code = "import json, os, sys; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'newsdesk.settings')\n"
    code += "".join(f"{step}\nprint(json.dumps(sorted(sys.modules)))\n" for step in steps)
    env = {"PATH": "/usr/bin:/bin", "SECRET_KEY": "startup-imports", "DEBUG": "1", "PYTHONPATH": str(ROOT),
           "DATABASE_URL": "sqlite:///:memory:"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return [set(json.loads(line)) for line in result.stdout.strip().splitlines()[-len(steps):]]


@pytest.fixture(scope="module")
def after_urls_and_login_page():
    return modules_loaded_after(LOAD_THE_URLS, SERVE_THE_LOGIN_PAGE)


def packages(modules: set[str], names) -> list[str]:
    return sorted(name for name in names if name in modules or any(m.startswith(name + ".") for m in modules))


def test_loading_the_app_and_its_urls_imports_no_analysis_library(after_urls_and_login_page):
    after_urls, _ = after_urls_and_login_page

    assert sorted({m.split(".")[0] for m in after_urls} & set(HEAVY)) == []


def test_loading_the_urls_leaves_the_rules_reports_aligner_and_claim_finder_for_the_views_that_use_them(
    after_urls_and_login_page,
):
    after_urls, _ = after_urls_and_login_page

    assert packages(after_urls, LAZY) == []
    assert {"annotations.views.reports", "annotations.views.claims", "newsdesk.api"} <= after_urls  # their views


def test_serving_the_login_page_imports_none_of_them(after_urls_and_login_page):
    _, after_login = after_urls_and_login_page

    assert packages(after_login, HEAVY + LAZY) == []
