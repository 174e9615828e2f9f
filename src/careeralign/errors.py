"""The one error family of careeralign."""

from __future__ import annotations


class CareerAlignError(Exception):
    """Base of every error careeralign raises on purpose."""

    exit_code = 4


class InputError(CareerAlignError):
    """Bad input: a file, a field or a value that cannot be used."""


class ConfigError(CareerAlignError):
    """A configuration file or setting that cannot be used."""


class StoreError(CareerAlignError):
    """The practice store could not be read or written."""
