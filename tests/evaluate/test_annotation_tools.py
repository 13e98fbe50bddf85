"""The annotators' shared tools in seeds/extra-corpora/tools: the gold checker and the agreement score."""

from __future__ import annotations

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
