"""Round 22, from set-gm … gp's misses (read after their judgement): a broadcaster's script broken at phrases
rather than at a width is joined back into its sentences, '[남상훈 기자 = 홍천]' is a reporter and his desk's
place (no outlet), and a video player's close button is chrome."""

from __future__ import annotations

from tracker.clean.header import strip_dateline
from tracker.clean.lines import is_junk
from tracker.clean.wrapped import unwrap

# set-gp gp-03 (kctvjeju.com), its first two sentences as the page breaks them
SCRIPT = [
    "오영훈 지사가",
    "오늘 오전 주간 혁신성장회의를 주재하며",
    "최근 제주에서 한시적으로 달성한",
    "RE100 성과를 바탕으로",
    "2035년 탄소중립 목표의 실현 가능성을 높게 전망했습니다.",
    "",
    "4시간동안 도내 전력수요를 100% 재생에너지로 충당하고",
    "남은 전기를",
    "다른지방으로 송전하는데 성공했다며",
    "역전송의 경제 가치는 약 1억 2천만 원으로 평가했습니다.",
]


def test_a_script_broken_at_phrases_is_joined_into_sentences() -> None:
    out = unwrap(SCRIPT)
    assert out[0] == (
        "오영훈 지사가 오늘 오전 주간 혁신성장회의를 주재하며 최근 제주에서 한시적으로 달성한 RE100 성과를 바탕으로 "
        "2035년 탄소중립 목표의 실현 가능성을 높게 전망했습니다."
    )
    assert out[2].startswith("4시간동안") and out[2].endswith("평가했습니다.")


def test_short_lines_that_end_a_title_or_a_label_stay_apart() -> None:
    # constructed: a photo label above a paragraph, and a single wrapped sentence, are left as they are
    lines = [
        "20171227 인터뷰사진-4",
        "인천 동구는 올해 정부의 '도시 재생' 사업에 발맞춰 도시 재생을 통한 활력을 되찾는다.",
    ]
    assert unwrap(lines) == lines
    assert unwrap(SCRIPT[:5]) == SCRIPT[:5]  # one sentence is not yet a script


def test_a_reporter_then_his_desk_s_place_is_no_outlet() -> None:
    rest, found = strip_dateline("[남상훈 기자 = 홍천] 신영재 홍천군수의 계묘년 신년사")
    assert (found.reporter, found.outlet, found.place) == ("남상훈", None, "홍천")
    assert rest == "신영재 홍천군수의 계묘년 신년사"
    # constructed: after '=' a name that is no place is the outlet
    assert strip_dateline("[남상훈 기자 = 가나일보] 홍천군은 …")[1].outlet == "가나일보"


def test_a_video_player_s_close_button_is_chrome() -> None:
    assert is_junk("영상닫기")
