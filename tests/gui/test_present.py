"""Presentation mode: keys and clicker control, reveal steps, the blank screen, leaving,
the room's answers appearing on the audience view and kept with the training, slides
rendered offscreen at 1024x768 and 1920x1080, the PDF handout (also from the training
workspace), and View → Present (F5) in the main window."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from rapport.domain import demo
from rapport.domain.agenda import builtin_template
from rapport.domain.records import Contact, Participant, Training
from rapport.domain.slides import Deck, DeckSource, build_deck, load_slide_text
from rapport.domain.trainings import load_template
from rapport.store.presentation import training_deck
from rapport.store.rows import record_from_row
from rapport.store.tables import SYNCED
from rapport.ui.present.export import parse_size, slide_image, write_deck_pdf
from rapport.ui.present.launch import Presentation
from rapport.ui.present.paint import THEMES, paint_slide
from rapport.workspace import open_workspace
from tests.gui.conftest import Launcher
from tests.gui.helpers import pdf_text

SIZES = (QSize(1024, 768), QSize(1920, 1080))


def make_deck(language: str = "en") -> Deck:
    source = DeckSource(
        title="Spring 1:1 training",
        when="Tuesday 10 March, 6:30 PM",
        place="Union Hall",
        trainer="Rosa Martínez",
        first_names=("Ana", "Beto", "Carmen"),
        ratings=(0, 1, 2, 4, 3),
    )
    text = load_slide_text(language)
    agenda = builtin_template("introductory")
    return build_deck(source, text, agenda, load_template(language))


@pytest.fixture
def presentation(app: object, qtbot: QtBot) -> Iterator[Presentation]:
    show = Presentation(make_deck(), presenter_view=True, full_screen=False)
    show.start()
    assert show.presenter is not None
    qtbot.waitExposed(show.presenter)
    yield show
    show.close()


def index_of(deck: Deck, kind: str) -> int:
    return deck.kinds().index(kind)


def dark_pixels(image: QImage) -> bool:
    """True when every pixel of a sample grid is black."""
    return all(
        image.pixelColor(x, y) == QColor("#000000")
        for x in range(0, image.width(), 23)
        for y in range(0, image.height(), 19)
    )


# --- keys ---------------------------------------------------------------------------------


def test_arrows_pages_and_space_move_through_slides(
    presentation: Presentation, qtbot: QtBot
) -> None:
    c = presentation.controller
    window = presentation.presenter
    assert window is not None
    assert (c.index, c.step) == (0, 0)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert c.index == 1
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert c.index == 3
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert c.index == 1
    qtbot.keyClick(window, Qt.Key.Key_Down)
    qtbot.keyClick(window, Qt.Key.Key_Up)
    assert c.index == 1
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert c.index == len(c.deck.slides) - 1
    qtbot.keyClick(window, Qt.Key.Key_Right)  # nothing after the last slide
    assert c.index == len(c.deck.slides) - 1
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert (c.index, c.step) == (0, 0)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert c.index == 0
    assert "Slide 1 of 12" in window.position.text()


def test_reveal_steps_come_before_the_next_slide(presentation: Presentation, qtbot: QtBot) -> None:
    c = presentation.controller
    window = presentation.presenter
    assert window is not None
    asks = index_of(c.deck, "asks")
    c.go_to(asks)
    slide = c.slide
    assert slide.steps == 6
    for step in range(1, 6):
        qtbot.keyClick(window, Qt.Key.Key_Space)
        assert (c.index, c.step) == (asks, step)
    assert "step 6 of 6" in window.position.text()
    assert slide.shows_ratings(c.step)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert (c.index, c.step) == (asks + 1, 0)
    # Going back shows the previous slide fully revealed, then un-reveals step by step.
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert (c.index, c.step) == (asks, 5)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert c.step == 4


def test_revealed_lines_change_the_picture(presentation: Presentation, qtbot: QtBot) -> None:
    c = presentation.controller
    c.go_to(index_of(c.deck, "traits"))
    before = presentation.audience.grab().toImage()
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Space)
    after = presentation.audience.grab().toImage()
    assert c.step == 1
    assert before != after


def test_b_blanks_the_screen_and_any_key_brings_it_back(
    presentation: Presentation, qtbot: QtBot
) -> None:
    c = presentation.controller
    window = presentation.presenter
    assert window is not None
    c.go_to(2)
    assert not dark_pixels(presentation.audience.grab().toImage())
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert c.blank
    assert dark_pixels(presentation.audience.grab().toImage())
    assert "blank" in window.position.text()
    assert window.blank_button.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert not c.blank
    qtbot.keyClick(window, Qt.Key.Key_Period)  # what many clickers send for "blank"
    assert c.blank
    qtbot.keyClick(window, Qt.Key.Key_Right)  # moving on first shows the slide again
    assert not c.blank and c.index == 2


def test_esc_leaves_the_presentation(app: object, qtbot: QtBot) -> None:
    show = Presentation(make_deck(), presenter_view=True, full_screen=False)
    show.start()
    assert show.presenter is not None
    qtbot.waitExposed(show.presenter)
    with qtbot.waitSignal(show.finished, timeout=2000):
        qtbot.keyClick(show.presenter, Qt.Key.Key_Escape)
    assert show.closed
    assert not show.audience.isVisible()


def test_answers_typed_on_the_presenter_appear_on_the_audience_view(
    presentation: Presentation, qtbot: QtBot
) -> None:
    c = presentation.controller
    window = presentation.presenter
    assert window is not None
    assert not window.answer.isVisible()
    discussion = index_of(c.deck, "discussion")
    c.go_to(discussion)
    assert window.answer.isVisible()
    empty = presentation.audience.grab().toImage()
    window.answer.setFocus()
    qtbot.keyClicks(window.answer, "Name a day and a time")
    qtbot.keyClick(window.answer, Qt.Key.Key_Right)  # moves the cursor, not the slide
    qtbot.keyClick(window.answer, Qt.Key.Key_Space)
    assert c.index == discussion
    qtbot.keyClick(window.answer, Qt.Key.Key_Return)
    window.answer.setText("Esperar después de pedir")
    qtbot.keyClick(window.answer, Qt.Key.Key_Enter)
    assert c.answers_of(discussion) == ["Name a day and a time", "Esperar después de pedir"]
    assert c.index == discussion, "Enter adds the answer; it does not move on"
    assert window.answer.text() == ""
    assert [window.answer_list.item(i).text() for i in range(2)] == c.answers_of(discussion)
    with_answers = presentation.audience.grab().toImage()
    assert with_answers != empty
    # The audience view paints exactly what the slide painter draws with those answers.
    expected = QImage(with_answers.size(), QImage.Format.Format_RGB32)
    painter = QPainter(expected)
    paint_slide(
        painter,
        QRectF(0, 0, expected.width(), expected.height()),
        c.slide,
        c.step,
        THEMES["dark"],
        answers=c.answers_of(discussion),
        number=discussion + 1,
        total=len(c.deck.slides),
    )
    painter.end()
    assert with_answers.convertToFormat(QImage.Format.Format_RGB32) == expected
    # Esc in the box leaves the box, not the presentation.
    qtbot.keyClick(window.answer, Qt.Key.Key_Escape)
    assert not presentation.closed
    window.answer_list.setCurrentRow(0)
    window.remove_button.click()
    assert c.answers_of(discussion) == ["Esperar después de pedir"]
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert not window.answer.isVisible()


def test_one_screen_shows_the_timer_in_a_corner_and_takes_answers(
    app: object, qtbot: QtBot
) -> None:
    show = Presentation(make_deck(), presenter_view=False, full_screen=False)
    show.start()
    try:
        audience = show.audience
        qtbot.waitExposed(audience)
        assert show.presenter is None
        assert audience.corner is not None and audience.corner() == "00:00"
        c = show.controller
        discussion = index_of(c.deck, "discussion")
        c.go_to(discussion)
        qtbot.keyClick(audience, Qt.Key.Key_A)
        assert audience.entry.isVisible()
        qtbot.keyClicks(audience.entry, "Wait after you ask")
        qtbot.keyClick(audience.entry, Qt.Key.Key_Return)
        assert c.answers_of(discussion) == ["Wait after you ask"]
        qtbot.keyClick(audience.entry, Qt.Key.Key_Escape)
        assert not audience.entry.isVisible() and not show.closed
        qtbot.keyClick(audience, Qt.Key.Key_Right)
        assert c.index == discussion + 1
        show.toggle_timer()
        assert "00:0" in show.timer_text()
    finally:
        show.close()


# --- rendering ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_slide_fits_at_both_sizes(
    app: object, tmp_path: Path, language: str, qtbot: QtBot
) -> None:
    deck = make_deck(language)
    for size in SIZES:
        for index, slide in enumerate(deck.slides):
            image = QImage(size, QImage.Format.Format_RGB32)
            painter = QPainter(image)
            answers = ["Ask for one thing", "Name the day"] if slide.kind == "discussion" else ()
            painted = paint_slide(
                painter,
                QRectF(0, 0, size.width(), size.height()),
                slide,
                slide.steps - 1,
                THEMES["dark"],
                answers=answers,
                number=index + 1,
                total=len(deck.slides),
            )
            painter.end()
            assert painted.fits, f"{slide.kind} overflows at {size.width()}x{size.height()}"
            assert painted.body_factor >= 0.5
            image.save(str(tmp_path / f"{language}-{size.width()}-{index:02d}-{slide.kind}.png"))
            assert not dark_pixels(image), f"{slide.kind} is empty"
    assert len(list(tmp_path.glob("*.png"))) == 2 * len(deck.slides)


def test_type_scales_with_the_screen(app: object) -> None:
    deck = make_deck()
    pixels = []
    for size in (*SIZES, QSize(3840, 2160)):
        image = QImage(size, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        painted = paint_slide(
            painter, QRectF(0, 0, size.width(), size.height()), deck.slides[2], 0, THEMES["dark"]
        )
        painter.end()
        pixels.append(painted.title_pixels)
    small, full_hd, four_k = pixels
    assert small < full_hd < four_k
    assert small >= 40, "the title stays large on a 1024x768 projector"
    assert four_k == 2 * full_hd


def test_high_contrast_themes(app: object) -> None:
    dark = slide_image(make_deck(), 2, QSize(1024, 768), theme="dark")
    light = slide_image(make_deck(), 2, QSize(1024, 768), theme="light")
    assert dark.pixelColor(5, 5) == QColor("#000000")
    assert light.pixelColor(5, 5) == QColor("#ffffff")
    for theme in THEMES.values():
        assert _contrast(theme.text, theme.background) >= 15
        assert _contrast(theme.muted, theme.background) >= 7
        assert _contrast(theme.accent, theme.background) >= 7


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_sizes_are_checked() -> None:
    assert parse_size("1024x768") == QSize(1024, 768)
    for bad in ("big", "10x10", "1920*1080", "99999x5"):
        with pytest.raises(ValueError):
            parse_size(bad)


# --- the PDF handout ----------------------------------------------------------------------


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("language", ["en", "es"])
def test_pdf_has_every_slide_and_no_private_data(
    app: object, tmp_path: Path, language: str
) -> None:
    folder = open_workspace(tmp_path / "data")
    try:
        with folder.store.write() as writer:
            writer.insert_new(demo.generate(3, 200, date(2026, 11, 1)))
        with folder.store.read() as conn:
            trainings = [
                record_from_row(Training, r)
                for r in conn.execute(select(SYNCED["training"])).mappings()
            ]
            contacts = [
                record_from_row(Contact, r)
                for r in conn.execute(select(SYNCED["contact"])).mappings()
            ]
            participants = [
                record_from_row(Participant, r)
                for r in conn.execute(select(SYNCED["participant"])).mappings()
            ]
        held = next(t for t in trainings if t.status == "held")
        deck = training_deck(folder.store, held.id, language, "Tuesday")
        assert deck is not None
    finally:
        folder.close()
    path = tmp_path / "slides.pdf"
    write_deck_pdf(path, deck, QSize(1024, 768), answers={9: ["Ask for one thing"]})
    text = _plain(pdf_text(path))
    for slide in deck.slides:
        assert _plain(slide.title) in text, slide.title
    assert "Ask for one thing" in text
    from pypdf import PdfReader

    pages = PdfReader(path).pages
    assert len(pages) == len(deck.slides)
    box = pages[0].mediabox
    assert abs(float(box.width) / float(box.height) - 1024 / 768) < 0.01
    digits = "".join(ch for ch in text if ch.isdigit())
    in_training = {p.contact_id for p in participants if p.training_id == held.id}
    for c in contacts:
        for email in c.emails:
            assert email not in text
        for phone in c.phones:
            number = "".join(ch for ch in phone if ch.isdigit())
            assert number[-7:] not in digits
        if c.id in in_training:
            assert c.first_name in text
            assert f"{c.first_name} {c.last_name}" not in text
            if c.last_name not in held.trainer:
                assert c.last_name not in text
        for private in (c.address, c.notes, c.story):
            if len(private) >= 25:
                assert _plain(private) not in text
    assert not list(tmp_path.glob(".slides.pdf.*")), "no temporary file left behind"


# --- the main window ----------------------------------------------------------------------


def test_f5_presents_the_selected_training(
    launch_window: Launcher, data_dir: Path, qtbot: QtBot
) -> None:
    folder = open_workspace(data_dir)
    training = Training(title="Autumn 1:1 training", status="planned")
    ana = Contact(first_name="Ana", last_name="Quintero", phones=["555-201-7788"])
    folder.store.save(training)
    folder.store.save(ana)
    folder.store.save(Participant(training_id=training.id, contact_id=ana.id))
    folder.close()
    session = launch_window()
    window = session.window
    action = window.menu_actions.present
    assert action.shortcut().toString() == "F5"
    assert action in window.menu_actions.menus.view.actions()
    window.show_page("today")
    assert not action.isEnabled()
    page = window.show_page("trainings")
    assert action.isEnabled()
    qtbot.waitUntil(lambda: page.current_training_id() == training.id)  # type: ignore[attr-defined]
    assert window.presentable_training() == training.id
    shown = window.present()
    assert isinstance(shown, Presentation)
    qtbot.waitExposed(shown.audience)
    assert shown.presenter is None, "one screen: the audience view takes it"
    assert shown.audience.isFullScreen()
    deck = shown.controller.deck
    assert deck.slides[0].title == "Autumn 1:1 training"
    assert [line.text for line in deck.slides[1].lines] == ["Ana"]
    assert "Quintero" not in " ".join(t for s in deck.slides for t in s.texts())
    with qtbot.waitSignal(shown.finished, timeout=2000):
        qtbot.keyClick(shown.audience, Qt.Key.Key_Escape)
    # With the workspace open, the open training is the one presented.
    page.open_training(training.id)  # type: ignore[attr-defined]
    assert page.current_training_id() == training.id  # type: ignore[attr-defined]


def test_the_rooms_answers_are_kept_and_come_back(
    app: object, qtbot: QtBot, tmp_path: Path
) -> None:
    from rapport.store.presentation import discussion_answers
    from rapport.ui.present.launch import present_training

    folder = open_workspace(tmp_path / "data")
    try:
        store = folder.store
        training = Training(title="Autumn 1:1 training")
        store.save(training)
        shown = present_training(store, training.id, "en", presenter_view=False, full_screen=False)
        assert shown is not None
        qtbot.waitExposed(shown.audience)
        c = shown.controller
        discussion = index_of(c.deck, "discussion")
        c.go_to(discussion)
        qtbot.keyClick(shown.audience, Qt.Key.Key_A)
        for answer in ("Name a day", "Wait after you ask", "Oops"):
            qtbot.keyClicks(shown.audience.entry, answer)
            qtbot.keyClick(shown.audience.entry, Qt.Key.Key_Return)
        c.remove_answer(2)
        # Kept as each answer is added or removed, before anyone leaves.
        assert discussion_answers(store, training.id) == {1: ["Name a day", "Wait after you ask"]}
        qtbot.keyClick(shown.audience.entry, Qt.Key.Key_Escape)
        with qtbot.waitSignal(shown.finished, timeout=2000):
            qtbot.keyClick(shown.audience, Qt.Key.Key_Escape)  # leaves without asking
        again = present_training(store, training.id, "es", presenter_view=True, full_screen=False)
        assert again is not None and again.presenter is not None
        qtbot.waitExposed(again.presenter)
        c = again.controller
        assert c.answers_of(index_of(c.deck, "discussion")) == ["Name a day", "Wait after you ask"]
        c.go_to(index_of(c.deck, "discussion"))
        assert again.presenter.answer_list.count() == 2
        again.presenter.answer.setText("Escuchar")
        again.presenter.add_answer()
        again.close()
        assert discussion_answers(store, training.id) == {
            1: ["Name a day", "Wait after you ask", "Escuchar"]
        }
    finally:
        folder.close()


def test_present_stays_available_and_says_what_is_missing(
    launch_window: Launcher, data_dir: Path, qtbot: QtBot
) -> None:
    session = launch_window()
    window = session.window
    action = window.menu_actions.present
    page = window.show_page("trainings")
    assert action.isEnabled()
    window.menu_actions.menus.view.aboutToShow.emit()  # the View menu opened, no training
    window.menu_actions.menus.view.aboutToHide.emit()
    assert action.isEnabled(), "F5 still works once a training is selected"
    action.trigger()
    assert window.status.currentMessage() == "Open or select a training to present it."
    training = Training(title="Autumn 1:1 training")
    store = window.store
    assert store is not None
    store.save(training)
    page.refresh()  # type: ignore[attr-defined]
    assert action.isEnabled()
    action.trigger()
    shown = window.findChildren(Presentation)
    assert len(shown) == 1 and shown[0].controller.deck.title == "Autumn 1:1 training"
    with qtbot.waitSignal(shown[0].finished, timeout=2000):
        shown[0].close()


def test_handout_pdf_from_the_training_workspace(
    launch_window: Launcher,
    data_dir: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rapport.domain.settings import Settings
    from rapport.store.presentation import save_discussion_answers
    from rapport.store.settings import save_settings

    folder = open_workspace(data_dir)
    training = Training(title="Autumn 1:1 training", status="planned")
    ana = Contact(first_name="Ana", last_name="Quintero")
    folder.store.save(training)
    folder.store.save(ana)
    folder.store.save(Participant(training_id=training.id, contact_id=ana.id))
    save_discussion_answers(folder.store, training.id, 1, ["Escuchar primero"])
    save_settings(folder.store, Settings(language="es"))
    folder.close()
    session = launch_window()
    page = session.window.show_page("trainings")
    ws = page.open_training(training.id)  # type: ignore[attr-defined]
    assert ws is not None
    assert ws.handout_button.isVisible() and ws.handout_button.isEnabled()
    assert ws.handout_button.text()
    path = tmp_path / "handout.pdf"
    assert ws.export_handout(path) == path
    text = unicodedata.normalize("NFC", pdf_text(path))
    assert "Autumn 1:1 training" in text and "Ana" in text and "Quintero" not in text
    assert "Escuchar primero" in text, "the room's answers are in the handout"
    assert "¿Qué ayuda a alguien a decir que sí" in text, "in the Settings language"
    assert "handout.pdf" in ws.handout_notice.text() and ws.handout_notice.isVisible()
    assert ws.handout_notice.toolTip() == str(path)
    # Through the button and the file dialog (answered at once).
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "by-button"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    ws.handout_button.click()
    assert (tmp_path / "by-button.pdf").exists()
    bad = ws.export_handout(tmp_path / "missing" / "x.pdf")
    assert bad is None and "x.pdf" in ws.handout_notice.text()
    assert ws.handout_notice.toolTip() == str(tmp_path / "missing" / "x.pdf")
