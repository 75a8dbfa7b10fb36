"""The packaging files agree with the program: launcher metadata, the PyInstaller spec, icons,
and resources found however peerdesk is installed.

Fast checks only; packaging/build-linux builds the bundle and smoke-tests it for real.
"""

from __future__ import annotations

import ast
import configparser
import importlib.metadata
import re
import struct
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

import peerdesk
from peerdesk import resources
from peerdesk.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
NAVIGATION = (
    "home",
    "groups",
    "venues",
    "people",
    "register",
    "figures",
    "consent",
    "packs",
    "rota",
)
APP_ID = "org.peerdesk.Peerdesk"

sys.path.insert(0, str(PACKAGING))
import bundle_trim  # noqa: E402


def _pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return tomllib.load(stream)


def _command_name() -> str:
    (name,) = _pyproject()["project"]["scripts"]
    return str(name)


# -- launcher metadata -----------------------------------------------------------------------
def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "peerdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_starts_the_peerdesk_command_with_its_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "peerdesk"
    assert entry["Exec"].split()[0] == _command_name() == entry["TryExec"]
    assert entry["Icon"] == "peerdesk"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    # Qt names the window after the desktop file (Wayland app id) and the application (X11
    # class), so that the dock shows peerdesk's icon, not a generic one.
    assert entry["StartupWMClass"] == "peerdesk"
    app_source = (ROOT / "peerdesk" / "ui" / "app.py").read_text(encoding="utf-8")
    assert 'setDesktopFileName("peerdesk")' in app_source
    assert 'setApplicationName("peerdesk")' in app_source


def test_the_appstream_metadata_names_the_program_its_launcher_and_this_version() -> None:
    component = ElementTree.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == _pyproject()["project"]["license"]
    launchable = component.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == "peerdesk.desktop"
    assert (LINUX / "peerdesk.desktop").is_file()
    assert component.findtext("provides/binary") == _command_name()
    assert component.findtext("summary")
    assert len(component.findall("description/p")) >= 1
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == peerdesk.__version__, (
        "add a <release> for the new version to the AppStream metadata"
    )
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))


# -- the PyInstaller spec ----------------------------------------------------------------------
Calls = list[tuple[str, tuple[Any, ...], dict[str, Any]]]


class _Recorder:
    """Stands in for one of PyInstaller's build steps, remembering what it was given."""

    def __init__(self, calls: Calls, name: str):
        self.calls = calls
        self.name = name

    def __call__(self, *args: Any, **kwargs: Any) -> SimpleNamespace:
        self.calls.append((self.name, args, kwargs))
        return SimpleNamespace(binaries=[], datas=[], pure=[], scripts=[], zipped_data=[])


def _run_spec() -> Calls:
    """The spec run with PyInstaller's build steps stubbed: each step and what it was given."""
    calls: Calls = []
    namespace: dict[str, Any] = {"SPECPATH": str(PACKAGING), "__name__": "__main__"}
    for step in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[step] = _Recorder(calls, step)
    source = (PACKAGING / "peerdesk.spec").read_text(encoding="utf-8")
    exec(compile(source, "peerdesk.spec", "exec"), namespace)
    return calls


@pytest.fixture(scope="module")
def spec() -> dict[str, dict[str, Any]]:
    """What each build step was given, by the step's name (on Linux, each runs once)."""
    return {name: {"args": args, **kwargs} for name, args, kwargs in _run_spec()}


def test_the_spec_bundles_resources_and_every_migration_as_files(
    spec: dict[str, dict[str, Any]],
) -> None:
    datas = {(Path(source), target) for source, target in spec["Analysis"]["datas"]}
    assert (ROOT / "resources", "resources") in datas
    migrations = ROOT / "peerdesk" / "core" / "migrations"
    assert (migrations / "env.py", "peerdesk/core/migrations") in datas
    assert (migrations / "script.py.mako", "peerdesk/core/migrations") in datas
    versions = sorted((migrations / "versions").glob("*.py"))
    assert versions
    for version in versions:
        assert (version, "peerdesk/core/migrations/versions") in datas


def test_the_spec_makes_a_windowed_one_folder_peerdesk(spec: dict[str, dict[str, Any]]) -> None:
    (script,) = spec["Analysis"]["args"][0]
    assert Path(script) == PACKAGING / "launcher.py"
    assert spec["EXE"]["name"] == _command_name()
    assert spec["EXE"]["exclude_binaries"] is True  # one folder, not one file
    assert spec["EXE"]["console"] is False
    assert spec["EXE"]["icon"] is None  # on Linux the desktop file names the icon
    assert spec["COLLECT"]["name"] == "peerdesk"
    hidden = set(spec["Analysis"]["hiddenimports"])
    assert {"sqlcipher3", "argon2", "tzdata", "icalendar", "openpyxl", "alembic.op"} <= hidden


def _imported_modules() -> set[str]:
    """Every module peerdesk's own code imports (absolute imports, at any depth)."""
    found: set[str] = set()
    for file in (ROOT / "peerdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_spec_leaves_out_only_what_peerdesk_never_imports(
    spec: dict[str, dict[str, Any]],
) -> None:
    excluded = set(spec["Analysis"]["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.QtMultimedia"} <= excluded
    clashes = {
        module
        for module in _imported_modules()
        if any(module == gone or module.startswith(f"{gone}.") for gone in excluded)
    }
    assert not clashes, f"peerdesk imports what packaging/peerdesk.spec leaves out: {clashes}"


@pytest.mark.parametrize(
    "plugin",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    ],
)
def test_plugins_a_desktop_needs_stay_in_the_bundle(plugin: str) -> None:
    assert not bundle_trim.is_unused_plugin(plugin)


@pytest.mark.parametrize(
    "plugin",
    [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
        "PySide6/Qt/plugins/imageformats/qtiff.dll",
    ],
)
def test_plugins_peerdesk_never_loads_are_left_out(plugin: str) -> None:
    assert bundle_trim.is_unused_plugin(plugin)


def test_libraries_go_only_when_nothing_kept_needs_them() -> None:
    links = {
        "gtk3.so": ["libcairo.so.2", "libglib.so.0"],
        "qxcb.so": ["libglib.so.0", "libQt6Gui.so.6"],
        "QtGui.so": ["libQt6Gui.so.6"],
        "cairo.so": [],
        "glib.so": [],
        "Gui.so": [],
    }
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "gtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "qxcb.so", "BINARY"),
        ("PySide6/QtGui.abi3.so", "QtGui.so", "EXTENSION"),
        ("libcairo.so.2", "cairo.so", "BINARY"),
        ("libglib.so.0", "glib.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "Gui.so", "BINARY"),
    ]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libcairo-link.so", "libcairo.so.2", "SYMLINK"),
        ("resources", "resources", "DATA"),
    ]
    kept, kept_datas, left_out = bundle_trim.trim(binaries, datas, lambda file: links[file])
    assert [dest for dest, _src, _kind in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/QtGui.abi3.so",
        "libglib.so.0",
        "PySide6/Qt/lib/libQt6Gui.so.6",
    ]
    assert [dest for dest, _src, _kind in kept_datas] == ["libQt6Gui.so.6", "resources"]
    assert left_out == ["libqgtk3.so", "libcairo.so.2"]


# -- icons -------------------------------------------------------------------------------------
def _render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid(), f"Qt cannot draw {svg.name}"
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _inked(image: QImage) -> int:
    """How many pixels are mostly opaque."""
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 128
    )


def _svgs() -> list[Path]:
    return sorted(ICONS.glob("*.svg"))


def test_there_is_an_icon_for_every_section_of_the_navigation() -> None:
    for section in NAVIGATION:
        assert (ICONS / f"nav-{section}.svg").is_file(), f"no icon for {section}"


@pytest.mark.parametrize("svg", _svgs(), ids=lambda path: path.name)
def test_every_icon_parses_and_draws_something_at_16_px(qapp: QApplication, svg: Path) -> None:
    root = ElementTree.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.findtext("{http://www.w3.org/2000/svg}title"), "an icon names what it shows"
    inked = _inked(_render(svg, 16))
    assert 24 <= inked < 16 * 16, f"{svg.name} at 16 px has {inked} solid pixels"


@pytest.mark.parametrize("section", NAVIGATION)
def test_navigation_icons_are_one_colour_on_a_16_px_grid(section: str) -> None:
    text = (ICONS / f"nav-{section}.svg").read_text(encoding="utf-8")
    root = ElementTree.fromstring(text)
    assert root.get("viewBox") == "0 0 16 16"
    # One colour, so that the window can recolour them to suit a dark or high-contrast theme.
    assert len(set(re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"', text))) == 1


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_app_icon_is_rendered_for_every_linux_icon_size(qapp: QApplication, size: int) -> None:
    png = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "peerdesk.png"
    image = QImage(str(png))
    assert not image.isNull(), f"{png} is missing or not an image"
    assert (image.width(), image.height()) == (size, size)
    assert _inked(image) > size * size // 2


def test_on_windows_the_spec_adds_a_console_twin_and_the_icon(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    calls = _run_spec()
    executables = [kwargs for name, _args, kwargs in calls if name == "EXE"]
    assert [(exe["name"], exe["console"]) for exe in executables] == [
        ("peerdesk", False),
        ("peerdesk-cli", True),  # a windowed .exe has no standard output on Windows
    ]
    for exe in executables:
        assert Path(exe["icon"]) == PACKAGING / "windows" / "peerdesk.ico"
        assert Path(exe["icon"]).is_file()
    (collect,) = [kwargs for name, _args, kwargs in calls if name == "COLLECT"]
    assert collect["strip"] is False


def test_on_macos_the_spec_makes_an_app_with_the_appstream_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    (bundle,) = [kwargs for name, _args, kwargs in _run_spec() if name == "BUNDLE"]
    assert bundle["name"] == "peerdesk.app"
    assert bundle["bundle_identifier"] == APP_ID
    assert bundle["version"] == peerdesk.__version__
    assert Path(bundle["icon"]).is_file()


def test_the_windows_icon_holds_every_size() -> None:
    data = (PACKAGING / "windows" / "peerdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sides = [data[6 + 16 * index] or 256 for index in range(count)]
    assert sorted(sides) == list(ICON_SIZES)


# -- resources, however peerdesk is installed ------------------------------------------------
def test_the_installed_package_finds_its_fonts_and_handouts() -> None:
    assert resource_path("fonts", "DejaVuSans.ttf").stat().st_size > 100_000
    assert resource_path("handouts", "what-peer-support-is.json").is_file()
    assert resource_path("templates", "consent-form.json").is_file()


def test_a_wheel_installs_every_resources_folder() -> None:
    data_files = _pyproject()["tool"]["setuptools"]["data-files"]
    listed = {pattern: target for target, patterns in data_files.items() for pattern in patterns}
    for folder in sorted(path for path in (ROOT / "resources").iterdir() if path.is_dir()):
        pattern = f"resources/{folder.name}/*"
        assert listed.get(pattern) == f"share/peerdesk/{folder.name}", (
            f'add "share/peerdesk/{folder.name}" = ["{pattern}"] to [tool.setuptools.data-files]'
        )
        nested = [path.name for path in folder.iterdir() if path.is_dir()]
        assert not nested, f"resources/{folder.name} has folders a wheel would not install"


def test_an_installed_wheel_is_found_through_its_record(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """pip install (not -e) puts resources in <prefix>/share/peerdesk and lists them."""
    share = tmp_path / "share" / "peerdesk"
    (share / "icons").mkdir(parents=True)
    (share / "icons" / "peerdesk.svg").write_text("<svg/>", encoding="utf-8")

    class Recorded:
        def __init__(self, relative: str) -> None:
            self.relative = relative

        def as_posix(self) -> str:
            return self.relative

        def locate(self) -> Path:
            return tmp_path / "lib" / "site-packages" / self.relative

    (tmp_path / "lib" / "site-packages").mkdir(parents=True)
    record = [Recorded("peerdesk/__init__.py"), Recorded("../../share/peerdesk/icons/peerdesk.svg")]
    distribution = SimpleNamespace(files=record)
    monkeypatch.setattr(importlib.metadata, "distribution", lambda _name: distribution)
    resources._installed_root.cache_clear()
    try:
        assert resources._installed_root() == share
    finally:
        resources._installed_root.cache_clear()
