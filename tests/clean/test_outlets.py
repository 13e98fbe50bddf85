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
        # the two Daegu dailies: 대구일보 prints @idaegu.com (set-k k-02's copyright line), 대구신문 @idaegu.co.kr
        ("leejh@idaegu.com", "대구일보"),
        ("kimjo@idaegu.co.kr", "대구신문"),
        ("parkms@kyongbuk.com", "경북일보"),
        # a subdomain that is another outlet is matched before its parent's
        ("biz.chosun.com", "조선비즈"),
        # regional MBC companies have their own domains and names
        ("www.usmbc.co.kr", "울산MBC"),
        ("mbcgn.kr", "MBC경남"),
        ("wisewoo@shinailbo.co.kr", "신아일보"),
        ("news.bbsi.co.kr", "BBS"),
        # a domain ending in a listed one's text is not that outlet ('wifm.kr' is not 'ifm.kr')
        ("wifm.kr", None),
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
        ("MBC경남 창원", "MBC경남 창원"),  # the longest table name wins over its prefix 'MBC'
        ("광남일보 광주", "광남일보"),
    ],
)
def test_outlet_name(text: str, outlet: str | None) -> None:
    assert outlet_name(text) == outlet
