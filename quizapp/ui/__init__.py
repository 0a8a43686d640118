"""All Qt code of QuizApp: the application, its window, pages and widgets."""
