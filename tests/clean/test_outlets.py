"""Outlet names from datelines, outlet lines and reporters' e-mail domains."""

from __future__ import annotations

import pytest

from tracker.clean import clean
from tracker.clean.lines import outlet_of_emails
from tracker.clean.outlets import outlet_for_domain, outlet_name
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference


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


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        # constructed: bylines the byline rules do not read, with a table domain
        (["송민섭 | stsong@segye.com | 입력 2020-07-07 04:00:00", "본문"], "세계일보"),
        (["모재성 기자 [ mojs1750@g1tv.co.kr ]"], "G1방송"),  # as five of six golds of g1tv.co.kr pages name it
        # constructed: no table domain, or two outlets' domains (a syndicated story), name nothing
        (["문의 raintoorain@gmail.com"], None),
        (["a@segye.com", "b@kado.net"], None),
        (["a@segye.com", "b@segye.com", "c@gmail.com"], "세계일보"),
    ],
)
def test_outlet_of_emails(lines: list[str], outlet: str | None) -> None:
    assert outlet_of_emails(lines) == outlet


@pytest.mark.parametrize(
    ("article", "outlet"),
    [
        # real pages whose byline prints only a name, an e-mail and the date ('이세훈 sehoon@kado.net 2019년 …'), or a
        # desk with its e-mail ('디지털뉴스부 dgnews@kihoilbo.co.kr …'): the outlet comes from the domain
        ("set-dc/articles/dc-08-kado.txt", "강원도민일보"),
        ("set-gl/articles/gl-06-kihoilbo.txt", "기호일보"),
        ("set-fw/articles/fw-08-segye.txt", "세계일보"),
    ],
)
def test_outlet_from_a_pages_email_domain(article: str, outlet: str) -> None:
    from tracker.extract.learned.training import ROOT

    path = ROOT / "seeds" / "extra-corpora" / article
    record = next(r for r in iter_records([str(path)]) if isinstance(r, InputRecord))
    assert clean(record, load_reference()).meta.outlet == outlet


def test_an_app_promotion_under_the_story_is_no_outlet_line() -> None:
    # set-lw lw-07, set-bg bg-03 (mbn): 'MBN APP 다운로드' under '[ⓒ 매일경제 & mk.co.kr …]'
    assert outlet_name("MBN APP 다운로드") is None
    assert outlet_name("MBN") == "MBN"
    from tracker.extract.learned.training import ROOT

    path = ROOT / "seeds" / "extra-corpora" / "set-lw/articles/lw-07-mbn.txt"
    record = next(r for r in iter_records([str(path)]) if isinstance(r, InputRecord))
    assert clean(record, load_reference()).meta.outlet == "매일경제"


def test_a_stations_news_label_names_the_station() -> None:
    # set-mo mo-05, set-mk mk-03 (jcntv): 'JCN 뉴스 >JCN 뉴스' above the story, the station's only name on the page
    assert outlet_name("JCN 뉴스") == "JCN"
    assert outlet_for_domain("www.jcntv.co.kr") == "JCN"
