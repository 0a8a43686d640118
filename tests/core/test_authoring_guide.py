"""``questions/README.md`` stays true: its example bank is valid and it documents every key."""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.core.bank import Registries, check_bank, load_registries
from quizapp.core.model import (
    BankFile,
    BankInfo,
    Choice,
    GlossaryTerm,
    HotspotQuestion,
    Misconception,
    Region,
    SingleQuestion,
    Source,
    TrueFalseQuestion,
)
from quizapp.core.resources import assets_dir, questions_dir

GUIDE = questions_dir() / "README.md"


def test_the_example_bank_in_the_guide_is_valid(tmp_path: Path) -> None:
    text = GUIDE.read_text(encoding="utf-8")
    example = re.search(r"```toml\n(format = 1\n.*?)```", text, re.S)
    assert example, "the guide has no complete example bank"
    bank = tmp_path / "example.toml"
    bank.write_text(example[1], encoding="utf-8")
    registries = Registries()
    load_registries(questions_dir(), registries)
    check = check_bank(bank, registries, asset_roots=[assets_dir()])
    assert check.findings == [], "\n".join(str(f) for f in check.findings)
    assert check.bank is not None
    kinds = {question.type for question in check.bank.questions}
    assert kinds == {"single", "multiple", "true_false", "hotspot"}


def test_the_guide_documents_every_key() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    models = (
        BankFile,
        BankInfo,
        SingleQuestion,
        TrueFalseQuestion,
        HotspotQuestion,
        Choice,
        Region,
        Source,
        Misconception,
        GlossaryTerm,
    )
    missing = {
        name
        for model in models
        for name in model.model_fields
        if not any(form in text for form in (f"`{name}`", f"[{name}]", f".{name}]]", f"{name} ="))
    }
    assert not missing, f"keys the guide does not mention: {sorted(missing)}"
