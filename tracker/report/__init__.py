"""Report and export: what has been claimed, by whom, when, where — as records, DataFrames and files."""
