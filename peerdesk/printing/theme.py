"""Paper, fonts and sizes for everything peerdesk prints: normal or large print, A4 or Letter.

Colours stay black and greys so that a sheet photocopies cleanly. The font is DejaVu Sans, shipped
in ``resources/fonts`` (it has every accented letter a name may need; see LICENSE-DejaVu.txt); only
if those files are missing, reportlab's built-in Helvetica, which still prints curly quotes and
dashes.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, LETTER  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from peerdesk.resources import resources_root

Paper = Literal["A4", "Letter"]
PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

INK = colors.black
MUTED = colors.HexColor("#4d4d4d")  # secondary text: still dark enough to photocopy
RULE = colors.HexColor("#8c8c8c")  # lines to write on, box outlines
SHADE = colors.HexColor("#f0f0f0")  # the lightest tint, behind the answers section


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    bold_italic: str


HELVETICA = FontSet("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique")

_DEJAVU_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    # Optional: nothing peerdesk prints needs italics, so only the two faces above are shipped.
    # Where these are missing, italic text is set upright in the same weight.
    "italic": "DejaVuSans-Oblique.ttf",
    "bold_italic": "DejaVuSans-BoldOblique.ttf",
}
_REQUIRED = ("regular", "bold")
_UPRIGHT = {"italic": "regular", "bold_italic": "bold"}


def font_folders() -> tuple[Path, ...]:
    """Where the fonts are: only our own ``resources/fonts``, so that a sheet prints the same on
    every computer and never depends on what happens to be installed."""
    return (resources_root() / "fonts",)


@functools.cache
def find_fonts(folders: Sequence[Path] | None = None) -> FontSet:
    """Register DejaVu Sans from the first folder that has it, else use Helvetica."""
    for folder in font_folders() if folders is None else folders:
        paths = {face: folder / name for face, name in _DEJAVU_FILES.items()}
        if not all(paths[face].is_file() for face in _REQUIRED):
            continue
        try:
            names: dict[str, str] = {}
            for face, path in paths.items():
                if path.is_file():
                    pdfmetrics.registerFont(TTFont(_dejavu_name(face), str(path)))
                    names[face] = _dejavu_name(face)
            for face, upright in _UPRIGHT.items():
                names.setdefault(face, names[upright])
        except Exception:  # a damaged or unreadable font file: fall back, never fail to print
            continue
        pdfmetrics.registerFontFamily(
            "DejaVuSans",
            normal=names["regular"],
            bold=names["bold"],
            italic=names["italic"],
            boldItalic=names["bold_italic"],
        )
        return FontSet(names["regular"], names["bold"], names["italic"], names["bold_italic"])
    return HELVETICA


def _dejavu_name(face: str) -> str:
    return {
        "regular": "DejaVuSans",
        "bold": "DejaVuSans-Bold",
        "italic": "DejaVuSans-Oblique",
        "bold_italic": "DejaVuSans-BoldOblique",
    }[face]


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    intro: ParagraphStyle
    label: ParagraphStyle
    label_bold: ParagraphStyle  # a label beside its value: bold, no space after
    note: ParagraphStyle  # a little smaller than body text, still black
    small: ParagraphStyle


@dataclass(frozen=True)
class Theme:
    """How a sheet looks. Sizes are in points (1/72 inch)."""

    paper: Paper = "A4"
    large_print: bool = False
    base_size: float = 11.5
    margin: float = 18 * mm
    footer_height: float = 14 * mm  # reserved at the bottom of each page for the footer
    fonts: FontSet = HELVETICA

    @classmethod
    def normal(cls, paper: Paper = "A4", *, fonts: FontSet | None = None) -> Theme:
        return cls(
            paper=paper,
            large_print=False,
            base_size=11.5,
            margin=18 * mm,
            fonts=fonts or find_fonts(),
        )

    @classmethod
    def large(cls, paper: Paper = "A4", *, fonts: FontSet | None = None) -> Theme:
        return cls(
            paper=paper,
            large_print=True,
            base_size=16,
            margin=14 * mm,
            footer_height=16 * mm,
            fonts=fonts or find_fonts(),
        )

    @classmethod
    def for_print(cls, paper: Paper = "A4", *, large_print: bool = False) -> Theme:
        return cls.large(paper) if large_print else cls.normal(paper)

    @property
    def page_size(self) -> tuple[float, float]:
        if self.paper not in PAPER_SIZES:
            raise ValueError(f"Unknown paper size {self.paper!r}: use A4 or Letter.")
        return PAPER_SIZES[self.paper]

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - 2 * self.margin

    @property
    def bottom_margin(self) -> float:
        """The page margin plus room for the footer."""
        return self.margin * 0.55 + self.footer_height + self.base_size * 0.6

    @property
    def frame_height(self) -> float:
        """The height left for a sheet's content on each page (less the frame's own padding)."""
        return self.page_size[1] - self.margin - self.bottom_margin - 12

    @property
    def leading(self) -> float:
        return round(self.base_size * 1.4, 1)

    @property
    def small_size(self) -> float:
        """Footers and notes: small, but never below what most people read comfortably."""
        return max(8.5, round(self.base_size * 0.78, 1))

    @property
    def footer_size(self) -> float:
        """The page footer is for the organiser as much as the reader: a little smaller."""
        return 11.0 if self.large_print else self.small_size

    @property
    def box_size(self) -> float:
        """A tick box: 8 mm in normal print, 10 mm in large print."""
        return float((10 if self.large_print else 8) * mm)

    @functools.cached_property
    def styles(self) -> Styles:
        size, fonts = self.base_size, self.fonts
        title = size * (1.55 if self.large_print else 1.9)
        body = ParagraphStyle(
            "body",
            fontName=fonts.regular,
            fontSize=size,
            leading=self.leading,
            textColor=INK,
            alignment=TA_LEFT,
            spaceAfter=size * 0.55,
        )
        return Styles(
            title=ParagraphStyle(
                "title",
                parent=body,
                fontName=fonts.bold,
                fontSize=title,
                leading=title * 1.2,
                spaceAfter=size * 0.3,
            ),
            subtitle=ParagraphStyle(
                "subtitle",
                parent=body,
                fontSize=size * 1.15,
                leading=size * 1.5,
                textColor=MUTED,
                spaceAfter=size * 0.9,
            ),
            heading=ParagraphStyle(
                "heading",
                parent=body,
                fontName=fonts.bold,
                fontSize=size * 1.2,
                leading=size * 1.55,
                spaceBefore=size * 0.75,
                spaceAfter=size * 0.25,
                keepWithNext=True,
            ),
            body=body,
            intro=ParagraphStyle(
                "intro",
                parent=body,
                fontSize=size * 1.05,
                leading=self.leading * 1.05,
                spaceAfter=size * 0.8,
            ),
            label=ParagraphStyle("label", parent=body, spaceAfter=0),
            label_bold=ParagraphStyle("label_bold", parent=body, fontName=fonts.bold, spaceAfter=0),
            note=ParagraphStyle(
                "note", parent=body, fontSize=size * 0.88, leading=size * 1.2, spaceAfter=0
            ),
            small=ParagraphStyle(
                "small",
                parent=body,
                fontSize=self.small_size,
                leading=self.small_size * 1.3,
                textColor=MUTED,
                spaceAfter=0,
            ),
        )


@functools.cache
def mono_bold_font() -> str:
    """DejaVu Sans Mono Bold from our fonts (for keys to copy by hand), else Courier-Bold."""
    path = font_folders()[0] / "DejaVuSansMono-Bold.ttf"
    try:
        pdfmetrics.registerFont(TTFont("DejaVuSansMono-Bold", str(path)))
    except Exception:  # missing or damaged: a built-in face still prints
        return "Courier-Bold"
    return "DejaVuSansMono-Bold"
