"""A local government's own press page: the government is the outlet.

A county's or city's release board prints no byline and names no newspaper; what tells it apart is the field
of the department that wrote the release ('담당부서 : 복지정책과', '<th>작성부서</th><th>홍보미디어실</th>') or the
public-licence notice under it ('… 공공누리 조건에 따라 이용할 수 있습니다'). Of the 11 development pages with such a
field or notice, annotators named the government as the outlet of 9 (set-hn, ht, kj, lo, ns, nz, oc); set-g g-10 and
gg-04 left it null. A board that prints only its date field ('<li class="date">등록일 : 2026.07.21</li>') is the
government's own too when the release opens with the government as its subject ('논산시는 …', '부산 동구는 …') and
shows no byline: 8 such development pages are annotated so, 2 null (set-i i-02, set-ny ny-02). A page with a byline
(a news site that does not print its name) stays without an outlet, and so does a press release with no board
around it (the shipped gangjin and gwangju samples).
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.reference import Jurisdiction, Reference, per_reference

# The department field of a release board: the label, then a separator, a cell's markup or the department's name
# itself ('담당부서기업지원과'); a sentence that merely mentions '담당 부서' has none of these after it.
_DEPARTMENT_FIELD = re.compile(
    r"(?:담당|작성|관련)\s*부서\s*(?:</?(?:strong|th|dt|dd|span|b|em|i|td|li)[^>]*>\s*)*"
    r"(?:[:：]|\n|$|(?=[가-힣]{2,10}(?:과|실|팀|관|단|센터|소)(?![가-힣])))",
    re.MULTILINE,
)
_PUBLIC_LICENCE = re.compile(r"공공누리")
# A board's date field: its label, the cell's markup, then the date ('<span>작성일</span>2026-07-21', '등록일 : 2026.07.21').
_DATE_FIELD = re.compile(
    r"(?:작성|등록|게시)일(?:자)?\s*(?:</?(?:strong|th|dt|dd|span|b|em|i|td|li|label)[^>]*>\s*)*\s*[:：]?\s*"
    r"(?:</?[a-z]+[^>]*>\s*)*(?:19|20)\d\d[-./]"
)


def is_government_page(raw: str) -> bool:
    """True when the page (markup or text as read) prints a release board's department field or licence notice."""
    return bool(_DEPARTMENT_FIELD.search(raw) or _PUBLIC_LICENCE.search(raw))


def government_outlet(
    raw: str, text: str, code: str | None, reference: Reference, *, bylined: bool = False
) -> str | None:
    """The name of the government whose release board the page is ('해남군', '경기도', '울산 남구'), or None. `raw` is
    the page as read, `text` its clean text (whose first line a board's release opens with the government); a page
    with a byline (`bylined`) is a news site's unless its board's department field or licence notice shows."""
    if code is None:
        return None
    if is_government_page(raw) or (
        not bylined and _DATE_FIELD.search(raw) and _opens_with(text, code, reference)
    ):
        return _names(reference).get(code)
    return None


def _opens_with(text: str, code: str, reference: Reference) -> bool:
    """The text's first line has the government as its subject ('충북 괴산군은', '대구 동구청은', '광주광역시(시장 …)는')."""
    first = text.split("\n", 1)[0][:80]
    return bool(_subjects(reference)[code].match(first))


@per_reference
def _subjects(reference: Reference) -> dict[str, re.Pattern[str]]:
    by_code = {j.code: j for j in reference.jurisdictions}
    patterns = {}
    for j in reference.jurisdictions:
        own = j.name_ko.split()[-1]
        names = {j.name_ko, own, *j.short_names}
        if (parent := by_code.get(j.parent_code or "")) is not None:
            names |= {f"{p} {own}" for p in (parent.name_ko, *parent.short_names)}
        names = {n for n in names if len(n) >= 2}
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        patterns[j.code] = re.compile(rf"(?:{alternatives})청?(?:\([^)]{{1,20}}\))?(?:은|는|이|가)\s")
    return patterns


@per_reference
def _names(reference: Reference) -> dict[str, str]:
    """Each code's name as a reader writes a publisher: a province or metropolitan city in full ('부산광역시'), a city,
    county or district by its own name ('춘천시'), with its city or province before a name several current
    governments share ('울산 남구', '강원 고성군')."""
    by_code = {j.code: j for j in reference.jurisdictions}
    current = Counter(
        _own_name(j) for j in reference.jurisdictions if j.level == "basic" and j.valid_to is None
    )
    names = {}
    for j in reference.jurisdictions:
        if j.level != "basic":
            names[j.code] = j.name_ko
            continue
        own = _own_name(j)
        parent = by_code.get(j.parent_code or "")
        if current[own] > 1 and parent is not None:
            own = f"{_bare(parent)} {own}"
        names[j.code] = own
    return names


def _own_name(j: Jurisdiction) -> str:
    return j.name_ko.split()[-1]


def _bare(j: Jurisdiction) -> str:
    """'울산광역시' -> '울산': the shortest short name."""
    return min(j.short_names, key=len) if j.short_names else j.name_ko
