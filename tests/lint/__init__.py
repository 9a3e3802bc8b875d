"""Tests of the lint rules, one module per rule."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem


def findings(
    check: Callable[[Dataset], Iterable[Problem]], document: dict[str, Any]
) -> list[str]:
    """What ``check`` finds in ``document``, one line per problem."""
    return [str(p) for p in check(Dataset.model_validate(document))]
