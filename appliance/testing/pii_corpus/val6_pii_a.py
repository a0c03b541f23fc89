"""Templates with personal data for val6, prose-like shapes (written blind; see val6.py).

A slot is written <<name>>: <<A.full>> is person A's name in one of the forms of
`val6_values.Person.render` (<<A.email>> and <<A.wemail>> are e-mail addresses made from it);
<<city>>, <<region>>, <<country>>, <<addr>> are places; <<phone>> (<<phone@GB>> for one of a
region), <<email>>, <<card>>, <<iban>>, <<ip4>>, <<ip6>>, <<ssn>>, <<ssnd>> (digits only),
<<acct>> are the other planted values; a decoy (<<date>>, <<order>> ...) is plain text. A
trailing digit makes a second value of a kind (<<phone2>>); the same slot in one template is
the same value.
"""

from __future__ import annotations

PII_A: tuple[tuple[str, str], ...] = (
    # ---- chat: people asking the model for help -------------------------------------------
    (
        "chat",
        "Can you help me write a short thank-you note to <<A.first>> and <<B.first>>? They hosted our team offsite near <<city>> last weekend and <<A.first>>'s cooking was the highlight of the trip.",
    ),
    (
        "chat",
        "<<A.full>> starts Monday as a payroll analyst. Draft a welcome message from me, <<B.full>>, that mentions the desk phone <<phone>> and says IT will write to <<A.wemail>> with login details.",
    ),
    (
        "chat",
        "my neighbour <<A.lower_first>> keeps parking across our drive at <<addr>>. how do i ask them to stop without starting a feud? they're lovely otherwise",
    ),
    (
        "chat",
        'Rewrite this so it sounds less angry: "Hi <<A.first>>, this is the third time the invoice for <<order>> has been wrong. Please call me on <<phone>> today." Thanks, <<B.first>>',
    ),
    (
        "chat",
        "I volunteer with a food bank in <<city>>. Write a two-line shout-out for our newsletter thanking <<A.full>>, <<B.full>> and <<C.nick>> for running the Saturday van all winter.",
    ),
    (
        "chat",
        'Help me reply to a dating match. Their profile says: "<<A.first>>, 34, <<city>>. Hiking, bad puns, excellent dumplings." I\'m <<B.first>> and I also love dumplings. Keep it light.',
    ),
    (
        "chat",
        "Please write a condolence card message for <<A.full>>, whose father passed away last week. We worked together for nine years at the depot. Sign it from <<B.first>> and <<C.first>>.",
    ),
    (
        "chat",
        'Translate into Spanish for our tenant: "Dear <<A.full>>, the plumber will visit <<addr>> on <<date>> between 9 and 12. If that does not suit, ring the office on <<phone>>."',
    ),
    (
        "chat",
        "<<A.first>> from accounts asked me to move the refund to a different card. Old card <<card>>, new card <<card2>>. Is it safe to do that over chat, or should I ask them to call?",
    ),
    (
        "chat",
        "I'm planning my sister's hen do in <<city>>. Guests so far: <<A.first>>, <<B.nick>>, <<C.first>>, <<D.first>>. Can you suggest a two-day itinerary under 300 each?",
    ),
    (
        "chat",
        "Write a polite reference request to Prof. <<A.family>> at <<A.wemail>> for my PhD application to the lab in <<city>>. I took the module in 2022 and my name is <<B.full>>.",
    ),
    (
        "chat",
        "Summarise the complaint from <<A.full>> (customer since 2016, <<addr>>) about the boiler engineer not turning up twice, and suggest a goodwill gesture.",
    ),
    (
        "chat",
        "is this text a scam? 'Hi mum its <<A.first>>, my phone broke, this is my new number <<phone>>, can u send 200 to <<iban>> urgently x'",
    ),
    (
        "chat",
        "<<A.first>> <<A.family>> is my co-founder. Write a LinkedIn post announcing that <<A.first>> is moving to <<city>> to open our second office, and thank <<B.full>> for the introduction.",
    ),
    # ---- email ------------------------------------------------------------------------------
    (
        "email",
        "From: <<A.full>> <<<A.wemail>>>\nTo: claims@brightwater-insurance.com\nSubject: Claim <<claim>> - water damage\n\nHello,\n\nFurther to my call with your adjuster <<B.full>> on <<date>>, I attach the plumber's report for <<addr>>. You can reach me on <<phone>> after 5pm.\n\nRegards,\n<<A.first>>",
    ),
    (
        "email",
        'Hi <<A.first>>,\n\nThanks for registering for the Northgate Materials Workshop. Your badge will read "<<A.mid_init>>, <<city>>". Dietary note recorded: vegetarian. Please confirm your arrival on <<date>>.\n\nBest,\n<<B.first>> <<B.family>>\nConference office',
    ),
    (
        "email",
        'Please summarise this email for my manager:\n\n"Dear <<A.full>>, I am writing on behalf of my client <<B.full>> regarding the council tax account for <<addr>>. The bill sent on <<date>> double-counts the single-person discount. My client\'s phone is <<phone>>. Yours sincerely, <<C.full>>"',
    ),
    (
        "email",
        "Subject: payroll correction for <<A.fam_given>>\n\nHi team, <<A.first>>'s March pay went to the old account. New bank account number <<acct>>, sort code 20-45-77. Please re-run before Friday. Thanks, <<B.first>>",
    ),
    (
        "email",
        "Dear Dr <<A.family>>,\n\nI hope you are well. I'm a second-year student in <<city>> and would love you to supervise my dissertation on soil carbon. My CV is attached; my phone is <<phone>> and my university address is <<B.wemail>>.\n\nKind regards,\n<<B.full>>",
    ),
    (
        "email",
        'Can you make this email shorter? "Hello <<A.first>>, as discussed, the parish hall is booked for <<B.first>> and <<C.first>>\'s wedding reception on <<date>>. The caterer, <<D.full>>, will need access from 10am; their mobile is <<phone>>."',
    ),
    (
        "email",
        "To: <<A.email>>; <<B.email>>\nCc: <<C.wemail>>\nSubject: volunteer rota - <<date>>\n\nHi both, you're on the 8-12 shift at the warehouse. If you can't make it, text <<C.first>> on <<phone>>. Thanks for all you do!",
    ),
    (
        "email",
        "Hi <<A.first>>, quick one: the client in <<city>> wants the signed lease back by Thursday. Tenant is <<B.full>>, guarantor <<C.full>>. Can you courier it to <<addr>>? Cheers, <<D.nick>>",
    ),
    (
        "email",
        "From: <<A.wemail>>\nSubject: Re: reference for <<B.full>>\n\n<<B.first>> worked in my team for four years and was reliable, calm with customers and good with the rota. Happy to talk: <<phone>>.\n\n<<A.full>>\nStore manager",
    ),
    # ---- sms --------------------------------------------------------------------------------
    (
        "sms",
        "Hi <<A.ascii_first>>, your Linden Auto service is booked for <<date>> at <<time>>. Reply C to cancel or call <<phone>>.",
    ),
    ("sms", "<<A.first>> running 10 min late, parked outside <<addr>>. <<B.first>>"),
    ("sms", "Kestrel Air: <<A.ascii>>, flight <<flight>> now departs <<time>>. Rebook: <<phone>>"),
    (
        "sms",
        "Reminder from Dr <<A.family>>'s surgery: appointment for <<B.ascii>> on <<date>>. To change call <<phone>>.",
    ),
    ("sms", "hey its <<A.lower_first>> - new number, save it. old one is dead. <<phone>>"),
    (
        "sms",
        "Tallis Telecom: we received a request to move <<phone>> to another provider. If this wasn't you, <<A.first>>, call us free before <<date>>.",
    ),
    (
        "sms",
        "Your courier <<A.first>> will deliver parcel <<order>> to <<addr>> between <<time>> and 18:00.",
    ),
    # ---- whatsapp ---------------------------------------------------------------------------
    (
        "whatsapp",
        "[<<date>>, 19:02] <<A.first>>: who's bringing the cake saturday?\n[<<date>>, 19:04] <<B.first>>: me! <<C.first>> is doing balloons\n[<<date>>, 19:05] <<A.first>>: amazing. party's at <<D.first>>'s, <<addr>>\n[<<date>>, 19:07] <<C.first>>: 👍\n\nsummarise this chat for <<D.first>> who just joined",
    ),
    (
        "whatsapp",
        "<<A.nick>>: can someone pick up gran from <<city>> station?\n<<B.nick>>: i can after 4\n<<A.nick>>: ty!! her number is <<phone>> if the train's late\n\nturn this into a checklist please",
    ),
    (
        "whatsapp",
        "Family group, translate to English please:\n<<A.first>>: Mañana vamos a <<city>> a ver a la abuela\n<<B.first>>: Llámame al <<phone>> cuando lleguéis\n<<C.first>>: vale 😘",
    ),
    (
        "whatsapp",
        "<<A.first>> added <<B.first>>\n<<B.first>>: hi all, new to the allotment group! plot 14\n<<C.first>>: welcome <<B.first>>! the water tap code is on the shed, ask <<A.first>> if stuck\n\nwrite a friendly welcome pinned message based on this",
    ),
    (
        "whatsapp",
        "[<<time>>] <<A.full>>: Match moved to the away ground in <<city>>, kickoff 2pm\n[<<time>>] <<B.full>>: can't drive this week, anyone have space?\n[<<time>>] <<C.nick>>: I've got 3 seats, call <<phone>>\n\nwho needs a lift?",
    ),
    (
        "whatsapp",
        "Mum: <<A.first>> have you paid the electric yet\n<<A.first>>: yes, from my card ending, wait, full number is <<card>> lol\nMum: DON'T put that in the chat!!\n\nhow do I delete a message for everyone?",
    ),
    # ---- letter -----------------------------------------------------------------------------
    (
        "letter",
        "<<A.full>>\n<<addr>>\n\n<<date>>\n\nDear Sir or Madam,\n\nRe: Housing Benefit claim <<ref>>\n\nI am writing to report a change of circumstances. My partner <<B.full>> moved in with me on 1 March. Please contact me on <<phone>> if you need documents.\n\nYours faithfully,\n<<A.full>>",
    ),
    (
        "letter",
        "Please proofread this letter:\n\nDear <<A.first>>,\n\nOn behalf of the Ashgrove congregation, thank you for your gift to the roof appeal. Your Gift Aid declaration is recorded against <<A.full>>, <<addr>>.\n\nWith gratitude,\nRev. <<B.full>>",
    ),
    (
        "letter",
        "Dear Mr <<A.family>>,\n\nYour vehicle (VIN <<vin>>) is affected by a safety recall on the rear brake hose. Please book a free repair with our dealer in <<city>> on <<phone>>.\n\nLinden Auto Customer Care",
    ),
    (
        "letter",
        "To whom it may concern,\n\nI have known <<A.full>> for six years as the farm manager at Veldt Agri near <<city>>, <<country>>. <<A.first>> is honest and hard-working and I recommend them without reservation.\n\n<<B.full>>\n<<phone>>",
    ),
    (
        "letter",
        "Draft a formal reply from the council to <<A.full>> of <<addr>>, confirming that the parking permit for vehicle <<ref>> is valid from <<date>> and that payment of 48.00 was taken from card <<card>>.",
    ),
    (
        "letter",
        "Dear <<A.first>> and <<B.first>>,\n\nWe are delighted to confirm your wedding at the chapel on <<date>>. Our coordinator <<C.full>> will call you on <<phone>> to arrange the rehearsal.\n\nWarm wishes,\nThe Parish Office",
    ),
    # ---- form -------------------------------------------------------------------------------
    (
        "form",
        "PASSENGER PROPERTY IRREGULARITY REPORT\nName: <<A.airline>>\nFlight: <<flight>>  Date: <<date>>\nBag tag: <<ref>>\nDelivery address: <<addr>>\nContact: <<phone>>\nEmail: <<A.email>>\nDescription: black hard-shell, red strap",
    ),
    (
        "form",
        "Extract the fields from this form into JSON:\n\nSURNAME: <<A.caps_family>>\nFIRST NAMES: <<A.caps_first>>\nDATE OF BIRTH: <<date>>\nSSN: <<ssn>>\nADDRESS: <<addr>>\nPHONE: <<phone@US>>",
    ),
    (
        "form",
        "Membership application - Riverside RFC\nFull name: <<A.mid>>\nPreferred name: <<A.nick>>\nEmergency contact: <<B.full>> (<<phone>>)\nDirect debit IBAN: <<iban>>\nSigned: <<A.full>>",
    ),
    (
        "form",
        "BENEFIT CLAIM - PART 2\nApplicant: <<A.fam_given>>\nSocial Security Number: <<ssn>>\nHousehold members: <<B.full>>; <<C.full>>\nBank account number: <<acct>>\nDaytime phone: <<phone>>",
    ),
    (
        "form",
        "Grant application cover sheet\nPrincipal investigator: <<A.mid_init>>\nCo-investigators: <<B.initial>>, <<C.west>>\nInstitution city: <<city>>\nContact email: <<A.wemail>>\nRequested: 148,500 over 36 months",
    ),
    (
        "form",
        "Is anything missing from this port-in request?\nAccount holder: <<A.caps>>\nNumber to port: <<phone>>\nService address: <<addr>>\nPAC code: <<ref>>\nAlt. contact: <<B.email>>",
    ),
    (
        "form",
        "Volunteer sign-up\nName: <<A.full>>\nPhone: <<phone>>\nEmail: <<A.email>>\nAvailability: weekends\nReferred by: <<B.first>>",
    ),
    # ---- review -----------------------------------------------------------------------------
    (
        "review",
        "★★★★★ <<A.first>> at the Sunfield store in <<city>> sorted my return in five minutes and even found the right charger. Ask for <<A.first>>! - <<B.first_init>>",
    ),
    (
        "review",
        'Classify the sentiment of this review: "Booked a service, waited two hours, and <<A.full>> at the desk just shrugged. Never again." - <<B.full>>, <<city>>',
    ),
    (
        "review",
        "Two stars. The delivery driver left my parcel at <<addr>>, which is not my house. The neighbour, <<A.first>>, was kind enough to bring it over. <<B.first_init>>",
    ),
    (
        "review",
        'Respond politely to this Google review: "The landlord <<A.full>> never answers the phone (<<phone>>). Heating broken for 3 weeks."',
    ),
    (
        "review",
        "Great guesthouse outside <<city>>! <<A.first>> and <<B.first>> made us breakfast every day and drove us to the station. Highly recommended. - <<C.full>> from <<country>>",
    ),
    # ---- notes ------------------------------------------------------------------------------
    (
        "notes",
        "Adjuster notes, claim <<claim>>:\n- Spoke to insured <<A.full>> <<date>>, says roof leak began after storm\n- Contractor <<B.full>> quoted 3,200\n- Site visit at <<addr>> Tue\n- Call back on <<phone>>\nTurn these into a report paragraph.",
    ),
    (
        "notes",
        "1:1 notes with <<A.first>> - wants to move to the <<city>> office next year; raised concern about <<B.first>>'s workload; follow up with <<C.full>> in HR. Make this into three action items.",
    ),
    (
        "notes",
        "Meeting minutes, Fernhill PTA, <<date>>\nPresent: <<A.full>>, <<B.full>>, <<C.full>>, <<D.nick>>\nApologies: <<E.full>>\nAction: <<B.first>> to contact the bakery on <<phone>> about the fair.",
    ),
    (
        "notes",
        "interview notes - <<A.lower>> - 8 yrs experience in logistics, currently in <<city>>, notice 1 month, references: <<B.full>>, <<C.full>>. strong on excel. second interview?",
    ),
    (
        "notes",
        "Pastoral visits this week: <<A.full>> (hospital, ward 6), <<B.full>> at home, <<addr>>, and call <<C.first>> on <<phone>> re: the baptism.",
    ),
    (
        "notes",
        "Co-op board: <<A.first>> proposed buying the second grain dryer; <<B.first>> against. Vote next month. Supplier contact <<C.full>>, <<phone>>, <<C.wemail>>.",
    ),
    # ---- transcript -------------------------------------------------------------------------
    (
        "transcript",
        "Agent: Thanks for calling Tallis, who am I speaking with?\nCaller: It's <<A.full>>.\nAgent: And the number on the account?\nCaller: <<phone>>.\nAgent: And the first line of your address?\nCaller: <<addr>>.\n\nWrite a summary of this call for the CRM.",
    ),
    (
        "transcript",
        "[00:00:04] ADJUSTER: This is <<A.full>> from Brightwater, am I speaking with <<B.full>>?\n[00:00:07] INSURED: Yes, speaking.\n[00:00:10] ADJUSTER: I'm calling about the car accident in <<city>> on <<date>>.\n\nExtract the key facts.",
    ),
    (
        "transcript",
        "Interviewer: Can you state your name for the recording?\n<<A.first>>: <<A.full>>. I've farmed near <<city>> for thirty years.\nInterviewer: And how did the drought affect you?\n\nClean up this transcript for publication.",
    ),
    (
        "transcript",
        "Agent: Kestrel Air, how can I help?\nCustomer: My flight <<flight>> was cancelled. The booking's under <<A.airline>>, and my daughter <<B.first>> is with me.\nAgent: Can I get a number to text the new itinerary to?\nCustomer: <<phone>>.\n\nDid the agent follow the rebooking script?",
    ),
    (
        "transcript",
        'Voicemail, <<time>>: "Hi, this is <<A.first>> from the lettings team. The tenant at <<addr>> reported a leak. Call me back on <<phone>>, thanks." Transcribe and summarise this.',
    ),
    # ---- ticket -----------------------------------------------------------------------------
    (
        "ticket",
        "Ticket <<ticket>> | Priority: P3\nReporter: <<A.full>> (<<A.wemail>>)\nSummary: VPN drops every 10 minutes since the update\nDetails: client IP <<ip4>>, laptop ASSET-<<n>>. Works from home in <<city>>, fails in the office.\nSuggest next troubleshooting steps.",
    ),
    (
        "ticket",
        "Please triage: \"Hi, I'm <<A.full>>, I ordered <<order>> and it arrived broken. I've emailed twice from <<A.email>> and called <<phone>> with no answer. I want a refund to my card <<card>>.\"",
    ),
    (
        "ticket",
        "Jira <<ticket>>: User <<A.first>> <<A.family>> can't access the donor CRM. Last login from <<ip4>>. Manager <<B.full>> approved access. Resolve?",
    ),
    (
        "ticket",
        "#<<ticket>> Lost luggage\nPassenger: <<A.caps>>\nRoute: <<city>> → <<city2>>\nPhone: <<phone>>\nNotes: bag contains insulin, urgent; passenger's partner <<B.first>> will collect",
    ),
    (
        "ticket",
        'Zendesk ticket from <<A.email>>: "My account was charged twice. Please refund the second payment to IBAN <<iban>> instead of the card." Draft the agent reply to <<A.first>>.',
    ),
    (
        "ticket",
        "IT helpdesk - new starter setup\nName: <<A.full>>\nStart: <<date>>\nManager: <<B.full>>\nEmail to create: <<A.wemail>>\nMobile for MFA: <<phone>>",
    ),
    (
        "email",
        "Subject: change of bank details\n\nHi <<A.first>>, please update my payout details for the co-op harvest payments. New IBAN: <<iban>> (the old one, <<iban2>>, closes this month). Thanks, <<B.full>>, plot holder in <<region>>",
    ),
    (
        "chat",
        "My card <<card>> was charged twice by Sunfield for order <<order>>. Write a dispute letter to my bank; the account number is <<acct>> and my name is <<A.full>>.",
    ),
    (
        "sms",
        "Brightwater: payment of <<amount>> received from account number <<acct>>. Thank you, <<A.first>>.",
    ),
    (
        "form",
        "W-4 helper: Employee <<A.full>>, SSN <<ssnd>>, filing status single, second job at a store in <<city>>. Which box do I tick?",
    ),
    (
        "chat",
        "Slack thread: '@<<A.first>> the export for <<order>> failed again, can you check? cc @<<B.nick>>' and <<B.nick>> replied 'on it'. Write a status update for the channel.",
    ),
    (
        "chat",
        "<<A.lower_first>> and <<B.lower_first>> are getting married in <<country>> next june!! help me write a toast for <<A.lower_first>>'s big brother to give, funny but not embarrassing",
    ),
)
