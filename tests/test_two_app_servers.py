"""Two app servers on different ports against one database serve the same logins and the same data.

Two gunicorn processes with production settings share a scratch database (a SQLite file or a throwaway
PostgreSQL database); the test speaks HTTP to them as a browser would: it logs in through server A's login
form and carries on with the same cookies on server B.
"""

import json
import re
import subprocess
import sys

import pytest
import requests

from tests.processes import PROJECT, free_port, manage, scratch_database, wait_until

PASSWORD = "a long shared passphrase for two servers"
START_TIMEOUT = 60


@pytest.fixture
def database(tmp_path):
    with scratch_database(tmp_path, suffix="servers") as db:
        for command in (["migrate", "--no-input"], ["load_seeds"]):
            done = manage(db, *command)
            assert done.returncode == 0, done.stderr
        done = manage(db, "createuser", "alice", "--role", "reviewer", NEWSDESK_PASSWORD=PASSWORD)
        assert done.returncode == 0, done.stderr
        yield db


@pytest.fixture
def two_servers(database, tmp_path):
    """Servers A and B (base URLs), each a gunicorn with one worker; both stopped at the end, pass or fail."""
    static = tmp_path / "static"
    # Production settings serve collectstatic's hashed copies. The admin's files are left out: no page this
    # test opens uses them, and compressing them is most of collectstatic's time.
    collected = manage(database, "collectstatic", "--no-input", "--ignore", "admin", STATIC_ROOT=str(static))
    assert collected.returncode == 0, collected.stderr
    processes, urls = [], []
    try:
        for name in "AB":
            port = free_port()
            log = (tmp_path / f"server-{name}.log").open("w")
            env = database.env(STATIC_ROOT=str(static), GUNICORN_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="1")
            processes.append(subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "newsdesk.wsgi"], cwd=PROJECT, env=env, stdout=log,
                stderr=subprocess.STDOUT,
            ))
            urls.append(f"http://127.0.0.1:{port}")
        for url, process in zip(urls, processes, strict=True):
            wait_until(lambda url=url, process=process: answers(url) or process.poll() is not None,
                       timeout=START_TIMEOUT, what=f"{url}/healthz")
            assert process.poll() is None, (tmp_path / "server-A.log").read_text()
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def answers(url) -> bool:
    try:
        return requests.get(f"{url}/healthz", timeout=2).status_code == 200
    except requests.RequestException:  # not listening yet, or still loading the app
        return False


def log_in(browser, server) -> None:
    page = browser.get(f"{server}/accounts/login/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    answer = browser.post(f"{server}/accounts/login/", timeout=10, allow_redirects=False,
                          data={"username": "alice", "password": PASSWORD, "csrfmiddlewaretoken": token})
    assert answer.status_code == 302, answer.text


def test_a_login_on_one_server_works_on_the_other_and_both_see_the_same_highlights(two_servers, database):
    server_a, server_b = two_servers
    article = database.query("SELECT min(id) FROM newsdesk_article")[0][0]
    on_a = requests.Session()
    log_in(on_a, server_a)
    on_b = requests.Session()
    on_b.cookies.update(on_a.cookies)  # the browser's cookies, now sent to the other server
    csrf = {"X-CSRFToken": on_a.cookies["csrftoken"], "Content-Type": "application/json"}

    reader = on_b.get(f"{server_b}/articles/{article}/", timeout=10, allow_redirects=False)
    created = on_b.post(f"{server_b}/api/annotations/", timeout=10, headers=csrf,
                        data=json.dumps({"article": article, "tag": "rhetoric", "start": 0, "end": 5}))
    highlight = created.json()
    read_on_a = on_a.get(f"{server_a}/api/annotations/{highlight['id']}/", timeout=10)
    changed_on_a = on_a.patch(f"{server_a}/api/annotations/{highlight['id']}/", timeout=10, headers=csrf,
                              data=json.dumps({"note": "changed on A", "version": highlight["version"]}))
    read_on_b = on_b.get(f"{server_b}/api/annotations/?article={article}", timeout=10)
    stale_on_b = on_b.patch(f"{server_b}/api/annotations/{highlight['id']}/", timeout=10, headers=csrf,
                            data=json.dumps({"note": "from B's old copy", "version": highlight["version"]}))

    assert reader.status_code == 200 and "alice" in reader.text
    assert created.status_code == 201, created.text
    assert read_on_a.json() == highlight
    assert changed_on_a.status_code == 200
    assert [(h["id"], h["note"], h["version"]) for h in read_on_b.json()] == [(highlight["id"], "changed on A", 2)]
    assert stale_on_b.status_code == 409
    assert database.query("SELECT note FROM annotations_annotation") == [("changed on A",)]
