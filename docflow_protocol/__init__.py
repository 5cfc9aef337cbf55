"""Plain protocol definitions shared by the desktop client and the reference server (no I/O, no Qt)."""
