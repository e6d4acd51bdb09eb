"""The `rapport` command: the window by default, sub-commands for headless jobs."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from rapport import __version__

# Sub-command name → module under rapport.commands (imported only when used).
COMMANDS = {
    "demo": "demo",
    "self-test": "selftest",
    "db": "db",
    "sync": "sync",
    "hq": "hq",
    "contacts": "contacts",
    "meetings": "meetings",
    "trainings": "trainings",
    "present": "present",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rapport",
        description="Rapport: contacts, 1:1s, trainings and sync for community organizers. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Rapport {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder to use (default: $RAPPORT_DATA_DIR, else your user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill the data folder with believable demo data")
    demo.add_argument("--contacts", type=_positive_int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")

    sub.add_parser(
        "self-test", help="open the window offscreen, visit every page, check fonts; exit 0 if fine"
    )

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("check", help="integrity and foreign-key checks, and the list of backups")

    from rapport.commands import contacts, hq, meetings, present, sync, trainings

    sync.add_parser(sub)
    hq.add_parser(sub)
    contacts.add_parser(sub)
    meetings.add_parser(sub)
    trainings.add_parser(sub)
    present.add_parser(sub)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from rapport.paths import resolve_data_dir

    args.data_dir = resolve_data_dir(args.data_dir)
    if args.command is None:
        from rapport.ui.app import run_gui

        return run_gui(args.data_dir)
    from rapport.commands.common import EXIT_INTERRUPTED, INTERRUPTED, CommandError, report

    module = importlib.import_module(f"rapport.commands.{COMMANDS[args.command]}")
    try:
        status = module.run(args)
    except CommandError as exc:
        return report(exc)
    except BrokenPipeError:  # `rapport sync state | head`: the reader left, nothing wrong
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:  # Ctrl+C: the transaction under way was rolled back
        print(f"\nrapport: {INTERRUPTED}", file=sys.stderr)
        return EXIT_INTERRUPTED
    return int(status)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
