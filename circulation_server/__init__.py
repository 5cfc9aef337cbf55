"""Reference central circulation server for the Docflow protocol (docs/protocol.md).

Independent of the desktop application: it imports only ``docflow_protocol`` from the project.
"""
