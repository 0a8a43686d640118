# Two commands do all set-up: `make run` opens the app, `make test` runs every check headless.
# The virtual environment is created once and reused; it is refreshed when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test check pytest bench translations screenshots clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "QuizApp needs Python 3.11 or newer (found: $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/quizapp-cli gui

test: check pytest

check: $(STAMP)
	$(BIN)/ruff check quizapp tests
	$(BIN)/ruff format --check quizapp tests
	$(BIN)/mypy
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Speed measurements (README ▸ Speed); -s shows the numbers each benchmark prints.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/benchmarks -m benchmark -p no:randomly -s

# Refresh the translation source file (source strings of every tr() call) for translators.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find quizapp/ui -name '*.py' | sort) -locations none -no-obsolete -ts quizapp/ui/i18n/quizapp.ts
	$(BIN)/python quizapp/ui/i18n/build_english.py

# A screenshot of each screen, taken under Xvfb (needs xvfb xdotool imagemagick), for the README.
screenshots: $(STAMP)
	$(BIN)/python tests/screenshots.py

clean:
	rm -rf $(VENV) build dist quizapp/_data
