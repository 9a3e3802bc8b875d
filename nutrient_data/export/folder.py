"""Writing a set of files into a user's folder without destroying anything.

The files are written into a temporary folder (a hidden one inside the
destination, so that moving them is a rename on one file system) and moved
into place only once all of them are complete; files they replace are set
aside until the end and put back on any failure, so a failed export leaves the
folder as it was. A lock on the folder makes concurrent exports into it take
turns. Files of the same names already in the folder
(and files that would go stale, such as a ``datapackage.json`` describing
tables that a CSV export rewrites) are a refusal unless ``force`` is given.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (where the system has ``flock``), so
    that exports into one folder run one after another: each sees what the one
    before wrote, and refuses to replace it without ``force``."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        yield
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def _in_the_way(folder: Path, names: Sequence[str]) -> None:
    """An ExportError naming a folder where a file of the set must go (``force``
    replaces files, never folders)."""
    for name in names:
        path = folder / name
        if path.is_dir() and not path.is_symlink():
            raise ExportError(
                f"{shorten(str(path), 120)} is a folder, where the export writes "
                "a file; move it away or choose another folder"
            )


def write_set(
    out: Path | str,
    names: Sequence[str],
    write: Callable[[Path], None],
    *,
    replaces: Sequence[str] = (),
    force: bool = False,
    confirm: Callable[[list[Path]], None] | None = None,
) -> list[Path]:
    """Let ``write`` fill a temporary folder with ``names``, then move them into
    ``out``; ``replaces`` are other files of an earlier export that would no
    longer describe the set, removed with ``force``.

    All or nothing: files being replaced are set aside first and put back if
    any step fails, ``confirm`` (given the files, once they are in place, e.g.
    to print them) included; so a failure leaves the folder as it was.
    """
    folder = check_target(out)
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    done = False
    try:
        with _locked(folder):
            _in_the_way(folder, (*replaces, *names))
            clashes = [n for n in (*replaces, *names) if os.path.lexists(folder / n)]
            if clashes and not force:
                raise ExportError(
                    f"{shorten(str(folder), 80)} already holds {_listing(clashes)}; "
                    "use --force to replace them, or choose another folder"
                )
            _replace(folder, names, clashes, write, confirm)
            done = True
    finally:
        if created and not done and not any(folder.iterdir()):
            folder.rmdir()
    return [folder / n for n in names]


def _replace(
    folder: Path,
    names: Sequence[str],
    clashes: Sequence[str],
    write: Callable[[Path], None],
    confirm: Callable[[list[Path]], None] | None,
) -> None:
    staging = Path(tempfile.mkdtemp(prefix=".nutrient-data-", dir=folder))
    old = staging / ".replaced"
    set_aside: list[str] = []
    moved: list[str] = []
    try:
        old.mkdir()
        write(staging)
        missing = [n for n in names if not (staging / n).is_file()]
        if missing:  # pragma: no cover - a writer bug, not a user error
            raise RuntimeError(f"export did not write {', '.join(missing)}")
        for name in clashes:
            os.replace(folder / name, old / name)
            set_aside.append(name)
        for name in names:
            os.replace(staging / name, folder / name)
            moved.append(name)
        if confirm is not None:
            confirm([folder / n for n in names])
    except BaseException:
        for name in moved:
            (folder / name).unlink(missing_ok=True)
        for name in set_aside:
            os.replace(old / name, folder / name)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
