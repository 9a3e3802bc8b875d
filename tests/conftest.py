"""Shared fixtures and the hypothesis profiles.

``ci`` (the default) is derandomized with a fixed example budget, so CI runs are
repeatable and bounded; ``HYPOTHESIS_PROFILE=long`` runs many more examples
locally.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from tests.factories import make_document

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long",
    max_examples=5000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def document() -> dict[str, Any]:
    return make_document()
