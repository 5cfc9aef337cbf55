"""Frozen entry point of the windowed app (``docflow-app``); same as ``ui.app:main``."""
import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
