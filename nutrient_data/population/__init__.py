"""Assess a population's intake from survey data: usual intake, then prevalence.

By concern: :mod:`.columns` names a survey's columns (and writes their JSON
Schema), :mod:`.files` reads CSV, JSON Lines, Parquet or mappings and
:mod:`.records` checks each person-day row, :mod:`.references` is the one door
to the reference values (the public lookup), :mod:`.layout` orders persons and
rows, :mod:`.usual` removes the day-to-day variation (the NRC/IOM method),
:mod:`.prevalence` computes the shares, :mod:`.bootstrap` their intervals,
:mod:`.assess` puts them together and :mod:`.result` holds the answer;
:mod:`.fast` does the same on whole columns with the ``analysis`` extra, and
:mod:`.recipe` is the cut-point in SQL.
Estimates for groups, not for persons; nothing here is medical advice.
"""

from nutrient_data.population.assess import assess_population
from nutrient_data.population.columns import SurveyError
from nutrient_data.population.records import BadRow
from nutrient_data.population.result import GroupResult, PopulationAssessment

__all__ = [
    "BadRow",
    "GroupResult",
    "PopulationAssessment",
    "SurveyError",
    "assess_population",
]
