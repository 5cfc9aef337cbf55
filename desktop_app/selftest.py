"""The self-test: ``docflow self-test`` and ``docflow-app --self-test`` -- the first thing support asks for.

It works in a temporary profile (the person's own profile is never opened) and checks, in order:
the profile (database created and migrated), the import of a sample PDF, the text recognition
of its page in Azerbaijani, Russian and English (Tesseract and poppler), the verification of a
freshly signed sample (valid under its own throw-away root, and a changed copy detected), the
OS keyring (a probe entry written, read back and removed), the Tesseract language packs, and the
scanners this computer sees. Each check gives ok / warning / failed with a sentence saying what
to do; the exit status is 1 when any check failed, else 0. The window adds its own check (Qt
draws a PDF page) through ``extra_checks``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import platform
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop_app.i18n import translate

log = logging.getLogger(__name__)

OK, WARNING, FAILED = "ok", "warning", "failed"
SAMPLE_PAGE = Path(__file__).resolve().parent.parent / "resources" / "selftest" / "letter.png"
# Words printed on the sample page (resources/selftest/make_sample.py), one per language; the
# recognised text must contain each (case and spacing aside).
SAMPLE_WORDS = {"az": "bələdiyyəsi", "ru": "письмо", "en": "registration"}
OCR_LANGUAGES = ("aze", "aze_cyrl", "rus", "eng")
KEYRING_SERVICE = "docflow-selftest"
KEYRING_TIMEOUT_S = 30.0


@dataclasses.dataclass(frozen=True)
class Check:
    """One line of the report: ``status`` is ok, warning or failed; ``detail`` a sentence."""

    key: str
    title: str
    status: str
    detail: str
    seconds: float = 0.0


@dataclasses.dataclass(frozen=True)
class SelfTestReport:
    version: str
    system: str
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return all(c.status != FAILED for c in self.checks)

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def to_dict(self) -> dict:
        return {"version": self.version, "system": self.system, "ok": self.ok,
                "checks": [dataclasses.asdict(c) for c in self.checks]}

    def to_text(self) -> str:
        labels = {OK: translate("SelfTest", "OK"), WARNING: translate("SelfTest", "WARNING"),
                  FAILED: translate("SelfTest", "FAILED")}
        width = max(len(v) for v in labels.values())
        lines = [translate("SelfTest", "Docflow {version} self-test on {system}").format(
            version=self.version, system=self.system), ""]
        for c in self.checks:
            lines.append(f"[{labels[c.status]:^{width}}] {c.title} ({c.seconds:.1f} s)")
            lines += ["    " + line for line in c.detail.splitlines()]
        failed = sum(c.status == FAILED for c in self.checks)
        warned = sum(c.status == WARNING for c in self.checks)
        lines.append("")
        if failed:
            lines.append(translate("SelfTest", "Result: {n} of {total} checks FAILED; see the lines above for what to do.").format(
                n=failed, total=len(self.checks)))
        elif warned:
            lines.append(translate("SelfTest", "Result: Docflow works; {n} warning(s) above.").format(n=warned))
        else:
            lines.append(translate("SelfTest", "Result: every check passed."))
        return "\n".join(lines)


class CheckFailed(Exception):
    """A check failed; the message is the sentence for the report."""


class CheckWarning(Exception):
    """A check passed with a reservation; the message is the sentence for the report."""


# A check: (key, title, fn(state) -> detail sentence); raising CheckFailed/CheckWarning sets the status.
# ``state`` carries "tmp" (the temporary folder) and what earlier checks left (e.g. "ctx").
CheckFn = Callable[[dict], str]


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("docflow")
    except Exception:  # noqa: BLE001 - a frozen bundle may carry no distribution metadata
        from desktop_app import __version__

        return __version__


def system_name() -> str:
    return f"{platform.system()} {platform.release()} {platform.machine()}, Python {platform.python_version()}"


def pick_language(explicit: str | None = None) -> str:
    """The report's language: ``explicit``, else the default profile's setting, else the system's."""
    import locale

    from desktop_app.config import Profile, Settings
    from desktop_app.i18n import SUPPORTED_LANGUAGES

    if explicit in SUPPORTED_LANGUAGES:
        return explicit
    settings_path = Profile.at(None).settings_path
    if settings_path.exists():
        try:
            chosen = Settings(settings_path).get("language") or ""
        except (OSError, ValueError):
            log.warning("self-test: the default profile's settings could not be read", exc_info=True)
            chosen = ""
        if chosen in SUPPORTED_LANGUAGES:
            return chosen
    system = (locale.getlocale()[0] or "").split("_")[0].lower()
    system = {"azerbaijani": "az", "russian": "ru", "english": "en"}.get(system, system)  # Windows' names
    return system if system in SUPPORTED_LANGUAGES else "en"


def run(extra_checks: Iterable[tuple[str, str, CheckFn]] = (), *, core: bool = True,
        progress: Callable[[str], None] | None = None) -> SelfTestReport:
    """Run the core checks (unless ``core`` is False) and ``extra_checks`` in a temporary folder
    (removed afterwards); return the report."""
    checks: list[Check] = []
    with tempfile.TemporaryDirectory(prefix="docflow-selftest-") as tmp:
        state: dict = {"tmp": Path(tmp)}
        try:
            for key, title, fn in [*(_core_checks() if core else []), *extra_checks]:
                if progress:
                    progress(title)
                checks.append(_run_one(key, title, fn, state))
        finally:
            ctx = state.get("ctx")
            if ctx is not None:
                ctx.close()
    return SelfTestReport(app_version(), system_name(), tuple(checks))


def merge(first: SelfTestReport, second: SelfTestReport) -> SelfTestReport:
    """One report with the checks of both."""
    return dataclasses.replace(first, checks=first.checks + second.checks)


def _run_one(key: str, title: str, fn: CheckFn, state: dict) -> Check:
    start = time.monotonic()
    try:
        status, detail = OK, fn(state)
    except CheckWarning as exc:
        status, detail = WARNING, str(exc)
    except CheckFailed as exc:
        status, detail = FAILED, str(exc)
    except Exception as exc:  # noqa: BLE001 - the report must name every failure, a bug included
        log.exception("self-test check %s failed", key)
        status, detail = FAILED, translate("SelfTest", "Unexpected error: {error}").format(
            error=f"{type(exc).__name__}: {exc}")
    took = time.monotonic() - start
    log.info("self-test %s: %s (%.1f s) %s", key, status, took, detail)
    return Check(key, title, status, detail, round(took, 2))


def _core_checks() -> list[tuple[str, str, CheckFn]]:
    return [
        ("profile", translate("SelfTest", "Temporary profile"), _check_profile),
        ("import", translate("SelfTest", "Import of a sample PDF"), _check_import),
        ("tesseract", translate("SelfTest", "Tesseract and its languages"), _check_tesseract),
        ("ocr", translate("SelfTest", "Text recognition of a page"), _check_ocr),
        ("signature", translate("SelfTest", "Verification of a signed sample"), _check_signature),
        ("keyring", translate("SelfTest", "System keyring (where the server login is kept)"), _check_keyring),
        ("scanners", translate("SelfTest", "Scanners"), _check_scanners),
    ]


def _ctx(state: dict):  # noqa: ANN202
    ctx = state.get("ctx")
    if ctx is None:
        raise CheckFailed(translate("SelfTest", "Not run: the temporary profile could not be opened."))
    return ctx


# ------------------------------------------------------------------------------------ checks
def _check_profile(state: dict) -> str:
    from desktop_app.services.context import AppContext

    root = state["tmp"] / "profile"
    state["ctx"] = AppContext.open(root)
    return translate("SelfTest", "Created and migrated a database in a temporary folder; your own profile was not opened.")


def sample_pdf() -> bytes:
    """The sample page (resources/selftest/letter.png) as a one-page PDF."""
    import img2pdf

    return img2pdf.convert(SAMPLE_PAGE.read_bytes())


def _check_import(state: dict) -> str:
    ctx = _ctx(state)
    path = state["tmp"] / "docflow-selftest-letter.pdf"
    path.write_bytes(sample_pdf())
    result = ctx.documents.import_files([path])
    if result.failures or len(result.imported) != 1:
        reason = result.failures[0].reason if result.failures else "?"
        raise CheckFailed(translate("SelfTest", "The sample PDF was not imported: {reason}").format(reason=reason))
    doc_id = result.imported[0].id
    from desktop_app.services.types import DocumentQuery

    listed = [r.id for r in ctx.documents.list_documents(DocumentQuery(queue="all")).rows]
    if listed != [doc_id]:
        raise CheckFailed(translate("SelfTest", "The imported sample is not listed as the only document."))
    state["doc_id"] = doc_id
    return translate("SelfTest", "Imported a one-page PDF and found it in the document list.")


def tesseract_install_hint(missing: Iterable[str] = OCR_LANGUAGES) -> str:
    """Exactly what to install on this system to get Tesseract with the ``missing`` languages."""
    missing = list(missing)
    if sys.platform == "win32":
        files = ", ".join(f"{m}.traineddata" for m in missing)
        return translate("SelfTest", "Install Tesseract OCR for Windows (64-bit, the UB Mannheim build) and tick "
                                     "Azerbaijani, Azerbaijani (Cyrillic) and Russian under \"Additional language data\"; "
                                     "or copy {files} into Tesseract's tessdata folder. Tesseract's folder must be on PATH. "
                                     "Then run this self-test again.").format(files=files)
    from desktop_app.intake.ocr import PACKAGES

    packages = " ".join(["tesseract-ocr"] + [PACKAGES.get(m, f"tesseract-ocr-{m.replace('_', '-')}") for m in missing])
    return translate("SelfTest", "Install them with: sudo apt install {packages} (Debian, Ubuntu; other systems: "
                                 "the Tesseract packages of the same languages). Then run this self-test again.").format(
        packages=packages)


def _check_tesseract(state: dict) -> str:
    from desktop_app.intake import ocr

    if shutil.which(ocr.TESSERACT) is None:
        raise CheckFailed(translate("SelfTest", "Tesseract OCR is not installed, so scanned pages get no searchable text.")
                      + " " + tesseract_install_hint())
    have = ocr.installed_languages()
    missing = [lang for lang in OCR_LANGUAGES if lang not in have]
    if missing:
        raise CheckFailed(translate("SelfTest", "Tesseract lacks the language data for {langs}.").format(
            langs=", ".join(missing)) + " " + tesseract_install_hint(missing))
    state["tesseract"] = True
    return translate("SelfTest", "Tesseract is installed with Azerbaijani (Latin and Cyrillic), Russian and English.")


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


def _check_ocr(state: dict) -> str:
    ctx = _ctx(state)
    if "doc_id" not in state:
        raise CheckFailed(translate("SelfTest", "Not run: the sample PDF was not imported."))
    if not state.get("tesseract"):
        raise CheckFailed(translate("SelfTest", "Not run: Tesseract or its languages are missing (see above)."))
    if shutil.which("pdftoppm") is None:
        hint = (translate("SelfTest", "install poppler for Windows and put its bin folder on PATH")
                if sys.platform == "win32" else "sudo apt install poppler-utils")
        raise CheckFailed(translate("SelfTest", "Pages of imported PDFs cannot be read for recognition: poppler's pdftoppm "
                                            "is missing ({hint}).").format(hint=hint))
    outcome = ctx.intake.ocr_document(state["doc_id"])
    if outcome.file is None:
        raise CheckFailed(translate("SelfTest", "No text was recognised: {reason}").format(reason=outcome.message))
    text = _normalise(_ocr_text(ctx, state["doc_id"]))
    missed = [lang for lang, word in SAMPLE_WORDS.items() if word not in text]
    if missed:
        raise CheckFailed(translate("SelfTest", "The page was read, but the words in {langs} were not recognised "
                                            "(recognised: \"{text}\").").format(langs=", ".join(missed), text=text[:200]))
    return translate("SelfTest", "Recognised the sample page's Azerbaijani, Russian and English lines ({n} characters).").format(
        n=outcome.characters)


def _ocr_text(ctx, doc_id: str) -> str:  # noqa: ANN001
    """The text of the document's OCR version, as stored for search."""
    from sqlalchemy import select

    from desktop_app.db.models import FileVersion

    with ctx.db.read() as s:
        return s.execute(select(FileVersion.text).where(FileVersion.document_id == doc_id,
                                                        FileVersion.role == "ocr")).scalar_one_or_none() or ""


def signed_sample(pdf: bytes) -> tuple[bytes, bytes]:
    """(``pdf`` signed by a throw-away signer, the PEM of the throw-away root that issued it)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    now = dt.datetime.now(dt.timezone.utc)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    root_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    root = (x509.CertificateBuilder().subject_name(name("Docflow self-test root")).issuer_name(name("Docflow self-test root"))
            .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .sign(root_key, hashes.SHA256()))
    cert = (x509.CertificateBuilder().subject_name(name("Docflow self-test signer")).issuer_name(root.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(root_key, hashes.SHA256()))
    der = serialization.Encoding.DER
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(der)),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(root.public_bytes(der))]))
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), signers.PdfSignatureMetadata(field_name="SelfTest"),
                     signer=signer, output=out)
    return out.getvalue(), root.public_bytes(serialization.Encoding.PEM)


def _check_signature(state: dict) -> str:
    ctx = _ctx(state)
    signed, root_pem = signed_sample(sample_pdf())
    roots = state["tmp"] / "selftest-root.pem"
    roots.write_bytes(root_pem)
    ctx.settings.set("trust_bundle", str(roots))
    good = state["tmp"] / "signed.pdf"
    good.write_bytes(signed)
    report = ctx.signing.verify_file(good)
    if report.verdict != "valid":
        log.warning("self-test: the signed sample was judged %s", report.verdict)
        raise CheckFailed(translate("SelfTest", "A correctly signed sample was not judged valid."))
    # Change one byte inside the signed range: the signature must no longer hold.
    tampered = bytearray(signed)
    at = signed.index(b"/Type /Catalog") if b"/Type /Catalog" in signed else len(signed) // 3
    tampered[at + 1] ^= 0x01
    bad = state["tmp"] / "tampered.pdf"
    bad.write_bytes(bytes(tampered))
    report = ctx.signing.verify_file(bad)
    if report.verdict == "valid":
        raise CheckFailed(translate("SelfTest", "A changed copy of the signed sample was still judged valid."))
    return translate("SelfTest", "A signed sample was verified as valid and a changed copy was caught.")


def _check_keyring(state: dict) -> str:
    outcome: dict = {}

    def probe() -> None:
        try:
            from desktop_app.keyring_store import KeyringStore  # the one wrapper the token and passphrases use

            store = KeyringStore(KEYRING_SERVICE)
            backend = store.backend
            outcome["backend"] = f"{type(backend).__module__}.{type(backend).__name__}"
            if getattr(backend, "priority", 1) <= 0 or "fail" in outcome["backend"].lower():
                outcome["error"] = "none"
                return
            account = f"probe-{time.time_ns()}"
            store.put(account, "selftest")
            read = store.get(account)
            store.delete(account)
            outcome["ok"] = read == "selftest"
        except Exception as exc:  # noqa: BLE001 - every back-end has its own errors; the report names it
            log.warning("self-test keyring probe failed", exc_info=True)
            outcome["error"] = f"{type(exc).__name__}: {exc}"

    worker = threading.Thread(target=probe, name="docflow-selftest-keyring", daemon=True)
    worker.start()
    worker.join(KEYRING_TIMEOUT_S)
    if sys.platform == "win32":
        hint = translate("SelfTest", "Windows Credential Manager must be available to this user.")
    else:
        hint = translate("SelfTest", "Log in to a desktop session with a keyring (GNOME Keyring or KWallet; "
                                     "package gnome-keyring) and unlock it.")
    if worker.is_alive():
        raise CheckFailed(translate("SelfTest", "The system keyring did not answer within {s} seconds (is it locked?).").format(
            s=int(KEYRING_TIMEOUT_S)) + " " + hint)
    if outcome.get("error") == "none":
        raise CheckFailed(translate("SelfTest", "No system keyring was found, so the server login cannot be kept.") + " " + hint)
    if "error" in outcome:
        raise CheckFailed(translate("SelfTest", "The system keyring refused a test entry ({error}).").format(
            error=outcome["error"][:300]) + " " + hint)
    if not outcome.get("ok"):
        raise CheckFailed(translate("SelfTest", "The system keyring gave back something else than was stored."))
    return translate("SelfTest", "Stored, read back and removed a test entry ({backend}).").format(
        backend=_KEYRING_NAMES.get(outcome["backend"].rsplit(".", 2)[-2], outcome["backend"]))


# Back-end modules of ``keyring`` by the names people know them by.
_KEYRING_NAMES = {"SecretService": "Secret Service: GNOME Keyring / KWallet", "kwallet": "KWallet",
                  "Windows": "Windows Credential Manager", "macOS": "macOS Keychain"}


def _check_scanners(state: dict) -> str:
    ctx = _ctx(state)
    devices, problems = ctx.intake.devices()
    if devices:
        names = "\n".join(f"- {d.label}" for d in devices)
        text = translate("SelfTest", "Found {n} scanner(s):").format(n=len(devices)) + "\n" + names
        if problems:
            raise CheckWarning(text + "\n" + "\n".join(problems))
        return text
    if problems and len(problems) == len(ctx.intake.backends()):
        raise CheckFailed(translate("SelfTest", "Scanning is not possible on this computer:") + "\n" + "\n".join(problems))
    raise CheckWarning(translate("SelfTest", "No scanner was found. Check that it is switched on and connected; a network "
                                      "scanner can also save into Docflow's watched folder.")
                + ("\n" + "\n".join(problems) if problems else ""))
