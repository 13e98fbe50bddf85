"""Which local government an article is mainly about, from names, official titles and the dateline.

Every mention adds a weight to the jurisdiction it names; the headline counts twice and the dateline
place ('(단양=연합뉴스)') adds a fixed bonus. Bare short names ('대구', '평창') are weak evidence (they are
also parts of other words: 대구대, 원주세브란스, 인천공항), so a jurisdiction is a candidate only when it is
named with its suffix ('대구시', '평창군', also '경남도', '창원특례시', and its office '강남구청'), by an official
title ('대구시장', '단양군수'), by an official in office at the publication date with a title (after the name,
'강범석 서구청장', or bracketed before it, '창원특례시(시장 허성무)'), by the dateline, or, for a province or metropolitan city
('서울', '경북'), by its bare name at least twice on its own. Bare names of cities and counties never make a
candidate: many are everyday words ('강화' strengthen, '달성' achieve, '예산' budget, '고령' old age).
Codes are filtered by their validity at the publication date (평창군 is 42760 before 2023-06-11, 51760
after); an undated article that names a head with his title is read in the time of that head's terms. Returns None when no candidate remains: an article that only says '경북에서' is not about 경북.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from tracker.clean.alternation import alternation
from tracker.reference import Jurisdiction, Official, Reference, per_reference

TITLE_WEIGHT = 3.0
NAME_WEIGHT = 1.0
COMPOUND_WEIGHT = 0.5  # '평창군보건의료원': the suffixed name inside an institution's name
BARE_COMPOUND_WEIGHT = 0.25  # '대구대', '인천공항공사': the bare name inside another word
PERSON_WEIGHT = 0.5  # a name alone: common names are shared (이재현 heads a district and a university office)
DATELINE_BONUS = 2.0
HEADLINE_FACTOR = 2.0
BARE_MIN_STANDALONE = 2

# What may follow a name without making it part of a longer word.
_PARTICLE = re.compile(
    r"(?:은|는|이|가|을|를|의|에서|에게|에|와|과|도|로|으로|만|까지|부터|이나|나|란|라는|내|측|전역|일대|지역|민)"
)
# Particles that end the word: '전북은행' is a bank (은 + 행), not '전북' + '은' (set-ny ny-01); the government's
# council ('인천시의회') and a copula ('창녕군이다') keep the name whole.
_PARTICLES_END = re.compile(
    r"(?:" + _PARTICLE.pattern + r"|의회|이다|이며|이고|이자|였다|이었다|입니다)+(?![가-힣])"
)
# '청' after a suffixed name is the government's office ('강남구청', '경남도청'), unless it starts another word
# ('고양시청년센터': 청년, '대구시청소년수련관': 청소년).
_OFFICE = re.compile(r"청(?!년|소년)(?:사|" + _PARTICLE.pattern + r"|(?![가-힣]))")
_GENERIC_TITLES = ("구청장", "도지사", "시장", "군수", "지사", "교육감", "청장")
# A superintendent heads the education office of a province or metropolitan city: only '교육감' names him
# ('서거석 교육감', '서거석 도교육감'); '서거석 시장' would be another person of the same name.
_SUPERINTENDENT_TITLES = ("교육감", "도교육감", "시교육감")


def _own_titles(official: Official) -> tuple[str, ...]:
    return _SUPERINTENDENT_TITLES if official.role == "superintendent" else _GENERIC_TITLES


@dataclass(frozen=True)
class _Form:
    text: str
    codes: tuple[str, ...]
    title: bool  # an official title ('대구시장') rather than a place name
    bare: bool  # a short name without its administrative suffix ('대구')


@lru_cache(maxsize=8)
def _forms(jurisdictions: tuple[Jurisdiction, ...]) -> tuple[tuple[_Form, ...], re.Pattern[str]]:
    by_text: dict[tuple[str, bool, bool], set[str]] = defaultdict(set)
    for j in jurisdictions:
        names = {j.name_ko, j.name_ko.split()[-1], *j.short_names}
        names.update(extra_names(j))
        for name in names:
            if len(name) < 2:
                continue
            bare = not name.endswith(("시", "군", "구", "도"))
            by_text[(name, False, bare)].add(j.code)
            for title in _titles(name, j):
                by_text[(title, True, False)].add(j.code)
    forms = tuple(
        _Form(text, tuple(sorted(codes)), title, bare) for (text, title, bare), codes in by_text.items()
    )
    # the longest name at each position (as an alternation of the names sorted longest first would)
    pattern = re.compile(r"(?<![가-힣])(" + alternation(f.text for f in forms) + ")")
    return forms, pattern


def extra_names(j: Jurisdiction) -> set[str]:
    """Names papers write that the reference's short names leave out: '경남도', '충북도' (a province's short
    name with '도', as the provincial government calls itself), '창원특례시' (`_special_city_names`) and the
    administrative cities of a province without local governments below it (`_ADMINISTRATIVE_CITIES`)."""
    names = _special_city_names(j)
    if j.level == "metropolitan" and j.kind.endswith("도"):
        names.update(n + "도" for n in j.short_names if len(n) == 2 and not n.endswith("도"))
    names.update(_ADMINISTRATIVE_CITIES.get(j.code, ()))
    return names


# 제주특별자치도 has no local governments below it: 제주시 and 서귀포시 are its administrative cities (행정시, no
# code of their own; seeds/SOURCES.md), so an article about 서귀포 is about the province.
_ADMINISTRATIVE_CITIES = {"50": ("제주시", "서귀포시", "서귀포")}


def _special_city_names(j: Jurisdiction) -> set[str]:
    """'창원특례시', '수원특례시': a city of a million people may style itself 특례시 (special-case city, since
    2022-01-13), and press releases and pages write that name where others write '창원시'. The form is
    built for every city (the status is granted by law to a few; a name nobody writes is never matched)."""
    if j.level != "basic" or j.kind != "시":
        return set()
    stems = {n.removesuffix("시") for n in (j.name_ko.split()[-1], *j.short_names) if n.endswith("시")}
    return {stem + "특례시" for stem in stems if len(stem) >= 2}


class _Tables:
    """What `main_jurisdiction` needs of one `Reference`, built once per reference object."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.forms, self.pattern = _forms(reference.jurisdictions)
        self.by_text = {f.text: f for f in self.forms}
        self.heads = _heads(reference.officials)
        self._valid: dict[date | None, dict[str, Jurisdiction]] = {}

    def valid(self, day: date | None) -> dict[str, Jurisdiction]:
        """Jurisdictions by code valid on `day` (every one when undated); callers must not change it."""
        valid = self._valid.get(day)
        if valid is None:
            if len(self._valid) > 4096:
                self._valid.clear()
            valid = self._valid[day] = {j.code: j for j in self.reference.jurisdictions if _valid(j, day)}
        return valid


_tables = per_reference(_Tables)


def _titles(name: str, j: Jurisdiction) -> list[str]:
    """Official titles built on a name: 대구시장, 영등포구청장, 단양군수, 경북도지사, 충북도교육감 ..."""
    if name.endswith("시"):
        titles = [name + "장"]
    elif name.endswith("구"):
        titles = [name + "청장"]
    elif name.endswith("군"):
        titles = [name + "수"]
    elif name.endswith("도"):
        titles = [name + "지사"]
    elif j.level == "metropolitan" and j.kind.endswith("도"):
        titles = [name + "지사", name + "도지사"]
    elif j.level == "metropolitan":
        titles = [name + "시장"]
    else:
        titles = []
    if j.level == "metropolitan":
        titles += [name + s for s in ("교육감", "교육청", "도교육감", "도교육청", "시교육감", "시교육청")]
    return titles


def main_jurisdiction(
    reference: Reference,
    body: str,
    *,
    headline: str | None = None,
    place: str | None = None,
    day: date | None = None,
) -> str | None:
    """The code of the local government the article is mainly about, or None."""
    tables = _tables(reference)
    pattern, by_text = tables.pattern, tables.by_text
    valid = tables.valid(day)
    if day is None and (terms := _titled_terms(reference, body, headline)):
        # undated: the codes of the time of the heads the article names with their title (an article about
        # 김승수 전주시장, 2014-2022, is about 전라북도 전주시 45110, not 전북특별자치도 전주시 52110 of 2024-)
        valid = {c: j for c, j in valid.items() if any(_overlaps(j, start, end) for start, end in terms)}
    scores: dict[str, float] = defaultdict(float)
    strong: set[str] = set()
    compound: set[str] = set()  # named only inside a longer word with its suffix ('평창군보건의료원')
    standalone_bare: dict[str, int] = defaultdict(int)
    first_seen: dict[str, int] = {}
    texts = [(headline or "", HEADLINE_FACTOR), (body, 1.0)]
    mentions = []
    for offset, (text, factor) in enumerate(texts):
        for m in pattern.finditer(text):
            form = by_text[m.group(1)]
            mentions.append((form, text, m.end(), factor, offset * 100000 + m.start()))
    mentioned = {c for form, *_ in mentions for c in form.codes if c in valid and len(form.codes) == 1}
    # codes written out with their province ('전남광주통합특별시 무안군'): no shared name of theirs is another place
    addressed = frozenset(c for form, *_ in mentions if " " in form.text and len(form.codes) == 1 for c in form.codes)
    # and the ones a province or city written right before them picks out ('대구 군위군', undated: 대구광역시 군위군 of
    # 2023-, not 경상북도 군위군): the article's bare '군위군' is that place too
    addressed |= _picked_by_address(mentions, valid)
    address: tuple[str, ...] = ()  # the province or city just written as the next name's address
    for index, (form, text, end, factor, position) in enumerate(mentions):
        if day is not None and " " in form.text and not any(c in valid for c in form.codes):
            # an old full name after a reorganisation ('강원도 강릉시' in 2026, '전라북도 전주시' in 2025): writers
            # keep the province's old name, so the place is the one its own name has that day
            form = by_text.get(form.text.split()[-1], form)
        if _address_prefix(form, text, end, mentions[index + 1 : index + 2], valid):
            address = form.codes
            continue
        codes = form.codes
        if address:
            # '인천시 중구청장', '대구 남구': the address says which of the places of that name
            codes = _within(codes, address, valid) or codes
            address = ()
        code = _resolve(codes, valid, mentioned, reference, addressed)
        if code is None:
            continue
        # what follows the name is a Hangul letter that starts no particle: the name is part of a word; the
        # government's own office ('강남구청은', '창원시청 관계자') is the government itself
        glued = (
            end < len(text)
            and "가" <= text[end] <= "힣"
            and not _PARTICLES_END.match(text, end)
            and (form.bare or not _OFFICE.match(text, end))
        )
        if form.title:
            weight, is_strong = TITLE_WEIGHT, True
        elif glued:
            weight, is_strong = (BARE_COMPOUND_WEIGHT if form.bare else COMPOUND_WEIGHT), False
            if not form.bare and len(form.text) >= 3:
                # (not a two-letter name: '대구' in '대구대' is no suffixed name, though it ends in 구, and '동구'
                # or '중구' alone does not say which city's district)
                compound.add(code)
        else:
            weight, is_strong = NAME_WEIGHT, not form.bare
            if form.bare:
                standalone_bare[code] += 1
        scores[code] += weight * factor
        first_seen.setdefault(code, position)
        if is_strong:
            strong.add(code)
    for code in _bare_place_with_head(reference, body, headline, day, standalone_bare, valid):
        scores[code] += TITLE_WEIGHT
        strong.add(code)
    for code, weight, is_strong in _people(reference, body, headline, day):
        if code not in valid:
            continue
        scores[code] += weight
        if is_strong:
            strong.add(code)
        first_seen.setdefault(code, 10**9)
    if place:
        place_code = _place_code(place, by_text, valid, mentioned, reference, addressed)
        if place_code:
            scores[place_code] += DATELINE_BONUS
            strong.add(place_code)
            first_seen.setdefault(place_code, -1)
    candidates = [
        c
        for c in scores
        if c in strong or (standalone_bare[c] >= BARE_MIN_STANDALONE and valid[c].level == "metropolitan")
    ] or [c for c in scores if c in compound]
    # (nothing stronger: the government's own agency names it, '연천군보건의료원은 …', '영천시학교밖청소년지원센터는 …';
    # set-ow ow-05, set-os os-05)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (scores[c], valid[c].level == "basic", -first_seen.get(c, 0)))


def _address_prefix(
    form: _Form, text: str, end: int, following: list, valid: dict[str, Jurisdiction]
) -> bool:
    """'경남 진주시는', '전북 장수군', '경남 진주시장': a province written right before one of its own cities or counties is that
    place's address, not a mention of the province; it adds nothing to the province's score (set-n n-07: the
    province's name, once as an address, outweighed the city the story is about)."""
    if form.title or not following:
        return False
    nxt, nxt_text, _, _, nxt_position = following[0]
    if nxt_text is not text:
        return False
    start = nxt_position % 100000
    if start <= end or text[end:start].strip() or start - end > 2:
        return False
    return any(valid[c].parent_code in form.codes for c in nxt.codes if c in valid)


def _picked_by_address(mentions: list, valid: dict[str, Jurisdiction]) -> frozenset[str]:
    """The one code of each shared name that the province or city written right before it picks ('대구 남구')."""
    picked = set()
    for index, (form, text, end, _factor, _position) in enumerate(mentions):
        following = mentions[index + 1 : index + 2]
        if following and _address_prefix(form, text, end, following, valid):
            codes = _within(following[0][0].codes, form.codes, valid)
            if len(codes) == 1:
                picked.add(codes[0])
    return frozenset(picked)


def _within(codes: tuple[str, ...], parents: tuple[str, ...], valid: dict[str, Jurisdiction]) -> tuple[str, ...]:
    """The codes of `codes` valid now whose parent is one of `parents` ('대구 남구': the 남구 of 대구)."""
    return tuple(c for c in codes if c in valid and valid[c].parent_code in parents)


def _valid(j: Jurisdiction, day: date | None) -> bool:
    """At a known date, the codes valid that day; undated, every code (`_resolve` prefers current ones)."""
    return j.valid_on(day) if day else True


def _resolve(
    codes: tuple[str, ...],
    valid: dict[str, Jurisdiction],
    mentioned: set[str],
    reference: Reference,
    addressed: frozenset[str] = frozenset(),
) -> str | None:
    """One code for a name shared by several ('중구', '광주시', '강진군' before and after a reorganisation).

    First the one the article writes elsewhere with its province, then the one whose parent it names, then the
    metropolitan one ('광주시' is 광주광역시 unless 경기 is named). Codes left whose validity periods do not overlap are one place in different periods
    (only undated articles see several): the long-standing code (no start date) wins over one created by a
    reorganisation, since undated material usually predates the reorganisations the reference records.
    Anything still ambiguous resolves to nothing.
    """
    live = [c for c in codes if c in valid]
    if len(live) > 1:
        # the one the article writes out with its province ('전남광주통합특별시 무안군' earlier: then '무안군');
        # a province's new name alone may be a plan's ('전북특별자치도 출범을 앞두고', set-ab ab-06)
        live = [c for c in live if c in addressed] or live
    if len(live) > 1:
        live = [c for c in live if valid[c].parent_code in mentioned] or live
    if len(live) > 1:
        live = [c for c in live if valid[c].level == "metropolitan"] or live
    if len(live) > 1 and _disjoint([valid[c] for c in live]):
        best = max(_period_rank(valid[c]) for c in live)
        live = [c for c in live if _period_rank(valid[c]) == best]
    return live[0] if len(live) == 1 else None


def _disjoint(items: list[Jurisdiction]) -> bool:
    spans = sorted((j.valid_from or date.min, j.valid_to or date.max) for j in items)
    return all(a[1] < b[0] for a, b in itertools.pairwise(spans))


def _period_rank(j: Jurisdiction) -> tuple[bool, date]:
    return j.valid_from is None, j.valid_to or date.max


def _place_code(
    place: str,
    by_text: dict[str, _Form],
    valid: dict[str, Jurisdiction],
    mentioned: set[str],
    reference: Reference,
    addressed: frozenset[str] = frozenset(),
) -> str | None:
    form = by_text.get(place) or next(
        (f for t, f in by_text.items() if not f.title and t.startswith(place)), None
    )
    return _resolve(form.codes, valid, mentioned, reference, addressed) if form else None


def _people(
    reference: Reference, body: str, headline: str | None, day: date | None
) -> list[tuple[str, float, bool]]:
    """Officials in office at `day` named in the text: their jurisdiction, weighted, and whether the mention
    is strong (named with the title) enough to make the jurisdiction a candidate. Only a name followed by
    a head's title ('홍준표 대구시장', '김동근 시장') counts as much as a title; a bare name is weak evidence."""
    tables = _tables(reference)
    by_name, pattern = tables.heads
    if pattern is None:
        return []
    text = f"{headline or ''}\n{body}"
    found: list[tuple[str, float, bool]] = []
    seen: set[tuple[str, str, int]] = set()
    for m in pattern.finditer(text):
        after = _after_name(text, m.end())
        for official in by_name[m.group(1)]:
            key = (official.person_key, official.jurisdiction_code, m.start())
            if key in seen or (day and not official.in_office_on(day)):
                continue
            seen.add(key)
            titled = after.startswith(official.post_title[:2]) or _named_with_title(
                official, text, m.start(), after, tables
            )
            if official.role == "superintendent":
                # the province's schools, not its government: with '교육감' the name makes the province a
                # candidate (an article whose only place words are '도교육감/도교육청' is about it), but weighs
                # no more than a name, so it does not outweigh the city an education story takes place in
                found.append((official.jurisdiction_code, PERSON_WEIGHT, titled))
            else:
                found.append((official.jurisdiction_code, TITLE_WEIGHT if titled else PERSON_WEIGHT, titled))
    return found


_PORTRAIT_NOTE = re.compile(r"\s*[(（][^()（）]{1,8}[)）]")


def _after_name(text: str, end: int) -> str:
    """What follows a name, past a bracketed note on the portrait ('김정헌(사진) 인천시 중구청장',
    '서강석(사진·오른쪽) 송파구청장'): the next 12 characters."""
    if (note := _PORTRAIT_NOTE.match(text, end)) is not None:
        end = note.end()
    return text[end : end + 12].lstrip()


_HEAD_TITLE = {"시": "시장", "군": "군수", "구": "구청장"}


@per_reference
def _heads_by_place(reference: Reference) -> dict[str, list[Official]]:
    """The registry's heads with a full name, by jurisdiction, in registry order (built once per reference:
    scanning every official for every bare place cost more than the rest of the check)."""
    heads: dict[str, list[Official]] = {}
    for o in reference.officials:
        if o.role == "head" and len(o.name_ko) >= 2:
            heads.setdefault(o.jurisdiction_code, []).append(o)
    return heads


def _bare_place_with_head(
    reference: Reference,
    body: str,
    headline: str | None,
    day: date | None,
    standalone_bare: dict[str, int],
    valid: dict[str, Jurisdiction],
) -> list[str]:
    """Cities and counties named only bare ('성남의', '성남 품격') whose head the text calls by family name and
    title ('은 시장은'), as papers do after the first mention: the pair names the government (set-o o-09, whose
    text starts after the head's full name). The family name must be that of one of the place's heads in
    office at the date (any term when undated), so a '김 시장' of another city does not count."""
    text = f"{headline or ''}\n{body}"
    found = []
    for code, count in standalone_bare.items():
        j = valid.get(code)
        title = _HEAD_TITLE.get(j.kind) if j is not None and j.level == "basic" else None
        if title is None or count < 1:
            continue
        surnames = {
            o.name_ko[0]
            for o in _heads_by_place(reference).get(code, ())
            if day is None or o.in_office_on(day)
        }
        if surnames and re.search(
            rf"(?<![가-힣])(?:{'|'.join(sorted(surnames))})\s{title}(?![가-힣]{{2}})", text
        ):
            found.append(code)
    return found


def _titled_terms(
    reference: Reference, body: str, headline: str | None
) -> list[tuple[date | None, date | None]]:
    """The terms of office of the heads named with a head's title ('김승수 전주시장', '김 시장' does not count):
    every registry row of that name, since an undated text cannot tell which term it is."""
    tables = _tables(reference)
    by_name, pattern = tables.heads
    if pattern is None:
        return []
    text = f"{headline or ''}\n{body}"
    terms: set[tuple[date | None, date | None]] = set()
    for m in pattern.finditer(text):
        after = _after_name(text, m.end())
        for official in by_name[m.group(1)]:
            if _named_with_title(official, text, m.start(), after, tables):
                terms.add((official.effective_start, official.effective_end))
    return sorted(terms, key=lambda t: (t[0] or date.min, t[1] or date.max))


# A head's title in brackets before the name, as press releases introduce the government: '영암군(군수 우승희)',
# '창원특례시(시장 허성무)', '서초구(구청장 전성수·사진)'.
_TITLE_BEFORE = re.compile(r"[(（]\s*(?:구청장|도지사|시장|군수|지사|교육감)\s*$")


def _named_with_title(official: Official, text: str, start: int, after: str, tables: _Tables) -> bool:
    """The name stands with a head's title: '김승수 시장', the title of the official's own jurisdiction
    ('김승수 전주시장', '강범석 서구청장': a district name shared by several cities is resolved by the person), or
    the bracketed title before it ('창원특례시(시장 허성무)'). '김 시장' (the family name alone) does not count."""
    if after.startswith(_own_titles(official)):
        return True
    if (place_title := tables.pattern.match(after)) is not None:
        form = tables.by_text[place_title.group(1)]
        if form.title and official.jurisdiction_code in form.codes:
            return True
    return (
        official.role != "superintendent" and _TITLE_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def _overlaps(j: Jurisdiction, start: date | None, end: date | None) -> bool:
    """The code was valid at some day of the term (open bounds are open)."""
    return (j.valid_to is None or start is None or j.valid_to >= start) and (
        j.valid_from is None or end is None or j.valid_from <= end
    )


@lru_cache(maxsize=8)
def _heads(officials: tuple[Official, ...]) -> tuple[dict[str, list[Official]], re.Pattern[str] | None]:
    """Heads of local governments and education superintendents (the head of a province's or metropolitan
    city's schools, so its jurisdiction) by name, and one pattern that finds any of their names as a word."""
    by_name: dict[str, list[Official]] = defaultdict(list)
    for official in officials:
        if official.role in ("head", "superintendent") and len(official.name_ko) >= 2:
            by_name[official.name_ko].append(official)
    if not by_name:
        return by_name, None
    return by_name, re.compile(rf"(?<![가-힣])({alternation(by_name)})(?![가-힣]{{2}})")
