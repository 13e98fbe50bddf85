"""Extract: `CleanArticle` + `Reference` -> policy claims and person mentions. Pure: no database.

Stages (each its own module, each callable from tests without a database):
units (sentences and quoted sentences) -> officials (mentions resolved against terms) -> speakers ->
policies -> dates -> quantities -> kinds -> claims (assembly, `run`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.clean.article import CleanArticle
    from tracker.extract.types import Extraction
    from tracker.reference import Reference

EXTRACTOR_VERSION = "0.139.1"

__all__ = ["EXTRACTOR_VERSION", "run"]


def run(article: CleanArticle, reference: Reference) -> Extraction:
    """Claims and mentions of one article; imports the stages (and Kiwi) only when first called."""
    from tracker.extract.claims import run as run_claims

    return run_claims(article, reference)
