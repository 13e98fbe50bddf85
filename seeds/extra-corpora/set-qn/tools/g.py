"""Helper: write one gold file. claims are tuples (quote, speaker, date, policies, kind[, speaker_name])."""
import json, os
GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
def save(article, headline, published, reporter, outlet, jurisdiction, officials, claims, not_claims):
    out = []
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": list(c[3]), "kind": c[4]}
        if len(c) > 5 and c[5]:
            d["speaker_name"] = c[5]
        out.append(d)
    g = {"article": article,
         "metadata": {"headline": headline, "published": published, "reporter": reporter,
                      "outlet": outlet, "jurisdiction": jurisdiction},
         "officials": officials, "claims": out, "not_claims": not_claims}
    with open(os.path.join(GOLD, article + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    print(article, len(out), 'claims')
