"""Every public name resolves, including those a module makes on first use."""

from __future__ import annotations

import importlib

import pytest

PACKAGES = ["nutrient_data", "nutrient_data.dri", "nutrient_data.lookup"]


@pytest.mark.parametrize("module_name", PACKAGES)
def test_every_name_in_all_resolves(module_name: str) -> None:
    module = importlib.import_module(module_name)
    missing = [name for name in module.__all__ if getattr(module, name, None) is None]
    assert not missing


@pytest.mark.parametrize("module_name", PACKAGES)
def test_an_unknown_name_is_an_attribute_error(module_name: str) -> None:
    module = importlib.import_module(module_name)
    with pytest.raises(AttributeError, match="no_such_name"):
        module.no_such_name  # noqa: B018


def test_lazy_names_are_the_ones_their_modules_define() -> None:
    import nutrient_data
    from nutrient_data import dri, vocab
    from nutrient_data.dri import comparison

    assert dri.compare is comparison.compare is nutrient_data.compare
    assert dri.Sex is vocab.Sex is nutrient_data.Sex
