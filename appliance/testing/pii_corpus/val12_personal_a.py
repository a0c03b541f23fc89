"""Templates with personal data of val12 (first half): chat, email, sms, whatsapp, letter,
form, review, notes, transcript, ticket, voice, ocr and srt shapes.

Written by hand by val12's author, blind to every other part of the corpus (only
`__init__.py` and `validity.py` were read). Slots are explained in `val12_gen`.
"""

from __future__ import annotations

TEMPLATES: tuple[tuple[str, str], ...] = (
    # chat: staff and customers asking an assistant
    (
        "chat",
        "[[p1]] here from the Eastbrook branch library. A patron, [[p2.i]], says the hold on "
        '"The Salt Road" (ISBN [[~isbn]]) vanished. Her card is linked to [[p2.e]]; can you draft '
        "an apology and say we'll call her on [[phone]]?",
    ),
    (
        "chat",
        "can you summarise this complaint for the council's bin team: resident [[p1.lf]] at "
        "[[addr]] says the brown bin was skipped three weeks running (collection ref [[~ref]]). "
        "callback [[phone]]",
    ),
    (
        "chat",
        "Rewrite politely: 'Mr [[p1.l]], your jury summons [[~ticket]] was deferred to "
        "[[~date]]; bring ID. Questions: [[email]] or [[phone]].'",
    ),
    (
        "chat",
        "[[p1.flc]]: hey is the escape room still booked for saturday?\n[[p2.flc]]: yes "
        "6 of us, the Pharaoh's Tomb room at [[~time]]\n[[p1.flc]]: cool, [[p3.f]] and [[w1.f]] "
        "said they're in",
    ),
    (
        "chat",
        'Translate into Spanish for the visa centre: "Applicant [[p1.uc]], passport '
        "renewal, born in [[city]], [[country]]. Appointment moved to [[~date]] [[~time]]. "
        'Contact: [[phone]]."',
    ),
    (
        "chat",
        "My grandmother [[p1]] is moving into Pinecrest next month and the home wants her "
        "pharmacy to deliver there. Her old address was [[addr]]. Which form do I fill in? "
        "(She takes the Earl Grey tea at breakfast, if that matters for the kitchen, lol) - [[p2.f]]",
    ),
    (
        "chat",
        "@[[p1.f]] can you check why the card [[card]] keeps failing on the cinema kiosk? "
        "Customer is [[p2]] and she's been charged twice for Mario Kart night.",
    ),
    (
        "chat",
        "I need a short thank-you note to [[w1]] from the animal shelter: she fostered "
        "three kittens (named Pepper, Biscuit and Sir Fluffington) and [[p1.f]] wants to "
        "mention it in the newsletter.",
    ),
    (
        "sms",
        "[[p1.f]], the cinema charged my card [[card]] twice, can you ask [[p2.f]] at "
        "the box office? my number's [[phone]]",
    ),
    (
        "chat",
        "Phone list for the window cleaning round, please sort by street: [[p1]] "
        "[[phone]]; [[p2]] [[phone2]]; [[p3]] [[phone3]]; [[p4.i]] [[phone4]]",
    ),
    (
        "transcript",
        "CALLER: I want to pay the shoe repair bill by card.\nSTAFF: Sure, the "
        "number?\nCALLER: [[card]], expiry 08/27.\nSTAFF: And the name on it?\nCALLER: "
        "[[p1.uc]].",
    ),
    (
        "whatsapp",
        "[[p1.f]]: new numbers for the allotment club\n[[p2.f]] [[phone]]\n[[p3.f]] "
        "[[phone2]]\n[[w1.f]] [[phone3]]",
    ),
    # email
    (
        "email",
        "Subject: wrong bank details\n\nHi,\nthe funeral plan refund went to my old "
        "account number [[acct]] instead of IBAN [[iban]]. Policy holder: [[p1]], SSN [[ssn]]. "
        "Reply to [[p1.e]].\n\n[[p1.f]]",
    ),
    (
        "email",
        "From: [[p1.e]]\nTo: [[email]]\nSubject: Lost umbrella on tram line 4\n\nHello,\n"
        "I left a green umbrella on the tram on [[~date]] around [[~time]]. My name is [[p1]] and "
        "you can reach me on [[phone]].\n\nThanks,\n[[p1.f]]",
    ),
    (
        "email",
        "Dear [[p1.f]],\n\nThank you for choosing SwiftMove. Your move from [[addr]] to "
        "[[addr2]] is booked for [[~date]]. Your crew lead will be [[p2]] ([[phone]]).\n\nA deposit "
        "of [[~price]] was taken from the card ending [[~n]]4.\n\nKind regards,\n[[p3.i]]\n"
        "Customer care",
    ),
    (
        "email",
        "Hi team,\n\nPlease refund the duplicate dental claim for [[p1.lf]] (policy "
        "[[~ref]]). She asked that the money go to IBAN [[iban]] rather than the card on file. "
        "Her dentist, Dr [[p2.l]] in [[city]], confirmed the filling was done once.\n\n[[p3.f]]",
    ),
    (
        "email",
        "Subject: Re: storage unit 114B\n\n[[p1]] wrote:\n> can my brother [[w1.f]] collect "
        "the boxes on my behalf?\n\nYes, as long as he brings photo ID. The unit is paid to "
        "[[~date]]. - [[p2]], Bluewharf Storage, [[phone]]",
    ),
    (
        "email",
        "Good morning,\n\nI'm writing on behalf of my father, [[p1.mi]], regarding the "
        "invoice [[~order]] from the hospital billing office. His Social Security number is "
        "[[ssn]] and his Medicare plan was active. Please call me, [[p2]], at [[phone]].\n\n"
        "[[p2.f]]",
    ),
    (
        "email",
        "To: [[p1.e]]\nCc: [[p2.e]]\n\nHi [[p1.f]] and [[p2.f]] - the scout camp at "
        "[[region]] is confirmed. Bring sleeping bags; the minibus leaves at [[~time]]. "
        "Emergency number on site: [[phone]].\n\nYours in scouting,\n[[p3]]",
    ),
    # sms
    (
        "sms",
        "Hi [[p1.f]], your locksmith [[p2.f]] is 10 mins away. Call [[phone]] if the gate "
        "code has changed.",
    ),
    ("sms", "[[p1.f]] it's [[p2.f]]! new number, save it: [[phone]]"),
    (
        "sms",
        "Pest control visit confirmed for [[addr]] on [[~date]]. Technician: [[p1]]. Reply "
        "STOP to opt out.",
    ),
    (
        "sms",
        "Reminder: [[p1.i]], your prescription is out for delivery today. Driver [[p2.f]] "
        "- [[phone]]",
    ),
    ("sms", "mum says can [[w1.f]] pick up [[p1.f]] from bowling at 7? call me [[phone]] x"),
    # whatsapp
    (
        "whatsapp",
        "[[~date]], [[~time]] - [[p1]]: Anyone seen my reading glasses? Left them at the "
        "book club\n[[~date]], [[~time]] - [[p2]]: [[p3.f]] has them!\n[[~date]], [[~time]] - "
        "[[p1]]: thank god",
    ),
    (
        "whatsapp",
        "[[p1.f]]: Window cleaner coming Thursday\n[[p2.f]]: the one from [[city]]?\n"
        "[[p1.f]]: yes [[p3]], his number is [[phone]]",
    ),
    (
        "whatsapp",
        "[[~time]] [[p1.flc]]: can someone send me [[p2.f]]'s address for the party "
        "invites\n[[~time]] [[p3.flc]]: [[addr]]\n[[~time]] [[p1.flc]]: ta",
    ),
    (
        "whatsapp",
        "Neighbourhood watch: a man knocked at [[addr]] saying he's from the water "
        "board. [[p1]] reported it to police non-emergency (ref [[~ref]]). If you see him call "
        "[[phone]]. - [[w1.f]]",
    ),
    (
        "whatsapp",
        "[[p1.f]]: Payment for the Tailor Made club jackets goes to [[p2.lf]], IBAN "
        "[[iban]], ref JACKET-[[~n]]\n[[p3.f]]: done 👍",
    ),
    # letter
    (
        "letter",
        "[[p1]]\n[[addr]]\n\n[[~date]]\n\nDear Sir or Madam,\n\nI write to report the "
        "theft of my bicycle from outside the library. My telephone number is [[phone]].\n\n"
        "Yours faithfully,\n\n[[p1.f]] [[p1.l]]",
    ),
    (
        "letter",
        "[[~date]]\n\nDear Mrs [[p1.l]],\n\nJury Summons: [[~ticket]]\n\nYou have been "
        "selected to serve at [[city]] Crown Court. If you cannot attend, write to the Jury "
        "Central Summoning Bureau quoting your juror number.\n\nSincerely,\n[[p2.i]]\n"
        "Jury Officer",
    ),
    (
        "letter",
        "To whom it may concern,\n\nI confirm that [[p1.mi]] has been a volunteer at the "
        "Quayside Zoo in [[city]] since [[~date]], working with the penguin keepers.\n\n"
        "[[p2]]\nVolunteer coordinator, [[phone]]",
    ),
    (
        "letter",
        "Dear [[p1.f]] and family,\n\nWe are so sorry for your loss. As discussed, the "
        "service for [[p2]] will take place on [[~date]]. Please settle the deposit to account "
        "number [[acct]] (sort code 20-45-[[~n]]).\n\nWith sympathy,\n[[p3]]",
    ),
    (
        "letter",
        "Embassy visa section\n\nRe: invitation letter for [[p1.luc]]\n\nI, [[p2]], of "
        "[[addr]], invite my cousin [[p1]] of [[city]], [[country]] to stay with me from "
        "[[~date]].\n\nSigned, [[p2.i]]",
    ),
    # form
    (
        "form",
        "LOST PROPERTY CLAIM\nName: [[p1.uc]]\nPhone: [[phone]]\nEmail: [[p1.e]]\nItem: "
        "black rucksack, Dell laptop inside\nLine/route: 38 night bus\nDate lost: [[~date]]",
    ),
    (
        "form",
        "Adoption application\nApplicant: [[p1.lf]]\nCo-applicant: [[p2]]\nAddress: "
        "[[addr]]\nOther pets: one cat (Mrs Whiskers)\nVet reference: Dr [[p3.l]], [[phone]]",
    ),
    (
        "form",
        "BLOOD DONOR REGISTRATION\nSurname: [[p1.l]]   Forename: [[p1.f]]\nDOB: "
        "[[~date]]\nMobile: [[phone]]\nSSN: [[ssn]]\nBlood group: O neg\nNext of kin: [[p2]]",
    ),
    (
        "form",
        "Camp sign-up | child: [[p1.f]] [[p1.l]] | age [[~n]] | parent: [[p2]] | tel "
        "[[phone]] | alt tel [[phone2]] | allergies: peanuts",
    ),
    (
        "form",
        "Pawn ticket [[~ref]]\nPledger: [[p1.luc]]\nID: passport, issued [[country]]\n"
        "Item: 9ct gold ring\nLoan: [[~price]]\nPay-out to acct [[acct]]",
    ),
    (
        "form",
        "Direct debit mandate - Harlowfield Council garden waste\nAccount holder: [[p1]]\n"
        "Account number: [[acct]]\nBank: Northern Mutual\nAddress: [[addr]]",
    ),
    # review
    (
        "review",
        "★★★★★ [[p1.f]] at the shoe repair counter fixed my heels in ten minutes. "
        "Ask for her! - [[p2.i]]",
    ),
    (
        "review",
        "Took the kids to the aquarium in [[city]]. The otter talk by [[p1]] was the best "
        "part, the Nemo tank was crowded. 4/5 - [[p2.f]]",
    ),
    (
        "review",
        "Terrible experience with the movers. [[p1.f]] and [[p2.f]] turned up three "
        "hours late and scratched my Bosch fridge. Reviewed by [[p3]]",
    ),
    ("review", "Our tailor [[p1]] took in my wedding suit perfectly. Lovely shop on [[addr]]."),
    (
        "review",
        "The theme park's Gandalf show was fun but the lost-child desk was slow. Thank "
        "you [[w1.f]] (the staff member in the yellow vest) for finding our son. [[p1.f]]",
    ),
    # notes
    (
        "notes",
        "Minutes, residents' forum\nPresent: [[p1]], [[p2]], [[p3.i]]\n- potholes on "
        "the ring road\n- [[p2.f]] to email the council ([[email]])\nNext meeting [[~date]]",
    ),
    (
        "notes",
        "to do: ring [[p1.f]] re cat sitting ([[phone]]), pay window cleaner, return "
        "library books, buy Granny Smith apples for [[w1.f]]",
    ),
    (
        "notes",
        "Retirement home handover - Room 12: [[p1.sf]], fell at [[~time]], daughter "
        "[[p2]] informed on [[phone]]. Room 14: [[p3]] refused lunch.",
    ),
    (
        "notes",
        "Shelter intake: dog found near [[addr]], brought in by [[p1]] "
        "([[p1.e]]). Microchip registered to [[p2.lf]], [[phone]].",
    ),
    (
        "notes",
        "Jury pool [[~date]]: [[p1.uc]], [[p2.uc]], [[p3.uc]] - all present. "
        "[[p4.uc]] excused (medical).",
    ),
    # transcript
    (
        "transcript",
        "AGENT: Police non-emergency, how can I help?\nCALLER: Hi, my name's [[p1]], "
        "someone keeps parking across my drive at [[addr]].\nAGENT: Can I take a number?\n"
        "CALLER: [[phone]].\nAGENT: Thanks [[p1.f]], reference [[~ref]].",
    ),
    (
        "transcript",
        "[[p1.f]]: So the tour starts at the penguin pool.\n[[p2.f]]: And the kids' "
        "club?\n[[p1.f]]: That's with [[p3]], near the Dory reef.\n[[p2.f]]: Great.",
    ),
    (
        "transcript",
        "Interviewer ([[p1]]): Where were you born?\n[[p2]]: In [[city]], in "
        "[[country]]. We moved when I was six.\nInterviewer: And your mother's name?\n"
        "[[p2]]: [[p3]].",
    ),
    (
        "transcript",
        "00:00:03 Speaker 1: this is [[p1.flc]] from the dental insurer calling "
        "for [[p2.flc]]\n00:00:09 Speaker 2: speaking\n00:00:12 Speaker 1: we need the claim "
        "form by [[~date]]",
    ),
    (
        "transcript",
        "MODERATOR: Next question from [[p1]].\n[[p1.uc]]: Why was the 17 bus "
        "cancelled?\nMODERATOR: Councillor [[p2.l]]?\n[[p2.uc]]: Budget, I'm afraid.",
    ),
    # ticket
    (
        "ticket",
        "[[~ticket]] | Priority: P3 | Reporter: [[p1]] | Summary: pharmacy delivery "
        "app shows wrong address ([[addr]]) for customer [[p2.lf]]. Customer phone [[phone]].",
    ),
    (
        "ticket",
        "Issue: payment declined at escape room kiosk\nCustomer: [[p1]]\nCard: [[card]]\n"
        "Device IP: [[ip]]\nAssigned to: @[[p2.flc]]",
    ),
    (
        "ticket",
        "Helpdesk #[[~n]]0[[~n]]: [[p1.f]] from Harbour Bowl cannot log into the booking "
        "tool from [[ip]]. Please reset. Manager: [[p2]].",
    ),
    (
        "ticket",
        "Request: update the storage customer's bank details. Old: [[iban]]. New: "
        "[[iban2]]. Requested by [[p1.i]] on [[~date]]. Verified by phone on [[phone]].",
    ),
    (
        "ticket",
        "Bug [[~ticket]]: toy library reminder emails go to the wrong member. Member "
        "[[p1]] got a reminder meant for [[p2]] ([[p2.e]]).",
    ),
    (
        "ticket",
        "Fraud review: cardholder [[p1.luc]] disputes [[~price]] at Oakley Pawn. Card "
        "[[card]], SSN on file [[ssn]]. Contact [[phone]].",
    ),
    # voice (speech to text, no capitals or punctuation)
    (
        "voice",
        "hi this is [[p1.lc]] calling about my moms funeral plan the policy number is "
        "[[~ref]] please call me back on [[phone]] thanks",
    ),
    ("voice", "hey siri text [[p1.flc]] i'm running late tell [[w1.f]] to start without me"),
    (
        "voice",
        "yeah so the locksmith [[p1.flc]] said he'd come to [[addr]] around four can you "
        "ring him on [[phone]]",
    ),
    (
        "voice",
        "note to self ask [[p1.lc]] about the zoo membership and pay [[p2.flc]] back for "
        "the cinema tickets",
    ),
    (
        "voice",
        "hello my name is [[p1.lc]] my card number is [[card]] i want to cancel the "
        "window cleaning",
    ),
    # ocr (scanned documents, all caps, broken lines)
    (
        "ocr",
        "REPUBLIC OF [[country]]\nPASSPORT\nSurname / Nom\n[[p1.l]]\nGiven names / "
        "Prénoms\n[[p1.f]]\nPlace of birth\n[[city]]",
    ),
    (
        "ocr",
        "RIVERSIDE GENERAL HOSPITAL BILLING\nPATIENT: [[p1.luc]]\nACCOUNT NO. [[acct]]\nAMOUNT DUE "
        "[[~price]]\nPAY BY PHONE [[phone]]",
    ),
    (
        "ocr",
        "RECEIPT - CITY PAWN & LOAN\nCUSTOMER [[p1.uc]]\nTEL [[phone]]\nITEM 1 GUITAR "
        "(FENDER STRAT) [[~price]]",
    ),
    ("ocr", "LIBRARY CARD\n[[p1.uc]]\nMember since [[~date]]\n[[addr]]"),
    (
        "ocr",
        "DIRECT DEPOSIT FORM\nEMPLOYEE [[p1.uc]]  SSN [[ssn]]\nROUTING 0210[[~n]]8\n"
        "CHECKING ACCOUNT [[acct]]",
    ),
    # srt (subtitles of recorded calls and videos)
    (
        "srt",
        "1\n00:00:01,000 --> 00:00:03,500\nWelcome back to the Quayside Zoo podcast, I'm "
        "[[p1]].\n\n2\n00:00:03,600 --> 00:00:06,000\nToday with keeper [[p2]] from [[city]].",
    ),
    (
        "srt",
        "12\n00:04:10,200 --> 00:04:12,900\n[[p1.uc]]: Did you call [[p2.f]]?\n\n13\n"
        "00:04:13,000 --> 00:04:15,100\n[[p3.uc]]: She's at [[addr]] now.",
    ),
    (
        "srt",
        "3\n00:00:08,000 --> 00:00:10,000\nFor bookings call [[phone]]\n\n4\n"
        "00:00:10,100 --> 00:00:12,000\nor ask for [[p1.f]] at the front desk.",
    ),
    ("srt", "7\n00:01:02,500 --> 00:01:05,000\n- [[w1.f]], come meet [[p1.f]].\n- Hi, [[p1.f]]!"),
)
