"""Templates with personal data of val20 (second half): structured and developer shapes,
json, csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, ics, vcard and latex:
data exports, fixtures, error reports, chat-ops and code review from the businesses of
val20 (clinics, gyms, salons, hotels, storage, dating-app support ...).

Written by hand by the val20 author, who read only the package's `__init__.py` and
`validity.py`. Slots are described in `val20_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val20_gen import Template, templates

_T: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ json
    (
        "json",
        '{"patient": {"given": "«a.first»", "family": "«a.last»", "dob": "«date»", '
        '"phone": "«ph1»", "email": "«a.email»"}, "optician": "«b»", "lens": "«sku»"}',
    ),
    (
        "json",
        'Why does this fail schema validation?\n{"member_id": "«order»", "name": '
        '"«a.upper»", "card": "«card»", "home_club": "«city»", "plan": "«ep.model»"}',
    ),
    (
        "json",
        '[{"guest": "«a.rev»", "room": «room», "ip": "«ip»"}, {"guest": "«b.rev»", '
        '"room": «room», "ip": "«ip2»"}]',
    ),
    (
        "json",
        '{"event": "payout.failed", "host": {"name": "«a»", "iban": "«iban»", '
        '"address": "«addr»"}, "listing": "«ref»", "retry": true}',
    ),
    (
        "json",
        '{"contacts": ["«a.email»", "«b.email»"], "owner": "«c.flower»", "notes": '
        '"friend of «d.first»; met in «city»"}',
    ),
    (
        "json",
        '{"tutor": "«a@sf»", "student": "«b.first»", "guardian": {"name": "«c»", '
        '"tel": "«ph1.intl»"}, "subject": "Bayes\' theorem revision"}',
    ),
    # ------------------------------------------------------------------ csv
    (
        "csv",
        "first_name,last_name,phone,city\n«a.first»,«a.last»,«ph1»,«city»\n«b.first»,"
        "«b.last»,«ph2»,«city2»",
    ),
    (
        "csv",
        "Can you dedupe this export?\nname;email;plan\n«a»;«a.email»;Gold\n«a.lower»;"
        "«a.email»;Gold\n«b»;«b.email»;Flex",
    ),
    (
        "csv",
        "date,member,acct,amount\n«date»,«a.rev»,«acct»,«price»\n«date2»,«b.rev»,«acct2»,«price2»",
    ),
    ("csv", "booking_ref,lead_guest,card,ip\n«ref»,«a»,«card»,«ip»\n«order»,«b»,«card2»,«ip2»"),
    (
        "csv",
        '"Surname","Forename","SSN","Address"\n"«a@us.lupper»","«a@us.first»","«ssn»","«addr»"',
    ),
    ("csv", "pupil,instructor,test_centre,mobile\n«a.first» «a.last»,«b.init»,«city»,«ph1.nat»"),
    # ------------------------------------------------------------------ markdown_table
    (
        "markdown_table",
        "| Name | Role | Phone |\n|---|---|---|\n| «a» | Bride | «ph1» |\n"
        "| «b» | Groom | «ph2» |\n| «c» | Planner | «ph3» |",
    ),
    (
        "markdown_table",
        "Rota for «date»:\n\n| Shift | Staff |\n|---|---|\n| AM | «a.first» / "
        "«b.first» |\n| PM | «c.first»; «d.first» |",
    ),
    (
        "markdown_table",
        "| Unit | Tenant | IBAN |\n| --- | --- | --- |\n| «room» | «a.rev» | "
        "«iban» |\n| «room» | «b.rev» | «iban2» |",
    ),
    (
        "markdown_table",
        "| guest | from | allergy |\n|--|--|--|\n| «a@diac» | «country» | "
        "nuts |\n| «b@diac.ascii» | «city2» | none |",
    ),
    (
        "markdown_table",
        "|Player|Club|Email|\n|-|-|-|\n|«a.lower»|chess club|«a.email»|\n"
        "|«w»|chess club|«w.email»|",
    ),
    # ------------------------------------------------------------------ html
    (
        "html",
        '<div class="staff-card"><h3>«a»</h3><p>Senior stylist</p><a href="tel:«ph1»">'
        "«ph1»</a></div>",
    ),
    (
        "html",
        "<p>Thank you, <strong>«a.first»</strong>! Your table at «ep.dish» night is "
        'booked. Questions: <a href="mailto:«em»">«em»</a></p>',
    ),
    (
        "html",
        "<ul>\n  <li>«a.rev»</li>\n  <li>«b.rev»</li>\n  <li>«c.rev»</li>\n</ul>\n"
        "Why do these render without bullets?",
    ),
    (
        "html",
        '<form><input name="name" value="«a»"><input name="card" value="«card»">'
        '<input name="zip" value="«addr»"></form>',
    ),
    (
        "html",
        "<tr><td>«a.upper»</td><td>«ip»</td><td>blocked</td></tr><tr><td>«b.upper»"
        "</td><td>«ip6»</td><td>ok</td></tr>",
    ),
    (
        "html",
        '<footer>Handcrafted by <a href="https://example.org/?ref=footer">«a»</a> in '
        "«city» · «year»</footer>",
    ),
    # ------------------------------------------------------------------ xml
    (
        "xml",
        '<booking id="«order»"><guest>«a»</guest><phone>«ph1»</phone><email>«a.email»'
        "</email><arrival>«date»</arrival></booking>",
    ),
    (
        "xml",
        "<Member><FamilyName>«a.last»</FamilyName><GivenName>«a.first»</GivenName>"
        "<Account>«acct»</Account><Iban>«iban»</Iban></Member>",
    ),
    (
        "xml",
        "<deceased>\n  <name>«a»</name>\n  <place>«city»</place>\n</deceased>\n"
        '<informant relation="daughter">«b»</informant>',
    ),
    (
        "xml",
        '<session client="«ip»" user="«a.flower»"/><session client="«ip2»" user="«b.flower»"/>',
    ),
    (
        "xml",
        "<student><name>«a@es»</name><tutor>«b@es»</tutor><country>«country»</country></student>",
    ),
    # ------------------------------------------------------------------ code
    (
        "code",
        'def test_invoice_total():\n    patient = Patient(name="«a»", phone="«ph1»")\n'
        "    assert invoice_for(patient).total == 120  # «b.first» said VAT exempt",
    ),
    (
        "code",
        "const seedUsers = [\n  { name: '«a»', email: '«a.email»' },\n  { name: '«b»', "
        "email: '«b.email»' },\n];",
    ),
    (
        "code",
        "// TODO(«a.flower»): remove hardcoded card before merge\nconst TEST_CARD = "
        '"«card»";\nconst OWNER = "«b»";',
    ),
    (
        "code",
        'Review this please:\n```python\nALLOWED_IPS = ["«ip»", "«ip2»", "«ip6»"]  '
        "# office + «a.first»'s home\n```",
    ),
    (
        "code",
        'INSERT_FIXTURE = {\n    "ssn": "«ssn»",\n    "holder": "«a@us»",\n    '
        '"acct": "«acct»",\n}',
    ),
    (
        "code",
        "git blame says «a» (<«a.email»>) wrote this regex in «year»; «b.first» approved. "
        "Why does it accept «ep.model»?",
    ),
    ("code", '# Author: «a@particle»\n# Reviewed-by: «b@hyphen»\nfn main() { println!("hi"); }'),
    # ------------------------------------------------------------------ log
    (
        "log",
        "«date» «time» WARN auth failed for user=«a.flower» from «ip» (3 attempts)\n"
        "«date» «time» INFO auth ok for user=«b.flower» from «ip2»",
    ),
    (
        "log",
        "[ERROR] SMS gateway rejected «ph1» for «a»: invalid sender id\n[ERROR] SMS "
        "gateway rejected «ph2» for «b»: invalid sender id",
    ),
    (
        "log",
        'payment_service | charge declined card=«card» name="«a.upper»" amount=«price» host=«host»',
    ),
    ("log", "«date»T08:14:02Z door-controller unit=«room» opened by «a» (fob) via «ip6»"),
    ("log", "export: wrote 2 rows -> «a.email», «b.email»; skipped «c» (no consent)"),
    (
        "log",
        "sshd[«n»]: Accepted publickey for deploy from «ip» port «port» ssh2\nsshd[«n»]: "
        "Failed password for «a.flower» from «ip2» port «port» ssh2",
    ),
    # ------------------------------------------------------------------ yaml
    (
        "yaml",
        'staff:\n  - name: «a»\n    phone: "«ph1»"\n  - name: «b»\n    phone: "«ph2»"\n'
        "on_call: «a.first»",
    ),
    (
        "yaml",
        "fixture:\n  holder: «a.rev»\n  iban: «iban»\n  billing_address: «addr»\n"
        "  plan: «ep.codename»",
    ),
    (
        "yaml",
        "allowlist:\n  - «ip»  # «a.first»'s laptop\n  - «ip2»  # reception\nowner: «b.email»",
    ),
    (
        "yaml",
        "wedding:\n  couple: [«a.first», «b.first»]\n  venue: «addr»\n  planner: «c»\n"
        "  planner_phone: «ph1.e164»",
    ),
    ("yaml", "instructors:\n  ski: «a@de»\n  snowboard: «b@fr»\nresort_region: «region»"),
    # ------------------------------------------------------------------ toolcall
    (
        "toolcall",
        '{"tool": "send_sms", "arguments": {"to": "«ph1.e164»", "body": "Hi «a.first», '
        'your tattoo touch-up is on «date»"}}',
    ),
    (
        "toolcall",
        'call: create_contact(name="«a»", email="«a.email»", phone="«ph1»", city="«city»")',
    ),
    (
        "toolcall",
        '{"name": "refund", "args": {"card": "«card»", "amount": "«price»", '
        '"customer": "«a.rev»"}}',
    ),
    ("toolcall", 'search_members({"query": "«a.lower»"}) -> [{"name": "«a»", "acct": "«acct»"}]'),
    (
        "toolcall",
        '{"function": "geo_lookup", "parameters": {"ip": "«ip»"}} => {"country": '
        '"«country»"}; requested by «b.first»',
    ),
    (
        "toolcall",
        '<tool_call>{"name":"book_room","arguments":{"guest":"«a.upper»","ssn":"«ssn»"'
        ',"nights":«n»}}</tool_call>',
    ),
    # ------------------------------------------------------------------ sql
    ("sql", "UPDATE members SET phone = '«ph1»' WHERE name = '«a»';"),
    (
        "sql",
        "SELECT * FROM guests WHERE last_name IN ('«a.last»', '«b.last»', '«c.last»') "
        "AND city = '«city»';",
    ),
    ("sql", "INSERT INTO payouts (host, iban, ssn) VALUES ('«a»', '«iban»', '«ssn»');"),
    ("sql", "-- «a.first» asked for this\nDELETE FROM sessions WHERE client_ip = '«ip»';"),
    (
        "sql",
        "INSERT INTO accounts (holder, account_no) VALUES\n  ('«a.rev»', '«acct»'),\n"
        "  ('«b.rev»', '«acct2»');",
    ),
    (
        "sql",
        "why is this slow? SELECT email FROM users WHERE email LIKE '%«a.email»%' -- "
        "ticket from «b.first»",
    ),
    # ------------------------------------------------------------------ ics
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Eye test - «a»\nDTSTART:«year»0412T093000\nLOCATION:"
        "«addr»\nDESCRIPTION:Call «ph1» if late\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Driving lesson («a.first»)\nORGANIZER;CN=«b»:mailto:"
        "«b.email»\nATTENDEE;CN=«a»:mailto:«a.email»\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Funeral of «a»\nLOCATION:«addr»\nDESCRIPTION:Contact «b» "
        "«ph1»\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Dive trip «region»\nATTENDEE;CN=«a.rev»:mailto:«a.email»\n"
        "ATTENDEE;CN=«b.rev»:mailto:«b.email»\nEND:VEVENT",
    ),
    # ------------------------------------------------------------------ vcard
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:«a»\nN:«a.last»;«a.first»;;;\nTEL;TYPE=CELL:«ph1»\n"
        "EMAIL:«a.email»\nADR:;;«addr»\nEND:VCARD",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:4.0\nFN:«a@sf»\nNICKNAME:«a.nick»\nTEL:«ph1.intl»\n"
        "NOTE:met at the «ep.style» retreat\nEND:VCARD",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nFN:«a.upper»\nORG:Little Acorns Nursery\nTEL;TYPE=WORK:«ph1»\n"
        "TEL;TYPE=HOME:«ph2»\nEND:VCARD",
    ),
    (
        "vcard",
        "Merge these contacts:\nFN:«a»\nEMAIL:«a.email»\n---\nFN:«a.ascii»\nEMAIL:"
        "«a.email»\nTEL:«ph1»",
    ),
    # ------------------------------------------------------------------ latex
    (
        "latex",
        "\\author{«a» \\and «b»}\n\\title{Patient outcomes after «ep.disease» "
        "physiotherapy}\n\\thanks{Corresponding: \\texttt{«a.email»}}",
    ),
    ("latex", "\\begin{tabular}{ll}\n«a.rev» & «ph1» \\\\\n«b.rev» & «ph2» \\\\\n\\end{tabular}"),
    (
        "latex",
        "\\section*{Acknowledgements}\nWe thank «a», «b.init» and «c.first» from "
        "«city» for the data, and the «ep.award» committee.",
    ),
    (
        "latex",
        "\\newcommand{\\client}{«a»}\\newcommand{\\clientiban}{«iban»}\nDear \\client, "
        "your deposit will be returned to \\clientiban.",
    ),
    # ------------------------------------------------------------------ extra mixed
    ("json", '{"message": "per «a.first», ship via «b.last»", "cc": ["«c.email»"], "fao": "«d»"}'),
    ("log", "slack-bot: @«a.flower» deployed «ver» to «host»; approved by «b.first» via chat-ops"),
    ("csv", "name\n«a»\n«b»\n«c»\n«d»"),
    ("code", 'assert normalise_name("«a.lower»") == "«a.west»"'),
    ("yaml", "by: «a»\nwith: «b»\nfor: «c.first»\nfrom: «d.first»"),
    ("sql", "SELECT 1 FROM bookings WHERE guest = '«a@particle»' OR guest = '«b@particle.lower»';"),
    ("toolcall", '{"tool": "lookup_customer", "args": {"name": "«a@sf.west»", "iban": "«iban»"}}'),
    ("html", "<p>Condolences from «a.first», «b.first» and the whole choir.</p>\n<p>«c»</p>"),
    ("xml", '<card holder="«a.upper»" number="«card»" exp="09/27"/>'),
    (
        "ics",
        "ATTENDEE;CN=«a»;ROLE=REQ-PARTICIPANT:mailto:«a.email»\nATTENDEE;CN=«b»:mailto:"
        "«b.email»\nCOMMENT:with «c.first»",
    ),
    (
        "latex",
        "\\item «a.first» «a.last» --- «city» (\\emph{«ep.grape»} tasting)\n\\item "
        "«b.first» «b.last» --- «city2»",
    ),
    (
        "vcard",
        "N:«a.lupper»;«a.first»;;Dr.;\nFN:Dr. «a.first» «a.lupper»\nTEL:«ph1»\n"
        "URL:https://clinic.example/staff?name=physio",
    ),
    ("markdown_table", "| card | holder |\n|---|---|\n| «card» | «a» |\n| «card2» | «b» |"),
    ("log", "[«date» «time»] upload ok user=«a.email» ip=«ip» iban=«iban.compact»"),
    (
        "code",
        '# ssn fixture for «a@us.first» — do not commit\nSSN = "«ssn»"\nACCOUNT = '
        '"«acct»"  # checking account',
    ),
    # ------------------------------------------------------------------ extras
    (
        "json",
        '{"applicant": "«a@us»", "ssn": "«ssn»", "phone": "«ph1»", "employer": "Kestrel Theatre"}',
    ),
    ("csv", "name,ssn,checking_account\n«a@us»,«ssn»,«acct»\n«b@us»,«ssn2»,«acct2»"),
    ("log", "kyc-check: user «a.flower» ssn=«ssn» result=match phone=«ph1»"),
    ("sql", "SELECT * FROM staff WHERE ssn = '«ssn»' OR phone = '«ph1»';"),
    ("yaml", "payee:\n  name: «a@us»\n  ssn: «ssn»\n  bank_account_number: «acct»\n  card: «card»"),
    (
        "toolcall",
        '{"tool": "charge_card", "args": {"card": "«card»", "phone": "«ph1»", "name": "«a»"}}',
    ),
    (
        "xml",
        '<contact><name>«a»</name><tel type="home">«ph1»</tel><tel type="mobile">'
        "«ph2»</tel></contact>",
    ),
    ("markdown_table", "| Who | Mobile | Landline |\n|---|---|---|\n| «a.first» | «ph1» | «ph2» |"),
    (
        "json",
        '{"refunds": [{"iban": "«iban»", "holder": "«a»"}, {"iban": "«iban2»", '
        '"holder": "«b»"}], "city": "«city»"}',
    ),
    ("csv", "holder,iban,card,city\n«a.rev»,«iban»,«card»,«city»"),
    (
        "code",
        "test('formats IBAN', () => {\n  expect(fmt('«iban.compact»')).toBe('«iban.spaced»');"
        "\n}); // from «a.first»'s ticket",
    ),
    ("log", "«date» «time» checkout: card=«card» ip=«ip» geo=«city», «country» user=«a.flower»"),
    ("html", "<address>«a»<br>«addr»<br>«country»</address><p>Tel: «ph1»</p>"),
    (
        "html",
        '<a href="https://book.example/confirm?guest=«a.q»&amp;nights=«n»">Confirm the '
        "booking for «a»</a> (front desk: «b.first»)",
    ),
    ("log", "GET /api/members/search?name=«a.q»&club=«n» 200 «n2»ms ip=«ip» user=«b.flower»"),
]

TEMPLATES: list[Template] = templates(_T, "val20_personal_b")
