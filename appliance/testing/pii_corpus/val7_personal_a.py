"""Templates with personal data for val7 (prose-like shapes), a blind part of the corpus.

Written by hand for val7 alone: chat, email, sms, whatsapp, letter, form, review, notes,
transcript, ticket, ocr and srt texts from hotels, building sites, newsrooms, esports teams,
vet clinics, clinical trials, utilities, factories, weddings, dating apps, courts, bank
support, food delivery, open-source projects, labs, translation agencies, tourism, gyms,
music schools and private life. Slots are those of `val7_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val7_gen import T

TEMPLATES: list[T] = [
    # ---- chat (prompts typed to an assistant) ----
    T(
        "chat_hotel_upgrade",
        "chat",
        "«p1.full» is checking in at our «city1» property tonight, room upgrade promised by «p2.first». Write a short welcome note for the key card sleeve and mention the late checkout.",
    ),
    T(
        "chat_site_foreman",
        "chat",
        "rewrite this nicer pls: «p1.lfirst» you left the scaffold tags unsigned again on the «city1» job, call me on «phone1» before 7 or «p2.lfirst» is taking over the crew",
    ),
    T(
        "chat_word_name_shift",
        "chat",
        "Can you draft a message asking «w1.first» whether she could cover the Saturday front desk shift? She already did two doubles this week, so keep it apologetic. Sign it from «p1.first».",
    ),
    T(
        "chat_esports_roster",
        "chat",
        "Need a hype tweet for our roster change: «p1.full» (ign not needed) joins from «country1», «p2.full» moves to coach. Keep it under 280 chars.",
    ),
    T(
        "chat_vet_reminder",
        "chat",
        "Client «p1.full» («phone1») asked us to remind her about the booster for her collie next month. Write an SMS reminder, friendly, no emojis.",
    ),
    T(
        "chat_bank_dispute",
        "chat",
        "Customer says card «card1» was charged twice at a hotel in «city1». Name on the card: «p1.upper». Draft the dispute summary for the back office, mention the account number «acct1».",
    ),
    T(
        "chat_family_birthday",
        "chat",
        "grandma «p1.first» turns 90 next week!! help me write a toast, mention she moved from «country1» to «city1» in 1961 and raised five kids with grandpa «p2.first»",
    ),
    T(
        "chat_dating_bio",
        "chat",
        "Make my dating profile sound less awkward: I'm «p1.first», 31, moved to «city1» for a lab job, I like bouldering and bad puns. My friend «w1.first» says I come across as intense.",
    ),
    T(
        "chat_translation_quote",
        "chat",
        "Translate into German for the client: 'Dear «p1.full», your certified translation of the birth certificate will be ready Thursday. Questions? Call «p2.first» at «phone1».'",
    ),
    T(
        "chat_gym_trainer",
        "chat",
        "«p1.first» here. Put together a 4-week plan for my client «p2.full», she's training for a half marathon in «city1» and had knee surgery last year.",
    ),
    T(
        "chat_ssn_form_help",
        "chat",
        "My SSN is «ssn1» and my wife «p1.first»'s is «ssn2». Which box on the W-4 do these go in? We both work in «region1».",
    ),
    T(
        "chat_neighbour_parcel",
        "chat",
        "Write a polite note for my neighbour «p1.full» at «addr1»: their parcel came to us by mistake, we're in most evenings after 6.",
    ),
    T(
        "chat_food_card_swap",
        "chat",
        "Customer «p1.full» wants to swap the card on her DishDash subscription from «card1» to «card2». Reply explaining it can only be done in the app. Her phone: «phone1».",
    ),
    T(
        "chat_tourism_deposit",
        "chat",
        "Write a booking confirmation for «p1.full» and «p2.first»: 5-day trek from «city1», deposit of «price» taken from card «card1», guide «p3.first» meets them at the hostel.",
    ),
    T(
        "email_mortgage_docs",
        "email",
        "Subject: documents for «p1.last» application\n\nHi «p2.first», SSN for the co-applicant «p3.full» is «ssn1» and the savings account number is «acct1». Can you add both to the file before underwriting? «p2.init» can call «phone1».\n\n«p1.first»",
    ),
    T(
        "sms_bank_fraud",
        "sms",
        "BANK ALERT «p1.upper»: card «card1» used in «country1» for «price». Not you? Call «phone1». Savings acct «acct1» is safe.",
    ),
    T(
        "notes_tax_prep",
        "notes",
        "Tax prep for the «p1.last» household\n- «p1.first» SSN «ssn1»\n- «p2.first» SSN «ssn2»\n- refund to checking account «acct1»\n- accountant «p3.full», «phone1»",
    ),
    T(
        "chat_word_name_gym",
        "chat",
        "My PT «w1.first» says I should deload this week but «w2.first» at the front desk says the opposite lol. who's right? squat 1RM is 140",
    ),
    T(
        "chat_word_name_lower",
        "chat",
        "ok so «w1.lfirst» from accounts and «w2.lfirst» from legal both want the «city1» contract by friday, draft me a reply that buys a week",
    ),
    T(
        "notes_word_name_rota",
        "notes",
        "Rota wk 50\nMon: «w1.full»\nTue: «w2.full»\nWed: «p1.full»\nSwap requests to «p2.first» («phone1»)",
    ),
    # ---- email ----
    T(
        "email_wedding_vendor",
        "email",
        "Subject: Seating plan, «p1.last» / «p2.last» wedding\n\nHi «p3.first»,\n\nAttached is the final list. Table 4: «p4.full», «p5.full» and their kids. The bride's uncle «p6.full» needs step-free access. Venue contact is «email1», phone «phone1».\n\nThanks,\n«p1.first»",
    ),
    T(
        "email_trial_site",
        "email",
        "From: «p1.email»\nTo: «p2.email»\nSubject: Site 14 enrolment\n\nDear Dr. «p2.last»,\n\nParticipant screening for the «city1» site is done. The coordinator, «p3.full», can be reached on «phone1». Please do not forward participant names outside the study team.\n\nBest regards,\n«p1.full»\nClinical Operations",
    ),
    T(
        "email_newsroom_source",
        "email",
        "Subject: re: council story\n\n«p1.first» — my source at the water board is «p2.full», mobile «phone1», she'll only talk off the record. Photographer «p3.first» can be in «city1» by 10.\n\n— «p4.init»",
    ),
    T(
        "email_bank_iban_change",
        "email",
        "Dear Support,\n\nPlease change the payout account for my salary from «iban1» to «iban2». Account holder: «p1.full», «addr1».\n\nKind regards,\n«p1.full»\n«phone1»",
    ),
    T(
        "email_utility_move",
        "email",
        "Hello,\n\nI'm moving out of «addr1» on the 30th. Final meter reading attached. Please send the closing bill to «p1.email» and refund the deposit to IBAN «iban1».\n\n«p1.full»",
    ),
    T(
        "email_oss_maintainer",
        "email",
        "Hi «p1.first»,\n\nThanks for the patch. Before we can merge it, «p2.full» from the steering group needs to sign off on the licence change. Could you ping «p2.email»? I'm offline until Monday.\n\nCheers, «p3.first»",
    ),
    T(
        "email_lab_equipment",
        "email",
        "«p1.first», the mass spec in room B12 is booked for «p2.full» all week. Talk to «p3.lower» in the «city1» lab about a slot on theirs; his extension is «phone1».\n«p1.init»",
    ),
    T(
        "email_hotel_complaint",
        "email",
        "Dear Manager,\n\nMy husband «p1.full» and I stayed at your «city1» hotel and were charged twice on card «card1». Please refund the second charge. I can be reached at «phone1» or «p2.email».\n\nYours sincerely,\n«p2.full»",
    ),
    T(
        "email_word_name_grace",
        "email",
        "Team,\n\n«w1.first» is out on parental leave from Monday; please send design reviews to «p1.first» instead. «w1.first» says thanks for the flowers!\n\n«p2.first»",
    ),
    # ---- sms ----
    T(
        "sms_delivery_rider",
        "sms",
        "Hi it's «p1.first» your DishDash rider, I'm outside «addr1» but the gate is locked, call me «phone1»",
    ),
    T(
        "sms_vet_ready",
        "sms",
        "«p1.first», Biscuit is ready for pick-up at Paws & Claws. Balance due «price». Questions: «phone1»",
    ),
    T(
        "sms_site_delay",
        "sms",
        "«p1.ULAST» concrete pour moved to thurs. tell «p2.first» and «p3.first». «phone1»",
    ),
    T(
        "sms_gym_class",
        "sms",
        "Hey «p1.lfirst», spin class w/ «p2.first» moved to 6:30. Reply STOP to opt out. IronPulse «city1»",
    ),
    T(
        "sms_bank_otp",
        "sms",
        "«p1.upper»: a payment of «price» from acct «acct1» was blocked. If this wasn't you call «phone1» now.",
    ),
    # ---- whatsapp ----
    T(
        "wa_family_trip",
        "whatsapp",
        "[09:14] «p1.first»: landed in «city1» 🛬\n[09:15] «p2.first»: yay!! is «p3.first» picking you up?\n[09:17] «p1.first»: no, taxi. hotel is «addr1»\n[09:18] «p2.first»: send me the number there just in case\n[09:20] «p1.first»: «phone1»",
    ),
    T(
        "wa_wedding_planner",
        "whatsapp",
        "«p1.full»: hi «p2.first», florist confirmed for the 14th\n«p2.full»: perfect! «w1.first» still wants peonies though 😅\n«p1.full»: I'll ask. her number is «phone1» right?",
    ),
    T(
        "wa_band_rehearsal",
        "whatsapp",
        "[20:01] «p1.first»: rehearsal at «p2.first»'s garage sat\n[20:03] «p3.first»: address?\n[20:03] «p2.first»: «addr1»\n[20:04] «p3.first»: 👍 bringing the new bass",
    ),
    T(
        "wa_neighbours_group",
        "whatsapp",
        "Street group 🏡\n«p1.full»: Has anyone seen a grey cat? Answers to Mochi. Call «phone1»\n«p2.full»: saw one by the bins at «p3.first»'s this morning",
    ),
    T(
        "wa_esports_scrim",
        "whatsapp",
        "«p1.first»: scrim vs team from «country1» moved to 21:00 CET\n«p2.first»: server ip?\n«p1.first»: «ip1» pw in the drive\n«p3.first»: ok I'll tell «p4.first»",
    ),
    # ---- letter ----
    T(
        "letter_court_notice",
        "letter",
        "«p1.full»\n«addr1»\n\nRe: Case «ticket» — notice of hearing\n\nDear «p1.full»,\n\nYou are required to attend the hearing before Judge «p2.last» on «date». If you need an interpreter, contact the clerk, «p3.full», on «phone1».\n\nCourt Administration",
    ),
    T(
        "letter_tenancy_reference",
        "letter",
        "To whom it may concern,\n\nI confirm that «p1.full» rented the flat at «addr1» from 2019 to 2024 and always paid on time. Her new landlord may call me on «phone1».\n\nYours faithfully,\n«p2.full»",
    ),
    T(
        "letter_music_school",
        "letter",
        "Dear «p1.first» and «p2.first»,\n\nWe are delighted to offer «p3.first» a place in the junior piano programme with «p4.full». Fees of «price» per term can be paid to IBAN «iban1».\n\nWarm regards,\nThe Allegro Music School, «city1»",
    ),
    T(
        "letter_bank_closure",
        "letter",
        "«p1.upper»\n«addr1»\n\nDear Customer,\n\nAs requested, your checking account «acct1» was closed on «date». The remaining balance was sent to «iban1».\n\nCustomer Care",
    ),
    T(
        "letter_employer_ssn",
        "letter",
        "Dear «p1.last»,\n\nOur payroll records list your SSN as «ssn1», which does not match the IRS records. Please bring your card to HR («p2.full», ext. 4410) by Friday.\n\nSincerely,\n«p3.full», Payroll",
    ),
    # ---- form ----
    T(
        "form_hotel_registration",
        "form",
        "GUEST REGISTRATION\nSurname: «p1.ULAST»\nGiven name: «p1.first»\nNationality: «country1»\nHome address: «addr1»\nPhone: «phone1»\nCard on file: «card1»\nSignature: ______",
    ),
    T(
        "form_vet_intake",
        "form",
        "New Patient Form\nOwner: «p1.COMMA»\nPhone: «phone1»  Alt: «phone2»\nE-mail: «p1.email»\nPet: Pepper (dog, 4y)\nReferred by: «p2.full»",
    ),
    T(
        "form_trial_consent",
        "form",
        "PARTICIPANT CONSENT — Study NC-«num»\nName (PRINT): «p1.upper»\nDate of birth: 1978-03-11\nSSN (US sites only): «ssn1»\nInvestigator: «p2.init»\nWitness: «p3.full»",
    ),
    T(
        "form_payroll_change",
        "form",
        "Direct deposit change\nEmployee: «p1.comma»\nBank account number: «acct1»\nRouting: 021000021\nSSN: «ssn1»\nEffective: «date»",
    ),
    T(
        "form_gym_signup",
        "form",
        "Membership application\nFull name: «p1.full»\nEmergency contact: «p2.full», «phone1»\nCity: «city1»\nPayment card: «card1»\nReferred by member: «p3.first»",
    ),
    T(
        "form_incident_police",
        "form",
        "INCIDENT REPORT «ticket»\nReporting officer: «p1.ULAST», «p1.first»\nComplainant: «p2.full»\nAddress: «addr1»\nPhone: «phone1»\nSuspect description: male, approx 30, blue jacket",
    ),
    # ---- review ----
    T(
        "review_hotel",
        "review",
        "★★★★☆ Stayed 3 nights in «city1». «p1.first» at reception was wonderful, sorted our room in minutes. Breakfast could be better. — «p2.full», «country1»",
    ),
    T(
        "review_vet",
        "review",
        "Dr. «p1.last» saved our cat. Honestly the whole team, especially nurse «p2.first», were so kind. Worth the drive from «city1».",
    ),
    T(
        "review_contractor",
        "review",
        "Avoid. «p1.full» quoted «price» for the roof and vanished after the deposit. His number «phone1» no longer works. «region1» homeowners beware.",
    ),
    T(
        "review_music_teacher",
        "review",
        "My daughter has had lessons with «p1.first» for two years and «w1.first», the theory teacher, made her love scales. 5 stars.",
    ),
    # ---- notes ----
    T(
        "notes_meeting",
        "notes",
        "Standup notes\n- «p1.first»: finished the billing migration\n- «p2.first»: blocked on the «city1» vendor, waiting on «p3.full»\n- «w1.first»: on call this week, pager «phone1»",
    ),
    T(
        "notes_vet_visit",
        "notes",
        "Visit notes: owner «p1.full» reports lethargy x3 days. Spoke to «p1.first» by phone («phone1»). Referred to «p2.init» for ultrasound.",
    ),
    T(
        "notes_interview",
        "notes",
        "Interview with «p1.full», former plant manager at the «city1» factory. Says «p2.full» ordered the line restarted before the inspection. Follow up with «p3.last» in HR.",
    ),
    T(
        "notes_family_admin",
        "notes",
        "todo:\n- renew «p1.lfirst»'s passport\n- call dentist «phone1»\n- send «p2.lfirst» the IBAN for rent: «iban1»\n- mum's new address «addr1»",
    ),
    T(
        "notes_lab_book",
        "notes",
        "Day 12. «p1.init» ran the assay again, same drift. «p2.first» thinks the incubator in «city1» is off by 2°C. Asked «p3.full» to check the logger.",
    ),
    # ---- transcript ----
    T(
        "transcript_support_call",
        "transcript",
        "Agent: Thanks for calling, who am I speaking with?\nCaller: «p1.full».\nAgent: And the last four of the card?\nCaller: The full number is «card1», I'm happy to read it.\nAgent: No need. Is «phone1» still the best number?\nCaller: Yes.",
    ),
    T(
        "transcript_podcast",
        "transcript",
        "«p1.upper»: Welcome back. Today I'm with «p2.full», who covered the floods in «region1».\n«p2.upper»: Thanks for having me, «p1.first».\n«p1.upper»: You were in «city1» when the levee broke?",
    ),
    T(
        "transcript_court",
        "transcript",
        "THE COURT: State your name for the record.\nWITNESS: «p1.full».\nTHE COURT: And your address?\nWITNESS: «addr1».\nMR. «p2.ULAST»: Your Honor, may I approach?",
    ),
    T(
        "transcript_dispatch",
        "transcript",
        "DISPATCH: Unit 7, caller «p1.first» «p1.last» reports a gas smell at «addr1».\nUNIT 7: Copy. Callback number?\nDISPATCH: «phone1».",
    ),
    T(
        "transcript_clinic",
        "transcript",
        "Nurse: Hi, I'm «p1.first». Can you confirm your full name?\nPatient: «p2.full».\nNurse: And your GP is Dr. «p3.last» in «city1»?\nPatient: That's right.",
    ),
    # ---- ticket ----
    T(
        "ticket_bank_support",
        "ticket",
        "Ticket «ticket»\nCustomer: «p1.full» <«p1.email»>\nIssue: transfer to «iban1» rejected\nAccount: acct «acct1»\nAssigned: «p2.first»",
    ),
    T(
        "ticket_it_access",
        "ticket",
        "[«ticket»] VPN blocked for «p1.full». Login attempts from «ip1» and «ip2» (travel to «country1»). Manager «p2.full» approved a temporary exception.",
    ),
    T(
        "ticket_delivery_refund",
        "ticket",
        "Refund request — order «order»\nCustomer «p1.full» says the rider («p2.first») never arrived at «addr1». Callback «phone1».",
    ),
    T(
        "ticket_oss_bug",
        "ticket",
        "Reported by @«p1.handle»: crash on startup since «ver». Repro from @«p2.handle» attached. cc @«p3.handle»",
    ),
    T(
        "ticket_utility_outage",
        "ticket",
        "OUTAGE «ticket» | «city1», «region1»\nReported by: «p1.full» «phone1»\nNotes: elderly resident on oxygen concentrator, priority restore.",
    ),
    # ---- ocr ----
    T(
        "ocr_id_card",
        "ocr",
        "REPUBLIC ID CARD\nSURNAME / NOM\n«p1.ULAST»\nGIVEN NAMES / PRENOMS\n«p1.first»\nPLACE OF BIRTH «city1»\nADDRESS «addr1»",
    ),
    T(
        "ocr_receipt_card",
        "ocr",
        "HOTEL «city1» RECEIPT\nGuest: «p1.upper»\nVISA «card1»\nTotal «price»\nThank you «p1.first»!",
    ),
    T(
        "ocr_business_card",
        "ocr",
        "«p1.upper»\nSenior Translator, LingoBridge\nT «phone1»  M «phone2»\n«p1.email»\n«addr1»",
    ),
    T(
        "ocr_paystub",
        "ocr",
        "PAY STUB  Period «date»\nEmployee «p1.comma»   SSN «ssn1»\nDeposit to acct no. «acct1»\nNet pay «price»",
    ),
    # ---- srt (subtitles) ----
    T(
        "srt_documentary",
        "srt",
        "12\n00:03:14,200 --> 00:03:17,900\n«p1.upper»: I grew up in «city1», my dad ran the ferry.\n\n13\n00:03:18,100 --> 00:03:21,000\nIt was «p2.first» who taught me to sail.",
    ),
    T(
        "srt_wedding_video",
        "srt",
        "1\n00:00:01,000 --> 00:00:04,500\n«p1.first» and «p2.first», «date», «city1»\n\n2\n00:00:05,000 --> 00:00:08,000\n«p3.first»: I've known «p1.first» since we were six.",
    ),
    T(
        "srt_interview_news",
        "srt",
        "44\n00:12:01,500 --> 00:12:05,000\n[«p1.full», mayor of «city1»]\nWe were not told about the spill.",
    ),
]
