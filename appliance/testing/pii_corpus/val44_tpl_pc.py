"""Personal templates of val44, part C: (name, shape, domain, template[, pins])."""

T = [
    ("pilgrim_tour_manifest", "csv", "pilgrimage",
     "seat,passenger,passport_country,emergency_phone\n1A,«p1.full»,«country»,«phone»\n1B,«p2.full»,«country2»,«phone2»\n2A,«n1.first»,«country3»,«phone3»"),
    ("pilgrimage_guide_email", "email", "pilgrimage",
     "Dear pilgrims,\n\nWe meet at «d:time» by the cathedral steps in «city». Your guide for the walk to «city2» is «p1.full». "
     "Luggage transfer is handled by «p2.first» («phone»).\n\nBuen camino,\n«p3.first»"),
    ("heritage_tour_booking_tool", "tool_call", "pilgrimage",
     '{"tool": "book_tour", "arguments": {"lead_traveller": "«p1.full»", "party": ["«p2.full»", "«p3.first»"], '
     '"start": "«city»", "contact_email": "«p1.email»", "card": "«card»"}}'),
    ("pilgrim_journal_rewrite", "llm_rewrite", "pilgrimage",
     "Polish this diary entry for our parish newsletter: \"day 9, walked from «city» with «p1.first» and old «p2.full». "
     "blisters. «p1.first»'s knee is bad, we took the bus the last bit.\""),
    ("heritage_casual_chat", "chat_casual", "pilgrimage",
     "omg the guide «p1.lfirst» knew every single saint on that portal, 10/10 would walk 30km again"),
    ("tour_japanese_chat", "chat", "pilgrimage",
     "こんにちは、«p1.full»です。巡礼ツアー（予約番号 «d:order»）について質問があります。電話番号は «phone:jp» です。",
     {"p1": "ja_JP*"}),

    ("cycling_race_results", "md_table", "cycling",
     "| Pos | Rider | Team | Time |\n|---|---|---|---|\n| 1 | «p1.REV» | «d:brand» Racing | «d:dur» |\n| 2 | «p2.REV» | «d:brand#2» Pro | +0:04 |\n"
     "| 3 | «p3.REV» | Velo «d:codename» | +0:11 |"),
    ("cycling_commissaire_report", "letter", "cycling",
     "Commissaires' communiqué no. «d:int»: rider «p1.full» (bib «d:int#2») is fined for taking shelter behind a team car. "
     "Team manager «p2.full» has been informed. Stage finish: «city»."),
    ("cycling_soigneur_sms", "sms", "cycling",
     "«p1.first» bottles + musettes at feed zone km 112, «p2.first» takes the 2nd car. ring me «phone» if the break goes"),
    ("cycling_entry_form", "form", "cycling",
     "RIDER LICENCE FORM\nLast name: «p1.LAST»\nFirst name: «p1.first»\nClub: «d:codename» CC\nNationality: «country»\nEmergency contact: «p2.full», «phone»\nLicence fee paid via: «card»"),
    ("cycling_commentary", "call_transcript", "cycling",
     "COMMENTATOR 1: And «p1.last» attacks on the cobbles!\nCOMMENTATOR 2: «p2.first» can't follow, he's been on the front all day.\n"
     "COMMENTATOR 1: Twelve kilometres to «city» and «p1.first» has twenty seconds."),

    ("shelter_adoption_form", "form", "animal_shelter",
     "Adoption application — «d:pet» (kennel «d:int»)\nApplicant: «p1.full»\nAddress: «addr»\nPhone: «phone»\nOther pets: one cat\n"
     "Home check by: «p2.first»"),
    ("shelter_volunteer_rota", "md_table", "animal_shelter",
     "| Day | Dog walking | Cattery | Reception |\n|---|---|---|---|\n| Mon | «p1.first» | «p2.first» | «p3.full» |\n| Tue | «w1.first» | «p1.first» | «p4.full» |"),
    ("shelter_found_dog_chat", "chat", "animal_shelter",
     "Found a spaniel with no collar by the canal in «city», he answers to \"«d:pet»\". I'm «p1.full», you can reach me at «phone» or «p1.email»."),
    ("shelter_donation_receipt", "receipt", "animal_shelter",
     "Thank you for your gift to the rescue!\nDonor: «p1.full»\nAmount: «d:price»\nPaid by card ending «d:int»\nIn honour of: «d:pet» and «p2.first»"),
    ("shelter_vet_summary", "llm_summarise", "animal_shelter",
     "Summarise this intake note: \"«d:pet», 4y neutered male, surrendered by «p1.full» of «addr» because of a move to «country». "
     "Vaccinations up to date per vet «p2.full».\""),

    ("payroll_bureau_csv", "csv", "payroll",
     "employee,ssn,bank_account_number,net_pay\n«p1.full»,«ssn»,«acct»,«d:price»\n«p2.full»,«ssn2»,«acct2»,«d:price#2»\n«p3.full»,«ssn3»,«acct3»,«d:price#3»"),
    ("payroll_change_email", "email", "payroll",
     "Subject: Bank details change — «p1.full»\n\nHi «p2.first»,\n\nPlease update «p1.first»'s salary account from «acct» to the new IBAN «iban». "
     "Effective from the «d:date» run.\n\n«p3.full»\nHR, «d:brand» Ltd"),
    ("payroll_sql", "code_sql", "payroll",
     "INSERT INTO payees (name, ssn, account_number, email) VALUES\n  ('«p1.full»', '«ssn»', '«acct»', '«p1.email»'),\n  ('«p2.full»', '«ssn2»', '«acct2»', '«p2.email»');"),
    ("payroll_python", "code_python", "payroll",
     "def test_payslip_render():\n    emp = Employee(name=\"«p1.full»\", ssn=\"«ssn»\", checking_account=\"«acct»\")\n    # regression from «p2.first»'s bug report\n    assert render(emp).startswith(\"«p1.FULL»\")"),
    ("payroll_bureau_call", "call_transcript", "payroll",
     "Client: Hi, it's «p1.full» from the bakery, I've got a new starter.\nBureau: Go ahead.\nClient: «p2.full», social security «ssn», "
     "starts «d:date». Her account number is «acct».\nBureau: Got it, thanks «p1.first»."),

    ("pool_lifeguard_rota", "calendar", "swimming_pool",
     "BEGIN:VEVENT\nSUMMARY:Lifeguard shift — main pool\nDTSTART:«d:date»\nORGANIZER;CN=«p1.full»:mailto:«p1.email»\nATTENDEE;CN=«p2.full»:mailto:«p2.email»\nEND:VEVENT"),
    ("pool_incident_report", "form", "swimming_pool",
     "INCIDENT REPORT «d:ticket»\nCasualty: «p1.full» (age 9)\nParent/guardian: «p2.full», «phone»\nFirst aider: «p3.first»\nDescription: slipped on poolside, minor graze"),
    ("pool_lessons_chat", "chat_casual", "swimming_pool",
     "does anyone know if «p1.lfirst» is still teaching the tuesday stage 4 lessons? my kid loves her"),
    ("pool_membership_json", "json", "swimming_pool",
     '{"member": "«p1.full»", "card": "«card»", "plan": "off-peak", "emergency": {"name": "«p2.full»", "tel": "«phone»"}}'),

    ("conf_speaker_json", "json", "tech_conference",
     '{"talk_id": "«d:ticket»", "title": "Scaling «d:codename» to 1M events/s", "speaker": {"name": "«p1.full»", "email": "«p1.email»", '
     '"twitter": "@«d:codename»dev", "travel_from": "«city»"}, "co_speaker": "«p2.full»"}'),
    ("conf_cfp_email", "email", "tech_conference",
     "Hi «p1.first»,\n\nCongrats — your talk was accepted! We'll book your flight from «city». Please send your bio and headshot by «d:date».\n\n"
     "«p2.full»\nSpeaker ops\n«p2.email» · «phone»"),
    ("conf_speaker_md", "md_table", "tech_conference",
     "| Slot | Room | Speaker | Hotel nights |\n|---|---|---|---|\n| «d:time» | «d:ward» | «p1.full» | 2 |\n| «d:time#2» | Hall B | «p2.full» | 1 |\n| «d:time#3» | Hall B | «p3.init» | 3 |"),
    ("conf_reimbursement", "form", "tech_conference",
     "Speaker reimbursement\nPayee: «p1.full»\nIBAN: «ibans»\nFlights: «d:price»\nHotel: «d:price#2»"),
    ("conf_badge_chat", "chat", "tech_conference",
     "Badge for «p1.full» is misspelt as «p1.last»-«d:int», can we reprint? She's on stage at «d:time»."),

    ("studio_session_booking", "calendar", "recording_studio",
     "Studio A — tracking drums\n«d:date» «d:time»–«d:time#2»\nArtist: «p1.full»\nEngineer: «p2.first»\nContact: «phone»"),
    ("studio_split_sheet", "form", "recording_studio",
     "SONG SPLIT SHEET\nTitle: «d:codename» (demo)\nWriter 1: «p1.full» — 50%\nWriter 2: «p2.full» — 30%\nWriter 3: «w1.full» — 20%\nPublisher email: «email»"),
    ("studio_casual_chat", "chat_casual", "recording_studio",
     "yo «p1.lfirst» the mix is bouncing now, bringing it to «p2.lfirst»'s place tonight"),
    ("studio_invoice", "invoice", "recording_studio",
     "INVOICE «d:invoice»\nClient: «p1.full»\nMix & master, 4 tracks: «d:price»\nSession musician («p2.full»): «d:price#2»\nPay to account number «acct» or card «card»"),

    ("obituary_notice", "obituary", "newspaper",
     "«p1.FULL». Peacefully, at the hospice on «d:date», aged 87. Beloved wife of the late «p2.full», mother of «p3.first» and «p4.first». "
     "Funeral at the parish church, «city». Donations to the hospice."),
    ("classified_lost_ring", "classified_ad", "newspaper",
     "LOST: gold signet ring, initials engraved, near the market in «city». Great sentimental value. Reward. Call «p1.first» on «phone»."),
    ("newsroom_email", "email", "newspaper",
     "From: «p1.full» <«p1.email»>\nSubject: obit for Saturday\n\nCan you squeeze in the «p2.last» family notice? They paid «d:price». "
     "Their contact is «p3.full», «phone».\n\n«p1.first»\nClassifieds desk"),
    ("obituary_llm_rewrite", "llm_rewrite", "newspaper",
     "Rewrite this obituary in under 60 words:\n«p1.full» was born in «city» in 1941 and spent 40 years as a harbour pilot. "
     "He is survived by «p2.first», «p3.first» and his beloved dog «d:pet»."),
    ("classified_greek", "classified_ad", "newspaper",
     "Ενοικιάζεται διαμέρισμα 2 υπνοδωματίων, «addr». Πληροφορίες: «p1.full», τηλ. «phone:gr».", {"p1": "el_GR*"}),
]
