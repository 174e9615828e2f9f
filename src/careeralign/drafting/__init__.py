"""Drafting: the three-part composer, the rewrite of a candidate's answer, and the optional language-model polish."""

from careeralign.drafting.composer import compose

__all__ = ["compose"]
