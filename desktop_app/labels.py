"""Words for values: every enumeration value a person may see, as a translated label.

Values (``incoming``, ``post``, ``signed``, ``clerk`` ...) are data; what a window, a report or
a message shows is the label returned here. One function per enumeration, each falling back
to a neutral word (never the raw value) for a value it does not know, so a new value shows as
"other" until someone names it -- and the enum test in tests/ui catches that.

Document status, route step kinds/states/actions and signature states keep their labels where
they are defined (``states.status_label``, ``routing.steps``, ``signing.states``); this module
holds the rest.
"""
from __future__ import annotations

from desktop_app.i18n import current_language, translate
from docflow_protocol import APPEAL_JOURNAL_KIND, AppealForm, AppealType, Channel, Confidentiality, DocumentKind, ExtensionState, OpType, Role


def _pick(table: dict[str, str], value: str | None, fallback: str) -> str:
    return table.get(value or "", fallback)


def document_kind(kind: str | None) -> str:
    return _pick({
        DocumentKind.INCOMING.value: translate("Labels", "Incoming"),
        DocumentKind.OUTGOING.value: translate("Labels", "Outgoing"),
        DocumentKind.INTERNAL.value: translate("Labels", "Internal"),
    }, kind, translate("Labels", "Other document"))


def journal_kind(kind: str | None) -> str:
    """What a journal of this kind is called ("Incoming journal")."""
    return _pick({
        DocumentKind.INCOMING.value: translate("Labels", "Incoming journal"),
        DocumentKind.OUTGOING.value: translate("Labels", "Outgoing journal"),
        DocumentKind.INTERNAL.value: translate("Labels", "Internal journal"),
        APPEAL_JOURNAL_KIND: translate("Labels", "Citizens' appeals journal"),
    }, kind, translate("Labels", "Journal"))


def appeal_type(value: str | None) -> str:
    """A citizen's appeal's type (the law's three)."""
    return _pick({
        AppealType.APPLICATION.value: translate("Labels", "Application"),
        AppealType.PROPOSAL.value: translate("Labels", "Proposal"),
        AppealType.COMPLAINT.value: translate("Labels", "Complaint"),
    }, value, translate("Labels", "Appeal"))


def appeal_form(value: str | None) -> str:
    """How a citizen's appeal was made (in writing, electronically, orally at a reception or by telephone)."""
    return _pick({
        AppealForm.WRITTEN.value: translate("Labels", "In writing"),
        AppealForm.ELECTRONIC.value: translate("Labels", "Electronically"),
        AppealForm.RECEPTION.value: translate("Labels", "Orally, at a personal reception"),
        AppealForm.TELEPHONE.value: translate("Labels", "Orally, by telephone"),
    }, value, translate("Labels", "In writing"))


def extension_state(value: str | None) -> str:
    """A request to extend a controlled deadline."""
    return _pick({
        ExtensionState.PENDING.value: translate("Labels", "Waiting for a decision"),
        ExtensionState.APPROVED.value: translate("Labels", "Approved"),
        ExtensionState.REFUSED.value: translate("Labels", "Refused"),
    }, value, translate("Labels", "Request"))


def journal_name(code: str, name: str, kind: str | None) -> str:
    """A journal as a person reads it: its name, or its kind when the name is only the code
    (the journals a fresh profile starts with are named by code: ``IN``, ``OUT``, ``INT``)."""
    if not name or name.strip().upper() == code.strip().upper() or name in _BUILTIN_JOURNAL_NAMES:
        return journal_kind(kind)
    return name


#: Journal names the demo server and older profiles used, shown as the kind's name instead.
_BUILTIN_JOURNAL_NAMES = frozenset({"Incoming", "Outgoing", "Internal", "Citizens' appeals"})


def channel(value: str | None) -> str:
    """How a letter arrived or left (the protocol's REGISTRATION_CHANNELS)."""
    return _pick({
        Channel.POST.value: translate("Labels", "Post"),
        Channel.COURIER.value: translate("Labels", "Courier"),
        Channel.EMAIL.value: translate("Labels", "E-mail"),
        Channel.FAX.value: translate("Labels", "Fax"),
        Channel.HAND.value: translate("Labels", "By hand"),
        Channel.EDMS.value: translate("Labels", "Electronic circulation"),
    }, value, translate("Labels", "Other channel"))


def disposal_state(value: str | None) -> str:
    """Where a disposal act stands (``DisposalAct.state``)."""
    from desktop_app.db.models import DisposalAct

    return _pick({
        DisposalAct.PROPOSED: translate("Labels", "proposed"),
        DisposalAct.APPROVED: translate("Labels", "approved"),
        DisposalAct.REJECTED: translate("Labels", "rejected"),
    }, value, "")


def file_role(role: str | None) -> str:
    """What a stored file version is."""
    return _pick({
        "original": translate("Labels", "Original"),
        "scan": translate("Labels", "Scan"),
        "cleaned": translate("Labels", "Cleaned scan"),
        "numbered": translate("Labels", "Numbered copy"),
        "ocr": translate("Labels", "With recognised text"),
        "derived": translate("Labels", "Derived copy"),
        "signed": translate("Labels", "Signed"),
        "attachment": translate("Labels", "Attachment"),
        "draft": translate("Labels", "Draft"),
    }, role, translate("Labels", "File"))


def role(value: str | None) -> str:
    """A user role."""
    return _pick({
        Role.CLERK.value: translate("Labels", "Secretary"),
        Role.HEAD.value: translate("Labels", "Head"),
        Role.EXECUTOR.value: translate("Labels", "Executor"),
        Role.ADMIN.value: translate("Labels", "Administrator"),
    }, value, translate("Labels", "Other role"))


def roles(values) -> str:  # noqa: ANN001 - any iterable of role names
    order = (Role.HEAD.value, Role.CLERK.value, Role.EXECUTOR.value, Role.ADMIN.value)
    vals = sorted(set(values), key=lambda r: (order.index(r) if r in order else len(order), r))
    return ", ".join(role(v) for v in vals)


def confidentiality(level: str | None) -> str:
    return _pick({
        Confidentiality.PUBLIC.value: translate("Labels", "Public"),
        Confidentiality.INTERNAL.value: translate("Labels", "For internal use"),
        Confidentiality.CONFIDENTIAL.value: translate("Labels", "Confidential"),
    }, level, translate("Labels", "Not set"))


def receipt_status(status: str | None) -> str:
    """What the receiving institution did with a dispatched document."""
    return _pick({
        "sent": translate("Labels", "sent"),
        "delivered": translate("Labels", "delivered"),
        "registered": translate("Labels", "registered by the recipient"),
        "refused": translate("Labels", "refused by the recipient"),
    }, status, translate("Labels", "no answer yet"))


def revocation(status: str | None) -> str:
    """The revocation status of a signer's certificate."""
    return _pick({
        "good": translate("Labels", "not revoked"),
        "revoked": translate("Labels", "REVOKED"),
        "unknown": translate("Labels", "not checked yet (no revocation data; checked when online)"),
    }, status, translate("Labels", "not checked yet (no revocation data; checked when online)"))


def modification_level(level: str | None) -> str:
    """What kind of changes follow a signature in the file."""
    return _pick({
        "none": translate("Labels", "none"),
        "lta_updates": translate("Labels", "only validation data and timestamps"),
        "form_filling": translate("Labels", "later signatures and form filling (allowed)"),
        "annotations": translate("Labels", "comments and annotations"),
        "other": translate("Labels", "other changes (not allowed)"),
    }, level, translate("Labels", "could not be determined"))


def timestamp_kind(kind: str | None) -> str:
    return _pick({
        "signature-timestamp": translate("Labels", "timestamp of the signature"),
        "document-timestamp": translate("Labels", "document timestamp"),
    }, kind, translate("Labels", "timestamp"))


def signature_verdict(verdict: str | None) -> str:
    return _pick({
        "valid": translate("Labels", "valid"),
        "invalid": translate("Labels", "INVALID"),
        "indeterminate": translate("Labels", "cannot be confirmed"),
        "unsigned": translate("Labels", "not signed"),
        "unreadable": translate("Labels", "cannot be read"),
    }, verdict, translate("Labels", "cannot be confirmed"))


def trust_problem(code: str | None) -> str:
    """Why a signer's chain is not trusted, from pyHanko's AdES sub-indication name."""
    return _pick({
        "NO_CERTIFICATE_CHAIN_FOUND": translate(
            "Labels", "the signer's certificate does not lead to a trusted authority (add the institution's trust list in Settings)"),
        "NO_SIGNING_CERTIFICATE_FOUND": translate("Labels", "the signer's certificate is missing from the signature"),
        "CERTIFICATE_CHAIN_GENERAL_FAILURE": translate("Labels", "the chain of certificates could not be checked"),
        "CHAIN_CONSTRAINTS_FAILURE": translate("Labels", "a certificate in the chain is not allowed for signing"),
        "SIG_CONSTRAINTS_FAILURE": translate("Labels", "the signature does not meet the signing rules"),
        "CRYPTO_CONSTRAINTS_FAILURE": translate("Labels", "the signature uses an algorithm that is no longer accepted"),
        "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": translate("Labels", "the signature uses an algorithm that is no longer accepted"),
        "EXPIRED": translate("Labels", "the signer's certificate had expired"),
        "NOT_YET_VALID": translate("Labels", "the signer's certificate was not yet valid"),
        "REVOKED_NO_POE": translate("Labels", "the signer's certificate is revoked"),
        "REVOKED_CA_NO_POE": translate("Labels", "a certificate authority in the chain is revoked"),
        "OUT_OF_BOUNDS_NO_POE": translate("Labels", "the certificate was not valid at the signing time"),
        "OUT_OF_BOUNDS_NOT_REVOKED": translate("Labels", "the certificate was not valid at the signing time"),
        "REVOCATION_OUT_OF_BOUNDS_NO_POE": translate("Labels", "the revocation data are too old"),
        "TIMESTAMP_ORDER_FAILURE": translate("Labels", "the timestamps are in the wrong order"),
        "NO_POE": translate("Labels", "there is no proof of when it was signed"),
        "TRY_LATER": translate("Labels", "revocation data are not available yet; try again later"),
        "POLICY_PROCESSING_ERROR": translate("Labels", "the signature policy could not be processed"),
        "SIGNATURE_POLICY_NOT_AVAILABLE": translate("Labels", "the signature policy is not available"),
        "SIGNED_DATA_NOT_FOUND": translate("Labels", "the signed data were not found"),
        "GENERIC": translate("Labels", "the chain of certificates could not be checked"),
    }, code, translate("Labels", "the chain of certificates could not be checked"))


def deadline_state(state: str | None) -> str:
    return _pick({
        "overdue": translate("Labels", "Overdue"),
        "due_today": translate("Labels", "Due today"),
        "due_soon": translate("Labels", "Due soon"),
        "on_time": translate("Labels", "On time"),
    }, state, "")


def time_zone(name: str | None) -> str:
    """A time zone as a person knows it: its city in their language with the offset now, "Bakı
    (UTC+04:00)"; a zone without a name here keeps its identifier (the person typed it)."""
    import datetime as dt
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    city = {
        "Asia/Baku": translate("Labels", "Baku"),
        "Europe/Moscow": translate("Labels", "Moscow"),
        "Europe/Istanbul": translate("Labels", "Istanbul"),
        "Asia/Tbilisi": translate("Labels", "Tbilisi"),
        "UTC": "UTC",
    }.get(name or "")
    if city is None or city == "UTC":
        return name or ""
    try:
        offset = dt.datetime.now(ZoneInfo(name or "")).strftime("%z")
    except (ZoneInfoNotFoundError, ValueError):
        return city
    return f"{city} (UTC{offset[:3]}:{offset[3:]})"


# The name of the institution a new profile works in until the first login (stored in English,
# shown in the reader's language like the texts below).
LOCAL_INSTITUTION = "Local institution"

#: The names of the built-in route templates and of their steps, as the core writes them
#: (English source). A route made from a template stores these words; they are shown in the
#: reader's language (see :func:`builtin_text`).
_BUILTIN_TEXTS = {
    "Outgoing letter": lambda: translate("Routing", "Outgoing letter"),
    "Incoming letter": lambda: translate("Routing", "Incoming letter"),
    "Internal memo": lambda: translate("Routing", "Internal memo"),
    "Draft the reply": lambda: translate("Routing", "Draft the reply"),  # routes made before the words changed
    "Draft the letter": lambda: translate("Routing", "Draft the letter"),
    "Endorse the draft": lambda: translate("Routing", "Endorse the draft"),
    "Sign": lambda: translate("Routing", "Sign"),
    "Register and dispatch": lambda: translate("Routing", "Register and dispatch"),  # routes made before the order changed
    "Register the letter": lambda: translate("Routing", "Register the letter"),
    "Dispatch the letter": lambda: translate("Routing", "Dispatch the letter"),
    "Write a resolution": lambda: translate("Routing", "Write a resolution"),
    "Read and acknowledge": lambda: translate("Routing", "Read and acknowledge"),
    LOCAL_INSTITUTION: lambda: translate("Labels", "This institution"),
}


def builtin_text(text: str) -> str:
    """``text`` in the reader's language when Docflow wrote it (a built-in template or step name, a
    step label like "Execute the resolution" stored in the language of the day it was made)."""
    fn = _BUILTIN_TEXTS.get(text)
    if fn is not None:
        return fn()
    return translate("Routing", text)  # unknown words come back unchanged


def op_type(value: str | None) -> str:
    """A change waiting for the server (the protocol's op types), as a person calls it."""
    return _pick({
        OpType.DOCUMENT_CREATE.value: translate("Labels", "New document"),
        OpType.DOCUMENT_UPDATE.value: translate("Labels", "Changed details"),
        OpType.FILE_ATTACH.value: translate("Labels", "File"),
        OpType.REGISTRATION_REGISTER.value: translate("Labels", "Registration"),
        OpType.RESOLUTION_CREATE.value: translate("Labels", "Resolution"),
        OpType.RESOLUTION_UPDATE.value: translate("Labels", "Resolution change"),
        OpType.ROUTE_SET.value: translate("Labels", "Route"),
        OpType.ROUTE_STEP_ACT.value: translate("Labels", "Route step done"),
        OpType.SIGNATURE_ADD.value: translate("Labels", "Signature"),
        OpType.SIGNATURE_UPGRADE.value: translate("Labels", "Signature completion"),
        OpType.DOCUMENT_DISPATCH.value: translate("Labels", "Dispatch"),
        OpType.DISPATCH_ACKNOWLEDGE.value: translate("Labels", "Receipt confirmation"),
        OpType.DOCUMENT_ARCHIVE.value: translate("Labels", "Archiving"),
    }, value, translate("Labels", "Other change"))


def op_state(value: str | None) -> str:
    return _pick({
        "pending": translate("Labels", "waiting"),
        "failed": translate("Labels", "failed, retried"),
        "rejected": translate("Labels", "refused by the server"),
        "conflict": translate("Labels", "in conflict"),
        "local": translate("Labels", "kept on this workstation"),
        "done": translate("Labels", "sent"),
        "superseded": translate("Labels", "replaced"),
    }, value, translate("Labels", "waiting"))


def in_sentence(label: str) -> str:
    """A label inside a sentence: its first letter in lower case (in Azerbaijani İ/I become i/ı;
    in other languages I is i)."""
    if not label:
        return label
    dotless = {"İ": "i", "I": "ı"} if current_language() == "az" else {"İ": "i"}
    first = dotless.get(label[0], label[0].lower()) if label[1:2].islower() else label[0]
    return first + label[1:]
