"""val34 personal templates, part A: chat, email, sms, letter, form, ticket, notes, minutes and
transcript prompts (see `val34_gen` for the placeholder language)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val34_gen import T

TEMPLATES = [
    # --- chat -------------------------------------------------------------------------------
    T(
        "math-chat-seminar",
        "chat",
        """
I'm drafting the seminar announcement for next week. Speaker is {{p1}} ({{p1.wemail}}), talking about a new line of attack on the Riemann hypothesis through random matrix theory. Can you tighten the abstract below and suggest a catchier title? Host is Prof. {{p2.ref}}; anyone who wants to meet the speaker should message {{p3.first}} on {{phone1}}.

Abstract: We revisit the pair correlation of zeros and relate it to eigenvalue spacings of large unitary matrices, with numerics up to height 10^22.
""",
    ),
    T(
        "stats-chat-km",
        "chat",
        """
{{p1.first}} sent over the trial export and says the Kaplan-Meier curves look off after month 18. Dr {{p2.ref}} ran the Cox model on the previous cut and got a hazard ratio of 0.71, so something changed. Before I bother either of them: what are the usual reasons censoring goes wrong when a dataset is re-extracted? Bonferroni or not is a separate fight for later.
""",
    ),
    T(
        "bio-chat-listeria",
        "chat",
        """
quick one - the swab from the deli counter at {{addr1}} came back presumptive Listeria monocytogenes (enrichment, {{date}}). owner is {{p1}}, mobile {{phone1}}. {{p2.first}} from environmental health wants a short plain-English summary for the owner explaining what "presumptive" means and what happens next. can you draft it? keep it calm, no jargon about Salmonella or anything else we didn't test for
""",
    ),
    T(
        "rest-chat-booking",
        "chat",
        """
Can you turn this into a tidy confirmation message? Booking for 8 on Saturday at {{time}}, name {{p1}}, phone {{phone1}}. They want the Beef Wellington for the table (needs 48h notice), one Caesar salad without anchovies, and Peach Melba for dessert. Deposit of {{price}} taken on card {{card1}}, guest asked us to note that {{p2.first}} is coeliac.
""",
    ),
    T(
        "row-chat-crew",
        "chat",
        """
crew for sunday's head race, can you put this in a table with seat, name and weight?
bow {{p1.lcfirst}} 72kg, 2 {{p2.lc}} 80kg, 3 {{p3.lcfirst}} 77, 4 {{p4.lc}} 85, cox is {{p5.lcfirst}} 55kg
we're racing the new eight "Dorothy May" for the first time, boat number {{n}}
""",
    ),
    T(
        "nursery-chat-pickup",
        "chat",
        """
hiya, {{p1.lcfirst}}'s mum here 🙂 just to let you know {{p2.lc}} (my sister) is picking {{p1.lcfirst}} up from Little Acorns today around {{time}}, her number is {{phone1}} if anything comes up. also can you remind me when the nursery closes for the {{month}} inset day?
""",
        sex={"p2": "f"},
    ),
    T(
        "hike-chat-everest",
        "chat",
        """
Planning the club's Everest Base Camp trek for {{month}}. Group leader is {{p1}}, deputy {{p2}}. We need an emergency contact sheet: {{p1.first}}'s contact is {{p3}} on {{phone1}}, {{p2.first}}'s is {{p4}} on {{phone2}}. Could you suggest what else belongs on the sheet (insurance policy number, blood group...) and lay it out so it fits one A5 card?
""",
    ),
    T(
        "tailor-chat-oxfords",
        "chat",
        """
Customer {{p1}} ordered a pair of black Oxfords and brown Derby brogues (UK 9, wide fitting), plus a Chesterfield-style overcoat in charcoal. Delivery address is {{addr1}}. Can you write a short, warm message telling them the shoes are ready for a first fitting and asking them to call {{p2.first}} at the workshop on {{phone1}} to book it?
""",
    ),
    # --- email ------------------------------------------------------------------------------
    T(
        "fellow-email-reference",
        "email",
        """
From: {{p1}} <{{p1.wemail}}>
To: {{email1.fellowships}}
Subject: Reference for {{p2}} – Marie Curie fellowship

Dear colleagues,

I am writing in support of {{p2.fl}}, who has applied for a Marie Curie fellowship to work on Noether's theorem in discrete field theories. I supervised {{p2.first}}'s doctoral work at {{city1}} between 2016 and 2020.

I can be reached on {{phone1}} if the panel would like to discuss the application.

Best wishes,
{{p1.fl}}
""",
    ),
    T(
        "hosp-email-ward",
        "email",
        """
Subject: Transfer to Nightingale Ward – bed {{n}}

Hi {{p1.first}},

{{p2}} is moving from the Seacole wing to Nightingale Ward this afternoon after the 1.5 tesla MRI. Next of kin is {{p3}} ({{phone1}}), who would like a call once the patient is settled. Please also let Dr {{p4.ref}} know that the Parkinson's medication times need to be kept exactly.

Thanks,
{{p5.first}}
Ward clerk, ext. {{n}}
""",
    ),
    T(
        "auction-email-consign",
        "email",
        """
Dear {{p1.hon}} {{p1.ref}},

Thank you for consigning the oil on canvas "Portrait of Madame X" (after the well-known picture, 20th century copy) and the pair of Meissen figures. Both will be offered in our Old Masters & British Pictures sale on {{date}}, lots {{lot}} and {{lot}}.

Following the sale, proceeds less commission will be paid to the account you gave us, IBAN {{iban1}}, in the name of {{p1}}. If anything changes, please telephone {{p2}} in the consignments office on {{phone1}} or write to {{email1.consignments}}.

Kind regards,
{{p2.fl}}
""",
        where=("GB", "DE", "NL", "FR", "IE"),
    ),
    T(
        "wedding-email-suppliers",
        "email",
        """
Hi {{p1.first}} and {{p2.first}},

Great news – the barn at {{addr1}} is confirmed for {{date}}. Here's where we are with suppliers:

- Florist: {{p3}}, {{phone1}}
- Caterer: {{p4}} ({{p4.email}}) – menu includes the Pavlova tower you liked and Eggs Benedict for the morning-after brunch
- Band: "The Bunsen Burners", contact {{p5.first}} on {{phone2}}

The venue wants the second deposit by {{date}} to {{iban1}} (reference {{booking}}). Let me know if you'd like me to chase the photographer.

{{p6.first}}
Bell Weddings
""",
        names=(),
        where=("GB", "IE", "NL", "DE", "FR", "ES", "PT", "IT"),
    ),
    T(
        "gen-email-ancestors",
        "email",
        """
Subject: Re: the {{p1.last}} family of {{city1}}

Hello {{p2.first}},

I found the marriage you were looking for: {{p1}} married {{p3}} in {{city1}} in {{year}}. Their children were {{p4.first}}, {{p5.first}} and {{p6.first}} {{p1.last}}. The baptism register also lists a godparent, {{p7}}, who may be the uncle you mentioned.

If you want copies of the register pages, the society can post them to {{addr1}} – just confirm by phone on {{phone1}}.

{{p8}}
Family History Society
""",
        kin={"p4": "p1", "p5": "p1", "p6": "p1"},
        sex={"p7": "m"},
    ),
    T(
        "ferry-email-amend",
        "email",
        """
Subject: Booking {{booking}} – amendment

Dear {{p1.hon}} {{p1.ref}},

We have moved your crossing to the {{time}} sailing on {{date}}. Passengers: {{p1}}, {{p2}}, and two children. Vehicle: Ford Transit camper, height 2.6 m.

The fare difference of {{price}} was charged to the card used for the original booking ({{card1}}).

Questions: {{email1.bookings}} or {{phone1}}.
Northfjord Ferries
""",
        kin={"p2": "p1"},
    ),
    T(
        "care-email-family",
        "email",
        """
Dear {{p1.first}},

Just a quick update on your father, {{p2}}. He enjoyed the music afternoon and has been eating well; the GP visited on {{day}} and adjusted his Alzheimer's medication. {{p3.first}} from the activities team will call you on {{phone1}} about the outing to the seaside.

We have your brother, {{p4}}, as the second contact on {{phone2}}. Please let us know if that should change.

Warm regards,
{{p5}}
Meadow Care Home
""",
        kin={"p1": "p2", "p4": "p2"},
        sex={"p2": "m", "p4": "m"},
    ),
    T(
        "lib-email-research",
        "email",
        """
Dear local-history room,

I'm researching the {{p1.last}} family, who ran a rope works near {{city1}} in the 1890s. My great-grandmother, {{p2}}, was born there, and her brother {{p1}} emigrated to {{country1}}. Could you check the trade directories and the rate books for the family? I'm happy to pay copying fees.

My postal address is {{addr1}}, and my phone is {{phone1}}.

Many thanks,
{{p3}}
""",
        kin={"p2": "p1"},
        sex={"p1": "m", "p2": "f"},
    ),
    # --- sms --------------------------------------------------------------------------------
    T(
        "rest-sms-confirm",
        "sms",
        """
Hi {{p1.first}}, your table for {{n}} at Larkspur is confirmed for {{day}} {{time}}. Crêpes Suzette need pre-ordering! To change call {{phone1}}.
""",
    ),
    T(
        "nursery-sms-collect",
        "sms",
        """
{{p1.first}} will be collected by {{p2}} today at {{time}} - password is "Gruffalo". Any problems ring me on {{phone1}}
""",
    ),
    T(
        "harbour-sms-pilot",
        "sms",
        """
Tug Kittiwake alongside berth 4 for MV Northern Lantern. Pilot {{p1.fl}} boarding {{time}}. Linesmen to call {{phone1}}.
""",
    ),
    T(
        "ferry-sms-delay",
        "sms",
        """
{{booking}}: Due to Storm Babet the {{time}} sailing is delayed. {{p1.first}}, please call {{phone1}} or email {{email1.bookings}} to rebook.
""",
    ),
    T(
        "hike-sms-hut",
        "sms",
        """
{{p1.first}} + {{p2.first}} staying at the hut tonight, crossing the col tomorrow. Back in {{city1}} by 18:00. If no word call {{p3.first}} {{phone1}}
""",
    ),
    # --- letter -----------------------------------------------------------------------------
    T(
        "school-letter-offer",
        "letter",
        """
{{p1.hon}} {{p1}}
{{addr1.ml}}

{{date}}

Dear {{p1.hon}} {{p1.ref}},

Offer of a place at Ada Lovelace Academy

I am delighted to offer {{p2}} a place in Year 7 from September. Please confirm acceptance by {{date}} using the form enclosed, or by calling the admissions office on {{phone1}}.

Uniform is available from the school shop (blazer, Cardigan optional). Induction day is on {{date}}.

Yours sincerely,

{{p3}}
Headteacher
""",
        kin={"p2": "p1"},
    ),
    T(
        "care-letter-fees",
        "letter",
        """
{{p1}}
{{addr1.ml}}

Dear {{p1.hon}} {{p1.ref}},

Fees for {{p2}} – Jenner Suite, room {{room}}

Thank you for setting up the standing order for the monthly fees. We have recorded the paying account as sort code {{sortcode}}, account number {{acct1.uk}}, in the name of {{p1}}. If the account changes, please let our accounts team know on {{phone1}}.

Yours sincerely,
{{p3}}, Finance Manager
""",
        where=("GB",),
    ),
    T(
        "fellow-letter-award",
        "letter",
        """
{{date}}

Dear Dr {{p1.ref}},

Rhodes Visiting Fellowship in Theoretical Physics

On behalf of the committee, I am pleased to offer you the fellowship for the coming academic year. Your stipend will be paid monthly into the account ending in your IBAN {{iban1}}, as given on your application.

Your host will be Prof. {{p2}}, whose group works on Bose-Einstein condensates and Josephson junctions. Please contact {{p3.first}} at {{p3.wemail}} to arrange housing.

With congratulations,
{{p4}}
Chair, Fellowships Committee
""",
    ),
    T(
        "tailor-letter-reference",
        "letter",
        """
To whom it may concern,

{{p1}} has worked as an apprentice cutter at our workshop at {{addr1}} for three years. In that time {{p1.first}} has learned to cut Norfolk jackets, Raglan-sleeved coats and our house Chesterfield, and has made two pairs of Derby shoes from last to finished upper under the eye of our master shoemaker, {{p2}}.

I recommend {{p1.first}} without reservation. I can be reached on {{phone1}}.

{{p3}}
Proprietor
""",
    ),
    T(
        "gen-letter-reply",
        "letter",
        """
Dear {{p1.first}},

Thank you for your letter about {{p2}}, who you believe was born in {{city1}} around {{year}}. The parish register records the baptism of a {{p2.first}}, child of {{p3}} and {{p4}}, on 3rd {{month}}. The witnesses were {{p5}} and {{p6.fl}}.

I have sent scans to {{p1.email}}. Our membership secretary, {{p7}}, is on {{phone1}} if you wish to join the society.

Yours,
{{p8}}
""",
        kin={"p2": "p3", "p4": "p3"},
        sex={"p3": "m", "p4": "f"},
    ),
    # --- form -------------------------------------------------------------------------------
    T(
        "nursery-form-register",
        "form",
        """
LITTLE ACORNS NURSERY – REGISTRATION FORM
Child's surname: {{p1.LAST}}
Child's given names: {{p1.first}}
Room: Caterpillars (2-3 yrs)
Parent/carer 1: {{p2}}   Tel: {{phone1}}   Email: {{p2.email}}
Parent/carer 2: {{p3}}   Tel: {{phone2}}
Home address: {{addr1}}
Emergency contact (not a parent): {{p4}}, {{phone3}}
Allergies: none known
Funded hours: 15 + 15
""",
        kin={"p2": "p1", "p3": "p1"},
    ),
    T(
        "hosp-form-nok",
        "form",
        """
NEXT OF KIN / CONTACT DETAILS
Patient: {{p1.LAST}}, {{p1.first}}
Ward: Lister Ward, bay {{n}}
NOK name: {{p2}}
Relationship: spouse
Phone (day): {{phone1}}
Phone (evening): {{phone2}}
Address: {{addr1}}
Consent to share information with NOK: YES
Interpreter required: {{?no|yes – Portuguese|yes – Tigrinya|yes – Polish}}
""",
    ),
    T(
        "fellow-form-fulbright",
        "form",
        """
Fulbright U.S. Student Program – applicant details
Name: {{p1}}
Social Security Number: {{ssn1}}
Mailing address: {{addr1}}
Phone: {{phone1}}
Email: {{p1.email}}
Host institution: {{?Hollerbach University|the Atlantic University|Quayside Institute of Technology}} (Department of Statistics)
Project: Bayesian hierarchical models for small-area estimation
Referees: {{p2}}; {{p3}}
""",
        where=("US",),
    ),
    T(
        "row-form-member",
        "form",
        """
Lidmaatschapsformulier – Roeivereniging Tidewater
Naam: {{p1}}
Adres: {{addr1}}
Telefoon: {{phone1}}
E-mail: {{p1.email}}
IBAN voor automatische incasso: {{iban1}}
Ten name van: {{p1.fl}}
Boot voorkeur: skiff / C4+
""",
        names=("nl",),
        where=("NL",),
    ),
    T(
        "hike-form-trip",
        "form",
        """
TRIP SIGN-UP – Cassin Ridge training weekend
Name: {{p1}}
Mobile: {{phone1}}
Emergency contact: {{p2}} ({{phone2}})
Medical notes: mild asthma, carries inhaler
Payment: card {{card1}}, exp {{?04/27|11/26|08/28}}
Transport: needs a lift from {{city1}}
""",
    ),
    # --- ticket -----------------------------------------------------------------------------
    T(
        "math-ticket-cluster",
        "ticket",
        """
Ticket {{ticket}} – Cannot log in to the Hilbert compute cluster
Reporter: {{p1}} ({{p1.wemail}})
Priority: P3

Since this morning my SSH sessions from {{ip1}} are refused with "Permission denied (publickey)". I am running the Monte Carlo jobs for Prof. {{p2.ref}}'s grant and the deadline is {{day}}. My office phone is {{phone1}}.
""",
    ),
    T(
        "rest-ticket-refund",
        "ticket",
        """
[{{ticket}}] Refund request – double charge
Customer: {{p1}}
Contact: {{p1.email}} / {{phone1}}
Details: Customer dined on {{date}} (Eggs Benedict x2, Earl Grey x2) and was charged twice, {{?£46.80|£63.50|£38.20|£112.00}} each, on card {{card1}}. Manager {{p2.first}} approved a refund of one charge. Please process and reply to the customer.
""",
    ),
    T(
        "ferry-ticket-lost",
        "ticket",
        """
Lost property report {{ticket}}
Vessel: MV Puffin Star, crossing {{time}} on {{date}}
Reported by: {{p1}}, {{phone1}}
Item: navy Cardigan and a child's rucksack with a Paddington Bear keyring
Please post to: {{addr1}}
Handled by: {{p2.first}} (purser)
""",
    ),
    T(
        "lib-ticket-account",
        "ticket",
        """
Library system ticket {{ticket}}
Patron: {{p1.LAST}}, {{p1.first}} – card no. {{ean}}
Issue: cannot reserve items from the local-history reserve collection; account shows old address {{addr1}}. New address: {{addr2}}. Phone {{phone1}}.
Assigned: {{p2.fl}}
""",
    ),
    T(
        "bio-ticket-lims",
        "ticket",
        """
LIMS-{{n}}: results e-mailed to the wrong recipient
The Salmonella/E. coli report for batch {{batch}} (client: {{p1}}, {{p1.email}}) was sent to {{p2.email}} instead. {{p2}} has confirmed deletion by phone ({{phone1}}). QA lead {{p3}} to decide whether this is a reportable breach.
""",
    ),
    # --- notes ------------------------------------------------------------------------------
    T(
        "gen-notes-tree",
        "notes",
        """
{{p1.last}} family – research notes

* {{p1}} (b. {{year}}, {{city1}}) m. {{p2}} in {{city2}}
  * son {{p3.first}} – apprentice cooper, later in {{country1}}
  * daughter {{p4}} – m. {{p5}}; census shows them at {{addr1}}
* {{p6}} – possibly {{p1.first}}'s cousin, witness at the wedding
TODO: ask {{p7.first}} ({{phone1}}) for the family Bible photos
""",
        kin={"p3": "p1", "p4": "p1", "p6": "p1"},
        sex={"p3": "m", "p4": "f"},
    ),
    T(
        "care-notes-handover",
        "notes",
        """
Seacole wing – night handover
Room 3: {{p1}} – settled, fluids encouraged. Daughter {{p2.first}} phoned at 21:30, will visit tomorrow.
Room 5: {{p3.fl}} – fall risk, sensor mat on. GP Dr {{p4.ref}} to review.
Room 8: {{p5.first}} – asked for the Parkinson's nurse; left message on {{phone1}}.
""",
        kin={"p2": "p1"},
    ),
    T(
        "xword-notes-setters",
        "notes",
        """
Setters for the {{month}} puzzles:
- "Nutmeg" = {{p1}}, paid to sort code {{sortcode}} account {{acct1.uk}}
- "Corvid" = {{p2}} – invoices via {{p2.email}}
- "Quantum" = {{p3}}, new this year, phone {{phone1}}
Remember: the prize crossword on the 14th uses a theme about eponyms (Braille, Morse, Diesel) – check no clue repeats last year's.
""",
        where=("GB",),
    ),
    T(
        "auction-notes-phone",
        "notes",
        """
Telephone bidders – Sale {{n}}, Old Masters
Lot {{lot}} (Dutch school, still life): {{p1}} on {{phone1}} – staff: {{p3.first}}
Lot {{lot}} ("Madame X" study): {{p2}} on {{phone2}} – staff: {{p4.first}}
Absentee bid lot {{lot}}: {{p5.lf}}, max {{?£2,400|£800|£5,500|£12,000}}, card on file {{card1}}
""",
    ),
    T(
        "phys-notes-magnet",
        "notes",
        """
Magnet lab bookings, week of {{date}}
Mon–Tue: {{p1}} (Hall effect, 9 tesla run, 4 kelvin)
Wed: {{p2.fl}} – calibrating the Hall probe; call {{phone1}} if the helium level drops below 30%
Thu: maintenance (Oxford Instruments engineer)
Fri: {{p3.first}} and {{p4.first}} – Josephson junction arrays
""",
    ),
    # --- minutes ----------------------------------------------------------------------------
    T(
        "row-minutes-committee",
        "minutes",
        """
Tidewater Rowing Club – committee meeting, {{date}}
Present: {{p1}} (chair), {{p2}} (treasurer), {{p3}}, {{p4}}
Apologies: {{p5}}

1. New boat: members voted to name the new eight "Betsy Jane", after the club's first racing shell. {{p3.first}} to order the lettering.
2. Subscriptions: {{p2.first}} reported {{n}} members still unpaid. Club account for transfers: {{iban1}}.
3. Safety: the canoe section's trailer needs new lights; {{p4.first}} to get quotes (contact {{phone1}}).
AOB: none.
""",
    ),
    T(
        "stats-minutes-team",
        "minutes",
        """
Data science team – weekly sync
Attendees: {{p1.first}}, {{p2.first}}, {{p3.first}}, {{p4}} (guest from Finance)
- {{p1.first}}: Pearson vs Spearman for the survey items; will report both and use Benjamini-Hochberg.
- {{p2.first}}: Kalman filter for the footfall series is live, MAPE {{pct}}.
- {{p4}} asked for the Gini coefficient by region; {{p3.first}} owns it.
Actions: {{p3.first}} to email {{p4.wemail}} by {{day}}.
""",
    ),
    T(
        "school-minutes-governors",
        "minutes",
        """
Brunel College – governing body, {{date}}
Present: {{p1}} (chair), {{p2}} (head), {{p3}}, {{p4}}, {{p5}}
Clerk: {{p6}}
Item 3: The Pankhurst building roof works will start in {{month}}. Item 4: {{p3.ref}} raised the Gates Cambridge scholarship evening; {{p2.ref}} will invite alumni.
Next meeting: {{date}}. Contact the clerk on {{phone1}}.
""",
    ),
    T(
        "harbour-minutes-users",
        "minutes",
        """
Harbour users' group – minutes
Chair: {{p1}} (harbourmaster)
Present: {{p2}} (Kestrel Tugs), {{p3}} (Northfjord Ferries), {{p4}} (canoe club)
1. Dredging of the inner basin delayed to {{month}}.
2. {{p4.first}} asked for a slipway time slot on Saturdays; agreed 08:00–10:00.
3. Berth 6 fender damage after Storm Gerrit: {{p2.ref}} to send photos to {{email1.harbourmaster}}.
Out-of-hours harbour phone: {{phone1}}.
""",
    ),
    # --- transcript -------------------------------------------------------------------------
    T(
        "rest-transcript-call",
        "transcript",
        """
AGENT: Larkspur Catering, {{p1.first}} speaking.
CALLER: Hi, it's {{p2}}. I'd like to book the private room for a christening lunch.
AGENT: Lovely. How many guests?
CALLER: About thirty. Could we have the Beef Stroganoff and a Victoria sponge?
AGENT: Of course. Can I take a number?
CALLER: It's {{phone1}}.
AGENT: And a card for the deposit?
CALLER: {{card1}}.
AGENT: Thank you, {{p2.first}}. You'll get an email to {{p2.email}} shortly.
""",
    ),
    T(
        "hosp-transcript-handover",
        "transcript",
        """
[Ward handover recording, Nightingale Ward]
SISTER {{p1.LAST}}: Bed four is {{p2}}, admitted overnight with a suspected Klebsiella infection.
NURSE {{p3.LAST}}: Cultures sent?
SISTER {{p1.LAST}}: Yes, and the family asked that {{p4}} is called with any change, on {{phone1}}.
NURSE {{p3.LAST}}: Noted. Bed six?
SISTER {{p1.LAST}}: {{p5.first}} is for discharge once pharmacy is done.
""",
    ),
    T(
        "lib-transcript-oralhistory",
        "transcript",
        """
Oral history interview, local-history room, tape {{n}}
INTERVIEWER ({{p1.first}}): Where did your family live when you were small?
{{p2.UPFULL}}: On {{addr1}}. My father, {{p3}}, worked at the tannery, and my aunt {{p4}} ran the corner shop.
INTERVIEWER: And your mother?
{{p2.UPFULL}}: She came from {{city1}}. We moved to {{country1}} after the war.
""",
        kin={"p3": "p2", "p4": "p2"},
        sex={"p3": "m", "p4": "f"},
    ),
    T(
        "math-transcript-lecture",
        "transcript",
        """
Lecture 7 – Fourier series (auto-transcript)
LECTURER: ...so by Parseval the sum of squares converges. Yes, {{p1.first}}?
{{p1.UPFULL}}: Does that need the Lebesgue integral or is Riemann enough here?
LECTURER: Good question. {{p2.first}}, you asked something similar on Tuesday?
{{p2.UPFULL}}: I asked about the Gibbs phenomenon.
LECTURER: Right. Office hours are Thursday; email {{p3.wemail}} if you can't make it.
""",
    ),
    T(
        "ferry-transcript-radio",
        "transcript",
        """
HARBOUR CONTROL: Tug Gannet, Harbour Control, over.
TUG GANNET: Harbour Control, Gannet, go ahead.
HARBOUR CONTROL: Master is {{p1.fl}}? Pilot {{p2}} is on the pilot boat, please collect the pilot at the fairway buoy.
TUG GANNET: Copy. {{p1.first}} here, confirm {{p2.ref}} by phone on {{phone1}}.
HARBOUR CONTROL: Affirmative. Storm Henk gusts to 45 knots expected after {{time}}.
""",
    ),
]
