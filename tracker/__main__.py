"""`python -m tracker ...`: the same CLI as the `tracker` command, for when the script is not on PATH."""

from tracker.cli import main

main()
