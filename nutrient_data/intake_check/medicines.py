"""Which of the dataset's medicine interactions a medicine name points to.

Interaction records name their agent in words, often a class with examples
("Proton-pump inhibitors (e.g. omeprazole, ...)"). A name matches a record when
all its words occur in the agent (``proton pump inhibitor``, ``diuretic``), or
when it contains one of the agent's single-word names (``metformin 500 mg``).
A record that names examples of a class ("Oral glucocorticoids (e.g.
prednisone)") lets an example match the class in every record, so that
omeprazole, named as a proton-pump inhibitor in one record, matches another
record about proton-pump inhibitors. Words are compared with the package's
name normalisation, plurals folded. The index is plain data, so the site's
page can match names the same way.
"""

from __future__ import annotations

import re
from functools import cache

from nutrient_data import bundle
from nutrient_data.lookup import normalize
from nutrient_data.named_tuple import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

STOPWORDS = frozenset(
    {"and", "or", "other", "eg", "e", "g", "with", "combined", "the", "of", "a"}
)
"""Words that say nothing about which medicine is meant."""
_EXAMPLES = re.compile(r"([^();]+?)\s*\(e\.g\.\s*([^)]*)\)", re.IGNORECASE)
_ITEM_SEPARATORS = re.compile(
    r"[,;()]|\be\.g\.|\band\b|\bor\b|\bcombined with\b|\bother\b", re.IGNORECASE
)


def words(text: str) -> list[str]:
    """The normalised words of ``text``, plural ``s`` dropped, stopwords left out."""
    found = []
    for raw in re.split(r"[\W_]+", text):
        word = normalize(raw)
        if (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
        ):
            word = word[:-1]
        if word and word not in STOPWORDS:
            found.append(word)
    return found


class Entry(NamedTuple):
    """One medicine interaction record, with the words it can be matched by."""

    nutrient: str
    agent: str
    effect: str
    reference_ids: tuple[str, ...]
    words: frozenset[str]
    names: frozenset[str]

    def matches(self, asked: list[str]) -> bool:
        """Whether the words of a medicine name point to this record."""
        if not asked:
            return False
        return set(asked) <= self.words or any(w in self.names for w in asked)

    def as_json(self) -> dict[str, Any]:
        """The index entry as the site's page reads it."""
        return {
            "nutrient": self.nutrient,
            "agent": self.agent,
            "effect": self.effect,
            "reference_ids": list(self.reference_ids),
            "words": sorted(self.words),
            "names": sorted(self.names),
        }


def entry(nutrient: str, record: Mapping[str, Any]) -> Entry:
    """Index one interaction record of ``nutrient``."""
    agent = str(record["agent"])
    items = (words(item) for item in _ITEM_SEPARATORS.split(agent))
    return Entry(
        nutrient=nutrient,
        agent=agent,
        effect=str(record["effect"]),
        reference_ids=tuple(record["reference_ids"]),
        words=frozenset(words(agent)),
        names=frozenset(item[0] for item in items if len(item) == 1),
    )


class Match(NamedTuple):
    """An interaction record a medicine name points to; ``via`` names the class
    an example medicine was matched as, where it was."""

    medicine: str
    entry: Entry
    via: str | None


class MedicineIndex(NamedTuple):
    """The medicine interactions and the classes whose examples the records name."""

    entries: tuple[Entry, ...]
    classes: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]]
    """Example medicine word -> (class as written, class words) pairs."""

    def match(self, medicine: str) -> list[Match]:
        """Every record ``medicine`` points to, directly or as an example."""
        asked = words(medicine)
        queries: list[tuple[list[str], str | None]] = [(asked, None)]
        for word in asked:
            queries += [(list(w), label) for label, w in self.classes.get(word, ())]
        found: dict[Entry, Match] = {}
        for query, via in queries:
            for e in self.entries:
                if e not in found and e.matches(query):
                    found[e] = Match(medicine, e, via)
        return [found[e] for e in self.entries if e in found]

    def as_json(self) -> dict[str, Any]:
        """The index as the site's page reads it."""
        return {
            "entries": [e.as_json() for e in self.entries],
            "classes": {
                word: [[label, list(w)] for label, w in pairs]
                for word, pairs in self.classes.items()
            },
        }


def index(nutrients: Iterable[Mapping[str, Any]]) -> MedicineIndex:
    """Every medicine interaction of ``nutrients`` (bundle JSON), in data order."""
    entries = tuple(
        entry(n["id"], i)
        for n in nutrients
        for i in n["interactions"]
        if i["agent_type"] == "medicine"
    )
    classes: dict[str, dict[str, tuple[str, ...]]] = {}
    for e in entries:
        for label, examples in _EXAMPLES.findall(e.agent):
            for example in examples.split(","):
                for word in words(example):
                    classes.setdefault(word, {})[label.strip()] = tuple(words(label))
    return MedicineIndex(
        entries, {w: tuple(sorted(c.items())) for w, c in sorted(classes.items())}
    )


@cache
def shipped_index() -> MedicineIndex:
    """The index of the shipped bundle, built once."""
    return index(bundle.nutrients("id", "interactions"))
