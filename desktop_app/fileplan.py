"""The file plan's rules on this desk (no Qt, no service): the model list of retention periods the
nomenclature is seeded from, which case a registration is filed to, and which documents are past
retention (docs/chancellery.md).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import FileCase
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from docflow_protocol import uses_index


@dataclass(frozen=True)
class ModelArticle:
    """One line of the model list of retention periods: the typical case it describes, its usual
    index in a small office's nomenclature and how long its documents are kept (None: permanently)."""

    index: str
    title: str
    retention_years: int | None


def model_list() -> tuple[ModelArticle, ...]:
    """A representative subset of the typical retention periods (docs/chancellery.md names the source
    and what is missing): the nomenclature of a new institution is seeded from it and then edited."""
    return (
        ModelArticle("01-01", translate("FilePlan", "Laws, decrees and orders of higher bodies received for guidance"), 5),
        ModelArticle("01-02", translate("FilePlan", "Orders of the head on the main activity"), None),
        ModelArticle("01-03", translate("FilePlan", "Minutes of meetings with the head"), None),
        ModelArticle("01-04", translate("FilePlan", "Nomenclature of cases"), None),
        ModelArticle("01-05", translate("FilePlan", "Inventories of cases and acts on disposal of documents"), None),
        ModelArticle("02-01", translate("FilePlan", "Correspondence with higher bodies on the main activity"), 5),
        ModelArticle("02-02", translate("FilePlan", "Correspondence with other institutions and organisations"), 5),
        ModelArticle("02-03", translate("FilePlan", "Citizens' appeals and the documents on their consideration"), 5),
        ModelArticle("02-04", translate("FilePlan", "Registration journals of incoming, outgoing and internal documents"), 5),
        ModelArticle("02-05", translate("FilePlan", "Documents on the control of execution"), 5),
        ModelArticle("03-01", translate("FilePlan", "Orders on personnel (hiring, transfer, dismissal)"), 75),
        ModelArticle("03-02", translate("FilePlan", "Personal files of employees"), 75),
        ModelArticle("03-03", translate("FilePlan", "Orders on leave and business trips"), 5),
        ModelArticle("04-01", translate("FilePlan", "Annual financial statements"), None),
        ModelArticle("04-02", translate("FilePlan", "Primary accounting documents"), 5),
        ModelArticle("04-03", translate("FilePlan", "Contracts and agreements"), 5),
    )


def case_of(session: Session, case_id: str | None) -> FileCase | None:
    return session.get(FileCase, case_id) if case_id else None


def filed_case(session: Session, case_id: str | None, year: int, number_format: str) -> FileCase | None:
    """The case a registration of ``year`` is filed to: required when the file plan has cases for that
    year (or the journal's numbers carry the case index); it must be an open case of that year."""
    if not case_id:
        planned = session.execute(select(FileCase.id).where(FileCase.year == year).limit(1)).scalar()
        if planned is not None or uses_index(number_format):
            raise InvalidInput(translate("FilePlan", "Choose the case of the file plan the document is filed to: "
                                                     "every registered document of {year} belongs to a case.").format(year=year))
        return None
    case = session.get(FileCase, case_id)
    if case is None or case.year != year:
        raise InvalidInput(translate("FilePlan", "The chosen case is not in the file plan of {year}, the year of "
                                                 "registration.").format(year=year))
    if case.closed:
        raise InvalidInput(translate("FilePlan", "Case {index} of {year} is closed: no documents are filed to it "
                                                 "any more.").format(index=case.case_index, year=year))
    return case
