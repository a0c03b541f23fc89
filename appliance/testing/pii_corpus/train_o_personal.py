"""Templates with personal data for the train_o generator: records of registries, courts and
notaries, shipping and customs, insurance, hospitals, schools, payroll and HR, land and
property, vehicles, and clubs, as people paste them into an assistant.

Written blind and by hand (its author read only the corpus's `__init__.py` and
`validity.py`). Slots: «fmt#i» is person i's name in a format of `train_o_names.FORMATS`
(one PERSON span each); «wgiven»/«wfull»/«wlow» a given name that is an everyday word, in
a context that says it is a person; «city», «region», «country», «addr», «street» (upper
case «CITY», «ADDR», «COUNTRY») are LOCATION spans of country i; «phone», «email», «card»,
«iban», «ip», «ssn», «acct» structured values; other slots are decoys (not personal data).
A "|U" or "|L" suffix writes the slot in upper or lower case.
"""

from __future__ import annotations

PERSONAL_TEMPLATES: tuple[tuple[str, str], ...] = (
    # ---- public administration and registries ---------------------------------------
    (
        "form",
        "CIVIL REGISTRY - BIRTH ENTRY «ref»\nSurname: «FAMILY»\nGiven names: «gm»\n"
        "Place of birth: «city», «country»\nDate of birth: «dob»\nFather: «full#2»\n"
        "Mother: «full#3»\nRegistrar: «init#4»",
    ),
    (
        "form",
        "Anmeldung einer Wohnung\nFamilienname: «family»\nVorname: «given»\n"
        "Geburtsort: «city»\nNeue Wohnung: «addr»\nEinzugsdatum: «date»\nTelefon: «phone»",
    ),
    (
        "kv",
        "Nom de famille : «FAMILY»\nPrénom(s) : «given»\nNé(e) le «dob» à «city»\n"
        "Adresse : «addr»\nCourriel : «email»",
    ),
    (
        "kv",
        "Apellidos: «family|U»\nNombre: «given»\nDomicilio: «addr»\nProvincia: «region»\n"
        "Nacionalidad: «country»\nExpediente: «ref»",
    ),
    (
        "kv",
        "Ad Soyad: «caps»\nDoğum Yeri: «city»\nİkamet Adresi: «addr»\nBaşvuru No: «ref»\n"
        "Tel: «phone»",
    ),
    ("kv", "Nama: «caps»\nTempat Lahir: «city»\nAlamat: «addr»\nNo. Registrasi: «id»"),
    (
        "form",
        "APPLICATION FOR RESIDENCE PERMIT\n1. Family name(s): «FAMILY»\n"
        "2. First name(s): «GIVEN»\n3. Nationality: «country#2»\n4. Current address: «addr»\n"
        "5. Sponsor: «FcG#2»\nFile no. «ref»",
    ),
    (
        "ocr",
        "REPUBLIC  REGISTER  OF  PERSONS\nName  «FAMILY»\n«given»\nResidence «city»\n"
        "«region»   Entry   «ref»\nIssued  «date»",
    ),
    (
        "csv",
        "entry_no,surname,forenames,town,registered\n«ref»,«family»,«given»,«city»,«date»\n"
        "«ref»,«family#2»,«gm#2»,«city#2»,«date»",
    ),
    (
        "chat",
        "can you translate this line from a registry extract: «FUcG», born «dob» in "
        "«city», resident at «addr»",
    ),
    (
        "email",
        "Subject: change of address «ref»\n\nDear registry office,\nplease update my "
        "address to «addr» from «date». My old address was in «city#2».\n\nKind regards\n"
        "«full»\n«phone»",
    ),
    (
        "table",
        "| Surname | Given name | Municipality | Since |\n|---|---|---|---|\n"
        "| «FAMILY» | «given» | «city» | «year» |\n| «FAMILY#2» | «given#2» | «city#2» | «year» |",
    ),
    (
        "letter",
        "Ref. «ref»\n\nTo whom it may concern,\n\nThis is to certify that «full», "
        "residing at «addr», is registered in our population register since «date».\n\n"
        "«init#2»\nDeputy Registrar",
    ),
    (
        "form",
        "Certificate of Naturalisation no. «num»/«year»\nHolder: «mid»\n"
        "Formerly a citizen of: «country#2»\nPlace of residence: «city»\nWitness: «full#3»",
    ),
    (
        "json",
        '{"register": "population", "entry": "«ref»", "surname": "«FAMILY»", '
        '"given_names": "«gm»", "municipality": "«city»", "country": "«country»"}',
    ),
    (
        "voice",
        "hi im calling about my registration my name is «low» and i moved to «city» "
        "last month the new address is «addr»",
    ),
    (
        "sms",
        "Registry: «given», your appointment for the ID card is on «date» at «time», "
        "desk 4, «city» service point. Reply STOP to opt out",
    ),
    (
        "kv",
        "Titular: «FUcG»\nDNI/NIE: «ref»\nMunicipio: «city»\nProvincia: «region»\n"
        "Teléfono: «phone»",
    ),
    ("kv", "Achternaam: «family»\nVoornamen: «gm»\nWoonplaats: «city»\nAdres: «addr»"),
    (
        "kv",
        "Nazwisko: «FAMILY»\nImię: «given»\nMiejsce urodzenia: «city»\n"
        "Adres zamieszkania: «addr»\nPESEL: «ref»",
    ),
    # ---- courts and notaries ---------------------------------------------------------
    (
        "letter",
        "NOTARIAL DEED No. «num»/«year»\n\nBefore me, «init#3», notary in «city», "
        "appeared «full» and «full#2», who declared the sale of the property at «addr» ...\n"
        "Signed: «gf»   «gf#2»",
    ),
    (
        "form",
        "IN THE DISTRICT COURT OF «CITY»\nCase no. «ref»\nClaimant: «FUcG»\n"
        "Defendant: «FUcG#2»\nHearing: «date», «time», «room»",
    ),
    (
        "kv",
        "Testator: «mid»\nExecutor: «full#2»\nWitness 1: «full#3»\nWitness 2: «FcG#4»\n"
        "Executed at «city» on «date»",
    ),
    (
        "table",
        "Party | Role | Address\n«full» | Guarantor | «addr»\n«full#2» | Borrower | «addr#2»",
    ),
    (
        "email",
        "Subject: Power of attorney - «family»\n\nHi,\nattached is the POA in which «full» "
        "appoints «full#2» as attorney for the sale in «city#2». «given#2» will sign on «date». "
        "Can you check the wording?\n\nThanks, «given#3»",
    ),
    (
        "chat",
        "the judgment says «FUcG» v «FUcG#2», appeal «ref» - who is the appellant here, "
        "«given» or «given#2»?",
    ),
    (
        "log",
        '«date» «time» court-efile INFO filing accepted case=«ref» filer="«FcG»" '
        'counsel="«init#2»" court=«city»',
    ),
    (
        "xml",
        '<Filing><CaseNumber>«ref»</CaseNumber><Party role="plaintiff"><Name>«full»'
        '</Name><Address>«addr»</Address></Party><Party role="defendant"><Name>«full#2»'
        "</Name></Party></Filing>",
    ),
    (
        "kv",
        "Guarantor: «FUcG#2»\nPrincipal debtor: «FUcG»\nAmount: «amt» «cur»\n"
        "Governing court: «city»",
    ),
    (
        "ocr",
        "AFFIDAVIT\nI,  «caps»  of «addr»\nmake oath and say as follows:\n...\n"
        "Sworn at  «city»  this  «date»\nBefore me  «init#2»  Commissioner for Oaths",
    ),
    (
        "letter",
        "Dear «given»,\n\nFurther to our meeting, the transfer of shares from «full#2» "
        "to you will be notarised by «family#3»'s office in «city» on «weekday».\n\nYours "
        "sincerely,\n«init#4»",
    ),
    (
        "chat",
        "my aunt «wgiven» is the executor and she lives in «city», does she have to come "
        "to the notary in person?",
    ),
    (
        "csv",
        'case,party,role,counsel\n«ref»,"«FcG»",respondent,"«FcG#2»"\n'
        '«ref»,"«FcG#3»",applicant,"«FcG#4»"',
    ),
    (
        "form",
        "Beglaubigung\nHiermit wird die Unterschrift von Herrn «gf», wohnhaft in «addr», "
        "beglaubigt.\nUR-Nr. «num»/«year»\n«city», den «date»\n«init#2», Notar",
    ),
    # ---- shipping and customs --------------------------------------------------------
    (
        "edi",
        "UNB+UNOC:3+SENDER01+RECV02+«ymd»:1200+«num»'\nNAD+CN+++«FAMILY» «GIVEN»+"
        "«street»+«CITY»++«num»+«country»'\nNAD+CZ+++«caps#2»'\nCTA+IC+:«caps#3»'\n"
        "COM+«phone»:TE'",
    ),
    (
        "form",
        "BILL OF LADING «ref»\nShipper: «company»\nConsignee: «caps»\n«ADDR»\n"
        "Notify party: «full#2», «phone#2»\nVessel: «ship»\nPort of loading: «city#2»\n"
        "Port of discharge: «city»\nContainer: «container»",
    ),
    (
        "kv",
        "Consignee: «FUcG»\nDelivery address: «addr»\nContact: «phone»\nHS code: «hs»\n"
        "Gross weight: «weight»",
    ),
    (
        "table",
        "CUSTOMS DECLARATION - ITEMS\nNo | Description | HS | Value\n1 | «product» | «hs»"
        " | «amt»\nDeclarant: «FG»\nImporter of record: «full#2», «city#2»",
    ),
    (
        "json",
        '{"awb": "«track»", "consignee": {"name": "«full»", "address": "«addr»", '
        '"phone": "«phone»"}, "shipper": "«company»", "pieces": «qty»}',
    ),
    (
        "email",
        "Subject: shipment «track» held at customs\n\nHello «given»,\nyour parcel to "
        "«city» is held pending the invoice. Please send it to «email#2» quoting «ref».\n\n"
        "«full#2»\nCustoms Desk, «company»",
    ),
    (
        "log",
        '«date»T«time»:00Z tracking scan=«track» status=DELIVERED signed_by="«FAMILY»" '
        'location="«city»"',
    ),
    (
        "chat",
        "the courier left a card: 'sorry we missed you «given|U», collect from depot in "
        "«city»'. what do i bring?",
    ),
    (
        "fixed_width",
        "CONSIGNEE                 CITY            COUNTRY\n«caps»\n«CITY»\n«COUNTRY»\nREF «ref»",
    ),
    ("kv", "Empfänger: «gf»\nAnschrift: «addr»\nSendungsnummer: «track»\nInhalt: «product»"),
    (
        "sms",
        "Your parcel «track» for «full» will arrive «weekday» between «time» and «time». "
        "Driver «given#2»: «phone#2»",
    ),
    (
        "form",
        "Packing list «ref»\nExporter: «company»\nAttn: «init» («title»)\nImporter: "
        "«full#2»\n«addr#2»\nOrigin: «country»",
    ),
    (
        "xml",
        "<Declaration><Declarant><Name>«caps»</Name><City>«city»</City></Declarant>"
        '<Goods hs="«hs»" value="«amt»"/></Declaration>',
    ),
    # ---- insurance and claims --------------------------------------------------------
    (
        "form",
        "CLAIM FORM «policy»\nPolicyholder: «FUcG»\nAddress: «addr»\nDate of loss: "
        "«date»\nThird party: «full#2»\nWitness: «full#3», «phone#3»\nBank for payment: «iban»",
    ),
    (
        "kv",
        "Insured: «full»\nBeneficiary: «full#2»\nRelationship: spouse\nPolicy: «policy»\n"
        "Sum assured: «amt» «cur»",
    ),
    (
        "email",
        "Subject: Claim «ref» - water damage\n\nDear «given»,\n\nthe assessor, «full#2», "
        "will visit «addr» on «date». Please have the repair quotes ready.\n\nBest,\n"
        "«full#3»\nClaims Adjuster",
    ),
    (
        "chat",
        "i was rear-ended in «city» yesterday, the other driver was «full», her insurer is"
        " «company». how do i start a claim?",
    ),
    (
        "table",
        "Claimant | Policy | Incident place | Assessor\n«FcG» | «policy» | «city» | "
        "«FcG#2»\n«FcG#3» | «policy» | «city#3» | «FcG#2»",
    ),
    (
        "json",
        '{"claim_id": "«ref»", "policyholder": "«FUcG»", "incident": {"location": '
        '"«addr»", "date": "«date»"}, "payout_account": "«iban»"}',
    ),
    (
        "voice",
        "yes hello its «wlow» calling about my claim the number is «ref» the assessor "
        "«low#2» never came",
    ),
    (
        "kv",
        "Next of kin: «full#2» (daughter)\nPhone: «phone#2»\nInsured person: «mid»\nHome: «addr»",
    ),
    (
        "letter",
        "Dear Mr «family»,\n\nWe confirm that your claim «ref» has been settled. "
        "«amt» «cur» will be paid to account number «acct».\n\nKind regards\n«given#2» «family#2»"
        "\nCastellan Assurance",
    ),
    ("log", 'claims-api «date» «time» WARN duplicate claim insured="«FUcG»" prev=«ref» ip=«ip»'),
    (
        "csv",
        "policy_no;insured;dob;city;premium\n«policy»;«FUcG»;«dob»;«city»;«amt»\n"
        "«policy»;«FUcG#2»;«dob»;«city#2»;«amt»",
    ),
    (
        "kv",
        "Assessor: «init»\nDamage at: «addr»\nReported by: «full#2»\nOn: «date»\nPhoto ref: «hash»",
    ),
    # ---- hospital admissions ---------------------------------------------------------
    (
        "hl7",
        "MSH|^~\\&|ADT|HOSP|||«ymd»1200||ADT^A01|«num»|P|2.5\nPID|1||«id»||«FAMILY»^"
        "«GIVEN»||«ymd»|F|||«street»^^«CITY»^^«num»^«country»||«phone»\n"
        "NK1|1|«FAMILY#2»^«GIVEN#2»|SPO",
    ),
    (
        "hl7",
        "PID|1||«id»^^^MRN||«FAMILY»^«GIVEN»^^^||«ymd»|M\nPV1|1|I|«room»||||"
        "«num»^«FAMILY#2»^«GIVEN#2»^^^DR",
    ),
    (
        "form",
        "ADMISSION SHEET\nPatient: «FUcG»\nDOB: «dob»\nAddress: «addr»\n"
        "Next of kin: «full#2» («phone#2»)\nGP: «init#3»\nWard: «room»",
    ),
    (
        "kv",
        "Patient name: «caps»\nMRN: «id»\nAdmitted: «date» «time»\nReferring physician: "
        "«FcG#2»\nHome city: «city»",
    ),
    (
        "chat",
        "my dad «given» was admitted to the hospital in «city» last night, the nurse "
        "«given#2» said to bring his medication list. is that normal?",
    ),
    (
        "email",
        "Subject: Discharge summary «id»\n\nDear colleague,\n\nplease find the discharge "
        "summary of «full», admitted «date». Follow-up with «init#2» in «city».\n\n«full#3»",
    ),
    (
        "table",
        "Bed | Patient | Admitted | Consultant\n«room» | «FcG» | «date» | «family#2»\n"
        "«room» | «FcG#3» | «date» | «family#2»",
    ),
    (
        "json",
        '{"resourceType": "Patient", "name": [{"family": "«family»", "given": ["«given»"]}'
        '], "address": [{"city": "«city»", "country": "«country»"}], "telecom": [{"value": '
        '"«phone»"}]}',
    ),
    (
        "ocr",
        "PATIENT  «FAMILY»\n«given»  DOB  «dob»\nADDR «addr»\nNOK  «full#2»\n"
        "CONSENT SIGNED  «init»",
    ),
    (
        "voice",
        "patient is «low» age «num» came in from «city» with chest pain wife «wlow#2» "
        "is on her way",
    ),
    (
        "sms",
        "Reminder: «given», your appointment with «init#2» is on «date» at «time», "
        "«room». Call «phone#3» to change",
    ),
    (
        "kv",
        "Paciente: «FcG»\nFecha de ingreso: «date»\nDomicilio: «addr»\nAcompañante: "
        "«full#2»\nTeléfono: «phone»",
    ),
    # ---- school enrolment ------------------------------------------------------------
    (
        "form",
        "ENROLMENT FORM «year»/«num»\nPupil surname: «FAMILY»\nPupil first name: «given»\n"
        "Parent/guardian: «full#2»\nAddress: «addr»\nEmergency contact: «full#3», «phone#3»",
    ),
    (
        "csv",
        "student_id,last_name,first_name,guardian,home_town\n«id»,«family»,«given»,"
        '"«FcG#2»",«city»\n«id»,«family#3»,«given#3»,"«FcG#4»",«city#3»',
    ),
    (
        "email",
        "Subject: enrolment «given» «family»\n\nHi,\nI'd like to enrol my son «given» in "
        "year 4 from «month». We moved from «city#2» to «addr». His previous teacher was "
        "«full#3».\n\n«full#2»\n«email#2»",
    ),
    ("kv", "Schüler/in: «fg»\nKlasse: «num»b\nErziehungsberechtigt: «gf#2»\nWohnort: «city»"),
    (
        "chat",
        "can you help me write a note to «title» «family» that «given» will miss school "
        "«weekday» because we travel to «city#2»?",
    ),
    (
        "table",
        "Class «num»A\n| # | Pupil | Tutor |\n|---|---|---|\n| 1 | «FcG» | «init#5» |\n"
        "| 2 | «FcG#2» | «init#5» |\n| 3 | «FcG#3» | «init#5» |",
    ),
    (
        "sms",
        "School: «given» was marked absent today. Please call «phone#2» or reply. "
        "«given#3» (office)",
    ),
    (
        "form",
        "Inscription scolaire\nNom de l'élève : «FAMILY»\nPrénom : «given»\nResponsable "
        "légal : «gf#2»\nAdresse : «addr»\nTél. : «phone»",
    ),
    (
        "json",
        '{"student": {"first": "«given»", "last": "«family»", "dob": "«dob»"}, '
        '"guardians": ["«full#2»", "«full#3»"], "campus": "«city»"}',
    ),
    ("voice", "this is «low» ringing about «wlow#2» in class «num» she wont be in today"),
    # ---- payroll and HR --------------------------------------------------------------
    (
        "csv",
        "emp_id,last,first,cost_centre,iban\n«id»,«family»,«given»,«num»,«iban»\n"
        "«id»,«family#2»,«given#2»,«num»,«iban#2»",
    ),
    (
        "fixed_width",
        "EMPNO  NAME                      BRANCH\n«num»    «FUcG»\n«city»\n"
        "«num»    «FUcG#2»\n«city#2»",
    ),
    (
        "kv",
        "Employee: «GFU»\nPosition: «title»\nStart date: «date»\nWork location: «city»\n"
        "Salary account number: «acct»",
    ),
    (
        "email",
        "Subject: payslip query\n\nHi «given#2»,\n\nmy «month» payslip shows the wrong "
        "tax code. My employee number is «id».\n\nThanks\n«full»",
    ),
    (
        "chat",
        "HR says «full» is leaving end of «month» and «given#2» will take over her "
        "accounts. can you draft the announcement?",
    ),
    (
        "json",
        '{"employee": {"id": "«id»", "name": "«full»", "manager": "«full#2»", '
        '"office": "«city»", "ssn": "«ssn»"}}',
    ),
    (
        "log",
        'payroll-batch «date» «time» ERROR bank rejected transfer emp=«id» name="«FcG»" '
        "acct=«acct»",
    ),
    (
        "table",
        "| Name | Role | Office | Ext |\n|---|---|---|---|\n| «full» | «title» | «city» | "
        "«num» |\n| «full#2» | «title» | «city#2» | «num» |\n| «full#3» | «title» | «city» | «num» |",
    ),
    (
        "form",
        "W-4 style worksheet\nFirst name and middle initial: «mid»\nLast name: «family»\n"
        "SSN: «ssn»\nHome address: «addr»",
    ),
    (
        "kv",
        "Vorname: «given»\nNachname: «family»\nPersonalnummer: «id»\nIBAN: «iban»\n"
        "Steuerklasse: «num»",
    ),
    (
        "code",
        '# payroll fixture\nEMPLOYEES = [\n    {"name": "«full»", "city": "«city»"},'
        '\n    {"name": "«full#2»", "city": "«city#2»"},\n]  # TODO ask «given#3»',
    ),
    (
        "code",
        'def test_export():\n    row = export_row(last="«family»", first="«given»", '
        'ssn="«ssn»")\n    assert row.startswith("«FAMILY»")',
    ),
    ("chat", "@«given» can you sign off «full#2»'s overtime before friday? ping «given#3» if not"),
    ("sms", "«wgiven», can you cover «given#2»'s shift on «weekday»? she is sick. thx «given#3»"),
    (
        "letter",
        "Reference\n\nTo whom it may concern,\n\n«full» worked for us in «city» from "
        "«year» to «year» as «title». I recommend «given» without reservation.\n\n«full#2»",
    ),
    (
        "ical",
        "BEGIN:VEVENT\nSUMMARY:Exit interview «full»\nLOCATION:«addr»\n"
        "ORGANIZER;CN=«full#2»:mailto:«email#2»\nATTENDEE;CN=«full»:mailto:«email»\n"
        "DTSTART:«ymd»T090000\nEND:VEVENT",
    ),
    # ---- property and land registers -------------------------------------------------
    (
        "form",
        "LAND REGISTER EXTRACT\nParcel: «parcel»\nLocation: «addr»\nOwner(s): «FUcG» "
        "(1/2), «FUcG#2» (1/2)\nEncumbrances: mortgage «ref»",
    ),
    ("kv", "Grundbuch von «city»\nBlatt «num»\nEigentümer: «gf», geb. «dob»\nFlurstück «parcel»"),
    ("table", "Title | Proprietor | Address\n«ref» | «caps» | «ADDR»\n«ref» | «caps#2» | «ADDR#2»"),
    (
        "email",
        "Subject: Conveyancing - «addr»\n\nDear «given»,\n\nthe vendor, «full#2», has "
        "accepted. Deposit to be paid to the client account number «acct». Completion on «date».\n"
        "\n«full#3»",
    ),
    (
        "chat",
        "buying a flat in «city» from «full» and «full#2», the agent is «given#3». "
        "what should the sale contract list?",
    ),
    (
        "csv",
        'parcel,owner,share,municipality,region\n«parcel»,"«FcG»",1/1,«city»,«region»\n'
        '«parcel»,"«FcG#2»",1/2,«city#2»,«region#2»',
    ),
    (
        "ocr",
        "TITLE  DEED\nREGISTERED  OWNER\n«caps»\nof  «addr»\nSURVEYOR «init#2»  PARCEL «parcel»",
    ),
    (
        "kv",
        "Tenant: «full»\nLandlord: «full#2»\nProperty: «addr»\nRent: «amt» «cur»\n"
        "Guarantor: «full#3»",
    ),
    ("voice", "hi its «low» the tenant at «addr» the boiler broke again can «wlow#2» come round"),
    ("sms", "Viewing confirmed: «addr», «weekday» «time». Agent «given» «phone»"),
    # ---- vehicle registrations -------------------------------------------------------
    (
        "form",
        "VEHICLE REGISTRATION CERTIFICATE\nReg. no: «plate»\nVIN: «vin»\nKeeper: «caps»\n"
        "«ADDR»\nFirst registered: «date»",
    ),
    ("kv", "Halter: «FG»\nKennzeichen: «plate»\nAnschrift: «addr»\nFahrzeug: Kombi, «colour»"),
    ("csv", "plate,make,keeper,city\n«plate»,Skoda,«FcG»,«city»\n«plate»,Ford,«FcG#2»,«city#2»"),
    (
        "chat",
        "bought a car from «given» in «city», the logbook still says «FUcG#2». "
        "how do I transfer it?",
    ),
    (
        "json",
        '{"registration": "«plate»", "keeper": {"surname": "«family»", "forename": '
        '"«given»", "postcode_city": "«city»"}, "colour": "«colour»"}',
    ),
    ("log", '«date» «time» anpr camera=«num» plate=«plate» owner_lookup="«FUcG»" region=«region»'),
    (
        "email",
        "Subject: parking fine «ref»\n\nDear «title»,\nthe car «plate» was sold to «full» "
        "on «date», their address is «addr». Please redirect the notice.\n\n«full#2»",
    ),
    (
        "fixed_width",
        "PLATE      KEEPER                   TOWN\n«plate»  «FUcG»  «CITY»\n"
        "«plate»  «FUcG#2»  «CITY#2»",
    ),
    # ---- memberships and clubs -------------------------------------------------------
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nN:«family»;«given»;;;\nFN:«gf»\nORG:Rowing Club\n"
        "TEL;TYPE=cell:«phone»\nEMAIL:«email»\nADR;TYPE=home:;;«street»;«city»;;;«country»\n"
        "END:VCARD",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:4.0\nFN:«full»\nN:«family»;«given»;;;\nNOTE:membership "
        "«id»\nTEL:«phone»\nEND:VCARD",
    ),
    (
        "table",
        "Members joined in «month»\nName | Town | Fee\n«full» | «city» | «amt»\n«full#2» | "
        "«city#2» | «amt»\n«full#3» | «city#3» | «amt»",
    ),
    (
        "email",
        "Subject: AGM minutes\n\nPresent: «full», «full#2», «init#3», «given#4».\n"
        "Apologies: «full#5».\nThe treasurer «given#2» reported a balance of «amt».\n",
    ),
    (
        "chat",
        "«given», «given#2» and «given#3» from the chess club are coming on «weekday», "
        "can you book a table for five?",
    ),
    (
        "html",
        "<table><tr><th>Member</th><th>City</th></tr><tr><td>«full»</td><td>«city»</td>"
        "</tr><tr><td>«full#2»</td><td>«city#2»</td></tr></table>",
    ),
    (
        "html",
        "<p>Welcome to our new members <b>«full»</b> from «city» and <b>«full#2»</b>!</p>"
        "<p>Questions? Ask «given#3».</p>",
    ),
    ("kv", "Member: «FUcG»\nMembership no.: «id»\nCard on file: «card»\nRenewal: «date»"),
    (
        "sms",
        "Club: «given», your membership «id» expires «date». Renew at the desk or call "
        "«phone#2». Ask for «wgiven#3»",
    ),
    ("voice", "tell «wlow» the flat is free on saturday and ask «low#2» to bring the keys"),
    (
        "chat",
        "ask «wgiven» if she can cover the bar at the club on «weekday», «given#2» is "
        "away in «city»",
    ),
    ("chat", "«wgiven» and «wgiven#2» are late again, start the meeting without them"),
    (
        "ical",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Committee meeting\nLOCATION:«city»\n"
        "ATTENDEE;CN=«full»:mailto:«email»\nATTENDEE;CN=«full#2»:mailto:«email#2»\n"
        "DTSTART:«ymd»T190000\nEND:VEVENT\nEND:VCALENDAR",
    ),
    (
        "xml",
        '<member id="«id»"><surname>«family»</surname><forename>«given»</forename>'
        "<town>«city»</town><phone>«phone»</phone></member>",
    ),
    # ---- mixed cultures, particles, all-caps and OCR records -------------------------
    (
        "form",
        "HOUSEHOLD REGISTER\n1. «FUcG»  head\n2. «FUcG#2»  spouse\n3. «FUcG#3»  lodger\n"
        "Address: «addr»",
    ),
    (
        "ocr",
        "NAME OF BENEFICIARY\n«FAMILY»,\n«given»\nADDRESS\n«street»\n«city»\n"
        "ACCOUNT NUMBER  «acct»",
    ),
    (
        "ocr",
        "Surname  «FAMILY»  Given names  «gm»\nNationality «country»   Sex F\n"
        "Place of birth  «CITY»",
    ),
    (
        "kv",
        "Nom: «FAMILY»\nPrénom: «given»\nNom d'usage: «family#2»\nCommune: «city»\n"
        "Département: «region»",
    ),
    (
        "kv",
        "Cognome: «FAMILY»\nNome: «given»\nLuogo di nascita: «city»\nResidenza: «addr»\n"
        "Codice pratica: «ref»",
    ),
    ("kv", "Efternamn: «family»\nFörnamn: «given»\nPostort: «city»\nTelefon: «phone»"),
    (
        "table",
        "Nr. | Nachname, Vorname | Ort\n1 | «FcG» | «city»\n2 | «FcG#2» | «city#2»\n3 | "
        "«FcG#3» | «city#3»",
    ),
    (
        "table",
        "«FAMILY» «given»   «city»   «date»\n«FAMILY#2» «given#2»   «city#2»   «date»\n"
        "«FAMILY#3» «given#3»   «city#3»   «date»",
    ),
    ("kv", "Signed: «init»\nCountersigned: «ini#2»\nPlace: «city»\nDate: «date»"),
    (
        "form",
        "Witness statement\nName of witness: «full»\nAddress: «addr»\nI saw «full#2» "
        "and «full#3» leave the premises at «time».\nSignature: «gf»",
    ),
    ("kv", "Beneficiary: «GFU»\nBeneficiary bank: «company»\nIBAN: «iban»\nPurpose: «ref»"),
    ("kv", "Guarantor: «fg»\nGuarantor address: «addr»\nGuarantor phone: «phone»"),
    ("kv", "Assessor: «FcG»\nRegion: «region»\nCountry: «country»"),
    ("chat", "is «FUcG» the right way to write «gf»'s name on a «country» form, or surname last?"),
    ("chat", "names for the visa list: «gf», «gf#2» and «gf#3». all from «city»."),
    (
        "email",
        "Subject: seating plan\n\nTable 1: «given», «given#2», «given#3»\n"
        "Table 2: «given#4» and «given#5»\n\n- «given#6»",
    ),
    ("csv", "«family»;«given»;«city»;«ssn»\n«family#2»;«given#2»;«city#2»;«ssn#2»"),
    ("log", '«date» «time» auth login ok user=«ini» src=«ip» name="«full»"'),
    (
        "json",
        '[{"name": "«FcG»", "country": "«country»"}, {"name": "«FcG#2»", "country": '
        '"«country#2»"}, {"name": "«FcG#3»", "country": "«country#3»"}]',
    ),
    (
        "code",
        '// seeded by «ini» on «date»\nconst owner = "«full»"; // lives in «city»\n'
        'const backup = "«full#2»";',
    ),
    ("sms", "hi «given» its «given#2», landed in «city», call me on «phone#2»"),
    ("voice", "send the contract to «low» and copy «low#2» and «low#3» thanks"),
    ("chat", "«full» («city») vs «full#2» («city#2») - who won the club final?"),
    (
        "letter",
        "«addr»\n«date»\n\nDear «given»,\n\nthank you for hosting «given#2» and me "
        "in «city#2».\n\nWarmly,\n«given#3»",
    ),
    ("form", "NEXT OF KIN\nName: «FcG»\nRelationship: brother\nAddress: «addr»\nTel: «phone»"),
    ("form", "CONSENT\nI, «full», of «city», consent to ...\nSigned «gf»\nWitnessed «init#2»"),
    ("kv", "Card holder: «caps»\nCard number: «card»\nExpiry: «num»/«num»\nBilling city: «city»"),
    ("chat", "«given»'s new address is «addr», can you update the club register?"),
    ("chat", "ok so «given» said «given#2» will bring the forms to «city» on «weekday»"),
    ("kv", "Owner: «FcG»\nOwner email: «email»\nOwner IP at signup: «ip»"),
    (
        "email",
        "Hi all,\n\n«wgiven» from payroll will be out; «given#2» covers. Questions to "
        "«email#2».\n\n«given#3»",
    ),
    ("chat", "MY NAME IS «caps» AND I LIVE IN «CITY», HOW DO I GET A COPY OF MY BIRTH CERTIFICATE"),
    ("chat", "pls fix the spelling: «low» from «city|L», born «dob»"),
    ("html", '<div class="signature">«full»<br>«title»<br>«addr»<br>«phone»</div>'),
    (
        "xml",
        "<Person><FamilyName>«family»</FamilyName><GivenName>«given»</GivenName>"
        "<BirthPlace>«city»</BirthPlace><Residence>«country#2»</Residence></Person>",
    ),
    ("kv", "Ad: «given»\nSoyad: «FAMILY»\nŞehir: «city»"),
    ("kv", "Nama penuh: «caps»\nNo. akaun: «acct»\nBandar: «city»"),
    ("kv", "Consignor: «company»\nConsignee: «FcG», «addr»\nNotify: «init#2», «phone#2»"),
    ("kv", "Name: «gf»\nTown of birth: «city»\nChecking account: «acct»\nRouting: «num»"),
)
