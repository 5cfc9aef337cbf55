"""What a person reads when something fails: one translated sentence, the raw detail apart.

Every error code of the protocol (:class:`docflow_protocol.ErrorCode`) and every kind of
transport failure has a sentence here, in one place; the raw text (the server's English
message, a library's ``HTTPSConnectionPool ... Max retries exceeded``, a traceback) goes to
``details``, which the window keeps behind a "Details" button and the log keeps in full.

    msg = describe_error(exc)
    dialogs.error(parent, title, msg.text, msg.details)
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.errors import DocflowError
from desktop_app.i18n import translate
from docflow_protocol import ErrorCode

E = ErrorCode


@dataclass(frozen=True)
class UserMessage:
    """A sentence for a person and the technical detail behind it (may be empty)."""

    text: str
    details: str = ""


def _sentences() -> dict[str, Callable[[], str]]:
    # Every call is spelled out as translate("Errors", ...) so that lupdate extracts it.
    return {
        E.MALFORMED_JSON: lambda: translate("Errors", "The server could not read what this workstation sent. Try again; if it repeats, send the log to support."),
        E.INVALID_REQUEST: lambda: translate("Errors", "The server refused the request as incomplete. Update Docflow or send the log to support."),
        E.UNKNOWN_OP_TYPE: lambda: translate("Errors", "The server does not know this kind of change. Docflow or the server needs an update."),
        E.INVALID_PAYLOAD: lambda: translate("Errors", "The server refused the change because a field is missing or wrong."),
        E.BODY_TOO_LARGE: lambda: translate("Errors", "What was sent is too large for the server."),
        E.UNSUPPORTED_ENCODING: lambda: translate("Errors", "The server cannot read how the data was packed. Docflow or the server needs an update."),
        E.UNSUPPORTED_MEDIA_TYPE: lambda: translate("Errors", "The server does not accept this type of data. Docflow or the server needs an update."),
        E.BAD_CREDENTIALS: lambda: translate("Errors", "The user name or password is wrong, or this workstation is not registered for you."),
        E.UNAUTHENTICATED: lambda: translate("Errors", "You are not logged in to the server. Log in (Sync → Log in) to synchronise."),
        E.TOKEN_EXPIRED: lambda: translate("Errors", "Your login to the server has expired. Log in again (Sync → Log in)."),
        E.TOKEN_REVOKED: lambda: translate("Errors", "Your login was withdrawn on the server. Log in again (Sync → Log in)."),
        E.WORKSTATION_MISMATCH: lambda: translate("Errors", "The login belongs to another workstation. Log in again on this one."),
        E.WORKSTATION_DISABLED: lambda: translate("Errors", "This workstation has been disabled on the server. Ask your administrator."),
        E.FORBIDDEN_ROLE: lambda: translate("Errors", "Your role does not allow this action. Ask the head or the administrator."),
        E.NOT_FOUND: lambda: translate("Errors", "The server does not have this record (it may belong to another institution)."),
        E.METHOD_NOT_ALLOWED: lambda: translate("Errors", "The server does not allow this request. Docflow or the server needs an update."),
        E.IDEMPOTENCY_KEY_REUSED: lambda: translate("Errors", "The server already has a different change under the same key. Send the log to support."),
        E.TUS_VERSION_UNSUPPORTED: lambda: translate("Errors", "The server does not accept this way of uploading files. Docflow or the server needs an update."),
        E.OFFSET_MISMATCH: lambda: translate("Errors", "A file upload got out of step with the server; it starts again from where the server is."),
        E.CHECKSUM_MISMATCH: lambda: translate("Errors", "A piece of a file was damaged on the way; it is sent again."),
        E.CHECKSUM_ALGORITHM_UNSUPPORTED: lambda: translate("Errors", "The server cannot check files the way this workstation sends them."),
        E.BASE_MISSING: lambda: translate("Errors", "The server does not have the earlier version this file was sent against; the whole file is sent instead."),
        E.SHA256_MISMATCH: lambda: translate("Errors", "A file arrived at the server damaged; it is sent again."),
        E.FILE_TOO_LARGE: lambda: translate("Errors", "The file is larger than the server accepts."),
        E.INVALID_FILE_NAME: lambda: translate("Errors", "The server refused the file's name. Rename the file and try again."),
        E.INVALID_UPLOAD_METADATA: lambda: translate("Errors", "The server refused the file's description. Send the log to support."),
        E.RANGE_NOT_SATISFIABLE: lambda: translate("Errors", "A file download got out of step with the server; it starts again."),
        E.BLOCK_RELEASED: lambda: translate("Errors", "The block of registration numbers is no longer valid; a new one is taken on the next sync."),
        E.VERSION_CONFLICT: lambda: translate("Errors", "Someone else changed this document at the same time. Choose which version to keep in Conflicts."),
        E.DOCUMENT_NOT_FOUND: lambda: translate("Errors", "The server does not have the document yet; the change waits and is sent again."),
        E.OUT_OF_ORDER: lambda: translate("Errors", "An earlier change to the document must reach the server first; this one waits."),
        E.BLOB_MISSING: lambda: translate("Errors", "The file this change needs has not reached the server yet; it waits for the upload."),
        E.PRECEDING_OP_FAILED: lambda: translate("Errors", "An earlier change to the same document was refused, so this one waits."),
        E.DOCUMENT_ID_TAKEN: lambda: translate("Errors", "The server already has another document with this identity."),
        E.INVALID_STATE: lambda: translate("Errors", "The document is in a state where this action is not possible any more."),
        E.ALREADY_REGISTERED: lambda: translate("Errors", "The document is already registered on the server."),
        E.NUMBER_ALREADY_USED: lambda: translate("Errors", "This registration number is already used; the server gives another one."),
        E.NUMBER_NOT_IN_BLOCK: lambda: translate("Errors", "The registration number is outside this workstation's block of numbers."),
        E.UNKNOWN_JOURNAL: lambda: translate("Errors", "The server does not know this journal. Synchronise to get the institution's journals."),
        E.CASE_REQUIRED: lambda: translate("Errors", "The institution has a file plan for this year: choose the case the document is filed to."),
        E.UNKNOWN_CASE: lambda: translate("Errors", "The case is not in the institution's file plan for the year of registration."),
        E.CASE_CLOSED: lambda: translate("Errors", "The case of the file plan is closed: nothing more is filed to it. Choose an open case of the year."),
        E.UNKNOWN_RECIPIENT: lambda: translate("Errors", "The server does not know one of the recipient institutions."),
        E.UNKNOWN_USER: lambda: translate("Errors", "The server does not know one of the people named in the change."),
        E.UNKNOWN_STEP: lambda: translate("Errors", "The server does not know this route step."),
        E.UNKNOWN_RESOLUTION: lambda: translate("Errors", "The server does not know this resolution."),
        E.UNKNOWN_SIGNATURE: lambda: translate("Errors", "The server does not know this signature."),
        E.STEP_NOT_ACTIVE: lambda: translate("Errors", "This route step is not active any more (someone may have acted on it already)."),
        E.NOT_ASSIGNEE: lambda: translate("Errors", "This route step is assigned to someone else."),
        E.LOGIN_THROTTLED: lambda: translate("Errors", "Too many failed logins: the server asks to wait before the next try."),
        E.REQUEST_TIMEOUT: lambda: translate("Errors", "The connection was too slow to finish sending; it is tried again."),
        E.UPLOAD_LOCKED: lambda: translate("Errors", "The server is still receiving this file from an earlier try; it continues shortly."),
        E.NOT_SIGNER: lambda: translate("Errors", "Only the person (and workstation) who signed can change this signature."),
        E.NOT_INCREMENTAL_UPDATE: lambda: translate("Errors", "The new signed file does not keep the earlier signed version unchanged; the server refused it."),
        E.SIGNATURE_INVALID: lambda: translate("Errors", "The server found no intact signature in the file that was sent."),
        E.NOT_CONTROLLER: lambda: translate("Errors", "Only the official who put the document on control may do this."),
        E.EXTENSION_REQUIRED: lambda: translate("Errors", "A controlled deadline moves only on the executor's request approved by the controlling official."),
        E.UNKNOWN_EXTENSION: lambda: translate("Errors", "The server does not know this request for more time."),
        E.ANONYMOUS_APPEAL: lambda: translate("Errors", "An appeal without the applicant's name and address is anonymous and is not registered as an appeal."),
        E.APPEAL_EXTENSION_LIMIT: lambda: translate("Errors", "An appeal's term can be extended by at most 30 working days in all."),
        E.NOT_REPEATED_APPEAL: lambda: translate("Errors", "The appeal is not a repeated one: the applicant's earlier appeals were not answered on the merits three times within a year."),
        E.NOT_PAST_RETENTION: lambda: translate("Errors", "The document is not past its retention period in the server's file plan, so it cannot be disposed of."),
        E.INTERNAL: lambda: translate("Errors", "The server had an internal problem. It is tried again later."),
        E.UNAVAILABLE: lambda: translate("Errors", "The server is busy or under maintenance. It is tried again later."),
    }


def code_sentence(code: str | None) -> str | None:
    """The sentence for one protocol error code (None for an unknown code)."""
    fn = _sentences().get(str(code or ""))
    return fn() if fn is not None else None


def sentences_by_code() -> dict[str, str]:
    """Every protocol error code with its sentence in the current language (for tests and docs)."""
    return {str(code): fn() for code, fn in _sentences().items()}


def _transport_sentence(exc: BaseException) -> str | None:
    """A sentence for a failure of the link itself, by the sync error's class (no Qt, no requests)."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    status = getattr(exc, "status", None)
    if "TLSError" in names:
        return translate("Errors", "The server's identity could not be confirmed (its certificate is not trusted). "
                                   "Nothing was sent. Check the server address and the institution's CA settings.")
    if "TransientError" in names:
        if status is not None:
            return translate("Errors", "The server is having trouble. Docflow keeps the changes and tries again later.")
        return translate("Errors", "The server cannot be reached (no connection). Docflow keeps the changes and sends them "
                                   "when the connection is back.")
    if "BadResponse" in names:
        return translate("Errors", "The server sent an answer Docflow does not understand. Docflow tries again later; "
                                   "if it repeats, send the log to support.")
    if "AuthError" in names:
        return translate("Errors", "The server no longer accepts your login. Log in again (Sync → Log in).")
    return None


def split_op_error(text: str) -> tuple[str, str]:
    """``"code: message"`` as the sync engine stores an operation's last error -> (code, message)."""
    head, sep, rest = (text or "").partition(":")
    head = head.strip()
    if sep and head and head.replace("_", "").isalnum() and head.islower():
        return head, rest.strip()
    if text and text.replace("_", "").isalnum() and text.islower():
        return text, ""
    return "", text or ""


def describe_op_error(text: str) -> UserMessage:
    """An outbox operation's stored error as a sentence (the server's own words as details)."""
    if not text:
        return UserMessage("")
    code, rest = split_op_error(text)
    sentence = code_sentence(code) if code else None
    if sentence:
        return UserMessage(sentence, rest)
    return UserMessage(translate("Errors", "The server did not take this change yet."), text)


def describe_error(exc: BaseException) -> UserMessage:
    """A sentence for any exception: the protocol code's sentence, else the transport's, else the
    core's own sentence (a DocflowError already speaks to people), else a general one. The
    details hold what a supporter needs (the raw message, the code, the traceback)."""
    code = str(getattr(exc, "code", "") or "")
    raw = str(exc)
    detail_lines = []
    if code:
        detail_lines.append(translate("Errors", "Code: {code}").format(code=code))
    status = getattr(exc, "status", None)
    if status:
        detail_lines.append(f"HTTP {status}")
    tb = getattr(exc, "__docflow_traceback__", "") or ""
    if getattr(exc, "retry_after", None) and raw:
        # Its own sentence says how long to wait (the server's Retry-After): better than the code's.
        return UserMessage(raw, "\n".join(detail_lines))
    sentence = code_sentence(code) if code else None
    if sentence is None:
        sentence = _transport_sentence(exc)
    if sentence is None and isinstance(exc, DocflowError):
        if raw:
            # The core's sentence is already for people; only a trace goes behind Details.
            return UserMessage(raw, "\n".join(detail_lines + ([tb] if tb else [])).strip())
    if sentence is None:
        if isinstance(exc, MemoryError):
            sentence = translate("Errors", "The computer ran out of memory. Close other programs and try again.")
        elif isinstance(exc, PermissionError):
            sentence = translate("Errors", "Docflow was not allowed to read or write a file: {name}").format(
                name=getattr(exc, "filename", "") or "")
        elif isinstance(exc, FileNotFoundError):
            sentence = translate("Errors", "A file Docflow needs was not found: {name}").format(name=getattr(exc, "filename", "") or "")
        elif isinstance(exc, OSError):
            sentence = translate("Errors", "The disk refused the operation (it may be full or disconnected).")
        else:
            sentence = translate("Errors", "Something went wrong inside Docflow. The work done so far is kept; "
                                           "the details are in the log for support.")
    if raw or not isinstance(exc, DocflowError):
        detail_lines.append(raw if isinstance(exc, DocflowError) else f"{type(exc).__name__}: {raw}")
    if tb:
        detail_lines.append(tb)
    elif not isinstance(exc, DocflowError) and exc.__traceback__ is not None:
        detail_lines.append("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return UserMessage(sentence, "\n".join(detail_lines).strip())
