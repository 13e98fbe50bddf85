"""Outlet names from datelines, outlet lines and reporters' e-mail domains."""

from __future__ import annotations

import pytest

from tracker.clean.outlets import outlet_for_domain, outlet_name


@pytest.mark.parametrize(
    ("address", "outlet"),
    [
        ("seho@naeil.com", "내일신문"),
        ("kpjm@yeongnam.com", "영남일보"),
        ("ays@kihoilbo.co.kr", "기호일보"),
        ("psj30@kbs.co.kr", "KBS"),
        ("news.chosun.com", "조선일보"),
        ("raintoorain@gmail.com", None),
    ],
)
def test_outlet_for_domain(address: str, outlet: str | None) -> None:
    assert outlet_for_domain(address) == outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("브레이크뉴스 대구", "브레이크뉴스"),  # a newspaper's regional desk is the same outlet
        ("KBS 부산", "KBS 부산"),  # a regional broadcaster is its own station
        ("경상매일신문", "경상매일신문"),
        ("조선일보", "조선일보"),
        ("동아닷컴", "동아닷컴"),
        ("앵커", None),
        ("유정복 시장과 악수하는 윤 대통령", None),
        ("KBS 뉴스 박선자입니다.", None),
    ],
)
def test_outlet_name(text: str, outlet: str | None) -> None:
    assert outlet_name(text) == outlet
