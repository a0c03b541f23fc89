"""Templates with personal data for val19, second half: structured and developer shapes
(json, csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, ics, vcard, latex).

Written by hand and blind (the author read only the package's `__init__.py` and
`validity.py`). Slots are explained in `val19_gen`. URLs carry names in their query
strings as plain text (`«=...:url»`): per the conventions those are no PERSON spans.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val19_gen import Template as T

TEMPLATES: list[T] = [
    # ---- json ------------------------------------------------------------------------------
    T(
        "json_return_request",
        "json",
        'Why does this return get rejected by our API?\n{"order_id": "«order»", "customer": '
        '{"name": "«p1.full»", "email": "«p1.email»", "phone": "«phone:e164»"}, "items": '
        '[{"sku": "«sku»", "qty": 1, "reason": "damaged"}], "refund_card": "«card»"}',
    ),
    T(
        "json_subscription_export",
        "json",
        '[{"subscriber": "«p1.full»", "box": "«box»", "ship_to": "«addr»", "since": "«date»"}, '
        '{"subscriber": "«p2.full»", "box": "«box2»", "ship_to": "«addr2»", "since": '
        '"«date2»"}]',
    ),
    T(
        "json_booking_webhook",
        "json",
        'webhook payload failing schema validation:\n{"event": "booking.created", "venue": '
        '"«venue»", "contact": {"first_name": "«p1.first»", "last_name": "«p1.last»", '
        '"tel": "«phone»"}, "notes": "deposit via IBAN «iban»"}',
    ),
    T(
        "json_fixture_users",
        "json",
        'fixtures/users.json:\n{"users": [{"id": 1, "display": "«p1.first:lo»", "full_name": '
        '"«p1.full»", "last_ip": "«ip»"}, {"id": 2, "display": "«p2.afirst:lo»", "full_name": '
        '"«p2.ascii»", "last_ip": "«ip2»"}]}',
    ),
    T(
        "json_payout",
        "json",
        '{"payee": "«p1.lf»", "account_number": "«acct»", "iban": "«iban»", "amount": '
        '"«price»", "memo": "catering «date»"}',
    ),
    T(
        "json_ssn_kyc",
        "json",
        'The KYC step returns 422 for this body, what is wrong? {"legal_name": "«p1.full»", '
        '"ssn": "«ssn»", "dob": "«date»", "address": "«addr»"}',
    ),
    # ---- csv -------------------------------------------------------------------------------
    T(
        "csv_league_roster",
        "csv",
        "Clean up this roster CSV:\nplayer,guardian,phone,town\n«p1.full»,«p2.full»,«phone»,"
        "«city»\n«p3.full»,«p4.full»,«phone2»,«city2»",
    ),
    T(
        "csv_interlibrary",
        "csv",
        "request_id;isbn;patron;patron_email;branch\n«onum»;«isbn»;«p1.sf»;«p1.email»;"
        "«city»\n«onum2»;«isbn2»;«p2.sf»;«p2.email»;«city»",
    ),
    T(
        "csv_payments",
        "csv",
        'date,payer,card,amount\n«date»,"«p1.lf»",«card»,«price»\n«date2»,"«p2.lf»",'
        "«card2»,«price2»",
    ),
    T(
        "csv_allotment_plots",
        "csv",
        "plot,holder,holder_phone,waiting_list_next\n«plot»,«p1.full»,«phone»,«p2.full»\n"
        "«plot2»,«p3.full»,«phone2»,",
    ),
    T(
        "csv_marathon_results",
        "csv",
        "bib,name,club,time\n«bib»,«p1.full:up»,«team»,«dur»\n«bib2»,«p2.full:up»,«team2»,"
        "«dur2»\nDo a chart of the finishing times please",
    ),
    T(
        "csv_ssn_payroll",
        "csv",
        "employee,ssn,acct\n«p1.full»,«ssn»,«acct»\n«p2.full»,«ssn2»,«acct2»",
    ),
    # ---- markdown table --------------------------------------------------------------------
    T(
        "md_job_sheets",
        "markdown_table",
        "| Job | Customer | Address | Phone |\n|---|---|---|---|\n| «ticket» | «p1.full» | "
        "«addr» | «phone» |\n| «ticket2» | «p2.full» | «addr2» | «phone2» |",
    ),
    T(
        "md_crew_rota",
        "markdown_table",
        "| Date | Helm | Crew | Notes |\n|---|---|---|---|\n| «date» | «p1.first» | «p2.first» "
        "| bring the «product» |\n| «date2» | «p3.first» | «p1.first» | launch from «city» |",
    ),
    T(
        "md_catering_staff",
        "markdown_table",
        "Staff for the «venue» wedding:\n\n| Role | Name | Mobile |\n|:--|:--|:--|\n| Chef | "
        "«p1.full» | «phone» |\n| Front of house | «p2.full» | «phone2» |\n| Bar | «p3.nick» | "
        "«phone3» |",
    ),
    T(
        "md_ip_allowlist",
        "markdown_table",
        "| Owner | IP | Added |\n|---|---|---|\n| «p1.first:lo» | «ip» | «date» |\n| "
        "«p2.first:lo» | «ip2» | «date2» |\n| «p3.first:lo» | «ip6» | «date3» |",
    ),
    T(
        "md_refunds",
        "markdown_table",
        "| Customer | Refund IBAN | Amount |\n|---|---|---|\n| «p1.full» | «iban» | «price» |\n"
        "| «p2.full» | «iban2» | «price2» |",
    ),
    # ---- html ------------------------------------------------------------------------------
    T(
        "html_booking_confirmation",
        "html",
        "<p>Hi «p1.first»,</p>\n<p>Your session with <strong>«p2.full»</strong> at our "
        "studio is confirmed for «date». Address: <address>«addr»</address></p>\n"
        '<p>Questions? <a href="tel:«=phone»">«phone»</a></p>',
    ),
    T(
        "html_alumni_profile",
        "html",
        '<div class="profile"><h2>«p1.full»</h2><span class="class">Class of «year»</span>'
        '<a href="https://alumni.example.org/search?name=«=p1.full:url»">profile</a>'
        "<p>Lives in «city», «country»</p></div>",
    ),
    T(
        "html_form_prefill",
        "html",
        '<input name="first" value="«p1.first»"><input name="last" value="«p1.last»">'
        '<input name="email" value="«p1.email»"><input name="card" value="«card»">',
    ),
    T(
        "html_newsletter",
        "html",
        "<h1>Residents' news</h1><p>Welcome to our new committee member "
        "«p1.full»! «p1.first» moved to «street» in «month». Contact: "
        '<a href="mailto:«p1.email»">«p1.email»</a></p>',
    ),
    T(
        "html_team_page",
        "html",
        "<ul><li>«p1.full» — head florist</li><li>«p2.full» — deliveries («phone»)</li>"
        "<li>«p3.full» — weddings</li></ul>",
    ),
    # ---- xml -------------------------------------------------------------------------------
    T(
        "xml_order",
        "xml",
        '<order id="«order»"><customer><name>«p1.full»</name><phone>«phone»</phone>'
        '<address>«addr»</address></customer><item sku="«sku»">«product»</item></order>',
    ),
    T(
        "xml_genealogy",
        "xml",
        '<person id="I«n»"><name><given>«p1.first»</given><surname>«p1.last»</surname>'
        "</name><birth><date>«year»</date><place>«city», «region»</place></birth>"
        '<spouse ref="«p2.full»"/></person>',
    ),
    T(
        "xml_payment",
        "xml",
        "<CdtTrf><Cdtr><Nm>«p1.full:up»</Nm></Cdtr><CdtrAcct><IBAN>«iban»</IBAN></CdtrAcct>"
        "<RmtInf>«order»</RmtInf></CdtTrf>",
    ),
    T(
        "xml_access_log",
        "xml",
        '<event user="«p1.first:lo»" ip="«ip»" action="login"/>\n<event user="«p2.first:lo»" '
        'ip="«ip2»" action="export"/>',
    ),
    # ---- code ------------------------------------------------------------------------------
    T(
        "code_test_fixture",
        "code",
        "Why does this test fail?\n\n```python\ndef test_refund():\n    customer = "
        'Customer(name="«p1.full»", email="«p1.email»")\n    order = place_order(customer, '
        'sku="«sku»")\n    assert refund(order).card == "«card»"\n```',
    ),
    T(
        "code_review_comment",
        "code",
        'Review comment from «p1.full»: `SEED_ADMIN = "«p2.first:lo»"` shouldn\'t be in the '
        'repo. Also the hardcoded `ALLOWED = ["«ip»", "«ip2»"]`. Blame says «p3.first».',
    ),
    T(
        "code_js_contact",
        "code",
        "const contact = {\n  name: '«p1.full»',\n  phone: '«phone»',\n  // «p2.first» asked "
        "to keep the old number too\n  alt: '«phone2»',\n};",
    ),
    T(
        "code_sql_seed_comment",
        "code",
        '# TODO(«p1.first:lo»): remove before release\nBILLING_TEST_IBAN = "«iban»"\n'
        'BILLING_TEST_SSN = "«ssn»"  # from «p2.full»\'s sandbox',
    ),
    T(
        "code_git_log",
        "code",
        "commit «hash»\nAuthor: «p1.full» <«p1.email»>\nDate: «date»\n\n    fix: dock "
        "release timeout\n\n    Co-authored-by: «p2.full» <«p2.wemail»>",
    ),
    T(
        "code_dataclass",
        "code",
        'jobs = [\n    Job(customer="«p1.full»", site="«addr»", phone="«phone»"),\n'
        '    Job(customer="«p2.full»", site="«addr2»", phone="«phone2»"),\n]',
    ),
    # ---- log -------------------------------------------------------------------------------
    T(
        "log_auth",
        "log",
        "«date» «time» WARN auth: 5 failed logins for user=«p1.email» from «ip»\n«date» «time»"
        " INFO auth: lockout notice sent to «phone»",
    ),
    T(
        "log_charger",
        "log",
        '[«host»] session «hash» start driver="«p1.full»" card=«card»\n[«host»] session '
        "«hash» stop «kwh» src_ip=«ip»",
    ),
    T(
        "log_booking_app",
        "log",
        "ERROR BookingService: could not notify guest «p1.full» («phone»): SMS gateway "
        "timeout after «dur»\nERROR BookingService: retry queued by «p2.first:lo»",
    ),
    T(
        "log_ipv6",
        "log",
        "«date» sshd[«n»]: Accepted publickey for «p1.first:lo» from «ip6» port «port»\n"
        "«date» sshd[«n»]: Failed password for «p2.first:lo» from «ip» port «port»",
    ),
    T(
        "log_bank_sync",
        "log",
        "sync: matched payment from «p1.LF» acct=«acct» → invoice «order»\nsync: unmatched "
        "credit IBAN «iban» amount «price»",
    ),
    # ---- yaml ------------------------------------------------------------------------------
    T(
        "yaml_oncall",
        "yaml",
        'oncall:\n  primary: «p1.full»\n  primary_phone: "«phone»"\n  secondary: «p2.full»\n'
        '  secondary_phone: "«phone2»"\nescalation: «p3.email»',
    ),
    T(
        "yaml_venue_config",
        "yaml",
        "venue:\n  name: «venue»\n  address: «addr»\n  manager: «p1.full»\n  deposit_iban: «iban»",
    ),
    T(
        "yaml_ci_allow",
        "yaml",
        "allow_ips:\n  - «ip»  # «p1.first»'s home\n  - «ip2»  # office\nowners: [«p1.first:lo»,"
        " «p2.first:lo»]",
    ),
    T(
        "yaml_event",
        "yaml",
        "event: «race» «year»\norganiser: «p1.full»\ncontact: «p1.email»\nmedical_lead: "
        "«p2.full»\nstart: «city»",
    ),
    # ---- toolcall --------------------------------------------------------------------------
    T(
        "toolcall_send_sms",
        "toolcall",
        'send_sms({"to": "«phone:intl»", "body": "Hi «p1.first», your «kit» kit ships «date»."})',
    ),
    T(
        "toolcall_create_contact",
        "toolcall",
        '{"tool": "crm.create_contact", "arguments": {"given_name": "«p1.first»", '
        '"family_name": "«p1.last»", "email": "«p1.email»", "city": "«city»"}}',
    ),
    T(
        "toolcall_refund",
        "toolcall",
        "Calling tool issue_refund with order=«order», card=«card», customer=«p1.full», "
        "approved_by=«p2.first»",
    ),
    T(
        "toolcall_lookup",
        "toolcall",
        'lookup_member(query="«p1.full»") -> {"member": "«member»", "phone": "«phone»", '
        '"address": "«addr»", "bank_account": "«acct»"}',
    ),
    T(
        "toolcall_calendar",
        "toolcall",
        '<tool_call>{"name": "calendar.invite", "args": {"attendees": ["«p1.email»", '
        '"«p2.email»"], "title": "Viewing with «p3.full»", "where": "«addr»"}}</tool_call>',
    ),
    # ---- sql -------------------------------------------------------------------------------
    T(
        "sql_insert_member",
        "sql",
        "INSERT INTO members (name, email, phone, town) VALUES ('«p1.full»', '«p1.email»', "
        "'«phone»', '«city»'), ('«p2.full»', '«p2.email»', '«phone2»', '«city2»');",
    ),
    T(
        "sql_where_name",
        "sql",
        "SELECT * FROM loans WHERE borrower = '«p1.sf»' AND branch = '«city»'; -- «p2.first» "
        "says the date is wrong",
    ),
    T(
        "sql_update_card",
        "sql",
        "UPDATE payment_methods SET card_number = '«card»' WHERE customer_id = «n»; -- "
        "requested by «p1.full»",
    ),
    T(
        "sql_result",
        "sql",
        "query result:\n name | ssn | acct\n «p1.full» | «ssn» | «acct»\n «p2.full» | «ssn2» "
        "| «acct2»\n(2 rows)",
    ),
    # ---- ics -------------------------------------------------------------------------------
    T(
        "ics_viewing",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Tasting with «p1.full»\nLOCATION:«addr»\nORGANIZER;CN=«p2.full»:"
        "mailto:«p2.email»\nDTSTART:«icsdate»\nEND:VEVENT",
    ),
    T(
        "ics_plumber",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Boiler service - «p1.last»\nDESCRIPTION:Call «phone» on "
        "arrival\\, gate code «n»\nLOCATION:«addr»\nEND:VEVENT",
    ),
    T(
        "ics_league",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:U10 match vs «team»\nATTENDEE;CN=«p1.full»:mailto:«p1.email»\n"
        "ATTENDEE;CN=«p2.full»:mailto:«p2.email»\nLOCATION:«city»\nEND:VEVENT",
    ),
    # ---- vcard -----------------------------------------------------------------------------
    T(
        "vcard_contact",
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nN:«p1.last»;«p1.first»;;;\nFN:«p1.full»\nTEL;TYPE=CELL:"
        "«phone»\nEMAIL:«p1.email»\nADR:;;«street»;«city»;;;«country»\nEND:VCARD",
    ),
    T(
        "vcard_business",
        "vcard",
        "BEGIN:VCARD\nFN:«p1.full»\nORG:«brand» Locksmiths\nTEL;TYPE=WORK:«phone»\n"
        "TEL;TYPE=HOME:«phone2»\nNOTE:ask for «p1.nick»\nEND:VCARD",
    ),
    T(
        "vcard_two",
        "vcard",
        "BEGIN:VCARD\nFN:«p1.ascii»\nTEL:«phone»\nEND:VCARD\nBEGIN:VCARD\nFN:«p2.full»\n"
        "EMAIL:«p2.email»\nEND:VCARD",
    ),
    # ---- latex -----------------------------------------------------------------------------
    T(
        "latex_programme",
        "latex",
        "\\section*{Regatta programme}\n\\textbf{Race officer:} «p1.full»\\\\\n"
        "\\textbf{Safety:} «p2.full» (\\texttt{«phone»})\\\\\nHeld at «city», «region».",
    ),
    T(
        "latex_letterhead",
        "latex",
        "\\begin{letter}{«p1.full» \\\\ «addr»}\n\\opening{Dear «p1.first»,}\nThank you for "
        "your donation to the reading room.\n\\closing{«p2.full»}\n\\end{letter}",
    ),
    T(
        "latex_thesis_ack",
        "latex",
        "\\chapter*{Acknowledgements}\nI thank «p1.full» for access to the archive, "
        "«p2.full» and «p3.init» for reading drafts, and my family in «country».",
    ),
    # ---- more money and tax traffic -------------------------------------------------------
    T(
        "json_sepa_batch",
        "json",
        '{"batch": "«onum»", "credits": [{"name": "«p1.full»", "iban": "«iban»", "amount": '
        '"«price»"}, {"name": "«p2.full»", "iban": "«iban2»", "amount": "«price2»"}], '
        '"approved_via": "«p3.first:lo»"}',
    ),
    T(
        "csv_tax_dependents",
        "csv",
        "Fill in the dependents section from this:\nname;relationship;ssn\n«p1.full»;child;"
        "«ssn»\n«p2.full»;child;«ssn2»\nfiler: «p3.full» (SSN «ssn3»)",
    ),
    T(
        "log_payout_failed",
        "log",
        "«date» «time» ERROR payouts: IBAN «iban» rejected for «p1.full» (bad BIC), "
        "fallback acct «acct»\n«date» «time» INFO payouts: SMS sent to «phone»",
    ),
    T(
        "yaml_club_treasurer",
        "yaml",
        'treasurer:\n  name: «p1.full»\n  phone: "«phone»"\nbank:\n  iban: «iban»\n'
        "  holder: «p1.full:up»\nauditor: attn «p2.full»",
    ),
]
