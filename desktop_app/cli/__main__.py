"""``python -m desktop_app.cli`` — the same as the ``docflow`` command."""
import sys

from desktop_app.cli import main

sys.exit(main())
