"""Reading inputs: job postings and candidate profiles, with character offsets kept."""

from careeralign.ingest.posting import (
    check_posting,
    html_to_text,
    markdown_to_text,
    read_job,
    read_job_file,
    sniff_format,
)
from careeralign.ingest.profile import profile_template, read_profile, read_profile_file

__all__ = [
    "read_job", "read_job_file", "check_posting", "sniff_format", "html_to_text", "markdown_to_text",
    "read_profile", "read_profile_file", "profile_template",
]
