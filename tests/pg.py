"""A real PostgreSQL server for the tests, started from Debian's `postgresql` binaries in a temporary
directory (initdb + pg_ctl, as the `postgres` user when the tests run as root). Without them the
PostgreSQL tests are skipped with the reason shown; `.ci/run` installs the package."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


INITDB, PG_CTL = _bin("initdb"), _bin("pg_ctl")
needs_postgres = pytest.mark.skipif(
    INITDB is None or PG_CTL is None,
    reason="PostgreSQL tests need Debian's postgresql package (initdb, pg_ctl); .ci/run installs it")


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


class PostgresServer:
    def __init__(self) -> None:
        assert INITDB and PG_CTL
        self.root = Path(tempfile.mkdtemp(prefix="trygghetsbot-pg-"))
        self.data = self.root / "data"
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        subprocess.run(_as_server_user([INITDB, "-D", str(self.data), "-U", "postgres", "--auth=trust",
                                        "-E", "UTF8", "--locale=C.UTF-8"]),
                       check=True, capture_output=True)
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(_as_server_user([PG_CTL, "-D", str(self.data), "-o", options, "-l",
                                        str(self.root / "server.log"), "-w", "start"]),
                       check=True, capture_output=True)
        self._names = itertools.count(1)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        name = f"test_{os.getpid()}_{next(self._names)}"
        subprocess.run(["psql", "-q", self.url(), "-c", f"CREATE DATABASE {name}"], check=True, capture_output=True)
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(_as_server_user([PG_CTL, "-D", str(self.data), "-m", "fast", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if INITDB is None or PG_CTL is None:
        pytest.skip("PostgreSQL tests need Debian's postgresql package (initdb, pg_ctl); .ci/run installs it")
    server = PostgresServer()
    try:
        yield server
    finally:
        server.stop()
