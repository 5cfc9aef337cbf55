"""Frozen entry point of the command line (``docflow``); same as ``desktop_app.cli:main``."""
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
