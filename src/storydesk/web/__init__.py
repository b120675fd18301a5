"""The served desk: the HTML dossier and its JSON over HTTP, from the desk database."""

from .server import serve

__all__ = ["serve"]
