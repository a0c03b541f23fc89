"""Personal templates of val43, part A: chat, casual chat, SMS, e-mail, search queries,
calendar entries, notes and voicemails."""

from __future__ import annotations

from appliance.testing.pii_corpus.val43_engine import T

PERSONAL_A = [
    # --- chat -----------------------------------------------------------------------------
    T("a_chat_agedcare_visit", "chat",
      "Hi, I'd like to book a visit for my mother «N1.full» in the east wing, room «int:2-40». Could her key nurse "
      "call me back on «phone»? I'm free after «time»."),
    T("a_chat_ski_missing", "chat",
      "«N1.given» here. My son «N2.full» didn't come back down from the Gamma chairlift, last seen at «time» near "
      "the red run. My number is «phone», please help!"),
    T("a_chat_radio_guest", "chat",
      "Can you confirm Thursday's breakfast-show guest? It should be «N1.mid» from the folk collective in «city», "
      "arriving at the studio around «time». Producer is «N2.given»."),
    T("a_chat_release_tag", "chat",
      "@«N1.lgiven» can you cut the release tag «ver» when the pipeline's green? «N2.given» signed off on the changelog "
      "this morning and «N3.init» is on call."),
    T("a_chat_fertility_report", "chat",
      "Hello, this is «N1.full». My partner «N2.given» and I had our consultation with Dr. «N3.family» on «date». "
      "Could you send the embryology summary to «email:N1»? Thank you."),
    T("a_chat_physio_rehab", "chat",
      "Quick one: «N1.given»'s hamstring rehab moves to Tuesdays, and «N2.init» will take over the Nordic curl "
      "progression from week 4."),
    T("a_chat_cemetery_plot", "chat",
      "We'd like to reserve the plot next to my grandfather, «N1.full», in section F, row «int:2-30». Please reply "
      "to «email» or ring «phone»."),
    T("a_chat_parking_appeal", "chat",
      "I got penalty notice «ticket» but the car was parked outside «addr» with a valid resident permit. The "
      "registered keeper is «N1.full»."),
    T("a_chat_airamb_transfer", "chat",
      "Dispatch, patient «N1.FULL», 58, suspected STEMI, for transfer from «city» to the cath lab. Escort is "
      "«N2.given», contactable on «phone»."),
    T("a_chat_dive_refresher", "chat",
      "Hey «N1.given»! Your Nitrox refresher is confirmed for «date» at «time». Bring your logbook; «N2.given» "
      "will be your buddy on the second dive."),
    T("a_chat_exchange_housing", "chat",
      "Could someone tell «N1.full» (exchange student from «country») that the housing office has moved to "
      "block C? Her host family is the «N2.family» household in «region»."),
    T("a_chat_hack_checkin", "chat",
      "Team «pick:Quokka|Byte Club|Null Pointers» (that's «N1.given», «N2.given» and «N3.given») please check in "
      "at registration before 09:00. Ping «N4.lgiven» if you're running late."),
    T("a_chat_word_shift", "chat",
      "«W1.given» is covering the night shift at the lift station, and «W2.given» said she can do Sunday, so "
      "the rota for week «int:2-52» is finally full."),
    T("a_chat_word_surname", "chat",
      "Has anyone heard from Mr «W1.family»? He was meant to sign the wine consignment form for lot «int:100-400» "
      "before the sale, and his assistant «N1.given» is off sick."),
    T("a_chat_dual_refugee", "chat",
      "The name on the travel document is «N1.dual», spelt exactly like that on the residence permit. Please use "
      "the same spelling when you book the GP registration."),
    # --- casual lower-case chat --------------------------------------------------------------
    T("a_low_festival_band", "chat_lower",
      "lol «N1.lgiven» lost her wristband AGAIN 🙃 can u message «N2.lower» and ask if the gate crew found it "
      "near stage b"),
    T("a_low_tram_late", "chat_lower",
      "omg the 7:52 tram was rammed, «N1.lgiven» and i had to stand the whole way. tell «N2.lgiven» we'll be "
      "late for standup"),
    T("a_low_riding_lesson", "chat_lower",
      "hey is «N1.lgiven» still teaching the sat morning lesson?? my kid «N2.lgiven» wants to ride the grey pony "
      "again haha"),
    T("a_low_radio_slot", "chat_lower",
      "yo «N1.lgiven» ur show got bumped to 10pm on the 14th, «N2.lgiven» says sorry x"),
    T("a_low_crossword", "chat_lower",
      "ngl «N1.lgiven»'s cryptic this week was brutal. 14 across made «N2.lgiven» throw the magazine across the "
      "room 😂"),
    T("a_low_modelrail_number", "chat_lower",
      "anyone got «N1.lgiven»'s number? oh wait it's «phone», found it. bringing the class 37 to club night"),
    T("a_low_word_names", "chat_lower",
      "ok so «W1.given» is bringing the cake and «W2.given» is doing the playlist, u just bring «N1.lgiven» lol"),
    # --- SMS --------------------------------------------------------------------------------
    T("a_sms_agedcare", "sms",
      "Hi it's «N1.given» from the care home. Your dad had a good day, ate all his lunch and asked after "
      "«N2.given». Call back on «phone» if you like."),
    T("a_sms_rescue_callout", "sms",
      "MTN RESCUE: team leader «N1.family» requests callout. RV at car park P3 «time». Reply Y/N. Info line "
      "«phone»"),
    T("a_sms_parking_permit", "sms",
      "Parking permit renewed for «N1.init», ref «order». Questions? Call «phone» (Mon-Fri)."),
    T("a_sms_festival_crew", "sms",
      "Your crew shift starts «time» at the north gate. Supervisor: «N1.full» «phone». Bring hi-vis & water."),
    T("a_sms_wine_lot", "sms",
      "Congratulations, «N1.sf»: lot «int:100-480» is yours. Please settle by «date». Questions: «phone» ext. "
      "«int:10-89»."),
    T("a_sms_clinic_reminder", "sms",
      "Reminder for «N1.given»: egg collection at «time» tomorrow. Nothing to eat from midnight. Clinic line "
      "tel:«phone»"),
    T("a_sms_dive_weather", "sms",
      "Boat dive cancelled (swell 2.5 m). «N1.given», we moved you and «N2.given» to «date». Skipper «N3.family»"),
    # --- e-mail -----------------------------------------------------------------------------
    T("a_email_refugee_housing", "email",
      "From: «N1.full» <«email:N1»>\nTo: «remail»\nSubject: Housing appointment for the «N2.family» family\n\n"
      "Hello,\n\nI am the caseworker for «N2.full» and «N3.given», who arrived from «country» on «date». They have "
      "a viewing at «addr» on Monday at «time». Their mobile is «phone».\n\nKind regards,\n«N1.full»\n"
      "Resettlement Officer"),
    T("a_email_patent_action", "email",
      "Subject: Response to office action, application no. «int:10000000-99999999»\n\nDear Ms. «N1.family»,\n\n"
      "Our client, «N2.full» of «city», has approved the amended claims (Markush group narrowed in claim 3). "
      "Please file before «date».\n\nBest regards,\n«N3.init»\n«remail» | «phone»"),
    T("a_email_lis_access", "email",
      "Subject: LIS access for new starter\n\nHi service desk,\n\nPlease create a LIS account for «N1.full» (staff "
      "no. «int:10000-99999»), starting «date». Their bench PC is «ip4» and they should get the same roles as "
      "«N2.full» in haematology.\n\nThanks,\n«N3.given»"),
    T("a_email_auction_invoice", "email",
      "Subject: Invoice «inv» – spring fine-wine sale\n\nDear «N1.full»,\n\nThank you for your winning bids on "
      "lots 14, 15 and 212. The total of «price» is payable by bank transfer to IBAN «iban», reference «order».\n\n"
      "Collection is from «addr» after «date».\n\nYours sincerely,\nAuction accounts"),
    T("a_email_exchange_arrival", "email",
      "To: «email:N1»\nCc: «remail»\nSubject: Your arrival\n\nDear «N1.given»,\n\nWelcome to the exchange "
      "programme! Your buddy «N2.full» will meet you at the airport in «city». If your flight is delayed, call "
      "them on «phone».\n\nWarm wishes,\nInternational Office"),
    T("a_email_noc_outage", "email",
      "Subject: [P2] Packet loss on core ring, site B\n\nHi all,\n\nFrom «time» we saw loss on the link towards "
      "«ip4» (peer «ip6»). «N1.full» from field ops is en route; escalation contact is «N2.given» on «phone».\n\n"
      "– NOC shift lead"),
    T("a_email_mining_incident", "email",
      "Subject: Incident report IR-«int:1000-9999» (near miss)\n\nAt «time» on «date», haul truck HT-07 reversed "
      "towards the crib room while operator «N1.full» was outside the vehicle. Supervisor «N2.init» stopped work. "
      "Witness: «N3.given» «pick:(fitter)|(electrician)|(trainee)».\n\nRegards,\nSite safety"),
    T("a_email_tram_commendation", "email",
      "Subject: Thank you to one of your drivers\n\nHello,\n\nOn the route 3 tram at about «time» yesterday, "
      "your driver «N1.given» helped my elderly father, «N2.full», when he fell at the stop. Please pass on our "
      "thanks.\n\n«N3.full»\n«phone»"),
    T("a_email_memorial_service", "email",
      "Subject: Memorial service details\n\nDear friends,\n\nThe memorial for «N1.full» will be held on «date» "
      "at the chapel, «addr». Donations in lieu of flowers may be sent to IBAN «iban».\n\nWith love,\n"
      "«N2.given» and «N3.given»"),
    # --- search queries ---------------------------------------------------------------------
    T("a_search_physio", "search", "«N1.lower» sports physio «city» reviews"),
    T("a_search_grave", "search", "grave of «N1.full» died «int:1931-1999» «region» burial records"),
    T("a_search_dive", "search", "dive instructor «N1.full» «country» padi course"),
    T("a_search_radio_host", "search", "who hosts the late show on community radio «city» «N1.given»"),
    T("a_search_word", "search", "«W1.full» riding instructor contact"),
    # --- calendar ---------------------------------------------------------------------------
    T("a_cal_release_ics", "calendar",
      "BEGIN:VEVENT\nSUMMARY:Release readiness «ver»\nDTSTART:20260314T090000Z\nORGANIZER;CN=«N1.full»:mailto:"
      "«email:N1»\nATTENDEE;CN=«N2.full»:mailto:«email:N2»\nLOCATION:Room 4.12\nEND:VEVENT"),
    T("a_cal_physio_day", "calendar",
      "Tue 09:30-10:15  «N1.full», ACL rehab week 6 (Lachman test, hop tests)\nTue 10:30  «N2.sf», shoulder "
      "review\nTue 11:15  «N3.given» (new), referral from Dr. «N4.family»"),
    T("a_cal_riding_lessons", "calendar",
      "Saturday lessons\n08:00 Beginners: «N1.given» on the pony Biscuit\n09:00 Jumping: «N2.full» on "
      "Duchess\n10:00 Hack: cancelled (farrier visit)"),
    T("a_cal_exchange_orientation", "calendar",
      "Orientation week\nMon «time»  Welcome talk, hall A (host: «N1.full»)\nTue «time»  Bank appointments, "
      "bring passport\nWed «time»  City tour with «N2.given», meet at the «city» main station"),
    # --- notes ------------------------------------------------------------------------------
    T("a_notes_agedcare", "notes",
      "- Resident «N1.full» (room «int:2-40»): Waterlow score 14, reposition 2-hourly\n- Daughter «N2.given» "
      "visiting «date», wants an update on the falls plan\n- GP: Dr «N3.family», «phone»"),
    T("a_notes_mining_shift", "notes",
      "Shift notes, level 4 north\n* Gas test OK 06:10 (CH4 0.1%)\n* «N1.SF» reported loose rock at crosscut 7\n"
      "* Deputy «N2.family» inspected and barricaded\n* Next shift: «N3.init»"),
    T("a_notes_hack_judging", "notes",
      "Judging notes\n• «N1.given»: strong demo, weak pitch\n• Team of «N2.full» and «N3.full»: best use of the "
      "open data API\n• Ask «N4.given» about the prize transfer (needs account number «acct»)"),
    # --- voicemail --------------------------------------------------------------------------
    T("a_vm_airamb", "voicemail",
      "Voicemail, 0:42. \"Hi, this is «N1.full» from the regional base, calling about tomorrow's transfer of "
      "«N2.full». Please ring me back on «phone» before «time». Thanks.\""),
    T("a_vm_exchange", "voicemail",
      "Transcribed voicemail: hello, it's «N1.given» «pick:again|calling back», the host mum for «N2.given». "
      "We're at «addr», just text «phone» when the bus arrives. Bye!"),
]
