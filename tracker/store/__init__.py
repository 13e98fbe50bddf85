"""Store: write reference data and extracted articles into the database, read the registry back."""
