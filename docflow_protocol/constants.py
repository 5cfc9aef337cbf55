"""Protocol constants: versions, header names, limits, enumerations and error codes."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

PROTOCOL_VERSION = "1"
API_PREFIX = "/v1"

#: Every authenticated request names the workstation the bearer token was issued to.
HEADER_WORKSTATION = "X-Docflow-Workstation"
#: Optional, echoed back in responses; helps correlate client and server logs.
HEADER_REQUEST_ID = "X-Request-Id"

TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = ("creation", "creation-with-upload", "checksum", "termination", "expiration")
TUS_CHECKSUM_ALGORITHMS = ("sha256",)

#: Deltas of incremental PDFs (docs/protocol.md §7.1): a file that extends one the other side holds
#: (a signature level or a further signature appended to a PDF) travels as its appended bytes only.
#: Upload: ``Upload-Metadata`` names the base (``base`` its sha256, ``base_length`` its size); the
#: server starts the upload with the base's bytes (``Upload-Offset: base_length``).
UPLOAD_META_BASE = "base"
UPLOAD_META_BASE_LENGTH = "base_length"
#: Download: ``GET /v1/files/{sha256}?base=<sha256>`` (up to ``MAX_DELTA_BASES`` of them); a ``206``
#: names the base it starts after in this header (its bytes up to ``Content-Range``'s start).
DELTA_BASE_PARAM = "base"
HEADER_DELTA_BASE = "X-Docflow-Delta-Base"
MAX_DELTA_BASES = 4
#: Download: the TLS record size the desk asks the file's body in (``GET /v1/files/{sha256}``),
#: fitted to how often its link is cut (a cut loses the record it broke; each record costs 22
#: bytes). The server keeps it within ``RECORD_SIZE_LIMITS``; without it, 4 KiB records.
HEADER_RECORD_SIZE = "X-Docflow-Record"
RECORD_SIZE_LIMITS = (1024, 16384)
#: Download: record sizes that change along the body (docs/protocol.md §7): ``<size>@<offset>``
#: pairs, comma-separated, offsets into the answer's body rising from 0 -- large records where the
#: desk's link is not cut, small ones where its cuts came. At most ``MAX_RECORD_PLAN`` pairs, sizes
#: kept within ``RECORD_SIZE_LIMITS``; a plan that does not parse is ignored (``HEADER_RECORD_SIZE``
#: then holds, as on a server from before).
HEADER_RECORD_PLAN = "X-Docflow-Record-Plan"
MAX_RECORD_PLAN = 32
#: ``?brief=1``: an answer without what the desk does not read. ``POST /v1/ops`` (docs/protocol.md §5):
#: each result leaves out the fields at their default (``version``/``seq`` null, ``result`` {},
#: ``error`` null, ``replayed`` false) -- ~40 bytes of each small push a desk makes along its uploads.
#: ``GET /v1/files/{sha256}`` (§7): no ``ETag`` (the sha256 the desk asked for) nor ``Accept-Ranges``
#: -- ~96 bytes of each download and of each one a cut breaks. A server from before ignores it.
BRIEF_PARAM = "brief"
OPS_BRIEF_QUERY = f"{BRIEF_PARAM}=1"
#: ``POST /v1/ops?ids=0`` (docs/protocol.md §5): the results leave out ``op_id`` and ``doc_id``: each
#: answers the op at its place in the batch (as every answer does). ~80 of the ~130 bytes of an
#: applied op's brief result (two UUIDs, which gzip does not shrink). A server from before ignores it.
IDS_PARAM = "ids"
#: What the reference desk asks a push's answer as: brief, and without the ops' ids.
OPS_BARE_QUERY = f"{OPS_BRIEF_QUERY}&{IDS_PARAM}=0"
#: The change feed without the desk's own echo (docs/protocol.md §6): ``GET /v1/changes`` with
#: ``own_from=L&own_to=H`` says "I hold the answers of my own pushes whose changes have seq L..H";
#: the server leaves out those of them whose document has only ever changed by them (see
#: ``ECHO_FREE_OP_TYPES``). A request without them gets every change (older desks).
FEED_OWN_FROM = "own_from"
FEED_OWN_TO = "own_to"
#: A push that brings the feed back (docs/protocol.md §5): ``POST /v1/ops?feed_cursor=C`` (with
#: ``feed_limit`` and the own-echo window, as ``GET /v1/changes``) answers the batch's results and,
#: under ``"feed"``, the page of the changes after C read once the batch is in, without the desk's own
#: echo (this push's changes count as its own). A server from before ignores the parameters and
#: answers the results alone: the desk then reads the feed as before.
PUSH_FEED_CURSOR = "feed_cursor"
PUSH_FEED_LIMIT = "feed_limit"
#: The feed page's lead file (docs/protocol.md §6.1): ``GET /v1/changes/lead-file?cursor=C&limit=L``,
#: pipelined right behind ``GET /v1/changes`` from the same cursor, answers the file the page's first
#: download would ask (``docflow_protocol.lead_file``), so its bytes follow the page on the link
#: without the round trip of a ``GET`` asked once the page is read: ``200`` with the whole file
#: (the answer names it in ``HEADER_LEAD_FILE``; ``X-Docflow-Record`` and ``?brief=1`` as for
#: ``GET /v1/files/{sha256}``), or ``204`` when the page has none. A server from before answers 404.
LEAD_FILE_PATH = "/changes/lead-file"
HEADER_LEAD_FILE = "X-Docflow-File"


@dataclass(frozen=True)
class Limits:
    """Server limits every client must respect (values of the reference server)."""

    max_json_body: int = 1024 * 1024            # bytes, after gzip decompression
    max_ops_per_batch: int = 100
    max_file_size: int = 512 * 1024 * 1024      # Tus-Max-Size
    max_changes_page: int = 500
    default_changes_page: int = 100
    max_wait_seconds: int = 60                  # long-poll upper bound
    max_block_size: int = 1000                  # numbers per leased block
    max_fields: int = 64                        # keys in a document's "fields" object
    max_field_chars: int = 10_000               # characters in one string field value
    max_text_chars: int = 20_000                # resolution text, comments
    max_file_name_chars: int = 255
    max_recipients: int = 50                    # registry codes per dispatch
    max_route_steps: int = 100
    max_step_days: int = 365                    # a route step's allowance in working days
    max_step_label_chars: int = 200             # a route step's name ("Draft the letter", a rework's reason)
    token_ttl_seconds: int = 12 * 3600          # default bearer token lifetime
    upload_expiry_seconds: int = 7 * 86400      # an incomplete upload idle this long is removed (Upload-Expires)


LIMITS = Limits()


class _StrEnum(str, Enum):
    def __str__(self) -> str:  # pragma: no cover - cosmetic
        return self.value


class Role(_StrEnum):
    CLERK = "clerk"
    HEAD = "head"
    EXECUTOR = "executor"
    ADMIN = "admin"


ALL_ROLES = frozenset(r.value for r in Role)


class DocumentKind(_StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    INTERNAL = "internal"


DOCUMENT_KINDS = tuple(k.value for k in DocumentKind)


class DocumentStatus(_StrEnum):
    DRAFT = "draft"
    RECEIVED = "received"        # arrived from another institution through dispatch
    REGISTERED = "registered"
    DISPATCHED = "dispatched"
    ARCHIVED = "archived"


class FileRole(_StrEnum):
    ORIGINAL = "original"        # as received / as scanned, kept byte-for-byte
    SCAN = "scan"
    DERIVED = "derived"          # OCR'd or compressed copy
    SIGNED = "signed"            # PAdES-signed PDF
    ATTACHMENT = "attachment"
    DRAFT = "draft"


#: A ``derived`` PDF whose document information ``/Keywords`` holds this word is a letter made again
#: with its registration number and date (a desk names it a "numbered copy", not a cleaned scan). The
#: file's role stays ``derived``, so servers and desks that do not know the word keep working.
NUMBERED_COPY_KEYWORD = "docflow-numbered-copy"


class StepKind(_StrEnum):
    REVIEW = "review"
    ENDORSE = "endorse"
    SIGN = "sign"
    EXECUTE = "execute"
    ACKNOWLEDGE = "acknowledge"


class StepAction(_StrEnum):
    APPROVE = "approve"
    REJECT = "reject"            # declined: the route stops (step state "rejected")
    RETURN = "return"            # sent back for rework: the route stops (step state "returned")
    DONE = "done"
    ACKNOWLEDGE = "acknowledge"


class SignatureLevel(_StrEnum):
    B_B = "B-B"
    B_T = "B-T"
    B_LT = "B-LT"


class RegistrationMode(_StrEnum):
    BLOCK = "block"              # number taken offline from a leased block
    PROVISIONAL = "provisional"  # offline provisional number; server issues the final one
    SERVER = "server"            # online: server issues the next number


class ReceiptStatus(_StrEnum):
    DELIVERED = "delivered"      # recipient institution fetched it from its feed
    REGISTERED = "registered"    # recipient registered it (dispatch.acknowledge)
    REFUSED = "refused"          # recipient refused it (dispatch.acknowledge)


class OpStatus(_StrEnum):
    APPLIED = "applied"          # final: the op changed the document
    CONFLICT = "conflict"        # final: base_version is stale; error.current holds the document
    REJECTED = "rejected"        # final: the op can never apply (role, state, validation)
    DEFERRED = "deferred"        # NOT recorded: retry the same op later (missing blob, order)


class ChangeKind(_StrEnum):
    DOCUMENT = "document"        # a document changed (op applied, or incoming dispatch)
    RECEIPT = "receipt"          # a delivery receipt for a document this institution dispatched


class ErrorCode(_StrEnum):
    # request-level (HTTP status in brackets)
    MALFORMED_JSON = "malformed_json"                  # 400
    INVALID_REQUEST = "invalid_request"                # 422 wrong types / missing fields
    UNKNOWN_OP_TYPE = "unknown_op_type"                # 422
    INVALID_PAYLOAD = "invalid_payload"                # 422
    BODY_TOO_LARGE = "body_too_large"                  # 413
    UNSUPPORTED_ENCODING = "unsupported_encoding"      # 415
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"  # 415
    BAD_CREDENTIALS = "bad_credentials"                # 401
    LOGIN_THROTTLED = "login_throttled"                # 429 with Retry-After (seconds)
    REQUEST_TIMEOUT = "request_timeout"                # 408 the body stopped arriving
    UNAUTHENTICATED = "unauthenticated"                # 401 missing / unknown token
    TOKEN_EXPIRED = "token_expired"                    # 401
    TOKEN_REVOKED = "token_revoked"                    # 401
    WORKSTATION_MISMATCH = "workstation_mismatch"      # 401
    WORKSTATION_DISABLED = "workstation_disabled"      # 403
    FORBIDDEN_ROLE = "forbidden_role"                  # 403 (also an op result code)
    NOT_FOUND = "not_found"                            # 404 (also for other institutions' ids)
    METHOD_NOT_ALLOWED = "method_not_allowed"          # 405
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"  # 422 / op result
    # tus
    TUS_VERSION_UNSUPPORTED = "tus_version_unsupported"  # 412
    OFFSET_MISMATCH = "offset_mismatch"                # 409
    CHECKSUM_MISMATCH = "checksum_mismatch"            # 460
    CHECKSUM_ALGORITHM_UNSUPPORTED = "checksum_algorithm_unsupported"  # 400
    SHA256_MISMATCH = "sha256_mismatch"                # 460 whole-file hash differs from declared
    FILE_TOO_LARGE = "file_too_large"                  # 413
    INVALID_FILE_NAME = "invalid_file_name"            # 400
    INVALID_UPLOAD_METADATA = "invalid_upload_metadata"  # 400
    RANGE_NOT_SATISFIABLE = "range_not_satisfiable"    # 416
    UPLOAD_LOCKED = "upload_locked"                    # 423 another request is writing this upload
    BASE_MISSING = "base_missing"                      # 409 a delta's base is not held here: send the whole file
    # numbers
    BLOCK_RELEASED = "block_released"                  # 409
    # op result codes
    VERSION_CONFLICT = "version_conflict"
    DOCUMENT_NOT_FOUND = "document_not_found"          # deferred
    OUT_OF_ORDER = "out_of_order"                      # deferred
    BLOB_MISSING = "blob_missing"                      # deferred
    PRECEDING_OP_FAILED = "preceding_op_failed"        # deferred
    DOCUMENT_ID_TAKEN = "document_id_taken"
    INVALID_STATE = "invalid_state"
    ALREADY_REGISTERED = "already_registered"
    NUMBER_ALREADY_USED = "number_already_used"
    NUMBER_NOT_IN_BLOCK = "number_not_in_block"
    UNKNOWN_JOURNAL = "unknown_journal"
    CASE_REQUIRED = "case_required"                    # the year has a file plan: file the document to a case
    UNKNOWN_CASE = "unknown_case"                      # no such case of this institution for the registration's year
    CASE_CLOSED = "case_closed"                        # the case is closed: nothing more is filed to it
    UNKNOWN_RECIPIENT = "unknown_recipient"
    UNKNOWN_USER = "unknown_user"
    UNKNOWN_STEP = "unknown_step"
    UNKNOWN_RESOLUTION = "unknown_resolution"
    UNKNOWN_SIGNATURE = "unknown_signature"
    STEP_NOT_ACTIVE = "step_not_active"
    NOT_ASSIGNEE = "not_assignee"
    NOT_SIGNER = "not_signer"                          # only the signer's user/workstation may change it
    NOT_INCREMENTAL_UPDATE = "not_incremental_update"  # new signed file does not keep the signed bytes
    SIGNATURE_INVALID = "signature_invalid"            # the file holds no intact signature as claimed
    NOT_CONTROLLER = "not_controller"                  # only who put the document on control may do this
    EXTENSION_REQUIRED = "extension_required"          # a controlled deadline moves only by an approved request
    UNKNOWN_EXTENSION = "unknown_extension"
    ANONYMOUS_APPEAL = "anonymous_appeal"              # no name or address: not registered as an appeal
    APPEAL_EXTENSION_LIMIT = "appeal_extension_limit"  # more than 30 working days added in all
    NOT_REPEATED_APPEAL = "not_repeated_appeal"        # the applicant's earlier appeals were not answered on the merits enough
    NOT_PAST_RETENTION = "not_past_retention"          # a document on a disposal act is not past retention (server's file plan)
    # server
    INTERNAL = "internal_error"                        # 500
    UNAVAILABLE = "unavailable"                        # 503
