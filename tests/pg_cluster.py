"""A throwaway PostgreSQL server for tests and benchmarks: `initdb` in a temporary folder, `pg_ctl start` on a
free 127.0.0.1 port (and a Unix socket in that folder), fsync off, trust authentication, no locale; stopped and
deleted at the end. Debian's binaries live in /usr/lib/postgresql/VERSION/bin, not on PATH; run as root, the
server runs as the `postgres` user (PostgreSQL refuses root). One role, `PASSWORD_ROLE`, must log in with a
password (scram-sha-256), so that a wrong password can be tried."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PASSWORD_ROLE = "allyscope_password"  # the one role asked for its password (tests of a wrong one)


def server_binaries() -> Path | None:
    """The folder of `initdb` and `pg_ctl`, or None when PostgreSQL's server is not installed."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    bindir: Path
    as_user: list[str]

    @property
    def admin_url(self) -> str:
        return f"postgresql://allyscope@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql://allyscope@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        subprocess.run(
            [*self.as_user, str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """Start a throwaway server; raises RuntimeError (with the server's own words) when it cannot."""
    bindir = server_binaries()
    if bindir is None:
        raise RuntimeError("PostgreSQL's server (initdb, pg_ctl) is not installed")
    folder = Path(tempfile.mkdtemp(prefix="allyscope-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chmod(folder, 0o755)
        os.chown(folder, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = folder / "data"
    steps = [
        [str(bindir / "initdb"), "-D", str(data), "-U", "allyscope", "--auth=trust", "--no-locale", "-E", "UTF8"],
        [
            str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "server.log"), "-o",
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
            " -c full_page_writes=off -c max_connections=60",
            "start",
        ],
    ]  # fmt: skip
    for number, step in enumerate(steps):
        if number == 1:  # before the server starts: one role that must give its password (the others are trusted)
            hba = data / "pg_hba.conf"
            hba.write_text(f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        done = subprocess.run([*as_user, *step], capture_output=True, text=True, cwd=folder, check=False)
        if done.returncode != 0:
            log = (folder / "server.log").read_text() if (folder / "server.log").exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(f"{Path(step[0]).name} failed: {(done.stderr or done.stdout).strip()} {log[-500:]}")
    return Cluster(folder, port, bindir, as_user)
