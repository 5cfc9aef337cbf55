"""The server turns FastAPI's own OpenTelemetry off (app.without_native_telemetry): with it on, as FastAPI
0.16x has it by default, every request asked the global tracer, meter and logger providers whether one is
configured (~1 % of the server's CPU in the day's mix), for telemetry the server does not emit."""
from __future__ import annotations

import asyncio

import pytest

from circulation_server.app import build_services, create_app
from circulation_server.config import Settings

otel_trace = pytest.importorskip("opentelemetry.trace")
otel_metrics = pytest.importorskip("opentelemetry.metrics")


def _get(app, path: str) -> int:
    """Status of one GET through the whole application (its middleware stack, the edge, the route)."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": [(b"host", b"docflow")], "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 80)}
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(asyncio.wait_for(app(scope, receive, send), 20))
    return sent[0]["status"]


def test_a_request_does_not_ask_for_opentelemetry_providers(tmp_path, monkeypatch):
    services = build_services(Settings(data_dir=tmp_path))
    try:
        app = create_app(services)
        asked = []
        for module, name in ((otel_trace, "get_tracer_provider"), (otel_metrics, "get_meter_provider")):
            real = getattr(module, name)
            monkeypatch.setattr(module, name, lambda real=real, name=name: asked.append(name) or real())
        assert [_get(app, "/v1/health") for _ in range(3)] == [200] * 3
        assert asked == []
    finally:
        services.db.dispose()
