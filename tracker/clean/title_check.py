"""Is the title the header rules found a title, or a subheadline whose title the scrape lost?

Stored pages and scrapes often start below the page's title, with the subheadline lines ('올해 상반기 535명 전입',
'복지시설 13곳·취약계층 1,844세대에 전달'); the header rules take the first title-like line for the title, which is
right when the title is there and wrong when it is not. A logistic regression over the line's shape and its
neighbours (data/title_model.json; trained by `title_training` on the development gold) gives the probability that
the article has no title; at or above the threshold the line is kept as the subheadline instead. Features hold for
any page: no outlet names, ids or addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from tracker.clean.header import _key, headline_like, same_text, shared_pairs
from tracker.logistic import ThresholdModel, bucket, load_threshold_model

MODEL_PATH = Path(__file__).parent / "data" / "title_model.json"

_RULES_ONLY: ContextVar[bool] = ContextVar("title_rules_only", default=False)


@contextmanager
def rules_only() -> Iterator[None]:
    """Within the block the rules' title, byline and outlet stand, unchecked by the learned checks of cleaning (their
    trainers read what the rules found; tests of constructed pages test the rules)."""
    token = _RULES_ONLY.set(True)
    try:
        yield
    finally:
        _RULES_ONLY.reset(token)


def learned_checks_on() -> bool:
    """False inside `rules_only`."""
    return not _RULES_ONLY.get()


# the title check's model: P(no title), the threshold at or above which the line is a subheadline
TitleModel = ThresholdModel


def load_model(path: Path = MODEL_PATH) -> ThresholdModel | None:
    return load_threshold_model(path)


_COMMA_SUBJECT = re.compile(r"^[가-힣A-Za-z0-9·]+(?:시|군|구|도)?\s*,")
_FIRST_SENTENCE = re.compile(r"(?<=다\.)\s")


def features(
    headline: str,
    raw_lines: Sequence[str],
    body: str,
    *,
    subheadline: bool,
    places: frozenset[str],
    people: frozenset[str],
) -> list[str]:
    """Binary features of the title the rules found, in the page it came from (a name present is 1)."""
    lines = [line.strip() for line in raw_lines if line.strip()]
    key = _key(headline)[:20]
    index = next((i for i, line in enumerate(lines) if key and key in _key(line)), None)
    line = lines[index] if index is not None else ""
    after = lines[index + 1] if index is not None and index + 1 < len(lines) else ""
    before = lines[index - 1] if index else ""
    words = headline.split() or [""]
    out = [
        "len=" + bucket(len(headline), (10, 15, 20, 25, 30, 40, 50, 70)),
        "pos=" + ("none" if index is None else bucket(index, (0, 1, 2, 3, 5, 8))),
        f"next_title_like={headline_like(after):d}" if after else "no_next",
        "first=" + words[0][:4],
        "last=" + words[-1][-3:],
        "last_char=" + headline[-1:],
        "words=" + bucket(len(words), (2, 3, 4, 5, 6, 8, 10)),
        f"subheadline={subheadline:d}",
    ]
    if line.startswith("date "):
        out.append("stored_page_line")
    if after.endswith(("다.", "다")):
        out.append("next_sentence")
    if "기자" in after:
        out.append("next_reporter")
    if re.search(r"\d{4}[.-]\d{1,2}[.-]\d{1,2}", after):
        out.append("next_date")
    if before:
        out.append(f"prev_title_like={headline_like(before):d}")
    if _COMMA_SUBJECT.match(headline):
        out.append("comma_subject")
    if any(p in headline for p in places):
        out.append("names_place")
    if any(p in headline for p in people):
        out.append("names_person")
    if re.search(r"…|\.\.\.|·{2}", headline):
        out.append("ellipsis")
    if re.search(r"[\"“”]", headline):
        out.append("double_quote")
    if re.search(r"['‘’]", headline):
        out.append("single_quote")
    if re.match(r"^[\[<【(]", headline):
        out.append("bracket_start")
    if re.match(r"^\d", headline):
        out.append("digit_start")
    if re.search(r"\d", headline):
        out.append("has_digit")
    first = _FIRST_SENTENCE.split(body[:300], maxsplit=1)[0]
    shared = shared_pairs(headline, first)
    out.append("overlap=" + bucket(int(shared * 10), (1, 2, 3, 4, 5, 6, 8)))
    return out


def lost_title(
    headline: str,
    raw_lines: Sequence[str],
    body: str,
    *,
    subheadline: bool,
    places: frozenset[str],
    people: frozenset[str],
) -> bool:
    """True when the shipped model takes `headline` for a subheadline (the page's title is not in the text); never
    for a title the page prints twice."""
    model = load_model()
    if model is None or not learned_checks_on():
        return False
    if sum(1 for line in raw_lines if same_text(line, headline)) >= 2:
        return False  # a title printed twice (the page's title block and its repeat) is the title
    names = features(headline, raw_lines, body, subheadline=subheadline, places=places, people=people)
    return model.probability(names) >= model.threshold
