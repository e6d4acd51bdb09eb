"""`rapport present ID --pdf FILE [--size 1920x1080] [--language en|es] [--theme light|dark]`:
write a training's slides as a PDF handout, without a screen.

ID may be shortened to any prefix that names one training. The parser is built before
any command runs, so this module imports nothing heavy at module level.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rapport.commands.common import CommandError, opened


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    present = sub.add_parser(
        "present", help="write a training's presentation slides as a PDF (no screen needed)"
    )
    present.add_argument("id", metavar="ID", help="the training's id (or its first characters)")
    present.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    present.add_argument(
        "--size", default="1920x1080", metavar="WxH", help="slide size in pixels (1920x1080)"
    )
    present.add_argument(
        "--language",
        choices=("en", "es"),
        help="the language of the slides (default: the interface language in Settings)",
    )
    present.add_argument(
        "--theme",
        choices=("light", "dark"),
        default="light",
        help="black on white for paper (light, the default) or white on black (dark)",
    )


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from rapport.commands.trainings import _find
    from rapport.store.presentation import starts_at, training_deck
    from rapport.store.settings import load_settings
    from rapport.ui.present.export import parse_size, write_deck_pdf

    try:
        size = parse_size(args.size)
    except ValueError as exc:
        raise CommandError(f"--size: {exc}") from exc
    pdf: Path = args.pdf.expanduser().resolve()
    if not pdf.parent.is_dir():
        raise CommandError(f"cannot write {pdf}: the folder {pdf.parent} does not exist")
    with opened(args.data_dir) as folder:
        store = folder.store
        training_id = _find(store, args.id)
        language = args.language or load_settings(store).language
        app = QGuiApplication.instance() or QGuiApplication(["rapport"])
        try:
            from rapport.ui.present.launch import when_text

            deck = training_deck(
                store, training_id, language, when_text(starts_at(store, training_id), language)
            )
            if deck is None:  # deleted between the two reads
                raise CommandError(f"no training with id {args.id!r}")
            write_deck_pdf(pdf, deck, size, args.theme)
        except OSError as exc:
            raise CommandError(f"cannot write the slides: {exc}") from exc
        finally:
            del app
    print(f"{deck.title}: {len(deck.slides)} slides ({size.width()}x{size.height()}).")
    print(f"Wrote {pdf}")
    return 0
