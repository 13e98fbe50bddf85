"""A local government's own press page: the government is the outlet.

A county's or city's release board prints no byline and names no newspaper; what tells it apart is the field
of the department that wrote the release ('담당부서 : 복지정책과', '<th>작성부서</th><th>홍보미디어실</th>') or the
public-licence notice under it ('… 공공누리 조건에 따라 이용할 수 있습니다'). Of the 11 development pages with such a
field or notice, annotators named the government as the outlet of 9 (set-hn, ht, kj, lo, ns, nz, oc); set-g g-10 and
gg-04 left it null. Pages with only a board's date field and no byline lean the other way (7 named, 15 null; set-ny
and set-oc hold the same parser tests' pages and read them differently), and a press release with no board around it (the shipped gangjin and
gwangju samples) names no outlet: those keep none.
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


def is_government_page(raw: str) -> bool:
    """True when the page (markup or text as read) prints a release board's department field or licence notice."""
    return bool(_DEPARTMENT_FIELD.search(raw) or _PUBLIC_LICENCE.search(raw))


def government_outlet(raw: str, code: str | None, reference: Reference) -> str | None:
    """The name of the government whose release board the page is ('해남군', '경기도', '울산 남구'), or None."""
    if code is None or not is_government_page(raw):
        return None
    return _names(reference).get(code)


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
