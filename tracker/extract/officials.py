"""Mentions of officials in the text, resolved against the registry by article date and jurisdiction.

Heads of local governments and superintendents are named in a handful of shapes: a full name with a title
(`권영진 대구시장`, `채현일 영등포구청장`, `윤건영 교육감`), a title with the name after it (`(구청장 채현일)`),
a surname with a title (`권 시장`, `이 지사`), a bare title that refers back to someone named before
(`구청장은`), or the full name alone (`권영진`). A title names a post kind (mayor, district head, county
head, governor, superintendent) and, when it carries a place (`대구시장`), the jurisdiction. Candidates are
the registry's terms that fit the post and the place (the article's jurisdiction, its parents and children
for a bare title) and that cover the article date (`Official.in_office_on`). One person: resolved. Several:
'ambiguous' with the candidates. None: 'not_found', or, for a full name with the title of a known post,
'provisional' with a `ProvisionalOfficial` to register (openstates' `resolve_person` habit: never guess).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.clean.alternation import alternation
from tracker.extract._korean import (
    SURNAME_ROMAN,
    looks_like_name,
    person_key,
    split_surname,
    word_after,
    word_before,
)
from tracker.extract.types import Mention, ProvisionalOfficial
from tracker.extract.units import Token, Unit
from tracker.reference import Jurisdiction, Official, Reference, per_reference

MAYOR, DISTRICT, COUNTY, GOVERNOR, SUPERINTENDENT = (
    "mayor",
    "district",
    "county",
    "governor",
    "superintendent",
)

# Titles without a place, and the post kind each names.
_GENERIC_TITLES = {
    "시장": MAYOR,
    "광역시장": MAYOR,
    "특별시장": MAYOR,
    "특례시장": MAYOR,
    "구청장": DISTRICT,
    "군수": COUNTY,
    "지사": GOVERNOR,
    "도지사": GOVERNOR,
    "특별자치도지사": GOVERNOR,
    "교육감": SUPERINTENDENT,
    "청장": DISTRICT,
}
# Titles that only confirm a registry name or refer back: `서철모 청장` is a district head in a district's
# article, but `윤희근 청장` may be the police chief, so they never register anyone or pick by surname.
_WEAK_TITLES = {"청장"}
# How a post kind is written after a place name ('대구시' + '장', '강진군' + '수', '영등포구' + '청장').
_KIND_OF_JURISDICTION = {
    "특별시": MAYOR,
    "광역시": MAYOR,
    "특별자치시": MAYOR,
    "시": MAYOR,
    "구": DISTRICT,
    "군": COUNTY,
    "도": GOVERNOR,
    "특별자치도": GOVERNOR,
}
_POST_SUFFIX = {MAYOR: "장", DISTRICT: "청장", COUNTY: "수", GOVERNOR: "지사", SUPERINTENDENT: "교육감"}
# Particles and endings a title may carry; anything else glued to it makes another word (시장성, 지사장).
_AFTER_TITLE = (
    r"(?:님(?=께서|께|이|은|을|의|과|도|에게|이다|입니다|이십니다|[^가-힣]|$))?"  # `군수님을`: the honorific first
    r"(?:께서|에게서|에게|한테|으로서|로서|으로|이었던|이던|이었다|였던|이자|이다|이고|이며|인|과의|와의|"
    r"부터|까지|은|는|이|가|을|를|의|께|과|와|도|에|로|만|님|측|직|실)?(?![가-힣])"
)
# Words between a name and its title that say the term is over or current.
_FORMER = {"전", "前", "전임"}
# Owners of branch offices (지사) written before them.
_BRANCH_OWNER = re.compile(
    r"(?:[A-Za-z&]{2,}|공사|공단|한전|전력|은행|보험|연금|협회|조합|농협|통신|철도|기업|그룹|공항|㈜|\(주\))\s*$"
)
# `이희진(54) 경북 영덕군수`: the age between a name and the title.
# What may stand between a name and its title: an age or a photo note (`권영진(62) 대구시장`, `이재현(사진)
# 인천서구청장은`, `김태흠(오른쪽) 충남지사가`).
_AGE_BEFORE = re.compile(r"\((?:\d{2,3}(?:세)?|사진[^()]{0,8}|[^()]{0,8}(?:왼쪽|오른쪽|가운데)[^()]{0,6})\)\s*$")
# Words after a title that say the person does not hold the post (acting, candidate, elect).
_NOT_HOLDER = ("권한대행", "직무대행", "직무대리", "당선인", "당선자", "후보", "예비후보", "출마")
_CURRENT = {"현", "現", "현직"}
# `오 권한대행은` after `오병권 경기도지사 권한대행`: a surname with an acting title refers back.
_ACTING = ("권한대행", "직무대행", "직무대리")
_SHORT_ACTING = re.compile(rf"(?<![가-힣])([가-힣])\s?({'|'.join(_ACTING)}){_AFTER_TITLE}")
# `박 후보는` after `박남춘 … 후보`: a surname with a candidate's or an elect's title refers back too.
_SHORT_CANDIDATE = re.compile(rf"(?<![가-힣])([가-힣])\s?(예비후보|후보|당선인|당선자){_AFTER_TITLE}")
# The candidacy a full mention goes on to name, within its clause: `(사진) 더불어민주당 인천시장 후보`.
_CANDIDACY_AFTER = re.compile(r"[^.!?\n“”\"]{0,30}?(?:예비후보|후보|당선인|당선자)")
# Occupations that show a registry name belongs to someone else (김동근 교수 is not 의정부시장 김동근).
_OTHER_OCCUPATIONS = (
    "장", "대표", "이사", "교수", "기자", "위원", "의원", "씨", "작가", "감독", "선수", "변호사", "의사",
    "연구원", "목사", "신부", "스님", "담당", "주무관", "사무관", "교사", "학생", "대통령", "총리", "장관",
)  # fmt: skip
# `권시장은` after `권선택 대전시장`: a surname glued to a head's title refers back as `권 시장은` does. Not a
# syllable that makes a place or a word with the title (`서구청장`, `도지사`, `전시장`, `이시장`).
_GLUED_SHORT = re.compile(rf"(?<![가-힣])([가-힣])(시장|군수|구청장|도지사|지사|교육감){_AFTER_TITLE}")
_GLUED_NOT_SURNAME = frozenset("서남북중도동")
# Single syllables that are surnames and also everyday words before a title (이 시장 = this market).
_DEMONSTRATIVE_SURNAMES = {"이", "전", "현", "한", "각", "동", "본", "그", "저", "모", "총", "부"}


@dataclass(frozen=True)
class _Title:
    kind: str
    codes: tuple[str, ...]  # jurisdictions the title names; () for a generic title


@dataclass(frozen=True)
class _Hit:
    """A title found in the text with what stands around it."""

    start: int
    end: int
    title: str
    kind: str
    codes: tuple[str, ...]
    name: str | None
    surname: str | None
    former: bool
    particle: str  # what follows the title (은, 이, ...)


# A role after a name and, in parentheses, the post the person holds: ` 지방소멸대응TF공동단장(수원시장)`.
_ROLE_THEN_POST = re.compile(r"[ \t]?[^\s()]{0,24}\(([가-힣]{2,12})\)")

# Candidates are named well before the inauguration (1 July): a campaign and the weeks after the election.
_CAMPAIGN = timedelta(days=90)


class _Index:
    """The registry and the jurisdiction names prepared for scanning (built once per `Reference`)."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.jurisdictions = {j.code: j for j in reference.jurisdictions}
        self.children: dict[str, list[str]] = {}
        for j in reference.jurisdictions:
            if j.parent_code:
                self.children.setdefault(j.parent_code, []).append(j.code)
        self.titles: dict[str, _Title] = {t: _Title(k, ()) for t, k in _GENERIC_TITLES.items()}
        self.places: dict[str, set[str]] = {}
        compound: dict[str, tuple[str, set[str]]] = {}
        for j in reference.jurisdictions:
            parent = self.jurisdictions.get(j.parent_code or "")
            # the province or city written glued before a basic post (`인천서구청장`, `경기광주시장`)
            glued = sorted(f for f in _place_forms(parent) if len(f) == 2) if parent else []
            for form in _place_forms(j):
                self.places.setdefault(form, set()).add(j.code)
                for title, kind in _titles_of(form, j):
                    compound.setdefault(title, (kind, set()))[1].add(j.code)
                    for prefix in glued if j.level == "basic" else ():
                        compound.setdefault(prefix + title, (kind, set()))[1].add(j.code)
        for title, (kind, codes) in compound.items():
            self.titles.setdefault(title, _Title(kind, tuple(sorted(codes))))
        # tries the titles at each position longest first, as their alternation sorted by length would
        self.title_re = re.compile(rf"(?<![가-힣])({alternation(self.titles)}){_AFTER_TITLE}")
        self.by_name: dict[str, list[Official]] = {}
        for official in reference.officials:
            for name in {official.name_ko, *official.aliases} - {""}:
                self.by_name.setdefault(name, []).append(official)
        self.name_re = (
            re.compile(rf"(?<![가-힣])({alternation(self.by_name)}){_AFTER_TITLE}") if self.by_name else None
        )
        self.keys = {o.person_key: o.name_ko for o in reference.officials}
        self.posts: dict[str, set[str]] = {}
        for official in reference.officials:
            self.posts.setdefault(official.person_key, set()).add(official.jurisdiction_code)
        # when each person's first term began (None when a term's start is unknown)
        self.first_term: dict[str, date | None] = {}
        for official in reference.officials:
            start, known = official.effective_start, self.first_term.get(official.person_key, date.max)
            self.first_term[official.person_key] = (
                None if start is None or known is None else min(start, known)
            )

    def scope(self, code: str | None) -> set[str] | None:
        """The article's jurisdiction, its parents and its children (None: anywhere)."""
        if not code:
            return None
        codes = {code, *self.children.get(code, ())}
        parent = self.jurisdictions.get(code)
        while parent and parent.parent_code:
            codes.add(parent.parent_code)
            parent = self.jurisdictions.get(parent.parent_code)
        return codes


def _place_forms(j: Jurisdiction) -> set[str]:
    return {j.name_ko.split()[-1], *j.short_names} - {""}


def _titles_of(form: str, j: Jurisdiction) -> list[tuple[str, str]]:
    """Compound titles of a place form: ('대구시', 대구광역시) -> 대구시장, 대구시교육감 ..."""
    kind = _KIND_OF_JURISDICTION.get(j.kind)
    if kind is None:
        return []
    titles: list[tuple[str, str]] = []
    if kind == MAYOR:
        titles.append((form + "장" if form.endswith("시") else form + "시장", MAYOR))
        if j.level == "basic" and not form.endswith("시"):
            titles.append((form + "특례시장", MAYOR))  # 수원특례시장 (large cities since 2022)
    elif kind == COUNTY:
        titles.append((form + "수" if form.endswith("군") else form + "군수", COUNTY))
    elif kind == DISTRICT:
        titles.append((form + "청장" if form.endswith("구") else form + "구청장", DISTRICT))
    elif kind == GOVERNOR:
        titles.append((form + "지사", GOVERNOR))
        if not form.endswith("도"):
            titles.append((form + "도지사", GOVERNOR))
    if j.level == "metropolitan":
        titles.append((form + "교육감", SUPERINTENDENT))
        if not form.endswith(("시", "도")):
            titles.append((form + ("도" if kind == GOVERNOR else "시") + "교육감", SUPERINTENDENT))
    return titles


def _post_kind(official: Official) -> str:
    title = official.post_title
    if official.role == "superintendent" or title.endswith("교육감"):
        return SUPERINTENDENT
    for suffix, kind in (("구청장", DISTRICT), ("군수", COUNTY), ("지사", GOVERNOR), ("시장", MAYOR)):
        if title.endswith(suffix):
            return kind
    return MAYOR


_index = per_reference(_Index)


def find_mentions(
    text: str,
    reference: Reference,
    *,
    on: date | None,
    jurisdiction_code: str | None,
    units: Sequence[Unit] | None = None,
) -> tuple[list[Mention], list[ProvisionalOfficial]]:
    """Person mentions of officials in `text` (sorted by offset) and officials to register provisionally.

    `units` (from `split_units`) lend their Kiwi morphemes to tell names from common words; without them
    the text is split here.
    """
    index = _index(reference)
    if units is None:
        # Kiwi only when a word next to a title must be told from a common word (short texts such as a
        # headline seldom need it)
        def tokens() -> dict[int, Token]:
            from tracker.extract.units import split_units

            return _tokens_by_start(split_units(text))
    else:
        given = units

        def tokens() -> dict[int, Token]:
            return _tokens_by_start(given)

    resolver = _Resolver(text, index, on, jurisdiction_code, tokens)
    return resolver.run()


def _tokens_by_start(units: Sequence[Unit]) -> dict[int, Token]:
    tokens: dict[int, Token] = {}
    for unit in units:
        for token in unit.sentence_tokens or unit.tokens:
            tokens.setdefault(token.start, token)
    return tokens


class _Resolver:
    def __init__(
        self,
        text: str,
        index: _Index,
        on: date | None,
        code: str | None,
        tokens: Callable[[], dict[int, Token]],
    ) -> None:
        self.text, self.index, self.on, self.code = text, index, on, code
        self._read_tokens: Callable[[], dict[int, Token]] | None = tokens
        self._tokens: dict[int, Token] = {}
        self.scope = index.scope(code)
        self.mentions: list[Mention] = []
        self.kinds: list[str | None] = []  # post kind of each mention, for bare titles referring back
        self.provisional: dict[str, ProvisionalOfficial] = {}

    def run(self) -> tuple[list[Mention], list[ProvisionalOfficial]]:
        hits = [hit for m in self.index.title_re.finditer(self.text) if (hit := self._hit(m))]
        covered: list[tuple[int, int]] = [(h.start, h.end) for h in hits]
        events: list[tuple[int, object]] = [(h.start, h) for h in hits]
        if self.index.name_re:
            for m in self.index.name_re.finditer(self.text):
                if not any(s <= m.start(1) < e for s, e in covered) and self._plain_name_ok(m):
                    events.append((m.start(1), m))
        for _pos, event in sorted(events, key=lambda e: e[0]):
            if isinstance(event, _Hit):
                self._title_mention(event)
            else:
                self._name_mention(event)
        self._short_acting()
        self._short_candidate()
        self._short_glued()
        order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
        return [self.mentions[i] for i in order], list(self.provisional.values())

    def _short_acting(self) -> None:
        """`오 권한대행은`: the person named before in full with that surname and an acting title
        (`오병권 경기도지사 권한대행`); nobody when no such mention precedes it (never guessed)."""
        if not any(title in self.text for title in _ACTING):
            return  # (most articles: a substring test is cheaper than the pattern's scan)
        for m in _SHORT_ACTING.finditer(self.text):
            person = self._named_before(
                m, lambda x: self.text[x.end : x.end + 12].lstrip().startswith(_ACTING)
            )
            if person is not None:
                self._add_short(m, person)

    def _short_glued(self) -> None:
        """`권시장은` (no space): the head named before in full with that surname and a title ending so
        (`권선택 대전시장`); nobody when no such mention precedes it (never guessed)."""
        for m in _GLUED_SHORT.finditer(self.text):
            surname, title = m.group(1), m.group(2)
            if surname in _DEMONSTRATIVE_SURNAMES or surname in _GLUED_NOT_SURNAME:
                continue
            person = self._named_before(m, lambda x, title=title: (x.title or "").endswith(title))
            if person is not None:
                self._add_short(m, person)

    def _short_candidate(self) -> None:
        """`박 후보는` after `박남춘(사진) 더불어민주당 인천시장 후보는`: the candidate named before in full with that
        surname, when the registry has him in office on the article date (an incumbent running again, set-eu
        eu-02); a newcomer running for the post, or one elected but not yet sworn in, is no official yet."""
        if self.on is None or not any(word in self.text for word in ("후보", "당선")):
            return
        for m in _SHORT_CANDIDATE.finditer(self.text):
            person = self._named_before(m, lambda _: True)
            if person is None:
                continue
            # the full name goes on to a candidacy somewhere before (its own mention may be left unresolved, as a
            # post followed by `후보` is not held by that name)
            named = [
                k for k in _all_at(self.text, person.name or "", m.start()) if _CANDIDACY_AFTER.match(self.text, k)
            ]
            holds = any(
                o.person_key == person.person_key and o.in_office_on(self.on)
                for o in self.index.by_name.get(person.name or "", ())
            )
            if named and holds:
                self._add_short(m, person)

    def _named_before(self, m: re.Match[str], fits: Callable[[Mention], bool]) -> Mention | None:
        """The last resolved full-name mention before `m` whose surname is `m`'s first group and that `fits`;
        None when there is none or `m` overlaps a mention already found."""
        surname = m.group(1)
        earlier = [
            mention
            for mention in self.mentions
            if mention.end <= m.start()
            and mention.person_key
            and mention.name
            and len(mention.name) > 1
            and split_surname(mention.name)[0] == surname
            and fits(mention)
        ]
        if not earlier or any(x.start < m.end(2) and m.start(1) < x.end for x in self.mentions):
            return None
        return max(earlier, key=lambda x: x.start)

    def _add_short(self, m: re.Match[str], person: Mention) -> None:
        """Add `m` (a surname and a title) as a mention of `person`."""
        self.mentions.append(
            Mention(
                start=m.start(1),
                end=m.end(2),
                text=self.text[m.start(1) : m.end(2)],
                person_key=person.person_key,
                status=person.status,
                name=m.group(1),
                title=m.group(2),
            )
        )
        self.kinds.append(None)

    @property
    def tokens(self) -> dict[int, Token]:
        """Kiwi morphemes of the text by start offset, read when first needed."""
        if self._read_tokens is not None:
            self._tokens, self._read_tokens = self._read_tokens(), None
        return self._tokens

    def _name_like(self, word: str, start: int) -> bool:
        known = self.index.by_name
        if word in known:
            return True
        surname, given = split_surname(word)
        if surname not in SURNAME_ROMAN or not 1 <= len(given) <= 2:
            return False  # what `looks_like_name` answers before it reads any morpheme
        tokens = self.tokens
        morphemes = [tokens[p] for p in range(start, start + len(word)) if p in tokens]
        return looks_like_name(word, morphemes, known=known)

    # -- reading the text around a title -------------------------------------------------------------
    def _hit(self, m: re.Match) -> _Hit | None:
        title = m.group(1)
        spec = self.index.titles[title]
        start, end = m.start(1), m.end(1)
        if spec.kind == GOVERNOR and _BRANCH_OWNER.search(self.text, max(0, start - 12), start):
            return None  # `한전 경북지사`, `KT 지사`: a company's branch office, not the governor
        codes = spec.codes
        name = surname = None
        former = False
        pos = start
        for _ in range(3):  # the name, past a place or 전/현 written between the name and the title
            age = _AGE_BEFORE.search(self.text, max(0, pos - 18), pos)
            span = word_before(self.text, age.start() if age else pos)
            if span is None or span[1] == pos:
                break
            word = self.text[span[0] : span[1]]
            if word in _FORMER or word in _CURRENT:
                former = former or word in _FORMER
            elif word in self.index.places:
                narrowed = self._narrow_place(word, spec.kind, codes)
                if not narrowed:
                    break
                codes = narrowed
            elif len(word) == 1 and word in SURNAME_ROMAN:
                surname, start = word, span[0]
                break
            elif self._name_like(word, span[0]):
                name, start = word, span[0]
                break
            else:
                break
            pos = span[0]
        if name is None and surname is None and m.end() == end:
            after = self._name_after(end)
            if after:
                name, end = after
            codes = codes or self._place_before_parenthesis(start)
        if len(codes) > 1 and self.scope is not None:  # 중구청장 in a Daegu article: Daegu's 중구
            codes = tuple(c for c in codes if c in self.scope) or codes
        return _Hit(start, end, title, spec.kind, codes, name, surname, former, m.group(0)[len(title) :])

    def _name_after(self, pos: int) -> tuple[str, int] | None:
        """`(구청장 채현일)`, `대구시장 권영진은`: a name written after the title."""
        span = word_after(self.text, pos)
        if span is None or span[0] == pos:
            return None
        word = self.text[span[0] : span[1]]
        for cut in (len(word), len(word) - 1, len(word) - 2):
            candidate = word[:cut]
            if cut < len(word) and not re.fullmatch(_AFTER_TITLE, word[cut:]):
                continue
            if len(candidate) < 2:
                break
            known = candidate in self.index.by_name
            if known or (
                self._name_like(candidate, span[0])
                and (first := self.tokens.get(span[0])) is not None
                and first.tag == "NNP"
            ):
                return candidate, span[0] + cut
        return None

    def _narrow_place(self, word: str, kind: str, codes: tuple[str, ...]) -> tuple[str, ...]:
        """The title's jurisdictions within the place written before it (`대구 중구청장`), or, for a
        generic title, the places of that name with a post of the title's kind (`대구시 권영진 시장`)."""
        places = self.index.places[word]
        if codes:
            return tuple(c for c in codes if self._within(c, places)) or codes
        fitting = []
        for code in places:
            j = self.index.jurisdictions[code]
            if (kind == SUPERINTENDENT and j.level == "metropolitan") or _KIND_OF_JURISDICTION.get(
                j.kind
            ) == kind:
                fitting.append(code)
        return tuple(sorted(fitting))

    def _within(self, code: str, parents: set[str]) -> bool:
        j = self.index.jurisdictions.get(code)
        return bool(j and (j.parent_code in parents or code in parents))

    def _place_before_parenthesis(self, start: int) -> tuple[str, ...]:
        """`영등포구(구청장 채현일)`: the place written before the parenthesis."""
        if start == 0 or self.text[start - 1] != "(":
            return ()
        span = word_before(self.text, start - 1)
        if span and span[1] == start - 1:
            word = self.text[span[0] : span[1]]
            if word in self.index.places:
                return tuple(sorted(self.index.places[word]))
        return ()

    def _plain_name_ok(self, m: re.Match) -> bool:
        """A registry name without a head title counts unless a title of another occupation follows it
        (`이재현 창업지원단장`, `김동근 교수`): then it is someone else of the same name."""
        before = word_before(self.text, m.start(1))
        if before and self.text[before[0] : before[1]].endswith(_OTHER_OCCUPATIONS):
            return False  # `(총장 김상호)`: the title written before the name
        if m.end() > m.end(1):  # a particle closes the name: nothing else describes the person
            return True
        after = word_after(self.text, m.end(1))
        if after is None or after[0] == m.end(1):
            return True
        word = re.sub(r"(?:께서|에게|은|는|이|가|의|을|를|과|와|도)$", "", self.text[after[0] : after[1]])
        return not word.endswith(_OTHER_OCCUPATIONS)

    # -- resolution ----------------------------------------------------------------------------------
    def _title_mention(self, hit: _Hit) -> None:
        text = self.text[hit.start : hit.end]
        if hit.name:
            self._named(hit, text)
        elif hit.surname:
            self._surnamed(hit, text)
        else:
            self._bare(hit, text)

    def _fits(self, official: Official, hit: _Hit) -> bool:
        if _post_kind(official) != hit.kind:
            return False
        if hit.codes:
            return official.jurisdiction_code in hit.codes
        return True

    def _named(self, hit: _Hit, text: str) -> None:
        assert hit.name is not None
        people = [o for o in self.index.by_name.get(hit.name, []) if self._fits(o, hit)]
        if not hit.codes and self.scope is not None:
            people = [o for o in people if o.jurisdiction_code in self.scope] or people
        keys = _distinct(people, self.on)
        if len(keys) == 1:
            self._add(hit, text, keys[0], "resolved", hit.name)
        elif keys:
            self._add(hit, text, None, "ambiguous", hit.name, keys)
        else:
            weak = hit.former or hit.title in _WEAK_TITLES or self._not_holder(hit)
            code = None if weak else self._post_for_new_name(hit)
            holders = self._holders(hit.kind, code) if code is not None else []
            holder = self._misspelt_holder(hit.name, holders)
            if holder is not None:
                self._add(hit, text, holder, "resolved", hit.name)
                return
            if code is None or self._held_by_another(holders):
                self._add(hit, text, None, "not_found", hit.name)
                return
            official = self._register(hit.name, hit.kind, code)
            self._add(hit, text, official.person_key, "provisional", hit.name)

    def _not_holder(self, hit: _Hit) -> bool:
        """`… 시장 권한대행`, `… 구청장 후보`, `… 군수 당선인`: someone who does not hold the post."""
        after = word_after(self.text, hit.end)
        if not after or after[0] == hit.end:
            return False
        word = re.sub(r"(?:께서|에게|은|는|이|가|의|을|를|과|와|도)$", "", self.text[after[0] : after[1]])
        # `… 시장 상인회장`: the title is part of another one's name
        return word.startswith(_NOT_HOLDER) or word.endswith(_OTHER_OCCUPATIONS)

    def _holders(self, kind: str, code: str) -> list[Official]:
        """The registry's terms of the post `kind` in `code`, any date."""
        return [o for o in self.index.reference.officials if o.jurisdiction_code == code and _post_kind(o) == kind]

    def _held_by_another(self, holders: list[Official]) -> bool:
        """The registry has someone in this post on the article date, or (an undated article) the article
        itself has named a registry holder of this post before: the text's name is no new holder (a typo, a
        former holder, set-fx fx-07's `최명기 화천군수` after `최문순 화천군수`). `holders`: the post's terms."""
        if self.on is None:
            keys = {o.person_key for o in holders}
            return any(m.person_key in keys and m.status == "resolved" for m in self.mentions)
        return any(o.in_office_on(self.on) for o in holders)

    def _misspelt_holder(self, name: str, holders: list[Official]) -> str | None:
        """The registry holder of the post on the article date whose name differs from `name` in one
        syllable of the given name only (`허정무 창원시장` for 허성무, set-fy fy-01): a typo in the text."""
        if self.on is None:
            return None
        surname, given = split_surname(name)
        keys = {
            o.person_key
            for o in holders
            if o.in_office_on(self.on)
            and (theirs := split_surname(o.name_ko))[0] == surname
            and len(theirs[1]) == len(given) > 1
            and sum(a != b for a, b in zip(theirs[1], given, strict=True)) == 1
        }
        return next(iter(keys)) if len(keys) == 1 else None

    def _post_for_new_name(self, hit: _Hit) -> str | None:
        """The jurisdiction of a post named with a name the registry lacks, when it is certain."""
        codes = [c for c in hit.codes if self.index.jurisdictions[c].valid_on(self.on)] or list(hit.codes)
        if hit.codes:
            if len(codes) > 1 and self.scope is not None:
                codes = [c for c in codes if c in self.scope] or codes
            return codes[0] if len(codes) == 1 else None
        if self.code is None:
            return None
        j = self.index.jurisdictions.get(self.code)
        if j is None:
            return None
        if hit.kind == SUPERINTENDENT:
            while j and j.level != "metropolitan":
                j = self.index.jurisdictions.get(j.parent_code or "")
            return j.code if j else None
        return j.code if _KIND_OF_JURISDICTION.get(j.kind) == hit.kind else None

    def _register(self, name: str, kind: str, code: str) -> ProvisionalOfficial:
        key = person_key(name)
        if self.index.keys.get(key, name) != name:  # a registry person already has that key
            key = f"{key}-{code}"
        j = self.index.jurisdictions[code]
        post = j.name_ko + _POST_SUFFIX[kind] if kind != SUPERINTENDENT else j.name_ko + "교육감"
        official = self.provisional.get(key) or ProvisionalOfficial(key, name, post, code, self.on)
        self.provisional[key] = official
        return official

    def _surnamed(self, hit: _Hit, text: str) -> None:
        assert hit.surname is not None
        earlier = self._antecedent(hit, lambda m: bool(m.name) and split_surname(m.name)[0] == hit.surname)
        if earlier:
            self._refer_back(hit, text, self._one_of_namesakes(hit, earlier))
            return
        if hit.title in _WEAK_TITLES or hit.surname in _DEMONSTRATIVE_SURNAMES:
            return  # `이 시장`, `한 시장이` may be 'this/one market': only a person named before counts
        people = [
            o
            for o in self.index.reference.officials
            if self._fits(o, hit)
            and split_surname(o.name_ko)[0] == hit.surname
            and (hit.codes or self.scope is None or o.jurisdiction_code in self.scope)
        ]
        keys = _distinct(people, self.on, strict=True, former=hit.former)
        if len(keys) == 1 and (hit.codes or self.scope is not None):
            self._add(hit, text, keys[0], "resolved", hit.surname)
        elif keys:
            self._add(hit, text, None, "ambiguous", hit.surname, keys)
        else:
            self._add(hit, text, None, "not_found", hit.surname)

    def _bare(self, hit: _Hit, text: str) -> None:
        """A title alone refers back to the last person named with a title of that kind; with no one
        named before, a title as the topic of its sentence (`대구시장은`, `구청장은`) means whoever holds
        the post that day. `시장은` alone is too often 'the market is' to mean the mayor, and a title
        with no particle names the post, not a person (`대구시장 선거`, `시장 상인`)."""
        if not hit.particle:
            return
        earlier = self._antecedent(hit, lambda m: m.person_key is not None)
        if earlier:
            self._refer_back(hit, text, earlier)
            return
        if (
            hit.particle not in {"은", "는", "께서"}
            or hit.title in {"시장", *_WEAK_TITLES}
            or self.on is None
        ):
            return
        codes = set(hit.codes) if hit.codes else self._own_posts(hit.kind)
        people = [
            o for o in self.index.reference.officials if self._fits(o, hit) and o.jurisdiction_code in codes
        ]
        keys = sorted({o.person_key for o in people if o.in_office_on(self.on)})
        if len(keys) == 1:
            self._add(hit, text, keys[0], "resolved", None)
        elif keys:
            self._add(hit, text, None, "ambiguous", None, keys)

    def _own_posts(self, kind: str) -> set[str]:
        """The article's jurisdiction and its parents that have a post of `kind`."""
        codes: set[str] = set()
        j = self.index.jurisdictions.get(self.code or "")
        while j is not None:
            if (kind == SUPERINTENDENT and j.level == "metropolitan") or _KIND_OF_JURISDICTION.get(
                j.kind
            ) == kind:
                codes.add(j.code)
            j = self.index.jurisdictions.get(j.parent_code or "")
        return codes

    def _antecedent(self, hit: _Hit, test: Callable[[Mention], bool]) -> Mention | None:
        """The latest earlier mention with a title of the same kind (and post, for `대구시장`) that
        passes `test`."""
        for mention, kind in zip(reversed(self.mentions), reversed(self.kinds), strict=True):
            if mention.start >= hit.start or kind != hit.kind or not test(mention):
                continue
            if hit.codes and mention.person_key:
                posts = self.index.posts.get(mention.person_key, set()) | {
                    p.jurisdiction_code
                    for p in self.provisional.values()
                    if p.person_key == mention.person_key
                }
                if not posts & set(hit.codes):
                    continue
            return mention
        return None

    def _one_of_namesakes(self, hit: _Hit, latest: Mention) -> Mention:
        """`김 군수` after `김주수 의성군수와 … 김돈곤 청양군수`: of several people named before with that
        surname and title, the one who holds a post in the article's jurisdiction (the article's own head),
        not merely the latest named; the latest when none or several of them do. The latest left unresolved
        (`최명기 화천군수` after `최문순 화천군수`, no holder of the post by that name) counts as one of them."""
        if self.scope is None:
            return latest
        same = {
            m.person_key: m
            for m, kind in zip(self.mentions, self.kinds, strict=True)
            if m.start < hit.start
            and kind == hit.kind
            and m.person_key
            and m.name
            and split_surname(m.name)[0] == hit.surname
        }
        if len(same) < 2 - (not latest.person_key):
            return latest
        own = [m for key, m in same.items() if self.index.posts.get(key, set()) & self.scope]
        return own[0] if len(own) == 1 else latest

    def _refer_back(self, hit: _Hit, text: str, earlier: Mention) -> None:
        """The person of an earlier mention; the name stays as written here (a surname, or none)."""
        self._add(hit, text, earlier.person_key, earlier.status, hit.surname, earlier.candidates)

    def _add(
        self,
        hit: _Hit,
        text: str,
        key: str | None,
        status: str,
        name: str | None,
        candidates: Sequence[str] = (),
    ) -> None:
        self.mentions.append(
            Mention(
                start=hit.start,
                end=hit.end,
                text=text,
                person_key=key,
                status=status,
                name=name,
                title=hit.title,
                candidates=tuple(candidates),
            )
        )
        self.kinds.append(hit.kind)

    def _name_mention(self, m: re.Match) -> None:
        """A registry name with no head title. Within the article's jurisdictions it is that person; a
        head of another district or county is more likely a namesake, a metropolitan head or
        superintendent (famous, few) is not, while in office: out of it the famous name is mentioned in
        another capacity (`이재명 정부` in 2025). Nobody is an official years before their first term
        (`강기윤(성산) 의원` in 2022, 창원시장 from 2026)."""
        name = m.group(1)
        people = [o for o in self.index.by_name[name] if not self._not_yet(o)]
        scoped = [o for o in people if self.scope is None or o.jurisdiction_code in self.scope]
        people = (
            (scoped if self.scope is not None else [])
            or self._post_in_parenthesis(m.end(1), people)
            or [o for o in people if self._metropolitan(o) and o.in_office_on(self.on)]
        )
        if not people:
            return
        keys = _distinct(people, None)
        if len(keys) > 1:
            keys = _distinct(people, self.on)
        status = "resolved" if len(keys) == 1 else "ambiguous"
        kinds = {_post_kind(o) for o in people if o.person_key in keys}
        self.mentions.append(
            Mention(
                start=m.start(1),
                end=m.end(1),
                text=name,
                person_key=keys[0] if len(keys) == 1 else None,
                status=status,
                name=name,
                candidates=tuple(keys) if len(keys) > 1 else (),
            )
        )
        self.kinds.append(kinds.pop() if len(kinds) == 1 else None)

    def _post_in_parenthesis(self, end: int, people: list[Official]) -> list[Official]:
        """`염태영 지방소멸대응TF공동단장(수원시장)`: a name with another role, and the post it holds in
        parentheses after it. The post names the person wherever the article is."""
        found = _ROLE_THEN_POST.match(self.text, end)
        title = self.index.titles.get(found.group(1)) if found else None
        if title is None or not title.codes:
            return []
        return [
            o
            for o in people
            if o.jurisdiction_code in title.codes and _post_kind(o) == title.kind and o.in_office_on(self.on)
        ]

    def _not_yet(self, official: Official) -> bool:
        """The article is from well before the person's first term (more than an election campaign)."""
        if self.on is None:
            return False
        first = self.index.first_term.get(official.person_key)
        return first is not None and first > self.on + _CAMPAIGN

    def _metropolitan(self, official: Official) -> bool:
        j = self.index.jurisdictions.get(official.jurisdiction_code)
        return j is not None and j.level == "metropolitan"


def _all_at(text: str, word: str, before: int) -> list[int]:
    """The ends of every occurrence of `word` in `text` that ends before `before`."""
    out, k = [], text.find(word) if word else -1
    while k >= 0 and k + len(word) <= before:
        out.append(k + len(word))
        k = text.find(word, k + 1)
    return out


def _distinct(
    people: Sequence[Official], on: date | None, *, strict: bool = False, former: bool = False
) -> list[str]:
    """Person keys of `people`, narrowed to those in office on `on` (for `전 시장`, those whose term had
    ended). A named person keeps their key when no term covers the day (`strict=False`); a surname
    alone never reaches a person out of office."""
    keys = sorted({o.person_key for o in people})
    if on is None or not keys:
        return keys
    if former:
        timely = sorted({o.person_key for o in people if o.effective_end and o.effective_end < on})
    else:
        timely = sorted({o.person_key for o in people if o.in_office_on(on)})
    if timely or strict:
        return timely
    return keys
