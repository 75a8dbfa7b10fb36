"""The group's list of training kinds (safeguarding, first aid, peer support training ...).

Which trainings each facilitator has, with dates, is part of their profile
(:class:`peerdesk.core.rota_service.FacilitatorInput`); this module keeps the list itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.core import validation
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import FacilitatorTraining, TrainingKind
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

NAME_LENGTH = 80


@dataclass(frozen=True)
class TrainingKindRow:
    id: int
    name: str
    in_use: int
    """How many training records name this kind (a kind in use cannot be removed)."""


def list_kinds(store: Store) -> list[TrainingKindRow]:
    """The kinds, by name."""
    with store.reading() as session:
        used = {
            kind_id: count
            for kind_id, count in session.execute(
                select(FacilitatorTraining.kind_id, func.count()).group_by(
                    FacilitatorTraining.kind_id
                )
            )
        }
        return [
            TrainingKindRow(k.id, k.name, used.get(k.id, 0))
            for k in session.scalars(select(TrainingKind).order_by(TrainingKind.name))
        ]


def _clean(session: Session, name: str, kind_id: int | None) -> str:
    clean = validation.required_text(
        name,
        NAME_LENGTH,
        translate("trainings", "Please enter the training's name."),
        translate("trainings", "The training's name can be at most {max_length} characters."),
    )
    other = session.scalar(
        select(TrainingKind.id).where(func.lower(TrainingKind.name) == clean.lower())
    )
    if other is not None and other != kind_id:
        raise ValidationError(
            translate("trainings", "“{clean}” is already on the list.").format(clean=clean)
        )
    return clean


def add_kind(store: Store, name: str) -> TrainingKindRow:
    with store.transaction() as session:
        kind = TrainingKind(name=_clean(session, name, None))
        session.add(kind)
        session.flush()
        return TrainingKindRow(kind.id, kind.name, 0)


def rename_kind(store: Store, kind_id: int, name: str) -> None:
    with store.transaction() as session:
        kind = session.get(TrainingKind, kind_id)
        if kind is None:
            raise NotFoundError(translate("trainings", "That training is no longer on the list."))
        kind.name = _clean(session, name, kind_id)


def remove_kind(store: Store, kind_id: int) -> None:
    """Remove a kind nobody's record names; refused (with the count) otherwise."""
    with store.transaction() as session:
        kind = session.get(TrainingKind, kind_id)
        if kind is None:
            raise NotFoundError(translate("trainings", "That training is no longer on the list."))
        used = session.scalar(select(func.count()).where(FacilitatorTraining.kind_id == kind_id))
        if used:
            if used == 1:
                refusal = translate(
                    "trainings",
                    "“{name}” is recorded for {count} facilitator; remove it from their profiles "
                    "first.",
                )
            else:
                refusal = translate(
                    "trainings",
                    "“{name}” is recorded for {count} facilitators; remove it from their profiles "
                    "first.",
                )
            raise ValidationError(refusal.format(name=kind.name, count=used))
        session.delete(kind)
