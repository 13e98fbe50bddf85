"""0.131.0 (0.130.0 again, with the board date of set-ra ra-08 read right), read from the first blind runs of set-qv … qy: a person of the registry speaks as an official only while a
term of theirs covers the publication day (or the claim's own day). 김만수 gave his New Year interview as 부천시장 on
2014-01-05, but the registry holds his term from 2014-07-01 only: his words keep his name as written and no speaker
key, as the gold of every set does for people outside their registry terms, and the article still mentions him.
Real development articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import ExtraCorpus


def test_a_head_quoted_before_his_registry_term_is_no_official_speaker(extra: ExtraCorpus) -> None:
    extraction = extra.extracted("set-qv/articles/qv-03-kmib.txt")
    said = [c for c in extraction.claims if c.speaker_text == "김 시장"]
    assert len(said) >= 5, "the interview's claims keep who said them as written"
    assert all(c.speaker_key is None for c in extraction.claims)
    assert "kim-man-su" in extraction.officials


def test_a_head_in_office_keeps_his_key(extra: ExtraCorpus) -> None:
    # 조규일 진주시장 on 2021-11-23, within his 2018-2022 term (set-qt qt-02)
    extraction = extra.extracted("set-qt/articles/qt-02-newscj.txt")
    assert sum(c.speaker_key == "jo-gyu-il" for c in extraction.claims) == 3
