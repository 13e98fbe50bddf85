"""Items of a list of policies (`돌봄·교육, 주민자치`, `▲돌봄 및 교육 ▲동정부`): a sentence that
enumerates policies names each of them, so a generic word that is a whole item counts."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from tracker.extract.policies.values import PolicyHit, TokenLike

# Marks between the items of a list (`돌봄·교육, 주민자치`, `▲돌봄 및 교육 ▲동정부`, `취업과 창업`).
# `△`, `○`, `◇`, `□` are bullets as common in press releases as `▲` (`△전문 인력 양성 및 채용 지원 △투자
# 보조금 확대`).
_BULLETS = frozenset({"▲", "■", "●", "◆", "-", "△", "○", "◇", "□"})
_LIST_MARKS = frozenset({",", "·", "・", "․", "、", "및"}) | _BULLETS


def _listed(hits: Sequence[PolicyHit], tokens: Sequence[TokenLike]) -> list[PolicyHit]:
    """Generic hits that are items of a list of policies (`돌봄·교육, 주민자치를 강화하는 …`, `취업과
    창업을 위한`, `▲돌봄 및 교육 ▲동정부 ▲문화르네상스`): a sentence that enumerates policies names each
    of them, however common its word. The word must be a whole item (`교육`, not `교육과정`, except that a
    bullet item may be named by its field), joined by one list mark to an item that names another
    policy (`마케팅, 금융, 빅데이터 … 7개 과정` lists courses, one of which happens to be a keyword)."""
    if len({h.slug for h in hits}) < 2 or not any(h.generic for h in hits):
        return []
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    items: list[tuple[PolicyHit, int, int, bool]] = []  # hit, first and last token, after a bullet
    for h in hits:
        first, last = starts.get(h.start), ends.get(h.end)
        if first is None or last is None:
            continue
        before = tokens[first - 1] if first else None
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        bullet = _in_bullet_item(tokens, first)
        if before is not None and before.tag.startswith(("NN", "XPN", "SN")) and before.end == h.start:
            continue  # the end of a compound (`직무교육`)
        if (
            after is not None
            and not bullet
            and not (_list_mark(after) or after.tag.startswith(("J", "S", "VCP")))
            and not (after.form == "등" and after.tag == "NNB")  # the last item (`주거, 문화 등`)
        ):
            continue  # the item goes on (`교육과정`, `원스톱 창업상담창구`)
        items.append((h, first, last, bullet))
    listed = []
    for h, first, last, bullet in items:
        for other, o_first, o_last, o_bullet in items:
            if other.slug == h.slug:
                continue
            joined = (o_first == last + 2 and _list_mark(tokens[last + 1])) or (
                first == o_last + 2 and _list_mark(tokens[o_last + 1])
            )
            if joined or (bullet and o_bullet):
                listed.append(h)
                break
    return [h for h in listed if h.generic]


def _list_mark(t: TokenLike) -> bool:
    return t.form in _LIST_MARKS or t.tag == "JC"


# What a bullet item's head may hold before a keyword: nouns, figures, Latin words, brackets and list marks
# (`▲놀자리(문화·예술)`: the item's name and its gloss).
_ITEM_TAGS = ("NN", "SN", "SL", "SH", "XSN", "XPN", "SSO", "SSC")


def _in_bullet_item(tokens: Sequence[TokenLike], first: int) -> bool:
    """The token at `first` belongs to the noun phrase that opens a bullet item (`▲일자리`, `▲일자리(취업·
    창업)`, `▲놀자리(문화·예술)`): between the bullet and it stand only nouns, figures, brackets and list
    marks, so the word names what the item is about."""
    k = first - 1
    while k >= 0:
        t = tokens[k]
        if t.form in _BULLETS:
            return True
        if not (t.tag.startswith(_ITEM_TAGS) or _list_mark(t)):
            return False
        k -= 1
    return False


# `청년 일자리·주거·문화·교육·복지 등 5개 부문`, `청년 일자리, 인력 양성, 문화, 복지 등 4개 분야`: a count of
# fields (`등 N개 부문/분야/영역`) closing a list whose first item carries the people it is for.
_FIELD_COUNT = re.compile(r"등\s?(?:총\s?)?\d+\s?개\s?(?:부문|분야|영역)")
_ITEM_SEPARATORS = frozenset({",", "·", "・", "․", "、"})


def group_fields(
    text: str, offset: int, hits: Sequence[PolicyHit], target_words: Mapping[str, str]
) -> list[PolicyHit]:
    """Hits that name the fields of one target group's programme, not policies of their own: in Korean a
    modifier before a list scopes over every item, so `청년 일자리·주거·문화·교육·복지 등 5개 부문 31개 사업에
    148억 원` budgets the youth programme by field (sets k and m). The first item with the group word
    (`청년 일자리`) names the programme's policy and counts; the later items are its fields. A list without
    the group word before its first item (`출산·보육, 청년·일자리, 주거 … 등 6개분야`) lists policies, and
    every item counts."""
    if not target_words or len(hits) < 3:
        return []
    count = _FIELD_COUNT.search(text)
    if count is None:
        return []
    # the list: the run of separated items right before `등`
    head = text[: count.start()].rstrip()
    pos = len(head)
    first_item_start = None
    while pos > 0:
        sep = max(head.rfind(s, 0, pos) for s in _ITEM_SEPARATORS)
        item_start = sep + 1 if sep >= 0 else 0
        item = head[item_start:pos].strip()
        if sep < 0 or not item or len(item.replace(" ", "")) > 8:
            # the first item: the last words before the first separator (`…발굴해 청년 일자리`)
            first_item_start = sep + 1 if sep >= 0 else 0
            break
        pos = sep
    if first_item_start is None or pos == len(head):
        return []
    first_words = head[first_item_start:pos].split()
    if len(first_words) < 2 or not any(first_words[-2].startswith(w) for w in target_words):
        return []
    # the fields: from the first separator after the first item to the count
    fields_start, fields_end = offset + pos, offset + count.start()
    group_slugs = {target_words[w] for w in target_words if first_words[-2].startswith(w)}
    return [h for h in hits if fields_start <= h.start < fields_end and h.slug not in group_slugs]
