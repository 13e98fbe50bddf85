"""Rules for scraped text, one per kind of boilerplate, on lines taken from real articles."""

from __future__ import annotations

import pytest

from tracker.clean import clean
from tracker.clean.captions import agency_photo_caption, is_caption_line, split_inline_caption
from tracker.clean.header import split_glued_subheadline, strip_dateline, take_header
from tracker.clean.lines import footer_line, is_junk, normalise_line, page_end_line, strip_trailing_byline
from tracker.clean.text import clean_lines, paragraphs
from tracker.read import InputRecord
from tracker.reference import load_reference


@pytest.mark.parametrize(
    ("line", "rest", "outlet", "reporter", "place"),
    [
        (
            "【브레이크뉴스 대구】박성원 기자= 대구시는 권영진 대구시장이",
            "대구시는 권영진 대구시장이",
            "브레이크뉴스",
            "박성원",
            "대구",
        ),
        (
            "(단양=연합뉴스) 윤우용 기자 = 충북도교육청은 4일",
            "충북도교육청은 4일",
            "연합뉴스",
            "윤우용",
            "단양",
        ),
        ("[인천=뉴시스] 조수정 기자 = 윤석열 대통령이", "윤석열 대통령이", "뉴시스", "조수정", "인천"),
        ("[아시아경제 박종일 기자] 1인 여성가구수가", "1인 여성가구수가", "아시아경제", "박종일", None),
        ("[경상매일신문]지난 22일 중국 산둥성에서", "지난 22일 중국 산둥성에서", "경상매일신문", None, None),
        ("[KBS 부산] [앵커]", "", "KBS 부산", None, "부산"),
        ("【대구=뉴시스】홍길동 기자 = 대구시는", "대구시는", "뉴시스", "홍길동", "대구"),
        (
            "[기획│대구 산업구조 전환 8년의 성과] 섬유·자동차부품에서",
            "[기획│대구 산업구조 전환 8년의 성과] 섬유·자동차부품에서",
            None,
            None,
            None,
        ),
    ],
)
def test_strip_dateline(
    line: str, rest: str, outlet: str | None, reporter: str | None, place: str | None
) -> None:
    kept, found = strip_dateline(line)
    assert (kept, found.outlet, found.reporter, found.place) == (rest, outlet, reporter, place)


@pytest.mark.parametrize(
    ("line", "reporter", "outlet"),
    [
        ("박성원 기자 | 입력 : 2018/03/13 [18:29]", "박성원", None),
        ("박종문기자 kpjm@yeongnam.com", None, "영남일보"),
        ("박선자 (psj30@kbs.co.kr)", "박선자", "KBS"),
        ("김민범 기자", "김민범", None),
        ("KBS 뉴스 박선자입니다.", "박선자", None),
        ("박선자 기자가 취재했습니다.", "박선자", None),
        ("대구시, 금융, 사회담당 입니다. 기사제보: raintoorain@gmail.com", None, None),
        ("영상편집:김종수/그래픽:김희나", None, None),
        ("출처 : 기호일보 (www.kihoilbo.co.kr/news/articleView.html?idxno=1144308)", None, "기호일보"),
        ("동아닷컴", None, "동아닷컴"),
        ("ⓒ 브레이크뉴스 무단전재 및 재배포 금지", None, None),
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", None, None),
        ("▶ 연합뉴스 앱 지금 바로 다운받기~", None, None),
        ("yoon@yna.co.kr", None, "연합뉴스"),
        ("입력 2021.03.12. 오전 9:30 | 최종수정 2021.03.12. 오전 10:00", None, None),
    ],
)
def test_footer_lines_are_dropped(line: str, reporter: str | None, outlet: str | None) -> None:
    drop, found = footer_line(line)
    assert drop
    assert found.reporter == reporter or reporter is None
    assert (found.outlet or found.email_outlet) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "대구시는 2030년까지 로봇기업수 662개사를 목표로 추진하고 있다.",
        '[최인호/국회 국토교통위 법안심사소위원장 : "2024년 연말에 가덕신공항 착공을 하기 위해서는"]',
        "해당 작품은 시청 본관 대강당 앞에 상설 전시된다.",
        "문의는 이메일 abc@daegu.go.kr로 하면 된다.",
    ],
)
def test_body_lines_are_kept(line: str) -> None:
    assert footer_line(line) == (False, footer_line(line)[1])
    assert not is_junk(line)
    assert not is_caption_line(line)


def test_trailing_byline_is_cut_from_the_last_sentence() -> None:
    line, found = strip_trailing_byline("세계도 스마트시티 대구를 인정했다.최세호 기자 seho@naeil.com")
    assert line == "세계도 스마트시티 대구를 인정했다."
    assert (found.reporter, found.email_outlet) == ("최세호", "내일신문")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("▲ 권영진 시장이 13일 열린 확대간부회의에서 발언하고 있다. © 대구시 제공", True),
        ("↑↑ 중국산둥성에서 최고상을 수상하는 장면", True),
        ("(사진=영등포구 제공)", True),
        ("[연합뉴스 자료사진]", True),
        ("[단양군 제공. 재판매 및 DB 금지]", True),
        ("(서울=연합뉴스)", False),
        ("▲ 한중혁신대회", False),  # a subhead
        ("그동안 구는 △스파이더 범죄예방마을 조성 △긴급출동 비상벨 등 정책을 펼쳤다.", False),
    ],
)
def test_caption_lines(line: str, caption: bool) -> None:
    assert is_caption_line(line) is caption


def test_inline_caption_runs_back_to_the_noun_phrase() -> None:
    line = (
        "성과가 가시화되고 있다. 대구시 달성군 구지면에 위치한 '국가물산업클러스터' 전경. "
        "시는 이곳에 삼성·롯데와 강소기업 등 포함 141개 기업을 유치했다. 사진 대구시 제공"
    )
    rest, captions = split_inline_caption(line)
    assert rest == "성과가 가시화되고 있다."
    assert captions == (
        "대구시 달성군 구지면에 위치한 '국가물산업클러스터' 전경. 시는 이곳에 삼성·롯데와 강소기업 등 포함 141개 기업을 유치했다. 사진 대구시 제공",
    )


def test_agency_photo_item_is_a_caption() -> None:
    is_photo, found = agency_photo_caption(
        "유정복 인천시장과 악수하고 있다. 2024.03.07. chocrystal@newsis.com"
    )
    assert is_photo
    assert found.captions == ("유정복 인천시장과 악수하고 있다.",)
    assert (found.published, found.email_outlet) == ("2024.03.07.", "뉴시스")


def test_glued_subheadline() -> None:
    line = (
        "미래차 부품 개발-완성차 납품까지 전방위 맞춤 지원광주광역시는 전장부품기업 5개사를 1차로 선정했다."
    )
    assert split_glued_subheadline(line, ("광주광역시", "광주시")) == (
        "광주광역시는 전장부품기업 5개사를 1차로 선정했다.",
        "미래차 부품 개발-완성차 납품까지 전방위 맞춤 지원",
    )
    assert split_glued_subheadline("광주광역시는 5개사를 선정했다.", ("광주광역시",)) == (
        "광주광역시는 5개사를 선정했다.",
        None,
    )


def test_header_of_an_unwrapped_record() -> None:
    lines = [
        "가덕신공항건설공단 설립 본격화…조기 개항 ‘순항’",
        "",
        "2023. 08. 23",
        "",
        "[KBS 부산] [앵커]",
        "",
        "본문.",
    ]
    rest, found = take_header(lines)
    assert rest == ["[KBS 부산] [앵커]", "", "본문."]
    assert (found.headline, found.published, found.subheadline) == (
        "가덕신공항건설공단 설립 본격화…조기 개항 ‘순항’",
        "2023. 08. 23",
        None,
    )


def test_single_paragraph_has_no_headline() -> None:
    body, found = clean_lines(["강진군은 한우산업 선진지 견학을 실시했다. 강진원 강진군수는 말했다."])
    assert found.headline is None
    assert body == ["강진군은 한우산업 선진지 견학을 실시했다. 강진원 강진군수는 말했다."]


def test_lines_of_nbsp_and_ads_go() -> None:
    assert normalise_line("\u00a0 \u00a0") == ""
    assert (
        is_junk("광고")
        and is_junk("  • 도배방지 이미지".strip())
        and is_junk("원본보기")
        and is_junk("[리포트]")
    )


def test_paragraphs() -> None:
    assert (
        paragraphs(["첫 문단.", "", "둘째 줄.", "셋째 줄.", "", "▲ 소제목", "본문."])
        == "첫 문단.\n\n둘째 줄.\n셋째 줄.\n\n▲ 소제목\n\n본문."
    )
    assert paragraphs(["한 줄.", "다른 줄."]) == "한 줄.\n\n다른 줄."


def test_glued_sentences_get_a_space_and_sections_a_paragraph() -> None:
    body, _ = clean_lines(
        ["제목 줄", "결과다.이른바 성과가 있다.◆물산업 허브도시 자리매김 = 국내 유일의 시설이다."]
    )
    assert (
        paragraphs(body)
        == "결과다. 이른바 성과가 있다.\n\n◆물산업 허브도시 자리매김\n\n국내 유일의 시설이다."
    )


def test_export_metadata_wins_over_the_text() -> None:
    text = "홍준표 '文, 개 3마리도'\n\n조선일보\n\n홍준표 대구시장은 오늘(8일) 오전 페이스북을 통해 겨냥했습니다."
    record = InputRecord(
        source="export.jsonl:7",
        raw=text.encode(),
        text=text,
        format="text",
        given={
            "title": "다른 제목",
            "outlet": "조선비즈",
            "published": "2022-11-08 09:15",
            "reporter": "김기자 기자",
        },
    )
    article = clean(record, load_reference())
    assert (article.meta.headline, article.meta.outlet, article.meta.reporter) == (
        "다른 제목",
        "조선비즈",
        "김기자",
    )
    assert article.meta.published_precision == "minute"
    assert article.text.startswith("홍준표 '文, 개 3마리도'") is False
    assert article.meta.jurisdiction_code == "27"


def test_agency_story_end_to_end() -> None:
    """The danyang story as the agency sends it: headline, dateline, photo credit, e-mail, copyright."""
    text = (
        "충북교육청·단양군, 국가지질공원 교재 만든다\n\n"
        "(단양=연합뉴스) 윤우용 기자 = 충북도교육청은 4일 단양군과 함께 단양 국가지질공원을 주제로 한 교재를 만들기로 했다고 밝혔다.\n\n"
        "[충북도교육청 제공. 재판매 및 DB 금지]\n\n"
        "윤건영 교육감과 김문근 단양군수는 이날 단양교육지원청에서 정책간담회를 갖고 이같이 합의했다.\n\n"
        "yoon@yna.co.kr\n\n"
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>\n"
    )
    record = InputRecord(source="danyang.txt", raw=text.encode(), text=text, format="text")
    article = clean(record, load_reference())
    assert article.text == (
        "충북도교육청은 4일 단양군과 함께 단양 국가지질공원을 주제로 한 교재를 만들기로 했다고 밝혔다.\n\n"
        "윤건영 교육감과 김문근 단양군수는 이날 단양교육지원청에서 정책간담회를 갖고 이같이 합의했다."
    )
    assert article.captions == ("[충북도교육청 제공. 재판매 및 DB 금지]",)
    meta = article.meta
    assert (meta.headline, meta.reporter, meta.outlet, meta.jurisdiction_code) == (
        "충북교육청·단양군, 국가지질공원 교재 만든다",
        "윤우용",
        "연합뉴스",
        "43800",
    )


# --- page templates of regional news sites (all lines below are constructed) ---


@pytest.mark.parametrize(
    ("line", "reporter", "published"),
    [
        ("• 홍길동 기자", "홍길동", None),  # constructed: bullet byline block
        ("• 승인 2020.03.04 09:30", None, "승인 2020.03.04 09:30"),  # constructed
        ("by홍길동 기자", "홍길동", None),  # constructed
        ("2020-03-04     홍길동 기자", "홍길동", "2020-03-04"),  # constructed: date, then reporter
    ],
)
def test_header_byline_fields(line: str, reporter: str | None, published: str | None) -> None:
    drop, found = footer_line(normalise_line(line))
    assert drop
    assert (found.reporter, found.published) == (reporter, published)


@pytest.mark.parametrize(
    "line",
    ["댓글 0", "• 댓글 12", "추천 3", "공유하기", "로그인"],  # constructed widget lines
)
def test_widget_lines_are_junk(line: str) -> None:
    assert is_junk(line)


def test_trailing_byline_without_email() -> None:
    line, found = strip_trailing_byline("앞으로도 꾸준히 지원하겠다”고 말했다.홍길동 기자")  # constructed
    assert (line, found.reporter) == ("앞으로도 꾸준히 지원하겠다”고 말했다.", "홍길동")
    # constructed: a sentence that mentions a reporter is not a byline
    assert strip_trailing_byline("행사에는 지역 언론사 홍길동 기자")[1].reporter is None


def test_outlet_place_reporter_dateline() -> None:
    kept, found = strip_dateline("[가나일보 연천=홍길동 기자] 연천군이 19일 토론회를 열었다.")  # constructed
    assert (kept, found.outlet, found.reporter, found.place) == (
        "연천군이 19일 토론회를 열었다.",
        "가나일보",
        "홍길동",
        "연천",
    )


@pytest.mark.parametrize(
    "line",
    [
        "군수가 19일 청년들과 기념 촬영을 하고 있다. (제공: 가나군) ⓒ가나일보 2020.3.4",  # constructed: credit + photo day
        "(제공: 가나군)",  # constructed
    ],
)
def test_caption_credit_forms(line: str) -> None:
    assert is_caption_line(line)


def test_comment_widget_and_everything_after_it_go() -> None:
    lines = [  # constructed page: story, then the comment widget of the site
        "가나군, 청년 일자리 간담회",
        "",
        "가나군은 5일 청년 일자리 간담회를 열었다.",
        "",
        "군수는 “지원하겠다”고 말했다.",
        "",
        "댓글삭제",
        "삭제한 댓글은 다시 복구할 수 없습니다.",
        "그래도 삭제하시겠습니까?",
        "댓글 0",
        "댓글쓰기",
        "계정을 선택하시면 로그인·계정인증을 통해",
        "댓글을 남기실 수 있습니다.",
    ]
    body, _ = clean_lines(lines)
    assert paragraphs(body) == "가나군은 5일 청년 일자리 간담회를 열었다.\n\n군수는 “지원하겠다”고 말했다."


def test_list_headings_and_copyright_end_the_story() -> None:
    lines = [  # constructed
        "가나군, 청년 일자리 간담회",
        "가나군은 5일 간담회를 열었다.",
        "<저작권자 © 가나일보 무단전재 및 재배포 금지>",
        "홍길동 기자 hong@example.com",
        "많이 본 뉴스",
        "다른 기사의 제목 하나",
        "다른 기사의 제목 둘",
    ]
    body, found = clean_lines(lines)
    assert body == ["가나군은 5일 간담회를 열었다."]
    assert found.reporter == "홍길동"
    # constructed: a body sentence about comments is not a widget
    body, _ = clean_lines(
        ["제목 줄", "가나군은 5일 간담회를 열었다.", "주민 댓글 공모전에는 300여 명이 참여했다."]
    )
    assert body[-1] == "주민 댓글 공모전에는 300여 명이 참여했다."


def test_header_block_above_a_later_dateline() -> None:
    lines = [  # constructed: repeated title, subheadline, bullet byline block, share widget, dateline
        "가나군, 청년 일자리 창출 나서",
        "가나군, 청년 일자리 창출 나서",
        "청년 간담회… 문화공간 마련 건의",
        "  • 홍길동 기자",
        "  • 승인 2020.03.04 18:00",
        "  • 댓글 0",
        "이 기사를 공유합니다",
        "",
        "[가나일보 홍길동 기자] 가나군은 4일 청년 간담회를 개최했다.",
    ]
    body, found = clean_lines(lines)
    assert body == ["가나군은 4일 청년 간담회를 개최했다."]
    assert (found.headline, found.subheadline, found.reporter, found.outlet, found.published) == (
        "가나군, 청년 일자리 창출 나서",
        "청년 간담회… 문화공간 마련 건의",
        "홍길동",
        "가나일보",
        "승인 2020.03.04 18:00",
    )


def test_caption_and_quoted_subheadline_above_the_dateline() -> None:
    lines = [  # constructed: photo caption and a quoted subheadline between the title and the dateline
        "가나군, 청년과 함께하는 토론회",
        "가나군, 청년과 함께하는 토론회",
        "",
        "군수가 19일 청년들과 기념 촬영을 하고 있다. (제공: 가나군) ⓒ가나일보 2020.3.4",
        "",
        "“소외층 없는 정책 발굴할 것”",
        "",
        "[가나일보 가나=홍길동 기자] 가나군이 19일 토론회를 열었다.",
    ]
    body, found = clean_lines(lines)
    assert body == ["가나군이 19일 토론회를 열었다."]
    assert found.subheadline == "“소외층 없는 정책 발굴할 것”"
    assert found.captions == (
        "군수가 19일 청년들과 기념 촬영을 하고 있다. (제공: 가나군) ⓒ가나일보 2020.3.4",
    )
    assert (found.reporter, found.outlet, found.place) == ("홍길동", "가나일보", "가나")


def test_date_byline_and_subheadline_above_the_dateline() -> None:
    lines = [  # constructed: 'by' byline, timestamp, subheadline, then the dateline
        "[기획]가나군, 지원센터 개관",
        "by홍길동 기자",
        "2020.03.04 17:48:13",
        "지난 2일 개관, 지상 2층 규모",
        "[가나일보 홍길동 기자] 가나군은 지원센터를 개관했다고 4일 밝혔다.",
        "이 센터는 지상 2층 규모다.",
    ]
    body, found = clean_lines(lines)
    assert body == ["가나군은 지원센터를 개관했다고 4일 밝혔다.", "이 센터는 지상 2층 규모다."]
    assert (found.subheadline, found.reporter, found.published) == (
        "지난 2일 개관, 지상 2층 규모",
        "홍길동",
        "2020.03.04 17:48:13",
    )


def test_credit_on_the_line_below_makes_a_caption() -> None:
    lines = [  # constructed
        "가나군, 토론회",
        "",
        "[가나일보 홍길동 기자] 가나군이 토론회를 열었다.",
        "",
        "군수가 청년들과 기념 촬영을 하고 있다.",
        "ⓒ가나일보",
        "",
        "군수는 “지원하겠다”고 말했다.",
    ]
    body, found = clean_lines(lines)
    assert paragraphs(body) == "가나군이 토론회를 열었다.\n\n군수는 “지원하겠다”고 말했다."
    assert found.captions == ("군수가 청년들과 기념 촬영을 하고 있다.", "ⓒ가나일보")


@pytest.mark.parametrize(
    ("line", "reporter", "published"),
    [
        ("기자명 홍길동 기자", "홍길동", None),  # constructed: ND-style template label
        ("홍길동 기자 2020-03-04 18:00", "홍길동", "2020-03-04 18:00"),  # constructed: reporter, then date
        (
            "홍길동 기자 • 승인 2020.03.04 18:00 • 댓글 0",
            "홍길동",
            "승인 2020.03.04 18:00",
        ),  # constructed field row
        ("홍길동 기자 hong@example.com", "홍길동", None),  # constructed
    ],
)
def test_more_byline_field_forms(line: str, reporter: str | None, published: str | None) -> None:
    drop, found = footer_line(line)
    assert drop
    assert (found.reporter, found.published) == (reporter, published)


def test_field_row_needs_every_field_to_be_boilerplate() -> None:
    assert footer_line("대구시 | 경북도 공동 사업")[0] is False  # constructed


def test_story_paragraph_above_a_bare_credit_stays() -> None:
    lines = [  # constructed: a photo without caption after the lead; the lead is not a caption
        "가나군, 토론회",
        "",
        "[가나일보 홍길동 기자] 가나군이 토론회를 열었다.",
        "",
        "가나군은 이번 토론회에서 나온 의견을 정책에 반영하겠다고 밝혔다.",
        "(사진=가나군 제공)",
        "",
        "끝 문단이다.",
    ]
    body, found = clean_lines(lines)
    assert "가나군은 이번 토론회에서 나온 의견을 정책에 반영하겠다고 밝혔다." in body
    assert found.captions == ("(사진=가나군 제공)",)


def test_copyright_credit_mid_article_does_not_cut_the_story() -> None:
    story = (
        "가나군은 올해 청년 일자리 사업에 100억원을 투입해 청년 500명의 취업을 지원하고 창업 공간도 새로 마련할 계획이라고 밝혔다. "
        * 2
    )
    lines = [
        "가나군, 청년 지원",
        "첫 문단이다.",
        "ⓒ 가나일보 무단전재 및 재배포 금지",
        story.strip(),
    ]  # constructed
    body, _ = clean_lines(lines)
    assert body == ["첫 문단이다.", story.strip()]


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("삭제한 댓글은 다시 복구할 수 없습니다.", True),  # constructed widget lines
        ("로그인 후 댓글을 작성하실 수 있습니다.", True),
        ("많이 본 뉴스", True),
        ("회사소개 | 광고문의 | 개인정보처리방침", True),
        ("로그인 없이 댓글을 달 수 있는 게시판을 열었다.", False),  # constructed news sentences
        ("주요 뉴스를 시민에게 알리는 전광판을 설치했다.", False),
    ],
)
def test_page_end_lines(line: str, end: bool) -> None:
    assert page_end_line(line) is end


@pytest.mark.parametrize(
    ("line", "outlet", "reporter", "place"),
    [
        ("[가나일보=홍길동 기자] 가나시는 4일 밝혔다.", "가나일보", "홍길동", None),  # constructed
        ("[대구=홍길동 기자] 대구시는 4일 밝혔다.", None, "홍길동", "대구"),  # constructed
    ],
)
def test_bracket_outlet_or_place_equals_reporter(
    line: str, outlet: str | None, reporter: str, place: str | None
) -> None:
    kept, found = strip_dateline(line)
    assert kept.endswith("4일 밝혔다.")
    assert (found.outlet, found.reporter, found.place) == (outlet, reporter, place)


def test_modified_date_line_is_dropped_but_not_the_publication_date() -> None:
    assert footer_line("수정 2020.03.05 09:00") == (
        True,
        footer_line("수정 2020.03.05 09:00")[1],
    )  # constructed
    assert footer_line("최종수정 : 2020.03.05 09:00")[1].published is None  # constructed
