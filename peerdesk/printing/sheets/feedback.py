"""An anonymous feedback form: a few friendly questions, a five-face scale and room to write.
It says plainly, at the top, not to write your name."""

from __future__ import annotations

from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.pack_data import PackData, section_title
from peerdesk.core.text import translate
from peerdesk.printing.blocks import boxed, heading_block, question, sheet_start
from peerdesk.printing.sheets.consent_form import TickBox
from peerdesk.printing.theme import INK, MUTED, Theme


def scale_words() -> tuple[str, ...]:
    """The words under the five faces, from sad to happy."""
    return (
        translate("feedback", "Not good"),
        translate("feedback", "Not great"),
        translate("feedback", "Okay"),
        translate("feedback", "Good"),
        translate("feedback", "Really good"),
    )


def build_feedback(data: PackData, theme: Theme) -> list[Flowable]:
    styles = theme.styles
    lines = 2 if theme.large_print else 4
    # No subtitle: the group and the date are at the top of the page, and in large print
    # every line counts to keep the form on one side of paper.
    return [
        sheet_start(
            section_title("feedback"),
            note=translate(
                "feedback",
                "Anonymous: please fold it and leave it in the box, or with a facilitator.",
            ),
        ),
        *heading_block(translate("feedback", "How was today?"), "", theme),
        boxed(
            [
                Paragraph(
                    translate(
                        "feedback",
                        "<b>Please do not write your name on this form.</b> It is anonymous: "
                        "nobody will know who wrote what. Answer as much or as little as you "
                        "like.",
                    ),
                    styles.body,
                )
            ],
            theme,
            shaded=True,
        ),
        KeepTogether(
            [
                Paragraph(
                    translate("feedback", "Overall, how was today's session for you?"),
                    styles.heading,
                ),
                Paragraph(translate("feedback", "Circle one face."), styles.note),
                Spacer(1, theme.base_size * 0.4),
                FaceScale(theme),
            ]
        ),
        _welcome(theme),
        question(translate("feedback", "What helped you most today?"), lines, theme),
        question(translate("feedback", "Is there anything we could do differently?"), lines, theme),
        question(
            translate("feedback", "Anything you would like to talk about another time?"),
            lines - 1,
            theme,
        ),
        Spacer(1, theme.base_size * 0.6),
        Paragraph(
            translate(
                "feedback", "Thank you. Your answers help us keep this group a good place to be."
            ),
            styles.note,
        ),
    ]


def _welcome(theme: Theme) -> Flowable:
    styles = theme.styles
    box = theme.box_size * 0.8
    choices = (
        translate("feedback", "Yes"),
        translate("feedback", "Mostly"),
        translate("feedback", "Not really"),
    )
    cells: list[Flowable | str] = []
    for choice in choices:
        cells += [TickBox(box), Paragraph(choice, styles.label)]
    gap = theme.base_size * 0.5
    word = theme.base_size * (5.2 if theme.large_print else 5.6)
    table = Table([cells], colWidths=[box + gap, word] * len(choices), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    asked = translate("feedback", "Did you feel welcome and listened to?")
    return KeepTogether([Paragraph(asked, styles.heading), table])


class FaceScale(Flowable):  # type: ignore[misc]
    """Five faces from sad to happy, each with its number (1 to 5) and a word underneath."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.radius = theme.base_size * (1.5 if theme.large_print else 1.6)
        self.label_size = theme.small_size if not theme.large_print else theme.base_size * 0.8

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(available_width, self.theme.frame_width)
        self.height = self.radius * 2 + self.label_size * 3.2
        return self.width, self.height

    def draw(self) -> None:
        canvas, radius = self.canv, self.radius
        words = scale_words()
        step = self.width / len(words)
        centre_y = self.height - radius - 1
        canvas.saveState()
        for number, word in enumerate(words):
            x = step * (number + 0.5)
            canvas.setStrokeColor(INK)
            canvas.setFillColor(INK)
            canvas.setLineWidth(1.2)
            canvas.circle(x, centre_y, radius, stroke=1, fill=0)
            eye = radius * 0.09
            for side in (-1, 1):
                canvas.circle(
                    x + side * radius * 0.35, centre_y + radius * 0.28, eye, stroke=0, fill=1
                )
            # The mouth: a curve from a frown (-1) to a smile (+1).
            mood = (number - 2) / 2
            left, right = x - radius * 0.45, x + radius * 0.45
            mouth_y = centre_y - radius * 0.3
            bend = mood * radius * 0.35
            path = canvas.beginPath()
            path.moveTo(left, mouth_y + bend * 0.5)
            path.curveTo(
                left + radius * 0.25,
                mouth_y - bend * 0.5,
                right - radius * 0.25,
                mouth_y - bend * 0.5,
                right,
                mouth_y + bend * 0.5,
            )
            canvas.setLineCap(1)
            canvas.drawPath(path, stroke=1, fill=0)
            canvas.setFont(self.theme.fonts.bold, self.label_size * 1.1)
            canvas.drawCentredString(x, centre_y - radius - self.label_size * 1.3, str(number + 1))
            canvas.setFillColor(MUTED)
            canvas.setFont(self.theme.fonts.regular, self.label_size)
            canvas.drawCentredString(x, centre_y - radius - self.label_size * 2.6, word)
        canvas.restoreState()
