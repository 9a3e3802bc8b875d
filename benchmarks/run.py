"""Speed targets of nutrient-data, measured on this machine.

Run with ``python benchmarks/run.py`` (after ``pip install -e '.[dev,docs]'``).
Each figure is printed beside its target with PASS or FAIL; the exit code is 1
if any target fails. Timings are medians of repeated runs.
"""

from __future__ import annotations

import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nutrient_data import lint
from nutrient_data.loader import build, read_source
from nutrient_data.models import Dataset

ROOT = Path(__file__).resolve().parents[1]


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, value: str, target: str, ok: bool) -> bool:
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {value} (target {target})")
    return ok


def bench_load() -> bool:
    """Read and validate the whole dataset in-process, without the cache."""
    seconds = median_seconds(lambda: build(read_source()), repeat=30)
    return report(
        "validated load", f"{seconds * 1000:.1f} ms", "<= 20 ms", seconds <= 0.020
    )


def bench_cold_cli() -> bool:
    """A cold ``nutrient-data show chromium`` against a bare ``import pydantic``.

    Bytecode is written and warmed first, as for an installed package; the
    import of ``pydantic.main`` (what any pydantic model needs) is shown as
    the floor that a CLI built on the models cannot go below.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    commands = {
        "show": [sys.executable, "-m", "nutrient_data", "show", "chromium"],
        "pydantic": [sys.executable, "-c", "import pydantic"],
        "pydantic.main": [sys.executable, "-c", "import pydantic.main"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(11):  # interleaved, so all see the same machine load
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            if round_:  # the first round only warms the bytecode cache
                times[name].append(time.perf_counter() - start)
    cli, base, floor = (statistics.median(times[name]) for name in commands)
    ratio = cli / base
    return report(
        "cold `show chromium` vs `import pydantic`",
        f"{cli * 1000:.0f} ms vs {base * 1000:.0f} ms = {ratio:.2f}x "
        f"(`import pydantic.main` alone: {floor / base:.2f}x)",
        "<= 1.5x",
        ratio <= 1.5,
    )


def synthetic(document: dict[str, Any], size: int) -> dict[str, Any]:
    """A document with ``size`` nutrient records, cycling through the real ones."""
    grown = copy.deepcopy(document)
    real = document["nutrients"]
    grown["nutrients"] = [copy.deepcopy(real[i % len(real)]) for i in range(size)]
    return grown


def bench_scaling() -> bool:
    """Validate-and-lint time for 100, 1,000 and 10,000 records grows linearly.

    Records repeat the real ones, so the identity rule reports repeats; that is
    part of the work measured, not an error here.
    """
    document = read_source()
    timings = {}
    for size in (100, 1_000, 10_000):
        grown = synthetic(document, size)
        timings[size] = median_seconds(
            lambda g=grown: lint.run(Dataset.model_validate(g)),  # type: ignore[misc]
            repeat=3 if size == 10_000 else 5,
        )
    r1 = timings[1_000] / timings[100]
    r2 = timings[10_000] / timings[1_000]
    shown = ", ".join(f"{n}: {t * 1000:.0f} ms" for n, t in timings.items())
    linear = all(7 <= r <= 14 for r in (r1, r2))
    return report(
        "scaling",
        f"{shown}; ratios x{r1:.1f}, x{r2:.1f}",
        "each tenfold step costs 7-14x (linear)",
        linear,
    )


def bench_mkdocs() -> bool:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "--quiet",
                "--site-dir",
                out,
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        seconds = time.perf_counter() - start
    return report("mkdocs build --strict", f"{seconds:.1f} s", "<= 15 s", seconds <= 15)


def main() -> int:
    results = [bench_load(), bench_cold_cli(), bench_scaling(), bench_mkdocs()]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
