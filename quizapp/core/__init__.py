"""Pure-Python core of QuizApp: model, loading, quiz engine, storage. Never imports Qt."""
