"""What the server checks in a signed PDF before it lists it as signed or lets it replace another.

No trust decision is made here (the server holds no trust roots and fetches nothing): these are
the checks that need only the bytes, done with pyHanko.

* A **signed file** (``signature.add``, ``file.attach`` with role ``signed``) is a readable PDF
  holding at least one signature. The signature the record stands for -- the one(s) by
  ``certificate_sha256``, else the newest -- is intact (the CMS signature verifies over the
  signed bytes), and what was appended after it is at most signing, form filling, timestamps and
  validation data (pyHanko's difference analysis: no page content, no annotations); the claimed
  level must show in the file (below). Other people's signatures in the file are for the
  receiving validator to judge (an incoming PDF may carry one that is already broken).
* An **upgrade** of a signature from file ``old`` to file ``new`` (``signature.upgrade``) is an
  incremental update: ``old``'s bytes are a prefix of ``new``; ``new`` adds after the newest file
  of the document it extends only timestamps and validation data (no new signature, no other
  change); the signer's signature stays intact.
* **Levels**: ``B-T`` needs a trusted time for the signature -- a signature timestamp in it, or
  an intact document timestamp in a later revision; ``B-LT`` needs that and a DSS (validation
  data) in the file.
"""
from __future__ import annotations

import hashlib
import importlib
import logging
import threading
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from circulation_server import pdf_hex
from docflow_protocol import ErrorCode, SignatureLevel

log = logging.getLogger("circulation_server")

_CHUNK = 1024 * 1024
_UNKNOWN = 99  # modification level when pyHanko cannot explain a change: worse than any level


class SignedFileRefused(Exception):
    """The file does not pass; ``code`` is a protocol error code, ``message`` a sentence."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = str(code)
        self.message = message


@dataclass(frozen=True)
class _Sig:
    field: str
    timestamp_only: bool        # a document timestamp (/DocTimeStamp), not a signature
    revision: int
    cert_sha256: str
    intact: bool
    modification: int           # pyHanko ModificationLevel value of what follows; _UNKNOWN if unexplained
    has_signature_timestamp: bool


@dataclass(frozen=True)
class _Pdf:
    sigs: tuple[_Sig, ...]
    has_dss: bool

    @property
    def signatures(self) -> list[_Sig]:
        return [s for s in self.sigs if not s.timestamp_only]


_PYHANKO_LOCK = threading.Lock()
_pyhanko_loaded = False


def _load_pyhanko() -> None:
    """Import the pyhanko modules used here once, one thread at a time (they are imported when the
    first signed file comes, not at start). pyhanko's modules import each other in circles: threads
    importing them at once, in different orders, are handed half-initialised modules or stopped by
    the import system's deadlock check (ImportError / _DeadlockError: push 500s under
    bench/server_load.py when a fresh server's first signed files came in together)."""
    global _pyhanko_loaded
    if _pyhanko_loaded:
        return
    with _PYHANKO_LOCK:
        if not _pyhanko_loaded:
            for name in ("pyhanko.pdf_utils.reader", "pyhanko.sign.diff_analysis", "pyhanko.sign.general",
                         "pyhanko.sign.validation", "pyhanko.sign.validation.generic_cms",
                         "pyhanko.sign.validation.status"):
                importlib.import_module(name)
            pdf_hex.install()
            _pyhanko_loaded = True


def _cms_intact(signed_data, detached_digest: Optional[bytes], cert=None) -> bool:
    """The CMS signature verifies (over the detached digest, or over its encapsulated content).
    ``cert``: its signer's certificate when already found (an embedded signature's ``signer_cert``,
    found the same way: finding it again matched every certificate against the signer's id)."""
    _load_pyhanko()
    from cryptography.hazmat.primitives import hashes
    from pyhanko.sign.general import get_pyca_cryptography_hash
    from pyhanko.sign.validation.generic_cms import extract_certs_for_validation, validate_sig_integrity

    signer_info = signed_data["signer_infos"][0]
    if cert is None:
        cert = extract_certs_for_validation(signed_data).signer_cert
    eci = signed_data["encap_content_info"]
    digest = detached_digest
    if digest is None:
        md = hashes.Hash(get_pyca_cryptography_hash(signer_info["digest_algorithm"]["algorithm"].native))
        md.update(bytes(eci["content"]))
        digest = md.finalize()
    intact, valid = validate_sig_integrity(signer_info, cert, eci["content_type"].native, digest)
    return bool(intact and valid)


def _token_intact(tst_signed_data, imprint_of) -> bool:
    """A timestamp token verifies and stamps what it should (``imprint_of(algorithm)``)."""
    tst_info = tst_signed_data["encap_content_info"]["content"].parsed
    imprint = tst_info["message_imprint"]
    algorithm = imprint["hash_algorithm"]["algorithm"].native
    return _cms_intact(tst_signed_data, None) and imprint["hashed_message"].native == imprint_of(algorithm)


def _inspect(path: Path) -> _Pdf:
    """Read every signature of the PDF at ``path`` (SignedFileRefused if it is no readable PDF)."""
    _load_pyhanko()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, DiffResult, ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko.sign.validation import DocumentSecurityStore
    from pyhanko.sign.validation.generic_cms import extract_tst_data_iter, message_imprint_checker

    sigs = []
    try:
        with open(path, "rb") as f:
            reader = PdfFileReader(f, strict=False)
            for emb in reader.embedded_signatures:
                is_ts = emb.sig_object_type == "/DocTimeStamp"
                emb.compute_integrity_info(diff_policy=DEFAULT_DIFF_POLICY)
                summary = emb.summarise_integrity_info()
                diff = summary.get("diff_result")
                if summary.get("docmdp_ok") is False:
                    level = _UNKNOWN
                elif isinstance(diff, DiffResult):
                    level = diff.modification_level.value
                elif summary.get("coverage") == SignatureCoverageLevel.ENTIRE_FILE:
                    level = ModificationLevel.NONE.value
                else:  # a suspicious modification, or no analysis
                    level = _UNKNOWN
                if is_ts:
                    intact = _token_intact(emb.signed_data, emb.compute_digest)
                    stamped = False
                else:
                    intact = _cms_intact(emb.signed_data, emb.compute_digest(), emb.signer_cert)
                    tokens = list(extract_tst_data_iter(emb.signer_info, signed=False))
                    checker = message_imprint_checker(emb.signer_info)
                    stamped = any(_token_intact(t, checker) for t in tokens)
                sigs.append(_Sig(
                    field=str(emb.field_name), timestamp_only=is_ts, revision=emb.signed_revision,
                    cert_sha256=hashlib.sha256(emb.signer_cert.dump()).hexdigest(), intact=intact,
                    modification=level,
                    has_signature_timestamp=stamped))
            try:
                DocumentSecurityStore.read_dss(reader)
                has_dss = True
            except Exception:  # noqa: BLE001 - NoDSSFoundError or an unreadable DSS: no validation data
                has_dss = False
    except SignedFileRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - any hostile or broken file is refused, never a 500
        log.info("signed-file check: %s is not a readable signed PDF (%s: %s)", path.name, type(exc).__name__,
                 str(exc)[:200])
        raise SignedFileRefused(ErrorCode.SIGNATURE_INVALID,
                                f"The file is not a readable signed PDF ({type(exc).__name__}).") from None
    return _Pdf(sigs=tuple(sigs), has_dss=has_dss)


def _levels():
    _load_pyhanko()
    from pyhanko.sign.diff_analysis import ModificationLevel
    return ModificationLevel


def _check_intact(sigs: list[_Sig], what: str, changed_code: str = ErrorCode.SIGNATURE_INVALID) -> None:
    allowed = _levels().FORM_FILLING.value
    for sig in sigs:
        if not sig.intact:
            raise SignedFileRefused(ErrorCode.SIGNATURE_INVALID,
                                    f"{what}: signature {sig.field} does not verify over its signed bytes.")
        if sig.modification > allowed:
            raise SignedFileRefused(changed_code,
                                    f"{what}: the document was changed after signature {sig.field} "
                                    "(more than signing, timestamps or validation data).")


def _targets(pdf: _Pdf, certificate_sha256: Optional[str], what: str) -> list[_Sig]:
    """The signatures a record stands for: those by the certificate, else the newest signature."""
    regular = pdf.signatures
    if certificate_sha256:
        regular = [s for s in regular if s.cert_sha256 == certificate_sha256]
    else:
        regular = regular[-1:]
    if not regular:
        raise SignedFileRefused(ErrorCode.SIGNATURE_INVALID,
                                f"{what} holds no signature" + (" by the named certificate." if certificate_sha256
                                                                 else "."))
    return regular


def _check_level(pdf: _Pdf, targets: list[_Sig], level: Optional[str], what: str) -> None:
    if level in (None, SignatureLevel.B_B.value):
        return
    for sig in targets:
        timed = sig.has_signature_timestamp or any(
            ts.timestamp_only and ts.intact and ts.revision > sig.revision for ts in pdf.sigs)
        if not timed:
            raise SignedFileRefused(ErrorCode.SIGNATURE_INVALID,
                                    f"{what} claims {level}, but signature {sig.field} has no timestamp in it.")
    if level == SignatureLevel.B_LT.value and not pdf.has_dss:
        raise SignedFileRefused(ErrorCode.SIGNATURE_INVALID,
                                f"{what} claims B-LT, but it carries no validation data (DSS).")


def check_signed_file(path: Path, certificate_sha256: Optional[str] = None, level: Optional[str] = None) -> None:
    """Refuse (SignedFileRefused) a file that is not a soundly signed PDF as claimed."""
    what = "The signed file"
    pdf = _inspect(path)
    targets = _targets(pdf, certificate_sha256, what)
    _check_intact(targets, what)
    _check_level(pdf, targets, level, what)


def is_prefix(short: Path, long: Path) -> bool:
    """True when the bytes of ``short`` are the first bytes of ``long`` (streamed, any size)."""
    if short.stat().st_size > long.stat().st_size:
        return False
    with open(short, "rb") as a, open(long, "rb") as b:
        while True:
            chunk = a.read(_CHUNK)
            if not chunk:
                return True
            if b.read(len(chunk)) != chunk:
                return False


def check_upgrade(new: Path, old: Path, known: Iterable[Path], certificate_sha256: Optional[str],
                  level: str) -> None:
    """Refuse (SignedFileRefused) ``new`` unless it is an incremental upgrade of ``old`` (see above).

    ``known`` are the document's other signed files (its signatures' current and earlier files):
    the newest of them that ``new`` extends may hold signatures made after ``old``.
    """
    what = "The upgraded file"
    if not is_prefix(old, new):
        raise SignedFileRefused(ErrorCode.NOT_INCREMENTAL_UPDATE,
                                "The new file is not an incremental update of the signed file: "
                                "the signed file's bytes are not its beginning.")
    base = max((p for p in {old, *known} if p == old or is_prefix(p, new)), key=lambda p: p.stat().st_size)
    before = _inspect(old)
    base_pdf = before if base == old else _inspect(base)
    after = _inspect(new)
    signed = _targets(before, certificate_sha256, "The signed file")
    if [s.field for s in after.signatures] != [s.field for s in base_pdf.signatures]:
        raise SignedFileRefused(ErrorCode.NOT_INCREMENTAL_UPDATE,
                                f"{what} adds or drops a signature; an upgrade adds only timestamps and "
                                "validation data.")
    last = base_pdf.signatures[-1].field if base_pdf.signatures else None
    tail = next((s for s in after.sigs if s.field == last), None)
    if tail is None or tail.modification > _levels().LTA_UPDATES.value:
        raise SignedFileRefused(ErrorCode.NOT_INCREMENTAL_UPDATE,
                                f"{what} changes more than timestamps and validation data after the last "
                                "signature.")
    fields = {s.field for s in signed}
    targets = [s for s in after.signatures if s.field in fields]
    if len(targets) != len(fields):
        raise SignedFileRefused(ErrorCode.NOT_INCREMENTAL_UPDATE, f"{what} no longer holds the signature.")
    _check_intact(targets, what, changed_code=ErrorCode.NOT_INCREMENTAL_UPDATE)
    _check_level(after, targets, level, what)


class SignedFileChecks:
    """The checks one batch of ops needs, each made once (memoised).

    ``apply_batch`` runs them for the batch's ops *before* its write transaction (PDF parsing
    never holds the server-wide write lock); the handlers inside the transaction then find the
    verdicts here, and compute one only if the document changed in between.
    """

    def __init__(self, storage):
        self.storage = storage
        self._memo: dict[tuple, Optional[SignedFileRefused]] = {}

    @contextmanager
    def _paths(self, *sha256s: str) -> Iterator[list[Path]]:
        """Local files of the blobs (the storage may have to fetch them first)."""
        with ExitStack() as stack:
            paths = []
            for sha in sha256s:
                if not self.storage.has(sha):
                    raise SignedFileRefused(ErrorCode.SIGNATURE_INVALID, f"The file {sha} is not stored on the server.")
                paths.append(Path(stack.enter_context(self.storage.local_path(sha))))
            yield paths

    def _run(self, key: tuple, check) -> Optional[SignedFileRefused]:
        if key not in self._memo:
            try:
                check()
                self._memo[key] = None
            except SignedFileRefused as refusal:
                self._memo[key] = refusal
        return self._memo[key]

    def signed_file(self, sha256: str, certificate_sha256: Optional[str] = None,
                    level: Optional[str] = None) -> Optional[SignedFileRefused]:
        """None when the file is a soundly signed PDF as claimed, else the refusal."""
        def check() -> None:
            with self._paths(sha256) as (path,):
                check_signed_file(path, certificate_sha256, level)

        return self._run(("file", sha256, certificate_sha256, level), check)

    def upgrade(self, new_sha: str, old_sha: str, known: Iterable[str], certificate_sha256: Optional[str],
                level: str) -> Optional[SignedFileRefused]:
        """None when ``new_sha`` is an incremental upgrade of ``old_sha`` (see ``check_upgrade``)."""
        known = tuple(sorted(set(known) - {new_sha, old_sha}))

        def check() -> None:
            with self._paths(new_sha, old_sha, *(k for k in known if self.storage.has(k))) as paths:
                check_upgrade(paths[0], paths[1], paths[2:], certificate_sha256, level)

        return self._run(("upgrade", new_sha, old_sha, known, certificate_sha256, level), check)
