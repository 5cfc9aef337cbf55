"""``docflow-server``: run the reference server, or administer institutions, users and workstations.

    docflow-server --demo                       # loopback, SQLite in ./docflow-server-data, demo set
    docflow-server serve --db postgresql+psycopg://user:pw@host/db --data-dir /srv/docflow
    docflow-server serve --db postgresql+psycopg://docflow@db/docflow --workers 4 --log-format json
    docflow-server create-institution AZ-0100 "Village municipality"
    docflow-server create-user AZ-0100 aynur --role clerk --password-stdin
    docflow-server create-workstation AZ-0100 --name "Front desk PC"
    docflow-server create-journal AZ-0100 IN "Incoming" incoming --format "{code}-{seq:05d}/{year}"
    docflow-server set-journal-format AZ-0100 IN "{index}/{n}"
    docflow-server check --db postgresql+psycopg://user:pw@host/db --data-dir /srv/docflow
"""
from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from pathlib import Path
from typing import Optional, Sequence

from circulation_server.config import Settings
from docflow_protocol import JOURNAL_KINDS, Role

SUBCOMMANDS = ("serve", "create-institution", "create-user", "create-workstation", "create-journal", "set-journal-format",
               "set-signing", "revoke-tokens", "list", "openapi", "check")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", type=Path, default=Path("docflow-server-data"),
                   help="directory for the SQLite database and stored files (default ./docflow-server-data)")
    p.add_argument("--db", default="", help="SQLAlchemy database URL, e.g. postgresql+psycopg://u:p@host/db "
                                            "(default: SQLite in --data-dir)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="docflow-server", description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    sub = parser.add_subparsers(dest="command")

    serve = sub.add_parser("serve", help="run the HTTP server (the default command)")
    _common(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--demo", action="store_true", help="create the demo institution set and print credentials")
    serve.add_argument("--token-ttl", type=int, default=None, help="bearer token lifetime in seconds")
    serve.add_argument("--token-cache", type=float, default=None,
                       help="seconds a looked-up token may be answered from memory (default 60, 0: off; "
                            "revocations take effect at once regardless)")
    serve.add_argument("--feed-gather", type=float, default=None,
                       help="seconds a long-poll woken by a change waits for more changes before it answers "
                            "(default 0.15, 0: at once)")
    serve.add_argument("--feed-gather-max", type=float, default=None,
                       help="seconds the gather grows to as the server process gets busy (default 1.0; "
                            "the same as --feed-gather: fixed)")
    serve.add_argument("--max-file-size", type=int, default=None, help="largest upload in bytes")
    serve.add_argument("--upload-expiry", type=int, default=None,
                       help="seconds an incomplete upload may stay idle before it is removed (default 7 days)")
    serve.add_argument("--log-level", default=None, choices=["debug", "info", "warning", "error"],
                       help="default warning; info adds one access line per request")
    serve.add_argument("--log-format", default=None, choices=["text", "json"],
                       help="log lines as text (default) or as JSON objects, one per line")
    serve.add_argument("--workers", type=int, default=None,
                       help="worker processes (default 1; more than one needs PostgreSQL)")
    serve.add_argument("--metrics-port", type=int, default=None,
                       help="also answer GET /metrics on this port (same --host), from a thread or the workers' "
                            "parent: it answers however busy the workers are (default: none)")
    serve.add_argument("--metrics-host", default=None,
                       help="address the --metrics-port listener binds to (default: --host), e.g. the "
                            "monitoring network's")
    serve.add_argument("--api-docs", action="store_true",
                       help="serve /docs, /redoc and /openapi.json (always on with --demo)")
    serve.add_argument("--header-timeout", type=float, default=None,
                       help="seconds a request head may take to arrive (default 20)")
    serve.add_argument("--body-timeout", type=float, default=None,
                       help="seconds a request body may pause between two chunks (default 60)")
    serve.add_argument("--forwarded-allow-ips", default=None,
                       help="comma-separated reverse-proxy addresses whose X-Forwarded-For is believed")
    serve.add_argument("--login-account-failures", type=int, default=None,
                       help="wrong passwords for one user name before logins for it are slowed (default 5)")
    serve.add_argument("--login-address-failures", type=int, default=None,
                       help="wrong passwords from one address before logins from it are slowed (default 30)")
    serve.add_argument("--max-password-checks", type=int, default=None,
                       help="password checks running at once (each takes ~19 MiB; default 2)")
    serve.add_argument("--clock-file", default=None,
                       help="tests only: a file holding the server's date (YYYY-MM-DD) for the calendar rules")
    serve.add_argument("--tls-cert", default=None, help="PEM certificate (chain) to serve HTTPS directly")
    serve.add_argument("--tls-key", default=None, help="PEM private key of --tls-cert")

    p = sub.add_parser("create-institution", help="add an institution")
    _common(p)
    p.add_argument("registry_code")
    p.add_argument("name")

    p = sub.add_parser("create-user", help="add a user to an institution")
    _common(p)
    p.add_argument("registry_code")
    p.add_argument("username")
    p.add_argument("--role", action="append", required=True, choices=[r.value for r in Role])
    p.add_argument("--full-name", default="")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin (else prompt)")

    p = sub.add_parser("create-workstation", help="register a workstation of an institution")
    _common(p)
    p.add_argument("registry_code")
    p.add_argument("--name", default="")
    p.add_argument("--id", dest="ws_id", default=None)

    p = sub.add_parser("create-journal", help="add a registration journal")
    _common(p)
    p.add_argument("registry_code")
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("kind", choices=JOURNAL_KINDS)
    p.add_argument("--format", dest="fmt", default="{code}-{seq:05d}/{year}")

    p = sub.add_parser("set-journal-format", help="change a journal's number format (the next numbers follow it)")
    _common(p)
    p.add_argument("registry_code")
    p.add_argument("code")
    p.add_argument("fmt", metavar="FORMAT", help="e.g. '{index}/{n}' or '{n}-{year}'")

    p = sub.add_parser("set-signing", help="the institution's signing settings, delivered to its desks "
                                           "(trust roots, timestamp service, revocation data)")
    _common(p)
    p.add_argument("registry_code")
    p.add_argument("--trust-roots", type=Path, default=None, help="PEM file of the trusted root certificates")
    p.add_argument("--tsa-url", default=None, help="RFC 3161 timestamp service address")
    p.add_argument("--revocation-fetch", action=argparse.BooleanOptionalAction, default=None,
                   help="desks fetch OCSP/CRL data when completing and checking signatures (default on)")

    p = sub.add_parser("revoke-tokens", help="revoke the tokens of a workstation or a user")
    _common(p)
    p.add_argument("--workstation")
    p.add_argument("--user")
    p.add_argument("--institution")

    p = sub.add_parser("list", help="show institutions, users, workstations and journals")
    _common(p)

    sub.add_parser("openapi", help="print the OpenAPI document (docs/openapi.json)")

    p = sub.add_parser("check", help="check the data: integrity, stored files, versions, ids (read-only; "
                                     "exit 1 on any problem)")
    _common(p)
    return parser


def _settings(args) -> Settings:
    kwargs = {"data_dir": args.data_dir.resolve(), "db_url": args.db}
    for attr, key in (("host", "host"), ("port", "port"), ("token_ttl", "token_ttl_seconds"), ("token_cache", "token_cache_seconds"),
                      ("feed_gather", "feed_gather_seconds"), ("feed_gather_max", "feed_gather_max_seconds"),
                      ("max_file_size", "max_file_size"), ("upload_expiry", "upload_expiry_seconds"),
                      ("header_timeout", "header_timeout_seconds"), ("body_timeout", "body_timeout_seconds"),
                      ("forwarded_allow_ips", "forwarded_allow_ips"),
                      ("login_account_failures", "login_account_failures"),
                      ("login_address_failures", "login_address_failures"),
                      ("max_password_checks", "max_password_checks"), ("clock_file", "clock_file"), ("workers", "workers"),
                      ("metrics_port", "metrics_port"), ("metrics_host", "metrics_host"),
                      ("log_format", "log_format"), ("log_level", "log_level")):
        value = getattr(args, attr, None)
        if value is not None:
            kwargs[key] = value
    if getattr(args, "api_docs", False) or getattr(args, "demo", False):
        kwargs["api_docs"] = True
    return Settings(**kwargs)


def _serve(args) -> int:
    import uvicorn

    from circulation_server.app import build_services, create_app
    from circulation_server.demo import describe_demo, describe_demo_signing, ensure_demo, ensure_demo_signing
    from circulation_server.observability import configure_logging, start_metrics_listener
    from circulation_server.serving import serve_workers, uvicorn_config

    if bool(args.tls_cert) != bool(args.tls_key):
        print("docflow-server: give both --tls-cert and --tls-key, or neither.", file=sys.stderr)
        return 2
    settings = _settings(args)
    if settings.workers < 1:
        print("docflow-server: --workers must be 1 or more.", file=sys.stderr)
        return 2
    if settings.workers > 1 and settings.is_sqlite:
        print("docflow-server: several --workers need PostgreSQL (--db postgresql+psycopg://...); SQLite "
              "serves one process.", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.log_format)
    services = build_services(settings)
    if args.demo:
        ensure_demo(services.db)
        print(describe_demo(), flush=True)
        print(describe_demo_signing(ensure_demo_signing(services.db, settings.data_dir)), flush=True)
    scheme = "https" if args.tls_cert else "http"
    print(f"docflow-server: protocol v1 at {scheme}://{settings.host}:{settings.port}/v1 "
          f"(database: {'SQLite' if settings.is_sqlite else 'PostgreSQL'}, data: {settings.data_dir}, "
          f"workers: {settings.workers})", flush=True)
    if settings.workers > 1:
        services.db.dispose()  # the workers open their own connections
        serve_workers(settings, tls_cert=args.tls_cert, tls_key=args.tls_key)
        return 0
    config = uvicorn_config(create_app(services), settings, tls_cert=args.tls_cert, tls_key=args.tls_key)
    if settings.metrics_port:
        start_metrics_listener(settings.metrics_host or settings.host, settings.metrics_port, services.metrics.registry)
    uvicorn.Server(config).run()
    return 0


def _read_password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat: "):
        raise SystemExit("docflow-server: the passwords differ.")
    return first


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "serve")
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "serve":
        return _serve(args)
    if args.command == "openapi":
        from circulation_server.app import openapi_for_docs
        print(json.dumps(openapi_for_docs(), indent=2, sort_keys=True))
        return 0

    from circulation_server import admin
    from circulation_server.app import build_services

    if args.command == "check":
        from circulation_server.check import run_check

        services = build_services(_settings(args), migrate=False)
        try:
            report = run_check(services)
        finally:
            services.db.dispose()
        for line in report.problems:
            print(line)
        print(report.summary())
        return 0 if report.ok else 1

    services = build_services(_settings(args))
    db = services.db
    try:
        if args.command == "create-institution":
            print(admin.create_institution(db, args.registry_code, args.name))
        elif args.command == "create-user":
            print(admin.create_user(db, args.registry_code, args.username, _read_password(args), args.role,
                                    full_name=args.full_name))
        elif args.command == "create-workstation":
            print(admin.create_workstation(db, args.registry_code, name=args.name, ws_id=args.ws_id))
        elif args.command == "create-journal":
            print(admin.create_journal(db, args.registry_code, args.code, args.name, args.kind, fmt=args.fmt))
        elif args.command == "set-journal-format":
            print(admin.set_journal_format(db, args.registry_code, args.code, args.fmt))
        elif args.command == "set-signing":
            pem = args.trust_roots.read_text(encoding="ascii", errors="replace") if args.trust_roots else None
            print(json.dumps(admin.set_signing_settings(db, args.registry_code, trust_roots_pem=pem, tsa_url=args.tsa_url,
                                                        revocation_fetch=args.revocation_fetch), indent=2))
        elif args.command == "revoke-tokens":
            print(admin.revoke_tokens(db, workstation_id=args.workstation, username=args.user,
                                      registry_code=args.institution))
        elif args.command == "list":
            print(json.dumps(admin.listing(db), indent=2))
    except admin.AdminError as exc:
        print(f"docflow-server: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    return 0
