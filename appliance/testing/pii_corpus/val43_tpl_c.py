"""Personal templates of val43, part C: tickets, meeting and call transcripts, chat
exports, invoices and receipts, shipping labels, requests to an LLM, letters, handovers,
radio logs, prompts written mostly in another language, and names that are also words."""

from __future__ import annotations

from appliance.testing.pii_corpus.val43_engine import T

PERSONAL_C = [
    # --- tickets ----------------------------------------------------------------------------
    T("c_ticket_noc_broadband", "ticket",
      "Ticket «ticket»\nReporter: «N1.full» <«email:N1»>\nPriority: P3\nSummary: no broadband at «addr» since "
      "«time», CPE WAN address «ip4»\nAssignee: «N2.given»"),
    T("c_ticket_lis_printer", "ticket",
      "Summary: barcode printer jams at specimen reception\nRequested by: «N1.init», callback «phone» ext. "
      "«int:100-999»\nDevice: Zebra ZD421, host «ip4»\nNotes: «N2.given» swapped the ribbon, still jamming"),
    T("c_ticket_release_hotfix", "ticket",
      "REL-«int:100-999»: hotfix version «ver» blocked by failing smoke test\nReporter: «N1.full»\nComment («N2.given»): "
      "rollback plan approved by «N3.full», deploy window «time»"),
    T("c_ticket_refugee_interpreter", "ticket",
      "Request «ticket»: interpreter (Tigrinya) needed for client «N1.full» at the job-centre appointment on "
      "«date». Client phone «phone». Assigned to «N2.sf»."),
    T("c_ticket_parking_appeal", "ticket",
      "Appeal received «date»\nAppellant: «N1.full»\nPCN: «ticket»\nGrounds: loading goods to «addr», photos "
      "attached\nOfficer notes («N2.init»): vehicle unattended 14 min"),
    # --- meetings ---------------------------------------------------------------------------
    T("c_meet_release", "meeting",
      "«N1.given»: Are we ready to ship release «ver»?\n«N2.given»: Two blockers left, one is the schema migration.\n"
      "«N1.given»: Can «N3.full» own that?\n«N3.given»: Sure, by Thursday."),
    T("c_meet_agedcare", "meeting",
      "[00:01:12] «N1.FULL»: Falls are down this month, two in the dementia unit.\n[00:01:40] «N2.FULL»: Mrs "
      "«N3.family» had one of them, her daughter wants a call.\n[00:02:05] «N1.FULL»: I'll ring her today."),
    T("c_meet_ski_safety", "meeting",
      "CHAIR («N1.full»): Item 3, avalanche control on the upper bowl.\n«N2.family»: The gas exploders passed "
      "inspection on «date».\n«N3.family»: Patrol wants «N4.given» trained as a second blaster."),
    T("c_meet_crossword", "meeting",
      "Editorial meeting, puzzles desk\n«N1.given»: The Saturday prize cryptic has a bad clue at 9 down.\n"
      "«N2.given»: I'll ask «N3.full» to rewrite it.\n«N1.given»: And the winners list goes to «email»."),
    T("c_meet_festival", "meeting",
      "Speaker 1 («N1.full», site manager): Gates open at «time».\nSpeaker 2 («N2.full», medical): We have two "
      "ambulances on site.\nSpeaker 1: Thanks, «N2.given»."),
    T("c_meet_exchange_panel", "meeting",
      "INTERVIEWER: Why did you choose «country»?\n«N1.FULL»: My grandmother was born in «city».\nINTERVIEWER: "
      "And who is your referee?\n«N1.FULL»: Professor «N2.full»."),
    # --- calls ------------------------------------------------------------------------------
    T("c_call_airamb", "call",
      "Caller: My neighbour «N1.full» collapsed in the garden.\nDispatcher: What's the address?\nCaller: "
      "«addr».\nDispatcher: And your number in case we get cut off?\nCaller: «phone»."),
    T("c_call_wine_card", "call",
      "Agent: Could I take the card number for the deposit?\nCustomer: Yes, it's «card».\nAgent: And the name "
      "on the card?\nCustomer: «N1.FULL»."),
    T("c_call_fertility", "call",
      "Nurse: Am I speaking to «N1.given»?\nPatient: Yes.\nNurse: Your results came back; Dr «N2.family» would "
      "like to see you and «N3.given» on «date».\nPatient: Can you text the time to «phone»?"),
    T("c_call_benefits_ssn", "call",
      "Caseworker: I need the number on the Social Security card.\nClient: «ssn».\nCaseworker: Thank you, "
      "«N1.given». And your checking account number for the deposit?\nClient: «acct»."),
    T("c_call_parking_pay", "call",
      "[recording] Officer: Penalty «ticket», is that right?\nCaller: Yes, the car's in my husband's name, "
      "«N1.full».\nOfficer: Paying by card?\nCaller: «card», expiry 11/28."),
    # --- chat exports -----------------------------------------------------------------------
    T("c_export_whatsapp_club", "chat_export",
      "[14/03/2026, 09:12:01] «N1.full»: anyone at the club tonight?\n[14/03/2026, 09:13:40] «N2.full»: yes, "
      "bringing the new points motor\n[14/03/2026, 09:15:02] «N1.full»: great, ring me on «phone»"),
    T("c_export_slack_noc", "chat_export",
      "«N1.lgiven»  10:41 AM\nrollback done on «ip4», traffic back to normal\n«N2.lgiven»  10:42 AM\nty! "
      "@«N3.lgiven» can you close «ticket»?"),
    T("c_export_teams_lab", "chat_export",
      "«N1.sf» (09:02): QC failed on the analyser again, Westgard 2-2s\n«N2.sf» (09:04): rerunning level 2 "
      "now\n«N1.sf» (09:20): passed, releasing the batch"),
    T("c_export_discord_hack", "chat_export",
      "«N1.given» — Today at 02:14\nwho broke main?? 😭\n«N2.given» — Today at 02:15\nme, reverting, sorry\n"
      "«N3.given» — Today at 02:16\nlegend"),
    # --- invoices and receipts ---------------------------------------------------------------
    T("c_invoice_physio", "invoice",
      "INVOICE «inv»\nBill to: «N1.full»\n«addr»\n\n3 x sports physiotherapy session   «price»\nTaping "
      "supplies   «price»\n\nPlease pay to IBAN «iban», reference «order»."),
    T("c_invoice_memorial", "invoice",
      "Memorial services, statement «inv»\nFamily of the late «N1.full»\nHeadstone engraving (42 letters)  "
      "«price»\nBalance due by «date». Account holder: «N2.full», account no. «acct»"),
    T("c_receipt_dive", "receipt",
      "RECEIPT «order»\nCustomer: «N1.init»\n2-tank boat dive x2   «price»\nNitrox fills x4   «price»\n"
      "Paid by card «card»\nThank you, see you underwater!"),
    T("c_invoice_riding", "invoice",
      "Riding school, term fees\nPupil: «N1.given» «pick:(juniors)|(intermediate)|(adult beginners)»\nPayer: "
      "«N2.full», «addr»\n10 lessons   «price»\nBank transfer to IBAN «iban»"),
    T("c_invoice_wire_us", "invoice",
      "WIRE INSTRUCTIONS (auction settlement)\nBeneficiary: «N1.full»\nAccount number: «acct»\nABA routing: "
      "«pick:021000021|026009593|121000358»\nMemo: lots 301-305"),
    # --- shipping labels --------------------------------------------------------------------
    T("c_label_modelrail", "shipping_label",
      "SHIP TO:\n«N1.FULL»\n«addr»\n«country»\nTel: «phone»\nContents: OO gauge locomotive, declared value "
      "«price»"),
    T("c_label_lab_samples", "shipping_label",
      "FROM: «N1.full», specimen reception\nTO: «N2.full»\n«addr»\nUN3373 Biological Substance, Category B\n"
      "Emergency contact: «phone»"),
    T("c_label_wine", "shipping_label",
      "Deliver to: «N1.sf»\n«addr»\nSignature required. Fragile: 6 x 750 ml.\nSender: auction dispatch, "
      "«phone»"),
    # --- requests to an LLM -----------------------------------------------------------------
    T("c_llm_rewrite_polite", "llm_rewrite",
      "Rewrite this so it sounds friendlier:\n\"«N1.given», you forgot to return the rental BCD again. Bring it "
      "back by «date» or «N2.given» will charge your card.\""),
    T("c_llm_translate_fr", "llm_translate",
      "Translate into French: \"Dear «N1.full», your exchange placement in «city» is confirmed. Your host, "
      "«N2.full», will contact you at «email:N1».\""),
    T("c_llm_summarise_minutes", "llm_summarise",
      "Summarise these minutes in three bullet points:\n\nPresent: «N1.full», «N2.full», «N3.init». «N1.given» "
      "reported two near misses at the conveyor transfer point. «N2.family» will update the JHA. Next meeting "
      "«date»."),
    T("c_llm_extract_json", "llm_extract",
      "Extract the caller's details as JSON (name, phone, address) from this note: «N1.given» «pick:rang|called» "
      "at «time», lives at «addr», best number «phone», wants to know about plot transfers."),
    T("c_llm_reply_draft", "llm_rewrite",
      "Draft a short reply to «N1.full», who complained that the 6:40 tram skipped her stop twice this week. "
      "Apologise and offer a refund to her travel card."),
    T("c_llm_obituary", "llm_rewrite",
      "Help me write a short obituary for my aunt, «N1.full», who lived in «city» for forty years and sang in "
      "the community radio choir. She is survived by «N2.given» and «N3.given»."),
    T("c_llm_translate_keep_name", "llm_translate",
      "Translate this into Spanish but keep the names as they are: «N1.dual» will meet «N2.full» at the ski "
      "school desk on «date»."),
    T("c_llm_proofread_cover", "llm_rewrite",
      "Proofread my cover letter: \"My name is «N1.full» and I have five years of experience in laboratory "
      "information systems. You can reach me at «email:N1» or «phone».\""),
    T("c_llm_summarise_case", "llm_summarise",
      "TL;DR this case file please: «N1.full» and her two children arrived from «country» in «date». Housing in "
      "«city» fell through; caseworker «N2.given» is looking at «addr». Bank account opened, account number "
      "«acct»."),
    # --- letters, handovers, radio logs ------------------------------------------------------
    T("c_letter_patent", "letter",
      "«N1.full»\n«addr»\n\n«date»\n\nDear «N1.given»,\n\nThe trademark office has accepted your application "
      "for the word mark. Opposition period ends in three months.\n\nYours,\n«N2.full»"),
    T("c_letter_reference", "letter",
      "To whom it may concern,\n\nI have supervised «N1.full» during her placement in «region». She was "
      "reliable and kind with every horse in the yard.\n\nProf. «N2.full»\n«email:N2»"),
    T("c_handover_sbar", "handover",
      "SBAR handover\nS: «N1.full», 72, winched from scree slope, GCS 14\nB: on warfarin per wife «N2.given»\n"
      "A: possible hip fracture\nR: receiving consultant Dr «N3.family», phone «phone»"),
    T("c_handover_night_care", "handover",
      "Night handover: «N1.given» (rm 3) settled after «time». «N2.full» (rm 9) refused meds, son informed on "
      "«phone». «N3.given» (rm 12) for Parkinson's review."),
    T("c_radio_net_log", "radio_log",
      "Net control: «N1.full»\nCheck-ins: «N2.given», «N3.given», «N4.init»\nTraffic: «N2.given» asks about the "
      "antenna party at «addr» on «date»\nNet closed «time»"),
    T("c_radio_playout", "radio_log",
      "«time» Presenter «N1.full» on air\n«time» Interview: «N2.full» (food bank)\n«time» Listener call-in "
      "from «city», «N3.given»"),
    # --- other languages (names in their own script) ------------------------------------------
    T("c_ru_chat_rota", "chat",
      "Привет! Напоминаю: «N1.full» дежурит на подъёмнике в субботу, а «N2.given» в воскресенье. Телефон "
      "диспетчерской: «phone»", lang="ru_RU"),
    T("c_uk_ticket_tram", "ticket",
      "Заявка № «int:1000-9999»\nЗаявник: «N1.full»\nТелефон: «phone:ua»\nОпис: не працює валідатор квитків у "
      "трамваї, вагон 214.", lang="uk_UA"),
    T("c_ja_email_dive", "email",
      "件名：ボートダイビングのご予約\n\n«N1.family»様\n\nご予約ありがとうございます。«date»のボートダイブに"
      "«N2.full»様とご一緒に参加いただけます。\nお問い合わせ：«phone:jp»", lang="ja_JP"),
    T("c_zh_chat_lis", "chat",
      "«N1.full»，你好！实验室信息系统的新账号已经开通，请联系«N2.given»领取初始密码。电话：«phone»",
      lang="zh_CN"),
    T("c_ko_sms_physio", "sms",
      "[예약 안내] «N1.full»님, «date» 물리치료 예약이 확정되었습니다. 담당: «N2.family» 선생님. 문의 «phone:kr»",
      lang="ko_KR"),
    T("c_el_form_dive", "form",
      "Ονοματεπώνυμο: «N1.full»\nΤηλέφωνο: «phone»\nEmail: «email:N1»\nΣχόλια: κράτηση για δύο καταδύσεις",
      lang="el_GR"),
    T("c_ar_note_family", "notes",
      "ملاحظة: وصلت عائلة «N1.family» يوم «date». رب الأسرة: «N1.full»، الهاتف: «phone»", lang="ar_SY"),
    T("c_he_calendar_exchange", "calendar",
      "פגישה עם «N1.full» בשעה «time» בנושא חילופי סטודנטים. להביא דרכון. טלפון: «phone»", lang="he_IL"),
    T("c_hi_chat_physio", "chat",
      "नमस्ते «N1.given» जी, आपकी फिज़ियोथेरेपी «date» को «time» बजे है। — «N2.full»", lang="hi_IN"),
    T("c_th_chat_dive", "chat",
      "สวัสดีค่ะ คุณ«N1.given» การจองดำน้ำวันที่ «date» ยืนยันแล้วค่ะ ติดต่อ «phone»", lang="th_TH"),
    T("c_ka_sms_meeting", "sms",
      "გამარჯობა, «N1.given»! შეხვედრა გადაიდო. «N2.full»", lang="ka_GE"),
    # --- given names that are also words ------------------------------------------------------
    T("c_word_farrier", "chat",
      "«W1.full» from the riding school phoned: she'll bring the farrier's invoice on «date»."),
    T("c_word_doctor", "email",
      "Subject: Thank you\n\nPlease thank Dr «W1.family» for the talk on Bühlmann decompression tables; "
      "«W2.given» has already asked for the slides."),
    T("c_word_puzzle_race", "notes",
      "Puzzle race results: «W1.given» first (14 min), «W2.given» second, «N1.given» third. Prizes posted on "
      "«date»."),
    T("c_word_running_late", "sms",
      "Message from «W1.given»: running late, tram stuck at the depot. Tell «W2.given» to start the briefing. "
      "Thanks, «W2.given»!"),
    T("c_word_festival_stage", "chat",
      "Stage manager update: «W1.given» («W1.family» on the crew sheet) is running sound tonight; «W2.full» "
      "handles lights."),
    # --- more single documents -----------------------------------------------------------------
    T("c_ends_with_name", "email",
      "Hi,\n\nThe new pager for the base is ready for collection at the front desk, serial «serial». Please sign "
      "the log when you pick it up.\n\nCheers,\n«N1.given»"),
    T("c_quotes_brackets", "chat",
      "The tag on the flowers just said \"for «N1.given»\", and the card was signed [«N2.full»]. Can you find "
      "out which resident that is?"),
    T("c_several_values", "form",
      "Refund request\nName: «N1.full»\nEmail: «email:N1»\nPhone: «phone» / «phone»\nOriginal card: «card»\n"
      "Refund IBAN: «iban»\nReason: ski course cancelled (no snow)"),
    T("c_form_onboarding_us", "form",
      "Seasonal staff onboarding (US resort)\nEmployee: «N1.full»\nSSN: «ssn»\nHome address: «addr:us»\n"
      "Direct deposit, checking account number: «acct»\nStart date: «date»"),
    T("c_chat_payroll_ssn", "chat",
      "Hi payroll, festival crew member «N1.full» says her SSN was typed wrong on the W-9. The correct one is "
      "«ssn»; please re-run the 1099 before «date»."),
    T("c_email_admission_ssn", "email",
      "Subject: Admission paperwork\n\nThe resident's Social Security number is «ssn» and the Medicare card is in "
      "the office safe. Resident: «N1.full». Billing contact: «N2.full», «phone:us».\n\nAdmissions"),
    T("c_llm_redact", "llm_rewrite",
      "Please redact this before I paste it into the team channel: «N1.full», SSN «ssn», lives at «addr:us», "
      "mobile «phone:us»."),
]
