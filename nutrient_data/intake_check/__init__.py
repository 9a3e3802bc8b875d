"""Intake check: is what a person takes enough, and is it too much?

By concern: :mod:`.amounts` reads amounts and converts them exactly,
:mod:`.medicines` matches medicine names to interaction records,
:mod:`.result` holds the answer and its words, :mod:`.core` judges each
nutrient, :mod:`.files` reads intakes from JSON or CSV, and :mod:`.page`
publishes the site's in-browser version. Nothing here is medical advice.
"""

from nutrient_data.intake_check.amounts import Amount, AmountError, parse_amount
from nutrient_data.intake_check.core import Entry, assess, check
from nutrient_data.intake_check.result import Assessment, Interaction, NutrientCheck

__all__ = [
    "Amount",
    "AmountError",
    "Assessment",
    "Entry",
    "Interaction",
    "NutrientCheck",
    "assess",
    "check",
    "parse_amount",
]
