"""`supplan check` and `supplan rules` as a user runs them: exit codes, output, messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.medicines import read

DATA = Path(__file__).parent / "data"


def supplan(*args: str, stdin: str | None = None, lang_env: str = "C.UTF-8"):
    env = dict(os.environ, LANG=lang_env, LC_ALL="", LC_MESSAGES="")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def test_check_text_prints_one_finding_a_line_most_serious_first():
    result = supplan("check", str(DATA / "anna.json"), "--lang", "en")
    assert result.returncode == 0, result.stderr
    *lines, medicines = result.stdout.splitlines()
    assert lines[0].startswith("WARNING INT-BISPH: ")
    assert any(line.startswith("ADVICE INT-PPI-MG: ") for line in lines)
    assert all(" Action: " in line and "[Source: " in line for line in lines)
    assert medicines.startswith("Medicines: “Fosamax”: recognised (")
    assert result.stderr == ""


def test_check_json_has_totals_and_findings_with_item_indexes():
    result = supplan("check", str(DATA / "anna.json"), "--format", "json", "--lang", "nl")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["format"] == "supplan-findings/1"
    assert document["rules_version"]
    assert document["daily_totals"] == {
        "calcium": {"amount": 500.0, "unit": "mg"},
        "vitamin_d": {"amount": 10.0, "unit": "µg"},
    }
    first = document["findings"][0]
    assert first["rule"] == "INT-BISPH" and first["severity"] == "warning"
    assert first["items"] == [0] and first["nutrients"] == ["calcium"]
    assert "bisfosfonaat" in first["message"]
    assert set(first) >= {"rule", "severity", "nutrients", "items", "message", "action", "source"}


def _with_medicines(*medicines: str) -> str:
    plan = json.loads((DATA / "anna.json").read_text())
    plan["client"]["medicines"] = list(medicines)
    return json.dumps(plan)


def test_check_json_says_how_each_medicine_line_was_read():
    plan = _with_medicines("Fosamax 70 mg", "ciprofloxacine oogdruppels", "xyzzy 3dd", " ")
    result = supplan("check", "-", "--format", "json", "--lang", "en", stdin=plan)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["medicines"] == [
        {
            "as_typed": "Fosamax 70 mg",
            "generic": read("Fosamax").medicines[0].generic,  # the vocabulary's own name
            "class": "bisphosphonate",
            "match": "exact",
        },
        {
            "as_typed": "ciprofloxacine oogdruppels",
            "generic": "ciprofloxacin",
            "class": "quinolone",
            "match": "topical",
        },
        {"as_typed": "xyzzy 3dd", "generic": None, "class": None, "match": "none"},
    ]


def test_check_text_ends_with_how_the_medicines_were_read_in_the_chosen_language():
    plan = _with_medicines("ciprofloxacine oogdruppels", "xyzzy 3dd")
    result = supplan("check", "-", "--lang", "nl", stdin=plan)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == (
        "Geneesmiddelen: „ciprofloxacine oogdruppels”: lokaal (niet via de mond: geen interactie "
        "gecontroleerd); „xyzzy 3dd”: niet herkend"
    )


def test_check_without_medicines_prints_no_medicines_line():
    result = supplan("check", "-", "--lang", "en", stdin=_with_medicines())
    assert result.returncode == 0, result.stderr
    assert "Medicines" not in result.stdout
    assert (
        json.loads(supplan("check", "-", "--format", "json", stdin=_with_medicines()).stdout)[
            "medicines"
        ]
        == []
    )


def test_check_reads_a_misspelt_vka_and_still_gives_the_critical_finding():
    plan = json.loads(_with_medicines("acenocoumerol"))
    plan["items"].append(
        {
            "product": "K2",
            "nutrients": [{"nutrient": "vitamin_k2", "amount": 75, "unit": "µg"}],
            "schedule": {"morning": 1},  # without a schedule an item is taken 0 times a day
        }
    )
    result = supplan("check", "-", "--format", "json", "--lang", "en", stdin=json.dumps(plan))
    document = json.loads(result.stdout)
    assert document["medicines"] == [
        {
            "as_typed": "acenocoumerol",
            "generic": "acenocoumarol",
            "class": "vitamin_k_antagonist",
            "match": "fuzzy",
        }
    ]
    vka = next(f for f in document["findings"] if f["rule"] == "INT-VKA-K")
    assert vka["severity"] == "critical"
    assert vka["message"].endswith("“acenocoumerol” read as acenocoumarol.")


def test_check_reads_standard_input():
    result = supplan("check", "-", "--format", "json", stdin=(DATA / "anna.json").read_text())
    assert result.returncode == 0
    assert json.loads(result.stdout)["findings"]


def test_invalid_plan_exits_2_with_one_line_per_problem_and_no_traceback():
    plan = json.loads((DATA / "anna.json").read_text())
    plan["client"]["sex"] = "vrouw"
    plan["items"].append(
        {"product": "Zinc", "nutrients": [{"nutrient": "zinc", "amount": 25, "unit": "IU"}]}
    )
    result = supplan("check", "-", stdin=json.dumps(plan))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        'client.sex: "vrouw" is not one of female, male, other',
        'items[1].nutrients[0].unit: "IU" is not defined for zinc',
    ]


@pytest.mark.parametrize("text", ["", "{oops", "[]", '{"format": "other"}'])
def test_garbage_exits_2(text):
    result = supplan("check", "-", stdin=text)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_missing_file_exits_2_with_its_name(tmp_path):
    result = supplan("check", str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert "nope.json: cannot read the file" in result.stderr


def test_dutch_follows_the_locale():
    result = supplan("check", str(DATA / "anna.json"), lang_env="nl_NL.UTF-8")
    assert result.stdout.startswith("WAARSCHUWING INT-BISPH: ")


def test_rules_lists_every_rule():
    from app.domain.rules import RULES

    result = supplan("rules", "--lang", "en")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(RULES) + 1
    assert lines[0].split()[:2] == ["INT-VKA-K", "CRITICAL"]
    calcium = next(line for line in lines if line.startswith("CA-SUPPL-MAX"))
    assert "ref. 3" in calcium and "{limit 500 mg}" in calcium
    assert "{hours 4}" in next(line for line in lines if line.startswith("INT-LT4"))
    assert lines[-1].startswith("rules_version ")


def test_rules_lists_the_medicine_rules_of_issue_14_with_their_thresholds():
    lines = supplan("rules", "--lang", "en").stdout.splitlines()
    by_id = {line.split()[0]: line for line in lines}
    for rule_id, shown in (
        ("INT-METF-B12", "ADVICE"),
        ("INT-PPI-B12", "{years 2}"),
        ("INT-LOOP-MG", "ADVICE"),
        ("GC-BONE", "{vitamin_d 20 µg, calcium 1,000 mg, calcium_high 1,100 mg}"),
        ("AED-VITD", "{advised 20 µg}"),
        ("AI-BONE", "{vitamin_d 10 µg, calcium 1,000 mg, calcium_high 1,200 mg}"),
        ("INT-DIGOXIN-CA", "ADVICE"),
        ("INT-ACTIVE-D", "WARNING"),
        ("INT-ANTICOAG-FISHOIL", "{limit 3,000 mg}"),
        ("FISHOIL-5G", "{limit 5,000 mg}"),
    ):
        assert shown in by_id[rule_id], rule_id
    dutch = supplan("rules", "--lang", "nl").stdout
    assert "Hooggedoseerde visolie bij een bloedverdunner" in dutch


def test_check_reports_a_medicine_rule_at_its_threshold():
    """4 capsules of 1,000 mg EPA+DHA with apixaban: above 3 g, not above 5 g."""
    plan = json.loads((DATA / "anna.json").read_text())
    plan["client"]["medicines"] = ["apixaban 5 mg 2dd"]
    plan["items"] = [
        {
            "product": "Omega-3 1000",
            "nutrients": [{"nutrient": "epa_dha", "amount": 1000, "unit": "mg"}],
            "schedule": {"morning": 2, "evening": 2},
        }
    ]
    result = supplan("check", "-", "--format", "json", "--lang", "en", stdin=json.dumps(plan))
    document = json.loads(result.stdout)
    rules = [f["rule"] for f in document["findings"]]
    assert "INT-ANTICOAG-FISHOIL" in rules and "FISHOIL-5G" not in rules
    assert document["daily_totals"]["epa_dha"] == {"amount": 4000.0, "unit": "mg"}


def test_check_does_not_load_qt_or_the_database():
    code = (
        "import sys, io, contextlib\n"
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['check', {str(DATA / 'anna.json')!r}]) == 0\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_handout_writes_a_pdf_with_the_practice_of_the_database(tmp_path, database_path):
    from app.storage.database import open_database
    from app.storage.settings import Settings, SettingsRepository
    from tests.pdf import joined

    db = open_database(database_path)
    SettingsRepository(db).save(Settings(practice_name="Praktijk Zoë", agb_code="12345678"))
    db.close()
    output = tmp_path / "handout.pdf"
    summary = tmp_path / "summary.pdf"
    result = supplan(
        "handout", str(DATA / "anna.json"), "-o", str(output), "--lang", "nl",
        "--database", str(database_path), "--summary", str(summary),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = joined(output.read_bytes())
    assert "Praktijk Zoë" in text and "Anna de Vries" in text and "Uw suppletieplan" in text
    assert "Professioneel overzicht" in joined(summary.read_bytes())


def test_handout_without_a_database_does_not_create_one(tmp_path):
    missing = tmp_path / "none.sqlite3"
    output = tmp_path / "handout.pdf"
    result = supplan(
        "--database", str(missing), "handout", str(DATA / "anna.json"), "-o", str(output)
    )
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF")
    assert not missing.exists()


def test_handout_refuses_a_bad_plan_like_check(tmp_path):
    output = tmp_path / "handout.pdf"
    result = supplan("handout", "-", "-o", str(output), stdin='{"format": "x"}')
    assert result.returncode == 2
    assert 'format: "x" is not a supported format' in result.stderr
    assert not output.exists()


def test_the_command_line_and_argparse_speak_the_system_language(capsys, monkeypatch):
    from app.cli import main

    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    with pytest.raises(SystemExit):
        main(["check"])
    error = capsys.readouterr().err
    assert "gebruik: supplan check" in error
    assert "fout: de volgende argumenten zijn verplicht: PLAN.json" in error
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert "toon deze hulptekst en stop" in shown
    assert "controleer een suppletieplanbestand aan de regels" in shown
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    with pytest.raises(SystemExit):
        main(["check"])
    assert "the following arguments are required: PLAN.json" in capsys.readouterr().err
