"""Operations as docs/deploy.md describes them, on real PostgreSQL clusters: a backup (pg_dump +
the file store) restored into a fresh cluster passes ``docflow-server check`` and serves the same
feed; a streaming replica made with ``pg_basebackup -R`` follows the primary and can be checked."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from tests.server.lifecycle import lifecycle
from tests.server.serverproc import ApiClient, free_port, new_id, op, start_postgres, start_server


def _pg_env(pg) -> dict:
    return {"PGHOST": str(pg.socket_dir), "PGPORT": str(pg.port), "PGUSER": "postgres"}


def _tool(pg, name: str, *args: str, **kw) -> subprocess.CompletedProcess:
    import os
    res = subprocess.run([str(pg.bin_dir / name), *args], env=dict(os.environ, **_pg_env(pg)), capture_output=True,
                         text=True, timeout=120, **kw)
    assert res.returncode == 0, f"{name}: {res.stdout}\n{res.stderr}"
    return res


def _check(db_url: str, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "circulation_server", "check", "--db", db_url,
                           "--data-dir", str(data_dir)], capture_output=True, text=True, timeout=300)


def _run_lifecycle(srv) -> None:
    clerk, head = ApiClient(srv.url).login("clerk"), ApiClient(srv.url).login("head", workstation_id="ws-a-2")
    recipient = ApiClient(srv.url).login("clerk", workstation_id="ws-b-1")
    steps = lifecycle(clerk, head, recipient)
    client, o = next(steps)
    while True:
        [res] = client.push(o)
        assert res["status"] == "applied", res
        try:
            client, o = steps.send(res)
        except StopIteration:
            break
    recipient.all_changes(0)   # the recipient's first sight: a 'delivered' receipt


def test_a_dump_restored_into_a_fresh_cluster_passes_the_check_and_serves_the_same_feed(pg_cluster, tmp_path):
    db_url = pg_cluster.new_database()
    srv = start_server(tmp_path / "live", db_url=db_url)
    try:
        _run_lifecycle(srv)
        before = ApiClient(srv.url).login("admin").all_changes(0)[0]
        # the backup of docs/deploy.md: the database (custom format), then the file store
        dump = tmp_path / "docflow.dump"
        name = make_url(db_url).database
        _tool(pg_cluster, "pg_dump", "--format=custom", "--file", str(dump), name)
        shutil.copytree(srv.data_dir / "files", tmp_path / "restored" / "files")
    finally:
        srv.stop()

    fresh = start_postgres()
    try:
        restored_url = fresh.new_database("docflow")
        _tool(fresh, "pg_restore", "--no-owner", "--exit-on-error", "--dbname", "docflow", str(dump))
        check = _check(restored_url, tmp_path / "restored")
        assert check.returncode == 0, check.stdout + check.stderr
        assert "docflow-server check: OK" in check.stdout

        # without the file store the check names what is missing (it checks what it says it does)
        bare = _check(restored_url, tmp_path / "no-files")
        assert bare.returncode == 1 and "which is not stored" in bare.stdout

        srv = start_server(tmp_path / "again", db_url=restored_url, data_dir=tmp_path / "restored", demo=False)
        try:
            admin = ApiClient(srv.url).login("admin")
            after = admin.all_changes(0)[0]
            assert after == before
            sha = next(f["sha256"] for c in after for f in c["document"]["files"])
            assert admin.get(f"/v1/files/{sha}").status_code == 200
            [res] = admin.push(op(new_id(), "document.create", {"kind": "internal", "fields": {"subject": "after"}}, 0))
            assert res["status"] == "applied" and res["seq"] > max(c["seq"] for c in before)  # sequences restored
        finally:
            srv.stop()
    finally:
        fresh.stop()


def test_a_streaming_replica_follows_the_primary_and_passes_the_check(tmp_path):
    """pg_basebackup -R from a primary, started as a hot standby: what the server writes arrives
    there, and docflow-server check runs read-only against the replica."""
    primary = start_postgres("-c wal_level=replica -c max_wal_senders=4 -c hot_standby=on")
    standby_dir = primary.root / "standby"
    standby_port = free_port()
    standby_started = False
    try:
        db_url = primary.new_database("docflow")
        srv = start_server(tmp_path / "primary", db_url=db_url)
        try:
            _run_lifecycle(srv)
            _tool(primary, "pg_basebackup", "--pgdata", str(standby_dir), "--write-recovery-conf",
                  "--wal-method=stream", "--checkpoint=fast", user="postgres" if primary.as_postgres else None)
            primary._run(str(primary.bin_dir / "pg_ctl"), "-D", str(standby_dir), "-o",
                         # a hot standby needs at least the primary's max_connections
                         f"-p {standby_port} -k {primary.socket_dir} -c listen_addresses= -c max_connections=300 "
                         "-c max_wal_senders=4", "-l",
                         str(primary.root / "standby.log"), "-w", "-t", "60", "start")
            standby_started = True
            clerk = ApiClient(srv.url).login("clerk")
            [res] = clerk.push(op(new_id(), "document.create", {"kind": "incoming", "fields": {"subject": "late"}}, 0))
        finally:
            srv.stop()
        replica_url = db_url.replace(f"port={primary.port}", f"port={standby_port}")
        engine = create_engine(replica_url)
        try:
            deadline = time.monotonic() + 30
            while True:
                with engine.connect() as conn:
                    assert conn.execute(text("SELECT pg_is_in_recovery()")).scalar() is True
                    if conn.execute(text("SELECT count(*) FROM changes WHERE seq = :s"), {"s": res["seq"]}).scalar():
                        break
                assert time.monotonic() < deadline, "the replica did not receive the primary's last write"
                time.sleep(0.2)
        finally:
            engine.dispose()
        check = _check(replica_url, srv.data_dir)
        assert check.returncode == 0, check.stdout + check.stderr
    finally:
        if standby_started:
            primary._run(str(primary.bin_dir / "pg_ctl"), "-D", str(standby_dir), "-m", "fast", "-w", "stop")
        primary.stop()

