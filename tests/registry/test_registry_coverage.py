"""Coverage of the officials registry: counting on a constructed reference, floors on the real data."""

from __future__ import annotations

from datetime import date

from tracker.reference import Jurisdiction, Official, Reference, load_reference
from tracker.registry import coverage, format_missing
from tracker.registry.coverage import totals

# Pinned floors (share of posts with a sourced holder); raise them as data is added.
FLOORS = {
    ("6th local election 2014", "head"): 1.0,
    ("7th local election 2018", "head"): 1.0,
    ("8th local election 2022", "head"): 1.0,
    ("6th local election 2014", "superintendent"): 1.0,
    ("7th local election 2018", "superintendent"): 1.0,
    ("8th local election 2022", "superintendent"): 1.0,
    ("9th local election 2026", "head"): 0.99,  # 242/243
    ("9th local election 2026", "superintendent"): 0.93,  # 15/16
}


def _j(code, name, level="basic", parent=None, valid_to=None):
    kind = "특별시" if level == "metropolitan" else name[-1]
    return Jurisdiction(code, name, None, level, kind, parent, valid_to=valid_to)


def _o(key, code, election="8th local election 2022", role="head", acting=False):
    return Official(key, key, "t", code, role=role, election=election, acting=acting)


def _reference() -> Reference:  # constructed
    jurisdictions = (
        _j("11", "서울특별시", "metropolitan"),
        _j("11110", "서울특별시 종로구", parent="11"),
        _j("11140", "서울특별시 중구", parent="11"),
        _j("42", "강원도", "metropolitan", valid_to=date(2023, 6, 10)),
    )
    officials = (
        _o("a", "11"),
        _o("b", "11110"),
        _o("c", "11140", acting=True),  # an acting head does not count
        _o("d", "11", role="superintendent"),
    )
    return Reference(jurisdictions=jurisdictions, officials=officials, policies=())


def test_counts_posts_and_known_holders():  # constructed
    rows = coverage(_reference(), elections=("8th local election 2022",))
    heads = {r.area_code: r for r in rows if r.role == "head"}
    assert (heads["11"].posts, heads["11"].known, heads["11"].missing) == (3, 2, ("서울특별시 중구청장",))
    assert (heads["42"].posts, heads["42"].known, heads["42"].missing) == (1, 0, ("강원도지사",))
    supers = {r.area_code: r for r in rows if r.role == "superintendent"}
    assert supers["11"].missing == () and supers["42"].missing == ("강원도교육감",)


def test_posts_follow_validity_dates():  # constructed
    rows = coverage(_reference(), elections=("9th local election 2026",), roles=("head",))
    assert [r.area_code for r in rows] == ["11"]  # 강원도 ended in 2023


def test_format_missing():  # constructed
    text = format_missing(coverage(_reference(), elections=("8th local election 2022",), roles=("head",)))
    assert text.splitlines() == [
        "8th local election 2022 · head: 2/4 posts known (50.0%)",
        "  서울특별시 (11) 2/3 — missing: 서울특별시 중구청장",
        "  강원도 (42) 0/1 — missing: 강원도지사",
    ]


def test_real_coverage_floors():
    sums = totals(coverage(load_reference()))
    for key, floor in FLOORS.items():
        known, posts = sums[key]
        assert known / posts >= floor, (key, known, posts)
