"""The learned gate: per-rule logistic regressions over the rules' decisions and answer features (data/gate.json)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class RuleGate:
    """One rule's trained decision: weights over standardised features, and the probabilities needed to keep a
    finding the rule made and to add one it did not make."""

    weights: tuple[float, ...]
    bias: float
    keep: float
    add: float

    def probability(self, z: list[float]) -> float:
        """The probability that the rule applies, for standardised features `z`."""
        s = self.bias + math.fsum(w * x for w, x in zip(self.weights, z))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, s))))


@dataclass(frozen=True)
class Gate:
    """The trained gate: standardisation and the rules it decides."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    rules: dict[str, RuleGate]

    def standardise(self, x: list[float]) -> list[float]:
        """Features on the scale the gate was trained on."""
        return [(v - m) / s for v, m, s in zip(x, self.mean, self.scale)]


@lru_cache(maxsize=1)
def load_gate() -> Gate | None:
    """The shipped gate, loaded once; None when the package has none."""
    try:
        raw = resources.files("careeralign").joinpath("data/gate.json").read_text("utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(raw)
    rules = {rid: RuleGate(tuple(r["weights"]), r["bias"], r["keep_threshold"], r["add_threshold"])
             for rid, r in data["rules"].items() if r.get("enabled")}
    return Gate(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), rules)
