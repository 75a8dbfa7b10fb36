"""The right of access report's fixed words to the person: its introduction, and what the
group keeps and why, with their rights (``peerdesk.printing.access_report`` lays them out)."""

from __future__ import annotations

from peerdesk.core.access import AccessReport

_INTRO = (
    "You asked to see the information our group keeps about you. Thank you for asking: it is "
    "your right, and we are glad to show you. This is a copy of everything in peerdesk, the "
    "program the group uses for its records, that refers to you. Near the end you will find "
    "what we keep and why, how to have anything corrected or erased, and how long old backup "
    "copies last. "
)
_PLAIN_DATA = (
    "The file that comes with it (ending in .json) holds the same information for other "
    "programs to read."
)
_SEALED_DATA = (
    "The file that comes with it (ending in .json.sealed) holds the same information for "
    "other programs to read. Like this report, it is locked with the passphrase we gave you; "
    "the free program peerdesk opens it (peerdesk unseal), or ask us for it unlocked."
)


def introduction(*, sealed_data: bool) -> str:
    """The report's first paragraph; ``sealed_data``: the JSON file with it is sealed."""
    return _INTRO + (_SEALED_DATA if sealed_data else _PLAIN_DATA)


def rights(report: AccessReport) -> str:
    """What we keep and why, and the person's rights, as prose with ## headings."""
    months = report.backups_kept_months
    rota = " and your place on the rota" if report.facilitator is not None else ""
    facilitating = (
        " As you facilitate, we also keep the groups you help with, the days that suit you, "
        "time away, training and the rota."
        if report.facilitator is not None
        else ""
    )
    return "\n\n".join(
        (
            "## What we keep, and why",
            "We keep as little as we can: the name you like to be called, the sessions you come "
            "to and what you have told us you are happy with. Anything more, such as a full "
            "name, pronouns, access needs, a phone number or an email address, is there only "
            "because you gave it to us, and a phone number or email only while you are happy to "
            "be contacted that way. We keep no health details and no notes of what anyone "
            f"shares in the group.{facilitating}",
            "We use it to run the group: to know who is coming, to welcome people back, to let "
            "people know when a session changes, to plan the facilitator rota, and to count how "
            "many people the group reaches. Funders only ever see numbers, never names. "
            "peerdesk keeps the records on the group’s own computer and does not send them "
            "anywhere. If you filled in a paper consent form, the group keeps that paper too "
            "(its reference is with your answers); ask if you would like a copy.",
            "## If something is wrong",
            "Tell the organiser or a facilitator, in person, by phone or in writing, and we will "
            "put it right. You do not have to give a reason.",
            "## Changing your mind, or being forgotten",
            "You can change any consent answer at any time, and we act on it straight away. You "
            "can also ask us to erase you completely: your name, your details, your consent "
            f"answers{rota} are then deleted everywhere in peerdesk at "
            "once. The sessions you came to are kept only as an anonymous count (one more "
            "person came), which nobody can link back to you.",
            "## Old backup copies",
            "So that nothing is lost if the computer fails, peerdesk keeps backup copies of its "
            "records. It keeps fewer as they get older and deletes each one after about "
            f"{months} months at the most. So after your details are corrected or erased, an "
            f"older copy may still hold them for up to about {months} months (a little longer "
            "only if peerdesk has not been used for a while). Backups are only there to put "
            "the records back after an accident, never to look anyone up.",
            "## If you are not happy",
            "Please tell the organiser first: we would like the chance to put it right. You "
            "can also complain to the Information Commissioner’s Office, the UK’s data "
            "protection regulator, at ico.org.uk.",
        )
    )
