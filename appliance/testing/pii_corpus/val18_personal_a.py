"""Templates with personal data for val18 (blind part eighteen of the PII corpus), first half.

Written by hand for val18 alone: hospitals' wards and discharge letters, mental health intake,
pet insurance, gyms, cinemas and bowling alleys, concert promoters and artist management,
record labels' royalty statements, publishers and literary agents, academic conferences,
peer review, scholarships and student loans. Slots are explained in `val18_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val18_gen import T

TEMPLATES: tuple[T, ...] = (
    # ---- hospital wards, discharge letters ---------------------------------------------------
    T(
        "ward_handover",
        "notes",
        """[[p1.full]] - bed 14, Ward 7B (Larch)
Handover from night shift: obs stable, NEWS 2 at 06:00. Daughter [[p2.first]] rang at 07:10
asking to visit before lunch; her number is [[phone]]. Please ring back if the ward round
moves. Next of kin on file: [[p2.full]], [[loc1.addr]].
Drug chart reviewed by [[p3.init]] (pharmacy).
-- [[p4.first]]""",
    ),
    T(
        "discharge_letter",
        "letter",
        """Dear Dr [[p1.last]],

Re: [[p2.LF]], DOB 14/03/1951, hospital no. RX-[[num]]-[[num2]]
[[loc1.addr]]

Your patient was discharged home from the Elm Ward on [[date]] after a 5-day admission for
community-acquired pneumonia. Follow-up bloods in one week please. The patient's son,
[[p3.full]] ([[phone]]), will collect the discharge medication.

Yours sincerely,
[[p4.full]]
Specialty Registrar, Respiratory Medicine""",
    ),
    T(
        "discharge_summarise",
        "chat",
        """Can you turn this into plain English for the family? Patient: [[p1.full]]. \
Discharged to [[loc1.city]] care home "Willow Court" on [[date]]; warfarin stopped, apixaban \
started. GP is Dr [[p2.last]]. Family contact [[p3.first]] [[p3.last]] on [[phone]] \
or [[p3.email]].""",
    ),
    T(
        "ward_whatsapp",
        "whatsapp",
        """[[time]] - [[p1.firstlower]]: can someone cover my long day thursday on 6A??
[[time2]] - [[p2.first]]: I can if [[p3.first]] swaps my Sat
[[time2]] - [[p3.first]]: fine by me 👍
[[time2]] - [[p1.firstlower]]: ur a star. rota says ring sister [[p4.last]] on [[phone]] to confirm""",
    ),
    T(
        "bed_board_json",
        "json",
        """{"ward": "AMU-2", "bay": "C", "patients": [
  {"bed": 3, "name": "[[p1.full]]", "consultant": "[[p2.init]]", "nok_phone": "[[phone]]"},
  {"bed": 4, "name": "[[p3.LF]]", "consultant": "[[p2.init]]", "nok_phone": "[[phone2]]"},
  {"bed": 5, "name": null, "status": "deep clean"}
], "updated": "[[date]]T[[time]]:00Z"}""",
    ),
    T(
        "hospital_transport_sms",
        "sms",
        """Hospital Transport: [[p1.first]], your ambulance to the \
Fracture Clinic is booked for [[date]] between 08:00 and 10:00 from [[loc1.addr]]. To cancel reply \
NO or call [[phone]].""",
    ),
    T(
        "discharge_upper_form",
        "form",
        """PATIENT TRANSFER FORM
SURNAME: [[p1.lastupper]]
FORENAMES: [[p1.first]]
ADDRESS: [[loc1.addr]]
GP: DR [[p2.upper]]
NEXT OF KIN: [[p3.upper]] (WIFE)   TEL: [[phone]]
ALLERGIES: PENICILLIN
TRANSFERRING NURSE: [[p4.init]]""",
    ),
    T(
        "ward_voice_note",
        "transcript",
        """voice note transcribed
hi its [[p1.firstlower]] from ward nine just calling about [[p2.lower]] he's asking for his \
wife [[p3.firstlower]] can someone ring her on [[phone.plain]] thanks bye""",
    ),
    # ---- mental health intake ----------------------------------------------------------------
    T(
        "mh_intake_form",
        "form",
        """Self-referral - Talking Therapies
Full name: [[p1.full]]
Preferred name: [[nick1]]
Date of birth: 02/11/1994
Address: [[loc1.addr]]
Mobile: [[phone]]   Email: [[p1.email]]
Is it OK to leave a voicemail? Yes
GP surgery: Riverside Medical Practice (Dr [[p2.last]])
What would you like help with? Low mood since my job ended, trouble sleeping.
Emergency contact: [[p3.full]], partner, [[phone2]]""",
    ),
    T(
        "mh_intake_email",
        "email",
        """From: [[p1.email]]
To: intake@mindbridge-wellbeing.org
Subject: referral for my brother

Hi, I'm writing on behalf of my brother [[p2.full]] who is 19 and struggling since moving to \
[[loc1.city]] for uni. He said it's fine for me to contact you. His number is [[phone]] but \
he prefers texts. I'm [[p1.first]], you can reach me on [[phone2]].

Thank you
[[p1.first]] [[p1.last]]""",
    ),
    T(
        "mh_triage_notes",
        "notes",
        """Triage call [[date]] [[time]] - clinician [[p1.init]]
Caller: [[p2.full]] (self). Lives with flatmate in [[loc1.city]].
PHQ-9: 14, GAD-7: 11. No current risk identified. Safety plan discussed.
Consent to share with GP Dr [[p3.last]]: yes.
Plan: offer group CBT (Tuesdays), waiting list approx 6 weeks. Text confirmation to [[phone]].""",
    ),
    T(
        "mh_spanish_line",
        "chat",
        """Translate the Spanish line for the intake notes: "Me llamo \
[[p1.full@mexican]] y llamo por mi madre, [[p2.first@mexican]], que vive sola en \
[[loc1.city@MX]]. Mi teléfono es [[phone@MX]]." Keep names as they are.""",
    ),
    # ---- pet insurance -------------------------------------------------------------------------
    T(
        "pet_claim",
        "email",
        """Subject: Claim PET-[[num]]-[[num2]] - Biscuit (Cocker Spaniel)

Hello,
I'm claiming for Biscuit's cruciate surgery at Oakfield Vets on [[date]]. The invoice is attached
([[price]]). Policy holder: [[p1.full]], [[loc1.addr]]. Please pay the vet directly; if you need
anything, ring me on [[phone]].
Vet contact: [[p2.full]] MRCVS.

[[p1.first]]""",
    ),
    T(
        "pet_quote_chat",
        "chat",
        """hey, quick one. I'm getting pet insurance quotes for our cat \
Mr Pickles and a Shih Tzu called Duchess. Policy would be in my partner's name, [[p2.full]], \
card on file ends [[card]]... wait that's the whole card, sorry. Can you compare Lifetime vs \
Time-limited cover for a 9 year old cat? I'm [[p1.first]].""",
    ),
    T(
        "pet_direct_debit",
        "form",
        """Pet Cover Direct Debit Instruction
Account holder: [[p1.full]]
Bank: Cobalt Mutual
Sort code: 40-11-62   Account number: [[acct]]
Address: [[loc1.addr]]
Pets: Pepper (rabbit), Sir Waddles (duck)
Signed: [[p1.init]]   Date: [[date]]""",
    ),
    T(
        "pet_vet_sms",
        "sms",
        """Hi [[p1.first]], it's [[p2.first]] at Hillcrest Vets. Nala's \
bloods are back and all normal 🐾 Insurance form signed, we emailed it to [[p1.email]]. Any \
questions call [[phone]]""",
    ),
    T(
        "pet_claims_csv",
        "csv",
        """claim_id,policy_holder,pet,vet_practice,amount,iban_for_refund
CL-[[num]],[[p1.full]],Waffles,Greenway,[[price]],[[iban]]
CL-[[num2]],"[[p2.lf]]",Marmalade,Greenway,[[price2]],[[iban2]]
CL-[[num3]],[[p3.full]],Ziggy,Paws & Claws,[[price3]],""",
    ),
    # ---- gyms ---------------------------------------------------------------------------------
    T(
        "gym_freeze",
        "email",
        """From: [[p1.full]] <[[p1.email]]>
Subject: freeze membership please

Hi team, I broke my wrist (not at the gym, promise) and need to freeze my Peak Plus membership
for two months. Member no. GX-[[num]]. Please don't take the [[date]] payment from card
[[card]]. My physio, [[p2.full]], says 8 weeks.
Thanks, [[p1.first]]""",
    ),
    T(
        "gym_desk_log",
        "log",
        """[[date]] 06:02 CHECKIN member=GX-[[num]] name="[[p1.full]]" door=north
[[date]] 06:05 CHECKIN member=GX-[[num2]] name="[[p2.full]]" door=north
[[date]] 06:07 DENIED member=GX-[[num3]] name="[[p3.full]]" reason=payment_failed
[[date]] 06:09 GUEST signed_in_by="[[p2.full]]" guest="[[p4.full]]" phone=[[phone]]""",
    ),
    T(
        "gym_pt_whatsapp",
        "whatsapp",
        """[[p1.first]] PT: Morning! Session moved to 7.15 tomorrow, \
bring the Hyrox shoes
Me: ok 👍 can my sister [[p2.first]] join? she's visiting from [[loc1.city]]
[[p1.first]] PT: sure, £10 guest fee, she'll need to sign the waiver at reception
Me: her number is [[phone]] if they need it""",
    ),
    T(
        "gym_cancel_german",
        "email",
        """Betreff: Kündigung Mitgliedschaft

Sehr geehrte Damen und Herren,
hiermit kündige ich meine Mitgliedschaft (Nr. FS-[[num]]) fristgerecht zum [[date]].
Bitte bestätigen Sie die Kündigung an [[p1.email]].
Mit freundlichen Grüßen
[[p1.full@german]]
[[loc1.addr@DE]]
(Can you tell me if this letter is polite enough? I'm cancelling my gym in [[loc1.country]].)""",
    ),
    T(
        "gym_class_roster_md",
        "markdown_table",
        """Spin 45 - Thursday 18:30 (instructor: [[p1.first]])

| Bike | Member | Phone | Notes |
|---|---|---|---|
| 1 | [[p2.full]] | [[phone]] | first class |
| 2 | [[p3.init]] | [[phone2]] | |
| 3 | [[p4.full]] | | knee - low resistance |""",
    ),
    # ---- cinemas and bowling --------------------------------------------------------------------
    T(
        "bowling_party",
        "email",
        """Hi there,
Booking request for a kids' bowling party (lanes 5 and 6) on [[date]] at 14:00, 12 children,
the Strike Deluxe package with hot dogs. Birthday girl is [[p1.first]], turning 8.
Lead booker: [[p2.full]], mobile [[phone]]. Deposit paid by card [[card]].
Can we bring our own cake (it's a Peppa Pig one)?
Cheers, [[p2.first]]""",
    ),
    T(
        "cinema_complaint",
        "review",
        """★☆☆☆☆ Screen 4 was freezing and the projector cut out twice \
during Dune. Staff (a lad called [[p1.first]]) were lovely, but the manager [[p2.full]] refused a \
refund. I'm [[p3.full]], booking ref [[ref]], happy to be contacted at [[p3.email]].""",
    ),
    T(
        "cinema_lost_card_sms",
        "sms",
        """Odeonix [[loc1.city]]: Hi [[p1.first]], a bank card in the \
name of [[p1.upper]] was handed in at the kiosk after the 20:45 showing. Bring ID to collect. \
Queries: [[phone]]""",
    ),
    T(
        "bowling_league_csv",
        "csv",
        """team;captain;captain_phone;handicap
Pin Pals;[[p1.full]];[[phone]];12
Gutter Gang;[[p2.full]];[[phone2]];18
Split Happens;[[p3.full]];;9
Lane Gods;[[p4.LF]];[[phone3]];21""",
    ),
    T(
        "cinema_staff_rota_chat",
        "chat",
        """Make a fair rota for next week at the cinema: \
[[p1.first]] can't do Sundays, [[p2.first]] only evenings, [[p3.first]] / [[p4.first]] / \
[[p5.first]] are flexible. Projection booth needs one trained person each night \
(trained: [[p2.first]]; [[p5.first]]).""",
    ),
    # ---- concert promoters, artist management ---------------------------------------------------
    T(
        "rider_email",
        "email",
        """From: [[p1.email]]
Cc: [[p2.email]]
Subject: Advance - [[date]] show

Hi [[p3.first]],
Advancing the show for our artist. Load-in 15:00, doors 19:00. Day-of-show contact is our TM
[[p2.full]] on [[phone]]. The promoter rep on site will be [[p3.full]] (mobile TBC).
Hospitality: 12 towels, hummus, no Red Bull. Guest list per [[p1.first]]: [[p4.full]] +1,
[[p5.full]] +2.
Best, [[p1.full]] - Lantern Artist Management""",
    ),
    T(
        "promoter_settlement",
        "notes",
        """Settlement - Hall 2, [[loc1.city]]
Promoter: Bluefin Live. Artist: The Velvet Signals. Tickets sold 1,412 @ [[price]].
Paid to artist's company account number [[acct]] (per [[p1.full]], business manager).
Signed on the night by [[p2.full]] and [[p3.init]].
Merch split 80/20, handled by [[p4.first]].""",
    ),
    T(
        "festival_guestlist_yaml",
        "yaml",
        """festival: Harbourlights 2025
stage: Tidal Tent
guestlist:
  - name: "[[p1.full]]"
    plus: 1
    contact: "[[phone]]"
  - name: "[[p2.lf]]"
    plus: 0
  - name: "[[p3.full]]"
    plus: 2
    contact: "[[p3.email]]"
artist_liaison: [[p4.first]]""",
    ),
    T(
        "tour_dates_chat",
        "chat",
        """Can you make a tour poster text from this? Dates: [[date]] \
[[loc1.city]], [[date2]] [[loc2.city]], [[date3]] [[loc3.city]] ([[loc3.country]]). Support \
act: Moth Hour. Booking enquiries: [[p1.full]], [[phone]].""",
    ),
    T(
        "artist_manager_dm",
        "chat",
        """@[[p1.firstlower]] the label wants [[p2.first]]'s vocal \
stems by Friday, and [[p3.full]] from sync licensing asked if the Ford ad placement is \
still on? Sending you his number: [[phone]]""",
    ),
    # ---- record labels' royalty statements -----------------------------------------------------
    T(
        "royalty_statement",
        "csv",
        """Statement period,H1 2025
Payee,[[p1.full]]
Payee IBAN,[[iban]]
ISRC,Title,Streams,Rate,Amount
GBXYZ2500112,Paper Moons,412330,0.0031,[[price]]
GBXYZ2500113,Sodium Nights,98021,0.0031,[[price2]]
Contact,[[p2.full]] ([[p2.email]])""",
    ),
    T(
        "royalty_query_email",
        "email",
        """Hi [[p1.first]],

My statement for Q2 shows £0 for the Blue Harbour EP, but it was playlisted on Spotify in May.
Could you check? My payee details haven't changed: IBAN [[iban]], name [[p2.full]].
I co-wrote track 3 with [[p3.full]] (50/50), so her share should show as well.

Thanks,
[[p2.first]]
[[phone]]""",
    ),
    T(
        "label_payee_sql",
        "sql",
        """-- fix payee after name change (ticket [[ticket]])
UPDATE payees SET legal_name = '[[p1.full]]', iban = '[[iban]]', email = '[[p1.email]]'
WHERE payee_id = [[num]];
INSERT INTO payee_aliases (payee_id, alias) VALUES ([[num]], '[[p2.full]]');""",
    ),
    T(
        "royalty_split_json",
        "json",
        """{"work": "Glass Orchard", "iswc": "T-[[num]].[[num2]]-1",
 "splits": [
   {"writer": "[[p1.full]]", "share": 0.5, "pro": "PRS", "payout_iban": "[[iban]]"},
   {"writer": "[[p2.full]]", "share": 0.25, "pro": "SACEM"},
   {"writer": "[[p3.full]]", "share": 0.25, "pro": "GEMA"}
 ]}""",
    ),
    # ---- publishers and literary agents --------------------------------------------------------
    T(
        "agent_query",
        "email",
        """Dear [[p1.full]],

I am seeking representation for THE SALT ARCHIVE, a literary novel complete at 92,000 words,
set on the coast outside [[loc1.city]]. I saw on your agency page that you are looking for
quiet, character-led fiction with a strong sense of place.
My short fiction has appeared in Granta's online edition. I live in [[loc2.city]] and can be
reached at [[p2.email]] or [[phone]].

With thanks,
[[p2.full]]""",
    ),
    T(
        "publisher_contract_notes",
        "notes",
        """Contract memo - Harrow & Finch Books
Author: [[p1.full]] (writing as "[[nick1]]")
Agent: [[p2.full]], Quillstone Literary
Advance: £18,000 in three parts; royalties to account no. [[acct]]
Editor: [[p3.first]]; publicity: [[p4.full]]
Territory: [[loc1.country]] and [[loc2.country]]. ISBN reserved [[isbn]].""",
    ),
    T(
        "book_signing_sms",
        "sms",
        """Hi [[p1.first]] - [[p2.first]] from Pagecraft Books. The \
signing is confirmed for [[date]], 6pm at our [[loc1.city]] shop. Can you bring 20 extra \
copies of Harbour Lights? My mobile: [[phone]]""",
    ),
    T(
        "manuscript_latex",
        "latex",
        """\\documentclass{book}
\\title{The Cartographer's Daughter}
\\author{[[p1.full]] \\\\ \\small Represented by [[p2.full]], \\texttt{[[p2.email]]}}
\\date{Draft 3, [[date]]}
\\begin{document}
\\maketitle
\\chapter*{Acknowledgements}
For [[p3.first]], who read every draft, and for my mother in [[loc1.city]].
\\end{document}""",
    ),
    # ---- academic conferences, peer review ----------------------------------------------------
    T(
        "conf_registration_form",
        "form",
        """ICSE-Adjacent Workshop on Green Software - Registration
First name: [[p1.first]]
Last name: [[p1.last]]
Affiliation: University of [[loc1.city]]
Email: [[p1.email]]
Phone (incl. country code): [[phone.intl]]
Dietary: vegetarian
Invoice to: Dept. of Computer Science, [[loc1.addr]]
Registration fee paid with card [[card]]""",
    ),
    T(
        "conf_visa_letter",
        "letter",
        """To whom it may concern,

This letter confirms that [[p1.full]], passport holder of [[loc1.country]], is registered to
present the paper "Sparse Attention at the Edge" at the 12th Symposium on Embedded Learning,
held in [[loc2.city]] from [[date]] to [[date2]]. Registration ID SEL-[[num]].

Please contact me with any questions at [[p2.email]] or [[phone]].

[[p2.full]]
General Chair""",
    ),
    T(
        "peer_review_email",
        "email",
        """Dear Dr [[p1.last]],

Thank you for agreeing to review manuscript JCL-[[num]]-R1, "Tokenizer Drift in Low-Resource
Languages". The handling editor is Prof. [[p2.full]]. Please note that one of the authors,
[[p3.full]], is at your institution; if you feel this is a conflict, let us know.
Reviews are due [[date]].

Best wishes,
[[p4.full]], Editorial Office""",
    ),
    T(
        "review_comments",
        "notes",
        """Reviewer 2 comments (confidential to editor)
I believe this is the same group as [[p1.full]] and [[p2.full]]'s workshop paper from last \
year; the ablation in Table 3 is identical. I have no conflict. - [[p3.init]]
Please do not forward to the authors. If needed, call me on [[phone]].""",
    ),
    T(
        "conf_badges_csv",
        "csv",
        """badge_name,affiliation,country,role
"[[p1.full]]",Institute of Photonics,[[loc1.country]],speaker
"[[p2.full]]",Quantinuum Labs,[[loc2.country]],attendee
"[[p3.full]]",[[loc3.city]] Polytechnic,[[loc3.country]],chair
"[[p4.full]]",,,volunteer""",
    ),
    T(
        "openreview_toolcall",
        "toolcall",
        """{"tool": "assign_reviewers", "arguments": {
  "submission": "NEURIPS-[[num]]",
  "reviewers": ["[[p1.full]]", "[[p2.full]]", "[[p3.full]]"],
  "area_chair": "[[p4.full]]",
  "notify": ["[[p4.email]]"]
}}""",
    ),
    T(
        "conf_ics",
        "ics",
        """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:[[hash]]@conf-sched
DTSTART:20250917T093000Z
SUMMARY:Keynote - [[p1.full]]
LOCATION:Aula Magna, [[loc1.city]]
ORGANIZER;CN=[[p2.full]]:mailto:[[p2.email]]
ATTENDEE;CN=[[p3.full]]:mailto:[[p3.email]]
DESCRIPTION:Session chair [[p4.full]]. AV support: [[phone]]
END:VEVENT
END:VCALENDAR""",
    ),
    # ---- scholarships and student loans --------------------------------------------------------
    T(
        "scholarship_application",
        "form",
        """STUDENT FINANCE - APPLICATION FOR MAINTENANCE LOAN
NAME: [[p1.LFU]]
SSN: [[ssn]]
HOME ADDRESS: [[loc1.addr@US]]
PARENT/GUARDIAN: [[p2.upper]]   PARENT SSN: [[ssn2]]
CHECKING ACCOUNT NUMBER: [[acct]]
PHONE: [[phone@US]]""",
    ),
    T(
        "student_loan_chat",
        "chat",
        """I need help writing an appeal to my student loan servicer. \
Borrower: [[p1.full]], SSN [[ssn]], loan ID SL-[[num]]. I was on an income-driven plan but \
they put me back on standard payments of [[price]]/mo. My co-signer is my aunt [[p2.full]] in \
[[loc1.city]], [[loc1.region@US]]. Can you draft something firm but polite?""",
    ),
    T(
        "scholarship_committee_notes",
        "notes",
        """Scholarship panel - [[date]]
Present: [[p1.full]] (chair); [[p2.full]]; [[p3.init]]
Shortlist: 1. [[p4.full]] ([[loc1.city]]) 2. [[p5.full]] 3. [[p6.full]]
Award letter to go to [[p4.first]] by Friday; bursary paid to IBAN [[iban]].
Action: [[p2.first]] to phone referees.""",
    ),
    T(
        "fafsa_ssn_email",
        "email",
        """Hi [[p1.first]],

The aid office needs you to correct the FAFSA: your mom's SSN was entered as [[ssn]] but the
IRS record shows [[ssn2]]. Once fixed, your Pell award should go out. Questions? Call me at
[[phone@US]].

[[p2.full]]
Financial Aid Counselor""",
    ),
    T(
        "bursary_word_names",
        "chat",
        """My daughter [[p1.first@wordf]] got the bursary!! Her friend \
[[p2.first@word]] didn't, and [[p2.first@word]]'s mum is gutted. How do I help [[p2.first@word]] \
appeal without it being weird?""",
    ),
    # ---- mixed, personal, with particles and languages -----------------------------------------
    T(
        "particles_letter",
        "letter",
        """[[p1.full@dutch]]
[[loc1.addr@NL]]

Betreft: kamerhuur / room rent

Dear [[p2.full@levantine]],
Per our call, [[p3.full@irish]] will take over the room from 1 September. Rent goes to my
account, IBAN [[iban@NL]]. Any problems, ring me on [[phone@NL]].

Groeten,
[[p1.first@dutch]]""",
    ),
    T(
        "french_line_chat",
        "chat",
        """My French colleague wrote: « Bonjour, c'est [[p1.full@french]], \
je serai à [[loc1.city@FR]] jeudi avec [[p2.first@french]]. Appelez-moi au [[phone@FR]]. » \
What does she want me to do?""",
    ),
    T("only_name_message", "sms", """[[p1.first]]"""),
    T(
        "name_last_word",
        "chat",
        """Who should I ask about the bowling alley refund, the manager \
or [[p1.full]]""",
    ),
    T(
        "slash_list",
        "notes",
        """Carpool for the book club: [[p1.first]]/[[p2.first]]/\
[[p3.first]] in the red Kia; [[p4.first]]; [[p5.first]] meet at the library. Host this month: \
[[p6.full]], [[loc1.addr]].""",
    ),
    T(
        "split_lines_name",
        "ocr",
        """ST JUDE'S HOSPITAL - VISITOR PASS
NAME [[p1.firstupper]]
[[p1.lastupper]]
VISITING: WARD 4 BED 2
ISSUED [[date]] [[time]]  EXP 20:00""",
    ),
)
