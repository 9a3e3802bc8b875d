"""Generate ``vocab.pyi``: the types of :mod:`nutrient_data.vocab` for type checkers.

The vocabularies are data at run time; a type checker needs each as a
``Literal`` type, and each constant typed by it. Both come from the module
itself: ``VOCABULARIES`` and ``UNIONS`` give the types, and a constant is typed by the
vocabulary whose codes it holds (a tuple in their order, a dict keyed by them).
"""

from __future__ import annotations

from types import ModuleType

from nutrient_data import vocab

STUB_NAME = "vocab.pyi"
HEADER = '''"""Types of nutrient_data.vocab, generated from it by
``python -m nutrient_data.build``: do not edit."""

from typing import Literal
'''


def _literal(name: str, codes: tuple[str | int, ...]) -> str:
    lines = "".join(f"    {code!r},\n".replace("'", '"') for code in codes)
    return f"{name} = Literal[\n{lines}]\n"


def _constant_type(name: str, value: object, module: ModuleType) -> str:
    """The declared type of a constant, from the vocabulary it holds."""
    vocabularies: dict[str, tuple[str | int, ...]] = module.VOCABULARIES
    if value is vocabularies:
        return "dict[str, tuple[str | int, ...]]"
    if value is module.UNIONS:
        return "dict[str, tuple[str, ...]]"
    if isinstance(value, str):
        return "str"
    if isinstance(value, tuple):
        found = [kind for kind, codes in vocabularies.items() if codes == value]
        shape = "tuple[{}, ...]"
    elif isinstance(value, dict):
        keys = set(value)
        found = [kind for kind, codes in vocabularies.items() if set(codes) == keys]
        (item,) = {type(v).__name__ for v in value.values()}
        shape = f"dict[{{}}, {item}]"
    else:
        found = []
    if len(found) != 1:
        raise ValueError(f"vocab.{name}: not the codes of exactly one vocabulary")
    return shape.format(found[0])


def render(module: ModuleType = vocab) -> str:
    """The stub's text: every ``Literal`` type, then every public constant."""
    types = [_literal(kind, codes) for kind, codes in module.VOCABULARIES.items()]
    types += [f"{kind} = {' | '.join(ts)}\n" for kind, ts in module.UNIONS.items()]
    constants = [
        f"{name}: {_constant_type(name, value, module)}\n"
        for name, value in vars(module).items()
        if name.isupper() and not name.startswith("_")
    ]
    return "\n".join([HEADER, "".join(types), "".join(constants)])
