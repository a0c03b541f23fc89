"""Personal templates of val44, part B: (name, shape, domain, template[, pins])."""

T = [
    ("visa_application_form", "form", "embassy",
     "VISA APPLICATION — SHORT STAY (TYPE C)\nSurname: «p1.LAST»\nGiven names: «p1.first»\nPlace of birth: «city»\nNationality: «country»\n"
     "Home address: «addr»\nTelephone: «phone»\nEmail: «p1.email»\nInviting person: «p2.full»"),
    ("embassy_appointment_email", "email", "embassy",
     "From: Consular Section <«email»>\nTo: «p1.email»\nSubject: Appointment confirmation «d:ticket»\n\nDear «p1.full»,\n\n"
     "Your biometrics appointment is on «d:date» at «d:time». Bring your passport and the fee receipt.\n\nConsular Section, «city»"),
    ("visa_status_chat", "chat", "embassy",
     "hello, my husband «p1.full» applied for a spouse visa in «city» and tracking «d:track» has said 'in process' for 6 weeks. "
     "Who can we contact? my number is «phone»"),
    ("embassy_note_verbale", "letter", "embassy",
     "The Embassy presents its compliments and has the honour to request a diplomatic visa for «p1.inits», Second Secretary, "
     "and spouse «p2.full», arriving from «country» on «d:date»."),
    ("visa_llm_classify", "llm_classify", "embassy",
     "Classify this visa enquiry as STATUS, DOCUMENTS or FEES:\n\"Dear sir, I am «p1.full», passport holder of «country». "
     "I paid the fee by card «card» but got no receipt. Please write to «p1.email».\""),
    ("consulate_russian_chat", "chat", "embassy",
     "Здравствуйте! Меня зовут «p1.full». Я подала документы на визу «d:date», номер заявки «d:ticket». "
     "Мой телефон «phone», почта «p1.email». Спасибо!", {"p1": "ru_RU*"}),

    ("coldchain_temp_alert", "log", "cold_chain",
     "ALERT reefer=«d:serial» temp=«d:temp» threshold=8.0 °C driver=«p1.full» driver_phone=«phone» gateway=«ip4» route=«city»→«city2»"),
    ("coldchain_delivery_label", "shipping_label", "cold_chain",
     "KEEP REFRIGERATED 2–8 °C\nTO: «p1.FULL»\n«addr»\nTEL «phone»\nPharmacy dept.\nTracking «d:track»\nLot «d:lot»"),
    ("coldchain_incident_email", "email", "cold_chain",
     "Hi «p1.first»,\n\nDuring yesterday's run the pallet of vaccines to «city» spent «d:dur» above range. «p2.full» has quarantined "
     "«d:lot». Can you call the client, «p3.full», on «phone»?\n\nThanks,\n«p2.first»"),
    ("coldchain_go", "code_go", "cold_chain",
     "// alert routing, owner: «p1.full» <«p1.email»>\nvar onCall = map[string]string{\n\t\"night\": \"«phone»\",\n\t\"weekend\": \"«phone2»\",\n}\n"
     "const gatewayIP = \"«ip4»\" // depot edge router"),
    ("coldchain_driver_sms", "sms", "cold_chain",
     "Driver «p1.first»: door seal on trailer «d:int» broken at «city». Waiting for «p2.first» from dispatch. Temp «d:temp»."),

    ("betting_account_ticket", "ticket", "betting",
     "Ticket «d:ticket» | Responsible gambling\nCustomer: «p1.full»\nRequest: self-exclusion for 6 months\nLast login IP: «ip4»\n"
     "Card on file: «card»\nAgent note: «p1.first» called, very upset; escalated to «p2.full»."),
    ("betting_kyc_form", "form", "betting",
     "Full name: «p1.full»\nDate of birth: «d:date»\nSSN: «ssn»\nResidential address: «addr»\nMobile: «phone:us»\nDeposit limit: «d:price»"),
    ("bookie_casual_chat", "chat_casual", "betting",
     "mate «p1.lfirst» put a tenner on «d:horse» at 14/1 and it WON. he's buying tonight"),
    ("betting_withdrawal_json", "tool_call", "betting",
     'process_withdrawal(customer_name="«p1.full»", iban="«iban»", amount="«d:price»", ip_address="«ip6»")'),
    ("betting_fraud_log", "log", "betting",
     "{\"lvl\":\"warn\",\"evt\":\"multi_account\",\"accounts\":[\"«p1.email»\",\"«p2.email»\"],\"ip\":\"«ip4»\",\"ts\":\"«d:date»T«d:time»:11Z\"}"),

    ("blood_donor_record", "form", "blood_bank",
     "DONOR RECORD\nName: «p1.REV»\nDonor no.: BD-«d:int»-«d:int#2»\nBlood group: O neg\nPhone: «phone»\nLast donation: «d:date»\nDeferral: none"),
    ("blood_bank_recall_sms", "sms", "blood_bank",
     "Hi «p1.first», your O neg donation could save 3 lives this week. Book at the centre in «city» or call «phone»."),
    ("blood_stock_meeting", "meeting_transcript", "blood_bank",
     "«p1.full»: Platelet stock is down to two days.\n«p2.full»: The mobile unit goes to «city» on «d:date».\n«p1.full»: Ask «p3.first» to email the donors' list to «email»."),
    ("blood_lab_csv", "csv", "blood_bank",
     "unit_id,donor,abo,collected,collector\n«d:lot»,«p1.full»,A+,«d:date»,«p2.init»\n«d:lot#2»,«p3.full»,B-,«d:date#2»,«p2.init»"),
    ("blood_transfusion_summary", "llm_summarise", "blood_bank",
     "Summarise for the handover: «p1.full» (MRN «d:int»«d:int#2») received 2 units RBC. Reaction at «d:time», settled. "
     "Husband «p2.first» asked to be rung on «phone»."),

    ("property_repair_ticket", "ticket", "property",
     "Repair request «d:ticket»\nTenant: «p1.full»\nUnit: «addr»\nIssue: boiler pressure dropping\nAccess: «p1.first» works from home, call «phone» first"),
    ("property_rent_email", "email", "property",
     "Dear «p1.full»,\n\nThis is a reminder that rent of «d:price» for «addr» is due on «d:date». Please pay into our client account "
     "number «acct» or by IBAN «iban:gb».\n\n«p2.full»\nProperty manager"),
    ("property_inventory_bullets", "bullets", "property",
     "Check-out inventory\n- Tenant «p1.full» present, landlord «p2.full» by video\n- Oven: clean\n- Hall carpet: stain near door (photo 14)\n"
     "- Forwarding address: «addr»"),
    ("property_landlord_casual", "chat_casual", "property",
     "hey is this still «p1.lfirst»'s number? the flat in «city» has a leak again, water coming through the ceiling"),
    ("property_lease_xml", "xml", "property",
     "<lease id=\"«d:ticket»\">\n  <tenant>«p1.full»</tenant>\n  <guarantor>«p2.full»</guarantor>\n  <premises>«addr»</premises>\n"
     "  <deposit scheme=\"DPS\">«d:price»</deposit>\n</lease>"),

    ("student_housing_form", "form", "student_housing",
     "Hall preference: «d:ward»\nStudent name: «p1.full»\nStudent ID: «d:int»«d:int#2»\nHome country: «country»\nPhone: «phone»\n"
     "Flatmate request: «p2.full»\nGuarantor email: «email»"),
    ("student_housing_chat_export", "chat_export", "student_housing",
     "«d:date» 23:41 - «p1.first»: who left the hob on in kitchen B\n«d:date» 23:42 - «p2.first»: not me\n«d:date» 23:44 - «p3.first»: «p2.first» lol it was you"),
    ("student_housing_email_sig", "email", "student_housing",
     "Hi all,\n\nFire alarm testing in block C on «d:date» at «d:time». Please don't panic.\n\nCheers,\n«p1.full»\nResidence Life Assistant\nm: «phone» | e: «p1.email»"),
    ("student_damage_receipt", "receipt", "student_housing",
     "Accommodation office — damages\nRoom «d:unit»\nResident: «p1.REV»\nReplacement desk chair «d:price»\nPaid by card «card»"),
    ("student_housing_search", "search_query", "student_housing",
     "«p1.full» student housing «city» contact number"),

    ("fashion_rental_order", "json", "fashion_rental",
     '{"rental": "«d:order»", "customer": {"name": "«p1.full»", "email": "«p1.email»", "phone": "«phone»"}, '
     '"items": [{"sku": "«d:sku»", "size": "«d:size»"}], "ship_to": "«addr»"}'),
    ("fashion_rental_return_chat", "chat", "fashion_rental",
     "Hi, it's «p1.first»! The dress from order «d:order» came back with a torn hem — I think it was like that when «p2.first» "
     "(my sister) received it. Can you call me on «phone»?"),
    ("fashion_stylist_notes", "bullets", "fashion_rental",
     "Stylist notes\n- «p1.full»: wedding guest, «d:size», prefers green\n- «w1.first»: gala, needs it by «d:date»\n- «p2.init»: return overdue, chase"),
    ("fashion_label", "shipping_label", "fashion_rental",
     "RETURN LABEL\nFrom: «p1.full»\n«addr»\nTo: Returns Dept, Unit 4\nRef «d:order»\nWeight 1.2 kg"),

    ("bindery_quote_email", "email", "bookbinding",
     "Dear «p1.full»,\n\nThank you for bringing in your grandfather's ledger. Re-sewing and a new quarter-leather binding would be «d:price». "
     "The text is set in «d:font», so we'd use matching paper for the guards.\n\nBest wishes,\n«p2.full», conservator\n«phone»"),
    ("conservation_condition_report", "form", "bookbinding",
     "Condition report «d:ticket»\nObject: family bible, c. 1860\nOwner: «p1.full»\nOwner's address: «addr»\nInscription on flyleaf: "
     "\"«p2.full», her book\"\nTreatment: board reattachment"),
    ("bindery_class_sms", "sms", "bookbinding",
     "Reminder from the bindery: «p1.first», your Coptic stitch class is «d:date» «d:time». Bring an awl. Any issue text «phone»."),
]
