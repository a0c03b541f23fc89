"""val27 personal templates, part A: chat, email, sms, letter, form, ticket, notes, minutes,
transcript."""

TEMPLATES = r"""
=== pa-chat-01 | chat | optic
hi, can you help me word a reminder for «p1|g»? they're due a contact lens check on «date» at «time» and we need them to confirm on «ph1» before friday. the Acuvue trial pack is ready at the desk
=== pa-chat-02 | chat | zoo
Quick one: our keeper «p1» wants to rename the new meerkat "Biscuit" and the red panda cub "Professor Pemble". Can you write two cheerful lines for the blog? Credit the photos to «p2|i» and mention that the Gruffalo trail reopens «date».
=== pa-chat-03 | chat | dc
hey, rack 14 in hall B is throwing temp alarms again. «p1|lg» from facilities said to ping them on «ph1» if it goes above 32C. hosts are turing-07, lovelace-02 and hopper-11 (mgmt ip «ip1»). what should I check first?
=== pa-chat-04 | chat | tickets
Can you check if this refund reply sounds OK? "Dear «p1|g», we've cancelled order «ord» (2 seats, «seat») and refunded the card ending «n:4». The Sir Tom Finney Stand is closed for the «mon» fixture." The customer also asked us to use «p1|e» from now on.
=== pa-chat-05 | chat | stable
need a polite text to «p1|g» «p1|f»: the mare Duchess has a farrier slot «day» «time» with «p2|g» and the livery invoice «inv» is overdue. our yard number is «ph1»
=== pa-chat-06 | chat | music
I'm the librarian for the «pick:Northgate/Fellside/Riverside» Sinfonia. Help me email «p1» (principal viola) and «p2» (leader): parts for Don Giovanni and Swan Lake suite are in the green folders, rehearsal moved to «room». Their numbers: «p1|ph», «p2|ph».
=== pa-chat-07 | chat | union
can u make this sound less angry lol. "«p1|lg», the Chess Society still hasn't paid the room booking («price»), pls sort by «day» or we'll have to cancel the tournament. - «p2|lg»"
=== pa-chat-08 | chat | solar
Customer «p1» at «a1» wants 12 panels and a 10 kWh battery. Their roof faces south-west, 35° pitch. Draft a quote summary, mention the Tesla Powerwall option and our SolarEdge inverter, and ask them to call «ph1» to book the survey.
=== pa-chat-09 | chat | fire
«p1|g» here from Station 23 - we did a home fire safety visit at «a1» today. resident «p2» (82) wants a callback about smoke alarm for the deaf. can you draft the referral? the daughter's number is «ph1»
=== pa-email-01 | email | optic
Subject: Your hearing aid fitting
Dear «p1|g»,

Thank you for choosing Clearwave Hearing. Your fitting with our audiologist «p2|i» is confirmed for «date» at «time», Room 2, ground floor.

Please bring your current aids and a list of medicines. If you need to rearrange, call us on «ph1» or reply to «re1:appointments@clearwavehearing.co.uk».

Kind regards,
«p3»
Patient Coordinator
=== pa-email-02 | email | family
Subject: Panel date for prospective adopters
Hi «p1|g» and «p2|g»,

Your adoption panel is set for «date». Your social worker «p3» will send the Prospective Adopter's Report by «day». Please check your addresses are right: «a1».

Any questions, my direct line is «ph1».

Thanks,
«p4|g»
Family Placement Team
=== pa-email-03 | email | forces
Subject: Re: membership renewal
From: «p1» <«p1|e»>
To: membership@oldcomradesassoc.org

Morning,

I served with 3 Royal Anglian ('98-'06). Please renew for me and my brother «p2|g» (ex-REME). Bank details for the direct debit: sort code «sc», account number «ac1:8».

Regards,
«p1|g»
=== pa-email-04 | email | crypto
Subject: [Compliance] EDD request — case «tkt»
Hi «p1|g»,

The withdrawal of 4.2 BTC from account holder «p2» was flagged. The destination IBAN «ib1» belongs to «p3» in «c1|n», not the customer. Login came from «ip1» (flagged VPN range).

Please collect source-of-funds docs and call the customer on «ph1» before releasing.

— «p4|g», Fintech Compliance
=== pa-email-05 | email | trades
Subject: Quote for sash windows
Hello,

My name is «p1» and I'd like a quote for replacing 4 sash windows and a leaded glass door at «a1». I'm usually in after 4. Phone «ph1» or email me at «p1|e».

Thanks, «p1|g»
=== pa-email-06 | email | arts
Subject: Nutcracker casting
Dear parents,

Casting for the Winter Showcase is out! «p1|g» will dance Clara in Act I and «p2|g» is the Sugar Plum Fairy; «p3|g» and «p4|g» are in Waltz of the Flowers. Costume fittings with «p5» on «day» at «time».

Questions to «re1:office@pirouetteacademy.com» or «ph1».
=== pa-email-07 | email | host
Subject: Your stay at Kestrel Bay Holiday Park
Hi «p1|g»,

Thanks for booking lodge 12 («date» to «date2», booking «bk»). Check-in from 4pm at reception. Your deposit of «price» was taken from the card «cc1». The balance will be taken 14 days before arrival.

Our site manager «p2» can be reached on «ph1» after 8pm.

See you soon!
=== pa-email-08 | email | pest
Subject: Wasp nest treatment — job «tkt»
Hi «p1|f» family,

Our technician «p2|g» will visit «a1» on «day» between «time» and 12:00 to treat the nest in the eaves. Please keep pets indoors. Payment on the day by card or bank transfer to IBAN «ib1:GB», reference «n:6».

Pestaway Services | «ph1»
=== pa-email-09 | email | books
Subject: Book club — «mon»
Hi all,

This month we're reading "The Remains of the Day". Big thanks to «p1» for hosting at «a1». «p2|g» will lead the chat on Mr Stevens and Miss Kenton; «p3|g» is bringing cake. If you're lost on the night, ring «p1|g» on «p1|ph».
=== pa-sms-01 | sms | optic
FocalPoint Opticians: Hi «p1|g», your glasses are ready to collect. Open Mon-Sat 9-5:30. Questions? «ph1»
=== pa-sms-02 | sms | trades
Locksmith on the way, ETA «dur». «p1|g» («ph1»). Callout fee «price» payable by card.
=== pa-sms-03 | sms | coast
«p1|g» pager test ok. Crew for tonight: «p2|g», «p3|g», «p4|gi». Helm «p5|g». Any issues text «ph1».
=== pa-sms-04 | sms | tickets
«ph1»: Your tickets for the «pick:Eastfield Rovers/Harbour Athletic/Millbrook Town» v «pick:Dunmore/Kirkby United/Ashvale» match are in the app. Gates open 13:30. Not you? Contact «re1:boxoffice@eastfieldrovers.co.uk»
=== pa-sms-05 | sms | mental
Reminder: your session with «p1|i» is «day» at «time» (online). Need to rearrange? Call «ph1» at least 24h before.
=== pa-sms-06 | sms | solar
Hi it's «p1|g» from Brightroof Solar, installer «p2|g» is running late, now with you ~«time». Any probs call «p1|ph»
=== pa-sms-07 | sms | stable
«w1|g», lesson moved to «day» «time» on Pickle (Biscuit is lame). Ring «ph1» if not ok. «p1|g»
=== pa-letter-01 | letter | family
«a1»

«date»

Dear Ms «p1|f»,

Re: Special Guardianship Order — «p2» (child)

I write to confirm that the hearing listed at the Family Court on «date2» has been adjourned. Your solicitor, «p3», has been informed. A new date will be sent to you in writing.

If you have questions please contact the court office on «ph1» quoting case number «tkt».

Yours sincerely,

«p4»
Court Officer
=== pa-letter-02 | letter | forces
«p1»
«a1»

Dear «p1|g»,

On behalf of the branch committee I'd like to thank you for your 25 years' service as Standard Bearer. The Remembrance parade on «date» would not be the same without you. «p2» has agreed to take on the role, and you have both been invited to the reception afterwards at the Drill Hall.

With warmest regards,

«p3|i»
Branch Chair
=== pa-letter-03 | letter | optic
Private and confidential

Dr «p1|f»
Ophthalmology Department
«a1»

«date»

Dear Dr «p1|f»,

Re: «p2», DOB «date2»

I saw this patient today for a routine eye exam. Visual acuity R 6/9 L 6/18. There is a suspicious lesion in the left fundus and I would be grateful for an urgent review. The patient can be reached on «ph1».

Yours sincerely,
«p3»
Optometrist
=== pa-letter-04 | letter | trades
INVOICE «inv»

To: «p1»
«a1»

Replacement of 3 double-glazed units and 1 leaded panel: «price»
VAT 20%

Please pay by bank transfer within 30 days:
Account name: Crystal Clear Glazing Ltd
IBAN: «ib1»
or to sort code «sc», account «ac1:8»

Thank you for your custom.
=== pa-letter-05 | letter | arts
Dear «p1|g»,

We are pleased to offer you a place on the Foundation Diploma in Art & Design starting «mon». Your tutor will be «p2|i». Please confirm by returning the enclosed form to the Admissions Office, «a1», or by emailing «re1:admissions@harrowfieldart.ac.uk».

Yours,
«p3»
Head of Admissions
=== pa-form-01 | form | optic
NEW PATIENT FORM — Brightsight Opticians
Surname: «p1|F»
First name(s): «p1|g»
Date of birth: «date»
Address: «a1»
Mobile: «ph1»
Email: «p1|e»
GP: Dr «p2|f»
Reason for visit: headaches when reading, last eye test 2019
=== pa-form-02 | form | family
FOSTERING ENQUIRY
Applicant 1: «p1|Lf»
Applicant 2: «p2|Lf»
Home address: «a1»
Phone: «ph1»
Email: «p1|e»
Children in household: 2 (ages 9, 14)
Preferred contact time: evenings after 6
How did you hear about us? Radio advert
=== pa-form-03 | form | forces
Veterans' Support Application
Name: «p1»
Service number: «n:8»
Branch: Royal Navy, 1994-2012
SSN (US applicants only): «ssn1»
Phone: «ph1:US»
Next of kin: «p2» (spouse)
Address: «a1:US»
=== pa-form-04 | form | crypto
KYC — Individual
Full legal name: «p1»
Country of residence: «c1|n»
City: «c1»
Tax ID / SSN: «ssn1»
Phone: «ph1»
Email: «p1|e»
Bank account for withdrawals: checking account «ac1:10»
Source of funds: salary, property sale
=== pa-form-05 | form | union
Society Registration Form
Society name: Astronomy & Rocketry Society
President: «p1» («p1|e»)
Treasurer: «p2» («p2|e»)
Treasurer phone: «ph1»
Society bank acct no. «ac1»
Budget requested: «price»
=== pa-form-06 | form | stable
RIDING SCHOOL — RIDER DETAILS
Rider: «p1|U»
Age: 11
Parent/guardian: «p2»
Emergency contact: «ph1» / «ph2»
Medical notes: asthma (inhaler in bag)
Pony preference: Pickle or Mr Darcy
=== pa-ticket-01 | ticket | trades
Ticket «tkt» — Emergency lockout
Customer: «p1»
Location: «a1»
Callback: «ph1»
Notes: Locked out, keys inside, child in house. Dispatch «p2|g» (van 3). Card on file «cc1» to be charged «price».
=== pa-ticket-02 | ticket | dc
[INC-«n:5»] Customer reports packet loss to «ip1» from «ipx1»
Reporter: «p1» <«p1|e»>
Priority: P2
Steps: ran mtr from jump host gauss-01, loss starts at hop 6 (core-sw-babbage). Escalated to network on-call «p2|g» («ph1»).
=== pa-ticket-03 | ticket | print
Job «ord» — 500 A5 flyers, 2 roller banners
Customer: «p1» («p1|e»)
Proof approved by: «p2|g» on «date»
Delivery: «a1»
Payment: «cc1:amex»
Note: artwork uses Pantone 186 C, bleed 3mm. Logo by «p3|i».
=== pa-ticket-04 | ticket | solar
Service request «tkt»
Site: «a1»
Owner: «p1|lf»
Issue: inverter error E-23 since «date», app shows 0 kW. Owner wants callback on «ph1» (not before 10am).
Assigned: «p2»
=== pa-ticket-05 | ticket | tickets
Fraud review «tkt»: 14 tickets bought in 3 min for the «mon» final. Buyer «p1» («p1|e»), cards «cc1» and «cc2», IPs «ip1» and «ip2». Billing address «a1». Hold and call «ph1».
=== pa-ticket-06 | ticket | pest
Job «tkt» | rats in loft
Tenant: «p1» («ph1»)
Landlord: «p2» («ph2»)
Address: «a1»
Access: key safe, code given by phone only
=== pa-notes-01 | notes | mental
Admin notes — «date»
- «p1|gi» rebooked to «day» «time», prefers phone («ph1»)
- «p2» asked about the waiting list for CBT; told 6-8 weeks
- DNA x2 for «p3|i», send letter per policy
- Therapist «p4|g» on leave «date2» to «date3»
=== pa-notes-02 | notes | fire
Shift handover, Blue Watch
- RTC on the bypass 02:14, 2 casualties to hospital, crew «p1|g» and «p2|g»
- Hydrant at «a1» needs repair, reported to water co.
- Home safety visit for «p3», «a2», next «day»
- New recruit «p4» starts Monday
=== pa-notes-03 | notes | zoo
Keeper diary
Giraffes: Gerald off his food, vet «p1|i» to check «day».
Penguins: 2 eggs, Pingu's nest.
Visitor complaint from «p2» (phone «ph1») re: barrier near the lions.
Volunteer «p3|g» trained on the feeding rota.
=== pa-notes-04 | notes | host
Cleaning rota for «date»
Cabin 4: «p1|g» — guests «p2» leave at 10
Cabin 7: «p3|g» — deep clean, hot tub
Lost property: Kindle left in Cabin 2, owner «p4» («ph1»)
=== pa-notes-05 | notes | music
Choir notes
Sopranos: «p1|g» leading the Miserere solo. Altos: «p2|g» and «p3|gi» new.
Tenors short: ask «p4» («p4|ph») about borrowing from the Cathedral Choir.
Messiah run-through «date». Bring pencils.
=== pa-minutes-01 | minutes | forces
Minutes, Branch Committee, «date»
Present: «p1» (Chair), «p2» (Secretary), «p3|i», «p4|i»
Apologies: «p5»
1. Minutes of last meeting agreed.
2. Treasurer reported balance of «price». Standing order from Lloyds still pending.
3. Poppy Appeal: «p3|f» to coordinate collectors at the supermarket.
4. AOB: «p2|f» to write to «p6» re: 100th birthday.
=== pa-minutes-02 | minutes | union
Student Union Council — «date»
Chair: «p1|g» «p1|f»; minutes: «p2|g»
Motion 4 (free period products) passed 31-2.
Motion 5 (rename the Wilberforce Building bar) withdrawn.
Action: «p3» to email «re1:estates@su.northmere.ac.uk» about lighting.
Next meeting: «day» «time», «room».
=== pa-minutes-03 | minutes | coast
Station meeting — «date»
Present: «p1» (LOM), «p2» (Coxswain), «p3|g», «p4|g», «p5|g»
1. Service to yacht Seaspray («time»), 3 rescued. Thanks to shore crew.
2. Boat ATB-«n:2» due for refit «mon».
3. Fundraising: «p3|g» to contact «p6» at the Harbour Arms.
=== pa-minutes-04 | minutes | pest
Ops meeting «date»
Attendees: «p1|g», «p2|g», «p3|g»
- Bait stock low (Rodenticide B)
- Complaint from «p4» at «a1» — second visit free
- «p2|g» to renew BPCA card
=== pa-minutes-05 | minutes | family
Permanency Planning Meeting — «date»
Child: «p1» (age 7)
Attendees: «p2» (SW), «p3» (IRO), «p4» (foster carer)
Birth parent «p5» did not attend; letter to «a1».
Decision: pursue adoption. Next review «date2».
=== pa-transcript-01 | transcript | mental
[00:00] RECEPTIONIST: Hillside Counselling, how can I help?
[00:03] CALLER: Hi, it's «p1», I need to move my appointment with «p2|g».
[00:08] RECEPTIONIST: Of course. Can I confirm your date of birth?
[00:10] CALLER: «date».
[00:14] RECEPTIONIST: And the best number?
[00:16] CALLER: «ph1».
[00:21] RECEPTIONIST: I've moved you to «day» at «time».
=== pa-transcript-02 | transcript | coast
CG OPS: Coastguard, go ahead.
CALLER: This is «p1», I'm on the cliff path above the cove. A kayaker's in trouble.
CG OPS: What number are you calling from?
CALLER: «ph1».
CG OPS: Rescue 924 is tasked, lifeboat launching. Stay on the line.
CALLER: My friend «p2|g» is going down to the beach.
=== pa-transcript-03 | transcript | tickets
Agent: Thanks for calling, who am I speaking with?
Customer: «p1|g» «p1|f».
Agent: And the email on the account?
Customer: «p1|e».
Agent: I see two seats in the Matt Busby Stand. Which card ending?
Customer: «cc1».
Agent: Refund of «price» is on its way.
=== pa-transcript-04 | transcript | fire
00:00:01 CONTROL: Fire and rescue, what's the address of the emergency?
00:00:04 CALLER: «a1».
00:00:09 CONTROL: Is anyone inside?
00:00:11 CALLER: My neighbour «p1|g», who's 90. I'm «p2».
00:00:19 CONTROL: Crews are on their way. Call back on «ph1» if it changes.
=== pa-transcript-05 | transcript | arts
Interviewer («p1|g»): So tell us why you want to join the dance school.
Applicant («p2»): I've danced since I was 6, mostly contemporary. My teacher «p3» back in «c1» said I should audition.
Interviewer: And you'd be moving from «c1|n»?
Applicant: Yes, my aunt in «c2» will host me.
=== pa-email-10 | email | union
Subject: Refund of society deposit

Hi «p1|g»,

The Hiking Society's deposit of «price» will be refunded to the account you gave: IBAN «ib1», account holder «p2». If your UK account number is «ac1:8» instead, please confirm by «day».

Thanks,
«w1|g» (SU Finance)
=== pa-form-07 | form | forces
VA DIRECT DEPOSIT ENROLLMENT
Veteran name: «p1|Lf»
SSN: «ssn1»
Phone: «ph1:US»
Financial institution: Navy Federal Credit Union
Checking account no.: «ac1:10»
Signature: «p1»    Date: «date»
=== pa-letter-06 | letter | family
«p1» and «p2»
«a1»

Dear «p1|g» and «p2|g»,

Fostering allowance from «mon»

Your weekly allowance will now be paid into the account ending «n:4». If you have changed banks, please send us the new sort code and account number (we currently hold account number «ac1:8», sort code «sc») before «date».

Yours sincerely,
«p3»
Payments Team
"""
