"""Clean: `InputRecord` -> `CleanArticle` (body text without boilerplate, plus metadata). Pure."""
