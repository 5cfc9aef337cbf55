"""Split a py-spy profile of the server by request kind and by layer (issue 18: where the CPU goes).

Record the server process during a load run, sampling only the thread that holds the GIL (the
thread burning Python CPU; threads waiting on the database or the socket release it):

    .venv/bin/python bench/server_load.py --configs pg1 --repeat 1 --rate 300 --duration 30 &
    .venv/bin/py-spy record --pid <the server's pid> --subprocesses --gil --nonblocking --rate 50 \\
        --format raw --duration 75 -o /tmp/server.raw
    .venv/bin/python bench/profile_split.py /tmp/server.raw            # the two tables
    .venv/bin/python bench/profile_split.py /tmp/server.raw push       # and the push's samples by our frame

A sample's kind is the first of ``KINDS`` a frame of its stack names (a signed-file check inside a
push counts as the check); its layer is the package of its innermost frame that ``LAYERS`` knows.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict

KINDS = [
    ("signed-file pre-check (signature.add; main: every file.attach)", ("check_signed_file", "_precheck (",
                                                                         "check_upgrade")),
    ("push", ("apply_batch", "OpsFastPath", "routers/ops.py", "ops_engine.py")),
    ("feed", ("FeedFastPath", "feed_answer", "routers/changes.py", "_read_page", "gather.py")),
    ("upload", ("UploadFastPath", "whole_upload.py", "routers/uploads.py")),
    ("lease", ("LeaseFastPath", "routers/numbers.py")),
    ("HEAD", ("HeadFastPath", "routers/files.py")),
    ("metrics", ("observability.py", "prometheus")),
]
LAYERS = [
    ("pyHanko/asn1crypto/cryptography", ("pyhanko", "asn1crypto", "cryptography", "oscrypto")),
    ("psycopg", ("psycopg",)),
    ("SQLAlchemy", ("sqlalchemy",)),
    ("JSON", ("json/", "orjson", "(json")),
    ("pydantic", ("pydantic",)),
    ("FastAPI/Starlette", ("fastapi", "starlette")),
    ("uvicorn/httptools", ("uvicorn", "httptools", "h11")),
    ("asyncio/uvloop", ("asyncio/", "uvloop", "selectors")),
    ("our code", ("circulation_server/", "docflow_protocol")),
    ("threads", ("threading.py", "queue.py", "concurrent/")),
    ("files/hashing", ("hashlib", "tempfile", "shutil", "os.py", "pathlib")),
]


def kind_of(frames: list[str]) -> str:
    joined = ";".join(frames)
    for kind, keys in KINDS:
        if any(k in joined for k in keys):
            return kind
    if any("uvicorn" in f or "httptools" in f for f in frames):
        return "HTTP outside a route (uvicorn: parse, task, writes; the edge before a route)"
    if any("edge.py" in f for f in frames):
        return "edge, no route frame"
    return "other (notifier, pool, GC...)"


def layer_of(frames: list[str]) -> str:
    for frame in reversed(frames):
        for layer, keys in LAYERS:
            if any(k in frame for k in keys):
                return layer
    return "other"


def load(path: str) -> list[tuple[list[str], int]]:
    """py-spy's raw (collapsed) lines: ``process;frame;...;frame count``, the process dropped."""
    out = []
    for line in open(path, encoding="utf-8", errors="replace"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if stack:
            out.append((stack.split(";")[1:], int(count)))
    return out


def main() -> int:
    samples = load(sys.argv[1])
    total = sum(n for _, n in samples) or 1
    kinds, layers, cross = Counter(), Counter(), defaultdict(Counter)
    for frames, n in samples:
        kind, layer = kind_of(frames), layer_of(frames)
        kinds[kind] += n
        layers[layer] += n
        cross[kind][layer] += n
    print(f"{total} samples\n\n| request kind | share | biggest layers in it |\n|---|---:|---|")
    for kind, n in kinds.most_common():
        top = ", ".join(f"{layer} {100 * c / n:.0f} %" for layer, c in cross[kind].most_common(4))
        print(f"| {kind} | {100 * n / total:.1f} % | {top} |")
    print("\n| layer (innermost frame) | share |\n|---|---:|")
    for layer, n in layers.most_common():
        print(f"| {layer} | {100 * n / total:.1f} % |")
    if len(sys.argv) > 2:   # one kind's samples by the innermost frame of ours
        ours = Counter()
        for frames, n in samples:
            if sys.argv[2] in kind_of(frames):
                mine = [f for f in frames if "circulation_server/" in f]
                ours[(mine[-1] if mine else "-") + "  ->  " + (frames[-1] if frames else "?")] += n
        print()
        for key, n in ours.most_common(40):
            print(f"{n:6d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
