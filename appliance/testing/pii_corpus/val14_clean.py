"""Clean templates of val14: the same traffic without any personal data, full of decoys.

No person, place or contact appears in them. What does appear: brands, shops and products
that carry a person's name, fictional and game characters, mascots, assistants and bots,
dishes, drinks and cocktails, grape and apple varieties, paint colours, perfume lines,
yoga and dance styles, ships, racehorses, storms, awards, laws, diseases and theorems named
after people, model names, codenames and hostnames; and numbers that look like phones,
cards or accounts but are order numbers, tracking codes, ISBNs, meter serials and versions
(the `{{d.*}}` decoy slots of `val14_gen`). Written by hand for this part.
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # ------------------------------------------------------------ chat
    (
        "chat",
        "Is the Tesla Model 3 Long Range worth it over the Model Y? Quote was {{d.price}}, order ref {{d.order}}.",
    ),
    ("chat", "Who would win in a fight, Darth Vader or Geralt of Rivia? Asking for our D&D night."),
    (
        "chat",
        "Explain Bayes' theorem like I'm five, then compare it to Dijkstra's algorithm in one table.",
    ),
    (
        "chat",
        "Give me a recipe for Eggs Benedict and a Beef Wellington for 6 people, budget {{d.price}}.",
    ),
    (
        "chat",
        "What's the difference between Pinot Noir and Cabernet Sauvignon? Also is Grenache sweet?",
    ),
    (
        "chat",
        "Our branch printer shows error {{d.code}} after firmware {{d.ver}}. Ticket {{d.ticket}}. What now?",
    ),
    (
        "chat",
        "My Granny Smith apples went soft, can I still bake with them or should I buy Braeburn?",
    ),
    (
        "chat",
        "Help me pick a paint colour: Elephant's Breath or Skimming Stone for a north-facing hallway?",
    ),
    (
        "chat",
        "is Hurricane Katrina the costliest storm ever? compare with Storm Ciarán in a short table",
    ),
    (
        "chat",
        "Summarise the Sarbanes-Oxley Act and the Dodd-Frank Act for a credit union board in 5 bullets.",
    ),
    (
        "chat",
        "what does error E{{d.n}} mean on a Bosch Serie 6 washing machine? model WAU{{d.n}}{{d.n}}GB",
    ),
    (
        "chat",
        "Write a tagline for the new Ben & Jerry's flavour, 'Cookie Dough Chaos', under 8 words.",
    ),
    # ------------------------------------------------------------ email
    (
        "email",
        "Subject: Q{{d.n}} branch KPIs\n\nHi team,\n\nCard disputes fell {{d.pct}} after release {{d.ver}}. The new dashboard (Grafana, board {{d.code}}) goes live {{d.date}}. Please review ticket {{d.ticket}} before Friday.\n\nThanks,\nBranch Operations",
    ),
    (
        "email",
        "Subject: Your order {{d.order}} has shipped\n\nYour Dyson V15 Detect and two Philips Hue bulbs are on their way. Tracking: {{d.track}}. Estimated delivery {{d.date}}.\n\nCustomer Care",
    ),
    (
        "email",
        "Subject: Tariff change from {{d.date}}\n\nDear customer,\n\nYour unit rate changes to {{d.price}} per kWh. Meter serial {{d.meter}}. Your account reference remains the same.\n\nBilling Team",
    ),
    (
        "email",
        "Subject: Exam timetable v{{d.ver}}\n\nDear candidates,\n\nPaper 2 (Pythagoras' theorem and trigonometry) starts at {{d.time}}. Room {{d.room}}. Calculators: Casio fx-{{d.n}}GT only.\n\nExams Office",
    ),
    (
        "email",
        "Subject: Welcome aboard the Queen Mary 2\n\nYour cabin is {{d.room}}, deck {{d.n}}. Dinner in the Princess Grill at {{d.time}}. Booking {{d.ref}}.\n\nGuest Services",
    ),
    # ------------------------------------------------------------ sms
    (
        "sms",
        "Your parcel {{d.track}} is out for delivery today between {{d.time}} and {{d.time}}. Manage: parcelhub.io/t/{{d.code}}",
    ),
    (
        "sms",
        "Top-up of {{d.price}} successful. Voucher code {{d.long}}. Balance {{d.price}}. Thank you!",
    ),
    ("sms", "Your verification code is {{d.code}}. It expires in {{d.dur}}. Do not share it."),
    (
        "sms",
        "REMINDER: MOT due {{d.date}}. Book online with code {{d.code}}. 10% off Michelin tyres this month.",
    ),
    # ------------------------------------------------------------ whatsapp
    (
        "whatsapp",
        "[{{d.time}}] Mum: dinner at 7, making shepherd's pie 🥧\n[{{d.time}}] Me: yes! bringing a Victoria sponge\n[{{d.time}}] Mum: lovely x",
    ),
    (
        "whatsapp",
        "Group 'Book Club 📚': next month we read Harry Potter and the Prisoner of Azkaban (ISBN {{d.isbn}}). Bring snacks!",
    ),
    (
        "whatsapp",
        "[{{d.date}}] Admin: Reminder that the Zumba class moved to {{d.time}}. Salsa and Lindy Hop stay the same. 💃",
    ),
    # ------------------------------------------------------------ letter
    (
        "letter",
        "Dear Customer,\n\nRe: Account review {{d.ref}}\n\nThank you for your letter dated {{d.date}}. We have applied a credit of {{d.price}} to invoice {{d.invoice}}. No further action is needed.\n\nYours faithfully,\nCustomer Relations",
    ),
    (
        "letter",
        "To whom it may concern,\n\nThis confirms that vehicle model Ford Transit Custom, VIN ending {{d.code}}, passed inspection on {{d.date}}.\n\nWorkshop Manager",
    ),
    (
        "letter",
        "Dear Parent/Carer,\n\nYear 10 are visiting the science museum on {{d.date}}. The cost is {{d.price}}. Please complete the online consent form (ref {{d.ref}}).\n\nThe Office",
    ),
    # ------------------------------------------------------------ form
    (
        "form",
        "PRODUCT RETURN FORM\nOrder number: {{d.order}}\nItem: KitchenAid Artisan Mixer, Empire Red\nSKU: {{d.sku}}\nReason: motor noise\nRefund method: original payment",
    ),
    (
        "form",
        "Meter reading submission\nMeter serial: {{d.meter}}\nReading: {{d.big}}\nDate: {{d.date}}\nType: Economy 7",
    ),
    (
        "form",
        "Equipment booking – sports hall\nActivity: Pilates (intermediate)\nSlot: {{d.time}}\nCourt: {{d.n}}\nBooking ref: {{d.ref}}",
    ),
    # ------------------------------------------------------------ review
    (
        "review",
        "★★★★★ The Nespresso Vertuo makes a great flat white. Pod subscription code {{d.code}} got me {{d.pct}} off.",
    ),
    (
        "review",
        "4/5 – the Hugo Boss Bottled perfume lasts all day but the bottle cap feels cheap. Order {{d.order}}.",
    ),
    (
        "review",
        "Loved the Elden Ring DLC, Malenia is still the hardest boss. 60 hours in, patch {{d.ver}}.",
    ),
    (
        "review",
        "The hotel's Eggs Royale were perfect, the Bellini too. Room {{d.room}} had a lovely view of the car lot though 😅",
    ),
    # ------------------------------------------------------------ notes
    (
        "notes",
        "Sprint {{d.n}} retro\n- Jenkins pipeline flaky (job {{d.code}})\n- Kubernetes upgrade to {{d.ver}} done\n- Hermes codename retired, now 'Project Kestrel'\n- Action: pin Django {{d.ver}}",
    ),
    (
        "notes",
        "Shopping: Kellogg's Corn Flakes, Heinz beans, Ben & Jerry's Phish Food, Pink Lady apples, Earl Grey",
    ),
    (
        "notes",
        "Garage job {{d.n}}: Volkswagen Golf, Mercedes Sprinter, Porsche Macan – all booked for {{d.date}}. Parts order {{d.order}}.",
    ),
    (
        "notes",
        "Choir set list: 'Ave Maria', 'Hallelujah', 'Abide with Me', 'Bohemian Rhapsody' arrangement v{{d.ver}}.",
    ),
    # ------------------------------------------------------------ transcript
    (
        "transcript",
        "Agent: Thanks for calling, how can I help?\nCaller: My Samsung Galaxy S{{d.n}} won't charge.\nAgent: Can you read me the IMEI-like serial on the box? It starts with {{d.code}}.\nCaller: OK.\nAgent: I've raised repair ticket {{d.ticket}}.",
    ),
    (
        "transcript",
        "[{{d.time}}] Instructor: Mirror, signal, manoeuvre.\n[{{d.time}}] Learner: Got it.\n[{{d.time}}] Instructor: Take the second exit, then the Hyundai dealership on the left.",
    ),
    (
        "transcript",
        "Host: Welcome back to Chess Talk. Today: the Ruy Lopez, the Queen's Gambit and the Caro-Kann.\nGuest: The Caro-Kann is underrated at club level.\nHost: Agreed.",
    ),
    # ------------------------------------------------------------ ticket
    (
        "ticket",
        "{{d.ticket}} | P2 | Payroll export fails on rows > {{d.big}}\nComponent: payroll-exporter {{d.ver}}\nSeen on host payroll-athena-{{d.n}}\nWorkaround: rerun job {{d.code}}",
    ),
    (
        "ticket",
        "{{d.ticket}}: Card reader at front desk shows 'Contact issuer' for every transaction since {{d.date}}. Terminal ID {{d.code}}, firmware {{d.ver}}.",
    ),
    (
        "ticket",
        "BUG {{d.ticket}}: 'Parkinson's clinic' label truncated to 'Parkinso' on appointment screen (build {{d.hash}}).",
    ),
    # ------------------------------------------------------------ json
    (
        "json",
        '{"order": "{{d.order}}", "items": [{"sku": "{{d.sku}}", "name": "Le Creuset Signature Casserole", "colour": "Volcanic"}, {"sku": "{{d.sku}}", "name": "Victorinox Swiss Army knife"}], "total": "{{d.price}}"}',
    ),
    (
        "json",
        '{"event": "loan.renewed", "item": {"isbn": "{{d.isbn}}", "title": "Fourier Analysis for Engineers"}, "due": "{{d.date}}", "branch_code": "{{d.code}}"}',
    ),
    (
        "json",
        '{"storm": "Ciarán", "category": "Amber", "valid_from": "{{d.iso}}T{{d.time}}", "ferries_cancelled": {{d.n}}}',
    ),
    (
        "json",
        '{"bot": "Ask Ava", "version": "{{d.ver}}", "intents": ["top_up", "balance", "lost_card"], "fallback": "Sorry, I did not get that."}',
    ),
    # ------------------------------------------------------------ csv
    (
        "csv",
        "sku,product,finish,price\n{{d.sku}},iPhone 15 case,Midnight,{{d.price}}\n{{d.sku}},Galaxy Buds,Lavender,{{d.price}}\n{{d.sku}},Apple Watch band,Starlight,{{d.price}}",
    ),
    (
        "csv",
        "meter,reading,date,tariff\n{{d.meter}},{{d.big}},{{d.date}},Economy 7\n{{d.meter}},{{d.big}},{{d.date}},Standard",
    ),
    (
        "csv",
        "horse,jockey_silks,odds,race\nFrankel II,blue,5/1,{{d.time}} Handicap\nRed Rum Legacy,green,12/1,{{d.time}} Chase\nSea The Stars Jr,white,3/1,{{d.time}} Stakes",
    ),
    (
        "csv",
        "tracking,weight_kg,status\n{{d.track}},{{d.n}}.2,IN_TRANSIT\n{{d.track}},{{d.n}}.8,DELIVERED\n{{d.track}},{{d.n}}.0,HELD_AT_DEPOT",
    ),
    # ------------------------------------------------------------ markdown_table
    (
        "markdown_table",
        "| Cocktail | Base | Price |\n|---|---|---|\n| Tom Collins | gin | {{d.price}} |\n| Bloody Mary | vodka | {{d.price}} |\n| Shirley Temple | none | {{d.price}} |\n| Rob Roy | whisky | {{d.price}} |",
    ),
    (
        "markdown_table",
        "| Law | Year | Scope |\n|---|---|---|\n| Ohm's law | 1827 | circuits |\n| Hooke's law | 1676 | springs |\n| Megan's Law | 1996 | registry |",
    ),
    (
        "markdown_table",
        "| Build | Status | Duration |\n|---|---|---|\n| {{d.hash}} | passed | {{d.dur}} |\n| {{d.hash}} | failed | {{d.dur}} |",
    ),
    # ------------------------------------------------------------ html
    (
        "html",
        '<ul class="menu"><li>Margherita – {{d.price}}</li><li>Caesar salad – {{d.price}}</li><li>Peach Melba – {{d.price}}</li></ul>',
    ),
    (
        "html",
        '<div class="product"><h2>Chanel No. 5 Eau de Parfum</h2><p>SKU {{d.sku}}</p><span class="price">{{d.price}}</span></div>',
    ),
    (
        "html",
        '<nav><a href="/accounts">Accounts</a><a href="/cards">Cards</a><a href="/help?topic={{d.code}}">Help</a></nav><footer>v{{d.ver}}</footer>',
    ),
    # ------------------------------------------------------------ xml
    (
        "xml",
        '<order id="{{d.order}}"><line sku="{{d.sku}}" qty="2">Toblerone 360g</line><line sku="{{d.sku}}" qty="1">Lindt Excellence</line></order>',
    ),
    (
        "xml",
        "<build><project>jasper-reports</project><version>{{d.ver}}</version><commit>{{d.hash}}</commit></build>",
    ),
    (
        "xml",
        '<tariff code="{{d.code}}"><name>Green Saver</name><unit_rate>{{d.price}}</unit_rate><standing_charge>{{d.price}}</standing_charge></tariff>',
    ),
    # ------------------------------------------------------------ code
    (
        "code",
        'def luhn_checksum(number: str) -> int:\n    # Luhn\'s algorithm; see ISO/IEC 7812\n    digits = [int(d) for d in number]\n    return sum(digits[-1::-2]) % 10\n\nORDER_ID = "{{d.order}}"',
    ),
    (
        "code",
        'class MarvinBot(Bot):\n    """Chat-ops bot named after the paranoid android."""\n    VERSION = "{{d.ver}}"\n    def on_deploy(self, sha: str = "{{d.hash}}") -> None: ...',
    ),
    (
        "code",
        'SELECT_TIMEOUT_MS = {{d.n}}000\nRETRY = {{d.n}}\nHOST = "db-hermes-{{d.n}}.internal"\n# TODO: migrate off Cassandra before {{d.date}}',
    ),
    (
        "code",
        "test('renders Pikachu card', () => {\n  render(<Card name=\"Pikachu\" hp={{d.n}} />);\n  expect(screen.getByText('Pikachu')).toBeVisible();\n});",
    ),
    # ------------------------------------------------------------ log
    (
        "log",
        "{{d.date}} {{d.time}} INFO deploy: service=payments version={{d.ver}} commit={{d.hash}} host=k8s-node-{{d.n}}\n{{d.date}} {{d.time}} WARN deploy: rollout paused at {{d.pct}}",
    ),
    (
        "log",
        "{{d.date}} {{d.time}} depot.scan {{d.track}} OUT_FOR_DELIVERY van=V{{d.n}}\n{{d.date}} {{d.time}} depot.scan {{d.track}} DELIVERED",
    ),
    (
        "log",
        "[{{d.time}}] ERROR sentry: TypeError in HopperWidget.render (release {{d.ver}}), {{d.n}} events",
    ),
    # ------------------------------------------------------------ yaml
    (
        "yaml",
        'service: ledger-api\nimage: registry.local/ledger:{{d.ver}}\nreplicas: {{d.n}}\nenv:\n  FEATURE_MAGNOLIA: "true"\n  TIMEOUT_MS: "{{d.big}}"',
    ),
    (
        "yaml",
        "ships:\n  - name: Queen Mary 2\n    deck_plan: v{{d.ver}}\n  - name: Mayflower Spirit\n    deck_plan: v{{d.ver}}",
    ),
    (
        "yaml",
        "paint_range:\n  - Sage Whisper\n  - Hazel Mist\n  - Jasper Red\n  - Olive Grove\nsku_prefix: {{d.code}}",
    ),
    # ------------------------------------------------------------ toolcall
    ("toolcall", '{"tool": "track_parcel", "arguments": {"tracking": "{{d.track}}"}}'),
    (
        "toolcall",
        '{"tool": "search_catalogue", "arguments": {"query": "Fermat\'s Last Theorem", "isbn": "{{d.isbn}}"}}',
    ),
    ("toolcall", 'get_tariff(code="{{d.code}}", region_code="{{d.n}}", valid_on="{{d.date}}")'),
    # ------------------------------------------------------------ sql
    (
        "sql",
        "SELECT sku, name FROM products WHERE brand IN ('Porsche Design', 'Ralph Lauren', 'Tommy Hilfiger') AND price < {{d.price}};",
    ),
    (
        "sql",
        "UPDATE orders SET status = 'SHIPPED', tracking = '{{d.track}}' WHERE order_id = '{{d.order}}';",
    ),
    ("sql", "CREATE INDEX idx_meter_serial ON readings (meter_serial); -- e.g. {{d.meter}}"),
    # ------------------------------------------------------------ srt
    (
        "srt",
        "1\n00:00:01,000 --> 00:00:03,500\nWelcome to Bank Basics, episode {{d.n}}.\n\n2\n00:00:03,600 --> 00:00:06,000\nToday: what is an overdraft?",
    ),
    (
        "srt",
        "7\n00:02:10,000 --> 00:02:13,000\nMario jumps on the Goomba.\n\n8\n00:02:13,100 --> 00:02:16,000\nLuigi, over here!",
    ),
    (
        "srt",
        "3\n00:00:09,000 --> 00:00:12,000\nThis Ashtanga sequence takes about {{d.dur}}.\n\n4\n00:00:12,100 --> 00:00:15,000\nBreathe in, and lift.",
    ),
    # ------------------------------------------------------------ ics
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Sprint review – Project Jasper\nDTSTART:{{d.ymd}}T1400\nLOCATION:Room Atlas {{d.n}}\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Choir rehearsal – Requiem in D minor\nDTSTART:{{d.ymd}}T1900\nDESCRIPTION:Bring score edition {{d.isbn}}\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Boiler service (Vaillant ecoTEC)\nDTSTART:{{d.ymd}}T0800\nDESCRIPTION:Job {{d.ref}}\nEND:VEVENT",
    ),
    # ------------------------------------------------------------ vcard
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:4.0\nKIND:application\nFN:Ask Ava (banking assistant)\nORG:Harbour Credit Union\nNOTE:Bot build {{d.ver}}\nEND:VCARD",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Front Desk\nORG:Leisure Services\nNOTE:Shared account\\, ticket {{d.ticket}}\nEND:VCARD",
    ),
    # ------------------------------------------------------------ latex
    (
        "latex",
        "\\begin{theorem}[Fermat's Last Theorem]\nThere are no positive integers $a,b,c$ with $a^n+b^n=c^n$ for $n>2$.\n\\end{theorem}\nSee also the Euler--Lagrange equation, eq.~({{d.n}}).",
    ),
    (
        "latex",
        "\\section{Kalman filter tuning}\nWe set $Q = {{d.n}} I$ and use a Gaussian prior. Results in Table~{{d.n}}, commit \\texttt{{{d.hash}}}.",
    ),
    (
        "latex",
        "\\begin{tabular}{lr}\nAsset & Value \\\\\nMortgage book & {{d.big}} \\\\\nCard receivables & {{d.big}} \\\\\n\\end{tabular}",
    ),
    # ------------------------------------------------------------ ocr
    (
        "ocr",
        "RECEIPT\nMARKS & SPENCER\nPERCY PIG SWEETS   {{d.price}}\nCOLIN THE CATERPILLAR CAKE   {{d.price}}\nTOTAL {{d.price}}\nTXN {{d.long}}",
    ),
    (
        "ocr",
        "ELECTRICITY STATEMENT\nMETER {{d.meter}}\nUSAGE {{d.kwh}}\nINVOICE {{d.invoice}}\nDUE {{d.date}}",
    ),
    (
        "ocr",
        "LIBRARY RECEIPT\nDUE {{d.date}}\nTHE ADVENTURES OF TINTIN  {{d.isbn}}\nDON QUIXOTE  {{d.isbn}}",
    ),
    # ------------------------------------------------------------ hl7
    (
        "hl7",
        "MSH|^~\\&|LAB|OUTPT|||{{d.date}}||ORU^R01|{{d.n}}{{d.n}}|P|2.5\nOBR|1||{{d.code}}|HbA1c\nOBX|1|NM|HBA1C||{{d.n}}|mmol/mol|20-42|H",
    ),
    (
        "hl7",
        "MSH|^~\\&|PHARM|CLINIC|||{{d.date}}||RDE^O11|{{d.code}}|T|2.5\nRXE|1|Paracetamol 500mg||{{d.n}}|tab",
    ),
    # ------------------------------------------------------------ voice
    ("voice", "hey google set a timer for twenty minutes and add oat milk to the shopping list"),
    ("voice", "alexa play the lindy hop playlist and turn the living room lights to warm white"),
    ("voice", "siri whats the weather tomorrow and remind me to renew the car tax at nine"),
]
