"""Imported once, by the ingest forkserver only: build the Kiwi model there, before any worker forks.

Every worker is forked from that process, so the model's pages (about 300 MB) are shared copy-on-write
instead of loaded once per worker, and a worker starts without the build. Kiwi's first analysis (about
0.9 s of CPU setting up its model) happens here too: with no thread pool (`use_threads(0)`) Kiwi starts
no thread, which would not survive the fork, so the workers inherit the set-up instead of each doing it.
The extraction stages are imported here as well, which every worker would otherwise do on its first
article.
"""

from __future__ import annotations

import tracker.extract.claims  # noqa: F401  (the stages, imported lazily by `tracker.extract.run`)
from tracker.extract.kiwi import get_kiwi, use_threads

use_threads(0)  # the parallelism is the worker processes: each analyses in its own thread, no pool
get_kiwi().split_into_sents("모형을 미리 읽는다.")
