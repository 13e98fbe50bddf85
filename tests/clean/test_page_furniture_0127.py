"""0.127.0, read from the first blind runs of set-qo and qp: a skip link's target label and a weather widget's
readings are page furniture (qp-09, qp-05), a date bar after the day's name is the site's today-bar (qp-05), and a
date given twice on one line, the second time with its clock time, is read with the time (qo-07). Lines from those
texts."""

from __future__ import annotations

from tracker.clean.dates import parse_published
from tracker.clean.lines import is_junk
from tracker.clean.text import clean_lines


def test_a_skip_link_s_target_and_a_weather_widget_are_furniture() -> None:
    assert is_junk("본문 시작")
    assert is_junk("현재기온 24.6°c대기 매우나쁨풍속 1.9m/s습도 41%")
    assert not is_junk("기온이 오르면서 습도도 높아지자 시는 폭염 대책을 내놓았다고 밝혔다.")
    assert not is_junk("이날 낮 기온은 31.2℃, 습도는 80%를 기록했다.")


def test_a_title_below_a_holiday_date_bar_and_the_weather() -> None:
    lines = [
        "석가탄신일2020.05.30(토)",
        "현재기온 24.6°c대기 매우나쁨풍속 1.9m/s습도 41%",
        "",
        "동구 도시재생거점 센터 '충장22' 개관",
        "",
        "입력 2020.05.22. 16:35 수정 2020.05.22. 16:55",
        "광주 동구 도시재생 거점센터인 '충장22'가 22일 개관했다.",
    ]
    found = clean_lines(lines)[1]
    assert found.headline == "동구 도시재생거점 센터 '충장22' 개관"
    assert parse_published(found.published)[0].isoformat() == "2020-05-22T16:35:00+09:00"


def test_the_same_day_again_with_its_clock_time() -> None:
    value, precision = parse_published("기사 2020-08-30 승인 2020-08-30(13:07)  서인석 기자")
    assert (value.isoformat(), precision) == ("2020-08-30T13:07:00+09:00", "minute")
    # another day later on the line is not the publication's clock time
    value, precision = parse_published("2020-08-30 수정 2020-09-01 10:00")
    assert (value.date().isoformat(), precision) == ("2020-08-30", "day")
