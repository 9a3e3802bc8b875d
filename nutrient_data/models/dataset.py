"""The whole dataset, its metadata, and the lookups consumers call."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import NamedTuple

from pydantic import Field

from nutrient_data.evidence import ClaimFilter
from nutrient_data.lookup import IdentifierIndex, NameIndex
from nutrient_data.models.authority import Authority, ReferenceTable
from nutrient_data.models.base import Record, Slug, Text
from nutrient_data.models.claims import Claim, Synthesis
from nutrient_data.models.identifiers import FdcNutrientTable, Identifier
from nutrient_data.models.nutrient import Component, Nutrient
from nutrient_data.models.profile import Profile
from nutrient_data.models.reference import Reference
from nutrient_data.vocab import (
    Certainty,
    IdentifierUnit,
    Mechanism,
    NutrientId,
    Verdict,
)


class Metadata(Record):
    """What the dataset is, which version, and under what terms."""

    name: Slug
    """Machine name of the dataset."""
    title: Text
    """Human title of the dataset."""
    description: Text
    """What the dataset holds."""
    version: str = Field(pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")
    """Dataset version (semantic versioning), separate from the code version."""
    released: datetime.date
    """Release date of this dataset version."""
    license_data: Text
    """SPDX id of the data licence."""
    license_code: Text
    """SPDX id of the code licence."""
    disclaimer: Text
    """The medical disclaimer that goes with the data."""
    creators: tuple[Text, ...] = Field(min_length=1)
    """Who made the dataset, as CITATION.cff and .zenodo.json name them."""
    citation: Text
    """How to cite this dataset version (also in CITATION.cff)."""


class NutrientClaim(NamedTuple):
    """A claim together with the id of the nutrient it is about."""

    nutrient_id: NutrientId
    claim: Claim


class Carrier(NamedTuple):
    """A record that carries identifiers: a nutrient as a whole (``component``
    is ``None``) or one of its components."""

    nutrient: Nutrient
    component: Component | None

    @classmethod
    def of(cls, nutrient: Nutrient) -> tuple[Carrier, ...]:
        """The nutrient as a whole, then each component in order."""
        return (cls(nutrient, None), *(cls(nutrient, c) for c in nutrient.components))

    @property
    def record(self) -> Nutrient | Component:
        """The nutrient or the component itself."""
        return self.nutrient if self.component is None else self.component

    @property
    def owner(self) -> str:
        """The record as "nutrient-id" or "nutrient-id/component-id"."""
        if self.component is None:
            return self.nutrient.id
        return f"{self.nutrient.id}/{self.component.id}"


class IdentifierMatch(NamedTuple):
    """An identifier with the record that carries it.

    ``component`` is ``None`` when the identifier is the nutrient's own.
    """

    nutrient: Nutrient
    component: Component | None
    identifier: Identifier

    @property
    def unit(self) -> IdentifierUnit | None:
        """The unit of the identifier's food-composition row, if it has one."""
        return self.identifier.unit

    @property
    def owner(self) -> str:
        """The record as "nutrient-id" or "nutrient-id/component-id"."""
        return Carrier(self.nutrient, self.component).owner


class Dataset(Record):
    """The whole dataset: the bundle that consumers read.

    Lookups build their indices on first use, once per dataset object.
    """

    metadata: Metadata
    """What the dataset is, its version and licences."""
    nutrients: tuple[Nutrient, ...]
    """The 13 nutrient records, in canonical order."""
    profiles: tuple[Profile, ...]
    """The essay's ten topics, in essay order."""
    references: tuple[Reference, ...]
    """The reference registry, sorted by id."""
    authorities: tuple[Authority, ...] = Field(min_length=1)
    """The authorities that set reference values, each with its groups, kinds
    and one table per nutrient it covers."""
    synthesis: Synthesis
    """Which micronutrient interventions have trial support, and which do not."""
    fdc_nutrients: FdcNutrientTable
    """The FoodData Central nutrient rows that identifiers point at, which pair
    each FDC id with its number and unit."""

    @cached_property
    def _nutrient_index(self) -> NameIndex[Nutrient]:
        return NameIndex(
            "nutrient", ((n.id, (n.name, *n.synonyms), n) for n in self.nutrients)
        )

    @cached_property
    def _profile_index(self) -> NameIndex[Profile]:
        return NameIndex("profile", ((p.id, (p.title,), p) for p in self.profiles))

    @cached_property
    def _reference_index(self) -> NameIndex[Reference]:
        return NameIndex("reference", ((r.id, (), r) for r in self.references))

    @cached_property
    def _identifier_index(self) -> IdentifierIndex[IdentifierMatch]:
        return IdentifierIndex(
            (m.identifier.scheme, m.identifier.value, m) for m in self.identifiers()
        )

    def carriers(self) -> tuple[Carrier, ...]:
        """Every record that carries identifiers, nutrient by nutrient, each
        nutrient as a whole before its components."""
        return tuple(c for n in self.nutrients for c in Carrier.of(n))

    def identifiers(self) -> tuple[IdentifierMatch, ...]:
        """Every identifier with its record, in the order of :meth:`carriers`."""
        return tuple(
            IdentifierMatch(c.nutrient, c.component, ident)
            for c in self.carriers()
            for ident in c.record.identifiers
        )

    def by_identifier(self, scheme: str, value: str) -> IdentifierMatch:
        """The nutrient or component with this identifier, e.g.
        ``by_identifier("fdc-nutrient-id", "1090")`` or ``("chebi", "28940")``.

        An unknown scheme raises ``ValueError`` naming the schemes; an unknown
        value raises :class:`~nutrient_data.lookup.UnknownNameError` (a
        ``KeyError``), suggesting the same value under another scheme.
        """
        return self._identifier_index.get(scheme, value)

    def authority(self, authority_id: str) -> Authority:
        """The authority with this id (``us``, ``efsa``, ...)."""
        return self._authority_index.get(authority_id)

    def tables(self, authority_id: str, nutrient_id: str) -> tuple[ReferenceTable, ...]:
        """One authority's tables for a nutrient (its main one first); empty
        where the authority has none for it."""
        return self.authority(authority_id).tables_for(nutrient_id)

    @cached_property
    def _authority_index(self) -> NameIndex[Authority]:
        return NameIndex("authority", ((a.id, (), a) for a in self.authorities))

    def nutrient(self, name: str) -> Nutrient:
        """The nutrient with this id or synonym ("Vitamin D", "b12", "cholecalciferol").

        Raises :class:`~nutrient_data.lookup.UnknownNameError` (a ``KeyError``)
        naming the closest ids when nothing matches.
        """
        return self._nutrient_index.get(name)

    def profile(self, name: str) -> Profile:
        """The essay-topic profile with this id or title."""
        return self._profile_index.get(name)

    def reference(self, reference_id: str) -> Reference:
        """The reference with this id."""
        return self._reference_index.get(reference_id)

    def claims(
        self,
        *,
        nutrient: str | None = None,
        verdict: Verdict | None = None,
        min_certainty: Certainty | None = None,
        mechanism: Mechanism | None = None,
    ) -> tuple[NutrientClaim, ...]:
        """Claims about the nutrients, optionally filtered.

        ``verdict`` keeps one verdict; ``min_certainty`` keeps verdicts at least
        that certain ("moderate" keeps moderate and high). An unknown verdict,
        certainty or mechanism raises ``ValueError`` listing the allowed values;
        an unknown nutrient raises :class:`~nutrient_data.lookup.UnknownNameError`.
        """
        keep = ClaimFilter(verdict, min_certainty, mechanism)
        about = self.nutrient(nutrient).id if nutrient is not None else None
        return tuple(
            NutrientClaim(n.id, c)
            for n in self.nutrients
            if about in (None, n.id)
            for c in n.claims
            if keep.accepts(c.verdict, c.certainty, c.mechanism)
        )
