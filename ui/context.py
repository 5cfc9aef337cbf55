"""What every window and widget gets: the core context plus the UI's helpers (no globals)."""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.services.context import AppContext
from ui.dialogs import DialogService
from ui.events import QtEventBridge
from ui.tasks import TaskManager


@dataclass
class UiContext:
    ctx: AppContext
    tasks: TaskManager
    bridge: QtEventBridge
    dialogs: DialogService

    @classmethod
    def create(cls, ctx: AppContext, dialogs: DialogService | None = None) -> "UiContext":
        return cls(ctx, TaskManager(), QtEventBridge(ctx.events), dialogs or DialogService())

    def close(self) -> None:
        self.tasks.close()
        self.tasks.wait(10000)
        self.bridge.close()
