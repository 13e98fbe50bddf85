"""Outlets named only by a host's disclaimer or by an aggregator's summary note."""

from __future__ import annotations

import pytest

from tracker.clean.lines import disclaimer_outlet, footer_line


@pytest.mark.parametrize(
    ("line", "outlet", "footer_outlet"),
    [
        # set-h h-03 (seouland): a district's item on the paper's board
        (
            "* 본 콘텐츠는 <서울&>의 의견과 다를 수 있으며, 해당 기관 등이 제공 또는 게재한 자료입니다.",
            None,
            "서울&",
        ),
        ("이 기사는 가나일보의 편집방향과 다를 수 있습니다.", None, "가나일보"),  # constructed
        # set-h h-10 (newspic): the aggregator's note names the paper it summarised
        (
            "뉴스픽의 주요 문장 추출 기술을 사용하여 “경기일보” 기사 내용을 3줄로 요약한 결과입니다. 일부 누락된 "
            "내용이 있어 전반적인 이해를 위해서는 본문 전체 읽기를 권장합니다.",
            "경기일보",
            None,
        ),
    ],
)
def test_outlet_named_by_a_note(line: str, outlet: str | None, footer_outlet: str | None) -> None:
    drop, found = footer_line(line)
    assert drop
    assert (found.outlet, found.footer_outlet) == (outlet, footer_outlet)


@pytest.mark.parametrize(
    "line",
    [
        # constructed: story sentences about opinions and summaries
        "시민들의 의견과 다를 수 있다는 지적이 나왔다.",
        "구는 ‘청년정책’ 보고서를 요약해 발표했다.",
        "김 시장은 “시민” 기사를 요약한 자료를 배포했다고 말했다.",
    ],
)
def test_story_sentences_are_no_notes(line: str) -> None:
    assert disclaimer_outlet(line) == (False, disclaimer_outlet("")[1])


@pytest.mark.parametrize(
    ("line", "outlet", "footer_outlet"),
    [
        ("※ 이 기사는 가나일보에서 제공한 기사입니다.", "가나일보", None),  # constructed: syndication note
        ("[이 기사는 가나일보 제공입니다]", "가나일보", None),  # constructed
        (
            "ⓒ 가나일보 & gana.co.kr, 무단전재 및 재배포 금지",
            None,
            "가나일보",
        ),  # constructed: holder and site
    ],
)
def test_syndication_and_copyright_notes(line: str, outlet: str | None, footer_outlet: str | None) -> None:
    drop, found = footer_line(line)
    assert drop and (found.outlet, found.footer_outlet) == (outlet, footer_outlet)


def test_photo_credit_is_no_syndication_note() -> None:
    assert footer_line("이 사진은 가나군이 제공했다.")[1].outlet is None  # constructed
