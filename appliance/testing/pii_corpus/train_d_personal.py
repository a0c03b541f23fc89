"""Personal templates for train_d: forms, letters, clinical and case notes, minutes,
transcripts, HTML, XML, PDF and OCR text, referrals, school reports, prescriptions, chats,
e-mails, JSON, CSV, logs, code, SMS and voice notes of healthcare, clinical trials, pharmacy,
veterinary, social work, schools, childcare, elder care, legal, public administration,
immigration and insurance.

Written blind (see `train_d`): every template was typed by the author of train_d.

Placeholders (a digit binds one person or place across a template):
  {pN} a full name in one of many written forms   {nN} "Given Family"
  {gN} the given name alone                        {sN} the family name alone (after titles)
  {wN} a given name that is an everyday word ("Hope"), alone, in a context that says person
  {iN} initials and family name ("J. R. Mendes")    {rN} surname first ("NGUYEN Thi Lan")
  {city} {region} {country} {addr} {loc}: places   {phone} {emailN} {card} {iban} {ip}
  {ssn} {acct}: structured values                   anything else: a decoy (no gold)
"""

from __future__ import annotations

PERSONAL: tuple[tuple[str, str], ...] = (
    # ---- forms (label: value) ----
    (
        "form",
        "PATIENT REGISTRATION\nName: {p1}\nDate of birth: {date}\nAddress: {addr}\nPhone: {phone}\nEmail: {email1}\nGP: Dr {s2}\nNext of kin: {n3} (daughter)",
    ),
    (
        "form",
        "Surname: {S1}\nForename(s): {g1}\nPlace of birth: {city}, {country}\nNationality: {country}\nVisa category: Skilled Worker\nCase ref: {ref}",
    ),
    (
        "form",
        "Claimant: {p1}\nPolicy no.: {policy}\nDate of incident: {date}\nWhere: {addr}\nWitness: {n2}, tel {phone}\nPayout to IBAN: {iban}",
    ),
    (
        "form",
        "Child's name: {n1}\nParent/carer: {n2}\nEmergency contact: {n3} - {phone}\nCollected by (if not parent): {g4}\nAllergies: none known\nRoom: {room}",
    ),
    (
        "form",
        "Resident: {p1}\nRoom: {room}\nKey worker: {g2}\nPower of attorney: {n3}, {addr}\nGP surgery: {city} Medical Practice\nFile: {ref}",
    ),
    (
        "form",
        "Owner name: {p1}\nOwner address: {addr}\nPet: {pet} (feline)\nMicrochip: 9851210{num}\nVet: {n2} MRCVS\nMobile: {phone}",
    ),
    (
        "form",
        "Applicant | {p1}\nDate of birth | {date}\nCountry of citizenship | {country}\nCurrent address | {addr}\nSponsor | {n2}\nSponsor's telephone | {phone}",
    ),
    (
        "form",
        "STUDENT RECORD\nStudent: {n1}\nTutor: {s2}, {g2}\nYear group: 10\nHome address: {addr}\nParent email: {email3}\nParent: {n3}",
    ),
    (
        "form",
        "Direct debit mandate\nAccount holder: {p1}\nAccount number: {acct}\nSort code: 20-{num}-11\nBank branch: {city}\nReference: {ref}",
    ),
    (
        "form",
        "Payer: {p1}\nCard number: {card}\nExpiry: 09/28\nBilling address: {addr}\nAmount: {money}",
    ),
    (
        "form",
        "Employee: {p1}\nSSN: {ssn}\nHome state: {region}\nSupervisor: {n2}\nStart date: {date}",
    ),
    (
        "form",
        "Trial participant screening\nInitials: {I1}\nSite: {city}\nInvestigator: Dr. {n2}\nCoordinator: {n3} ({email3})\nConsent version: {ver}",
    ),
    ("form", "name: {p1}\naddress: {addr}\nphone: {phone}\nreason for visit: repeat {drug}"),
    ("form", "NAME {P1}\nDOB {date}\nADDRESS {addr}\nTEL {phone}\nREFERRED BY DR {S2}"),
    (
        "form",
        "Victim: {p1}\nSuspect: {p2}\nOfficer in case: PC {s3}\nLocation of offence: {addr}\nTime: {time}\nCrime ref: {ref}",
    ),
    (
        "form",
        "Testator: {p1}\nExecutor 1: {n2}\nExecutor 2: {n3}\nWitnesses: {n4}; {n5}\nSigned at: {city}",
    ),
    (
        "form",
        "Foster carer: {p1}\nPlacement: {n2} (age 7)\nSocial worker: {n3}\nIndependent reviewing officer: {g4} {s4}\nLocal authority: {region}",
    ),
    (
        "form",
        "Insured: {r1}\nVehicle: {brand} Focus\nThird party: {p2}, {phone}\nAccident location: {city}\nClaim handler: {g3}",
    ),
    (
        "form",
        "Pharmacy collection\nPatient: {p1}\nCollected by: {p2} (carer)\nItems: {drug} {dose}\nContact: {phone}",
    ),
    (
        "form",
        "Name of deceased: {p1}\nLast address: {addr}\nInformant: {n2}, son\nRegistrar district: {region}\nRef: {ref}",
    ),
    # ---- letters ----
    (
        "letter",
        "Dear {t1} {s1},\n\nThank you for attending the {heading} hearing on {date}. Your representative, {n2}, has confirmed the next hearing is in {city} on {weekday}.\n\nYours sincerely,\n{n3}\n{role}",
    ),
    (
        "letter",
        "Dear {g1},\n\nI'm writing to confirm your place on the {course} course starting in {month}. Please send a copy of your photo ID to {email1} before {weekday}.\n\nBest wishes,\n{g2} {s2}",
    ),
    (
        "letter",
        "{addr}\n\n{date}\n\nDear Sir/Madam,\n\nI, {n1}, wish to appeal the decision on my housing benefit (ref {ref}). My landlord, {p2}, can confirm the rent.\n\nYours faithfully,\n{n1}",
    ),
    (
        "letter",
        "Dear Dr {s1},\n\nRe: {p2}, DOB {date}, {addr}\n\nI saw this pleasant {num}-year-old today with worsening breathlessness. I have started {drug} {dose}. I would be grateful if you could review.\n\nKind regards,\nDr {i3}\n{role}",
    ),
    (
        "letter",
        "To whom it may concern,\n\nI have known {n1} for six years as a neighbour in {city}. {g1} is honest and reliable, and I support {g1}'s application for British citizenship.\n\n{n2}\nTel: {phone}",
    ),
    (
        "letter",
        "Dear {t1} {s1},\n\nYour claim {ref} for water damage at {addr} has been approved. We will pay {money} to the account ending {num}. Your loss adjuster, {n2}, will call you from {phone}.\n\nClaims team",
    ),
    (
        "letter",
        "Dear Parent/Carer of {n1},\n\n{g1} has been selected for the regional choir in {region}. Ms {s2} will supervise the trip on {weekday}.\n\nYours,\n{p3}, {role}",
    ),
    (
        "letter",
        "WITHOUT PREJUDICE\n\nDear Sirs,\n\nWe act for {p1} in relation to the tenancy at {addr}. Our client disputes your client {n2}'s claim for {money}.\n\n{n3}\nBluewater Legal LLP",
    ),
    (
        "letter",
        "Dear {g1} and {g2},\n\nThank you both for welcoming {n3} into your home in {city} this {month}. The review is on {date}.\n\nWarm regards,\n{g4}",
    ),
    (
        "letter",
        "Dear Mr {s1}\n\nI am sorry to tell you that your mother, {n2}, had a fall at the care home last night. She is comfortable. Please call Nurse {s3} on {phone}.\n\n{p4}\nHome Manager",
    ),
    # ---- clinical / case notes ----
    (
        "clinical_note",
        "S/B Dr {s1} on ward rnd. {n2}, 78F, adm from {city} w/ CAP. O/E: creps R base. Plan: IV abx, CXR, r/v {weekday}. NOK {g3} ({phone}) updated.",
    ),
    (
        "clinical_note",
        "Pt {P1} seen in {room}. PMH: HTN, T2DM. DH: {drug} {dose}. SH: lives alone in {city}, dtr {g2} visits daily. Imp: UTI. Plan: abx + fluids.",
    ),
    (
        "clinical_note",
        "Case note {date}: home visit to {n1} at {addr}. Present: {g1}, partner {g2}, and baby. House warm, food in. SW {n3} to follow up with HV {s4}.",
    ),
    (
        "clinical_note",
        "22:40 pt {g1} agitated, asking for {g2}. Husband {g2} phoned ({phone}) and reassured. Settled by 23:15. Obs stable. -{i3}, RN",
    ),
    (
        "clinical_note",
        "Vet: {pet} (owner {p1}), DSH 4y. Vomiting x3. O/E bright, 5% dehydrated. Tx: maropitant, SC fluids. Owner to call {phone} if worse. Seen by {n2} MRCVS.",
    ),
    (
        "clinical_note",
        "Trial {codename}, subject 014 ({I1}). AE: grade 2 rash. PI Dr {s2} informed. Site {city}. CRF in {software}.",
    ),
    (
        "clinical_note",
        "SW visit: met {n1} & her son {g2} (9) at {addr}. Concerns re school attendance. Discussed w/ Head, {t3} {s3}. Plan: TAC meeting {weekday}.",
    ),
    (
        "clinical_note",
        "Elder care review: {n1} (92) - mobility reduced, needs 2 carers. Dtr {n2} lives in {country}, calls weekly. Keyworker {g3}. Next review {month}.",
    ),
    (
        "clinical_note",
        "MDT {date}: {p1} - 64M, biopsy confirms adeno. Surgeon Mr {s2}, oncologist Dr {s3}. Pt from {region}, prefers treatment in {city}.",
    ),
    (
        "clinical_note",
        "A&E triage {time}: {n1} brought in by partner {g2} after fall at home, {addr}. GCS 15. Cat 3.",
    ),
    (
        "clinical_note",
        "Physio: {g1} walked 20 m w/ frame. Wants to go home to {city}. D/w {g2} (OT). Plan: stairs assessment {weekday}.",
    ),
    (
        "clinical_note",
        "Pharm note: {n1}'s {drug} interacts with new Rx from Dr {s2}. Called surgery, spoke to {g3}. Dose held. {time}.",
    ),
    # ---- meeting minutes ----
    (
        "minutes",
        "Minutes - Safeguarding panel, {date}\nPresent: {n1} (Chair), {n2}, {n3}, {i4}\nApologies: {n5}\n1. Case {ref}: {g2} to contact the family in {city}.\n2. AOB: none.",
    ),
    (
        "minutes",
        "Governors meeting\nAttendees: {p1}; {p2}; {p3}; {p4}\nThe Chair, {g1}, welcomed {g4} as the new parent governor. {s2} presented the {heading}.",
    ),
    (
        "minutes",
        "Trial steering committee, {city}\nPresent: Dr {n1}, Prof. {n2}, {n3} (patient rep)\nActions:\n- {g1}: update protocol to {ver}\n- {g3}: circulate minutes by {weekday}",
    ),
    (
        "minutes",
        "Care home residents' meeting {date}\nPresent: {g1}, {g2}, {g3}, {g4} and staff ({g5})\n{g2} asked for {food} on Fridays. {g3} thanked {g5} for the trip to {city}.",
    ),
    (
        "minutes",
        "Practice meeting\nPresent: Drs {s1}, {s2} and {s3}; PM {n4}\n- Locum cover: {n5} from {weekday}\n- {s2} away in {country} for {holiday}",
    ),
    (
        "minutes",
        "ATTENDEES: {P1}, {P2}, {P3}\nACTIONS: {S1} TO CALL INSURER; {S2} TO BOOK {room}; {S3} TO DRAFT LETTER TO {COUNTRY} EMBASSY",
    ),
    (
        "minutes",
        "Case conference - {n1} (child)\nAttending: mother {n2}, father {n3}, SW {n4}, school nurse {g5}\nOutcome: child protection plan; next review {date} in {city}.",
    ),
    # ---- transcripts ----
    (
        "transcript",
        "{G1}: Morning, is that {g2}?\n{G2}: Yes, speaking.\n{G1}: It's {g1} from the surgery in {city}. Your test results are back.\n{G2}: Oh good, thanks.",
    ),
    (
        "transcript",
        "JUDGE: Please state your full name.\nWITNESS: {n1}.\nJUDGE: And your address?\nWITNESS: {addr}.\nCOUNSEL: Ms {s1}, did you see {n2} that evening?\nWITNESS: I did.",
    ),
    (
        "transcript",
        "Interviewer ({g1}): Where were you born?\nApplicant: In {city}, {country}.\nInterviewer: And your brother {g2}?\nApplicant: He lives in {country} now with his wife {g3}.",
    ),
    (
        "transcript",
        "[00:01] Agent {g1}: Thanks for calling, who am I speaking to?\n[00:04] Caller: {n2}, policy {policy}.\n[00:09] Agent {g1}: Thanks {g2}. Can you confirm the address?\n[00:12] Caller: {addr}.",
    ),
    (
        "transcript",
        "Officer {s1}: For the tape, present are myself, DC {n1}, the suspect {n2}, and duty solicitor {n3}.\n{S2}: No comment.",
    ),
    (
        "transcript",
        "Teacher: {g1}, can you read the next line?\n{G1}: Sorry miss.\nTeacher: {g2}, then?\n{G2}: Okay.",
    ),
    (
        "transcript",
        "Dr {s1}: And who's with you today?\nPatient: My husband, {g2}.\n{G2}: Hello.\nDr {s1}: Great. So you've come from {city}?",
    ),
    (
        "transcript",
        "Vet: Hi, you must be {pet}'s owner?\nOwner: Yes, {n1}. My partner {g2} dropped him off.\nVet: I'm {g3}. He's doing well.",
    ),
    # ---- html ----
    (
        "html",
        '<form id="referral">\n  <label>Patient name</label><input name="name" value="{n1}">\n  <label>Town</label><input name="town" value="{city}">\n  <label>Phone</label><input type="tel" value="{phone}">\n  <label>Referrer</label><input value="Dr {s2}">\n</form>',
    ),
    (
        "html",
        "<table>\n<tr><th>Name</th><th>Room</th><th>Key worker</th></tr>\n<tr><td>{n1}</td><td>{room}</td><td>{g2}</td></tr>\n<tr><td>{n3}</td><td>{room}</td><td>{g4}</td></tr>\n</table>",
    ),
    (
        "html",
        "<p>Dear <b>{g1}</b>, your appointment with <i>Dr {s2}</i> at the {city} clinic is on {weekday}.</p>",
    ),
    ("html", "<tr><td>{p1}</td><td>{email1}</td><td>{phone}</td><td>{region}</td></tr>"),
    (
        "html",
        '<div class="card"><h3>{n1}</h3><span class="role">{role}</span><a href="mailto:{email1}">{email1}</a></div>',
    ),
    ("html", "<ul><li>Claimant: {n1}</li><li>Address: {addr}</li><li>Card: {card}</li></ul>"),
    (
        "html",
        '<input type="hidden" name="client_ip" value="{ip}"><input name="applicant" value="{p1}"><input name="country" value="{country}">',
    ),
    # ---- xml ----
    (
        "xml",
        "<patient>\n  <name>{n1}</name>\n  <dob>{date}</dob>\n  <address>{addr}</address>\n  <gp>Dr {s2}</gp>\n</patient>",
    ),
    (
        "xml",
        '<case id="{ref}"><applicant given="{g1}" family="{s1}"/><birthCountry>{country}</birthCountry><sponsor>{n2}</sponsor></case>',
    ),
    (
        "xml",
        "<claim><insured>{p1}</insured><iban>{iban}</iban><lossLocation>{city}</lossLocation><adjuster>{n2}</adjuster></claim>",
    ),
    (
        "xml",
        '<student id="S{num}"><name>{n1}</name><guardian phone="{phone}">{n2}</guardian><school>{company}</school></student>',
    ),
    (
        "xml",
        "<witness><name>{r1}</name><contact>{email1}</contact><statementTaken>{date}</statementTaken><officer>{i2}</officer></witness>",
    ),
    (
        "xml",
        "<visit><vet>{n1}</vet><owner>{n2}</owner><animal>{pet}</animal><town>{city}</town></visit>",
    ),
    # ---- pdf extraction ----
    (
        "pdf",
        'CONTRACT OF EMPLOY-\nMENT\nThis contract is between {company} and {n1}\nof {addr} (the "Em-\nployee"). The Employee reports to {n2}.',
    ),
    (
        "pdf",
        "Page 2 of 4\n\nThe appli-\ncant, {n1}, arrived in {country} on {date} and\nlived with her uncle {n2} in {city} un-\ntil {month}.",
    ),
    (
        "pdf",
        "DISCHARGE SUMMARY\nPatient: {n1}          Consultant: Dr {s2}\nAdmitted: {date}      Discharged: {date}\nFollow-\nup with GP in {city}.",
    ),
    (
        "pdf",
        "LAST WILL AND TESTA-\nMENT of {P1}\nI appoint my sister {n2} of {addr} as ex-\necutor and leave my house to my grand-\nson {n3}.",
    ),
    (
        "pdf",
        "SCHOOL REPORT  {month}\nPupil: {n1}  Form tutor: {t2} {s2}\nAttend-\nance: 96%\n{g1} has made excellent pro-\ngress this term.",
    ),
    # ---- OCR ----
    ("ocr", "P ATIENT: {P1}\nD OB: {date}\nAD DRESS: {addr}\nTEL: {phone}"),
    ("ocr", "CLA IM FORM\nNam e of insured  {n1}\nPol icy  {policy}\nSig ned  {n1}   Date {date}"),
    (
        "ocr",
        "RECE IPT\nRecei ved from {n1} the sum of {money}\nfor rent at {addr}\nLandl ord: {n2}",
    ),
    (
        "ocr",
        "C ERTIFICATE OF BAPTISM\nThis is to certify that {n1}\nwas bap tized in {city}, {country}\nGodparents: {n2}, {n3}",
    ),
    # ---- referral letters ----
    (
        "referral",
        "REFERRAL\nTo: {team}\nFrom: Dr {n1}, {city} Health Centre\nRe: {n2}, {addr}\nReason: suspected dementia; lives with wife {g3}.\nUrgency: routine",
    ),
    (
        "referral",
        "Dear colleague,\n\nPlease see {g1} {s1} ({date}), who moved from {country} in {month}. {g1} has a history of asthma on {drug}. Interpreter needed.\n\nThanks,\n{i2}",
    ),
    (
        "referral",
        "Referral to CAMHS\nChild: {n1}\nSchool: {company}\nReferrer: {n2}, {role}\nParent consent: yes ({g3}, mother)\nContact: {phone}",
    ),
    (
        "referral",
        "Veterinary referral\nPatient: {pet}\nOwner: {p1}, {addr}\nReferring vet: {n2}\nReason: cruciate rupture, for TPLO with {t3} {s3}",
    ),
    (
        "referral",
        "Adult social care referral\nPerson: {n1}\nReferred by: daughter {n2} ({email2})\nConcerns: self-neglect, lives alone in {city}\nGP: Dr {s3}",
    ),
    # ---- school reports ----
    (
        "school_report",
        "{N1} - Year 5 report\nEnglish: {g1} reads with real expression.\nMaths: secure. Science: keen.\nClass teacher: {t2} {s2}\nHead teacher: {n3}",
    ),
    (
        "school_report",
        "Report for {g1} {s1}, {course}\n{g1} has worked hard this term and helped {g2} and {g3} in group work. Target: revise for the {month} mocks.\n- {i4}",
    ),
    (
        "school_report",
        "Pupil: {r1}\nTutor comment: a kind member of the form. Please ask {g1}'s dad, {g2}, to contact me.\n{g4} {s4}, Head of Year",
    ),
    (
        "school_report",
        "Nursery learning journal - {g1}\n{g1} played with {g2} and {g3} in the sand today and counted to ten. Key person: {g4}.",
    ),
    (
        "school_report",
        "University transcript note\nStudent: {n1}\nSupervisor: Prof. {n2}\nThesis examiner: Dr {n3}, University of {city}",
    ),
    # ---- prescriptions ----
    (
        "prescription",
        "Rx\nPatient: {n1}   DOB {date}\nAddress: {addr}\n{drug} {dose} x 28\nPrescriber: Dr {i2}",
    ),
    (
        "prescription",
        "PRESCRIPTION - {p1}\n{drug} {dose}\n{drug} {dose}\nRepeats: 2\nSigned Dr {s2}, {city}",
    ),
    (
        "prescription",
        "Veterinary prescription\nAnimal: {pet}\nOwner: {n1}\n{drug} {dose}\nVet: {n2} MRCVS",
    ),
    (
        "prescription",
        "rx for {l1}: {drug} {dose}, collect from the {city} branch, call {phone} when ready",
    ),
    # ---- chat ----
    ("chat", "ask {w1} if she can cover the {weekday} night shift, {g2} is off sick"),
    ("chat", "{w1} and {w2} are late again, can someone start the handover"),
    ("chat", "tell {lw1} the flat in {city} is free from {date}"),
    ("chat", "has anyone seen {g1}? {g1}'s mum is at reception"),
    ("chat", "@{g1} can you chase {n2}'s referral? the family is moving to {city}"),
    ("chat", "Can you send {g1} the consent form? Her email is {email1}"),
    ("chat", "thanks {g1}!!"),
    ("chat", "{g1} said {g2} would bring the forms"),
    ("chat", '"{n1}" is the name on the claim, not "{n2}"'),
    ("chat", "Is {w1} in today? I need her to sign off the MAR chart"),
    ("chat", "{W1} WILL BE LATE, SHE'S STUCK IN TRAFFIC"),
    ("chat", "just spoke to {l1}, she'll ring {phone} after lunch"),
    ("chat", "the client ({n1}) wants the hearing moved from {city} to {city}"),
    ("chat", "Who is on call? [{g1}] or [{g2}]?"),
    ("chat", "Mrs {s1} from {region} rang again about her husband {g2}"),
    ("chat", "pls book {g1} {s1} in w/ physio, she lives in {city} so {weekday} is best"),
    ("chat", "Got a voicemail from {n1} ({phone}) about her son {g2}'s exclusion"),
    ("chat", "{g1}, {g2} and {n3} are on the {codename} rota this week"),
    ("chat", "lol {g1} you legend"),
    ("chat", "Happy birthday {w1}! From everyone in the {team}"),
    ("chat", "does {g1} know {g2} moved to {country}?"),
    ("chat", "Okay so {g1}'s wife {g2} is the POA, not the son"),
    ("chat", "morning {g1}, can you log into {software} from {ip}? vpn keeps dropping"),
    ("chat", "i think {w1} is right, the form goes to {city} not {city}"),
    ("chat", "can we get {rc1} on the call? he's the claims lead in {region}"),
    # ---- email ----
    (
        "email",
        "From: {n1} <{email1}>\nTo: {n2} <{email2}>\nSubject: Re: {heading}\n\nHi {g2},\n\nI'll be in {city} on {weekday}. Can we meet then?\n\nBest,\n{g1}",
    ),
    (
        "email",
        "Hi {g1},\n\nQuick note: {n2} has agreed to be the second witness for the will. Her number is {phone}.\n\nThanks\n{g3}",
    ),
    (
        "email",
        "Subject: Visa appointment\n\nDear {t1} {s1},\n\nYour biometrics appointment is at the {city} centre on {date}. Please bring your passport and your sponsor {n2}'s letter.\n\nVisa Services",
    ),
    (
        "email",
        "Subject: incident at nursery\n\nHi {g1}, just to let you know {g2} bumped heads with {g3} at {time}. Ice pack applied. Any questions call me on {phone}.\n{g4}",
    ),
    (
        "email",
        "Dear {g1},\n\nPlease pay the outstanding {money} to IBAN {iban} (account name {n1}).\n\nRegards,\nAccounts",
    ),
    (
        "email",
        "Hi team,\n\nWelcome {n1} who joins the trial unit from {city}! {g1} will shadow {g2} for the first week.\n\n{n3}\n{role}",
    ),
    (
        "email",
        "Subject: claim {ref}\n\nThe claimant {n1} says the card used was {card}. Please check with {n2}.\n\n-- \n{n3}\nFraud team\n{phone}",
    ),
    (
        "email",
        "{g1} -\n\nYour ssn is needed for the benefits form: is it {ssn}? Please confirm.\n\n{g2}",
    ),
    ("email", "Hello {g1}, the refund goes to your checking account {acct}. Thanks, {g2}"),
    ("email", "Regards,\n\n{n1}\nSenior Social Worker | {region} Council\nM: {phone}\nE: {email1}"),
    # ---- json / csv / log / code ----
    (
        "json",
        '{"patient": {"name": "{n1}", "city": "{city}", "phone": "{phone}"}, "gp": "Dr {s2}"}',
    ),
    (
        "json",
        '{"applicant": "{r1}", "sponsor": "{n2}", "country": "{country}", "email": "{email1}"}',
    ),
    ("json", '[{"name": "{n1}", "role": "Teacher"}, {"name": "{n2}", "role": "TA"}]'),
    ("json", '{"owner": "{p1}", "pet": "{pet}", "address": "{addr}", "vet": "{n2}"}'),
    ("json", '{"claimant": "{n1}", "iban": "{iban}", "card": "{card}", "ip": "{ip}"}'),
    ("json", '{"event": "login", "user": "{n1}", "ip": "{ip}", "site": "{city}"}'),
    ("csv", "name,ward,next_of_kin,phone\n{n1},{room},{n2},{phone}\n{n3},{room},{n4},{phone}"),
    ("csv", 'student,guardian,town\n"{r1}",{n2},{city}\n"{r3}",{n4},{city}'),
    ("csv", "claim_id;insured;city;amount\n{ref};{n1};{city};{money}\n{ref};{n2};{city};{money}"),
    (
        "csv",
        "participant,initials,site,investigator\n001,{I1},{city},Dr {s2}\n002,{I3},{city},Dr {s2}",
    ),
    (
        "log",
        '{isodate}T{time}Z INFO login ok user="{n1}" ip={ip}\n{isodate}T{time}Z WARN 3 failed attempts for "{n2}" from {ip}',
    ),
    ("log", "[audit] record opened by {i1} for patient {n2} ({city}) at {time}"),
    ("log", 'level=info msg="case reassigned" from="{n1}" to="{n2}" case={ref}'),
    (
        "code",
        '# contact {g1} before changing this - legacy import for {city}\ndef load():\n    return read_csv("claims.csv")',
    ),
    (
        "code",
        'patient = Patient(name="{n1}", city="{city}", phone="{phone}")  # test fixture from {g2}',
    ),
    ("code", '// FIXME({g1}): {n2} reported the {camel} bug\nconst owner = "{n3}";'),
    ("code", "INSERT INTO residents (name, town) VALUES ('{n1}', '{city}'), ('{n2}', '{city}');"),
    # ---- sms / voice ----
    ("sms", "Hi {g1}, it's {g2} from the surgery. Can you call us back on {phone}? Thx"),
    ("sms", "{G1} ur appointment w/ Dr {s2} is tmrw {time} at the {city} clinic"),
    ("sms", "running late, tell {g1} to start without me - {g2}"),
    ("voice", "call {g1} {s1} and tell her the hearing in {city} is cancelled"),
    ("voice", "send a message to {w1} saying i will pick up the prescription on {weekday}"),
    ("voice", "remind me to ask {g1} about her mums care package in {city}"),
    ("voice", "text {g1} that {g2} is coming home from {country} on {date}"),
    ("voice", "whats the number for doctor {s1} at the {city} practice"),
    ("voice", "note for the file {n1} visited by {n2} no concerns"),
    # ---- more domains and positions ----
    (
        "letter",
        "NOTICE OF HEARING\n\nIn the matter of {n1} v. {n2}\n\nTake notice that the hearing is listed at the {city} County Court on {date} at {time}.\n\n{n3}\nCourt Manager",
    ),
    (
        "form",
        "Immigration interview record\nInterviewing officer: {i1}\nApplicant: {r2}\nInterpreter: {n3}\nLanguage: {lang}\nPlace of last residence: {city}, {country}",
    ),
    (
        "clinical_note",
        "Domiciliary visit {date} to {n1}, {addr}. Lives with husband {g2} ({num}). Carers: {g3} am, {g4} pm. Skin intact. Fluids encouraged.",
    ),
    (
        "minutes",
        "Staff meeting - {room}\n{n1} chaired. {g2} reported that {g3}'s leave is approved. Next meeting chaired by {g2}.",
    ),
    ("chat", "{p1}: can we move the {weekday} visit?\n{p2}: sure, {time} ok?"),
    ("chat", "thanks to {n1}, {n2} and {n3} for covering the {holiday} shifts"),
    (
        "email",
        "Hi all - the {codename} investigators are Dr {n1} ({city}), Dr {n2} ({city}) and Prof. {n3} ({country}).",
    ),
    (
        "transcript",
        "CALLER: Hi, I'm ringing for my dad, {n1}.\nHANDLER: And you are?\nCALLER: {g2}, his son. He's in {city}.\nHANDLER: Thanks {g2}.",
    ),
    (
        "form",
        "Childminder daily sheet\nChild: {g1}\nDropped off by: {g2} at {time}\nNap: 12:30-13:45\nPicked up by: {g3} ({phone})",
    ),
    (
        "letter",
        "Dear {g1},\n\nHope you are well. I will be in {city} in {month} and would love to see you and {g2}.\n\nLove,\n{w3}",
    ),
    ("chat", "will {w1} be at the {team} huddle? she has the keys to {room}"),
    ("chat", "{w1}'s grandson is visiting from {country}, can we let him stay past eight"),
    ("chat", "Dear {w1}, the hope is that you'll be back by {weekday}"),
    (
        "form",
        "Tenant 1: {n1}\nTenant 2: {n2}\nProperty: {addr}\nDeposit scheme ref: {ref}\nLandlord agent: {company}",
    ),
    (
        "clinical_note",
        "Tel consult w/ {g1} ({phone}). Reports son {g2} unwell since {weekday}. Advised 111 if worse. Documented by {i3}.",
    ),
    (
        "email",
        "Subject: Moving from {country} to {country}\n\nDear {g1}, the embassy in {city} will need the apostilled birth certificate of {n2}.\n\n{n3}, paralegal",
    ),
    ("json", '{"speaker": "{g1}", "text": "please call {n2} in {city}"}'),
    (
        "html",
        "<label>Emergency contact</label> <strong>{n1}</strong> <em>({phone})</em> <span>{region}</span>",
    ),
    (
        "xml",
        "<attendees><person>{n1}</person><person>{n2}</person><person>{n3}</person></attendees>",
    ),
    ("csv", "{n1},{phone},{city}\n{n2},{phone},{city}"),
    ("log", "2024-{num}-01 sms sent to {phone} for {n1} (reminder, {city} clinic)"),
    (
        "school_report",
        "Parents' evening slots\n16:00 {n1} (parent of {g2})\n16:10 {n3} (parent of {g4})\n16:20 {n5} (parent of {g6})",
    ),
    ("prescription", "PATIENT {P1}  DOB {date}\nRX {DRUG} {dose}\nDR {S2}  {CITY}"),
    (
        "clinical_note",
        "O/E {g1} v. anxious. Says ex-partner {n2} has moved back to {city}. Safeguarding referral sent to {team}.",
    ),
    (
        "referral",
        "To the Immigration Advice Service\nRe: {n1} and her children {g2} and {g3}\nThe family arrived from {country} and are staying at {addr}.\nReferrer: {n4} ({email4})",
    ),
    (
        "letter",
        "Dear Professor {s1},\n\nThank you for agreeing to act as external examiner for {n2}'s thesis. The viva will take place in {city} on {date}.\n\n{n3}\nGraduate School",
    ),
    ("chat", "{rc1} is down as the contact but it's actually {n2}"),
    ("transcript", "{G1}: hiya\n{G2}: hi {g1}, how was {city}?\n{G1}: lovely, {g3} says hi"),
    (
        "form",
        "INSURANCE CLAIM - PET\nPolicyholder: {n1}\nPet: {pet}\nTreating vet: {n2}, {city}\nAmount: {money}\nPay to account number {acct}",
    ),
    (
        "email",
        "Your booking with {n1} is confirmed. From {city} to {city}, {date}. Card ending {num}. Questions: {email2}",
    ),
    (
        "minutes",
        "Immigration tribunal listing\n{n1} v Secretary of State - Judge {s2} - {city}\n{n3} v Secretary of State - Judge {s4} - {city}",
    ),
    ("ocr", "{P1}\n{ADDR}\nAc count No . {acct}\nSta tement date {date}"),
    ("code", 'assert format_name("{g1}", "{s1}") == "{S1}, {g1}"'),
)
