"""`rapport sync …`: export for HQ, import a bundle, print the canonical state,
import HQ's public key, list conflicts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rapport.commands.common import CommandError, opened


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = sub.add_parser("sync", help="sync bundles with headquarters and other organizers")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a bundle of your changes for HQ")
    export.add_argument("file", type=Path)
    export.add_argument("--full", action="store_true", help="everything, not only what HQ lacks")
    export.add_argument("--encrypt", action="store_true", help="encrypt to HQ's public key")
    imp = actions.add_parser("import", help="merge a bundle from HQ or another organizer")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    actions.add_parser("state", help="print every synced record with its stamps, canonically")
    key = actions.add_parser("hq-key", help="import HQ's public key (for --encrypt)")
    key.add_argument("file", type=Path)
    actions.add_parser("conflicts", help="list conflicts waiting for review")


def run(args: argparse.Namespace) -> int:
    from rapport.commands.progress import ProgressLine
    from rapport.sync.bundle import BundleError

    with opened(args.data_dir) as folder:
        store = folder.store
        try:
            if args.sync_command == "export":
                from rapport.sync.export import export_bundle

                try:
                    with ProgressLine(f"Writing {args.file.name}", "records") as line:
                        summary = export_bundle(
                            store,
                            args.file,
                            full=args.full,
                            encrypt=args.encrypt,
                            progress=line.count,
                        )
                except ValueError as exc:
                    raise CommandError(str(exc)) from exc
                print(summary.summary())
            elif args.sync_command == "import":
                from rapport.sync.bundle import read_bundle_file
                from rapport.sync.importer import import_bundle

                bundle = read_bundle_file(args.file)
                with ProgressLine(f"Importing {args.file.name}", "records") as line:
                    records = bundle.trailer.records
                    report = import_bundle(
                        store,
                        bundle,
                        dry_run=args.dry_run,
                        progress=lambda done: line.count(done, records),
                    )
                print(("Dry run, nothing written. " if args.dry_run else "") + report.summary())
            elif args.sync_command == "state":
                from rapport.sync.state import state_lines

                with store.read() as conn:
                    for chunk in state_lines(conn):
                        sys.stdout.buffer.write(chunk)
                sys.stdout.buffer.flush()
            elif args.sync_command == "hq-key":
                from rapport.sync.conflicts import import_hq_key
                from rapport.sync.crypto import CryptoError

                try:
                    fp = import_hq_key(store, _read(args.file))
                except CryptoError as exc:
                    raise CommandError(f"{args.file}: {exc}") from exc
                print(f"Imported HQ's public key, fingerprint {fp}. Check it with HQ by phone.")
            else:
                from rapport.sync.conflicts import list_conflicts

                conflicts = list_conflicts(store)
                for c in conflicts:
                    print(
                        f"{c.id}\t{c.table_name}\t{c.record_id}\t{c.field}\t"
                        f"kept {c.kept_value!r}\tlost ({c.lost_side}) {c.lost_value!r}"
                    )
                print(f"{len(conflicts)} conflict(s) to review.", file=sys.stderr)
        except BundleError as exc:
            raise CommandError(str(exc)) from exc
    return 0


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror}") from exc
