"""A county board's view table: field rows (label cell, value cell) and the table's caption."""

from __future__ import annotations

from tracker.clean import clean
from tracker.clean.html import fragment_to_draft
from tracker.read import InputRecord
from tracker.reference import load_reference

# set-i i-02 (shinan), shortened
BOARD = """<table class="show_form">
  <caption>글 내용보기</caption>
  <tbody>
    <tr><th scope="row"><label>등록부서</label></th><td><span>태양광과</span></td>
        <th scope="row"><label>등록일</label></th><td><span>2025-01-24 13:17:00</span></td></tr>
    <tr><th scope="row"><label>제목</label></th><td colspan="3"><span>신안군, 햇빛연금 220억 원 돌파!</span></td></tr>
    <tr><th scope="row"><label>내용</label></th>
      <td colspan="3" class="content"><span>신안군은 햇빛연금 누적 수익액이 220억 원을 넘어섰다고 발표했다.<br /><br />
      군은 앞으로도 재생에너지 이익공유 정책을 안정적으로 추진할 계획이다.</span></td></tr>
  </tbody>
</table>"""


def test_field_rows_read_as_label_and_value() -> None:
    draft = fragment_to_draft(BOARD)
    lines = [" ".join(line.split()) for line in draft.lines if line.strip()]
    assert lines[:2] == [
        "등록부서 태양광과 등록일 2025-01-24 13:17:00",
        "제목 신안군, 햇빛연금 220억 원 돌파!",
    ]
    assert lines[2].startswith("신안군은 햇빛연금")  # the '내용' label is gone
    assert draft.captions == ("글 내용보기",)


def test_board_page_metadata() -> None:
    article = clean(
        InputRecord(source="board.html", raw=BOARD.encode(), text=BOARD, format="html"), load_reference()
    )
    assert article.meta.headline == "신안군, 햇빛연금 220억 원 돌파!"
    assert article.meta.published_at is not None and article.meta.published_at.isoformat().startswith(
        "2025-01-24T13:17:00"
    )
    assert article.text.startswith("신안군은 햇빛연금")


def test_data_table_header_row_is_not_a_field_row() -> None:
    # constructed: a table of figures keeps its cells as lines
    draft = fragment_to_draft(
        "<table><tr><th>구분</th><th>2025년</th></tr><tr><td>예산</td><td>10억원</td></tr></table>"
    )
    assert [line for line in draft.lines if line] == ["구분", "2025년", "예산", "10억원"]
