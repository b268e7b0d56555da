"""How much disk a runtime install of Newsdesk takes: ``pip install .`` into a fresh virtual environment.

    python -m benchmarks.install_size

Builds a new virtual environment in a temporary folder with the Python running this script, installs the
project from its source folder (the runtime dependencies only, none of the extras), and reports the size of
the whole environment on disk and the number of distributions in it (pip itself excluded), then the largest
ones. pip's cache makes a second run quicker; the sizes do not depend on it. The environment is removed
afterwards. Beside it, doccano's own environment (``benchmarks/.peer/venv``, built by the comparison with
doccano) when it exists.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER_VENV = ROOT / "benchmarks" / ".peer" / "venv"


@dataclass
class Install:
    megabytes: float
    packages: int
    largest: list[tuple[str, float]] = field(default_factory=list)


def folder_bytes(folder: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def describe(venv: Path) -> Install:
    """Size of ``venv`` and its distributions, each measured by the files its RECORD lists."""
    python = venv / "bin" / "python"
    script = (
        "import importlib.metadata as m, json, os\n"
        "out = {}\n"
        "for d in m.distributions():\n"
        "    name = d.metadata['Name']\n"
        "    if name in ('pip', 'setuptools', 'wheel'): continue\n"
        "    size = 0\n"
        "    for f in d.files or []:\n"
        "        p = d.locate_file(f)\n"
        "        try: size += os.path.getsize(p)\n"
        "        except OSError: pass\n"
        "    out[name] = size\n"
        "print(json.dumps(out))\n"
    )
    sizes = json.loads(subprocess.run([python, "-c", script], capture_output=True, text=True, check=True).stdout)
    largest = sorted(((name, size / 1e6) for name, size in sizes.items()), key=lambda item: -item[1])
    return Install(folder_bytes(venv) / 1e6, len(sizes), largest[:8])


def measure(source: Path = ROOT) -> Install:
    """A fresh environment with ``pip install <source>``, measured, then removed."""
    with tempfile.TemporaryDirectory(prefix="newsdesk-install-") as folder:
        venv = Path(folder) / "venv"
        # A copy of the sources, so that the build leaves nothing behind in the working tree.
        copy = Path(folder) / "source"
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns(
            ".git", ".venv", ".peer", "build", "*.egg-info", "__pycache__", "staticfiles", "db.sqlite3*",
            "test-artifacts", "node_modules"))
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        # As a user would install it: pip compiles the bytecode, which counts towards the size.
        result = subprocess.run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", str(copy)],
                                capture_output=True, text=True)
        if result.returncode:
            raise RuntimeError(f"pip install failed:\n{result.stderr[-3000:]}")
        return describe(venv)


def doccano_size() -> Install | None:
    return describe(PEER_VENV) if (PEER_VENV / "bin" / "python").exists() else None


def main() -> None:
    ours = measure()
    print(f"pip install . in a fresh virtual environment: {ours.megabytes:,.0f} MB, {ours.packages} distributions")
    print("largest: " + ", ".join(f"{name} {size:.0f} MB" for name, size in ours.largest))
    theirs = doccano_size()
    if theirs:
        print(f"doccano's environment: {theirs.megabytes:,.0f} MB, {theirs.packages} distributions")


if __name__ == "__main__":
    main()
