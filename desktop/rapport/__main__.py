"""python -m rapport: the same entry point as the `rapport` command."""

import sys

from rapport.cli import main

sys.exit(main())
