"""HTTP routers, one per protocol area."""
