"""Run the CLI with `python -m careeralign`."""

from careeralign.cli import main

main()
