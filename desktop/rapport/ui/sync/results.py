"""What the Sync screen says when an export or an import has run: a heading and the
facts under it, in the interface language (context "SyncPage", the screen's own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from rapport.sync.export import ExportSummary
    from rapport.sync.importer import ImportReport


def export_result(summary: ExportSummary) -> tuple[str, str]:
    """(heading, text) for a bundle written: how many records of each kind, its size and
    folder, whether it is encrypted, and what to do with it."""
    from rapport.ui.sync.labels import table_label, table_order

    locale = QLocale()
    if summary.records:
        heading = QCoreApplication.translate("SyncPage", "Wrote {n} records to {file}").format(
            n=locale.toString(summary.records), file=summary.path.name
        )
    else:
        heading = QCoreApplication.translate("SyncPage", "Wrote {file}").format(
            file=summary.path.name
        )
    counts = ", ".join(
        QCoreApplication.translate("SyncPage", "{type}: {n}").format(
            type=table_label(t), n=locale.toString(summary.counts[t])
        )
        for t in table_order([t for t, n in summary.counts.items() if n])
    )
    facts = [
        counts
        or QCoreApplication.translate(
            "SyncPage",
            "There were no new changes since headquarters last confirmed; "
            "the file holds no records.",
        ),
        QCoreApplication.translate("SyncPage", "Size: {size}. Folder: {folder}").format(
            size=locale.formattedDataSize(summary.bytes), folder=summary.path.parent
        ),
    ]
    if summary.encrypted:
        facts.append(
            QCoreApplication.translate("SyncPage", "Encrypted: only headquarters can read it.")
        )
    advice = QCoreApplication.translate(
        "SyncPage", "Take this file to headquarters on a USB stick or send it by email."
    )
    return heading, "\n\n".join(["\n".join(facts), advice])


def import_result(report: ImportReport) -> tuple[str, str]:
    """(heading, text) for a bundle imported: what changed, conflicts, clock trouble; or
    that it had been imported before."""
    from rapport.ui.sync.labels import format_utc

    locale = QLocale()
    if report.already_imported_at is not None:
        return (
            QCoreApplication.translate("SyncPage", "This bundle was imported before"),
            QCoreApplication.translate(
                "SyncPage", "It was imported on {when}; nothing was changed."
            ).format(when=format_utc(report.already_imported_at)),
        )
    lines = [
        QCoreApplication.translate(
            "SyncPage", "{new} new, {updated} updated, {unchanged} unchanged."
        ).format(
            new=locale.toString(report.new),
            updated=locale.toString(report.updated),
            unchanged=locale.toString(report.unchanged),
        )
    ]
    if report.conflicts:
        lines.append(
            QCoreApplication.translate(
                "SyncPage",
                "Fields changed both here and in the bundle: {n}. The newest change "
                "was kept; choose “Review conflicts” to check them.",
            ).format(n=locale.toString(report.conflicts))
        )
    if report.far_future:
        lines.append(
            QCoreApplication.translate(
                "SyncPage",
                "{n} changes were dated far in the future: the sending laptop's clock "
                "is probably wrong.",
            ).format(n=locale.toString(report.far_future))
        )
    heading = QCoreApplication.translate("SyncPage", "Imported {n} records").format(
        n=locale.toString(report.records)
    )
    return heading, "\n".join(lines)


def failure_reason(exc: BaseException) -> str:
    """Why an export failed: a disk error as the system says it, a key problem in the
    interface language, anything else as it is."""
    from rapport.sync.crypto import CryptoError
    from rapport.ui.sync.bundle_labels import key_problem_text

    if isinstance(exc, CryptoError):
        return key_problem_text(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc)
