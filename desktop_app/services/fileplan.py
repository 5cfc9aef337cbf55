"""``ctx.fileplan``: the institution's file plan (nomenclature of cases) per year, the year's end, the
inventory of cases for the archive, and disposal of documents past retention through an approval.

Every rule is enforced here (the UI only calls): who may edit, close or approve
(``docflow_protocol.FILE_PLAN_EDIT_ROLES`` / ``FILE_PLAN_CLOSE_ROLES``), an index unique in its year,
a closed case not changed, nothing disposed of without a head's or an administrator's approval, and
each step audited. Cases are synced with the server (``desktop_app/sync/fileplan.py``): a change here
marks the case ``dirty`` until the server has it. A disposal act travels as one op per document
(``disposal.propose``, ``disposal.decide``): the server checks the same rules against its own file
plan, and the other desks take the act from the change feed.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from desktop_app import audit, labels, outbox
from desktop_app.routing import directory
from desktop_app.db.models import DisposalAct, Document, FileCase, Registration, utcnow
from desktop_app.errors import InvalidInput, NotFound, PermissionDenied
from desktop_app.events import FILE_PLAN, Change
from desktop_app.fileplan import model_list
from desktop_app.i18n import translate
from desktop_app.services.types.fileplan import (
    ArchiveInventory, CaseInfo, CaseInput, DisposalActInfo, DisposalCandidate, InventoryLine, YearEnd,
)
from docflow_protocol import (
    DISPOSAL_DECIDE_ROLES, DISPOSAL_PROPOSE_ROLES, FILE_PLAN_CLOSE_ROLES, FILE_PLAN_EDIT_ROLES, DisposalState, OpType,
    case_problem, disposal_year, past_retention, planned_case_id,
)

#: Cases kept longer than this many years (or permanently) go to the archive with an inventory.
ARCHIVE_OVER_YEARS = 10
#: What a change to the file plan publishes (``Change.aspects``).
ASPECT = FILE_PLAN


class FilePlanService:
    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ rights
    def _require(self, roles: frozenset[str], action: str) -> None:
        if not any(self.ctx.user.has_role(r) for r in roles):
            raise PermissionDenied(translate("FilePlan", "{user} may not {action}: this is for {roles}.").format(
                user=self.ctx.user.username, action=action,
                roles=", ".join(labels.role(r) for r in sorted(roles))))

    def may_edit(self) -> bool:
        return any(self.ctx.user.has_role(r) for r in FILE_PLAN_EDIT_ROLES)

    def may_close(self) -> bool:
        return any(self.ctx.user.has_role(r) for r in FILE_PLAN_CLOSE_ROLES)

    def _changed(self) -> None:
        self.ctx.events.publish(Change(frozenset(), frozenset({ASPECT}), None))

    # ------------------------------------------------------------------ cases
    def years(self) -> list[int]:
        with self.ctx.db.read() as s:
            return list(s.execute(select(FileCase.year).distinct().order_by(FileCase.year)).scalars())

    def cases(self, year: int, open_only: bool = False) -> list[CaseInfo]:
        """The cases of ``year`` by index, with how many documents each holds."""
        with self.ctx.db.read() as s:
            counts = dict(s.execute(select(Registration.case_id, func.count()).where(Registration.year == year)
                                    .group_by(Registration.case_id)).all())
            stmt = select(FileCase).where(FileCase.year == year)
            if open_only:
                stmt = stmt.where(FileCase.closed.is_(False))
            return [_info(c, counts.get(c.id, 0)) for c in s.execute(stmt.order_by(FileCase.case_index)).scalars()]

    def save_case(self, data: CaseInput) -> CaseInfo:
        """Add a case (``case_id`` None) or change one; refused for a closed case or an index taken that year."""
        self._require(FILE_PLAN_EDIT_ROLES, translate("FilePlan", "edit the file plan"))
        index, title = data.index.strip(), data.title.strip()
        problem = case_problem({"year": data.year, "index": index, "title": title,
                                "retention_years": data.retention_years, "article": data.article.strip()})
        if problem:
            raise InvalidInput(_case_problem_text(index, title, data))
        with self.ctx.db.write() as s:
            taken = s.execute(select(FileCase.id).where(FileCase.year == data.year, FileCase.case_index == index,
                                                        FileCase.id != (data.case_id or ""))).scalar()
            if taken is not None:
                raise InvalidInput(translate("FilePlan", "Index {index} is already used in the file plan of {year}.").format(
                    index=index, year=data.year))
            if data.case_id:
                case = s.get(FileCase, data.case_id)
                if case is None:
                    raise NotFound(translate("FilePlan", "The case no longer exists."))
                if case.closed:
                    raise InvalidInput(translate("FilePlan", "Case {index} of {year} is closed and cannot be changed.").format(
                        index=case.case_index, year=case.year))
                if case.year != data.year and s.execute(select(Registration.id).where(Registration.case_id == case.id)
                                                        .limit(1)).scalar() is not None:
                    raise InvalidInput(translate("FilePlan", "Case {index} already holds documents of {year}; its year "
                                                             "cannot change.").format(index=case.case_index, year=case.year))
                before = _plain(case)
            else:
                case = FileCase(version=0)
                s.add(case)
                before = None
            case.year, case.case_index, case.title = data.year, index, title
            case.retention_years, case.article = data.retention_years, data.article.strip()
            case.dirty, case.updated_at = True, utcnow()
            s.flush()
            audit.append(s, self.ctx.user.username, "fileplan.case", None, before=before, after=_plain(case))
            info = _info(case, 0)
        self._changed()
        return info

    def seed_from_model_list(self, year: int) -> int:
        """Fill an empty year's file plan from the model list of retention periods; returns cases made."""
        self._require(FILE_PLAN_EDIT_ROLES, translate("FilePlan", "edit the file plan"))
        with self.ctx.db.write() as s:
            if s.execute(select(FileCase.id).where(FileCase.year == year).limit(1)).scalar() is not None:
                raise InvalidInput(translate("FilePlan", "The file plan of {year} already has cases.").format(year=year))
            for a in model_list():
                s.add(FileCase(id=planned_case_id(year, a.index), year=year, case_index=a.index, title=a.title,
                               retention_years=a.retention_years, article="", dirty=True, version=0))
            audit.append(s, self.ctx.user.username, "fileplan.seeded", None, year=year, cases=len(model_list()))
        self._changed()
        return len(model_list())

    def close_year(self, year: int) -> YearEnd:
        """Close every case of ``year`` and make the next year's file plan from this one (cases whose
        index the next year already has are left as they are there). Head or administrator only."""
        self._require(FILE_PLAN_CLOSE_ROLES, translate("FilePlan", "close the year's cases"))
        with self.ctx.db.write() as s:
            cases = list(s.execute(select(FileCase).where(FileCase.year == year)).scalars())
            if not cases:
                raise InvalidInput(translate("FilePlan", "The file plan of {year} has no cases to close.").format(year=year))
            closed = 0
            for c in cases:
                if not c.closed:
                    c.closed, c.dirty, c.updated_at = True, True, utcnow()
                    closed += 1
            have = set(s.execute(select(FileCase.case_index).where(FileCase.year == year + 1)).scalars())
            created = 0
            for c in cases:
                if c.case_index not in have:
                    s.add(FileCase(id=planned_case_id(year + 1, c.case_index), year=year + 1, case_index=c.case_index,
                                   title=c.title, retention_years=c.retention_years, article=c.article, dirty=True,
                                   version=0))
                    created += 1
            audit.append(s, self.ctx.user.username, "fileplan.year_closed", None, year=year, closed=closed, created=created)
        self._changed()
        return YearEnd(year, closed, created)

    # ------------------------------------------------------------------ archive
    def inventory(self, year: int) -> ArchiveInventory:
        """The inventory of ``year``'s cases for transfer to the archive: the cases kept permanently or
        over ``ARCHIVE_OVER_YEARS`` years, in index order, with their dates, documents and sheets
        (the reports area renders it as paper)."""
        with self.ctx.db.read() as s:
            inst = directory.own_name(s)
            rows = s.execute(
                select(FileCase, func.min(Registration.reg_date), func.max(Registration.reg_date), func.count(Registration.id),
                       func.coalesce(func.sum(Registration.sheets), 0))
                .outerjoin(Registration, Registration.case_id == FileCase.id)
                .where(FileCase.year == year)
                .group_by(FileCase.id).order_by(FileCase.case_index)).all()
            lines = []
            for case, first, last, count, sheets in rows:
                if case.retention_years is not None and case.retention_years <= ARCHIVE_OVER_YEARS:
                    continue
                lines.append(InventoryLine(len(lines) + 1, case.case_index, case.title, first, last, count, int(sheets),
                                           case.retention_years, case.article))
            return ArchiveInventory(year, inst, tuple(lines))

    # ------------------------------------------------------------------ disposal
    def disposal_candidates(self, today: dt.date | None = None) -> list[DisposalCandidate]:
        """Documents of closed cases whose retention has run out by ``today`` and that no act names yet."""
        year = (today or self.ctx.today()).year
        with self.ctx.db.read() as s:
            named = _named_in_acts(s)
            out = []
            rows = s.execute(select(Document, Registration, FileCase)
                             .join(Registration, Registration.document_id == Document.id)
                             .join(FileCase, FileCase.id == Registration.case_id)
                             .where(FileCase.closed.is_(True), FileCase.retention_years.is_not(None))
                             .order_by(FileCase.year, FileCase.case_index, Registration.reg_date)).all()
            for doc, reg, case in rows:
                if past_retention(case.year, case.retention_years, case.closed, year) and doc.id not in named:
                    out.append(_candidate(doc, reg, case))
            return out

    def propose_disposal(self, document_ids: list[str] | None = None, today: dt.date | None = None) -> DisposalActInfo:
        """Draw up an act proposing the disposal of documents past retention (all candidates, or those
        named); nothing happens to them until the head or an administrator approves it."""
        self._require(DISPOSAL_PROPOSE_ROLES, translate("FilePlan", "propose documents for disposal"))
        candidates = {c.document_id: c for c in self.disposal_candidates(today)}
        ids = list(candidates) if document_ids is None else list(document_ids)
        late = [i for i in ids if i not in candidates]
        if late:
            raise InvalidInput(translate("FilePlan", "{count} of the chosen documents are not past their retention "
                                                     "period (or are already in an act).").format(count=len(late)))
        if not ids:
            raise InvalidInput(translate("FilePlan", "No document is past its retention period."))
        with self.ctx.db.write() as s:
            act = DisposalAct(proposed_by=self.ctx.user.username, document_ids=ids)
            s.add(act)
            s.flush()
            audit.append(s, self.ctx.user.username, "disposal.proposed", None, act=act.id, documents=len(ids))
            for doc_id in ids:  # the server re-checks each against its file plan; the other desks see the act
                outbox.enqueue(s, OpType.DISPOSAL_PROPOSE.value, doc_id, {"act_id": act.id})
            act_id = act.id
        self._changed()
        return self.act(act_id)

    def decide_disposal(self, act_id: str, approve: bool) -> DisposalActInfo:
        """Approve (the documents are marked disposed of: kept as records, listed in the act) or reject an
        act. Head or administrator only; audited on the act and on each document."""
        self._require(DISPOSAL_DECIDE_ROLES, translate("FilePlan", "approve the disposal of documents"))
        with self.ctx.db.write() as s:
            act = s.get(DisposalAct, act_id)
            if act is None:
                raise NotFound(translate("FilePlan", "The disposal act no longer exists."))
            if act.state != DisposalAct.PROPOSED:
                raise InvalidInput(translate("FilePlan", "This disposal act was already decided."))
            act.state = DisposalAct.APPROVED if approve else DisposalAct.REJECTED
            act.decided_by, act.decided_at = self.ctx.user.username, utcnow()
            if approve:
                for doc in s.execute(select(Document).where(Document.id.in_(act.document_ids))).scalars():
                    doc.disposal_act_id = act.id
                    audit.append(s, self.ctx.user.username, "disposal.approved", doc.id, act=act.id)
            decision = (DisposalState.APPROVED if approve else DisposalState.REJECTED).value
            audit.append(s, self.ctx.user.username, "disposal.decided", None, act=act.id, state=decision)
            for doc_id in act.document_ids:
                outbox.enqueue(s, OpType.DISPOSAL_DECIDE.value, doc_id, {"act_id": act.id, "decision": decision})
        self._changed()
        return self.act(act_id)

    def acts(self) -> list[DisposalActInfo]:
        with self.ctx.db.read() as s:
            ids = list(s.execute(select(DisposalAct.id).order_by(DisposalAct.proposed_at.desc())).scalars())
        return [self.act(i) for i in ids]

    def act(self, act_id: str) -> DisposalActInfo:
        with self.ctx.db.read() as s:
            act = s.get(DisposalAct, act_id)
            if act is None:
                raise NotFound(translate("FilePlan", "The disposal act no longer exists."))
            rows = s.execute(select(Document, Registration, FileCase)
                             .join(Registration, Registration.document_id == Document.id)
                             .join(FileCase, FileCase.id == Registration.case_id)
                             .where(Document.id.in_(act.document_ids))
                             .order_by(FileCase.case_index, Registration.reg_date)).all()
            return DisposalActInfo(act.id, act.state, act.proposed_by, act.proposed_at, act.decided_by, act.decided_at,
                                   tuple(_candidate(d, r, c) for d, r, c in rows))


def _named_in_acts(s: Any) -> set[str]:
    out: set[str] = set()
    for ids in s.execute(select(DisposalAct.document_ids).where(DisposalAct.state != DisposalAct.REJECTED)).scalars():
        out.update(ids or ())
    return out


def _candidate(doc: Document, reg: Registration, case: FileCase) -> DisposalCandidate:
    return DisposalCandidate(doc.id, reg.number, reg.reg_date, doc.subject, case.case_index, case.year,
                             case.retention_years or 0, disposal_year(case.year, case.retention_years) or 0)


def _info(c: FileCase, documents: int) -> CaseInfo:
    return CaseInfo(c.id, c.year, c.case_index, c.title, c.retention_years, c.article, c.closed, documents, not c.dirty)


def _plain(c: FileCase) -> dict:
    return {"year": c.year, "index": c.case_index, "title": c.title, "retention_years": c.retention_years,
            "article": c.article, "closed": c.closed}


def _case_problem_text(index: str, title: str, data: CaseInput) -> str:
    if not index:
        return translate("FilePlan", "The case needs an index (e.g. 01-05).")
    if not title:
        return translate("FilePlan", "The case needs a title.")
    return translate("FilePlan", "The case {index} is not valid: the index is at most 32 characters, the title at most "
                                 "500, the retention 1 to 100 years (or permanent), the year 2000 to 9999.").format(index=index)
