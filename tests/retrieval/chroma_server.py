"""A real Chroma server (``chroma run``) on 127.0.0.1:<free port>, for the HttpClient tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.servers import free_port, run_server


@contextmanager
def chroma_server(path: Path, timeout: float = 60.0) -> Iterator[str]:
    exe = shutil.which("chroma")
    assert exe, "the chroma CLI (pip install chromadb) is needed for the server tests"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)]
    with run_server(cmd, f"{url}/api/v2/heartbeat", timeout=timeout):
        yield url
