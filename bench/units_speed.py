"""Benchmark: claim-unit splitting against raw Kiwi (prints figures; not a test).

1. the corpus articles: `split_units` vs raw `split_into_sents(text, return_tokens=True)`, CPU time,
   best of 4 interleaved rounds (target: >= 0.7 of Kiwi's speed);
2. one run-together paragraph of 1500 quotes and 4500 sentences: the bookkeeping around Kiwi must not
   grow with quotes x sentences (it once took 9x Kiwi's own time).

    .venv/bin/python bench/units_speed.py
"""

from __future__ import annotations

import time
from pathlib import Path

from tracker.clean import clean
from tracker.extract.kiwi import get_kiwi
from tracker.extract.units import split_units
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference

CORPUS = Path(__file__).resolve().parent.parent / "seeds" / "corpus" / "articles"


def main() -> None:
    reference = load_reference()
    texts = [clean(r, reference).text for r in iter_records([str(CORPUS)]) if isinstance(r, InputRecord)]
    kiwi = get_kiwi()
    split_units(texts[0])

    def timed(run) -> float:
        start = time.process_time()
        for text in texts:
            run(text)
        return time.process_time() - start

    raw, ours = [], []
    for _ in range(4):
        raw.append(timed(lambda text: kiwi.split_into_sents(text, return_tokens=True)))
        ours.append(timed(split_units))
    print(
        f"corpus ({sum(map(len, texts)):,} chars): split_units at {min(raw) / min(ours):.2f} of raw Kiwi speed"
    )

    text = ("권 시장은 “물산업을 키우겠다”고 말했다.\n" + "시는 예산을 늘렸다.대구시가 발표했다. ") * 1500
    start = time.process_time()
    kiwi.split_into_sents(text, return_tokens=True)
    raw_long = time.process_time() - start
    start = time.process_time()
    units = split_units(text)
    ours_long = time.process_time() - start
    print(
        f"run-together paragraph ({len(units)} units): split_units takes {ours_long / raw_long:.2f}x raw Kiwi"
    )


if __name__ == "__main__":
    main()
