"""Broadcast scripts broken at phrases (0.85.0): below a script's first cue line ('◀VCR▶', '(앵커)', '[리포트]')
every short line runs on into the next until a sentence ends, whatever word ends the line, across a blank line
too; the page's menus and title above the first cue are left to the other rules. Lines are the real ones of the
development sets named beside them."""

from __future__ import annotations

from tracker.clean.wrapped import unwrap

# set-mc mc-04 (usmbc): lines that end in a comma or an adnominal ending, which the phrase rule did not join
MC04 = [
    "◀ANC▶",
    "반환점을 돌고 있는 민선 7기의",
    "성과와 과제를 짚어보는 연속보도,",
    "오늘은(7/7) 울산 큰애기를 활용해",
    "원도심을 살리고",
    "문화·관광 도시로 발돋움하고 있는",
    "중구 순서입니다.",
    "김문희 기자.",
    "◀END▶",
    "◀VCR▶",
    "중구의 대규모 재개발 사업으로 꼽히는",
    "B-04, B-05 지구에는",
    "보상 문제를 둘러싼 갈등이 끊이질 않고,",
    "지난달에는 재개발사업 조합에 대한",
    "압수수색이 이뤄졌습니다.",
    "◀INT▶박태완 / 중구청장",
    '"관광자원 중에 성곽이 6개나 있지 않습니까."',
]


def test_a_script_sentence_broken_at_any_word_is_one_line() -> None:
    out = unwrap(MC04)
    assert (
        "반환점을 돌고 있는 민선 7기의 성과와 과제를 짚어보는 연속보도, 오늘은(7/7) 울산 큰애기를 활용해 "
        "원도심을 살리고 문화·관광 도시로 발돋움하고 있는 중구 순서입니다."
    ) in out
    assert (
        "중구의 대규모 재개발 사업으로 꼽히는 B-04, B-05 지구에는 보상 문제를 둘러싼 갈등이 끊이질 않고, "
        "지난달에는 재개발사업 조합에 대한 압수수색이 이뤄졌습니다."
    ) in out


def test_cue_lines_and_speaker_labels_stay_apart() -> None:
    out = unwrap(MC04)
    for cue in ("◀ANC▶", "◀END▶", "◀VCR▶", "◀INT▶박태완 / 중구청장", "김문희 기자."):
        assert cue in out


def test_a_script_printing_each_phrase_as_a_paragraph() -> None:
    # set-kr kr-08 (chmbc): a blank line after each phrase
    lines = [
        "로그인 로그인",
        "뉴스데스크양구",
        "",
        '양구 인구 2만 명 붕괴 "대응 방안은?"',
        "",
        "◀VCR▶",
        "",
        "조인묵 양구군수는 지난 5월",
        "",
        "선거법 위반 1심 재판에서 무죄를 선고받아",
        "",
        "심리적 압박에서 벗어났습니다.",
        "",
        "하지만, 숨 돌릴 틈 없이 육군 제 2사단",
        "",
        "이동에 따른 인구 감소 문제에",
        "",
        "직면해 있습니다.",
    ]
    out = unwrap(lines)
    assert (
        "조인묵 양구군수는 지난 5월 선거법 위반 1심 재판에서 무죄를 선고받아 심리적 압박에서 벗어났습니다."
        in out
    )
    assert "하지만, 숨 돌릴 틈 없이 육군 제 2사단 이동에 따른 인구 감소 문제에 직면해 있습니다." in out
    # the menus and title above the first cue are not joined into one line
    assert out[:4] == lines[:4]


def test_a_quote_closed_after_a_space_ends_its_sentence() -> None:
    # set-eb eb-09 (ygcl): '하겠습니다. "' ends the quote; the narration below is a sentence of its own
    lines = [
        "[ 인터뷰- 조인묵 양구군수 ]",
        '"내금강 최단로인 31번 국도 개선을 정부 사업에',
        "반영될 수 있도록 하겠습니다. 그 외에 다양한 협력사업",
        '모색을 통해 통일시대 기반을 확충하도록 하겠습니다. "',
        "63개의 공약 중에는 중·고교 신입생 교복 구매비 지원과",
        "군민 안전보험 가입, 농어촌버스 요금 단일화 등 주민 생활과",
        "밀접한 현안을 우선 추진해 25개 사업을 완료하고,",
        "34개 사업을 추진 중입니다.",
    ]
    out = unwrap(lines)
    assert out[0] == "[ 인터뷰- 조인묵 양구군수 ]"
    assert out[1].endswith('확충하도록 하겠습니다. "')
    assert out[2].startswith("63개의 공약 중에는") and out[2].endswith("34개 사업을 추진 중입니다.")


def test_a_speaker_label_does_not_run_on_across_a_blank_line() -> None:
    # set-af af-06 (kjmbc): an interview's label whose words the scrape lost, then the next sentence
    lines = [
        "(기자)",
        "시무식을 마치자마자",
        "전기차를 타고 달려간 곳도",
        "자동차 부품 공장이었습니다.",
        "(인터뷰)",
        "윤장현 광주광역시장/",
        "",
        "올해 첫 결재도",
        "부품공장 현장에서 했습니다.",
        "",
        "아직 정부 예산이 충분히 확보되지 않았지만",
        "우선 광주시 예산부터 지원하겠다고 밝혔습니다.",
    ]
    out = unwrap(lines)
    assert "윤장현 광주광역시장/" in out
    assert "올해 첫 결재도 부품공장 현장에서 했습니다." in out


def test_a_page_without_cues_is_left_to_the_width_rules() -> None:
    # constructed: two short title-like lines and a sentence, no cue: nothing is joined
    lines = [
        "청년 일자리 예산 확대",
        "부산시, 내년 30억 투입",
        "부산시는 내년부터 청년 일자리 사업을 확대한다.",
    ]
    assert unwrap(lines) == lines
