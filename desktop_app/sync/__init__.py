"""The sync engine: this desk's outbox up to the circulation server, the server's changes down.

Start reading at ``engine.py`` (the loop and the order of a cycle); each step is its own module
(``push``, ``transfers``, ``pull``, ``conflicts``, ``numbers``, ``status``); docs/sync.md maps them.
"""
