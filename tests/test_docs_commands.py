"""Every command the Python and command-line getting-started pages show works
as written.

The pages say to install from a source checkout, so this test makes one (a
copy of the repository's files), runs the install block exactly as shown,
then every other bash and Python block, in the checkout's top folder with the
new virtual environment active. The raw-data page's recipes are run by
``tests/test_recipes.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "docs" / "getting-started"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
pytestmark = pytest.mark.slow
SKIP = shutil.ignore_patterns(
    ".git", ".venv*", "site", "__pycache__", "*.egg-info", "dist", "build"
)


DOCTEST = """
import doctest, sys
test = doctest.DocTestParser().get_doctest(sys.argv[1], {}, "page", None, 0)
runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
runner.run(test)
print(f"{runner.tries} examples, {runner.failures} failed")
sys.exit(1 if runner.failures else 0)
"""
"""Runs a ``pycon`` block as a doctest: the session must print what it shows."""


def blocks(page: str) -> list[tuple[str, str]]:
    """``(language, code)`` of each fenced block on a getting-started page."""
    return BLOCK.findall((PAGES / page).read_text(encoding="utf-8"))


def copy_checkout(root: Path) -> None:
    """The repository's files as a fresh clone has them: what git tracks and
    new files it does not ignore (so not what the documented commands wrote
    here, such as ``tables/``); a plain copy where this is no git checkout."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listed.returncode != 0:
        shutil.copytree(ROOT, root, ignore=SKIP)
        return
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, root / name)


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A source checkout with the install block of the Python page run in it."""
    root = tmp_path_factory.mktemp("checkout") / "nutrient-data"
    copy_checkout(root)
    install = next(code for lang, code in blocks("python.md") if lang == "bash")
    done = run("bash", install, root, activate=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return root


def run(
    lang: str, code: str, cwd: Path, *, activate: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")
    }
    if activate:
        env["VIRTUAL_ENV"] = str(cwd / ".venv")
        env["PATH"] = f"{cwd / '.venv' / 'bin'}{os.pathsep}{env['PATH']}"
    python = str(cwd / ".venv" / "bin" / "python")
    command = {
        "bash": ["bash", "-euo", "pipefail", "-c", code],
        "python": [python, "-c", code],
        "pycon": [python, "-c", DOCTEST, code],
    }[lang]
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("page", ["python.md", "cli.md"])
def test_every_command_on_the_page_works(checkout: Path, page: str) -> None:
    shown = blocks(page)
    assert shown, page
    for lang, code in shown:
        if page == "python.md" and lang == "bash":
            continue  # the install block: the fixture ran it
        done = run(lang, code, checkout)
        assert done.returncode == 0, (page, code, done.stderr[-2000:])
        assert done.stdout.strip(), (page, code)


def test_no_page_tells_readers_to_install_from_an_index() -> None:
    for page in PAGES.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert "pip install nutrient-data" not in text, page
        assert "pip download" not in text, page
