"""Machines, vehicles, sky objects and medicines named like people
(`appliance.pii.namesakes`): pure functions, no model."""

from appliance.pii.namesakes import (
    medicine_brand,
    named_assistant,
    named_sky_object,
    named_vehicle,
)


def _span(text: str, value: str) -> tuple[str, int, int]:
    start = text.index(value)
    return text, start, start + len(value)


def test_an_assistant_in_a_text_about_assistants_or_a_users_transcript():
    text = "[11:05] @eval-bot: Claude vs Gemini eval: 43% vs 19% on the support set"
    assert named_assistant(text, "Claude") and named_assistant(text, "Gemini")
    assert named_assistant("User: Alexa, cancel the gym.\nAlexa: Done.", "Alexa")
    assert named_assistant("alexa remind me about the model eval", "alexa")


def test_no_assistant_without_such_a_text_or_for_another_name():
    assert not named_assistant("Claude from accounts called about the invoice.", "Claude")
    # one word of the field is not enough
    assert not named_assistant("Alexa is our new voice of the brand.", "Alexa")
    assert not named_assistant("User: Ana, cancel the gym.\nAgent: Done.", "Ana")


def test_a_vehicles_name_in_its_record_or_in_a_sentence_about_it():
    assert named_vehicle(*_span('"aircraft": {"type": "B787-9", "name": "Roald Amundsen"}',
                                "Roald Amundsen"))
    assert named_vehicle(*_span('<Aircraft reg="EI-HFH" name="Roald Amundsen"/>',
                                "Roald Amundsen"))
    assert named_vehicle(*_span('The aircraft was the one named "Amelia Earhart".',
                                "Amelia Earhart"))
    assert named_vehicle(*_span('[07:10] fleet-bot: D-AZZQ "Amelia Earhart" AOG at A8',
                                "Amelia Earhart"))
    assert named_vehicle(*_span('Handle "Amelia Earhart" tail name in fleet sync',
                                "Amelia Earhart"))


def test_no_vehicle_for_a_persons_record_or_a_quote_about_no_vehicle():
    assert not named_vehicle(*_span('{"passenger": {"seat": "3A", "name": "Amelia Okafor"}}',
                                    "Amelia Okafor"))
    assert not named_vehicle(*_span('The captain signed as "Amelia Okafor".', "Amelia Okafor"))
    # no quotes: the NER's finding in prose is left to the other rules
    assert not named_vehicle(*_span("The aircraft was flown by Amelia Okafor.", "Amelia Okafor"))


def test_comets_and_craters_only_in_a_text_about_the_sky():
    text = '"Halley, Hale-Bopp and the comets to come"; imaging the Tycho crater.'
    assert named_sky_object(text, "Halley, Hale-Bopp")
    assert named_sky_object(text, "Tycho")
    assert not named_sky_object("Einstein Okoro joins the team on Monday.", "Einstein")
    assert not named_sky_object(text, "Halley, Ana")


def test_a_medicines_brand_in_a_text_about_medicines():
    text = "Can I take Nurofen with Lipitor? I'm on 20mg a day. Is there a generic for Ventolin?"
    assert medicine_brand(*_span(text, "Ventolin"))
    assert medicine_brand(*_span(text, "Lipitor"))


def test_no_medicine_for_a_known_name_a_titled_name_or_without_such_a_text():
    text = "Ask Ventolin about the dose; the prescription is ready. Leopoldine said so."
    assert not medicine_brand(*_span(text, "Ventolin"))  # after "ask": a person
    assert not medicine_brand(*_span(text, "Leopoldine"))  # a known given name
    assert not medicine_brand(*_span("Dr Maisuradze changed the dose of the tablets.",
                                     "Maisuradze"))
    assert not medicine_brand(*_span("Ventolin called about the invoice.", "Ventolin"))


def test_statistics_bacteria_and_dishes_in_their_texts_only():
    from appliance.pii.namesakes import microbe, named_dish, statistical_method

    assert statistical_method("Run Welch's t-test and report the p-value.", "Welch")
    assert statistical_method("Replace Bonferroni with Holm in the template", "Holm")
    assert statistical_method("korelasi Pearson vs Spearman, uji-t", "Pearson vs Spearman")
    assert not statistical_method("Pearson called about the invoice.", "Pearson")
    assert microbe("Salmonella: not detected in 25 g sample; cfu counts", "Salmonella")
    assert not microbe("Listeria is the name of our new cat.", "Listeria")
    assert named_dish("Desserts: Pavlova, peach Melba", "Pavlova")
    assert not named_dish("Pavlova Ivanova joins the team on Monday.", "Pavlova")


def test_units_after_a_number_or_in_lower_case_and_a_forms_options():
    from appliance.pii.namesakes import form_option, named_unit

    assert named_unit(*_span("Im Magnetlabor (bis 12 Tesla) keine Gegenstände", "Tesla"))
    assert named_unit(*_span('{"from": "newton", "to": "kgf"}', "newton"))
    assert not named_unit(*_span("Ask Newton about the shed.", "Newton"))
    text = "Style: [ ] Chesterfield  [ ] Crombie  [ ] Raglan"
    assert form_option(text, text.index("Raglan"))
    text = "Signed: [x] Ana Lima agrees"
    assert not form_option(text, text.index("Ana"))


def test_instruments_only_in_a_text_about_instruments():
    from appliance.pii.namesakes import named_instrument

    assert named_instrument("Your Les Paul is ready: a full refret and new strings.", "Les Paul")
    assert not named_instrument("Les Paul called about the invoice.", "Les Paul")
