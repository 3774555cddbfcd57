"""`python -m allyscope` runs the command line."""

from allyscope.cli import main

main()
