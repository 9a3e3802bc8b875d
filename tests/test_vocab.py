"""The vocabularies are data at run time; their types come from the same data."""

from __future__ import annotations

import types
import typing

import pytest

from nutrient_data import stubs, vocab
from nutrient_data.named_tuple import NamedTuple as QuickNamedTuple
from nutrient_data.paths import PACKAGE


def test_committed_stub_matches_the_vocabularies() -> None:
    committed = (PACKAGE / stubs.STUB_NAME).read_text(encoding="utf-8")
    assert committed == stubs.render(), "run: python -m nutrient_data.build"


@pytest.mark.parametrize("name", sorted(vocab.VOCABULARIES))
def test_each_type_is_the_literal_of_its_codes(name: str) -> None:
    made = getattr(vocab, name)
    assert typing.get_origin(made) is typing.Literal
    assert typing.get_args(made) == vocab.VOCABULARIES[name]


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchType"):
        vocab.NoSuchType  # type: ignore[attr-defined]  # noqa: B018


def _module(**names: object) -> types.ModuleType:
    module = types.ModuleType("fake_vocab")
    module.__dict__.update(VOCABULARIES={"Kind": ("a", "b")}, UNIONS={}, **names)
    return module


def test_a_constant_is_typed_by_the_vocabulary_it_holds() -> None:
    text = stubs.render(_module(KINDS=("a", "b"), MEANING={"b": "B", "a": "A"}))
    assert 'Kind = Literal[\n    "a",\n    "b",\n]\n' in text
    assert "KINDS: tuple[Kind, ...]\n" in text
    assert "MEANING: dict[Kind, str]\n" in text


@pytest.mark.parametrize("value", [("a",), ("b", "a", "c"), {"a": "A"}, 3.5])
def test_a_constant_of_no_vocabulary_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="STRAY"):
        stubs.render(_module(STRAY=value))


# The quick path's NamedTuple builds what typing.NamedTuple builds.


class Typed(typing.NamedTuple):
    """A point."""

    x: int
    y: int = 2
    label: str = "p"

    def total(self) -> int:
        return self.x + self.y

    def __str__(self) -> str:
        return f"{self.label}{self.total()}"


class Quick(QuickNamedTuple):
    """A point."""

    x: int
    y: int = 2
    label: str = "p"

    def total(self) -> int:
        return self.x + self.y

    def __str__(self) -> str:
        return f"{self.label}{self.total()}"


def test_quick_named_tuple_behaves_as_typing_does() -> None:
    typed, quick = Typed(1), Quick(1)
    assert tuple(quick) == tuple(typed) == (1, 2, "p")
    assert Quick._fields == Typed._fields
    assert Quick._field_defaults == Typed._field_defaults
    assert list(Quick.__annotations__) == list(Typed.__annotations__)
    assert Quick.__doc__ == Typed.__doc__
    assert (str(quick), quick.total()) == (str(typed), typed.total())
    assert repr(quick) == repr(typed).replace("Typed", "Quick")
    assert quick._replace(y=5) == (1, 5, "p")
    assert Quick.__module__ == __name__ and Quick.__qualname__ == "Quick"
    with pytest.raises(AttributeError):
        quick.x = 3  # type: ignore[misc]


def test_quick_named_tuple_refuses_what_typing_refuses() -> None:
    with pytest.raises(TypeError, match="without a default"):

        class Gap(QuickNamedTuple):
            x: int = 1
            y: int  # type: ignore[misc]

    with pytest.raises(TypeError, match="only inherit"):

        class Mixed(QuickNamedTuple, int):  # type: ignore[misc]
            x: int
