"""val28: personal templates, part A (chat, email, sms, letter, form, ticket, notes, minutes,
transcript, json, toolcall, csv, tsv, markdown_table). Slots: see `val28_gen`."""

# ruff: noqa: E501

from __future__ import annotations

TEMPLATES = [
    # chat
    (
        "chat",
        "Can you draft a polite reminder to {P1} at the chandlery? She still hasn't paid for the mooring lines we sent on {DATE}, invoice {INV}.",
    ),
    (
        "chat",
        "{P1.g} from the fish market called about the hake auction. Her number is {PH1}. Summarise what I should tell her about the {NUM} boxes that arrived iced badly.",
    ),
    (
        "chat",
        "i need a short bio for our perfumer {P1.l} for the launch of Eau de Minuit, she trained in {L1} and worked with {P2.l} for years",
    ),
    (
        "chat",
        "Write a condolence note to the {P1.f} family. The cremation is at 11:00 and the officiant is Rev. {P2}. Keep it under 80 words.",
    ),
    (
        "chat",
        "Our piano tuner {W1} says the Blüthner in room {ROOM} needs a new pin block. Can you explain what that means to a school bursar?",
    ),
    (
        "chat",
        'Translate to Portuguese: "Dear Mr {P1.f}, your cask sample will be ready for collection in {L1} next week."',
    ),
    (
        "chat",
        "who is the contact for the Storm Ophelia damage report? I think it was {P1.i}, ext. 442",
    ),
    (
        "chat",
        "Help me write a LinkedIn post thanking {P1} and {P2} for restoring our 1890s parish registers. Tag the society, not them.",
    ),
    (
        "chat",
        "{P1}, {P2} and {P3} are visiting the sawmill on {DATE}. Make a short safety briefing they can read on the bus.",
    ),
    (
        "chat",
        "Can you check this IBAN before I pay the cheese affineur? {IB1} (account holder {P1})",
    ),
    # email
    (
        "email",
        "Subject: Visa appointment {REF}\n\nDear {P1},\n\nYour appointment at the consular section is confirmed for {DATE} at {TIME}. Please bring your passport and proof of address ({A1}).\n\nIf you need to reschedule, write to {R1} or call {PH1}.\n\nConsular Services",
    ),
    (
        "email",
        "Hi {P1.g},\n\nThe water samples from the {L1} intake came back with turbidity above 4 NTU. {P2} will rerun them tomorrow. Can you send the chain-of-custody form to {P2.e}?\n\nThanks,\n{P3.g}",
    ),
    (
        "email",
        "From: {P1.e}\nTo: {R1}\nSubject: Cask 2291 - change of delivery address\n\nPlease send the bottling of my cask to {A1} instead. My phone is {PH1}.\n\nRegards,\n{P1}",
    ),
    (
        "email",
        "Dear Ms {P1.f},\n\nThank you for consigning the 1742 edition of the Book of Common Prayer. Our binder, {P2}, will rebind it in goatskin. We'll wire the advance to {IB1}.\n\nKind regards,\n{P3}\nAntiquarian Books",
    ),
    (
        "email",
        "Subject: Re: Patent application EP{NUM}7731 - the {P1.f} valve\n\n{P2.g},\n\nThe inventor, {P1}, confirms that the priority date is {DATE}. Her address for service is {A1}. Please update the filing.\n\n{P3.i}",
    ),
    (
        "email",
        "Hello,\n\nI'm {P1}, a tea buyer from {L1}. I'd like to order 40 kg of your Darjeeling second flush. My card is {CC1}, exp 09/27.\n\nBest,\n{P1.g}\n{PH1}",
    ),
    (
        "email",
        "Dear {P1.g} and {P2.g},\n\nOn behalf of the observatory I'm pleased to let you know that asteroid (21473) has been named after {P3}, your late mother, following the IAU decision of {DATE}.\n\nWarmly,\nDr {P4.f}",
    ),
    (
        "email",
        "Subject: Lost watch\n\nHello, this is {P1} ({PH1}). I left my Omega for servicing at your {L1} shop in March. Ticket {REF}. Could you tell me when it's ready?",
    ),
    # sms
    (
        "sms",
        "Hi {P1.g}, your rebuilt Steinway is ready for delivery Thu. Driver {P2.g} will call from {PH1}. Reply STOP to opt out",
    ),
    ("sms", "{P1.g} the trawler's in at 5, tell {P2.g} to bring the ice. Call me {PH1}"),
    ("sms", "Consulate reminder: {P1}, appt {DATE} {TIME}, window 3. Questions: {PH1}"),
    ("sms", "hey its {P1.gl}, new number {PH1}. tasting at the cellar door still on sat?"),
    ("sms", "Quarry blast at 14:00 today. Site contact {P1} {PH1}. Keep clear of the north face."),
    # letter
    (
        "letter",
        "{A1}\n{DATE}\n\nDear Mr {P1.f},\n\nRe: Plot {NUM}, Section C, Greenlawn Cemetery\n\nFurther to our conversation, we confirm the reservation of the plot next to your late wife, {P2}. The fee of {PRICE} may be paid to account number {AC1}, sort code 20-45-77.\n\nYours sincerely,\n\n{P3}\nBereavement Services Officer",
    ),
    (
        "letter",
        "Dear {P1},\n\nI am writing on behalf of the Genealogical Society of {G1} to thank you for the transcription of the baptisms of St Mary's, 1702-1789. Your notes on the {P2.f} family were invaluable.\n\nWith gratitude,\n{P3.i}\nHon. Secretary",
    ),
    (
        "letter",
        "To whom it may concern,\n\nThis is to certify that {P1}, born in {L1}, {C1}, has been employed as a master cooper at our distillery since {DATE}. She can be reached at {PH1}.\n\n{P2}\nDistillery Manager",
    ),
    (
        "letter",
        "Señora {P1.f}:\n\nLe informamos que su cita en el consulado ha sido confirmada. Por favor, traiga su pasaporte y el justificante de domicilio en {A1}.\n\nAtentamente,\n{P2}",
    ),
    (
        "letter",
        "Dear Dr {P1.f},\n\nThe committee is pleased to award the {NUM}th Meteorological Medal to your colleague {P2}. The ceremony will take place in {L1}.\n\nYours,\n{P3}",
    ),
    # form
    (
        "form",
        "APPLICATION FOR CONSULAR APPOINTMENT\nSurname: {P1.F}\nGiven names: {P1.g}\nPlace of birth: {L1}\nNationality: {C1}\nAddress: {A1}\nPhone: {PH1}\nE-mail: {P1.e}",
    ),
    (
        "form",
        "Cremation application - Form A\nName of deceased: {P1}\nApplicant: {P2}\nRelationship: daughter\nApplicant's address: {A1}\nTelephone: {PH1}\nFuneral director: Harlow & Sons",
    ),
    (
        "form",
        "Cellar door club sign-up\nName: {P1}\nEmail: {P1.e}\nMobile: {PH1}\nCard on file: {CC1}\nPreferred pick-up: {L1}",
    ),
    (
        "form",
        "Employee record (sawmill)\nNAME: {P1.F}, {P1.g}\nSSN: {SSN1}\nDirect deposit checking account: {AC1}\nEmergency contact: {P2} {PH1}",
    ),
    (
        "form",
        "Patent assignment cover sheet\nAssignor: {P1}\nAssignee: Kestrel Instruments Ltd\nCorrespondent: {P2}, {A1}\nPhone: {PH1}\nFee paid by card {CC1}",
    ),
    (
        "form",
        "Fragrance panel volunteer\nFull name: {P1}\nDate of birth: {DATE}\nCity: {L1}\nAllergies: none\nPhone: {PH1}\nBank (IBAN) for expenses: {IB1}",
    ),
    # ticket
    (
        "ticket",
        "Ticket #{NUM}: Lab LIMS login fails for {P1}\nReporter: {P2.e}\nSeen from {IP1} at {TIME}. Password reset did not help. Please unlock the account.",
    ),
    (
        "ticket",
        "[Support] Order {ORD} - wrong strap on the Calatrava\nCustomer: {P1}\nPhone: {PH1}\nShip replacement to: {A1}",
    ),
    (
        "ticket",
        "Incident {REF}: forecast email to {R1} bounced. Recipient list owner {P1.i}. Server {IP1} returned 550.",
    ),
    (
        "ticket",
        "Refund request: {P1} paid twice for the tasting (card {CC1}). Refund the second charge of {PRICE}.",
    ),
    (
        "ticket",
        "Bug: PDF of the parish register index shows {P1.F} as {P1.f}. Reported by {P2} via {E1}.",
    ),
    # notes
    (
        "notes",
        "Call notes {DATE}\n- spoke with {P1} (harbour master, {L1})\n- berth 7 free from Tue\n- {P2.g} to send crew list\n- callback {PH1}",
    ),
    (
        "notes",
        "Tasting notes - Batch {LOT}\nNose: cut grass, pear drops\nPalate: {P1.g} says too much oak; {P2.g} disagrees\nNext: ask {P3} in {L1} for a second opinion",
    ),
    (
        "notes",
        "Tuning visit: {A1}\nclient {P1}, Bechstein upright, A=440 (was 435)\nreplaced 2 bass strings, invoice {INV}\nnext visit in 6 months",
    ),
    (
        "notes",
        "Embassy visa desk, {DATE}\n{P1} - missing bank statement\n{P2} - approved\n{P3.F} {P3.g} - interview needed\nforward queries to {R1}",
    ),
    (
        "notes",
        "Reminder: {P1.g}'s retirement at the quarry on Friday. Collect for gift: {P2.g} has the envelope. Cake from {L1}.",
    ),
    # minutes
    (
        "minutes",
        "Minutes - Fleet committee, {DATE}\nPresent: {P1}, {P2}, {P3.i}\nApologies: {P4}\n1. Quota for cod agreed at {NUM} t.\n2. {P2.g} to contact the auction house in {L1}.\nNext meeting: {DATE}",
    ),
    (
        "minutes",
        "Board of the Bookbinders' Guild\nChair: {P1}\nSecretary: {P2}\nItem 3: {P1.f} reported that the gold tooling course is full.\nAction: {P2.f} to email members from {R1}.",
    ),
    (
        "minutes",
        "Observatory staff meeting\nAttendees: {P1.g}, {P2.g}, {P3.g}\n- Comet C/2023 naming proposal from {P1.f} approved\n- Dome motor repair quoted at {PRICE}\n- {P3.g} on leave until {DATE}",
    ),
    (
        "minutes",
        "Cheese cooperative AGM ({L1})\nPresent: 23 members, incl. {P1} (chair) and {P2} (treasurer)\nTreasurer's report: balance on account no. {AC1} is {PRICE}.\nAOB: {P3} proposes a new washed-rind cheese.",
    ),
    # transcript
    (
        "transcript",
        "AGENT: Consulate appointments, how can I help?\nCALLER: Hi, it's {P1}. I booked for {DATE} but I'm stuck in {L1}.\nAGENT: Can I have your reference?\nCALLER: {REF}. And my number is {PH1}.\nAGENT: Thank you, Ms {P1.f}, I'll move it.",
    ),
    (
        "transcript",
        "[00:01] {P1.g}: Morning, this is the met office duty forecaster.\n[00:04] {P2.g}: Hi {P1.g}, {P2} from the harbour at {L1}. Are we expecting gusts tonight?\n[00:09] {P1.g}: Up to 60 knots after midnight.",
    ),
    (
        "transcript",
        "Interviewer: Could you state your name for the record?\n{P1}: {P1}, I was the mill foreman from 1988.\nInterviewer: And who trained you?\n{P1.f}: Old {P2.f}, {P2}, he ran the big saw.",
    ),
    (
        "transcript",
        "Speaker 1 ({P1.g}): The blend we're calling 'Evening Harbour' needs more Assam.\nSpeaker 2 ({P2.g}): Agreed. I'll ask {P3} at the importer.\nSpeaker 1: Send her the cupping notes at {P3.e}.",
    ),
    # json
    (
        "json",
        'Extract the owner from this record:\n{"id": "{UUID}", "owner": "{P1}", "email": "{P1.e}", "phone": "{PH1}", "city": "{L1}"}',
    ),
    (
        "json",
        '{"vessel": "MV Arctic Tern", "master": "{P1}", "agent": {"name": "{P2}", "tel": "{PH1}"}, "port_of_call": "{L1}", "eta": "{DATE}"}',
    ),
    (
        "json",
        '[{"donor": "{P1.lf}", "item": "parish register 1811", "value": "{PRICE}"}, {"donor": "{P2.lf}", "item": "family bible", "value": "{PRICE}"}]',
    ),
    (
        "json",
        '{"payee": "{P1}", "iban": "{IB1}", "amount": 1250.00, "reference": "{INV}", "address": "{A1}"}',
    ),
    (
        "json",
        '{"event": "login", "user": "{P1.e}", "ip": "{IP1}", "ts": "{DATE}T{TIME}:00Z", "ok": false}',
    ),
    # toolcall
    (
        "toolcall",
        'send_sms(to="{PH1}", body="Hi {P1.g}, your watch service is done. Collect at the {L1} boutique.")',
    ),
    (
        "toolcall",
        '{"name": "create_contact", "arguments": {"full_name": "{P1}", "email": "{P1.e}", "phone": "{PH1}", "company": "Norrland Sawmills"}}',
    ),
    (
        "toolcall",
        'book_appointment(applicant="{P1}", passport_country="{C1}", slot="{DATE} {TIME}", contact="{E1}")',
    ),
    (
        "toolcall",
        'charge_card({"card_number": "{CC1}", "cardholder": "{P1}", "amount": "{PRICE}", "description": "3 bottles, cask strength"})',
    ),
    (
        "toolcall",
        'lookup_burial(surname="{P1.f}", forename="{P1.g}", parish="{L1}", year_from=1840, year_to=1860)',
    ),
    # csv
    (
        "csv",
        "name,email,phone,city\n{P1},{P1.e},{PH1},{L1}\n{P2},{P2.e},{PH2},{L2}\n{P3},{P3.e},{PH3},{L3}",
    ),
    (
        "csv",
        "crew_id,surname,given,role,nationality\n{NUM},{P1.F},{P1.g},skipper,{C1}\n{NUM},{P2.F},{P2.g},deckhand,{C2}",
    ),
    (
        "csv",
        'payee,account_number,sort_code,amount\n"{P1.lf}",{AC1},40-11-62,{PRICE}\n"{P2.lf}",{AC2},30-90-21,{PRICE}',
    ),
    ("csv", "interment_no,name,date,plot\n{NUM},{P1},{DATE},C-{NUM}\n{NUM},{P2},{DATE},C-{NUM}"),
    ("csv", "employee,ssn,state\n{P1},{SSN1},OR\n{P2},{SSN2},WA"),
    # tsv
    (
        "tsv",
        "model\tcollection\tagency\tphone\n{P1}\tNoir Tide\tAtelier Sette\t{PH1}\n{P2}\tNoir Tide\tAtelier Sette\t{PH2}",
    ),
    ("tsv", "sample\tcollector\tsite\n{LOT}\t{P1.i}\t{L1}\n{LOT}\t{P2.i}\t{L2}"),
    ("tsv", "host\tip\towner\nlims-01\t{IP1}\t{P1}\nlims-02\t{IPS1}\t{P2}"),
    ("tsv", "customer\tcard\tamount\n{P1}\t{CC1}\t{PRICE}\n{P2}\t{CC2}\t{PRICE}"),
    # markdown_table
    (
        "markdown_table",
        "| Buyer | Lot | Price | Phone |\n|---|---|---|---|\n| {P1} | {LOT} | {PRICE} | {PH1} |\n| {P2} | {LOT} | {PRICE} | {PH2} |",
    ),
    (
        "markdown_table",
        "Format this as a nicer table:\n| Applicant | Country | Date |\n|---|---|---|\n| {P1} | {C1} | {DATE} |\n| {P2} | {C2} | {DATE} |\n| {P3} | {C3} | {DATE} |",
    ),
    (
        "markdown_table",
        "| Tuner | Region | Email |\n|------|--------|-------|\n| {P1} | {G1} | {P1.e} |\n| {W1} | {G2} | {W1.e} |",
    ),
    (
        "markdown_table",
        "| Supplier contact | IBAN |\n|---|---|\n| {P1} | {IB1} |\n| {P2} | {IB2} |",
    ),
    (
        "markdown_table",
        "| Observer | Site | Asteroid reported |\n|---|---|---|\n| {P1.i} | {L1} | 2024 XK3 |\n| {P2.i} | {L2} | 2024 QM8 |",
    ),
]
