"""`allyscope serve`: the web desk and JSON API over one database (registered on the `allyscope` group)."""

from __future__ import annotations

from pathlib import Path

import click

from allyscope.cli import _errors, db_option, main
from allyscope.errors import AllyscopeError


class ServeError(AllyscopeError):
    """The server cannot start as asked (unreadable token file, empty token)."""


def _token(token: str | None, token_file: Path | None) -> str | None:
    if token and token_file:
        raise ServeError("give --write-token or --write-token-file, not both")
    if token_file:
        try:
            token = token_file.read_text("utf-8").strip()
        except OSError as exc:
            raise ServeError(f"{token_file}: cannot read the token file ({exc.strerror})") from exc
    if token is not None and len(token) < 8:
        raise ServeError("the write token must have at least 8 characters")
    return token


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (only this machine).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--write-token", "write_token", help="Enable writes (review, merges) for clients that send it.")
@click.option(
    "--write-token-file",
    "write_token_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the write token from this file (keeps it out of the process list).",
)
@_errors
def serve(db: Path | None, host: str, port: int, write_token: str | None, write_token_file: Path | None) -> None:
    """Serve the knowledge base: pages for reading and review, and a JSON API under /api/.

    Read-only unless a write token is given; binds to 127.0.0.1 unless told otherwise.

    Example: allyscope serve --write-token-file ~/.allyscope-token
    """
    import uvicorn

    from allyscope.store.database import default_db_path
    from allyscope.web import create_app

    path = default_db_path(db)
    if not path.exists():
        raise ServeError(f"{path}: no database here (run 'allyscope init' first)")
    app = create_app(path, _token(write_token, write_token_file))
    mode = "writes need the token" if write_token or write_token_file else "read-only"
    click.echo(f"allyscope: serving {path} on http://{host}:{port}/ ({mode})")
    uvicorn.run(app, host=host, port=port, log_level="warning")
