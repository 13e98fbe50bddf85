"""Outlets whose reporters' e-mail domains the table learned from the training sets (tools/outlet_domains.py):
an article that prints `…@gyotongn.com` and nothing else naming its outlet is 교통신문's."""

from __future__ import annotations

import pytest

from tracker.clean import clean
from tracker.clean.outlets import outlet_for_domain
from tracker.reference import load_reference

from .pages import extra_record


@pytest.mark.parametrize(
    ("relative", "outlet"),
    [
        ("set-bw/articles/bw-09-gyotongn.txt", "교통신문"),
        ("set-cx/articles/cx-04-newsone.txt", "뉴스원"),
        ("set-fk/articles/fk-08-kmaeil.txt", "경인매일"),
        ("set-gb/articles/gb-02-theleader.txt", "더리더"),
        ("set-jv/articles/jv-02-cmn.txt", "CMN"),
        ("set-ks/articles/ks-03-energytimes.txt", "에너지타임즈"),
    ],
)
def test_outlet_from_a_learned_e_mail_domain(relative: str, outlet: str) -> None:
    assert clean(extra_record(relative), load_reference()).meta.outlet == outlet


def test_a_learned_domain_matches_its_subdomains_only() -> None:
    assert outlet_for_domain("3678jyt@kpinews.kr") == "KPI뉴스"
    assert outlet_for_domain("www.kpinews.kr") == "KPI뉴스"
    assert outlet_for_domain("kpinews.kr.example.com") is None
