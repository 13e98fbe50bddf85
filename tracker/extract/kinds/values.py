"""The morpheme the kind rules read: only Kiwi's form and tag, as a protocol, so that any token
(a unit's tokens, an attribution's frame) can be classified."""

from __future__ import annotations

from typing import Protocol


class Morpheme(Protocol):
    form: str
    tag: str
