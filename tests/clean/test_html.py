"""HTML fragments (walked directly) and whole pages (trafilatura)."""

from __future__ import annotations

from pathlib import Path

from tracker.clean import clean
from tracker.clean.html import fragment_to_draft, html_to_draft
from tracker.read import iter_records
from tracker.reference import load_reference

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


def test_fragment_headings_captions_and_breaks() -> None:
    markup = (
        "<div><h4>(주)워터코리아, 중국시장서 인정</h4><ul><li>작성일: 2019.11.24</li></ul>"
        "<h3>27개 초기창업기업과 함께<br>우수창업기업의 사례 발표</h3>"
        '<img src="1.png"><p>↑↑ 중국산둥성에서 최고상을 수상하는 장면</p>'
        "<p>첫 문장이다.<br>둘째 줄이다.<br><br>▲ 한중혁신대회 <br>셋째 문단이다.\n\n            넷째\n문단이다.</p></div>"
    )
    draft = fragment_to_draft(markup)
    assert draft.headline == "(주)워터코리아, 중국시장서 인정"
    assert draft.subheadline == "27개 초기창업기업과 함께\n우수창업기업의 사례 발표"
    assert draft.captions == ("↑↑ 중국산둥성에서 최고상을 수상하는 장면",)
    assert [line for line in draft.lines if line] == [
        "작성일: 2019.11.24",
        "첫 문장이다.",
        "둘째 줄이다.",
        "▲ 한중혁신대회",
        "셋째 문단이다.",
        "넷째 문단이다.",
    ]
    assert (
        draft.lines.index("▲ 한중혁신대회") - draft.lines.index("둘째 줄이다.") == 2
    )  # <br><br> = paragraph


def test_caption_after_an_image_without_marker() -> None:
    draft = fragment_to_draft(
        '<div><img src="1.png"><p>관계자가 발표를 하고 있다.</p><p>본문 문장이다.</p></div>'
    )
    assert draft.captions == ("관계자가 발표를 하고 있다.",)


def test_full_page_goes_through_trafilatura() -> None:
    (record,) = iter_records([str(FORMATS / "donga-page.html")])
    draft = html_to_draft(record.text)
    # trafilatura's day, with the time the page's own date row prints (0.98.0; the shipped donga sample's gold
    # says 2021-03-12T09:30+09:00)
    assert draft.page.get("date") == "2021-03-12 09:30"
    article = clean(record, load_reference())
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == "2021-03-12T09:30:00+09:00"
    assert (
        article.meta.headline
        == "민간 참여 ‘문경시 도시재생뉴딜사업’ 본격 시동… 특수목적법인 ‘문경팩토리아’ 출범"
    )
    assert article.meta.reporter == "김민범"
    assert article.meta.jurisdiction_code == "47280"
    assert article.text.startswith(
        "문경시 경제기반형 도시재생뉴딜사업을 추진하는 특수목적법인 문경팩토리아가 출범했다."
    )
    assert "무단전재" not in article.text
    assert not {"홈", "뉴스", "스포츠"} & set(article.text.split("\n"))  # the menu


def test_jsonl_field_holding_html_is_cleaned_as_html() -> None:
    records = list(iter_records([str(FORMATS / "articles.jsonl")]))
    article = clean(records[3], load_reference())
    assert records[3].format == "html"
    assert article.meta.headline == "(주)워터코리아, 중국시장서 인정"
    assert "<br>" not in article.text and "↑↑" not in article.text
