"""val41 templates, conversational shapes: chat, sms, email, letter and voice (dictation:
lower case, no punctuation). Slots as in `val41_render`."""

from __future__ import annotations

from appliance.testing.pii_corpus.val41_render import Template as T

TEMPLATES: list[T] = [
    # ---- chat ----------------------------------------------------------------------
    T("chat", "beekeeping",
      "hi, quick one: ⟦p1.g⟧ from the apiary group says the Langstroth hive I borrowed has a "
      "cracked roof. Can you draft a polite message asking to swap it at Saturday's meet? Number "
      "is "
      "⟦phone⟧ if that helps"),
    T("chat", "weddings",
      "ok so the couple are ⟦p1⟧ and ⟦p2⟧, venue is ⟦addr⟧. they want Beef Wellington for the "
      "mains and Bellinis at the bar, and ⟦dish⟧ for the kids. can u write a menu card, "
      "nothing too fancy", case="lower"),
    T("chat", "kennel",
      "Can you help me word a reply? ⟦p1.t⟧ ⟦p1.f⟧ wants to book our stud dog ⟦pet⟧ "
      "(Dobermann, hips 4/5, named after ⟦character⟧) and asked for the contract at ⟦p1.email⟧. "
      "Keep it short."),
    T("chat", "yacht",
      "Write a reminder for tomorrow's regatta: helms ⟦p1⟧, ⟦p2.i⟧ and ⟦p3.g⟧ need to sign "
      "the race declaration at the ⟦city⟧ clubhouse before 09:30; two crews are visiting "
      "from ⟦country⟧. Give the wind on the Beaufort scale."),
    T("chat", "bicycle",
      "Draft a text to ⟦p1.g⟧ saying the wheel rebuild with Campagnolo hubs is done, total "
      "⟦price⟧, ready from ⟦time⟧. Their mobile: ⟦phone⟧"),
    T("chat", "pharmacy",
      "I need to fill in an insurance pre-auth for a compounded refill. Patient ⟦p1⟧, DOB "
      "⟦date⟧, SSN ⟦ssn⟧, prescriber ⟦p2.t⟧ ⟦p2.f⟧. The base is Whitfield's ointment. What fields "
      "am I "
      "missing?"),
    T("chat", "boardgame",
      "lol ⟦p1.g⟧ beat ⟦p2.g⟧ at the chess night again, elo now ~1850 (played the Ruy Lopez). can "
      "you make a "
      "leaderboard post? ⟦p1.g⟧'s table was 7 and ⟦p3⟧ came third", case="lower"),
    T("chat", "circus",
      "We're hiring a rigger. Applicant ⟦p1⟧ sent references from ⟦p2.t⟧ ⟦p2.f⟧ and "
      "⟦p3.gl⟧. Can you write three interview questions about Astley's ring and load ratings?"),
    T("chat", "beekeeping",
      "Can you explain the difference between ⟦dom⟧ and ⟦dom2⟧? We run 14 colonies and I'm "
      "deciding which frames to order (quote ⟦order⟧, ⟦price⟧ for 50). We hope for "
      "heather honey this year."),
    T("chat", "circus",
      "what's the knack to the Elmsley count? our show opens ⟦date⟧, rehearsal slot is ⟦time⟧. "
      "also is "
      "the big top ok if ⟦storm⟧ comes through, poles are rated to 45 mph"),
    T("chat", "dental",
      "Summarise the Bass technique vs a Hawley retainer for a patient leaflet. Under 150 words, "
      "reading age 12. "
      "Leaflet code ⟦sku⟧, print run ⟦lot⟧. Mark it as a draft."),
    T("chat", "watchmaker",
      "A customer's watch with a Breguet overcoil runs +14 s/day after service ⟦order⟧. Could it "
      "be "
      "magnetism? Amplitude 245°, beat error 0.4 ms, our service sheet ⟦ver⟧."),
    T("chat", "library",
      "For the quiz night I need ten questions: one on ⟦theorem⟧, one on ⟦law⟧, one on "
      "⟦building⟧, one on ⟦prize⟧ winners, one on the racehorse ⟦horse⟧ and one on "
      "⟦field⟧. Answers on a separate sheet, please."),
    # ---- sms -----------------------------------------------------------------------
    T("sms", "fishing",
      "⟦p1.g⟧ - ⟦ship⟧ landed 40 boxes, auction at 6. Buyer ⟦p2⟧ wants 12 of hake, call "
      "⟦phone⟧"),
    T("sms", "dental",
      "Reminder: ⟦p1.g⟧, your check-up with ⟦p2.t⟧ ⟦p2.f⟧ is on ⟦date⟧ at ⟦time⟧. Reply C to "
      "cancel or call ⟦phone⟧."),
    T("sms", "tattoo",
      "hey its ⟦p1.g.lc⟧ from the studio, ur Sailor Jerry swallow touch up is booked for ⟦date⟧. "
      "gift card ⟦fcard⟧ not valid here, deposit "
      "£40 to acct ⟦acct⟧ sort code ⟦sort⟧, ref ⟦p2.f⟧ pls"),
    T("sms", "coastguard",
      "PAGER: launch ALB, ⟦aircraft⟧ tasked. Crew ⟦p1.i⟧, ⟦p2.i⟧, ⟦p3.i⟧ to station. Vessel "
      "aground near ⟦city⟧, owner ⟦p4⟧ on ⟦phone⟧"),
    T("sms", "kennel",
      "Pickup confirmed for ⟦date⟧. ⟦p1⟧ will bring the pup's papers. Balance £650 to IBAN "
      "⟦iban⟧ please. Thanks, ⟦p2.g⟧"),
    T("sms", "bells",
      "Practice moved to ⟦time⟧ tonight. ⟦p1.g⟧ is calling Kent Treble Bob, tower key from ⟦p2⟧ "
      "at "
      "⟦addr⟧"),
    T("sms", "optician",
      "⟦p1.t⟧ ⟦p1.f⟧, your contact lens trial is on ⟦date⟧. Questions? ⟦phone⟧ or "
      "⟦phone2⟧ (weekends)."),
    T("sms", "farming",
      "Show entries close ⟦date⟧. Class 14 reminder: Johne's disease testing applies, no entries "
      "from herds under "
      "restriction. Ref ⟦order⟧, holding no. ⟦fphone⟧. Reply STOP to opt out"),
    T("sms", "optician",
      "Your glasses are ready to collect (job ⟦order⟧). Zeiss lenses, balance ⟦price⟧. Open till "
      "⟦time⟧. Will you need a spare case? Reply Y."),
    T("sms", "bicycle",
      "Parts in: Brooks saddle + Schrader tubes, ⟦sku⟧. Fitting slot ⟦date⟧ ⟦time⟧. Quote "
      "⟦price⟧."),
    T("sms", "collecting",
      "Lot ⟦num⟧ (⟦dom⟧) closed at ⟦price⟧. Next sale ⟦date⟧. Catalogue ISBN ⟦isbn⟧. Paddle card "
      "⟦fcard⟧."),
    # ---- email ---------------------------------------------------------------------
    T("email", "library",
      "From: ⟦p1⟧ <⟦p1.email⟧>\nTo: ⟦email⟧\nSubject: Overdue notice query\n\nHello,\n\n"
      "I got a notice about two copies of ⟦lecture⟧ transcripts (item ⟦sku⟧) but I returned "
      "them to the ⟦city⟧ branch on ⟦date⟧. Could you check? The card is in my name, "
      "⟦p1.lf⟧.\n\nThanks,\n⟦p1.g⟧"),
    T("email", "genealogy",
      "Subject: Re: baptism register, ⟦year⟧\n\nDear ⟦p1.t⟧ ⟦p1.f⟧,\n\nThank you for the "
      "transcription. The entry lists ⟦p2⟧ as sponsor and ⟦p3.i⟧ as parish clerk. I think "
      "⟦p2.g⟧'s family came from ⟦region⟧; could the Sosa-Stradonitz numbering help narrow it "
      "down?\n\nKind regards,"
      "\n⟦p4⟧\n⟦p4.email⟧ | ⟦phone⟧ | ⟦p4.url⟧"),
    T("email", "masons",
      "To: ⟦p1.email⟧\nCc: ⟦email⟧\nSubject: Memorial proof ⟦order⟧\n\nDear ⟦p1.g⟧,\n\n"
      "Attached is the proof. Lettering: \"In loving memory of ⟦p2⟧, ⟦year⟧-⟦year2⟧\" in "
      "Gill Sans, raised lead. The plot is section F, row 12. The deposit of £300 can go to "
      "account number ⟦acct⟧ (sort code ⟦sort⟧).\n\nRegards,\n⟦p3⟧"),
    T("email", "choir",
      "Subject: Spring concert seating\n\nHi all,\n\nSoloists: ⟦p1⟧ (soprano), ⟦p2⟧ (tenor). "
      "⟦p3.g⟧ is covering for ⟦p4.g⟧, who is away. We finish with the brass arrangement "
      "(⟦dom⟧ in the notes), so bring your folders.\n\nQuestions to ⟦email⟧ or ⟦phone⟧."),
    T("email", "pharmacy",
      "From: ⟦email⟧\nTo: ⟦p1.email⟧\nSubject: Your compounded prescription ⟦order⟧\n\n"
      "Dear ⟦p1.t⟧ ⟦p1.f⟧,\n\nYour cream is ready (base: Burow's solution). We could not charge "
      "the "
      "card ⟦card⟧; please call ⟦phone⟧ to update it.\n\n⟦p2⟧, dispensary"),
    T("email", "circus",
      "Subject: Invoice for the summer season\n\nHello ⟦p1.g⟧,\n\nPlease find invoice ⟦inv⟧ "
      "for the aerial rig hire. Payment to IBAN ⟦iban⟧, account holder ⟦p2⟧. The Pepper's ghost "
      "crate ships from our ⟦city⟧ yard on ⟦date⟧; we tour ⟦country⟧ and ⟦country2⟧ in "
      "spring.\n\nBest,\n⟦p2.g⟧"),
    T("email", "optician",
      "Subject: Frame repair\n\n⟦p1.email⟧ wrote:\n> Hi, the hinge on my ⟦brand⟧ frames "
      "snapped. Can ⟦p2.g⟧ look at it?\n\nHi ⟦p1.g⟧, yes: bring them in any weekday. ⟦p2⟧ is "
      "in from ⟦time⟧.\n⟦email⟧"),
    T("email", "yacht",
      "Subject: Club newsletter, ⟦date⟧\n\nDear members,\n\nEntries for the Wingfield Sculls are "
      "open until "
      "⟦date2⟧. Crane-out is booked for ⟦time⟧; the fee is ⟦price⟧ per boat. Storm damage "
      "from ⟦storm⟧ has been repaired (invoice ⟦inv⟧). Berth licence numbers have changed; yours "
      "is on the "
      "new card, e.g. ⟦fcard⟧.\n\nDetails: ⟦url⟧\n\nThe committee"),
    T("email", "nursery",
      "Subject: Seed order ⟦order⟧ dispatched\n\nHello,\n\nYour parcel (tracking ⟦track⟧) "
      "holds: Boysenberry canes x2, Dahlia tubers x1, Bramley seedlings x3. Total ⟦price⟧. "
      "Germination notes: ⟦url⟧\n\n"
      "Holly and ivy wreath kits return in November. Happy sowing!"),
    T("email", "library",
      "Subject: Catalogue maintenance ⟦date⟧\n\nColleagues,\n\nThe catalogue will be read-only "
      "from ⟦time⟧ while we move to ⟦ver⟧. Dewey Decimal ranges 500-599 are being re-shelved. "
      "Ticket ⟦order⟧ tracks the work.\n\nSystems team"),
    T("email", "kennel",
      "Subject: Championship show schedule\n\nEntries close ⟦date⟧. Judging starts ⟦time⟧; "
      "Dobermann classes in ring 3, Gordon setters in ring 5. Entry fee ⟦price⟧, catalogue "
      "⟦price2⟧.\n"
      "Schedule PDF: ⟦url⟧"),
    T("email", "farming",
      "Subject: Horse show sponsors\n\nHi ⟦p1.g⟧,\n\nThe hunter class is sponsored by the "
      "owners of ⟦horse⟧ this year, and our mascot ⟦mascot⟧ will be at the gate. Could you ask "
      "⟦p2⟧ (⟦phone⟧) about the ⟦brand⟧ horsebox?\n\nThanks,\n⟦p3.g⟧"),
    # ---- letter --------------------------------------------------------------------
    T("letter", "masons",
      "⟦p1⟧\n⟦addr⟧\n\n⟦date⟧\n\nDear ⟦p1.t⟧ ⟦p1.f⟧,\n\nRe: memorial for the late ⟦p2⟧\n\n"
      "Thank you for choosing a Trajan capitals inscription. The cemetery requires the permit "
      "form "
      "signed by the grave owner, ⟦p3⟧, before we can fix the stone.\n\nYours sincerely,\n\n"
      "⟦p4⟧\nMonumental Masons"),
    T("letter", "coastguard",
      "⟦date⟧\n\nDear ⟦p1.t⟧ ⟦p1.f⟧,\n\nOn behalf of the crew I thank you for your donation "
      "after the rescue of ⟦ship⟧. Coxswain ⟦p2⟧ and helm ⟦p3.g⟧ asked me to pass on their "
      "thanks. We will add your name, ⟦p1⟧, to the board at the ⟦city⟧ station.\n\nYours "
      "sincerely,\n⟦p4.i⟧\nLifeboat Operations Manager"),
    T("letter", "genealogy",
      "⟦addr⟧\n⟦date⟧\n\nTo the Archivist,\n\nI am researching ⟦p1.lf⟧ (born about ⟦year⟧ in "
      "⟦region⟧), who married ⟦p2⟧ and emigrated to ⟦country⟧. I enclose a cheque for the search "
      "fee and would be "
      "grateful for copies. I can be reached on ⟦phone⟧.\n\nYours faithfully,\n⟦p3⟧"),
    T("letter", "dental",
      "Dear ⟦p1.t⟧ ⟦p1.f⟧,\n\nI would be grateful if you would see ⟦p2⟧ (DOB ⟦date⟧) of "
      "⟦addr⟧. Class II div 1 on Angle's classification; a Hawley retainer is planned after "
      "treatment.\n\nYours "
      "sincerely,\n⟦p3.t⟧ ⟦p3⟧"),
    T("letter", "farming",
      "⟦p1⟧\n⟦addr⟧\n\nDear ⟦p1.g⟧,\n\nWelcome to the co-operative. Your dividend will be "
      "paid into account number ⟦acct⟧ (sort code ⟦sort⟧) each quarter. Herd tests for Johne's "
      "disease are due by ⟦date⟧.\n\nYours,\n⟦p2⟧, Membership Secretary"),
    T("letter", "watchmaker",
      "Valuation for insurance\n\nClient: ⟦p1⟧, ⟦addr⟧\nItem: gold wristwatch with Breguet hands, "
      "case no. ⟦sku⟧\nValue: ⟦price⟧\n\nValued by ⟦p2.t⟧ ⟦p2.f⟧, ⟦date⟧. The card on "
      "file, ⟦card⟧, was charged the valuation fee."),
    T("letter", "library",
      "Dear Member,\n\nFrom ⟦date⟧ the reading room opens at ⟦time⟧. The Gutenberg Bible "
      "facsimile "
      "moves to the second floor and the Carnegie Medal display closes for conservation. Late "
      "fees "
      "are suspended until ⟦date2⟧, a grace period while the lift is repaired.\n\nWith "
      "thanks,\nThe Library Team"),
    T("letter", "bells",
      "Dear Tower Captain,\n\nThe district striking competition will ring Stedman Triples this "
      "year (test piece Plain Bob Minor for the novice band). Draw at ⟦time⟧ on ⟦date⟧. Entry fee "
      "⟦price⟧ "
      "per band.\n\nYours in ringing,\nDistrict Secretary"),
    T("letter", "weddings",
      "Dear Couple,\n\nThank you for booking with us. Your tasting is on ⟦date⟧ at ⟦time⟧: "
      "Eggs Benedict, ⟦dish⟧ and Peach Melba are on the menu. Booking reference ⟦order⟧; the "
      "balance "
      "of ⟦price⟧ is due six weeks before the day. Your gift voucher number is ⟦fcard⟧. Rose "
      "petals for the "
      "aisle are included; we hope the day is everything you imagined.\n\nWarm wishes"),
    T("letter", "collecting",
      "Dear Collector,\n\nWe confirm receipt of your consignment (receipt ⟦inv⟧): one Penny Black "
      "and a run of the Machin definitives. They will be offered on ⟦date⟧ with estimates of "
      "⟦price⟧ and "
      "⟦price2⟧. Seller's commission is 12%.\n\nYours faithfully"),
    # ---- voice ---------------------------------------------------------------------
    T("voice", "beekeeping",
      "note to self call ⟦p1⟧ about the warré hives on friday number is ⟦phone⟧",
      case="voice"),
    T("voice", "tattoo",
      "new client ⟦p1⟧ lives at ⟦addr⟧ wants a monroe piercing next tuesday text ⟦p1.g⟧ the "
      "aftercare "
      "sheet", case="voice"),
    T("voice", "pharmacy",
      "dictation for the file patient ⟦p1⟧ social security number ⟦ssn⟧ allergic to "
      "penicillin prescriber ⟦p2.t⟧ ⟦p2.f⟧", case="voice"),
    T("voice", "yacht",
      "remind me to send ⟦p1.g⟧ the race results and ask ⟦p2⟧ if the ⟦city⟧ regatta is "
      "still on", case="voice"),
    T("voice", "farming",
      "pay the farrier from account number ⟦acct⟧ and tell ⟦p1.g⟧ the johnes disease results "
      "came back clear", case="voice"),
    T("voice", "weddings",
      "card for the deposit is ⟦card⟧ name on the card ⟦p1⟧ venue is in ⟦city⟧",
      case="voice"),
    T("voice", "kennel",
      "ok call ⟦p1⟧ back on ⟦phone⟧ about the litter and ask ⟦p2.g⟧ to bring ⟦pet⟧ to "
      "the vet", case="voice"),
    T("voice", "dental",
      "remind me to read up on ⟦disease⟧ and book a refresher on ⟦procedure⟧ for the nurses",
      case="voice"),
    T("voice", "beekeeping",
      "remind me to order more manley frames and check the porter bee escapes before "
      "friday", case="voice"),
    T("voice", "bells",
      "note for the practice night we ring grandsire doubles first then stedman triples bring the "
      "spare muffles",
      case="voice"),
    T("voice", "farming",
      "add to the list ⟦num⟧ bags of ewe nuts a new water trough and ask about the massey "
      "ferguson",
      case="voice"),
    T("voice", "pharmacy",
      "set a timer for ⟦num⟧ minutes then check the whitfields ointment in the mill and log batch "
      "⟦num2⟧",
      case="voice"),
]
