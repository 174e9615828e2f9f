"""Load on the local web app: critique requests per second, p50/p99 latency and errors under concurrent clients.

Usage: python bench/web_load.py [--clients 50] [--seconds 15] [--workers 2]

Starts `careeralign serve --workers N` on a free port, warms it, then runs N concurrent
HTTP clients (httpx, asyncio) posting a 200-word answer with its posting to /api/v1/critique.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from speed import ANSWER_200, ROLE  # noqa: E402


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


async def client(url: str, stop: float, lat: list[float], errors: list[str]) -> None:
    """A keep-alive HTTP/1.1 client on raw asyncio streams: cheap, so the server gets the machine's CPU."""
    import json

    host, port = url.split("//")[1].split("/")[0].split(":")
    path = "/" + url.split("//")[1].split("/", 1)[1]
    body = json.dumps({"answer": ANSWER_200, "role": ROLE}).encode()
    req = (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
           f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    reader, writer = await asyncio.open_connection(host, int(port))
    try:
        while time.perf_counter() < stop:
            t = time.perf_counter()
            writer.write(req)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = head.split(b" ", 2)[1]
            length = int(next(ln.split(b":", 1)[1] for ln in head.split(b"\r\n") if ln.lower().startswith(b"content-length")))
            await reader.readexactly(length)
            if status != b"200":
                errors.append(status.decode())
            lat.append((time.perf_counter() - t) * 1000)
    except (OSError, asyncio.IncompleteReadError) as e:
        errors.append(type(e).__name__)
    finally:
        writer.close()


async def run(url: str, clients: int, seconds: float) -> tuple[int, list[float], list[str], float]:
    lat: list[float] = []
    errors: list[str] = []
    t0 = time.perf_counter()
    stop = t0 + seconds
    await asyncio.gather(*(client(url, stop, lat, errors) for _ in range(clients)))
    return len(lat), lat, errors, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "careeralign", "serve", "--port", str(port), "--workers", str(args.workers)],
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api/v1/critique"
    try:
        for _ in range(200):
            try:
                if httpx.post(url, json={"answer": "warm up"}, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        asyncio.run(run(url, args.workers * 2, 2))  # warm every worker
        one = [0.0]
        _, single, _, _ = asyncio.run(run(url, 1, 3))  # one keep-alive client: the server's own time plus a local round trip
        one[0] = statistics.median(single)
        n, lat, errors, dt = asyncio.run(run(url, args.clients, args.seconds))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"one client, 200-word answer, round trip p50 {one[0]:.1f} ms (bar: server-side critique p50 <= 20 ms)")
    print(f"{args.clients} concurrent clients, {args.workers} worker(s), {dt:.1f} s: {n} requests = {n / dt:.0f} req/s "
          f"(bar >= 150); latency p50 {pct(lat, 50):.0f} ms, p99 {pct(lat, 99):.0f} ms (bar <= 150); errors {len(errors)} (bar 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
