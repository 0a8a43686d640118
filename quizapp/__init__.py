"""QuizApp: a desktop quiz application. This module holds the version only."""

__version__ = "0.1.0"
