"""``python -m circulation_server`` == ``docflow-server``."""
import sys

from circulation_server.cli import main

sys.exit(main())
