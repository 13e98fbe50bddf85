"""Store: the schema (SQLAlchemy models), sessions, and Alembic migration helpers."""
