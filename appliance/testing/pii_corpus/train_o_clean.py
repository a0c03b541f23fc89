"""Clean templates for the train_o generator: the same kinds of records as the personal
ones (registers, forms, exports, logs, e-mails) about things, not people: product and asset
registers, room bookings, fleet logs, stock counts, sample registers, tariff tables, with
field names that look like person fields but hold codes ("Owner: TEAM-OPS", "Assignee:
unassigned", "Signed: n/a"), and decoys a news-trained model takes for people or places.

Written blind and by hand (its author read only the corpus's `__init__.py` and
`validity.py`). No slot here plants personal data; every slot is a decoy of
`train_o_values.decoy`.
"""

from __future__ import annotations

# Things named like people (companies, products, dishes, words that are also given names):
# clean prompts may use their words; the tests exempt them from the name check.
THINGS_NAMED_LIKE_PEOPLE: tuple[str, ...] = (
    "Tesla",
    "Ford Transit",
    "Bosch",
    "Ben & Jerry's",
    "Dyson",
    "Philips",
    "Siemens",
    "Hilton",
    "Boeing",
    "Nobel Prize",
    "Earl Grey",
    "Caesar salad",
    "Eggs Benedict",
    "Beef Wellington",
    "Victoria sponge",
    "Hope Foundation",
    "Project Jasper",
    "Ruby on Rails",
    "Grace period",
    "Rose Gold",
    "Amber alert",
    "Iris scanner",
    "Olive oil",
    "Hazel oak finish",
    "Sterling silver",
    "Big Ben",
    "Jacuzzi",
    "Alder & Finch Notaries",
    "McLaren",
    "Mercedes",
    "Porsche",
    "Ferrari",
    "Disney",
    "Kellogg's",
    "Heinz",
    "Marriott",
    "Chanel",
    "Dior",
    "Dell",
    "Will",
    "May",
    "June",
    "April",
    "Mark",
    "Frank",
    "Penny",
    "Holly",
    "Robin",
    "Summer",
    "Autumn",
    "Crystal",
    "Heather",
    "Violet",
    "Dawn",
    "Jack",
)

CLEAN_TEMPLATES: tuple[tuple[str, str], ...] = (
    # ---- registers and forms about things --------------------------------------------
    (
        "form",
        "ASSET REGISTER «ref»\nAsset: «product»\nOwner: TEAM-OPS\nAssignee: unassigned\n"
        "Location code: B2-«num»\nPurchased: «date»\nValue: «amt» «cur»",
    ),
    (
        "form",
        "ROOM BOOKING\nRoom: «room»\nBooked by: «team»\nContact: see ticket «ref»\n"
        "From «time» to «time» on «weekday»\nCatering: «food»",
    ),
    ("kv", "Signed: n/a\nApproved by: pending\nOwner: «team»\nReviewer: TBD\nStatus: draft v«ver»"),
    (
        "kv",
        "Name: «product»\nSurname: -\nGiven name: n/a\nCategory: office equipment\nSerial: «hash»",
    ),
    (
        "table",
        "| Item | SKU | Qty | Bin |\n|---|---|---|---|\n| «product» | «ref» | «qty» | A-«num»"
        " |\n| «product» | «ref» | «qty» | C-«num» |",
    ),
    (
        "csv",
        "sku,description,colour,qty,unit_price\n«ref»,«product»,«colour»,«qty»,«amt»\n"
        "«ref»,«product»,«colour»,«qty»,«amt»",
    ),
    (
        "fixed_width",
        "VEHICLE   PLATE       KM       NEXT SERVICE\nVAN-«num»   «plate»   «qty»000"
        "   «date»\nVAN-«num»   «plate»   «qty»000   «date»",
    ),
    (
        "log",
        "«date» «time» fleet INFO vehicle=«plate» odometer=«qty»12 driver=POOL-«num» fuel=«pct»",
    ),
    (
        "json",
        '{"sample_id": "S-«year»-«num»", "matrix": "serum", "received": "«date»", '
        '"analyst": "LAB-TEAM-2", "status": "queued"}',
    ),
    (
        "csv",
        "sample,received,test,result,flag\nS-«num»,«date»,HbA1c,«pct»,\nS-«num»,«date»,"
        "CRP,«num» mg/L,H",
    ),
    (
        "form",
        "STOCK COUNT «month» «year»\nWarehouse: WH-«num»\nCounted by: Night Shift\n"
        "Checked by: «team»\nVariance: «pct»",
    ),
    (
        "kv",
        "Contact: see ticket «ref»\nOwner: «team»\nEscalation: «title» on duty\nSeverity: Amber",
    ),
    (
        "form",
        "CUSTOMS TARIFF LINE\nHS code: «hs»\nDescription: «product»\nDuty rate: «pct»\n"
        "Valid from: «date»",
    ),
    (
        "table",
        "Container | Vessel | ETA | Status\n«container» | «ship» | «date» | customs hold\n"
        "«container» | «ship» | «date» | released",
    ),
    (
        "edi",
        "UNB+UNOC:3+SENDER01+RECV02+«ymd»:0800+«num»'\nBGM+380+INV«num»+9'\n"
        "LIN+1++«hs»:HS'\nQTY+47:«qty»'\nMOA+203:«amt»'",
    ),
    (
        "xml",
        "<Shipment><Id>«track»</Id><Vessel>«ship»</Vessel><Container>«container»"
        "</Container><Weight>«weight»</Weight></Shipment>",
    ),
    (
        "log",
        "«date»T«time»:00Z tracking scan=«track» status=IN_TRANSIT hub=HUB-«num» signed_by=n/a",
    ),
    (
        "form",
        "POLICY SCHEDULE «policy»\nInsured item: «product»\nSum insured: «amt» «cur»\n"
        "Grace period: «num» days\nBroker: «company»",
    ),
    (
        "kv",
        "Claim: «ref»\nInsured object: «horse» (thoroughbred, «year»)\nClaimant: «company»\n"
        "Assessor: panel B",
    ),
    (
        "json",
        '{"claim_id": "«ref»", "insured_object": "«product»", "policyholder": '
        '"«company»", "status": "assessed", "payout": «amt»}',
    ),
    (
        "hl7",
        "MSH|^~\\&|LAB|HOSP|||«ymd»0900||ORU^R01|«num»|P|2.5\nOBR|1||S-«num»|CBC\n"
        "OBX|1|NM|HGB||«num»|g/L|120-160|N",
    ),
    (
        "form",
        "BED MANAGEMENT «date»\nWard: «room»\nBeds free: «qty»\nOn call: «title»\n"
        "Next audit: «weekday»",
    ),
    (
        "table",
        "Course | Code | Seats | Term\nApplied Statistics | STA-«num» | «qty» | «month»\n"
        "Organic Chemistry | CHE-«num» | «qty» | «month»",
    ),
    (
        "csv",
        "course_code,title,capacity,room\nMAT«num»,Linear Algebra,«qty»,«room»\n"
        "HIS«num»,Medieval Trade,«qty»,«room»",
    ),
    (
        "kv",
        "Payroll run: «month» «year»\nCost centre: «num»\nHeadcount: «qty»\nApproved by: "
        "«title»\nBatch: «hash»",
    ),
    (
        "json",
        '{"payroll_batch": "«ref»", "period": "«month»", "employees": «qty», '
        '"total": «amt», "currency": "«cur»", "approver_role": "«title»"}',
    ),
    (
        "form",
        "LAND PARCEL INDEX\nParcel: «parcel»\nArea: «qty» m²\nUse class: agricultural\n"
        "Owner: municipality (code «num»)\nEncumbrances: none",
    ),
    (
        "table",
        "Plate | Make | Colour | First reg.\n«plate» | Tesla Model 3 | «colour» | «date»\n"
        "«plate» | Ford Transit | «colour» | «date»",
    ),
    (
        "kv",
        "Member ID: MBR-«num»\nMember name: [redacted]\nTier: Gold\nRenewal: «date»\n"
        "Lockers: «qty»",
    ),
    (
        "ical",
        "BEGIN:VEVENT\nSUMMARY:«heading»\nLOCATION:«room»\nORGANIZER:«team»\n"
        "DTSTART:«ymd»T100000\nEND:VEVENT",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:«company»\nORG:«company»\nNOTE:supplier «ref»\nEND:VCARD",
    ),
    (
        "html",
        "<h2>«heading»</h2><ul><li>«product» - «qty» units</li><li>«product» - «qty» "
        "units</li></ul>",
    ),
    (
        "code",
        'class «camel»:\n    """Exports the «heading» as CSV."""\n    VERSION = '
        '"«ver»"\n    OWNER = "TEAM-OPS"  # not a person',
    ),
    (
        "code",
        '// «camel» v«ver»\nconst owner = "unassigned";\nconst signedBy = null; '
        "// filled by the registry service",
    ),
    (
        "ocr",
        "ASSET  TAG  «ref»\nDESCRIPTION  «product»\nLOCATION  BLDG  «num»  ROOM «num»\n"
        "CUSTODIAN   FACILITIES",
    ),
    (
        "ocr",
        "STOCK  CARD\nITEM  «product»\nIN  «qty»   OUT  «qty»\nBALANCE   «qty»\nCHECKED  «date»",
    ),
    # ---- chat and mail about things ---------------------------------------------------
    (
        "chat",
        "which is better for a small office, the «product» or the «product»? budget is «amt» «cur»",
    ),
    ("chat", "convert «weight» to pounds and tell me the «cur» duty at «pct» on «amt»"),
    (
        "chat",
        "our «codename» release slipped to «weekday», can you rewrite the status update "
        "to sound less dramatic?",
    ),
    ("chat", "is the Rose Gold or the «colour» finish easier to keep clean?"),
    ("chat", "recipe question: can I make Beef Wellington a day ahead for «holiday»?"),
    ("chat", "explain the difference between a Grace period and a cooling-off period on a policy"),
    ("chat", "will the «product» work with a Bosch battery pack?"),
    (
        "chat",
        "the Hope Foundation grant deadline is «date», what documents do charities usually need?",
    ),
    (
        "chat",
        "summarise this: ticket «ref» reopened, build «hash» failed on «camel», rollback to v«ver»",
    ),
    ("chat", "write a limerick about «food» and «holiday»"),
    ("chat", "what does Amber mean on the «heading» dashboard?"),
    ("chat", "Project Jasper kickoff is «weekday» at «time» in «room», draft an agenda"),
    ("chat", "should we migrate from Ruby on Rails to something else for the «camel» service?"),
    ("chat", "I will need the «heading» by «weekday» - can you make a template?"),
    ("chat", "how many «ship» class vessels can dock at berth «num» at once?"),
    ("chat", "our horse «horse» is entered for the «month» cup, what insurance do we need?"),
    ("chat", "compare a Dyson and a Philips air purifier for a «qty» m² room"),
    ("chat", "tell me a fun fact about the Nobel Prize for a quiz on «weekday»"),
    ("chat", "is Earl Grey or a «food» better with Victoria sponge?"),
    ("chat", "what is the «title» responsible for during enrolment week?"),
    ("chat", "the Dean approved budget line «ref», what happens next?"),
    ("chat", "may I return the «product» after «num» days?"),
    (
        "email",
        "Subject: «heading»\n\nHi team,\n\nthe count for «month» is done: «qty» items, "
        "variance «pct». The report is in folder «ref».\n\nRegards,\nFacilities Desk",
    ),
    (
        "email",
        "Subject: Room «room» double-booked\n\nHello,\n\n«team» and Blue Team both hold "
        "«room» on «weekday» at «time». Please pick another slot.\n\nRoom Booking Service",
    ),
    (
        "email",
        "Subject: Order «order» shipped\n\nYour order of «product» has shipped. "
        "Tracking: «track». Estimated delivery: «date».\n\n«company» Customer Care",
    ),
    (
        "email",
        "Subject: Invoice «ref»\n\nDear customer,\n\nplease find invoice «ref» for "
        "«amt» «cur», due «date».\n\nAccounts Receivable\n«company»",
    ),
    (
        "email",
        "Subject: policy renewal «policy»\n\nYour policy renews on «date». "
        "The premium is «amt» «cur».\n\nCastellan Assurance",
    ),
    (
        "email",
        "Subject: maintenance window\n\nOn «weekday» from «time» the «camel» will be "
        "unavailable (release «ver»).\n\nPlatform Squad",
    ),
    ("sms", "Your Hilton booking «ref» is confirmed for «date». Check-in from «time»."),
    ("sms", "Parcel «track» will arrive «weekday». Reply 1 to reschedule."),
    ("sms", "Code «num»«num» is your verification code for «company». Do not share it."),
    ("sms", "Amber alert level lifted for depot «num» at «time»."),
    ("voice", "remind me to order more «food» on «weekday» and call the «title» about room «num»"),
    (
        "voice",
        "add «qty» boxes of copier paper to the «month» order and check stock for the «product»",
    ),
    ("voice", "what time is the «holiday» parade and will it rain"),
    # ---- logs, exports, machine formats -------------------------------------------------
    (
        "log",
        "«date» «time» registry-sync INFO batch=«ref» records=«qty» duration_ms=«num» "
        "owner=TEAM-OPS",
    ),
    ("log", "«date» «time» WARN «camel» retry=«num» job=«hash» queue=enrolment"),
    ("log", "[«time»] build «ver» passed on runner-«num» (commit «hash»)"),
    (
        "json",
        '{"vessel": "«ship»", "imo": "«num»«num»", "container": "«container»", '
        '"hs": "«hs»", "assignee": "unassigned"}',
    ),
    (
        "json",
        '{"room": "«room»", "booked_by": "«team»", "from": "«time»", "to": "«time»", '
        '"contact": "see ticket «ref»"}',
    ),
    (
        "xml",
        '<Asset tag="«ref»"><Name>«product»</Name><Owner>TEAM-OPS</Owner><Signed>n/a'
        "</Signed></Asset>",
    ),
    (
        "xml",
        '<Course code="STA-«num»"><Title>Applied Statistics</Title><Seats>«qty»'
        '</Seats><Coordinator role="«title»"/></Course>',
    ),
    (
        "html",
        "<table><tr><th>Horse</th><th>Odds</th></tr><tr><td>«horse»</td><td>«num»/1"
        "</td></tr><tr><td>«horse»</td><td>«num»/1</td></tr></table>",
    ),
    ("html", '<div class="notice"><b>«holiday»</b>: offices closed, «team» on call.</div>'),
    (
        "csv",
        "ticket,created,component,assignee,state\n«ref»,«date»,«camel»,unassigned,open\n"
        "«ref»,«date»,«camel»,«team»,closed",
    ),
    (
        "csv",
        "vehicle,plate,make,fuel_l,km\nPOOL-«num»,«plate»,Porsche Cayenne,«qty»,«qty»\n"
        "POOL-«num»,«plate»,Mercedes Sprinter,«qty»,«qty»",
    ),
    (
        "fixed_width",
        "ITEM                 QTY   PRICE\n«product»   «qty»   «amt»\n«food»   «qty»   «amt»",
    ),
    (
        "table",
        "| Menu item | Price |\n|---|---|\n| Caesar salad | «amt» |\n| Eggs Benedict | «amt» |"
        "\n| «food» | «amt» |",
    ),
    ("table", "Holiday | Date | Cover\n«holiday» | «date» | «team»\n«holiday» | «date» | «team»"),
    ("kv", "Vessel: «ship»\nFlag: code «num»\nMaster: see crew list «ref»\nAgent: «company»"),
    (
        "kv",
        "Company: «company»\nContact person: —\nPhone: see «ref»\nAccount manager: «title» (rota)",
    ),
    (
        "kv",
        "Guarantor: parent company («company»)\nBeneficiary: Hope Foundation\nAmount: «amt» «cur»",
    ),
    ("kv", "Consignee: «company»\nNotify: same as consignee\nDelivery: «track»\nPallets: «qty»"),
    ("kv", "Witness: not required\nNext of kin: n/a (corporate account)\nSigned: «team»"),
    ("kv", "Testator: —\nExecutor: «company» Trust Dept.\nFile: «ref»"),
    (
        "form",
        "Certificate of Conformity «ref»\nProduct: «product»\nStandard: EN «num»\n"
        "Issued: «date»\nSigned: «title»",
    ),
    (
        "form",
        "MEMBERSHIP FEES «year»\nAdult: «amt»\nJunior: «amt»\nFamily: «amt»\nDeadline: «date»",
    ),
    (
        "email",
        "Subject: «codename» status\n\nAll green except «camel» (blocked on «ref»). "
        "Demo on «weekday» in «room».\n\n«team»",
    ),
    (
        "chat",
        "Ben & Jerry's or Heinz for the «holiday» office party? just kidding, what "
        "snacks are cheap for «qty» people?",
    ),
    ("chat", "the Iris scanner at gate «num» keeps failing, firmware «ver»"),
    ("ocr", "RECEIPT  «ref»\n«food»   «amt»\n«food»   «amt»\nTOTAL  «amt»\nTHANK  YOU"),
    ("hl7", "MSH|^~\\&|INV|PHARM|||«ymd»||RDE^O11|«num»|P|2.5\nRXE|1|«hs»^generic|«qty»|"),
    (
        "ical",
        "BEGIN:VEVENT\nSUMMARY:«holiday» - offices closed\nDTSTART:«ymd»\n"
        "DESCRIPTION:cover by «team»\nEND:VEVENT",
    ),
    ("vcard", "BEGIN:VCARD\nVERSION:4.0\nFN:«team»\nNOTE:shared mailbox, ticket «ref»\nEND:VCARD"),
    (
        "edi",
        "UNH+1+IFTMIN:D:04A:UN'\nBGM+340+«ref»+9'\nTDT+20+«num»+1++«ship»'\nEQD+CN+«container»'",
    ),
    ("code", '# «heading»\nSTOCK = {"«ref»": «qty», "«ref»": «qty»}  # counted «date»'),
    ("sms", "«company»: your «product» repair «ref» is ready for collection from «weekday»."),
)
