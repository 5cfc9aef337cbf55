"""Plain protocol definitions shared by the desktop client and the reference server (no I/O, no Qt).

Everything here is pure standard-library Python: constants, enums, TypedDicts and pure validators.
The normative description is docs/protocol.md; this module mirrors it so both sides agree on names.
"""
from docflow_protocol.constants import (
    API_PREFIX,
    PROTOCOL_VERSION,
    HEADER_WORKSTATION,
    HEADER_REQUEST_ID,
    TUS_VERSION,
    TUS_EXTENSIONS,
    TUS_CHECKSUM_ALGORITHMS,
    Limits,
    LIMITS,
    Role,
    ALL_ROLES,
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
    OP_ROLES,
    REGISTRATION_CHANNELS,
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

__all__ = [name for name in dir() if not name.startswith("_")]
