"""The frozen app's entry script: `dist/rapport/rapport ARGS` is `rapport ARGS`."""

import sys

import rapport.cli

if __name__ == "__main__":
    sys.exit(rapport.cli.main())
