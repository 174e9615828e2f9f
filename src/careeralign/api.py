"""The public API behind careeralign's __init__: critique answers, list rules, read text inputs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from careeralign.config import Config, load_config
from careeralign.critique.engine import critique_request
from careeralign.critique.registry import Rule, all_rules, find_rule
from careeralign.errors import InputError
from careeralign.models import DEFAULT_QUESTION, Candidate, Critique, CritiqueRequest, Role
from careeralign.schema import parse_request


def enabled_rules(config: Config | None = None) -> list[Rule]:
    """The rules switched on by the configuration."""
    cfg = config or Config()
    return [r for r in all_rules() if cfg.enabled(r.id, r.code)]


def critique(
    answer: str | CritiqueRequest | dict[str, Any],
    *,
    role: Role | dict[str, Any] | None = None,
    candidate: Candidate | dict[str, Any] | None = None,
    question: str | None = None,
    id: str | None = None,
    config: Config | None = None,
) -> Critique:
    """Critique one answer.

    `answer` is the answer text, a `CritiqueRequest`, or a request dict in the
    `io.md` shape (validated; unknown fields raise `InputError`). Keyword
    context (`role`, `candidate`, `question`, `id`) applies to a text answer.
    """
    if isinstance(answer, dict):
        req = parse_request(answer)
    elif isinstance(answer, CritiqueRequest):
        req = answer
    elif isinstance(answer, str):
        data: dict[str, Any] = {"answer": answer}
        if role is not None:
            data["role"] = role if isinstance(role, dict) else {k: v for k, v in vars(role).items() if v is not None}
        if candidate is not None:
            data["candidate"] = candidate if isinstance(candidate, dict) else {k: v for k, v in vars(candidate).items() if v is not None}
        if question is not None:
            data["question"] = question
        if id is not None:
            data["id"] = id
        req = parse_request(data)
    else:
        raise InputError(f"answer must be text or a request, not {type(answer).__name__}")
    cfg = config or Config()
    if len(req.answer.encode("utf-8")) > cfg.max_bytes:
        raise InputError(f"answer: {len(req.answer.encode('utf-8'))} bytes is over the limit of {cfg.max_bytes} bytes (max_bytes)")
    return critique_request(req, enabled_rules(cfg))


def rules() -> list[Rule]:
    """Every rule, in code order."""
    return all_rules()


def explain_rule(name: str) -> Rule:
    """A rule by id or code; `InputError` when there is none."""
    r = find_rule(name)
    if r is None:
        raise InputError(f"no rule named {name!r}; see `careeralign rules`")
    return r


def read_text(path: str | Path, *, what: str = "file", max_bytes: int = 1_048_576) -> str:
    """Read a UTF-8 text file with a size limit; errors name the file."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{p}: {size} bytes is over the limit of {max_bytes} bytes (max_bytes)")
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: {what} not found") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory, not a {what}") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read {what}: {e.strerror}") from None
    return decode(raw, str(p))


def decode(raw: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is allowed); a clear error names the input otherwise."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8 (byte {e.start}); save it as UTF-8 text") from None


__all__ = ["critique", "rules", "explain_rule", "read_text", "decode", "load_config", "Config",
           "DEFAULT_QUESTION", "enabled_rules"]
