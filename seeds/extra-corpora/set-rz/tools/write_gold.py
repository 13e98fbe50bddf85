#!/usr/bin/env python3
"""Write gold/<article>.json from the hand annotations in tools/golds/rzNN.py (one module per article)."""
import importlib.util
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
GOLD = HERE.parent / "gold"


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for path in sorted((HERE / "golds").glob("rz*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        gold = module.GOLD
        claims = [
            {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
            for (q, s, d, p, k) in module.CLAIMS
        ]
        gold["claims"] = claims
        out = GOLD / f"{gold['article']}.json"
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(out.name, len(claims), "claims")


if __name__ == "__main__":
    main()
