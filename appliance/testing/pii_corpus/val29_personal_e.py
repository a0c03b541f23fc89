"""val29 personal templates: theatres, opera houses and drama schools, climbing clubs and
mountain huts, rowing, cricket and sailing clubs (see val29.py and val29_gen.py)."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------ theatre
    T(
        "the-p01",
        "email",
        "theatre",
        """Subject: Casting update - Hamlet (autumn season)

Hi all,

Delighted to confirm {{a}} as Hamlet and {{b}} as Ophelia. {{c}} will play Gertrude, and \
{{d.g}} has accepted Horatio. The understudy for Hamlet is {{e.gi}}.

Agents: please send signed contracts to {{em:casting@rivergatetheatre.org.uk}} by \
{{date:long}}. {{a.g}}'s agent, {{f}}, asked for the rehearsal schedule: {{f.mail}}.

{{g}}
Casting Director""",
        "sex_a=m sex_b=f sex_c=f",
    ),
    T(
        "the-p02",
        "markdown_table",
        "theatre",
        """Format this cast list for the programme, \
without the contact column:

| Role | Cast | Understudy | Contact |
|---|---|---|---|
| Figaro | {{a}} | {{b}} | {{a.ph}} |
| Susanna | {{c}} | {{d}} | {{c.ph}} |
| Count Almaviva | {{e}} | - | {{e.mail}} |
| Cherubino | {{f}} | {{d.gi}} | {{f.ph}} |""",
        "sex_a=m sex_b=m sex_c=f sex_d=f sex_e=m sex_f=f",
    ),
    T(
        "the-p03",
        "form",
        "theatre",
        """AUDITION APPLICATION - BA (Hons) Acting
Applicant: {{a}}    Pronouns: {{a.he}}/{{a.him}}
Date of birth: {{dob:eu}}
Address: {{a.addr}}
Mobile: {{a.ph}}    Email: {{a.mail}}
Monologue 1: Juliet, Act 2 Scene 2 (Romeo and Juliet)
Monologue 2: Carmen, "L'amour est un oiseau rebelle" (sung)
Referee: {{b}}, Head of Drama, {{b.mail}}
Audition fee: paid by card {{cc}}""",
    ),
    T(
        "the-p04",
        "sms",
        "theatre",
        """Rivergate Theatre: {{a.g}}, tonight's Tosca starts at \
19:15 (not 19:30). Stage door code {{n:1000-9999}}. Running late? Call {{w.g}} on {{ph}}""",
    ),
    T(
        "the-p05",
        "minutes",
        "theatre",
        """Production meeting - Carmen - {{date:long}}
Attendees: {{a}} (director), {{b}} (stage manager), {{c}} (lighting), {{d}} (wardrobe)
- Toreador costume fitting moved; {{d.g}} to contact {{e}} on {{e.ph}}.
- Lighting rig: {{c.g}} needs the DMX controller fixed at {{ip:priv}} before the tech.
- Props: {{w.g}} has the fans for Act 1; ask {{w.him}} before borrowing any.
- {{b.g}} reminded everyone that the Escamillo cover is {{f}}.""",
    ),
    T(
        "the-p06",
        "csv",
        "theatre",
        """Total these refunds by performance:

refund_id,customer,email,card_number,performance,amount
R{{n:1000-9999}},{{a}},{{a.mail}},{{cc}},Hamlet {{date:iso}},"{{price:£}}"
R{{n:1000-9999}},{{b}},{{b.mail}},{{cc}},Tosca {{date:iso}},"{{price:£}}"
R{{n:1000-9999}},{{c}},,{{cc}},The Marriage of Figaro {{date:iso}},"{{price:£}}\"""",
    ),
    T(
        "the-p07",
        "transcript",
        "theatre",
        """[Rehearsal notes, voice memo, transcribed]
{{a.g}} (director): Okay, notes from Act 3. {{b.g}}, your Macbeth is rushing the dagger \
speech.
{{b}}: Sorry, I'll slow it down.
{{a.g}}: {{c}}, Lady Macbeth's entrance is late. Is the door sticking?
{{c}}: Yes, {{d.g}} is fixing it tomorrow.
{{a.g}}: Great. Everyone, costume call with {{e}} at 10.""",
        "sex_b=m sex_c=f",
    ),
    T(
        "the-p08",
        "paste",
        "theatre",
        """Bitte fasse diese E-Mail auf Englisch zusammen:

"Liebe {{a.g}}, wir freuen uns, Ihnen die Rolle der Königin der Nacht in der Zauberflöte \
anzubieten. Die Proben beginnen am {{date:eu}} in {{city:DE}}. Bitte senden Sie den \
unterschriebenen Vertrag an {{b}} ({{b.mail}}). Bei Fragen erreichen Sie mich unter \
{{ph:DE}}. Herzliche Grüße, {{c}}, Operndirektion\"""",
        "sex_a=f",
    ),
    T(
        "the-p09",
        "slack",
        "theatre",
        """#front-of-house
{{a}}  18:40  house opens in 20, Figaro is sold out
{{b}}  18:42  wheelchair user in row C tonight, {{c}}, booked by phone ({{c.ph}})
{{a}}  18:43  thanks, C14 is the transfer seat. @{{d.handle}} can you meet them at the door?
{{d}}  18:45  on my way""",
    ),
    # ------------------------------------------------------------------ climbing
    T(
        "cli-p01",
        "email",
        "climbing",
        """Subject: Booking - Cabane des Aiguilles, 2 nights

Bonjour,

I'd like to reserve 4 places in the dormitory for {{date:long}} and the following night, \
half board. Party: {{a}}, {{b}}, {{c}} and myself. We're planning the traverse if \
conditions allow.

Deposit: please charge {{cc}}. Mobile in the mountains: {{d.ph}}.

Merci,
{{d}}""",
    ),
    T(
        "cli-p02",
        "form",
        "climbing",
        """CLUB MEMBERSHIP {{year}}
Name: {{a}}
Address: {{addr:GB}}
Phone: {{a.ph}}
Email: {{a.mail}}
BMC number: {{n:100000-999999}}
Emergency contact: {{b}} ({{b.ph}})
Medical info: {{|none|asthma|type 1 diabetes, carries glucose|allergic to bee stings}}
Membership fee by direct debit: sort code {{|20-45-77|40-11-62|30-94-57}}, account number \
{{acct:uk}}""",
    ),
    T(
        "cli-p03",
        "sms",
        "climbing",
        """{{a.lowg}} we're at the crag car park, {{b.lowg}} forgot the \
rope bag. Can you bring the 60m from the hut? Call {{ph}} if lost""",
    ),
    T(
        "cli-p04",
        "csv",
        "climbing",
        """Work out the car shares for Saturday's meet:

name,role,car_share,phone,email
{{a}},leader,driving (3 seats),{{a.ph}},{{a.mail}}
{{b}},second,with {{a.g}},{{b.ph}},{{b.mail}}
{{c}},novice,needs lift,{{c.ph}},
{{d}},second,driving (1 seat),{{d.ph}},{{d.mail}}
{{w}},novice,with {{d.g}},{{w.ph}},""",
    ),
    T(
        "cli-p05",
        "notes",
        "climbing",
        """Incident report - {{date:long}}
Location: descent gully below the north face, approx. 1 km from the hut.
Casualty: {{a}}, {{n:19-70}}, slipped on wet slab, suspected ankle fracture.
Party: {{b}} (leader), {{c}}.
{{b.g}} called mountain rescue at 14:12 from {{b.ph}}. Helicopter arrived 15:05; casualty \
flown to hospital in {{city:CH}}.
Report written by {{b.i}}.""",
    ),
    T(
        "cli-p06",
        "chat",
        "climbing",
        """Planning the Bob Graham Round with {{a}} and {{b}} in \
June. {{a.g}} is doing legs 1-2, {{b.g}} the rest. Can you make a checklist for the support \
teams? Road crossing contact is {{c}} on {{c.ph}}.""",
    ),
    T(
        "cli-p07",
        "paste",
        "climbing",
        """Traduis en anglais :

"Bonjour {{a}}, votre réservation au refuge pour le {{date:eu}} est confirmée (2 nuits, \
demi-pension). Merci de prévenir le gardien, {{b.g}}, au {{ph:FR}} si vous arrivez après \
19 h. Accès depuis {{city:FR}} par la télécabine. Bonne course ! L'équipe du refuge\"""",
        "b=french",
    ),
    T(
        "cli-p08",
        "voice",
        "climbing",
        """ok so we topped out at about four and {{a.lowg}} is a \
bit dehydrated we're heading down the normal route now tell {{b.low}} to meet us at the car \
if the signal goes call {{b.lowg}} on {{ph:GB,natc}}""",
    ),
    # ------------------------------------------------------------------ clubs
    T(
        "clu-p01",
        "email",
        "clubs",
        """Subject: Membership renewal - rowing club

Dear {{a.g}},

Your membership for {{year}} is due. We collect by SEPA direct debit on the 1st of the \
month; the mandate we hold is for IBAN {{iban}}. If your bank details have changed, reply \
with the new IBAN before {{date:long}}.

Juniors: {{b.g}}'s fee is now €{{n:80-200}}.

Regards,
{{c}}
Membership Secretary""",
        "b=^a",
    ),
    T(
        "clu-p02",
        "csv",
        "clubs",
        """Sort the crew by weight for the rigging sheet:

boat,seat,name,weight_kg,phone
Eight A,bow,{{a}},{{n:60-95}},{{a.ph}}
Eight A,2,{{b}},{{n:60-95}},{{b.ph}}
Eight A,stroke,{{c}},{{n:60-95}},{{c.ph}}
Eight A,cox,{{d}},{{n:45-60}},{{d.ph}}""",
    ),
    T(
        "clu-p03",
        "markdown_table",
        "clubs",
        """**First XI v Harbourside CC, {{date:long}}**

| # | Player | Role |
|---|---|---|
| 1 | {{a}} (c) | opening bat |
| 2 | {{b}} | opening bat |
| 3 | {{c}} | wicketkeeper |
| 4 | {{d}} | all-rounder |
| 5 | {{e}} | seam |

Twelfth man: {{f.gi}}. Scorer: {{w}}. Tea duty: {{g.g}}. Match manager {{a.g}}: {{a.ph}}""",
    ),
    T(
        "clu-p04",
        "sms",
        "clubs",
        """Regatta briefing moved to 07:30. Helms: {{a.g}}, \
{{b.g}}, {{c.g}}. Race officer {{d}} on VHF 72 or {{ph}}""",
    ),
    T(
        "clu-p05",
        "minutes",
        "clubs",
        """Sailing Club Committee - {{date:long}}
Present: {{a}} (commodore), {{b}} (treasurer), {{c}}, {{d}}
1. The treasurer reported that {{e}} has been refunded the mooring fee to account \
{{acct:uk}}, sort code {{|40-11-62|20-45-77}}.
2. The new RIB, "Grace Darling II", arrives in {{mon}}.
3. {{c.g}} will run the junior Optimist course; enquiries to {{c.mail}}.""",
    ),
    T(
        "clu-p06",
        "ics",
        "clubs",
        """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Head of the River qualifier - crew meet
DTSTART:20250618T060000
LOCATION:Boathouse slipway
DESCRIPTION:Coach {{a}} ({{a.ph}}). Bring ergo scores to {{b.g}}.
ATTENDEE;CN={{b}}:mailto:{{b.mail}}
ATTENDEE;CN={{c}}:mailto:{{c.mail}}
END:VEVENT
END:VCALENDAR""",
    ),
    T(
        "clu-p07",
        "vcard",
        "clubs",
        """BEGIN:VCARD
VERSION:4.0
FN:{{a}}
ROLE:Head Coach, Riverside Rowing Club
TEL;TYPE=work:{{ph}}
TEL;TYPE=cell:{{a.ph}}
EMAIL:{{em:coach@riversiderc.org}}
END:VCARD""",
    ),
    T(
        "clu-p08",
        "paste",
        "clubs",
        """Resume en inglés este correo del club náutico:

"Hola {{a}}: le recordamos que la cuota anual del amarre se cargará en su cuenta el día 5. \
Número de cuenta: {{iban:ES}}. Para cualquier consulta, contacte con {{b}} en la secretaría \
({{ph:ES}}) o en {{em:secretaria@clubnauticoalbatros.es}}.\"""",
        "all=spanish,basque",
    ),
    T(
        "clu-p09",
        "chat",
        "clubs",
        """Our cricket club is setting up a WhatsApp group for the \
juniors' parents. Write a welcome message from {{a}} (junior coordinator, {{a.ph}}) that \
mentions the Duckworth-Lewis method in a fun way and asks parents to send emergency \
contacts to {{em:juniors@millbrookcc.co.uk}}.""",
    ),
]
