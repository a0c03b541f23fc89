"""Templates with personal data for the val21 part of the labelled PII corpus: people's own
writing (chat, e-mail, SMS, WhatsApp, letters, forms, reviews, notes, transcripts, tickets,
subtitles, OCR of paper). Written by hand for this part; slots as in `val21_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val21_gen import Template as T

TEMPLATES: tuple[T, ...] = (
    # --- chat -----------------------------------------------------------------------------
    T("a_chat_coop_dryer", "chat",
      "«p1.first» here from the grain co-op. Can you draft a note to «p2» telling him the "
      "Massey Ferguson dryer is booked for lot «lot» on «date»? His mobile is «ph», and cc "
      "«p3.first» at «pe3»."),
    T("a_chat_rig_swap", "chat",
      "need a polite msg to the rig: «p1.lower» swaps with «p2.lower» on the «date» chopper "
      "out of «city», «p2.lfirst»'s number is «ph.no» if the medic needs him"),
    T("a_chat_word_names", "chat",
      "Rewrite this so it sounds less blunt: \"«w1.first» will cover the Amber shift, and "
      "«w2.first» said she'd bring the rota, but «w3.first» hasn't replied since «date».\""),
    T("a_chat_only_word", "chat", "«p1.first»"),
    T("a_chat_surname_first", "chat",
      "In the admissions spreadsheet the applicant is listed as «p1.sf» (family name first). "
      "How should the offer letter greet them? They applied from «country», ref «ref»."),
    T("a_chat_lcf", "chat",
      "Sort these by surname please: «p1.lcf»; «p2.lcf»; «p3.lcf»; «p4.lcf»"),
    T("a_chat_slash_list", "chat",
      "who's on the Friday phone-in panel? I have «p1.first»/«p2.first»/«p3.first» pencilled "
      "but «p3.first» might be in «city» that week"),
    T("a_chat_spanish", "chat",
      "Translate to English for the shipping file: \"La señora «p1» llamó desde «city» al "
      "«ph.mx»; dice que el contenedor de «p2.first» sigue retenido en aduana.\""),
    T("a_chat_german", "chat",
      "What does this mean? \"Bitte Frau «p1.last» zurückrufen, Tel. «ph.de». Die Probe von "
      "Herrn «p2» ist seit «date» im Labor in «region».\""),
    T("a_chat_french", "chat",
      "Can you make this clearer for the consulate? «p1.first» wrote: « Mon frère «p2» a perdu "
      "son passeport à «city», il est joignable au «ph.fr». »"),
    T("a_chat_possessive", "chat",
      "Is «p1.first»'s blood group O negative? The bank flagged «p2»'s donation from «date» "
      "and I don't want to mix them up. Donor line: «ph»"),
    T("a_chat_nickname", "chat",
      "my neighbour «p1» (everyone calls him \"«k1»\") left his keys with us, can you help me "
      "write a note for «k1» to collect them, he's at «addr»"),
    T("a_chat_mentions", "chat",
      "@«p1.first» @«p2.lfirst» the census batch for «region» failed again, see «ticket». "
      "@«x1.first» can you rerun it from «ip»?"),
    T("a_chat_voice", "chat",
      "ok so text «p1.lfirst» and say the tractor club meets at «p2.lower»s barn on sunday "
      "and bring the John Deere manual her number is «ph.gb»"),
    T("a_chat_diacritics", "chat",
      "Spell check please, the sign-up sheet has «x1.ascii» but the passport says «x1» — which "
      "one goes on the visiting order for «date»?"),
    T("a_chat_particles", "chat",
      "How do I alphabetise «x1» and «x2»? Do «x1.last» and «x2.last» go under the particle "
      "or the main word?"),
    T("a_chat_upper_form", "chat",
      "Our polling card printer wants caps. Convert: «p1» → «p1.upper», and «p2» too, "
      "district «region»."),
    T("a_chat_with_by", "chat",
      "Draft a thanks: the crew list was checked by «p1», signed off with «p2.init», and sent "
      "via «p3.first» to the agent in «city»."),
    T("a_chat_card_dispute", "chat",
      "I got charged twice at the ferry terminal in «city» on my card «cc». How do I word a "
      "dispute? Name on card: «p1.upper». My bank's fraud line is «ph»."),
    T("a_chat_split_bill", "chat",
      "«p1.lfirst» says to send her share for the cabin to «iban», and «p2.lfirst» wants "
      "his to «iban2». write me a reminder for the group pls"),
    # --- email ----------------------------------------------------------------------------
    T("a_email_customs", "email",
      "Subject: Entry «ref» held — documents needed\n\nDear «p1.first»,\n\nThe consignment "
      "for «p2» (EORI on file) is held at «city». Please send the commercial invoice to "
      "«em» or call me on «ph».\n\nKind regards,\n«p3.first»\n«p3.last»\nCustoms Broker"),
    T("a_email_trial", "email",
      "To: «pe1»\nCc: «em»\nSubject: Visit 4 reschedule\n\nHi «p1.first», participant "
      "«p2.init» (SSN «ssn» on the consent form) can't make «date». Can we move to «time»? "
      "Reach her at «ph.us».\n— «p3»"),
    T("a_email_attn", "email",
      "Attn: «p1.ulcf»\nFAO «p2», Freight Desk\n\nThe reefer box «order» "
      "for the trawler co-op in «region» is short two pallets. Invoice to IBAN «iban», "
      "ref «ref».\n\n«p3.init»"),
    T("a_email_co", "email",
      "Please forward the court bundle to «p1» c/o «p2», «addr». Her direct line is «ph» and "
      "the clerk's desk is «ph2».\n\nThanks, «p3.first»"),
    T("a_email_admissions", "email",
      "Dear Admissions,\nI am writing on behalf of my daughter «p1» (applicant «ref»). Her "
      "school in «country» sent the transcript to «em» on «date». Please contact me at «pe2» "
      "or «ph».\nYours faithfully,\n«p2»"),
    T("a_email_embassy", "email",
      "Subject: emergency travel document — «p1.upper»\n\nThe applicant was born in «city», "
      "«country». The fee was paid by card «cc». Contact «p2» at the consulate on «ph».\n"),
    T("a_email_podcast", "email",
      "Hi «p1.first»,\n\nThanks for agreeing to be on episode «n»! We record at «time» on "
      "«date». Our producer «p2» («pe2», «ph») will send the Zoom link. Fee goes to "
      "«iban».\n\nCheers,\n«p3.first» & «p4.first»"),
    T("a_email_signature_split", "email",
      "Please summarise this thread.\n\n> The blood drive van is at the mart on «date».\n"
      "> Donor cards printed.\n\n--\n«p1.first»\n«p1.last»\nDonor Services, «city»\n"
      "T: «ph»\nE: «pe1»"),
    T("a_email_mp", "email",
      "From: «pe1»\nTo: «em»\n\nDear «p2.last» MP,\n"
      "My neighbour «p3» at «addr» has waited since «date» for her pension. I am helping her. "
      "My number: «ph.gb».\n«p1»"),
    # --- sms / whatsapp -------------------------------------------------------------------
    T("a_sms_dispatch", "sms",
      "AMB «n»: pt «p1.usf», «addr». Caller «p2.first» «ph». Fire crew from "
      "«city» en route."),
    T("a_sms_visit", "sms",
      "Visit confirmed «date» «time» for «p1». Visitor: «p2». Bring photo ID. Queries "
      "«ph.gb»"),
    T("a_sms_short", "sms", "«p1.lfirst» call me back «ph»"),
    T("a_sms_fisheries", "sms",
      "Quota alert: vessel Northern Grace «imo» — skipper «p1.last», landing at «city». "
      "Agent «p2.first» «ph.no»"),
    T("a_sms_bank", "sms",
      "hi «p1.lfirst» it's «p2.lfirst», pls send the fuel money to my acct «acct» sort "
      "code on the card, thx x"),
    T("a_sms_polling", "sms",
      "Presiding officer «p1» at station «n», «addr». Ballot box seals logged. «ph»"),
    T("a_whatsapp_family", "whatsapp",
      "[«date» «time»] «p1.first»: Mum's flight lands in «city» at «time»\n"
      "[«date» «time»] «w1.first»: I'll get her, «p2.first» has the car\n"
      "[«date» «time»] «p2.first»: 👍 send me the address again?\n"
      "[«date» «time»] «p1.first»: «addr»"),
    T("a_whatsapp_club", "whatsapp",
      "Pigeon club group:\n«p1»: race from «city» postponed\n"
      "«x1»: who has «p3.first»'s new number?\n«p1»: «ph»"),
    T("a_whatsapp_crew", "whatsapp",
      "- «p1.lfirst»: standby crew for «flight» tmrw?\n- «p2.lfirst»: «p3» is sick, "
      "scheduling says «p4.first» from the «city» base\n- «p1.lfirst»: ok ping «p4.first» "
      "on «ph»"),
    T("a_whatsapp_neighbours", "whatsapp",
      "Street group 🏡\n«w1.first»: parcel for number «n» left with me\n«p1.first»: thanks "
      "«w1.first»! that's «p2.first»'s, she's away till «date»\n«w2.first»: I'll tell her"),
    T("a_whatsapp_spanish", "whatsapp",
      "«p1.first»: oye, «p2.first» dice que el cheque va a la cuenta «acct»\n"
      "«p2.first»: sí, número de cuenta «acct», a nombre de «p2»\nCan you translate that?"),
    T("a_sms_card_block", "sms",
      "Card «cc» was used in «country». If this wasn't you, «p1.first», call «ph» now."),
    T("a_whatsapp_fishery_pay", "whatsapp",
      "«p1.first»: landings money from the auction goes to «iban» this week\n«p2.first»: and "
      "the fuel card? «cc»\n«p1.first»: yes that one, «p3.first» topped it up"),
    # --- letter ---------------------------------------------------------------------------
    T("a_letter_prison", "letter",
      "«addr»\n«date»\n\nDear Governor,\n\nI request a visiting order to see my son, «p1» "
      "(prison no. «ref»). I will travel with my sister «p2». I can be reached on «ph».\n\n"
      "Yours sincerely,\n\n«p3»"),
    T("a_letter_court", "letter",
      "IN THE COUNTY COURT AT «city.upper»\nClaim no. «ref»\n\nBetween «p1.upper» (Claimant) "
      "and «p2.upper» (Defendant)\n\nThe clerk, «p3.init», lists the hearing for «date»."),
    T("a_letter_reference", "letter",
      "To whom it may concern,\n\nI have known «p1» for six years as a volunteer at the "
      "lifeboat station in «region». «p1.first» is reliable and calm.\n\n«p2»\n«addr»\n«ph»"),
    T("a_letter_tenant", "letter",
      "Dear «p1.first» and «p2.first»,\nRent for «addr» is now paid by standing order from "
      "account number «acct» to IBAN «iban». With thanks,\n«p3.fi»"),
    # --- form -----------------------------------------------------------------------------
    T("a_form_census", "form",
      "CENSUS FOLLOW-UP\nHOUSEHOLD REF: «ref»\nSURNAME: «p1.ulast»\nFORENAMES: «p1.ufirst»\n"
      "ADDRESS: «addr»\nTEL: «ph»\nENUMERATOR: «p2.upper»"),
    T("a_form_donor", "form",
      "Donor registration\nName: «p1»\nDate of birth: «date»\nSSN: «ssn»\nPhone: «ph.us»\n"
      "Email: «pe1»\nEmergency contact: «p2» («ph2.us»)"),
    T("a_form_visa", "form",
      "Visa application — section B\nFamily name(s): «x1.last»\nGiven name(s): «x1.first»\n"
      "Place of birth: «city»\nCountry: «country»\nSponsor: «p2.lcf»\nSponsor phone: «ph»"),
    T("a_form_admission", "form",
      "Fill this in as JSON please:\nApplicant: «p1»\nPrevious school: Lakeshore Academy, "
      "«city»\nGuardian: «p2»\nGuardian email: «pe2»\nSSN: «ssn»"),
    T("a_form_payment", "form",
      "PAYMENT FORM\nCardholder: «p1.upper»\nCard no.: «cc»\nExpiry: 09/27\nBilling: «addr»\n"
      "Phone: «ph»"),
    T("a_form_crew", "form",
      "Offshore induction\nName: «p1.lcf»\nNext of kin: «p2»\nNOK phone: «ph»\nHome "
      "heliport: «city»\nBank acct: «acct»"),
    T("a_form_refund", "form",
      "REFUND REQUEST (embassy visa fee)\nApplicant: «p1»\nPaid with card: «cc»\nRefund to "
      "IBAN: «iban»\nAccount holder: «p2»\nTelephone: «ph»"),
    # --- review ---------------------------------------------------------------------------
    T("a_review_agent", "review",
      "★★★★★ «p1» at the shipping agency sorted our car export to «country» in two days. "
      "Ask for «p1.first» directly!"),
    T("a_review_vet", "review",
      "2/5. The locum, «p1.init», was kind but the «city» clinic lost our Labrador's notes. "
      "Only «p2.first» at reception helped. — «p3.first»"),
    T("a_review_b_and_b", "review",
      "Stayed at «p1.first» and «p2.first»'s farm B&B near «city». The Earl Grey scones! "
      "Booked via «pe1». Would return. «w1»"),
    T("a_review_tutor", "review",
      "Our son's physics tutor «p1» got him through admissions. Contact him on «ph»; tell him "
      "«p2.first» from «region» sent you."),
    # --- notes ----------------------------------------------------------------------------
    T("a_notes_newsroom", "notes",
      "Story list «date»\n- Harbour dredging: call «p1» («ph»)\n- Court: «p2.lcf» sentencing\n"
      "- Feature: «p3.first» the beekeeper, «region»\nper «p4.first»: hold the flood pics"),
    T("a_notes_lab", "notes",
      "Lab meeting\nattendees: «p1.first», «p2.first», «x1.first», «p3.init»\n- centrifuge "
      "booking via «p2.first»\n- «p1.first» to email samples to «em»\n- next: «date»"),
    T("a_notes_phonein", "notes",
      "Phone-in log, line «n»: «w1.first» from «city» on potholes; line «n»: «p1.first», "
      "«region», on the bus cuts; callback «ph»"),
    T("a_notes_police", "notes",
      "Non-emergency desk: caller «p1» reports a lost wallet near «addr». Card ending "
      "«n» — full no. given «cc». Advised to call the bank. Callback «ph.gb»."),
    T("a_notes_meeting_fr", "notes",
      "Compte rendu — présents : «p1», «p2», «p3.first». Absente : «p4». Prochaine réunion "
      "à «city» le «date». (Please translate into English.)"),
    T("a_notes_semicolon", "notes",
      "Visitors today: «p1»; «p2.lcf»; «x1»; «w1»\nescort: «p3.first»"),
    T("a_notes_duty", "notes",
      "Consulate duty numbers, week «n»:\nMon-Wed «p1» «ph»\nThu-Fri «p2» «ph2»\nweekend: "
      "whoever has the red phone, «ph3»"),
    # --- transcript -----------------------------------------------------------------------
    T("a_transcript_radio", "transcript",
      "HOST: You're on the air, who's this?\nCALLER: hi it's «p1.lfirst» from «city»\n"
      "HOST: Go ahead «p1.first».\nCALLER: I just want to say «p2» at the council never "
      "called me back.\nHOST: We'll chase that. «p3.first», take «p1.first»'s number off air."),
    T("a_transcript_dispatch", "transcript",
      "«p1.upper»: control, unit «n»\nCONTROL: go ahead\n«p1.upper»: patient is «p2», "
      "male, at «addr»\nCONTROL: received, informing «p3.first» at the hospital"),
    T("a_transcript_podcast", "transcript",
      "[00:12:04] «p1.first»: and that's when «p2» rang me from «country»\n[00:12:09] "
      "«p3.first»: wait, the «p2.last» who ran the cannery?\n[00:12:11] «p1.first»: the very "
      "same"),
    T("a_transcript_voice", "transcript",
      "voicemail transcript: hi this is «p1.lower» calling about my mums blood test at the "
      "clinic in «city» can «p2.lfirst» call me on «ph.gb» thanks bye"),
    T("a_transcript_interview", "transcript",
      "Interviewer («p1.init»): State your name.\nWitness: «p2».\nInterviewer: And you live "
      "at?\nWitness: «addr».\nInterviewer: Thank you, «p2.last»."),
    T("a_transcript_census", "transcript",
      "enumerator «p1.lfirst» door «n» nobody home neighbour «w1.lower» says the family "
      "moved to «region» last «date» forwarding number «ph»"),
    # --- ticket ---------------------------------------------------------------------------
    T("a_ticket_freight", "ticket",
      "«ticket» — Shipment stuck\nReporter: «p1»\nAssignee: @«p2.lfirst»\n\nContainer "
      "«track» for «p3» in «city». Customer wants a call on «ph»."),
    T("a_ticket_refund", "ticket",
      "Ticket «ticket»\nCustomer «p1.lcf» was charged twice on «cc». Refund to IBAN «iban» "
      "requested. Escalated by «p2.first»."),
    T("a_ticket_access", "ticket",
      "Title: VPN locked out\nUser: «p1» («pe1»)\nSource IP «ip», then «ip2»\nfrom «p2.first»: "
      "please reset MFA"),
    T("a_ticket_roster", "ticket",
      "«ticket»: Crew roster export shows «p1.ulcf» twice. Also «x1» missing for «date». "
      "Assigned to «p2»."),
    T("a_ticket_fraud", "ticket",
      "«ticket» Suspicious donations: same card «cc» used by «p1» and «p2» from IP «ip» and "
      "«ipv». Please check with «p3.first»."),
    # --- subtitles ------------------------------------------------------------------------
    T("a_srt_doc", "srt",
      "1\n00:00:01,000 --> 00:00:04,200\nMy name is «p1», I've fished out of «city» for "
      "thirty years.\n\n2\n00:00:04,300 --> 00:00:07,900\nMy father, «p2.first», had the boat "
      "before me."),
    T("a_srt_news", "srt",
      "14\n00:03:10,500 --> 00:03:13,000\n«p1.upper», CENSUS OFFICER\n\n15\n00:03:13,100 --> "
      "00:03:16,800\nWe knocked on every door in «region»."),
    T("a_srt_interview", "srt",
      "3\n00:00:09,000 --> 00:00:12,000\n- Did «w1.first» know?\n- «w1.first» knew. "
      "So did «p1.first».\n\n4\n00:00:12,100 --> 00:00:14,000\n(«p2.upper» SIGHS)"),
    # --- OCR ------------------------------------------------------------------------------
    T("a_ocr_label", "ocr",
      "SHlPPER: «p1.upper»\n«addr»\nCONSIGNEE: «p2»\nTEL «ph»\nHS CODE 0303.89 GR WT 412KG"),
    T("a_ocr_id", "ocr",
      "REPUBL1C OF «country.upper»\nSurname / Nom\n«p1.ulast»\nGiven names / Prénoms\n"
      "«p1.ufirst»\nPlace of birth «city»"),
    T("a_ocr_cheque", "ocr",
      "PAY «p1.upper» ******** «price»\nACCOUNT NO «acct» | sort 40-11-62\nsigned "
      "«p2.init»"),
    T("a_ocr_receipt", "ocr",
      "TILL «n» — Hardware Co-op «ref»\nCARD ****«n»\nMember: «p1.lower»\nThank you for "
      "shopping, «p1.first»!"),
)  # fmt: skip
