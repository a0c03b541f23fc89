"""Names found that name no person by the words around them (appliance.pii.not_people, the
thirty-second round): each rule drops what it is written for, and keeps a person written
close to it ("Smith v. Jones" without a report's citation, "11:30 edgars:" in a chat,
"Williams" where nobody races)."""

from __future__ import annotations

import pytest

from appliance.pii.not_people import in_a_case, listed_fonts, names_no_person, trimmed


def _no_person(text: str, value: str, entity: str = "PERSON") -> bool:
    start = text.index(value)
    return names_no_person(text, start, start + len(value), entity)


@pytest.mark.parametrize(("text", "value"), [
    ('"cited": ["Roe v. Wade, 410 U.S. 113 (1973)"]', "Roe"),
    ('"cited": ["Roe v. Wade, 410 U.S. 113 (1973)"]', "Wade"),
    ("Miranda v. Arizona, 384 U.S. 436 is the usual cite.", "Miranda"),
    ("Donoghue v Stevenson [1932] AC 562 (HL).", "Stevenson"),
    ("JUDGE A: Start value 5.4.\nJUDGE B: Agreed.", "B"),
    ("| Gertrude Jekyll | shrub rose | 120 cm | Jun-Sep |", "Jun-Sep"),
    ("@marina-bot: berth 39 - departed 12:30", "marina-bot"),
    ("remind me to plant the dahlia tubers on saturday", "dahlia"),
    ("lighting: 50 lux max for works on paper", "lux max"),
    ('{"name": "Barnard\'s Star", "fields": ["ra", "dec"]}', "Barnard's Star"),
    ("<route><name>Messner route</name><grade>6a</grade></route>", "Messner route"),
    ("@brewer-oncall: dry hop FV2 with Citra + Fuggle tomorrow", "Fuggle"),
    ("BAR STAFF: Is the Saison on?\nMANAGER: Yes, keg 26.", "Saison"),
    ("Front of house briefing — Othello, evening\n- House opens 19:00", "Othello"),
    ('[Event "Club"]\n[Opening "Ruy Lopez, Marshall Attack"]', "Ruy Lopez"),
    ("JUDGE A: Start value 5.4 for the vault, Yurchenko layout full.", "Yurchenko"),
    ("ENGINEER: We'll chase the undercut. Williams has pitted.", "Williams"),
    ("DELE and Goethe-Zertifikat prep moves to room 5.", "Goethe-Zertifikat"),
    ("PS-02\tSt Columba's Church Hall\t2\t07:00", "Church Hall"),
    ("animal_id,name,breed,weight_kg\nUK-302114,Duchess,Hereford,612", "Duchess"),
    ("Subject: Dry-dock schedule for MS Gunhild\n\nMS Gunhild enters dry dock.", "Gunhild"),
    ("7.11,Project Bluebird,€3311.44,Jun 8\n2.6.25+build.698", "Jun"),  # a date
    ("Deliveries resume on 8 June.", "June"),
])
def test_what_names_no_person_is_dropped(text, value):
    assert _no_person(text, value)


def test_a_month_and_its_day_are_no_street():
    text = "meter_id,read_date,reading\nMTR-37008265,November 16,151"
    assert _no_person(text, "November", "LOCATION")  # a house number and a comma would say street


@pytest.mark.parametrize(("text", "value"), [
    ("The court in Smith v. Jones heard from Ana Lima.", "Smith"),  # no report cited
    ("Okafor v Lindqvist, round 3, is at 14:00.", "Okafor"),  # a match
    ("11:30 edgars: can someone send me the address", "edgars"),  # a time, a chat's sender
    ("bed 15 siobhán o'donoghue pain score four", "siobhán o'donoghue"),
    ("Lunch with Talbot at noon", "Talbot"),  # "bot" ends it, without a separator
    ("Please ask Williams to sign the lease.", "Williams"),  # nobody races here
    ("Othello Mbeki called about the invoice.", "Othello Mbeki"),
    ("Ask Ella about the invoice.", "Ella"),  # a hop only where the text brews
    ("Tell Max and Bella the rota changed.", "Max"),
    ("Can Nelson hop on a call about the brewery's invoice?", "Nelson"),  # no hops there
    ("Evans attended the opening; Marshall's defence lawyer called.", "Evans"),
    ("Jordan set the fastest lap at the karting club.", "Jordan"),
    ("Coach Cheng moved vault practice to 6pm.", "Cheng"),
    ("MS JANE DOE\n12 HIGH STREET", "JANE DOE"),  # a form's "Ms" in capitals
    ("order\tcustomer\nSO-2399-SY\tMehmet Demir", "Mehmet Demir"),  # an order's code
    ("Meeting with Hemingway Suite staff", "Hemingway Suite"),  # a capitalised last word
    ("BEGIN:VEVENT\nSUMMARY:Full band rehearsal + Amélie on keys", "Amélie"),  # a given name
    ("June Okafor signed on 8 June.", "June"),  # no day's number beside the name
])
def test_a_person_close_to_a_rule_stays(text, value):
    assert not _no_person(text, value)


def test_a_case_needs_a_reports_citation():
    text = "Roe v. Wade, 410 U.S. 113 (1973) and Smith v Jones"
    assert in_a_case(text, 0, 3)
    assert not in_a_case(text, text.index("Smith"), text.index("Smith") + 5)


def test_a_stylesheets_typefaces_are_typefaces_wherever_the_text_writes_them():
    text = ':root {\n  --font-body: "Baskerville", Georgia, serif;\n}\nWhy fall back to Georgia?'
    assert listed_fonts(text) == {"Baskerville", "Georgia"}
    assert _no_person(text, "Georgia", "LOCATION")
    assert listed_fonts("Georgia is on my mind") == frozenset()


def test_a_word_that_ends_no_name_is_cut_from_its_end():
    assert trimmed("Saison on") == 3
    assert trimmed("Ana Lima") == 0
    assert trimmed("on") == 0


@pytest.fixture(scope="module")
def engine():
    from appliance.pii.analyzer import AnalyzerSettings, build_engine

    settings = AnalyzerSettings(nlp="patterns")
    return settings, build_engine(settings)


def _found(engine, text: str) -> set[tuple[str, str]]:
    from appliance.pii.analyzer import analyze

    settings, e = engine
    (spans,) = analyze(e, settings, [text])
    return {(s.entity, text[s.start : s.end]) for s in spans}


def test_the_analyzer_drops_them_whichever_recognizer_found_them(engine):
    # A speaker's label is a name shape, "Big Tom" a known given name: rules, not the NER
    assert ("PERSON", "B") not in _found(engine, "JUDGE A: Fine.\nJUDGE B: Agreed.")
    table = "animal_id,name,breed,weight_kg\nUK-302199,Big Tom,Texel ram,118"
    assert not {e for e, _ in _found(engine, table)} & {"PERSON"}
    assert ("PERSON", "Maria Lopez") in _found(
        engine, "Please call Maria Lopez about the Roe v. Wade, 410 U.S. 113 (1973) brief."
    )


def test_hardware_addresses_and_part_numbers_are_no_ip_or_phone(engine):
    assert _found(engine, "KeyError: '00:17:88:01:07:40:3e:e9'") == set()
    assert _found(engine, "engine twelve: hose PN 0449-3056-419 needs replacing") == set()
    assert ("IP_ADDRESS", "fe80:0:0:0:200:f8ff:fe21:67cf") in _found(
        engine, "link-local address fe80:0:0:0:200:f8ff:fe21:67cf on eth0"
    )
