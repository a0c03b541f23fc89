"""Works and workouts named like people (`appliance.pii.works`): pure functions, no model."""

from appliance.pii.works import named_workout, quoted_title


def _span(text: str, value: str) -> tuple[str, int, int]:
    start = text.index(value)
    return text, start, start + len(value)


def test_a_title_in_quotes_in_a_text_about_music_or_film():
    assert quoted_title(*_span('Lyrics lag on "Roxanne" in karaoke mode.', "Roxanne"))
    assert quoted_title(*_span("Next up, “Gloria” on 98.2 FM.", "Gloria"))
    assert quoted_title(*_span('Remaster of "Hey Jude (1968 live)" is on hold, the EP too.',
                               "Jude"))


def test_no_title_without_such_a_text_or_in_a_fields_value_a_name_or_code():
    # no music, film or broadcasting in the text
    assert not quoted_title(*_span('Ask "Roxanne" about the invoice.', "Roxanne"))
    # a field's value, a list's item, a program's value
    assert not quoted_title(*_span('{"artist": "Ana Lima", "track": "Night Bus"}', "Ana Lima"))
    assert not quoted_title(*_span('tracks = ["Night Bus", "Jolene"]', "Jolene"))
    assert not quoted_title(*_span("VALUES ('Jolene', 'song')", "Jolene"))
    # a nickname inside a name, a full name, a name written "Last, First"
    assert not quoted_title(*_span('Robert "Bobby" Okonkwo hosts the radio show.', "Bobby"))
    assert not quoted_title(*_span('The film credits say "Julieta Giménez".', "Julieta Giménez"))
    assert not quoted_title(*_span('The film credits say "Giménez, Julieta".', "Giménez"))
    # an apostrophe, no quote ("'Neill and O'" is no title); an address's ".fm" is no radio
    assert not quoted_title(*_span("O'Neill and O'Brien are on the playlist.", "Neill"))
    assert not quoted_title(*_span('Ask "Roxanne" to write to kwame@fastmail.fm', "Roxanne"))


def test_a_workout_named_after_a_person_only_in_a_text_about_training():
    assert named_workout("Did Fran in 6:10: thrusters and pull-ups, 45 reps.", "Fran")
    assert not named_workout("Fran called about the invoice.", "Fran")
    assert not named_workout("Did Fran in 6:10: thrusters and pull-ups.", "Ana")
    # one training word is not enough: "Helen at 08:53 is full" on a class's waitlist
    assert not named_workout("Helen at 08:53 is full. You are on the waitlist.", "Helen")


def test_malware_named_like_a_person_only_in_a_text_about_security():
    from appliance.pii.works import named_malware

    text = "The loader dropped a payload; is it worth checking for Lazarus overlap in the TTPs?"
    assert named_malware(text, "Lazarus")
    assert not named_malware("Dinner with Lazarus Mbeki on Friday at 7.", "Lazarus")
    assert not named_malware(text, "Ana")
