"""Templates with personal data for val8, the blind part of the labelled PII corpus (first
half): mining and heavy industry, ports and customs, aviation maintenance, pharmacies,
dentistry, mental-health practices, schools' parent messaging, university admissions, local
newspapers, podcasts and radio, film and TV production, fashion retail, car rentals,
parking and tolls. Placeholders are filled by `val8_gen.fill`.

Every sentence was written by hand for this part by an author who read no other part."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # ---- mining and heavy industry
    (
        "chat",
        "«p1.f» — can you swap the night shift at pit 4 with «p2»? Their radio is dead, call «p2.f» on «ph» before 22:00.",
    ),
    (
        "email",
        "Subject: Incident report haul truck HT-«n»\n\nHi «p1.f»,\n\nThe near miss on bench 3 was logged by «p2» (badge «n»). He is off site until Monday; reach him on «ph» or «p2.em».\n\nRegards,\n«p3»\nSite Safety, «city» operation",
    ),
    (
        "form",
        "CONTRACTOR INDUCTION\nSURNAME: «p1.l»\nGIVEN NAMES: «p1.fU»\nHOME ADDRESS: «addr»\nEMERGENCY CONTACT: «p2.U»  PH: «ph»\nSSN (US staff only): «ssn»\nInduction date: «dmy»",
    ),
    (
        "log",
        '«date»T04:12:55Z WARN gas-monitor zone=C7 ch4=1.«n»% operator="«p1»" ack_by=«p1.l» src=«ip»\n«date»T04:13:02Z INFO page sent to «ph» (supervisor «p2»)',
    ),
    (
        "csv",
        "employee_id,name,role,mobile,site\nE«n»01,«p1»,blaster,«ph»,«city»\nE«n»02,«p2»,fitter,«ph2»,«city»\nE«n»03,«p3.lf»,geologist,«ph3»,«city2»",
    ),
    (
        "voice",
        "hey its «p1.lo» from the crusher team i need «p2.fl» to call me back on «ph.GB» the conveyor tripped again thanks",
    ),
    # ---- shipping, ports and customs
    (
        "email",
        "Dear «p1.i»,\n\nYour consignment (B/L MSKU«big») is held at customs in «city» pending the commercial invoice. Please send it to «p2.em» or call «p2» at «ph».\n\nKind regards,\nClearance desk",
    ),
    (
        "xml",
        '<declaration>\n  <consignee>«p1»</consignee>\n  <address>«addr»</address>\n  <phone>«ph»</phone>\n  <broker contact="«p2»">«p2.em»</broker>\n  <hs_code>8471.30</hs_code>\n</declaration>',
    ),
    (
        "ticket",
        "TKT «tkt» | Vessel call delayed\nReported by: «p1» («p1.em»)\nBerth agent «p2.f» says the pilot boards at 06:00. Crew list includes «p3» and «p4.lf».\nCrew change in «cc».",
    ),
    (
        "whatsapp",
        "[06:14] «p1.f»: gate 7 closed, trucks queueing to the roundabout\n[06:15] «p2.f»: ok telling «p3.f»\n[06:15] «p1.f»: his number is «ph» if the radio fails\n[06:16] «p3»: on my way",
    ),
    (
        "json",
        '{"shipment": "«ord»", "shipper": {"name": "«p1»", "phone": "«ph»", "city": "«city»"}, "notify": {"name": "«p2»", "email": "«p2.em»"}, "country": "«ctry»"}',
    ),
    (
        "sms",
        "PORT ALERT: container «trk» released. Driver «p1.f» please collect from Terminal B. Queries «ph»",
    ),
    # ---- aviation maintenance
    (
        "notes",
        "A-check «tail» — hangar 2\n- borescope done by «p1.i», sign-off «p2.lf»\n- NDT results e-mailed to «p3.em»\n- «p1.f» flags the yaw damper fault again; call «ph» if parts arrive\n«p2»",
    ),
    (
        "log",
        "[MX] «date» 23:41 task 32-11-00 closed by «p1.U» (lic. B1-«n») station «city»\n[MX] «date» 23:55 duplicate inspection «p2.U», reached on «ph»",
    ),
    (
        "chat",
        "Quick one: the tech who signed the CRS on «tail» was «p1» — or was it «p2»? I need the name for the audit by Friday.",
    ),
    (
        "markdown_table",
        "| Engineer | Licence | Base | Mobile |\n|---|---|---|---|\n| «p1» | B1 | «city» | «ph» |\n| «p2» | B2 | «city2» | «ph2» |\n| «p3.lf» | C | «city» | «ph3» |",
    ),
    (
        "email",
        "From: «p1.em»\nTo: stores\n\nPlease courier the starter generator to «p2» at «addr» — AOG. Card on file for the freight: «card».\n\n«p1.f»",
    ),
    # ---- pharmacies
    (
        "chat",
        "My mum «p1» picks up her repeat prescription at your «city» branch. Can her carer «w1» collect it instead? Her phone is «ph».",
    ),
    (
        "form",
        "Patient: «p1.LF»\nDOB: 19«n»-04-11\nAddress: «addr»\nTel: «ph»\nPrescriber: Dr «p2.l»\nMedication: amoxicillin 500 mg ×21",
    ),
    (
        "sms",
        "Hi «p1.f», your order at Greenleaf Pharmacy is ready. Collect by «dmy» or ring «ph». Reply STOP to opt out",
    ),
    (
        "review",
        "Five stars for the pharmacist «p1.f» in «city» — she phoned my GP, Dr «p2.l», herself when the dose looked wrong. Thank you «p1.f»!",
    ),
    (
        "json",
        '{"rx_id": "RX«big»", "patient": "«p1»", "dob": "1987-02-14", "phone": "«ph»", "insurer_member_ssn": "«ssn»", "pharmacist": "«p2.i»"}',
    ),
    # ---- dentistry
    (
        "email",
        "Dear «p1.f»,\n\nThis is a reminder of your hygiene appointment with «p2» on «dmy» at «time». If you can't make it, call us on «ph».\n\nSmile Bright Dental\n«addr»",
    ),
    ("sms", "«p1.f», your dentist is running 20 min late today. Sorry! – reception («ph»)"),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Root canal – «p1»\nDTSTART:20260312T093000\nLOCATION:«addr»\nDESCRIPTION:Dentist «p2». Patient phone «ph».\nATTENDEE;CN=«p1»:mailto:«p1.em»\nEND:VEVENT",
    ),
    (
        "notes",
        "Recall list wk 11: «p1.lf» (no-show x2), «p2.lf», «p3.lf» — ring «p3.f» on «ph», she prefers mornings. Payment plan: card «card» declined.",
    ),
    # ---- mental-health practices
    (
        "email",
        "Hi «p1.f»,\n\nI'm writing to refer «p2» (DOB 03/1994) for CBT. Their GP, Dr «p3.l», can be reached on «ph». Please contact «p2.f» directly at «p2.em».\n\nBest wishes,\n«p1.i» — «p4»",
    ),
    (
        "transcript",
        "THERAPIST («p1.f»): How was the week?\nCLIENT: Hard. My sister «p2.f» moved to «city» and I haven't heard from her.\nTHERAPIST («p1.f»): Have you tried calling?\nCLIENT: Her number changed, the old one was «ph».",
    ),
    (
        "form",
        "Intake form\nName: «p1»\nPreferred name: «p1.f»\nEmergency contact: «p2» (partner), «ph»\nInsurance SSN: «ssn»\nCity: «city»",
    ),
    (
        "chat",
        "Can you summarise these session notes without losing anything clinical? «p1» reports better sleep; spouse «w1» attended the second half.",
    ),
    # ---- schools' parent messaging
    (
        "whatsapp",
        "[19:02] «p1.f»: Does anyone know if PE is tomorrow?\n[19:05] «w1»: yes, and «p2.f» has the kit list\n[19:06] «p2.f»: kit list is on the portal. Ms «p3.l» said bring trainers\n[19:07] «p1.f»: thanks «w1» 🙏",
    ),
    (
        "email",
        "Dear parents of Year 4,\n\nThe trip to the farm is on «dmy». «p1» and «p2» have volunteered to help. If your child has allergies please tell Mrs «p3.l» («p3.em») or phone the office on «ph».\n\n«p4»\nHead of Year",
    ),
    (
        "sms",
        "«p1.U» ABSENT TODAY, REASON NOT GIVEN. PLEASE CALL THE SCHOOL OFFICE ON «ph» – «p2.U»",
    ),
    (
        "chat",
        "Pick-up rota for this week: Mon «p1.f», Tue «w1», Wed me, Thu «p2.f», Fri «p1.f» again. «w1» can you confirm?",
    ),
    (
        "csv",
        "pupil,class,parent,parent_phone,parent_email\n«p1»,4B,«p2»,«ph»,«p2.em»\n«p3»,4B,«p4»,«ph2»,«p4.em»",
    ),
    # ---- university admissions
    (
        "email",
        "Dear «p1»,\n\nThank you for applying to the MSc in Data Science. We have received your transcript from «city» but not your reference from Prof. «p2.l». Please ask them to email «p2.em».\n\nAdmissions Office",
    ),
    (
        "json",
        '{"applicant_id": "APP-«n»«n»", "given_name": "«p1.f»", "family_name": "«p1.l»", "email": "«p1.em»", "phone": "«ph»", "country": "«ctry»", "ssn": "«ssn»", "referee": "«p2»"}',
    ),
    (
        "letter",
        "«p1»\n«addr»\n\n«dmy»\n\nDear «p1.f»,\n\nI am pleased to offer you a place to study Civil Engineering. Your tutor will be Dr «p2».\n\nYours sincerely,\n«p3»\nDirector of Admissions",
    ),
    (
        "chat",
        "can u proofread my personal statement? i mention «p1.fl» my old coach from «city» and my teacher «p2.lo», shd i keep their names",
    ),
    # ---- local newspapers
    (
        "notes",
        "Story: flooding on «addr». Quotes from resident «p1» (lived there 30 yrs) and councillor «p2». Photographer «p3.f» («ph»). Deadline 17:00.",
    ),
    (
        "email",
        "Hi «p1.f»,\n\nThe letter from «p2» of «city» about the bus cuts is running Thursday. Can you confirm his phone («ph») for our records?\n\nThanks,\n«p3»\nLetters editor, The Valley Herald",
    ),
    (
        "html",
        '<article><h1>Bakery marks 50 years</h1><p class="byline">By «p1»</p><p>Owner «p2» opened the shop in «city» in 1976. "We never closed," said «p2.f».</p></article>',
    ),
    (
        "chat",
        "Rewrite this obituary lead: «p1», 84, of «city», died peacefully surrounded by family; survived by daughters «w1» and «p2.f».",
    ),
    # ---- podcasts and radio
    (
        "transcript",
        "«p1.U»: Welcome back to the show. With me is «p2».\n«p2.U»: Thanks «p1.f», great to be here.\n«p1.U»: Listeners, call us on «ph» — «p3.f» from «city» is already on the line.",
    ),
    (
        "srt",
        "12\n00:04:11,200 --> 00:04:14,900\n«p1.U»: That was «p2» live from «city».\n\n13\n00:04:15,000 --> 00:04:18,300\n«p2.U»: Thanks, «p1.f»!",
    ),
    (
        "email",
        "Hi «p1»,\n\nYou've been booked as a guest on Episode «n». Our producer «p2» will call you on «ph» the day before. Invoice details: IBAN «iban».\n\nRivetta Pod",
    ),
    (
        "chat",
        "Make show notes: guest «w1» talks about quitting finance; co-host «p1.f» shares her trip to «ctry». Tag @«p1.fl» and @«p2.fl».",
    ),
    # ---- film and TV production
    (
        "markdown_table",
        "| Role | Name | Agent phone |\n|---|---|---|\n| Lead | «p1» | «ph» |\n| Support | «p2» | «ph2» |\n| Stunt double | «p3» | «ph3» |",
    ),
    (
        "email",
        "CALL SHEET DAY 14\nUnit base: «addr»\nDirector: «p1»\n1st AD: «p2» («ph»)\nNearest hospital: «city» General\nCast: «p3», «p4.i»",
    ),
    (
        "yaml",
        'crew:\n  - name: «p1»\n    dept: camera\n    phone: "«ph»"\n  - name: «p2»\n    dept: sound\n    email: «p2.em»\n    payout_iban: «iban»\nlocation: «city»',
    ),
    (
        "chat",
        'Translate to Spanish: "«p1.f», your wardrobe fitting moved to «time». «p2» will meet you at the trailer."',
    ),
    # ---- fashion retail
    (
        "review",
        "Ordered the Rose Gold watch strap, arrived broken. «p1.f» at customer care («ph») sorted a refund in a day. Good service from «p1»!",
    ),
    (
        "ticket",
        "Return request «ord»\nCustomer: «p1»\nEmail: «p1.em»\nDelivery: «addr»\nRefund to card «card»\nNote from agent «p2.f»: customer says size 38 too small.",
    ),
    (
        "json",
        '{"event": "checkout", "customer": {"name": "«p1»", "email": "«p1.em»"}, "billing": {"card": "«card»", "city": "«city»"}, "ip": "«ip»"}',
    ),
    ("sms", "Hi «w1»! Your Lunar Thread order has shipped. Track it with «trk». Questions? «ph»"),
    # ---- car rentals
    (
        "email",
        "Rental agreement «ord»\n\nDriver: «p1»\nAdditional driver: «p2»\nLicence held in «ctry»\nPick-up: «addr»\nDeposit card: «card»\nContact: «ph»",
    ),
    (
        "chat",
        "The car I rented in «city» got a scratch. The agent was «p1» — how do I word an email disputing the £300 charge? My booking is under «p2».",
    ),
    (
        "form",
        "DAMAGE REPORT\nRENTER: «p1.U»\nPHONE: «ph»\nPLATE: «plate»\nBRANCH: «city.U»\nSTAFF: «p2.f»",
    ),
    # ---- parking and tolls
    (
        "letter",
        "PENALTY CHARGE NOTICE\n\n«p1.U»\n«addr»\n\nVehicle «plate» was parked without a valid ticket. Pay by bank transfer to IBAN «iban» quoting «ord», or call «ph».\n\nPennyLane Parking",
    ),
    (
        "sms",
        "Toll account topped up £20 from card ending «n». Account holder «p1». Low balance alerts to «ph».",
    ),
    (
        "chat",
        "Write an appeal: my husband «w1» had a blue badge on the dash at «addr», the warden «p1.l» ignored it. Contact me on «ph».",
    ),
    (
        "csv",
        'plate,owner,address,phone\n«plate»,«p1»,"«addr»",«ph»\n«plate2»,«p2.lf»,"«addr2»",«ph2»',
    ),
    # ---- mixed
    (
        "ocr",
        "INVOICE NO «ord»\nBILL TO: «p1.U»\n«addr»\nTEL «ph»\nACCOUNT NUMBER: «acct»\nSORT CODE 20-«n»-«n»\nTHANK YOU «p1.fU»",
    ),
    (
        "latex",
        "\\begin{letter}{«p1» \\\\ «addr»}\n\\opening{Dear «p1.f»,}\nYour tenancy deposit will be returned to account number «acct».\n\\closing{Yours, «p2»}\n\\end{letter}",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:«p1»\nN:«p1.l»;«p1.f»;;;\nTEL;TYPE=cell:«ph»\nEMAIL:«p1.em»\nADR:;;«addr»;;;;\nEND:VCARD",
    ),
    (
        "toolcall",
        '{"tool": "send_sms", "arguments": {"to": "«ph»", "body": "Hi «p1.f», your dental check-up is confirmed for «dmy»."}}',
    ),
    (
        "sql",
        "INSERT INTO donors (name, email, phone, city) VALUES ('«p1»', '«p1.em»', '«ph»', '«city»'), ('«p2»', '«p2.em»', '«ph2»', '«city2»');",
    ),
    (
        "code",
        'def test_invoice_header():\n    # fixture customer from the «city» pilot\n    customer = Customer(name="«p1»", phone="«ph»", iban="«iban»")\n    assert render(customer).startswith("«p1»")',
    ),
    (
        "html",
        "<table><tr><th>Driver</th><th>Phone</th></tr><tr><td>«p1»</td><td>«ph»</td></tr><tr><td>«p2»</td><td>«ph2»</td></tr></table>",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Admissions interview\nORGANIZER;CN=«p1»:mailto:«p1.em»\nATTENDEE;CN=«p2»:mailto:«p2.em»\nLOCATION:«city»\nEND:VEVENT",
    ),
]
