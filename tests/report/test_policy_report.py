"""Reports over real claims (corpus sentences with their gold speakers, dates and policies), on both
backends. Expectations are computed from the gold files, not copied from the report's output."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

import tracker.report
from tracker.errors import NotFoundError
from tracker.report.jurisdiction import jurisdiction_report
from tracker.report.official import official_report, official_terms
from tracker.report.query import ReportError

FOURTH_TREE = {"fourth-industrial-revolution", "smart-city"}  # the fixture puts smart-city below it


@pytest.fixture
def gold(report_gold: list) -> list:
    return report_gold


def _about(gold: list, slugs: set[str]) -> list:
    return [c for c in gold if slugs & set(c.policies)]


def test_fine_dust_claim_with_speaker_office_and_numbers(report_db: Engine, gold: list) -> None:
    frame = tracker.report.policy(report_db, "fine-dust")
    assert len(frame) == len(_about(gold, {"fine-dust"})) == 1
    row = frame.iloc[0]
    assert row["claim_text"].startswith("치매국가책임제, 미세먼지 30%절감")
    assert (row["speaker_key"], row["speaker_name"]) == ("kwon-young-jin", "권영진")
    assert row["office"] == "대구광역시장"  # his term covering 2018-03-13
    assert row["party"] == "Saenuri (새누리당)"
    assert row["claim_date"] == date(2018, 3, 13)
    assert row["jurisdiction_name_ko"] == "대구광역시"
    assert row["kind"] == "achievement"
    assert row["quantities"] == "30% = 30 %"
    assert row["outlet"] == "브레이크뉴스"
    assert row["policy_slugs"] == "fine-dust"
    assert row["other_policies"] == "dementia-care"
    assert frame.attrs["title"] == "Claims about 미세먼지 저감 (fine-dust)"
    with Session(report_db) as session:  # notebooks may hold a session rather than an engine
        assert tracker.report.policy(session, "fine-dust").equals(frame)


def test_sub_policies_are_included(report_db: Engine, gold: list) -> None:
    frame = tracker.report.policy(report_db, "fourth-industrial-revolution")
    assert len(frame) == len(_about(gold, FOURTH_TREE))
    assert set(frame["claim_text"]) == {c.text for c in _about(gold, FOURTH_TREE)}
    shown = {s for cell in frame["policy_slugs"] for s in cell.split(", ")}
    assert shown == FOURTH_TREE  # other co-tagged policies go to other_policies
    only_child = tracker.report.policy(report_db, "smart-city")
    assert len(only_child) == len(_about(gold, {"smart-city"})) < len(frame)


def test_newest_first_and_undated_last(report_db: Engine) -> None:
    frame = tracker.report.policy(report_db, "smart-city")
    dates = list(frame["claim_date"])
    dated = [d for d in dates if isinstance(d, date)]
    assert dated == sorted(dated, reverse=True)
    assert dates[: len(dated)] == dated  # every undated claim (naeil, 2 of them at least) comes after
    assert len(dated) < len(dates)


def test_metropolitan_name_or_code_includes_its_districts(report_db: Engine, gold: list) -> None:
    expected = [c for c in _about(gold, FOURTH_TREE) if c.jurisdiction == "11560"]  # 영등포구, in Seoul
    for place in ("서울", "서울특별시", "11", "Seoul"):
        frame = tracker.report.policy(report_db, "fourth-industrial-revolution", jurisdiction=place)
        assert len(frame) == len(expected) > 0, place
        assert set(frame["jurisdiction_code"]) == {"11560"}, place


def test_district_name_and_qualified_name(report_db: Engine, gold: list) -> None:
    by_short = tracker.report.policy(report_db, "disaster-safety", jurisdiction="영등포구")
    by_full = tracker.report.policy(report_db, "disaster-safety", jurisdiction="서울 영등포구")
    assert len(by_short) == len(by_full) == len(_about(gold, {"disaster-safety"})) == 13


def test_ambiguous_place_lists_the_options(report_db: Engine) -> None:
    with pytest.raises(ReportError) as err:
        tracker.report.policy(report_db, "smart-city", jurisdiction="중구")
    message = str(err.value)
    assert "ambiguous" in message
    assert "27110 대구광역시 중구" in message and "11140 서울특별시 중구" in message


def test_successor_codes_are_one_place(report_db: Engine, gold: list) -> None:
    # 평창군 was 42760 until 2023-06-10 and is 51760 since; the 2026 article is filed under 51760.
    frame = tracker.report.jurisdiction(report_db, "평창")
    assert len(frame) == sum(c.jurisdiction == "51760" for c in gold) == 8


def test_date_official_and_kind_filters(report_db: Engine, gold: list) -> None:
    tree = _about(gold, FOURTH_TREE)
    in_range = tracker.report.policy(
        report_db, "fourth-industrial-revolution", date_from="2018-11", date_to="2018"
    )
    assert len(in_range) == sum(1 for c in tree if c.date and c.date >= date(2018, 11, 1))
    kwon = tracker.report.policy(report_db, "fourth-industrial-revolution", official="권영진")
    assert len(kwon) == sum(c.speaker == "kwon-young-jin" for c in tree)
    plans = tracker.report.policy(report_db, "fourth-industrial-revolution", kind="plan")
    assert len(plans) == sum(c.kind == "plan" for c in tree)
    assert set(plans["kind"]) == {"plan"}


def test_unknown_names_suggest_near_ones(report_db: Engine) -> None:
    cases = [
        (lambda: tracker.report.policy(report_db, "fine-dusts"), "fine-dust"),
        (lambda: tracker.report.policy(report_db, "smart-city", official="kwon-young-jn"), "kwon-young-jin"),
        (lambda: tracker.report.policy(report_db, "smart-city", kind="plans"), "plan"),
        (lambda: tracker.report.jurisdiction(report_db, "대구광역"), "대구광역시"),
    ]
    for call, near in cases:
        with pytest.raises(NotFoundError, match="did you mean") as err:
            call()
        assert near in str(err.value)
        assert "\n" not in str(err.value)


def test_bad_dates_and_groupings_are_errors(report_db: Engine) -> None:
    with pytest.raises(ReportError, match="YYYY"):
        tracker.report.policy(report_db, "smart-city", date_from="13/03/2018")
    with pytest.raises(ReportError, match="after"):
        tracker.report.policy(report_db, "smart-city", date_from="2019", date_to="2018")
    with pytest.raises(NotFoundError, match="month"):
        tracker.report.policy(report_db, "smart-city", by="months")


def test_counts_by_month_year_kind_jurisdiction(report_db: Engine, gold: list) -> None:
    tree = _about(gold, FOURTH_TREE)
    months = tracker.report.policy(report_db, "fourth-industrial-revolution", by="month")
    expected = Counter(c.date.strftime("%Y-%m") if c.date else "no date" for c in tree)
    assert dict(zip(months["month"], months["claims"], strict=True)) == expected
    assert list(months["month"])[-1] == "no date"
    years = tracker.report.policy(report_db, "fourth-industrial-revolution", by="year")
    assert years["claims"].sum() == len(tree)
    kinds = tracker.report.policy(report_db, "fourth-industrial-revolution", by="kind")
    assert dict(zip(kinds["kind"], kinds["claims"], strict=True)) == Counter(c.kind for c in tree)
    places = tracker.report.policy(report_db, "fourth-industrial-revolution", by="jurisdiction")
    assert dict(zip(places["jurisdiction_code"], places["claims"], strict=True)) == Counter(
        c.jurisdiction for c in tree
    )


def test_counts_by_official_ranked_or_not(report_db: Engine, gold: list) -> None:
    tree = _about(gold, FOURTH_TREE)
    ranked = tracker.report.policy(report_db, "fourth-industrial-revolution", by="official")
    assert list(ranked.columns) == ["rank", "speaker_name", "speaker_key", "claims"]
    assert list(ranked["speaker_key"][:2]) == ["kwon-young-jin", "chae-hyeon-il"]  # 13 before 1
    assert list(ranked["rank"][:2]) == [1, 2]
    assert ranked.iloc[-1]["speaker_name"] == "(no official)"
    assert ranked.iloc[-1]["claims"] == sum(c.speaker is None for c in tree)
    plain = tracker.report.policy(report_db, "fourth-industrial-revolution", by="official", rank=False)
    assert "rank" not in plain.columns
    assert list(plain["speaker_name"][:2]) == ["권영진", "채현일"]  # 가나다 order, not by count
    assert plain.attrs["methodology"]["ranked"] is False
    chae_first = tracker.report.policy(report_db, "disaster-safety", by="official", rank=False)
    assert list(chae_first["speaker_name"]) == ["채현일", "(no official)"]


def test_methodology_counts_versions_and_unreviewed(report_db: Engine, gold: list) -> None:
    tree = _about(gold, FOURTH_TREE)
    facts = tracker.report.policy(report_db, "fourth-industrial-revolution").attrs["methodology"]
    accepted = sum(c.accepted for c in tree)
    assert facts["claims"] == len(tree)
    assert facts["extractor_versions"] == {"0.1.0": len(tree) - accepted, "0.2.0": accepted}
    assert facts["unreviewed"] == len(tree) - accepted
    assert facts["filters"]["policy"] == "fourth-industrial-revolution, smart-city"


def test_official_report_terms_and_claims_by_policy(report_db: Engine, gold: list) -> None:
    report = official_report(report_db, "kwon-young-jin")
    terms = report.sections["terms of office"]
    assert list(terms["start_date"]) == [date(2014, 7, 1), date(2018, 7, 1)]
    assert set(terms["office"]) == {"대구광역시장"}
    grouped = report.sections["claims by policy"]
    mine = [c for c in gold if c.speaker == "kwon-young-jin"]
    pairs = Counter(p for c in mine for p in c.policies)
    assert len(grouped) == sum(pairs.values())
    assert grouped["policy_slug"].iloc[0] == pairs.most_common(1)[0][0] == "smart-city"
    assert report.methodology.claims == len(mine)
    assert tracker.report.official(report_db, "kwon-young-jin", by="policy").iloc[0]["claims"] == 10
    assert official_terms(report_db, "권영진").equals(terms)


def test_jurisdiction_report_counts_per_policy_and_year(report_db: Engine, gold: list) -> None:
    report = jurisdiction_report(report_db, "대구")
    daegu = [c for c in gold if c.jurisdiction == "27"]
    pivot = report.sections["per policy and year"].set_index("policy_slug")
    expected = Counter((p, str(c.date.year) if c.date else "no date") for c in daegu for p in c.policies)
    for (slug, year), n in expected.items():
        assert pivot.loc[slug, year] == n
    assert pivot["total"].sum() == sum(expected.values())
    assert len(report.sections["claims"]) == len(daegu)
    assert tracker.report.jurisdiction(report_db, "27", by="policy-year").equals(
        report.sections["per policy and year"]
    )


def test_rows_agree_with_the_claim_facts_view(report_db: Engine) -> None:
    """Office, party and numbers as the researchers' SQL view computes them (migration 0002)."""
    frame = tracker.report.policy(report_db, "fourth-industrial-revolution")
    with report_db.connect() as conn:
        view = conn.execute(
            text(
                "SELECT claim_id, office, party, quantities, jurisdiction_name_ko, outlet FROM claim_facts "
                "WHERE policy_slug IN ('fourth-industrial-revolution', 'smart-city')"
            )
        ).all()
    facts = {r[0]: tuple(r[1:]) for r in view}
    assert set(facts) == set(frame["claim_id"])
    for row in frame.itertuples():
        mine = (row.office, row.party, row.quantities or None, row.jurisdiction_name_ko, row.outlet)
        assert tuple(None if v != v else v for v in mine) == facts[row.claim_id]  # NaN -> None
