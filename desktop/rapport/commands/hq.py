"""`rapport hq …`: headquarters' jobs — merge bundles, write return bundles, print state,
make the key pair laptops encrypt to."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rapport.commands.common import EXIT_FOLDER_PROBLEM, CommandError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hq = sub.add_parser("hq", help="headquarters: merge bundles from many laptops")
    actions = hq.add_subparsers(dest="hq_command", metavar="ACTION", required=True)
    db_help = "HQ database: a SQLite file path, or a URL such as postgresql+psycopg://…"
    merge = actions.add_parser("merge", help="merge bundles into the HQ database")
    merge.add_argument("--db", required=True, help=db_help)
    merge.add_argument("--key", type=Path, help="HQ's private key, for encrypted bundles")
    merge.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE")
    ret = actions.add_parser("return", help="write the return bundle for one laptop")
    ret.add_argument("--db", required=True, help=db_help)
    ret.add_argument("--device", required=True, help="the laptop's device id")
    ret.add_argument("file", type=Path)
    state = actions.add_parser("state", help="print every record with its stamps, canonically")
    state.add_argument("--db", required=True, help=db_help)
    keygen = actions.add_parser("keygen", help="make HQ's key pair for encrypted bundles")
    keygen.add_argument("folder", type=Path)


def run(args: argparse.Namespace) -> int:
    if args.hq_command == "keygen":
        return _keygen(args.folder)
    from rapport.store.migrate import NewerSchemaError
    from rapport.sync.hq import open_hq

    try:
        hq = open_hq(args.db)
    except NewerSchemaError as exc:
        raise CommandError(str(exc), EXIT_FOLDER_PROBLEM) from exc
    try:
        if args.hq_command == "merge":
            return _merge(hq, args)
        if args.hq_command == "return":
            from rapport.sync.bundle import BundleError
            from rapport.sync.hq import write_return

            try:
                summary = write_return(hq, args.device, args.file)
            except BundleError as exc:
                raise CommandError(str(exc)) from exc
            print(
                f"Wrote {summary.path}: acknowledges changes up to {summary.ack_seq} and "
                f"carries {summary.records:,} record(s) for device {summary.device_id}."
            )
            return 0
        from rapport.sync.hq import write_state

        write_state(hq, sys.stdout.buffer.write)
        sys.stdout.buffer.flush()
        return 0
    finally:
        hq.close()


def _merge(hq: object, args: argparse.Namespace) -> int:
    from rapport.commands.progress import ProgressLine
    from rapport.sync.hq import HQ, merge_bundle

    assert isinstance(hq, HQ)
    key = None
    if args.key is not None:
        try:
            key = args.key.read_bytes()
        except OSError as exc:
            raise CommandError(f"{args.key}: {exc.strerror}") from exc
    refused = 0
    for path in args.bundles:
        with ProgressLine(f"Merging {path.name}", "records") as line:
            result = merge_bundle(hq, path, key, progress=line.count)
        status = "ok" if result.ok else "REFUSED"
        print(f"{path}: {status}: {result.message}")
        refused += not result.ok
    print(f"{len(args.bundles) - refused} merged, {refused} refused.")
    return 1 if refused else 0


def _keygen(folder: Path) -> int:
    from rapport.sync import crypto

    folder.mkdir(parents=True, exist_ok=True)
    private, public = crypto.generate_keypair()
    private_path, public_path = folder / "hq-private.pem", folder / "hq-public.pem"
    if private_path.exists():
        raise CommandError(f"{private_path} exists already; not overwriting HQ's key.")
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private)
    public_path.write_bytes(public)
    print(f"Wrote {private_path} (keep it safe) and {public_path} (give it to organizers).")
    print(f"Fingerprint: {crypto.fingerprint(public)}")
    return 0
