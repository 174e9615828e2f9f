"""Train the learned gate: one logistic regression per rule over the rules' decisions and the answer's features.

The gate is a second stage (stacking): it reads what every rule decided plus structure, lexicon and context
evidence (careeralign.critique.features), and may confirm, drop or add a rule's finding. It is trained only on the
labelled `dev` and `train` splits (never on `validation`), with 5-fold cross-validation choosing, per rule, the
regularisation, the decision threshold and whether the gate is used at all (only where it beats the rule alone).
Writes src/careeralign/data/gate.json (plain numbers; inference needs no numpy).

Usage: pip install -e '.[train]' && python scripts/train_gate.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import careeralign as ca  # noqa: E402
from careeralign.critique.analysis import Context  # noqa: E402
from careeralign.critique.engine import cleared, evidence, raw_findings  # noqa: E402
from careeralign.critique.features import feature_names, features  # noqa: E402
from careeralign.understand.context import role_context  # noqa: E402

OUT = ROOT / "src" / "careeralign" / "data" / "gate.json"
NEVER_GATED = {"length"}  # mechanical: the count is the truth
# Rules about something missing may have a finding added by the gate (anchored on the whole answer or the goal).
# Rules about something present must quote the words that show it: the gate may add one of their findings only
# where the text holds such words (engine.evidence), and is used for them only where cross-validation shows a
# clear gain (0.03 F1): a rule's own verdict is not overruled lightly.
ADDABLE = {"missing-short-term", "missing-bridge", "missing-long-term", "generic-company", "vague", "industry-framing"}
SPLITS = ("dev", "train")
REQUEST_KEYS = {"id", "question", "answer", "role", "candidate"}


def load(split: str) -> list[dict]:
    items = []
    for f in sorted((ROOT / "tests" / "data" / split).glob("*.jsonl")):
        items += [json.loads(x) for x in f.read_text("utf-8").splitlines() if x.strip()]
    return items


def f1(y: np.ndarray, p: np.ndarray) -> float:
    tp = float((y & p).sum())
    return 2 * tp / (y.sum() + p.sum()) if tp else 0.0


def main() -> None:
    rule_ids = [r.id for r in ca.rules()]
    items = [it for s in SPLITS for it in load(s)]
    X, Y, R, E = [], [], [], []
    for it in items:
        req = ca.parse_request({k: v for k, v in it.items() if k in REQUEST_KEYS})
        ctx = Context(req.answer, role_context(req.role), req.candidate, req.question)
        fired = {f.rule for f in raw_findings(ctx, req.answer)}
        X.append(features(ctx, fired, rule_ids))
        Y.append([r in it["labels"] for r in rule_ids])
        R.append([r in fired for r in rule_ids])
        E.append([evidence(ctx, r) is not None and not cleared(ctx, r) for r in rule_ids])
    Xa, Ya, Ra, Ea = np.array(X), np.array(Y, dtype=bool), np.array(R, dtype=bool), np.array(E, dtype=bool)
    mean, scale = Xa.mean(0), Xa.std(0)
    scale[scale < 1e-9] = 1.0
    Z = (Xa - mean) / scale
    out: dict = {"schema": "careeralign-gate/1", "features": feature_names(rule_ids), "mean": mean.round(6).tolist(),
                 "scale": scale.round(6).tolist(), "trained_on": {s: len(load(s)) for s in SPLITS},
                 "sklearn": sklearn.__version__, "rules": {}}
    print(f"{'rule':24} {'rules F1':>9} {'gate CV F1':>11}  used  C     keep/add thresholds")
    for j, rid in enumerate(rule_ids):
        y, base = Ya[:, j], f1(Ya[:, j], Ra[:, j])
        best = (base, None, None)
        if rid not in NEVER_GATED and 5 <= y.sum() <= len(y) - 5:
            folds = StratifiedKFold(5, shuffle=True, random_state=0)
            for C in (0.03, 0.1, 0.3, 1.0):
                prob = np.zeros(len(y))
                for tr, te in folds.split(Z, y):
                    prob[te] = LogisticRegression(C=C, max_iter=5000).fit(Z[tr], y[tr]).predict_proba(Z[te])[:, 1]
                fired, evid = Ra[:, j], Ea[:, j]
                for keep in (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5):
                    for add in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
                        score = f1(y, (fired & (prob >= keep)) | (~fired & evid & (prob >= add)))
                        margin = 0.01 if rid in ADDABLE else 0.03
                        if score > best[0] + margin or best[1] is not None and score > best[0] + 1e-9:
                            best = (score, C, (keep, add))
        entry: dict = {"enabled": best[1] is not None, "cv_f1_rule": round(base, 4), "cv_f1_gate": round(best[0], 4)}
        if best[1] is not None:
            clf = LogisticRegression(C=best[1], max_iter=5000).fit(Z, y)
            entry.update(C=best[1], keep_threshold=best[2][0], add_threshold=best[2][1], bias=round(float(clf.intercept_[0]), 6),
                         weights=[round(float(w), 6) for w in clf.coef_[0]])
        out["rules"][rid] = entry
        print(f"{rid:24} {base:9.3f} {best[0]:11.3f}  {'yes' if entry['enabled'] else 'no ':4}  {best[1] or '-':<5} {best[2] or '-'}")
    OUT.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT} from {len(items)} labelled answers ({', '.join(SPLITS)})")


if __name__ == "__main__":
    main()
