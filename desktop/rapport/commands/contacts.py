"""`rapport contacts …`: list (and search) contacts, import a CSV or vCard file, export.

    rapport contacts list [--search Q] [--sort KEY] [--desc] [--json]
    rapport contacts import FILE [--dry-run] [--update-duplicates]
    rapport contacts export FILE        (.csv or .vcf)

The parser is built before any command runs, so this module imports nothing heavy at
module level; the store and the file formats are imported inside `run`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapport.commands.common import CommandError, opened
from rapport.domain.contact_list import SORT_KEYS

if TYPE_CHECKING:
    from rapport.interop.contact_rows import ImportRow
    from rapport.store.contact_import import ImportCounts, RowPlan
    from rapport.store.core import Store

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
VCARD_SUFFIXES = (".vcf", ".vcard")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contacts = sub.add_parser("contacts", help="list, import and export contacts")
    actions = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="print contacts: tab-separated with a header line, or JSON lines"
    )
    listing.add_argument("--search", metavar="Q", help='only contacts matching Q ("ana gar")')
    listing.add_argument("--sort", choices=SORT_KEYS, default="name")
    listing.add_argument("--desc", action="store_true", help="sort in descending order")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    imp = actions.add_parser("import", help="import contacts from a CSV or vCard (.vcf) file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    imp.add_argument(
        "--update-duplicates",
        action="store_true",
        help="fill in the contacts that rows duplicate (empty fields, phones, emails, tags)",
    )
    export = actions.add_parser("export", help="write every contact to a .csv or .vcf file")
    export.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> int:
    with opened(args.data_dir) as folder:
        if args.contacts_command == "list":
            return _list(folder.store, args)
        if args.contacts_command == "import":
            return _import(folder.store, args)
        return _export(folder.store, args.file)


def _list(store: Store, args: argparse.Namespace) -> int:
    import orjson

    from rapport.store.contact_import import iter_contacts
    from rapport.store.contacts import contact_ids

    ids = contact_ids(store, args.search, args.sort, args.desc)
    out = sys.stdout
    if not args.json:
        out.write("id\tname\tphones\temails\tstage\ttags\n")
    for contact, tags in iter_contacts(store, ids):
        if args.json:
            row: dict[str, Any] = {
                "id": contact.id,
                "name": f"{contact.first_name} {contact.last_name}".strip(),
                "phones": contact.phones,
                "emails": contact.emails,
                "stage": contact.stage,
                "tags": tags,
            }
            out.write(orjson.dumps(row).decode() + "\n")
        else:
            cells = (
                contact.id,
                f"{contact.first_name} {contact.last_name}".strip(),
                "; ".join(contact.phones),
                "; ".join(contact.emails),
                contact.stage,
                "; ".join(tags),
            )
            out.write("\t".join(_cell(c) for c in cells) + "\n")
    out.flush()
    print(f"{len(ids):,} contact(s).", file=sys.stderr)
    return 0


def _cell(value: str) -> str:
    """One value on one line of a tab-separated table."""
    return value.replace("\t", " ").replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def _read(path: Path) -> tuple[Iterable[ImportRow], int]:
    """The file's rows (a CSV file's are built as they are asked for) and their count
    (for a CSV file, at most that many)."""
    suffix = path.suffix.lower()
    if suffix in VCARD_SUFFIXES:
        from rapport.interop.vcard import read_vcards

        parsed = read_vcards(path)
        return parsed.rows, len(parsed.rows)
    if suffix in CSV_SUFFIXES:
        from rapport.interop.csv_contacts import stream_csv

        return stream_csv(path)
    raise CommandError(
        f"{path.name}: cannot tell the format from the name; use a .csv or .vcf file "
        "(nothing was imported)"
    )


def import_file(
    store: Store,
    path: Path,
    *,
    dry_run: bool = False,
    update_duplicates: bool = False,
    report: Callable[[RowPlan], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportCounts:
    """What `rapport contacts import` does. The file is read (a bad one raises
    CommandError), then each row is built, planned, given to `report` and, unless
    `dry_run`, written as it comes: all in one transaction, so a row that refuses the
    file far down (CommandError too) leaves nothing written. `progress(done, total)`
    is called every few hundred rows."""
    from rapport.commands.progress import counted
    from rapport.interop.text_source import ImportFileError
    from rapport.store.contact_import import apply_import, count_plans, iter_plans

    try:
        rows, total = _read(path)
        plans: Iterable[RowPlan] = iter_plans(store, rows)
        if report is not None:
            plans = _reported(plans, report)
        if dry_run:
            return count_plans(plans if progress is None else counted(plans, progress, total))
        return apply_import(
            store, plans, progress, update_duplicates=update_duplicates, total=total
        )
    except ImportFileError as exc:
        raise CommandError(f"{exc} (nothing was imported)") from exc


def _reported(plans: Iterable[RowPlan], report: Callable[[RowPlan], None]) -> Iterator[RowPlan]:
    for plan in plans:
        report(plan)
        yield plan


def _plan_lines(plan: RowPlan) -> list[str]:
    """What the command prints of a row: why it is a duplicate, invalid, or left out."""
    lines = []
    if plan.action == "duplicate":
        lines += [f"line {plan.line}: duplicate, skipped: {reason}" for reason in plan.reasons]
    kind = "invalid" if plan.action == "invalid" else "note"
    for problem in plan.problems:
        where = "" if problem.startswith("line ") else f"line {plan.line}: "
        lines.append(f"{kind}: {where}{problem}")
    return lines


def _import(store: Store, args: argparse.Namespace) -> int:
    from rapport.commands.progress import ProgressLine

    with ProgressLine(f"Importing {args.file.name}", "rows") as line:

        def report(plan: RowPlan) -> None:
            if printed := _plan_lines(plan):
                line.clear()
                print("\n".join(printed), flush=line.shown)

        counts = import_file(
            store,
            args.file,
            dry_run=args.dry_run,
            update_duplicates=args.update_duplicates,
            report=report,
            progress=line.count,
        )
    summary = (
        f"{args.file.name}: {counts.new:,} new, {counts.duplicates:,} duplicate, "
        f"{counts.invalid:,} invalid"
    )
    if args.dry_run:
        print(f"{summary}. Dry run: nothing was written.")
        return 0
    done = f"{summary}. Added {counts.added:,} contact(s)"
    if args.update_duplicates:
        done += f", updated {counts.updated:,}"
    print(done + ".")
    return 0


def _export(store: Store, path: Path) -> int:
    from rapport.commands.progress import ProgressLine, counted
    from rapport.store.contact_import import iter_contacts
    from rapport.store.contacts import count_contacts

    suffix = path.suffix.lower()
    if suffix not in (".csv", *VCARD_SUFFIXES):
        raise CommandError(f"{path.name}: export to a .csv or a .vcf file")
    if not path.parent.is_dir():
        raise CommandError(f"{path.parent}: no such folder")
    from rapport.interop.csv_contacts import write_csv
    from rapport.interop.vcard import write_vcards

    try:
        with ProgressLine(f"Exporting to {path.name}", "contacts") as line:
            contacts = counted(iter_contacts(store), line.count, count_contacts(store))
            write = write_csv if suffix == ".csv" else write_vcards
            count = write(contacts, path)
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror or exc}") from exc
    print(f"Wrote {count:,} contact(s) to {path}.")
    return 0
