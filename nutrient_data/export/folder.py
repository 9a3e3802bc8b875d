"""Writing a set of files into a user's folder without destroying anything.

The files are written into a temporary folder beside their destination and
moved into place only once all of them are complete, so a failed export
leaves no half-written set. Files of the same names already in the folder
(and files that would go stale, such as a ``datapackage.json`` describing
tables that a CSV export rewrites) are a refusal unless ``force`` is given.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from nutrient_data.problem import shorten


def _listing(names: Sequence[str], shown: int = 6) -> str:
    """File names for a one-line message: all of a few, or the first and a count."""
    if len(names) <= shown:
        return ", ".join(names)
    return f"{len(names)} files of this export ({', '.join(names[: shown - 1])}, ...)"


class ExportError(ValueError):
    """The export cannot go ahead; nothing was written."""


def check_target(out: Path | str) -> Path:
    """``out`` as a folder path, or an :class:`ExportError` saying why not."""
    if str(out).strip() == "":
        raise ExportError("the output folder is empty: give a folder path")
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path} is a file, not a folder")
    return path


def write_set(
    out: Path | str,
    names: Sequence[str],
    write: Callable[[Path], None],
    *,
    replaces: Sequence[str] = (),
    force: bool = False,
) -> list[Path]:
    """Let ``write`` fill a temporary folder with ``names``, then move them into
    ``out``; ``replaces`` are other files of an earlier export that would no
    longer describe the set, removed with ``force``."""
    folder = check_target(out)
    clashes = [n for n in (*replaces, *names) if os.path.lexists(folder / n)]
    if clashes and not force:
        raise ExportError(
            f"{shorten(str(folder), 80)} already holds {_listing(clashes)}; "
            "use --force to replace them, or choose another folder"
        )
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".nutrient-data-", dir=folder))
    done = False
    try:
        write(staging)
        missing = [n for n in names if not (staging / n).is_file()]
        if missing:  # pragma: no cover - a writer bug, not a user error
            raise RuntimeError(f"export did not write {', '.join(missing)}")
        for name in replaces:
            if os.path.lexists(folder / name):
                (folder / name).unlink()
        for name in names:
            os.replace(staging / name, folder / name)
        done = True
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if created and not done and not any(folder.iterdir()):
            folder.rmdir()
    return [folder / n for n in names]
