"""Starting the app loads Django, the apps and the URLs, not the analysis libraries: scikit-learn and SciPy take
most of a second to import, and are imported where they are used (alignment, story matching, claims)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sklearn", "scipy")


def test_loading_the_app_and_its_urls_imports_no_analysis_library():
    code = (
        "import json, os, sys; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'newsdesk.settings');"
        "from newsdesk.wsgi import application; from django.urls import get_resolver;"
        "get_resolver().url_patterns; get_resolver().reverse_dict;"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({list(HEAVY)!r}))))"
    )
    env = {"PATH": "/usr/bin:/bin", "SECRET_KEY": "startup-imports", "DEBUG": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
