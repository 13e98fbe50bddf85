"""The team's own annotated real articles (seeds/extra-corpora): each set was measured blind once and
then used to fix error classes, so its scores are no longer a measure of unseen text. They are kept as a
ratchet: a change that loses ground on them fails. The floors are the scores reached when the set was
added (rounded down); raise them when a change improves a set, never lower them to make a run pass.
Speakers, dates and kinds are held as counts of matched claims they are right for (`*_correct`), so that
finding more claims, some of them with a wrong kind, does not read as a loss."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tracker.evaluate.pipeline import Report, evaluate_corpus, format_report
from tracker.reference import load_reference

SETS = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"

# sets of texts found in GitHub files (`seeds/extra-corpora/ANNOTATOR_BRIEF_GITHUB.md`): few such texts exist
GITHUB_FILE_SETS = frozenset({"set-ns", "set-nt", "set-nu", "set-nv", "set-ny", "set-nz", "set-oc", "set-od", "set-og", "set-oj", "set-ok", "set-oo", "set-op", "set-os", "set-ot", "set-ow", "set-ox", "set-pa", "set-pb", "set-pc", "set-pd"})

FLOORS: dict[str, dict[str, float]] = {
    "set-a": {
        "claim_f1": 0.98,
        "policy_f1": 0.98,
        "speaker_correct": 53,  # 0.72.0 (the learned speaker decision; all development sets +118 -25 speakers right, held-out BLIND +28 -14): 53, was 54
        "date_correct": 53,
        "kind_correct": 46,  # 0.74.0 (the learned kind decision; held-out BLIND kind accuracy 0.678 -> 0.770, all development sets 0.689 -> 0.827): 46, was 52
        "officials_f1": 1.0,
        "metadata_headline": 0.9,  # 0.54.0 (metadata round 27): 0.900, was 1.000; ho-asiae (whose gold reads the first of a stored page's stacked title-like lines as a subheadline of a lost title; the round takes it for the title, as the development gold does 18 times in 29)
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    "set-b": {
        "claim_f1": 0.96,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.966, was 0.97
        "policy_f1": 0.92,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.928, was 0.93; 0.14.0 0.969 (models retrained on sets au-bb, judged on bc-bf: +0.008 claim, +0.011 policy F1); 0.15.0 0.957 (models retrained with sets bc-bf, bk-bn; judged on bg-bj: kept); 0.23.0 0.939 (words proposer, judged on cq-ct: kept): it adds youth-policy to `청년 임대주택` and `자립 준비 청년` claims, which this set's gold tags housing or welfare only and later sets tag with youth-policy too
        "speaker_correct": 71,  # 0.27.0 (a connective continues the official before): h2-01's `이와 함께 … 성과를 거뒀다` is the reporter's in the gold; was 72
        "date_correct": 72,
        "kind_correct": 66,
        "officials_f1": 1.0,
        "metadata_headline": 0.9,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    # set-c … set-f: blind first runs 0.814 / 0.811 / 0.854 / 0.470 claim F1 (their ERRORS-first-blind-run.md)
    "set-c": {
        "claim_f1": 0.89,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.894, was 0.9; 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.906, was 0.92; 0.35.0's retrain 0.929; was 0.94; 0.21.0 0.944 (cut-off texts, judged on ci-cl: kept); was 0.95; 0.11.0 0.96; 0.12.0 0.959 (models retrained with sets ai-at: one claim fewer)
        # 0.11.0 0.934: the slug re-ranker drops two gold policies of c-03's `5대 핵심전략과제에는 …` claim
        "policy_f1": 0.86,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.861, was 0.87; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.871, was 0.88; 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.886, was 0.89; 0.35.0's retrain 0.899; was 0.9; 0.21.0 0.909 (cut-off texts, judged on ci-cl: kept); was 0.92; 0.12.0 0.928
        # 0.28.0: 55; c-07's `차준택 … 부평구청장(사진)은 치매 문제에 발 벗고 나서고 있다` now has the official as its
        # topic (the bracketed aside no longer hides him), as every such topic sentence does; its gold says nobody
        "speaker_correct": 54,  # 0.65.0 (the claim model drops rule claims below P 0.45): 54, was 55
        "date_correct": 55,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 55, was 57; 0.65.0 (the claim model drops rule claims below P 0.45): 57, was 58
        "kind_correct": 50,  # 0.74.0 (the learned kind decision; held-out BLIND kind accuracy 0.678 -> 0.770, all development sets 0.689 -> 0.827): 50, was 54
        "officials_f1": 1.0,
        "metadata_headline": 0.9,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        # c-10's only outlet evidence is its captions' 'ⓒ뉴데일리'; its gold says null, set-u u-10's (same site and
        # credit) and s-08's, z-01's say the credited outlet, which the photo-credit rule follows (pooled +2)
        "metadata_outlet": 0.9,
        "metadata_jurisdiction": 1.0,
    },
    # set-d's claim floor gave 0.01 to the field vocabulary (d-07 hydrogen output, d-10 `미술관을 만들려는 신념`)
    "set-d": {
        "claim_f1": 0.91,
        "policy_f1": 0.89,
        "speaker_correct": 53,
        "date_correct": 48,  # 0.64.0 (learned event day): 48, was 52; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 47,  # 0.80.0 (the kind model retrained with half of the reserves judged since 0.55.0; held-out kind accuracy 0.759 -> 0.766): 47, was 48; 0.74.0 (the learned kind decision; held-out BLIND kind accuracy 0.678 -> 0.770, all development sets 0.689 -> 0.827): 48, was 51
        "officials_f1": 1.0,
        "metadata_headline": 0.9,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    "set-e": {
        "claim_f1": 0.88,
        "policy_f1": 0.86,
        "speaker_correct": 84,
        "date_correct": 85,
        "kind_correct": 78,
        "officials_f1": 1.0,
        "metadata_headline": 1.0,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    # set-f is small (40 claims) and one radio-interview transcript dominates it; f-04 names no county
    "set-f": {
        "claim_f1": 0.63,
        "policy_f1": 0.65,
        "speaker_correct": 31,  # 0.128.0 (the speaker model retrained with every set outside BLIND; held-out BLIND speaker F1 0.9241 -> 0.9250, accuracy 0.9603 -> 0.9609, 17 articles better, 13 worse): 31, was 32; 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 32, was 33
        "date_correct": 35,
        "kind_correct": 28,
        "officials_f1": 0.89,
        "metadata_headline": 1.0,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 0.9,
    },
    # set-g, set-h and set-i: first runs on extractor 0.5.2 (2026-11-26); g and h had nothing fitted to them,
    # set-i's vocabulary and youth-policy classes were fixed after its run
    "set-g": {
        "claim_f1": 0.92,  # 0.922 once '▲' story bullets stopped being read as captions (g-09)
        "policy_f1": 0.91,
        "speaker_correct": 58,
        "date_correct": 56,
        "kind_correct": 53,
        "officials_f1": 1.0,
        "metadata_headline": 1.0,
        "metadata_published": 0.9,
        "metadata_reporter": 1.0,
        # 0.9 since 0.97.0: g-10's county release board (its department field, clean/government.py) is read as the
        # county's own page, as 9 of the 11 such development pages are annotated; g-10's annotator left it null
        "metadata_outlet": 0.9,
        "metadata_jurisdiction": 0.9,
    },
    "set-h": {
        "claim_f1": 0.95,  # 0.35.0's retrain 0.956; was 0.96; 0.21.0 0.964 (cut-off texts, judged on ci-cl: kept); was 0.97
        "policy_f1": 0.93,  # 0.9.1 0.92; 0.10.0 0.914 (a learned claim with another policy); 0.11.0 0.935
        "speaker_correct": 52,
        "date_correct": 52,
        "kind_correct": 47,
        "officials_f1": 1.0,
        "metadata_headline": 1.0,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 0.9,
        "metadata_jurisdiction": 1.0,
    },
    "set-i": {
        "claim_f1": 0.91,  # 0.41.0's retrain 0.914; was 0.92
        "policy_f1": 0.87,  # 0.14.0 0.876 (models retrained on sets au-bb, judged on bc-bf: +0.008 claim, +0.011 policy F1)
        "speaker_correct": 52,
        "date_correct": 50,
        "kind_correct": 41,
        "officials_f1": 0.94,
        "metadata_headline": 0.9,  # 0.66.0 (the learned title check): 0.900, was 1.000: a title the development gold keeps, which the check takes for a subheadline (+59 -12 articles over all sets)
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        # 0.9 since 0.99.0: i-02 is a county's release board that opens with the county as its subject
        # (clean/government.py), read as the county's own page as 7 of 8 such development pages are annotated
        "metadata_outlet": 0.9,
        "metadata_jurisdiction": 1.0,
    },
    # set-j … set-o: blind first runs 0.833 / 0.895 / 0.800 / 0.933 / 0.882 / 0.837 claim F1; floors at extractor 0.6.0
    "set-j": {
        "claim_f1": 0.88,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.887, was 0.9; 0.21.0 0.904 (cut-off texts, judged on ci-cl: kept); was 0.91
        "policy_f1": 0.87,  # 0.21.0 0.879 (cut-off texts, judged on ci-cl: kept); was 0.88
        "speaker_correct": 50,
        "date_correct": 50,
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 1.0,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    "set-k": {
        "claim_f1": 0.9,  # 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.909, was 0.91; 0.21.0 0.915 (cut-off texts, judged on ci-cl: kept); was 0.92
        "policy_f1": 0.9,  # 0.21.0 0.901 (cut-off texts, judged on ci-cl: kept); was 0.91
        "speaker_correct": 63,
        "date_correct": 61,
        "kind_correct": 48,
        "officials_f1": 1.0,
        "metadata_headline": 1.0,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    "set-l": {
        "claim_f1": 0.89,  # 0.35.0's retrain 0.897; was 0.9; 0.9.1: continuing plans add a false claim here, and gain on the sets aa-al
        "policy_f1": 0.85,
        "speaker_correct": 47,
        "date_correct": 43,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 1.0,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    "set-m": {
        "claim_f1": 0.94,  # 0.14.0 0.943 (models retrained on sets au-bb, judged on bc-bf: +0.008 claim, +0.011 policy F1)
        "policy_f1": 0.9,  # 0.11.0 0.92 (in-sample slug model); 0.12.0 0.911, retrained with sets ai-at; 0.15.0 0.907 (models retrained with sets bc-bf, bk-bn; judged on bg-bj: kept)
        "speaker_correct": 47,
        "date_correct": 49,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 1.0,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    "set-n": {
        "claim_f1": 0.92,
        "policy_f1": 0.90,
        "speaker_correct": 59,
        "date_correct": 59,
        "kind_correct": 45,
        "officials_f1": 1.0,
        "metadata_headline": 1.0,
        "metadata_published": 0.9,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 0.9,  # 0.54.0 (metadata round 27): 0.900, was 1.000; n-09 (undated) writes 2025-11-10, after 전라북도 became 전북특별자치도 (52, 2024-01-18), and the round reads its code of that time, 52740; the gold's 45740 is the code of before (a gold question)
    },
    "set-o": {
        "claim_f1": 0.85,
        "policy_f1": 0.85,  # 0.14.0 0.857 (models retrained on sets au-bb, judged on bc-bf: +0.008 claim, +0.011 policy F1)
        "speaker_correct": 37,
        "date_correct": 42,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    # set-p: six articles; its gold dates claims from outside the text (ERRORS file), so no date floor
    "set-p": {
        "claim_f1": 0.92,
        "policy_f1": 0.90,
        "speaker_correct": 37,
        "kind_correct": 22,
        "officials_f1": 0.93,
        "metadata_headline": 0.66,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 0.83,
        "metadata_jurisdiction": 1.0,
    },
    # set-q, set-r: nine excerpts each; blind first runs 0.776 / 0.789 claim F1 (extractor 0.6.1); floors at the
    # scores after their classes were fixed (kind accuracy of set-r and date accuracy of set-l fell as claims
    # were newly found: an undated l-05 claim, set-r claims of another kind)
    "set-q": {
        "claim_f1": 0.84,  # 0.14.0 0.847 (models retrained on sets au-bb, judged on bc-bf: +0.008 claim, +0.011 policy F1)
        "policy_f1": 0.8,  # 0.11.0 0.82 (in-sample slug model); 0.12.0 0.815, retrained with sets ai-at; 0.14.0 0.807 (models retrained on sets au-bb, judged on bc-bf: +0.008 claim, +0.011 policy F1)
        "speaker_correct": 35,
        "date_correct": 34,
        "kind_correct": 24,
        "officials_f1": 0.9,
        "metadata_headline": 0.66,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    "set-r": {
        "claim_f1": 0.94,
        "policy_f1": 0.91,
        "speaker_correct": 45,
        "date_correct": 50,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 1.0,
        "metadata_published": 1.0,
        "metadata_reporter": 1.0,
        "metadata_outlet": 1.0,
        "metadata_jurisdiction": 1.0,
    },
    # sets s, t, u, v: blind until extractor 0.7.0 was measured on them (ERRORS files); floors at the scores
    # after their classes were read and fixed
    "set-s": {
        "claim_f1": 0.84,
        "policy_f1": 0.81,
        "speaker_correct": 28,
        "date_correct": 29,
        "kind_correct": 20,
        "officials_f1": 0.99,
        "metadata_headline": 0.87,
        "metadata_published": 0.99,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.87,
        "metadata_jurisdiction": 0.99,
    },
    "set-t": {
        "claim_f1": 0.91,
        "policy_f1": 0.90,
        "speaker_correct": 58,
        "date_correct": 51,
        "kind_correct": 43,
        "officials_f1": 0.95,
        "metadata_headline": 0.89,
        "metadata_published": 0.99,
        "metadata_reporter": 0.69,
        "metadata_outlet": 0.69,
        "metadata_jurisdiction": 0.99,
    },
    "set-u": {
        "claim_f1": 0.89,
        "policy_f1": 0.83,  # 0.11.0 0.84 (in-sample slug model); 0.12.0 0.834, retrained with sets ai-at
        "speaker_correct": 51,
        "date_correct": 53,
        "kind_correct": 42,
        "officials_f1": 0.91,
        "metadata_headline": 0.59,  # u-05 keeps the straight quotes round its title; p-06, w-01, w-03 and y/z drop them
        "metadata_published": 0.99,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.89,
        "metadata_jurisdiction": 0.99,
    },
    "set-v": {
        "claim_f1": 0.84,
        "policy_f1": 0.84,
        "speaker_correct": 39,
        "date_correct": 40,
        "kind_correct": 36,
        "officials_f1": 0.99,
        "metadata_headline": 0.99,
        "metadata_published": 0.99,
        "metadata_reporter": 0.87,
        "metadata_outlet": 0.74,
        "metadata_jurisdiction": 0.99,
    },
    # sets w, x: blind until after the s-v fixes (ERRORS files); floors at the scores after their classes were fixed
    "set-w": {
        "claim_f1": 0.71,  # 0.9.1 0.72 as set-l; 0.10.0 0.717: one more claim the learned model adds, not gold
        "policy_f1": 0.73,  # 0.9.1 0.70 as set-l; 0.10.0 0.698 (that claim's policy); 0.11.0 0.736
        "speaker_correct": 31,
        "date_correct": 27,
        "kind_correct": 23,
        "officials_f1": 0.94,
        "metadata_headline": 0.77,
        "metadata_published": 0.99,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.88,
        "metadata_jurisdiction": 0.99,
    },
    "set-x": {
        "claim_f1": 0.92,
        "policy_f1": 0.85,
        "speaker_correct": 51,
        "date_correct": 48,
        "kind_correct": 29,
        "officials_f1": 0.99,
        "metadata_headline": 0.99,
        "metadata_published": 0.99,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.99,
    },
    # sets y, z: still blind for the rules (nobody read their errors); floors at extractor 0.8.0, set-z claim F1 at 0.9.0
    "set-y": {
        "claim_f1": 0.83,
        "policy_f1": 0.82,
        "speaker_correct": 39,
        "date_correct": 38,
        "kind_correct": 25,
        "officials_f1": 0.99,
        "metadata_headline": 0.62,
        "metadata_published": 0.99,
        "metadata_reporter": 0.87,
        "metadata_outlet": 0.87,
        "metadata_jurisdiction": 0.87,
    },
    "set-z": {
        "claim_f1": 0.93,  # one false claim more with round 4 of vocabulary, group 2 (accepted: +0.005 policy F1 on 263 development articles)
        "policy_f1": 0.89,
        "speaker_correct": 52,
        "date_correct": 43,
        "kind_correct": 39,
        "officials_f1": 0.99,
        "metadata_headline": 0.77,
        "metadata_published": 0.88,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.66,
        "metadata_jurisdiction": 0.99,
    },
    # sets aa-ad: blind on 0.8.2, then their error classes were fixed; ae-ah: blind on 0.8.2 and 0.9.0, then read;
    # ai-al: still blind for the rules (totals only). Floors at extractor 0.9.1
    "set-aa": {
        "claim_f1": 0.87,  # 0.35.0's retrain 0.874; was 0.88
        "policy_f1": 0.79,
        "speaker_correct": 47,
        "date_correct": 51,
        "kind_correct": 37,
        "officials_f1": 0.93,
        "metadata_headline": 0.88,
        "metadata_published": 0.99,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.99,
    },
    "set-ab": {
        "claim_f1": 0.88,
        "policy_f1": 0.83,
        "speaker_correct": 48,
        "date_correct": 51,
        "kind_correct": 40,
        "officials_f1": 0.99,
        "metadata_headline": 0.99,
        "metadata_published": 0.99,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.88,
        "metadata_jurisdiction": 0.99,
    },
    "set-ac": {
        "claim_f1": 0.94,
        "policy_f1": 0.87,
        "speaker_correct": 61,
        "date_correct": 52,
        "kind_correct": 47,
        "officials_f1": 0.99,
        "metadata_headline": 0.88,
        "metadata_published": 0.99,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.99,
    },
    "set-ad": {
        "claim_f1": 0.89,
        "policy_f1": 0.87,
        "speaker_correct": 56,
        "date_correct": 56,
        "kind_correct": 40,
        "officials_f1": 0.99,
        "metadata_headline": 0.77,
        "metadata_published": 0.99,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.88,
        "metadata_jurisdiction": 0.99,
    },
    "set-ae": {
        "claim_f1": 0.9,
        "policy_f1": 0.87,  # 0.14.0 0.876 (models retrained on sets au-bb, judged on bc-bf: +0.008 claim, +0.011 policy F1)
        "speaker_correct": 47,
        "date_correct": 49,
        "kind_correct": 32,  # 0.65.0 (the claim model drops rule claims below P 0.45): 32, was 33
        "officials_f1": 0.99,
        "metadata_headline": 0.55,
        "metadata_published": 0.99,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.88,
        "metadata_jurisdiction": 0.88,
    },
    "set-af": {
        "claim_f1": 0.85,
        "policy_f1": 0.81,
        "speaker_correct": 45,
        "date_correct": 47,
        "kind_correct": 34,
        "officials_f1": 0.99,
        "metadata_headline": 0.99,
        "metadata_published": 0.99,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.88,
        "metadata_jurisdiction": 0.99,
    },
    "set-ag": {
        "claim_f1": 0.81,
        "policy_f1": 0.76,
        "speaker_correct": 43,
        "date_correct": 38,
        "kind_correct": 29,
        "officials_f1": 0.99,
        "metadata_headline": 0.55,
        "metadata_published": 0.99,
        "metadata_reporter": 0.66,
        "metadata_outlet": 0.55,
        "metadata_jurisdiction": 0.99,
    },
    "set-ah": {
        "claim_f1": 0.93,  # 0.21.0 0.933 (cut-off texts, judged on ci-cl: kept); was 0.94
        "policy_f1": 0.88,  # 0.21.0 0.887 (cut-off texts, judged on ci-cl: kept); was 0.89
        "speaker_correct": 51,  # ah-06: the registry now has 한경호 (acting governor), whom the gold, made before, leaves unnamed
        "date_correct": 38,
        "kind_correct": 42,
        "officials_f1": 0.93,  # as speaker_correct
        "metadata_headline": 0.99,
        "metadata_published": 0.88,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.88,
        "metadata_jurisdiction": 0.99,
    },
    "set-ai": {
        "claim_f1": 0.87,
        "policy_f1": 0.71,
        "speaker_correct": 56,
        "date_correct": 54,
        "kind_correct": 40,
        "officials_f1": 0.99,
        "metadata_headline": 0.88,
        "metadata_published": 0.99,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.77,
    },
    "set-aj": {
        "claim_f1": 0.92,
        "policy_f1": 0.9,
        "speaker_correct": 65,
        "date_correct": 60,
        "kind_correct": 48,
        "officials_f1": 0.99,
        "metadata_headline": 0.77,
        "metadata_published": 0.99,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.99,
    },
    "set-ak": {
        "claim_f1": 0.96,
        "policy_f1": 0.84,
        "speaker_correct": 60,
        "date_correct": 62,
        "kind_correct": 47,
        "officials_f1": 0.99,
        "metadata_headline": 0.99,
        "metadata_published": 0.99,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.66,
        "metadata_jurisdiction": 0.99,
    },
    "set-al": {
        "claim_f1": 0.9,
        "policy_f1": 0.84,
        "speaker_correct": 54,
        "date_correct": 57,
        "kind_correct": 44,
        "officials_f1": 0.99,
        "metadata_headline": 0.77,
        "metadata_published": 0.99,
        "metadata_reporter": 0.77,
        "metadata_outlet": 0.88,
        "metadata_jurisdiction": 0.99,
    },
    # sets am-ap: annotated after the last change of 0.9.1, run blind on 0.8.2, 0.9.0 and 0.9.1 (totals only):
    # still blind for the rules. Floors at extractor 0.9.1
    "set-am": {
        "claim_f1": 0.86,
        "policy_f1": 0.79,
        "speaker_correct": 62,
        "date_correct": 53,
        "kind_correct": 35,
        "officials_f1": 0.93,
        "metadata_headline": 0.77,
        "metadata_published": 0.88,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.66,
        "metadata_jurisdiction": 0.99,
    },
    "set-an": {
        "claim_f1": 0.87,
        "policy_f1": 0.79,  # 0.9.1 0.80; 0.10.0 0.790: the learned model's claims, +0.0025 pooled over ai-ap
        "speaker_correct": 53,
        "date_correct": 56,
        "kind_correct": 45,
        "officials_f1": 0.99,
        "metadata_headline": 0.88,
        "metadata_published": 0.99,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.99,
    },
    "set-ao": {
        "claim_f1": 0.81,
        "policy_f1": 0.76,
        "speaker_correct": 42,
        "date_correct": 38,
        "kind_correct": 30,
        "officials_f1": 0.99,
        "metadata_headline": 0.99,
        "metadata_published": 0.88,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.55,
        "metadata_jurisdiction": 0.88,
    },
    "set-ap": {
        "claim_f1": 0.92,
        "policy_f1": 0.82,
        "speaker_correct": 48,
        "date_correct": 46,
        "kind_correct": 34,
        "officials_f1": 0.99,
        "metadata_headline": 0.77,
        "metadata_published": 0.99,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.99,
    },
    # sets aq-at: annotated blind during the session of the learned models, run blind on 0.9.1 and on
    # 0.11.0 (totals only); floors at 0.11.0, lowered nowhere by 0.12.0 (whose models learn from them). Still
    # blind for the rules
    "set-aq": {
        "claim_f1": 0.86,
        "policy_f1": 0.77,
        "speaker_correct": 51,
        "date_correct": 44,
        "kind_correct": 29,
        "officials_f1": 0.99,
        "metadata_headline": 0.55,
        "metadata_published": 0.88,
        "metadata_reporter": 0.77,
        "metadata_outlet": 0.77,
        "metadata_jurisdiction": 0.99,
    },
    "set-ar": {
        "claim_f1": 0.88,
        "policy_f1": 0.77,
        "speaker_correct": 61,
        "date_correct": 56,
        "kind_correct": 47,
        "officials_f1": 0.99,
        "metadata_headline": 0.99,
        "metadata_published": 0.99,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.88,
        "metadata_jurisdiction": 0.77,
    },
    "set-as": {
        "claim_f1": 0.86,
        "policy_f1": 0.69,
        "speaker_correct": 49,
        "date_correct": 48,
        "kind_correct": 30,
        "officials_f1": 0.88,
        "metadata_headline": 0.77,
        "metadata_published": 0.99,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.99,
    },
    "set-at": {
        "claim_f1": 0.88,  # 0.35.0's retrain 0.889; was 0.89
        "policy_f1": 0.86,
        "speaker_correct": 54,
        "date_correct": 46,  # 0.64.0 (learned event day): 46, was 51; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 42,  # 0.35.0's retrain; was 43
        "officials_f1": 0.99,
        "metadata_headline": 0.77,
        "metadata_published": 0.99,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.88,
        "metadata_jurisdiction": 0.88,
    },
    # sets au-ax: annotated blind, held unrun, then the judge of the retrained learned models (0.11.0 -> 0.12.0,
    # totals only); floors at 0.12.0. Still blind for the rules and held out of the models' training
    "set-au": {
        "claim_f1": 0.88,
        "policy_f1": 0.76,
        "speaker_correct": 49,
        "date_correct": 49,  # 0.25.1 (narrated plans of an announcing lead take its day): au-07's lead announces a declaration (22일 … 선언) whose plans the gold dates to publication; was 51
        "kind_correct": 35,
        "officials_f1": 0.9,
        "metadata_headline": 0.88,
        "metadata_published": 0.99,
        "metadata_reporter": 0.77,
        "metadata_outlet": 0.88,
        "metadata_jurisdiction": 0.77,
    },
    "set-av": {
        "claim_f1": 0.74,
        "policy_f1": 0.69,
        "speaker_correct": 34,
        "date_correct": 43,
        "kind_correct": 28,
        "officials_f1": 0.8,
        "metadata_headline": 0.88,
        "metadata_published": 0.99,
        "metadata_reporter": 0.88,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.88,
    },
    "set-aw": {
        "claim_f1": 0.9,
        "policy_f1": 0.78,
        "speaker_correct": 47,
        "date_correct": 45,
        "kind_correct": 32,
        "officials_f1": 0.99,
        "metadata_headline": 0.66,
        "metadata_published": 0.99,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.99,
    },
    "set-ax": {
        "claim_f1": 0.85,
        "policy_f1": 0.75,
        "speaker_correct": 53,
        "date_correct": 58,
        "kind_correct": 34,
        "officials_f1": 0.93,
        "metadata_headline": 0.66,
        "metadata_published": 0.88,
        "metadata_reporter": 0.99,
        "metadata_outlet": 0.99,
        "metadata_jurisdiction": 0.99,
    },
    # the first blind reserve (seeds/blind-corpora until it judged metadata round 3, 0.13.0): still blind for
    # the rules, held out of the learned models' training
    "set-ay": {
        "claim_f1": 0.89,  # 0.898
        "policy_f1": 0.79,  # 0.795
        "speaker_correct": 49,
        "date_correct": 48,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-az": {
        "claim_f1": 0.94,  # 0.944
        "policy_f1": 0.86,  # 0.861
        "speaker_correct": 66,
        "date_correct": 68,
        "kind_correct": 45,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ba": {
        "claim_f1": 0.83,  # 0.835
        "policy_f1": 0.66,  # 0.667
        "speaker_correct": 40,
        "date_correct": 42,
        "kind_correct": 26,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bb": {
        "claim_f1": 0.89,  # 0.896
        "policy_f1": 0.82,  # 0.821
        "speaker_correct": 56,
        "date_correct": 49,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the second blind reserve (seeds/blind-corpora until it judged the retrain of 0.14.0): still blind for the
    # rules, held out of the learned models' training
    "set-bc": {
        "claim_f1": 0.91,  # 0.21.0 0.919 (cut-off texts, judged on ci-cl: kept); was 0.92; 0.925
        "policy_f1": 0.84,  # 0.848
        "speaker_correct": 59,
        "date_correct": 61,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-bd": {
        "claim_f1": 0.88,  # 0.881
        "policy_f1": 0.81,  # 0.813
        "speaker_correct": 51,
        "date_correct": 48,
        "kind_correct": 39,
        "officials_f1": 0.93,  # 0.933
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-be": {
        "claim_f1": 0.89,  # 0.892
        "policy_f1": 0.84,  # 0.845
        "speaker_correct": 73,
        "date_correct": 74,
        "kind_correct": 49,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-bf": {
        "claim_f1": 0.9,
        "policy_f1": 0.78,  # 0.781
        "speaker_correct": 54,
        "date_correct": 54,
        "kind_correct": 35,  # 0.65.0 (the claim model drops rule claims below P 0.45): 35, was 36
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the third blind reserve (seeds/blind-corpora until it judged the retrain of 0.15.0): still blind for the
    # rules, held out of the learned models' training
    "set-bg": {
        "claim_f1": 0.89,  # 0.894
        "policy_f1": 0.75,  # 0.750
        "speaker_correct": 63,
        "date_correct": 57,
        "kind_correct": 47,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bh": {
        "claim_f1": 0.9,  # 0.909
        "policy_f1": 0.86,  # 0.869
        "speaker_correct": 64,
        "date_correct": 65,
        "kind_correct": 46,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-bi": {
        "claim_f1": 0.91,  # 0.913
        "policy_f1": 0.83,  # 0.830
        "speaker_correct": 62,
        "date_correct": 63,
        "kind_correct": 45,
        "officials_f1": 0.94,  # 0.941
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bj": {
        "claim_f1": 0.79,  # 0.793
        "policy_f1": 0.72,  # 0.728
        "speaker_correct": 48,
        "date_correct": 48,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # annotated blind for the models' training, run once on 0.14.0 (their ERRORS files); training data since
    # 0.15.0, so these floors are in-sample
    "set-bk": {
        "claim_f1": 0.85,  # 0.859
        "policy_f1": 0.76,  # 0.765
        "speaker_correct": 54,
        "date_correct": 41,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-bl": {
        "claim_f1": 0.87,  # 0.871
        "policy_f1": 0.84,  # 0.844
        "speaker_correct": 52,  # 0.65.0 (the claim model drops rule claims below P 0.45): 52, was 53
        "date_correct": 50,  # 0.65.0 (the claim model drops rule claims below P 0.45): 50, was 51
        "kind_correct": 39,  # 0.65.0 (the claim model drops rule claims below P 0.45): 39, was 40
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bm": {
        "claim_f1": 0.79,  # 0.35.0's retrain 0.793; was 0.8 (0.807)
        "policy_f1": 0.66,  # 0.35.0's retrain 0.663; was 0.67 (0.678)
        "speaker_correct": 42,
        "date_correct": 44,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bn": {
        "claim_f1": 0.9,  # 0.908
        "policy_f1": 0.8,  # 0.810
        "speaker_correct": 49,
        "date_correct": 47,
        "kind_correct": 38,
        "officials_f1": 0.93,  # 0.933
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the fourth blind reserve (seeds/blind-corpora until it judged metadata round 4, 0.16.0): still blind for
    # the rules, held out of the learned models' training
    "set-bo": {
        "claim_f1": 0.71,  # 0.712
        "policy_f1": 0.65,  # 0.656
        "speaker_correct": 35,
        "date_correct": 33,  # 0.64.0 (learned event day): 33, was 35; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.68.0 (the learned byline check): 0.889, was 1.000: a name the check takes for the byline where the development gold has none (+34 -9 articles over all sets)
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bp": {
        "claim_f1": 0.93,  # 0.933
        "policy_f1": 0.79,  # 0.800 (0.7999…: a floor of 0.80 fails on rounding)
        "speaker_correct": 47,
        "date_correct": 47,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bq": {
        "claim_f1": 0.85,  # 0.857
        "policy_f1": 0.72,  # 0.723
        "speaker_correct": 37,
        "date_correct": 42,
        "kind_correct": 30,
        "officials_f1": 0.94,  # 0.941
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-br": {
        "claim_f1": 0.85,  # 0.852
        "policy_f1": 0.78,  # 0.786
        "speaker_correct": 52,
        "date_correct": 39,
        "kind_correct": 35,  # 0.21.0 35 (cut-off texts, judged on ci-cl: kept); was 36
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.77,  # 0.778
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the fifth blind reserve (seeds/blind-corpora until it judged the retrain of 0.17.0, dropped): still blind
    # for the rules, held out of the learned models' training
    "set-bs": {
        "claim_f1": 0.88,  # 0.887
        "policy_f1": 0.82,  # 0.829
        "speaker_correct": 46,
        "date_correct": 47,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bt": {
        "claim_f1": 0.77,  # 0.778
        "policy_f1": 0.62,  # 0.23.0 0.626 (words proposer, judged on cq-ct: kept; one energy-transition added to an extra claim); 0.21.0 0.632 (cut-off texts, judged on ci-cl: kept); was 0.64; 0.642
        "speaker_correct": 35,
        "date_correct": 31,
        "kind_correct": 26,
        "officials_f1": 0.93,  # 0.933
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bu": {
        "claim_f1": 0.83,  # 0.837
        "policy_f1": 0.69,  # 0.697
        "speaker_correct": 56,
        "date_correct": 54,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bv": {
        "claim_f1": 0.76,  # 0.769
        "policy_f1": 0.71,  # 0.717
        "speaker_correct": 43,
        "date_correct": 42,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    # the seventh blind reserve (seeds/blind-corpora until it judged metadata round 5 of 0.19.0, kept with no change): still blind
    # for the rules, held out of the learned models' training
    "set-bw": {
        # 0.28.0: 0.835; bw-04's official is found behind `(사진)`, so one more of his quotes becomes a claim
        # (`구로구는 … 위상을 쌓아왔다`), not one in the gold
        "claim_f1": 0.83,  # 0.841; 0.829 before the Q&A questions of 0.20.0
        "policy_f1": 0.78,  # 0.782
        "speaker_correct": 54,  # 48 before 0.20.0
        "date_correct": 57,  # 0.65.0 (the claim model drops rule claims below P 0.45): 57, was 58
        "kind_correct": 35,  # 0.65.0 (the claim model drops rule claims below P 0.45): 35, was 36
        "officials_f1": 1.0,
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bx": {
        "claim_f1": 0.82,  # 0.830
        "policy_f1": 0.77,  # 0.779
        "speaker_correct": 59,
        "date_correct": 52,
        "kind_correct": 40,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-by": {
        "claim_f1": 0.88,  # 0.887
        "policy_f1": 0.84,  # 0.841
        "speaker_correct": 53,
        "date_correct": 47,
        "kind_correct": 40,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.66.0 (the learned title check): 0.667, was 0.778: a title the development gold keeps, which the check takes for a subheadline (+59 -12 articles over all sets)
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-bz": {
        "claim_f1": 0.9,  # 0.908
        "policy_f1": 0.84,  # 0.843
        "speaker_correct": 62,
        "date_correct": 58,
        "kind_correct": 47,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    # the eighth blind reserve (seeds/blind-corpora until it judged the extraction round of 0.18.0, kept with no change): still
    # blind for the rules, held out of the learned models' training
    "set-ca": {
        "claim_f1": 0.94,  # 0.943
        "policy_f1": 0.86,  # 0.864
        "speaker_correct": 64,
        "date_correct": 65,
        "kind_correct": 49,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cb": {
        "claim_f1": 0.88,  # 0.21.0 0.884 (cut-off texts, judged on ci-cl: kept); was 0.89; 0.891
        "policy_f1": 0.81,  # 0.21.0 0.817 (cut-off texts, judged on ci-cl: kept); was 0.82; 0.821
        "speaker_correct": 53,
        "date_correct": 56,
        "kind_correct": 42,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.55,  # 0.556
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cc": {
        "claim_f1": 0.91,  # 0.918
        "policy_f1": 0.82,  # 0.821
        "speaker_correct": 54,
        "date_correct": 52,
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-cd": {
        # 0.28.0: 0.885 and 0.819; cd-01's official is found behind `(사진)`, and three more of his quotes become
        # claims (his district's past and hardships, not in the gold)
        "claim_f1": 0.88,  # 0.899
        "policy_f1": 0.81,  # 0.828 on 0.20.0, 0.833 on 0.19.0: the Q&A questions gave cd-01's answers their
        # speaker (+7 right) and the slug re-ranker then adds youth-policy to two jobs answers; the trade was kept
        "speaker_correct": 47,  # 40 before 0.20.0
        "date_correct": 39,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the ninth blind reserve (seeds/blind-corpora until it judged the Q&A questions of 0.20.0, kept with no change); its
    # missed claims were read afterwards, held out of the learned models' training
    "set-ce": {
        "claim_f1": 0.82,  # 0.825
        "policy_f1": 0.72,  # 0.730
        "speaker_correct": 47,
        "date_correct": 42,
        "kind_correct": 32,
        "officials_f1": 0.93,  # 0.933
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cf": {
        "claim_f1": 0.88,  # 0.881
        "policy_f1": 0.77,  # 0.778
        "speaker_correct": 63,
        "date_correct": 54,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cg": {
        "claim_f1": 0.87,  # 0.875
        "policy_f1": 0.83,  # 0.834
        "speaker_correct": 51,
        "date_correct": 54,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ch": {
        "claim_f1": 0.84,  # 0.840
        "policy_f1": 0.69,  # 0.695
        "speaker_correct": 47,
        "date_correct": 42,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    # the tenth blind reserve (seeds/blind-corpora until it judged the cut-off texts of 0.21.0, kept): still blind for
    # the rules, held out of the learned models' training
    "set-ci": {
        "claim_f1": 0.91,  # 0.917
        "policy_f1": 0.86,  # 0.865
        "speaker_correct": 59,
        "date_correct": 60,
        "kind_correct": 46,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.54.0 (metadata round 27): 0.778, was 0.889; ci-06 (whose gold reads the first of a stored page's stacked title-like lines as a subheadline of a lost title; the round takes it for the title, as the development gold does 18 times in 29)
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cj": {
        "claim_f1": 0.91,  # 0.920
        "policy_f1": 0.87,  # 0.878
        "speaker_correct": 79,
        "date_correct": 75,
        "kind_correct": 49,  # 0.41.0's retrain; was 50
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ck": {
        "claim_f1": 0.9,  # 0.905
        "policy_f1": 0.8,  # 0.807
        "speaker_correct": 61,
        "date_correct": 61,
        "kind_correct": 46,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-cl": {
        "claim_f1": 0.9,  # 0.901
        "policy_f1": 0.76,  # 0.765
        "speaker_correct": 56,
        "date_correct": 55,
        "kind_correct": 40,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    # the eleventh blind reserve (seeds/blind-corpora until it judged metadata round 6 of 0.22.0, kept with no change):
    # still blind for the rules, held out of the learned models' training
    "set-cm": {
        "claim_f1": 0.88,  # 0.881
        "policy_f1": 0.75,  # 0.759
        "speaker_correct": 46,
        "date_correct": 48,
        "kind_correct": 34,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cn": {
        "claim_f1": 0.96,  # 0.968
        "policy_f1": 0.86,  # 0.864
        "speaker_correct": 59,
        "date_correct": 49,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-co": {
        "claim_f1": 0.93,  # 0.933
        "policy_f1": 0.82,  # 0.829
        "speaker_correct": 76,
        "date_correct": 75,
        "kind_correct": 49,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cp": {
        "claim_f1": 0.94,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.947, was 0.95
        "policy_f1": 0.87,  # 0.880
        "speaker_correct": 71,
        "date_correct": 71,
        "kind_correct": 47,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.54.0 (metadata round 27): 0.778, was 0.889; cp-05 (whose gold reads the first of a stored page's stacked title-like lines as a subheadline of a lost title; the round takes it for the title, as the development gold does 18 times in 29)
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cq": {
        "claim_f1": 0.88,  # 0.887
        "policy_f1": 0.80,  # 0.803
        "speaker_correct": 59,
        "date_correct": 57,  # 0.64.0 (learned event day): 57, was 59; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 34,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.55,  # 0.556
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cr": {
        "claim_f1": 0.87,  # 0.872
        "policy_f1": 0.74,  # 0.749
        "speaker_correct": 56,
        "date_correct": 47,
        "kind_correct": 46,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cs": {
        "claim_f1": 0.95,  # 0.952
        "policy_f1": 0.85,  # 0.857
        "speaker_correct": 66,
        "date_correct": 67,
        "kind_correct": 46,
        "officials_f1": 0.93,  # 0.933
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ct": {
        "claim_f1": 0.91,  # 0.919
        "policy_f1": 0.83,  # 0.838
        "speaker_correct": 45,
        "date_correct": 51,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.68.0 (the learned byline check): 0.778, was 0.889: a name the check takes for the byline where the development gold has none (+34 -9 articles over all sets)
        "metadata_outlet": 0.55,  # 0.556
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cv": {
        "claim_f1": 0.82,  # 0.830
        "policy_f1": 0.71,  # 0.714
        "speaker_correct": 54,
        "date_correct": 53,
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-cw": {
        "claim_f1": 0.91,  # 0.910
        "policy_f1": 0.82,  # 0.828
        "speaker_correct": 70,
        "date_correct": 68,
        "kind_correct": 47,
        "officials_f1": 0.93,  # 0.933
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-cx": {
        "claim_f1": 0.80,  # 0.803
        "policy_f1": 0.76,  # 0.761
        "speaker_correct": 43,
        "date_correct": 47,
        "kind_correct": 31,
        "officials_f1": 0.93,  # 0.933
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-cy": {
        "claim_f1": 0.95,  # 0.951
        "policy_f1": 0.78,  # 0.781
        "speaker_correct": 58,
        "date_correct": 48,  # 0.25.1 (narrated plans of an announcing lead take its day): in cy-07 the ministries announced the selection (지난달 31일 … 발표했으며), the district's narrated plans are dated to publication in the gold; was 54
        "kind_correct": 38,
        "officials_f1": 0.90,  # 0.909
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-cu": {
        "claim_f1": 0.87,  # 0.875
        "policy_f1": 0.81,  # 0.810
        "speaker_correct": 42,
        "date_correct": 47,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-da": {
        "claim_f1": 0.87,  # 0.871
        "policy_f1": 0.85,  # 0.852
        "speaker_correct": 47,
        "date_correct": 47,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-db": {
        "claim_f1": 0.91,  # 0.910
        "policy_f1": 0.89,  # 0.896
        "speaker_correct": 60,
        "date_correct": 54,
        "kind_correct": 42,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-df": {
        "claim_f1": 0.93,  # 0.935
        "policy_f1": 0.83,  # 0.837
        "speaker_correct": 63,  # 0.72.0 (the learned speaker decision; all development sets +118 -25 speakers right, held-out BLIND +28 -14): 63, was 64
        "date_correct": 58,
        "kind_correct": 44,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-cz": {
        "claim_f1": 0.90,  # 0.906
        "policy_f1": 0.77,  # 0.772
        "speaker_correct": 43,
        "date_correct": 53,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-dc": {
        "claim_f1": 0.86,  # 0.863
        "policy_f1": 0.80,  # 0.802
        "speaker_correct": 57,
        "date_correct": 50,
        "kind_correct": 34,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.66,  # 0.667
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-dd": {
        "claim_f1": 0.70,  # 0.702
        # 0.28.0: 0.646; dd-01's quote `… '정주도시'를 만들고 있다` is now found (its lede quote's official), under jobs
        # where the gold says urban-regeneration
        "policy_f1": 0.64,  # 0.650
        "speaker_correct": 35,
        "date_correct": 37,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-de": {
        "claim_f1": 0.90,  # 0.906
        "policy_f1": 0.80,  # 0.804
        "speaker_correct": 61,
        "date_correct": 62,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-dg": {
        "claim_f1": 0.80,  # 0.800
        "policy_f1": 0.71,  # 0.710
        "speaker_correct": 43,
        "date_correct": 40,
        "kind_correct": 38,
        "officials_f1": 0.87,  # 0.875
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-dh": {
        "claim_f1": 0.92,  # 0.925
        "policy_f1": 0.85,  # 0.854
        "speaker_correct": 60,
        "date_correct": 54,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.66,  # 0.667
    },
    "set-di": {
        "claim_f1": 0.90,  # 0.903
        "policy_f1": 0.81,  # 0.816
        "speaker_correct": 63,
        "date_correct": 65,
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-dj": {
        "claim_f1": 0.94,  # 0.947
        "policy_f1": 0.87,  # 0.873
        "speaker_correct": 62,
        "date_correct": 62,
        "kind_correct": 47,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the judges of the speaker round (0.28.0), first run on 0.27.1; floors at 0.28.0's scores
    "set-dk": {
        "claim_f1": 0.82,  # 0.827
        "policy_f1": 0.75,  # 0.753
        "speaker_correct": 54,
        "date_correct": 53,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-dl": {
        "claim_f1": 0.85,  # 0.860
        "policy_f1": 0.79,  # 0.795
        "speaker_correct": 45,
        "date_correct": 44,
        "kind_correct": 36,
        "officials_f1": 0.92,  # 0.923
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-dm": {
        "claim_f1": 0.84,  # 0.844
        "policy_f1": 0.77,  # 0.777
        "speaker_correct": 54,
        "date_correct": 43,
        "kind_correct": 37,
        "officials_f1": 0.93,  # 0.933
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-dn": {
        "claim_f1": 0.88,  # 0.883
        "policy_f1": 0.82,  # 0.823
        "speaker_correct": 51,
        "date_correct": 53,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.66,  # 0.667
        "metadata_outlet": 0.55,  # 0.556
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the judges of metadata round 9 (0.29.0), first run on 0.28.0; floors at 0.29.0's scores
    "set-do": {
        "claim_f1": 0.84,  # 0.848
        "policy_f1": 0.73,  # 0.739
        "speaker_correct": 62,
        "date_correct": 59,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.54.0 (metadata round 27): 0.889, was 1.000; do-03 (whose gold reads the first of a stored page's stacked title-like lines as a subheadline of a lost title; the round takes it for the title, as the development gold does 18 times in 29)
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-dp": {
        "claim_f1": 0.92,  # 0.926
        "policy_f1": 0.84,  # 0.844
        "speaker_correct": 53,
        "date_correct": 50,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-dq": {
        "claim_f1": 0.92,
        "policy_f1": 0.87,  # 0.871
        "speaker_correct": 67,
        "date_correct": 65,
        "kind_correct": 52,
        "officials_f1": 0.93,  # 0.933
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-dr": {
        "claim_f1": 0.95,  # 0.953
        "policy_f1": 0.9,  # 0.905
        "speaker_correct": 58,  # 0.65.0 (the claim model drops rule claims below P 0.45): 58, was 59
        "date_correct": 54,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the judges of metadata round 10 (0.30.0), first run on 0.29.0; floors at 0.30.0's scores
    "set-ds": {
        "claim_f1": 0.86,  # 0.868
        "policy_f1": 0.79,  # 0.798
        "speaker_correct": 53,
        "date_correct": 49,
        "kind_correct": 42,
        "officials_f1": 0.94,  # 0.941
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.68.0 (the learned byline check): 0.889, was 1.000: a name the check takes for the byline where the development gold has none (+34 -9 articles over all sets)
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-dt": {
        "claim_f1": 0.92,  # 0.927
        "policy_f1": 0.79,  # 0.792
        "speaker_correct": 49,
        "date_correct": 35,
        "kind_correct": 40,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-du": {
        "claim_f1": 0.86,  # 0.866
        "policy_f1": 0.74,  # 0.746
        "speaker_correct": 57,
        "date_correct": 48,  # 0.64.0 (learned event day): 48, was 50; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 45,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-dv": {
        "claim_f1": 0.91,  # 0.910
        "policy_f1": 0.89,  # 0.896
        "speaker_correct": 59,
        "date_correct": 49,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    # the judges of the date round (0.31.0), first run on 0.30.0; floors at 0.31.0's scores
    "set-dw": {
        "claim_f1": 0.83,  # 0.835
        "policy_f1": 0.78,  # 0.788
        "speaker_correct": 47,
        "date_correct": 41,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-dx": {
        "claim_f1": 0.95,  # 0.958
        "policy_f1": 0.87,  # 0.878
        "speaker_correct": 65,
        "date_correct": 65,
        "kind_correct": 50,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.66.0 (the learned title check): 0.889, was 1.000: a title the development gold keeps, which the check takes for a subheadline (+59 -12 articles over all sets)
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-dy": {
        "claim_f1": 0.86,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.862, was 0.87; 0.870
        "policy_f1": 0.84,  # 0.841
        "speaker_correct": 47,
        "date_correct": 38,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-dz": {
        "claim_f1": 0.91,  # 0.915
        "policy_f1": 0.83,  # 0.836
        "speaker_correct": 64,
        "date_correct": 63,
        "kind_correct": 46,
        "officials_f1": 0.93,  # 0.70.0 (registry additions: acting heads 김석필, 조석훈, 김기덕 and 2006/2010 terms): 0.933, was 1.000: a person the registry now holds for that day, whom this gold, annotated against the registry before, gives as speaker_name only
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the judges of date round 2 (0.32.0), first run on 0.31.0; floors at 0.32.0's scores
    "set-ea": {
        "claim_f1": 0.87,  # 0.873
        "policy_f1": 0.81,  # 0.812
        "speaker_correct": 47,
        "date_correct": 39,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-eb": {
        "claim_f1": 0.88,  # 0.884
        "policy_f1": 0.77,  # 0.776
        "speaker_correct": 56,
        "date_correct": 51,  # 0.64.0 (learned event day): 51, was 56; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ec": {
        "claim_f1": 0.83,  # 0.832
        "policy_f1": 0.71,  # 0.711
        "speaker_correct": 49,
        "date_correct": 52,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ed": {
        "claim_f1": 0.85,  # 0.852
        "policy_f1": 0.81,  # 0.819
        "speaker_correct": 48,
        "date_correct": 48,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the judges of metadata round 11 (0.33.0), first run on 0.32.0; floors at 0.33.0's scores
    "set-ee": {
        "claim_f1": 0.89,  # 0.35.0's retrain 0.898; was 0.91 (0.913)
        "policy_f1": 0.83,  # 0.834
        "speaker_correct": 57,  # 0.35.0's retrain; was 58
        "date_correct": 52,  # 0.35.0's retrain; was 53
        "kind_correct": 36,  # 0.35.0's retrain; was 37
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ef": {
        "claim_f1": 0.93,  # 0.931
        "policy_f1": 0.84,  # 0.850
        "speaker_correct": 53,
        "date_correct": 54,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-eg": {
        "claim_f1": 0.9,  # 0.907
        "policy_f1": 0.86,  # 0.865
        "speaker_correct": 48,
        "date_correct": 48,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-eh": {
        "claim_f1": 0.91,  # 0.910
        "policy_f1": 0.88,  # 0.888
        "speaker_correct": 69,
        "date_correct": 71,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    # the judges of metadata round 12 (0.34.0), first run on 0.33.0; floors at 0.34.0's scores
    "set-ei": {
        "claim_f1": 0.91,  # 0.911
        "policy_f1": 0.87,  # 0.872
        "speaker_correct": 51,
        "date_correct": 56,
        "kind_correct": 42,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.52.0 (metadata round 25): 0.889, was 0.99; ei-09 (a seoul.co.kr page listing other stories above this one) named 강남구 only in a photo caption, `조성명(왼쪽) 서울 강남구청장이 … 체험을 하고 있다.`, which the round reads as the caption it is; captions are no evidence of the jurisdiction
    },
    "set-ej": {
        "claim_f1": 0.8,  # 0.806
        "policy_f1": 0.74,  # 0.744
        "speaker_correct": 53,
        "date_correct": 53,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ek": {
        "claim_f1": 0.86,  # 0.866
        "policy_f1": 0.78,  # 0.784
        "speaker_correct": 54,
        "date_correct": 58,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-el": {
        "claim_f1": 0.92,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.930, was 0.931
        "policy_f1": 0.85,  # 0.854
        "speaker_correct": 65,  # 0.65.0 (the claim model drops rule claims below P 0.45): 65, was 66
        "date_correct": 53,  # 0.65.0 (the claim model drops rule claims below P 0.45): 53, was 54
        "kind_correct": 48,  # 0.65.0 (the claim model drops rule claims below P 0.45): 48, was 49
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-em": {
        "claim_f1": 0.87,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.878, was 0.88; 0.887
        "policy_f1": 0.76,  # 0.767
        "speaker_correct": 53,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 50,
        "kind_correct": 34,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-en": {
        "claim_f1": 0.87,  # 0.36.0 0.874 (round 13 finds en-07's real headline, which names jobs: one more sentence, on population, becomes a claim gold leaves out); 0.35.0 0.880
        "policy_f1": 0.75,  # 0.755
        "speaker_correct": 66,  # 0.65.0 (the claim model drops rule claims below P 0.45): 66, was 67
        "date_correct": 65,
        "kind_correct": 39,  # 0.65.0 (the claim model drops rule claims below P 0.45): 39, was 40
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-eo": {
        "claim_f1": 0.91,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.913, was 0.923
        "policy_f1": 0.86,  # 0.865
        "speaker_correct": 54,  # 0.65.0 (the claim model drops rule claims below P 0.45): 54, was 56
        "date_correct": 52,  # 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 52, was 53; 0.65.0 (the claim model drops rule claims below P 0.45): 53, was 54
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ep": {
        "claim_f1": 0.88,  # 0.882
        "policy_f1": 0.8,  # 0.804
        "speaker_correct": 56,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 54,
        "kind_correct": 44,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-eq": {
        "claim_f1": 0.85,  # 0.857
        "policy_f1": 0.76,  # 0.761
        "speaker_correct": 52,  # 0.65.0 (the claim model drops rule claims below P 0.45): 52, was 54
        "date_correct": 46,  # 0.65.0 (the claim model drops rule claims below P 0.45): 46, was 48
        "kind_correct": 34,  # 0.65.0 (the claim model drops rule claims below P 0.45): 34, was 36
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-er": {
        "claim_f1": 0.78,  # 0.785
        "policy_f1": 0.73,  # 0.736
        "speaker_correct": 42,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 41,
        "kind_correct": 24,
        "officials_f1": 1.0,
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-es": {
        "claim_f1": 0.91,  # 0.912
        "policy_f1": 0.87,  # 0.876
        "speaker_correct": 49,  # 0.65.0 (the claim model drops rule claims below P 0.45): 49, was 50
        "date_correct": 47,  # 0.65.0 (the claim model drops rule claims below P 0.45): 47, was 49
        "kind_correct": 39,  # 0.65.0 (the claim model drops rule claims below P 0.45): 39, was 40
        "officials_f1": 0.93,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-et": {
        "claim_f1": 0.9,  # 0.909
        "policy_f1": 0.84,  # 0.841
        "speaker_correct": 50,  # 0.48.0's retrain: 50 (was 51); set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 43,
        "kind_correct": 35,  # 0.48.0's retrain: 35 (was 36)
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-eu": {
        "claim_f1": 0.9,  # 0.908
        "policy_f1": 0.85,  # 0.859
        "speaker_correct": 50,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 47,  # 0.139.0 (a pronoun with no speaker before it stands for the person named close before it; BLIND speaker F1 +0.001): 47, was 48; 0.64.0 (learned event day): 48, was 49; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ev": {
        "claim_f1": 0.81,  # 0.818
        "policy_f1": 0.79,  # 0.792
        "speaker_correct": 44,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 34,  # 0.64.0 (learned event day): 34, was 40; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.33,  # 0.54.0 (metadata round 27): 0.333, was 0.444; ev-03 (whose gold reads the first of a stored page's stacked title-like lines as a subheadline of a lost title; the round takes it for the title, as the development gold does 18 times in 29)
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ew": {
        "claim_f1": 0.8,  # 0.800
        "policy_f1": 0.75,  # 0.760
        "speaker_correct": 46,  # 0.48.0's retrain: 46 (was 47); set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 45,  # 0.48.0's retrain: 45 (was 46)
        "kind_correct": 40,  # 0.48.0's retrain: 40 (was 41)
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.77,  # 0.778
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ex": {
        "claim_f1": 0.84,  # 0.843
        "policy_f1": 0.8,  # 0.802
        "speaker_correct": 51,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 52,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.68.0 (the learned byline check): 0.889, was 1.000: a name the check takes for the byline where the development gold has none (+34 -9 articles over all sets)
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ey": {
        "claim_f1": 0.87,  # 0.871
        "policy_f1": 0.77,  # 0.779
        "speaker_correct": 44,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 45,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ez": {
        "claim_f1": 0.83,  # 0.839
        "policy_f1": 0.77,  # 0.778
        "speaker_correct": 46,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 44,
        "kind_correct": 28,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.77,  # 0.778
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fa": {
        "claim_f1": 0.89,  # 0.894
        "policy_f1": 0.75,  # 0.750
        "speaker_correct": 57,  # fa-08 quotes 김정기, Daegu's acting mayor of 2025-26, whom the registry lacked when the set was annotated (gold: speaker null, speaker_name 김정기, officials []); the registry has him since 0.57.1, and the scorer compares person keys only
        "date_correct": 51,
        "kind_correct": 35,
        "officials_f1": 0.92,  # 0.923: the same
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fb": {
        "claim_f1": 0.9,  # 0.909
        "policy_f1": 0.79,  # 0.797
        "speaker_correct": 44,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 45,
        "kind_correct": 26,
        "officials_f1": 0.93,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-fc": {
        "claim_f1": 0.91,  # 0.48.0's retrain: 0.91 (was 0.92); 0.923
        "policy_f1": 0.86,  # 0.868
        "speaker_correct": 44,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 40,
        "kind_correct": 39,
        "officials_f1": 0.94,
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fd": {
        "claim_f1": 0.81,  # 0.817
        "policy_f1": 0.67,  # 0.678
        "speaker_correct": 35,  # 0.65.0 (the claim model drops rule claims below P 0.45): 35, was 36
        "date_correct": 36,  # 0.65.0 (the claim model drops rule claims below P 0.45): 36, was 37
        "kind_correct": 20,  # 0.65.0 (the claim model drops rule claims below P 0.45): 20, was 21
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fe": {
        "claim_f1": 0.87,  # 0.878
        "policy_f1": 0.82,  # 0.821
        "speaker_correct": 55,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 48,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ff": {
        "claim_f1": 0.88,  # 0.887
        "policy_f1": 0.77,  # 0.771
        "speaker_correct": 50,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 48,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fg": {
        "claim_f1": 0.89,  # 0.898
        "policy_f1": 0.82,  # 0.829
        "speaker_correct": 57,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 48,  # 0.64.0 (learned event day): 48, was 53; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 46,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-fh": {
        "claim_f1": 0.88,  # 0.882
        "policy_f1": 0.83,  # 0.840
        "speaker_correct": 39,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 31,
        "kind_correct": 28,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fi": {
        "claim_f1": 0.86,  # 0.868
        "policy_f1": 0.78,  # 0.780
        "speaker_correct": 47,  # 0.55.0 (retrain on every extra set): one claim the retrained claim model no longer finds
        "date_correct": 46,  # 0.55.0 (retrain on every extra set): the same claim
        "kind_correct": 36,  # 0.55.0 (retrain on every extra set): the same claim
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fj": {
        "claim_f1": 0.83,  # 0.832
        "policy_f1": 0.79,  # 0.797
        "speaker_correct": 44,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 47,
        "kind_correct": 37,
        "officials_f1": 0.92,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.68.0 (the learned byline check): 0.778, was 0.889: a name the check takes for the byline where the development gold has none (+34 -9 articles over all sets)
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fk": {
        "claim_f1": 0.88,  # 0.881
        "policy_f1": 0.79,  # 0.797
        "speaker_correct": 47,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 45,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fl": {
        "claim_f1": 0.95,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.954, was 0.96; 0.961
        "policy_f1": 0.85,  # 0.853
        "speaker_correct": 73,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 59,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fm": {
        "claim_f1": 0.85,  # 0.855
        "policy_f1": 0.78,  # 0.783
        "speaker_correct": 47,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 44,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-fn": {
        "claim_f1": 0.9,  # 0.901
        "policy_f1": 0.79,  # 0.798
        "speaker_correct": 57,  # 0.65.0 (the claim model drops rule claims below P 0.45): 57, was 58
        "date_correct": 39,
        "kind_correct": 39,  # 0.65.0 (the claim model drops rule claims below P 0.45): 39, was 40
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-fo": {
        "claim_f1": 0.9,  # 0.901
        "policy_f1": 0.81,  # 0.813
        "speaker_correct": 57,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 58,  # 0.64.0 (learned event day): 58, was 59; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 48,
        "officials_f1": 0.94,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fp": {
        "claim_f1": 0.86,  # 0.868
        "policy_f1": 0.79,  # 0.798
        "speaker_correct": 56,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 56,
        "kind_correct": 46,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fq": {
        "claim_f1": 0.89,  # 0.891
        "policy_f1": 0.84,  # 0.840
        "speaker_correct": 48,  # 0.65.0 (the claim model drops rule claims below P 0.45): 48, was 51
        "date_correct": 47,  # 0.65.0 (the claim model drops rule claims below P 0.45): 47, was 50
        "kind_correct": 32,  # 0.65.0 (the claim model drops rule claims below P 0.45): 32, was 34
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fr": {
        "claim_f1": 0.88,  # 0.881
        "policy_f1": 0.85,  # 0.854
        "speaker_correct": 48,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 43,
        "kind_correct": 25,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-fs": {
        "claim_f1": 0.89,  # 0.895
        "policy_f1": 0.84,  # 0.848
        "speaker_correct": 44,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 46,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ft": {
        "claim_f1": 0.86,  # 0.862
        "policy_f1": 0.8,  # 0.805
        "speaker_correct": 53,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 53,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fu": {
        "claim_f1": 0.84,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.848, was 0.85; 0.65.0 (the claim model drops rule claims below P 0.45): 0.854, was 0.866
        "policy_f1": 0.74,  # 0.747
        "speaker_correct": 41,  # 0.65.0 (the claim model drops rule claims below P 0.45): 41, was 42
        "date_correct": 37,  # 0.65.0 (the claim model drops rule claims below P 0.45): 37, was 38
        "kind_correct": 28,
        "officials_f1": 0.92,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.68.0 (the learned byline check): 0.889, was 1.000: a name the check takes for the byline where the development gold has none (+34 -9 articles over all sets)
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-fv": {
        "claim_f1": 0.89,  # 0.891
        "policy_f1": 0.76,  # 0.761
        "speaker_correct": 40,  # 0.70.0 (registry additions: acting heads 김석필, 조석훈, 김기덕 and 2006/2010 terms): 40, was 41: a person the registry now holds for that day, whom this gold, annotated against the registry before, gives as speaker_name only
        "date_correct": 48,
        "kind_correct": 40,
        "officials_f1": 0.93,  # 0.70.0 (registry additions: acting heads 김석필, 조석훈, 김기덕 and 2006/2010 terms): 0.933, was 1.000: a person the registry now holds for that day, whom this gold, annotated against the registry before, gives as speaker_name only
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fw": {
        "claim_f1": 0.88,  # 0.884
        "policy_f1": 0.85,  # 0.854
        "speaker_correct": 54,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 54,
        "kind_correct": 41,
        "officials_f1": 0.93,
        "metadata_headline": 0.55,  # 0.66.0 (the learned title check): 0.556, was 0.778: a title the development gold keeps, which the check takes for a subheadline (+59 -12 articles over all sets)
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fx": {
        "claim_f1": 0.81,  # 0.816
        "policy_f1": 0.75,  # 0.756
        "speaker_correct": 32,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 38,  # 0.64.0 (learned event day): 38, was 40; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 29,
        "officials_f1": 0.83,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-fy": {
        "claim_f1": 0.82,  # 0.829
        "policy_f1": 0.77,  # 0.778
        "speaker_correct": 49,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 42,  # 0.64.0 (learned event day): 42, was 47; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-fz": {
        "claim_f1": 0.84,  # 0.847
        "policy_f1": 0.78,  # 0.788
        "speaker_correct": 46,  # set at 0.45.0 (was 0: the move script wrote no count)
        "date_correct": 32,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ga": {
        "claim_f1": 0.83,  # 0.831
        "policy_f1": 0.73,  # 0.736
        "speaker_correct": 47,
        "date_correct": 47,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.51.0 (metadata round 24): 0.889, was 0.99; ga-08 (newscj) has a photo caption above its title line, which the round reads as the title, while this gold says the text has none; y-08 on the same page form has that line as its gold title. Four articles gain their headline elsewhere
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.58.0 (metadata round 29): 0.778, was 0.889; ga-04 (seoul.co.kr) prints the brand '서울Pn', which five of six development golds name as the outlet and ga-04's gold as 서울신문
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gb": {
        "claim_f1": 0.74,  # 0.48.0's retrain: 0.750 (was 0.76); 0.763
        "policy_f1": 0.67,  # 0.673
        "speaker_correct": 34,  # 0.48.0's retrain: 34 (was 35)
        "date_correct": 33,
        "kind_correct": 25,  # 0.48.0's retrain: 25 (was 26)
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gc": {
        "claim_f1": 0.85,  # 0.860
        "policy_f1": 0.77,  # 0.775
        "speaker_correct": 47,
        "date_correct": 48,  # 0.64.0 (learned event day): 48, was 51; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 34,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gd": {
        "claim_f1": 0.88,  # 0.885
        "policy_f1": 0.8,  # 0.803
        "speaker_correct": 45,
        "date_correct": 45,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ge": {
        "claim_f1": 0.92,  # 0.927
        "policy_f1": 0.86,  # 0.861
        "speaker_correct": 70,
        "date_correct": 64,
        "kind_correct": 55,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gf": {
        "claim_f1": 0.79,  # 0.796
        "policy_f1": 0.78,  # 0.781
        "speaker_correct": 37,
        "date_correct": 29,
        "kind_correct": 25,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-gg": {
        "claim_f1": 0.92,  # 0.927
        "policy_f1": 0.87,  # 0.872
        "speaker_correct": 50,
        "date_correct": 45,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gh": {
        "claim_f1": 0.9,  # 0.905
        "policy_f1": 0.86,  # 0.868
        "speaker_correct": 55,
        "date_correct": 56,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gi": {
        "claim_f1": 0.71,  # 0.717
        "policy_f1": 0.63,  # 0.638
        "speaker_correct": 26,
        "date_correct": 33,
        "kind_correct": 20,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-gj": {
        "claim_f1": 0.88,  # 0.883
        "policy_f1": 0.79,  # 0.793
        "speaker_correct": 47,
        "date_correct": 41,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gk": {
        "claim_f1": 0.93,  # 0.935
        "policy_f1": 0.8,  # 0.805
        "speaker_correct": 57,
        "date_correct": 55,
        "kind_correct": 40,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gl": {
        "claim_f1": 0.78,  # 0.48.0's retrain: 0.78 (was 0.79); 0.796
        "policy_f1": 0.76,  # 0.768
        "speaker_correct": 37,  # 0.48.0's retrain: 37 (was 38)
        "date_correct": 37,  # 0.48.0's retrain: 37 (was 38)
        "kind_correct": 28,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.66.0 (the learned title check): 0.778, was 0.889: a title the development gold keeps, which the check takes for a subheadline (+59 -12 articles over all sets)
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-gm": {
        "claim_f1": 0.74,  # 0.747
        "policy_f1": 0.71,  # 0.718
        "speaker_correct": 34,
        "date_correct": 33,
        "kind_correct": 19,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gn": {
        "claim_f1": 0.91,  # 0.911
        "policy_f1": 0.85,  # 0.853
        "speaker_correct": 38,
        "date_correct": 42,
        "kind_correct": 25,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-go": {
        "claim_f1": 0.92,  # 0.923
        "policy_f1": 0.86,  # 0.866
        "speaker_correct": 60,
        "date_correct": 51,
        "kind_correct": 41,
        "officials_f1": 0.94,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gp": {
        "claim_f1": 0.92,  # 0.925
        "policy_f1": 0.85,  # 0.851
        "speaker_correct": 40,
        "date_correct": 37,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gq": {
        "claim_f1": 0.83,  # 0.836
        "policy_f1": 0.78,  # 0.788
        "speaker_correct": 40,
        "date_correct": 46,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gr": {
        "claim_f1": 0.87,  # 0.879
        "policy_f1": 0.78,  # 0.786
        "speaker_correct": 45,  # 0.65.0 (the claim model drops rule claims below P 0.45): 45, was 46
        "date_correct": 43,  # 0.64.0 (learned event day): 43, was 44; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gs": {
        "claim_f1": 0.85,  # 0.855
        "policy_f1": 0.82,  # 0.824
        "speaker_correct": 47,
        "date_correct": 42,
        "kind_correct": 28,
        "officials_f1": 0.94,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-gt": {
        "claim_f1": 0.8,  # 0.55.0 (retrain on every extra set): 0.810, was 0.820: one claim the retrained model no longer finds
        "policy_f1": 0.71,  # 0.716
        "speaker_correct": 49,  # 0.55.0 (retrain on every extra set): the same claim
        "date_correct": 45,  # 0.64.0 (learned event day): 45, was 48; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 34,  # 0.55.0 (retrain on every extra set): the same claim
        "officials_f1": 0.92,
        "metadata_headline": 0.66,  # 0.54.0 (metadata round 27): 0.667, was 0.778; gt-09 (whose gold reads the first of a stored page's stacked title-like lines as a subheadline of a lost title; the round takes it for the title, as the development gold does 18 times in 29)
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-gu": {
        "claim_f1": 0.78,  # 0.782
        "policy_f1": 0.75,  # 0.754
        "speaker_correct": 42,
        "date_correct": 42,
        "kind_correct": 24,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gv": {
        "claim_f1": 0.84,  # 0.844
        "policy_f1": 0.82,  # 0.828
        "speaker_correct": 35,
        "date_correct": 32,
        "kind_correct": 22,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gw": {
        "claim_f1": 0.83,  # 0.832
        "policy_f1": 0.73,  # 0.735
        "speaker_correct": 44,
        "date_correct": 40,
        "kind_correct": 36,
        "officials_f1": 0.92,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gx": {
        "claim_f1": 0.88,  # 0.886
        "policy_f1": 0.84,  # 0.845
        "speaker_correct": 62,
        "date_correct": 63,
        "kind_correct": 42,
        "officials_f1": 0.87,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-gy": {
        "claim_f1": 0.87,  # 0.871
        "policy_f1": 0.79,  # 0.793
        "speaker_correct": 42,
        "date_correct": 39,  # 0.64.0 (learned event day): 39, was 40; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.44,  # 0.444
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.68.0 (the learned byline check): 0.889, was 1.000: a name the check takes for the byline where the development gold has none (+34 -9 articles over all sets)
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-gz": {
        "claim_f1": 0.9,  # 0.902
        "policy_f1": 0.84,  # 0.842
        "speaker_correct": 55,
        "date_correct": 53,
        "kind_correct": 34,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-ha": {
        "claim_f1": 0.91,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.917, was 0.926
        "policy_f1": 0.82,  # 0.821
        "speaker_correct": 53,  # 0.65.0 (the claim model drops rule claims below P 0.45): 53, was 54
        "date_correct": 48,  # 0.65.0 (the claim model drops rule claims below P 0.45): 48, was 49
        "kind_correct": 37,  # 0.65.0 (the claim model drops rule claims below P 0.45): 37, was 38
        "officials_f1": 0.9,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hb": {
        "claim_f1": 0.9,  # 0.906
        "policy_f1": 0.78,  # 0.789
        "speaker_correct": 56,  # 0.65.0 (the claim model drops rule claims below P 0.45): 56, was 58
        "date_correct": 54,  # 0.65.0 (the claim model drops rule claims below P 0.45): 54, was 56
        "kind_correct": 40,  # 0.65.0 (the claim model drops rule claims below P 0.45): 40, was 42
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.55,  # 0.556
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hc": {
        "claim_f1": 0.83,  # 0.833
        "policy_f1": 0.72,  # 0.729
        "speaker_correct": 41,
        "date_correct": 49,
        "kind_correct": 35,
        "officials_f1": 0.94,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hd": {
        "claim_f1": 0.72,  # 0.723
        "policy_f1": 0.61,  # 0.614
        "speaker_correct": 30,
        "date_correct": 34,
        "kind_correct": 25,
        "officials_f1": 0.92,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.55,  # 0.556
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-he": {
        "claim_f1": 0.87,  # 0.55.0 (retrain on every extra set): 0.879, was 0.889: one claim the retrained model no longer finds
        "policy_f1": 0.82,  # 0.824
        "speaker_correct": 49,  # 0.55.0 (retrain on every extra set): the same claim
        "date_correct": 47,  # 0.55.0 (retrain on every extra set): the same claim
        "kind_correct": 30,  # 0.55.0 (retrain on every extra set): the same claim
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hf": {
        "claim_f1": 0.82,  # 0.830
        "policy_f1": 0.83,  # 0.833
        "speaker_correct": 37,  # 0.65.0 (the claim model drops rule claims below P 0.45): 37, was 39
        "date_correct": 35,  # 0.65.0 (the claim model drops rule claims below P 0.45): 35, was 37
        "kind_correct": 23,
        "officials_f1": 0.92,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hg": {
        "claim_f1": 0.85,  # 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.857, was 0.86; 0.864
        "policy_f1": 0.78,  # 0.784
        "speaker_correct": 57,
        "date_correct": 54,
        "kind_correct": 42,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hh": {
        "claim_f1": 0.92,  # 0.926
        "policy_f1": 0.85,  # 0.853
        "speaker_correct": 61,
        "date_correct": 54,
        "kind_correct": 44,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-hi": {
        "claim_f1": 0.78,  # 0.784
        "policy_f1": 0.77,  # 0.779
        "speaker_correct": 40,
        "date_correct": 37,  # 0.64.0 (learned event day): 37, was 40; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-hj": {
        "claim_f1": 0.85,  # 0.855
        "policy_f1": 0.72,  # 0.727
        "speaker_correct": 45,
        "date_correct": 46,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-hk": {
        "claim_f1": 0.85,  # 0.857
        "policy_f1": 0.8,  # 0.809
        "speaker_correct": 43,
        "date_correct": 29,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hl": {
        "claim_f1": 0.86,  # 0.860
        "policy_f1": 0.73,  # 0.734
        "speaker_correct": 39,
        "date_correct": 33,
        "kind_correct": 26,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hm": {
        "claim_f1": 0.84,  # 0.845
        "policy_f1": 0.77,  # 0.770
        "speaker_correct": 48,
        "date_correct": 42,
        "kind_correct": 25,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hn": {
        "claim_f1": 0.95,  # 0.950
        "policy_f1": 0.86,  # 0.866
        "speaker_correct": 48,
        "date_correct": 45,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ho": {
        "claim_f1": 0.92,  # 0.924
        "policy_f1": 0.84,  # 0.847
        "speaker_correct": 55,
        "date_correct": 42,
        "kind_correct": 43,
        "officials_f1": 0.92,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hp": {
        "claim_f1": 0.85,  # 0.852
        "policy_f1": 0.77,  # 0.772
        "speaker_correct": 46,  # 0.65.0 (the claim model drops rule claims below P 0.45): 46, was 47
        "date_correct": 40,  # 0.65.0 (the claim model drops rule claims below P 0.45): 40, was 41
        "kind_correct": 33,  # 0.65.0 (the claim model drops rule claims below P 0.45): 33, was 34
        "officials_f1": 0.93,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.66,  # 0.667 (0.778 until 0.120.0: hp-03's gold names g1tv.co.kr 'G1강원민방', five other golds 'G1방송', as the table now does)
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hq": {
        "claim_f1": 0.84,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.848, was 0.850
        "policy_f1": 0.76,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.769, was 0.772
        "speaker_correct": 50,  # 0.65.0 (the claim model drops rule claims below P 0.45): 50, was 51
        "date_correct": 44,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hr": {
        "claim_f1": 0.87,  # 0.873
        "policy_f1": 0.83,  # 0.833
        "speaker_correct": 53,
        "date_correct": 55,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.103.0 (the outlet as an interview piece prints its paper, 한국경제신문: all development sets +10 -4): 0.889, was 1.000; hr-08-mk (whose gold writes 매일경제 where the story prints 매일경제신문과의 인터뷰)
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hs": {
        "claim_f1": 0.85,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.859, was 0.874
        "policy_f1": 0.83,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.831, was 0.846
        "speaker_correct": 48,
        "date_correct": 46,  # 0.65.0 (the claim model drops rule claims below P 0.45): 46, was 50
        "kind_correct": 29,  # 0.65.0 (the claim model drops rule claims below P 0.45): 29, was 32
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ht": {
        "claim_f1": 0.82,  # 0.828
        "policy_f1": 0.71,  # 0.711
        "speaker_correct": 36,
        "date_correct": 35,
        "kind_correct": 28,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-hu": {
        "claim_f1": 0.87,  # 0.870
        "policy_f1": 0.7,  # 0.702
        "speaker_correct": 54,
        "date_correct": 56,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hv": {
        "claim_f1": 0.88,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.885, was 0.895
        "policy_f1": 0.8,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.808, was 0.81; 0.65.0 (the claim model drops rule claims below P 0.45): 0.813, was 0.821
        "speaker_correct": 45,  # 0.65.0 (the claim model drops rule claims below P 0.45): 45, was 46
        "date_correct": 44,  # 0.65.0 (the claim model drops rule claims below P 0.45): 44, was 45
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hw": {
        "claim_f1": 0.87,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.872, was 0.88; 0.65.0 (the claim model drops rule claims below P 0.45): 0.885, was 0.895
        "policy_f1": 0.82,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.822, was 0.83; 0.65.0 (the claim model drops rule claims below P 0.45): 0.839, was 0.853
        "speaker_correct": 48,
        "date_correct": 45,
        "kind_correct": 35,  # 0.65.0 (the claim model drops rule claims below P 0.45): 35, was 36
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-hx": {
        "claim_f1": 0.89,  # 0.894
        "policy_f1": 0.8,  # 0.800
        "speaker_correct": 61,
        "date_correct": 63,
        "kind_correct": 44,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hy": {
        "claim_f1": 0.84,  # 0.844
        "policy_f1": 0.7,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.708, was 0.712
        "speaker_correct": 36,  # 0.65.0 (the claim model drops rule claims below P 0.45): 36, was 37
        "date_correct": 37,  # 0.65.0 (the claim model drops rule claims below P 0.45): 37, was 38
        "kind_correct": 24,  # 0.74.0 (the learned kind decision; held-out BLIND kind accuracy 0.678 -> 0.770, all development sets 0.689 -> 0.827): 24, was 25; 0.65.0 (the claim model drops rule claims below P 0.45): 25, was 26
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-hz": {
        "claim_f1": 0.91,  # 0.918
        "policy_f1": 0.82,  # 0.826
        "speaker_correct": 41,  # 0.72.0 (the learned speaker decision; all development sets +118 -25 speakers right, held-out BLIND +28 -14): 41, was 42; 0.65.0 (the claim model drops rule claims below P 0.45): 42, was 43
        "date_correct": 39,  # 0.65.0 (the claim model drops rule claims below P 0.45): 39, was 40
        "kind_correct": 33,
        "officials_f1": 0.93,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ia": {
        "claim_f1": 0.9,  # 0.901
        "policy_f1": 0.79,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.793, was 0.8; 0.802
        "speaker_correct": 62,  # 0.65.0 (the claim model drops rule claims below P 0.45): 62, was 63
        "date_correct": 59,  # 0.65.0 (the claim model drops rule claims below P 0.45): 59, was 60
        "kind_correct": 42,  # 0.65.0 (the claim model drops rule claims below P 0.45): 42, was 43
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.68.0 (the learned byline check): 0.778, was 0.889: a name the check takes for the byline where the development gold has none (+34 -9 articles over all sets)
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ib": {
        "claim_f1": 0.87,  # 0.874
        "policy_f1": 0.82,  # 0.823
        "speaker_correct": 58,
        "date_correct": 65,
        "kind_correct": 45,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ic": {
        "claim_f1": 0.86,  # 0.862
        "policy_f1": 0.83,  # 0.831
        "speaker_correct": 47,  # 0.72.0 (the learned speaker decision; all development sets +118 -25 speakers right, held-out BLIND +28 -14): 47, was 48
        "date_correct": 46,
        "kind_correct": 31,
        "officials_f1": 0.94,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-id": {
        "claim_f1": 0.9,  # 0.903
        "policy_f1": 0.82,  # 0.822
        "speaker_correct": 50,  # 0.72.0 (the learned speaker decision; all development sets +118 -25 speakers right, held-out BLIND +28 -14): 50, was 51
        "date_correct": 42,
        "kind_correct": 32,
        "officials_f1": 0.9,  # 0.70.0 (registry additions: acting heads 김석필, 조석훈, 김기덕 and 2006/2010 terms): 0.909, was 1.000: a person the registry now holds for that day, whom this gold, annotated against the registry before, gives as speaker_name only
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ie": {
        "claim_f1": 0.8,  # 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.8099, was 0.81; 0.65.0 (the claim model drops rule claims below P 0.45): 0.817, was 0.839
        "policy_f1": 0.76,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.769, was 0.797
        "speaker_correct": 46,  # 0.72.0 (the learned speaker decision; all development sets +118 -25 speakers right, held-out BLIND +28 -14): 46, was 47; 0.65.0 (the claim model drops rule claims below P 0.45): 47, was 50
        "date_correct": 44,  # 0.65.0 (the claim model drops rule claims below P 0.45): 44, was 46
        "kind_correct": 38,  # 0.65.0 (the claim model drops rule claims below P 0.45): 38, was 40
        "officials_f1": 1.0,
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-if": {
        "claim_f1": 0.88,  # 0.886
        "policy_f1": 0.81,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.819, was 0.824
        "speaker_correct": 59,  # 0.65.0 (the claim model drops rule claims below P 0.45): 59, was 61
        "date_correct": 59,  # 0.65.0 (the claim model drops rule claims below P 0.45): 59, was 61
        "kind_correct": 35,  # 0.65.0 (the claim model drops rule claims below P 0.45): 35, was 36
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ig": {
        "claim_f1": 0.92,  # 0.925
        "policy_f1": 0.78,  # 0.786
        "speaker_correct": 61,
        "date_correct": 47,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ih": {
        "claim_f1": 0.81,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.812, was 0.840
        "policy_f1": 0.76,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.766, was 0.77; 0.65.0 (the claim model drops rule claims below P 0.45): 0.777, was 0.806
        "speaker_correct": 37,  # 0.65.0 (the claim model drops rule claims below P 0.45): 37, was 39
        "date_correct": 33,  # 0.65.0 (the claim model drops rule claims below P 0.45): 33, was 36
        "kind_correct": 22,  # 0.65.0 (the claim model drops rule claims below P 0.45): 22, was 25
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ii": {
        "claim_f1": 0.75,  # 0.752
        "policy_f1": 0.65,  # 0.657
        "speaker_correct": 37,  # 0.72.0 (the learned speaker decision; all development sets +118 -25 speakers right, held-out BLIND +28 -14): 37, was 38
        "date_correct": 26,
        "kind_correct": 24,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.77,  # 0.778
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ij": {
        "claim_f1": 0.92,  # 0.926
        "policy_f1": 0.85,  # 0.859
        "speaker_correct": 48,
        "date_correct": 49,  # 0.64.0 (learned event day): 49, was 55; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 42,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ik": {
        "claim_f1": 0.89,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.892, was 0.9; 0.902
        "policy_f1": 0.77,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.775, was 0.78; 0.785
        "speaker_correct": 58,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 58, was 59
        "date_correct": 45,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 45, was 46; 0.64.0 (learned event day): 46, was 47; the decision gains on the development sets as a whole (+98 claim dates, +14 on the held-out BLIND sets)
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-il": {
        "claim_f1": 0.87,  # 0.876
        "policy_f1": 0.79,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.795, was 0.8; 0.803
        "speaker_correct": 44,
        "date_correct": 46,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-im": {
        "claim_f1": 0.87,  # 0.879
        "policy_f1": 0.83,  # 0.838
        "speaker_correct": 55,
        "date_correct": 51,  # 0.112.0 (the event day after a lead with no day): 51, was 53; im-05: a later sentence's day after a lead with no day dates four claims (their gold: the publication day)
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-in": {
        "claim_f1": 0.75,  # 0.758
        "policy_f1": 0.72,  # 0.726
        "speaker_correct": 36,
        "date_correct": 31,
        "kind_correct": 27,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.77,  # 0.778
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-io": {
        "claim_f1": 0.87,  # 0.878
        "policy_f1": 0.8,  # 0.805
        "speaker_correct": 52,
        "date_correct": 37,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.69.0 (the learned outlet check): 0.889, was 1.000: an outlet the page names where the development gold has none (+30 -2 articles over all sets)
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ip": {
        "claim_f1": 0.86,  # 0.868
        "policy_f1": 0.76,  # 0.768
        "speaker_correct": 51,
        "date_correct": 48,
        "kind_correct": 40,
        "officials_f1": 0.94,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-iq": {
        "claim_f1": 0.87,  # 0.879
        "policy_f1": 0.74,  # 0.743
        "speaker_correct": 49,  # 0.65.0 (the claim model drops rule claims below P 0.45): 49, was 50
        "date_correct": 47,  # 0.65.0 (the claim model drops rule claims below P 0.45): 47, was 48
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ir": {
        "claim_f1": 0.83,  # 0.836
        "policy_f1": 0.74,  # 0.747
        "speaker_correct": 46,
        "date_correct": 32,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-is": {
        "claim_f1": 0.86,  # 0.868
        "policy_f1": 0.86,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.869, was 0.87; 0.875
        "speaker_correct": 44,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 44, was 45
        "date_correct": 39,
        "kind_correct": 39,  # 0.74.0 (the learned kind decision; held-out BLIND kind accuracy 0.678 -> 0.770, all development sets 0.689 -> 0.827): 39, was 40
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-it": {
        "claim_f1": 0.89,  # 0.898
        "policy_f1": 0.81,  # 0.815
        "speaker_correct": 42,
        "date_correct": 55,  # 0.65.0 (the claim model drops rule claims below P 0.45): 55, was 56
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-iu": {
        "claim_f1": 0.93,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.938, was 0.94; 0.65.0 (the claim model drops rule claims below P 0.45): 0.945, was 0.953
        "policy_f1": 0.87,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.877, was 0.883
        "speaker_correct": 60,  # 0.65.0 (the claim model drops rule claims below P 0.45): 60, was 61
        "date_correct": 53,  # 0.65.0 (the claim model drops rule claims below P 0.45): 53, was 54
        "kind_correct": 38,  # 0.65.0 (the claim model drops rule claims below P 0.45): 38, was 39
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-iv": {
        "claim_f1": 0.85,  # 0.857
        "policy_f1": 0.79,  # 0.797
        "speaker_correct": 38,  # 0.65.0 (the claim model drops rule claims below P 0.45): 38, was 39
        "date_correct": 40,  # 0.65.0 (the claim model drops rule claims below P 0.45): 40, was 41
        "kind_correct": 28,  # 0.65.0 (the claim model drops rule claims below P 0.45): 28, was 29
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.66.0 (the learned title check): 0.889, was 1.000: a title the development gold keeps, which the check takes for a subheadline (+59 -12 articles over all sets)
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-iw": {
        "claim_f1": 0.93,  # 0.935
        "policy_f1": 0.76,  # 0.767
        "speaker_correct": 53,
        "date_correct": 55,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ix": {
        "claim_f1": 0.72,  # 0.65.0 (the claim model drops rule claims below P 0.45): 0.722, was 0.739
        "policy_f1": 0.68,  # 0.682
        "speaker_correct": 35,  # 0.65.0 (the claim model drops rule claims below P 0.45): 35, was 37
        "date_correct": 37,  # 0.65.0 (the claim model drops rule claims below P 0.45): 37, was 39
        "kind_correct": 27,  # 0.65.0 (the claim model drops rule claims below P 0.45): 27, was 28
        "officials_f1": 0.93,  # 0.70.0 (registry additions: acting heads 김석필, 조석훈, 김기덕 and 2006/2010 terms): 0.933, was 1.000: a person the registry now holds for that day, whom this gold, annotated against the registry before, gives as speaker_name only
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-iy": {
        "claim_f1": 0.89,  # 0.892
        "policy_f1": 0.82,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.828, was 0.83; 0.833
        "speaker_correct": 59,
        "date_correct": 56,
        "kind_correct": 44,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-iz": {
        "claim_f1": 0.9,  # 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.906, was 0.91; 0.914
        "policy_f1": 0.79,  # 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.795, was 0.8; 0.800
        "speaker_correct": 53,
        "date_correct": 53,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-ja": {
        "claim_f1": 0.8,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.804, was 0.81; 0.65.0 (the claim model drops rule claims below P 0.45): 0.812, was nan
        "policy_f1": 0.79,  # 0.800 (0.7999… in floating point, which the two-place floor of the run's rounded 0.8 missed)
        "speaker_correct": 38,  # 0.72.0 (the learned speaker decision; all development sets +118 -25 speakers right, held-out BLIND +28 -14): 38, was 40; 0.65.0 (the claim model drops rule claims below P 0.45): 40, was nan
        "date_correct": 40,  # 0.65.0 (the claim model drops rule claims below P 0.45): 40, was nan
        "kind_correct": 33,  # 0.74.0 (the learned kind decision; held-out BLIND kind accuracy 0.678 -> 0.770, all development sets 0.689 -> 0.827): 33, was 36; 0.65.0 (the claim model drops rule claims below P 0.45): 36, was nan
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jb": {
        "claim_f1": 0.9,  # 0.902
        "policy_f1": 0.85,  # 0.854
        "speaker_correct": 55,
        "date_correct": 54,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.69.0 (the learned outlet check): 0.889, was 1.000: an outlet the page names where the development gold has none (+30 -2 articles over all sets)
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jc": {
        "claim_f1": 0.87,  # 0.65.0, the change this set judged (kept): 0.873; first run 0.893
        "policy_f1": 0.81,  # 0.65.0, the change this set judged (kept): 0.813; first run 0.823
        "speaker_correct": 39,  # 0.65.0, the change this set judged (kept): 39; first run 40
        "date_correct": 48,  # 0.65.0, the change this set judged (kept): 48; first run 50
        "kind_correct": 32,  # 0.65.0, the change this set judged (kept): 32; first run 33
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jd": {
        "claim_f1": 0.83,  # 0.840
        "policy_f1": 0.79,  # 0.83.0 (byline forms of round 46; all development sets reporter +0.005, outlet +0.001): 0.793, was 0.8: jd-09's byline '[글로벌에픽 이정훈 CP]' now leaves its lead, and the claim model promotes one more narrated sentence (with a policy); 0.807
        "speaker_correct": 30,
        "date_correct": 26,
        "kind_correct": 18,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.55,  # 0.556
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-je": {
        "claim_f1": 0.8,  # 0.65.0, the change this set judged (kept): 0.804; first run 0.818
        "policy_f1": 0.75,  # 0.756
        "speaker_correct": 41,  # 0.65.0, the change this set judged (kept): 41; first run 43
        "date_correct": 42,  # 0.65.0, the change this set judged (kept): 42; first run 44
        "kind_correct": 24,  # 0.65.0, the change this set judged (kept): 24; first run 26
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jf": {
        "claim_f1": 0.8,  # 0.803
        "policy_f1": 0.74,  # 0.748
        "speaker_correct": 44,  # 0.72.0 (the learned speaker decision; all development sets +118 -25 speakers right, held-out BLIND +28 -14): 44, was 45
        "date_correct": 45,
        "kind_correct": 27,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jg": {
        "claim_f1": 0.84,  # 0.849
        "policy_f1": 0.84,  # 0.841
        "speaker_correct": 43,
        "date_correct": 40,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jh": {
        "claim_f1": 0.91,  # 0.919
        "policy_f1": 0.72,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.730, was 0.74; 0.742
        "speaker_correct": 50,
        "date_correct": 51,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ji": {
        "claim_f1": 0.86,  # 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.867, was 0.87; 0.874
        "policy_f1": 0.8,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.807, was 0.81; 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.818, was 0.82; 0.823
        "speaker_correct": 51,
        "date_correct": 35,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jj": {
        "claim_f1": 0.76,  # 0.765
        "policy_f1": 0.73,  # 0.735
        "speaker_correct": 30,  # 0.70.0 (registry additions: acting heads 김석필, 조석훈, 김기덕 and 2006/2010 terms): 30, was 31: a person the registry now holds for that day, whom this gold, annotated against the registry before, gives as speaker_name only
        "date_correct": 27,
        "kind_correct": 19,  # 0.74.0 (the learned kind decision; held-out BLIND kind accuracy 0.678 -> 0.770, all development sets 0.689 -> 0.827): 19, was 20
        "officials_f1": 0.93,  # 0.70.0 (registry additions: acting heads 김석필, 조석훈, 김기덕 and 2006/2010 terms): 0.933, was 1.000: a person the registry now holds for that day, whom this gold, annotated against the registry before, gives as speaker_name only
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jk": {
        "claim_f1": 0.9,  # 0.907
        "policy_f1": 0.79,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.798, was 0.8; 0.809
        "speaker_correct": 63,
        "date_correct": 68,
        "kind_correct": 45,
        "officials_f1": 1.0,
        "metadata_headline": 0.44,  # 0.444
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-jl": {
        "claim_f1": 0.9,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.905, was 0.91; 0.913
        "policy_f1": 0.8,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.803, was 0.81; 0.813
        "speaker_correct": 41,
        "date_correct": 39,
        "kind_correct": 30,
        "officials_f1": 0.93,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jm": {
        "claim_f1": 0.86,  # 0.868
        "policy_f1": 0.83,  # 0.838
        "speaker_correct": 53,
        "date_correct": 53,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jn": {
        "claim_f1": 0.9,  # 0.904
        "policy_f1": 0.78,  # 0.788
        "speaker_correct": 60,
        "date_correct": 60,
        "kind_correct": 43,
        "officials_f1": 0.92,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-jo": {
        "claim_f1": 0.88,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.887, was 0.9; 0.909
        "policy_f1": 0.82,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.824, was 0.84; 0.849
        "speaker_correct": 48,  # 0.72.0 (the learned speaker decision; all development sets +118 -25 speakers right, held-out BLIND +28 -14): 48, was 49
        "date_correct": 43,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jp": {
        "claim_f1": 0.83,  # 0.833
        "policy_f1": 0.72,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.727, was 0.73; 0.735
        "speaker_correct": 32,
        "date_correct": 33,
        "kind_correct": 26,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-jq": {
        "claim_f1": 0.86,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.867, was 0.87; 0.873
        "policy_f1": 0.76,  # 0.765
        "speaker_correct": 39,  # 0.70.0 (registry additions: acting heads 김석필, 조석훈, 김기덕 and 2006/2010 terms): 39, was 46: a person the registry now holds for that day, whom this gold, annotated against the registry before, gives as speaker_name only
        "date_correct": 48,
        "kind_correct": 33,
        "officials_f1": 0.92,  # 0.70.0 (registry additions: acting heads 김석필, 조석훈, 김기덕 and 2006/2010 terms): 0.923, was 1.000: a person the registry now holds for that day, whom this gold, annotated against the registry before, gives as speaker_name only
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jr": {
        "claim_f1": 0.84,  # 0.845
        "policy_f1": 0.8,  # 0.809
        "speaker_correct": 38,
        "date_correct": 40,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-js": {
        "claim_f1": 0.85,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.851, was 0.86; 0.869
        "policy_f1": 0.77,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.777, was 0.78; 0.790
        "speaker_correct": 42,
        "date_correct": 43,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jt": {
        "claim_f1": 0.83,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.836, was 0.85; 0.850
        "policy_f1": 0.76,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.763, was 0.77; 0.772
        "speaker_correct": 45,
        "date_correct": 35,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ju": {
        "claim_f1": 0.87,  # 0.879
        "policy_f1": 0.82,  # 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.8296, was 0.83; 0.836
        "speaker_correct": 46,
        "date_correct": 44,
        "kind_correct": 28,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jv": {
        "claim_f1": 0.89,  # 0.894
        "policy_f1": 0.81,  # 0.811
        "speaker_correct": 57,
        "date_correct": 54,
        "kind_correct": 46,
        "officials_f1": 0.94,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.55,  # 0.556
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-jw": {
        "claim_f1": 0.83,  # 0.836
        "policy_f1": 0.76,  # 0.760
        "speaker_correct": 46,
        "date_correct": 45,
        "kind_correct": 35,  # 0.80.0 (the kind model retrained with half of the reserves judged since 0.55.0; held-out kind accuracy 0.759 -> 0.766): 35, was 36; 0.74.0 (the learned kind decision; held-out BLIND kind accuracy 0.678 -> 0.770, all development sets 0.689 -> 0.827): 36, was 37
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-jx": {
        "claim_f1": 0.9,  # 0.909
        "policy_f1": 0.86,  # 0.869
        "speaker_correct": 55,
        "date_correct": 48,  # 0.82.0 (site furniture above a title skipped, other stories' titles above it dropped; all development sets headline +0.014): 48, was 49: jx-03 now has its title, and the learned event-day decision now dates two claims of the 8th (the publication day) to the 7th, the lecture's day
        "kind_correct": 45,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-jy": {
        "claim_f1": 0.8,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.807, was 0.81; 0.817
        "policy_f1": 0.78,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.787, was 0.79; 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.794, was 0.8; 0.800
        "speaker_correct": 47,
        "date_correct": 44,
        "kind_correct": 32,
        "officials_f1": 0.92,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-jz": {
        "claim_f1": 0.81,  # 0.811
        "policy_f1": 0.68,  # 0.680
        "speaker_correct": 39,
        "date_correct": 43,
        "kind_correct": 27,
        "officials_f1": 0.92,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ka": {
        "claim_f1": 0.87,  # 0.878
        "policy_f1": 0.78,  # 0.783
        "speaker_correct": 53,
        "date_correct": 54,
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kb": {
        "claim_f1": 0.86,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.860, was 0.87; 0.876
        "policy_f1": 0.79,  # 0.800
        "speaker_correct": 37,
        "date_correct": 33,
        "kind_correct": 20,
        "officials_f1": 0.93,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kc": {
        "claim_f1": 0.93,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.930, was 0.94; 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.945, was 0.95; 0.952
        "policy_f1": 0.88,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.889, was 0.89; 0.76.0 (no quote of a reported sentence lost; all development sets claim F1 +0.0024, policy F1 +0.0024, held-out BLIND +0.0027, +0.0031): 0.899, was 0.9; 0.904
        "speaker_correct": 56,
        "date_correct": 58,
        "kind_correct": 42,
        "officials_f1": 0.94,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-kd": {
        "claim_f1": 0.9,  # 0.909
        "policy_f1": 0.84,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.843, was 0.85; 0.851
        "speaker_correct": 63,
        "date_correct": 64,
        "kind_correct": 42,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ke": {
        "claim_f1": 0.91,  # 0.916
        "policy_f1": 0.77,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.772, was 0.78; 0.790
        "speaker_correct": 60,
        "date_correct": 56,
        "kind_correct": 49,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kf": {
        "claim_f1": 0.89,  # 0.891
        "policy_f1": 0.81,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.813, was 0.82
        "speaker_correct": 47,
        "date_correct": 46,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-kg": {
        "claim_f1": 0.85,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.857, was 0.86; 0.864
        "policy_f1": 0.71,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.717, was 0.72; 0.726
        "speaker_correct": 56,
        "date_correct": 54,
        "kind_correct": 40,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kh": {
        "claim_f1": 0.89,  # 0.895
        "policy_f1": 0.83,  # 0.840
        "speaker_correct": 42,
        "date_correct": 40,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ki": {
        "claim_f1": 0.86,  # 0.861
        "policy_f1": 0.82,  # 0.824
        "speaker_correct": 58,
        "date_correct": 59,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kj": {
        "claim_f1": 0.91,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.917, was 0.92; 0.930
        "policy_f1": 0.87,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.874, was 0.88; 0.884
        "speaker_correct": 29,
        "date_correct": 30,
        "kind_correct": 22,  # 0.74.0 (the learned kind decision; held-out BLIND kind accuracy 0.678 -> 0.770, all development sets 0.689 -> 0.827): 22, was 25
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kk": {
        "claim_f1": 0.88,  # 0.881
        "policy_f1": 0.81,  # 0.816
        "speaker_correct": 50,
        "date_correct": 58,
        "kind_correct": 39,
        "officials_f1": 0.92,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-kl": {
        "claim_f1": 0.88,  # 0.884
        "policy_f1": 0.82,  # 0.823
        "speaker_correct": 58,
        "date_correct": 61,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-km": {
        "claim_f1": 0.89,  # 0.898
        "policy_f1": 0.85,  # 0.854
        "speaker_correct": 54,
        "date_correct": 54,
        "kind_correct": 48,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-kn": {
        "claim_f1": 0.81,  # 0.814
        "policy_f1": 0.69,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.696, was 0.7
        "speaker_correct": 45,
        "date_correct": 43,
        "kind_correct": 33,
        "officials_f1": 0.87,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ko": {
        "claim_f1": 0.91,  # 0.912
        "policy_f1": 0.84,  # 0.841
        "speaker_correct": 52,
        "date_correct": 52,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-kp": {
        "claim_f1": 0.81,  # 0.813
        "policy_f1": 0.72,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.727, was 0.74; 0.748
        "speaker_correct": 32,
        "date_correct": 37,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kq": {
        "claim_f1": 0.93,  # 0.935
        "policy_f1": 0.85,  # 0.851
        "speaker_correct": 47,
        "date_correct": 46,
        "kind_correct": 34,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kr": {
        "claim_f1": 0.82,  # 0.829
        "policy_f1": 0.82,  # 0.822
        "speaker_correct": 46,
        "date_correct": 40,
        "kind_correct": 28,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ks": {
        "claim_f1": 0.97,  # 0.975
        "policy_f1": 0.86,  # 0.864
        "speaker_correct": 55,
        "date_correct": 58,
        "kind_correct": 46,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-kt": {
        "claim_f1": 0.9,  # 0.903
        "policy_f1": 0.81,  # 0.814
        "speaker_correct": 52,
        "date_correct": 41,
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ku": {
        "claim_f1": 0.92,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.926, was 0.93; 0.935
        "policy_f1": 0.82,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.829, was 0.83; 0.837
        "speaker_correct": 48,
        "date_correct": 50,
        "kind_correct": 34,  # 0.80.0 (the kind model retrained with half of the reserves judged since 0.55.0; held-out kind accuracy 0.759 -> 0.766): 34, was 35
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kv": {
        "claim_f1": 0.91,  # 0.913
        "policy_f1": 0.82,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.828, was 0.83; 0.833 (0.819 scored here before 0.76.1: the seed files' reference came in another order than the database's)
        "speaker_correct": 45,
        "date_correct": 41,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kw": {
        "claim_f1": 0.93,  # 0.937
        "policy_f1": 0.86,  # 0.865
        "speaker_correct": 52,
        "date_correct": 45,
        "kind_correct": 40,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-kx": {
        "claim_f1": 0.91,  # 0.913
        "policy_f1": 0.81,  # 0.817
        "speaker_correct": 57,
        "date_correct": 58,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-ky": {
        "claim_f1": 0.86,  # 0.870
        "policy_f1": 0.74,  # 0.745
        "speaker_correct": 47,
        "date_correct": 47,
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-kz": {
        "claim_f1": 0.85,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.860, was 0.88; 0.883
        "policy_f1": 0.67,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.671, was 0.68; 0.685
        "speaker_correct": 48,
        "date_correct": 44,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-la": {
        "claim_f1": 0.85,  # 0.854
        "policy_f1": 0.78,  # 0.788
        "speaker_correct": 43,
        "date_correct": 40,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lb": {
        "claim_f1": 0.98,  # 0.982
        "policy_f1": 0.88,  # 0.886
        "speaker_correct": 55,
        "date_correct": 55,
        "kind_correct": 42,
        "officials_f1": 1.0,
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lc": {
        "claim_f1": 0.87,  # 0.879
        "policy_f1": 0.8,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.807, was 0.82; 0.821
        "speaker_correct": 47,
        "date_correct": 44,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ld": {
        "claim_f1": 0.84,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.849, was 0.86; 0.863
        "policy_f1": 0.78,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.785, was 0.79; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.797, was 0.81; 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.813, was 0.83; 0.836
        "speaker_correct": 44,
        "date_correct": 43,
        "kind_correct": 34,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-le": {
        "claim_f1": 0.86,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.864, was 0.89; 0.891
        "policy_f1": 0.83,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.836, was 0.87; 0.871
        "speaker_correct": 48,
        "date_correct": 50,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 50, was 52
        "kind_correct": 40,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 40, was 42; 0.80.0 (the kind model retrained with half of the reserves judged since 0.55.0; held-out kind accuracy 0.759 -> 0.766): 42, was 44
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lf": {
        "claim_f1": 0.92,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8; all development sets claim F1 +0.009, policy F1 +0.004): 0.927, was 0.93; 0.934
        "policy_f1": 0.88,  # 0.889
        "speaker_correct": 56,
        "date_correct": 53,  # 0.81.0 (the claim model promotes at P >= 0.65, was 0.8, and the day of a promoted claim no longer steers the next claim's date): 53, was 54
        "kind_correct": 41,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 41, was 42
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-lg": {
        "claim_f1": 0.93,  # 0.939
        "policy_f1": 0.89,  # 0.893
        "speaker_correct": 59,
        "date_correct": 59,
        "kind_correct": 45,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lh": {
        "claim_f1": 0.88,  # 0.889
        "policy_f1": 0.86,  # 0.868
        "speaker_correct": 47,
        "date_correct": 48,
        "kind_correct": 30,  # 0.80.0 (the kind model retrained with half of the reserves judged since 0.55.0; held-out kind accuracy 0.759 -> 0.766): 30, was 31
        "officials_f1": 0.93,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-li": {
        "claim_f1": 0.84,  # 0.847
        "policy_f1": 0.78,  # 0.789
        "speaker_correct": 42,
        "date_correct": 37,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lj": {
        "claim_f1": 0.86,  # 0.869
        "policy_f1": 0.85,  # 0.855
        "speaker_correct": 51,
        "date_correct": 40,
        "kind_correct": 41,  # 0.80.0 (the kind model retrained with half of the reserves judged since 0.55.0; held-out kind accuracy 0.759 -> 0.766): 41, was 42
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lk": {
        "claim_f1": 0.9,  # 0.902
        "policy_f1": 0.8,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.810, was 0.81
        "speaker_correct": 53,
        "date_correct": 55,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ll": {
        "claim_f1": 0.77,  # 0.779
        "policy_f1": 0.77,  # 0.778
        "speaker_correct": 38,
        "date_correct": 43,
        "kind_correct": 26,
        "officials_f1": 0.9,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-lm": {
        "claim_f1": 0.84,  # 0.843
        "policy_f1": 0.81,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.818, was 0.82; 0.821
        "speaker_correct": 45,
        "date_correct": 51,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ln": {
        "claim_f1": 0.84,  # 0.846
        "policy_f1": 0.76,  # 0.766
        "speaker_correct": 51,
        "date_correct": 52,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lo": {
        "claim_f1": 0.84,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.844, was 0.87; 0.877
        "policy_f1": 0.7,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.705, was 0.72; 0.730
        "speaker_correct": 52,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 52, was 55
        "date_correct": 52,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 52, was 55
        "kind_correct": 42,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 42, was 44
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lp": {
        "claim_f1": 0.88,  # 0.889
        "policy_f1": 0.85,  # 0.852
        "speaker_correct": 56,
        "date_correct": 55,
        "kind_correct": 42,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-lq": {
        "claim_f1": 0.88,  # 0.884
        "policy_f1": 0.84,  # 0.841
        "speaker_correct": 56,
        "date_correct": 56,
        "kind_correct": 45,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lr": {
        "claim_f1": 0.93,  # 0.938
        "policy_f1": 0.83,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.839, was 0.85; 0.851
        "speaker_correct": 61,
        "date_correct": 59,
        "kind_correct": 53,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ls": {
        "claim_f1": 0.88,  # 0.881
        "policy_f1": 0.82,  # 0.827
        "speaker_correct": 52,
        "date_correct": 50,
        "kind_correct": 43,
        "officials_f1": 0.94,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.66,  # 0.667
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lt": {
        "claim_f1": 0.88,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.883, was 0.91; 0.911
        "policy_f1": 0.81,  # 0.818
        "speaker_correct": 48,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 48, was 50
        "date_correct": 49,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 49, was 51
        "kind_correct": 35,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 35, was 38
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-lu": {
        "claim_f1": 0.86,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.870, was 0.89; 0.892
        "policy_f1": 0.8,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.805, was 0.81; 0.816
        "speaker_correct": 57,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 57, was 59
        "date_correct": 58,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 58, was 60
        "kind_correct": 47,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 47, was 48
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lv": {
        "claim_f1": 0.85,  # 0.855
        "policy_f1": 0.81,  # 0.820
        "speaker_correct": 44,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 44, was 45
        "date_correct": 37,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 37, was 38
        "kind_correct": 37,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 37, was 39
        "officials_f1": 1.0,
        "metadata_headline": 0.55,  # 0.556
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-lw": {
        "claim_f1": 0.9,  # 0.902
        "policy_f1": 0.8,  # 0.808
        "speaker_correct": 74,
        "date_correct": 74,
        "kind_correct": 55,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-lx": {
        "claim_f1": 0.84,  # 0.848
        "policy_f1": 0.82,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.822, was 0.83; 0.830
        "speaker_correct": 37,
        "date_correct": 39,
        "kind_correct": 27,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ly": {
        "claim_f1": 0.88,  # 0.881
        "policy_f1": 0.75,  # 0.759
        "speaker_correct": 46,
        "date_correct": 47,
        "kind_correct": 35,
        "officials_f1": 0.94,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-lz": {
        "claim_f1": 0.85,  # 0.852
        "policy_f1": 0.78,  # 0.783
        "speaker_correct": 51,
        "date_correct": 50,
        "kind_correct": 38,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 38, was 39
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ma": {
        "claim_f1": 0.92,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.926, was 0.94; 0.941
        "policy_f1": 0.76,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.760, was 0.77; 0.772
        "speaker_correct": 61,  # 0.128.0 (the speaker model retrained with every set outside BLIND; held-out BLIND speaker F1 0.9241 -> 0.9250, accuracy 0.9603 -> 0.9609, 17 articles better, 13 worse): 61, was 62; 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 62, was 63
        "date_correct": 60,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 60, was 61
        "kind_correct": 50,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 50, was 51
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mb": {
        "claim_f1": 0.9,  # 0.904
        "policy_f1": 0.75,  # 0.756
        "speaker_correct": 42,
        "date_correct": 48,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mc": {
        "claim_f1": 0.82,  # 0.826
        "policy_f1": 0.78,  # 0.782
        "speaker_correct": 44,
        "date_correct": 43,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-md": {
        "claim_f1": 0.92,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.928, was 0.93; 0.934
        "policy_f1": 0.87,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.875, was 0.89; 0.890
        "speaker_correct": 63,
        "date_correct": 60,
        "kind_correct": 55,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-me": {
        "claim_f1": 0.87,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.878, was 0.88
        "policy_f1": 0.84,  # 0.846
        "speaker_correct": 52,
        "date_correct": 51,
        "kind_correct": 44,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mf": {
        "claim_f1": 0.87,  # 0.880
        "policy_f1": 0.82,  # 0.828
        "speaker_correct": 43,
        "date_correct": 43,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mg": {
        "claim_f1": 0.84,  # 0.847
        "policy_f1": 0.77,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.777, was 0.78; 0.782
        "speaker_correct": 47,
        "date_correct": 47,
        "kind_correct": 35,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 35, was 36
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-mh": {
        "claim_f1": 0.88,  # 0.882
        "policy_f1": 0.81,  # 0.814
        "speaker_correct": 65,
        "date_correct": 66,
        "kind_correct": 48,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mi": {
        "claim_f1": 0.85,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.857, was 0.87; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.872, was 0.89; 0.892
        "policy_f1": 0.76,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.766, was 0.78; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.783, was 0.79; 0.795
        "speaker_correct": 53,
        "date_correct": 54,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 54, was 55
        "kind_correct": 48,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 48, was 49
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mj": {
        "claim_f1": 0.81,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.816, was 0.83; 0.832
        "policy_f1": 0.66,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.661, was 0.67; 0.672
        "speaker_correct": 39,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 39, was 40
        "date_correct": 39,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 39, was 41
        "kind_correct": 35,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 35, was 36
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-mk": {
        "claim_f1": 0.91,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.917, was 0.92; 0.927
        "policy_f1": 0.88,  # 0.889
        "speaker_correct": 49,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 49, was 50; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 50, was 51
        "date_correct": 49,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 49, was 50; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 50, was 51
        "kind_correct": 36,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 36, was 37
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ml": {
        "claim_f1": 0.87,  # 0.877
        "policy_f1": 0.85,  # 0.859
        "speaker_correct": 45,
        "date_correct": 49,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mm": {
        "claim_f1": 0.88,  # 0.887
        "policy_f1": 0.8,  # 0.803
        "speaker_correct": 43,
        "date_correct": 42,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mn": {
        "claim_f1": 0.87,  # 0.871
        "policy_f1": 0.82,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.826, was 0.83; 0.836
        "speaker_correct": 37,
        "date_correct": 43,
        "kind_correct": 35,
        "officials_f1": 0.93,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mo": {
        "claim_f1": 0.84,  # 0.850
        "policy_f1": 0.79,  # 0.792
        "speaker_correct": 43,
        "date_correct": 44,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mp": {
        "claim_f1": 0.9,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.904, was 0.91; 0.917
        "policy_f1": 0.83,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.835, was 0.84; 0.843
        "speaker_correct": 71,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 71, was 72
        "date_correct": 71,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 71, was 72
        "kind_correct": 53,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 53, was 54
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-mq": {
        "claim_f1": 0.91,  # 0.911
        "policy_f1": 0.77,  # 0.773
        "speaker_correct": 56,
        "date_correct": 46,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mr": {
        "claim_f1": 0.83,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.832, was 0.85; 0.851
        "policy_f1": 0.74,  # 0.750
        "speaker_correct": 40,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 40, was 41
        "date_correct": 35,
        "kind_correct": 31,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 31, was 32; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 32, was 33
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.55,  # 0.556
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ms": {
        "claim_f1": 0.91,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.920, was 0.94; 0.941
        "policy_f1": 0.87,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.871, was 0.88; 0.883
        "speaker_correct": 62,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 62, was 63
        "date_correct": 63,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 63, was 64
        "kind_correct": 51,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 51, was 52
        "officials_f1": 0.94,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-mt": {
        "claim_f1": 0.87,  # 0.879
        "policy_f1": 0.8,  # 0.803
        "speaker_correct": 44,
        "date_correct": 47,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mu": {
        "claim_f1": 0.84,  # 0.848
        "policy_f1": 0.8,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.806, was 0.81; 0.815
        "speaker_correct": 37,
        "date_correct": 39,
        "kind_correct": 26,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mv": {
        "claim_f1": 0.78,  # 0.787
        "policy_f1": 0.57,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.573, was 0.59; 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.593, was 0.6; 0.601
        "speaker_correct": 47,
        "date_correct": 38,  # 0.112.0 (the event day after a lead with no day): 38, was 39; mv-02: one claim takes a later sentence's day after a lead with no day
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-mw": {
        "claim_f1": 0.88,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.885, was 0.9; 0.900
        "policy_f1": 0.76,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.768, was 0.77; 0.779
        "speaker_correct": 54,
        "date_correct": 44,
        "kind_correct": 47,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-mx": {
        "claim_f1": 0.79,  # 0.800
        "policy_f1": 0.76,  # 0.763
        "speaker_correct": 40,
        "date_correct": 42,
        "kind_correct": 34,
        "officials_f1": 0.92,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-my": {
        "claim_f1": 0.94,  # 0.946
        "policy_f1": 0.89,  # 0.899
        "speaker_correct": 52,
        "date_correct": 55,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 55, was 56
        "kind_correct": 52,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-mz": {
        "claim_f1": 0.77,  # 0.778
        "policy_f1": 0.7,  # 0.701
        "speaker_correct": 26,
        "date_correct": 25,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 25, was 26
        "kind_correct": 18,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-na": {
        "claim_f1": 0.94,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.948, was 0.95; 0.957
        "policy_f1": 0.92,  # 0.921
        "speaker_correct": 54,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 54, was 55
        "date_correct": 55,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 55, was 56
        "kind_correct": 34,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 34, was 35
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nb": {
        "claim_f1": 0.89,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.893, was 0.9; 0.908
        "policy_f1": 0.87,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.873, was 0.88; 0.885
        "speaker_correct": 50,
        "date_correct": 48,
        "kind_correct": 45,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nc": {
        "claim_f1": 0.84,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.847, was 0.85; 0.860
        "policy_f1": 0.74,  # 0.742
        "speaker_correct": 49,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 49, was 50; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 50, was 51
        "date_correct": 47,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 47, was 48; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 48, was 49
        "kind_correct": 40,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 40, was 41
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nd": {
        "claim_f1": 0.79,  # 0.800
        "policy_f1": 0.72,  # 0.724
        "speaker_correct": 32,
        "date_correct": 34,
        "kind_correct": 28,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ne": {
        "claim_f1": 0.94,  # 0.948
        "policy_f1": 0.83,  # 0.839
        "speaker_correct": 63,
        "date_correct": 54,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 54, was 55
        "kind_correct": 50,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 50, was 51
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nf": {
        "claim_f1": 0.9,  # 0.900
        "policy_f1": 0.84,  # 0.846
        "speaker_correct": 41,
        "date_correct": 40,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 40, was 41
        "kind_correct": 33,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 33, was 35; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 35, was 36
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ng": {
        "claim_f1": 0.83,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.833, was 0.86
        "policy_f1": 0.79,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.794, was 0.81; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.812, was 0.82; 0.824
        "speaker_correct": 35,
        "date_correct": 38,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nh": {
        "claim_f1": 0.94,  # 0.941
        "policy_f1": 0.84,  # 0.849
        "speaker_correct": 56,
        "date_correct": 44,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ni": {
        "claim_f1": 0.89,  # 0.892
        "policy_f1": 0.8,  # 0.810
        "speaker_correct": 34,
        "date_correct": 36,
        "kind_correct": 25,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nj": {
        "claim_f1": 0.81,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.812, was 0.83; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.830, was 0.84; 0.841
        "policy_f1": 0.8,  # 0.803
        "speaker_correct": 41,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 41, was 44; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 44, was 45
        "date_correct": 41,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 41, was 44; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 44, was 45
        "kind_correct": 32,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 32, was 35; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 35, was 36
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nk": {
        "claim_f1": 0.91,  # 0.919
        "policy_f1": 0.83,  # 0.838
        "speaker_correct": 48,
        "date_correct": 46,
        "kind_correct": 33,
        "officials_f1": 0.93,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nl": {
        "claim_f1": 0.83,  # 0.836
        "policy_f1": 0.75,  # 0.753
        "speaker_correct": 51,
        "date_correct": 48,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nm": {
        "claim_f1": 0.94,  # 0.940
        "policy_f1": 0.86,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.863, was 0.87; 0.872
        "speaker_correct": 54,
        "date_correct": 54,
        "kind_correct": 42,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nn": {
        "claim_f1": 0.87,  # 0.878
        "policy_f1": 0.83,  # 0.832
        "speaker_correct": 40,
        "date_correct": 43,
        "kind_correct": 26,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 26, was 27
        "officials_f1": 0.93,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-no": {
        "claim_f1": 0.79,  # 0.800
        "policy_f1": 0.57,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.577, was 0.58; 0.582
        "speaker_correct": 33,
        "date_correct": 28,
        "kind_correct": 28,
        "officials_f1": 0.93,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-np": {
        "claim_f1": 0.86,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.868, was 0.87; 0.874
        "policy_f1": 0.8,  # 0.804
        "speaker_correct": 59,
        "date_correct": 58,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-nq": {
        "claim_f1": 0.91,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.914, was 0.94; 0.941
        "policy_f1": 0.84,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.847, was 0.86; 0.867
        "speaker_correct": 51,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 51, was 53; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 53, was 54
        "date_correct": 53,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 53, was 55; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 55, was 56
        "kind_correct": 45,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 45, was 47; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 47, was 48
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nr": {
        "claim_f1": 0.81,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.820, was 0.85; 0.852
        "policy_f1": 0.74,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.746, was 0.75; 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.754, was 0.76; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.769, was 0.78; 0.786
        "speaker_correct": 49,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 49, was 51
        "date_correct": 46,  # 0.112.0 (the event day after a lead with no day): 46, was 48; nr-08: a later sentence's day after a lead with no day dates two claims (their gold: the publication day)
        "kind_correct": 44,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ns": {
        "claim_f1": 0.73,  # 0.739
        "policy_f1": 0.65,  # 0.655
        "speaker_correct": 17,
        "date_correct": 17,
        "kind_correct": 17,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 0.102.0 (a site's own title gives way to the article's; 이전글 no reporter): 1.000, was 0.83
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.5,  # 0.500
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nt": {
        "claim_f1": 0.96,  # 0.962
        "policy_f1": 0.87,  # 0.873
        "speaker_correct": 37,
        "date_correct": 26,
        "kind_correct": 28,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.66,  # 0.667
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nu": {
        "claim_f1": 0.81,  # 0.818
        "policy_f1": 0.75,  # 0.758
        "speaker_correct": 56,
        "date_correct": 44,
        "kind_correct": 25,
        "officials_f1": 1.0,
        "metadata_headline": 0.83,  # 0.833
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nv": {
        "claim_f1": 0.93,  # 0.936
        "policy_f1": 0.82,  # 0.827
        "speaker_correct": 110,
        "date_correct": 2,
        "kind_correct": 80,
        "officials_f1": 1.0,
        "metadata_headline": 0.11,  # 0.111
        "metadata_published": 0.11,  # 0.111
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-nw": {
        "claim_f1": 0.86,  # 0.861
        "policy_f1": 0.73,  # 0.730
        "speaker_correct": 55,
        "date_correct": 64,
        "kind_correct": 51,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-nx": {
        "claim_f1": 0.86,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.870, was 0.87; 0.879
        "policy_f1": 0.77,  # 0.779
        "speaker_correct": 50,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 50, was 51
        "date_correct": 35,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 35, was 36
        "kind_correct": 40,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 40, was 41
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ny": {
        "claim_f1": 0.92,  # 0.929
        "policy_f1": 0.89,  # 0.897
        "speaker_correct": 13,
        "date_correct": 13,
        "kind_correct": 12,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        # 0.75 since 0.99.0: ny-02, the same parser tests' county board as set-oc's, annotated null here
        "metadata_outlet": 0.75,  # 1.000
        "metadata_jurisdiction": 0.5,  # 0.500
    },
    "set-nz": {
        "claim_f1": 0.81,  # 0.816
        "policy_f1": 0.67,  # 0.679
        "speaker_correct": 20,
        "date_correct": 16,
        "kind_correct": 14,
        "officials_f1": 1.0,
        "metadata_headline": 0.85,  # 0.857
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.28,  # 0.286
        "metadata_jurisdiction": 0.85,  # 0.857
    },
    "set-oa": {
        "claim_f1": 0.86,  # 0.862
        "policy_f1": 0.78,  # 0.786
        "speaker_correct": 55,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 55, was 56
        "date_correct": 51,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 51, was 52
        "kind_correct": 44,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 44, was 45
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ob": {
        "claim_f1": 0.87,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.871, was 0.88; 0.882
        "policy_f1": 0.8,  # 0.803
        "speaker_correct": 44,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 44, was 45
        "date_correct": 44,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 44, was 45
        "kind_correct": 36,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 36, was 37
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-oc": {
        "claim_f1": 0.6,  # 0.600
        "policy_f1": 0.53,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.538, was 0.54; 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.545, was 0.55; 0.553
        "speaker_correct": 18,
        "date_correct": 18,
        "kind_correct": 14,
        "officials_f1": 1.0,
        "metadata_headline": 0.85,  # 0.857
        "metadata_published": 0.85,  # 0.857
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.0,  # 0.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-od": {
        "claim_f1": 0.8,  # 0.805
        "policy_f1": 0.8,  # 0.805
        "speaker_correct": 29,
        "date_correct": 31,
        "kind_correct": 19,
        "officials_f1": 0.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-oe": {
        "claim_f1": 0.87,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.874, was 0.88; 0.881
        "policy_f1": 0.8,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.803, was 0.81; 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.819, was 0.83; 0.832
        "speaker_correct": 51,
        "date_correct": 51,
        "kind_correct": 34,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 34, was 35
        "officials_f1": 0.95,  # 0.952: oe-09's provisional 곽상욱 (titled 광명시장) compared by name
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-of": {
        "claim_f1": 0.85,  # 0.857
        "policy_f1": 0.73,  # 0.100.0 (claim, slug and slug-words models retrained with every set outside BLIND; held-out BLIND claim F1 +0.001, policy F1 +0.002): 0.735, was 0.75; 0.754
        "speaker_correct": 48,
        "date_correct": 39,
        "kind_correct": 40,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.77,  # 0.778
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-og": {
        "claim_f1": 0.65,  # 0.656
        "policy_f1": 0.59,  # 0.595
        "speaker_correct": 21,
        "date_correct": 21,
        "kind_correct": 15,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.83,  # 0.833
        "metadata_jurisdiction": 0.83,  # 0.833
    },
    "set-ol": {
        "claim_f1": 0.81,  # 0.812
        "policy_f1": 0.64,  # 0.649
        "speaker_correct": 13,
        "date_correct": 12,
        "kind_correct": 9,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.0,  # 0.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-oh": {
        "claim_f1": 0.92,  # 0.923
        "policy_f1": 0.75,  # 0.750
        "speaker_correct": 64,
        "date_correct": 66,
        "kind_correct": 54,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-oi": {
        "claim_f1": 0.93,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.935, was 0.94
        "policy_f1": 0.87,  # 0.870
        "speaker_correct": 41,
        "date_correct": 42,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-oj": {
        "claim_f1": 0.86,  # 0.862
        "policy_f1": 0.82,  # 0.824
        "speaker_correct": 28,
        "date_correct": 28,
        "kind_correct": 19,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.33,  # 0.333
        "metadata_jurisdiction": 0.83,  # 0.833
    },
    "set-ok": {
        "claim_f1": 0.92,  # 0.928
        "policy_f1": 0.84,  # 0.847
        "speaker_correct": 71,
        "date_correct": 60,
        "kind_correct": 49,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.87,  # 0.875
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-om": {
        "claim_f1": 0.82,  # 0.821
        "policy_f1": 0.74,  # 0.743
        "speaker_correct": 54,
        "date_correct": 55,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-on": {
        "claim_f1": 0.95,  # 0.959
        "policy_f1": 0.83,  # 0.831
        "speaker_correct": 58,
        "date_correct": 58,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-oo": {
        "claim_f1": 0.82,  # 0.828
        "policy_f1": 0.65,  # 0.660
        "speaker_correct": 89,
        "date_correct": 82,
        "kind_correct": 65,
        "officials_f1": 0.88,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-op": {
        "claim_f1": 0.87,  # 0.871
        "policy_f1": 0.78,  # 0.785
        "speaker_correct": 107,
        "date_correct": 65,
        "kind_correct": 85,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-oq": {
        "claim_f1": 0.9,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.909, was 0.91; 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.917, was 0.92; 0.926
        "policy_f1": 0.82,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.828, was 0.83; 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.833, was 0.84; 0.841
        "speaker_correct": 55,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 55, was 56
        "date_correct": 52,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 52, was 53
        "kind_correct": 41,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 41, was 42
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-or": {
        "claim_f1": 0.9,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.906, was 0.91; 0.914
        "policy_f1": 0.86,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.868, was 0.87; 0.874
        "speaker_correct": 47,
        "date_correct": 48,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-os": {
        "claim_f1": 0.95,  # 0.950
        "policy_f1": 0.79,  # 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.800, was 0.81; 0.814
        "speaker_correct": 19,
        "date_correct": 19,  # 0.101.0 (a news card's fields as lines of their own): 19, was 11 (os-04 and os-05 dated by their 작성일)
        "kind_correct": 13,  # 0.101.0 (a news card's fields as lines of their own): 13, was 14; one more narrated sentence of os-01 … os-05 read as a plan or an achievement, gold statement
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 0.101.0: 1.000, was 0.600 (os-04, os-05: the card's title span)
        "metadata_published": 0.99,  # 0.101.0: 1.000, was 0.600 (the card's 작성일 span)
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.2,  # 0.101.0: 0.200, was 0.000 (os-04's card, dated, opens with 영천시는: the city's own)
        "metadata_jurisdiction": 0.6,  # 0.600
    },
    "set-ot": {
        "claim_f1": 0.96,  # 0.969
        "policy_f1": 0.8,  # 0.800
        "speaker_correct": 31,
        "date_correct": 31,
        "kind_correct": 28,
        "officials_f1": 1.0,
        "metadata_headline": 0.87,  # 0.875
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.75,  # 0.750
        "metadata_jurisdiction": 0.62,  # 0.625
    },
    "set-ou": {
        "claim_f1": 0.85,  # 0.857
        "policy_f1": 0.74,  # 0.750
        "speaker_correct": 52,
        "date_correct": 45,
        "kind_correct": 41,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-ow": {
        "claim_f1": 0.87,  # 0.877
        "policy_f1": 0.81,  # 0.814
        "speaker_correct": 25,
        "date_correct": 25,
        "kind_correct": 22,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 0.102.0 (a site's own title gives way to the article's; 이전글 no reporter): 1.000, was 0.87
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.62,  # 0.625
        "metadata_jurisdiction": 0.62,  # 0.625
    },
    "set-ox": {
        "claim_f1": 0.84,  # 0.846
        "policy_f1": 0.85,  # 0.852
        "speaker_correct": 21,
        "date_correct": 22,
        "kind_correct": 21,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 0.102.0 (a site's own title gives way to the article's; 이전글 no reporter): 1.000, was 0.85
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.85,  # 0.102.0 (a site's own title gives way to the article's; 이전글 no reporter): 0.857, was 0.71
        "metadata_outlet": 0.71,  # 0.714
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pa": {
        "claim_f1": 0.89,  # 0.900
        "policy_f1": 0.67,  # 0.674
        "speaker_correct": 81,
        "date_correct": 69,
        "kind_correct": 63,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.87,  # 0.875
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pb": {
        "claim_f1": 0.75,  # 0.758
        "policy_f1": 0.72,  # 0.720
        "speaker_correct": 25,
        "date_correct": 24,
        "kind_correct": 18,
        "officials_f1": 1.0,
        "metadata_headline": 0.8,  # 0.102.0 (a site's own title gives way to the article's; 이전글 no reporter): 0.800, was 0.4
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.6,  # 0.600
        "metadata_outlet": 0.2,  # 0.200
        "metadata_jurisdiction": 0.6,  # 0.600
    },
    "set-ov": {
        "claim_f1": 0.9,  # 0.906
        "policy_f1": 0.82,  # 0.828
        "speaker_correct": 61,
        "date_correct": 63,
        "kind_correct": 40,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-oy": {
        "claim_f1": 0.82,  # 0.821
        "policy_f1": 0.63,  # 0.635
        "speaker_correct": 48,
        "date_correct": 45,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-oz": {
        "claim_f1": 0.94,  # 0.944
        "policy_f1": 0.85,  # 0.856
        "speaker_correct": 56,
        "date_correct": 52,
        "kind_correct": 49,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pd": {
        "claim_f1": 0.87,  # 0.875
        "policy_f1": 0.73,  # 0.732
        "speaker_correct": 14,
        "date_correct": 14,
        "kind_correct": 13,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.6,  # 0.600
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pe": {
        "claim_f1": 0.82,  # 0.821
        "policy_f1": 0.77,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.779, was 0.78
        "speaker_correct": 38,
        "date_correct": 36,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pf": {
        "claim_f1": 0.88,  # 0.884
        "policy_f1": 0.82,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.821, was 0.83
        "speaker_correct": 60,
        "date_correct": 54,
        "kind_correct": 49,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pc": {
        "claim_f1": 0.91,  # 0.919
        "policy_f1": 0.74,  # 0.742
        "speaker_correct": 17,
        "date_correct": 16,
        "kind_correct": 16,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.8,  # 0.800
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.8,  # 0.800
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ph": {
        "claim_f1": 0.87,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.879, was 0.88; 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.885, was 0.9; 0.901
        "policy_f1": 0.82,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.822, was 0.83; 0.108.0 (the claim model weighs its context in pairs, retrained with every set outside BLIND; held-out BLIND claim F1 0.889 -> 0.894, policy F1 0.812 -> 0.814): 0.831, was 0.84; 0.843
        "speaker_correct": 47,
        "date_correct": 44,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.87,  # 0.875
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pg": {
        "claim_f1": 0.92,  # 0.929
        "policy_f1": 0.84,  # 0.846
        "speaker_correct": 52,
        "date_correct": 49,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pi": {
        "claim_f1": 0.84,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.846, was 0.87; 0.108.0, the change this set judged (the claim model's context pairs; kept on the pooled reserve): 0.874; the first, blind run 0.883
        "policy_f1": 0.8,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.806, was 0.82; 0.108.0, the change this set judged (the claim model's context pairs; kept on the pooled reserve): 0.830; the first, blind run 0.838
        "speaker_correct": 52,  # 0.108.0, the change this set judged (the claim model's context pairs; kept on the pooled reserve); the first, blind run 53
        "date_correct": 49,  # 0.108.0, the change this set judged (the claim model's context pairs; kept on the pooled reserve); the first, blind run 50
        "kind_correct": 37,  # 0.108.0, the change this set judged (the claim model's context pairs; kept on the pooled reserve); the first, blind run 38
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-pj": {
        "claim_f1": 0.9,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.904, was 0.91
        "policy_f1": 0.83,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.837, was 0.84
        "speaker_correct": 51,
        "date_correct": 45,
        "kind_correct": 40,
        "officials_f1": 1.0,
        "metadata_headline": 0.87,  # 0.875
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.87,  # 0.875
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pk": {
        "claim_f1": 0.84,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.843, was 0.85
        "policy_f1": 0.74,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.747, was 0.76
        "speaker_correct": 49,
        "date_correct": 50,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-pl": {
        "claim_f1": 0.88,  # 0.884
        "policy_f1": 0.79,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.791, was 0.81
        "speaker_correct": 39,  # 0.110.0 (curly braces around a byline): 39, was 40; pl-09's lead, where 노현송 signs an agreement, now takes him as its speaker (its gold: an action, no speaker)
        "date_correct": 37,
        "kind_correct": 27,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pm": {
        "claim_f1": 0.72,  # 0.729
        "policy_f1": 0.69,  # 0.692
        "speaker_correct": 30,
        "date_correct": 29,
        "kind_correct": 17,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-pn": {
        "claim_f1": 0.85,  # 0.139.0 (a pronoun with no speaker before it stands for the person named close before it; BLIND speaker F1 +0.001): 0.854, was 0.86
        "policy_f1": 0.62,  # 0.625
        "speaker_correct": 38,
        "date_correct": 40,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.83,  # 0.833
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.83,  # 0.833
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-po": {
        "claim_f1": 0.87,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.879, was 0.91
        "policy_f1": 0.8,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.800, was 0.82
        "speaker_correct": 39,
        "date_correct": 43,
        "kind_correct": 35,  # 0.113.0 (a desk's sign-off cut from the text): 35, was 38; po-06's sign-off line was story text until now, and without it the kind model reads three of its claims differently (plan <-> statement)
        "officials_f1": 0.95,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000 (0.113.0: po-06's desk sign-off names 서울앤)
        "metadata_jurisdiction": 0.66,  # 0.667
    },
    "set-pp": {
        "claim_f1": 0.86,  # 0.867
        "policy_f1": 0.84,  # 0.847
        "speaker_correct": 34,
        "date_correct": 37,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-pq": {
        "claim_f1": 0.85,  # 0.857
        "policy_f1": 0.75,  # 0.754
        "speaker_correct": 46,
        "date_correct": 46,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.87,  # 0.875
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pr": {
        "claim_f1": 0.89,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.893, was 0.9
        "policy_f1": 0.78,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.788, was 0.79
        "speaker_correct": 45,
        "date_correct": 47,
        "kind_correct": 37,
        "officials_f1": 0.92,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ps": {
        "claim_f1": 0.93,  # 0.935
        "policy_f1": 0.84,  # 0.848
        "speaker_correct": 41,
        "date_correct": 35,
        "kind_correct": 34,
        "officials_f1": 0.93,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pv": {
        "claim_f1": 0.86,  # 0.860
        "policy_f1": 0.84,  # 0.841
        "speaker_correct": 36,  # 0.128.0 (the speaker model retrained with every set outside BLIND; held-out BLIND speaker F1 0.9241 -> 0.9250, accuracy 0.9603 -> 0.9609, 17 articles better, 13 worse): 36, was 37
        "date_correct": 38,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-pt": {
        "claim_f1": 0.87,  # 0.874
        "policy_f1": 0.81,  # 0.810
        "speaker_correct": 43,  # 0.128.0 (the speaker model retrained with every set outside BLIND; held-out BLIND speaker F1 0.9241 -> 0.9250, accuracy 0.9603 -> 0.9609, 17 articles better, 13 worse): 43, was 44
        "date_correct": 44,
        "kind_correct": 33,
        "officials_f1": 0.9,
        "metadata_headline": 0.71,  # 0.714
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.85,  # 0.857
        "metadata_outlet": 0.85,  # 0.857
        "metadata_jurisdiction": 0.85,  # 0.857
    },
    "set-pu": {
        "claim_f1": 0.94,  # 0.950
        "policy_f1": 0.83,  # 0.837
        "speaker_correct": 66,
        "date_correct": 63,
        "kind_correct": 46,
        "officials_f1": 0.94,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-py": {
        "claim_f1": 0.91,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.913, was 0.92
        "policy_f1": 0.83,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.835, was 0.84
        "speaker_correct": 43,
        "date_correct": 43,
        "kind_correct": 29,
        "officials_f1": 0.92,
        "metadata_headline": 0.75,  # 0.750
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.87,  # 0.875
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pw": {
        "claim_f1": 0.92,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.921, was 0.94
        "policy_f1": 0.86,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.866, was 0.87
        "speaker_correct": 39,
        "date_correct": 36,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.85,  # 0.857
        "metadata_outlet": 0.85,  # 0.857
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-px": {
        "claim_f1": 0.87,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.879, was 0.88
        "policy_f1": 0.79,  # 0.794
        "speaker_correct": 43,
        "date_correct": 45,
        "kind_correct": 36,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-pz": {
        "claim_f1": 0.96,  # 0.962
        "policy_f1": 0.88,  # 0.880
        "speaker_correct": 49,  # 0.128.0 (the speaker model retrained with every set outside BLIND; held-out BLIND speaker F1 0.9241 -> 0.9250, accuracy 0.9603 -> 0.9609, 17 articles better, 13 worse): 49, was 50
        "date_correct": 47,
        "kind_correct": 40,
        "officials_f1": 0.93,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.87,  # 0.875
    },
    "set-qa": {
        "claim_f1": 0.82,  # 0.825
        "policy_f1": 0.83,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.832, was 0.84
        "speaker_correct": 27,
        "date_correct": 33,
        "kind_correct": 24,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qb": {
        "claim_f1": 0.87,  # 0.878
        "policy_f1": 0.81,  # 0.817
        "speaker_correct": 65,
        "date_correct": 51,
        "kind_correct": 48,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-qc": {
        "claim_f1": 0.86,  # 0.870
        "policy_f1": 0.82,  # 0.822
        "speaker_correct": 49,
        "date_correct": 48,
        "kind_correct": 35,
        "officials_f1": 0.94,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qe": {
        "claim_f1": 0.91,  # 0.917
        "policy_f1": 0.86,  # 0.863
        "speaker_correct": 50,
        "date_correct": 50,
        "kind_correct": 43,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-qf": {
        "claim_f1": 0.93,  # 0.935
        "policy_f1": 0.85,  # 0.857
        "speaker_correct": 40,  # 0.128.0 (the speaker model retrained with every set outside BLIND; held-out BLIND speaker F1 0.9241 -> 0.9250, accuracy 0.9603 -> 0.9609, 17 articles better, 13 worse): 40, was 41
        "date_correct": 43,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.87,  # 0.875
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.87,  # 0.875
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.87,  # 0.875
    },
    "set-qd": {
        "claim_f1": 0.81,  # 0.814
        "policy_f1": 0.7,  # 0.704
        "speaker_correct": 22,
        "date_correct": 22,
        "kind_correct": 16,
        "officials_f1": 1.0,
        "metadata_headline": 0.83,  # 0.833
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qg": {
        "claim_f1": 0.9,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.907, was 0.91
        "policy_f1": 0.85,  # 0.857
        "speaker_correct": 41,
        "date_correct": 29,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qi": {
        "claim_f1": 0.92,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.925, was 0.93
        "policy_f1": 0.88,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.884, was 0.89
        "speaker_correct": 42,
        "date_correct": 40,
        "kind_correct": 36,
        "officials_f1": 0.92,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.85,  # 0.857
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.85,  # 0.857
    },
    "set-qh": {
        "claim_f1": 0.86,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.868, was 0.87
        "policy_f1": 0.8,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.806, was 0.81
        "speaker_correct": 40,
        "date_correct": 44,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.87,  # 0.875
    },
    "set-qj": {
        "claim_f1": 0.91,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.917, was 0.92
        "policy_f1": 0.85,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.855, was 0.86
        "speaker_correct": 44,
        "date_correct": 40,
        "kind_correct": 35,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qk": {
        "claim_f1": 0.94,  # 0.944
        "policy_f1": 0.88,  # 0.888
        "speaker_correct": 63,
        "date_correct": 66,
        "kind_correct": 49,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ql": {
        "claim_f1": 0.92,  # 0.923
        "policy_f1": 0.87,  # 0.879
        "speaker_correct": 42,
        "date_correct": 39,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.75,  # 0.750
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.87,  # 0.875
    },
    "set-qm": {
        "claim_f1": 0.92,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.929, was 0.94
        "policy_f1": 0.87,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.879, was 0.89
        "speaker_correct": 51,
        "date_correct": 50,
        "kind_correct": 44,
        "officials_f1": 0.92,
        "metadata_headline": 0.87,  # 0.875
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.87,  # 0.875
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qn": {
        "claim_f1": 0.88,  # 0.889
        "policy_f1": 0.77,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.779, was 0.79
        "speaker_correct": 48,
        "date_correct": 34,
        "kind_correct": 37,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.88,  # 0.889
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qo": {
        "claim_f1": 0.91,  # 0.917
        "policy_f1": 0.86,  # 0.869
        "speaker_correct": 54,
        "date_correct": 51,
        "kind_correct": 37,
        "officials_f1": 0.92,
        "metadata_headline": 0.87,  # 0.875
        "metadata_published": 0.87,  # 0.875
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qp": {
        "claim_f1": 0.94,  # 0.947
        "policy_f1": 0.88,  # 0.885
        "speaker_correct": 72,
        "date_correct": 58,
        "kind_correct": 51,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qq": {
        "claim_f1": 0.79,  # 0.796
        "policy_f1": 0.74,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.743, was 0.75
        "speaker_correct": 39,
        "date_correct": 35,
        "kind_correct": 30,
        "officials_f1": 1.0,
        "metadata_headline": 0.87,  # 0.875
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qs": {
        "claim_f1": 0.85,  # 0.854
        "policy_f1": 0.77,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.778, was 0.78
        "speaker_correct": 35,
        "date_correct": 34,
        "kind_correct": 25,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.87,  # 0.875
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qr": {
        "claim_f1": 0.88,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.889, was 0.9
        "policy_f1": 0.8,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.804, was 0.81
        "speaker_correct": 28,
        "date_correct": 27,
        "kind_correct": 24,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 24, was 25
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qt": {
        "claim_f1": 0.89,  # 0.892
        "policy_f1": 0.79,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.79999, was 0.8
        "speaker_correct": 56,
        "date_correct": 57,
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-qu": {
        "claim_f1": 0.86,  # 0.864
        "policy_f1": 0.71,  # 0.716
        "speaker_correct": 35,
        "date_correct": 37,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.87,  # 0.875
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.87,  # 0.875
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qv": {
        "claim_f1": 0.87,  # 0.876
        "policy_f1": 0.81,  # 0.819
        "speaker_correct": 46,
        "date_correct": 44,
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qw": {
        "claim_f1": 0.75,  # 0.750
        "policy_f1": 0.68,  # 0.689
        "speaker_correct": 29,
        "date_correct": 32,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.66,  # 0.667
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-qx": {
        "claim_f1": 0.88,  # 0.886
        "policy_f1": 0.73,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.734, was 0.74
        "speaker_correct": 31,
        "date_correct": 39,
        "kind_correct": 26,
        "officials_f1": 1.0,
        "metadata_headline": 0.75,  # 0.750
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.87,  # 0.875
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-qy": {
        "claim_f1": 0.92,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.925, was 0.93
        "policy_f1": 0.85,  # 0.859
        "speaker_correct": 60,
        "date_correct": 61,
        "kind_correct": 46,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-qz": {
        "claim_f1": 0.82,  # 0.827
        "policy_f1": 0.71,  # 0.719
        "speaker_correct": 39,
        "date_correct": 42,
        "kind_correct": 34,
        "officials_f1": 1.0,
        "metadata_headline": 0.75,  # 0.750
        "metadata_published": 0.87,  # 0.875
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.87,  # 0.875
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ra": {
        "claim_f1": 0.88,  # 0.882
        "policy_f1": 0.73,  # 0.732
        "speaker_correct": 54,
        "date_correct": 44,
        "kind_correct": 40,  # 0.131.0 (a speaker outside every registry term is no official; a board post's field row dates it: ra-08 +4 dates, and one of its claims' kinds, decided again with its right date, lost): 40, was 41
        "officials_f1": 0.93,
        "metadata_headline": 0.87,  # 0.875
        "metadata_published": 0.87,  # 0.875
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.75,  # 0.750
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rb": {
        "claim_f1": 0.8,  # 0.809
        "policy_f1": 0.8,  # 0.806
        "speaker_correct": 37,
        "date_correct": 30,
        "kind_correct": 27,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-rc": {
        "claim_f1": 0.81,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.814, was 0.84
        "policy_f1": 0.79,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.790, was 0.81
        "speaker_correct": 43,
        "date_correct": 44,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-rf": {
        "claim_f1": 0.77,  # 0.773
        "policy_f1": 0.74,  # 0.745
        "speaker_correct": 45,
        "date_correct": 44,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rg": {
        "claim_f1": 0.83,  # 0.831
        "policy_f1": 0.75,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.753, was 0.77
        "speaker_correct": 41,
        "date_correct": 49,
        "kind_correct": 33,  # 0.132.0 (a broadcast interview's answers are the guest's: rg-05 +3 speakers; one of its answers, decided again with its speaker, takes another kind): 33, was 34
        "officials_f1": 0.83,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rd": {
        "claim_f1": 0.73,  # 0.736
        "policy_f1": 0.65,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.658, was 0.67
        "speaker_correct": 36,
        "date_correct": 39,
        "kind_correct": 29,
        "officials_f1": 0.93,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-re": {
        "claim_f1": 0.84,  # 0.841
        "policy_f1": 0.78,  # 0.780
        "speaker_correct": 42,
        "date_correct": 43,
        "kind_correct": 38,
        "officials_f1": 1.0,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rh": {
        "claim_f1": 0.83,  # 0.832
        "policy_f1": 0.8,  # 0.803
        "speaker_correct": 40,
        "date_correct": 44,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ri": {
        "claim_f1": 0.72,  # 0.723
        "policy_f1": 0.61,  # 0.618
        "speaker_correct": 29,
        "date_correct": 34,
        "kind_correct": 21,
        "officials_f1": 1.0,
        "metadata_headline": 0.44,  # 0.444
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rj": {
        "claim_f1": 0.83,  # 0.840
        "policy_f1": 0.78,  # 0.781
        "speaker_correct": 39,
        "date_correct": 42,
        "kind_correct": 34,
        "officials_f1": 0.92,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rk": {
        "claim_f1": 0.89,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.890, was 0.9
        "policy_f1": 0.79,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.798, was 0.81
        "speaker_correct": 60,
        "date_correct": 63,
        "kind_correct": 46,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rl": {
        "claim_f1": 0.87,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.879, was 0.88
        "policy_f1": 0.8,  # 0.805
        "speaker_correct": 56,
        "date_correct": 52,
        "kind_correct": 45,
        "officials_f1": 0.92,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rm": {
        "claim_f1": 0.84,  # 0.850
        "policy_f1": 0.74,  # 0.741
        "speaker_correct": 46,
        "date_correct": 48,
        "kind_correct": 36,
        "officials_f1": 0.9,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.77,  # 0.778
    },
    "set-rn": {
        "claim_f1": 0.79,  # 0.795
        "policy_f1": 0.71,  # 0.718
        "speaker_correct": 58,
        "date_correct": 56,
        "kind_correct": 36,
        "officials_f1": 0.92,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ro": {
        "claim_f1": 0.73,  # 0.737
        "policy_f1": 0.6,  # 0.606
        "speaker_correct": 41,
        "date_correct": 42,
        "kind_correct": 33,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-rp": {
        "claim_f1": 0.8,  # 0.804
        "policy_f1": 0.74,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.748, was 0.75
        "speaker_correct": 35,
        "date_correct": 41,
        "kind_correct": 33,
        "officials_f1": 0.93,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rq": {
        "claim_f1": 0.85,  # 0.860
        "policy_f1": 0.79,  # 0.794
        "speaker_correct": 42,
        "date_correct": 45,
        "kind_correct": 29,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rr": {
        "claim_f1": 0.87,  # 0.870
        "policy_f1": 0.69,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.692, was 0.7
        "speaker_correct": 52,
        "date_correct": 55,
        "kind_correct": 46,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rs": {
        "claim_f1": 0.83,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.831, was 0.84
        "policy_f1": 0.71,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.712, was 0.72
        "speaker_correct": 51,
        "date_correct": 53,
        "kind_correct": 44,
        "officials_f1": 0.93,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rv": {
        "claim_f1": 0.71,  # 0.717
        "policy_f1": 0.67,  # 0.676
        "speaker_correct": 34,
        "date_correct": 36,
        "kind_correct": 29,
        "officials_f1": 0.94,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.88,  # 0.889
    },
    "set-rt": {
        "claim_f1": 0.84,  # 0.845
        "policy_f1": 0.72,  # 0.725
        "speaker_correct": 43,
        "date_correct": 45,
        "kind_correct": 37,
        "officials_f1": 0.93,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ru": {
        "claim_f1": 0.84,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.848, was 0.85
        "policy_f1": 0.76,  # 0.138.0 (the claim model promotes at P >= 0.5, was 0.65; BLIND claim F1 +0.004): 0.768, was 0.77
        "speaker_correct": 42,
        "date_correct": 40,
        "kind_correct": 28,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.77,  # 0.778
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rw": {
        "claim_f1": 0.78,  # 0.789
        "policy_f1": 0.68,  # 0.681
        "speaker_correct": 41,
        "date_correct": 42,
        "kind_correct": 26,
        "officials_f1": 0.93,  # 0.933: rw-06 names 허남식 (부산시장 to 2014, not in the registry) in full with his title only in the headline; the pipeline listed him and `tracker eval` did not until 0.139.1 registered him
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.88,  # 0.889
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rx": {
        "claim_f1": 0.83,  # 0.832
        "policy_f1": 0.7,  # 0.706
        "speaker_correct": 41,
        "date_correct": 44,
        "kind_correct": 33,
        "officials_f1": 0.9,
        "metadata_headline": 0.77,  # 0.778
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.66,  # 0.667
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-ry": {
        "claim_f1": 0.88,  # 0.880
        "policy_f1": 0.66,  # 0.660
        "speaker_correct": 21,
        "date_correct": 32,
        "kind_correct": 26,
        "officials_f1": 1.0,
        "metadata_headline": 0.62,  # 0.625
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-rz": {
        "claim_f1": 0.84,  # 0.842
        "policy_f1": 0.74,  # 0.741
        "speaker_correct": 37,
        "date_correct": 47,
        "kind_correct": 31,
        "officials_f1": 1.0,
        "metadata_headline": 0.99,  # 1.000
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-sa": {
        "claim_f1": 0.91,  # 0.913
        "policy_f1": 0.7,  # 0.701
        "speaker_correct": 47,
        "date_correct": 45,
        "kind_correct": 39,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-sb": {
        "claim_f1": 0.76,  # 0.766
        "policy_f1": 0.71,  # 0.718
        "speaker_correct": 36,
        "date_correct": 40,
        "kind_correct": 32,
        "officials_f1": 1.0,
        "metadata_headline": 0.88,  # 0.889
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.99,  # 1.000
        "metadata_outlet": 0.99,  # 1.000
        "metadata_jurisdiction": 0.99,  # 1.000
    },
    "set-sc": {
        "claim_f1": 0.78,  # 0.780
        "policy_f1": 0.74,  # 0.740
        "speaker_correct": 30,
        "date_correct": 30,
        "kind_correct": 24,
        "officials_f1": 1.0,
        "metadata_headline": 0.66,  # 0.667
        "metadata_published": 0.99,  # 1.000
        "metadata_reporter": 0.88,  # 0.889
        "metadata_outlet": 0.77,  # 0.778
        "metadata_jurisdiction": 0.88,  # 0.889
    },
}


@cache
def report(name: str) -> Report:
    return evaluate_corpus(SETS / name, load_reference())


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_article_of_the_set_is_scored(name: str) -> None:
    gold = len(list((SETS / name / "gold").glob("*.json")))
    assert len(report(name).articles) == gold == len(list((SETS / name / "articles").iterdir()))
    # sets of ten articles; set-o, q and r have nine, set-s and v eight, set-p six (their annotators' time boxes), the
    # GitHub-file sets five to nine, set-ny four (its fifth text was set-nz's nz-01 again and was removed unrun),
    # set-ol three (whole saved pages, scarce in the code index)
    assert gold >= (3 if name == "set-ol" else 4 if name == "set-ny" else 5 if name in GITHUB_FILE_SETS else 6)


def _figures(name: str) -> dict[str, float]:
    """The headline figures, and for speakers, dates and kinds the number of matched claims they are right
    for: a ratio over matched claims falls when a change finds more claims, a count only when it gets one
    it had right wrong."""
    total = report(name).total
    return {
        **total.figures(),
        "speaker_correct": total.speaker_accuracy.correct,
        "date_correct": total.date_accuracy.correct,
        "kind_correct": total.kind_accuracy.correct,
    }


@pytest.mark.parametrize(("name", "metric"), [(n, m) for n, floors in FLOORS.items() for m in floors])
def test_no_ground_lost(name: str, metric: str) -> None:
    figures = _figures(name)
    assert figures[metric] >= FLOORS[name][metric], (
        f"{name}: {metric} = {figures[metric]:.3f}\n{format_report(report(name))}"
    )
