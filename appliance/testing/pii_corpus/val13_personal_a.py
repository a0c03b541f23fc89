"""Templates of val13 with personal data, part A: prose shapes (chat, email, sms, whatsapp,
letter, form, review, notes, transcript, ticket, voice, ocr, srt).

Hand-written for val13 (see `val13_gen` for the «slot» syntax). The domains are val13's:
telecom support, insurance claims, admissions, trial recruitment, charities, lettings, trades,
farm co-ops, lost baggage, car rental and parking, tax, immigration, weddings, fitness,
matchmaking, faith communities, amateur sport, esports, radio, translation, staffing, call
centre reviews and personal use. Most templates hold several values, names first and last,
next to punctuation, and things named like people beside the real people.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val13_gen import Template

TEMPLATES: list[Template] = [
    # ---------------------------------------------------------------- chat
    (
        "a_fibre_drop_chat",
        "chat",
        """«p1.firstlower» here again. my fibre keeps dropping since the engineer came on «date», the «model» router just blinks orange. account holder is «p1», line installed at «addr». can you turn this into a polite complaint? callback on «phone» please""",
    ),
    (
        "a_rear_end_chat",
        "chat",
        """Summarise this for the claims file: «p1» (policy MTR-«amount») was rear-ended at a roundabout outside «city». Other driver: «p2», mobile «phone», insurer unknown. Her car is a «model» in «paint». Witness «p3.initials» left a number too: «phone2».""",
    ),
    (
        "a_offer_reply_chat",
        "chat",
        """Draft a reply to «p1.first»: her conditional offer (ref «ref») needs IELTS 6.5 by «date». She is applying from «country» and asked whether «p2» in our «city» office could look over her transcript. Sign it from me, «p3.first», Admissions.""",
    ),
    (
        "a_nan_birthday_chat",
        "chat",
        """can u help me write a bday msg for my nan «p1.first»?? she's turning 90, loves «dish» and watching «character» reruns. from me «p2.firstlower» and my brother «p3.first»""",
    ),
    (
        "a_scrim_hype_chat",
        "chat",
        """@«p1.mention» @«p2.mention» scrims moved to «time», «team» vs «team2». «p3.first» is subbing for «p4.first» who has exams. write a short hype post for the discord, mention «p3.first» by name""",
    ),
    (
        "a_will_loft_chat",
        "chat",
        """Will anyone remind «w1.first» that the quote from «p1» for the loft conversion runs out on «date»? «w1.first» said she'd ring him on «phone», but I doubt she will. The quote was «price» incl. VAT.""",
    ),
    (
        "a_match_profile_chat",
        "chat",
        """Rewrite this dating intro so it sounds less stiff: "I'm «p1.first», 34, a paediatric nurse in «city». Friends say I make the best «dish» in «region». Looking for someone kind." My coordinator «p2» has my number («phone») if a match wants to call.""",
    ),
    (
        "a_party_list_chat",
        "chat",
        """my son «p1.first» wants a «character» cake for his 7th. party is at «addr» on «date», 2-5pm. suggest a shopping list for 20 kids? RSVPs go to my husband «p2.first» on «phone» or to me at «p3.email»""",
    ),
    (
        "a_grace_period_chat",
        "chat",
        """Is there a grace period on the parking fine? «w1» got PCN «ref» on «date» in «city» while dropping «p1.first» at the station. Paying by card «card» feels rash before we appeal. Thoughts, «p2.first»?""",
    ),
    # ---------------------------------------------------------------- email
    (
        "a_baggage_email",
        "email",
        """Subject: Missing bag after flight «flight» («date»)

Dear Baggage Services,

My suitcase did not arrive in «city» after my connection from «city2». File reference «pnr». It is a dark green «brand» case with a «character» luggage tag my daughter «p2.first» made.

Please deliver it to «addr». I am reachable on «phone» or «p1.email».

Kind regards,
«p1»""",
    ),
    (
        "a_tax_return_email",
        "email",
        """Hi «p1.first»,

Following our call: for your «year» return I still need the 1099-INT from your checking account ending in the number you gave me («acct») and your spouse's SSN. You sent yours as «ssn»; «p2.first»'s is missing.

Please don't email it; call me at «phone» instead.

Best,
«p3»
Ledgerline Tax & Bookkeeping""",
    ),
    (
        "a_gift_aid_email",
        "email",
        """Dear «p1.lastfirst»,

Thank you for your regular gift of «price» to the Lantern Fund. Your direct debit from IBAN «iban» will start on «date». If anything changes, write to «p2» (supporter care, «p2.work», «phone»).

With gratitude,
the Lantern Fund team""",
    ),
    (
        "a_viewing_email",
        "email",
        """From: «p1.work»
To: «p2.email»
Subject: Viewing confirmed – «addr»

Hi «p2.first», your viewing is booked for «date» at «time». My colleague «p3» will meet you outside; her mobile is «phone». The landlord, «p4», asks for references from your employer in «city».

«p1.first»
Northgate Lettings""",
    ),
    (
        "a_shift_email",
        "email",
        """«p1.first»,

TalentDock has a forklift shift for you at the «city» depot from «date». Before we can pay you we need your SSN (we have «ssn», please confirm) and the bank account number for payroll: you wrote «acct», is that your checking account?

Reply here or text «phone».

«p2», Staffing Coordinator""",
    ),
    (
        "a_wedding_deposit_email",
        "email",
        """Hi «p1.first» & «p2.first»!

So excited for your wedding at «addr»! To hold «date» I need the 30% deposit («price»). I tried the card you left, «card», and it was declined, could you send another or pay to IBAN «iban»?

Love, «p3.first» | Tulle & Lens Photography | «phone»""",
    ),
    (
        "a_visa_email",
        "email",
        """Dear Ms «p1.last»,

We have lodged the spouse visa application for you and «p2». The biometrics appointment is in «city» on «date». Please bring the marriage certificate from «country» with its certified translation (done by «p3»).

Your case worker is «p4», direct line «phone», e-mail «p4.work».

Yours sincerely,
«p5», Solicitor""",
    ),
    # ---------------------------------------------------------------- sms
    (
        "a_plumber_sms",
        "sms",
        """Hi its «p1.first» the plumber, running 20 min late, stuck behind the «brand» lorry. Quote for the boiler is «price», Ill text it to «phone» after. Cheers""",
    ),
    (
        "a_trial_sms",
        "sms",
        """«p1.first», reminder: screening visit for the sleep study tmrw «time» at «addr». Bring your meds list. Questions: «p2» «phone». Reply STOP to opt out""",
    ),
    (
        "a_market_sms",
        "sms",
        """eggs + «apple» apples sold out by 10 again!! «p1.firstlower» can u bring 12 more trays sat? pay u to acct «acct» like last time. «p2.firstlower»""",
    ),
    (
        "a_lounge_sms",
        "sms",
        """SkyHop: Dear «p1.upper», your lounge pass for «flight» on «date» is ready. Gate changes will be sent to «phone». Ref «pnr»""",
    ),
    (
        "a_bill_sms",
        "sms",
        """«w1.first» says the car rental people charged the card twice: «card». Can u call them «phone» before «time»? — «p1.first»""",
    ),
    # ---------------------------------------------------------------- whatsapp
    (
        "a_league_whatsapp",
        "whatsapp",
        """[«date», 19:02] «p1»: Sunday's fixture vs «team» moved to pitch 3
[«date», 19:04] «p2.first»: can't make it, «p3.first» can cover in goal
[«date», 19:05] «p1»: 👍 subs to my account «acct» please, £5 each
[«date», 19:09] «p3»: I'm in. lift from «city» anyone?""",
    ),
    (
        "a_neighbours_whatsapp",
        "whatsapp",
        """«p1.first» (No. 14): Has anyone seen a grey cat? Answers to «character» 😿
«p2»: Saw one by the garages on «addr» this morning
«p1.first» (No. 14): omg thank you!! on my way. if anyone spots him call «phone»
«w1.first»: will keep an eye out x""",
    ),
    (
        "a_choir_whatsapp",
        "whatsapp",
        """‎«p1.first» ‪«phone»‬ joined using this group's invite link
«p2»: Welcome «p1.first»! Rehearsal Thurs «time», parish hall. Sheet music is in the drive
«p1.first»: thank you! is it ok if my sister «p3.first» comes along?
«p2.first»: of course 🙏""",
    ),
    (
        "a_family_flight_whatsapp",
        "whatsapp",
        """Mum: landed in «city» 🛬
«p1.first»: yay!! «p2.first» is at arrivals with the car
Mum: my phone is dying, if anything call «p2.first» on «phone»
«p1.first»: ok. dinner at «p3.first»'s at 8, she's doing «dish»""",
    ),
    (
        "a_roomshare_whatsapp",
        "whatsapp",
        """«p1.firstlower»: rent this month is «price» each
«p1.firstlower»: send to IBAN «iban» (it's «p2.first»'s account)
«p3.first»: sent ✅
«p4.mention»: will send friday sorry 🙈""",
    ),
    # ---------------------------------------------------------------- letter
    (
        "a_reference_letter",
        "letter",
        """«addr»
«date»

To whom it may concern,

I have known «p1» for six years as a volunteer at our food bank in «city». «p1.first» coordinated «qty» volunteers and the Christmas appeal. I recommend «p1.first» without reservation for the MA in Social Policy.

Should you need more, I can be reached on «phone».

Yours faithfully,
«p2»
Trustee, Lantern Fund""",
    ),
    (
        "a_tenancy_letter",
        "letter",
        """Dear «p1.lastfirst»,

NOTICE OF RENT REVIEW – «addr»

As agreed in your tenancy, the rent will rise to «price» per month from «date». Please amend your standing order from account number «acct».

If you wish to discuss this, contact «p2» on «phone».

Yours sincerely,
«p3»
Property Manager""",
    ),
    (
        "a_parish_letter",
        "letter",
        """Dear friends,

We give thanks for the life of «p1», who died peacefully in «city» on «date». The funeral will be in the parish church at «time». «p1.first»'s family, «p2.first» and «p3», ask for donations to the hospice instead of flowers.

In faith,
Rev. «p4»""",
    ),
    (
        "a_fine_appeal_letter",
        "letter",
        """«p1»
«addr»

Parking Services
«date»

Re: Penalty charge notice «ref»

I was parked in bay «qty» with a valid permit, photograph attached. The car was a rented «model» (agreement «order»), hired in my name. Please cancel the charge.

Yours faithfully,
«p1.initials»""",
    ),
    # ---------------------------------------------------------------- form
    (
        "a_claim_form",
        "form",
        """HOME INSURANCE CLAIM FORM
Policyholder: «p1.upper»
Address: «addr.upper»
Telephone: «phone»
Email: «p1.email»
Date of loss: «date»
Cause: escape of water from «brand» dishwasher
Contractor quote by: «p2.upper»
Bank account for settlement: «acct»""",
    ),
    (
        "a_admissions_form",
        "form",
        """Applicant surname: «p1.lastupper»
Given names: «p1.firstupper»
Country of birth: «country.upper»
Home address: «addr»
Phone: «phone»
Referee 1: «p2»  Referee 2: «p3»
Programme: BSc Nursing, entry «year»""",
    ),
    (
        "a_pet_claim_form",
        "form",
        """Pet name: «character»   Species: dog   Breed: Cockapoo
Owner: «p1»
Owner phone: «phone» / alt «phone2»
Vet practice: Hillside Vets, seen by «p2»
Treatment: cruciate ligament repair, invoice «order», «price»
Pay to: «iban»""",
    ),
    (
        "a_w9_form",
        "form",
        """Form W-9 (excerpt)
1 Name: «p1»
2 Business name: «p1.last» Roofing LLC
5 Address: «addr»
Part I TIN – Social security number: «ssn»
Signature: «p1.initials»   Date: «date»""",
    ),
    (
        "a_volunteer_form",
        "form",
        """VOLUNTEER SIGN-UP
Name: «p1.lower»
Email: «p1.email»
Mobile: «phone»
Emergency contact: «p2.first» («phone2»)
Availability: weekends, «region»
Dietary: vegetarian""",
    ),
    (
        "a_rental_form",
        "form",
        """RENTAL AGREEMENT «order»
Main driver: «p1.LASTFIRST»
Additional driver: «p2.upper»
Pick-up: «city» Airport desk 4   Return: «city2»
Vehicle: «model»
Card on file: «card»
Contact: «phone»""",
    ),
    # ---------------------------------------------------------------- review
    (
        "a_builder_review",
        "review",
        """★★★★★ «p1.first» and his lad «p2.first» rebuilt our garden wall in «city» in two days. Tidy, on budget («price»), and they even fixed the gate. Ask for «p1»: «phone». – «p3.first», «region»""",
    ),
    (
        "a_trainer_review",
        "review",
        """Can't recommend «p1» enough!! Six months of «style» and strength sessions and I'm off my back meds. «p1.first» also sorted a meal plan with «p2.first» the nutritionist. (Not sponsored, I'm just «p3.firstlower» from «city» 😂)""",
    ),
    (
        "a_photographer_review",
        "review",
        """2/5. «p1.first» from Tulle & Lens was lovely on the day but we waited four months for the album and the «paint» frame arrived cracked. My husband «p2.first» emailed «p1.work» six times. Review by «p3».""",
    ),
    (
        "a_translator_review",
        "review",
        """Used WordBridge for my grandmother's birth certificate from «country». «p1» translated it overnight and spotted that the registrar in «city» had misspelt «p2»'s maiden name. Great service.""",
    ),
    (
        "a_stall_review",
        "review",
        """Best stall at the co-op market! «p1.first» sells «apple» cider and honey from «region». Ask for the «dish». Tip: she takes cards but «p2.first» prefers cash lol""",
    ),
    # ---------------------------------------------------------------- notes
    (
        "a_adviser_notes",
        "notes",
        """Meeting notes – «date»
Client: «p1» (+ partner «p2.first»)
- Moving to «country» in «year», wants to keep the UK ISA
- Pension statements: «p1.first» to send by «date2»
- Rental flat at «addr» – tenant «p3» pays to acct «acct»
- Next call «phone», «time»""",
    ),
    (
        "a_coach_notes",
        "notes",
        """u12s training notes
attendance: «p1.first», «p2.first», «p3.first», «p4.first» (late)
«p2.first» hurt ankle, mum («p5») picking up, her no. «phone»
drills: rondos, 3v2
next week away at «city», meet «time»""",
    ),
    (
        "a_trial_notes",
        "notes",
        """Recruitment log, cohort B
- «p1.initials», 52, eligible; consent signed, GP letter to «addr»
- «p2.initials», screen fail (on «brand» anticoagulant)
- «p3», asked for info in Arabic; interpreter «p4» booked
PI: «p5» | site phone «phone»""",
    ),
    (
        "a_podcast_notes",
        "notes",
        """Ep. 42 prep
guest: «p1» (author, lives in «city»)
topics: her book on «award» winners, the «vessel» story
producer «p2.first» to confirm studio B
guest's agent: «p3», «p3.work», «phone»""",
    ),
    (
        "a_sermon_notes",
        "notes",
        """Sunday «date»
Readings: «p1.first» & «p2.first»
Prayer list: «p3» (surgery), «p4.first»'s mum in «country»
Coffee rota: «w1.first»
Notices: youth trip to «region», forms to «p5.first»""",
    ),
    # ---------------------------------------------------------------- transcript
    (
        "a_callcentre_transcript",
        "transcript",
        """AGENT («p1.first»): Thanks for calling BrightWire, can I take your name?
CUSTOMER: Yeah, it's «p2».
AGENT («p1.first»): And the number on the account?
CUSTOMER: «phone».
AGENT («p1.first»): I see an outage in «city» since «time». An engineer will call you back.
CUSTOMER: Fine. Ask for me or my wife, «p3.first».""",
    ),
    (
        "a_qa_review_transcript",
        "transcript",
        """QA review, call «ticket», scored by «p1»
[00:12] «p2.upper»: good morning, Kestrel Claims, «p2.first» speaking
[00:15] CALLER: hi, I'm calling about my travel claim, my name's «p3»
[00:31] «p2.upper»: can you confirm your date of birth and postcode?
[00:40] CALLER: sure, I live at «addr»
Note: agent read the card number back in full («card») – coach on PCI.""",
    ),
    (
        "a_radio_transcript",
        "transcript",
        """«p1.first»: You're listening to Pulse FM, it's «time». On the line from «city» is «p2.first». Go ahead!
«p2.first»: Hi «p1.first»! I just want to say happy anniversary to my husband «p3».
«p1.first»: Lovely. And the song?
«p2.first»: Something cheesy from the «year» charts!""",
    ),
    (
        "a_interview_transcript",
        "transcript",
        """Interviewer: Please state your name for the record.
«p1»: «p1». I was born in «city», «country».
Interviewer: And your representative today?
«p1»: «p2», from the law centre.
Interviewer: Who did you live with in «city2»?
«p1»: With my uncle, «p3».""",
    ),
    (
        "a_panel_transcript",
        "transcript",
        """«p1.upper»: Welcome to the «team» post-match pod.
«p2.upper»: Good to be here. That «character» pick was wild.
«p1.upper»: Shout out to «p3.first», who hard-carried the last map.
«p2.upper»: And DMs are open, hit us at «email».""",
    ),
    # ---------------------------------------------------------------- ticket
    (
        "a_telecom_ticket",
        "ticket",
        """Ticket «ticket» | Priority: P2
Customer: «p1»
Service address: «addr»
Callback: «phone»
Issue: Intermittent sync loss on «model» since firmware «ver». Customer's WAN IP «ipfour».
Assigned: «p2.mention»""",
    ),
    (
        "a_baggage_ticket",
        "ticket",
        """PIR «pnr» – DELAYED BAGGAGE
Passenger: «p1.LASTFIRST»
Route: «city» – «city2» («flight»)
Bag: black hard case, «brand» sticker
Delivery address: «addr»
Contact: «phone» / «p1.email»""",
    ),
    (
        "a_helpdesk_ticket",
        "ticket",
        """[«ticket»] Laptop locked after password reset
Reporter: «p1» («p1.work»)
Device: «model», asset «sku»
Last login from «ip»
Notes: «p2.first» from IT called «phone», no answer.""",
    ),
    (
        "a_esports_ticket",
        "ticket",
        """Support request #«qty»
From: «p1.mention» (real name «p1»)
My account got banned during the «team» qualifier. Tournament admin «p2» said to open a ticket. My IP then was «ipfour».
Refund the entry fee to card «card» please.""",
    ),
    (
        "a_parking_ticket",
        "ticket",
        """Case «ticket» – Parking permit
Resident: «p1»
Address: «addr»
Permit for a visiting carer, «p2», Mon-Fri
Phone: «phone»""",
    ),
    # ---------------------------------------------------------------- voice
    (
        "a_voice_claim",
        "voice",
        """hi yes this is «p1.lower» calling about my claim the storm damaged our fence in «city.lower» my number is «phone.bare» and my husband «p2.firstlower» will be home after «time»""",
    ),
    (
        "a_voice_reminder",
        "voice",
        """remind me to call «p1.firstlower» about the wedding flowers and tell «p2.firstlower» the venue in «city.lower» wants the deposit by friday""",
    ),
    (
        "a_voice_note",
        "voice",
        """note to self «p1.firstlower» «p1.lower» the nutritionist said no «dish» for a month and «p2.firstlower» from the gym wants me on «style» twice a week call her back on «phone.bare»""",
    ),
    (
        "a_voice_text",
        "voice",
        """text «p1.firstlower» saying running late the bus from «city.lower» broke down tell «w1.firstlower» to start without me""",
    ),
    (
        "a_voice_dictation",
        "voice",
        """dear «p1.lower» comma thank you for volunteering at the «region.lower» fun run full stop «p2.lower» will send the route map new paragraph best wishes «p3.firstlower»""",
    ),
    # ---------------------------------------------------------------- ocr
    (
        "a_ocr_invoice",
        "ocr",
        """OAKBEAM BUILDERS LTD
lNVOICE No «order»
Bill to: «p1.upper»
«addr»
Tel: «phone»
Works: rear extension, «paint» render
T0TAL DUE «price»
Pay to acct n0 «acct» (sort 20-45-77)""",
    ),
    (
        "a_ocr_id_letter",
        "ocr",
        """MINISTRY 0F INTERIOR — RESIDENCE PERMIT
Surname / Nom: «p1.lastupper»
Given names / Prénoms: «p1.firstupper»
Place of birth: «city.upper», «country.upper»
Sponsor: «p2.upper»
Address in host country: «addr»""",
    ),
    (
        "a_ocr_receipt",
        "ocr",
        """FARM C0-OP MARKET
Stall 14 – «p1.first»'s Orchard
«apple» x 6 .... «price»
Card ****«qty»
Cashier: «p2.firstupper»
Thank y0u! Loyalty: «p1.email»""",
    ),
    (
        "a_ocr_cheque",
        "ocr",
        """PAY «p1.upper»
THE SUM OF «amount» DOLLARS
Acct no. «acct»
Memo: deposit, «addr»
Signed «p2.initials»""",
    ),
    # ---------------------------------------------------------------- srt
    (
        "a_podcast_srt",
        "srt",
        """1
00:00:01,000 --> 00:00:03,900
Welcome back, I'm «p1.first», and with me is «p2».

2
00:00:04,100 --> 00:00:07,200
Today we're in «city», talking to «p3» about «award» juries.

3
00:00:07,400 --> 00:00:09,000
Thanks for having me, «p1.first»!""",
    ),
    (
        "a_wedding_srt",
        "srt",
        """12
00:03:10,500 --> 00:03:14,000
And now the best man, «p1», all the way from «country»!

13
00:03:14,200 --> 00:03:18,600
I've known «p2.first» since we were six, in «city».

14
00:03:18,800 --> 00:03:21,000
«p3.first», you have no idea what you've signed up for.""",
    ),
    (
        "a_church_srt",
        "srt",
        """5
00:01:02,000 --> 00:01:05,500
The readings today are by «p1.first» and «p2.first».

6
00:01:05,600 --> 00:01:09,000
Please keep «p3» in your prayers after the floods in «region».""",
    ),
    # ---------------------------------------------------------------- more, mixed shapes
    (
        "a_lounge_upgrade_chat",
        "chat",
        """Write a firm but friendly complaint: I paid for lounge access on «flight» with my card «card» but the desk in «city» said my booking (ref «pnr») didn't exist. Staff member «p1.first» was helpful, her manager «p2» was not. I'm «p3», «p3.email».""",
    ),
    (
        "a_stipend_email",
        "email",
        """Hi «p1.first»,

Thanks for taking part in the «disease» study. To pay your «price» travel stipend, accounts needs your SSN («ssn» is what we have on the consent form; please double-check) and the routing/checking account number: «acct».

Study coordinator: «p2», «phone»
«addr»""",
    ),
    (
        "a_ssn_sms",
        "sms",
        """«p1.first» its «p2.first» from the tax office, form's nearly done. is ur ssn «ssn» or «ssn2»? the 2 looks like a 7 on the scan""",
    ),
    (
        "a_pledge_letter",
        "letter",
        """«p1.upper»
«addr»

Dear «p2.first»,

Please find my pledge of «price» towards the new roof. I have set up a transfer from IBAN «iban» on the first of each month; if the parish account changes, let «p3» know on «phone».

God bless,
«p1.first»""",
    ),
    (
        "a_photo_whatsapp",
        "whatsapp",
        """«p1.first» 📸: Hi! deposit link didn't work 😕
«p2»: ugh sorry, try card «card» again or bank transfer
«p1.first» 📸: IBAN is «iban», ref WED-«qty»
«p2»: done ✅ see you in «city»!""",
    ),
    (
        "a_immigration_notes",
        "notes",
        """File: «p1.LASTFIRST»
- Entered on visitor visa «date» via «city»
- US citizen spouse «p2», SSN «ssn», employer in «region»
- Joint sponsor «p3» needs tax transcripts
- Next: call «p3.first» «phone»""",
    ),
    (
        "a_match_ticket",
        "ticket",
        """[«ticket»] Refund request – membership
Member: «p1» («p1.email»)
Plan: Kindred Gold, charged twice to card «card»
Matched with «p2.first» on «date», wants to pause, not cancel
Agent: «p3.mention»""",
    ),
    (
        "a_faith_form",
        "form",
        """GIFT DECLARATION
Full name: «p1.upper»
Home address: «addr»
Phone: «phone»
I want to donate monthly from IBAN: «iban»
Witness: «p2»""",
    ),
]
