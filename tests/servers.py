"""A real uvicorn server in a thread on 127.0.0.1:<free port>, as httpx's own tests do."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(app, timeout: float = 20.0) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


@contextmanager
def run_server(cmd: list[str], health_url: str, *, timeout: float = 60.0,
               stderr_path: Path | None = None) -> Iterator[None]:
    """A server subprocess, ready once ``health_url`` answers 200; terminated on exit. When it
    dies or does not come up in time, the error carries the tail of its stderr (if logged)."""
    with stderr_path.open("wb") if stderr_path else open(os.devnull, "wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(health_url, timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                tail = stderr_path.read_text(errors="replace")[-3000:] if stderr_path else ""
                raise RuntimeError(f"{cmd[0]} did not come up (exit {proc.poll()}):\n{tail}")
            time.sleep(0.2)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
