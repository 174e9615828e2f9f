"""Configuration: defaults shipped as package data, merged with careeralign.toml or pyproject.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from careeralign.errors import ConfigError

FAIL_ON = ("error", "warning", "info", "none")
_KEYS = {"select", "ignore", "fail_on", "max_bytes"}


@dataclass(frozen=True)
class Config:
    """Merged configuration and where each part came from."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    max_bytes: int = 1_048_576
    sources: tuple[str, ...] = field(default=("defaults",))

    def enabled(self, rule_id: str, code: str) -> bool:
        """Whether a rule is on after select and ignore."""

        def match(sel: str) -> bool:
            s = sel.strip()
            return s.upper() == "ALL" or s.lower() == rule_id or (s.upper().startswith("CA") and code.startswith(s.upper()))

        return any(match(s) for s in self.select) and not any(match(s) for s in self.ignore)

    def to_dict(self) -> dict[str, Any]:
        """The merged values, for `config show`."""
        return {"select": list(self.select), "ignore": list(self.ignore), "fail_on": self.fail_on,
                "max_bytes": self.max_bytes, "sources": list(self.sources)}


def _defaults() -> dict[str, Any]:
    return tomllib.loads(resources.files("careeralign").joinpath("data/defaults.toml").read_text("utf-8"))


def _validate(data: dict[str, Any], where: str) -> dict[str, Any]:
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown setting(s): {', '.join(sorted(unknown))}")
    for key in ("select", "ignore"):
        if key in data and not (isinstance(data[key], list) and all(isinstance(x, str) for x in data[key])):
            raise ConfigError(f"{where}: {key} must be a list of rule ids or codes")
    if "fail_on" in data and data["fail_on"] not in FAIL_ON:
        raise ConfigError(f"{where}: fail_on must be one of {'|'.join(FAIL_ON)}")
    if "max_bytes" in data and not (isinstance(data["max_bytes"], int) and data["max_bytes"] > 0):
        raise ConfigError(f"{where}: max_bytes must be a positive integer")
    return data


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: cannot read configuration: {e}") from None


def find_config_file(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest careeralign.toml, or pyproject.toml with [tool.careeralign], from `start` upwards."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        own = d / "careeralign.toml"
        if own.is_file():
            data = _read(own)
            return own, data.get("tool", {}).get("careeralign", data) if "tool" in data else data
        py = d / "pyproject.toml"
        if py.is_file():
            data = _read(py).get("tool", {}).get("careeralign")
            if data is not None:
                return py, data
    return None


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """Defaults, then the config file (given or found), then explicit overrides."""
    merged = _defaults()
    sources = ["defaults"]
    found: tuple[Path, dict[str, Any]] | None
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{p}: configuration file not found")
        data = _read(p)
        found = (p, data.get("tool", {}).get("careeralign", data) if "tool" in data else data)
    else:
        found = find_config_file()
    if found:
        merged.update(_validate(dict(found[1]), str(found[0])))
        sources.append(str(found[0]))
    clean = {k: v for k, v in overrides.items() if v is not None}
    if clean:
        merged.update(_validate(clean, "command line"))
        sources.append("command line")
    return Config(tuple(merged["select"]), tuple(merged["ignore"]), merged["fail_on"], int(merged["max_bytes"]), tuple(sources))
