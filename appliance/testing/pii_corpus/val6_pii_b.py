"""Templates with personal data for val6, structured shapes and developer traffic (written
blind; see val6.py). Slots as in `val6_pii_a`."""

from __future__ import annotations

PII_B: tuple[tuple[str, str], ...] = (
    # ---- json -------------------------------------------------------------------------------
    (
        "json",
        '{"customer": {"name": "<<A.full>>", "email": "<<A.email>>", "phone": "<<phone>>"}, "order": "<<order>>", "status": "returned", "refund_to": "<<card>>"}\n\nWhy would this refund fail validation?',
    ),
    (
        "json",
        'Validate this payload against our schema:\n{\n  "applicant": "<<A.full>>",\n  "ssn": "<<ssn>>",\n  "household": ["<<B.full>>", "<<C.first>>"],\n  "address": "<<addr>>",\n  "benefit": "SNAP",\n  "submitted": "<<date>>"\n}',
    ),
    (
        "json",
        '[{"donor":"<<A.full>>","amount":250,"gift_aid":true,"iban":"<<iban>>"},{"donor":"<<B.full>>","amount":40,"gift_aid":false,"iban":"<<iban2>>"}]\nTotal the gift-aided amounts.',
    ),
    (
        "json",
        '{"event":"login_failed","user":"<<A.wemail>>","src_ip":"<<ip4>>","geo":"<<city>>","ts":"<<date>>T<<time>>:11Z"}',
    ),
    (
        "json",
        'Here is the manifest extract, which passengers need special assistance?\n{"flight":"<<flight>>","pax":[{"name":"<<A.airline>>","ssr":"WCHR"},{"name":"<<B.airline>>","ssr":null},{"name":"<<C.airline>>","ssr":"MAAS"}]}',
    ),
    (
        "json",
        '{"tenant": {"first": "<<A.first>>", "last": "<<A.family>>"}, "unit": "<<addr>>", "rent": 1150, "bank": {"iban": "<<iban>>"}, "emergency": "<<phone>>"}',
    ),
    (
        "json",
        '{"payee":"<<A.full>>","account_number":"<<acct>>","amount":"<<amount>>","memo":"expenses <<date>>","approved_by":"<<B.full>>"}\nIs the memo field too vague for audit?',
    ),
    # ---- csv --------------------------------------------------------------------------------
    (
        "csv",
        "name,phone,email,city\n<<A.full>>,<<phone>>,<<A.email>>,<<city>>\n<<B.full>>,<<phone2>>,<<B.email>>,<<city2>>\n<<C.full>>,<<phone3>>,<<C.email>>,<<city3>>\n\nDedupe this list and sort by city.",
    ),
    (
        "csv",
        "Convert to a markdown table:\nsurname;given;role;mobile\n<<A.caps_family>>;<<A.first>>;captain;<<phone>>\n<<B.caps_family>>;<<B.first>>;treasurer;<<phone2>>\n<<C.caps_family>>;<<C.first>>;kit;<<phone3>>",
    ),
    (
        "csv",
        "employee_id,name,ssn,start_date\nE<<n>>,<<A.full>>,<<ssn>>,<<date>>\nE<<n>>1,<<B.full>>,<<ssn2>>,<<date2>>\nwhich column should we mask before sharing with the auditor?",
    ),
    (
        "csv",
        '"Last, First",Card,Expiry\n"<<A.fam_given>>",<<card>>,09/27\n"<<B.fam_given>>",<<card2>>,02/28\nwhy does Excel mangle the card numbers when I open this?',
    ),
    (
        "csv",
        "<<A.full>>,<<phone>>\n<<B.ascii>>,<<phone2>>\n<<C.full>>,<<phone3>>\n<<D.ascii>>,<<phone4>>",
    ),
    (
        "csv",
        "plot,holder,village,contact\n12,<<A.full>>,<<city>>,<<phone>>\n13,<<B.full>>,<<city>>,<<phone2>>\nsummarise who holds which plot",
    ),
    # ---- markdown_table ---------------------------------------------------------------------
    (
        "markdown_table",
        "| Player | Position | Goals |\n|---|---|---|\n| <<A.full>> | FW | 11 |\n| <<B.full>> | MF | 4 |\n| <<C.nick>> | GK | 0 |\n\nWrite a match report intro mentioning the top scorer.",
    ),
    (
        "markdown_table",
        "| Guest | Table | Diet | Phone |\n|---|---|---|---|\n| <<A.full>> | 1 | vegan | <<phone>> |\n| <<B.full>> | 1 | - | <<phone2>> |\n| <<C.full>> | 3 | halal | - |\n\nWhich guests still need a meal choice?",
    ),
    (
        "markdown_table",
        "| Name | Account number | Sort code | Amount |\n|---|---|---|---|\n| <<A.full>> | <<acct>> | 30-90-11 | 412.50 |\n| <<B.full>> | <<acct2>> | 40-11-62 | 98.00 |\nCheck the totals for the payroll correction.",
    ),
    (
        "markdown_table",
        "Format this as a table for the newsletter:\n| Volunteer | Shift | Town |\n|---|---|---|\n| <<A.first>> | Mon AM | <<city>> |\n| <<B.first>> | Wed PM | <<city2>> |\n| <<C.first>> | Sat | <<city>> |",
    ),
    (
        "markdown_table",
        "| Passenger | Seat | Bag tag |\n|-|-|-|\n| <<A.caps>> | 14C | <<ref>> |\n| <<B.caps>> | 14D | <<ref>> |\nwhich bag is still missing?",
    ),
    (
        "markdown_table",
        "| Supervisor | Student | Thesis | Email |\n|---|---|---|---|\n| Prof. <<A.family>> | <<B.full>> | Crop rotation models | <<B.wemail>> |\n| Dr <<C.family>> | <<D.full>> | Soil microbes | <<D.wemail>> |",
    ),
    # ---- html -------------------------------------------------------------------------------
    (
        "html",
        '<div class="contact-card"><h3><<A.full>></h3><p>Parish secretary</p><a href="mailto:<<A.wemail>>"><<A.wemail>></a><br><a href="tel:<<phone>>"><<phone>></a></div>\nWhy is this card not centered?',
    ),
    (
        "html",
        "<table><tr><th>Member</th><th>Joined</th></tr><tr><td><<A.full>></td><td>2019</td></tr><tr><td><<B.full>></td><td>2021</td></tr></table>\nAdd zebra striping to this table.",
    ),
    (
        "html",
        '<p>Dear <b><<A.first>></b>, your order <<order>> will be delivered to <span class="addr"><<addr>></span> on <<date>>.</p>',
    ),
    (
        "html",
        '<form><input name="fullname" value="<<A.full>>"><input name="iban" value="<<iban>>"><input name="phone" value="<<phone>>"></form>\nWhy does the autofill put the IBAN in the wrong field?',
    ),
    (
        "html",
        '<ul class="team">\n  <li><<A.full>> - Chair</li>\n  <li><<B.full>> - Treasurer</li>\n  <li><<C.full>> - Secretary (<<C.wemail>>)</li>\n</ul>\nMake this list a responsive grid.',
    ),
    (
        "html",
        '<blockquote>"Best pad thai in <<city>>." - <cite><<A.first_init>></cite></blockquote><blockquote>"Friendly staff!" - <cite><<B.first_init>></cite></blockquote>',
    ),
    # ---- xml --------------------------------------------------------------------------------
    (
        "xml",
        "<passenger><surname><<A.caps_family>></surname><given><<A.caps_first>></given><doc>P</doc><contact><<phone>></contact></passenger>\nConvert to the new API's JSON format.",
    ),
    (
        "xml",
        '<?xml version="1.0"?>\n<Payment>\n  <Debtor><Nm><<A.full>></Nm><IBAN><<iban>></IBAN></Debtor>\n  <Creditor><Nm><<B.full>></Nm><IBAN><<iban2>></IBAN></Creditor>\n  <Amt Ccy="EUR"><<amount>></Amt>\n</Payment>\nIs this pain.001 fragment valid?',
    ),
    (
        "xml",
        '<employee id="<<n>>"><name><<A.full>></name><ssn><<ssn>></ssn><manager><<B.full>></manager></employee>',
    ),
    (
        "xml",
        "<contact><name><<A.full>></name><address><<addr>></address><email><<A.email>></email></contact>\nWrite an XPath that selects the email.",
    ),
    (
        "xml",
        '<session user="<<A.lower_first>>" ip="<<ip6>>" started="<<date>>"/>\n<session user="<<B.lower_first>>" ip="<<ip4>>" started="<<date>>"/>',
    ),
    (
        "xml",
        '<claim ref="<<claim>>"><insured><<A.full>></insured><location><<city>>, <<country>></location><phone><<phone>></phone></claim>',
    ),
    # ---- code -------------------------------------------------------------------------------
    (
        "code",
        'def test_refund_to_card():\n    customer = Customer(name="<<A.full>>", email="<<A.email>>")\n    refund = issue_refund(customer, card="<<card>>", amount=Decimal("19.99"))\n    assert refund.status == "pending"\n\nWhy does this test hit the real payment API?',
    ),
    (
        "code",
        '# seed.py\nUSERS = [\n    ("<<A.full>>", "<<A.email>>", "<<phone>>"),\n    ("<<B.full>>", "<<B.email>>", "<<phone2>>"),\n]\nfor name, email, phone in USERS:\n    db.add(User(name=name, email=email, phone=phone))\n\nHow do I make this idempotent?',
    ),
    (
        "code",
        "const fixtures = {\n  donor: { name: '<<A.full>>', iban: '<<iban>>' },\n  volunteer: { name: '<<B.first>>', phone: '<<phone>>' },\n};\n// TypeError: cannot read properties of undefined (reading 'iban')",
    ),
    (
        "code",
        'INSERT_EMPLOYEE = {"name": "<<A.full>>", "ssn": "<<ssn>>", "bank_account_number": "<<acct>>"}\n# can you write a pytest fixture that builds this from a factory?',
    ),
    (
        "code",
        'In my notebook:\n```python\ndf = pd.DataFrame({"name": ["<<A.full>>", "<<B.full>>"], "ip": ["<<ip4>>", "<<ip4b>>"]})\ndf["ip"].apply(ipaddress.ip_address)\n```\nraises ValueError on the second row. Why?',
    ),
    (
        "code",
        "I need a regex for UK-style sort code and account number. It should match 'account number <<acct>>' in this string: \"Pay <<A.full>>, account number <<acct>>, ref <<ref>>\".",
    ),
    (
        "code",
        'Why does my regex r"\\d{3}-\\d{2}-\\d{4}" match the SSN <<ssn>> but not "SSN <<ssnd>>" for the same user <<A.first>>?',
    ),
    (
        "code",
        'curl -X POST https://api.copperleaf.io/v1/contacts -H \'Content-Type: application/json\' -d \'{"name":"<<A.full>>","phone":"<<phone>>","email":"<<A.email>>"}\'\nreturns 422. What\'s wrong?',
    ),
    # ---- log --------------------------------------------------------------------------------
    (
        "log",
        "<<date>> <<time>>:02 WARN auth: 5 failed logins for <<A.wemail>> from <<ip4>>\n<<date>> <<time>>:09 WARN auth: 6 failed logins for <<A.wemail>> from <<ip4>>\n<<date>> <<time>>:15 INFO auth: account locked\nIs this a brute-force attempt?",
    ),
    (
        "log",
        "[worker-3] sending SMS to <<phone>> (user=<<A.lower_first>>) ... ok\n[worker-3] sending SMS to <<phone2>> (user=<<B.lower_first>>) ... timeout after 30s\n[worker-1] retry queue size=<<n>>",
    ),
    (
        "log",
        'nginx: <<ip4>> - - [<<date>>:<<time>>:44 +0000] "GET /members/export HTTP/1.1" 200 48213\nnginx: <<ip6>> - - [<<date>>:<<time>>:45 +0000] "GET /members/export HTTP/1.1" 403 0\nWhy would the second one be forbidden?',
    ),
    (
        "log",
        'ERROR payment_gateway: card declined card=<<card>> holder="<<A.caps>>" code=05\nERROR payment_gateway: card declined card=<<card>> holder="<<A.caps>>" code=05',
    ),
    (
        "log",
        "sshd[<<n>>]: Accepted publickey for deploy from <<ip4>> port 52114\nsshd[<<n2>>]: Accepted publickey for deploy from <<ip4b>> port 50022\nsshd[<<n3>>]: Failed password for root from <<ip6>> port 41211",
    ),
    (
        "log",
        "DEBUG crm.sync: upsert contact {name: '<<A.full>>', email: '<<A.email>>', city: '<<city>>'} -> conflict on email",
    ),
    (
        "log",
        "audit: user <<A.wemail>> exported 1,204 donor records to CSV from <<ip4>> at <<time>>. Manager <<B.full>> notified.",
    ),
    # ---- yaml -------------------------------------------------------------------------------
    (
        "yaml",
        'oncall:\n  primary:\n    name: <<A.full>>\n    phone: "<<phone>>"\n  secondary:\n    name: <<B.full>>\n    phone: "<<phone2>>"\nescalation_minutes: 15\n\nWhy does the pager ignore the secondary?',
    ),
    (
        "yaml",
        "allowlist:\n  - <<ip4>>   # office\n  - <<ip4b>>  # <<A.first>>'s home\n  - <<ip6>>\nrate_limit: 100",
    ),
    (
        "yaml",
        'speakers:\n  - name: "<<A.full>>"\n    affiliation: Northgate\n    city: <<city>>\n  - name: "<<B.full>>"\n    affiliation: Fernhill\n    city: <<city2>>',
    ),
    (
        "yaml",
        '# payroll-fix.yml\nemployee: <<A.full>>\nold_bank_account_number: "<<acct>>"\nnew_bank_account_number: "<<acct2>>"\nreason: bank changed',
    ),
    (
        "yaml",
        'contacts:\n  landlord: <<A.full>>\n  landlord_email: <<A.email>>\n  property: "<<addr>>"',
    ),
    # ---- toolcall ---------------------------------------------------------------------------
    (
        "toolcall",
        '{"tool": "send_sms", "arguments": {"to": "<<phone>>", "body": "Hi <<A.first>>, your prescription is ready to collect."}}',
    ),
    (
        "toolcall",
        '{"name": "create_calendar_event", "arguments": {"title": "Viewing with <<A.full>>", "location": "<<addr>>", "attendees": ["<<A.email>>", "<<B.wemail>>"], "start": "<<date>>T<<time>>"}}',
    ),
    (
        "toolcall",
        'tool_calls: [{"function": {"name": "lookup_customer", "arguments": "{\\"phone\\": \\"<<phone>>\\"}"}}]\ntool result: {"name": "<<A.full>>", "tier": "gold", "city": "<<city>>"}',
    ),
    (
        "toolcall",
        '{"function": "charge_card", "args": {"card_number": "<<card>>", "cardholder": "<<A.caps>>", "amount_cents": 4599}}\nShould the model ever be allowed to emit this call?',
    ),
    (
        "toolcall",
        '{"name": "rebook_passenger", "arguments": {"pax": "<<A.airline>>", "from": "<<city>>", "to": "<<city2>>", "contact": "<<phone>>", "pnr": "<<pnr>>"}}',
    ),
    (
        "toolcall",
        '{"name": "sepa_transfer", "arguments": {"beneficiary": "<<A.full>>", "iban": "<<iban>>", "amount": "<<amount>>", "reference": "<<ref>>"}}',
    ),
    (
        "toolcall",
        '{"name": "block_ip", "arguments": {"ips": ["<<ip4>>", "<<ip6>>"], "reason": "credential stuffing against <<A.wemail>>"}}',
    ),
    # ---- sql --------------------------------------------------------------------------------
    (
        "sql",
        "INSERT INTO members (name, email, phone) VALUES\n  ('<<A.full>>', '<<A.email>>', '<<phone>>'),\n  ('<<B.full>>', '<<B.email>>', '<<phone2>>');\n-- why does the second row violate the unique constraint?",
    ),
    (
        "sql",
        "SELECT * FROM claims WHERE insured_name = '<<A.full>>' AND policy_ssn = '<<ssn>>';\nThis returns nothing but the claim exists. Ideas?",
    ),
    (
        "sql",
        "UPDATE payroll SET account_number = '<<acct>>' WHERE employee = '<<A.full>>';\nShould this be done in a transaction with the audit insert?",
    ),
    (
        "sql",
        "-- fixture for the refund report\nINSERT INTO refunds VALUES (<<n>>, '<<A.full>>', '<<card>>', 29.99, '<<date>>');\nINSERT INTO refunds VALUES (<<n2>>, '<<B.full>>', '<<card2>>', 112.00, '<<date>>');",
    ),
    ("sql", "UPDATE sessions SET blocked = true WHERE ip IN ('<<ip4>>', '<<ip4b>>', '<<ip6>>');"),
    (
        "sql",
        "INSERT INTO patients (name, ssn, dob) VALUES ('<<A.full>>', '<<ssn>>', '<<date>>');\nINSERT INTO patients (name, ssn, dob) VALUES ('<<B.full>>', '<<ssn2>>', '<<date2>>');\nHow do I encrypt the ssn column at rest in Postgres?",
    ),
    (
        "csv",
        "member_no,name,iban,monthly\n<<n>>,<<A.full>>,<<iban>>,10\n<<n2>>,<<B.full>>,<<iban2>>,25\n<<n3>>,<<C.full>>,<<iban3>>,5\nGenerate the SEPA direct debit batch for these donors.",
    ),
    (
        "yaml",
        "refund:\n  customer: <<A.full>>\n  iban: <<iban>>\n  amount: <<amount>>\n  reason: cancelled tour, <<city>>",
    ),
)
