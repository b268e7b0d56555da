"""The load test's printout: the machine, a table per database, and a comparison drawn from the figures."""

import os
import platform
import sqlite3
from pathlib import Path

WRITES = ("POST", "PATCH", "DELETE")
LABELS = {"postgres": "PostgreSQL", "sqlite": "SQLite (WAL)"}
PROBLEMS = ("lost", "duplicated", "unexpected", "stale", "undeleted")


def machine() -> str:
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                 if line.startswith("model name")]
        model = names[0] if names else model
    return (f"machine: {os.cpu_count()} CPUs ({model}), {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")


def passed(result: dict) -> bool:
    check = result["verification"]
    return check["ok"] and check["server_errors"] == 0 and not check["failed_logins"]


def aggregate(result: dict) -> dict:
    return next(row for row in result["stats"] if row["name"] == "Aggregated")


def rows(result: dict) -> list[dict]:
    """Request types, reads first, then writes, each alphabetically; the total last."""
    named = [row for row in result["stats"] if row["name"] != "Aggregated"]
    return sorted(named, key=lambda row: (row["name"].split()[0] in WRITES, row["name"]))


def table(result: dict) -> str:
    check = result["verification"]
    lines = [
        f"\n{LABELS[result['database']]} {result['version']}: {result['users']} reviewers, {result['seconds']} s, "
        f"pauses of {result['think'].replace(',', '-')} s, gunicorn with {result['workers']} workers",
        f"{'request':<46} {'count':>7} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'failed':>7}",
    ]
    for row in [*rows(result), {**aggregate(result), "name": "all requests"}]:
        lines.append(f"{row['name']:<46} {row['count']:>7} {row['rps']:>7.1f} {row['p50']:>7.0f} {row['p95']:>7.0f} "
                     f"{row['p99']:>7.0f} {row['failures']:>7}")
    expected = check["acknowledged_creates"] - check["acknowledged_deletes"]
    logins = check["logins"]
    if logins:
        lines.append(f"logins before the measured period: {len(logins)}, median {logins[len(logins) // 2]} ms, "
                     f"slowest {logins[-1]} ms, refused {check['failed_logins']}")
    lines += [
        f"load average over the last minute: {result['load']:.1f} on {os.cpu_count()} CPUs",
        cpu_line(result),
        f"5xx answers: {check['server_errors']}   no answer: {check['no_answer']}   "
        f"'database is locked' in the server log: {result['locked']}   tracebacks: {result['tracebacks']}",
        f"acknowledged: {check['acknowledged_creates']} creates - {check['acknowledged_deletes']} deletes = "
        f"{expected} live highlights expected; {check['live_rows']} live in the database",
        "   ".join(f"{kind} {check[kind + '_count']}" for kind in PROBLEMS)
        + f"   (stored by unanswered writes: {check['indeterminate_count']})",
        f"verification: {'PASSED' if passed(result) else 'FAILED'}",
    ]
    if check["server_error_names"]:
        lines.append(f"5xx on: {', '.join(check['server_error_names'])}")
    for kind in PROBLEMS:
        if check[kind]:
            lines.append(f"{kind} highlight ids: {check[kind]}")
    return "\n".join(lines)


def cpu_line(result: dict) -> str:
    """CPU time per request: the app server's (gunicorn's master and workers, over the measured period), and on
    PostgreSQL its server processes' for the app's connections (over the whole run, logins included)."""
    cpu = result.get("cpu") or {}
    requests = cpu.get("requests") or 0
    if not requests or cpu.get("start_ms") is None or cpu.get("end_ms") is None:
        return "CPU per request: not measured"
    line = f"CPU per request: app server {(cpu['end_ms'] - cpu['start_ms']) / requests:.1f} ms"
    if cpu.get("database_ms") is not None:
        line += f", PostgreSQL {cpu['database_ms'] / requests:.1f} ms (its connections' whole life, logins included)"
    return line + f" ({requests} requests)"


def writes(result: dict) -> list[dict]:
    return [row for row in rows(result) if row["name"].split()[0] in WRITES]


def reads(result: dict) -> list[dict]:
    return [row for row in rows(result) if row["name"].split()[0] not in WRITES]


def weighted(rows_: list[dict], key: str) -> float:
    total = sum(row["count"] for row in rows_)
    return sum(row[key] * row["count"] for row in rows_) / total if total else 0.0


def ratio(a: float, b: float) -> float:
    return a / b if b else float("inf") if a else 1.0


def compared(a: float, b: float) -> str:
    """How a (SQLite) stands to b (PostgreSQL), in words a reader can check against the two tables."""
    r = ratio(a, b)
    return "about PostgreSQL's" if 0.9 <= r <= 1.1 else f"{r:.2f}× PostgreSQL's"


def comparison(postgres: dict, sqlite: dict) -> str:
    """One paragraph on where SQLite's figures fall behind PostgreSQL's (or do not), from the measurements."""
    pg, lite = aggregate(postgres), aggregate(sqlite)
    pg_writes, lite_writes = writes(postgres), writes(sqlite)
    write_p99 = (weighted(lite_writes, "p99"), weighted(pg_writes, "p99"))
    read_p99 = (weighted(reads(sqlite), "p99"), weighted(reads(postgres), "p99"))
    by_name = {row["name"]: row for row in pg_writes}
    worst = max(lite_writes, key=lambda row: ratio(row["p99"], by_name.get(row["name"], row)["p99"]), default=None)
    check_pg, check_lite = postgres["verification"], sqlite["verification"]

    sentences = [
        f"With {sqlite['users']} reviewers for {sqlite['seconds']} s, SQLite served {lite['rps']:.1f} requests/s "
        f"and PostgreSQL {pg['rps']:.1f} ({(ratio(lite['rps'], pg['rps']) - 1) * 100:+.0f}%).",
        f"Writes: p99 {write_p99[0]:.0f} ms on SQLite against {write_p99[1]:.0f} ms on PostgreSQL "
        f"({compared(*write_p99)}; p50 {weighted(lite_writes, 'p50'):.0f} against "
        f"{weighted(pg_writes, 'p50'):.0f} ms, averaged over write types by count).",
    ]
    if worst is not None and worst["name"] in by_name and ratio(worst["p99"], by_name[worst["name"]]["p99"]) > 1.1:
        sentences.append(f"SQLite's write furthest behind is {worst['name']}: p99 {worst['p99']:.0f} ms against "
                         f"{by_name[worst['name']]['p99']:.0f} ms.")
    sentences.append(f"Reads: p99 {read_p99[0]:.0f} ms against {read_p99[1]:.0f} ms ({compared(*read_p99)}).")
    if sqlite["locked"]:
        sentences.append(f"{sqlite['locked']} SQLite writes waited out the busy timeout and failed with "
                         "'database is locked'.")
    else:
        sentences.append("No SQLite write waited out the busy timeout ('database is locked': 0).")
    sentences.append(f"5xx answers: {check_lite['server_errors']} on SQLite, {check_pg['server_errors']} on "
                     f"PostgreSQL; verification {'passed' if passed(sqlite) else 'FAILED'} on SQLite and "
                     f"{'passed' if passed(postgres) else 'FAILED'} on PostgreSQL.")

    behind = []
    if ratio(lite["rps"], pg["rps"]) < 0.9:
        behind.append("throughput")
    if ratio(*write_p99) > 1.5:
        behind.append("write tail latency")
    if ratio(*read_p99) > 1.5:
        behind.append("read tail latency")
    if sqlite["locked"] or check_lite["server_errors"] > check_pg["server_errors"]:
        behind.append("errors")
    if not passed(sqlite) and passed(postgres):
        behind.append("durability")
    busy = max(postgres["load"], sqlite["load"]) >= (os.cpu_count() or 1)
    if busy:
        sentences.append(f"The machine's {os.cpu_count()} CPUs were saturated (load average {postgres['load']:.1f} "
                         f"with PostgreSQL, {sqlite['load']:.1f} with SQLite): CPU time, shared by the server, the "
                         "database and the load generator, was scarce in both runs.")
    if behind:
        sentences.append(f"So at this load SQLite falls behind on {', '.join(behind)}.")
    else:
        sentences.append("So at this load SQLite keeps up (at least 90% of PostgreSQL's throughput, p99 under 1.5× "
                         f"PostgreSQL's): with {sqlite['workers']} workers its single writer is not yet the limit, "
                         "and the point where it stops being enough lies beyond this load.")
    return "\nComparison: " + " ".join(sentences)
