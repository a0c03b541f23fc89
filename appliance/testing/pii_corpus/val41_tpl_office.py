"""val41 templates, office shapes: form, ticket, notes, minutes and transcript. Slots as
in `val41_render`."""

from __future__ import annotations

from appliance.testing.pii_corpus.val41_render import Template as T

TEMPLATES: list[T] = [
    # ---- form ----------------------------------------------------------------------
    T("form", "kennel",
      "LITTER REGISTRATION\nBreed: Dobermann\nSire: Ch. Brackenhill Midnight Rambler\n"
      "Dam: ⟦pet⟧\nBreeder surname: ⟦p1.f.uc⟧\nBreeder forename(s): ⟦p1.g⟧\n"
      "Address: ⟦addr⟧\nTelephone: ⟦phone⟧\nEmail: ⟦p1.email⟧\nPuppies: 7 (4 dogs, 3 bitches)"),
    T("form", "pharmacy",
      "PATIENT INTAKE (compounding)\nName (last, first): ⟦p1.lf⟧\nSSN: ⟦ssn⟧\n"
      "Address: ⟦addr⟧\nPhone: ⟦phone⟧\nInsurance member ID: ⟦sku⟧\nAllergies: lanolin\n"
      "Prescriber: ⟦p2.t⟧ ⟦p2⟧\nFormula: Hartmann's solution base, 2% lidocaine"),
    T("form", "farming",
      "COUNTY SHOW ENTRY FORM\nExhibitor: ⟦p1⟧\nHerd no.: ⟦fphone⟧\nHolding address: "
      "⟦addr⟧\nClass 14: "
      "native breed heifer\nClass 22: young handler (⟦p2.g⟧, age 12)\nFees: ⟦price⟧\n"
      "Paid by card: ⟦card⟧ exp 09/27\nSigned: ⟦p1.i⟧"),
    T("form", "tattoo",
      "CLIENT CONSENT\nClient name: ⟦p1⟧\nDOB: ⟦date⟧\nEmergency contact: ⟦p2⟧ (⟦phone⟧)\n"
      "Design: ⟦character⟧ portrait, left forearm, flash sheet ⟦sku⟧\nArtist: ⟦p3.g⟧\n"
      "Aftercare sheet given: yes"),
    T("form", "coastguard",
      "INCIDENT REPORT ⟦order⟧\nVessel: ⟦ship⟧\nSkipper: ⟦p1.t⟧ ⟦p1.f⟧\nFlag: "
      "⟦country⟧\nPosition: 3 nm E of "
      "⟦city⟧\nReported by: ⟦p2⟧, ⟦phone⟧\nWeather: force 6 on the Beaufort scale, ⟦storm⟧ "
      "passing\nAsset: ⟦aircraft⟧"),
    T("form", "yacht",
      "MEMBERSHIP APPLICATION\nSurname: ⟦p1.f⟧\nForename: ⟦p1.g⟧\nAddress: ⟦addr⟧\nMobile: "
      "⟦phone⟧\nBoat: Wayfarer dinghy, sail no. ⟦num⟧⟦num2⟧\nDirect debit: account holder "
      "⟦p1⟧, account number ⟦acct⟧, sort code ⟦sort⟧"),
    T("form", "dental",
      "NEW PATIENT FORM\nPatient: ⟦p1⟧\nAddress: ⟦addr⟧\nGP: ⟦p2.t⟧ ⟦p2.f⟧\nPrevious "
      "dentist: ⟦p3.i⟧\nPayment (SEPA): IBAN ⟦iban⟧\nNervous patient (Frankl scale 2): yes"),
    T("form", "bicycle",
      "SERVICE CHECKLIST ⟦order⟧\nFrame: Reynolds 531\nHub: Sturmey-Archer 3-speed, "
      "adjusted\nBrakes: Bowden cables replaced\nTyres: Michelin 700x28C\nValves: Presta to "
      "Schrader adaptor fitted\nFrame no.: ⟦fphone⟧\nLabour: ⟦price⟧\nReady: ⟦date⟧"),
    T("form", "collecting",
      "GRADING SUBMISSION\nItem 1: Morgan dollar 1881-S, grade MS-63 on the Sheldon scale\n"
      "Item 2: Krugerrand 1974, proof\nItem 3: Penny Black plate 11, four margins\nCert: "
      "⟦sku⟧\nFee: ⟦price⟧\nReturn by: tracked post ⟦track⟧"),
    T("form", "optician",
      "SIGHT TEST RECORD ⟦order⟧\nVisual acuity (Snellen): R 6/6, L 6/9\nIshihara: 17/17\n"
      "Amsler grid: normal\nIOP (Goldmann): 14/15 mmHg\nMaddox rod: 2 exo\nRecall: ⟦date⟧"),
    T("form", "library",
      "ROOM BOOKING\nRoom: Carnegie Room (first floor)\nDate: ⟦date⟧\nTime: ⟦time⟧\n"
      "Purpose: listening group for the Reith Lectures\nAttendees: 18\nBooking ref: ⟦order⟧"),
    # ---- ticket --------------------------------------------------------------------
    T("ticket", "bicycle",
      "Ticket #⟦num⟧⟦num2⟧ | Customer: ⟦p1⟧ | Phone: ⟦phone⟧\nBike: Moulton AM7\nIssue: "
      "gears slip under load, Sturmey-Archer hub noisy\nAssigned: ⟦p2.g⟧\nStatus: waiting "
      "for parts (⟦sku⟧)"),
    T("ticket", "library",
      "INC-⟦num⟧⟦num2⟧: self-service kiosk at the ⟦city⟧ branch offline.\nKiosk IP ⟦ip⟧, "
      "gateway ⟦ip2⟧, firmware ⟦ver⟧.\nReported by ⟦p1⟧ (⟦p1.email⟧) at ⟦time⟧.\nPriority: P3"),
    T("ticket", "weddings",
      "Booking change request ⟦order⟧\nCouple: ⟦p1⟧ & ⟦p2⟧\nNew date: ⟦date⟧\nCard on file: "
      "⟦card⟧\nNotes: swap Pavlova for an Eggs Benedict brunch; ⟦p2.g⟧'s mother, ⟦p3f⟧, "
      "needs step-free access."),
    T("ticket", "watchmaker",
      "REPAIR ⟦order⟧\nOwner: ⟦p1.lf⟧\nContact: ⟦p1.email⟧ / ⟦phone⟧\nMovement: "
      "hand-wound, Breguet overcoil, amplitude low\nEstimate: ⟦price⟧\nCollect from: ⟦city⟧ "
      "workshop"),
    T("ticket", "optician",
      "[Support] Lens order ⟦order⟧ not received\nCustomer ⟦p1⟧ says the Bausch & Lomb "
      "monthlies never arrived. Ship to: ⟦addr⟧. Tracking ⟦track⟧ shows delivered. Please "
      "call ⟦p1.g⟧ on ⟦phone⟧."),
    T("ticket", "fishing",
      "Ticket ⟦order⟧: radar fault on ⟦ship⟧\nSkipper ⟦p1⟧, ⟦phone⟧\nKelvin Hughes engineer "
      "⟦p2⟧ attending ⟦date⟧, job line ⟦fphone⟧\nSettlement to IBAN ⟦iban⟧ (fleet co-op)"),
    T("ticket", "boardgame",
      "Ticket ⟦order⟧: Cluedo set 4 missing Colonel Mustard and Professor Plum tokens; the "
      "lead piping is bent. Order spares from Hasbro (part ⟦sku⟧, ⟦price⟧). Table 6 "
      "Wordle printouts also out."),
    T("ticket", "masons",
      "Ticket ⟦order⟧: engraving software ⟦ver⟧ crashes loading Baskerville and Caslon "
      "fonts. Workaround: use Gill Sans. Vendor case ⟦inv⟧. Machine serial ⟦sku⟧, licence key "
      "⟦fcard⟧."),
    T("ticket", "coastguard",
      "Ticket ⟦order⟧: pager gateway ⟦ver⟧ failed test page at ⟦time⟧ on ⟦date⟧. Fresnel "
      "lens rotation alarm also firing. Amber warning for wind in force. ⟦aircraft⟧ operations "
      "unaffected."),
    T("ticket", "kennel",
      "Ticket ⟦order⟧: show entry site rejects the Dandie Dinmont breed code (error 422). "
      "Parson Russell terrier entries fine. Deadline ⟦date⟧ ⟦time⟧."),
    T("ticket", "library",
      "Ticket ⟦order⟧: the chat assistant ⟦bot⟧ answered a question about ⟦prize⟧ with "
      "trivia about ⟦law⟧. Please retrain on the pages about ⟦lecture⟧ (build ⟦ver⟧)."),
    # ---- notes ---------------------------------------------------------------------
    T("notes", "genealogy",
      "Research notes, ⟦date⟧\n- ⟦p1.lf⟧ b. ⟦year⟧, ⟦region⟧\n- m. ⟦p2⟧ at St Olaf's Church, "
      "⟦year2⟧\n- witness: ⟦p3.i⟧\n- check the Hollerith census cards\n- ask ⟦p4⟧ "
      "(⟦p4.email⟧) about the d'Aboville numbers"),
    T("notes", "beekeeping",
      "Inspection ⟦date⟧\nHive 3 (Langstroth): queen seen, 6 frames brood, Bailey comb change "
      "due, then to the heather moors in ⟦region⟧.\nSwarm collected from ⟦p1⟧'s garden at ⟦addr⟧; "
      "⟦p1.g⟧ happy for us to come "
      "back.\nHive 5 (Warré): quiet."),
    T("notes", "circus",
      "Rehearsal notes\n- ⟦p1.g⟧: trapeze timing late on the catch\n- ⟦p2⟧ covers the Zoltar "
      "booth Thursday\n- leotards for ⟦p3.g⟧ and ⟦p4.g⟧ to wardrobe\n- Pepper's ghost glass "
      "cracked, quote ⟦price⟧"),
    T("notes", "dental",
      "Pt ⟦p1⟧, ⟦date⟧. MOD composite UL6, Bass technique reinforced. Referred to ⟦p2.t⟧ "
      "⟦p2.f⟧ for ortho opinion (Angle's Class II). Card ⟦card⟧ declined, paid cash."),
    T("notes", "bicycle",
      "⟦p1.g⟧ dropped off the Bianchi (frame ⟦sku⟧). Friend ⟦p2⟧ will collect Friday. "
      "⟦p2.g⟧'s number: ⟦phone⟧. Needs Campagnolo chain, bar tape."),
    T("notes", "choir",
      "Committee notes: new members ⟦p1⟧ (alto) and ⟦p2⟧ (bass) joining from the ⟦city⟧ "
      "choir. Music librarian ⟦p3.g⟧ to order Kodály method books. Next concert St Cecilia's "
      "Day."),
    T("notes", "nursery",
      "Propagation log ⟦date⟧\nTray 12: Fuchsia cuttings, 80% rooted\nTray 13: Dahlia, "
      "Magnolia grafts failed\nWardian case: 85% humidity\nVavilov collection request ⟦order⟧ "
      "sent"),
    T("notes", "watchmaker",
      "Bench notes ⟦order⟧: Patek Philippe cal. 215, Breguet overcoil reshaped, amplitude 285°, "
      "rate +2 s/day. Crystal from Swarovski supplier ⟦sku⟧. Bill ⟦price⟧."),
    T("notes", "pharmacy",
      "Compounding log, ⟦lot⟧\nLugol's iodine 5%: 250 ml\nWhitfield's ointment: 10 x "
      "30 g\nBunsen burner replaced; Büchner funnel cracked\nChecked by: pharmacist on duty"),
    T("notes", "boardgame",
      "Puzzle 1142 notes: Ximenean rules throughout. 14 across anagram of 'Elo rating'? Theme: "
      "Rubik's Cube anniversary. Grid ⟦sku⟧, deadline ⟦date⟧."),
    # ---- minutes -------------------------------------------------------------------
    T("minutes", "farming",
      "Co-op AGM minutes, ⟦date⟧\nPresent: ⟦p1⟧ (chair), ⟦p2⟧, ⟦p3.i⟧, ⟦p4.t⟧ ⟦p4.f⟧.\n"
      "1. Johne's disease testing: all herds clear.\n2. Treasurer ⟦p2.g⟧ reported ⟦price⟧ in "
      "the reserve (account number ⟦acct⟧).\n3. Massey Ferguson 135 to be sold."),
    T("minutes", "bells",
      "Tower AGM\nTower captain: ⟦p1⟧ (re-elected)\nSteeple keeper: ⟦p2⟧\nRinging for "
      "St Swithun's Day: Grandsire Doubles. Quarter peal attempt by ⟦p3.g⟧ and ⟦p4.g⟧ "
      "approved."),
    T("minutes", "yacht",
      "Committee meeting ⟦date⟧\nCommodore ⟦p1.f⟧ in the chair. New member ⟦p2⟧ "
      "from the ⟦city⟧ rowing club welcomed. Entries for the Wingfield Sculls agreed. "
      "Secretary: ⟦email⟧"),
    T("minutes", "genealogy",
      "Society meeting\nSpeaker ⟦p1⟧ on the d'Aboville system. Membership secretary ⟦p2.g⟧ "
      "reported 212 members. Queries to ⟦email⟧. Next meeting ⟦date⟧, speaker ⟦p3.t⟧ "
      "⟦p3.f⟧."),
    T("minutes", "choir",
      "Band meeting\nMD: ⟦p1⟧. The Sousaphone is back from repair. Treasurer ⟦p2⟧ gave the "
      "IBAN for the ⟦country⟧ tour deposit: ⟦iban⟧. ⟦p2.g⟧ to confirm the coach hire."),
    T("minutes", "library",
      "Friends of the ⟦city⟧ Library\nPresent: ⟦p1⟧, ⟦p2⟧, ⟦p3⟧\nBook sale raised ⟦price⟧. "
      "Carnegie Medal shadowing group to meet monthly. ⟦p3.g⟧ to contact ⟦email⟧."),
    T("minutes", "kennel",
      "Show committee minutes ⟦date⟧\nPresent: nine members; apologies: two.\n1. Crufts "
      "qualifiers: 14 dogs.\n2. Ring 3 flooring quote ⟦price⟧ accepted.\n3. Gordon setter "
      "breed club to share benching."),
    T("minutes", "circus",
      "Company meeting ⟦date⟧\n1. Astley's ring to be re-laid before the tour.\n2. Houdini "
      "escape tank pressure tested (cert ⟦sku⟧).\n3. Pepper's ghost rig insurance ⟦price⟧."),
    T("minutes", "masons",
      "Trade association minutes\n1. Portland delivery delays continue (order ⟦order⟧).\n2. "
      "Trajan capitals template set ⟦ver⟧ released.\n3. Lutyens design licence renewed "
      "⟦date⟧."),
    T("minutes", "boardgame",
      "Staff meeting ⟦date⟧\n- Friday Catan league moves to ⟦time⟧\n- Elo rating board "
      "reprint ⟦price⟧\n- New stock: Waddingtons classics, Parker Brothers reissues "
      "(invoice ⟦inv⟧)"),
    T("minutes", "coastguard",
      "Station meeting ⟦date⟧\nPresent: ⟦p1⟧ (operations manager), ⟦p2.i⟧, ⟦p3⟧.\n1. "
      "Heimlich manoeuvre refresher for all crew, ⟦procedure⟧ talk cancelled.\n2. ⟦storm⟧ "
      "debrief; readings on ⟦score⟧ "
      "logged.\n3. Open day (⟦saint⟧); the ⟦mascot⟧ costume is booked by ⟦p3.g⟧."),
    T("notes", "boardgame",
      "Quiz set ⟦num⟧\n- round 1: ⟦theorem⟧, ⟦algorithm⟧\n- round 2: ⟦score⟧, ⟦character⟧\n"
      "- round 3: ⟦drink⟧ and ⟦dish⟧\n- tie-break: ⟦horse⟧ (racehorse) or ⟦storm⟧?"),
    # ---- transcript ----------------------------------------------------------------
    T("transcript", "coastguard",
      "[⟦time⟧] VESSEL: Mayday, mayday, mayday, this is fishing vessel ⟦ship⟧.\n[⟦time⟧] "
      "VESSEL: Skipper ⟦p1⟧, four crew, taking water two miles south of ⟦city⟧.\n[⟦time2⟧] "
      "COASTGUARD: ⟦ship⟧, lifeboat launching, coxswain ⟦p2.g⟧."),
    T("transcript", "pharmacy",
      "AGENT: Can I take your name?\nCALLER: It's ⟦p1⟧.\nAGENT: And your date of birth and "
      "social?\nCALLER: ⟦date⟧, and it's ⟦ssn⟧.\nAGENT: Thanks. Your refill from ⟦p2.t⟧ "
      "⟦p2.f⟧ ships today."),
    T("transcript", "choir",
      "[00:01:12] HOST: Welcome back. With me is ⟦p1⟧, who conducts the ⟦city⟧ youth "
      "choir.\n[00:01:20] ⟦p1.f.uc⟧: Thanks for having me.\n[00:02:05] HOST: You trained "
      "with ⟦p2⟧?\n[00:02:09] ⟦p1.f.uc⟧: Yes, Kodály method all the way."),
    T("transcript", "weddings",
      "PLANNER: So the bride is ⟦p1f.g⟧ and the groom's mother is ⟦p2f.t⟧ ⟦p2f.f⟧?\nCLIENT: "
      "Yes. Reach her on ⟦phone⟧.\nPLANNER: Lovely. Chateaubriand for mains, Peach Melba "
      "after."),
    T("transcript", "optician",
      "OPTOM: Read the bottom line of the Snellen chart, please.\n⟦p1.g.uc⟧: E, D, F, C, Z.\n"
      "OPTOM: Good. ⟦p1⟧, you're due back ⟦date⟧."),
    T("transcript", "kennel",
      "INTERVIEWER: You judged the terrier group at Crufts?\n⟦p1⟧: I did, with ⟦p2⟧ as "
      "steward. Best of breed went to a Jack Russell owned by ⟦p3⟧.\nINTERVIEWER: Thank you."),
    T("transcript", "circus",
      "MAGICIAN: Pick a card, any card. Now watch closely: the Elmsley count.\nVOLUNTEER: It "
      "changed!\nMAGICIAN: And now Pepper's ghost will take a bow. Applause, please!"),
    T("transcript", "beekeeping",
      "TUTOR: Today, the Demaree method. You split brood from the queen.\nSTUDENT: In a "
      "Langstroth hive?\nTUTOR: Yes, or a Dadant brood box. Handout ⟦sku⟧."),
    T("transcript", "dental",
      "DENTIST: Upper left six, MOD. Angle's Class I.\nNURSE: Noted.\nDENTIST: Hawley retainer "
      "check at ⟦time⟧ next visit. Lab ticket ⟦order⟧."),
    T("transcript", "bells",
      "CONDUCTOR: Look to. Treble's going, she's gone.\n[pause]\nCONDUCTOR: Bob! Kent Treble "
      "Bob, keep it steady.\nCONDUCTOR: That's all. Stand."),
]
