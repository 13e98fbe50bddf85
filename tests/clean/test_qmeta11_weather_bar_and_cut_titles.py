"""Metadata round 11: a site's date bar with the day's weather above the title, and a title cut short to fit a box
above the whole title. Lines are the real ones of the development sets named beside them (sets ea … ed, read after
their judgement)."""

from __future__ import annotations

from pathlib import Path

from tracker.clean import clean
from tracker.clean.lines import is_junk
from tracker.clean.meta import build_meta
from tracker.clean.text import clean_lines
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference

EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


def test_a_date_bar_with_the_weather_is_no_title() -> None:
    # set-ed ed-04 (honam): the first line of the page, above the section path and the title
    lines = [
        "2019.10.22(화)광주 11ºC",
        "뉴스 > 구청뉴스",
        "주민들이 살고 싶은 마을은?",
        "입력 : 2019년 06월 04일(화) 00:00",
        "",
        "광주 광산구(구청장 김삼호)는 지난달 31일 월곡2동 행정복지센터에서 공청회를 개최했다.",
    ]
    assert is_junk(lines[0])
    _, found = clean_lines(lines)
    assert found.headline == "주민들이 살고 싶은 마을은?"
    # the widget's own items stay junk; a sentence that names a temperature does not
    assert is_junk("• 흐림서울 20.5℃") and is_junk("구름많음제주 23.7℃")
    assert not is_junk("광주 11ºC에 달하는 폭염이 이어졌다.")


def test_a_title_cut_short_above_the_whole_title() -> None:
    # set-ea ea-04 (newsfreezone): the page prints its tab's title, cut, then the section and the whole title
    path = EXTRA / "set-ea" / "articles" / "ea-04-newsfreezone.txt"
    record = next(r for r in iter_records([str(path)]) if isinstance(r, InputRecord))
    meta = clean(record, load_reference()).meta
    assert meta.headline == '박원순, "복지는 공동체 사람들과 함께 살아가고자 하는 마음"'
    assert meta.subheadline is None
    # constructed: a subheadline that does not go on from the cut title leaves both as they are
    _, found = clean_lines(["대구시, 물산업 클러스터 조성 박차..", "국가 물산업 허브 도약", "", "대구시는 13일 밝혔다."])
    meta = build_meta(found, {}, jurisdiction_code=None)
    assert (meta.headline, meta.subheadline) == ("대구시, 물산업 클러스터 조성 박차..", "국가 물산업 허브 도약")


def test_weather_items_with_a_station_note_or_no_reading_and_a_presenter_credit_are_furniture() -> None:
    # 0.120.0: the widget's '맑음홍성(예) 18.0℃' (inews365, set-pl pl-05) and '• 맑음고창 ℃' (TV서울, set-iq iq-05); a
    # broadcaster's presenter under the programme's air time, '아나운서 강민주' / '앵커 강민주' (G1, set-mr mr-04, mv-09)
    assert is_junk("맑음홍성(예) 18.0℃") and is_junk("• 맑음고창 ℃") and is_junk("구름많음홍성(예) -1.0℃")
    assert is_junk("아나운서 강민주") and is_junk("앵커 강민주")
    assert not is_junk("앵커 강민주입니다.")  # constructed: a script's sign-on is the script's
    article = clean(next(iter_records([str(EXTRA / "set-mr/articles/mr-04-g1tv.txt")])), load_reference())
    assert article.meta.headline == "(신년17) 정선군, 교통망 기반.3대 현안 박차"
