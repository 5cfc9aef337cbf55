"""Every word the desktop client and the reference server share (no I/O, no Qt).

Pure standard-library Python. The normative description is docs/protocol.md; this package mirrors
it so both sides agree on names, and both import from here (a test fails if either spells one of
these words itself):

* ``constants`` -- versions, header names, limits, roles, enumerations, error codes;
* ``ops`` -- op types, who may send them, their payload schemas (``validate_operation``);
* ``states`` -- document, route, step and dispatch states and how ops move them;
* ``registration`` -- the registration card's fields and their limits;
* ``chancellery`` -- citizens' appeals (applicant card, legal terms) and control (extension states);
* ``dates`` -- the one parser and formatter of protocol dates and instants;
* ``validators`` -- what crosses the wire: canonical ids, numbers in headers, media types, JSON values;
* ``answers`` -- validators of the server's answers;
* ``fileplan`` -- numbers by year, number formats, the file plan's cases and retention;
* ``releases`` -- release notices;
* ``settings`` -- the institution's signing settings (trust roots, timestamp service, revocation).
"""
from docflow_protocol.constants import (
    API_PREFIX,
    NUMBERED_COPY_KEYWORD,
    PROTOCOL_VERSION,
    HEADER_WORKSTATION,
    HEADER_REQUEST_ID,
    TUS_VERSION,
    TUS_EXTENSIONS,
    TUS_CHECKSUM_ALGORITHMS,
    UPLOAD_META_BASE,
    UPLOAD_META_BASE_LENGTH,
    DELTA_BASE_PARAM,
    HEADER_DELTA_BASE,
    HEADER_RECORD_SIZE,
    MAX_DELTA_BASES,
    RECORD_SIZE_LIMITS,
    FEED_OWN_FROM,
    FEED_OWN_TO,
    Limits,
    LIMITS,
    Role,
    ALL_ROLES,
    DOCUMENT_KINDS,
    DocumentKind,
    DocumentStatus,
    FileRole,
    StepKind,
    StepAction,
    SignatureLevel,
    RegistrationMode,
    ReceiptStatus,
    OpStatus,
    ChangeKind,
    ErrorCode,
)
from docflow_protocol.ops import (
    OpType,
    ALL_OP_TYPES,
    COMMUTATIVE_OP_TYPES,
    ECHO_FREE_OP_TYPES,
    OP_ROLES,
    OFFICE_ROLES,
    SIGNING_ROLES,
    SIGNATURE_LEVEL_ORDER,
    Operation,
    OpResult,
    Change,
    ErrorBody,
    validate_operation,
    validate_file_name,
    is_sha256_hex,
    is_uuid,
)
from docflow_protocol.validators import (
    MAX_INT64,
    MAX_SAFE_INTEGER,
    canonical_uuid,
    is_canonical_uuid,
    is_media_type,
    is_server_id,
    json_value_problem,
    parse_decimal,
)
from docflow_protocol.registration import (
    Channel,
    REGISTRATION_CHANNELS,
    DEFAULT_CHANNEL,
    CORRESPONDENT,
    CORR_NUMBER,
    CORR_DATE,
    PAGES,
    SHEETS,
    ATTACHMENTS_COUNT,
    ATTACHMENTS_DESCRIPTION,
    CHANNEL,
    CASE_ID,
    NUMBER_MAX_CHARS,
    CardField,
    CARD,
    CARD_FIELDS,
    CARD_FIELD_NAMES,
    DISPATCHED_CARD_FIELDS,
    clean_card,
    parse_card,
)
from docflow_protocol.states import (
    DOCUMENT_FIELDS,
    LETTER_FIELDS,
    LETTER_KIND,
    letter_fields,
    letter_of,
    is_letter_field,
    Confidentiality,
    CONFIDENTIALITY_LEVELS,
    STATUS_AFTER_OP,
    status_after,
    StepState,
    RouteState,
    STEP_STATE_AFTER,
    STOPPED_ROUTE,
    active_order,
    route_state,
    DispatchStatus,
    DISPATCH_RANK,
    ACKNOWLEDGEMENTS,
)
from docflow_protocol.fileplan import (
    DISPOSAL_DECIDE_ROLES,
    DISPOSAL_DECISIONS,
    DISPOSAL_PROPOSE_ROLES,
    DisposalState,
    past_retention,
    NUMBER_FORMAT_FIELDS,
    NUMBER_FORMAT_MAX_CHARS,
    JOURNAL_CODE_MAX_CHARS,
    LONGEST_SEQ,
    longest_number,
    MIN_YEAR,
    MAX_YEAR,
    CASE_INDEX_MAX_CHARS,
    CASE_TITLE_MAX_CHARS,
    CASE_ARTICLE_MAX_CHARS,
    RETENTION_MAX_YEARS,
    FILE_PLAN_EDIT_ROLES,
    FILE_PLAN_CLOSE_ROLES,
    CaseRecord,
    case_problem,
    disposal_year,
    planned_case_id,
    format_number,
    number_format_problem,
    uses_index,
)
from docflow_protocol.dates import parse_date, is_date, format_date, parse_instant, format_instant, now_instant
from docflow_protocol.settings import INSTITUTION_SETTINGS_PATH, SIGNING_DEFAULTS, signing_problems, signing_settings
from docflow_protocol.chancellery import (
    APPEAL_JOURNAL_KIND,
    JOURNAL_KINDS,
    journal_takes,
    APPEAL_TERM_DAYS,
    APPEAL_TERM_CHECKING_DAYS,
    APPEAL_TERMS,
    APPEAL_EXTENSION_MAX_DAYS,
    APPEAL_FORWARD_DAYS,
    APPEAL_REPEAT_ANSWERS,
    APPEAL_REPEAT_WINDOW_DAYS,
    AppealType,
    APPEAL_TYPES,
    AppealAction,
    APPEAL_ACTIONS,
    ExtensionState,
    APPLICANT_NAME,
    APPLICANT_ADDRESS,
    APPLICANT_CONTACT,
    APPEAL_TYPE,
    APPEAL_FIELDS,
    APPEAL_FORM,
    APPEAL_FORMS,
    AppealForm,
    ORAL_APPEAL_FORMS,
    RECEIVED_BY,
    RECEIVED_ON,
    is_oral,
    NOTE_MAX_CHARS,
    is_anonymous,
    appeal_problems,
    clean_appeal,
)
from docflow_protocol import answers

__all__ = [name for name in dir() if not name.startswith("_")]
