"""`rapport meetings …`: list 1:1s, export them to an iCalendar file.

    rapport meetings list [--from DATE --to DATE] [--json] [--tz ZONE]
    rapport meetings export FILE.ics [--from DATE --to DATE] [--tz ZONE]

DATE is YYYY-MM-DD, a day in ZONE (the computer's time zone unless --tz is given);
--to is included. The parser is built before any command runs, so this module imports
nothing heavy at module level.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapport.commands.common import CommandError, opened

# How exported events are titled in the settings language ("{name}", "{kind}"); English
# is the default.
SUMMARY_FORMS = {"es": ("1:1 con {name} ({kind})", "1:1 ({kind})")}

if TYPE_CHECKING:
    from rapport.store.core import Store


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    meetings = sub.add_parser("meetings", help="list 1:1 meetings, export them to .ics")
    actions = meetings.add_subparsers(dest="meetings_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="print 1:1s in time order: tab-separated with a header line, or JSON lines"
    )
    export = actions.add_parser(
        "export", help="write 1:1s to an iCalendar file for a phone or desktop calendar"
    )
    export.add_argument("file", type=Path, help="the .ics file to write")
    for p in (listing, export):
        p.add_argument("--from", dest="first", type=_day, metavar="DATE", help="from this day")
        p.add_argument("--to", dest="last", type=_day, metavar="DATE", help="to this day, included")
        p.add_argument("--tz", metavar="ZONE", help="IANA time zone for days and times shown")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")


def _zone(args: argparse.Namespace) -> str:
    from rapport.domain.scheduling import is_time_zone

    if args.tz:
        if not is_time_zone(args.tz):
            raise CommandError(f"{args.tz!r} is not a known time zone (try America/Chicago)")
        return str(args.tz)
    from datetime import datetime

    local = datetime.now().astimezone().tzinfo
    key = getattr(local, "key", None)  # a ZoneInfo knows its IANA name
    if key and is_time_zone(key):
        return str(key)
    return _system_zone_name()


def _system_zone_name() -> str:
    """The IANA name of this computer's zone from TZ or /etc/localtime; UTC if unknown."""
    import os

    from rapport.domain.scheduling import is_time_zone

    tz = os.environ.get("TZ", "").lstrip(":")
    if is_time_zone(tz):
        return tz
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    name = target.split(marker, 1)[1] if marker in target else ""
    return name if is_time_zone(name) else "UTC"


def _range(args: argparse.Namespace, tz: str) -> tuple[str | None, str | None]:
    from rapport.domain.scheduling import day_bounds

    first, last = args.first, args.last
    if first and last and last < first:
        raise CommandError(f"--to {last} is before --from {first}")
    start = day_bounds(first, first, tz)[0] if first else None
    end = day_bounds(last, last, tz)[1] if last else None
    return start, end


def run(args: argparse.Namespace) -> int:
    tz = _zone(args)
    with opened(args.data_dir) as folder:
        start, end = _range(args, tz)
        if args.meetings_command == "list":
            return _list(folder.store, start, end, tz, args.json)
        return _export(folder.store, args.file, start, end)


def _list(store: Store, start: str | None, end: str | None, tz: str, as_json: bool) -> int:
    import orjson

    from rapport.domain import scheduling as rules
    from rapport.store.meetings import contact_names, list_meetings

    meetings = list_meetings(store, start, end)
    names = contact_names(store, [m.contact_id for m in meetings])
    out = sys.stdout
    if not as_json:
        out.write("id\tstart\tminutes\tstatus\ttype\twith\tplace\n")
    for m in meetings:
        assert m.starts_at is not None
        local = rules.local_time(m.starts_at, tz)
        name = names.get(m.contact_id or "", "")
        if as_json:
            row: dict[str, Any] = {
                "id": m.id,
                "starts_at": m.starts_at,
                "local_start": local.isoformat(timespec="minutes"),
                "time_zone": m.time_zone,
                "duration_min": m.duration_min,
                "status": m.status,
                "kind": m.kind,
                "contact_id": m.contact_id,
                "contact": name,
                "location": m.location,
                "purpose": m.purpose,
                "confirm_call": m.confirm_call,
                "rescheduled_from": m.rescheduled_from,
                "block_id": m.block_id,
            }
            out.write(orjson.dumps(row).decode() + "\n")
        else:
            cells = (m.id, f"{local:%Y-%m-%d %H:%M}", str(m.duration_min), m.status, m.kind, name)
            out.write("\t".join((*cells, m.location.replace("\t", " "))) + "\n")
    return 0


def _export(store: Store, path: Path, start: str | None, end: str | None) -> int:
    from rapport.domain.meeting_types import type_label
    from rapport.interop.ical import ENGLISH_SUMMARY, Summary, write_ics
    from rapport.store.meetings import (
        contact_names,
        last_changed,
        list_meetings,
        load_meeting_types,
    )
    from rapport.store.settings import load_settings

    if path.suffix.lower() != ".ics":
        raise CommandError(f"{path}: the file name must end in .ics")
    if not path.parent.exists():
        raise CommandError(f"{path.parent}: no such folder")
    meetings = list_meetings(store, start, end)
    names = contact_names(store, [m.contact_id for m in meetings])
    labels = {t.key: type_label(t) for t in load_meeting_types(store)}
    modified = last_changed(store, [m.id for m in meetings])
    settings = load_settings(store)
    forms = SUMMARY_FORMS.get(settings.language)
    summary = Summary(*forms) if forms else ENGLISH_SUMMARY
    count = write_ics(
        path, meetings, names, labels, modified, organizer=settings.organizer_name, summary=summary
    )
    print(f"Wrote {count} 1:1{'s' if count != 1 else ''} to {path}")
    return 0
