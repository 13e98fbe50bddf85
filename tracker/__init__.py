"""tracker: Korean local-government policy claims, from news articles to a queryable database."""

__version__ = "0.1.0"
