"""Person-day rows checked one by one into compact columns, every bad row kept.

Each row's amounts are appended to one array of doubles (8 bytes an amount),
so memory grows with the numbers, not with the text. A row that cannot be used
(an unknown nutrient, a negative or non-numeric amount, a missing age, an
impossible person) is left out and reported with where it is, or, with
``strict``, stops the reading. The columns are described in :mod:`.columns`;
the file formats are read by :mod:`.files`.
"""

from __future__ import annotations

import math
from array import array
from operator import itemgetter

from nutrient_data.named_tuple import NamedTuple
from nutrient_data.population.columns import (
    BASE,
    REQUIRED,
    Column,
    SurveyError,
    flag,
    looks_like_nutrient,
    nutrient_column,
)
from nutrient_data.population.references import (
    life_stage,
    nutrient_unit,
    ul_counts_all_forms,
)
from nutrient_data.problem import PersonError, UnknownNameError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    from nutrient_data.vocab import Sex

    Authority = str

    Progress = Callable[[int], None]

NAN = math.nan
LARGEST = 1e12
"""No amount per day reaches this in any unit (as for ``check``)."""
PROGRESS_EVERY = 1 << 16
SEXES: dict[str, Sex] = {"female": "female", "male": "male"}


class BadRow(NamedTuple):
    """A row left out: where it is (``line 7``, ``record 3``) and why."""

    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


class Survey:
    """The usable rows: amounts row-major in ``values`` (one per nutrient
    column, NaN where a cell is empty), the person of each row, and each
    person's attributes from their first row; with the rows left out."""

    def __init__(self, columns: Sequence[Column], by: str) -> None:
        self.columns = tuple(columns)
        self.by = by
        self.values = array("d")
        self.row_person = array("l")
        self.ids: list[str] = []
        self.age = array("d")
        self.sex: list[Sex] = []
        self.pregnant = bytearray()
        self.lactating = bytearray()
        self.weight = array("d")
        self.group: list[str] = []
        self.bad_rows: list[BadRow] = []

    @property
    def rows(self) -> int:
        return len(self.row_person)

    def column(self, index: int) -> array[float]:
        """The amounts of one nutrient column, row by row, in the nutrient's unit."""
        raw = self.values[index :: len(self.columns)]
        scale = self.columns[index].scale
        if scale == 1:
            return raw
        p, q = scale.numerator, scale.denominator
        return array("d", [v * p / q for v in raw])


class Reader:
    """Checks rows of cells in the order of ``header`` and adds them to a Survey."""

    def __init__(
        self,
        header: Sequence[str],
        *,
        name: str,
        authority: Authority,
        by: str,
        strict: bool,
        progress: Progress | None,
    ) -> None:
        self.name, self.authority, self.strict = name, authority, strict
        self.progress = progress
        self.header = [h.strip() for h in header]
        position = {h: i for i, h in enumerate(self.header)}
        for column in REQUIRED:
            if column not in position:
                raise SurveyError(f"{name}: missing column {column!r}")
        if by not in ("life-stage", "sex") and by not in position:
            raise SurveyError(
                f"{name}: --by {by!r}: no such column; columns are "
                + ", ".join(self.header)
            )
        columns = []
        for i, heading in enumerate(self.header):
            if looks_like_nutrient(heading) and heading not in BASE:
                spec = nutrient_column(
                    heading,
                    self._unit(heading.partition("_")[0]),
                    us_ul_factor=ul_counts_all_forms(
                        heading.partition("_")[0], authority
                    ),
                )
                columns.append((i, spec))
        if not columns:
            raise SurveyError(
                f"{name}: no nutrient columns; name them <nutrient id>_food and "
                "<nutrient id>_supplements, such as magnesium_food"
            )
        self.survey = Survey([c for _, c in columns], by)
        indexes = [i for i, _ in columns]
        self.pick = itemgetter(*indexes) if len(indexes) > 1 else _one(indexes[0])
        self.at = {c: position.get(c) for c in BASE}
        self.by_at = position.get(by)
        self.known: dict[str, int] = {}
        self.signatures: list[str] = []
        """Per person, their sex, pregnant, lactating and weight cells as given."""
        same = [
            position[c]
            for c in ("sex", "pregnant", "lactating", "weight")
            if c in position
        ]
        self.cells_of = itemgetter(*same) if len(same) > 1 else _one(same[0])
        self.person_at, self.day_at = position["person_id"], position["day"]
        self.age_at, self.width = position["age"], len(self.header)
        self.days: set[tuple[int, str]] = set()
        self.count = 0

    def signature(self, cells: Sequence[Any]) -> str:
        return "\x1f".join(map(str, self.cells_of(cells)))

    def _unit(self, nutrient: str) -> str:
        try:
            return nutrient_unit(nutrient)
        except UnknownNameError:  # the column's own check words it
            return "mg"

    def bad(self, where: str, problem: str) -> None:
        if self.strict:
            raise SurveyError(f"{self.name}: {where}: {problem}")
        self.survey.bad_rows.append(BadRow(where, problem))

    def add(self, where: str, cells: Sequence[Any]) -> None:
        """Check one row and keep it, or record why not.

        A row of plain numbers takes a short way (for a person already seen,
        only that their sex, pregnancy, lactation and weight cells are as on
        their first day); any other row is checked cell by cell, which words
        the problem.
        """
        self.count += 1
        if self.progress is not None and self.count % PROGRESS_EVERY == 0:
            self.progress(self.count)
        try:
            day = cells[self.day_at]
            if day and len(cells) == self.width:
                amounts = list(map(float, self.pick(cells)))
                if min(amounts) >= 0 and sum(amounts) < LARGEST:
                    index = self.known.get(cells[self.person_at])
                    if index is None:
                        index = self._person(cells)
                    elif self.signature(cells) != self.signatures[index] or not (
                        0.0 <= float(cells[self.age_at]) < math.inf
                    ):
                        index = None
                    if index is not None and (index, day) not in self.days:
                        self.days.add((index, day))
                        self.survey.values.extend(amounts)
                        self.survey.row_person.append(index)
                        return
        except (ValueError, TypeError, IndexError, _Bad):
            pass
        self._checked(where, cells)

    def _checked(self, where: str, cells: Sequence[Any]) -> None:
        if len(cells) != len(self.header):
            self.bad(
                where, f"{len(cells)} cells where the header has {len(self.header)}"
            )
            return
        try:
            amounts = self._amounts(cells)
            person = self._person(cells)
            day = cells[self.day_at]
            _text(day, "day")
        except _Bad as problem:
            self.bad(where, str(problem))
            return
        if (person, day) in self.days:
            self.bad(where, f"person {self.survey.ids[person]!r} has day {day!r} twice")
            return
        self.days.add((person, day))
        self.survey.values.extend(amounts)
        self.survey.row_person.append(person)

    def _amounts(self, cells: Sequence[Any]) -> list[float]:
        picked = self.pick(cells)
        try:
            amounts = list(map(float, picked))
            if min(amounts) >= 0 and sum(amounts) < LARGEST:
                return amounts  # (a NaN or infinity fails the test)
        except (ValueError, TypeError):
            pass
        return [
            _amount(c, col.name)
            for c, col in zip(picked, self.survey.columns, strict=True)
        ]

    def _person(self, cells: Sequence[Any]) -> int:
        at = self.at
        person_id = _text(cells[at["person_id"]], "person_id")  # type: ignore[index]
        _text(cells[at["day"]], "day")  # type: ignore[index]
        age = _number(cells[at["age"]], "age")  # type: ignore[index]
        sex = SEXES.get(_text(cells[at["sex"]], "sex"))  # type: ignore[index]
        if sex is None:
            raise _Bad("sex: must be female or male")
        pregnant = _flag(cells, at["pregnant"], "pregnant")
        lactating = _flag(cells, at["lactating"], "lactating")
        weight = 1.0
        if at["weight"] is not None:
            weight = _number(cells[at["weight"]], "weight")
            if weight <= 0:
                raise _Bad("weight: must be above 0")
        index = self.known.get(cells[at["person_id"]])  # type: ignore[index]
        survey = self.survey
        if index is not None:
            first = (survey.sex[index], survey.weight[index])
            if (sex, weight) != first or (pregnant, lactating) != (
                bool(survey.pregnant[index]),
                bool(survey.lactating[index]),
            ):
                raise _Bad(
                    f"person {person_id!r}: sex, pregnant, lactating and weight "
                    "must be the same on every day"
                )
            return index
        try:
            stage = life_stage(self.authority, age, sex, pregnant, lactating)
        except PersonError as error:
            raise _Bad(str(error)) from None
        if self.survey.by == "life-stage":
            group = stage[0]
        elif self.survey.by == "sex":
            group = sex
        else:
            group = _text(cells[self.by_at], self.survey.by)  # type: ignore[index]
        index = len(survey.ids)
        self.known[cells[at["person_id"]]] = index  # type: ignore[index]
        self.signatures.append(self.signature(cells))
        survey.ids.append(person_id)
        survey.age.append(age)
        survey.sex.append(sex)
        survey.pregnant.append(pregnant)
        survey.lactating.append(lactating)
        survey.weight.append(weight)
        survey.group.append(group)
        return index


class _Bad(Exception):
    """Why a row cannot be used."""


def _one(index: int) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    return lambda cells: (cells[index],)


def _text(cell: Any, column: str) -> str:
    text = cell.strip() if isinstance(cell, str) else "" if cell is None else cell
    if isinstance(text, bool) or not isinstance(text, str | int):
        raise _Bad(f"{column}: must be text, got {cell!r}")
    if text == "":
        raise _Bad(f"missing {column}")
    return str(text)


def _number(cell: Any, column: str) -> float:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        raise _Bad(f"missing {column}")
    if isinstance(cell, bool):
        raise _Bad(f"{column}: must be a number, got {cell!r}")
    try:
        value = float(cell)
    except (ValueError, TypeError):
        raise _Bad(f"{column}: must be a number, got {cell!r}") from None
    if not math.isfinite(value):
        raise _Bad(f"{column}: must be a finite number, got {cell!r}")
    return value


def _flag(cells: Sequence[Any], at: int | None, column: str) -> bool:
    if at is None or cells[at] is None:
        return False
    cell = cells[at]
    value = (
        cell
        if isinstance(cell, bool)
        else flag(cell)
        if isinstance(cell, str)
        else None
    )
    if value is None:
        raise _Bad(f"{column}: must be true or false, got {cell!r}")
    return value


def _amount(cell: Any, column: str) -> float:
    """One amount, NaN for an empty cell; _Bad for anything but a number >= 0."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return NAN
    value = _number(cell, column)
    if value < 0:
        raise _Bad(f"{column}: amount must not be negative, got {cell!r}")
    if value >= LARGEST:
        raise _Bad(f"{column}: amount must be below {LARGEST:.0e}, got {cell!r}")
    return value
