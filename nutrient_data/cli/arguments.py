"""What each command accepts, recorded once, and the quick reading of a command line.

A command declares its arguments as it would to argparse (``add_argument``,
``add_mutually_exclusive_group``) on a :class:`CommandSpec`, which records
them. A command line of the plain form the documented commands use (the
positionals, then exact long options, each with its value) is read here
directly into what argparse would give; a test compares the two on generated
command lines. Anything else (help, an abbreviation, a value that looks like
an option, a repeat, every mistake) is left to argparse, built from the same
records by :mod:`nutrient_data.cli.parser`, which words the errors and the
help. Importing and building argparse costs a quick command about a quarter of
its time.
"""

from __future__ import annotations

from types import SimpleNamespace

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any, Protocol

    Handler = Callable[[SimpleNamespace], int]

    class Arguments(Protocol):
        """What a command's ``register`` may declare of its arguments."""

        def add_argument(self, *names: str, **options: Any) -> Any: ...

        def add_mutually_exclusive_group(self, *, required: bool = False) -> Any: ...

    class Commands(Protocol):
        """Adds one command (see :func:`nutrient_data.cli.commands`)."""

        def __call__(
            self, name: str, help_text: str, handler: Handler, *, json_flag: bool = True
        ) -> Arguments: ...


_INVALID = object()
"""A value argparse would refuse (it says why; the quick reading steps aside)."""


class Argument:
    """One ``add_argument`` call: its names and options, and its exclusive group."""

    __slots__ = ("group", "names", "options")

    def __init__(self, names: tuple[str, ...], options: dict[str, Any], group: int):
        self.names = names
        self.options = options
        self.group = group

    @property
    def positional(self) -> bool:
        return not self.names[0].startswith("-")

    @property
    def dest(self) -> str:
        """The attribute argparse stores the value in."""
        if "dest" in self.options:
            return str(self.options["dest"])
        if self.positional:
            return self.names[0]
        long = next((n for n in self.names if n.startswith("--")), self.names[0])
        return long.lstrip("-").replace("-", "_")

    def value(self, text: str) -> Any:
        """``text`` as argparse would store it (``type``, then ``choices``)."""
        kind = self.options.get("type")
        try:
            value = kind(text) if kind is not None else text
        except (TypeError, ValueError):
            return _INVALID
        choices = self.options.get("choices")
        return _INVALID if choices is not None and value not in choices else value

    def default(self) -> Any:
        """The value argparse stores when the argument is not given."""
        action = self.options.get("action", "store")
        default = self.options.get("default", False if action == "store_true" else None)
        if isinstance(default, list):
            return list(default)
        if isinstance(default, str):
            return self.value(default)
        return default


class _Group:
    """A mutually exclusive group of a command's options."""

    def __init__(self, spec: CommandSpec, number: int, required: bool) -> None:
        self.spec = spec
        self.number = number
        self.required = required

    def add_argument(self, *names: str, **options: Any) -> None:
        self.spec.arguments.append(Argument(names, options, self.number))


class CommandSpec:
    """One command: its name, help, handler and arguments, in declaration order."""

    def __init__(
        self, name: str, help_text: str, handler: Handler, *, json_flag: bool = True
    ) -> None:
        self.name = name
        self.help_text = help_text
        self.handler = handler
        self.arguments: list[Argument] = []
        self.groups: list[_Group] = []
        if json_flag:
            self.add_argument("--json", action="store_true", help="print JSON")

    def add_argument(self, *names: str, **options: Any) -> None:
        self.arguments.append(Argument(names, options, -1))

    def add_mutually_exclusive_group(self, *, required: bool = False) -> _Group:
        group = _Group(self, len(self.groups), required)
        self.groups.append(group)
        return group


def _plain(value: Sequence[str]) -> bool:
    """Whether the one-word ``value`` is there, not empty, and not like an option."""
    return bool(value) and bool(value[0]) and not value[0].startswith("-")


def _positionals(spec: CommandSpec, given: Sequence[str]) -> dict[str, Any] | None:
    """The positionals' values, where ``given`` fills them as argparse would."""
    wanted = [a for a in spec.arguments if a.positional]
    nargs = [a.options.get("nargs") for a in wanted]
    required = nargs.count(None)
    if any(n not in (None, "?") for n in nargs) or None in nargs[required:]:
        return None  # only single values, optional ones last
    if not required <= len(given) <= len(wanted):
        return None
    values = {a.dest: a.value(text) for a, text in zip(wanted, given, strict=False)}
    values |= {a.dest: a.default() for a in wanted[len(given) :]}
    return None if _INVALID in values.values() else values


def _options(spec: CommandSpec, tokens: Sequence[str]) -> dict[str, Any] | None:
    """The options' values, where each token is an exact long option of the
    command with its value (``--age 45`` or ``--age=45``) or a flag."""
    by_name = {n: a for a in spec.arguments if not a.positional for n in a.names}
    values: dict[str, Any] = {}
    given: list[Argument] = []
    at = 0
    while at < len(tokens):
        name, equals, attached = tokens[at].partition("=")
        argument = by_name.get(name) if name.startswith("--") else None
        if argument is None or "nargs" in argument.options:
            return None
        action = argument.options.get("action", "store")
        if action == "store_true" and not equals:
            value, at = True, at + 1
        elif action not in ("store", "append"):
            return None
        elif equals and _plain([attached]):
            value, at = argument.value(attached), at + 1
        elif not equals and _plain(tokens[at + 1 : at + 2]):
            value, at = argument.value(tokens[at + 1]), at + 2
        else:
            return None  # no value, an empty one, or one that looks like an option
        if value is _INVALID or (argument in given and action != "append"):
            return None
        given.append(argument)
        if action == "append":
            values.setdefault(argument.dest, argument.default() or []).append(value)
        else:
            values[argument.dest] = value
    for argument in spec.arguments:
        if not argument.positional and argument not in given:
            if argument.options.get("required"):
                return None
            values[argument.dest] = argument.default()
    for group in spec.groups:
        members = {a for a in given if a.group == group.number}
        if len(members) > 1 or (group.required and not members):
            return None
    return None if _INVALID in values.values() else values


def quick_parse(spec: CommandSpec, tokens: Sequence[str]) -> SimpleNamespace | None:
    """What argparse gives for ``tokens`` (the words after the command's name),
    or ``None`` where they are not of the plain form read here."""
    first_option = next(
        (i for i, t in enumerate(tokens) if t.startswith("-")), len(tokens)
    )
    positionals = _positionals(spec, tokens[:first_option])
    options = _options(spec, tokens[first_option:])
    if positionals is None or options is None:
        return None
    return SimpleNamespace(
        command=spec.name, **positionals, **options, func=spec.handler
    )
