"""The local web app (FastAPI, Jinja2 templates, vendored htmx): `careeralign serve`."""
