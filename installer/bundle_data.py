"""What the Docflow bundle carries besides Python modules; shared by docflow.spec and its tests.

Kept free of PyInstaller imports so that the tests can check the lists without building.
Every path is relative to the repository root; each entry of :func:`project_datas` is
``(source file, folder inside the bundle)`` in the form PyInstaller's ``datas`` takes.
"""
from __future__ import annotations

import fnmatch
import os
import re
import subprocess
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
    # Reached only through optional imports of libraries we use, never on Docflow's paths:
    # syntax highlighting for Mako's error pages; the database dialects other than SQLite (the
    # client's database is SQLite only; PostgreSQL's stays: alembic.ddl imports it); NumPy's
    # build tools; the interactive prompt's readline; lxml's parts other than etree (pikepdf
    # reads XMP metadata with etree); Pillow's AVIF codec (4.9 MB; Docflow imports PDF, PNG,
    # JPEG and TIFF only) and its Tk bridge.
    "pygments", "mako.ext.pygmentplugin",
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle", "sqlalchemy.testing",
    "alembic.testing",
    "numpy.f2py", "numpy.distutils", "distutils", "lib2to3", "readline",
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.cssselect", "lxml.doctestcompare", "lxml.usedoctest",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._imagingtk", "PIL.ImageTk",
    # Qt's Python bindings Docflow never imports (libQt6Network itself stays: QtPdf links it), and
    # Python's Chinese/Japanese/Korean codecs.
    "PySide6.QtNetwork", "PySide6.QtDBus",
    "_codecs_jp", "_codecs_hk", "_codecs_cn", "_codecs_kr", "_codecs_tw", "_codecs_iso2022",
]

# Windows-only scanner bridges (desktop_app.intake.windows imports them inside methods).
WINDOWS_HIDDEN_IMPORTS = ["comtypes", "comtypes.client", "twain", "keyring.backends.Windows"]

# Loaded by name at run time: the SQLite dialect (from the URL) and Alembic's op/context proxies
# used by the migration scripts, which PyInstaller does not analyse because they are data.
HIDDEN_IMPORTS = ["sqlalchemy.dialects.sqlite", "alembic.op", "alembic.context", "alembic.ddl.sqlite",
                  "alembic.runtime.migration", "alembic.script"]


# Linux only: the Qt plug-ins Docflow uses; every other plug-in is left out, and with it the Qt
# libraries only those need. Paths are relative to PySide6/Qt/plugins.
#   platforms: X11 (xcb), Wayland, and offscreen (tests, the self-test with no screen);
#   xcb/Wayland helpers: GL integrations, Wayland window decorations and the xdg shell;
#   input methods: IBus and compose keys (typing Azerbaijani letters), the desktop portal theme
#   (native file dialogs in sandboxes); image formats: JPEG and TIFF (previews of imported images;
#   PNG is built into Qt), SVG (icons).
# Left out: the framebuffer/EGL/VNC/Vulkan platforms, touch/evdev input, TLS and network-status
# back-ends (Docflow's HTTP goes through Python's requests, not Qt), the other image formats.
LINUX_QT_PLUGINS = frozenset({
    "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
    "xcbglintegrations/libqxcb-glx-integration.so", "xcbglintegrations/libqxcb-egl-integration.so",
    "wayland-shell-integration/libxdg-shell.so", "wayland-decoration-client/libbradient.so",
    "wayland-decoration-client/libadwaita.so", "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platformthemes/libqxdgdesktopportal.so",
    "imageformats/libqjpeg.so", "imageformats/libqtiff.so", "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
})
QT_PLUGINS_DIR = "PySide6/Qt/plugins/"

# Linux only: libraries that only left-out plug-ins need (checked by the bundle test, which runs
# ldd over every library kept), the GTK3/cairo/pango stack of the build machine that only the
# GTK3 theme plug-in needs, and the desktop's own libraries (X11, GLib, D-Bus, fontconfig and
# FreeType, Kerberos for Qt Network, readline): every desktop system with the bundle's glibc has
# them (the .deb depends on their packages), and the system's copies match its own services and
# configuration files. Names are the files' base names in the bundle.
LINUX_SYSTEM_LIBRARIES = {
    "libX11.so.6", "libX11-xcb.so.1", "libXau.so.6", "libXdmcp.so.6", "libbsd.so.0", "libmd.so.0",
    "libglib-2.0.so.0", "libgio-2.0.so.0", "libgobject-2.0.so.0", "libgthread-2.0.so.0", "libgmodule-2.0.so.0",
    "libpcre2-8.so.0", "libmount.so.1", "libblkid.so.1", "libselinux.so.1",
    "libdbus-1.so.3", "libsystemd.so.0", "libgcrypt.so.20", "libgpg-error.so.0", "liblz4.so.1", "libcap.so.2",
    "libfontconfig.so.1", "libfreetype.so.6", "libexpat.so.1", "libpng16.so.16", "libbrotlidec.so.1",
    "libbrotlicommon.so.1",
    "libgssapi_krb5.so.2", "libkrb5.so.3", "libk5crypto.so.3", "libkrb5support.so.0", "libcom_err.so.2",
    "libkeyutils.so.1", "libreadline.so.8", "libtinfo.so.6",
}
LINUX_DROP_BINARIES = LINUX_SYSTEM_LIBRARIES | {
    "libQt6EglFSDeviceIntegration.so.6", "libQt6EglFsKmsSupport.so.6", "libQt6WlShellIntegration.so.6",
    "libQt6Qml.so.6", "libQt6QmlMeta.so.6", "libQt6QmlModels.so.6", "libQt6QmlWorkerScript.so.6",
    "libQt6Quick.so.6", "libQt6VirtualKeyboard.so.6", "libQt6VirtualKeyboardQml.so.6",
    "libgtk-3.so.0", "libgdk-3.so.0", "libgdk_pixbuf-2.0.so.0", "libatk-1.0.so.0", "libatk-bridge-2.0.so.0",
    "libatspi.so.0", "libcairo-gobject.so.2", "libcairo.so.2", "libpixman-1.so.0", "libepoxy.so.0",
    "libpango-1.0.so.0", "libpangocairo-1.0.so.0", "libpangoft2-1.0.so.0", "libharfbuzz.so.0",
    "libgraphite2.so.3", "libfribidi.so.0", "libthai.so.0", "libdatrie.so.1",
    "libXcomposite.so.1", "libXcursor.so.1", "libXdamage.so.1", "libXext.so.6", "libXfixes.so.3",
    "libXi.so.6", "libXinerama.so.1", "libXrandr.so.2", "libXrender.so.1",
}


# Windows: the same pruning as a list of what to leave out (not checked here: no Windows). Qt's
# software OpenGL (opengl32sw.dll, ~20 MB) and the Direct3D shader compiler are loaded only for
# OpenGL/Quick content, which Docflow's widgets do not have.
WINDOWS_QT_PLUGINS_DIR = "PySide6/plugins/"
WINDOWS_QT_PLUGIN_FOLDERS_DROPPED = {"generic", "tls", "networkinformation", "qmltooling", "position", "sensors",
                                     "multimedia", "sqldrivers", "virtualkeyboard", "canbus", "designer"}
WINDOWS_QT_PLUGINS_KEPT = {"platforms": {"qwindows.dll", "qoffscreen.dll", "qminimal.dll"},
                           "imageformats": {"qjpeg.dll", "qtiff.dll", "qsvg.dll", "qico.dll"}}
WINDOWS_DROP_BINARIES = {"opengl32sw.dll", "d3dcompiler_47.dll", "Qt6Quick.dll", "Qt6Qml.dll", "Qt6QmlModels.dll",
                         "Qt6QmlMeta.dll", "Qt6QmlWorkerScript.dll", "Qt6VirtualKeyboard.dll"}


def keep_binary(dest_name: str, platform: str) -> bool:
    """False for a binary the bundle leaves out: on Linux a Qt plug-in not in LINUX_QT_PLUGINS or one
    of LINUX_DROP_BINARIES, on Windows what the WINDOWS_* lists leave out."""
    dest = Path(dest_name).as_posix()
    if platform.startswith("linux"):
        if dest.startswith(QT_PLUGINS_DIR):
            return dest[len(QT_PLUGINS_DIR):] in LINUX_QT_PLUGINS
        return Path(dest).name not in LINUX_DROP_BINARIES
    if platform == "win32":
        if dest.startswith(WINDOWS_QT_PLUGINS_DIR):
            folder, _, name = dest[len(WINDOWS_QT_PLUGINS_DIR):].partition("/")
            if folder in WINDOWS_QT_PLUGIN_FOLDERS_DROPPED:
                return False
            return name in WINDOWS_QT_PLUGINS_KEPT.get(folder, {name})
        return Path(dest).name not in WINDOWS_DROP_BINARIES
    return True


# Qt's own translations: only the languages Docflow speaks (ui.i18n loads qtbase_<lang>.qm);
# Linux and Windows wheels keep them in different folders.
QT_TRANSLATIONS_DIRS = ("PySide6/Qt/translations", "PySide6/translations")
QT_TRANSLATIONS_KEPT = {f"{stem}_{lang}.qm" for stem in ("qt", "qtbase") for lang in ("az", "ru", "en")}


def keep_data(dest_name: str, platform: str) -> bool:
    """False for a data file the bundle leaves out (Qt translations of other languages)."""
    path = Path(dest_name)
    if path.parent.as_posix() not in QT_TRANSLATIONS_DIRS:
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


def tidy_linux_bundle(bundle: Path) -> int:
    """After COLLECT: remove the links PyInstaller made at the top of ``_internal`` to libraries
    that the lists above left out (they would dangle), then strip. Returns the bytes saved."""
    for path in (Path(bundle) / "_internal").iterdir():
        if path.is_symlink() and not path.exists():
            path.unlink()
    return strip_linux_binaries(bundle)


def strip_linux_binaries(bundle: Path) -> int:
    """``strip --strip-unneeded`` every ELF library under ``bundle/_internal`` (~66 MB of symbols)
    except the wheels' own vendored libraries (``*.libs/`` folders): patchelf rewrote those and
    strip breaks them ("ELF load command address/offset not page-aligned", seen with NumPy's
    OpenBLAS). The executables are left alone (their Python archive is appended to the ELF).
    Returns the bytes saved."""
    saved = 0
    for dirpath, dirnames, files in os.walk(Path(bundle) / "_internal"):
        dirnames[:] = [d for d in dirnames if not d.endswith(".libs")]
        for name in files:
            path = Path(dirpath) / name
            if path.is_symlink() or not _is_elf(path):
                continue
            before = path.stat().st_size
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True, capture_output=True)
            saved += before - path.stat().st_size
    return saved


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"
