"""Read input: files, directories, stdin -> validated `InputRecord`s (or one-line `InputError`s)."""

from tracker.read.files import DEFAULT_MAX_BYTES, iter_records, records_from_bytes
from tracker.read.record import InputRecord

__all__ = ["DEFAULT_MAX_BYTES", "InputRecord", "iter_records", "records_from_bytes"]
