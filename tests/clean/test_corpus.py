"""Every article of the annotated corpus: metadata against gold, and the clean text keeps every gold
claim while losing ads, bylines, captions, footers and the repeated headline."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from tracker.clean import CleanArticle, clean
from tracker.read import InputRecord, iter_records
from tracker.reference import Reference, load_reference

CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus"
ARTICLES = sorted(p.name for p in (CORPUS / "articles").iterdir() if not p.name.startswith("."))

# not_claims entries that are a caption, headline, subheadline or byline of their article (checked by
# reading each article); the others are body sentences that are merely not claims and must stay.
CAPTION_OR_HEADLINE = {
    "breaknews-daegu-20180313.txt": [
        "권영진 시장이 13일 열린 확대간부회의에서 발언하고 있다",
        "현 정부 출범 전부터 스마트시티 구상 앞서 나갈 수 있어",
    ],
    "donga-mungyeong-20210312.html": ["민간 참여 ‘문경시 도시재생뉴딜사업’ 본격 시동", "김민범 기자"],
    "ksmnews-daegu-20191124.html": ["중국산둥성에서 최고상을 수상하는 장면"],
    "naeil-daegu-undated.txt": ["시는 이곳에 삼성·롯데와 강소기업 등 포함 141개 기업을 유치했다"],
    "newsis-incheon-20240307.txt": [
        "수도권광역급행철도 GTX-B 노선 착공기념식에 입장하며",
        "뉴스 가치나 화제성이 있다고 판단되는 사진 또는 영상을",
        "공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다",
        "유정복 시장과 악수하는 윤 대통령",
    ],
    "unknown-gwangju-undated.txt": ["미래차 부품 개발-완성차 납품까지 전방위 맞춤 지원"],
    "yeongnam-gyeongbuk-20210225.html": ["27개 초기창업기업과 함께 1년간 이룬 사업성과 공유 및 네트워킹"],
    "yonhap-pyeongchang-20260129.txt": ["평창군-원주세브란스기독병원, 공공보건의료 협력 강화 협약"],
}

# Lines that must never survive cleaning, whatever the article.
BOILERPLATE = [
    re.compile(r"^(광고|로고|원본보기)$"),
    re.compile(r"기자\s*[|ㅣ]\s*(기사)?입력"),
    re.compile(r"^↑|^▲.*(?:제공|\.)$"),  # captions ('▲ 한중혁신대회' alone is a subhead and stays)
    re.compile(r"[©ⓒ]"),
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    re.compile(r"도배방지|무단\s*전재|재배포\s*금지|기사제보"),
    re.compile(r"^【|^\[[^\]]*=[^\]]*\]|^\([^)]*=[^)]*\)"),
    re.compile(r"^\[(앵커|리포트)\]|^영상편집|^출처\s*:|취재했습니다\.$|뉴스 [가-힣]{2,4}입니다\.$"),
    re.compile(r"^(작성자|작성일)\s*:"),
]


def collapse(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference()


@pytest.fixture(scope="module")
def cleaned(reference: Reference) -> dict[str, tuple[InputRecord, CleanArticle]]:
    out = {}
    for record in iter_records([str(CORPUS / "articles")]):
        assert isinstance(record, InputRecord), record
        out[Path(record.source).name] = (record, clean(record, reference))
    return out


def gold(name: str) -> dict:
    return json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ARTICLES)
def test_metadata_matches_gold(name: str, cleaned: dict) -> None:
    meta = cleaned[name][1].meta
    expected = gold(name)["metadata"]
    assert meta.headline == expected["headline"]
    assert meta.reporter == expected["reporter"]
    assert meta.outlet == expected["outlet"]
    assert meta.jurisdiction_code == expected["jurisdiction"]
    if expected["published"] is None:
        assert meta.published_at is None
    elif "T" in expected["published"]:
        assert meta.published_at == datetime.fromisoformat(expected["published"])
        assert meta.published_precision in {"minute", "second"}
    else:
        assert meta.published_at is not None
        assert meta.published_at.date().isoformat() == expected["published"]
        assert meta.published_at.utcoffset() is not None


@pytest.mark.parametrize("name", ARTICLES)
def test_clean_text_keeps_every_claim(name: str, cleaned: dict) -> None:
    text = collapse(cleaned[name][1].text)
    missing = [c["quote"] for c in gold(name)["claims"] if collapse(c["quote"]) not in text]
    assert not missing


@pytest.mark.parametrize("name", ARTICLES)
def test_clean_text_drops_boilerplate(name: str, cleaned: dict) -> None:
    article = cleaned[name][1]
    for line in article.text.split("\n"):
        for pattern in BOILERPLATE:
            assert not pattern.search(line), (pattern.pattern, line)
    text = collapse(article.text)
    for entry in CAPTION_OR_HEADLINE.get(name, []):
        assert collapse(entry) not in text, entry
    headline = article.meta.headline
    if headline:
        assert collapse(headline) not in text


@pytest.mark.parametrize("name", ARTICLES)
def test_clean_text_shape(name: str, cleaned: dict) -> None:
    """Paragraphs are separated by one blank line, lines are stripped, nothing is NFC-unstable."""
    text = cleaned[name][1].text
    assert "\n\n\n" not in text
    assert all(line == line.strip() for line in text.split("\n"))
    assert "\u00a0" not in text


def test_captions_are_kept_aside(cleaned: dict) -> None:
    assert cleaned["breaknews-daegu-20180313.txt"][1].captions == (
        "▲ 권영진 시장이 13일 열린 확대간부회의에서 발언하고 있다. © 대구시 제공",
    )
    assert len(cleaned["ksmnews-daegu-20191124.html"][1].captions) == 2


def test_subheads_stay_as_paragraphs(cleaned: dict) -> None:
    assert "▲ 한중혁신대회" in cleaned["ksmnews-daegu-20191124.html"][1].text.split("\n\n")
    assert "◆물산업 허브도시 자리매김" in cleaned["naeil-daegu-undated.txt"][1].text.split("\n\n")
