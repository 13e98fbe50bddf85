"""Writes articles/q-NN-OUTLET.txt from the search tool's excerpts (raw/qNN.json, copied verbatim from the tool's JSON answer)."""
import json
names = {"q01": "newscj", "q02": "japolicenews", "q03": "jbnews", "q04": "hankookilbo", "q05": "imaeil",
         "q06": "newsway", "q07": "seoul", "q08": "newsis", "q09": "usmbc"}
for k, o in names.items():
    d = json.load(open(f"/work/blind/set-q/tools/raw/{k}.json", encoding="utf-8"))
    fn = f"/work/blind/set-q/articles/{k[0]}-{k[1:]}-{o}.txt"
    open(fn, "w", encoding="utf-8").write(d["excerpt"])
    print(fn, len(d["excerpt"]), d["url"])
