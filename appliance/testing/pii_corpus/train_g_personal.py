"""Personal-data templates of the train_g generator: structured records that name people and
places, hand-written by its author without reading any other corpus file (blind).

Each template is (shape, text); slots are described in `train_g` («full:1», «sf:2|20» ...).
Every name and place in a template is a slot, so every one becomes a gold span.
"""

from __future__ import annotations

PERSONAL: tuple[tuple[str, str], ...] = (
    # ------------------------------------------------------------ markdown tables
    (
        "table",
        "| Name | Dept | Office |\n|---|---|---|\n| «full:1» | «dept» | «city:1» |\n| «full:2» | «dept» | «city:2» |\n| «full:3» | «dept» | «city:1» |",
    ),
    (
        "table",
        "| Surname | Given name | Nationality |\n|--|--|--|\n| «LAST:1» | «first:1» | «ccell» |\n| «LAST:2» | «first:2» | «ccell» |",
    ),
    (
        "table",
        "can you sort this by date?\n\n| Date | Item | Requested by |\n|---|---|---|\n| «date» | «product» | «name:1» |\n| «date» | «sku» | «name:2» |\n| «date» | «product» | «first:1» |",
    ),
    (
        "table",
        "| # | Participant | Phone | Home town |\n|---|---|---|---|\n| 1 | «lc:1» | «phone» | «city» |\n| 2 | «lc:2» | «phone» | «city» |",
    ),
    (
        "table",
        "Summarise the table:\n| Employee | Start | Team | Manager |\n| --- | --- | --- | --- |\n| «init:1» | «ddate» | «team» | «full:3» |\n| «init:2» | «ddate» | «team» | «full:3» |",
    ),
    (
        "table",
        "| Contact | Company | Country | E-mail |\n|:--|:--|:--|:--|\n| «full:1» | «brand» | «ccell» | «pemail:1» |\n| «full:2» | «brand» | «ccell» | «pemail:2» |",
    ),
    (
        "table",
        "| Pos | Rider | Horse | Time |\n|---|---|---|---|\n| 1 | «full:1» | «horse» | 1:4«n» |\n| 2 | «full:2» | «horse» | 1:5«n» |",
    ),
    (
        "table",
        "| ID | Name | Address |\n|---|---|---|\n| «empid» | «gm:1» | «addr» |\n| «empid» | «full:2» | «addr» |",
    ),
    # ------------------------------------------------------------ CSV with headers
    (
        "csv",
        "first_name,last_name,city,country\n«first:1»,«last:1»,«city»,«ccell»\n«first:2»,«last:2»,«city»,«ccell»\n«first:3»,«last:3»,«city»,«ccell»",
    ),
    (
        "csv",
        "id,full_name,email,phone\n{1},«full:1»,«pemail:1»,«phone»\n{2},«full:2»,«pemail:2»,«phone»".replace(
            "{1}", "1001"
        ).replace("{2}", "1002"),
    ),
    (
        "csv",
        "Please dedupe this export:\nName;Surname;Town\n«first:1»;«last:1»;«city:1»\n«first:2»;«last:2»;«city:2»\n«first:1»;«last:1»;«city:1»",
    ),
    (
        "csv",
        'order_id,customer,ship_to,total\n«order»,"«lc:1»","«addr»",«price»\n«order»,"«lc:2»","«addr»",«price»',
    ),
    (
        "csv",
        '"Surname, Given",Grade,Score\n"«lc:1»",«grade»,«score»\n"«lc:2»",«grade»,«score»\n"«lc:3»",«grade»,«score»',
    ),
    (
        "csv",
        "sku,qty,picker,warehouse_city\n«sku»,«qty»,«first:1»,«city»\n«sku»,«qty»,«first:2»,«city»",
    ),
    (
        "csv",
        "employee_no,surname,forename,iban,net_pay\n«empid»,«LAST:1»,«FIRST:1»,«iban»,«salary»\n«empid»,«LAST:2»,«FIRST:2»,«iban»,«salary»",
    ),
    (
        "csv",
        "ticket,reporter,assignee,status\n«ticket»,«lower:1»,«lower:2»,«status»\n«ticket»,«lower:2»,«lower:3»,«status»",
    ),
    (
        "csv",
        "patient,dob,ward,consultant\n«sf:1»,«dob»,«ward»,«init:3»\n«sf:2»,«dob»,«ward»,«init:3»",
    ),
    (
        "csv",
        "lead_name,lead_email,region,owner\n«full:1»,«pemail:1»,«region»,«first:4»\n«full:2»,«pemail:2»,«region»,«first:4»",
    ),
    # ------------------------------------------------------------ CSV without headers
    ("csv", "«full:1»,«phone»,«city»\n«full:2»,«phone»,«city»\n«full:3»,«phone»,«city»"),
    (
        "csv",
        "fix the encoding in these rows:\n«last:1»,«first:1»,«dob»,«ccell»\n«last:2»,«first:2»,«dob»,«ccell»",
    ),
    ("csv", "«sku»,«qty»,«price»,«full:1»\n«sku»,«qty»,«price»,«full:2»"),
    ("csv", "«date»;«order»;«lc:1»;«addr»\n«date»;«order»;«lc:2»;«addr»"),
    (
        "csv",
        "«empid»|«init2:1»|«dept»|«acct»\n«empid»|«init2:2»|«dept»|«acct»\n(last column is the account number for payroll)",
    ),
    ("csv", "«LC:1»,«pemail:1»\n«LC:2»,«pemail:2»\n«LC:3»,«pemail:3»"),
    # ------------------------------------------------------------ TSV
    ("tsv", "Name\tCity\tRole\n«full:1»\t«city»\t«role»\n«full:2»\t«city»\t«role»"),
    ("tsv", "«empid»\t«sf:1»\t«region»\t«salary»\n«empid»\t«sf:2»\t«region»\t«salary»"),
    (
        "tsv",
        "guest\troom\tarrival\tnationality\n«lc:1»\t«roomno»\t«ddate»\t«ccell»\n«lc:2»\t«roomno»\t«ddate»\t«ccell»",
    ),
    ("tsv", "Last\tFirst\tMobile\n«last:1»\t«first:1»\t«phone»\n«last:2»\t«first:2»\t«phone»"),
    ("tsv", "host\tip\towner\n«code»-db\t«ip»\t«first:1»\nedge-«n»\t«ip»\t«full:2»"),
    # ------------------------------------------------------------ HTML
    (
        "html",
        "<table><tr><th>Name</th><th>City</th></tr><tr><td>«full:1»</td><td>«city»</td></tr><tr><td>«full:2»</td><td>«city»</td></tr></table>",
    ),
    (
        "html",
        "<tr><td>«empid»</td><td>«LAST:1»</td><td>«first:1»</td><td>«dept»</td></tr>\n<tr><td>«empid»</td><td>«LAST:2»</td><td>«first:2»</td><td>«dept»</td></tr>",
    ),
    (
        "html",
        '<div class="card"><h3>«full:1»</h3><p>«addr»</p><a href="mailto:«pemail:1»">«pemail:1»</a></div>',
    ),
    (
        "html",
        '<ul class="attendees">\n  <span>«name:1»</span>\n  <span>«name:2»</span>\n  <span>«name:3»</span>\n</ul>',
    ),
    (
        "html",
        '<td class="guest">«sf:1»</td><td class="room">«roomno»</td><td class="from">«country»</td>',
    ),
    (
        "html",
        "<p>Dear «first:1»,</p><p>your order «order» ships to «addr».</p><p>Kind regards,<br>«full:2»</p>",
    ),
    ("html", '<input name="cardholder" value="«FULL:1»"><input name="pan" value="«card»">'),
    # ------------------------------------------------------------ JSON
    ("json", '{"name": "«full:1»", "city": "«city»", "country": "«ccell»"}'),
    (
        "json",
        '[{"first": "«first:1»", "last": "«last:1»"}, {"first": "«first:2»", "last": "«last:2»"}]',
    ),
    (
        "json",
        '{\n  "customer": {"fullName": "«full:1»", "email": "«pemail:1»", "phone": "«phone»"},\n  "orderId": "«order»",\n  "sku": "«sku»"\n}',
    ),
    (
        "json",
        'why does this fail to parse?\n{"employee": "«lc:1»", "manager": "«lc:2»", "office": "«city»",}',
    ),
    (
        "json",
        '{"passengers": [{"name": "«air:1»", "seat": "«seat»"}, {"name": "«air:2»", "seat": "«seat»"}], "flight": "«flight»"}',
    ),
    (
        "json",
        '{"patient": {"family": "«last:1»", "given": ["«first:1»"], "birthDate": "«dob»", "address": "«addr»"}}',
    ),
    (
        "json",
        '{"event":"login","user":"«uid»","display_name":"«full:1»","src_ip":"«ip»","ts":"«ts»"}',
    ),
    (
        "json",
        '{"payee": "«full:1»", "iban": "«iban»", "amount": «price», "ref": "«order»"}'.replace(
            "«price»", "«qty».00"
        ),
    ),
    (
        "json",
        '{"students": ["«full:1»", "«full:2»", "«full:3»"], "class": "«grade»", "teacher": "«init:4»"}',
    ),
    ("json", '{"contact_person":"«name:1»","billing_address":"«addr»","vat_country":"«cc»"}'),
    (
        "json",
        '{"author": "«lower:1»", "reviewers": ["«lower:2»", "«lower:3»"], "commit": "«hash»"}',
    ),
    (
        "json",
        '{"applicant": {"surname": "«LAST:1»", "given_names": "«FIRST:1»", "ssn": "«ssn»", "state_of_birth": "«region»"}}',
    ),
    # ------------------------------------------------------------ XML
    (
        "xml",
        '<customer id="«n»"><name>«full:1»</name><city>«city»</city><country>«ccell»</country></customer>',
    ),
    (
        "xml",
        "<employee>\n  <surname>«last:1»</surname>\n  <forename>«first:1»</forename>\n  <account>«acct»</account>\n</employee>",
    ),
    (
        "xml",
        '<passenger title="MR" seq="«n»">«air:1»</passenger>\n<passenger title="MS" seq="«n»">«air:2»</passenger>',
    ),
    (
        "xml",
        "<Contact><FullName>«sf:1»</FullName><Email>«pemail:1»</Email><Tel>«phone»</Tel></Contact>",
    ),
    ("xml", "<record><pt>«lc:1»</pt><mrn>«mrn»</mrn><gp>«init:2»</gp><addr>«addr»</addr></record>"),
    (
        "xml",
        '<attendee role="speaker">«full:1»</attendee><attendee role="chair">«full:2»</attendee><venue>«city»</venue>',
    ),
    ("xml", '<!-- exported by «first:1» -->\n<item sku="«sku»" qty="«qty»"/>'),
    # ------------------------------------------------------------ SQL
    (
        "sql",
        "INSERT INTO customers (first_name, last_name, city) VALUES ('«first:1»', '«last:1»', '«city»'), ('«first:2»', '«last:2»', '«city»');",
    ),
    ("sql", "SELECT * FROM staff WHERE surname = '«last:1»' AND given_name = '«first:1»';"),
    ("sql", "UPDATE contacts SET email = '«pemail:1»', phone = '«phone»' WHERE name = '«full:1»';"),
    (
        "sql",
        "-- rows reported by «first:1»\nINSERT INTO payroll VALUES («n», '«LC:2»', '«iban»', «salary»);".replace(
            "«salary»", "«qty»00"
        ),
    ),
    (
        "sql",
        "id | name | country\n---+------+--------\n «n» | «full:1» | «ccell»\n «n» | «full:2» | «ccell»\n(2 rows)",
    ),
    (
        "sql",
        "DELETE FROM guests WHERE full_name IN ('«full:1»', '«full:2»') AND hotel_city = '«city»';",
    ),
    ("sql", "INSERT INTO patients(name, dob, ssn) VALUES ('«sf:1»', '«dob»', '«ssn»');"),
    # ------------------------------------------------------------ YAML
    ("yaml", "owner: «full:1»\nbackup_owner: «full:2»\nservice: «code»\nregion: eu-west-«n»"),
    ("yaml", "- name: «name:1»\n  city: «city»\n- name: «name:2»\n  city: «city»"),
    (
        "yaml",
        "contact:\n  first: «first:1»\n  last: «last:1»\n  email: «pemail:1»\n  address: «addr»",
    ),
    ("yaml", "maintainers:\n  - «full:1» <«pemail:1»>\n  - «full:2» <«pemail:2»>\nversion: «ver»"),
    (
        "yaml",
        "oncall:\n  primary: «first:1»\n  secondary: «first:2»\n  escalation: «full:3»\n  phone: «phone»",
    ),
    # ------------------------------------------------------------ spreadsheets pasted as text
    (
        "sheet",
        "A\tB\tC\tD\n1\tName\tCity\tPhone\n2\t«full:1»\t«city»\t«phone»\n3\t«full:2»\t«city»\t«phone»",
    ),
    (
        "sheet",
        "can you make a formula for column C? the data:\n«last:1»   «first:1»   «score»\n«last:2»   «first:2»   «score»\n«last:3»   «first:3»   «score»",
    ),
    (
        "sheet",
        "Sheet1!A2:C4\n«lc:1»  | «ccell» | «price»\n«lc:2»  | «ccell» | «price»\n«lc:3»  | «ccell» | «price»",
    ),
    (
        "sheet",
        "Volunteer        Shift      Site\n«full:1»    «weekday»    «city»\n«full:2»    «weekday»    «city»",
    ),
    (
        "sheet",
        '=VLOOKUP("«full:1»", A2:D90, 3, FALSE) returns #N/A but row 14 says «full:1» «city»',
    ),
    # ------------------------------------------------------------ fixed-width reports
    (
        "fixed",
        "NAME                 CITY            AMOUNT\n«FULL:1|21»«CITY|16»«price»\n«FULL:2|21»«CITY|16»«price»",
    ),
    (
        "fixed",
        "EMP#    SURNAME         FIRST       DEPT\n«empid|8»«LAST:1|16»«FIRST:1|12»«dept»\n«empid|8»«LAST:2|16»«FIRST:2|12»«dept»",
    ),
    (
        "fixed",
        "ACCT NO       HOLDER                BRANCH\n«acct|14»«LC:1|22»«CITY»\n«acct|14»«LC:2|22»«CITY»\n(account numbers above)",
    ),
    (
        "fixed",
        "SEQ NAME                     PNR    SEAT\n001 «air:1|25»«pnr» «seat»\n002 «air:2|25»«pnr» «seat»",
    ),
    ("fixed", "Page 1 of 1        Run «date»\nCUSTOMER: «sfl:1|30» REF: «order»\nADDRESS:  «addr»"),
    # ------------------------------------------------------------ forms
    (
        "form",
        "Name: «full:1»\nDate of birth: «dob»\nAddress: «addr»\nPhone: «phone»\nEmail: «pemail:1»",
    ),
    (
        "form",
        "Surname: «LAST:1»\nGiven names: «first:1»\nNationality: «country»\nPlace of birth: «city»",
    ),
    ("form", "Applicant: «lc:1»\nSSN: «ssn»\nEmployer: «brand»\nAnnual income: «salary»"),
    (
        "form",
        "Cardholder name: «FULL:1»\nCard number: «card»\nExpiry: 0«n»/2«n»\nBilling city: «city»",
    ),
    (
        "form",
        "Emergency contact: «full:2» («first:1»'s sister)\nContact phone: «phone»\nRelationship: sibling",
    ),
    ("form", "Beneficiary: «name:1»\nIBAN: «iban»\nBank city: «city»\nReference: «order»"),
    (
        "form",
        "Full name (as on passport): «sfl:1»\nPassport country: «ccell»\nArrival: «ddate» «flight»",
    ),
    ("form", "name «lower:1»\nadress «addr»\nphone «phone»\nnotes pls call after «time»"),
    (
        "form",
        "Student: «first:1» «last:1»\nGuardian: «gm:2»\nGuardian e-mail: «pemail:2»\nClass: «grade»",
    ),
    ("form", "Checking account: «acct»\nAccount holder: «full:1»\nSort/branch: «city»"),
    (
        "form",
        "Reported by: «init2:1»\nWitness: «full:2»\nLocation of incident: «addr»\nTime: «time»",
    ),
    (
        "form",
        "Requester ....... «full:1»\nCost centre ..... «dept»\nApprover ........ «full:2»\nItem ............ «product»",
    ),
    # ------------------------------------------------------------ airline and hotel manifests
    (
        "manifest",
        "FLT «flight» «date»\n01 «air:1» MR  «seat»\n02 «air:2» MRS «seat»\n03 «air:3» MS  «seat»",
    ),
    ("manifest", "PAX LIST / «flight» / DEP «CITY» ARR «CITY»\n«air:1»\n«air:2»\n«air:3»"),
    (
        "manifest",
        "Hotel arrivals «ddate»\nRoom «roomno» - «lc:1» - «n» nights - from «country»\nRoom «roomno» - «lc:2» - «n» nights - from «country»",
    ),
    ("manifest", "NAME: «air:1» MR\nPNR: «pnr»\nFF: «flight»\nCONTACT: «phone»"),
    (
        "manifest",
        "Crew: Captain «full:1», First Officer «full:2», Purser «first:3» «last:3»\nRoute: «city» - «city»",
    ),
    ("manifest", "rooming list (group «code»)\n«roomno» «sf:1» / «sf:2»\n«roomno» «sf:3»"),
    (
        "manifest",
        "Transfer pickups «weekday»:\n«time» «name:1» at «addr»\n«time» «name:2» at «addr»",
    ),
    ("manifest", "Boarding pass\n«air:1» MR\nFrom: «CITY»\nTo: «CITY»\nSeat «seat» Gate «n»"),
    # ------------------------------------------------------------ payroll and HR
    (
        "payroll",
        "Payroll run «month»\n«empid» «lc:1» net «salary» to «iban»\n«empid» «lc:2» net «salary» to «iban»",
    ),
    (
        "payroll",
        "employee,account_number,sort_code,amount\n«full:1»,«acct»,«n»-«n»-«n»,«salary»\n«full:2»,«acct»,«n»-«n»-«n»,«salary»",
    ),
    (
        "payroll",
        "New starter: «full:1»\nStart date: «date»\nLine manager: «full:2»\nWork location: «city»\nSSN: «ssn»",
    ),
    (
        "payroll",
        "Leaver «init:1» ({dept}) - final pay «salary», acct «acct»".replace("{dept}", "«dept»"),
    ),
    (
        "payroll",
        "HR export | «date»\n«empid» | «sf:1» | «role» | «city»\n«empid» | «sf:2» | «role» | «city»",
    ),
    (
        "payroll",
        "Please check the overtime for «first:1» and «first:2», both at the «city» depot, «month».",
    ),
    ("payroll", "Direct deposit change: «full:1», old acct «acct», new IBAN «iban»"),
    # ------------------------------------------------------------ school rosters
    ("roster", "Class «grade» roster\n1. «lc:1»\n2. «lc:2»\n3. «lc:3»\n4. «lc:4»"),
    (
        "roster",
        "«grade» | teacher «init:1»\n«full:2», «full:3» and «full:4» - field trip to «city»",
    ),
    (
        "roster",
        "Student,Parent,Parent phone\n«first:1» «last:1»,«full:2»,«phone»\n«first:3» «last:3»,«full:4»,«phone»",
    ),
    ("roster", "Group A: «first:1», «first:2», «first:3»\nGroup B: «first:4», «ew:5», «first:6»"),
    ("roster", "report card: «sfl:1» - maths «score», chemistry «score» - form tutor «full:2»"),
    ("roster", "Pickup list «weekday»: «ew:1» «last:1» (collected by «full:2»), «full:3»"),
    # ------------------------------------------------------------ patient lists
    (
        "patients",
        "Ward round «ddate»\nBed 1: «sf:1», «n»y, «mrn»\nBed 2: «sf:2», «n»y, «mrn»\nConsultant: «init:3»",
    ),
    ("patients", "Patient: «lc:1»\nDOB: «dob»\nAddress: «addr»\nNext of kin: «full:2», «phone»"),
    (
        "patients",
        "triage list\n«time» «full:1» chest pain\n«time» «full:2» fall at home\n«time» «full:3» referral from «city»",
    ),
    (
        "patients",
        "MRN,Name,GP,Postcode area\n«mrn»,«LC:1»,«init:3»,«city»\n«mrn»,«LC:2»,«init:3»,«city»",
    ),
    (
        "patients",
        "Discharge summary for «full:1» ({mrn}), seen by «full:2», follow-up in «city» clinic".replace(
            "{mrn}", "«mrn»"
        ),
    ),
    # ------------------------------------------------------------ CRM exports
    (
        "crm",
        "Account: «brand»\nPrimary contact: «full:1» («role»)\nEmail: «pemail:1»\nPhone: «phone»\nHQ: «city», «country»",
    ),
    (
        "crm",
        "Lead Name,Title,Company,City\n«full:1»,«role»,«brand»,«city»\n«full:2»,«role»,«brand»,«city»",
    ),
    (
        "crm",
        "Opportunity «ticket» owned by «first:1» «last:1» - next step: call «full:2» on «weekday»",
    ),
    (
        "crm",
        "contacts.vcf\nBEGIN:VCARD\nFN:«full:1»\nN:«last:1»;«first:1»;;;\nTEL:«phone»\nEMAIL:«pemail:1»\nEND:VCARD",
    ),
    ("crm", "dedupe? «full:1» / «FULL:1» / «lc:1» - same person at «addr»"),
    ("crm", "Notes: met «first:1» at the «brand» booth, intro to «full:2» from «country»"),
    # ------------------------------------------------------------ logs
    ("log", '«ts» «level» user=«uid» name="«full:1»" ip=«ip» action=export'),
    ("log", "«ts» INFO booking created guest=«air:1» pnr=«pnr» origin=«CITY»"),
    ("log", "[«time»] payment_failed customer=«lc:1» card=«card» reason=do_not_honor"),
    ("log", "«ts» WARN hr-sync: duplicate employee last=«last:1» first=«first:1» site=«city»"),
    ("log", 'level=info msg="address updated" holder="«full:1»" addr="«addr»" by=«uid»'),
    ("log", "«ts» | «ip» | GET /api/v«n»/staff?name=«last:1» | «http» | «ms»ms"),
    ("log", "audit: «sf:1» exported «qty» rows from crm; approver=«sf:2»; host=«ip»"),
    # ------------------------------------------------------------ e-mails with signatures
    (
        "email",
        "Hi «first:1»,\n\nattached is the «month» roster export for the «city» office.\n\nThanks,\n«full:2»\n«role» | «brand»\n«phone»",
    ),
    (
        "email",
        "From: «full:1» <«pemail:1»>\nTo: «full:2» <«pemail:2»>\nSubject: patient list «ddate»\n\n«first:2», can you check bed 4?\n-- «first:1»",
    ),
    (
        "email",
        "Dear Mr «last:1»,\nyour booking «pnr» for «flight» to «city» is confirmed.\nKind regards\n«full:2»\nReservations",
    ),
    (
        "email",
        "Hello team,\n«full:1» joins payroll on «date», based in «city». Please set up acct «acct».\nBest, «init:2»",
    ),
    (
        "email",
        "Dear Dr «last:1»\n\nplease find the CSV of «n» records attached.\n\n«full:2»\n«addr»\nT: «phone»",
    ),
    (
        "email",
        "hi «lfirst:1»\nsending the spreadsheet now - the row for «lower:2» is wrong (city should be «city»)\ncheers\n«lfirst:3»",
    ),
    (
        "email",
        "Subject: RE: CRM export\n\n«first:1», I removed «full:2» and «full:3» from the list.\n\n«full:4»\nSent from my phone",
    ),
    ("email", "Good morning «ew:1»,\nthe IBAN for «full:2» is «iban».\nRegards,\n«full:3»"),
    # ------------------------------------------------------------ chat / notes about records
    ("chat", "ask «ew:1» if she can cover the «weekday» shift, the rota is in the sheet"),
    ("chat", "«ew:1» and «ew:2» are late again, put them at the bottom of the roster"),
    ("chat", "tell «ew:1» the room in «city» is free from «ddate»"),
    (
        "chat",
        "can you turn this into a table: «full:1» from «city», «full:2» from «city», «full:3» from «country»",
    ),
    (
        "chat",
        "merge rows for «first:1», «first:2» and «full:3» - they're the same household at «addr»",
    ),
    ("chat", "@«first:1» the export has «LAST:2» «first:2» twice, can you fix it"),
    ("chat", "«lower:1» phone «phone» email «pemail:1» add to crm thanks"),
    (
        "chat",
        "Okafor-style question: why does «lc:1» sort before «lc:2» in the CSV?".replace(
            "Okafor-style ", ""
        ),
    ),
    ("chat", "who is «init2:1»? the manifest lists «air:1» but the form says «full:1»"),
    ("chat", "ping «ew:1» about the «dept» spreadsheet, «ew:1» owns it now"),
    ("chat", "«inil:1» and «inil:2» both need access, ips «ip» and «ip»"),
    ("chat", "card ending wrong for «full:1»: stored «card», please update before «weekday»"),
)
