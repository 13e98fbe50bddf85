"""Where the trainers look into extraction: while a dataset is built, each model's hook hands every
article's units to a callback and puts another model (or none: the rules alone) in place of the shipped
one. Extraction itself never attaches anything."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

Model = TypeVar("Model")


class Hook(Generic[Model]):
    def __init__(self) -> None:
        self.callbacks: list[Callable[..., None]] = []
        self._models: list[Model | None] = []

    @contextmanager
    def attached(self, callback: Callable[..., None], model: Model | None = None) -> Iterator[None]:
        """Within the block, `callback` receives what the model's hook records for every article, and
        `model` (None: the rules alone) decides instead of the shipped one."""
        self.callbacks.append(callback)
        self._models.append(model)
        try:
            yield
        finally:
            self.callbacks.pop()
            self._models.pop()

    def model(self, shipped: Callable[[], Model | None]) -> Model | None:
        """The model in place: the one attached last, else the shipped one."""
        return self._models[-1] if self._models else shipped()
