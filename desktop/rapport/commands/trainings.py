"""`rapport trainings …`: list trainings, and write a training's report.

    rapport trainings list [--json]
    rapport trainings report ID --pdf FILE [--csv FILE] [--language en|es]

ID may be shortened to any prefix that names one training. The parser is built before
any command runs, so this module imports nothing heavy at module level. The report is
written in the interface language chosen in Settings unless --language says otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rapport.commands.common import CommandError, opened

if TYPE_CHECKING:
    from rapport.store.core import Store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    trainings = sub.add_parser("trainings", help="list trainings and write their reports")
    actions = trainings.add_subparsers(dest="trainings_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="print trainings: tab-separated with a header line, or JSON lines"
    )
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    report = actions.add_parser(
        "report", help="write a training's summary as PDF (and its evaluations as CSV)"
    )
    report.add_argument("id", metavar="ID", help="the training's id (or its first characters)")
    report.add_argument("--pdf", type=Path, required=True, metavar="FILE", help="a .pdf file")
    report.add_argument("--csv", type=Path, metavar="FILE", help="a .csv file")
    report.add_argument(
        "--language",
        choices=("en", "es"),
        help="the language of the report (default: the interface language in Settings)",
    )


def run(args: argparse.Namespace) -> int:
    with opened(args.data_dir) as folder:
        if args.trainings_command == "list":
            return _list(folder.store, args.json)
        return _report(folder.store, args)


def _list(store: Store, as_json: bool) -> int:
    import orjson

    from rapport.store.trainings import list_trainings

    out = sys.stdout
    if not as_json:
        out.write("id\tstarts_at\ttitle\tstatus\tparticipants\tevaluations\tmean_rating\n")
    for row in list_trainings(store):
        if as_json:
            data = {
                "id": row.id,
                "title": row.title,
                "starts_at": row.starts_at,
                "place": row.place,
                "trainer": row.trainer,
                "status": row.status,
                "participants": row.participants,
                "evaluations": row.evaluations,
                "mean_rating": row.mean,
            }
            out.write(orjson.dumps(data).decode() + "\n")
        else:
            mean = "" if row.mean is None else f"{row.mean:.2f}"
            title = " ".join(row.title.split())
            out.write(
                f"{row.id}\t{row.starts_at or ''}\t{title}\t{row.status}\t"
                f"{row.participants}\t{row.evaluations}\t{mean}\n"
            )
    return 0


def _find(store: Store, wanted: str) -> str:
    from rapport.store.trainings import list_trainings

    ids = [row.id for row in list_trainings(store)]
    if wanted in ids:
        return wanted
    matches = [i for i in ids if i.startswith(wanted)] if wanted else []
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise CommandError(f"{wanted!r} names {len(matches)} trainings; give more characters")
    raise CommandError(f"no training with id {wanted!r} (see `rapport trainings list`)")


def _check_file(path: Path, suffix: str, option: str) -> None:
    if path.suffix.lower() != suffix:
        raise CommandError(f"{option}: the file name must end in {suffix}, got {path.name!r}")
    if not path.parent.is_dir():
        raise CommandError(f"cannot write {path}: the folder {path.parent} does not exist")


def _report(store: Store, args: argparse.Namespace) -> int:
    from rapport.store.settings import load_settings
    from rapport.store.trainings import training_report

    pdf: Path = args.pdf.expanduser().resolve()
    _check_file(pdf, ".pdf", "--pdf")
    csv: Path | None = args.csv.expanduser().resolve() if args.csv else None
    if csv is not None:
        _check_file(csv, ".csv", "--csv")
    training_id = _find(store, args.id)
    report = training_report(store, training_id)
    if report is None:  # deleted between the two reads
        raise CommandError(f"no training with id {args.id!r}")
    language = args.language or load_settings(store).language

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from rapport.ui.language import install_language
    from rapport.ui.trainings.report import write_report_pdf

    app = QGuiApplication.instance() or QGuiApplication(["rapport"])
    if not install_language(app, language):
        print(f"No {language} translation found; writing the report in English.", file=sys.stderr)
    try:
        write_report_pdf(report, pdf)
        if csv is not None:
            from rapport.interop.training_csv import write_training_csv

            write_training_csv(report, csv)
    except OSError as exc:
        raise CommandError(f"cannot write the report: {exc}") from exc
    finally:
        del app
    s = report.summary
    mean = "–" if s.mean is None else f"{s.mean:.2f}"
    evaluations = "1 evaluation" if s.count == 1 else f"{s.count:,} evaluations"
    print(f"{report.training.title}: {evaluations}, mean rating {mean}.")
    print(f"Wrote {pdf}")
    if csv is not None:
        print(f"Wrote {csv}")
    return 0
