"""Korean full-text search on real corpus sentences: particles, spacing and two-syllable words, both backends."""

from __future__ import annotations

import re
from hashlib import sha256
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, update

from tracker.db import models as m
from tracker.db.session import transaction
from tracker.extract.search_terms import split_compound
from tracker.report.search import (
    SearchError,
    fill_search_text,
    morphemes,
    query_terms,
    search,
)

ARTICLES = Path(__file__).resolve().parents[2] / "seeds" / "corpus" / "articles"
# Real sentences of the corpus, stored as claims of their article.
SENTENCES = {
    "breaknews-daegu-20180313.txt": [
        "스마트시티는 관에서 절대로 주도를 못한다.",
        "민간의 아이디어와 기술을 적용해 스마트시티를 발전시켜야 한다.",
        "우리의 스마트시티는 전부 오픈플랫폼으로 가야 한다.",
        "치매국가책임제, 미세먼지 30%절감 배출 정책 등이 우리가 3년 전부터 시행해 왔던 것이 국가정책으로 발전했다",
    ],
    "ksmnews-daegu-20191124.html": [
        "화학약품을 전혀 쓰지 않고도 저비용으로 빠르게 수질을 개선할 수 있다.",
        "지난해 말 개발한 담수 수질 개선 신기술인 '스마트와스'(SWAS)는 공기 음이온과 광분해 복합기술을 "
        "활용한 친환경 솔루션이다.",
    ],
    "kbs-busan-20230823.txt": [],
}


def _plain_text(name: str) -> str:
    raw = (ARTICLES / name).read_text(encoding="utf-8")
    return re.sub(r"<[^>]+>", " ", raw) if name.endswith(".html") else raw


@pytest.fixture
def search_db(engine: Engine) -> Engine:
    with transaction(engine) as session:
        for name, sentences in SENTENCES.items():
            body = _plain_text(name)
            article = m.Article(
                source=f"seeds/corpus/articles/{name}",
                sha256=sha256(body.encode()).hexdigest(),
                format="text",
                encoding="utf-8",
                raw_text=body,
                clean_text=body,
                headline=name,
                extractor_version="test",
                search_text=morphemes(body),
            )
            for sentence in sentences:
                start = body.find(sentence)
                assert start >= 0, sentence
                article.claims.append(
                    m.Claim(
                        text=sentence,
                        start_offset=start,
                        end_offset=start + len(sentence),
                        kind="statement",
                        confidence=1.0,
                        extractor_version="test",
                        search_text=morphemes(sentence),
                    )
                )
            session.add(article)
    return engine


def _texts(engine: Engine, query: str, **kw) -> list[str]:
    frame = search(engine, query, **kw)
    return list(frame["claim_text"] if "claim_text" in frame else frame["headline"])


def test_morphemes_drop_particles_and_join_split_compounds() -> None:
    terms = morphemes("스마트 시티를 조성").split()
    assert {"스마트", "시티", "스마트시티", "조성"} <= set(terms)
    assert "를" not in terms and "시티를" not in terms
    assert "치매" in morphemes("치매국가책임제").split()


@pytest.mark.parametrize("query", ["스마트시티", "스마트시티를", "스마트 시티", "스마트시티는"])
def test_particles_and_spacing_do_not_hide_matches(search_db: Engine, query: str) -> None:
    found = _texts(search_db, query)
    assert len(found) == 3
    assert all("스마트시티" in t for t in found)


def test_compound_nouns_are_split_too(search_db: Engine) -> None:
    assert split_compound("스마트시티") == ("스마트", "시티")
    assert split_compound("예산") == ()
    assert _texts(search_db, "플랫폼") == ["우리의 스마트시티는 전부 오픈플랫폼으로 가야 한다."]
    assert len(_texts(search_db, "시티")) == 3


@pytest.mark.parametrize(("query", "word"), [("치매", "치매국가책임제"), ("수질", "수질")])
def test_two_syllable_words_are_found(search_db: Engine, query: str, word: str) -> None:
    found = _texts(search_db, query)
    assert found and all(word in t for t in found)


def test_every_word_must_match(search_db: Engine) -> None:
    assert _texts(search_db, "수질 개선") and all("수질" in t for t in _texts(search_db, "수질 개선"))
    assert _texts(search_db, "스마트시티 수질") == []


def test_ranked_best_first(search_db: Engine) -> None:
    frame = search(search_db, "수질")
    assert list(frame["score"]) == sorted(frame["score"], reverse=True)
    assert len(search(search_db, "스마트시티", limit=2)) == 2


def test_articles_search(search_db: Engine) -> None:
    frame = search(search_db, "수질을", articles=True)
    assert list(frame["headline"]) == ["ksmnews-daegu-20191124.html"]
    assert set(search(search_db, "스마트 시티", articles=True)["headline"]) >= {
        "breaknews-daegu-20180313.txt"
    }


def test_index_follows_deletes_and_updates(search_db: Engine) -> None:
    with transaction(search_db) as session:
        session.execute(delete(m.Claim).where(m.Claim.text.like("치매%")))
        session.execute(
            update(m.Claim)
            .where(m.Claim.text.like("화학약품%"))
            .values(search_text=morphemes("치매 예방 사업을 확대한다"))
        )
    assert _texts(search_db, "치매") == [
        "화학약품을 전혀 쓰지 않고도 저비용으로 빠르게 수질을 개선할 수 있다."
    ]


def test_fill_search_text_backfills_rows_stored_without_it(search_db: Engine) -> None:
    with transaction(search_db) as session:
        session.execute(update(m.Claim).values(search_text=None))
    assert _texts(search_db, "치매") == []
    assert fill_search_text(search_db) == 6
    assert len(_texts(search_db, "치매")) == 1


def test_query_without_words_is_refused() -> None:
    with pytest.raises(SearchError, match="nothing to search"):
        query_terms("... !! ?")
