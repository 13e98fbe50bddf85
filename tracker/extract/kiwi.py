"""The one Kiwi analyser of this process, built lazily on first use.

Commands that do not extract (`--help`, `report`, `sql`) never import kiwipiepy: import this module's
`get_kiwi` inside functions, not at module top level of anything the CLI imports eagerly.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

# Words Kiwi should keep whole (policy names and titles that it would otherwise split oddly).
USER_WORDS: tuple[tuple[str, str], ...] = ()

_threads: int | None = None  # None: Kiwi's default, every core; 0: no thread pool, the caller's thread


def use_threads(threads: int) -> None:
    """Set Kiwi's thread count; call before the first `get_kiwi()`. Ingest workers use 0: each analyses
    in its own thread, and with no pool thread Kiwi's first-call set-up can run before they fork."""
    global _threads
    if get_kiwi.cache_info().currsize and threads != _threads:
        raise RuntimeError("Kiwi is already built; set its threads before first use")
    _threads = threads


@cache
def get_kiwi() -> Kiwi:
    """Build Kiwi once (about 0.9 s, 330 MB without the typo and multi-word dictionaries)."""
    import warnings

    from kiwipiepy import Kiwi

    with warnings.catch_warnings():
        # kiwipiepy warns that `num_workers=0` meant every core before v0.21; it means one thread now
        warnings.simplefilter("ignore", DeprecationWarning)
        kiwi = Kiwi(num_workers=_threads, load_typo_dict=False, load_multi_dict=False)
    for word, tag in USER_WORDS:
        kiwi.add_user_word(word, tag)
    return kiwi
