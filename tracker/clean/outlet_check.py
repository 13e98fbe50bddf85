"""An outlet for the pages whose outlet the rules cannot read.

The outlet rules (`lines`, `header`, `meta`) read datelines, outlet lines, copyright notices, sign-offs and e-mail
domains in the forms most pages print; about one article in twenty names its outlet some other way: at the head of
the lead ('[투어코리아] …'), inside a byline ('[글로벌에픽 이정훈 CP]', '김경림 키즈맘 기자'), in a credit
('경남신문DB', '전북일보 자료 사진'), in a notice cut short ('ⓒ아시아투데이, 무'), after the title ('… / YTN'), or
above the story on a line of its own. Where the rules find no outlet, every known outlet name (the shipped table)
and every outlet-shaped word in those places is a candidate, and a logistic regression over its neighbours
(data/outlet_model.json; trained by `check_training` on the development gold) gives the probability that it is the
page's outlet; the likeliest at or above the threshold is taken. Features describe where and how a name is
printed, never which name it is: no outlet names, ids or addresses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tracker.clean.lines import SURNAME
from tracker.clean.outlets import outlet_name, shaped_like_outlet, table_names
from tracker.clean.title_check import learned_checks_on
from tracker.logistic import ThresholdModel, bucket, load_threshold_model

MODEL_PATH = Path(__file__).parent / "data" / "outlet_model.json"


def load_model(path: Path = MODEL_PATH) -> ThresholdModel | None:
    return load_threshold_model(path)


@dataclass(frozen=True)
class Candidate:
    value: str
    line: int  # index among the page's non-empty lines
    features: tuple[str, ...]


_WORD = r"[가-힣A-Za-z0-9&][가-힣A-Za-z0-9&·.]{0,13}[가-힣A-Za-z0-9]"
# Where pages print an outlet's name, by the shape around it (the name is the group `o`).
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bracket_head", re.compile(rf"^\s*[\[【]\s*(?P<o>{_WORD})\s*[\]】]")),
    ("bracket_byline", re.compile(rf"[\[【(]\s*(?P<o>{_WORD})\s*=?\s*{SURNAME}[가-힣]{{1,2}}\s*(?:기자|CP|PD|특파원|[가-힣]{{0,4}}장)")),
    ("name_outlet_reporter", re.compile(rf"(?<![가-힣]){SURNAME}[가-힣]{{1,2}}\s+(?P<o>{_WORD})\s+(?:기자|특파원)")),
    ("copyright", re.compile(rf"(?:ⓒ|©|Copyright|저작권자)\s*[ⓒ©]?\s*(?:\(주\)\s*)?(?P<o>{_WORD})")),
    ("credit", re.compile(rf"(?P<o>{_WORD})\s*(?:DB|자료\s?사진|보도국|좋은\s?기사\s?후원)")),
    ("angle", re.compile(rf"<(?P<o>{_WORD})>")),
    ("title_tail", re.compile(rf"\s[/|ㅣ]\s*(?P<o>{_WORD})\s*$")),
    ("lone_line", re.compile(rf"^\s*(?P<o>{_WORD})\s*$")),
)  # fmt: skip
_SHORT_LINE = 60


@cache
def _known() -> re.Pattern[str]:
    """Every name of the outlet table (two characters or more), longest first."""
    names = [re.escape(n) for n in table_names() if len(n) >= 2]
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(names)})(?![A-Za-z])")


def candidates(raw_lines: Sequence[str], body: str) -> list[Candidate]:
    """Every known outlet name of the page, and every outlet-shaped word where pages print outlets."""
    lines = [line.strip() for line in raw_lines if line.strip()]
    found: list[tuple[str, int, str, int, int]] = []  # value, line, how, start, end
    for index, line in enumerate(lines):
        for m in _known().finditer(line):
            found.append((m[0], index, "known", m.start(), m.end()))
        for how, pattern in _SHAPES:
            if how == "lone_line" and (index > 3 and index < len(lines) - 4):
                continue  # a name alone on a line counts above or below the story only
            for m in pattern.finditer(line):
                found.append((m["o"], index, how, m.start("o"), m.end("o")))
    raw = "\n".join(lines)
    total = len(lines)
    hows: dict[str, set[str]] = {}
    for value, _, how, _, _ in found:
        hows.setdefault(value, set()).add(how)
    out = []
    seen: set[tuple[str, int, str]] = set()
    for value, index, how, start, end in found:
        if (value, index, how) in seen:
            continue
        seen.add((value, index, how))
        line = lines[index]
        before, after = line[:start], line[end:]
        named = outlet_name(value)
        names = [
            f"how={how}",
            "top=" + bucket(index, (0, 1, 2, 3, 5, 8)),
            "bottom=" + bucket(total - 1 - index, (0, 1, 2, 3, 5, 8)),
            "line_len=" + bucket(len(line), (8, 15, 25, 40, _SHORT_LINE, 120)),
            "len=" + bucket(len(value), (2, 3, 4, 5, 6, 8, 10)),
            "seen=" + bucket(raw.count(value), (1, 2, 3, 5)),
            "next2=" + after.lstrip()[:2],
            "prev1=" + before.rstrip()[-1:],
            f"known={how == 'known' or 'known' in hows[value]:d}",
            f"shapes={len(hows[value] - {'known'})}",
            f"named={named is not None:d}",
            f"suffix={shaped_like_outlet(value):d}",
            f"latin={value.isascii():d}",
            f"in_body={value in body:d}",
            f"how_top={how}_{bucket(index, (0, 2, 5))}",
        ]
        out.append(Candidate(named or value, index, tuple(names)))
    return out


def found_outlet(raw_lines: Sequence[str], body: str) -> str | None:
    """The shipped model's outlet for a page the rules found none on, or None."""
    model = load_model()
    if model is None or not learned_checks_on():
        return None
    return model.likeliest((c.value, c.features) for c in candidates(raw_lines, body))
