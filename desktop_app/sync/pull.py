"""Pull: the changes feed from the saved cursor, applied page by page.

Each page is asked without this desk's own echo (``store.own_echo``: the changes of its own pushes
whose answers it has recorded, of documents nobody else has touched; docs/protocol.md §6).

Receipts go through the routing service first (its own idempotent transaction); then each page's
document states are applied (:mod:`desktop_app.sync.apply`) **in one write transaction together
with the new cursor**, so a crash re-applies nothing twice and skips nothing. A journal the desk
does not know yet refreshes the directory first.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from desktop_app import audit
from desktop_app.errors import InvalidInput, NotFound, TransientError
from desktop_app.services.types import SyncReport, SyncState
from desktop_app.sync import apply as applying
from desktop_app.sync import pipeline, store
from desktop_app.sync.client import ChangesPage, SyncClient
from docflow_protocol import MAX_INT64, ChangeKind, parse_instant

log = logging.getLogger(__name__)
#: Changes asked per page.
PAGE = 200


def pull(connection, client: SyncClient, report: SyncReport, wait: int = 0, initiator: object = None,  # noqa: ANN001
         board=None, first: tuple[int, ChangesPage] | None = None,  # noqa: ANN001 - StatusBoard
         after_page: Callable[[], Any] | None = None, on_page: Callable[[ChangesPage], Any] | None = None) -> int:
    """Apply the feed from the saved cursor; returns the number of changes applied.

    ``wait`` > 0 long-polls the first page (the idle loop); ``initiator`` is named on the
    receipts' change events (the engine, so it does not wake itself); ``board`` is told
    ``receiving`` when changes arrive. ``first``: the first page, already fetched from that
    cursor (the idle loop's long-poll); used only if the saved cursor is still that one.
    ``on_page(page)`` is called as each page comes, before it is applied (the files it names
    start coming down: ``Downloader.ahead``); ``after_page()`` once it is applied.
    """
    ctx = connection.ctx
    journals = connection.journals()
    total = 0
    while True:
        cursor = store.cursor(ctx.db)
        if first is not None and first[0] == cursor:
            page = first[1]
        else:
            page = client.changes(cursor, limit=PAGE, wait=wait, own=store.own_echo(ctx.db))
        first, wait = None, 0
        if on_page is not None and page.changes:
            on_page(page)
        if page.changes and board is not None:
            board.set_state(SyncState.RECEIVING)
        for ch in page.changes:
            if ch["kind"] == ChangeKind.RECEIPT.value and isinstance(ch.get("receipt"), dict):
                _apply_receipt(ctx, ch["receipt"], initiator)
        if any(ch.get("document") and ch["document"].get("registration") and
               ch["document"]["registration"].get("journal_id") not in journals for ch in page.changes):
            connection.refresh_directory(client)
            journals = connection.journals()
        with ctx.db.write() as s:
            for ch in page.changes:
                snap = ch.get("document")
                if ch["kind"] not in (ChangeKind.DOCUMENT.value, ChangeKind.RECEIPT.value) or not snap:
                    continue
                actor = ch.get("actor") or {}
                who = audit.server_actor(actor.get("username"), actor.get("workstation_id")) if actor else audit.SERVER
                applying.apply_snapshot(ctx, s, snap, journals, who)
                report.documents.add(snap["id"])
            store.put_in(s, store.CURSOR, str(page.next_cursor))
        total += len(page.changes)
        report.pulled += len(page.changes)
        if after_page is not None and page.changes:
            after_page()
        if not page.has_more:
            return total


def _apply_receipt(ctx, r: dict, initiator: object) -> None:  # noqa: ANN001 - AppContext
    try:
        ctx.routing.record_receipt(str(r.get("dispatch_id", "")), str(r.get("to", "")), str(r.get("status", "")),
                                   registration_number=str(r.get("registration_number") or ""),
                                   reason=str(r.get("reason") or ""), at=parse_instant(r.get("at")),
                                   incoming_doc_id=r.get("incoming_doc_id"), initiator=initiator)
    except (NotFound, InvalidInput) as exc:
        # a dispatch made before this desk's profile existed; the document snapshot carries it
        log.debug("receipt for an unknown dispatch left to the document state: %s", exc)


class FeedAhead:
    """The feed's first page asked on the transfer pipe as the uploads end (:meth:`ask`, given to
    ``Pusher.push`` as its ``last``), for :func:`pull` to take as its ``first``: the cycle's own
    connection, idle through the uploads and closed by the server's keep-alive long before, is
    not opened again for it (TCP and TLS: two round trips) and the page comes with the last ops'
    answer, not a round trip after it.

    Its own-echo window is open-ended (``own_to`` the largest seq): the pushes ahead of it on the
    connection are answered before it, so their echo is left out too -- on the rural link the
    echo of the cycle's last push was ~550 bytes at the cycle's end (0.2 s). The claim is checked
    when the page is taken (:meth:`first`): every push answered and recorded, and the window not
    started afresh since (an op applied whose answer was not recorded: its echo must come);
    else the page is asked again."""

    def __init__(self, connection, client: SyncClient):  # noqa: ANN001 - Connection
        self.connection, self.client = connection, client
        self._asked: tuple[int, Any] | None = None
        self._carried: tuple[int, ChangesPage] | None = None
        self._claimed: int | None = None  # the first seq of the open window the page was asked with
        self._lead: pipeline.Pipe | None = None  # the pipe with the page's lead file on its way (``together``)
        self._taken: ChangesPage | None = None  # the page :meth:`first` gave, read on that pipe

    def ask(self, submit: Callable[..., Any]) -> None:
        """Put the request of the page from the saved cursor on the pipe (``pipeline.Calls.submit``),
        unless a push brought it (:meth:`carried`)."""
        if self._carried is not None:
            return
        db = self.connection.ctx.db
        cursor, own = store.cursor(db), store.own_echo(db)
        self._claimed = own[0] if own is not None else None
        own = (own[0], MAX_INT64) if own is not None else None  # the pushes on their way ahead of it too
        self._asked = cursor, submit(*self.client.changes_request(cursor, PAGE, own))

    def lead_request(self) -> tuple[str, str, dict, bytes] | None:
        """The request of the lead file of the page :meth:`ask` asked (``together``'s ``lead``)."""
        return None if self._asked is None else self.client.lead_request(self._asked[0], PAGE)

    def hold_lead(self, pipe: pipeline.Pipe | None) -> None:
        """``together`` wrote the lead file's request on ``pipe`` behind the page: held for :meth:`take_lead`."""
        self._lead = pipe

    def take_lead(self, page: ChangesPage) -> pipeline.Pipe | None:
        """The pipe with the lead file of ``page`` on its way, if ``page`` is the one asked with it."""
        if self._lead is None or page is not self._taken:
            return None
        lead, self._lead = self._lead, None
        return lead

    def drop_lead(self, settle: bool = True) -> None:
        """A lead file no download took: its answer is settled (:func:`settle`), or its connection
        ended (``settle`` False: the cycle failed)."""
        lead, self._lead = self._lead, None
        if lead is not None and settle:
            settle_lead(lead)
        elif lead is not None:
            lead.close()

    def push_asks(self) -> tuple[int, int, tuple[int, int] | None]:
        """What a push asks the page back with (``SyncClient.push_ops_feed``): the saved cursor, the
        page's size, the own-echo window."""
        db = self.connection.ctx.db
        return store.cursor(db), PAGE, store.own_echo(db)

    def carried(self, cursor: int, page: ChangesPage | None) -> None:
        """A push's answer brought the page from ``cursor`` (docs/protocol.md §5): :func:`pull` takes
        it, nothing is asked on the pipe. None (a server from before, or an answer this desk did not
        record whole): the page is asked as before."""
        self._carried = None if page is None else (cursor, page)

    @property
    def pending(self) -> bool:
        """The page is still to be asked: it was not, or the pipe lost it (a cut)."""
        if self._carried is not None:
            return False
        return self._asked is None or self._asked[1].error is not None

    def first(self) -> tuple[int, ChangesPage] | None:
        """(cursor, page) for :func:`pull`, or None when it was not asked or the pipe lost it (pull asks)."""
        if self._carried is not None:
            carried, self._carried = self._carried, None
            return carried
        if self._asked is None:
            return None
        cursor, call = self._asked
        self._asked = None
        try:
            r = call.result()
        except TransientError as exc:
            log.info("the feed page asked on the transfer pipe did not come (%s); asking again", exc)
            return None
        db = self.connection.ctx.db
        now = store.own_echo(db)
        unrecorded = store.get(db, store.PUSH_IN_FLIGHT) or now is None or now[0] != self._claimed
        if self._claimed is not None and unrecorded:
            log.info("a push's answer was not recorded before the feed page asked past it; asking it again")
            return None
        self._taken = self.client.changes_answer(r, cursor, PAGE)
        return cursor, self._taken


def together(client: SyncClient, ask: Callable[[Callable[..., pipeline.Call]], Any],
             lead: Callable[[], tuple[str, str, dict, bytes] | None] | None = None) -> pipeline.Pipe | None:
    """The requests ``ask(submit)`` makes, pipelined on ``client``'s own connection (all written,
    then the answers read: one round trip for all of them) before this returns; each one's
    answer is its :class:`~desktop_app.sync.pipeline.Call`'s ``result()``, or the break that lost it (TransientError). The
    connection then goes back to the client's pool for its next request. For the cycle's file
    plan and feed page when no file goes up (no pipe to ride on): on a 2G link one round trip less
    before the first file comes down.

    ``lead()``: one more request written behind them (the feed page's lead file, docs/protocol.md
    §6.1), whose answer is not read here: the pipe is returned with it on its way (None when there was
    none, or a break lost the answers), for the downloads to read it as their first file's."""
    calls: list[pipeline.Call] = []

    def submit(method: str, target: str, headers: dict[str, str], body: bytes = b"") -> pipeline.Call:
        calls.append(pipeline.Call(method, target, headers, body))
        return calls[-1]

    ask(submit)
    last = lead() if lead is not None else None
    pipe = pipeline.Pipe(client)
    pipe.limit = client.max_json_response  # a feed page is the client's JSON, as on its own requests
    try:
        for call in calls:
            pipe.send(*call.request())
        if last is not None:
            pipe.send(*last)
        for call in calls:
            call.answer(pipe.read())
    except TransientError as exc:
        pipe.close()
        for call in calls:
            call.fail(exc)
        return None
    if last is not None:
        pipe.limit = pipeline.MAX_ANSWER
        return pipe
    pipe.give_back()
    return None


class _Unwanted(Exception):
    """A lead file's bytes come that no download takes."""


def _no_body(r: Any) -> None:
    if r.status_code < 300:
        raise _Unwanted()


def settle_lead(pipe: pipeline.Pipe) -> None:
    """The answer of a lead file request (``together``'s ``lead``) that no download takes: a 204 (or a
    server from before's 404) is read and the connection goes back to the client's pool; a file on
    its way ends the connection (its bytes are not wanted here)."""
    try:
        pipe.read(on_head=_no_body)
    except (TransientError, _Unwanted) as exc:
        log.debug("a lead file not taken ends its connection (%s)", type(exc).__name__)
        pipe.close()
        return
    pipe.give_back()
