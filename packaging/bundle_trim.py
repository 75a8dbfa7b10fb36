"""Leave out of the bundle the Qt plugins peerdesk never loads, and the libraries only they need.

Used by ``packaging/peerdesk.spec`` after PyInstaller's analysis. PyInstaller's Qt hooks collect
every plugin of a kind (every platform, every image format ...), and with them whatever system
libraries those plugins link: Qt's GTK 3 theme alone brings cairo, pango, gdk-pixbuf, atk and a
dozen more from the build machine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

# (destination in the bundle, source file, kind), as in PyInstaller's TOC lists.
Entry = tuple[str, str, str]

# A desktop peerdesk draws on X11 or Wayland (and offscreen, for the smoke test), is offline,
# and shows only SVG and PNG images. Given as "folder/name" (the file name without "lib" and
# extension, so the same list reads on every system), or "folder/*" for a whole folder.
UNUSED_QT_PLUGINS = frozenset(
    {
        "egldeviceintegrations/*",  # embedded boards without a window system
        "generic/*",  # raw evdev/tuio input, for those same boards
        "networkinformation/*",  # peerdesk never goes online
        "tls/*",
        "platforms/qeglfs",
        "platforms/qlinuxfb",
        "platforms/qminimal",
        "platforms/qminimalegl",
        "platforms/qvnc",
        "platforms/qvkkhrdisplay",
        # Qt's GTK 3 theme links the whole GTK stack, which would be bundled from the build
        # machine and mixed with the desktop's own GTK; the portal theme (qxdgdesktopportal)
        # stays, for the desktop's own file dialogs.
        "platformthemes/qgtk3",
        "platforminputcontexts/qtvirtualkeyboardplugin",  # on-screen keyboard (needs Qt Quick)
        "imageformats/qtiff",
        "imageformats/qwebp",
        "imageformats/qtga",
        "imageformats/qwbmp",
        "imageformats/qicns",
        "imageformats/qpdf",  # a PDF as a picture; the pack preview uses QtPdf itself
    }
)


def plugin_key(destination: str) -> tuple[str, str] | None:
    """("platforms", "qxcb") for ".../plugins/platforms/libqxcb.so"; None for anything else."""
    parts = Path(destination).parts
    if "plugins" not in parts or len(parts) != parts.index("plugins") + 3:
        return None
    folder, file = parts[-2], parts[-1]
    return folder, file.split(".")[0].removeprefix("lib")


def is_unused_plugin(destination: str) -> bool:
    key = plugin_key(destination)
    if key is None:
        return False
    folder, name = key
    return f"{folder}/*" in UNUSED_QT_PLUGINS or f"{folder}/{name}" in UNUSED_QT_PLUGINS


def _closure(
    sources: Iterable[str], by_name: dict[str, str], imports: Callable[[str], Iterable[str]]
) -> set[str]:
    """File names of the bundled libraries that ``sources`` load, directly or not."""
    seen: set[str] = set()
    todo = list(sources)
    while todo:
        for name in imports(todo.pop()):
            base = Path(name).name
            if base in by_name and base not in seen:
                seen.add(base)
                todo.append(by_name[base])
    return seen


def trim(
    binaries: list[Entry], datas: list[Entry], imports: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry], list[str]]:
    """``binaries`` and ``datas`` without the unused plugins, the libraries nothing else
    needs, and the links to those; with the names of what was left out.

    ``imports(file)`` names the shared libraries a binary links (PyInstaller's own analysis).
    """
    by_name = {Path(dest).name: src for dest, src, _kind in binaries}
    dropped = [entry for entry in binaries if is_unused_plugin(entry[0])]
    # What the program loads itself: Python's extension modules, libpython and the plugins
    # kept. Every other shared library is there because one of those needs it.
    roots = [
        (dest, src)
        for dest, src, kind in binaries
        if not is_unused_plugin(dest)
        and (kind == "EXTENSION" or plugin_key(dest) is not None or "python3" in dest)
    ]
    needed = _closure((src for _dest, src in roots), by_name, imports)
    needed |= {Path(dest).name for dest, _src in roots}
    orphans = _closure((src for _dest, src, _kind in dropped), by_name, imports) - needed
    kept = [
        entry
        for entry in binaries
        if not is_unused_plugin(entry[0]) and Path(entry[0]).name not in orphans
    ]
    kept_names = {dest for dest, _src, _kind in kept}
    # PyInstaller links libQt6Quick.so.6 -> PySide6/Qt/lib/libQt6Quick.so.6: no dangling links.
    kept_datas = [entry for entry in datas if entry[2] != "SYMLINK" or entry[1] in kept_names]
    left_out = sorted(Path(dest).name for dest, _src, _kind in dropped) + sorted(orphans)
    return kept, kept_datas, left_out
