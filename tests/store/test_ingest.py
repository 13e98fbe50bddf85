"""Ingest on both backends: real articles stored once, bad inputs reported, nothing half-written."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tracker.db import models as m
from tracker.db.session import transaction
from tracker.store import workers as workers_module
from tracker.store.ingest import ingest

CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus" / "articles"
ARTICLES = sorted(CORPUS.iterdir())


def _count(engine, model) -> int:
    with transaction(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_corpus_ingested_twice_is_stored_once(engine) -> None:
    first = ingest(engine, [str(CORPUS)], workers=1)
    assert first.count("failed") == 0, first.errors
    assert first.count("new") == len(ARTICLES)
    claims = _count(engine, m.Claim)
    assert claims > 50  # the gold set has ~90 claims over these articles
    second = ingest(engine, [str(CORPUS)], workers=1)
    assert second.count("duplicate") == len(ARTICLES)
    assert second.count("new") == 0
    assert _count(engine, m.Article) == len(ARTICLES)
    assert _count(engine, m.Claim) == claims
    with transaction(engine) as s:
        runs = s.scalars(select(m.IngestRun).order_by(m.IngestRun.id)).all()
        assert [(r.new_count, r.duplicate_count, r.failed_count) for r in runs] == [
            (len(ARTICLES), 0, 0),
            (0, len(ARTICLES), 0),
        ]
        assert all(r.finished_at is not None for r in runs)


def test_articles_stored_already_are_not_extracted_again(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    ingest(engine, [str(p) for p in ARTICLES[:3]], workers=1)

    def must_not_run(record, reference):
        raise AssertionError(f"{record.source} was extracted again")

    monkeypatch.setattr(workers_module, "process", must_not_run)
    again = ingest(engine, [str(p) for p in ARTICLES[:3]], workers=1)
    assert [o.status for o in again.outcomes] == ["duplicate"] * 3
    assert all(o.article_id is not None and o.headline for o in again.outcomes)


def test_known_and_new_articles_keep_their_order_with_workers(engine, tmp_path: Path) -> None:
    ingest(engine, [str(ARTICLES[1]), str(ARTICLES[4])], workers=1)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [str(p) for p in ARTICLES[:6]] + [str(empty)]
    result = ingest(engine, paths, workers=2)
    assert [(o.source, o.status) for o in result.outcomes] == [
        (str(ARTICLES[0]), "new"),
        (str(ARTICLES[1]), "duplicate"),
        (str(ARTICLES[2]), "new"),
        (str(ARTICLES[3]), "new"),
        (str(ARTICLES[4]), "duplicate"),
        (str(ARTICLES[5]), "new"),
        (str(empty), "failed"),
    ]
    assert _count(engine, m.Article) == 6


def test_an_article_that_fails_inside_a_worker_fails_alone(engine, tmp_path: Path) -> None:
    """A file that reads but cleans to nothing fails in the worker process, which sends the failure back
    pickled: it must arrive as that file's one-line error, not break the pool (it did before 0.9.0)."""
    import pickle

    from tracker.errors import InputError

    error = pickle.loads(pickle.dumps(InputError("a.txt", "no article text")))
    assert (error.source, error.reason, str(error)) == ("a.txt", "no article text", "a.txt: no article text")
    ad = tmp_path / "ad.txt"
    ad.write_text("광고\n", encoding="utf-8")  # constructed: boilerplate only
    result = ingest(engine, [str(ARTICLES[0]), str(ad), str(ARTICLES[1])], workers=2)
    assert [o.status for o in result.outcomes] == ["new", "failed", "new"]
    assert "no article text left" in result.outcomes[1].message
    assert _count(engine, m.Article) == 2


def test_claims_keep_exact_spans_and_metadata(engine) -> None:
    ingest(engine, [str(CORPUS / "breaknews-daegu-20180313.txt")], workers=1)
    with transaction(engine) as s:
        article = s.scalar(select(m.Article))
        assert article.headline == '권영진, "우리의 운명은 우리가 개척"'
        assert article.outlet.name == "브레이크뉴스"
        assert article.reporter == "박성원"
        assert article.published_date.isoformat() == "2018-03-13"
        assert article.jurisdiction_code == "27"
        assert "광고" not in article.clean_text.split("\n")
        for claim in article.claims:
            assert article.clean_text[claim.start_offset : claim.end_offset] == claim.text
        speakers = {c.speaker_key for c in article.claims}
        assert "kwon-young-jin" in speakers
        smart = [c for c in article.claims if any(p.policy_slug == "smart-city" for p in c.policies)]
        assert smart and all(c.claim_date.isoformat() == "2018-03-13" for c in smart)


def _stored_claims(engine) -> list[tuple]:
    with transaction(engine) as s:
        return sorted(
            (
                c.article.source,
                c.start_offset,
                c.end_offset,
                tuple(sorted(p.policy_slug for p in c.policies)),
                tuple(sorted((q.text, float(q.value), q.unit) for q in c.quantities)),
            )
            for c in s.scalars(select(m.Claim))
        )


def test_every_claim_gets_its_own_policies_and_quantities(engine) -> None:
    # the ids of a bulk claim insert pair each stored claim with its own policy and quantity rows
    from tracker.clean import clean
    from tracker.extract import run
    from tracker.read import iter_records
    from tracker.reference import load_reference

    reference = load_reference()
    expected = []
    for record in iter_records([str(CORPUS)]):
        extraction = run(clean(record, reference), reference)
        expected += [
            (
                record.source,
                c.start,
                c.end,
                tuple(sorted(dict.fromkeys(c.policies))),
                tuple(sorted((q.text, float(q.value), q.unit) for q in c.quantities)),
            )
            for c in extraction.claims
        ]
    assert sum(1 for e in expected if e[4]) > 10  # the corpus has claims with numbers
    ingest(engine, [str(CORPUS)], workers=1)
    assert _stored_claims(engine) == sorted(expected)
    with transaction(engine) as s:  # re-extraction replaces the claims and pairs them again
        for article in s.scalars(select(m.Article)):
            article.extractor_version = "0.0.0-old"
    ingest(engine, [str(CORPUS)], workers=1)
    assert _stored_claims(engine) == sorted(expected)


def test_bad_inputs_fail_alone_and_the_batch_goes_on(engine, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(CORPUS / "asiae-yeongdeungpo-20181126.txt", batch / "good.txt")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (batch / "lines.jsonl").write_text(
        '{"text": "대구시는 스마트시티 조성에 100억 원을 투입한다고 13일 밝혔다.", "published": "2018-03-13"}\n'
        "{not json\n",
        encoding="utf-8",
    )  # constructed
    result = ingest(engine, [str(batch)], workers=1)
    failed = {o.source.split("/")[-1] for o in result.outcomes if o.status == "failed"}
    assert {"empty.txt", "binary.txt", "lines.jsonl:2"} <= failed
    assert result.count("new") == 2
    assert all(str(batch) in msg or "batch" in msg for msg in result.errors)
    assert _count(engine, m.Article) == 2
    with transaction(engine) as s:
        run = s.scalar(select(m.IngestRun))
        assert run.failed_count == len(failed)
        assert len(run.errors) == len(failed)


def test_a_failing_article_is_not_half_written(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    real = workers_module.process

    def broken(record, reference):
        processed = real(record, reference)
        if "asiae" not in record.source:
            return processed
        claims = list(processed.extraction.claims)
        claims.append(dataclasses.replace(claims[0], kind="not-a-kind"))  # violates the CHECK constraint
        return dataclasses.replace(
            processed, extraction=dataclasses.replace(processed.extraction, claims=tuple(claims))
        )

    monkeypatch.setattr(workers_module, "process", broken)
    paths = [str(CORPUS / "asiae-yeongdeungpo-20181126.txt"), str(CORPUS / "breaknews-daegu-20180313.txt")]
    result = ingest(engine, paths, workers=1)
    assert [o.status for o in result.outcomes] == ["failed", "new"]
    assert "asiae-yeongdeungpo-20181126.txt" in result.errors[0]
    with transaction(engine) as s:
        assert s.scalars(select(m.Article.source)).all() == [paths[1]]
        assert (
            s.scalar(
                select(func.count())
                .select_from(m.Mention)
                .join(m.Article)
                .where(m.Article.source == paths[0])
            )
            == 0
        )


def test_a_failure_inside_a_batch_rolls_back_only_that_article(
    engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Articles share a transaction (`_Batch`): one that fails after others were written in it must fail
    alone, the others stored once, and every outcome keep its place, a reading error among them."""
    real = workers_module.process

    def broken(record, reference):
        processed = real(record, reference)
        if "breaknews" not in record.source:
            return processed
        claims = [*processed.extraction.claims, dataclasses.replace(processed.extraction.claims[0], kind="x")]
        return dataclasses.replace(
            processed, extraction=dataclasses.replace(processed.extraction, claims=tuple(claims))
        )

    monkeypatch.setattr(workers_module, "process", broken)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    names = ["asiae-yeongdeungpo-20181126.txt", "breaknews-daegu-20180313.txt"]
    paths = [str(CORPUS / names[0]), str(empty), str(CORPUS / names[1]), str(ARTICLES[-1])]
    result = ingest(engine, paths, workers=1)
    assert [o.status for o in result.outcomes] == ["new", "failed", "failed", "new"]
    assert [o.source for o in result.outcomes] == paths
    with transaction(engine) as s:
        assert sorted(s.scalars(select(m.Article.source)).all()) == sorted([paths[0], paths[3]])
        by_source = dict(s.execute(select(m.Article.source, m.Article.id)).all())
        stored = s.execute(select(m.Claim.article_id, func.count()).group_by(m.Claim.article_id)).all()
    assert {article_id for article_id, _ in stored} == {by_source[paths[0]], by_source[paths[3]]}
    assert dict(stored)[by_source[paths[0]]] == result.outcomes[0].claims


def test_dry_run_stores_nothing(engine) -> None:
    result = ingest(engine, [str(CORPUS)], workers=1, dry_run=True)
    assert result.count("new") == len(ARTICLES)
    assert sum(o.claims for o in result.outcomes) > 50
    assert _count(engine, m.Article) == 0
    assert _count(engine, m.Claim) == 0
    assert _count(engine, m.IngestRun) == 0


def test_new_extractor_version_reextracts_without_duplicating(engine) -> None:
    path = str(CORPUS / "breaknews-daegu-20180313.txt")
    ingest(engine, [path], workers=1)
    with transaction(engine) as s:
        article = s.scalar(select(m.Article))
        claims = len(article.claims)
        article.extractor_version = "0.0.0-old"
        for claim in article.claims:
            claim.extractor_version = "0.0.0-old"
    result = ingest(engine, [path], workers=1)
    assert [o.status for o in result.outcomes] == ["reextracted"]
    assert _count(engine, m.Article) == 1
    with transaction(engine) as s:
        article = s.scalar(select(m.Article))
        assert len(article.claims) == claims
        assert {c.extractor_version for c in article.claims} == {article.extractor_version} != {"0.0.0-old"}


def test_worker_processes_give_the_same_claims(engine, tmp_path: Path) -> None:
    # more records than one worker chunk, with unreadable files among them: errors keep their place
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.txt"
    empty.write_bytes(b"")
    binary.write_bytes(bytes(range(256)) * 8)
    paths = [str(p) for p in ARTICLES[:3]] + [str(empty)] + [str(p) for p in ARTICLES[3:6]] + [str(binary)]
    result = ingest(engine, paths, workers=2, dry_run=True)
    single = ingest(engine, paths, workers=1, dry_run=True)
    assert [(o.source, o.status, o.claims) for o in result.outcomes] == [
        (o.source, o.status, o.claims) for o in single.outcomes
    ]
    assert [o.status for o in result.outcomes].count("failed") == 2


def test_ingested_claims_are_searchable(engine) -> None:
    from tracker.report.search import search

    ingest(engine, [str(CORPUS / "breaknews-daegu-20180313.txt")], workers=1)
    with transaction(engine) as s:
        assert s.scalar(select(func.count()).select_from(m.Claim).where(m.Claim.search_text.is_(None))) == 0
        assert s.scalar(select(m.Article.search_text)).count("스마트시티") > 3
    # spaced and particle-laden forms find the sentence written `스마트시티를 발전시켜야 한다`
    found = search(engine, "스마트 시티를 발전")
    assert any("스마트시티를 발전시켜야" in text for text in found["claim_text"])


def test_unknown_head_is_registered_provisionally(engine, tmp_path: Path) -> None:
    # constructed: a name the registry cannot know, as head of a real district after the seeded terms end
    # (the seed's last terms, those of the 9th local election, end on 2030-06-30)
    export = tmp_path / "new-head.jsonl"
    export.write_text(
        '{"title": "영등포구, 스마트시티 추진", "published": "2030-09-01T10:00:00+09:00", '
        '"text": "김가온 영등포구청장은 1일 \\"스마트시티 사업에 100억 원을 투입하겠다\\"고 말했다."}\n',
        encoding="utf-8",
    )
    assert ingest(engine, [str(export)], workers=1).count("new") == 1
    with transaction(engine) as s:
        person = s.get(m.Person, "kim-ga-on")
        assert person is not None and person.verified is False and person.source_article_id is not None
        term = s.scalar(select(m.Term).where(m.Term.person_key == "kim-ga-on"))
        assert (term.election, term.verified, term.post.jurisdiction_code) == ("provisional", False, "11560")
        claim = s.scalar(select(m.Claim))
        assert claim.speaker_key == "kim-ga-on"
    # the same person in a second article is not registered twice
    again = tmp_path / "again.jsonl"
    again.write_text(export.read_text(encoding="utf-8").replace("100억", "200억"), encoding="utf-8")
    assert ingest(engine, [str(again)], workers=1).count("new") == 1
    with transaction(engine) as s:
        assert s.scalar(select(func.count()).select_from(m.Term).where(m.Term.person_key == "kim-ga-on")) == 1
