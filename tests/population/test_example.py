"""The shipped synthetic survey is what its seeded generator writes."""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"


def test_the_generator_writes_the_committed_survey(tmp_path: Path) -> None:
    for name in ("make_survey.py",):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    script = runpy.run_path(str(tmp_path / "make_survey.py"), run_name="example")
    assert script["main"]() == 0
    for name in ("survey.csv", "survey-components.json"):
        made = (tmp_path / name).read_text(encoding="utf-8")
        assert made == (EXAMPLES / name).read_text(encoding="utf-8"), name
