"""Rule families; importing this package registers every rule."""

from careeralign.critique.rules import fit, risk, structure, style  # noqa: F401
