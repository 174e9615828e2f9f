"""careeralign: an offline, deterministic coach for 'How does this position align with your career goals?'."""

from typing import TYPE_CHECKING, Any

from careeralign.api import critique, decode, enabled_rules, explain_rule, read_text, rules
from careeralign.config import Config, load_config
from careeralign.errors import CareerAlignError, ConfigError, InputError, StoreError
from careeralign.models import (
    DIMENSIONS,
    EMPLOYER_KINDS,
    LEVELS,
    SCHEMA,
    Candidate,
    Critique,
    CritiqueRequest,
    Draft,
    Finding,
    Job,
    JobInsight,
    Profile,
    Report,
    Role,
)
from careeralign.schema import RequestIn as CritiqueRequestSchema
from careeralign.schema import parse_request

if TYPE_CHECKING:
    from careeralign.prepare import analyze, dissect, draft, profile_template, read_job, read_profile, rewrite

_PREPARE = ("analyze", "dissect", "draft", "profile_template", "read_job", "read_profile", "rewrite")


def __getattr__(name: str) -> Any:
    """The preparation API loads on first use: a plain critique never imports the readers or the composer."""
    if name in _PREPARE:
        from careeralign import prepare

        value = getattr(prepare, name)
        globals()[name] = value  # later lookups skip this hook
        return value
    raise AttributeError(f"module 'careeralign' has no attribute {name!r}")


__version__ = "0.1.0"

__all__ = [
    "critique", "analyze", "dissect", "draft", "rewrite", "read_job", "read_profile", "profile_template", "rules", "explain_rule", "read_text", "decode", "enabled_rules", "parse_request", "CritiqueRequestSchema",
    "load_config", "Config", "CareerAlignError", "ConfigError", "InputError", "StoreError",
    "Candidate", "Critique", "CritiqueRequest", "Draft", "Finding", "Job", "JobInsight", "Profile", "Report", "Role", "DIMENSIONS", "EMPLOYER_KINDS",
    "LEVELS", "SCHEMA", "__version__",
]
