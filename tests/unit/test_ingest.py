"""careeralign.ingest: postings and profiles in every format, with offsets and one-line errors."""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

import pytest

from careeralign.errors import InputError
from careeralign.ingest import (
    check_posting,
    html_to_text,
    markdown_to_text,
    profile_template,
    read_job,
    read_job_file,
    read_profile,
    read_profile_file,
    sniff_format,
)

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SKILLSPAN = Path(__file__).resolve().parents[3] / "shared" / "data" / "skillspan"


def _error(fn, *args, **kwargs) -> str:
    with pytest.raises(InputError) as e:
        fn(*args, **kwargs)
    msg = str(e.value)
    assert "\n" not in msg
    return msg


def _in_order(text: str, words: list[str]) -> bool:
    pos = 0
    for w in words:
        i = text.find(w, pos)
        if i < 0:
            return False
        pos = i + len(w)
    return True


# --- postings ----------------------------------------------------------------------------------

def test_plain_text_is_kept_exactly() -> None:
    raw = (FIX / "job.txt").read_text("utf-8")
    job = read_job_file(FIX / "job.txt")
    assert job.format == "text" and job.text == raw
    assert job.title == "Senior Technical Writer" and job.company == "Northwind Labs"


def test_crlf_becomes_lf_and_nothing_else_changes() -> None:
    job = read_job(b"Barista wanted\r\nMust have 1 year experience.\r\nApply in store.\r\n")
    assert job.text == "Barista wanted\nMust have 1 year experience.\nApply in store.\n"
    assert job.title == "Barista wanted"


def test_markdown_becomes_readable_text() -> None:
    job = read_job_file(FIX / "job.md")
    assert job.format == "markdown" and job.title == "Data Analyst" and job.company == "Contoso Retail"
    for gone in ("#", "**", "https://", "`", "__", "](", "* "):
        assert gone not in job.text, gone
    assert "join our insights team." in job.text
    assert "- Build dashboards in Power BI" in job.text
    assert "- 2 years of experience with SQL" in job.text
    assert job.text.splitlines()[0] == "Data Analyst"


def test_markdown_helper_keeps_line_structure() -> None:
    assert markdown_to_text("Title\n=====\n\nSome *very* _nice_ text\n\n---\n+ a\n  - b") == \
        "Title\n\nSome very nice text\n\n- a\n  - b"


def test_html_visible_text() -> None:
    raw = (FIX / "job.html").read_text("utf-8")
    job = read_job_file(FIX / "job.html")
    assert job.format == "html" and job.title == "Backend Engineer"
    for hidden in ("font-family", "dataLayer", "Home", "salary band", "Tracking pixel", "enable JavaScript",
                   "Template text", "Logo", "Careers | Fabrikam"):
        assert hidden not in job.text, hidden
    assert "platform team & build reliable services." in job.text  # entities decoded, spaces collapsed
    assert "- Design and operate Go services\n- Review code" in job.text
    assert "Apply by 30 June.\nWe answer every candidate." in job.text
    assert "\n\n\n" not in job.text
    words = [w for w in ("Backend Engineer", "looking for", "Responsibilities", "Review code", "Requirements",
                         "PostgreSQL", "Apply by") if w in raw]
    assert _in_order(job.text, words)


def test_html_helper_hidden_attributes() -> None:
    html = '<p>one</p><span hidden>x</span><div aria-hidden="true"><p>y</p></div><p style="DISPLAY: none">z</p>two'
    assert html_to_text(html) == "one\n\ntwo"


def test_html_with_jsonld_prefers_the_posting() -> None:
    job = read_job_file(FIX / "job_jsonld.html")
    assert job.format == "jsonld" and job.title == "Product Designer" and job.company == "Tailspin Toys"
    assert job.text.startswith("Product Designer\nCompany: Tailspin Toys\n")
    assert "You will design delightful toy apps." in job.text and "<b>" not in job.text
    assert "- Own the design system" in job.text
    assert "Qualifications:\n- 3 years of product design experience\n- A portfolio" in job.text
    fields = dict(job.fields)
    assert fields["employmentType"] == "FULL_TIME" and fields["jobLocation"] == "Lyon, FR"
    assert fields["datePosted"] == "2024-05-01"


def test_html_with_broken_jsonld_falls_back_to_visible_text() -> None:
    job = read_job_file(FIX / "job_badld.html")
    assert job.format == "html" and job.title == "Warehouse Associate"
    assert "Broken" not in job.text and "forklifts" in job.text


def test_standalone_jsonld() -> None:
    job = read_job_file(FIX / "job.jsonld")
    assert job.format == "jsonld" and job.title == "Site Reliability Engineer" and job.company == "Woodgrove Bank"
    lines = job.text.splitlines()
    assert lines[:2] == ["Site Reliability Engineer", "Company: Woodgrove Bank"]
    assert "Join our SRE team to keep the platform fast and available." in job.text
    for section in ("Responsibilities:", "Skills:\n- Kubernetes", "Experience:\n48 months of experience",
                    "Education:\nbachelor degree", "Benefits:\nPension, 30 days of leave"):
        assert section in job.text, section
    fields = dict(job.fields)
    assert fields == {
        "employmentType": "FULL_TIME", "datePosted": "2024-04-02", "industry": "Finance",
        "experienceRequirements": "48 months of experience", "baseSalary": "EUR 70000\u201390000 per year",
        "jobLocation": "Amsterdam, NL", "occupationalCategory": "15-1244.00",
    }
    assert [k for k, _ in job.fields] == list(fields)


def test_jsonld_in_a_list_and_type_list() -> None:
    data = json.dumps([{"@type": "WebPage"}, {"@type": ["Thing", "JobPosting"], "title": "Nurse",
                                                "description": "Care for patients; 2 years of experience."}])
    job = read_job(data, format="json")
    assert job.title == "Nurse" and job.format == "jsonld"


def test_jsonld_syntax_error_names_line_and_column() -> None:
    msg = _error(read_job_file, FIX / "bad_syntax.jsonld")
    assert msg.startswith(str(FIX / "bad_syntax.jsonld") + ": invalid JSON at line 4:3:")


def test_jsonld_not_a_posting() -> None:
    msg = _error(read_job_file, FIX / "not_posting.jsonld")
    assert msg == f"{FIX / 'not_posting.jsonld'}: not a schema.org JobPosting (found @type Recipe)"


def test_jsonld_without_title_or_description() -> None:
    msg = _error(read_job, '{"@type": "JobPosting", "datePosted": "2024-01-01"}', name="j.json")
    assert msg == "j.json: the JobPosting has neither a title nor a description"


def test_encoding_fallbacks() -> None:
    job = read_job_file(FIX / "job_cp1252.txt")
    assert job.title == "Caf\u00e9 Manager" and "CV \u2013 we reply" in job.text
    bom = b"\xef\xbb\xbfBarista wanted. Must have 1 year experience. Apply in store."
    assert read_job(bom).text.startswith("Barista")
    latin = "Ingeni\u00f8r wanted. Must have 1 year experience. Apply \x81".encode("latin-1")
    assert "Ingeni\u00f8r" in read_job(latin).text
    utf16 = "Barista wanted. Must have 1 year experience. Apply in store.".encode("utf-16")
    assert read_job(utf16).text.startswith("Barista")


def test_binary_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "job.pdf"
    f.write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    assert _error(read_job_file, f) == f"{f}: this is a binary file, not text"
    assert "cannot read the file" in _error(read_job_file, tmp_path / "missing.txt")


def test_format_sniffing() -> None:
    assert sniff_format('{"@type": "JobPosting"}') == "json"
    assert sniff_format("<div><p>Hi</p></div>") == "html"
    assert sniff_format("# Title\n\nText") == "markdown"
    assert sniff_format("[Remote] Engineer\nWe are hiring.") == "text"
    assert sniff_format("Engineer\n- Python\n- SQL") == "text"
    assert _error(read_job, "x", format="pdf").startswith("<job>: unknown posting format 'pdf'")


def test_title_and_company_guesses() -> None:
    job = read_job("Company: Acme Corp\nWe are looking for a welder with 3 years of experience. Apply now.")
    assert job.company == "Acme Corp" and job.title == ""
    job = read_job("We are hiring a nurse for our ward. You will work with a friendly team. Apply now.")
    assert job.title == "" and job.company == ""


@pytest.mark.parametrize("name", ["recipe.txt", "poem.txt", "news.txt", "news_business.txt", "lyrics.txt",
                                  "lorem.txt"])
def test_not_a_posting_is_refused(name: str) -> None:
    msg = _error(read_job_file, FIX / name)
    assert msg.startswith(f"{FIX / name}: this ")
    assert "job posting" in msg


def test_empty_posting() -> None:
    assert _error(read_job, "  \n\t", name="j.txt") == "j.txt: the posting is empty"
    assert _error(check_posting, "", "j.txt") == "j.txt: the posting is empty"
    assert _error(read_job, "<html><head><title>x</title></head></html>", name="j.html") == \
        "j.html: the posting is empty"


@pytest.mark.parametrize("text", [
    "Barista wanted. Must have 1 year experience. Apply in store.",
    "Dishwasher needed for busy restaurant.\nEvening shifts, 20 hours a week.\nCall Maria to apply.",
    "Senior Python Developer\nWe are hiring a senior Python developer to join our backend team.",
])
def test_short_real_postings_pass(text: str) -> None:
    check_posting(text, "j")


def test_a_cover_letter_may_pass() -> None:
    read_job_file(FIX / "cover_letter.txt")


def _skillspan_postings() -> list[str]:
    out: list[str] = []
    for split in ("train", "dev", "test"):
        key = None
        lines: list[str] = []
        for line in (SKILLSPAN / f"{split}.json").read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            k = (row["source"], row["idx"])
            if k != key and lines:
                out.append("\n".join(lines))
                lines = []
            key = k
            lines.append(" ".join(row["tokens"]))
        if lines:
            out.append("\n".join(lines))
    return out


@pytest.mark.skipif(not (SKILLSPAN / "train.json").exists(), reason="shared SkillSpan data not present")
def test_all_skillspan_postings_pass() -> None:
    postings = _skillspan_postings()
    assert len(postings) == 263
    refused = []
    for i, text in enumerate(postings):
        try:
            read_job(text, name=f"skillspan[{i}]")
        except InputError as e:
            refused.append(str(e))
    assert not refused


# --- profiles ----------------------------------------------------------------------------------

def test_yaml_profile_with_offsets() -> None:
    p = read_profile_file(FIX / "profile.yaml")
    raw = (FIX / "profile.yaml").read_text("utf-8")
    assert p.text == raw and p.format == "yaml"
    assert (p.name, p.current_role, p.level, p.years) == ("Ada Example", "Technical Writer", "mid", 4.0)
    assert p.skills == ("API documentation", "OpenAPI", "docs-as-code")
    assert p.background == "Four years writing API docs for a payments company."
    assert [(g.text, g.horizon) for g in p.goals] == [
        ("Set API documentation standards for a developer platform", "short"),
        ("Grow into owning the documentation strategy", None),
        ("Lead a documentation team across several products", "long"),
    ]
    assert p.text[p.goals[0].start:p.goals[0].end] == p.goals[0].text
    assert p.text[p.goals[1].start:p.goals[1].end] == "Grow into owning the documentation strategy"  # no quotes
    block = p.text[p.goals[2].start:p.goals[2].end]
    assert block.startswith("Lead a documentation team") and block.endswith("across several products")
    assert [(e.kind, p.text[e.start:e.end]) for e in p.evidence] == [
        ("project", "Rebuilt the developer portal on docs-as-code"), ("result", "Cut support tickets by a third")]
    assert p.goals_given and p.pivot_from is None and not p.long_term_open


def test_json_profile_goal_paragraph_is_split_with_offsets() -> None:
    p = read_profile_file(FIX / "profile.json")  # tab-indented JSON
    assert p.format == "json" and p.current_role == "Data Analyst" and p.skills == ("SQL", "Python")
    assert [g.text for g in p.goals] == ["I want to move into data engineering.",
                                         "In five years I hope to lead a data platform team."]
    for g in p.goals:
        assert p.text[g.start:g.end] == g.text
    assert p.goals[1].horizon == "long"


def test_json_resume() -> None:
    p = read_profile_file(FIX / "resume.json")
    assert p.format == "jsonresume" and p.name == "Grace Example" and p.current_role == "Support Engineer"
    assert p.years == 6.0
    assert p.skills == ("Linux", "Bash", "Kubernetes")
    kinds = [(e.kind, e.text) for e in p.evidence]
    assert kinds == [
        ("role", "Support Engineer at SaaSy"), ("result", "Cut first-response time by half"),
        ("role", "Support Agent at HelpCo"), ("project", "Runbooks: Wrote runbooks for the top 20 incidents"),
        ("certification", "CKA (CNCF)"), ("education", "BSc Physics, State University"),
    ]
    assert p.text[p.evidence[1].start:p.evidence[1].end] == "Cut first-response time by half"
    assert [g.text for g in p.goals] == ["I want to grow into a site reliability role."]
    assert p.text[p.goals[0].start:p.goals[0].end] == p.goals[0].text
    assert p.background == "Support engineer at a SaaS start-up. I led the on-call rotation."


def test_json_resume_without_goals() -> None:
    p = read_profile('{"basics": {"name": "A", "summary": "Nurse for ten years."}}', name="r.json")
    assert p.format == "jsonresume" and p.goals == () and not p.goals_given
    assert p.background == "Nurse for ten years."


def test_prose_profile() -> None:
    p = read_profile_file(FIX / "profile.txt")
    assert p.format == "prose" and p.current_role == "technical writer" and p.years == 4.0
    assert [g.text for g in p.goals] == [
        "In the next year I want to set documentation standards for a developer platform.",
        "Eventually I'd like to lead a documentation team.",
    ]
    assert [g.horizon for g in p.goals] == ["short", "long"]
    for g in p.goals:
        assert p.text[g.start:g.end] == g.text
    assert "rebuilt our developer portal in two years" in p.background  # past, not a goal
    assert "lead a documentation team" not in p.background


def test_prose_without_goals_keeps_everything_as_background() -> None:
    p = read_profile("I am a nurse with 10 years of experience.\nI like night shifts.", name="p.txt")
    assert p.goals == () and not p.goals_given
    assert p.background == "I am a nurse with 10 years of experience. I like night shifts."
    assert p.current_role == "nurse" and p.years == 10.0


def test_prose_with_a_colon_is_not_taken_for_yaml() -> None:
    p = read_profile("My goal: lead a platform team.", name="p")
    assert p.format == "prose" and p.goals[0].text == "My goal: lead a platform team."


@pytest.mark.parametrize(("text", "message"), [
    ("goal: [x]\n", "profile.yaml: unknown field 'goal' (did you mean 'goals'?)"),
    ("goals:\n  - a\n  - text: b\n    horizon: soon\n", "profile.yaml: goals[1].horizon: must be one of short, mid, long"),
    ("goals:\n  - txt: b\n", "profile.yaml: goals[0]: unknown field 'txt' (did you mean 'text'?)"),
    ("evidence:\n  project: [x]\n", "profile.yaml: evidence: unknown field 'project' (did you mean 'projects'?)"),
    ("years: four\n", "profile.yaml: years: must be a number"),
    ("level: junior\n", "profile.yaml: level: must be one of entry, mid, senior, lead, executive"),
    ("name: [Ada]\n", "profile.yaml: name: must be a string"),
    ("skills: SQL\n", "profile.yaml: skills: must be a list"),
    ("evidence:\n  results: [1]\n", "profile.yaml: evidence.results[0]: must be a string"),
    ("long_term_open: maybe\n", "profile.yaml: long_term_open: must be true or false"),
    ("goals: {a: 1}\n", "profile.yaml: goals: must be a list of goals or one paragraph"),
    ("years: -3\n", "profile.yaml: years: must be between 0 and 80"),
    ("# nothing but a comment\n", "profile.yaml: the profile is empty"),
    ("  \n", "profile.yaml: the profile is empty"),
    ("name: Ada\n", "profile.yaml: the profile is empty (no role, background, skills, evidence or goals)"),
])
def test_profile_errors(text: str, message: str) -> None:
    assert _error(read_profile, text, name="profile.yaml", format="yaml") == message


def test_profile_syntax_errors_name_the_place() -> None:
    assert _error(read_profile, "name: a\n  b: : c\n", name="p.yaml", format="yaml").startswith(
        "p.yaml: invalid YAML at line 2:")
    assert _error(read_profile, '{"goals": [}', name="p.json", format="json").startswith(
        "p.json: invalid JSON at line 1:")


def test_profile_template_is_valid() -> None:
    text = profile_template()
    assert text.count("#") > 10
    p = read_profile(text, name="profile_template.yaml", format="yaml")
    assert p.goals and p.skills and p.evidence and p.current_role
    for g in p.goals:
        assert p.text[g.start:g.end] == g.text


# --- robustness --------------------------------------------------------------------------------

def test_fuzz_only_input_errors() -> None:
    rng = random.Random(11)
    alphabet = string.printable + "\u00e9\u2019\u201c{}[]<>:#-*&;\"'\x00\ufeff"
    pieces = ["<p>", "</li>", "<script type=\"application/ld+json\">", "{", "}", "[", "]", "\"@type\":",
              "\"JobPosting\"", "goals:", "- ", "text:", "horizon:", "\n", "  ", "experience", "apply", "I want",
              "basics", "\"work\":", ":", ",", "&amp;", "<!--", "**", "#"]
    for i in range(300):
        if i % 3 == 0:
            data: str | bytes = bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))
        elif i % 3 == 1:
            data = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        else:
            data = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        for fmt in (None, "text", "markdown", "html", "json"):
            try:
                read_job(data, format=fmt)
            except InputError:
                pass
        for pfmt in (None, "yaml", "json", "prose"):
            try:
                p = read_profile(data, format=pfmt)
            except InputError:
                continue
            for g in p.goals:
                assert 0 <= g.start <= g.end <= len(p.text)
