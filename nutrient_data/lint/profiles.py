"""Rule: profiles point at claims and nutrients that exist, a claim in one profile."""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem


def check(dataset: Dataset) -> Iterator[Problem]:
    claim_owner = {c.id: n.id for n in dataset.nutrients for c in n.claims}
    nutrient_ids = {n.id for n in dataset.nutrients}
    placed: dict[str, str] = {}
    for i, profile in enumerate(dataset.profiles):
        path = f"$.profiles[{i}]"
        if profile.order != i + 1:
            yield Problem(
                f"{path}.order",
                f"profile {profile.id!r} has order {profile.order}, "
                f"expected {i + 1} (profiles follow the essay's order)",
            )
        for j, nutrient_id in enumerate(profile.nutrient_ids):
            if nutrient_id not in nutrient_ids:
                yield Problem(
                    f"{path}.nutrient_ids[{j}]", f"unknown nutrient {nutrient_id!r}"
                )
        for j, claim_id in enumerate(profile.claim_ids):
            where = f"{path}.claim_ids[{j}]"
            owner = claim_owner.get(claim_id)
            if owner is None:
                yield Problem(where, f"unknown claim {claim_id!r}")
            elif owner not in profile.nutrient_ids:
                yield Problem(
                    where,
                    f"claim {claim_id!r} is about {owner!r}, not in this profile",
                )
            if claim_id in placed:
                yield Problem(
                    where,
                    f"claim {claim_id!r} is already in profile {placed[claim_id]!r}",
                )
            placed.setdefault(claim_id, profile.id)
