"""`allyscope copy`: a whole knowledge base from one store to another (registered on the `allyscope` group)."""

from __future__ import annotations

import json

import click

from allyscope.cli import DatabaseLocation, _errors, main


@main.command("copy")
@click.option("--from", "source", type=DatabaseLocation(), required=True, help="The store to copy (path or URL).")
@click.option("--to", "target", type=DatabaseLocation(), required=True, help="An empty store to copy it into.")
@click.option("--json", "as_json", is_flag=True, help="Print the rows copied per table as JSON.")
@_errors
def copy_command(source: str, target: str, as_json: bool) -> None:
    """Copy a knowledge base — documents, facts, review decisions, merges, the case — into an empty store.

    Either side is an SQLite file or a PostgreSQL database; the target's search indexes and timeline are made
    again from what is copied. All of it is copied, or nothing.

    Example: allyscope copy --from allyscope.db --to postgresql://me@dbhost/asia_desk
    """
    from allyscope.store.copying import copy

    counts = copy(source, target)
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    click.echo(
        f"allyscope: copied {counts['documents']} documents, {counts['facts']} facts and {counts['decisions']} "
        f"review decisions from {source} to {target}"
    )
