"""Quantities: amounts of money, percentages and counts written the Korean way (`1조 2천억 원`).

Korean numbers group by 10^4 (만, 억, 조) with 천/백/십 inside a group, and mix digits and words
(`1만1799명`, `4조1000억원`, `3만 명`). Claims keep the amount and its unit so that researchers can sum
budgets and compare targets; offsets are into the text given (plus `offset`).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from tracker.extract.types import Quantity

_BIG = {"만": Decimal(10) ** 4, "억": Decimal(10) ** 8, "조": Decimal(10) ** 12}
_SMALL = {"천": Decimal(1000), "백": Decimal(100), "십": Decimal(10)}

# A number: chunks of digits (with thousands commas / decimals) each optionally followed by 천/백/십
# and 만/억/조 (`4조1000억`, `1만1799`, `2천억`); a space may follow a 만/억/조 chunk (`1조 2천억`).
_CHUNK = r"(?:\d[\d,]*(?:\.\d+)?[천백십]?[만억조]?|[천백][만억조])"
_AMOUNT = rf"\d[\d,]*(?:\.\d+)?[천백십]?[만억조]?(?:(?<=[만억조])\s?{_CHUNK}|{_CHUNK})*"

# unit suffix -> normalised unit name (longest first)
_UNITS: tuple[tuple[str, str], ...] = (
    ("달러", "USD"),
    ("원", "KRW"),
    ("%", "%"),
    ("％", "%"),
    ("퍼센트", "%"),
    ("개사", "company"),
    ("개소", "place"),
    ("개 사", "company"),
    ("업체", "company"),
    ("가구", "household"),
    ("명", "person"),
    ("곳", "place"),
    ("개월", "month"),
    ("개", "count"),
    ("건", "case"),
    ("㎡", "m2"),
    ("㎢", "km2"),
    ("㎞", "km"),
    ("km", "km"),
    ("m2", "m2"),
    ("년간", "year"),
    ("배", "times"),
)

_UNIT_RE = "|".join(re.escape(u) for u, _ in _UNITS)
_QUANTITY_RE = re.compile(rf"(?<![\d.,])(?P<amount>{_AMOUNT})\s?(?P<unit>{_UNIT_RE})")
_UNIT_NAMES = dict(_UNITS)


_SPACES_AND_COMMAS = re.compile(r"[\s,]")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def parse_korean_number(text: str) -> Decimal | None:
    """'1조 2천억' -> 1200000000000; '1만1799' -> 11799; '3375억' -> 337500000000; '30' -> 30."""
    text = _SPACES_AND_COMMAS.sub("", text)
    if not text:
        return None
    total = Decimal(0)
    group = Decimal(0)  # value below 10^4 being built (천/백/십 parts)
    number: Decimal | None = None
    i = 0
    while i < len(text):
        match = _DECIMAL.match(text, i)
        if match:
            try:
                number = Decimal(match.group())
            except InvalidOperation:
                return None
            i = match.end()
            continue
        char = text[i]
        if char in _SMALL:
            group += (number if number is not None else Decimal(1)) * _SMALL[char]
            number = None
        elif char in _BIG:
            group += number if number is not None else Decimal(0)
            total += (group if group else Decimal(1)) * _BIG[char]
            group, number = Decimal(0), None
        else:
            return None
        i += 1
    group += number if number is not None else Decimal(0)
    return total + group


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every amount with a unit in `text`, left to right; `start`/`end` are `offset` + position."""
    found: list[Quantity] = []
    for match in _QUANTITY_RE.finditer(text):
        amount = match.group("amount").strip()
        value = parse_korean_number(amount)
        if value is None:
            continue
        unit = _UNIT_NAMES[match.group("unit")]
        found.append(
            Quantity(
                value=value,
                unit=unit,
                text=match.group(),
                start=offset + match.start(),
                end=offset + match.end(),
            )
        )
    return found
