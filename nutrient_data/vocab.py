"""Shared vocabularies: the fixed ids every layer names.

Each vocabulary is plain data here (a tuple, or a dict from code to meaning),
with no pydantic and no ``typing``, so that the models, the lint rules and the
quick bundle-reading commands can all import it (``typing`` alone would cost a
quick command a third of its time). ``VOCABULARIES`` names the type of each.
Type checkers read those ``Literal`` types from ``vocab.pyi``, which
``python -m nutrient_data.build`` generates from this module (a test fails on
drift); at run time each is made on first use, for the models.
"""

NUTRIENT_ORDER = (
    "chromium",
    "magnesium",
    "zinc",
    "vitamin-d",
    "vitamin-e",
    "omega-3",
    "biotin",
    "vitamin-b6",
    "vitamin-b12",
    "vitamin-c",
    "selenium",
    "copper",
    "manganese",
)
PROFILE_IDS = (
    "chromium",
    "magnesium",
    "zinc",
    "vitamin-d",
    "vitamin-e",
    "omega-3",
    "b-vitamins",
    "antioxidants",
    "copper",
    "manganese",
)
UNIT_CODES = ("g", "mg", "ug")
"""UCUM codes of amounts (per day for intakes)."""
SCHEMES = {
    "fdc-nutrient-id": "USDA FoodData Central nutrient id (the `id` the FDC API "
    "returns, e.g. 1090 for magnesium)",
    "fdc-nutrient-number": "USDA nutrient number (FDC `nutrient_nbr`, the SR "
    "number, e.g. 304 for magnesium)",
    "infoods": "FAO/INFOODS component tagname",
    "chebi": "ChEBI entity id",
    "pubchem-cid": "PubChem compound id",
    "cas": "CAS Registry Number",
    "wikidata": "Wikidata item id",
    "unii": "FDA Unique Ingredient Identifier",
}
"""The database identifier schemes, in the order tables show them."""
SCHEME_ORDER = tuple(SCHEMES)
IDENTIFIER_UNITS = ("g", "mg", "ug", "[IU]")
"""UCUM unit of a food-composition row (FDC, INFOODS): mass or International Units."""
PERCENT_ENERGY = "percent-energy"
REFERENCE_UNITS = ("g", "mg", "ug", PERCENT_ENERGY)
"""A UCUM amount per day, or ``percent-energy``: percent of total energy intake."""
SEXES = ("female", "male")
KIND_ROLES = {
    "requirement": "An average requirement: enough for half the healthy people "
    "of a group (US EAR, EFSA AR, harmonized H-AR).",
    "lower-reference": "A lower reference intake: enough for only the few people "
    "with the lowest needs (UK LRNI).",
    "recommendation": "A recommended intake: enough for nearly all healthy people "
    "of a group (US RDA, EFSA PRI, RNI, RI, RDI).",
    "adequate-intake": "An adequate intake, set where no requirement could be: an "
    "intake assumed to be enough (US and EFSA AI, UK safe intake).",
    "upper-limit": "The highest daily intake unlikely to harm nearly anyone, or a "
    "level of its own kind such as a safe level (UL, safe level, guidance level).",
    "dietary-target": "An intake suggested to lower the risk of chronic disease "
    "(ANZ suggested dietary target).",
    "labelling-reference": "A reference amount a food label states a percentage "
    "of (FDA Daily Value, EU Nutrient Reference Value).",
    "not-set": "The authority set no value for the group.",
}
"""The shared roles every authority maps its own kinds of value onto."""
NOT_SET = "not-set"
"""The code any authority may give a row it set no value for, without
declaring it among its kinds (its role is ``not-set``)."""
VALUE_ROLES = (
    "recommendation",
    "adequate-intake",
    "dietary-target",
    "labelling-reference",
)
"""The roles a table row's ``value`` may play."""
UL_APPLIES_TO = {
    "total-intake": "intake from all sources (food, water and supplements)",
    "supplemental-only": "supplements and medicines only, not food",
}
"""What an upper level limits, in the words pages and commands print."""
PHYTATE_LEVELS = (300, 600, 900, 1200)
"""EFSA's zinc values depend on phytate intake (mg/day): these four levels."""
VITAMIN_E_FORMS = ("natural", "synthetic")
"""Vitamin E given in IU: natural (d-, RRR-) or synthetic (dl-, all-rac-)."""
BIOAVAILABILITY = ("high", "moderate", "low")
"""The bioavailability of a diet that WHO's zinc values depend on."""
MECHANISMS = (
    "insulin-synthesis-and-secretion",
    "insulin-receptor-signalling",
    "glucose-uptake",
    "glucose-metabolism",
    "oxidative-stress",
    "inflammation",
    "homocysteine",
    "enzyme-cofactor",
    "lipid-profile",
    "vascular-integrity",
    "clinical-outcome",
)
"""The pathway or outcome a claim is about."""

# The evidence model: a claim's verdict and the certainty of that verdict are
# separate judgements (GRADE). Each vocabulary maps its codes to definitions,
# which the schema, the CLI's error messages and the site all show.

VERDICTS = {
    "supported": "The body of evidence consistently shows that the statement holds.",
    "contradicted": "Adequate tests show that the statement does not hold, "
    "or that the opposite does.",
    "mixed": "Credible evidence points both ways, or the effect is confined to "
    "subgroups (such as people who are deficient).",
    "insufficient": "Too little, or too indirect, evidence to judge the statement.",
}
CERTAINTIES = {
    "high": "Very confident that the verdict is right; further research is very "
    "unlikely to change it.",
    "moderate": "Moderately confident; further research may change the verdict.",
    "low": "Limited confidence; further research is likely to change the verdict.",
    "very-low": "Very little confidence; the verdict is very uncertain.",
}
"""GRADE certainty, coded as HL7 FHIR EvidenceCertaintyRating (high to very-low)."""
CERTAINTY_RANK = {
    "very-low": 0,
    "low": 1,
    "moderate": 2,
    "high": 3,
}
RATING_DOWN = {
    "risk-of-bias": "Limitations in the design or conduct of the studies.",
    "inconsistency": "Results differ between studies more than chance explains.",
    "indirectness": "The studies' people, doses or outcomes differ from the "
    "statement's.",
    "imprecision": "Few participants or events, or wide confidence intervals.",
    "publication-bias": "Studies with null results are likely missing.",
}
EVIDENCE_BASES = {
    "meta-analysis-of-randomized-trials": "Pooled analyses of randomized "
    "controlled trials.",
    "randomized-trials": "One or more randomized controlled trials, not pooled.",
    "mendelian-randomization": "Genetic variants that raise or lower the exposure, "
    "used as instruments to test whether it causes the outcome, in single studies "
    "or pooled.",
    "observational-studies": "Cohort, case-control or cross-sectional studies.",
    "mechanistic-or-animal-studies": "Cell, tissue or animal experiments, or "
    "mechanistic reasoning.",
    "case-reports": "Reports of individual patients.",
    "authoritative-consensus": "Textbook physiology or the consensus of an "
    "authoritative body (such as the DRI reports).",
}


VOCABULARIES = {
    "NutrientId": NUTRIENT_ORDER,
    "ProfileId": PROFILE_IDS,
    "UnitCode": UNIT_CODES,
    "IdentifierScheme": SCHEME_ORDER,
    "IdentifierUnit": IDENTIFIER_UNITS,
    "ReferenceUnit": REFERENCE_UNITS,
    "Sex": SEXES,
    "KindRole": tuple(KIND_ROLES),
    "ValueRole": VALUE_ROLES,
    "UlAppliesTo": tuple(UL_APPLIES_TO),
    "PhytateLevel": PHYTATE_LEVELS,
    "VitaminEForm": VITAMIN_E_FORMS,
    "Bioavailability": BIOAVAILABILITY,
    "Mechanism": MECHANISMS,
    "Verdict": tuple(VERDICTS),
    "Certainty": tuple(CERTAINTIES),
    "RatingDown": tuple(RATING_DOWN),
    "EvidenceBase": tuple(EVIDENCE_BASES),
}
"""The name of each vocabulary's ``Literal`` type, and its codes in order."""
UNIONS: dict[str, tuple[str, ...]] = {}
"""Types made of vocabularies (none at present)."""


def __getattr__(name: str) -> object:
    """A vocabulary's ``Literal`` type, made on first use (the models need it)."""
    if name not in VOCABULARIES and name not in UNIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from typing import Literal

    if name in VOCABULARIES:
        made = Literal[VOCABULARIES[name]]
    else:
        first, *rest = (__getattr__(part) for part in UNIONS[name])
        for part in rest:
            first |= part
        made = first
    globals()[name] = made
    return made
