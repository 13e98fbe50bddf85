"""A site menu above the story may hold footer words ('개인정보취급방침', '공지사항'): they end the page only
below story text, never above it (blind set-ag ag-02: the whole story of a broadcaster's page was cut)."""

from __future__ import annotations

from tracker.clean.text import cut_page_end

from .pages import BODY, BODY2, clean_page

MENU = ["• 뉴스", "• 뉴스 기사 보기", "• 시청자센터", "• 공지사항", "• 개인정보취급방침", "• 편성표"]  # constructed


def test_a_menu_with_footer_words_does_not_end_the_page() -> None:
    lines = [*MENU, BODY, BODY2]
    kept, _ = cut_page_end(lines)
    assert kept == lines


def test_footer_words_below_the_story_still_end_it() -> None:
    kept, _ = cut_page_end([BODY, BODY2, "개인정보취급방침", "회사소개"])
    assert kept == [BODY, BODY2]


def test_the_story_under_such_a_menu_is_kept() -> None:
    article = clean_page("\n".join([*MENU, "", BODY, "", BODY2]))
    assert BODY in article.text and BODY2 in article.text
