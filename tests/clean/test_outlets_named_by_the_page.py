"""Outlets a page names in forms 0.124.0 reads: an e-mail cut right after its site's name (set-na na-03, kmib) and
the paper's own call for tips below the story (set-ct ct-02, set-lt lt-09, CBS노컷뉴스). Lines from those texts."""

from __future__ import annotations

from tracker.clean.lines import footer_line
from tracker.clean.outlets import outlet_for_cut_domain


def test_an_e_mail_cut_after_the_site_s_name() -> None:
    told = footer_line("안동=김재산 기자 jskimkb@kmib.")[1]
    assert (told.reporter, told.email_outlet) == ("김재산", "국민일보")
    # a label no single table outlet has as its site name tells nothing
    assert outlet_for_cut_domain("news.") is None


def test_the_paper_s_call_for_tips_names_it() -> None:
    drop, told = footer_line("※CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다. 각종 비리와 부당대우, 사건사고와 미담 등 …")
    assert drop and told.footer_outlet == "CBS노컷뉴스"
    assert footer_line("천지일보는 24시간 여러분의 제보를 기다립니다.")[1].footer_outlet == "천지일보"
    # a name the outlet table does not know is no outlet ('주민들은 여러분의 제보를 …' is story)
    assert footer_line("주민들은 여러분의 제보를 기다린다고 말했다.")[1].footer_outlet is None
