"""val29 personal templates: university development offices, hospitals and clinics, dental
practices and opticians (see val29.py and val29_gen.py for the slots)."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------ development office
    T(
        "dev-p01",
        "letter",
        "devoffice",
        """{{date:long}}

{{a}}
{{a.addr}}

Dear {{a.g}},

On behalf of the University, thank you for your generous gift of {{price:£}} to the Turing \
Scholarship Fund. Your support will allow two students from {{country}} to take up their \
places this autumn.

Professor {{b}}, who chairs the selection panel, would be delighted to meet you at the \
reception in Rhodes House on {{date:long}}.

With warm regards,

{{c}}
Director of Development""",
    ),
    T(
        "dev-p02",
        "form",
        "devoffice",
        """GIFT PLEDGE FORM - Annual Fund {{year}}
Title: {{|Dr|Mr|Ms|Prof.|Mx}}    Name: {{a}}
Address: {{addr}}
Email: {{a.mail}}    Phone: {{a.ph}}
Class year: {{n:1975-2020}}    College: {{|Fitzwilliam|Balliol|Magdalen|Wolfson}}
I would like to give: {{price:£}} {{|monthly|annually|once}}
Card number: {{cc}}    Expiry: {{n:1-12}}/{{n:26-31}}
Gift Aid: Yes
In memory of: {{w}}""",
    ),
    T(
        "dev-p03",
        "csv",
        "devoffice",
        """Segment these donors into tiers (under £1k, £1k-10k, \
over £10k):

donor_id,name,email,phone,city,total_given,last_gift
D{{n:10000-99999}},{{a}},{{a.mail}},{{a.ph}},{{a.city}},"{{price:£}}",{{date:iso}}
D{{n:10000-99999}},{{b}},{{b.mail}},{{b.ph}},{{b.city}},"{{price:£}}",{{date:iso}}
D{{n:10000-99999}},{{c}},,{{c.ph}},{{c.city}},"{{price:£}}",{{date:iso}}
D{{n:10000-99999}},"{{d.lf}}",{{d.mail}},,{{d.city}},"{{price:£}}",{{date:iso}}""",
    ),
    T(
        "dev-p04",
        "email",
        "devoffice",
        """Subject: Transfer for the Fields Medal lecture fund

Dear {{a.g}},

I sent EUR {{n:1000-20000}} to the university this morning from IBAN {{iban}} (account \
holder {{b}}). Please put it towards the Fields Medal lecture fund, as discussed with \
Professor {{c.f}} at the dinner.

A receipt to {{b.mail}} would be appreciated; my accountant needs it before {{mon}}.

Best wishes,
{{b}}""",
    ),
    T(
        "dev-p05",
        "minutes",
        "devoffice",
        """Campaign Board - minutes
Date: {{date:long}}    Present: {{a}} (chair), {{b}}, {{c}}, {{d}}; in attendance {{e.i}}
1. Naming: the board agreed the new chemistry building will be called the Curie Laboratory; \
the Nobel Prize display moves to the foyer.
2. Lead gift: {{b.g}} reported a verbal pledge of £2m from {{f}} (alumnus, living in \
{{f.city}}); due diligence to be completed by {{e.f}}.
3. AOB: {{c.g}} to contact the Rhodes Trust about the joint scholarship.""",
    ),
    T(
        "dev-p06",
        "json",
        "devoffice",
        """Validate this payload against our schema and tell me \
what's missing:

{"form": "W-9", "payee": {"name": "{{a}}", "ssn": "{{ssn}}", "address": "{{addr:US}}"}, \
"payment": {"amount_usd": {{n:500-5000}}, "reason": "Turing Award panel honorarium", \
"method": "ACH", "account_number": "{{acct:us}}", "routing_number": \
"{{n:100000000-999999999}}"}, "prepared_by": "{{b}}"}""",
    ),
    T(
        "dev-p07",
        "bibliography",
        "devoffice",
        """Nomination dossier - selected publications of \
Professor {{a}}

{{a.bib}} ({{year}}) Spectral methods for coupled Kalman filters. Journal of Applied \
Probability, 58(2), 311-329. doi:{{doi}}
{{a.bib}}, {{b.bib}} & {{c.bib}} ({{year}}) A Bayesian treatment of Dijkstra's algorithm \
under uncertainty. SIAM Review, 64(1), 45-71.
{{d.bib}} & {{a.bib}} ({{year}}) Gaussian process priors for field data. Annals of \
Statistics, 49(4), 2001-2030.

Please format these in APA style.""",
    ),
    T(
        "dev-p08",
        "vcard",
        "devoffice",
        """BEGIN:VCARD
VERSION:3.0
FN:{{a}}
N:{{a.f}};{{a.g}};;;
ORG:Alumni Association
TEL;TYPE=CELL:{{a.ph}}
EMAIL;TYPE=HOME:{{a.mail}}
ADR;TYPE=HOME:;;{{addr}};;;;
NOTE:Prefers contact via {{b}} (PA)\\, {{b.ph}}
END:VCARD""",
    ),
    T(
        "dev-p09",
        "paste",
        "devoffice",
        """Översätt till engelska:

"Hej {{a.g}}! Tack för senast på stipendieceremonin. Jag vill gärna bidra till \
Nobelstipendiet igen i år. Ring mig på {{ph:SE}} eller skicka ett mejl till {{b.mail}}. \
Hälsningar, {{b}}\"""",
        "all=swedish,norwegian,danish,finnish,sami",
    ),
    T(
        "dev-p10",
        "html",
        "devoffice",
        """Extract the guest details from this confirmation \
page:

<h2>RSVP - Fulbright Alumni Dinner</h2>
<table>
<tr><td>Guest</td><td>{{a}}</td></tr>
<tr><td>Plus one</td><td>{{b}}</td></tr>
<tr><td>Email</td><td>{{a.mail}}</td></tr>
<tr><td>Dietary</td><td>{{|vegetarian|halal|none|no shellfish}}</td></tr>
<tr><td>Mobile</td><td>{{a.ph}}</td></tr>
</table>""",
    ),
    # ------------------------------------------------------------------ hospitals
    T(
        "hos-p01",
        "letter",
        "hospital",
        """St Thomas' Hospital - Department of Neurology
{{date:long}}

Dear Dr {{a.f}},

Re: {{b}}, DOB {{dob:eu}}, {{b.addr}}

Thank you for referring this patient with a tremor. Examination today was not in keeping \
with Parkinson's disease; the picture fits an essential tremor. I have asked {{c}}, our \
specialist nurse (tel {{ph:GB}}), to arrange a DaTscan to be sure.

Yours sincerely,

Dr {{d}}
Consultant Neurologist""",
    ),
    T(
        "hos-p02",
        "form",
        "hospital",
        """NEW PATIENT REGISTRATION
Last name: {{a.F}}    First: {{a.g}}
DOB: {{dob:us}}    SSN: {{ssn}}
Address: {{addr:US}}
Home phone: {{ph:US}}    Cell: {{ph:US}}
Email: {{a.mail}}
Emergency contact: {{b}}    Relationship: {{|spouse|sibling|friend}}    Phone: {{ph:US}}
Insurance: {{|Aetna|BlueCross BlueShield|Kaiser Permanente}}, member ID \
{{n:100000000-999999999}}
Referred from: Mayo Clinic, Rochester campus""",
    ),
    T(
        "hos-p03",
        "sms",
        "hospital",
        """{{a.g}}, reminder: your appointment at the Johns \
Hopkins Outpatient Center is {{date:short}} {{time}}, Clinic {{room}}. To cancel reply C or \
call {{ph:US}}.""",
    ),
    T(
        "hos-p04",
        "transcript",
        "hospital",
        """Urgent care line, call transcript {{ref}}
Call handler: Can I take the patient's name?
Caller: It's for my neighbour, {{a}}. I'm {{b}}.
Call handler: And the address where the patient is now?
Caller: {{addr:GB}}.
Call handler: A number we can call you back on?
Caller: {{ph:GB}}.
Call handler: Is {{a.g}} breathing normally?
Caller: Yes, but confused. {{a.His}} usual doctor is Dr {{c.f}} at the Addenbrooke's \
clinic.""",
    ),
    T(
        "hos-p05",
        "xml",
        "hospital",
        """Convert this to FHIR JSON:

<patient id="{{n:100000-999999}}">
  <name><family>{{a.f}}</family><given>{{a.g}}</given></name>
  <birthDate>{{dob:iso}}</birthDate>
  <telecom system="phone">{{a.ph}}</telecom>
  <telecom system="email">{{a.mail}}</telecom>
  <address>{{a.addr}}</address>
  <generalPractitioner>Dr {{b}}</generalPractitioner>
  <condition code="G35">Multiple sclerosis</condition>
  <condition code="E05.0">Graves' disease</condition>
</patient>""",
    ),
    T(
        "hos-p06",
        "email",
        "hospital",
        """Subject: Second opinion request - {{a}}

Dear colleagues at the Mayo Clinic,

I am writing on behalf of my patient {{a}} ({{a.mail}}), who has lived with Crohn's disease \
since {{year}} and has not responded to two biologics. The family would like appointments \
to be arranged through {{a.his}} {{|daughter|son|partner}}, {{b}}, on {{b.ph}}.

Kind regards,
Dr {{c}}
{{c.city}}""",
    ),
    T(
        "hos-p07",
        "chat",
        "hospital",
        """Help me reply to this portal message: "Hi, it's {{a}} \
again, the pharmacy at Guy's says my Hashimoto's prescription hasn't come through. Can \
Dr {{b.f}} resend it? You can call me on {{a.ph}}." Keep it friendly and say we'll sort it \
today.""",
    ),
    T(
        "hos-p08",
        "paste",
        "hospital",
        """Bunu İngilizceye çevir ve özetle:

"Merhaba, ben {{a}}. Yakınım {{b}} geçen hafta kalp ameliyatı oldu ve taburcu olduktan sonra \
ilaçları hakkında sorularımız var. Doktoru {{c.g}} {{c.bey}} bize sizi önerdi. Bana {{ph:TR}} \
numarasından veya {{a.mail}} adresinden ulaşabilirsiniz. Teşekkürler.\"""",
        "all=turkish,kurdish,azerbaijani",
    ),
    T(
        "hos-p09",
        "notes",
        "hospital",
        """Ward 7 handover, night shift {{date:short}}
Bed 3 - {{a}} ({{n:60-95}}), post-op day 2, hip. Obs stable. Next of kin {{b.g}} calling at \
8, number on file {{ph}}.
Bed 5 - {{c.i}}, Alzheimer's, wanders at night, 1:1 requested.
Bed 9 - {{d}}, discharge today pending pharmacy; transport to {{d.addr}} booked for 11:00.
Bed 11 - {{w}}, admitted 02:10 with chest pain, troponin pending; {{w.his}} partner is in the relatives' room.
Handover by {{e.gi}} to {{f.gi}}.""",
    ),
    # ------------------------------------------------------------------ dental and optical
    T(
        "den-p01",
        "sms",
        "dental",
        """{{a.g}}, you're due your 6-month check-up at Bright \
Smile Dental. Book online or call {{ph}}. Reply STOP to opt out.""",
    ),
    T(
        "den-p02",
        "email",
        "dental",
        """Subject: Your eye test is due

Dear {{a}},

Our records show your last eye examination was in {{mon}} {{year}}. Optometrist {{b}} now \
has appointments at our {{city}} practice, including Saturday mornings. We'll re-check your \
prescription and, as last time, run the Amsler grid and Ishihara colour test.

Call us on {{ph}} or reply to this email to book.

Warm regards,
{{c.g}}, Practice Manager""",
    ),
    T(
        "den-p03",
        "form",
        "dental",
        """New Patient Form - Harbourside Dental
Name: {{a}}    Preferred name: {{a.nick}}
Date of birth: {{dob:eu}}
Address: {{addr}}
Mobile: {{a.ph}}    Email: {{a.mail}}
GP: Dr {{b.f}}
Medical: {{|none|asthma (inhaler)|penicillin allergy|type 2 diabetes}}
Card on file for no-show fee: {{cc}}
Signed: {{a.gi}}""",
    ),
    T(
        "den-p04",
        "csv",
        "dental",
        """Write each patient a one-line reminder SMS:

time,patient,phone,clinician,treatment
08:30,{{a}},{{a.ph}},{{e.i}},scale & polish
09:10,{{b}},{{b.ph}},{{e.i}},Invisalign review
09:50,{{c}},{{c.ph}},{{f.i}},crown prep UR6
10:40,{{d}},{{d.ph}},{{f.i}},emergency - Hawley retainer broken""",
    ),
    T(
        "den-p05",
        "voice",
        "dental",
        """hi this is {{a.low}} calling for {{b.lowg}} at the \
opticians my glasses are ready apparently but i can't come in until {{wd.low}} can you hold \
them my number is {{ph:GB,natc}} thanks bye""",
    ),
    T(
        "den-p06",
        "ics",
        "dental",
        """BEGIN:VEVENT
SUMMARY:Hygienist - {{a}}
DTSTART:20250822T093000
DTEND:20250822T101500
LOCATION:Harbourside Dental\\, Surgery 2
DESCRIPTION:Patient mobile {{a.ph}}. Clinician: {{b}}. Bring Waterpik questions.
ORGANIZER;CN=Reception:mailto:{{em:reception@harboursidedental.co.uk}}
END:VEVENT""",
    ),
    T(
        "den-p07",
        "chat",
        "dental",
        """My patient {{a}} keeps asking whether a Snellen chart \
test is enough for the DVLA. {{a.He}} wrote in from {{a.mail}}. How should I explain the \
difference between acuity and visual field tests in plain language?""",
    ),
    T(
        "den-p08",
        "paste",
        "dental",
        """Vertaal naar het Engels:

"Beste {{a}}, hierbij bevestigen wij uw afspraak bij de tandarts, {{b.dhr}} {{b.f}}, op \
{{date:eu}} om {{time}}. Kunt u niet komen? Bel dan uiterlijk 24 uur van tevoren naar \
{{ph:NL}} of mail naar {{em:balie@tandartspraktijkdeboog.nl}}. Met vriendelijke groet, \
{{c}}\"""",
        "all=dutch,flemish",
    ),
]
