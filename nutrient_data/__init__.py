"""nutrient-data: micronutrients acting on insulin resistance, as cited data.

The public names below, and the submodules ``nutrient_data.paths`` and
``nutrient_data.export``, are imported on first use, so that a quick
command-line lookup does not pay for building the validators. Nothing here is
medical advice.

Examples:
    >>> import nutrient_data
    >>> data = nutrient_data.load()
    >>> data.nutrient("b12").name
    'Vitamin B12'
    >>> nutrient_data.intake("magnesium", age=45, sex="female").value
    320.0
    >>> nutrient_data.intake("magnesium", age=45, sex="female", authority="efsa").value
    300.0
    >>> checked = nutrient_data.assess(age=45, sex="male", supplements={"Mg": "400mg"})
    >>> checked.result("magnesium").over_ul
    True
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from nutrient_data import export, paths
    from nutrient_data.authority_info import AuthorityInfo, authorities
    from nutrient_data.dri import (
        Comparison,
        LifeStage,
        PersonIntake,
        Sex,
        compare,
        intake,
        intakes,
        life_stage_for,
    )
    from nutrient_data.intake_check import (
        AmountError,
        Assessment,
        NutrientCheck,
        assess,
    )
    from nutrient_data.labelling import LabelValue, percent_of_reference
    from nutrient_data.loader import load
    from nutrient_data.models import (
        Claim,
        Dataset,
        IdentifierMatch,
        Nutrient,
        NutrientClaim,
        Profile,
        Reference,
    )
    from nutrient_data.paths import bundle_path, schema_path
    from nutrient_data.population import (
        GroupResult,
        PopulationAssessment,
        SurveyError,
        assess_population,
    )
    from nutrient_data.problem import (
        DatasetError,
        PersonError,
        Problem,
        UnknownNameError,
    )

_HOMES = {
    "nutrient_data.authority_info": ("AuthorityInfo", "authorities"),
    "nutrient_data.labelling": ("LabelValue", "percent_of_reference"),
    "nutrient_data.dri": (
        "Comparison",
        "LifeStage",
        "PersonIntake",
        "Sex",
        "compare",
        "intake",
        "intakes",
        "life_stage_for",
    ),
    "nutrient_data.intake_check": (
        "AmountError",
        "Assessment",
        "NutrientCheck",
        "assess",
    ),
    "nutrient_data.loader": ("load",),
    "nutrient_data.models": (
        "Claim",
        "Dataset",
        "IdentifierMatch",
        "Nutrient",
        "NutrientClaim",
        "Profile",
        "Reference",
    ),
    "nutrient_data.paths": ("bundle_path", "schema_path"),
    "nutrient_data.population": (
        "GroupResult",
        "PopulationAssessment",
        "SurveyError",
        "assess_population",
    ),
    "nutrient_data.problem": (
        "DatasetError",
        "PersonError",
        "Problem",
        "UnknownNameError",
    ),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}
# Submodules the README uses after a plain ``import nutrient_data``.
_SUBMODULES = ("export", "paths")


def __getattr__(name: str) -> object:
    """Import a public name from its module on first use."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("nutrient-data")
        except PackageNotFoundError:  # pragma: no cover - a bare checkout
            return "0+unknown"
    if name not in _HOME_OF and name not in _SUBMODULES:
        # (also what the import system hears when it imports a submodule)
        raise AttributeError(f"module 'nutrient_data' has no attribute {name!r}")
    from importlib import import_module

    if name in _SUBMODULES:
        return import_module(f"nutrient_data.{name}")
    value = getattr(import_module(_HOME_OF[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "AmountError",
    "Assessment",
    "AuthorityInfo",
    "Claim",
    "Comparison",
    "Dataset",
    "DatasetError",
    "GroupResult",
    "IdentifierMatch",
    "LabelValue",
    "LifeStage",
    "Nutrient",
    "NutrientCheck",
    "NutrientClaim",
    "PersonError",
    "PersonIntake",
    "PopulationAssessment",
    "Problem",
    "Profile",
    "Reference",
    "Sex",
    "SurveyError",
    "UnknownNameError",
    "__version__",
    "assess",
    "assess_population",
    "authorities",
    "bundle_path",
    "compare",
    "export",
    "intake",
    "intakes",
    "life_stage_for",
    "load",
    "paths",
    "percent_of_reference",
    "schema_path",
]
