"""Personal templates of val43, part B: web forms, JSON, tool calls, YAML, code, CSV and
Markdown tables, logs, XML, config files, commits and contact cards."""

from __future__ import annotations

from appliance.testing.pii_corpus.val43_engine import T

PERSONAL_B = [
    # --- forms ------------------------------------------------------------------------------
    T("b_form_agedcare_admission", "form",
      "ADMISSION FORM\nResident name: «N1.FULL»\nDate of birth: «date»\nNext of kin: «N2.full»\nNext of kin "
      "phone: «phone»\nHome address: «addr»\nPension paid into account number: «acct»"),
    T("b_form_ski_pass", "form",
      "Season pass application\nFirst name: «N1.given»\nLast name: «N1.family»\nE-mail: «email:N1»\nMobile: "
      "«phone»\nPass type: Adult, 3 valleys\nPhoto uploaded: yes"),
    T("b_form_rescue_casualty", "form",
      "Casualty: «N1.SF»\nAge: «int:14-78»\nIncident area: «region», couloir below the north ridge\nReported by: "
      "«N2.full» («phone»)\nHelicopter requested: «pick:yes|no»\nTeam leader: «N3.init»"),
    T("b_form_fertility_consent", "form",
      "Patient 1: «N1.full»  DOB «date»\nPatient 2: «N2.full»\nSSN (US insurance claims only): «ssn»\n"
      "Card for annual storage fee: «card»  exp 09/29\nSigned: «N1.init»"),
    T("b_form_parking_resident", "form",
      "RESIDENT PERMIT APPLICATION\nNAME: «N1.FULL»\nADDRESS: «addr:gb»\nDAYTIME PHONE: «phone:gb»\nPERMIT ZONE: "
      "K2\nPAYMENT: debit card «card»"),
    T("b_form_exchange_application", "form",
      "Student: «N1.sf»\nHome university city: «city»\nEmail: «email:N1»\nEmergency contact: «N2.full», «phone»\n"
      "SSN (US citizens only): «ssn»\nPreferred host region: «region»"),
    T("b_form_riding_waiver", "form",
      "Rider: «N1.given» (age «int:7-15»)\nParent/guardian: «N2.full»\nPhone: «phone»\nMedical notes: asthma, "
      "inhaler in bag\nSignature: «N2.init»"),
    T("b_form_wine_bidder", "form",
      "Bidder registration\nName: «N1.full»\nBilling address: «addr»\nCredit card: «card»\nRefunds to IBAN: "
      "«iban»\nPaddle no.: «int:100-900»"),
    T("b_form_ham_membership", "form",
      "Membership renewal\nMember: «N1.full»\nPostal address: «addr»\nTelephone: «phone»\nSubscription paid by "
      "standing order from account number «acct»\nLicence class: Full"),
    T("b_form_cemetery_grant", "form",
      "APPLICATION FOR EXCLUSIVE RIGHT OF BURIAL\nDeceased: «N1.FULL»\nApplicant: «N2.full»\nRelationship: "
      "«pick:son|daughter|spouse|niece»\nApplicant address: «addr»\nPhone: «phone»"),
    # --- JSON -------------------------------------------------------------------------------
    T("b_json_lis_result", "json",
      '{"specimen_id": "S26-«int:100000-999999»", "patient": {"name": "«N1.full»", "dob": "«date»"}, '
      '"ordering_clinician": "Dr. «N2.family»", "results_to": "«email:N2»", "status": "final"}'),
    T("b_json_festival_ticket", "json",
      '{\n  "order": "«order»",\n  "holder": "«N1.full»",\n  "email": "«email:N1»",\n  "tier": "weekend camping",\n'
      '  "payment": {"card": "«card»", "amount": "«price»"}\n}'),
    T("b_json_refugee_case", "json",
      '{"case": "RS-«int:1000-9999»", "head_of_household": "«N1.full»", "members": ["«N2.given»", "«N3.given»"], '
      '"origin": "«country»", "placement": "«city»", "caseworker_phone": "«phone»"}'),
    T("b_json_noc_alert", "json",
      '{"alert": "BGP session down", "device": "edge-rtr-«int:1-40»", "neighbor": "«ip6»", "mgmt_ip": "«ip4»", '
      '"acknowledged_by": "«N1.given»", "severity": 2}'),
    T("b_json_dive_booking", "json",
      '{"booking": {"diver": "«N1.full»", "cert": "AOWD", "nitrox": true, "phone": "«phone»"}, '
      '"deposit": {"card": "«card»", "amount": "«price»"}}'),
    # --- tool calls -------------------------------------------------------------------------
    T("b_tool_send_sms", "toolcall",
      '{"tool": "send_sms", "arguments": {"to": "«phone»", "body": "Hi «N1.given», your physio session with '
      '«N2.given» moved to «time»."}}'),
    T("b_tool_create_ticket", "toolcall",
      'create_ticket(queue="parking-appeals", requester="«N1.full»", requester_email="«email:N1»", '
      'summary="Appeal against PCN «ticket»", location="«addr»")'),
    T("b_tool_transfer", "toolcall",
      '<function_call name="transfer_funds">{"beneficiary": "«N1.full»", "iban": "«iban»", "amount": '
      '"«price»", "reference": "Hackathon prize «order»"}</function_call>'),
    T("b_tool_calendar", "toolcall",
      '{"name": "calendar.create_event", "parameters": {"title": "Embryo transfer prep", "attendees": '
      '["«email:N1»", "«email:N2»"], "notes": "Bring ID for «N1.given» and «N2.given»"}}'),
    T("b_tool_lookup", "toolcall",
      'lookup_member(callsign_holder="«N1.full»", postcode_area="«city»", phone="«phone»")'),
    # --- YAML -------------------------------------------------------------------------------
    T("b_yaml_oncall", "yaml",
      "release: «ver»\noncall:\n  primary: «N1.full»\n  secondary: «N2.full»\n  escalation_phone: \"«phone»\"\n"
      "freeze_starts: «date»"),
    T("b_yaml_station_contacts", "yaml",
      "station:\n  studio_manager:\n    name: «N1.full»\n    email: «email:N1»\n  transmitter_site:\n    "
      "address: «addr»\n    engineer: «N2.given»"),
    T("b_yaml_hack_team", "yaml",
      "team: «pick:Lambda Llamas|Side Quest|Tiny Giants»\nmembers:\n  - «N1.full»\n  - «N2.full»\n  - «N3.full»\n"
      "prize_account:\n  holder: «N1.full»\n  iban: «iban»"),
    # --- code -------------------------------------------------------------------------------
    T("b_py_fixture", "code_py",
      "# TODO: replace with synthetic data before merging\nPATIENT = {\n    \"name\": \"«N1.full»\",\n    "
      "\"ssn\": \"«ssn»\",\n    \"phone\": \"«phone:us»\",\n}\nassert PATIENT[\"name\"]"),
    T("b_py_notify", "code_py",
      "def notify_lifeguard():\n    # «N1.given» wants these alerts too\n    send(to=[\"«email:N1»\", \"«email»\"],\n"
      "         subject=\"Lift 4 wind hold\")"),
    T("b_sql_insert_members", "code_sql",
      "INSERT INTO members (full_name, email, phone) VALUES\n  ('«N1.full»', '«email:N1»', '«phone»'),\n"
      "  ('«N2.full»', '«email:N2»', '«phone»');"),
    T("b_sql_update_plot", "code_sql",
      "UPDATE plots SET rights_holder = '«N1.full»', holder_address = '«addr»'\nWHERE plot_ref = 'F-«int:10-99»';"
      " -- requested by «N2.given» on «date»"),
    T("b_js_admins", "code_js",
      "// «N1.given» asked to be added after release «ver»\nconst ADMINS = [\"«email:N1»\", \"«email»\"];\n"
      "const ALLOW_FROM = \"«ip4»\";"),
    T("b_js_test_name", "code_js",
      "test(\"formats the surname first\", () => {\n  expect(formatName(\"«N1.full»\")).toBe(\"«N1.sf»\");\n});"),
    # --- CSV --------------------------------------------------------------------------------
    T("b_csv_exchange_roster", "csv",
      "student,home_country,host_city,email\n«N1.full»,«country»,«city»,«email:N1»\n«N2.full»,«country»,«city»,"
      "«email:N2»\n«N3.full»,«country»,«city»,«email:N3»"),
    T("b_csv_parking_fines", "csv",
      "pcn,issued,keeper,keeper_address,amount\n«ticket»,«date»,«N1.full»,\"«addr»\",£70.00\n«ticket»,«date»,"
      "«N2.full»,\"«addr»\",£35.00"),
    T("b_csv_wine_bidders", "csv",
      "paddle;name;phone;iban\n«int:100-300»;«N1.sf»;«phone»;«iban»\n«int:301-600»;«N2.sf»;«phone»;«iban»"),
    # --- Markdown tables --------------------------------------------------------------------
    T("b_md_rescue_roster", "md_table",
      "| Day | Team leader | Radio | Phone |\n|---|---|---|---|\n| Sat | «N1.full» | CH 3 | «phone» |\n| Sun | "
      "«N2.full» | CH 5 | «phone» |"),
    T("b_md_physio_caseload", "md_table",
      "| Athlete | Injury | Next review |\n|---|---|---|\n| «N1.init» | Achilles tendinopathy | «date» |\n| "
      "«N2.init» | Grade 2 MCL | «date» |\n| «N3.given» | Osgood-Schlatter | «date» |"),
    T("b_md_radio_schedule", "md_table",
      "| Slot | Show | Presenter |\n|------|------|-----------|\n| 06:00 | Early Bird | «N1.full» |\n| 10:00 | "
      "Vinyl Hour | «N2.full» |\n| 22:00 | Night Signals | «N3.given» |"),
    # --- logs -------------------------------------------------------------------------------
    T("b_log_auth", "log",
      "2026-03-14T09:12:44Z INFO auth login ok user=«email» src=«ip4»:51544\n2026-03-14T09:12:51Z WARN auth "
      "mfa retry user=«email» src=«ip6»"),
    T("b_log_hl7", "log",
      "MSH|^~\\&|LIS|CORE|EHR|WARD|20260314101500||ORU^R01|«int:10000-99999»|P|2.5\n"
      "PID|1||«int:1000000-9999999»^^^HOSP||«N1.family»^«N1.given»||«date»|F\nOBR|1||«int:100000-999999»|"
      "CBC^Full blood count"),
    T("b_log_tram_ops", "log",
      "[«time»] VEH 2041 door fault cleared by driver «N1.family»\n[«time»] Control: «N2.given» authorised "
      "reversal at the depot\n[«time»] VEH 2041 in service, «int:2-9» min late"),
    T("b_log_noc_bgp", "log",
      "%BGP-5-ADJCHANGE: neighbor «ip6» Down - Hold timer expired\n%BGP-5-ADJCHANGE: neighbor «ip4» Up\n"
      "# ack by «N1.lgiven» at «time», ticket «ticket»"),
    T("b_log_cad", "log",
      "CAD «time» INC-«int:1000-9999» P1 HEMS tasked. Caller «N1.full» «phone». Patient male approx 40. LZ: "
      "field south of «city»."),
    # --- XML / config / commits / cards ----------------------------------------------------
    T("b_xml_patent_applicant", "xml",
      "<applicant sequence=\"1\">\n  <name>«N1.full»</name>\n  <address>«addr»</address>\n  <country>«country»"
      "</country>\n  <email>«email:N1»</email>\n</applicant>"),
    T("b_xml_airamb_request", "xml",
      "<transferRequest id=\"TR-«int:1000-9999»\"><patient>«N1.sf»</patient><referrer>Dr «N2.family»</referrer>"
      "<callback>«phone»</callback><origin>«city»</origin></transferRequest>"),
    T("b_ini_stream", "ini",
      "[owner]\nname = «N1.full»\nemail = «email:N1»\n\n[stream]\nhost = «ip4»\nport = 8000\nmount = /live"),
    T("b_git_commit", "git",
      "commit «hash»\nAuthor: «N1.full» <«email:N1»>\nDate:   Sat Mar 14 10:02:11 2026 +0100\n\n    Bump "
      "release to «ver»\n\n    Reviewed-by: «N2.full» <«email:N2»>"),
    T("b_git_changelog", "git",
      "## Release «ver»\n\n- Fix duplicate sample barcodes (thanks @«N1.lgiven»)\n- Faster worklist export\n- Docs: "
      "new on-call contact is «N2.full» («email:N2»)"),
    T("b_vcard", "vcard",
      "BEGIN:VCARD\nVERSION:4.0\nFN:«N1.full»\nTEL;TYPE=cell:«phone»\nEMAIL:«email:N1»\nADR;TYPE=home:;;"
      "«addr»\nEND:VCARD"),
    T("b_html_form", "html",
      "<form action=\"/booking\">\n  <input name=\"diver\" value=\"«N1.full»\">\n  <input name=\"email\" "
      "value=\"«email:N1»\">\n  <input name=\"phone\" value=\"«phone»\">\n</form>"),
]
