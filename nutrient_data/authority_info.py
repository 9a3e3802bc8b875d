"""The authorities whose reference values the data holds, as plain data.

Each authority is a folder of data files (``data/reference-values/<id>/``);
this lists them from the shipped bundle without building validators, for the
API (:func:`authorities`) and the ``authorities`` command.
"""

from __future__ import annotations

from nutrient_data import bundle
from nutrient_data.lifestages import LifeStage, groups
from nutrient_data.named_tuple import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class KindInfo(NamedTuple):
    """A kind of value an authority sets: its own ``code``, the shared
    ``role`` it plays, and what it means."""

    code: str
    role: str
    label: str
    meaning: str


class AuthorityInfo(NamedTuple):
    """One authority: who issued its values, when, its groups and its kinds,
    the nutrients it sets values for, and those of its values the data does
    not hold because they could not be confirmed (nutrient, reason)."""

    id: str
    name: str
    short_name: str
    issuing_body: str
    year: int
    purpose: str
    summary: str
    groups: tuple[LifeStage, ...]
    kinds: tuple[KindInfo, ...]
    reference_ids: tuple[str, ...]
    notes: tuple[str, ...]
    nutrients: tuple[str, ...]
    not_confirmed: tuple[tuple[str, str], ...]

    def as_json(self) -> dict[str, Any]:
        """The authority as a JSON object (the CLI's ``--json`` form)."""
        return {
            **self._asdict(),
            "groups": [
                {k: v for k, v in g._asdict().items() if k != "authority"}
                for g in self.groups
            ],
            "kinds": [k._asdict() for k in self.kinds],
            "reference_ids": list(self.reference_ids),
            "notes": list(self.notes),
            "nutrients": list(self.nutrients),
            "not_confirmed": [
                {"nutrient": n, "reason": r} for n, r in self.not_confirmed
            ],
        }


def authority(authority_id: str) -> AuthorityInfo:
    """One authority by id (``PersonError``, a ``ValueError``, naming the known
    ids if there is none)."""
    record = bundle.authority(authority_id)
    return AuthorityInfo(
        id=record["id"],
        name=record["name"],
        short_name=record["short_name"],
        issuing_body=record["issuing_body"],
        year=record["year"],
        purpose=record["purpose"],
        summary=record["summary"],
        groups=groups(authority_id),
        kinds=tuple(
            KindInfo(k["code"], k["role"], k.get("label") or k["code"], k["meaning"])
            for k in record["kinds"]
        ),
        reference_ids=tuple(record["reference_ids"]),
        notes=tuple(record.get("notes", ())),
        nutrients=tuple(
            n["id"]
            for n in bundle.nutrients("id")
            if any(
                t["status"] == "values-set"
                for t in bundle.tables(authority_id, n["id"])
            )
        ),
        not_confirmed=tuple(
            (g["nutrient"], g["reason"]) for g in record.get("not_confirmed", ())
        ),
    )


def authorities() -> tuple[AuthorityInfo, ...]:
    """Every authority in the data, in its order (``us`` first).

    >>> [a.id for a in authorities()][:2]
    ['us', 'efsa']
    """
    return tuple(authority(a) for a in bundle.authority_ids())
