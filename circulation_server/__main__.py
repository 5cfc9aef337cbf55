"""``python -m circulation_server`` == ``docflow-server``."""
import sys

from circulation_server.cli import main

if __name__ == "__main__":  # not when a worker process re-imports this module (multiprocessing spawn)
    sys.exit(main())
