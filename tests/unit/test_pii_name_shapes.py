"""Names the shape of a text gives away (`appliance.pii.name_shapes`) and known names in
capitals (`appliance.pii.known_names`): speaker labels, "FAMILY, Given", lower-case names
after a greeting, a self-introduction, a title or a vocative comma."""

from __future__ import annotations

import pytest

pytest.importorskip("presidio_analyzer")

from appliance.pii.analyzer import AnalyzerSettings, analyze, build_engine  # noqa: E402
from appliance.pii.known_names import known_name_spans  # noqa: E402
from appliance.pii.name_shapes import name_shape_spans  # noqa: E402


def shapes(text: str) -> list[str]:
    return [text[a:b] for a, b in sorted(set(name_shape_spans(text)))]


def known(text: str) -> list[str]:
    return [text[a:b] for a, b in known_name_spans(text, capitals=True)]


def test_speaker_labels_of_a_transcript_or_a_chat_log():
    text = "DALIA: where are you?\nMARCIN: still in Athens, flight delayed\nDALIA: ok"
    assert shapes(text) == ["DALIA", "MARCIN", "DALIA"]
    text = "Olivia: did anyone get the invoice?\nYetunde: yes, forwarded it"
    assert shapes(text) == ["Olivia", "Yetunde"]
    # One line is enough after a timestamp, in any case.
    assert shapes("[01:00 UTC] olivia: did anyone get the invoice") == ["olivia"]
    # Hyphenated given names: one known part is enough.
    text = "JEAN-BAPTISTE: where are you?\nJEAN-BAPTISTE: still here, call me"
    assert shapes(text) == ["JEAN-BAPTISTE", "JEAN-BAPTISTE"]


def test_labels_that_are_no_speakers():
    # Roles, keys and words that are also given names are no speakers.
    assert shapes("Bot: how can I help?\nUser: my card was charged twice") == []
    assert shapes("Summer: hot and dry\nWinter: cold and wet") == []
    assert shapes("Name: Ana\nStatus: shipped") == []
    # A single label line without a timestamp is a key, not a transcript.
    assert shapes("Olivia: the new release name") == []


def test_family_name_comma_given_name():
    assert shapes("holder,card\nPatel, Shreya,38040139011789,08/32") == ["Patel, Shreya"]
    assert shapes("B-49680,DUCHESNE, GABRIELLE,DADIZELE") == ["DUCHESNE, GABRIELLE"]
    assert shapes("W944,LORENCIN, Matej,₹7,205") == ["LORENCIN, Matej"]
    # Two given names, a place and its region, are not "Family, Given".
    assert shapes("We flew to Paris, France and Austin, Texas.") == []
    # The end of one full name and the start of the next in a list are no "Family, Given".
    assert shapes("Present: Putri Setiawan, Małgorzata Szymański, Ana.") == []


def test_a_name_opening_a_clause_before_what_its_person_does():
    text = "notes from standup: yuki blocked on staging creds, lenka out Sunday, Pat demoing"
    assert shapes(text) == ["yuki", "lenka"]
    assert shapes("hey kateřina cant make it tmrw, kid sick") == ["kateřina"]
    # Not at a line's start, not a common English word, not capitalised without a tagger,
    # not before a number (a setting, not a person).
    assert shapes("ruby is slow here\nlimits: max is 10, Mark is done") == []


def test_lower_case_names_after_greetings_introductions_titles_and_vocatives():
    assert shapes("Hi sage, your VPN profile is ready.") == ["sage"]
    assert shapes("hey its emilia, new number") == ["emilia"]
    assert shapes("hey it's misty, can u remind me") == ["misty"]
    assert shapes("Agent: Thank you, Mx. kavaliauskas. And the card?") == ["kavaliauskas"]
    assert shapes("My landlord Dr pimenta keeps calling me") == ["pimenta"]
    assert shapes("I'm sorry about that, graciela. I've opened a case.") == ["graciela"]
    # Words after the same cues that are no names.
    assert shapes("Hi team, hi all, hey there, it's fine, i'm sure, thanks, everyone.") == []
    assert shapes("Thank you, sir. Hi support, it's broken.") == []


def test_two_known_names_in_capitals():
    assert known("Employee name: SAKURA YOSHIDA\nRouting") == ["SAKURA YOSHIDA"]
    text = "SHIP TO:\nASPEN MARRERO"
    assert [text[a:b] for a, b in known_name_spans(text)] == []  # only with name_shapes
    assert known("SHIP TO:\nASPEN MARRERO\nSTRASBOURG") == ["ASPEN MARRERO"]
    # One word in capitals after a cue is no name (a shouted sentence).
    assert known("PLEASE CALL DAVID") == []


def test_titles_in_lower_case_and_streets_before_a_town_are_no_cues():
    assert shapes("DEBUG cache miss key=sku:P988929") == []
    assert shapes("Street address - 50 Larkspur Close, Bristol BS19 7FE") == []
    assert shapes("Deliver to 50 Larkspur Close, Bristol") == []


def test_known_names_in_capitals_that_end_a_longer_name_are_none():
    assert known("SHIP TO:\nTRIIN SAKS\nTRAVESSA MANUEL ESTEVES, S/N") == ["TRIIN SAKS"]
    assert known("MEETING ROOM ORION / SHELF 8") == []
    assert known("CHINEDU AFOLABI\nCALLE DE NATANAEL ÁNGEL 3") == ["CHINEDU AFOLABI"]


def test_a_speaker_who_speaks_twice_makes_a_transcript():
    text = "APRIL: ok let's start, are you there?\nNELLY: yes, sorry\nAPRIL: go on\nNELLY: ok so"
    assert shapes(text) == ["NELLY", "NELLY"]  # "April" is a month here
    # In lower case, a known given name who speaks twice (since the twelfth round), not a
    # key of code or configuration that no list has as a name.
    text = "Interviewer: Where did you grow up?\nmiki: In gjern.\nInterviewer: And?\nmiki: Bonn."
    assert shapes(text) == ["miki", "miki"]
    assert shapes("image: nginx latest here\nimage: redis alpine too") == []


def test_thanks_here_html_inputs_and_calendar_names():
    assert shapes("thanks cristina!! you saved my monday") == ["cristina"]
    assert shapes("thanks again! cheers everyone.") == []
    assert shapes("eero here - landed in leoben, call u later") == ["eero"]
    assert shapes("nobody here - all out") == []
    text = '<input name="ssn" value="106 88 9465"> <input name="full_name" value="Yeon-woo Cho">'
    assert shapes(text) == ["Yeon-woo Cho"]
    assert shapes('<input name="product" value="Instant Pot Duo">') == []
    text = 'ORGANIZER;CN=Obinna Ibekwe:mailto:o@example.org\nATTENDEE;CN="Ana Lima":mailto:a@x.io'
    assert shapes(text) == ["Obinna Ibekwe", "Ana Lima"]


def test_relatives_and_a_coach_before_a_known_given_name():
    assert shapes("My daughter Nova is 9 and scared of the dentist.") == ["Nova"]
    assert shapes("my sister hope keeps borrowing my car") == ["hope"]
    assert shapes("Coach joy wants the team at practice by 6.") == ["joy"]
    assert shapes("reach fiona at +44 161 844 5520") == ["fiona"]
    assert shapes("my friend will be there; reach out to them; my boss said") == []


def test_form_keys_with_data_after_them_are_no_speakers():
    assert shapes("Case:\t#418855\nFull name:\tHaruto Tanaka") == []
    assert shapes("IBAN: DK42 8264 6570 3901 52\nPhone: (022) 555 0142") == []


def test_a_form_key_that_is_a_given_name_is_no_speaker():
    text = "Item: Sonic Toothbrush 9\nReason: arrived damaged\nRefund to: original payment"
    assert shapes(text) == []


def test_its_is_a_possessive_outside_a_greeting():
    assert shapes("the model as down, with its reason, in the routes") == []
    assert shapes("listens on the master port of its fleet\naddress") == []


def test_header_keys_and_code_are_no_speakers_and_adjectives_no_names():
    text = "Classifier: Python\nClassifier: Typing\nAuthor: Kenneth Reitz\nLicense: MIT"
    assert shapes(text) == []
    assert shapes("class User:\n    name: str\n    age: Annotated[int, Gt(0)]\n    age: int") == []
    text = "It's sad, really; that old syntax"
    assert [text[a:b] for a, b in name_shape_spans(text, {text.index("sad"): "ADJ"})] == []


def test_mentions_of_known_names_and_not_decorators_scopes_or_mail():
    assert shapes("@priya can you review the PR? cc @jan.novak and @Kofi_Mensah") == [
        "priya",
        "jan.novak",
        "Kofi_Mensah",
    ]
    text = "@property\ndef x(self): ...\n@app.route('/')\nnpm i @types/node\nmail ann@example.org"
    assert shapes("domain @logondomain @mday @min @mon @tab @tempdir; (@media)") == []
    assert shapes(text) == []
    assert shapes("thanks @grace!") == ["grace"]


def test_the_name_shapes_knob_adds_them_to_the_engine():
    text = "DALIA: where are you?\nMARCIN: still in Athens, flight delayed\nhey its emilia, bye"
    found = {}
    for on in (False, True):
        settings = AnalyzerSettings(nlp="patterns", name_shapes=on)
        (spans,) = analyze(build_engine(settings), settings, [text])
        found[on] = sorted(text[s.start : s.end] for s in spans if s.entity == "PERSON")
    assert found == {False: [], True: ["DALIA", "MARCIN", "emilia"]}
    # Lists and contacts follow a found name only with the knob on.
    text = "sort by name: Ifeoma +234 803 555 0199; hey its emilia, and anke"
    for on in (False, True):
        settings = AnalyzerSettings(nlp="patterns", name_shapes=on)
        (spans,) = analyze(build_engine(settings), settings, [text])
        found[on] = sorted(text[s.start : s.end] for s in spans if s.entity == "PERSON")
    assert found == {False: [], True: ["Ifeoma", "anke", "emilia"]}



def test_lower_case_speaker_labels_of_a_chat_export():
    text = "from #help:\nsølvi: printer jammed again\nmatías: try the tray on floor 2\nsølvi: ok"
    assert shapes(text) == ["sølvi", "matías", "sølvi"]
    text = "#ops\nchidi okafor: who has the pager\nchidi okafor: nvm found it"
    assert shapes(text) == ["chidi okafor", "chidi okafor"]
    # One lower-case key is code or YAML, not a transcript; words are no speakers.
    assert shapes("services:\n  leila: disabled for now\n") == []
    assert shapes("summer: hot and dry days\nwinter: cold and wet days") == []


def test_lower_case_names_a_phrase_says_are_people():
    assert shapes("'Congrats dagny! You won a prize. Reply STOP'") == ["dagny"]
    assert shapes("help me write a thank you note to ruairi? he fed my cat") == ["ruairi"]
    assert shapes("can u send me ingrid's address for the card") == ["ingrid"]
    assert shapes("bongani you said you would send the files") == ["bongani"]
    assert shapes("tunde sent me this voice note, tidy it up") == ["tunde"]
    assert shapes("my little brother tariq wants to learn rust") == ["tariq"]
    # Words and things: a note to self, a product's address, a line's first word
    # capitalised (a sentence), a word after a relative that is no name.
    assert shapes("write a note to self about the Q3 plan") == []
    assert shapes("Siri won't connect to the speaker") == []
    assert shapes("what is the gateway's address in the config?") == []


def test_an_unlisted_name_after_a_relative_needs_a_noun_tag_and_a_persons_verb():
    text = "my little sister zvezdelina wants to learn python"
    at = text.index("zvezdelina")
    assert shapes(text) == []  # no list has it, and no tagger ran
    assert [text[a:b] for a, b in name_shape_spans(text, {at: "NOUN"})] == ["zvezdelina"]
    text = "my little sister zvezdelina python lessons"
    assert [text[a:b] for a, b in name_shape_spans(text, {text.index("zvezdelina"): "NOUN"})] == []


def test_a_known_name_opening_a_clause_before_a_verb_where_the_tagger_says_so():
    text = "Went well: Ruairi fixed the build, Oksana ran the demo"
    pos = {text.index("Ruairi"): "PROPN", text.index("fixed"): "VERB",
           text.index("Oksana"): "PROPN", text.index("ran"): "VERB"}  # fmt: skip
    assert [text[a:b] for a, b in sorted(set(name_shape_spans(text, pos)))] == ["Ruairi", "Oksana"]
    assert shapes(text) == []  # no tagger, no finding


def test_a_signature_or_a_salutation_with_a_dash():
    assert shapes("can we do friday instead? thanks\n\n- marisol") == ["marisol"]
    assert shapes("call me back on 050-924-9541 - Tendai") == ["Tendai"]
    assert shapes("Make this polite:\n\nSiobhan - I have asked four times.") == ["Siobhan"]
    # The last item of a list of lines, or a field's value, is no signature.
    assert shapes("todo:\n- invoices\n- Marisol") == []
    assert shapes("Card on file\nColour - Hunter Green") == []


def test_logins_of_logs_that_are_known_names():
    text = (
        "sshd[2215]: Accepted publickey for tomasz from 10.0.0.7 port 52144 ssh2\n"
        "sshd[2216]: Failed password for invalid user admin from 10.0.0.9 port 4411 ssh2\n"
        "openvpn[889]: ingrid/102.141.212.197:51820 MULTI: Learn\n"
        "7e3e62b Merge pull request #3251 from oluwaseun/fix-date-parsing"
    )
    assert shapes(text) == ["tomasz", "ingrid", "oluwaseun"]


def test_action_items_mentions_in_tables_and_times_before_a_status():
    assert shapes("Trip — to do\n- Tendai to renew passport\n- Book to arrive early") == [
        "Tendai"
    ]  # fmt: skip
    assert shapes("| Reported user | Reports |\n|---|---|\n| @marisol | 7 |") == ["marisol"]
    assert shapes("dispatch log\n07:40 tunde left depot, 14 drops") == ["tunde"]


def test_known_given_names_after_phrases_that_meet_or_hand_over_to_a_person():
    def found(text: str) -> list[str]:
        return [text[a:b] for a, b in known_name_spans(text)]

    assert found("1:1 with Siriporn (December 17)") == ["Siriporn"]
    assert found("follow up with Valentina re budget") == ["Valentina"]
    assert found("escalate to Ondřej.") == ["Ondřej"]
    assert found("remind märt to pick up the kids") == ["märt"]  # compared without accents
    # Only a known given name: a team or a company after the same words is none.
    assert found("escalate to Tier 2, meeting with Google tomorrow") == []


def test_airline_names_family_first_after_a_slash():
    assert shapes("The booking's under GRIGORYAN/NARINE, and my daughter is with me.") == [
        "GRIGORYAN/NARINE"
    ]
    assert shapes('{"pax": "KAPOOR/AARAV MR", "from": "Ghent"}') == ["KAPOOR/AARAV"]
    # Pairs of words, codes and currencies are no names.
    assert shapes("Set READ/WRITE on the share; TCP/IP and EUR/USD; AND/OR search") == []


def test_elements_whose_tag_names_a_person():
    xml = "<passenger><surname>WATANABE</surname><given>YUI</given><doc>P</doc></passenger>"
    assert shapes(xml) == ["WATANABE", "YUI"]
    assert shapes('<employee id="33"><name>Temuulen Batsaikhan</name></employee>') == [
        "Temuulen Batsaikhan"
    ]
    assert shapes('<blockquote>"Great!" - <cite>Freja S.</cite></blockquote>') == ["Freja S."]
    # <name> of a product or a team, <cite> of a work: no person.
    assert shapes("<product><name>Widget Pro</name></product>") == []
    assert shapes("<team><name>Blue Falcons</name></team><cite>Annual Report</cite>") == []


def test_logins_in_key_value_form():
    log = "[worker-3] sending SMS (user=astrid) ... ok\n[worker-1] login user=admin ok"
    assert shapes(log) == ["astrid"]
    assert shapes('<session user="katya" ip="145.111.88.138"/>') == ["katya"]


def test_two_known_given_names_joined_by_and_before_what_they_do():
    assert shapes("nomvula and larissa are getting married in June!! help me") == [
        "nomvula", "larissa"
    ]
    assert shapes("rose and jasmine are both teas we stock") == []
    assert shapes("Nomvula and ahmed are here") == []  # typed unalike


def test_mentions_after_a_quote_and_introductions_before_a_dash():
    assert shapes("Slack thread: '@Katerina the export failed again'") == ["Katerina"]
    assert shapes("hey its baraka - new number, save it.") == ["baraka"]


def test_phrases_that_say_a_known_name_is_a_person():
    assert shapes('[{"msg": "hey erika, coffee this week?"}]') == ["erika"]
    assert shapes("Aivars and I tried this recipe in Penang") == ["Aivars"]
    assert shapes("ok so grace from accounts and dawn from legal both want it") == [
        "grace", "dawn"
    ]
    assert shapes("Tax prep for the Zhang household\n- Xiaoming SSN 526-58-3019") == [
        "Zhang", "Xiaoming"
    ]
    assert shapes("Subject: Seating plan, Sequeira / Procházková wedding") == [
        "Sequeira", "Procházková"
    ]
    assert shapes("SUMMARY:Hearing — Thornbury v. Mensah") == ["Thornbury", "Mensah"]
    assert shapes("MR. PHAM: Your Honor, may I approach?") == ["PHAM"]
    assert shapes("// TODO(akinyi): remove after the Lyon migration") == ["akinyi"]
    assert shapes("call me before 7 or linnea is taking over the crew") == ["linnea"]
    assert shapes("[match 726] ilze joined from 145.102.221.59") == ["ilze"]
    assert shapes("sms.send to=+381 template=eta rider=Itzel status=FAILED") == ["Itzel"]


def test_latex_vcard_and_role_attributes_name_people():
    assert shapes("\\name{Ayesha Butt}\n\\phone{+27-10-123-1319}") == ["Ayesha Butt"]
    vcard = "BEGIN:VCARD\nFN:Friederike Vogelsang\nN:Vogelsang;Friederike;;;\nEND:VCARD"
    assert shapes(vcard) == ["Friederike Vogelsang", "Vogelsang", "Friederike"]
    xml = '<party role="plaintiff">Matthias Vogelsang</party><party role="venue">Hall B</party>'
    assert shapes(xml) == ["Matthias Vogelsang"]


def test_phrases_that_name_no_person():
    assert shapes("Apple v. Samsung") == []
    assert shapes("send the report to me and the team") == []
    assert shapes("across Saudi Arabia and China and I would hire her again") == []
    assert shapes("the Premium family plan") == []


def test_seventh_round_shapes_that_name_people():
    csv = (
        "card_no,borrower,phone,overdue_items\n"
        "LB2133648859,Zielińska, Tomasz,+55-11-2345-7894,3\n"
        "LB01435617116,Summer Okoro,+94 112 345 678,2"
    )
    assert "Zielińska, Tomasz" in shapes(csv)
    # Without a header that names a person, or with as many cells as the header, no name.
    assert "Lisbon, Porto" not in shapes("route,stop,km\nR1,Lisbon, Porto,313")
    assert shapes('<label>Name</label><input value="Ka-Wing Cheung">') == ["Ka-Wing Cheung"]
    assert shapes("THERAPIST (Pau): How was the week?\nCLIENT: Hard.") == ["Pau"]
    assert shapes("ketevan: hey did you send the photos yet?") == ["ketevan"]
    assert shapes("note: hey this is a reminder") == []
    assert shapes("pay anahit back for the concert tickets") == ["anahit"]
    assert shapes("Bank (IBAN): BE63291616625928") == []


def test_eighth_round_shapes_that_name_people():
    assert shapes("@Parisa @Chiara standup moved to 07:30.") == ["Parisa", "Chiara"]
    assert shapes("zhanna from the letting agency keeps ignoring me") == ["zhanna"]
    assert shapes("note to self aroha from the wine shop said it arrives") == ["aroha"]
    assert "rehema" in shapes("text bohdan that im late and ask if rehema can pick up the kids")
    assert shapes("\\signature{Nikola Stojanović}") == ["Nikola Stojanović"]
    assert shapes("send it from the shop in the morning") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("<Cdtr><Nm>JELENA STOJANOVIĆ</Nm></Cdtr>", ["JELENA STOJANOVIĆ"]),
        ('<Patient><Name family="Wijaya" given="Wulan"/>', ["Wijaya", "Wulan"]),
        ("REPUBLIC 0F INDONESIA\nSURNAME / NOM NAIDU\nGIVEN NAMES RAVI", ["NAIDU", "RAVI"]),
        ("hi, my tag is gone.\nAGENT YOHANNES: Sorry Jelena, what is the email?", ["YOHANNES"]),
        ("14:30 <arnab> deploying 4.12.6 to prod\n14:30 <hamza> @arnab hold on", ["arnab", "hamza", "arnab"]),
        ('deploy:\n  notify: "@eero"', ["eero"]),
        ("hi its oluwaseun calling for help with the boiler", ["oluwaseun"]),
        ("lol antonia just told me hauwa is moving next month", ["antonia", "hauwa"]),
        ("“Sandy at the front desk was amazing”", ["Sandy"]),
        ("Order at the bar, table 12", []),
        ("<div><b>Bold</b></div>", []),
    ],
)
def test_ninth_round_shapes_that_name_people(text, names):
    assert shapes(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[00:01] MORAG: so it leaves Monday\n[00:04] LASANTHA: and the broker is who?",
         ["MORAG", "LASANTHA"]),
        ("1\n00:00:01,000 --> 00:00:03,500\nMORAG: Welcome to Leipzig, everyone.\n\n2\n"
         "00:00:04,000 --> 00:00:06,000\nLASANTHA: Thanks, all of you!", ["MORAG", "LASANTHA"]),
        ("[00:01] MORAG: so it leaves Monday\n[00:04] AGENT: and the broker is who?", ["MORAG"]),
        ("# TODO(seo-yeon): remove hardcoded contact before release", ["seo-yeon"]),
        ("# TODO(perf): cache this lookup", []),
        ("note to self ask nina whether youssef is coming to the tasting", ["nina", "youssef"]),
        ("hi this is guðrún ólafsdóttir calling about my dog's grooming", ["guðrún ólafsdóttir"]),
        # the given name too since the eighteenth round: a line typed in lower case
        ("message for yetunde adeyemi from the optician: glasses ready",
         ["yetunde adeyemi", "adeyemi"]),
        ("00:00:03 Speaker 1: this is federica from the dental insurer calling", ["federica"]),
        ("11:30 edgars: can someone send me the address\n11:31 ivana: sure, one sec",
         ["edgars", "ivana"]),
        ("<log><user>lorenzo</user><msg>login ok</msg></log>", ["lorenzo"]),
        ("the route map new paragraph best wishes lukas", ["lukas"]),
        ("pay u to acct 606-6191548-8 like last time. joanna", ["joanna"]),
        ("dear nerea morales vega comma thank you for volunteering", ["nerea morales vega"]),
        ("can u help me write a bday msg for my nan Segun?? she's 90", ["Segun"]),
        ("the coach bot just says 'farm more' lol", []),
        ("PID|1||285435||KIMURA^YUI||19330101|F\nNK1|1|POTOČNIK^ŽIGA|SPO|||+84912130714",
         ["KIMURA", "YUI", "POTOČNIK", "ŽIGA"]),
        ("COLLECTOR (DANA): Am I speaking with her?\nDEBTOR: Yes", ["DANA"]),
        ("CREDIT UNION  MEMBER CARD\nMEMBER PIOTR DĄBROWSKI\nNo. 185142", ["PIOTR DĄBROWSKI"]),
    ],
)
def test_tenth_round_shapes_that_name_people(text, names):
    assert shapes(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- ivana: bro did you pay the place\n- hildur: yeah on my card lol\n- ivana: ok",
         ["ivana", "hildur", "ivana"]),
        ("- host: web-01\n- port: 8080\n- host: web-02", []),
        ("EMPLOYMENT ELIGIBILITY\nLast Name  MÄGI     First Name  LIIS\nAddress   Plot 18",
         ["MÄGI", "LIIS"]),
        ("Card: 5542 3254 1884 6478\nThank you - KENTA", ["KENTA"]),
        ("Finish: matt\nColour - MARIA", []),
        ("The food was cold and the rider (Kaisa) couldn't find the flat.", ["Kaisa"]),
        ("the lockbox is round the back and the host giulia is on the phone", ["giulia"]),
        ("text her about the desk and ask if jiahui still wants the lamp", ["jiahui"]),
        ("Bought a used bike from seller senthil.ramasamy. Item as described", ["senthil.ramasamy"]),
        ("dog is a seven year old lab with a limp referring vet ribeiro", ["ribeiro"]),
        ("ask the host about parking, the seller who wrote", []),
        ("\\author{Widlene Pierre-Louis \\and Eleni Antoniadis}",
         ["Widlene Pierre-Louis", "Eleni Antoniadis"]),
        ("2024-06-06 game-qa build 3 tester=priya.sharma crash=OOM", ["priya.sharma"]),
    ],
)
def test_fourteenth_round_shapes_that_name_people(text, names):
    assert shapes(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[3:00 am] sudo: priya : COMMAND=/usr/bin/systemctl restart db-primary-0", ["priya"]),
        ("Ximena, Rawiri and I are splitting a cabin near the coast.", ["Ximena", "Rawiri"]),
        ("J'ai besoin d'aide : ma fille Annelies est inscrite au club de tennis", ["Annelies"]),
        ("Sehr geehrte Frau Nakamura, die Übergabe findet statt.", ["Nakamura"]),
        ("We'll be at the pier at nine. Danke, Thiago", ["Thiago"]),
        ("Please RSVP by Friday.\n\nx Chinedu", ["Chinedu"]),
        ("The infotainment (Tessa the booking assistant built in) is laggy.", []),
    ],
)
def test_fifteenth_round_shapes_that_name_people(text, names):
    assert shapes(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[deploy-bot] MatejaKovacevic started deploy of 14.13.6 to prod", ["MatejaKovacevic"]),
        ("[deploy-bot] approval by martina\n[deploy-bot] rollback", ["martina"]),
        ('<event user="MehdiOuazzani" src="10.2.1.1" action="login_failed"/>', ["MehdiOuazzani"]),
        ("@soren_f the staging box is throwing 502s", ["soren_f"]),
        ("The ski school was fine but Summer (the instructor) left early", ["Summer"]),
        ("ok so taras and priya r coming sat, bring chairs", ["taras", "priya"]),
        ("Guide Malte: Good morning group! Bus leaves at 11:00", ["Malte"]),
        ("translate the birth certificate for priya sharma, born in varna.", ["priya sharma"]),
        ("my neighbour fatima fell down the stairs", ["fatima"]),
        ("quote to averma@tillpoint.io thx arjun", ["arjun"]),
        ("[deploy-bot] Deploy started by default", []),
    ],
)
def test_sixteenth_round_shapes_that_name_people(text, names):
    assert shapes(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("\\name{Priya}{bin Kamaruddin}\n\\address{113 Station Road}", ["Priya", "bin Kamaruddin"]),
        ("2025-03-04T22:10:44Z guard=priya checkpoint=CP-07 status=ok", ["priya"]),
        ("guests so far: auntie priya, uncle tomas, and the kids", ["priya", "tomas"]),
        ("the duty manager (Tomas) said to email head office", ["Tomas"]),
        ("CAMILO OSPINA: Thanks for coming in, Tomas.", ["Tomas"]),
        ("Present: Putri Setiawan, Ana.", []),
        ("round 3 is about Ferrari, Porsche and McLaren F1 cars", []),
    ],
)
def test_seventeenth_round_shapes_that_name_people(text, names):
    assert shapes(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a form's inputs for a name's parts
        ('<input name="first" value="Teodora"><input name="last" value="Vasile">',
         ["Teodora", "Vasile"]),
        ('<input name="last" value="Order 2231">', []),
        # a notice that opens with the name it is for, in capitals too
        ("TEODORA your parcel (QX-77) is at the front desk. Thanks, Depot", ["TEODORA"]),
        ("Oksana, your table for 4 is confirmed", ["Oksana"]),
        ("Will your car be ready by 5?", []),
        ("Hope your week went well", []),
        # a program's name: its last word says so
        ("BEGIN:VCARD\nFN:Ada Assistant\nORG:Helpdesk\nEND:VCARD", []),
        ("BEGIN:VCARD\nFN:Ada Lovell\nORG:Helpdesk\nEND:VCARD", ["Ada Lovell"]),
        # after a label, with a family name
        ("Reminder from Halden Motors: Kliment Adomako, your MOT is due 18.12.",
         ["Kliment Adomako"]),
        ("Reminder: Tomas Service, your MOT is due", []),
        # greetings and thanks in other languages
        ("translate: «Merci Olumide, à demain»", ["Olumide"]),
        ("msg: Oi Edeltrud, o ônibus chega às 6", ["Edeltrud"]),
        ("Hola equipo, ¿qué tal?", []),
        # a holiday is no name, in lower case either
        ("what time is the ascension day parade and will it rain", []),
        # a chat export's headers: display names, once one is a known name
        ("mhairi farquharson  14:00\nwho has the keys?\nkekoa kamakana  16:45\nnadav has them",
         ["mhairi farquharson", "kekoa kamakana", "nadav"]),
        ("Registration  09:00\ncoffee in the hall\nKeynote  09:30\nmain stage", []),
        # a customer named in lower case before what they did
        ("customer kadiatou camara called about a card payment", ["kadiatou camara"]),
        ("customer service called about a card payment", []),
        # a language whose words are names somewhere; days written short
        ("ghi chú kiểm tra lại mã vận đơn giao trước thứ sáu nhớ gọi kho lúc chín giờ sáng", []),
        ("meal plan (vegan!!)\nmon - stew (no cheese), tue - takeaway from the place", []),
        # brackets in prose are no code
        ("pls remind kalani and meenakshi they still owe subs (£63.00), be nice",
         ["meenakshi"]),
    ],
)
def test_nineteenth_round_shapes_that_name_people(text, names):
    assert shapes(text) == names
