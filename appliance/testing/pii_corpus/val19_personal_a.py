"""Templates with personal data for val19, first half: conversational and document shapes
(chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket, ocr, srt).

Written by hand and blind (the author read only the package's `__init__.py` and
`validity.py`). Slots are explained in `val19_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val19_gen import Template as T

TEMPLATES: list[T] = [
    # ---- chat ------------------------------------------------------------------------------
    T(
        "chat_returns_refund",
        "chat",
        "«p1.full» here. I sent back the «product» (order «order») two weeks ago and the refund "
        "still says pending. Can you check it went to the card ending in the one I used, "
        "«card»? Reach me on «phone» if it's quicker.",
    ),
    T(
        "chat_meal_kit_swap",
        "chat",
        "hi can you help me write a polite msg to the meal kit people. my partner «p1.first:lo» "
        "is allergic to sesame and this week's box had the «dish» with a sesame glaze. "
        "delivery goes to «addr». sign it from «p2.first:lo»",
    ),
    T(
        "chat_florist_card",
        "chat",
        "Need a card message for a bouquet of «rose» roses going to «p1.full» in «city». From "
        "«p2.first» and «p3.first». Something warm but not soppy, they just retired after "
        "«n» years at the «brand» plant.",
    ),
    T(
        "chat_plumber_quote",
        "chat",
        "Summarise this voicemail for my job sheet: caller was «p1.full», boiler pressure "
        "dropping to 0.4 bar, flat at «addr», callback «phone», prefers after «time». "
        "Referred by «p2.full».",
    ),
    T(
        "chat_word_name_hope",
        "chat",
        "Can you draft a thank-you to «p1.word» «p1.last» at the allotment society? «p1.word» "
        "kept plot «plot» watered all through «month» while we were away. Best number: «phone».",
    ),
    T(
        "chat_word_name_bill",
        "chat",
        "quick q: my neighbour «p1.word» asked me to sign for a parcel («track») while they're away. does the courier need their name on a note? it's «p1.word» «p1.last», flat «n».",
    ),
    T(
        "chat_spanish_line",
        "chat",
        "Translate to English please, it's from the sailing club: \"Hola «p1.first», te "
        "confirmo la plaza en el curso de vela del «date». Si no puedes venir, avisa a "
        '«p2.full» al «phone». Un saludo, «p3.first»."',
    ),
    T(
        "chat_german_line",
        "chat",
        'What does this mean? Got it from the climbing gym: "Liebe/r «p1.full», Ihr '
        "Jahresabo läuft am «date» ab. Bei Fragen wenden Sie sich an «p2.full» "
        '(«p2.wemail»)." Do I need to reply?',
    ),
    T(
        "chat_french_line",
        "chat",
        "Mon voisin «p1.full» m'a demandé de garder ses clés. Can you turn this into a short "
        "note in English for the residents' association: keys left with «p2.first» at "
        "«street», spare set c/o «p3.full».",
    ),
    T(
        "chat_only_name",
        "chat",
        "«p1.first»",
    ),
    T(
        "chat_lost_found",
        "chat",
        "I left a rucksack on the tram last «weekday», it has a «product» and a library book "
        "with «p1.full» written inside the cover. Lost property ref «ticket». You can call "
        "me, «p2.full», on «phone» or email «p2.email».",
    ),
    T(
        "chat_devops_deploy",
        "chat",
        "@«p1.first:lo» the «codename» deploy to «host» failed again at the migration step, "
        "can you look? «p2.first:lo» says the box at «ip» still has the old schema. cc "
        "@«p3.first:lo»",
    ),
    T(
        "chat_possessive",
        "chat",
        "Is «p1.first»'s bike still in the shed? The bike-share people want it back, "
        "«p1.first» borrowed a dock key under «p2.full»'s membership («member»).",
    ),
    T(
        "chat_nickname",
        "chat",
        "Writing a toast for «p1.nickfull»'s 40th. Everyone at the sailing club just calls them "
        '"«p1.nick»". Some funny bits: capsized the «boat» twice, and «p2.first» had to tow '
        "the boat back to «city».",
    ),
    T(
        "chat_voice_to_text",
        "chat",
        "ok so remind me to call «p1.full:lo» about the marquee for saturday and tell "
        "«p2.first:lo» the caterer wants the final numbers by «weekday» also ask «p3.full:lo» "
        "if the venue in «city:lo» still has parking",
    ),
    # ---- email -----------------------------------------------------------------------------
    T(
        "email_print_shop_proof",
        "email",
        "Subject: Proof for wedding stationery, job «ticket»\n\nHi «p1.first»,\n\nAttached is "
        "the second proof of the invitations for «p1.full» & «p2.full». Paper: «paper», "
        'finish: «paint». Please check the venue line ("«venue», «city»") and reply by '
        "«date».\n\nBest,\n«p3.full»\nInkhouse Print, «phone»",
    ),
    T(
        "email_photographer_invoice",
        "email",
        "Dear «p1.full»,\n\nThank you for choosing us for the family shoot on «date». Your "
        "gallery password is «hash». The balance of «price» can be paid by bank transfer to "
        "IBAN «iban» (reference «order»).\n\nKind regards,\n«p2.first» «p2.last»\n«p2.wemail»",
    ),
    T(
        "email_venue_booking",
        "email",
        "To: «p1.email»\nCc: «p2.email»\nSubject: Hold on the Garden Room, «date»\n\nHello "
        "«p1.first», «p2.first»,\n\nWe've pencilled the Garden Room for «n» guests. Our "
        "events lead, «p3.full», will call you on «phone» to walk through the menu (the "
        "«dish» is popular). The venue is at «addr».\n\n— Bookings team",
    ),
    T(
        "email_alumni_update",
        "email",
        "Subject: Class of «year» reunion\n\nDear «p1.mid»,\n\nWe are updating our alumni "
        "records. We currently hold: «p1.LF»; «addr»; «phone». If anything has changed, "
        "reply to this message or write to «p2.full», Alumni Office.\n",
    ),
    T(
        "email_interlibrary_loan",
        "email",
        'Hi,\n\nInterlibrary loan request ILL-«onum» for "«book»" (ISBN «isbn») is ready '
        "for collection at the «city» branch. Requested by «p1.sf», reader no. «member». "
        "Please collect by «date» or contact «p2.first» on «phone».\n\nThanks",
    ),
    T(
        "email_archive_reading_room",
        "email",
        "Dear «p1.last»,\n\nYour reading room booking for «date» is confirmed. Items "
        "«shelf» and «shelf2» will be on the trolley. Please bring photo ID; the name on "
        "your reader's ticket is «p1.full:up».\n\n«p2.init»\nArchivist",
    ),
    T(
        "email_genealogy_query",
        "email",
        "From: «p1.email»\nSubject: Baptism record, «region»\n\nI am researching my "
        "great-grandmother «p2.full» (b. c. «year») who emigrated from «city» to «country». "
        "Her brother was «p3.full». Does the society hold parish registers for «region»? "
        "My member number is «member».\n«p1.full»",
    ),
    T(
        "email_marathon_bib",
        "email",
        "Subject: Bib transfer\n\nHello,\n\nI can no longer run on «date» and would like to "
        "transfer my place (bib «bib») to «p1.full», date of birth «date2», emergency contact "
        "«p2.full» «phone». My own entry is under «p3.full», «p3.email».\n",
    ),
    T(
        "email_cc_attn",
        "email",
        "FAO «p1.full», Finance\ncc «p2.full»; «p3.full»\n\nPlease refund the deposit for the "
        "catering tasting to account number «acct» (sort code «sortcode»), per «p4.full».",
    ),
    T(
        "email_subscription_box",
        "email",
        "Hi there, I'd like to pause my «box» box for two months. Account email "
        "«email». The box goes to «p1.full» at «addr» — it's a gift, I'm «p2.full». "
        "Card on file ends in a number I don't recognise, please remove «card».",
    ),
    T(
        "email_ev_charging",
        "email",
        "Subject: Double charge at «host» charger\n\nI was billed twice for «kwh» on «date» "
        "(session «hash»). Please refund to the card «card». Driver: «p1.full», phone "
        "«phone». Vehicle: «product».\n",
    ),
    T(
        "email_sports_registration",
        "email",
        "Dear coach,\n\nPlease register my kid «p1.full» for the under-12 league. "
        "Parents: «p2.full» / «p3.full». Contact numbers: «phone», «phone2». Medical: "
        "none. We live in «city».\n",
    ),
    T(
        "email_signature_split",
        "email",
        "Thanks again for sorting the lock so quickly.\n\nBest wishes,\n«p1.first»\n"
        "«p1.last»\n«street»\n«city»\nM: «phone»",
    ),
    # ---- sms -------------------------------------------------------------------------------
    T(
        "sms_locksmith",
        "sms",
        "Locksmith on the way, ETA «time». Tech: «p1.first». Call «phone» if you're not at "
        "«street». Ref «ticket»",
    ),
    T(
        "sms_pest_control",
        "sms",
        "Reminder: pest control visit «date» «time» at «addr». Please keep pets out of the "
        "kitchen. Questions? «p1.first» «phone»",
    ),
    T(
        "sms_car_wash",
        "sms",
        "«p1.first:up» your car («plate») is ready for collection. Total «price». Thanks, "
        "«brand» Valet",
    ),
    T(
        "sms_family",
        "sms",
        "Mum says can you pick up «p1.first» from training at 6, I'm stuck at work. Their phone is dead, the coach is «p2.first» «phone»",
    ),
    T(
        "sms_name_last",
        "sms",
        "Parcel left in the porch as requested. Signed for by «p1.full»",
    ),
    T(
        "sms_garage",
        "sms",
        "MOT done on the «product». Two advisories. Invoice «order» sent to «p1.email». "
        "Any questions ring «p2.first» on «phone». «garage»",
    ),
    # ---- whatsapp --------------------------------------------------------------------------
    T(
        "whatsapp_residents",
        "whatsapp",
        "[«date», «time»] «p1.full»: the bins on «street» weren't collected again\n"
        "[«date», «time»] «p2.first»: same here. I'll email the council\n"
        "[«date», «time»] «p3.first» «p3.last»: «p1.first» can you add it to Thursday's "
        "agenda? My number for the minutes is «phone»",
    ),
    T(
        "whatsapp_neighbourhood_watch",
        "whatsapp",
        "«p1.first»: Anyone else see the white van parked outside no. «n» for the last hour?\n"
        "«p2.first»: yes, reg «plate». «p3.first» has dashcam footage\n«p3.first»: sending it "
        "to «p4.full» at the police liaison, «phone»",
    ),
    T(
        "whatsapp_family_group",
        "whatsapp",
        "«p1.first» 🎂 is turning 70!! Party at «p2.first»'s, «addr», «date». Bring a dish. "
        "«p3.first» is doing the «dish». RSVP to «p2.first» «phone»",
    ),
    T(
        "whatsapp_hobby_club",
        "whatsapp",
        "Sourdough club this week: host «p1.full» 🙌 Address «addr». Parking is tight, "
        "carpool with «p2.first»/«p3.first»/«p4.first».",
    ),
    T(
        "whatsapp_climbing",
        "whatsapp",
        "anyone want to belay tonight? «p1.first:lo» and «p2.first:lo» are in from 7, I'm "
        "on the «route» project 😅 ping me «phone»",
    ),
    T(
        "whatsapp_sailing",
        "whatsapp",
        "Crew list for «date»: «p1.full»; «p2.full»; «p3.full». Skipper: «p4.first». Meet at "
        "the slipway in «city» 08:30. Bring lifejackets",
    ),
    # ---- letter ----------------------------------------------------------------------------
    T(
        "letter_allotment",
        "letter",
        "«p1.full»\n«addr»\n\n«date»\n\nDear «p2.full»,\n\nI am writing on behalf of the "
        "allotment society about plot «plot». Our records show the rent of «price» is "
        "outstanding. Please pay to account number «acct», or contact the treasurer, "
        "«p3.full», on «phone».\n\nYours sincerely,\n\n«p1.full»\nSecretary",
    ),
    T(
        "letter_residents_association",
        "letter",
        "To the occupier, c/o «p1.full»\n«addr»\n\nDear neighbour,\n\nThe residents' "
        "association meets on «date» at the community hall. Apologies to «p2.full» "
        "(«p2.email»). Minutes by «p3.init».\n",
    ),
    T(
        "letter_bank_mandate",
        "letter",
        "Dear Sir or Madam,\n\nPlease set up a standing order of «price» monthly from my "
        "checking account «acct» to the climbing club's IBAN «iban», reference «member». "
        "Account holder: «p1.full», «addr».\n\nSigned, «p1.full»",
    ),
    T(
        "letter_tenant_reference",
        "letter",
        "To whom it may concern,\n\nI have known «p1.full» for «n» years as a tenant at "
        "«addr». Rent was always paid on time. For a reference call me, «p2.full», on "
        "«phone» or write to «p2.email».\n\nRegards,\n«p2.init»",
    ),
    T(
        "letter_french",
        "letter",
        "«p1.full»\n«addr»\n\nMadame, Monsieur,\n\nJe vous prie de bien vouloir annuler "
        "l'abonnement au nom de «p1.full» (client n° «member»). Mon conjoint, «p2.full», "
        "reste joignable au «phone».\n\nCordialement,\n«p1.first»",
    ),
    # ---- form ------------------------------------------------------------------------------
    T(
        "form_registration_caps",
        "form",
        "SPORTS LEAGUE REGISTRATION\nPLAYER SURNAME: «p1.last:up»\nFIRST NAME: «p1.first:up»\n"
        "DOB: «date»\nTOWN: «city:up»\nPARENT/GUARDIAN: «p2.full:up»\nTEL: «phone»\n"
        "EMAIL: «p2.email»",
    ),
    T(
        "form_job_sheet",
        "form",
        "JOB SHEET «ticket»\nCustomer: «p1.lf»\nSite: «addr»\nContact: «phone»\nEngineer: "
        "«p2.init»\nWork: replaced «product» consumer unit, RCD tested\nSigned: «p1.full»",
    ),
    T(
        "form_returns",
        "form",
        "Returns form\nOrder number: «order»\nName: «p1.full»\nReason: wrong colour (ordered "
        "«paint», received «paint2»)\nRefund to: original card «card»\nPhone: «phone»",
    ),
    T(
        "form_membership_ssn",
        "form",
        "Credit union membership application\nApplicant: «p1.full»\nSSN: «ssn»\nMailing "
        "address: «addr»\nJoint applicant: «p2.full», SSN «ssn2»\nChecking account no.: «acct»",
    ),
    T(
        "form_split_fields",
        "form",
        "Given name(s): «p1.first»\nFamily name: «p1.last»\nPreferred name: «p1.nick»\n"
        "Country of residence: «country»\nMobile: «phone»",
    ),
    T(
        "form_marathon_entry",
        "form",
        "Entry «bib» | Runner: «p1.LF» | Club: «team» | Emergency contact: «p2.full» "
        "(«phone») | Expected finish: «dur»",
    ),
    T(
        "form_catering",
        "form",
        "Catering enquiry\nEvent date: «date»\nGuests: «n»\nName: «p1.full»\nEmail: «p1.email»"
        "\nPhone: «phone»\nVenue address: «addr»\nNotes: two vegans, one coeliac (for "
        "«p2.first»)",
    ),
    T(
        "form_tax_w9",
        "form",
        "Payee: «p1.full»\nBusiness name: «brand» Photography\nTIN/SSN: «ssn»\nAddress: "
        "«addr»\nBank acct: «acct»",
    ),
    # ---- review ----------------------------------------------------------------------------
    T(
        "review_plumber",
        "review",
        "★★★★★ «p1.first» from the plumbing firm was brilliant, fixed our leak in «dur». "
        "Ask for «p1.first» «p1.last» if you book. — «p2.first», «city»",
    ),
    T(
        "review_florist",
        "review",
        "Ordered the «rose» bouquet for my mum «p1.full» in «city»; it arrived wilted. The "
        "shop owner («p2.first») refunded straight away. 4/5",
    ),
    T(
        "review_photographer",
        "review",
        "We booked «p1.full» for our wedding at «venue» and the photos are gorgeous. Thank you "
        "«p1.first» and your assistant «p2.first»! — «p3.first» & «p4.first»",
    ),
    T(
        "review_garage",
        "review",
        "Avoid. Left my «product» there for «n» days. The manager, «p1.full», never called "
        "back on «phone». Review by «p2.init»",
    ),
    T(
        "review_subscription_box",
        "review",
        "The «box» box is fun but customer service is slow. I emailed «email» three times. "
        "Finally «p1.first» at support sorted it. Posting as «p2.full»",
    ),
    # ---- notes -----------------------------------------------------------------------------
    T(
        "notes_committee",
        "notes",
        "Sailing club committee, «date»\nPresent: «p1.full», «p2.full», «p3.full»\n"
        "Apologies: «p4.first»\n1. Moorings: «p2.first» to chase invoices\n2. Safety boat: "
        "«p1.first» has the keys\nNext meeting at «addr»",
    ),
    T(
        "notes_electrician",
        "notes",
        "- «date» «addr»: rewire kitchen ring. customer «p1.full» («phone»)\n- «date2» "
        "«addr2»: EV charger install for «p2.full», needs DNO approval\n- ask «p3.first» "
        "about «product» stock",
    ),
    T(
        "notes_genealogy",
        "notes",
        "Family tree notes\n«p1.full» (b. «year», «city») m. «p2.full»\n  children: "
        "«p3.first»; «p4.first»\nSource: parish register, «region»",
    ),
    T(
        "notes_slash_list",
        "notes",
        "Volunteers for the marathon water station: «p1.full» / «p2.full» / «p3.full» / "
        "«p4.first». Lead: «p1.first» («phone»)",
    ),
    T(
        "notes_meeting_actions",
        "notes",
        "Actions\n* «p1.init»: book the «venue» for the AGM\n* «p2.init»: send the survey to "
        "«email»\n* «p3.full»: ring the pest control firm («phone»)",
    ),
    # ---- transcript ------------------------------------------------------------------------
    T(
        "transcript_support_call",
        "transcript",
        "AGENT: Thanks for calling the returns desk, who am I speaking with?\nCALLER: It's "
        "«p1.full».\nAGENT: And the postcode or address on the order?\nCALLER: «addr».\n"
        "AGENT: Thanks «p1.first». Can I have the last payment card?\nCALLER: «card»\n"
        "AGENT: Lovely, I'll raise «ticket».",
    ),
    T(
        "transcript_voice_note",
        "transcript",
        "voice note transcript: hey its «p1.first:lo» just letting you know «p2.full:lo» can "
        "do the flowers for saturday call on «phone» they're in «city:lo» so delivery is "
        "free",
    ),
    T(
        "transcript_podcast",
        "transcript",
        "«p1.full:up»: Welcome back to the allotment hour. With me is «p2.full».\n«p2.full:up»: "
        "Thanks «p1.first». So this year the «apple» trees did amazingly.\n«p1.full:up»: "
        "And you're in «region»?\n«p2.full:up»: Yes, just outside «city».",
    ),
    T(
        "transcript_interview",
        "transcript",
        "Q: State your name for the record.\nA: «p1.mid».\nQ: And you reported the bike "
        "stolen from the dock at «street»?\nA: Yes, on «date». My partner «p2.first» saw it.",
    ),
    T(
        "transcript_meeting_speakers",
        "transcript",
        "[00:00:04] «p1.first»: Okay, let's start. «p2.first», the venue numbers?\n"
        "[00:00:09] «p2.first»: «n» confirmed. «p3.full» from catering needs a headcount by "
        "Friday.\n[00:00:15] «p1.first»: Great. I'll email «p3.email».",
    ),
    # ---- ticket ----------------------------------------------------------------------------
    T(
        "ticket_bike_share",
        "ticket",
        "Ticket «ticket» | Priority: P3\nReporter: «p1.full» <«p1.email»>\nSummary: dock at "
        "«street» won't release bikes\nDetails: tried three times with member card «member». "
        "Called «phone».",
    ),
    T(
        "ticket_it_access",
        "ticket",
        "INC-«onum»\nRequester: «p1.LF»\nAffected user: «p2.full»\nDescription: VPN drops on "
        "«host» every 10 min, client IP «ip», gateway «ip2». Assigned to «p3.first».",
    ),
    T(
        "ticket_ev_fault",
        "ticket",
        "Fault report «ticket»\nCharger: «host»\nSite: «addr»\nReported by: «p1.full» "
        "(«phone»)\nIssue: connector locked after session, «kwh» delivered",
    ),
    T(
        "ticket_lost_found",
        "ticket",
        "Lost property «ticket»: black «product» found on route «n», owner identified by "
        "name tag «p1.full:up». Call-back: «phone». Logged by «p2.init».",
    ),
    T(
        "ticket_escalation",
        "ticket",
        "Escalated by «p1.full» per «p2.full». Customer «p3.full» was charged twice for the "
        "«box» box; refund to «card» approved by «p4.first».",
    ),
    # ---- ocr -------------------------------------------------------------------------------
    T(
        "ocr_receipt",
        "ocr",
        "«brand» GARAGE LTD\n«addr:up»\nTEL «phone»\nINVOICE «order»\nCUSTOMER «p1.full:up»\n"
        "SERVICE «price»\nVISA «card»\nTHANK Y0U",
    ),
    T(
        "ocr_library_card",
        "ocr",
        "LIBRARY CARD\nNAME «p1.LF»\nNo. «member»\nVALID TO «date»\nIF FOUND PLEASE RETURN "
        "TO ANY BRANCH\nSIGNATURE «p1.init»",
    ),
    T(
        "ocr_business_card",
        "ocr",
        "«p1.full»\nHead Photographer\n«brand» Studio\n«street»\n«city»\nm. «phone» e. «p1.wemail»",
    ),
    T(
        "ocr_id_scan",
        "ocr",
        "SURNAME / NOM\n«p1.last:up»\nGIVEN NAMES / PRÉNOMS\n«p1.first:up»\nPLACE OF BIRTH\n"
        "«city:up»\nNATIONALITY\n«country:up»",
    ),
    # ---- srt -------------------------------------------------------------------------------
    T(
        "srt_wedding_video",
        "srt",
        "1\n00:00:01,000 --> 00:00:04,200\nWelcome everyone to «p1.first» and «p2.first»'s "
        "big day!\n\n2\n00:00:04,300 --> 00:00:07,900\nA special thanks to «p3.full», who "
        "flew in from «country».",
    ),
    T(
        "srt_club_video",
        "srt",
        "12\n00:03:10,500 --> 00:03:13,000\n«p1.full:up»: We launched from «city» at dawn.\n\n"
        "13\n00:03:13,100 --> 00:03:16,000\n«p2.full:up»: And «p1.first» forgot the "
        "sandwiches.",
    ),
    T(
        "srt_memorial",
        "srt",
        "3\n00:00:09,000 --> 00:00:12,000\nIn memory of «p1.full»\n\n4\n00:00:12,100 --> "
        "00:00:15,000\nfounder of the «city» allotment society",
    ),
    # ---- more money, tax and phone traffic -------------------------------------------------
    T(
        "chat_split_costs",
        "chat",
        "ok so for the cottage: «p1.first» paid the deposit, «p2.first» did food. Send your "
        "share to my IBAN «iban» (it's under «p3.full») or ping me on «phone» if revolut is "
        "easier",
    ),
    T(
        "email_tax_preparer",
        "email",
        "Hi «p1.first»,\n\nFor your return I still need: your SSN (I have «ssn», please "
        "confirm), «p2.first»'s SSN, and the routing and checking account number for the "
        "refund (you sent «acct»).\n\nThanks,\n«p3.full»\n«phone:us»",
    ),
    T(
        "transcript_bank_call",
        "transcript",
        "REP: For security, your full name?\nCUSTOMER: «p1.full:lo»\nREP: And your social?\n"
        "CUSTOMER: «ssn»\nREP: Thank you. Calling from «phone»?\nCUSTOMER: yeah\nREP: I "
        "see the transfer to IBAN «iban» on «date».",
    ),
    T(
        "ticket_hr_ssn",
        "ticket",
        "HR-«onum» | Update SSN for «p1.LF»: old «ssn», new «ssn2» (typo at onboarding). "
        "Requested via «p2.full». Callback «phone».",
    ),
    T(
        "form_sepa_mandate",
        "form",
        "SEPA DIRECT DEBIT MANDATE\nCreditor: «box» box subscriptions\nDebtor name: "
        "«p1.full»\nDebtor address: «addr»\nIBAN: «iban»\nTelephone: «phone»\nSigned "
        "with «p1.init», «date»",
    ),
    T(
        "whatsapp_iban_share",
        "whatsapp",
        "«p1.first»: here's my IBAN for the marathon fundraiser «iban»\n«p2.first»: thx! "
        "will send tonight\n«p1.first»: or call me «phone» 🙏",
    ),
    T(
        "sms_name_first_word",
        "sms",
        "«p1.first» - the electrician can do «weekday» «time». Call «p2.first» on «phone» to "
        "confirm, or «phone2» after 6",
    ),
    T(
        "email_with_via",
        "email",
        "Subject: Photo licence\n\nHello, we got your details via «p1.full» and would love "
        "to use the harbour shot in our calendar. Fee «price». Meeting with «p2.full» at "
        "«city» on «date»? Reply to «p3.email» or call «phone».",
    ),
]
