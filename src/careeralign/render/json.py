"""Canonical JSON for results: one deterministic serialisation everywhere."""

from __future__ import annotations

import json
from typing import Any


def dumps(obj: Any, *, pretty: bool = False) -> str:
    """Deterministic JSON (same input, same bytes); UTF-8 text kept as is."""
    if pretty:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
