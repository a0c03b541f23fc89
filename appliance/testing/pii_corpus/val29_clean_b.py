"""val29 clean templates (no personal data, many decoys): development offices, hospitals,
dental practices and opticians, translation agencies, archaeology, botanical gardens."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------ development office
    T(
        "dev-c01",
        "html",
        "devoffice",
        """Rewrite this as a plain-text newsletter section:

<section class="events">
  <h2>Alumni events {{year}}</h2>
  <ul>
    <li>{{date:long}} - Turing Award lecture, Great Hall, 18:00 (free, booking required)</li>
    <li>{{date:long}} - Fields Medal panel discussion, Lecture Theatre {{room}}</li>
    <li>{{date:long}} - Rhodes Scholarship information evening (online)</li>
  </ul>
  <a href="https://alumni.example.ac.uk/events?utm_source=newsletter">Book now</a>
</section>""",
    ),
    T(
        "dev-c02",
        "csv",
        "devoffice",
        """fund_code,fund_name,restricted,balance_gbp,last_movement
F{{n:100-999}},Turing Scholarship Fund,Y,"{{price:£}}",{{date:iso}}
F{{n:100-999}},Nobel Laureates Lecture Series,Y,"{{price:£}}",{{date:iso}}
F{{n:100-999}},Annual Fund (unrestricted),N,"{{price:£}}",{{date:iso}}
F{{n:100-999}},Hardship Bursary,Y,"{{price:£}}",{{date:iso}}

Which restricted funds had no movement this quarter?""",
    ),
    T(
        "dev-c03",
        "minutes",
        "devoffice",
        """Development Committee - {{date:long}}
Present: Director of Development (chair), Head of Alumni Relations, Finance Business \
Partner, two academic representatives
1. Campaign total stands at {{price:£}} against a target of £25m ({{pct}}).
2. The Rhodes Trust partnership renewal goes to Council in {{mon}}.
3. Grace period for pledge payments extended from 30 to 60 days.
4. "Bill me later" option on the giving page approved for a trial.""",
    ),
    T(
        "dev-c04",
        "markdown_table",
        "devoffice",
        """Which of these can the office support \
with travel funding?

| Prize | Field | Next deadline | Route |
|---|---|---|---|
| Turing Award | Computing | {{date:long}} | internal panel |
| Fields Medal | Mathematics | {{date:long}} | via faculty |
| Nobel Prize in Chemistry | Chemistry | {{date:long}} | by invitation |
| Pulitzer Prize | Journalism | {{date:long}} | n/a |""",
    ),
    T(
        "dev-c05",
        "json",
        "devoffice",
        """{"campaign": "Next Century", "as_of": "{{date:iso}}", \
"donors": {{n:1000-9000}}, "gifts": {{n:2000-20000}}, "total_gbp": \
{{n:5000000-25000000}}, "top_funds": ["Turing Scholarship Fund", "Curie Laboratory", \
"Hardship Bursary"], "conversion_rate": "{{pct}}"}

Write three bullet points for the board from this.""",
    ),
    T(
        "dev-c06",
        "email",
        "devoffice",
        """Subject: Your giving in {{year}} - thank you

Dear alumni and friends,

This year {{n:1000-5000}} of you gave to the Annual Fund, raising {{price:£}}. Your gifts \
funded 42 hardship bursaries, a new Bloomberg terminal suite in the Business School and \
refurbished practice rooms in the Britten Building.

We hope to see you at the Founders' Day concert on {{date:long}}.

The Development Office""",
    ),
    # ------------------------------------------------------------------ hospital
    T(
        "hos-c01",
        "notes",
        "hospital",
        """Stroke pathway, quick reference (v{{ver}})
- FAST positive: call the stroke team, target door-to-needle < 60 min
- CT head within 20 min of arrival
- Exclude Todd's paresis and hypoglycaemia
- Thrombolysis window 4.5 h; NIHSS before and 24 h after
- Document in the Cerner record, order set {{sku}}""",
    ),
    T(
        "hos-c02",
        "sms",
        "hospital",
        """St Thomas' Hospital: from {{date:long}} the outpatient \
pharmacy opens 08:00-18:00. Parking at Guy's is limited, please use public transport. Ref \
{{ref}}""",
    ),
    T(
        "hos-c03",
        "form",
        "hospital",
        """CONSENT FORM 4 (procedure: flexible cystoscopy)
Patient details: [affix hospital label]
Procedure explained: Y / N
Risks discussed: bleeding, infection (~{{pct}}), retention
Interpreter required: Y / N    Language: ______
Clinician grade: ST{{n:3-8}}
Form version {{ver}}, printed {{date:eu}}""",
    ),
    T(
        "hos-c04",
        "chat",
        "hospital",
        """Explain the difference between Alzheimer's disease, \
Lewy body dementia and Parkinson's disease dementia for a patient leaflet, reading age 11. \
Mention that Down syndrome raises the risk of Alzheimer's.""",
    ),
    T(
        "hos-c05",
        "xml",
        "hospital",
        """Flag anything below 20 units:

<stock ward="7" date="{{date:iso}}">
  <drug code="{{sku}}" name="Levodopa/carbidopa 100/25 mg" qty="{{n:10-90}}"/>
  <drug code="{{sku}}" name="Donepezil 10 mg" qty="{{n:10-90}}"/>
  <drug code="{{sku}}" name="Infliximab 100 mg vial" qty="{{n:1-9}}" fridge="yes"/>
</stock>""",
    ),
    T(
        "hos-c06",
        "letter",
        "hospital",
        """Dear Customer Services,

Purchase order {{ord}}: we received 40 boxes of Foley catheters (size 14 Ch) instead of size \
12 Ch. Please arrange collection and a replacement delivery to Goods Inwards, dock 3, before \
{{date:long}}. Credit note reference {{inv}}.

Procurement Department""",
    ),
    # ------------------------------------------------------------------ dental and optical
    T(
        "den-c01",
        "csv",
        "dental",
        """Reorder anything with fewer than 10 left:

item,code,qty,unit_price
Composite A2 syringe,{{sku}},{{n:2-30}},"{{price:£}}"
Invisalign aligner case,{{sku}},{{n:2-30}},"{{price:£}}"
Hawley retainer wire 0.7 mm,{{sku}},{{n:2-30}},"{{price:£}}"
Snellen chart (LogMAR),{{sku}},{{n:1-4}},"{{price:£}}\"""",
    ),
    T(
        "den-c02",
        "chat",
        "dental",
        """Write aftercare instructions for patients starting \
Invisalign: 22 hours a day wear time, cleaning, and what to do if an aligner cracks. Keep it \
friendly; we will hand it out as a leaflet.""",
    ),
    T(
        "den-c03",
        "sms",
        "dental",
        """Harbourside Dental is closed {{date:short}} for staff \
training. For emergencies use NHS 111. Your appointment ref {{ref}} is unaffected unless we \
contact you.""",
    ),
    T(
        "den-c04",
        "ics",
        "dental",
        """BEGIN:VEVENT
SUMMARY:CPD - radiography update
DTSTART:20250912T130000
DTEND:20250912T170000
LOCATION:Surgery 1
DESCRIPTION:Bring IRMER certificates. Fee {{price:£}}. Course code {{sku}}.
END:VEVENT""",
    ),
    T(
        "den-c05",
        "markdown_table",
        "dental",
        """Add a 20% staff discount column:

| Lens | Index | Coating | Price |
|---|---|---|---|
| Single vision | 1.50 | anti-glare | {{price:£}} |
| Varifocal | 1.60 | blue filter | {{price:£}} |
| Varifocal | 1.67 | anti-glare | {{price:£}} |
| Transitions | 1.50 | photochromic | {{price:£}} |""",
    ),
    T(
        "den-c06",
        "voice",
        "dental",
        """stock note for the optician side we're low on the \
ishihara plates and the amsler grids order two of each also the phoropter needs a service \
before {{wd.low}} will do the contact lens order tomorrow""",
    ),
    # ------------------------------------------------------------------ translation
    T(
        "tra-c01",
        "paste",
        "translation",
        """Traduce al inglés este texto para la web:

"Nuestra Sachertorte se elabora con chocolate negro al 70 %, mermelada de albaricoque y un \
glaseado brillante. Se conserva cinco días en nevera. Precio: 24,50 € (ref. {{sku}}). \
Envíos a toda la península en 48 horas.\"""",
    ),
    T(
        "tra-c02",
        "paste",
        "translation",
        """Übersetze bitte ins Englische:

"Die Werkstatt ist vom {{date:eu}} bis zum {{date:eu}} wegen Inventur geschlossen. Termine \
für den Reifenwechsel können ab sofort online gebucht werden (Buchungscode {{ref}}). Wir \
bitten um Verständnis.\"""",
    ),
    T(
        "tra-c03",
        "paste",
        "translation",
        """Översätt till engelska:

"Växthuset är stängt på grund av reparation av värmesystemet. Vi hoppas kunna öppna igen \
före midsommar. Årskort förlängs automatiskt med 14 dagar. Tack för ert tålamod!\"""",
    ),
    T(
        "tra-c04",
        "xml",
        "translation",
        """Fill in the French target for unit 2:

<xliff version="1.2">
 <file source-language="en" target-language="fr" datatype="plaintext" original="notify.txt">
  <body>
   <trans-unit id="1"><source>Your order {{ord1}} has shipped.</source>
    <target>Votre commande {{ord1}} a été expédiée.</target></trans-unit>
   <trans-unit id="2"><source>Expected delivery: {{date1:long}}, tracking {{trk}}.</source>
    <target/></trans-unit>
  </body>
 </file>
</xliff>""",
    ),
    T(
        "tra-c05",
        "tsv",
        "translation",
        """en\tde\tfr\tnote
Erlenmeyer flask\tErlenmeyerkolben\tfiole d'Erlenmeyer\tkeep the eponym
Bunsen burner\tBunsenbrenner\tbec Bunsen\t
Petri dish\tPetrischale\tboîte de Petri\t
Geiger counter\tGeigerzähler\tcompteur Geiger\t
Kalman filter\tKalman-Filter\tfiltre de Kalman\tcapitalised

Add Spanish and Italian columns to this glossary.""",
    ),
    T(
        "tra-c06",
        "json",
        "translation",
        """{"month": "{{mon}}", "jobs": {{n:100-400}}, \
"words": {{n:100000-900000}}, "languages": {"pt-BR": {{n:10-80}}, "vi": {{n:5-40}}, "id": \
{{n:5-40}}, "tr": {{n:5-40}}}, "on_time_rate": "{{pct}}", "avg_turnaround_h": \
{{n:20-72}}}

Summarise this for the monthly report.""",
    ),
    T(
        "tra-c07",
        "toolcall",
        "translation",
        """translate(text="Aviso: la piscina del hotel \
estará cerrada el martes por mantenimiento. Disculpen las molestias.", source="es", \
target="en", formality="formal")""",
    ),
    T(
        "tra-c08",
        "chat",
        "translation",
        """What's the convention for translating eponyms like \
Parkinson's disease, the Nobel Prize and Dijkstra's algorithm into Polish and Turkish? Do \
they keep the possessive?""",
    ),
    # ------------------------------------------------------------------ archaeology
    T(
        "arc-c01",
        "notes",
        "archaeology",
        """Context {{n:1000-4999}} - fill of pit \
[{{n:1000-4999}}]
Colour: 10YR 3/2 very dark greyish brown
Compaction: firm; inclusions: charcoal flecks (5%), CBM fragments
Finds: pottery x{{n:2-40}}, animal bone x{{n:2-40}}
Sample {{n:100-400}} taken for flotation (40 L)
Interpretation: rubbish pit, probably 2nd century AD""",
    ),
    T(
        "arc-c02",
        "csv",
        "archaeology",
        """sf_no,context,object,period,conservation
{{n:100-999}},{{n:1000-4999}},brooch (trumpet type),Roman,stabilised
{{n:100-999}},{{n:1000-4999}},coin (antoninianus),Roman,cleaned
{{n:100-999}},{{n:1000-4999}},strap end,Early medieval,awaiting X-ray
{{n:100-999}},{{n:1000-4999}},clay pipe bowl,Post-medieval,none

Draft a finds summary paragraph for the interim report.""",
    ),
    T(
        "arc-c03",
        "bibliography",
        "archaeology",
        """Historic England ({{year}}) Understanding \
Historic Buildings: A Guide to Good Recording Practice.
Chartered Institute for Archaeologists ({{year}}) Standard and guidance for archaeological \
excavation.
Archaeology Data Service ({{year}}) Guides to Good Practice. doi:{{doi}}

Put these in Harvard style and sort them by year.""",
    ),
    T(
        "arc-c04",
        "paste",
        "archaeology",
        """Riassumi in inglese:

"Lo scavo riprenderà lunedì. Le attività della settimana: pulizia dell'area B, \
documentazione fotografica della fornace e lavaggio dei reperti ceramici. Si ricorda a tutti \
di indossare scarpe antinfortunistiche e di compilare il registro presenze.\"""",
    ),
    T(
        "arc-c05",
        "minutes",
        "archaeology",
        """Heritage Trust - Finance Subcommittee, \
{{date:long}}
Present: Treasurer (chair), two trustees, the Archivist
1. The roof appeal has raised {{price:£}} so far.
2. Grant from the Heritage Lottery Fund confirmed, reference {{case}}.
3. The Wesley Chapel organ survey will be commissioned in {{mon}}.
4. Next meeting: {{date:long}}, 18:30.""",
    ),
    T(
        "arc-c06",
        "markdown_table",
        "archaeology",
        """Write a paragraph for the visitor board \
from this phasing:

| Phase | Date range | Key features |
|---|---|---|
| 1 | c. 120-180 AD | timber building, Hadrian's Wall supply phase |
| 2 | c. 180-260 AD | stone villa, samian ware (Dragendorff 18/31) |
| 3 | 4th century | bath house extended |""",
    ),
    # ------------------------------------------------------------------ botanic gardens
    T(
        "bot-c01",
        "xml",
        "botanic",
        """<accession number="{{year}}-{{n:1000-9999}}">
  <taxon>Banksia integrifolia</taxon>
  <provenance>W (wild origin)</provenance>
  <bed>Glasshouse 3, bed {{n:1-40}}</bed>
  <status>alive, flowering {{mon}}</status>
  <label_printed>{{date:iso}}</label_printed>
</accession>

Generate a display label from this record.""",
    ),
    T(
        "bot-c02",
        "json",
        "botanic",
        """{"taxon": "Fuchsia magellanica 'Riccartonii'", \
"family": "Onagraceae", "hardiness": "H5", "flowering": ["{{mon}}", "{{mon}}"], "bed": \
"{{n:1-40}}B", "propagation": "softwood cuttings", "last_pruned": "{{date:iso}}"}

When should this be pruned next?""",
    ),
    T(
        "bot-c03",
        "chat",
        "botanic",
        """Our Banksia and Magnolia campbellii in the temperate \
house are dropping leaves. Compost pH is 6.8, watering every 3 days, night minimum 7 °C. \
What's going wrong?""",
    ),
    T(
        "bot-c04",
        "ticket",
        "botanic",
        """Ticket #{{n:10000-99999}}: Herbarium database search \
slow
Category: IT / collections database
Opened: {{ts}}
Description: Searching "Dahlia" takes 40+ seconds since the upgrade to {{ver}}. Index \
rebuild needed?
Status: open, awaiting vendor""",
    ),
    T(
        "bot-c05",
        "paste",
        "botanic",
        """Vertaal naar het Engels:

"De kassen zijn vanaf {{date:eu}} weer open. Let op: de Victoria amazonica bloeit naar \
verwachting eind juli. Tickets zijn online te koop; de jaarkaart blijft geldig.\"""",
    ),
    T(
        "bot-c06",
        "vcard",
        "botanic",
        """BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Botanic Garden Herbarium
ORG:Botanic Garden Herbarium
URL:https://herbarium.botanicgarden.example.org
NOTE:Loans desk open Tue-Thu 10:00-16:00. Please quote the loan number (L{{n:1000-9999}}).
END:VCARD""",
    ),
]
