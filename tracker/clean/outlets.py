"""Which news outlet a text comes from: the shipped domain table (`tracker/data/outlets.csv`) and the
shape of outlet names, for datelines, standalone outlet lines and reporters' e-mail addresses."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

OUTLETS_CSV = Path(__file__).resolve().parent.parent / "data" / "outlets.csv"

# Endings that Korean outlet names share; used for outlets the table does not list.
_SUFFIXES = (
    "신문",
    "일보",
    "뉴스",
    "경제",
    "방송",
    "닷컴",
    "타임스",
    "타임즈",
    "저널",
    "투데이",
    "데일리",
    "매일",
    "TV",
    "미디어",
    "통신",
)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(domain -> outlet, outlet -> kind)."""
    domains: dict[str, str] = {}
    kinds: dict[str, str] = {}
    with OUTLETS_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if domain := row["domain"].strip().lower():  # (a brand no domain of its own names: '서울Pn')
                domains[domain] = row["outlet"].strip()
            kinds[row["outlet"].strip()] = row["kind"].strip()
    return domains, kinds


def outlet_for_domain(domain: str) -> str | None:
    """'seho@naeil.com' or 'news.kbs.co.kr' -> the outlet whose domain is a suffix of it."""
    host = domain.rsplit("@", 1)[-1].strip().lower().rstrip(".")
    domains, _ = _table()
    while host:
        if host in domains:
            return domains[host]
        if "." not in host:
            return None
        host = host.split(".", 1)[1]
    return None


_TOP_LEVEL = frozenset({"com", "net", "org", "kr", "co", "biz", "info", "tv", "news", "me", "io"})


def outlet_for_cut_domain(fragment: str) -> str | None:
    """'hankyu' -> '한국경제', 'fnnews.c' -> '파이낸셜뉴스': an e-mail's domain cut where a stored excerpt ends is the
    start of one table domain; None when it is a whole domain, too short to tell, or the start of several
    outlets' domains."""
    host = fragment.strip().lower()
    if host.startswith("www."):
        host = host[4:]
    if host.endswith(".") and "." not in host[:-1]:
        # 'jskimkb@kmib.' (set-na na-03): the first label is whole, cut after its dot — the site's own name
        return outlet_for_site_name(host[:-1])
    host = host.rstrip(".")
    if len(host) < 5 or ("." in host and host.rsplit(".", 1)[1] in _TOP_LEVEL):
        return None
    domains, _ = _table()
    outlets = {outlet for domain, outlet in domains.items() if domain.removeprefix("www.").startswith(host)}
    return next(iter(outlets)) if len(outlets) == 1 else None


def outlet_for_site_name(name: str) -> str | None:
    """'cnbnews' -> 'CNB뉴스': a site's name in Latin letters as its byline prints it ('cnbnews 홍길동기자 | …') is
    the first label of its domain; None when no table domain starts with it (or several outlets share it)."""
    return _site_names().get(name.strip().lower())


@lru_cache(maxsize=1)
def _site_names() -> dict[str, str]:
    domains, _ = _table()
    names: dict[str, set[str]] = {}
    for domain, outlet in domains.items():
        label = domain.split(".", 1)[0]
        if label not in {"www", "news", "m"} and len(label) >= 3:
            names.setdefault(label, set()).add(outlet)
    return {label: next(iter(outlets)) for label, outlets in names.items() if len(outlets) == 1}


def outlet_kind(name: str) -> str | None:
    """'KBS' -> 'broadcaster': the table's kind of a table outlet, None for another name."""
    return _table()[1].get(name)


def known_outlet_prefix(text: str) -> str | None:
    """The table outlet that `text` starts with ('KBS 부산' -> 'KBS'), longest first."""
    for name in _longest_first():
        if text.startswith(name):
            return name
    return None


def table_names() -> tuple[str, ...]:
    """The table's outlets, longest first."""
    return _longest_first()


def shaped_like_outlet(name: str) -> bool:
    """Does `name` end as Korean outlet names do ('…신문', '…일보', '…TV')?"""
    return name.endswith(_SUFFIXES)


@lru_cache(maxsize=1)
def _longest_first() -> tuple[str, ...]:
    """The table's outlets, longest first (sorted once, not for every line tested)."""
    _, kinds = _table()
    return tuple(sorted(kinds, key=len, reverse=True))


# Words that follow a brand in a site's menus and footer, not a regional desk: '쿠키미디어 서비스' (the media
# group's list of services below the story: the group, not the paper), 'OO일보 바로가기', 'OO뉴스 홈', 'OO신문 구독'.
_SITE_MENU_WORDS = frozenset(
    {
        "서비스",
        "서비스들",
        "패밀리사이트",
        "패밀리",
        "계열사",
        "바로가기",
        "홈",
        "홈페이지",
        "구독",
        "구독하기",
        "앱",
        "채널",
        "소개",
        "회사소개",
        "공식",
        "로그인",
        "전체메뉴",
        "메뉴",
        # a link to a list of the site's stories ('트랜드뉴스 보기', '많이본뉴스 더보기'): a widget, not the outlet
        "보기",
        "더보기",
    }
)
# What follows a brand in a link to the site's mobile app, printed under the story.
_APP_PROMOTION = frozenset({"APP", "App", "앱", "다운로드", "다운받기", "설치"})
# What a photo credit prints after the outlet's name.
_CREDIT_WORDS = frozenset({"자료사진", "자료 사진", "사진", "DB", "제공", "캡처"})
_SENTENCE_LIKE = re.compile(r"[.!?]$|다$|니다")  # a sentence, not an outlet name


_NEWS_WORDS = frozenset({"뉴스", "NEWS", "News", "뉴스센터", "뉴스데스크"})
# Lists of stories a site's pages print, named like an outlet ending in '뉴스' (set-fp fp-08, set-fr fr-04).
NEWS_LISTS = frozenset(
    {
        f"{word}뉴스"
        for word in (
            "주요", "최신", "트랜드", "트렌드", "많이본", "인기", "관련", "추천", "지역", "전체", "포토", "영상",
            "오늘의", "실시간", "핫", "헤드라인", "이슈", "지금뜨는", "MY", "마이", "속보", "단독", "기획", "랭킹",
        )
    }
)  # fmt: skip


_DESK_PLACE_EQ = re.compile(r"^[가-힣]{1,6}\s?=\s?(?=[가-힣A-Za-z])")


# TV조선's regional section, its parent and its tab run together above the story ('전국뉴스네트워크뉴스', set-cz cz-02, re-03,
# rn-01, ro-04): no outlet's name, and (`lines.is_junk`) no title. ('… 매거진', its other tab, is the header's site chrome.)
NETWORK_SECTION = re.compile(r"^(?:전국|사회|정치|경제)\s?(?:뉴스)?\s?네트워크\s?뉴스$")


def outlet_name(text: str) -> str | None:
    """Canonical outlet for a dateline or outlet line, or None when it does not name one.

    Regional desks of newspapers and agencies are the same outlet ('브레이크뉴스 대구' -> '브레이크뉴스');
    regional broadcasters are separate stations and keep their region ('KBS 부산').
    """
    # a source credit under a story or photo prints the outlet after a slash or dash ('/연합뉴스', '- 뉴스1')
    text = " ".join(text.split()).lstrip("/-–—|").strip()
    text = _DESK_PLACE_EQ.sub("", text)  # '화천=국민일보 쿠키뉴스' (set-gz gz-05): the desk's place, then the outlet
    text = text.lstrip("#")  # '#은평시민신문' (set-fo fo-06): a hashtag of the outlet's name
    if text.replace(" ", "") in NEWS_LISTS:
        return None  # '주요뉴스', '트랜드뉴스': a site's lists of stories, no outlet's name
    if "네트워크" in text and NETWORK_SECTION.match(text):
        return None  # '전국뉴스네트워크뉴스': TV조선's section path run together (set-cz, re, rn, ro), no outlet
    if text[:1] == "[" and text.endswith("사진]"):
        text = text[1:-1].strip()  # '[연합뉴스 자료사진]' (set-fg fg-08): the credit in brackets, never '[연합뉴스'
    if not text or len(text) > 25 or _SENTENCE_LIKE.search(text):
        return None
    _, kinds = _table()
    if (spaced := _spaceless_names().get(text.replace(" ", ""))) is not None:
        return spaced  # 'JIBS제주방송' in a menu, 'JIBS 제주방송' in a byline: the table's spelling
    known = known_outlet_prefix(text)
    if known:
        rest = text[len(known) :].strip()
        if rest in _NEWS_WORDS:
            return known  # '광주MBC뉴스', 'KBS 뉴스': the station's news programme, not another station
        if rest in _CREDIT_WORDS:
            return known  # '[전주MBC 자료사진]' (set-id id-07): the station's file photo, not a station '전주MBC 자료사진'
        if rest and rest.split()[-1] in _APP_PROMOTION:
            return None  # 'MBN APP 다운로드' (set-lw lw-07): the site's app promotion, not an outlet line
        if not rest or kinds[known] == "broadcaster":
            return text if rest and len(rest) <= 6 else known
        return known if len(rest.split()) == 1 and len(rest) <= 6 else None
    first = text.split()[0]
    if any(c in first for c in "(=<["):
        return None  # '강화군청(사진=경인방송 DB)' (set-cy cy-03): a photo's credit, whatever its last word
    if _section_pair(first) or first in NEWS_LISTS:
        return None  # '주요뉴스 대전·세종·충남': a list of stories and its region
    if first.endswith(_SUFFIXES) and len(first) >= 3:
        if len(text.split()) > 2 or text.split()[-1] in _SITE_MENU_WORDS:
            return None
        return _newspaper_brand(first) or _long_form(first) or first
    return None


def _long_form(name: str) -> str | None:
    """'에너지경제' -> '에너지경제신문': a paper printing its brand without the '신문' of the table's name (its
    photo section's label, '에너지경제 포토', set-hd hd-02)."""
    _, kinds = _table()
    return f"{name}신문" if name not in kinds and f"{name}신문" in kinds else None


@lru_cache(maxsize=1)
def _spaceless_names() -> dict[str, str]:
    """Table outlets by their name without spaces: sites print their own name with and without the space
    ('KCTV 제주방송' / 'KCTV제주방송'), and menus run words together."""
    _, kinds = _table()
    return {name.replace(" ", ""): name for name in kinds}


def _section_pair(word: str) -> bool:
    """'사회·경제', '정치ㆍ행정': two section names joined by a middle dot, as a page's section label prints them; sister
    outlets sharing a byline are joined the same way, but each of their names is an outlet's ('가나일보·다라뉴스')."""
    parts = re.split(r"[·ㆍ]", word)
    return len(parts) >= 2 and not all(
        part.endswith(_SUFFIXES) or known_outlet_prefix(part) for part in parts
    )


def _newspaper_brand(name: str) -> str | None:
    """'동양일보TV' -> '동양일보': a newspaper's video channel, promoted under the story, is the newspaper's
    brand, not a separate outlet. Only 일보/신문 brands: '연합뉴스TV' and '한국경제TV' are separate companies
    (and the table lists the first)."""
    stem = name.removesuffix("TV").strip()
    if stem != name and len(stem) >= 3 and stem.endswith(("일보", "신문")):
        return stem
    return None


# Outlets' corporate names in English, as broadcasters' copyright notices print them ('Copyright © Korean
# Broadcasting System'): the brand, and for the regional MBC companies the region's name before it.
_ENGLISH_BRANDS = {
    "munhwa broadcasting corporation": "MBC",
    "munhwa broadcasting corp": "MBC",
    "munhwa broadcasting": "MBC",
    "korean broadcasting system": "KBS",
    "seoul broadcasting system": "SBS",
    "educational broadcasting system": "EBS",
    "yonhap news agency": "연합뉴스",
    "yonhap news": "연합뉴스",
}
_ENGLISH_REGIONS = {
    "busan": "부산",
    "pusan": "부산",
    "daegu": "대구",
    "gwangju": "광주",
    "kwangju": "광주",
    "daejeon": "대전",
    "daejon": "대전",
    "ulsan": "울산",
    "jeonju": "전주",
    "jeju": "제주",
    "chuncheon": "춘천",
    "wonju": "원주",
    "gangneung": "강릉",
    "samcheok": "삼척",
    "cheongju": "청주",
    "chungbuk": "충북",
    "andong": "안동",
    "pohang": "포항",
    "mokpo": "목포",
    "yeosu": "여수",
    "jinju": "진주",
    "gyeongnam": "경남",
}
_CORPORATE_TAIL = re.compile(r"[\s,.]*(?:co\.?,?\s*ltd|inc|ltd|corp)\.?$", re.IGNORECASE)


def english_outlet(text: str) -> str | None:
    """'Ulsan Munhwa Broadcasting Corporation' -> '울산MBC', 'Korean Broadcasting System' -> 'KBS'; None for
    a name the table does not hold (a regional company is the brand with its region before it, as its
    Korean name is written)."""
    name = _CORPORATE_TAIL.sub("", " ".join(text.split()).strip(" .,")).lower()
    if name in _ENGLISH_BRANDS:
        return _ENGLISH_BRANDS[name]
    region, _, rest = name.partition(" ")
    if region in _ENGLISH_REGIONS and _ENGLISH_BRANDS.get(rest) == "MBC":
        return f"{_ENGLISH_REGIONS[region]}MBC"
    return None
