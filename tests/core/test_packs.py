"""Session packs, core half: settings, support lines, the handout library and pack data."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab.pdfgen import canvas

from peerdesk.core import groups, packs, rota_service, schedule
from peerdesk.core.errors import ValidationError
from peerdesk.core.pack_data import SECTIONS, PlanItem
from peerdesk.core.storage import Store


def _one_page_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Our own leaflet")
    page.save()
    return buffer.getvalue()


def _next_session(store: Store, today: dt.date, name: str) -> schedule.MeetingRow:
    group = groups.find_group(store, name, today=today)
    return schedule.list_meetings(store, group_id=group.id, date_from=today, limit=1)[0]


def test_a_pack_for_a_demo_session_has_everything(demo_store: Store, today: dt.date) -> None:
    meeting = _next_session(demo_store, today, "Tuesday Evening Drop-in")
    data = packs.pack_data(demo_store, meeting.id, today=today)
    assert data.sections == SECTIONS
    assert data.group_name == "Tuesday Evening Drop-in"
    assert data.venue is not None and data.venue.name == "St Mark's Church Hall"
    assert data.plan[0].title == "Arrive and welcome"
    assert "We keep what is said here in the room." in data.agreement
    assert data.consent is not None and data.consent.number == 1
    assert [line.name for line in data.support_lines][:3] == [
        "Emergency",
        "NHS 111, option 2",
        "Samaritans",
    ]
    assert data.support_checked_on == dt.date(2026, 11, 23)
    assert data.sign_in_names == ()  # blank rows unless the group asks for names
    # Expected attendance comes from the last eight sessions, plus two spares.
    assert 8 <= data.participant_copies <= 30
    # The facilitators on the demo's rota, one copy of their sheets each.
    assert data.facilitators == rota_service.facilitators_for(demo_store, meeting.id)
    assert data.facilitator_copies == max(len(data.facilitators), 2)
    assert "No facilitators are on the rota for this session yet." not in data.problems


def test_a_session_with_nobody_on_the_rota_says_so(demo_store: Store, today: dt.date) -> None:
    group = groups.find_group(demo_store, "Tuesday Evening Drop-in", today=today)
    later = schedule.list_meetings(
        demo_store, group_id=group.id, date_from=today + dt.timedelta(days=200), limit=1
    )[0]
    data = packs.pack_data(demo_store, later.id, today=today)
    assert data.facilitators == () and data.facilitator_copies == 2
    assert "No facilitators are on the rota for this session yet." in data.problems


def test_settings_switch_sections_and_reorder(demo_store: Store, today: dt.date) -> None:
    meeting = _next_session(demo_store, today, "Women's Circle")
    settings = packs.pack_settings(demo_store, meeting.group_id)
    saved = packs.save_pack_settings(
        demo_store,
        meeting.group_id,
        packs.PackSettings(
            sections=("agreement", "cover", "sign_in"),
            consent_copies=0,
            spare_copies=5,
            sign_in_names=True,
            plan=(PlanItem(15, "Welcome"), PlanItem(60, "Talk")),
            contacts="Priya (organiser) 07700 900111",
        ),
    )
    assert settings.sections == SECTIONS and saved.sections == ("agreement", "cover", "sign_in")
    data = packs.pack_data(demo_store, meeting.id, today=today)
    assert data.sections == ("agreement", "cover", "sign_in")
    assert [item.title for item in data.plan] == ["Welcome", "Talk"]
    assert data.consent is None
    assert data.sign_in_names and all(name for name in data.sign_in_names)
    assert data.contacts.startswith("Priya")


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (packs.PackSettings(sections=("cover", "juggling")), "not a part of a session pack"),  # type: ignore[arg-type]
        (packs.PackSettings(sections=("cover", "cover")), "only once"),
        (packs.PackSettings(consent_copies=99), "between 0 and 50"),
        (packs.PackSettings(handouts=("imported:999",)), "not in the library"),
    ],
)
def test_bad_settings_are_refused(
    demo_store: Store, today: dt.date, settings: packs.PackSettings, message: str
) -> None:
    meeting = _next_session(demo_store, today, "Women's Circle")
    with pytest.raises(ValidationError, match=message):
        packs.save_pack_settings(demo_store, meeting.group_id, settings)
    assert packs.pack_settings(demo_store, meeting.group_id) == packs.PackSettings()


def test_importing_handouts(demo_store: Store, today: dt.date) -> None:
    added = packs.import_handout(demo_store, "Our leaflet", _one_page_pdf())
    assert added.pages == 1 and added.imported
    refs = [h.ref for h in packs.list_handouts(demo_store)]
    assert added.ref in refs and any(r.startswith("builtin:") for r in refs)
    with pytest.raises(ValidationError, match="could not be read as a PDF"):
        packs.import_handout(demo_store, "Broken", b"%PDF-1.4 this is not really a pdf")
    meeting = _next_session(demo_store, today, "Women's Circle")
    packs.save_pack_settings(
        demo_store, meeting.group_id, packs.PackSettings(handouts=(added.ref,))
    )
    data = packs.pack_data(demo_store, meeting.id, today=today)
    assert [h.title for h in data.handouts] == ["Our leaflet"] and data.handouts[0].imported


def test_support_lines_are_editable(store: Store) -> None:
    lines = packs.support_lines(store)
    local = packs.SupportLineRow(
        packs.SupportLine(
            "Eastbridge Crisis Café",
            "01632 960000",
            "Fri–Sun 6pm–11pm",
            "A calm place to go in the evening.",
            "eastbridge.example.org",
        ),
        dt.date(2026, 11, 20),
    )
    saved = packs.save_support_lines(store, [*lines, local])
    assert saved[-1] == local and len(saved) == len(lines) + 1
    with pytest.raises(ValidationError, match="how to contact it"):
        packs.save_support_lines(
            store, [packs.SupportLineRow(packs.SupportLine("X", " ", "", "", ""), None)]
        )
    assert len(packs.support_lines(store)) == len(lines) + 1


def test_an_unknown_part_in_stored_settings_is_left_out_and_said(
    demo_store: Store, today: dt.date
) -> None:
    meeting = _next_session(demo_store, today, "Women's Circle")
    packs.save_pack_settings(
        demo_store, meeting.group_id, packs.PackSettings(sections=("cover", "sign_in"))
    )
    with demo_store.engine.begin() as connection:  # as a newer peerdesk might have stored it
        connection.exec_driver_sql(
            "UPDATE group_pack_settings SET sections = 'cover,juggling,sign_in'"
        )
    data = packs.pack_data(demo_store, meeting.id, today=today)
    assert data.sections == ("cover", "sign_in")
    assert any("(“juggling”); it was left out" in problem for problem in data.problems)


def test_handouts_can_be_chosen_for_one_session(demo_store: Store, today: dt.date) -> None:
    group = groups.find_group(demo_store, "Women's Circle", today=today)
    first, second = schedule.list_meetings(demo_store, group_id=group.id, date_from=today, limit=2)
    usual = next(iter(packs.builtin_handouts()))
    packs.save_pack_settings(
        demo_store, group.id, packs.PackSettings(handouts=(f"builtin:{usual}",))
    )
    leaflet = packs.import_handout(demo_store, "Summer outing", _one_page_pdf())
    packs.save_session_handouts(demo_store, first.id, (leaflet.ref,))
    assert packs.session_handouts(demo_store, first.id) == (leaflet.ref,)
    assert packs.session_handouts(demo_store, second.id) == (f"builtin:{usual}",)
    titles = [h.title for h in packs.pack_data(demo_store, first.id, today=today).handouts]
    assert titles == ["Summer outing"]
    with pytest.raises(ValidationError, match="not in the library"):
        packs.save_session_handouts(demo_store, first.id, ("imported:999",))
    assert packs.session_handouts(demo_store, first.id) == (leaflet.ref,)


def test_paper_and_print_size_are_kept_per_group(demo_store: Store, today: dt.date) -> None:
    group = groups.find_group(demo_store, "Women's Circle", today=today)
    saved = packs.save_pack_settings(
        demo_store, group.id, packs.PackSettings(paper="Letter", large_print=True)
    )
    assert (saved.paper, saved.large_print) == ("Letter", True)
    with pytest.raises(ValidationError, match="A4 or Letter"):
        packs.save_pack_settings(demo_store, group.id, packs.PackSettings(paper="A5"))  # type: ignore[arg-type]
