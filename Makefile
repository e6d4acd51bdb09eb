# Rapport: make run · make test · make bench · make package
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed


.PHONY: run test lint typecheck unit gui e2e bench package test-package clean translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/rapport

lint: $(STAMP)
	$(BIN)/ruff check desktop tests
	$(BIN)/ruff format --check desktop tests

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/unit tests/gui tests/e2e -q

# Bytecode first, as an installed or packaged Rapport has it: start-up is measured
# as a user meets it, not with every module compiled afresh.
bench: $(STAMP)
	$(BIN)/python -m compileall -q desktop/rapport
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

# A one-folder build in dist/rapport/ (run dist/rapport/rapport); see packaging/rapport.spec.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --clean packaging/rapport.spec

# The build, then the packaged app's end-to-end tests (defined only when
# RAPPORT_PACKAGED_APP names the executable).
test-package: package
	RAPPORT_PACKAGED_APP=dist/rapport/rapport QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest tests/e2e/test_packaged_app.py -q

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# Spanish: extract the tr() strings into the .ts (keeping existing translations), then
# compile the .qm the app loads. Translate new strings in the .ts (e.g. with
# pyside6-linguist) and run this again; tests/gui checks nothing is left untranslated.
# English has a .ts too, of the plural messages only ("%n minutes": "1 minute").
TS_FILE := resources/translations/rapport_es.ts
EN_TS_FILE := resources/translations/rapport_en.ts
UI_SOURCES = $$(find desktop/rapport/ui -name '*.py' | LC_ALL=C sort)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -source-language en -target-language es \
		$(UI_SOURCES) -ts $(TS_FILE)
	$(BIN)/pyside6-lrelease $(TS_FILE) -qm $(TS_FILE:.ts=.qm)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -pluralonly -source-language en \
		-target-language en $(UI_SOURCES) -ts $(EN_TS_FILE)
	$(BIN)/pyside6-lrelease $(EN_TS_FILE) -qm $(EN_TS_FILE:.ts=.qm)
