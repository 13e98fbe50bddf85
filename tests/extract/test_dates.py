"""Dates: relative Korean date expressions resolved against the publication day (no dateparser)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.dates import claim_date, event_day, find_dates


@pytest.mark.parametrize(
    ("text", "published", "expected", "precision"),
    [
        ("권영진 대구시장이 13일 확대간부회의에서", date(2018, 3, 13), date(2018, 3, 13), "day"),
        (
            "구는 지난 22일 영등포경찰서와의 업무협의 간담회에서",
            date(2018, 11, 26),
            date(2018, 11, 22),
            "day",
        ),
        # constructed
        ("지난 2일 열린 회의에서", date(2019, 7, 3), date(2019, 7, 2), "day"),
        # constructed
        ("28일 발표한 자료", date(2019, 7, 3), date(2019, 6, 28), "day"),  # a later day: last month
        # constructed
        ("지난달 28일 개최된", date(2019, 7, 3), date(2019, 6, 28), "day"),
        # constructed
        ("어제 열린 간담회", date(2019, 7, 3), date(2019, 7, 2), "day"),
        ("홍준표 대구시장은 오늘(8일) 오전 페이스북을 통해", date(2022, 11, 8), date(2022, 11, 8), "day"),
        # constructed
        ("올해 6월 완공 예정", date(2019, 7, 3), date(2019, 6, 1), "month"),
        ("지난해 8월에는 국가로봇테스트필드를 유치했다", date(2021, 11, 12), date(2020, 8, 1), "month"),
        ("지난해 활동했던 27개 기업", date(2021, 2, 25), date(2020, 1, 1), "year"),
        # constructed
        ("2018년 3월 13일 열린", None, date(2018, 3, 13), "day"),
    ],
)
def test_find_dates(text: str, published: date | None, expected: date, precision: str) -> None:
    first = find_dates(text, published)[0]
    assert (first.value, first.precision) == (expected, precision)


def test_day_only_without_publication_date_is_unresolved() -> None:
    # gold convention 6: `11일` in an undated article cannot be placed
    assert find_dates("11일 대구시가 발표한 대구산업구조 전환 8년의 성과 자료에 따르면", None) == []
    assert claim_date("11일 대구시가 발표한 자료", None).date is None


def test_years_ago_is_a_period_not_the_claim_date() -> None:
    when = claim_date("우리가 3년 전부터 시행해 왔던 것이 국가정책으로 발전했다", date(2018, 3, 13))
    assert when.date == date(2018, 3, 13)
    assert (when.period_start, when.period_text) == (date(2015, 1, 1), "3년 전부터")


def test_absolute_year_period_even_without_publication_date() -> None:
    when = claim_date("대구시는 2014년부터 산업구조 개편에 시동을 걸었다", None)
    assert when.date is None
    assert when.period_start == date(2014, 1, 1)


def test_period_with_both_ends() -> None:
    # constructed
    when = claim_date("지난 15일부터 16일까지 1박 2일간 견학을 실시했다", date(2024, 5, 20))
    assert (when.period_start, when.period_end) == (date(2024, 5, 15), date(2024, 5, 16))
    assert when.date == date(2024, 5, 20)  # a stretch of days is not the day it was said


def test_durations_are_not_days() -> None:
    assert [r.text for r in find_dates("1박 2일간 견학", date(2024, 5, 20))] == []


def test_event_day_carries_to_reported_speech() -> None:
    published = date(2021, 2, 25)
    lead = "대구대 창업지원단이 지난 24일 온라인과 오프라인을 병행하여 행사를 개최했다."
    event = event_day(lead, published)
    assert event == date(2021, 2, 24)
    quote = "앞으로도 초기창업기업의 투자기능을 강화시키는 노력을 하겠다"
    assert claim_date(quote, published, event=event, reported=True).date == date(2021, 2, 24)
    narration = "초기창업패키지 지원사업은 초기창업기업을 대상으로 성장을 지원하는 사업이다."
    assert claim_date(narration, published, event=event).date == published
    # constructed
    assert claim_date("이날 행사에서 성과를 공유했다", published, event=event).date == date(2021, 2, 24)


def test_own_day_wins_over_the_event_day() -> None:
    when = claim_date(
        "구는 지난 22일 간담회에서 협력을 약속했다", date(2018, 11, 26), event=date(2018, 11, 26)
    )
    assert (when.date, when.precision) == (date(2018, 11, 22), "day")


def test_no_publication_date_gives_no_claim_date() -> None:
    assert claim_date("윤건영 교육감과 김문근 단양군수는 이날 정책간담회를 갖고", None).date is None


def test_event_day_prefers_the_day_of_saying_over_a_glued_subheadline() -> None:
    # constructed: a subheadline (`… 지난 9일 개관`) glued to the lead, whose attribution says 13일
    published = date(2024, 5, 14)
    lead = "청년센터 지난 9일 개관…취업 상담 한 곳에서 대구시는 13일 청년 일자리 간담회를 개최했다."
    assert event_day(lead, published) == date(2024, 5, 13)
    # constructed
    lead = "대구시는 지난 9일 청년센터를 개관했다고 13일 밝혔다."
    assert event_day(lead, published) == date(2024, 5, 13)
    # constructed: a day the lead only mentions is what happened then, not the day of an event reported
    assert event_day("지난 9일 개관한 청년센터는 상담을 제공한다.", published) is None
    assert event_day("군은 지난 3일 도시재생뉴딜사업 공모에 최종 선정돼 국비를 확보했다.", published) is None


def test_event_day_of_a_ceremony_and_of_a_source() -> None:
    from tracker.extract.dates import EventDay, lead_event

    published = date(2019, 12, 13)
    # constructed: the day of the ceremony where the agreement was signed
    lead = "도는 투자협약을 체결했다. 도는 9일 오전 열린 체결식에서 감사패를 수여했다."
    assert lead_event(lead, published) == EventDay(date(2019, 12, 9))
    # constructed: the day the district gave the news dates the narration only
    lead = "11일 구에 따르면 내년부터 출산장려금이 확대 실시된다."
    assert lead_event(lead, published) == EventDay(date(2019, 12, 11), source=True)


def test_reported_sentence_is_dated_by_its_reporting_verb() -> None:
    # constructed: the day of the reported fact is not the day it was said
    when = claim_date("시는 지난달 16일 청년센터 운영을 시작했다고 13일 밝혔다.", date(2024, 5, 14))
    assert when.date == date(2024, 5, 13)
    # constructed: the day of the meeting where it was said
    when = claim_date("권 시장은 13일 확대간부회의에서 지난 9일 문을 연 센터를 소개했다.", date(2024, 5, 14))
    assert when.date == date(2024, 5, 13)


def test_quote_is_dated_by_its_attribution_not_by_a_day_inside_it() -> None:
    published = date(2024, 5, 14)
    # constructed
    sentence = "권 시장은 13일 “지난달 16일 청년센터 운영을 시작했다”고 말했다."
    frame = "권 시장은 13일 " + " " * len("“지난달 16일 청년센터 운영을 시작했다”") + "고 말했다."
    assert claim_date(sentence, published, reported=True, frame=frame).date == date(2024, 5, 13)
    # constructed: an undated attribution takes the event day (or the publication day), not the quote's day
    sentence = "권 시장은 “지난달 16일 청년센터 운영을 시작했다”고 말했다."
    frame = "권 시장은 " + " " * len("“지난달 16일 청년센터 운영을 시작했다”") + "고 말했다."
    event = date(2024, 5, 13)
    assert claim_date(sentence, published, event=event, reported=True, frame=frame).date == event
    assert claim_date(sentence, published, reported=True, frame=frame).date == published


@pytest.mark.parametrize(
    "text",
    [
        "스카우트는 총 11명이 활동하며, 주 5일 총 14시간 운영된다.",  # constructed
        "보안관은 주3일 오전 10시부터 운영된다.",  # constructed
        "센터는 매주 2일 상담을 연다.",  # constructed
    ],
)
def test_days_per_week_are_not_a_day_of_the_month(text: str) -> None:
    assert find_dates(text, date(2018, 12, 12)) == []


def test_a_place_ending_in_ju_before_a_day_is_still_a_day() -> None:
    # constructed: `전주 5일` is the 5th (a dateline), not five days a week
    (ref,) = find_dates("전주 5일 시는 계획을 밝혔다.", date(2018, 12, 12))
    assert ref.value == date(2018, 12, 5)


def test_a_day_figures_are_counted_to_is_no_event_day() -> None:
    # set-b h2-09-asiae: `7월 31일 기준` dates the count, the claim takes the publication day
    published = date(2025, 8, 25)
    text = "GTX-A 킨텍스역·대곡역은 개통 7개월 만에 이용자 수 누적 555만명을 돌파했고(일평균 약 3만8000명, 7월 31일 기준)"
    assert claim_date(text, published).date == published
    # constructed: `현재` (as of) likewise
    assert claim_date("지난 15일 현재 누적 가입자는 1만명이다.", date(2024, 5, 20)).date == date(2024, 5, 20)
    # constructed: a day something happened still dates it
    assert claim_date("시는 지난 15일 센터를 개소했다.", date(2024, 5, 20)).date == date(2024, 5, 15)


def test_a_day_the_attribution_reports_does_not_date_the_quote() -> None:
    # set-i i-08-segye: `22일 완전개방했다고 강조한 강 시장은 “…”고 제시했다`: the 22nd is the opening's day
    published = date(2025, 12, 23)
    quote = "“소상공인을 위해 상생카드 10% 추가 환급을 지원하겠다”"
    sentence = f"도시철도 2호선 상부도로를 22일 완전개방했다고 강조한 강 시장은 {quote}고 제시했다."
    frame = sentence.replace(quote, " " * len(quote))
    assert claim_date(sentence, published, reported=True, frame=frame).date == published
    # constructed: a day of the attribution's own event still dates the quote
    sentence = f"강 시장은 22일 기자회견에서 {quote}고 말했다."
    frame = sentence.replace(quote, " " * len(quote))
    assert claim_date(sentence, published, reported=True, frame=frame).date == date(2025, 12, 22)
    # constructed: an undated reported clause in narration keeps its day (the event told)
    assert claim_date("시는 지난 12일 센터를 개소했다고 밝혔다.", published).date == date(2025, 12, 12)


def test_day_before_a_reported_intention_is_the_day_it_was_said() -> None:
    published = date(2024, 9, 21)
    # set-j j-08-timenews: an intention reported with `…겠다고` cannot have happened on the past day, so
    # the day dates the saying (and the event that the quotes of the article were said at)
    lead = "김태흠 충남도지사가 20일 더 많은 국내외 기업 투자 유치를 통해 당진 발전을 이끌어 나아가겠다고 밝혔다."
    assert event_day(lead, published) == date(2024, 9, 20)
    # constructed: the same with a plan noun (`…할 계획이라고`) and a hortative (`…키우자고`)
    assert event_day("시는 20일 센터를 열 계획이라고 밝혔다.", published) == date(2024, 9, 20)
    assert event_day("시장은 20일 물 산업을 키우자고 제안했다.", published) == date(2024, 9, 20)
    # constructed counter-example: a past act reported (`…개관했다고`) keeps its day to itself
    assert event_day("시는 지난 9일 청년센터를 개관했다고 밝혔다.", published) is None


@pytest.mark.parametrize(
    "text",
    [
        # set-dt dt-04 (ekn): fourteen days before the Games, not the 14th
        "평창군은 14일 앞으로 다가온 2024 강원동계청소년올림픽 성공 개최로 올림픽도시로서 평창의 위상을 높인다",
        # constructed: other counts of days
        "개막을 10일 앞두고 점검에 나섰다",
        "공사를 시작한 지 3일 만에 마쳤다",
        "행사까지 20일 남은 시점",
    ],
)
def test_a_count_of_days_is_no_date(text: str) -> None:
    assert [d for d in find_dates(text, date(2024, 1, 5)) if d.precision == "day"] == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # set-dz dz-05 (maeil): a bus line to open on 10 September, in an article of 28 August 2025
        ("‘세종 M버스’가 9월 10일 개통 예정이다", date(2025, 8, 28), date(2025, 9, 10)),
        # set-dm dm-06 (hankookilbo): the reform starts on 21 December, in an article of 24 October 2024
        ("울산시는 12월 21일 노선 개편 시행 후 4개월가량 모니터링 용역을 실시해", date(2024, 10, 24), date(2024, 12, 21)),
        # constructed: a day just before a January article is last December's
        ("12월 28일 열린 회의에서", date(2019, 1, 5), date(2018, 12, 28)),
        # constructed: `지난` and `지난해` hold the day in the past, `오는` and `내년` ahead
        ("지난 7월 20일 열린 축제", date(2018, 5, 23), date(2017, 7, 20)),
        ("지난해 7월 20일 열린 축제", date(2018, 5, 23), date(2017, 7, 20)),
        ("오는 1월 5일 시행", date(2025, 12, 20), date(2026, 1, 5)),
        ("내년 3월 2일 개교", date(2025, 3, 5), date(2026, 3, 2)),
        ("올해 12월 1일 준공", date(2025, 3, 5), date(2025, 12, 1)),
    ],
)
def test_a_month_and_day_take_the_year_nearest_publication(
    text: str, published: date, expected: date
) -> None:
    assert [r.value for r in find_dates(text, published) if r.precision == "day"] == [expected]


def test_a_day_after_a_month_and_day_is_of_that_month() -> None:
    # set-dw dw-07 (shinailbo), 23 May 2018: festivals announced for July, the second day written bare
    text = "또한, 7월 28일과 29일에는 고려건국 1100주년을 기념한 ‘강화고려문화축전’을 펼친다."
    assert [r.value for r in find_dates(text, date(2018, 5, 23))] == [date(2018, 7, 28), date(2018, 7, 29)]
    # constructed: a span and a list
    assert [r.value for r in find_dates("9월 14일~15일, 10월 1일, 8일", date(2018, 5, 23))] == [
        date(2018, 9, 14),
        date(2018, 9, 15),
        date(2018, 10, 1),
        date(2018, 10, 8),
    ]
    # a bare day after a bare day stays a day of its own reading (`13일과 14일`: this month)
    assert [r.value for r in find_dates("13일과 14일", date(2024, 2, 20))] == [date(2024, 2, 13), date(2024, 2, 14)]


def test_a_future_day_is_not_the_day_a_claim_was_said() -> None:
    # set-dz dz-05: the sentence says when the line opens, not when it was said (the gold: publication)
    when = claim_date("‘세종 M버스’가 9월 10일 개통 예정이다.", date(2025, 8, 28))
    assert when.date == date(2025, 8, 28)


def test_a_day_of_next_month_is_ahead_and_this_month_s_is_this_month() -> None:
    # set-ge ge-05 (2017-08-25): `다음달 1일 … 문을 연다` is 1 September, a day ahead (never the claim's day)
    refs = find_dates("국공립어린이집 4곳이 다음달 1일 동시에 문을 연다.", date(2017, 8, 25))
    assert [(r.value, r.role) for r in refs] == [(date(2017, 9, 1), "future")]
    # constructed: `내달` the same, across a year's end; `이달 3일` this month
    refs = find_dates("내달 1일 개원하고, 이달 3일 밝혔다", date(2017, 12, 25))
    assert [(r.value, r.role) for r in refs] == [(date(2018, 1, 1), "future"), (date(2017, 12, 3), "point")]


def test_a_count_after_1il_is_per_day() -> None:
    # set-ge ge-06 (2016-01-28): `유동인구가 5배 가량(1일 2,314명→13,000명)`: people a day, not the 1st
    assert find_dates("유동인구가 5배 가량(1일 2,314명→13,000명) 늘고", date(2016, 1, 28)) == []
    # constructed: the 1st as a day still reads
    assert [r.value for r in find_dates("시는 1일 시청에서 계획을 밝혔다", date(2016, 1, 28))] == [date(2016, 1, 1)]


@pytest.mark.parametrize(
    ("text", "published", "said"),
    [
        # set-ha ha-08: `30일` is tomorrow's launch (the 30th of this month), not 30 December; the saying's day is
        # the 29th (before 0.79.0 the claim was dated 2017-12-30)
        (
            "부산시는 30일 시의회와 기장군, 연구기관, 대학, 산업계 대표 등이 참석한 가운데 ‘원전해체산업 육성 협의회’를 "
            "출범한다고 29일 밝혔다.",
            date(2018, 1, 29),
            date(2018, 1, 29),
        ),
        # set-et et-09: `3일` in a page of 2 October is the next day's visit: said on the page's day
        ("이 부시장은 3일 교토문화박물관을 방문해 국제공동전시 등 문화분야 협력사업을 제안할 예정이다.", date(2025, 10, 2), date(2025, 10, 2)),
        # set-g g-02: `20일` in a page of the 17th is the opening ahead; `17일 동구청에 따르면` dates the news
        (
            "17일 동구청에 따르면 20일 동구보건소 대강당에서 ‘동구치매안심센터’ 개소식을 갖고 본격 운영에 들어간다.",
            date(2018, 12, 17),
            date(2018, 12, 17),
        ),
    ],
)
def test_a_bare_day_just_after_publication_is_ahead_not_a_month_back(text: str, published: date, said: date) -> None:
    assert claim_date(text, published).date == said


def test_a_bare_day_takes_the_nearer_of_this_month_ahead_and_last_month() -> None:
    # constructed: in a page of 3 July, `28일` is 28 June (5 days back, not 25 ahead); in one of 21 July, `22일`
    # is 22 July (a day ahead, not 29 back); a tie goes to the past; `지난 22일` stays past
    assert find_dates("28일 발표한 자료", date(2019, 7, 3))[0].value == date(2019, 6, 28)
    assert find_dates("22일 총회를 연다", date(2019, 7, 21))[0].value == date(2019, 7, 22)
    assert find_dates("16일 총회를 열었다", date(2019, 7, 1))[0].value == date(2019, 6, 16)  # 15 days either way
    assert find_dates("지난 22일 총회를 열었다", date(2019, 7, 21))[0].value == date(2019, 6, 22)
    # constructed: with no such day last month (31 June), the day ahead only when it is the nearer by any
    # month's measure (under half a month): `31일` on 20 July is 31 July, on 2 July it stays unresolved
    assert find_dates("31일 총회를 연다", date(2019, 7, 20))[0].value == date(2019, 7, 31)
    assert find_dates("31일 총회를 연다", date(2019, 7, 2)) == []


def test_a_cited_story_and_a_days_pass_are_no_dates() -> None:
    # set-mr mr-01 (mstoday): '(2월7일 보도)' cites the paper's earlier story; set-mq mq-07 (kmib): '3일권' is a pass
    cited = "조운동 일대가 쇠퇴하면서 도시재생이 시급하다는 지적(2월7일 보도)이 제기된 가운데"
    assert find_dates(cited, date(2020, 7, 7)) == []
    found = find_dates("스페셜 관광패스(3일권, 5일권 등)도 오는 10월 출시할 계획이다.", date(2017, 1, 25))
    assert [(r.text, r.value) for r in found] == [("오는 10월", date(2017, 10, 1))]
    # constructed: a day the sentence reports stays one
    assert [r.value for r in find_dates("시는 7일 계획을 발표했다.", date(2020, 7, 7))] == [date(2020, 7, 7)]


def test_the_days_of_a_stay_and_a_days_reach_are_no_dates() -> None:
    """`1박 2일` is a stay of two days and `1일 생활권` the reach of a day's trip, not the 2nd or the 1st of the month
    (set-pe pe-09: a plan dated 2022-12-02 in a story of 2022-12-21)."""
    said = (
        "현재 주민들이 육지 방문시 배가 없어 1박 2일 또는 2박 3일이 걸리던 것이 섬 출항 오전배를 도입하면 "
        "당일에도 섬으로 돌아올 수 있는 1일 생활권이 확보되어 주민 삶의 질을 높일 것으로 보고 있다."
    )
    assert find_dates(said, date(2022, 12, 21)) == []
    assert find_dates("1박2일 일정으로 팸투어를 운영했다.", date(2025, 12, 10)) == []  # constructed
    # constructed: the day the stay began is still a day
    found = find_dates("군은 지난 2일 1박 2일 일정으로 팸투어를 운영했다.", date(2025, 12, 10))
    assert [r.value for r in found] == [date(2025, 12, 2)]


def test_a_market_held_every_fifth_day_is_no_day() -> None:
    # '포항시 기계시장 5일장터가 …', '기계시장 5일장을 현장 방문한' (set-qi qi-08, 0.122.0): the market, not the 5th;
    # and '270년 전통' is no '70년 전' (seventy years ago)
    assert find_dates("270년 전통을 자랑하는 포항시 기계시장 5일장터가 새롭게 태어난다.", date(2021, 4, 21)) == []
    refs = find_dates("21일 기계시장 5일장을 현장 방문한 이강덕 시장은", date(2021, 4, 21))
    assert [r.value for r in refs] == [date(2021, 4, 21)]


def test_a_day_in_brackets_dates_the_thing_named_not_the_sentence() -> None:
    # set-is is-01 (asiae): the day of '사회복지의 날' is no day of the visit the sentence reports
    published = date(2025, 9, 19)
    sentence = (
        "이번 방문은 '2025년 사회복지의 날(9월 7일)'을 기념해 추진된 '기장 사회복지 주간행사'의 하나로, 사회복지 "
        "현장에서 묵묵히 헌신하는 종사자들의 노고를 격려하기 위해 마련됐다."
    )
    assert claim_date(sentence, published).date == published
    # a day of its own in the sentence still dates it
    assert claim_date("기장군은 지난 18일 복지시설을 순회 방문했다.", published).date == date(2025, 9, 18)
