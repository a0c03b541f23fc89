"""Templates with personal data of val10 (prose shapes: chat, email, sms, whatsapp, letter,
form, review, notes, transcript, ticket, voice, ocr), written by hand by the val10 author.
Slot syntax: see `val10_gen`."""

from __future__ import annotations

RAW = """
== chat pa_portal_reschedule
«P1.full» here, my mum «P2.full» has a cardiology follow-up on «date» but she's in «city» until Friday. Can the portal move it? Her mobile is «phone», mine «phone2».
== chat pa_homecare_rota
rewrite this rota note politely: «P1.first» covers Mrs «P2.last» at «addr» mornings, «P3.first» evenings; family contact «phone» (son, «P4.full»).
== chat pa_nursery_pickup
Can you draft a note to parents? «P1.full»'s dad «P2.first» will collect her on «date»; if he's late call «phone» — not the old number «phone2».
== chat pa_gym_freeze
i want to freeze my membership at the «city» branch, name «P1.lc», card on file ends «n» but charge the new one «card» pls
== chat pa_hotel_upgrade
Guest «P1.mid» (loyalty tier Gold) asked for the Hemingway Suite upgrade; she flies in from «country» via «city». Reply to «P1.email» and copy «P2.full».
== chat pa_travel_refund
Summarise: customer «P1.full» («phone») wants a refund for the «city» to «city2» cruise leg; pay to IBAN «iban» in the name of «P2.full».
== chat pa_brewery_booking
Table for 8 on «date» at «time», under «Q1.full». He'll bring the Beef Wellington order forms. Contact «phone».
== chat pa_loyalty_merge
Two loyalty accounts look like the same shopper: «P1.caps» at «addr» and «P1.full» with email «P1.email». Should I merge them?
== chat pa_repair_followup
«Q1.first» said the Miele washer still leaks after visit «ticket». Can you write an apology to «Q1.full» and offer a slot on «date»? She's at «addr».
== chat pa_firstname_chitchat
lol «P1.lcf» just told me «P2.lcf» is moving to «city» next month, we should do a goodbye dinner. you free sat? ask «P3.first» too
== chat pa_will_context
«Q2.first» said he'd drive, so ask «Q2.first» to pick up «Q3.first» from the station. Actually text «Q3.first» first: «phone». (this is «Q1.full» writing, btw)
== chat pa_hope_grace
Translate to Spanish: "«Q2.first» and I will visit you in «country» in May. «Q2.first» sends her love — «Q1.first»" (sender «Q1.full», «phone»)
== chat pa_union_case
I'm a rep for the branch in «region». Member «P1.full» (membership «n»), disciplinary hearing «date». Her manager «P2.init» refuses to let «P3.first» attend. Draft a letter?
== chat pa_ngo_field
Field update from «city», «country»: our volunteer «P1.full» met the village elder «P2.full»; «P3.first» translated. Sat phone «phone».
== chat pa_fantasy_dispute
My fantasy league commissioner «P1.first» «P1.last» locked my lineup early. My account email is «P1.email|lc»... sorry, mine is «email». Username «P2.lcf»_«n».
== chat pa_credit_union
Member «P1.full» wants to move her savings. Checking account «acct», routing on file. SSN on the form: «ssn». Can you list what else we need?
== chat pa_payroll_fix
Payroll bureau question: «P1.rev» (employee «n») was underpaid. Pay to account number «acct» at the «city» branch; SSN «ssn». Ask «P2.first» to approve.
== chat pa_notary_appointment
Need a notary in «city» for a power of attorney: principal «P1.full», attorney-in-fact «P2.full», witness «P3.full». Ring me on «phone».
== chat pa_onboarding_it
HR onboarding: new starter «P1.full», start «date», laptop to «addr». Manager «P2.full» («P2.email»). IBAN for salary: «iban».
== email pa_email_school
Subject: Trip consent – «P1.full» (Year 5)

Dear «P2.first»,

Thanks for the form. Could you confirm the emergency number? We have «phone» and «phone2». The coach leaves from «addr».

Kind regards,
«P3.full»
Admin office
== email pa_email_hospital
Hi «P1.first»,

Your results from «date» are in the portal. If you'd like to talk to Dr «P2.last» call «phone». Please don't reply to this address; use «email» instead.

— «P3.init», Patient Services
== email pa_email_rental
Dear «P1.full»,

Check-in for the cottage at «addr» is from 16:00. Key safe code comes by SMS to «phone». Deposit refund will go to «iban».

Best, «P2.first» («P2.email»)
== email pa_email_photostudio
«P1.first» — proofs from the session are ready ("Amber" preset and the Rose Gold frame). Send your picks to «P2.email» by «date». Invoice «order» payable by card «card».
«P2.full»
== email pa_email_accountant
Dear «P1.full»,

For the «country» tax return we need: your SSN («ssn»), your spouse «P2.full»'s SSN («ssn2»), and the checking account «acct» for the refund.

Yours, «P3.mid», CPA
== email pa_email_venue
From: «P1.email»
To: bookings@
Subject: Wedding walkthrough

Hi, we're «P1.first» and «P2.first». Could we see the barn on «date»? We live in «city». Mobile «phone».
== email pa_email_printshop
Hello,
please print 200 flyers for «P1.full»'s campaign in «region». Proof to «P1.email», questions to «phone». Pay by card «card».
Thanks, «P2.first»
== sms pa_sms_appt
Hi «P1.first», reminder: physio with «P2.first» tomorrow «time» at «addr». Reply C to cancel or call «phone».
== sms pa_sms_delivery
«P1.caps»: your sofa (order «order») arrives «date» 8-12. Driver «P2.first» will call «phone» 30 min before.
== sms pa_sms_bank
Credit union alert for «P1.init»: transfer to account «acct» blocked. Not you? Call «phone».
== sms pa_sms_family
running late, tell «P1.first» to start without me. «Q1.first» has the keys. — «P2.first»
== whatsapp pa_wa_group
[«date», «time»] «P1.full»: who's bringing the barbecue to «city» on Sunday?
[«date», «time»] «P2.full»: me! and «P3.first» brings Granny Smith apple pie
[«date», «time»] «P1.full»: great, my number changed btw «phone»
== whatsapp pa_wa_hobby
[«time»] «P1.first»: choir moved to the hall at «addr»
[«time»] «Q1.first»: thanks!! is «P2.first» coming?
[«time»] «P1.first»: ask her, «phone»
== whatsapp pa_wa_neighbours
«P1.full» (flat 2): Parcel for «P2.full» left with me. Also the plumber's number is «phone».
== letter pa_letter_union
«P1.full»
«addr»

Dear «P2.full»,

I write on behalf of our member «P3.full» about the shift changes at the «city» depot. Please contact me at «phone» or «P1.email».

Yours sincerely,
«P1.full»
== letter pa_letter_reference
To whom it may concern,

«P1.full» worked with us at the «city» clinic from «date» to «date2». I recommend «P1.first» warmly. Call me on «phone».

«P2.mid»
== letter pa_letter_cruise
Dear «P1.rev|uc»,

Your cabin on the Ocean Majesty sails from «city» on «date». Passengers: «P1.full», «P2.full», «P3.full». Balance by card «card» or IBAN «iban».
== form pa_form_membership
MEMBERSHIP FORM
Name: «P1.caps»
Address: «addr|uc»
Phone: «phone»
Email: «P1.email»
Emergency contact: «P2.full» — «phone2»
Sort code / Account number: 20-45-17 / «acct»
== form pa_form_patient
Patient: «P1.revc»
DOB: «date»
GP: Dr «P2.full», «city»
NHS no.: «longnum»
Next of kin: «P3.full» («phone»)
== form pa_form_w4
Employee name: «P1.full»   SSN: «ssn»
Home address: «addr»
Direct deposit — checking account no. «acct»
Signature: «P1.init»
== form pa_form_kyc
Full name ........ «P1.caps»
Country of birth . «country»
IBAN ............. «iban»
Card ............. «card»
Phone ............ «phone»
== review pa_review_restaurant
★★★★★ Went for the Eggs Benedict, stayed for «Q1.first» our server — ask for her! Manager «P1.full» comped our Bloody Mary. Best brunch in «city».
== review pa_review_repair
1/5. Technician «P1.first» from the «city» store broke my Dyson. Called «phone» six times. Ref «ticket». – «P2.full»
== review pa_review_hotel
Lovely stay in «region». «P1.first» at reception sorted our room; «P2.first» in the spa is a star. Not so lovely: the bill to «P3.full» double-charged card «card».
== notes pa_notes_visit
Home visit notes «date»
- client: «P1.full», «addr»
- carer: «P2.first»; next carer «P3.first»
- daughter «P4.full» asks for calls on «phone»
- meds reviewed w/ pharmacist «P5.init»
== notes pa_notes_meeting
Minutes — allotment club
Present: «P1.full», «P2.full», «P3.first» «P3.last», «Q1.full»
«P2.first» to contact the council in «city» («phone»).
Treasurer «P1.first»: dues to account number «acct».
== notes pa_notes_scout
scouting notes: striker «P1.full» (from «country»), agent «P2.full» «phone», lives in «city». compare with «P3.sf».
== transcript pa_tr_support
«P1.caps»: Hi, I can't log into the Steam-like store, my gamer tag is gone.
AGENT «P2.first|uc»: Sorry «P1.first», what's the email on the account?
«P1.caps»: «P1.email», and my phone is «phone».
AGENT «P2.first|uc»: Thanks, I see the last login from «ip».
== transcript pa_tr_podcast
[00:01:12] «P1.full»: Welcome back. My guest today is «P2.full», who runs a nursery in «city».
[00:01:20] «P2.full»: Thanks «P1.first»! Yeah, we started in «region» ten years ago.
== transcript pa_tr_call_bank
Caller: this is «P1.full», account number «acct».
Agent: Can you confirm the last four of your SSN?
Caller: full is «ssn».
Agent: Thanks. Transfer to «iban» for «P2.full»?
== ticket pa_ticket_gaming
Ticket «ticket» | Priority: High
Reporter: «P1.full» <«P1.email»>
Issue: account hacked, purchases of Lara-style skins charged to «card». Last good IP «ip», attacker IP «ip2».
== ticket pa_ticket_appliance
#«ticket» Bosch dishwasher E15
Customer: «P1.rev»
Address: «addr»
Phone: «phone»; alt «phone2»
Assigned: «P2.first»
== ticket pa_ticket_betting
Self-exclusion request from «P1.full» («P1.email»), DOB «date», «city». Linked card «card». Escalate to «P2.first».
== voice pa_voice_note
hi it's «P1.lcf» calling for «P2.lc» about the boiler at «addr|lc» call me back on «phone» thanks bye
== voice pa_voice_dictation
note to self ask «Q1.first|lc» about the quote and email «P1.lc» in «city|lc» before friday also ring «P2.lcf» on «phone»
== voice pa_voice_caregiver
this is «P1.lc» from sunrise home care «P2.lcf» missed her tablets again please call her son «P3.lcf» on «phone»
== ocr pa_ocr_receipt
KETTLEHOUSE BREWING C0.
TABLE 12  SERVER: «P1.first|uc»
2x Arnold Palmer      7.80
CARD «card»
CARDHOLDER «P2.caps»
THANK Y0U — «city|uc»
== ocr pa_ocr_id
REPUBLIC 0F «country|uc»
SURNAME / NOM  «P1.capl»
GIVEN NAMES  «P1.first|uc»
PLACE OF BIRTH  «city|uc»
== ocr pa_ocr_invoice
INV0ICE «order»
Bill to: «P1.full»
«addr»
Tel «phone»
IBAN: «iban»
== chat pa_quotes_names
Is this sentence grammatical? "«P1.full» told «P2.first» that '«P3.first»' would never sign." Context: the fight at the «city» office.
== chat pa_parens_names
Refund approved (requested by «P1.full»), (approved by «P2.init»); note for («P3.first»): call back «phone».
== chat pa_lastword
The new assistant manager at the garden centre in «city» is «P1.full»
== chat pa_festival_lost
Lost wallet at the festival in «region»! Name «P1.full», cards «card» and «card2» need blocking, my number «phone»
== chat pa_streaming_family
Add my kids to the family plan: «P1.first» (12), «P2.first» (9). Billing name «P3.full», card «card». Home IP «ip» if that helps.
== email pa_email_supermarket
Dear «P1.full»,
Your Clubcard-style points (member «longnum») were moved to «P2.full»'s account at your request. Any questions: «phone».
== chat pa_mark_frank
Mark the invoice as paid and tell «Q2.first». No wait — I mean our client «Q1.full»: tell «Q1.first» it's paid. Their accountant is «P1.full», «phone».
"""
