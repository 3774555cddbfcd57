"""The analyst's desk: a JSON API and server-rendered pages over one allyscope database (`allyscope serve`).

Routes call the same library functions as the CLI (store, knowledge, outputs); nothing here extracts or parses."""

from allyscope.web.app import create_app

__all__ = ["create_app"]
