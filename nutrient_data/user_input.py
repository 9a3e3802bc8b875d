"""What a user gives: files read within limits, and numbers read once, alike.

Every path that reads a user's data (``validate``, ``check --file``, the API's
functions) reads it here, so that each refuses the same things with the same
words:

* a file is at most :data:`MAX_BYTES`, UTF-8, with a leading byte-order mark
  ignored (RFC 8259 lets a reader ignore one; spreadsheets write it);
* JSON is strict: no NaN or Infinity, integers of at most :data:`MAX_DIGITS`
  digits, nesting at most :data:`MAX_DEPTH` deep; a key that appears twice in
  one object, or a control character (U+0000 to U+001F other than tab, line
  feed and carriage return, and U+007F) in a key or string, is a problem named
  by its JSON path;
* a number (an amount, an age, a phytate intake) is finite, not negative and
  below a stated maximum, whether it comes as text, ``int``, ``float``,
  ``Decimal``, ``Fraction`` or a NumPy scalar; ``True`` and text in a number's
  place are refused. It is kept exact, as a ``Fraction``.

Light to import: JSON and regular expressions are loaded only when a file is read.
"""

from __future__ import annotations

from fractions import Fraction

from nutrient_data.named_tuple import NamedTuple
from nutrient_data.problem import Problem, json_path, one_line, shorten

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, BinaryIO

MAX_BYTES = 20 * 1024 * 1024
MAX_DIGITS = 4300
"""Python's own limit on converting digits; longer integers cost quadratic time."""
MAX_DEPTH = 64
"""Deeper than any shipped file (whose deepest is under 10 levels)."""
BOM = "\ufeff"
CONTROL = "".join(chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))


class InputError(ValueError):
    """The input cannot be read at all (missing, too large, not UTF-8, not JSON)."""


def _reject_constant(name: str) -> Any:
    raise InputError(f"not valid JSON: {name} is not a JSON number")


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise InputError(
            f"not usable JSON: an integer with {digits:,} digits "
            f"(at most {MAX_DIGITS} are read)"
        )
    return int(text)


class Parsed(NamedTuple):
    """A parsed JSON document and what is wrong with it however it is read:
    keys repeated in one object and control characters, by JSON path."""

    document: Any
    problems: list[Problem]


def decode(raw: bytes) -> str:
    """``raw`` as UTF-8 text, a leading BOM dropped, or InputError."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})") from None
    return text.removeprefix(BOM)


def control_character(text: str) -> str | None:
    """The first control character in ``text`` as ``U+0000``, else ``None``."""
    if not text.isprintable():  # fast for the usual text
        for ch in text:
            if ch in CONTROL:
                return f"U+{ord(ch):04X}"
    return None


def parse_json(raw: bytes) -> Parsed:
    """Parse ``raw`` as strict UTF-8 JSON or raise :class:`InputError`."""
    import json

    text = decode(raw)
    repeats: dict[int, list[str]] = {}

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) < len(items):
            seen: set[str] = set()
            twice = repeats.setdefault(id(obj), [])
            for key, _ in items:
                if key in seen:
                    twice.append(key)
                seen.add(key)
        return obj

    try:
        document = json.loads(
            text,
            object_pairs_hook=pairs,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as error:
        what = error.msg.removesuffix(" at")  # "Invalid control character at"
        raise InputError(
            f"not valid JSON: {what} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise InputError(_too_deep()) from None
    return Parsed(document, _problems(document, repeats))


def _too_deep() -> str:
    return f"not usable JSON: nested too deeply (at most {MAX_DEPTH} levels)"


def _problems(document: Any, repeats: dict[int, list[str]]) -> list[Problem]:
    """Repeated keys (JSON keeps only the last value) and control characters,
    each named by its path; InputError past :data:`MAX_DEPTH`."""
    found: list[Problem] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), document)]
    while stack:
        parts, node = stack.pop()
        if len(parts) >= MAX_DEPTH and isinstance(node, dict | list):
            raise InputError(_too_deep())
        if isinstance(node, dict):
            for key in dict.fromkeys(repeats.pop(id(node), [])):
                found.append(
                    Problem(
                        json_path((*parts, key)),
                        "key appears more than once; only the last value would count",
                    )
                )
            for key, value in node.items():
                bad = control_character(key)
                if bad:
                    found.append(Problem(json_path((*parts, key)), f"key holds {bad}"))
                stack.append(((*parts, key), value))
        elif isinstance(node, list):
            stack.extend(((*parts, i), v) for i, v in enumerate(node))
        elif isinstance(node, str):
            bad = control_character(node)
            if bad:
                found.append(
                    Problem(json_path(parts), f"text holds the control character {bad}")
                )
    return sorted(found)


def read_stream(handle: BinaryIO, max_bytes: int = MAX_BYTES) -> bytes:
    """At most ``max_bytes`` of a binary stream, or InputError."""
    try:
        raw = handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    if len(raw) > max_bytes:
        raise InputError(
            f"file is larger than the {max_bytes // (1024 * 1024)} MiB limit"
        )
    return raw


def read_bytes(name: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the file ``name`` (``-`` is standard input), or InputError."""
    import sys
    from pathlib import Path

    if str(name) == "-":
        if sys.stdin is None:
            raise InputError("standard input is closed")
        return read_stream(sys.stdin.buffer, max_bytes)
    if not str(name).strip():
        raise InputError("the file name is empty")
    try:
        with Path(name).open("rb") as handle:
            return read_stream(handle, max_bytes)
    except OSError as error:
        raise InputError(f"cannot read file: {error.strerror or error}") from None


def text_of(raw: bytes) -> str:
    """``raw`` as text (UTF-8, BOM dropped), or InputError; a control character
    in it (other than tab and line ends) is refused, naming its line."""
    text = decode(raw)
    bad = control_character(
        text.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    )
    if bad:
        line = text[: text.find(chr(int(bad[2:], 16)))].count("\n") + 1
        raise InputError(f"line {line} holds the control character {bad}")
    return text


def read_parsed(name: str | Path, max_bytes: int = MAX_BYTES) -> Parsed:
    """Read and parse the JSON file ``name`` (``-`` is standard input)."""
    return parse_json(read_bytes(name, max_bytes))


def read_json(name: str | Path, max_bytes: int = MAX_BYTES) -> Any:
    """The document in the JSON file ``name``, or InputError."""
    return read_parsed(name, max_bytes).document


def shown_name(name: str | Path) -> str:
    """A file name for the start of a message: shortened, and quoted when empty."""
    text = str(name)
    return one_line(shorten(text, 300)) if text.strip() else repr(text)


# Amounts and numbers

if TYPE_CHECKING:
    from typing import Literal

    Unit = Literal["mg", "ug", "g", "IU"]
UNIT_ALIASES: dict[str, Unit] = {
    "mg": "mg",
    "ug": "ug",
    "µg": "ug",  # micro sign
    "μg": "ug",  # Greek mu
    "mcg": "ug",
    "g": "g",
    "iu": "IU",
}
"""Accepted spellings (case-insensitive) of each unit of an amount."""
LARGEST = 10**12
"""No amount reaches this in any unit; it keeps the arithmetic finite."""


def unit_named(text: str, error: type[ValueError] = ValueError) -> Unit:
    """The unit spelled ``text``; ``error`` for any other."""
    unit = UNIT_ALIASES.get(text.strip().casefold())
    if unit is None:
        raise error(
            f"unknown unit {shorten(text.strip(), 40)!r}; "
            "use mg, ug (also µg, mcg), g or IU"
        )
    return unit


def exact_number(
    value: object,
    what: str,
    *,
    below: float,
    error: type[ValueError] = ValueError,
    unit: str = "",
) -> Fraction:
    """``value`` as an exact, finite number from 0 up to (not including) ``below``.

    Text is read as a decimal number (``400``, ``2.5``, ``1e3``); a Python,
    ``Decimal``, ``Fraction`` or NumPy number is taken as it is. Anything else,
    or a number out of bounds, raises ``error`` with a message naming ``what``.
    """
    exact = _exact(value, what, error)
    shown = f"{_shown(value)}{unit}"
    if exact < 0:
        raise error(f"{what} must not be negative, got {shown}")
    if exact >= below:
        raise error(f"{what} must be below {below:g}{unit}, got {shown}")
    return exact


def _shown(value: object) -> str:
    return shorten(value.strip(), 40) if isinstance(value, str) else shown(value)


def shown(value: object, limit: int = 40) -> str:
    """``repr(value)`` for a message, shortened; an integer too long to print
    (Python refuses past 4,300 digits) is described instead."""
    if isinstance(value, int) and value.bit_length() > 14_000:
        return f"an integer of about {int(value.bit_length() * 0.30103):,} digits"
    return shorten(repr(value), limit)


def _exact(value: object, what: str, error: type[ValueError]) -> Fraction:
    if isinstance(value, str):
        return _from_text(value, what, error)
    if isinstance(value, bool) or type(value).__name__ in ("bool", "bool_"):
        raise error(f"{what} must be a number, got {value!r}")
    if isinstance(value, Fraction | int):
        return Fraction(value)
    if hasattr(value, "__index__"):  # a NumPy integer
        return Fraction(value.__index__())
    ratio = getattr(value, "as_integer_ratio", None)
    if type(value).__name__ == "Decimal" and ratio is not None:
        try:
            numerator, denominator = ratio()
        except (ValueError, OverflowError):  # NaN, Infinity
            raise error(f"{what} must be a finite number, got {value}") from None
        return Fraction(numerator, denominator)
    if isinstance(value, float) or hasattr(value, "__float__"):
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError):
            raise error(f"{what} must be a number, got {_shown(value)}") from None
        if number - number != 0:  # inf or nan, without importing math
            raise error(f"{what} must be a finite number, got {number}")
        return Fraction(number)
    raise error(f"{what} must be a number, got {_shown(value)}")


def _from_text(value: str, what: str, error: type[ValueError]) -> Fraction:
    import re

    text = value.strip()
    unsigned = text[1:] if text[:1] in ("+", "-") else text
    if unsigned[:3].casefold() in ("inf", "nan"):
        raise error(f"{what} must be a finite number, got {shorten(text, 40)!r}")
    if re.fullmatch(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,6})?", text) is None:
        raise error(f"{what} must be a number, got {shorten(text, 40)!r}")
    mantissa, _, exponent = text.casefold().partition("e")
    if exponent and abs(int(exponent)) > 400:  # past any float: no huge powers
        digits = mantissa.strip("+-").replace(".", "").strip("0")
        if not digits or int(exponent) < 0:
            return Fraction(0)  # below anything shown or compared
        return Fraction(-1 if mantissa.startswith("-") else 1) * 10**400
    return Fraction(text)
