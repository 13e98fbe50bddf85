"""A small learned claim model on top of the rules: which units the rules left out are claims after all.

`features` (general features of a unit in its article), `model` (the shipped logistic regression, applied
in pure Python), `training` (the dataset builder and the reproducible trainer; numpy, never imported when
extracting); `slugs` re-ranks each claim's policies, `slug_words` adds those its own words propose, each
with its trainer (`slug_training`, `slug_words_training`); `event_day` decides between a claim's event day and
the publication day (`event_day_training`), `speaker_choice` whether a claim is said by the person who spoke last
before it (`speaker_choice_training`) and `kind_choice` a claim's kind (`kind_training`)."""

from tracker.extract.learned.features import headline_slugs
from tracker.extract.learned.model import refine, refine_units
from tracker.extract.learned.slug_words import add_words_units
from tracker.extract.learned.slugs import rerank, rerank_units

__all__ = ["add_words_units", "headline_slugs", "refine", "refine_units", "rerank", "rerank_units"]
