"""The issue's quality targets on the gold corpus: floors that are not lowered to make a run pass."""

TARGETS: dict[str, float] = {
    "claim_f1": 0.85,
    "policy_f1": 0.85,
    "speaker_f1": 0.90,
    "speaker_accuracy": 0.95,
    "date_accuracy": 0.95,
    "officials_f1": 0.95,
    "metadata_headline": 0.95,
    "metadata_published": 0.95,
    "metadata_reporter": 0.95,
    "metadata_outlet": 0.95,
    "metadata_jurisdiction": 0.95,
}
