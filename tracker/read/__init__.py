"""Read input: files, directories, stdin -> validated `InputRecord`s (or one-line `InputError`s)."""
