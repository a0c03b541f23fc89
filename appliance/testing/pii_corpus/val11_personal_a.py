"""Templates with personal data for val11 of the labelled PII corpus, part A: prose shapes
(chat, email, sms, whatsapp, letter, form, review, notes, transcript, voice, ticket, ocr),
written by hand by val11's author without reading any other part of the corpus.
Placeholders are explained in `val11_gen`."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # chat
    (
        "chat",
        "«first» here from the Harbourside kennels. Can you write a polite note to «full2» saying their spaniel's grooming moved to «time» and they can call me on «phone» if that's a problem?",
    ),
    (
        "chat",
        "hey can u summarise this for me, «l_full» rang about the boiler service at «addr» and wants someone before «date», number is «phone»",
    ),
    (
        "chat",
        "Draft a reply to «full» («email») who asked whether the Jack Russell policy covers dental. Their policy is PET-«n»442, they live in «city».",
    ),
    (
        "chat",
        "My neighbour «word» said she will water the tomatoes while we're in «country». How do I thank «word» in a card without sounding stiff?",
    ),
    (
        "chat",
        "Translate into Portuguese for our driving school: 'Dear «first», your next lesson with instructor «full2» is on «date» at «time». Reply to «phone» to rebook.'",
    ),
    (
        "chat",
        "rewrite this nicer: «first» you left the coworking kitchen a mess again and «first2» had to clean it. — signed «full3»",
    ),
    (
        "chat",
        "Is this a scam? Someone claiming to be from the water company texted me from «phone» asking for my card «card» to avoid disconnection at «addr».",
    ),
    (
        "chat",
        "Write a short bio for the gallery website: «full» was born in «city» and trained in «country2»; her Blue Period-inspired prints sell through our auction on «date».",
    ),
    (
        "chat",
        "Quick q — «full» (the one who ordered the Ben & Jerry's tub cake) wants it delivered to «addr». Can you turn that into a note for the catering van driver? His mobile: «phone»",
    ),
    (
        "chat",
        "Please summarise: the fertility clinic called «full» back on «phone»; her partner «full2» will bring the forms. Appointment in «city» at «time».",
    ),
    (
        "chat",
        "Help me reply to Grandma «first» who wants to know if Uncle «first2» is coming for Christmas in «city». Keep it warm. She's on «nat».",
    ),
    (
        "chat",
        "«full», «full2» and «full3» signed up for the Saturday salsa class. Make me a welcome message that mentions the Tango Argentino workshop too.",
    ),
    # email
    (
        "email",
        "From: «full» <«email»>\nTo: bookings@ridgeline-guides.example\nSubject: Glacier walk for four\n\nHi, we'd like the glacier view route on «date». I'm bringing «first2» and two kids. Call «phone» if the weather changes.\n\nThanks,\n«first»",
    ),
    (
        "email",
        "Subject: Refund for order «ord»\n\nDear Sir or Madam,\n\nI bought the Gucci-style frames from your optician in «city» but the lenses are wrong. Please refund to my card ending «card» — the full number is on the receipt. \n\nRegards, «full»\n«addr»\n«phone»",
    ),
    (
        "email",
        'Can you proofread this?\n\n"Dear Ms «last»,\nThank you for choosing our hearing-aid clinic. Your fitting with audiologist «full2» is confirmed. If you need to reach us, reply to «email2» or call «intl».\nKind regards"\n',
    ),
    (
        "email",
        "Hi «first»,\n\nThe wine club direct debit failed. Could you confirm the IBAN «iban» is still correct? Our records show the name «u_full» on the account.\n\nCheers,\n«full2»\nMembership, Old Vine Cellars",
    ),
    (
        "email",
        "Summarise this thread:\n> From: «email»\n> «first» wrote: the pallets for «city» are stuck at the depot, customs want the EORI again.\n> From: «email2»\n> «full2»: I'll ring the broker on «phone» tomorrow.\n",
    ),
    (
        "email",
        "Dear «full»,\n\nYour Welsh pony lessons begin on «date». Please send the emergency contact (name and phone) before then. We have «full2» on «phone» from last year, is that still right?\n\nRiding school office",
    ),
    (
        "email",
        "Write an email to «lf» confirming the consignment of a Chippendale chair for our auction. Seller address: «addr». Payout to IBAN «iban».",
    ),
    # sms
    (
        "sms",
        "Hi «first», it's «first2» from Pedal & Go bikes. Your e-bike is ready, pick up before 6. Any qs ring «nat»",
    ),
    ("sms", "«u_first» URGENT pls call me back «phone» the van broke down outside «city»"),
    (
        "sms",
        "Reminder: «first»'s physio with «full2» tmrw «time». Reply C to cancel. Questions: «phone»",
    ),
    (
        "sms",
        "Can you tell me what this text means? 'Courier: parcel for «full» held, pay £1.99 at link, ref «trk». Call «phone»'",
    ),
    (
        "sms",
        "Ok so «first» said she'll take the 3 kids to the ski school and «word» picks them up. «word»'s number is «phone» if they're late",
    ),
    # whatsapp
    (
        "whatsapp",
        "[«date», «time»] «full»: anyone seen my keys? I think I left them at the golf club bar\n[«date», «time»] «full2»: ask «first3», she locked up\n[«date», «time»] «full»: cheers, her number? \n[«date», «time»] «full2»: «phone»",
    ),
    (
        "whatsapp",
        "Summarise this group chat from the Allotment Society:\n«first»: marrows are huge this year\n«first2»: Hope so, the Rose Gold courgettes failed\n«first3»: meeting at «addr» on Sunday?\n«first»: yes, bring the Granny Smith cider",
    ),
    (
        "whatsapp",
        "«full» added «full2»\n«full2»: hi all, new to the Lindy Hop group 🙂\n«full»: welcome! Classes are in «city», call me on «phone» if you get lost",
    ),
    (
        "whatsapp",
        "Translate to English: «first»: ciao! sono arrivata a «city». «first2» mi ha dato il tuo numero «intl», ci vediamo alle «time»?",
    ),
    # letter
    (
        "letter",
        "«full»\n«addr»\n\n«date»\n\nDear Sir/Madam,\n\nI am writing to dispute the final bill on my energy account (account number «acct»). I moved out on «date» and the meter was read by your engineer «full2».\n\nYours faithfully,\n«full»",
    ),
    (
        "letter",
        "Please improve this reference letter: To whom it may concern, «full» worked at our florist in «city» for four years. She arranged the Remembrance Sunday wreaths for the town. Contact me at «email2». «full2», Owner",
    ),
    (
        "letter",
        "Dear «first»,\n\nYour grandfather «full2» was born in «city» in 1911, and his brother emigrated to «country». The parish register lists their mother as «full3».\n\nWarmest wishes from the genealogy team",
    ),
    (
        "letter",
        "Re: Tenancy at «addr»\n\nDear «init»,\n\nThe roofer «full2» will attend on «date». Please make sure someone is home; he can be reached on «phone».\n\nProperty Maintenance Team",
    ),
    # form
    (
        "form",
        "Fill in the missing fields from this enrolment form:\nStudent: «u_full»\nDate of birth: 14/03/2009\nAddress: «addr»\nParent/guardian: «full2»\nPhone: «phone»\nEmail: «email2»\nCourse: Spanish B1 (evenings)",
    ),
    (
        "form",
        "PET INSURANCE CLAIM\nPolicyholder: «u_lf»\nPet: Biscuit (Cocker Spaniel)\nVet: «full2», Orchard Vets, «city»\nBank account number: «acct»\nSort code: 20-44-17\nSigned: «full»",
    ),
    (
        "form",
        "Check this US rental application for gaps:\nName: «full»\nSSN: «ssn»\nCurrent address: «addr»\nEmployer phone: «phone»\nReference: «full2» («phone2»)",
    ),
    (
        "form",
        "MARINA BERTH APPLICATION\nOwner: «full»   Co-owner: «full2»\nVessel name: Lady Hamilton\nHome port: «city»\nTel: «intl»\nCard for deposit: «card»",
    ),
    (
        "form",
        "Is this direct debit mandate complete?\nAccount holder: «lf»\nIBAN: «iban»\nAddress: «addr»\nDate: «date»",
    ),
    # review
    (
        "review",
        "Turn this into a 5-star review reply: 'Our golden retriever loved her stay! «first» and «first2» at the kennel sent photos every day.' — posted by «firstl»",
    ),
    (
        "review",
        "★★☆☆☆ The food truck in «city» was slow. The guy at the till, «first», was lovely but the Caesar salad took forty minutes. — «full»",
    ),
    (
        "review",
        'Write a response to this review: "The Tesla we rented from the car-share was dirty and «full» from support never called me back on «phone». Never again." — «first2»',
    ),
    (
        "review",
        "Classify the sentiment: 'Best music teacher ever! «first» taught my son «word2» to play the Stratocaster in three months.'",
    ),
    # notes
    (
        "notes",
        "Meeting notes — solar install, «addr»\n- homeowner: «full» («phone»)\n- roof faces south, 22 panels\n- installer lead: «full2»\n- follow up w/ «first» re battery by «date»",
    ),
    (
        "notes",
        "physio notes: pt «full», dob 02/07/1971, left knee. referred by «init2». next review «date». emergency contact «full3» «phone»",
    ),
    (
        "notes",
        "Tidy up my notes from the genealogy fair:\n«full» - great-grandmother from «region», married «full2» in «city» 1887\nemail the archive: «email3»",
    ),
    (
        "notes",
        "TODO\n* ring «first» about the Dom Pérignon order for the wedding (tel «phone»)\n* catering for «full2»'s 40th at «addr»\n* invoice «ord»",
    ),
    # transcript
    (
        "transcript",
        "Clean up this call transcript:\nAGENT: Thanks for calling Brightwater Utilities, who am I speaking with?\nCALLER: It's «full».\nAGENT: And the account number?\nCALLER: «acct».\nAGENT: Thanks «first». And a phone number?\nCALLER: «phone».",
    ),
    (
        "transcript",
        "[00:01] «u_first»: so the shipment leaves «city» Monday\n[00:04] «u_first2»: and the broker is «full3»?\n[00:06] «u_first»: yes, he's on «phone»\n[00:09] «u_first2»: ok",
    ),
    (
        "transcript",
        "Summarise this interview:\nInterviewer: Tell me about your grandmother.\n«full»: She was «full2», from «country». She ran a bakery in «city» until the war.",
    ),
    # voice (voice-to-text, no capitals, little punctuation)
    (
        "voice",
        "hi this is «l_full» calling about my dog's grooming appointment can you call me back on «phone» thanks",
    ),
    (
        "voice",
        "note to self ask «l_first» whether «l_first2» is coming to the wine club tasting in «l_city» and book the minibus",
    ),
    (
        "voice",
        "message for «l_full» from the optician your glasses are ready to collect from our «l_city» branch we're open till six",
    ),
    ("voice", "remind me to call «l_first» at «phone» about the kayak hire and to email «email2»"),
    # ticket
    (
        "ticket",
        "Ticket «tkt» — customer «full» («email») reports the solar inverter shows error E07. Address: «addr». Callback: «phone». Assigned: @«first2»",
    ),
    (
        "ticket",
        "[«tkt»] Car-share member «lf» charged twice for booking «ord». Card: «card». Please refund and reply to «email».",
    ),
    (
        "ticket",
        "Priority: high\nReporter: «full»\nSummary: locker code not working at the «city» coworking space\nContact: «phone»\nNotes: «first2» from reception already reset it once",
    ),
    (
        "ticket",
        "Escalation from the language school: student «full» says her payment to IBAN «iban» bounced. Her tutor «full2» confirms attendance. Please check.",
    ),
    # ocr
    (
        "ocr",
        "Fix the OCR errors in this scanned receipt:\nTHE SILVER HAMMER JEWELLERS\n«u_city»\nCustomer: «u_full»\nRing resize 1x  «price»\nCard ****  «card»\nTe1: «phone»",
    ),
    (
        "ocr",
        "OCR of a business card, please extract fields:\n«u_full»\nHead Groomer\nPaws & Claws Studio\n«addr»\nM: «phone»  E: «email»",
    ),
    (
        "ocr",
        "Scanned W-9 text, what's missing?\nName: «full»\nSSN: «ssn»\nAddress: «addr»\nSignature: «full»  Date: «date»",
    ),
]
