"""Number blocks: lease, list, release (docs/protocol.md §8)."""
from __future__ import annotations

import secrets

from fastapi import APIRouter, Depends, Response
from sqlalchemy import bindparam, select

from circulation_server.db import insert_ignore
from circulation_server.deps import Caller, current_caller, get_services, require_roles
from circulation_server.domain import iso, take_seqs
from circulation_server.errors import ApiError, not_found
from circulation_server.models import IssuedNumber, Journal, JournalYear, NumberBlock, utcnow
from circulation_server.schemas import ERROR_RESPONSES, BlockList, BlockOut, BlockRequest, ErrorResponse
from docflow_protocol import OP_ROLES, ErrorCode, OpType, is_server_id

router = APIRouter(prefix="/v1", tags=["numbers"], responses={
    **ERROR_RESPONSES, 409: {"model": ErrorResponse, "description": "The block was already released"}})

REGISTRAR_ROLES = OP_ROLES[OpType.REGISTRATION_REGISTER.value]


def _block_out(s, block: NumberBlock) -> dict:
    """One block as the protocol shows it (two queries: its journal, the numbers used from it)."""
    journal = s.get(Journal, block.journal_id)
    used = s.scalars(select(IssuedNumber.seq).where(IssuedNumber.block_id == block.id)
                     .order_by(IssuedNumber.seq)).all()
    return _shaped(block, journal, list(used))


def _shaped(block: NumberBlock, journal: Journal, used: list[int]) -> dict:
    return {"block_id": block.id, "journal_id": block.journal_id, "workstation_id": block.workstation_id,
            "year": block.year, "start": block.start, "end": block.end, "format": journal.format, "code": journal.code,
            "created_at": iso(block.created_at), "released_at": iso(block.released_at) if block.released_at else None,
            "used": used}


@router.post("/journals/{journal_id}/blocks", response_model=BlockOut, status_code=201,
             responses={200: {"model": BlockOut, "description": "Repeated request_id: the same block"}})
def lease_block(journal_id: str, body: BlockRequest, response: Response,
                caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Lease a block of consecutive numbers of a journal, of one calendar year, to the calling workstation."""
    require_roles(caller, REGISTRAR_ROLES, "leasing registration numbers")
    response.status_code, block = lease(services, caller, journal_id, body)
    return block


def lease(services, caller: Caller, journal_id: str, body: BlockRequest) -> tuple[int, dict]:
    """The lease of ``lease_block`` (also answered by ``fastpath.LeaseFastPath``) once the caller's
    roles allow it: (201, the new block), or (200, the block a repeated ``request_id`` made);
    ``ApiError`` for a refusal, nothing written."""
    if not is_server_id(journal_id):
        raise not_found("Journal")
    today = services.settings.today()
    year = body.year or today.year
    if not today.year - 1 <= year <= today.year + 1:
        raise ApiError(422, ErrorCode.INVALID_REQUEST,
                       f"Numbers can be leased for {today.year - 1}, {today.year} or {today.year + 1}, not {year}.")
    # No feed is written: no institution lock. The year's counter is locked by raising it; the
    # journal's row is share-locked (it stays while the block is made), and read with the block a
    # repeated request id made before, in one statement.
    with services.db.write() as s:
        journal, prior = s.execute(_JOURNAL_AND_PRIOR, {"journal_id": journal_id, "workstation_id": caller.workstation_id,
                                                        "request_id": body.request_id}).first() or (None, None)
        if journal is None or journal.institution_id != caller.institution_id:
            raise not_found("Journal")
        if prior is not None:
            if (prior.journal_id != journal.id or prior.end - prior.start + 1 != body.size
                    or (body.year is not None and prior.year != body.year)):
                raise ApiError(422, ErrorCode.IDEMPOTENCY_KEY_REUSED,
                               "This request_id was already used to lease another block (another journal, "
                               "size or year); use a new request_id.")
            return 200, _block_out(s, prior)
        block = NumberBlock(id="b-" + secrets.token_hex(8), journal_id=journal.id, year=year,
                            institution_id=caller.institution_id, workstation_id=caller.workstation_id,
                            request_id=body.request_id, created_at=utcnow())
        if services.db.is_sqlite:
            block.start = take_seqs(s, journal, year, body.size)
            block.end = block.start + body.size - 1
            s.add(block)
            s.flush()
        else:
            _take_block(s, block, body.size)
        return 201, _shaped(block, journal, [])  # a new block: no number used from it yet


#: A lease's read: the journal (share-locked) and the block a repeated request id made.
_JOURNAL_AND_PRIOR = (select(Journal, NumberBlock)
                      .outerjoin(NumberBlock, (NumberBlock.workstation_id == bindparam("workstation_id"))
                                 & (NumberBlock.request_id == bindparam("request_id")))
                      .where(Journal.id == bindparam("journal_id")).with_for_update(key_share=True, of=Journal))

#: PostgreSQL: the year's counter raised and the block made of the numbers taken, in one statement.
_TAKE_BLOCK = """\
WITH counter AS (
  UPDATE journal_years SET next_seq = next_seq + %(count)s
  WHERE journal_id = %(journal_id)s AND year = %(year)s RETURNING next_seq
)
INSERT INTO number_blocks (id, journal_id, year, institution_id, workstation_id, start, "end", request_id, created_at)
SELECT %(id)s, %(journal_id)s, %(year)s, %(institution_id)s, %(workstation_id)s, next_seq - %(count)s, next_seq - 1,
       %(request_id)s, %(created_at)s FROM counter
RETURNING start"""


def _take_block(s, block: NumberBlock, size: int) -> None:
    """Take ``size`` numbers for ``block`` (not in the session; written here) on PostgreSQL: one
    statement (``take_seqs``'s counter and the block's insert together); the year's first
    numbers add its counter first."""
    params = {"count": size, "id": block.id, "journal_id": block.journal_id, "year": block.year,
              "institution_id": block.institution_id, "workstation_id": block.workstation_id,
              "request_id": block.request_id, "created_at": block.created_at}
    start = s.connection().exec_driver_sql(_TAKE_BLOCK, params).scalar()
    if start is None:  # no counter for the year yet: two transactions may add it at once
        insert_ignore(s, JournalYear, journal_id=block.journal_id, year=block.year, next_seq=1)
        start = s.connection().exec_driver_sql(_TAKE_BLOCK, params).scalar()
    block.start, block.end = start, start + size - 1


@router.get("/number-blocks", response_model=BlockList)
def list_blocks(caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """This workstation's blocks with the numbers used from each."""
    with services.db.read() as s:
        # Two statements however many blocks: the blocks with their journals, the numbers used.
        mine = NumberBlock.workstation_id == caller.workstation_id
        rows = s.execute(select(NumberBlock, Journal).join(Journal, Journal.id == NumberBlock.journal_id)
                         .where(mine).order_by(NumberBlock.created_at)).all()
        used: dict[str, list[int]] = {block.id: [] for block, _ in rows}
        if rows:
            for block_id, seq in s.execute(select(IssuedNumber.block_id, IssuedNumber.seq)
                                           .join(NumberBlock, NumberBlock.id == IssuedNumber.block_id)
                                           .where(mine).order_by(IssuedNumber.block_id, IssuedNumber.seq)):
                if block_id in used:  # a block leased since the first statement is not listed
                    used[block_id].append(seq)
        return {"blocks": [_shaped(block, journal, used[block.id]) for block, journal in rows]}


def _own_block(s, caller: Caller, block_id: str, lock: bool = False) -> NumberBlock:
    if not is_server_id(block_id):
        raise not_found("Number block")
    block = s.get(NumberBlock, block_id, with_for_update={"key_share": True} if lock else None)
    if block is None or block.institution_id != caller.institution_id:
        raise not_found("Number block")
    return block


@router.get("/number-blocks/{block_id}", response_model=BlockOut)
def get_block(block_id: str, caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """One block of the caller's institution."""
    with services.db.read() as s:
        return _block_out(s, _own_block(s, caller, block_id))


@router.post("/number-blocks/{block_id}/release", response_model=BlockOut)
def release_block(block_id: str, caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Give a block up; its unused numbers are burned, never issued again."""
    require_roles(caller, REGISTRAR_ROLES, "releasing number blocks")
    # The block's row is locked (a registration from it holds it shared); no feed is written.
    with services.db.write() as s:
        block = _own_block(s, caller, block_id, lock=True)
        if block.released_at is not None:
            raise ApiError(409, ErrorCode.BLOCK_RELEASED, f"Block {block_id} was already released.")
        if block.workstation_id != caller.workstation_id:
            raise ApiError(403, ErrorCode.FORBIDDEN_ROLE, "Only the workstation holding a block may release it.")
        block.released_at = utcnow()
        s.flush()
        return _block_out(s, block)
