"""Run the command line in-process, as the CLI tests do."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from nutrient_data.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``nutrient-data *argv`` (argparse's own
    exits included)."""
    try:
        code = main(list(argv))
    except SystemExit as done:
        code = int(done.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def modules_after(argv: list[str]) -> set[str]:
    """The modules a fresh interpreter holds after ``nutrient-data *argv``
    succeeded in it (a cold start, as a user's shell gives)."""
    script = (
        "import json, sys\n"
        "from nutrient_data.cli import main\n"
        f"assert main({argv!r}) == 0\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """The parsed ``--json`` output of a command that must succeed."""
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def bash(command: str, cwd: Path, env: dict[str, str] | None = None) -> Any:
    """``command`` as a documented shell block runs: in bash with ``-euo
    pipefail``, in ``cwd``; its exit code and text output, never raising."""
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
