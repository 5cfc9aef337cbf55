"""Frozen entry point of both programs, chosen by the name the program was started as.

``docflow`` (or ``docflow.exe``) is the command line (desktop_app.cli:main); any other name --
``docflow-app``, or an AppImage -- is the window (ui.app:main). On Linux the bundle holds one
executable, ``docflow-app``, and ``docflow`` is a symbolic link to it, so the ~18 MB of
compressed Python code is there once; Windows needs two executables (a console one and a
windowed one) and builds both from this script.
"""
import os
import sys


def program_name() -> str:
    """The name this process was started as (an AppImage's runtime passes it in ARGV0)."""
    name = os.path.basename(os.environ.get("ARGV0") or sys.argv[0]).lower()
    return name[:-4] if name.endswith(".exe") else name


if __name__ == "__main__":
    import multiprocessing

    # The signing process (desktop_app/signing/worker.py) is this program started again: run its
    # work, not the window.
    multiprocessing.freeze_support()
    if program_name() == "docflow":
        from desktop_app.cli import main
    else:
        from ui.app import main
    sys.exit(main())
