"""The annotators' shared tools in seeds/extra-corpora/tools: the gold checker and the agreement score."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "seeds" / "extra-corpora" / "tools"
SET_Y = ROOT / "seeds" / "extra-corpora" / "set-y"


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _copy(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(SET_Y / "articles", folder / "articles")
    shutil.copytree(SET_Y / "gold", folder / "gold")
    return folder


def test_checker_passes_a_real_set_and_names_each_broken_field(tmp_path: Path) -> None:
    check = _tool("check_gold").check
    folder = _copy(tmp_path, "set")
    assert check(folder, ROOT / "seeds") == []
    path = sorted((folder / "gold").glob("*.json"))[0]
    gold = json.loads(path.read_text(encoding="utf-8"))
    gold["claims"][0]["quote"] = "이 문장은 기사에 없다"
    gold["claims"][0]["policies"] = ["no-such-policy"]
    gold["metadata"]["jurisdiction"] = "99999"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    problems = check(folder, ROOT / "seeds")
    assert any("occurs 0 times" in p for p in problems)
    assert any("no-such-policy" in p for p in problems)
    assert any("99999" in p for p in problems)


def test_agreement_of_a_set_with_itself_is_perfect_and_a_dropped_claim_costs_recall(
    tmp_path: Path, capsys
) -> None:
    agreement = _tool("agreement")
    folder = _copy(tmp_path, "second")
    figures = _run(agreement, SET_Y, folder, capsys)
    assert figures["claim_f1"] == figures["policy_f1"] == figures["kind_accuracy"] == 1.0
    path = sorted((folder / "gold").glob("*.json"))[0]
    gold = json.loads(path.read_text(encoding="utf-8"))
    gold["claims"] = gold["claims"][1:]
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    figures = _run(agreement, SET_Y, folder, capsys)
    assert figures["claim_precision"] == 1.0
    assert figures["claim_recall"] < 1.0


def _run(agreement: ModuleType, first: Path, second: Path, capsys) -> dict[str, float]:
    agreement.main([str(first), str(second)])
    return json.loads(capsys.readouterr().out)


# The second annotations of set-pk, pl and pm (seeds/extra-corpora/README.md, "Two annotators of the same texts,
# again"): the same texts, unchanged since hashed, and their agreement with the first as the README gives it.
SECOND_ANNOTATED = ("set-pk", "set-pl", "set-pm")


def test_a_second_annotation_covers_the_same_texts_and_is_unchanged() -> None:
    from tracker.evaluate.gold import load_gold

    for name in SECOND_ANNOTATED:
        second = ROOT / "seeds" / "extra-corpora" / name / "second-annotation"
        assert sorted(load_gold(second / "gold")) == sorted(load_gold(second.parent / "gold")), name
        lines = (second / "GOLD.sha256").read_text().splitlines()
        assert len(lines) == len(list((second / "gold").iterdir())), name
        for line in lines:
            digest, path = line.split(maxsplit=1)
            assert hashlib.sha256((second / path).read_bytes()).hexdigest() == digest, (name, path)


def test_the_two_annotations_agree_as_the_readme_says() -> None:
    from tracker.evaluate.gold import person_names
    from tracker.evaluate.scorer import total
    from tracker.reference import load_reference

    agreement = _tool("agreement")
    names = person_names(load_reference())
    sets = [ROOT / "seeds" / "extra-corpora" / name for name in SECOND_ANNOTATED]
    t = total(s for first in sets for s in agreement.article_scores(first, first / "second-annotation", names))
    assert (t.claims.tp, t.claims.fp, t.claims.fn) == (144, 6, 8)
    assert t.date_accuracy.correct == t.date_accuracy.total == 144
    assert t.speaker_accuracy.correct == t.speaker_accuracy.total
    readme = (ROOT / "seeds" / "extra-corpora" / "README.md").read_text(encoding="utf-8")
    assert f"claim F1 {t.claims.f1:.3f}" in readme
    assert f"policy F1\n{t.policies.f1:.3f}" in readme
