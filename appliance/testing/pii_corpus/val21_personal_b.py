"""Templates with personal data for the val21 part of the labelled PII corpus: what
applications and developers send (JSON, CSV, Markdown tables, HTML, XML, code, logs, YAML,
tool calls, SQL, calendar files, vCards, LaTeX). Written by hand for this part; slots as in
`val21_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val21_gen import Template as T

TEMPLATES: tuple[T, ...] = (
    # --- json -----------------------------------------------------------------------------
    T("b_json_split_name", "json",
      'Validate this payload:\n{"applicant": {"first": "«p1.first»", "last": "«p1.last»", '
      '"email": "«pe1»", "phone": "«ph»"}, "programme": "MSc Marine Biology", "intake": '
      '"«date»"}'),
    T("b_json_donor", "json",
      '[{"donor": "«p1»", "group": "A+", "ssn": "«ssn»"}, {"donor": "«p2»", "group": "O-", '
      '"ssn": "«ssn2»"}]\nWhich donor is universal?'),
    T("b_json_crew", "json",
      '{"rig": "Platform Kestrel", "shift": "«date»", "crew": ["«p1»", "«p2.init»", '
      '"«x1»"], "medic": {"name": "«p3»", "sat_phone": "«ph»"}, "heliport": "«city»"}'),
    T("b_json_webhook", "json",
      'Our webhook got this, why is amount null?\n{"event": "payment.failed", "payer": '
      '"«p1.upper»", "card": "«cc»", "ip": "«ip»", "amount": null, "order": "«order»"}'),
    T("b_json_consulate", "json",
      '{"case": "«ref»", "applicant": "«p1.lcf»", "born": "«city», «country»", '
      '"contact": {"tel": "«ph»", "mail": "«em»"}, "officer": "«p2.first»"}'),
    T("b_json_transfer", "json",
      '{"beneficiary": "«p1»", "iban": "«iban»", "reference": "«ref»", "note": "for «p2.first»"}'),
    T("b_json_tagged", "json",
      'Extract the people: {"text": "per «p1.first», the shipment leaves «city» on «date» '
      'with «p2»", "lang": "en"}'),
    T("b_json_sepa_batch", "json",
      '{"batch": "«ref»", "payments": [{"to": "«p1»", "iban": "«iban.de»"}, {"to": "«p2»", '
      '"iban": "«iban2.nl»"}, {"to": "«x1»", "iban": "«iban3»"}]}'),
    # --- csv ------------------------------------------------------------------------------
    T("b_csv_members", "csv",
      "member_id,surname,given,phone,parish\n«n»,«p1.last»,«p1.first»,«ph»,«city»\n"
      "«n»,«p2.last»,«p2.first»,«ph2»,«city2»\n«n»,«w1.last»,«w1.first»,«ph3»,«city»"),
    T("b_csv_roster", "csv",
      "Fix the quoting in this roster:\ncrew,role,base\n\"«p1.lcf»\",captain,«city»\n"
      "\"«p2.lcf»\",first officer,«city»\n\"«x1.last», «x1.first»\",cabin,«city2»"),
    T("b_csv_payments", "csv",
      "payee;iban;amount\n«p1»;«iban»;«price»\n«p2»;«iban2»;«price»\n"
      "Why does Excel split these wrong?"),
    T("b_csv_trial", "csv",
      "site,participant,ssn,coordinator\nSITE-«n»,«p1.init»,«ssn»,«p2.first»\n"
      "SITE-«n»,«p3.init»,«ssn2»,«p2.first»"),
    T("b_csv_voters", "csv",
      "polling_station,address,presiding_officer,phone\n«n»,\"«addr»\",«p1»,«ph»\n"
      "«n»,\"«addr2»\",«p2»,«ph2»"),
    T("b_csv_chargebacks", "csv",
      "case,cardholder,card,amount\n«ticket»,«p1.upper»,«cc»,«price»\n«ticket»,«p2.upper»,"
      "«cc2»,«price»\nWhich rows are duplicates?"),
    T("b_csv_phone_tree", "csv",
      "Dedupe this call tree:\nname,mobile,landline\n«p1»,«ph»,«ph2»\n«p2.lcf»,«ph3»,\n"
      "«p1»,«ph»,«ph2»"),
    # --- markdown tables ------------------------------------------------------------------
    T("b_md_visitors", "markdown_table",
      "| Visitor | Prisoner | Slot | Phone |\n|---|---|---|---|\n| «p1» | «p2.lcf» | «time» | "
      "«ph» |\n| «p3» | «p4.lcf» | «time» | «ph2» |"),
    T("b_md_guests", "markdown_table",
      "Podcast guests:\n\n| Ep | Guest | From | Email |\n|----|-------|------|-------|\n"
      "| «n» | «p1» | «country» | «pe1» |\n| «n» | «x1» | «country2» | «em» |"),
    T("b_md_accounts", "markdown_table",
      "| Holder | Account number | Bank |\n|:--|:--|:--|\n| «p1» | «acct» | Harbour Mutual |\n"
      "| «p2» | «acct2» | Harbour Mutual |"),
    T("b_md_lab", "markdown_table",
      "| Bench | Owner | Host |\n|---|---|---|\n| B-«n» | «p1.first» | «ip» |\n| B-«n» | "
      "«p2.first» | «ipv» |\nwho owns the IPv6 box?"),
    # --- html -----------------------------------------------------------------------------
    T("b_html_staff", "html",
      '<ul class="staff">\n  <li><a href="/staff?name=ab">«p1»</a> — «ph»</li>\n  <li>'
      '<a href="mailto:«pe2»">«p2»</a></li>\n</ul>\nTurn this into a table.'),
    T("b_html_article", "html",
      '<article><p class="byline">By «p1.upper»</p><p>«p2», a crofter from «region», '
      'told us…</p><p>Photo: «p3.init»</p></article>'),
    T("b_html_form", "html",
      '<input name="fullname" value="«p1»">\n<input name="tel" value="«ph»">\n'
      '<input name="card" value="«cc»">\nWhy does autofill break?'),
    T("b_html_table", "html",
      "<table><tr><th>Name</th><th>City</th></tr><tr><td>«p1»</td><td>«city»</td></tr>"
      "<tr><td>«p2»</td><td>«city2»</td></tr></table>"),
    # --- xml ------------------------------------------------------------------------------
    T("b_xml_manifest", "xml",
      "<manifest vessel=\"«imo»\">\n  <shipper><name>«p1»</name><tel>«ph»</tel></shipper>\n"
      "  <consignee><name>«p2.upper»</name><addr>«addr»</addr></consignee>\n</manifest>"),
    T("b_xml_patient", "xml",
      "<patient><family>«p1.last»</family><given>«p1.first»</given><ssn>«ssn»</ssn>"
      "<gp>«p2»</gp></patient>"),
    T("b_xml_sepa", "xml",
      "<CdtTrfTxInf><Cdtr><Nm>«p1.upper»</Nm></Cdtr><CdtrAcct><Id><IBAN>«iban»</IBAN></Id>"
      "</CdtrAcct><RmtInf>«ref»</RmtInf></CdtTrfTxInf>"),
    T("b_xml_rss", "xml",
      "<item><title>Ep «n»: «p1» on the herring quota</title><author>«pe2» («p2»)</author>"
      "</item>"),
    # --- code -----------------------------------------------------------------------------
    T("b_code_fixture", "code",
      "def test_visit_booking():\n    visitor = Visitor(name=\"«p1»\", phone=\"«ph»\")\n"
      "    inmate = Inmate(name=\"«p2.lcf»\")\n    assert book(visitor, inmate).ok\n\n"
      "Why does this fail on CI?"),
    T("b_code_review", "code",
      "Review please:\n```python\n# TODO(«p1.lfirst»): remove hardcoded owner\n"
      "OWNER = \"«p2»\"\nOWNER_EMAIL = \"«pe2»\"\nNOTIFY = [\"«em»\"]\n```"),
    T("b_code_js", "code",
      "const seed = [\n  { name: '«p1»', city: '«city»' },\n  { name: '«x1»', city: '«city2»' "
      "},\n  { name: '«w1»', city: '«city»' },\n];\n// «p2.first» says sort by city"),
    T("b_code_sql_in_py", "code",
      "cur.execute(\"UPDATE donors SET phone = %s WHERE ssn = %s\", (\"«ph.us»\", \"«ssn»\"))\n"
      "# reported by «p1.first»"),
    T("b_code_ini", "code",
      "[smtp]\nhost = «ip»\nuser = «pe1»\n; maintainer: «p1», on-call «ph»"),
    T("b_code_go", "code",
      "func TestCardMask(t *testing.T) {\n\tgot := Mask(\"«cc»\")\n\t// «p1.first» wrote "
      "this\n\tif got == \"\" {\n\t\tt.Fatal(\"empty\")\n\t}\n}"),
    T("b_code_diff", "code",
      "--- a/fixtures/users.py\n+++ b/fixtures/users.py\n-    \"«p1»\",\n+    \"«p2»\",\n"
      "+    \"«p3»\",\nIs this diff safe to merge? author «p4.first»"),
    # --- log ------------------------------------------------------------------------------
    T("b_log_auth", "log",
      "«iso»T«time»:12Z WARN auth: failed login user=«pe1» src=«ip»\n«iso»T«time»:40Z INFO "
      "auth: login ok user=«pe1» src=«ip2»\nWhat happened here?"),
    T("b_log_dispatch", "log",
      "[CAD] «time» call from «ph» caller=\"«p1»\" loc=\"«addr»\" unit=E«n»\n[CAD] «time» "
      "unit E«n» on scene, crew lead «p2.init»"),
    T("b_log_payment", "log",
      "ERROR PaymentService: declined card=«cc» holder=«p1.upper» ip=«ipv» code=05"),
    T("b_log_nginx", "log",
      "«ip» - - [«date»:«time»:01 +0000] \"GET /visits?name=x HTTP/1.1\" 200 512\n"
      "«ip2» - - [«date»:«time»:09 +0000] \"POST /login HTTP/1.1\" 401 77\nblock these?"),
    T("b_log_app", "log",
      "DEBUG census.sync household=«ref» respondent=«p1.lower» region=«region» "
      "phone=«ph»"),
    T("b_log_sms_gateway", "log",
      "sms.out to=«ph» body=\"Hi «p1.first», your blood donation slot is «time»\" status=sent"),
    T("b_log_sepa", "log",
      "WARN sepa.validate creditor=\"«p1»\" iban=«iban» reason=NAME_MISMATCH\n"
      "WARN sepa.validate creditor=\"«p2.lcf»\" iban=«iban2» reason=OK_AFTER_RETRY"),
    # --- yaml -----------------------------------------------------------------------------
    T("b_yaml_oncall", "yaml",
      "oncall:\n  primary: «p1»\n  secondary: «p2»\n  escalation:\n    - «p3.init»\n"
      "    - «ph»\nnotify: «em»"),
    T("b_yaml_fixture", "yaml",
      "applicants:\n  - name: «p1»\n    country: «country»\n    ssn: \"«ssn»\"\n"
      "  - name: «p2.lcf»\n    country: «country2»\n    ssn: \"«ssn2»\""),
    T("b_yaml_hosts", "yaml",
      "hosts:\n  trawler-gw: «ip»\n  lab-nas: «ipv»\nowner: «p1.first»  # ask «p1.first» "
      "before reboot"),
    T("b_yaml_payroll", "yaml",
      "employee: «p1»\nbank:\n  account_number: \"«acct»\"\n  iban: «iban»\naddress: «addr»"),
    # --- tool calls -----------------------------------------------------------------------
    T("b_tool_send_sms", "toolcall",
      '{"tool": "send_sms", "arguments": {"to": "«ph»", "message": "«p1.first», your visit '
      'with «p2» is on «date»"}}'),
    T("b_tool_lookup", "toolcall",
      'call: crm.lookup_customer(name="«p1»", email="«pe1»")\nresult: {"id": «n», "city": '
      '"«city»", "phone": "«ph»"}'),
    T("b_tool_charge", "toolcall",
      '<tool_call>{"name": "charge_card", "args": {"card_number": "«cc»", "name": '
      '"«p1.upper»", "amount": "«price»"}}</tool_call>'),
    T("b_tool_calendar", "toolcall",
      'Function call create_event(title="Casework: «p1»", attendees=["«pe2»", "«em»"], '
      'location="«addr»")'),
    T("b_tool_geocode", "toolcall",
      '{"function": "geocode", "parameters": {"query": "«addr»"}, "requested_by": "«p1»"}'),
    T("b_tool_bank", "toolcall",
      'tool=transfer account_number=«acct» beneficiary="«p1»" memo="rent «date»"'),
    # --- sql ------------------------------------------------------------------------------
    T("b_sql_insert", "sql",
      "INSERT INTO visitors (name, phone, prisoner) VALUES\n  ('«p1»', '«ph»', '«p2.lcf»'),\n"
      "  ('«x1»', '«ph2»', '«p3.lcf»');"),
    T("b_sql_where", "sql",
      "SELECT * FROM applicants WHERE surname = '«p1.last»' AND given = '«p1.first»' "
      "AND ssn = '«ssn»';"),
    T("b_sql_update", "sql",
      "UPDATE crew SET base = '«city»', bank_acct = '«acct»' WHERE name = '«p1»';\n"
      "-- requested by «p2.first», approved by «p3.first»"),
    T("b_sql_result", "sql",
      "Explain this result:\n id | name | ip\n----+------+----\n «n» | «p1» | «ip»\n "
      "«n» | «p2» | «ip2»"),
    # --- ics / vcard ----------------------------------------------------------------------
    T("b_ics_visit", "ics",
      "BEGIN:VEVENT\nSUMMARY:Prison visit - «p1»\nDTSTART:20250314T140000Z\nLOCATION:«addr»\n"
      "ORGANIZER;CN=«p2»:mailto:«pe2»\nEND:VEVENT"),
    T("b_ics_surgery", "ics",
      "BEGIN:VEVENT\nSUMMARY:MP surgery with «p1.last»\nLOCATION:«city» library\n"
      "DESCRIPTION:constituent «p2» re housing\\, tel «ph»\nEND:VEVENT"),
    T("b_ics_crew", "ics",
      "BEGIN:VEVENT\nSUMMARY:«flight» crew briefing\nATTENDEE;CN=«p1»:mailto:«pe1»\n"
      "ATTENDEE;CN=«p2»:mailto:«em»\nEND:VEVENT"),
    T("b_vcard_agent", "vcard",
      "BEGIN:VCARD\nVERSION:3.0\nN:«p1.last»;«p1.first»;;;\nFN:«p1»\nTEL;TYPE=cell:«ph»\n"
      "EMAIL:«pe1»\nADR:;;«addr»;;;\nEND:VCARD"),
    T("b_vcard_broker", "vcard",
      "Import fails on this card:\nBEGIN:VCARD\nFN:«x1»\nORG:Harbour Customs Brokers\n"
      "TEL:«ph»\nTEL;TYPE=fax:«ph2»\nEND:VCARD"),
    T("b_vcard_friend", "vcard",
      "BEGIN:VCARD\nFN:«w1»\nNICKNAME:«k1»\nTEL:«ph»\nNOTE:met at the choir in «city»\n"
      "END:VCARD"),
    # --- latex ----------------------------------------------------------------------------
    T("b_latex_paper", "latex",
      "\\author{«p1» \\and «x1» \\and «p2.init»}\n\\affil{Marine Lab, «city»}\n"
      "\\thanks{Correspondence: \\texttt{«pe1»}}"),
    T("b_latex_ack", "latex",
      "\\section*{Acknowledgements}\nWe thank «p1» and «p2.fi» for field data from "
      "«region», and «w1» for the Gödel numbering proof sketch."),
    T("b_latex_letter", "latex",
      "\\begin{letter}{«p1» \\\\ «addr»}\n\\opening{Dear «p1.first»,}\nYour account number "
      "«acct» is closed.\n\\closing{«p2»}\n\\end{letter}"),
)  # fmt: skip
