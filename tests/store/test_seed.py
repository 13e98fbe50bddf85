"""`tracker seed` is idempotent, and an edited seed file updates rows instead of duplicating them."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from tracker.db import models as m
from tracker.db.session import transaction
from tracker.reference import SEEDS_DIR
from tracker.store.seed import seed


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_seeding_twice_changes_nothing(engine) -> None:
    with transaction(engine) as s:
        before = {
            t: _count(s, t) for t in (m.Jurisdiction, m.Person, m.Term, m.Post, m.Policy, m.PolicyKeyword)
        }
        counts = seed(s)
        assert not counts.changed, counts
        assert {t: _count(s, t) for t in before} == before


def test_edited_seed_updates_rows_in_place(engine, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds, ignore=shutil.ignore_patterns("corpus"))
    officials = seeds / "officials.csv"
    text = officials.read_text(encoding="utf-8")
    assert "hong-joon-pyo,홍준표" in text
    # 홍준표's last day as 대구광역시장 moved a day earlier
    assert ",2022-07-01,2025-04-10,8th" in text
    officials.write_text(text.replace(",2022-07-01,2025-04-10,8th", ",2022-07-01,2025-04-09,8th", 1), encoding="utf-8")
    policies = seeds / "policies.yaml"
    policies.write_text(
        policies.read_text(encoding="utf-8").replace("[미세먼지,", "[미세먼지, 시험용 먼지 낱말,", 1),
        encoding="utf-8",
    )
    with transaction(engine) as s:
        terms_before = _count(s, m.Term)
        keywords_before = _count(s, m.PolicyKeyword)
        counts = seed(s, seeds_dir=seeds)
        assert counts.updated.get("terms") == 1
        assert counts.inserted == {"policy_keywords": 1}
        assert _count(s, m.Term) == terms_before
        assert _count(s, m.PolicyKeyword) == keywords_before + 1
        hong = s.scalars(
            select(m.Term)
            .join(m.Post)
            .where(m.Term.person_key == "hong-joon-pyo", m.Post.jurisdiction_code == "27")
        ).all()
        assert [t.end_date.isoformat() for t in hong] == ["2025-04-09"]
        assert (
            s.scalar(select(m.PolicyKeyword.policy_slug).where(m.PolicyKeyword.keyword == "시험용 먼지 낱말"))
            == "fine-dust"
        )


def test_the_database_gives_back_the_seed_files_reference_in_the_same_order(engine, tmp_path: Path) -> None:
    """Extraction breaks some ties by the order of policies, keywords and terms, so ingest (the database's
    reference) and the quick evaluation loop (the seed files') must get the same reference: found when one
    article's claim got another policy stored than `tracker extract` printed (set-kv kv-04). Also after an
    edited seed file adds a keyword, which a database appends with a later id."""
    from tracker.reference import load_reference
    from tracker.store.registry import load_reference_from_db

    with transaction(engine) as s:
        assert load_reference_from_db(s) == load_reference()
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds, ignore=shutil.ignore_patterns("corpus", "extra-corpora", "blind-corpora"))
    policies = seeds / "policies.yaml"
    policies.write_text(
        policies.read_text(encoding="utf-8").replace("[미세먼지,", "[미세먼지, 가나다 먼지,", 1), encoding="utf-8"
    )
    with transaction(engine) as s:
        seed(s, seeds_dir=seeds)
        stored = load_reference_from_db(s)
    assert stored == load_reference(seeds)
    fine_dust = next(p for p in stored.policies if p.slug == "fine-dust")
    assert "가나다 먼지" in fine_dust.keywords and list(fine_dust.keywords) == sorted(fine_dust.keywords)
    # the domain whose English name holds a comma is read whole (the seed file quotes it)
    assert {d["slug"]: d["name_en"] for d in stored.domains}["technology"] == "Science, technology and ICT"
