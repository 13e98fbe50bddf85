"""Fixtures of the extraction tests: the seed corpus as ingest sees it (read, then cleaned), its gold
files and the registry. Test modules list the article names themselves (parametrisation happens before
fixtures exist); everything else comes from the session-scoped `corpus` fixture."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from tracker.clean.article import CleanArticle
from tracker.extract.types import Extraction
from tracker.reference import Reference, load_reference

CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus"
EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


class Corpus:
    """The seed articles, cleaned once per session."""

    def __init__(self) -> None:
        self.reference: Reference = load_reference()

    @cache  # noqa: B019 - one Corpus per session
    def cleaned(self, name: str) -> CleanArticle:
        from tracker.clean import clean
        from tracker.read import iter_records

        record = next(iter_records([str(CORPUS / "articles" / name)]))
        return clean(record, self.reference)

    def text(self, name: str) -> str:
        return self.cleaned(name).text

    def everything(self, name: str) -> str:
        """Headline, captions and body: every place the gold's `officials` list counts mentions in."""
        article = self.cleaned(name)
        parts = [article.meta.headline or "", *getattr(article, "captions", ()), article.text]
        return "\n\n".join(p for p in parts if p)

    @cache  # noqa: B019
    def gold(self, name: str) -> dict:
        return json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))

    def day(self, name: str) -> date | None:
        published = self.gold(name)["metadata"]["published"]
        return date.fromisoformat(published[:10]) if published else None

    def jurisdiction(self, name: str) -> str | None:
        return self.gold(name)["metadata"]["jurisdiction"]


def collapse(text: str) -> str:
    """Texts are compared after removing whitespace, as the gold scorer does."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return Corpus()


@pytest.fixture(scope="session")
def ref(corpus: Corpus) -> Reference:
    return corpus.reference


class ExtraCorpus:
    """Articles of seeds/extra-corpora by their path inside it ('set-rg/articles/rg-05-kbs.txt'), as ingest sees
    them: read, cleaned, extracted."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference

    def cleaned(self, name: str) -> CleanArticle:
        from tracker.clean import clean
        from tracker.read import iter_records

        return clean(next(iter(iter_records([str(EXTRA / name)]))), self.reference)

    def extracted(self, name: str) -> Extraction:
        from tracker.extract import run

        return run(self.cleaned(name), self.reference)


@pytest.fixture(scope="session")
def extra(ref: Reference) -> ExtraCorpus:
    return ExtraCorpus(ref)
