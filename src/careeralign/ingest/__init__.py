"""Reading inputs: job postings and candidate profiles, with character offsets kept."""

from careeralign.ingest.posting import check_posting, html_to_text, markdown_to_text, read_job, read_job_file

__all__ = ["read_job", "read_job_file", "check_posting", "html_to_text", "markdown_to_text"]
