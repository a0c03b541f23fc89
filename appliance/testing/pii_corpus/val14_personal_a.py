"""Templates with personal data for val14, part A: money and things at home.

Banks' and credit unions' branches and fraud teams, mortgage brokers, pension and payroll
providers, debt collection and payment plans, landlords' rent ledgers, utilities' billing,
mobile top-ups and money transfer shops, car dealers and garages, driving test centres.
Written by hand for this part; slots are explained in `val14_gen`.
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # ------------------------------------------------------------ banks, fraud teams
    (
        "chat",
        "{{p1.full}} called the branch again about the card ending in the wrong digits. Can you draft a reply saying we cancelled {{card}} and the new one goes to {{addr}} within 5 working days?",
    ),
    (
        "chat",
        "hi its {{p1.firstl}} from the {{city}} branch, customer {{p2.lower}} says someone used her card {{card}} at a petrol station at {{d.time}}, what do i tell her",
    ),
    (
        "email",
        "Subject: Suspected fraud on acct {{acct_us}}\n\nTeam,\n\nOur customer {{p1.full}} (DOB on file, phone {{phone_us}}) reports two transfers she did not make from checking account {{acct_us}} on {{d.date}}. The payee IBAN was {{iban}}. Please freeze and call her back.\n\nThanks,\n{{p2.first}}\nFraud Operations",
    ),
    (
        "ticket",
        "FRAUD-{{d.n}}{{d.n}} | priority: high | reporter: {{p1.init}}\nCustomer: {{p2.LF}}\nCard: {{card}}\nLogin seen from {{ip4}} and {{ip6}}, customer is in {{city}}.\nAction: block card, reissue, call {{phone}}.",
    ),
    (
        "sms",
        "{{p1.first}}, this is your bank. We saw a payment of {{d.price}} on card {{card}}. Was this you? Reply Y or N. If N call us from {{phone_gb}}.",
    ),
    (
        "form",
        "ACCOUNT OPENING FORM\nSURNAME: {{p1.lastup}}\nFORENAMES: {{p1.first:up}}\nADDRESS: {{addr:up}}\nMOBILE: {{phone}}\nEMAIL: {{p1.email}}\nSSN: {{ssn}}\nPRODUCT: Everyday Saver (code {{d.sku}})",
    ),
    (
        "transcript",
        "[{{d.time}}] Agent: Thanks for calling, can I take your full name?\n[{{d.time}}] Caller: it's {{p1.full}}.\n[{{d.time}}] Agent: And the last transaction you recognise?\n[{{d.time}}] Caller: a transfer to {{p2.full}}, my landlord, from my account number {{acct_uk}}.\n[{{d.time}}] Agent: Thank you {{p1.first}}, I'll note that.",
    ),
    (
        "json",
        '{"case_id": "{{d.ref}}", "customer": {"name": "{{p1.full}}", "email": "{{p1.email}}", "phone": "{{phone}}"}, "disputed": [{"amount": "{{d.price}}", "card": "{{card}}"}], "handler": "{{p2.init}}"}',
    ),
    (
        "log",
        '{{d.iso}}T{{d.time}}:11Z WARN fraud.rules velocity_exceeded user={{p1.email}} src_ip={{ip4}} card={{card}} score=0.{{d.n}}\n{{d.iso}}T{{d.time}}:12Z INFO fraud.rules hold_placed user={{p1.email}} reviewer="{{p2.full}}"',
    ),
    (
        "notes",
        "Branch visit {{d.date}}\n- {{p1.full}} wants a joint account with {{p2.first}} ({{p2.last}}), they moved from {{country}}.\n- Proof of address: lease for {{addr}}.\n- Call back on {{phone}} after {{d.time}}.",
    ),
    (
        "letter",
        "{{p1.full}}\n{{addr}}\n\n{{d.date}}\n\nDear {{p1.first}},\n\nYour new sort code and account number are 30-{{d.n}}-{{d.n}} / {{acct_uk}}. Your debit card will follow separately. If anything is wrong, call {{phone_gb:national}}.\n\nYours sincerely,\n{{p2.full}}\nBranch Manager",
    ),
    (
        "whatsapp",
        "[{{d.date}}, {{d.time}}] {{p1.first}}: mum the bank wants my iban for the stipend\n[{{d.date}}, {{d.time}}] {{p2.first}}: it's {{iban}}, it's in the folder\n[{{d.date}}, {{d.time}}] {{p1.first}}: thx ❤️",
    ),
    (
        "csv",
        'customer,account,iban,branch,opened\n"{{p1.lf}}",{{acct}},{{iban}},{{city}},{{d.date}}\n"{{p2.lf}}",{{acct#2}},{{iban#2}},{{city#2}},{{d.date}}',
    ),
    (
        "sql",
        "UPDATE customers SET phone = '{{phone}}', email = '{{p1.email}}' WHERE full_name = '{{p1.full}}' AND account_no = '{{acct}}';",
    ),
    (
        "chat",
        'Can you translate this for a customer? "Estimado {{p1.full}}: su número de cuenta {{acct_mx}} (CLABE) ha sido verificado. Para dudas llame al {{phone_mx}}."',
    ),
    (
        "email",
        "Hi {{w1.first}},\n\nThe credit union needs your member number and the checking acct # {{acct_us}} to set up the direct deposit. Also your SSN {{ssn}} is on the W-9 already, no need to send it again.\n\n– {{p1.first}}",
    ),
    (
        "review",
        "★☆☆☆☆ The teller, {{p1.first}}, was lovely but the branch in {{city}} lost my paperwork twice. I had to resend my IBAN {{iban}} three times. Ask for {{p2.full}} if you want things done.",
    ),
    (
        "yaml",
        'fraud_case:\n  id: {{d.ref}}\n  victim: "{{p1.full}}"\n  contact: "{{phone}}"\n  mule_accounts:\n    - iban: {{iban}}\n    - iban: {{ibanc}}\n  analyst: {{p2.firstl}}',
    ),
    # ------------------------------------------------------------ mortgages, pensions, payroll
    (
        "email",
        "Subject: Mortgage in principle – {{p1.last}}\n\nHi {{p2.first}},\n\nPlease find attached the documents for {{p1.full}} and {{p3.full}}. Property: {{addr}}. Deposit comes from {{p1.first}}'s savings account no. {{acct_uk}}. Best number for them is {{phone}}.\n\nKind regards,\n{{p4.full}}\nMortgage Adviser",
    ),
    (
        "chat",
        "Summarise this for the underwriter: applicants {{p1.LF}} and {{p2.LF}}, combined income {{d.price}}, currently renting in {{city}}, want to buy in {{region}}. Employer reference from {{p3.init}}.",
    ),
    (
        "form",
        "Pension transfer request\nMember name: {{p1.full}}\nNational Insurance / SSN: {{ssn}}\nReceiving scheme bank account: {{acct}}\nIBAN (if abroad): {{iban}}\nTelephone: {{phone}}\nSigned: {{p1.init}}   Date: {{d.date}}",
    ),
    (
        "csv",
        "employee_id,name,net_pay,bank_account,sort_code\nE{{d.n}}0,{{p1.full}},{{d.price}},{{acct_uk}},20-{{d.n}}-{{d.n}}\nE{{d.n}}1,{{p2.full}},{{d.price}},{{acct_uk#2}},40-{{d.n}}-{{d.n}}\nE{{d.n}}2,{{p3.full}},{{d.price}},{{acct_uk#3}},60-{{d.n}}-{{d.n}}",
    ),
    (
        "toolcall",
        '{"tool": "payroll.update_bank_details", "arguments": {"employee": "{{p1.full}}", "iban": "{{ibanc}}", "effective": "{{d.date}}", "approved_by": "{{p2.full}}"}}',
    ),
    (
        "ticket",
        'Payroll query #{{d.n}}{{d.n}}\nFrom: {{p1.email}}\n"Hi, my payslip for {{d.date}} went to my old account. New account number is {{acct}}, please fix before next run. – {{p1.first}}"\nAssigned: {{p2.first}}',
    ),
    (
        "letter",
        "Re: Annual pension statement\n\nDear Mr {{p1.last}},\n\nWe confirm the lump sum will be paid to the account ending as in your form (acct. {{acct}}) and the pension itself to IBAN {{iban}}. Your adviser {{p2.full}} can be reached on {{phone}}.\n\nPensions Team",
    ),
    (
        "xml",
        '<payment>\n  <creditor>{{p1.full}}</creditor>\n  <iban>{{ibanc}}</iban>\n  <amount currency="EUR">{{d.price}}</amount>\n  <ref>{{d.invoice}}</ref>\n  <approver>{{p2.full}}</approver>\n</payment>',
    ),
    # ------------------------------------------------------------ debt collection, payment plans
    (
        "letter",
        "{{p1.upper}}\n{{addr:up}}\n\nFINAL NOTICE – balance {{d.price}}\n\nDear {{p1.full}},\nwe have tried to reach you on {{phone}} and {{phone#2}}. To agree a payment plan, pay into account number {{acct}} quoting {{d.ref}}.\n\n{{p2.init}}, Collections",
    ),
    (
        "chat",
        'write a softer version of this for a payment plan: "{{p1.first}}, you missed two instalments. Call {{p2.first}} on {{phone}} today or we pass the file on."',
    ),
    (
        "transcript",
        "COLLECTOR ({{p1.first:up}}): Am I speaking with {{p2.full}}?\nDEBTOR: Yes, who is this?\nCOLLECTOR ({{p1.first:up}}): I'm calling about the water account at {{addr}}.\nDEBTOR: I already set up a plan with {{p3.first}} last month, from my checking account {{acct_us}}.",
    ),
    (
        "sms",
        "Hi {{p1.first}} your plan payment of {{d.price}} is due {{d.date}}. Pay by card or call {{phone}}. Ref {{d.ref}}.",
    ),
    (
        "notes",
        "call log {{d.date}}\n{{p1.lower}} - says she moved to {{city}}, new no {{phone}}\nwants to pay £20/wk from acct {{acct_uk}}\nflag: vulnerable, speak to {{p2.firstl}} before next call",
    ),
    (
        "markdown_table",
        "| Debtor | Phone | Balance | Plan |\n|---|---|---|---|\n| {{p1.full}} | {{phone}} | {{d.price}} | weekly |\n| {{p2.full}} | {{phone#2}} | {{d.price}} | monthly |\n| {{p3.full}} | {{phone#3}} | {{d.price}} | none |",
    ),
    # ------------------------------------------------------------ landlords, rent ledgers
    (
        "csv",
        "date,tenant,unit,paid,method,notes\n{{d.date}},{{p1.full}},{{d.room}},{{d.price}},transfer,from acct {{acct}}\n{{d.date}},{{p2.full}},{{d.room}},{{d.price}},cash,\n{{d.date}},{{p1.full}},{{d.room}},{{d.price}},transfer,late",
    ),
    (
        "whatsapp",
        "{{p1.first}}: Hi, rent is in, sorry it's late\nLandlord: thanks, got it. Can you send {{p2.first}}'s number for the boiler guy?\n{{p1.first}}: it's {{phone}}\nLandlord: 👍",
    ),
    (
        "email",
        "Hi {{p1.first}},\n\nRent for {{addr}} is now {{d.price}} a month from {{d.date}}. Please pay to my new account: {{p2.full}}, IBAN {{iban}}. Any issues, text me on {{phone}}.\n\n{{p2.first}}",
    ),
    (
        "chat",
        'Is this a fair clause? "The tenant, {{p1.full}}, shall pay rent to {{p2.full}} at {{addr}} by standing order to account no {{acct}}"',
    ),
    (
        "markdown_table",
        "## Rent ledger – {{addr}}\n\n| Month | Tenant | Due | Paid |\n|---|---|---|---|\n| Jan | {{p1.full}} | {{d.price}} | yes |\n| Feb | {{p1.full}} | {{d.price}} | no |\n\nDeposit held for {{p1.first}} ({{phone}}).",
    ),
    (
        "ocr",
        "TENANCY AGREEMENT\nLandlord: {{p1.upper}}\nTenant(s): {{p2.upper}} & {{p3.upper}}\nProperty: {{addr:up}}\nRent payable to: A/C {{acct_uk}} S/C 0{{d.n}}-{{d.n}}-{{d.n}}\nTel {{phone}}",
    ),
    # ------------------------------------------------------------ utilities billing
    (
        "email",
        "Subject: Meter reading dispute {{d.meter}}\n\nHello,\n\nMy name is {{p1.full}} and I live at {{addr}}. Your bill says I used {{d.kwh}} but the meter shows less. Direct debit is from account {{acct}}. Please call me on {{phone}}.\n\n{{p1.first}}",
    ),
    (
        "chat",
        "customer {{p1.full}} wants to move the gas bill into {{p2.first}}'s name because they split up. address {{addr}}. draft the letter for both of them",
    ),
    (
        "sms",
        "WATER: {{p1.first}}, your bill {{d.invoice}} of {{d.price}} is ready. Questions? {{phone}}. Reply STOP to opt out.",
    ),
    (
        "form",
        "Change of occupier\nOld occupier: {{p1.full}}\nNew occupier: {{p2.full}}\nSupply address: {{addr}}\nMove-in date: {{d.date}}\nMeter serial: {{d.meter}}\nContact number: {{phone}}\nBank account for direct debit: {{acct}}",
    ),
    (
        "json",
        '{"account_holder": "{{p1.full}}", "supply_address": "{{addr}}", "tariff": "Fixed Saver {{d.n}}", "meter": "{{d.meter}}", "dd": {"iban": "{{iban}}", "mandate": "{{d.ref}}"}, "priority_register": true, "notes": "{{p1.first}} uses oxygen at home"}',
    ),
    (
        "review",
        "Electricity company left us without power for two days. I'm {{p1.full}} from {{city}} and nobody called me back on {{phone}}. Only {{p2.first}} in the complaints team was helpful.",
    ),
    (
        "ticket",
        "Complaint {{d.ticket}} – billing\nCustomer: {{p1.lf}}\nPremises: {{addr}}\nSummary: charged twice for {{d.date}}; refund to card {{card}} requested.\nOwner: {{p2.init}}",
    ),
    # ------------------------------------------------------------ mobile top-ups, money transfer
    (
        "sms",
        "You sent {{d.price}} to {{p1.full}} ({{phone}}) in {{country}}. Pickup code {{d.code}}. Thank you for using QuickRemit.",
    ),
    (
        "chat",
        "My cousin {{p1.first}} in {{country}} didn't get the top-up. Number is {{phone}}, I paid with card {{card}}. Can you write a complaint?",
    ),
    (
        "form",
        "MONEY TRANSFER – SEND FORM\nSender: {{p1.full}}   Tel: {{phone}}\nReceiver: {{p2.full}}   Tel: {{phone#2}}\nDestination: {{city}}, {{country}}\nReceiver bank account: {{acct}}\nAmount: {{d.price}}",
    ),
    (
        "whatsapp",
        "{{p1.first}}: bro can you top up my line {{phone}}\n{{p2.first}}: how much\n{{p1.first}}: 10 is fine. send from the shop near {{p3.first}}'s place\n{{p2.first}}: ok done ✅",
    ),
    (
        "log",
        'topup.svc {{d.date}} {{d.time}} msisdn={{phone:e164}} amount={{d.price}} operator="Airtel" agent={{p1.firstl}} status=OK\ntopup.svc {{d.date}} {{d.time}} msisdn={{phone#2:e164}} amount={{d.price}} operator="MTN" agent={{p1.firstl}} status=FAILED',
    ),
    (
        "transcript",
        "Shop assistant: Name of the person receiving?\nCustomer: {{p1.full}}, in {{city}}.\nShop assistant: And her bank account number?\nCustomer: {{acct_ng}}, it's a NUBAN.\nShop assistant: Your own phone?\nCustomer: {{phone}}.",
    ),
    # ------------------------------------------------------------ car dealers, garages
    (
        "email",
        "Hi {{p1.first}},\n\nYour Ford Focus is ready for collection at our garage. MOT passed, invoice {{d.invoice}}. Pay by card on collection or by transfer to IBAN {{iban}}.\n\nCheers,\n{{p2.first}} at the workshop\n{{phone}}",
    ),
    (
        "chat",
        "Customer {{p1.full}} wants to part-exchange her Porsche Cayenne for the Tesla Model Y. Her email is {{p1.email}}. Write a friendly follow-up from {{p2.first}}.",
    ),
    (
        "notes",
        "job card {{d.n}}{{d.n}}\nreg: KD{{d.n}} XPT\nowner: {{p1.full}} ({{phone}})\nwork: brake pads, Bosch wipers\nmechanic: {{p2.firstl}}\nkeys left with {{w1.first}} on reception",
    ),
    (
        "review",
        "Bought a used Mercedes from them. {{p1.first}} the salesman was honest, {{p2.full}} in finance less so. Still, 4/5. – {{p3.first}}, {{city}}",
    ),
    (
        "sms",
        "{{d.time}}: Hi it's {{p1.first}} from the dealership, the Volvo XC60 you liked is back. Call me on {{phone}}. {{p1.full}}",
    ),
    (
        "form",
        "VEHICLE FINANCE APPLICATION\nApplicant: {{p1.full}}\nDate of birth: {{d.date}}\nSSN: {{ssn}}\nAddress: {{addr}}\nPhone: {{phone_us}}\nChecking account no.: {{acct_us}}\nCo-signer: {{p2.full}}",
    ),
    # ------------------------------------------------------------ driving test centres
    (
        "email",
        "Subject: Your practical driving test\n\nDear {{p1.full}},\n\nYour test is booked at the {{city}} test centre on {{d.date}} at {{d.time}}. Your examiner will be {{p2.init}}. Bring your licence. To change, call {{phone}}.\n",
    ),
    (
        "chat",
        "my instructor {{p1.first}} says i can take the test in {{city}} instead of {{city#2}}, is that allowed? my licence has my old address {{addr}}",
    ),
    (
        "sms",
        "Reminder: {{p1.first}} has a lesson tomorrow {{d.time}}, pick-up at {{addr}}. – {{p2.first}} (instructor) {{phone}}",
    ),
    (
        "csv",
        "slot,candidate,examiner,result\n{{d.time}},{{p1.full}},{{p2.init}},pass\n{{d.time}},{{p3.full}},{{p2.init}},fail\n{{d.time}},{{w1.full}},{{p4.init}},pass",
    ),
    # ------------------------------------------------------------ mixed money, personal
    (
        "chat",
        "{{w1.first}} lent me 200 for the deposit, how do I pay her back to {{iban}} without fees? she's in {{country}}",
    ),
    (
        "whatsapp",
        "{{p1.first}} 🏠: hey can you send me your account details for the holiday money\n{{p2.first}}: sure, {{p2.full}}, account number {{acct}}, bank's the one on the high street\n{{p1.first}} 🏠: perfect sending now",
    ),
    (
        "email",
        "Hi all,\n\nFor the choir trip please pay {{d.price}} to our treasurer {{w1.full}}: IBAN {{iban}}. Questions to her at {{w1.email}} or {{phone}}.\n\nThanks,\n{{p1.first}}",
    ),
    (
        "sms",
        "{{w1.first}}, it's {{p1.first}}. The plumber's number is {{phone}}, tell {{w2.first}} he comes {{d.date}}.",
    ),
    (
        "chat",
        "Draft a reply to {{w1.first}} who asked if we'd reimburse the {{d.price}} she paid for the Kenwood Chef. Her account number is {{acct_uk}} and sort code 20-{{d.n}}-{{d.n}}.",
    ),
    (
        "notes",
        "Things to sort before move\n- tell {{w1.first}} new address: {{addr}}\n- cancel direct debit from acct {{acct}}\n- {{p1.first}}'s mobile {{phone}} for the van\n- Dyson to the charity shop",
    ),
    (
        "transcript",
        "00:00:03 {{p1.first:up}}: so yeah the bank just called me\n00:00:06 {{p2.first:up}}: about the card?\n00:00:08 {{p1.first:up}}: yes, {{card}}, they said it was used in {{country}}\n00:00:12 {{p2.first:up}}: did you call them back on {{phone}}?",
    ),
    (
        "json",
        '[{"payee": "{{p1.full}}", "iban": "{{iban}}", "amount": "{{d.price}}"}, {"payee": "{{p2.full}}", "iban": "{{iban#2}}", "amount": "{{d.price}}"}, {"payee": "Shell fuel card", "ref": "{{d.order}}", "amount": "{{d.price}}"}]',
    ),
    (
        "html",
        '<div class="receipt"><p>Paid by <strong>{{p1.full}}</strong></p><p>Card: {{card}}</p><p>Billing address: {{addr}}</p><p>Cashier: {{p2.first}}</p></div>',
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Mortgage meeting with {{p1.full}}\nDTSTART:{{d.ymd}}T0930\nLOCATION:{{addr}}\nDESCRIPTION:Bring payslips. Broker {{p2.full}}\\, {{phone}}\nEND:VEVENT",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{{p1.full}}\nN:{{p1.last}};{{p1.first}};;;\nORG:Harbour Credit Union\nTEL;TYPE=work:{{phone}}\nEMAIL:{{p1.wemail}}\nADR;TYPE=work:;;{{addr}}\nEND:VCARD",
    ),
    (
        "srt",
        "12\n00:01:02,000 --> 00:01:05,500\nMy name is {{p1.full}} and I've banked here for years.\n\n13\n00:01:05,600 --> 00:01:09,000\nWhen {{p2.first}} at the branch in {{city}} called me, I knew something was wrong.",
    ),
    (
        "latex",
        "\\section*{Statement of income}\nApplicant: \\textbf{{{p1.full}}}\\\\\nEmployer: Bosch UK Ltd\\\\\nSalary paid to account no.~{{acct_uk}}\\\\\nSigned by {{p2.full}} on {{d.date}}.",
    ),
    (
        "code",
        'def test_transfer_to_sibling():\n    sender = Customer(name="{{p1.full}}", iban="{{ibanc}}")\n    receiver = Customer(name="{{p2.full}}", iban="{{ibanc#2}}")\n    assert transfer(sender, receiver, amount=100).ok  # {{p1.first}} asked for this case',
    ),
    (
        "html",
        '<form><label>Name</label><input value="{{p1.full}}"><label>Mobile</label><input value="{{phone}}"><label>Account number</label><input value="{{acct}}"></form>',
    ),
    (
        "xml",
        '<customer id="{{d.n}}{{d.n}}"><name>{{p1.full}}</name><ssn>{{ssn}}</ssn><address>{{addr}}</address><phone>{{phone_us}}</phone></customer>',
    ),
    (
        "yaml",
        'tenants:\n  - name: {{p1.full}}\n    phone: "{{phone}}"\n    unit: {{d.room}}\n  - name: {{p2.full}}\n    phone: "{{phone#2}}"\n    unit: {{d.room}}\nlandlord_account: "{{acct}}"',
    ),
    (
        "srt",
        "4\n00:00:14,200 --> 00:00:17,900\n{{p1.upper}}: Our water bill went up again.\n\n5\n00:00:18,000 --> 00:00:21,000\n{{p2.upper}}: Call them, the number is {{phone}}.",
    ),
    (
        "ocr",
        "CREDIT UNION  MEMBER CARD\nMEMBER {{p1.upper}}\nNo. {{d.n}}{{d.n}}{{d.n}}\nSAVINGS ACCT {{acct}}\nBRANCH {{city:up}}",
    ),
    (
        "latex",
        "\\begin{tabular}{ll}\nPayee & {{p1.full}} \\\\\nIBAN & {{iban}} \\\\\nReference & {{d.ref}} \\\\\n\\end{tabular}\n% checked by {{p2.first}}",
    ),
    (
        "toolcall",
        'call send_sms(to="{{phone}}", body="Hi {{p1.first}}, your car is ready. Invoice {{d.invoice}}.")',
    ),
    (
        "sql",
        "INSERT INTO payment_plans (debtor, phone, account_number, weekly) VALUES ('{{p1.full}}', '{{phone}}', '{{acct}}', 25.00), ('{{p2.full}}', '{{phone#2}}', '{{acct#2}}', 40.00);",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Driving lesson – {{p1.first}}\nDTSTART:{{d.ymd}}T1600\nLOCATION:{{addr}}\nATTENDEE;CN={{p2.full}}:mailto:{{p2.email}}\nEND:VEVENT",
    ),
]
