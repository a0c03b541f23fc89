"""val41 templates, data shapes: json, toolcall, yaml, xml and html. Slots as in
`val41_render`."""

from __future__ import annotations

from appliance.testing.pii_corpus.val41_render import Template as T

TEMPLATES: list[T] = [
    # ---- json ----------------------------------------------------------------------
    T("json", "kennel",
      '{\n  "owner": {"name": "⟦p1⟧", "email": "⟦p1.email⟧", "phone": "⟦phone.e164⟧"},\n'
      '  "dog": {"call_name": "⟦pet⟧", "breed": "Gordon setter", "chip": "⟦sku⟧", '
      '"imported_from": "⟦country⟧"},\n'
      '  "registered": "⟦date⟧"\n}'),
    T("json", "pharmacy",
      '{"patient": {"first_name": "⟦p1.g⟧", "last_name": "⟦p1.f⟧", "ssn": "⟦ssn⟧", '
      '"address": "⟦addr⟧"}, "rx": {"formula": "Lugol\'s iodine 2%", "prescriber": "⟦p2⟧"}}'),
    T("json", "bicycle",
      '{\n  "order_id": "⟦order⟧",\n  "customer": "⟦p1⟧",\n  "card_number": "⟦card⟧",\n'
      '  "shipping": {"street": "⟦addr.street⟧", "city": "⟦addr.city⟧"},\n'
      '  "items": [{"sku": "⟦sku⟧", "name": "Brooks saddle B17"}]\n}'),
    T("json", "coastguard",
      '{"station": "⟦city⟧", "gateway_ip": "⟦ip⟧", "duty_officer": "⟦p1⟧", '
      '"contacts": ["⟦phone⟧", "⟦phone2⟧"], "asset": "⟦aircraft⟧", "sea_state": "Douglas 5"}'),
    T("json", "weddings",
      '{"guests": [{"name": "⟦p1⟧", "table": 3, "diet": "vegan"}, {"name": "⟦p2⟧", '
      '"table": 3}, {"name": "⟦p3.lf⟧", "table": 5}],\n "venue": "⟦addr⟧",\n '
      '"menu": ["Beef Wellington", "Peach Melba"]}'),
    T("json", "collecting",
      '{"seller": "⟦p1⟧", "iban": "⟦iban.c⟧", "lots": [{"id": ⟦num⟧, "desc": "Penny Black, '
      'plate 6"}, {"id": ⟦num2⟧, "desc": "Krugerrand"}], "hammer_total": "⟦price⟧"}'),
    T("json", "bells",
      '{"tower": "St Agatha", "method": "Stedman Triples", "changes": 5040, "start": '
      '"⟦time⟧", "bells": 8, "tenor": "14-2-7 in D", "ref": "⟦order⟧"}'),
    T("json", "beekeeping",
      '{"product": "Langstroth hive, deep", "sku": "⟦sku⟧", "price": "⟦price⟧", "stock": 14, '
      '"barcode": "⟦fcard⟧", "api_version": "⟦ver⟧"}'),
    T("json", "weddings",
      '{"dish": "Pavlova", "allergens": ["egg"], "serves": 12, "cost": "⟦price⟧", '
      '"supplier_ref": "⟦order⟧", "pairing": "⟦drink⟧"}'),
    T("json", "optician",
      '{"test": "Ishihara", "plates": 38, "passed": 36, "chart": "Snellen", "next_review": '
      '"⟦date⟧", "device": "Goldmann tonometer ⟦sku⟧"}'),
    T("json", "kennel",
      '{"owner": "⟦p1⟧", "dog": "⟦pet⟧", "named_after": "⟦character⟧", "show": "⟦saint⟧ open '
      'show", "class": "veteran", "contact": "⟦p1.email⟧"}'),
    # ---- toolcall ------------------------------------------------------------------
    T("toolcall", "bicycle",
      '{"tool": "send_sms", "arguments": {"to": "⟦phone.intl⟧", "body": "Hi ⟦p1.g⟧, your '
      'Bowden cable replacement is done. ⟦price⟧ due on collection."}}'),
    T("toolcall", "tattoo",
      '{"name": "create_booking", "arguments": {"client": "⟦p1⟧", "email": "⟦p1.email⟧", '
      '"service": "Monroe piercing", "studio": "⟦city⟧", "slot": "⟦date⟧ ⟦time⟧"}}'),
    T("toolcall", "watchmaker",
      '{"function": "charge_card", "parameters": {"card_number": "⟦card.16⟧", '
      '"cardholder": "⟦p1.uc⟧", "amount": 240.0, "currency": "GBP"}}'),
    T("toolcall", "dental",
      'Calling tool lookup_patient with {"ssn": "⟦ssn⟧", "last_name": "⟦p1.f⟧", '
      '"dob": "⟦date⟧"}'),
    T("toolcall", "fishing",
      '{"tool": "transfer_funds", "input": {"from_account": "⟦acct⟧", "to_iban": "⟦iban⟧", '
      '"beneficiary": "⟦p1⟧", "reference": "⟦inv⟧"}}'),
    T("toolcall", "library",
      '{"name": "block_ip", "arguments": {"ip": "⟦ip⟧", "reason": "brute force on the '
      'catalogue login", "reported_by": "⟦p1.email⟧"}}'),
    T("toolcall", "masons",
      '{"name": "geocode", "arguments": {"address": "⟦addr⟧"}}\n-> {"lat": 54.48, "lon": '
      '-0.61, "confidence": 0.92}'),
    T("toolcall", "coastguard",
      '{"tool": "get_weather", "arguments": {"scale": "Beaufort", "station_id": "⟦sku⟧", '
      '"hours": 24}}'),
    T("toolcall", "library",
      '{"name": "search_catalogue", "arguments": {"query": "Dewey 595.79 bees", "format": '
      '"json", "limit": 20}}'),
    T("toolcall", "pharmacy",
      '{"function": "convert_units", "parameters": {"value": 38.5, "from": "Celsius", "to": '
      '"Fahrenheit"}}'),
    T("toolcall", "bells",
      '{"tool": "lookup_method", "args": {"name": "Bristol Surprise Major", "stage": 8, '
      '"ref": "⟦order⟧"}}'),
    # ---- yaml ----------------------------------------------------------------------
    T("yaml", "choir",
      "concert:\n  date: ⟦date⟧\n  venue: \"⟦addr⟧\"\n  conductor: ⟦p1⟧\n  soloists:\n"
      "    - ⟦p2⟧\n    - ⟦p3.i⟧\n  box_office: ⟦email⟧"),
    T("yaml", "yacht",
      "regatta:\n  host: ⟦city⟧ Rowing Club\n  race_officer: ⟦p1⟧\n  vhf_channel: 72\n"
      "  contacts:\n    - name: ⟦p2⟧\n      phone: \"⟦phone⟧\""),
    T("yaml", "fishing",
      "deploy:\n  hosts:\n    - ⟦ip⟧\n    - ⟦ip2⟧\n  ipv6: \"⟦ip6⟧\"\n  notify: ⟦p1.email⟧\n"
      "  owner: ⟦p1⟧\n  release: ⟦ver⟧"),
    T("yaml", "bicycle",
      "rota:\n  - name: ⟦p1⟧\n    phone: \"⟦phone⟧\"\n    days: [mon, tue]\n  - name: ⟦p2.g⟧\n"
      "    days: [sat]\n# Campagnolo training on ⟦date⟧"),
    T("yaml", "kennel",
      "payouts:\n  - breeder: ⟦p1⟧\n    iban: ⟦iban⟧\n  - breeder: ⟦p2⟧\n    iban: ⟦iban2⟧\n"
      "currency: EUR"),
    T("yaml", "dental",
      "patient:\n  name: ⟦p1⟧\n  ssn: \"⟦ssn⟧\"\n  plan: PPO\n  referring: ⟦p2.t⟧ ⟦p2.f⟧\n"
      "  notes: Hawley retainer review"),
    T("yaml", "beekeeping",
      "hive_types: [Langstroth, Dadant, Warré]\nframes:\n  default: Hoffman\n  alt: Manley\n"
      "app_version: ⟦ver⟧\nbuild: ⟦hash⟧"),
    T("yaml", "boardgame",
      "games:\n  - title: Cluedo\n    characters: [Colonel Mustard, Miss Scarlett, Professor "
      "Plum]\n"
      "  - title: Monopoly\n    mascot: Mr Monopoly\nrating_system: Elo"),
    T("yaml", "nursery",
      "seedbank:\n  collection: Vavilov duplicates\n  accessions: 1422\n  storage_temp_c: -18\n"
      "  last_audit: ⟦date⟧"),
    T("yaml", "circus",
      "show:\n  acts:\n    - Zarrow shuffle routine\n    - Pepper's ghost finale\n  ring: "
      "Astley's ring, 42 ft\n  tickets: ⟦url⟧"),
    T("yaml", "boardgame",
      "quiz:\n  rounds:\n    - ⟦theorem⟧\n    - ⟦algorithm⟧\n    - ⟦score⟧\n  picture_round: "
      "\"⟦building⟧\"\n  prize: ⟦price⟧ bar tab\n  host_bot: ⟦bot⟧"),
    # ---- xml -----------------------------------------------------------------------
    T("xml", "genealogy",
      "<individual id=\"I⟦num⟧\">\n  <name><given>⟦p1.g⟧</given><family>⟦p1.f⟧</family></name>\n"
      "  <birth year=\"⟦year⟧\" place=\"⟦region⟧\"/>\n  <spouse>⟦p2⟧</spouse>\n  <residence "
      "country=\"⟦country⟧\"/>\n</individual>"),
    T("xml", "library",
      "<patron>\n  <name>⟦p1⟧</name>\n  <email>⟦p1.email⟧</email>\n  <branch>⟦city⟧</branch>\n"
      "  <address>⟦addr⟧</address>\n</patron>"),
    T("xml", "circus",
      "<CdtTrfTxInf>\n  <Cdtr><Nm>⟦p1⟧</Nm></Cdtr>\n  <CdtrAcct><Id><IBAN>⟦iban.c⟧</IBAN></Id>"
      "</CdtrAcct>\n  <RmtInf><Ustrd>⟦inv⟧</Ustrd></RmtInf>\n</CdtTrfTxInf>"),
    T("xml", "coastguard",
      "<vessel name=\"⟦ship⟧\">\n  <owner>⟦p1⟧</owner>\n  <phone>⟦phone⟧</phone>\n"
      "  <homeport>⟦city⟧</homeport>\n</vessel>"),
    T("xml", "watchmaker",
      "<order id=\"⟦order⟧\">\n  <customer><family>⟦p1.f⟧</family><given>⟦p1.g⟧</given>"
      "</customer>\n  <payment type=\"card\">⟦card⟧</payment>\n  <item>Breguet hands, "
      "blued</item>\n"
      "</order>"),
    T("xml", "pharmacy",
      "<PID><PatientName>⟦p1.lf⟧</PatientName><SSN>⟦ssn⟧</SSN><Addr>⟦addr⟧</Addr></PID>"),
    T("xml", "bells",
      "<method name=\"Plain Bob Minor\" stage=\"6\">\n  <notation>x16x16x16,12</notation>\n"
      "  <tower dedication=\"St Dunstan\"/>\n</method>"),
    T("xml", "masons",
      "<stone type=\"slate\" height_mm=\"900\">\n  <font family=\"Baskerville\" size=\"48\"/>\n"
      "  <border style=\"Trajan capitals\"/>\n  <quote ref=\"⟦order⟧\">⟦price⟧</quote>\n</stone>"),
    T("xml", "weddings",
      "<menu>\n  <course n=\"1\">Oysters Rockefeller</course>\n  <course n=\"2\">Beef "
      "Stroganoff</course>\n  <course n=\"3\">Crêpes Suzette</course>\n</menu>"),
    T("xml", "collecting",
      "<urlset>\n  <url><loc>⟦url⟧</loc><lastmod>2024-05-02</lastmod></url>\n  <url><loc>"
      "⟦url2⟧</loc><!-- Penny Black gallery --></url>\n</urlset>"),
    # ---- html ----------------------------------------------------------------------
    T("html", "optician",
      "<div class=\"staff\">\n  <h3>⟦p1⟧</h3>\n  <p>Head optometrist, trained on the Goldmann "
      "tonometer</p>\n  <a href=\"mailto:⟦p1.email⟧\">Email</a>\n</div>"),
    T("html", "nursery",
      "<footer><address>⟦addr⟧<br>Tel: <a href=\"tel:⟦phone.e164⟧\">call the potting shed</a>"
      "</address><p>Bramley seedlings back in stock</p></footer>"),
    T("html", "tattoo",
      "<figure><img src=\"/img/⟦hash⟧.jpg\" alt=\"Sailor Jerry swallow by ⟦p1⟧\">"
      "<figcaption>Artist: ⟦p1.g⟧, booked by ⟦p2.i⟧</figcaption></figure>"),
    T("html", "choir",
      "<form action=\"/donate\"><input name=\"holder\" value=\"⟦p1⟧\"><input name=\"iban\" "
      "value=\"⟦iban⟧\"><button>Give</button></form>"),
    T("html", "circus",
      "<p>Congratulations to ⟦p1⟧ and ⟦p2.g⟧ on the Houdini escape at the ⟦city⟧ festival! "
      "Photos by ⟦p3⟧.</p>"),
    T("html", "bells",
      "<ul>\n  <li>⟦p1⟧ (tower captain) <a href=\"⟦p1.url⟧\">profile</a></li>\n  <li>⟦p2⟧ "
      "(steeple keeper)</li>\n</ul>"),
    T("html", "circus",
      "<p>Tonight: ⟦mascot⟧ opens the show, then a ⟦character⟧ look-alike contest and a short film "
      "about ⟦building⟧. Tickets ⟦price⟧.</p>"),
    T("html", "bells",
      "<table><tr><th>Method</th><th>Changes</th></tr><tr><td>Plain Bob Minor</td><td>720</td>"
      "</tr><tr><td>Kent Treble Bob</td><td>5088</td></tr></table>"),
    T("html", "weddings",
      "<ul class=\"menu\"><li>Beef Wellington ⟦price⟧</li><li>Eggs Benedict ⟦price2⟧</li>"
      "<li>⟦drink⟧ ⟦price3⟧</li></ul>"),
    T("html", "library",
      "<h1>How our shelves work</h1><p>We use the Dewey Decimal Classification with Cutter "
      "numbers. Ask at the desk for Ranganathan's five laws.</p>"),
    T("html", "nursery",
      "<div class=\"product\"><h2>Cox's Orange Pippin</h2><span class=\"price\">⟦price⟧</span>"
      "<small>SKU ⟦sku⟧</small></div>"),
]
