# Helper: write one gold file. Claims are tuples (quote, speaker, date, [policies], kind).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
def w(article, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    d = {"article": article,
         "metadata": {"headline": headline, "published": published, "reporter": reporter,
                      "outlet": outlet, "jurisdiction": jur},
         "officials": officials,
         "claims": [{"quote": q, "speaker": s, "date": dt, "policies": p, "kind": k} for (q, s, dt, p, k) in claims],
         "not_claims": not_claims}
    with open(os.path.join(HERE, '..', 'gold', article + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
    print(article, len(claims), 'claims')
