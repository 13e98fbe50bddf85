"""How far two annotators of the same texts agree, in the scores `tracker eval` uses.

Usage: python seeds/extra-corpora/tools/agreement.py GOLD_A_SET GOLD_B_SET

Both folders hold `articles/` (the same texts) and `gold/`. Annotator B's claims are scored as if they
were an extractor's output against A's gold: each B quote is widened to its sentence (between sentence
ends `. ! ?` in the whitespace-collapsed text), because the scorer matches a predicted *sentence* that
contains a gold quote. Swapping A and B swaps precision and recall; the other figures are symmetric up to
which claims pair. The result is the ceiling one annotator's gold can show for any extractor.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from tracker.evaluate.gold import load_gold, person_names
from tracker.evaluate.scorer import (
    ArticleScores,
    PredictedArticle,
    PredictedClaim,
    collapse,
    score_article,
    total,
)
from tracker.reference import load_reference

_SENTENCE_END = re.compile(r"[.!?][\"”’'」)]*\s")


def sentence_of(text: str, quote: str) -> str:
    """The sentence of `text` (whitespace collapsed) that holds `quote`."""
    start = text.find(quote)
    if start < 0:
        return quote
    end = start + len(quote)
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end)
    right = m.end() if m else len(text)
    return text[left:right].strip()


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.find(quote)
    return (start, start + len(quote)) if start >= 0 else (-1, -1)


def as_prediction(gold_b: dict, gold_a: dict, text: str) -> PredictedArticle:
    """B's annotation as an extractor's output against A. B's claims pair with A's whose quote lies in
    B's quote's sentence, the most overlapping first (two claims of one sentence pair with their own
    counterparts); a paired claim's text is A's quote, an unpaired one's B's own quote, so that the
    scorer pairs them the same way."""
    quotes_a = [collapse(c["quote"]) for c in gold_a.get("claims", [])]
    quotes_b = [collapse(c["quote"]) for c in gold_b.get("claims", [])]
    candidates = []
    for j, quote_b in enumerate(quotes_b):
        sentence = sentence_of(text, quote_b)
        b0, b1 = _span(text, quote_b)
        for i, quote_a in enumerate(quotes_a):
            if quote_a in sentence:
                a0, a1 = _span(text, quote_a)
                candidates.append((-max(0, min(a1, b1) - max(a0, b0)), i, j))
    paired: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in sorted(candidates):
        if j not in paired and i not in taken:
            paired[j] = i
            taken.add(i)
    return PredictedArticle(
        name=gold_b["article"],
        metadata=dict(gold_b["metadata"]),
        officials=frozenset(gold_b.get("officials", [])),
        claims=tuple(
            PredictedClaim(
                text=quotes_a[paired[j]] if j in paired else quotes_b[j],
                speaker=c.get("speaker"),
                date=c.get("date"),
                policies=tuple(c.get("policies", [])),
                kind=c.get("kind"),
            )
            for j, c in enumerate(gold_b.get("claims", []))
        ),
    )


def article_scores(first: Path, second: Path, names: dict[str, str]) -> list[ArticleScores]:
    """B's (`second`) annotation scored against A's (`first`), one entry per article both annotated."""
    gold_a, gold_b = load_gold(first / "gold"), load_gold(second / "gold")
    scores = []
    for name, want in gold_a.items():
        if name not in gold_b:
            continue
        text = collapse((first / "articles" / name).read_text(encoding="utf-8", errors="replace"))
        scores.append(score_article(want, as_prediction(gold_b[name], want, text), names))
    return scores


def main(argv: list[str] | None = None) -> int:
    first, second = (Path(a) for a in (argv or sys.argv[1:])[:2])
    scores = article_scores(first, second, person_names(load_reference()))
    print(json.dumps({"articles": len(scores), **total(scores).figures()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
