"""Raw TCP printing to a network label printer (Zebra "port 9100" / JetDirect)."""

from __future__ import annotations

import socket

from cellchain.errors import ServiceUnavailable


def send_raw(host: str, port: int, payload: bytes, *, timeout: float) -> None:
    """Sends payload and closes; a printer that cannot be reached is a clear refusal."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            conn.sendall(payload)
            conn.shutdown(socket.SHUT_WR)
    except OSError as exc:
        raise ServiceUnavailable(
            f"label printer {host}:{port} could not be reached ({exc.strerror or exc}); "
            "nothing was printed and nothing was logged") from exc
