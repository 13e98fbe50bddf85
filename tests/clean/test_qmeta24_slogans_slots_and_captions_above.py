"""Metadata round 24, from set-gq … gx's misses (read after their judgement): yna.co.kr's masthead slogan and
its comment link above the title, an ad slot's id above the title, a photo's caption printed above the title,
a dash after a page store's date, and '[세종 TV = 김은지]' (the outlet, then the reporter's bare name)."""

from __future__ import annotations

from tracker.clean.header import strip_dateline
from tracker.clean.lines import is_junk
from tracker.clean.text import clean_lines


def test_yna_s_slogan_and_comment_link_are_chrome() -> None:
    # set-gr gr-05
    assert is_junk("국가기간뉴스 통신사 연합뉴스")
    assert is_junk("댓글3댓글페이지로 이동")
    lines = [
        "본문 바로가기",
        "국가기간뉴스 통신사 연합뉴스",
        "국가기간뉴스 통신사 연합뉴스",
        "댓글3댓글페이지로 이동",
        "",
        "[인터뷰] 화천산천어축제 수문장 최문순 화천군수",
        "",
        "송고시간2020-01-27 10:44",
        "",
        "(화천=연합뉴스) 이상학 기자 = 2020 화천산천어축제를 이끄는 최문순 화천군수는 27일 밝혔다.",
    ]
    assert clean_lines(lines)[1].headline == "[인터뷰] 화천산천어축제 수문장 최문순 화천군수"


def test_an_ad_slot_s_id_above_the_title() -> None:
    # set-gw gw-06 (ksilbo.co.kr)
    title = "[이선호 울주군수]미래 먹거리 농업 씨앗 뿌렸고 일자리·부가가치 창출만 남았다"
    lines = [
        "default_setNet1_2",
        "default_news_ad1",
        "",
        title,
        "",
        "기사승인 2021.01.17  20:46:53",
        "",
        "이선호 울주군수는 17일 후반기 주요 계획을 밝혔다.",
    ]
    assert clean_lines(lines)[1].headline == title


def test_a_photo_s_caption_above_the_title() -> None:
    # set-gs gs-02 (iusm.co.kr)
    title = "울산시, 희망상가 품은 청년희망주택 기공식 개최"
    caption = (
        "28일 중구 성안동 393-2번지에서 열린 희망상가를 품은 청년희망주택 기공식에서 김두겸 울산시장, 이성룡 시의회 "
        "부의장 등이 기공 시삽을 하고 있다."
    )
    lines = [
        caption,
        "",
        title,
        "",
        "울산시는 28일 중구 성안동에서 '희망상가를 품은 청년희망주택' 기공식을 가졌다.",
    ]
    body, found = clean_lines(lines)
    assert found.headline == title and caption in found.captions
    assert body[0].startswith("울산시는")


def test_a_dash_after_a_stored_date() -> None:
    # set-gx gx-02 (heraldcorp.com, as a page store kept it)
    lines = [
        "date 2025-08-14 - 8월 14일 민관협력 간담회 개최…대전형‘꿈씨희망 명함’첫 공개",
        "",
        "[헤럴드경제= 이권형기자] 대전시는 14일 시청 중회의실에서 간담회를 열었다.",
    ]
    assert clean_lines(lines)[1].headline == "8월 14일 민관협력 간담회 개최…대전형‘꿈씨희망 명함’첫 공개"


def test_an_outlet_then_the_reporter_s_bare_name() -> None:
    # set-gx gx-07 (sejongmedia.com, whose broadcaster the table knows as 세종TV)
    rest, found = strip_dateline("[세종 TV = 김은지] 이춘희 세종시장은 말했다.")
    assert (found.outlet, found.reporter, found.place) == ("세종TV", "김은지", None)
    assert rest == "이춘희 세종시장은 말했다."
    # the reverse order and a place after '=' keep their readings (set-gn gn-09; constructed)
    assert strip_dateline("[남상훈 기자 = 홍천] 신영재")[1].reporter == "남상훈"
    assert strip_dateline("[가나일보 = 서귀포] 시는")[1].outlet == "가나일보"
