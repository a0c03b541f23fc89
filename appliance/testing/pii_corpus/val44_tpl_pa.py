"""Personal templates of val44, part A: (name, shape, domain, template[, pins])."""

T = [
    ("regatta_entry_form", "form", "sailing",
     "REGATTA ENTRY — «d:award» series\nHelm: «p1.FULL»\nCrew: «p2.FULL»\nYacht: «d:boat» (sail no. «d:sail»)\n"
     "Club home port: «city»\nMobile: «phone»\nEmail: «p1.email»\nEntry fee paid: «d:price»"),
    ("harbour_master_sms", "sms", "sailing",
     "HM office: «p1.first», your berth C-«d:int» is free from «d:time». Pls call «phone:gb» before you come alongside."),
    ("regatta_protest_email", "email", "sailing",
     "From: «p1.full» <«p1.email»>\nTo: Race Office\nSubject: Protest, race «d:int»\n\n"
     "I intend to protest yacht «d:boat» helmed by «p2.full» for a port/starboard incident at the windward mark. "
     "Witness: «p3.init».\n\nRegards,\n«p1.first»"),
    ("harbour_casual_chat", "chat_casual", "sailing",
     "lol «p1.lfirst» just radioed in, they're stuck outside the breakwater at «city» with «d:knots» on the nose"),
    ("mooring_invoice", "invoice", "sailing",
     "INVOICE «d:invoice»\nBill to: «p1.rev»\n«addr»\n\nSwing mooring, season «d:date»: «d:price»\n"
     "Crane-out «d:boat»: «d:price#2»\n\nPay by transfer to IBAN «iban»\nQuote «d:invoice» as reference."),
    ("crew_list_csv", "csv", "sailing",
     "position,name,nationality_port,phone\nskipper,«p1.full»,«city»,«phone»\nbowman,«p2.full»,«city2»,«phone2»\ntactician,«p3.full»,«country»,«phone3»"),
    ("sailing_meeting", "meeting_transcript", "sailing",
     "[00:00:04] «p1.FULL»: Right, race committee. Start sequence for «d:award» is at «d:time».\n"
     "[00:00:19] «p2.FULL»: Mark boat is «d:boat» again, «p3.first» is driving it.\n"
     "[00:00:31] «p1.FULL»: Fine. If the breeze goes over «d:knots» we postpone."),

    ("mortgage_broker_email", "email", "mortgage",
     "Subject: Your agreement in principle («d:ticket»)\n\nDear Mr «p1.last»,\n\nThanks for sending the payslips. "
     "The lender needs the statement for checking account «acct» and a copy of your passport. "
     "The property at «addr» is valued at «d:price».\n\nKind regards,\n«p2.full»\nMortgage adviser | «phone»"),
    ("mortgage_form_caps", "form", "mortgage",
     "APPLICANT 1 SURNAME: «p1.LAST»\nAPPLICANT 1 FORENAMES: «p1.first»\nSSN: «ssn»\nCURRENT ADDRESS: «addr»\n"
     "YEARS AT ADDRESS: «d:int»\nEMPLOYER: «d:brand» Logistics Ltd\nGROSS SALARY: «d:price»"),
    ("mortgage_json", "json", "mortgage",
     '{"case_id": "«d:ticket»", "applicants": [{"name": "«p1.full»", "ssn": "«ssn»", "email": "«p1.email»"}, '
     '{"name": "«p2.full»", "ssn": "«ssn2»"}], "property": {"address": "«addr»"}, "ltv": "«d:pct»"}'),
    ("mortgage_call", "call_transcript", "mortgage",
     "Agent: You're through to the broker line, this call is recorded. Can I take your name?\n"
     "Caller: It's «p1.full».\nAgent: Thanks «p1.first». And the best number to reach you?\n"
     "Caller: «phone», or the office on «phone2» ext. 31.\nAgent: Lovely. The valuation is booked for «d:date»."),
    ("mortgage_llm_summary", "llm_summarise", "mortgage",
     "Summarise this broker note in two bullet points:\n\n\"Met «p1.full» and «p2.full» re remortgage. Current lender wants "
     "«d:pct». They'd like to move the repayment to account number «acct» (sort code 40-12-76). House is in «region».\""),
    ("broker_sms", "sms", "mortgage",
     "Hi «p1.first», «p2.first» from the brokerage. Offer's through!! Solicitor will email «p1.email» today."),

    ("hospice_handover", "bullets", "hospice",
     "Night handover — «d:ward»\n- Bed 3: «p1.full», comfort care, family (daughter «p2.first») staying over\n"
     "- Bed 5: Mrs «p3.last», syringe driver renewed «d:time»\n- Chaplain «p4.init» visiting tomorrow\n- Next of kin for bed 3: «phone»"),
    ("hospice_volunteer_email", "email", "hospice",
     "Hi «p1.first»,\n\nThank you for signing up to drive for our day hospice. Could you send your licence and your "
     "address? We have «addr» on file from «d:date» — is that still right?\n\nWarmly,\n«p2.full»\nVolunteer coordinator\n«phone»"),
    ("hospice_bereavement_letter", "letter", "hospice",
     "Dear «p1.full»,\n\nAll of us at the hospice were so sorry to hear of «p2.first»'s death. The bereavement group meets "
     "on Thursdays in the Garden Room. If you'd like to talk, «p3.first» can be reached on «phone».\n\nWith sympathy,\nThe family support team"),
    ("hospice_donation_form", "form", "hospice",
     "In memory of: «p1.full»\nDonor name: «p2.full»\nCard number: «card»\nExpiry: 0«d:int»/28\nGift Aid: yes\nEmail receipt to: «p2.email»"),
    ("palliative_translate", "llm_translate", "hospice",
     "Translate into plain English for the family:\n\"«p1.full» hat heute Morphin über die Spritzenpumpe bekommen. "
     "Bitte rufen Sie Schwester «p2.first» unter «phone:de» an.\""),
    ("hospice_chat_casual", "chat_casual", "hospice",
     "«p1.lfirst» can u cover my late on the ward sat? «p2.lfirst» swapped with me and now i'm double booked"),

    ("wildfire_dispatch_log", "log", "wildfire",
     "«d:date» «d:time» DISPATCH crew=E-«d:int» lead=«p1.full» radio_relay=«ip4» status=EN_ROUTE\n"
     "«d:date» «d:time#2» DISPATCH division=B supervisor=«p2.init» msg=\"spot fire near «region»\""),
    ("wildfire_evac_sms", "sms", "wildfire",
     "EVAC WARNING from county fire: residents of «addr» leave now. Questions: «p1.full», «phone:us»."),
    ("forestry_contractor_form", "form", "wildfire",
     "Contractor: «p1.full»\nSaw certification no.: «d:serial»\nHome base: «city», «region»\nPayroll deposit — account no. «acct»\nEmergency contact: «p2.full» «phone»"),
    ("wildfire_ics_json", "tool_call", "wildfire",
     'assign_crew({"incident": "«d:fire»", "crew_boss": "«p1.full»", "phone": "«phone»", "staging_area": "«city»", '
     '"notes": "swap with «p2.first» after 12h shift"})'),
    ("forestry_meeting", "meeting_transcript", "wildfire",
     "«p1.first»: Fuel moisture is at «d:pct», so we hold the burn.\n«p2.first»: Agreed. «p3.full» from the district office wants a "
     "briefing before «d:time».\n«p1.first»: I'll email her at «p3.email»."),

    ("glass_studio_booking", "email", "glass_ceramics",
     "Subject: Glassblowing taster — «d:date»\n\nHi «p1.first»,\n\nYou're booked on the two-hour taster with «p2.full». "
     "Please arrive ten minutes early; closed shoes, no synthetic fabrics.\n\nThe hot shop\n«phone»"),
    ("ceramics_commission_chat", "chat", "glass_ceramics",
     "Hi! I'm «p1.full», I saw your celadon bowls at the fair. Could you make a set of 8 for my mother «p2.first»? "
     "Ship to «addr» if possible."),
    ("kiln_share_sheet", "md_table", "glass_ceramics",
     "| Kiln | Firing | Booked by | Contact |\n|---|---|---|---|\n| Gas 2 | cone 10 reduction | «p1.full» | «p1.email» |\n"
     "| Electric 1 | bisque | «p2.init» | «phone» |\n| Raku | «d:date» | «p3.full» | «p3.email» |"),
    ("glass_receipt", "receipt", "glass_ceramics",
     "STUDIO SHOP\n«d:sku» hand-blown tumbler x2 «d:price»\n«d:sku#2» bud vase x1 «d:price#2»\nCARD ****«d:int»\n"
     "Served by: «p1.first»\nThank you «p2.full»!"),
    ("ceramics_classified", "classified_ad", "glass_ceramics",
     "FOR SALE: second-hand potter's wheel, «d:brand»-motor, plus 40 kg stoneware clay. «d:price». Collect from «city». Ask for «p1.first» — «phone»."),

    ("dairy_milk_collection", "log", "dairy",
     "collection farm=«d:int» driver=«p1.full» litres=«d:litres» temp=«d:temp» tanker_gps=«ip4» farmer=«p2.full»"),
    ("dairy_coop_email", "email", "dairy",
     "Dear «p1.full»,\n\nYour milk cheque for «d:date» will be paid to IBAN «iban:ie». The butterfat bonus was «d:pct». "
     "Any queries, contact «p2.first» at «p2.email».\n\nThe co-op office"),
    ("dairy_vet_sms", "sms", "dairy",
     "«p1.first» it's «p2.first» the vet, cow 412 calved ok, check her at milking. I'll be back at «d:time». ring «phone» if she goes down"),
    ("dairy_whatsapp_export", "chat_export", "dairy",
     "[«d:date», 05:12] «p1.full»: Parlour pump is making that noise again\n[«d:date», 05:14] «p2.full»: Call «p3.first», his number is «phone»\n"
     "[«d:date», 05:20] «p1.full»: Done. He's coming from «city»"),
    ("dairy_relief_milker", "classified_ad", "dairy",
     "Relief milker available weekends, «region». 10 yrs experience, rotary and herringbone. «w1.full», «phone»."),

    ("opera_surtitle_cue", "xml", "opera",
     '<cueSheet production="«d:opera»" operator="«p1.full»">\n  <cue n="«d:int»" act="II">«d:role» enters</cue>\n'
     '  <contact email="«p1.email»" phone="«phone»"/>\n  <translator>«p2.full»</translator>\n</cueSheet>'),
    ("opera_casting_email", "email", "opera",
     "Subject: «d:opera» — cover for «d:role»\n\nDear «p1.full»,\n\nWe'd like to engage you as cover. Rehearsals start «d:date» "
     "in the company's studio at «addr». Your agent «p2.full» has the contract.\n\nBest,\n«p3.first»\nArtistic administration"),
    ("libretto_llm_rewrite", "llm_rewrite", "opera",
     "Rewrite this programme note more formally: \"«p1.full» sings «d:role» tonight, replacing «p2.full» who is unwell. "
     "«p1.first» trained in «city» and made her debut in «country».\""),
    ("opera_box_office_call", "call_transcript", "opera",
     "Box office: Surname for the booking?\nCaller: «p1.LAST», «p1.first».\nBox office: Two seats in the stalls for «d:opera». "
     "And the card?\nCaller: «card».\nBox office: Tickets will be at the desk."),
    ("opera_surtitle_chat", "chat", "opera",
     "«p1.first», can you send me the surtitle file for Act III before the tech? Also «p2.full» says cue «d:int» is two lines too long."),

    ("itam_asset_json", "json", "itam",
     '{"asset_tag": "«d:asset»", "model": "«d:brand» Latitude", "serial": "«d:serial»", "assigned_to": "«p1.full»", '
     '"email": "«p1.email»", "last_ip": "«ip4»", "location": "«city»"}'),
    ("itam_sql", "code_sql", "itam",
     "-- reassign laptops after «p1.full» left\nUPDATE assets SET owner = '«p2.full»', owner_email = '«p2.email»'\n"
     "WHERE owner = '«p1.full»' AND asset_tag LIKE 'AST-%';\n-- checked by «p3.init» on «d:date»"),
    ("itam_ticket", "ticket", "itam",
     "Ticket «d:ticket» — Laptop not checked in\nRequester: «p1.full»\nAffected user: «p2.full» («p2.email»)\nDevice last seen from «ip6» "
     "at «d:time».\nPriority: P3"),
    ("itam_python", "code_python", "itam",
     "# owner lookup fixed by «p1.first» («p1.email»)\nOWNERS = {\n    \"«d:asset»\": \"«p2.full»\",\n    \"«d:asset#2»\": \"«p3.full»\",\n}\n"
     "ALLOWED_ADMIN_IP = \"«ip4»\"  # VPN gateway"),
    ("itam_log", "log", "itam",
     "WARN agent=inventory host=«d:asset» user=«p1.low» src=«ip4»:«d:int» msg=\"license seat reclaimed from «p2.full»\""),
    ("itam_yaml", "yaml", "itam",
     "device:\n  tag: «d:asset»\n  serial: «d:serial»\n  custodian: «p1.full»\n  custodian_phone: \"«phone»\"\n  site: «city»\n  mgmt_ipv6: «ip6»"),
]
