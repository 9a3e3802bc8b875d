"""The shape of every record: one pydantic model per kind of fact.

These models are the single source of truth for the data's shape. The JSON
Schema under ``schema/`` is generated from them (see ``schema.py``), and every
model is frozen, so a loaded dataset cannot be changed by the code that uses it.
Submodules hold one concern each; this package re-exports their public names.
"""

from nutrient_data.models.authority import (
    Authority,
    Group,
    Kind,
    Labelling,
    ReferenceTable,
    ReferenceValue,
    UpperLimit,
    UpperLimits,
)
from nutrient_data.models.base import Amount, Record, ReferenceIds, Slug, Text, Unit
from nutrient_data.models.claims import Claim, EssayPart, Intervention, Synthesis
from nutrient_data.models.dataset import (
    Carrier,
    Dataset,
    IdentifierMatch,
    Metadata,
    NutrientClaim,
)
from nutrient_data.models.history import ValueChange
from nutrient_data.models.identifiers import (
    CasNumber,
    ChebiId,
    FdcNutrientId,
    FdcNutrientNumber,
    FdcNutrientRow,
    FdcNutrientTable,
    Identifier,
    InfoodsTagname,
    NoRecord,
    PubchemCid,
    Unconfirmed,
    UniiCode,
    WikidataId,
)
from nutrient_data.models.nutrient import (
    Biomarker,
    Component,
    Deficiency,
    Excess,
    FoodSource,
    Form,
    Interaction,
    Nutrient,
    NutrientClass,
)
from nutrient_data.models.profile import Audit, Profile
from nutrient_data.models.reference import Reference, ReferenceType
from nutrient_data.vocab import (
    Certainty,
    EvidenceBase,
    Mechanism,
    NutrientId,
    ProfileId,
    RatingDown,
    Verdict,
)

__all__ = [
    "Amount",
    "Audit",
    "Authority",
    "Biomarker",
    "Carrier",
    "CasNumber",
    "Certainty",
    "ChebiId",
    "Claim",
    "Component",
    "Dataset",
    "Deficiency",
    "EssayPart",
    "EvidenceBase",
    "Excess",
    "FdcNutrientId",
    "FdcNutrientNumber",
    "FdcNutrientRow",
    "FdcNutrientTable",
    "FoodSource",
    "Form",
    "Group",
    "Identifier",
    "IdentifierMatch",
    "InfoodsTagname",
    "Interaction",
    "Intervention",
    "Kind",
    "Labelling",
    "Mechanism",
    "Metadata",
    "NoRecord",
    "Nutrient",
    "NutrientClaim",
    "NutrientClass",
    "NutrientId",
    "Profile",
    "ProfileId",
    "PubchemCid",
    "RatingDown",
    "Record",
    "Reference",
    "ReferenceIds",
    "ReferenceTable",
    "ReferenceType",
    "ReferenceValue",
    "Slug",
    "Synthesis",
    "Text",
    "Unconfirmed",
    "UniiCode",
    "Unit",
    "UpperLimit",
    "UpperLimits",
    "ValueChange",
    "Verdict",
    "WikidataId",
]
