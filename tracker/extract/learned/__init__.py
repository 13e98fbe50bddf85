"""A small learned claim model on top of the rules: which units the rules left out are claims after all.

`features` (general features of a unit in its article), `model` (the shipped logistic regression, applied
in pure Python), `training` (the dataset builder and the reproducible trainer; numpy, never imported when
extracting)."""

from tracker.extract.learned.features import headline_slugs
from tracker.extract.learned.model import refine, refine_units
from tracker.extract.learned.slugs import rerank, rerank_units

__all__ = ["headline_slugs", "refine", "refine_units", "rerank", "rerank_units"]
