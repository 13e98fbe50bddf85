"""`per_reference`: what stages derive from a reference is built once per reference object."""

from __future__ import annotations

import dataclasses

from tracker.reference import load_reference, per_reference


def test_built_once_per_reference_and_again_for_another() -> None:
    built: list[int] = []

    @per_reference
    def count_officials(reference) -> int:
        built.append(1)
        return len(reference.officials)

    reference = load_reference()
    assert count_officials(reference) == count_officials(reference) == len(reference.officials)
    assert len(built) == 1
    fewer = dataclasses.replace(reference, officials=reference.officials[:3])
    assert count_officials(fewer) == 3  # an equal-looking but different object is built anew
    assert len(built) == 2
    assert count_officials(reference) == len(reference.officials)
    assert len(built) == 2  # the first one is still cached
