"""Imported once, by the ingest forkserver only: build the Kiwi model there, before any worker forks.

Every worker is forked from that process, so the model's pages (about 300 MB) are shared copy-on-write
instead of loaded once per worker, and a worker starts without the half-second build. Only the build
may happen here: Kiwi starts a thread on its first analysis, and a thread does not survive a fork, so
the first call belongs to each worker (`workers._init_worker`).
"""

from __future__ import annotations

from tracker.extract.kiwi import get_kiwi, use_threads

use_threads(1)  # the parallelism is the worker processes; more Kiwi threads would only contend
get_kiwi()
