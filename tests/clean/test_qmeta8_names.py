"""Metadata round 8: words that stand where a reporter's name stands but name nobody: a template's doubled title
('윤요섭 기자 기자'), a paper's name before '기자', a news section before the date, the text-size buttons a template
bullets below its date. Lines are the real ones of the development sets named beside them."""

from __future__ import annotations

from tracker.clean.header import header_field_line
from tracker.clean.lines import footer_line, normalise_line
from tracker.clean.text import clean_lines


def test_a_doubled_title_keeps_the_name() -> None:
    line = normalise_line("윤요섭 기자 기자  2015.11.25 16:00:48")  # set-ba ba-01 (newsprime)
    assert footer_line(line)[1].reporter == "윤요섭"


def test_a_paper_before_the_title_is_no_reporter() -> None:
    line = "성주신문 기자 입력 2024.09.24 10:00 수정 2024.09.24 10:00"  # set-bu bu-07 (seongjuro)
    dropped, found = footer_line(line)
    assert dropped and found.reporter is None


def test_a_section_before_the_date_is_no_reporter() -> None:
    line = "전국 입력 2025-10-15 16:10:52 수정 2025-10-15 16:10:52 오중일 기자 0개"  # set-bt bt-09 (sentv)
    assert header_field_line(line)[1].reporter is None


def test_text_size_buttons_are_no_reporter() -> None:
    # set-bs bs-07 (etoday): the buttons below the date
    lines = [
        "김병수 시장, 4년만에 김포를 교통요지로…“단절 끝, 연결 시작됐다”",
        "",
        "입력 2025-11-28 16:59",
        "",
        "  • 가장작게",
        "",
        "  • 작게",
        "",
        "김병수 김포시장은 28일 “김포는 더 이상 단절된 도시가 아니다”고 말했다.",  # constructed body line
    ]
    _, found = clean_lines(lines)
    assert found.reporter is None and found.field_reporter is None


def test_a_reporters_widget_heading_is_chrome() -> None:
    # set-cz cz-04 (newstomato): the site's '인기 기자' list above the title, then the story's dateline
    from tracker.clean.lines import is_junk

    assert is_junk("인기 기자")
    assert footer_line("인기 기자")[1].reporter is None


def test_a_box_drawing_bar_before_the_title_is_dropped() -> None:
    from tracker.clean.meta import _headline

    # set-cz cz-07 (cnbnews)
    assert _headline("│최상기 군수 시정연설… 내년 군정목표 발표") == "최상기 군수 시정연설… 내년 군정목표 발표"
