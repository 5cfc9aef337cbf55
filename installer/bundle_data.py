"""What the Docflow bundle carries besides Python modules; shared by docflow.spec and its tests.

Kept free of PyInstaller imports so that the tests can check the lists without building.
Every path is relative to the repository root; each entry of :func:`project_datas` is
``(source file, folder inside the bundle)`` in the form PyInstaller's ``datas`` takes.
"""
from __future__ import annotations

import fnmatch
import re
from pathlib import Path

# Our packages, collected whole (some modules are imported lazily by name, e.g. desktop_app.signing).
PACKAGES = ("desktop_app", "ui", "docflow_protocol", "resources")



def package_data_globs(root: Path) -> tuple[str, ...]:
    """Files loaded at run time from beside the code (Path(__file__)-relative): the globs of
    ``[tool.setuptools.package-data]`` in pyproject.toml, read from there so the bundle and a pip
    install carry the same files (read by pattern: ``tomllib`` is not in Python 3.10)."""
    text = (Path(root) / "pyproject.toml").read_text(encoding="utf-8")
    m = re.search(r'^\[tool\.setuptools\.package-data\]\s*^"\*"\s*=\s*\[(.*?)\]', text, re.M | re.S)
    if m is None:
        raise ValueError("pyproject.toml has no [tool.setuptools.package-data] \"*\" = [...] line")
    return tuple(re.findall(r'"([^"]+)"', m.group(1)))

# Alembic reads env.py and versions/*.py as source files from desktop_app/db/migrations
# (desktop_app.db.engine.MIGRATIONS_DIR), so they go in as data, not only as frozen modules.
MIGRATIONS = Path("desktop_app/db/migrations")

# Not used by the desktop client: the reference server and its web stack, the test tools,
# the signing-test PKI, and GUI toolkits/heavy libraries that optional imports would drag in.
EXCLUDES = [
    "circulation_server", "fastapi", "starlette", "uvicorn", "httptools", "uvloop", "watchfiles", "websockets",
    "pydantic", "pydantic_core", "psycopg", "psycopg_binary", "psycopg_pool", "argon2", "anyio",
    "httpx", "httpcore", "tusclient", "certomancer", "certomancer_csc_dummy",
    "tests", "pytest", "_pytest", "pytestqt", "pytest_timeout", "pluggy", "py",
    "PyInstaller", "setuptools", "pip", "wheel",
    "tkinter", "_tkinter", "IPython", "matplotlib", "scipy", "pandas", "jinja2",
    # PyYAML is reached only through numpy.__config__ (aiohttp must stay: pyhanko.sign.timestamps imports it).
    "yaml",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.Qt3DCore", "PySide6.QtMultimedia",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtDesigner", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors",
    "PySide6.QtSerialPort", "PySide6.QtHelp", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
]

# Windows-only scanner bridges (desktop_app.intake.windows imports them inside methods).
WINDOWS_HIDDEN_IMPORTS = ["comtypes", "comtypes.client", "twain", "keyring.backends.Windows"]

# Loaded by name at run time: the SQLite dialect (from the URL) and Alembic's op/context proxies
# used by the migration scripts, which PyInstaller does not analyse because they are data.
HIDDEN_IMPORTS = ["sqlalchemy.dialects.sqlite", "alembic.op", "alembic.context", "alembic.ddl.sqlite",
                  "alembic.runtime.migration", "alembic.script"]


# Linux only: Qt plug-ins Docflow does not use and the libraries only they pull in (measured with
# ldd over the built bundle): the virtual on-screen keyboard (Qt Quick/QML, ~20 MB) and the GTK3
# platform theme (the GTK/cairo/pango stack of the build machine, ~12 MB). Qt falls back to its
# own Fusion look. Names are the files' base names in the bundle.
LINUX_DROP_BINARIES = {
    "libqtvirtualkeyboardplugin.so", "libqgtk3.so",
    "libQt6Qml.so.6", "libQt6QmlMeta.so.6", "libQt6QmlModels.so.6", "libQt6QmlWorkerScript.so.6",
    "libQt6Quick.so.6", "libQt6VirtualKeyboard.so.6", "libQt6VirtualKeyboardQml.so.6",
    "libgtk-3.so.0", "libgdk-3.so.0", "libgdk_pixbuf-2.0.so.0", "libatk-1.0.so.0", "libatk-bridge-2.0.so.0",
    "libatspi.so.0", "libcairo-gobject.so.2", "libcairo.so.2", "libpixman-1.so.0", "libepoxy.so.0",
    "libpango-1.0.so.0", "libpangocairo-1.0.so.0", "libpangoft2-1.0.so.0", "libharfbuzz.so.0",
    "libgraphite2.so.3", "libfribidi.so.0", "libthai.so.0", "libdatrie.so.1",
    "libXcomposite.so.1", "libXcursor.so.1", "libXdamage.so.1", "libXext.so.6", "libXfixes.so.3",
    "libXi.so.6", "libXinerama.so.1", "libXrandr.so.2", "libXrender.so.1",
}


def keep_binary(dest_name: str, platform: str) -> bool:
    """False for a binary the Linux bundle leaves out (see LINUX_DROP_BINARIES)."""
    if not platform.startswith("linux"):
        return True
    return Path(dest_name).name not in LINUX_DROP_BINARIES


# Qt's own translations: only the languages Docflow speaks (ui.i18n loads qtbase_<lang>.qm).
QT_TRANSLATIONS_DIR = "PySide6/Qt/translations"
QT_TRANSLATIONS_KEPT = {f"{stem}_{lang}.qm" for stem in ("qt", "qtbase") for lang in ("az", "ru", "en")}


def keep_data(dest_name: str, platform: str) -> bool:
    """False for a data file the Linux bundle leaves out (Qt translations of other languages)."""
    path = Path(dest_name)
    if not platform.startswith("linux") or path.parent.as_posix() != QT_TRANSLATIONS_DIR:
        return True
    return path.name in QT_TRANSLATIONS_KEPT




def project_datas(root: Path) -> list[tuple[str, str]]:
    """``(source, bundle folder)`` for every run-time data file of our packages, migrations included."""
    root = Path(root)
    globs = package_data_globs(root)
    out: dict[str, str] = {}
    for pkg in PACKAGES:
        for path in sorted((root / pkg).rglob("*")):
            if (path.is_file() and "__pycache__" not in path.parts
                    and any(fnmatch.fnmatch(path.name, g) for g in globs)):
                out[str(path)] = str(path.parent.relative_to(root))
    for path in sorted((root / MIGRATIONS).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".mako"):
            out[str(path)] = str(path.parent.relative_to(root))
    return sorted(out.items())
