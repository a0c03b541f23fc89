"""val42 templates, cards: vCards and bibliographies.

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

PERSONAL = [
    (
        "vcard",
        "tailoring",
        """\
BEGIN:VCARD
VERSION:3.0
N:{P1.family};{P1.given};;;
FN:{P1}
TEL;TYPE=cell:{PHONE}
EMAIL:{P1.email}
NOTE:bespoke 2-piece, raglan not wanted
END:VCARD
Import fails on my phone. What's wrong?""",
    ),
    (
        "vcard",
        "auction",
        """\
BEGIN:VCARD
VERSION:4.0
FN:{P1}
N:{P1.family};{P1.given};;{P1.hon};
ADR;TYPE=home:;;{ADDR};;;;
TEL;VALUE=uri:tel:{PHONE.e164}
END:VCARD
Convert this consignor card to CSV.""",
    ),
    (
        "vcard",
        "zoo",
        """\
BEGIN:VCARD
VERSION:3.0
FN:{W1}
ORG:Zoo veterinary team
TITLE:Locum vet
TEL;TYPE=work:{PHONE}
EMAIL:{W1.email}
END:VCARD
Write a one-line intro of this vet for the keepers' newsletter.""",
    ),
    (
        "vcard",
        "cruise",
        """\
BEGIN:VCARD
VERSION:3.0
N:{P1.family};{P1.given};;;
FN:{P1}
ADR;TYPE=home:;;{ADDR};;;;
TEL;TYPE=cell:{PHONE.intl}
NOTE:cabin {room}, emergency contact {P2}
END:VCARD
Extract the emergency contact.""",
    ),
    (
        "vcard",
        "insurance",
        """\
BEGIN:VCARD
VERSION:4.0
FN:{P1}
ORG:Brackenridge Loss Adjusters;{CITY} office
EMAIL:{P1.email}
TEL:{PHONE.intl}
END:VCARD
Draft an e-mail introducing this adjuster to the policyholder.""",
    ),
    (
        "vcard",
        "hair",
        """\
BEGIN:VCARD
VERSION:3.0
FN:{P1}
NICKNAME:{P1.handle}
TEL;TYPE=cell:{PHONE.natl}
BDAY:--0412
END:VCARD
Why is the birthday field ignored?""",
    ),
]

CLEAN = [
    (
        "vcard",
        "hotel",
        """\
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Lost Property Desk
ORG:Harbourview Suites
URL:https://harbourview-suites.com/lost-property
NOTE:Open {time}-{time2}; items kept 90 days
END:VCARD
Why does my phone show this as a person and not a company?""",
    ),
    (
        "vcard",
        "driving",
        """\
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Roadready School of Motoring
CATEGORIES:driving school,Pass Plus
URL:https://roadready-school.com
END:VCARD
Add an opening-hours property.""",
    ),
    (
        "vcard",
        "esports",
        """\
BEGIN:VCARD
VERSION:4.0
KIND:group
FN:Team Vortexa – scrim desk
URL:https://vortexa.gg/scrims
NOTE:Book scrims via the web form; patch {ver} map pool
END:VCARD
Is KIND:group valid here?""",
    ),
    (
        "vcard",
        "botanic",
        """\
BEGIN:VCARD
VERSION:4.0
KIND:location
FN:Temperate House, bed 12
NOTE:Wollemi pine and Welwitschia display
END:VCARD
Can vCard represent a place like this?""",
    ),
]

PERSONAL += [
    (
        "bibliography",
        "archaeology",
        """\
Format these in Harvard style:
{P1.bib} (2019) Beaker sherds from the lower fills. Journal of Field Archaeology 4, 12–30.
{P2.bib} and {P3.bib} (2021) The Harris matrix in practice. Archaeopress.
{P4.bib} (2008) Munsell readings on waterlogged sites. Antiquity 82, 101–115.""",
    ),
    (
        "bibliography",
        "polar",
        """\
Check the author order in these references:
{P1.bib}, {P2.bib} & {P3.bib} (2023). Ekman transport under sea ice. Journal of Geophysical Research: Oceans, 128.
{P4.bib} (2019). Secchi depth as a proxy for chlorophyll. Limnology and Oceanography Methods, 17, 44–52.""",
    ),
    (
        "bibliography",
        "botanic",
        """\
Convert to BibTeX:
{P1.bib} (2017) Propagation of Wollemia nobilis from cuttings. Sibbaldia 15: 77–90.
{P2.bib} (2020) Welwitschia in cultivation. Curtis's Botanical Magazine 37: 210–224.""",
    ),
    (
        "bibliography",
        "zoo",
        """\
Sort alphabetically:
{P1.bib} (2022) Weil's disease in zoo keepers. Zoo Biology 41: 5–14.
{P2.bib} (2015) Husbandry of Przewalski's horse. International Zoo Yearbook 49: 33–47.
{P3.bib} (2019) Studbook analysis for Humboldt penguins. Zoo Biology 38: 120–131.""",
    ),
    (
        "bibliography",
        "courts",
        """\
Fix the OSCOLA formatting:
{P1}, 'The Bolam test after forty years' (2019) 135 LQR 1.
{P2} and {P3}, Arbitration of Charter-Party Disputes (3rd edn, OUP 2021).
{P4.bib}, 'Remoteness in shipping contracts' [2020] LMCLQ 88.""",
    ),
    (
        "bibliography",
        "theatre",
        """\
Turn into a reading list with one-line notes:
{P1.bib} (2016). Stage management and the prompt book. Methuen Drama.
{P2.bib} and {W1.bib} (2022). Lighting the late plays: Prospero's storm. Theatre Notebook 76(2).
{P3.bib} (2011). The Gielgud years. Cambridge University Press.""",
    ),
]

CLEAN += [
    (
        "bibliography",
        "insurance",
        """\
Format these in APA 7:
Association of Loss Adjusters. (2022). Guidance on storm damage assessment (3rd ed.).
International Organization for Standardization. (2018). ISO 31000: Risk management.
Anonymous. (1999). The Beaufort scale in marine claims. Lloyd's List Supplement.""",
    ),
    (
        "bibliography",
        "archaeology",
        """\
Check these references:
Historic Environment Service. (2015). Context recording manual (v{num}).
Soil Survey Staff. (2017). Munsell colour use in field description. Technical Note 8.
Field Archaeology Unit. (2020). Harris matrix software guide.""",
    ),
    (
        "bibliography",
        "mountaineering",
        """\
Format as a numbered list:
1. International Mountaineering and Climbing Federation (2019) Standards for rope inspection.
2. Alpine Club Safety Committee (2021) Avalanche transceiver guidance.
3. Mountain Medicine Group (2018) Raynaud's and frostbite: field notes.""",
    ),
    (
        "bibliography",
        "subtitling",
        """\
Alphabetise:
- Timed Text Working Group. TTML2 (2nd ed.). W3C Recommendation, 2021.
- Subtitle Guidelines Committee. Reading speed and CPS, version {ver}.
- European Broadcasting Union. EBU-TT-D, Tech 3380.""",
    ),
]
