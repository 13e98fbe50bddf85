"""Extract: `CleanArticle` + `Reference` -> policy claims and person mentions. Pure: no database.

Stages (each its own module, each callable from tests without a database):
units (sentences and quoted sentences) -> officials (mentions resolved against terms) -> speakers ->
policies -> dates -> quantities -> kinds -> claims (assembly, `run`).
"""

EXTRACTOR_VERSION = "0.1.0"
