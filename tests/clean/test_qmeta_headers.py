"""Header shapes: the stored-date marker with a month only, the lone title of a stored page, page-region
labels and bulleted template fields above the title, a preview line cut short above its full copy,
tortoise-shell datelines and captions that end in a bare credit."""

from __future__ import annotations

import pytest

from tracker.clean.captions import is_caption_line
from tracker.clean.header import headline_like, strip_dateline
from tracker.clean.lines import is_junk

from .pages import BODY, BODY2
from .pages import clean_page as _clean


def test_stored_month_marker_is_not_part_of_the_title() -> None:
    # set-g g-01 (asiae): ' date 2021-05 시민이 편리한 …' then a blank line and the dateline
    text = (
        " date 2021-05 시민이 편리한 스마트도시 발전을 위해 중장기 스마트도시 발전계획 수립\n\n\n\n"
        "[아시아경제 영남취재본부 최순경 기자] 경남 진주시는 20일 시청에서 ‘스마트 도시계획 수립 용역 착수보고회’를 "
        "개최했다.\n\n" + BODY2
    )
    meta = _clean(text).meta
    assert meta.headline == "시민이 편리한 스마트도시 발전을 위해 중장기 스마트도시 발전계획 수립"
    assert (meta.reporter, meta.outlet) == ("최순경", "아시아경제")
    # the month is all the page store gives: published at 'month' precision (its first day)
    assert meta.published_precision == "month"
    assert meta.published_at is not None and (meta.published_at.year, meta.published_at.month) == (2021, 5)


def test_lone_title_of_a_stored_page_above_a_caption() -> None:
    # set-i i-10 (jjan): the only title-like line, then the photo caption with its bare credit
    text = (
        " date 2025-09-30 8조 8000억 투자 계획 밝혀\n\n"
        "우범기 전주시장이 30일 시청에서 완주·전주 통합 비전을 발표하고 있다. 전주시\n\n"
        "전주시가 완주·전주 통합을 통해 2040년까지 100만 광역도시를 건설하겠다는 장기 비전을 내놨다.\n\n"
        + BODY2
    )
    article = _clean(text)
    assert article.meta.headline == "8조 8000억 투자 계획 밝혀"
    assert article.captions == (
        "우범기 전주시장이 30일 시청에서 완주·전주 통합 비전을 발표하고 있다. 전주시",
    )
    assert article.text.startswith("전주시가 완주·전주 통합을")


def test_stacked_lines_of_a_stored_page_open_with_the_title() -> None:
    # constructed (the shape of set-a ho-asiae, whose gold reads the first line as a subheadline of a lost title;
    # since metadata round 27 it is taken for the title, as the development gold reads such lines 18 times in 29)
    text = f" date 2025-10-02 복지시설 13곳에 위문품 전달\n\n군수, 복지관 찾아 종사자 격려\n\n{BODY}\n{BODY2}"
    assert _clean(text).meta.headline == "복지시설 13곳에 위문품 전달"


@pytest.mark.parametrize("line", ["상단영역", "본문영역", "하단 영역", "사이드영역"])
def test_page_region_labels_are_junk(line: str) -> None:
    # set-h h-06 (theleader): '상단영역' / '본문영역' above the byline block
    assert is_junk(line)


@pytest.mark.parametrize("line", ["보호구역", "사업 영역", "영역 확대"])  # constructed
def test_words_with_area_are_not_region_labels(line: str) -> None:
    assert not is_junk(line)


def test_bulleted_template_fields_above_the_title() -> None:
    # set-h h-06 (theleader)
    text = (
        "상단영역\n\n본문영역\n\n  • 기자명 이형진 기자\n  • 사회\n  • 입력 2017.08.18 16:04\n\n"
        "광역교통망으로 ‘通’합니다.. 원주시장 “투자 열기 가속”\n\n" + BODY + "\n\n" + BODY2
    )
    meta = _clean(text).meta
    assert (meta.headline, meta.reporter) == (
        "광역교통망으로 ‘通’합니다.. 원주시장 “투자 열기 가속”",
        "이형진",
    )


def test_bullet_item_is_no_headline() -> None:
    assert not headline_like("• 사회")  # constructed
    assert headline_like("부산시, 청년 일자리 확대")  # constructed


def test_preview_cut_short_above_its_full_copy_is_no_title() -> None:
    # set-i i-06 (jbnews): the photo's alt text, cut, then the whole caption, then the tortoise-shell dateline
    text = (
        "설동호 대전시교육감은 23일 신년 기자회견에서\n"
        '설동호 대전시교육감은 23일 신년 기자회견에서 "올해 안전한 학교 조성과 맞춤형 교육복지 강화에 집중할 것"'
        "이라고 밝혔다. / 대전교육청\n\n"
        '〔중부매일 김강중 기자〕설동호 대전시교육감은 23일 "올해 안전한 학교 조성과 맞춤형 교육복지 강화에 집중할 것"'
        "이라고 밝혔다.\n\n" + BODY2
    )
    article = _clean(text)
    assert (article.meta.headline, article.meta.reporter, article.meta.outlet) == (None, "김강중", "중부매일")
    assert article.text.startswith('설동호 대전시교육감은 23일 "올해')


def test_title_above_a_longer_lead_that_does_not_repeat_it() -> None:
    # constructed: the title is not the first words of the lead
    text = f"부산시, 청년 일자리 확대\n\n{BODY}\n\n{BODY2}"
    assert _clean(text).meta.headline == "부산시, 청년 일자리 확대"


def test_tortoise_shell_dateline() -> None:
    rest, found = strip_dateline("〔중부매일 김강중 기자〕설동호 대전시교육감은 23일 밝혔다.")  # set-i i-06
    assert (rest, found.outlet, found.reporter) == (
        "설동호 대전시교육감은 23일 밝혔다.",
        "중부매일",
        "김강중",
    )


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("우범기 전주시장이 30일 시청에서 완주·전주 통합 비전을 발표하고 있다. 전주시", True),  # set-i i-10
        ("김 군수가 참석자들과 기념촬영을 하고 있다. / 대전교육청", True),  # constructed
        ("시는 현재 사업을 추진하고 있다. 이에 따라 시는", False),  # constructed: a story cut mid-sentence
        ("시는 현재 사업을 추진하고 있다. 한편", False),  # constructed
        ("시는 사업을 추진했다. 시는 현재 사업을 추진하고 있다. 전주시", False),  # constructed: two sentences
    ],
)
def test_caption_with_a_bare_credit(line: str, caption: bool) -> None:
    assert is_caption_line(line) is caption


@pytest.mark.parametrize(
    ("line", "like"),
    [
        ('설동호 교육감은 "집중할 것"이라고 밝혔다. / 대전교육청', False),  # set-i i-06: caption and credit
        ("“청년이 떠나지 않는 도시 만들겠다.” 김 시장", True),  # constructed: a quote, then the speaker
    ],
)
def test_sentence_then_credit_is_no_title(line: str, like: bool) -> None:
    assert headline_like(line) is like


@pytest.mark.parametrize(
    ("line", "title", "rest"),
    [
        # set-g g-06 (newdaily): title and subheadline on one line, the break lost
        (
            "간부회의에서 “군산시 발전의 핵심은 문화와 관광”강조축제 전문가 양성 및 축제 지원부서 확대와 업무 집중 필요",
            "간부회의에서 “군산시 발전의 핵심은 문화와 관광”강조",
            "축제 전문가 양성 및 축제 지원부서 확대와 업무 집중 필요",
        ),
        # constructed: the speech act conjugated or with a particle is one title
        ("김 시장, “청년이 돌아오는 도시” 강조했다는 평가 잇따라", None, None),
        ("김 시장 “청년이 돌아오는 도시”강조하며 예산 확대 약속", None, None),
        ("김 시장 “청년이 돌아오는 도시”당부와 함께 예산 확대", None, None),
    ],
)
def test_title_glued_to_its_subheadline(line: str, title: str | None, rest: str | None) -> None:
    from tracker.clean.header import split_glued_title

    assert split_glued_title(line) == ((title, rest) if title else (line, None))


def test_title_repeated_with_the_site_name_stays_the_title() -> None:
    # constructed: the page prints the title again with its site's name
    text = f"부산시, 청년 일자리 확대\n부산시, 청년 일자리 확대 - 가나일보\n\n{BODY}\n\n{BODY2}"
    assert _clean(text).meta.headline == "부산시, 청년 일자리 확대"


@pytest.mark.parametrize(
    "line",
    [
        "글 내용보기",
        "원문보기",
        "본문 듣기",
        "기사읽기",
        "목록으로",
        "이전기사",
        "전체메뉴",
        "SNS 공유하기",
        "팝업 닫기",
    ],
)
def test_page_buttons_are_junk(line: str) -> None:
    # '글 내용보기' is set-i i-02's table caption; the others are constructed button labels
    assert is_junk(line)


@pytest.mark.parametrize("line", ["함께 보기", "글 읽기 운동 확산", "상세 내용", "인기 기사"])
def test_titles_and_list_headings_are_no_buttons(line: str) -> None:
    # constructed; '인기 기사' stays: it marks where the page below the story begins
    assert not is_junk(line)


def test_bulleted_menu_items_above_the_title() -> None:
    # constructed: a page's section menu as bullets, then the title
    text = f"• 오피니언\n• 칼럼\n부산시, 청년 일자리 확대\n\n{BODY}\n\n{BODY2}"
    article = _clean(text)
    assert article.meta.headline == "부산시, 청년 일자리 확대"
    assert article.text.startswith(BODY)
