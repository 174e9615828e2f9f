"""Renderers: critique results as JSON, Markdown and terminal text."""
