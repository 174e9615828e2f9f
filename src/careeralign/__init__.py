"""careeralign: an offline, deterministic coach for 'How does this position align with your career goals?'."""

from careeralign.api import (
    analyze,
    critique,
    decode,
    dissect,
    draft,
    enabled_rules,
    explain_rule,
    profile_template,
    read_job,
    read_profile,
    read_text,
    rewrite,
    rules,
)
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

__version__ = "0.1.0"

__all__ = [
    "critique", "analyze", "dissect", "draft", "rewrite", "read_job", "read_profile", "profile_template", "rules", "explain_rule", "read_text", "decode", "enabled_rules", "parse_request", "CritiqueRequestSchema",
    "load_config", "Config", "CareerAlignError", "ConfigError", "InputError", "StoreError",
    "Candidate", "Critique", "CritiqueRequest", "Draft", "Finding", "Job", "JobInsight", "Profile", "Report", "Role", "DIMENSIONS", "EMPLOYER_KINDS",
    "LEVELS", "SCHEMA", "__version__",
]
