"""Number blocks: while online, lease the next block of registration numbers before a journal runs out.

A journal numbered by the server with fewer than ``LOW_WATER`` numbers left for this year leases a
block of ``BLOCK_SIZE`` (docs/protocol.md §7). The request id is saved *before* asking, so a crash
mid-lease asks again with the same id and gets the same block back.
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from desktop_app import audit, registry
from desktop_app.db.models import Journal, NumberBlock
from desktop_app.errors import RequestRefused
from desktop_app.sync import store
from desktop_app.sync.client import SyncClient

BLOCK_SIZE = 50          # numbers leased per block
LOW_WATER = 10           # lease another block when fewer numbers than this remain


def lease_blocks(connection, client: SyncClient) -> int:  # noqa: ANN001 - Connection
    """Lease a block for every server journal running low; returns how many were leased."""
    ctx = connection.ctx
    leased = 0
    year = dt.date.today().year
    for server_journal in connection.journals().values():
        with ctx.db.read() as s:
            journal = s.execute(select(Journal).where(Journal.code == server_journal["code"])).scalar_one_or_none()
            if journal is None or journal.authority != Journal.SERVER:
                continue
            left = registry.remaining(s, journal, year)
        if left >= LOW_WATER:
            continue
        key = store.lease_key(server_journal["id"])
        request_id = store.get(ctx.db, key)
        if not request_id:
            request_id = str(uuid.uuid4())
            store.put(ctx.db, key, request_id)  # before asking: a repeat gets the same block
        try:
            block = client.lease_block(server_journal["id"], BLOCK_SIZE, request_id)
        except RequestRefused as exc:
            if exc.status == 403:
                return leased  # this user may not lease numbers (not an office role)
            raise
        with ctx.db.write() as s:
            journal = s.execute(select(Journal).where(Journal.code == server_journal["code"])).scalar_one()
            known = s.execute(select(NumberBlock.id).where(NumberBlock.server_block_id == block["block_id"])).scalar()
            if known is None:
                registry.add_block(s, journal, year, block["start"], block["end"], block["block_id"])
                audit.append(s, connection.actor(), "numbers.leased", None, journal=journal.code, start=block["start"],
                             end=block["end"], block=block["block_id"])
            store.put_in(s, key, None)
        leased += 1
    return leased
