"""PyInstaller run-time hook: programs Docflow starts get the user's library path, not the bundle's.

On Linux the bootloader starts the app with LD_LIBRARY_PATH pointing into the bundle
(``_internal``). The programs Docflow runs -- ``tesseract``, ``pdftoppm``, ``scanimage`` --
are the system's and must load the system's libraries (a bundled libstdc++ or libssl older
than theirs breaks them). The dynamic loader read the variable when this process started, so
restoring it here changes only what child processes inherit.
"""
import os
import sys

if sys.platform.startswith(("linux", "freebsd", "openbsd")):
    _orig = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if _orig:
        os.environ["LD_LIBRARY_PATH"] = _orig
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
