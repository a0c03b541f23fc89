"""Personal templates of val9 (first half: conversational and document shapes), a blind part
of the labelled PII corpus, written by hand without reading the other parts.

Shapes: chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket, voice
(voice-to-text: lower case, no punctuation) and ocr (scanned forms: capitals, broken
lines). Placeholders are those of val9_gen.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val9_gen import Template, templates

ROWS: list[tuple[str, str]] = [
    # ---- chat: staff and customers asking an assistant ----
    (
        "chat",
        "«full1» filed a hail damage claim («ref») for the roof at «addr1». The adjuster, «full2», says the photos are blurry. Draft a polite note asking «first1» to resend them to «mail1».",
    ),
    (
        "chat",
        "Summarise this for the broker: policyholder «LF1», DOB withheld, called from «phone1» about a windscreen chip on her Tesla Model Y; wants it fixed before Friday.",
    ),
    (
        "chat",
        "can you rewrite this to sound less angry? «lowf1» from the letting agency keeps ignoring me about the mould in the flat. her number is «phonen1» and i've texted 4 times",
    ),
    (
        "chat",
        "Tenant «full1» is moving out of «addr1» on «date». Write the checkout checklist and remind them the deposit goes back to account number «acct1» within 10 days.",
    ),
    (
        "chat",
        "I'm a telecom support agent. Customer «full1» («email1») says the router at «addr1» drops Wi-Fi every evening, public IP «ip1». Suggest three troubleshooting steps.",
    ),
    (
        "chat",
        "«first1» here. Our co-op needs a letter to the buyer at Harvest Crown Foods about the delayed rapeseed shipment. Sign it from me and «full2», quality lead.",
    ),
    (
        "chat",
        "Rider complaint: driver «ini1» took a detour through «city1» and charged «price». The rider, «full2», wants a refund to card «card1». Is the detour plausible?",
    ),
    (
        "chat",
        "Translate into Spanish for our courier: 'Leave the parcel with the neighbour «full1» at «addr1» if nobody answers. Call «phone1» first.'",
    ),
    (
        "chat",
        "Write a short reference for a freelancer: «full1» built our Shopify store, delivered on time, and the client, «full2», loved it. Keep it under 80 words.",
    ),
    (
        "chat",
        "A seller on our marketplace, «first1» «last1», listed a used Herman Miller Aeron chair but the buyer «full2» says it's a fake. Who should we side with? Buyer's phone: «phone2».",
    ),
    (
        "chat",
        "Help me fill the building permit form. Applicant: «full1», property at «addr1», architect «mid2». What goes under 'site description'?",
    ),
    (
        "chat",
        "Tax prep question: my client «full1» (SSN «ssn1») moved from «region1» to «region2» mid-year. Which state returns do they file?",
    ),
    (
        "chat",
        "Relocation brief for «full1», who starts in «city1», «country1» on «date». Spouse «first2» needs a school for two kids. Keep it practical.",
    ),
    (
        "chat",
        "Care home rota question: «full1» can't do nights this week and «full2» is on leave. Who covers Room 14 for Mrs «last3»?",
    ),
    (
        "chat",
        "legal aid intake: «full1», tenant facing eviction at «addr1», landlord is «full2». she can't afford a lawyer. what documents should she bring on «date»?",
    ),
    (
        "chat",
        "Passenger «LF1», flight «flight», seat «seat», lost a guitar case. Contact «phone1» or «email1». Write the first reply from customer care.",
    ),
    (
        "chat",
        "At the branch today «full1» asked to move £2,000 from savings to her checking account «acct1». Sort code 20-45-77. Draft the confirmation letter.",
    ),
    (
        "chat",
        "My mechanic «first1» says the Ford Focus needs a new clutch, quote «price». Is that fair? I'm in «city1», his number is «phone2» if you need it.",
    ),
    (
        "chat",
        "Can you help me word a message to «first1»? She bought two tickets for the Les Misérables matinee from me but paid to IBAN «iban1» with the wrong reference.",
    ),
    (
        "chat",
        "Hey, I need a birthday message for my niece «first1», she's turning 9 and loves Lego Friends and anything with Elsa on it. From Aunt «first2».",
    ),
    (
        "chat",
        "Our hobby club (model railways) needs a newsletter intro. New members this month: «full1», «full2» and «full3». Meetings still Thursdays.",
    ),
    (
        "chat",
        "player support: account «slug1» got banned after a chargeback. Owner is «full1», card ending in the number «card1». Draft an appeal reply.",
    ),
    (
        "chat",
        "Write a product blurb for our Earl Grey macarons. Also thank «full1» from the bakery team for the recipe!",
    ),
    (
        "chat",
        "«first7» said she'd bring the cake, and «first8» will bring the plates. Can you make a shopping list for the rest? Party for 20.",
    ),
    (
        "chat",
        "I told «first7» I would call him after the game. Remind me what to ask about the Marlowe Cup tickets.",
    ),
    (
        "chat",
        "Book club picks: my friend «full1» suggested Middlemarch, and «full2» wants something shorter. Suggest 3 novels under 300 pages.",
    ),
    # ---- email ----
    (
        "email",
        "From: «full1» <«email1»>\nTo: «mail1»\nSubject: Claim «ref» – water leak\n\nHello,\n\nThe plumber confirmed the pipe burst on «date». My broker «full2» has the invoice. You can reach me on «phone1».\n\nKind regards,\n«full1»",
    ),
    (
        "email",
        "Hi «first1»,\n\nThanks for viewing the flat at «addr1». The landlord, «ini2», accepted your offer. Please send the holding deposit to IBAN «iban1» (reference «ref»).\n\nBest,\n«first3»\nBrightkey Lettings | «phone3»",
    ),
    (
        "email",
        "Dear «full1»,\n\nYour fibre installation is booked for «date» between «time» and «time». Our engineer «first2» will call «phone1» on the way.\n\nTelvora Support",
    ),
    (
        "email",
        "Subject: Harvest contract\n\n«first1», the grain buyer in «city1» wants 40 tonnes of durum. Can you confirm by Friday? Payment to our co-op's account number «acct1».\n\n— «full2»",
    ),
    (
        "email",
        "Dear Hiring Manager,\n\nPlease find attached my CV for the Data Analyst role. I am currently based in «city1», «country1», and can relocate.\n\nSincerely,\n«full1»\n«phone1» · «email1»",
    ),
    (
        "email",
        "Hello «full1»,\n\nWe received your application for a home-office deduction. Your preparer, «full2», still needs form W-2 and your SSN («ssn1») confirmed.\n\nCivicFile Tax Services",
    ),
    (
        "email",
        "To: «email1»\nCc: «email2»\nSubject: Visa appointment\n\n«first1», your biometrics appointment is on «date» at «time». Bring your passport and the letter from «full2» (your employer's HR).\n\nMovewell Relocation",
    ),
    (
        "email",
        "Dear Mr «last1»,\n\nYour mother, «full2», had a good week at Sunhaven. She enjoyed the Vera Wang-themed tea afternoon the volunteers organised. Call «phone1» any time.\n\nWarm regards,\n«full3», Care Coordinator",
    ),
    (
        "email",
        "Subject: Refund for booking «ref»\n\nDear «full1», we're sorry your bag arrived damaged in «city1». We have refunded «price» to the card «card1». — Aerolume Customer Care",
    ),
    (
        "email",
        "Hi «first1», the Peugeot 308 is ready for collection. Total «price» (brake pads + MOT). We take cards or bank transfer to «iban1». Cheers, «first2» @ Motorcraft Garage",
    ),
    (
        "email",
        "Subject: Your author copies\n\nDear «full1»,\n\nTen copies of your novel (ISBN «isbn») were posted to «addr1». Royalties go to account number «acct1» as usual.\n\n«full2»\nInkwell Press",
    ),
    (
        "email",
        "«first1» — the Mufasa costume for the school play is in the lost property box. Let me know if you want me to drop it off at «addr1».\n\n«first2»",
    ),
    # ---- sms / whatsapp ----
    (
        "sms",
        "Hi «first1», your SwiftDrop parcel «trk» is with «first2» today. Reply STOP to opt out. Questions: «phone1»",
    ),
    (
        "sms",
        "«full1», your appointment at the «city1» branch is confirmed for «date» «time». Bring ID. Call «phonen1» to change.",
    ),
    (
        "sms",
        "Driver «first1» is arriving in a grey Toyota Prius. Share trip with «first2»? Support: «phone1»",
    ),
    ("sms", "Mum it's «first1», new number «phone1» — save it pls x"),
    (
        "sms",
        "«lowf1» can u grab me from the station at 6? phone dying. call «first2» on «phonex2» if i dont answer",
    ),
    (
        "sms",
        "Your PERMIT «ref» was approved. Inspector «ini1» will visit «addr1» on «date». Info: «phone1»",
    ),
    (
        "whatsapp",
        "[«date», «time»] «first1»: did anyone find my keys at the allotment?\n[«date», «time»] «first2»: «first3» has them, she'll drop them round\n[«date», «time»] «first1»: legend 🙏",
    ),
    (
        "whatsapp",
        "«full1»: Selling my kid's Nintendo Switch, barely used, «price»\n«full2»: still available? I'm in «city1»\n«full1»: yes! call me «phone1»",
    ),
    (
        "whatsapp",
        "Climbing club 🧗\n«first1»: Saturday at the wall?\n«first2»: can't, visiting my gran in «city1»\n«first3»: I'm in. «first1» bring the rope\n«first7»: me too",
    ),
    (
        "whatsapp",
        "«first1»: the plumber's number is «phone1», his name's «first2»\n«first3»: thanks!! also is «first4» still doing the Pilates class on Tuesdays?",
    ),
    (
        "whatsapp",
        "Landlord «full1»: rent reminder – please pay to «iban1» by the 1st\nMe: done, sorry for the delay\n«full1»: 👍",
    ),
    # ---- letter ----
    (
        "letter",
        "«full1»\n«addr1»\n\n«date»\n\nDear «full2»,\n\nI am writing on behalf of my father, «full3», a resident of your home since March, to request a copy of his care plan.\n\nYours sincerely,\n«full1»",
    ),
    (
        "letter",
        "Legal Aid Clinic\n\nRe: «full1» v. «full2» — deposit dispute, «addr1»\n\nOur client paid a deposit of «price» and has not received it back. Please respond within 14 days.\n\n«full3»\nSupervising Solicitor",
    ),
    (
        "letter",
        "To whom it may concern,\n\nThis is to confirm that «full1» has worked at our bakery since 2019 as head baker and earns «price» a month, paid to account number «acct1».\n\n«full2», Owner\nCrumb & Cork, «city1»",
    ),
    (
        "letter",
        "Dear «ini1»,\n\nYour application for a residence permit in «country1» has been received. Your caseworker is «full2» (tel. «phone2»).\n\nImmigration Service",
    ),
    (
        "letter",
        "Dear «first1» and «first2»,\n\nThank you for hosting the book signing with «full3». The Inkwell Press team has sent a signed Folio Society edition to «addr1» as thanks.",
    ),
    # ---- form / ocr ----
    (
        "form",
        "CLAIM FORM\nPolicyholder: «cap1»\nPolicy no.: «ref»\nAddress: «addr1»\nPhone: «phone1»\nE-mail: «email1»\nIncident: rear-ended at junction, Vauxhall Corsa\nWitness: «full2»",
    ),
    (
        "form",
        "Rental application\nName: «LF1»\nCurrent address: «addr1»\nEmployer: Pixelforge Games\nReference: «full2», «phone2»\nBank account no.: «acct1»",
    ),
    (
        "form",
        "NEW PATIENT / RESIDENT\nSurname: «capl1»\nFirst name(s): «first1»\nNext of kin: «full2» (daughter)\nTel: «phone2»\nGP: Dr «last3»",
    ),
    (
        "form",
        "W-9 helper\nName: «full1»\nSSN: «ssn1»\nAddress: «addr1»\nSigned: «ini1»  Date: «date»",
    ),
    (
        "form",
        "Direct debit mandate\nAccount holder: «full1»\nIBAN: «iban1»\nMobile: «phone1»\nReference: «ref»",
    ),
    (
        "form",
        "Player registration – Sunday league\nPlayer: «full1»\nParent/guardian: «full2»\nEmergency contact: «phone2»\nKit size: M, shirt «n»",
    ),
    (
        "ocr",
        "REPUBLIC OF «country1»\nRESIDENCE CARD\nSURNAME / NOM: «capl1»\nGIVEN NAMES: «first1»\nPLACE OF BIRTH: «ccity2»\nDOC NO «ref»",
    ),
    (
        "ocr",
        "INVOICE #«ord»\nBILL TO: «cap1»\n«addr1»\nTEL «phone1»\nCARD ************ paid\nTHANK YOU FOR SHOPPING AT BRICK & BEAR TOYS",
    ),
    (
        "ocr",
        "SOCIAL SECURITY\n«ssn1»\nTHIS NUMBER HAS BEEN ESTABLISHED FOR\n«cap1»\nSIGNATURE ____",
    ),
    (
        "ocr",
        "BOARDING PASS  «cap1»  FLIGHT «flight»  SEAT «seat»\nFROM «ccity1» TO «ccity2»  GATE B«n»",
    ),
    # ---- review ----
    (
        "review",
        "★★★★★ «first1» at the «city1» branch sorted my mortgage paperwork in twenty minutes. Ask for her (direct line «phone1»)!",
    ),
    (
        "review",
        "2/5 – ordered the Mozart Kugeln gift box, arrived squashed. The courier («first1») was nice though. — «full2»",
    ),
    (
        "review",
        "Great garage. «full1» diagnosed the Honda's noise for free. Only downside: parking. Posted by «lowf2»",
    ),
    (
        "review",
        "Our removal to «country1» went smoothly thanks to «full1» and her team. Would recommend Movewell to anyone. «ini2»",
    ),
    (
        "review",
        "The Zinfandel «first1» recommended was perfect with the Beef Wellington. Thanks «first1»!",
    ),
    # ---- notes ----
    (
        "notes",
        "Meeting notes «date»\n- Attendees: «full1», «full2», «ini3»\n- Claim backlog down to «n»\n- «first1» to call the loss adjuster («phone1»)\n- Next review: «date»",
    ),
    (
        "notes",
        "Viewing log – «addr1»\n10:00 «full1» (+1 guest), liked the garden\n11:30 «full2» – no show, called «phone2»\n12:15 «full3», wants to offer",
    ),
    (
        "notes",
        "TODO\n* pay «first1» back for the Six Nations tickets\n* book vet for the cat\n* email «email2» about the allotment rota\n* call gran in «city1»",
    ),
    (
        "notes",
        "Shift handover, Ward B: Mr «last1» refused lunch again; daughter «first2» visiting at «time». Mrs «full3» fell, no injury. Use the Hoyer lift.",
    ),
    (
        "notes",
        "Case notes: client «full1», asylum claim from «country1». Interpreter: «full2». Hearing «date». Client phone «phone1», lost previous passport.",
    ),
    # ---- transcript ----
    (
        "transcript",
        "AGENT: Telvora support, this is «first1».\nCALLER: Hi, it's «full2». My broadband's been down since Monday.\nAGENT: Can you confirm the address?\nCALLER: «addr2».\nAGENT: Thanks, «first2». I'll book an engineer.",
    ),
    (
        "transcript",
        "[00:00:03] «full1»: Welcome back to the Fan Zone podcast.\n[00:00:07] «full2»: Thanks. Great to be here after the derby.\n[00:00:12] «full1»: Let's talk about the Ballon d'Or shortlist.",
    ),
    (
        "transcript",
        "Interviewer: Could you state your name for the record?\nApplicant: «full1».\nInterviewer: And your date of arrival in «country1»?\nApplicant: «date». My cousin «full2» sponsored me.",
    ),
    (
        "transcript",
        "«capl1»: So the clutch is gone?\n«capl2»: Yes, I'd budget «price». «first1», you can call me on «phone2» when you decide.",
    ),
    # ---- ticket ----
    (
        "ticket",
        "Ticket «tkt» | Priority: High\nReporter: «full1» («email1»)\nSummary: Can't log in to banking app after update «ver»\nDevice IP: «ip1»\nCallback: «phone1»\nAssigned: «ini2»",
    ),
    (
        "ticket",
        "#«tkt» Order «ord» not delivered.\nCustomer: «full1», «addr1», «phone1».\nCourier notes: left with «first2» at no. «n»?",
    ),
    (
        "ticket",
        "Support case «tkt»: player «full1» reports lost items after server migration. Last login from «ip1». Linked Discord: «first1»#«n», old login IP «ip2», recovery phone «phone1»",
    ),
    (
        "ticket",
        "Chargeback dispute «tkt»\nCardholder: «full1»\nCard: «card1»\nSecond card on file: «card2»\nMerchant: StagePass (Phantom of the Opera resale)\nNote: customer says «full2» used the card without permission.",
    ),
    (
        "ticket",
        "Issue: Wrong name on concert ticket. Booked as «full1», should be «full2». Event: Romeo and Juliet ballet, «date». Contact «phone1».",
    ),
    # ---- more payments, tax and support traffic ----
    (
        "chat",
        "Flag anything risky in this refund note: 'Customer «full1» asked us to refund «price» to a different card, «card2», instead of the original «card1». She called from «phone1».'",
    ),
    (
        "chat",
        "Our tax office got two returns with the same SSN, «ssn1». One is from «full1», the other from «full2». What's the procedure?",
    ),
    (
        "chat",
        "i think my card got skimmed at the petrol station. card number «card1», the bank said call «phone1». can you write what i should say? my name's «lowf1»",
    ),
    (
        "email",
        "Subject: Dependants on your return\n\nHi «first1»,\n\nFor the child tax credit we need SSNs for both kids: «ssn2» («first2») and «ssn3» («first3»). Yours is on file.\n\n«full4», Enrolled Agent\n«phone4»",
    ),
    (
        "email",
        "Hello,\n\nI was charged twice for the Coldplay presale. Card «card1», booking «ord». Please refund one. Reach me at «phone1» or «email1».\n\nThanks,\n«full1»",
    ),
    (
        "sms",
        "«first1», your hotline PIN reset was requested from «ip1». Not you? Call «phone2» now.",
    ),
    (
        "sms",
        "Hi it's «first7» from the choir, new mobile «phone7». «first8» asked me to pass it on",
    ),
    (
        "form",
        "CREDIT APPLICATION – car finance\nApplicant: «full1»\nSSN: «ssn1»\nPhone: «phone1»\nAlt phone: «phone2»\nVehicle: Chevrolet Tahoe\nSalesperson: «ini3»",
    ),
    (
        "ticket",
        "«tkt» VPN lockout\nUser: «full1» («email1»)\nSource IPs: «ip1», «ipsix2»\nCallback: «phone1»",
    ),
    (
        "transcript",
        "AGENT: And the card you'd like to use?\nCUSTOMER: «card1».\nAGENT: Thank you, «first1». And a phone number for the driver?\nCUSTOMER: «phone1», or my partner «first2» on «phone2».",
    ),
    (
        "whatsapp",
        "«first1»: can someone send me «first2»'s number?\n«first3»: «phone2»\n«first1»: and «first4»'s?\n«first3»: «phone4» but she's in «country1» till May",
    ),
    (
        "notes",
        "Call list\n- «full1» «phone1» (broker)\n- «full2» «phone2» (roofer)\n- «full3» «phone3» (loss adjuster)\n- «first7» «phone7» (neighbour, has spare key)",
    ),
    (
        "email",
        "Hi «first1»,\n\nThe estate agent's fee is split: «price» to IBAN «iban1» and the rest to the landlord's checking account, account number «acct2». Call me on «phone3» if unclear.\n\n«full3»",
    ),
    (
        "letter",
        "Dear «full1»,\n\nYour pension will be paid into account number «acct1» from «date». If you bank abroad, send us your IBAN (e.g. «iban2» is what we have for your daughter «full2»).\n\nPension Office",
    ),
    (
        "chat",
        "Split the gig money: «first1» gets 40% to «iban1», «first2» 30% to «iban2», and I keep the rest. Write the message to the band. Tel for questions «phone3».",
    ),
    # ---- voice-to-text ----
    (
        "voice",
        "hey assistant text «lowf1» that im running late and ask if «lowf2» can pick up the kids from school her number is «phonex2»",
    ),
    (
        "voice",
        "remind me to call «low1» tomorrow about the insurance claim for the car and the flat in «lcity1»",
    ),
    (
        "voice",
        "send a message to my landlord «low1» saying the boiler is broken again and the phone number for the repair guy is «phonex1»",
    ),
    (
        "voice",
        "okay so the customer «low1» wants to change her flight to «lcity1» on friday and her husband «lowf2» too",
    ),
    (
        "voice",
        "note to self «lowf1» from the wine shop said the nebbiolo arrives next week call «phonex1»",
    ),
]

PERSONAL_A: list[Template] = templates("v9a", ROWS)
