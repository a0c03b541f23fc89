"""Templates with personal data of val20 (first half): conversational and document shapes,
chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket, ocr and srt, in
the domains of val20 (dentists, opticians, physio, gyms, salons, tattoo studios, nurseries,
tutoring, driving schools, removals, storage, coworking, hotels, holiday lets, campsites,
ski and dive schools, tours, museums, theatres, faith offices, funeral homes, weddings,
dating-app support, personal use).

Written by hand by the val20 author, who read only the package's `__init__.py` and
`validity.py`. Slots are described in `val20_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val20_gen import Template, templates

_T: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ chat
    (
        "chat",
        "«a.first» here again, can you move my cleaning at the dentist from «date» to "
        "the week after? my mobile is «ph1» if the practice needs to ring me",
    ),
    (
        "chat",
        "Draft a polite reminder to «a@f» that her physio block (6 sessions, «price») is "
        "unpaid. She lives at «addr» and prefers a text to «ph1.nat».",
    ),
    (
        "chat",
        "my neighbour «w.first» keeps parking across our drive, how do I bring it up "
        "without a fight? «w.first» is nice otherwise, fed our cat in «date»",
    ),
    (
        "chat",
        "Translate to Spanish for our guest: «a@es+f» has checked in to room «room», "
        'breakfast is «time». Then add: "Hola «a@es.first», bienvenida a «city»!"',
    ),
    (
        "chat",
        "can u summarise this for the gym manager: member «a@f.lower» wants to freeze "
        "membership, card on file «card», says she moved to «city»",
    ),
    (
        "chat",
        "Who should I cc on the tutoring invoice? «b.init» did maths with «c.first», "
        "«d.first» did chemistry. Parent contact: «a.email»",
    ),
    (
        "chat",
        "Help me write a eulogy for Grandpa «b@m.first». He was born in «city», "
        "raised six of us with «c.first», and drove a «ep.brand» van for forty years.",
    ),
    (
        "chat",
        "Is it rude to split the bill with «a.first»'s and «b.first»'s parents at the "
        "rehearsal dinner? we booked the Bellini bar, «price» a head",
    ),
    (
        "chat",
        "«w.first» asked me to sort the hobby club kit list. «w.first» is our treasurer, "
        "so should the receipts go to «w.email» or to the club account?",
    ),
    # ------------------------------------------------------------------ email
    (
        "email",
        "Subject: Removal quote «order»\n\nDear «a.rev»,\n\nThank you for choosing "
        "SwiftMove. We will collect from «addr» on «date» and deliver to «addr2». "
        "Our driver «b.first» will call you on «ph1» the evening before.\n\nKind regards,\n"
        "«c»\nSwiftMove Removals | «ph2.intl»",
    ),
    (
        "email",
        "From: «a.email»\nTo: «em»\nSubject: re: storage unit «room»\n\nHi,\nplease "
        "take the monthly fee from IBAN «iban» instead of my card «card». The unit is in "
        "my partner «b»'s name as well.\nThanks\n«a.first»",
    ),
    (
        "email",
        "Hello «a.first»,\n\nwelcome to the Hive! Your hot-desk pass starts «date». "
        "Wi-Fi access is tied to your laptop («ip»). Questions? Ask «b.first» at the "
        "front desk or call «ph1».\n\n– Community team",
    ),
    (
        "email",
        "Dear Father «a.last»,\n\nmy mother, «b@f», passed away on «date» at home in «city». "
        "We would like the funeral at the parish on a weekday. My number is «ph1»; my "
        "brother «c@m.first» («ph2») is also available.\n\nWith thanks,\n«d»",
    ),
    (
        "email",
        "To: «a.email», «b.email»\nCc: «c.email»\nSubject: Ski school week «n» "
        "groups\n\nHi both, «d.first» moved to the blue group. Instructor for the red "
        "group is «c.first» «c.last».\n«w»",
    ),
    (
        "email",
        "Guten Tag Frau «a@de.last»,\n\nanbei die Rechnung für die Brillengläser "
        "(«price»). Bitte überweisen Sie auf «iban». \n\nPlease reply in English if easier, "
        "«a@de.first». Regards, «b.init», optician",
    ),
    (
        "email",
        "Hi, this is «a» from the dating app support team. We received a report about "
        "the profile of «b.first» («b.email»). Could you confirm your login IP «ip» "
        "and the phone «ph1» linked to the account?",
    ),
    # ------------------------------------------------------------------ sms
    (
        "sms",
        "Hi «a.first», reminder: eye test at ClearSight «date» «time». Reply Y to confirm "
        "or call «ph1»",
    ),
    ("sms", "«b.first» says the van is at «addr» - where r u? call «ph1.digits»"),
    (
        "sms",
        "Driving lesson moved to «time» tmrw, pick-up outside «addr». «b.first» (your "
        "instructor) «ph2»",
    ),
    (
        "sms",
        "URGENT from «a.upper»: locked out of storage unit «room». code not working. «ph1.intl»",
    ),
    ("sms", "hey its «w.first» from the salon, can u do «time» instead? «ph1»"),
    ("sms", "Nursery: «c.first» has a slight temperature. Please collect. «b.first» / «d.first»"),
    # ------------------------------------------------------------------ whatsapp
    (
        "whatsapp",
        "[«date», «time»] «a.first»: who's bringing the tent pegs\n[«date», «time»] "
        "«b.first»: not me lol\n[«date», «time»] «c»: I'll ask «d@f.first», she's at "
        "the campsite near «city» already",
    ),
    (
        "whatsapp",
        "«a»: bank details for the villa deposit: «iban» (name "
        "«a.upper»)\n«c.first»: sent! ref «order»\n«a»: 👍",
    ),
    (
        "whatsapp",
        "- «a.flower»: can someone text «b@f.first» her number is «ph1»\n- «c.flower»: "
        "done\n- «a.flower»: ta",
    ),
    (
        "whatsapp",
        "«a»: Mum's hip op went ok 🙏 Ward «room», visiting «time»\n«b»: thank god. "
        "tell her «c.first» and «w.first» send love",
    ),
    (
        "whatsapp",
        "Choir group\n«a.first»: rehearsal at the church hall, «addr»\n«b.first»: "
        "can't, with «c.first» at the dentist\n«a.first»: ok «b.first»",
    ),
    # ------------------------------------------------------------------ letter
    (
        "letter",
        "«addr»\n«date»\n\nDear «a»,\n\nRe: Membership of the Friends of the "
        "Museum\n\nWe are delighted to renew your family membership (you, «b.first» "
        "and «c.first»). Your card number is not your bank card; payments will "
        "continue by direct debit from account number «acct».\n\nYours sincerely,\n\n«d»"
        "\nMembership Secretary",
    ),
    (
        "letter",
        "FAO «a»\nc/o «b»\n«addr»\n\nDear «a.first»,\n\nwe hold a parcel for you at the "
        "front desk of the Harbourview Hotel. Please bring ID.\n\n«c.init»\nGuest Services",
    ),
    (
        "letter",
        "Attn: «a.upper»\n«addr.upper»\n\nNotice of end of tenancy for the holiday let "
        "at «addr2». The deposit («price») will be refunded to IBAN «iban» less "
        "cleaning.\n\nSigned,\n«b»\nfor «c»",
    ),
    (
        "letter",
        "To whom it may concern,\n\nI confirm that «a@f» (born «date») attended "
        "driving lessons with me from «date2». She is a careful driver.\n\n«b»\n"
        "ADI no. «n»«n»«n»\n«ph1»",
    ),
    (
        "letter",
        "Dear Mr and Mrs «a.last»,\n\nthank you for trusting QuietGrove with the "
        "service for «b». The cremation will be on «date». The celebrant, «c», will call "
        "you from «ph1».\n\nWith sympathy,\n«d»",
    ),
    # ------------------------------------------------------------------ form
    (
        "form",
        "NEW PATIENT FORM\nSurname: «a.lupper»\nFirst name(s): «a.first»\nDate of birth: "
        "«date»\nAddress: «addr»\nMobile: «ph1»\nEmail: «a.email»\nGP: Dr «b»\nEmergency "
        "contact: «c» («ph2»)",
    ),
    (
        "form",
        "Membership application - IronHouse Gym\nName: «a.upper»\nPhone: «ph1.nat»\n"
        "Card: «card»\nReferred by: «b.first»\nGoal: weightlifting, «ep.style» classes",
    ),
    (
        "form",
        "Booking form - dive school\nLead diver: «a.revup»\nBuddy: «b»\nCountry of "
        "residence: «country»\nCert no.: «ref»\nContact: «a.email» / «ph1.intl»",
    ),
    (
        "form",
        "Childminder registration\nChild: «c.first»\n«c.last»\nParent 1: «a»\nParent 2: "
        "«b»\nHome: «addr»\nAllergies: none\nCollect by: «a.first»; «b.first»; «d.first»",
    ),
    (
        "form",
        "W-9 style details for contractor tour guide\nName: «a@us»\nSSN: «ssn»\nAddress: "
        "«addr»\nPay to checking account «acct»",
    ),
    (
        "form",
        "TATTOO CONSENT\nCLIENT: «a.upper»\nDOB: «date»\nARTIST: «b.upper»\nDESIGN: "
        "koi sleeve\nPHONE: «ph1»\nSIGNED: «a.upper»",
    ),
    (
        "form",
        "Name (as on passport): «a@diac»\nName without accents: «a@diac.ascii»\nNationality: "
        "«country»\nRoom: «room»\nCheck-out: «date»",
    ),
    # ------------------------------------------------------------------ review
    (
        "review",
        "★★★★★ «b.first» at ShearLuck is the only barber I trust. Ask for «b.first», "
        "not «c.first». - «a.init», «city»",
    ),
    (
        "review",
        "Two stars. The removal men were late and «b.first» dropped my «ep.brand» "
        "fridge. When I rang «ph1» nobody answered. — «a»",
    ),
    (
        "review",
        "Dr «b.last» was lovely with my son «c@m.first». The practice is easy to find, "
        "right off «addr». Only gripe: parking.\n«a.first» «a.last»",
    ),
    (
        "review",
        "Great campsite! The owner «b» even lent us a «ep.brand» heater. Met a family "
        "from «city2» who recommended it. 10/10 - «a.first» & «w.first»",
    ),
    (
        "review",
        "Guided tour with «b.first» was the highlight of our week in «region». "
        "Funny, knowledgeable, knew every «ep.grape» vineyard. Review by «a.lower»",
    ),
    # ------------------------------------------------------------------ notes
    (
        "notes",
        "Physio notes «date»\nPt: «a.rev»\nRef by «b.init» (GP)\nDx: patellar "
        "tendinopathy, query Osgood-Schlatter hx\nPlan: 6 wks; review «date2»\nNOK: «c» "
        "«ph1»",
    ),
    (
        "notes",
        "Wedding checklist\n- confirm florist w/ «b.first»\n- seating: «c» next to "
        "«d», NOT next to «w»\n- deposit to «iban»\n- venue: «addr»",
    ),
    (
        "notes",
        "call log: spoke to «a.first» «a.last» re: «ep.character» birthday party, "
        "wants 12 kids, per «b.first» the cake is sorted. cb «ph1»",
    ),
    (
        "notes",
        "Tutor match: «a.first» (Y10, maths) -> «b»; «c.first» (A-level French) -> «d». "
        "Invoices via «a.email»",
    ),
    (
        "notes",
        "Parish office\n«date»: baptism enquiry from «a» and «b»\nGodparents: «c»; "
        "«d»\nphone «ph1»",
    ),
    # ------------------------------------------------------------------ transcript
    (
        "transcript",
        "«a.upper»: Good morning, Pearlview Dental, «a.first» speaking.\nCALLER: "
        "Hi, it's «b», I need to cancel for my daughter «c@f.first».\n«a.upper»: Of "
        "course. Can I confirm the number, «ph1»?\nCALLER: Yes.",
    ),
    (
        "transcript",
        "[00:00:03] Agent («a.first»): thanks for calling Boxroom Storage\n"
        "[00:00:07] Customer: yeah it's «b.lower» unit «room»\n[00:00:15] Agent "
        "(«a.first»): and the card ending... actually read me the full one\n"
        "[00:00:19] Customer: «card»",
    ),
    (
        "transcript",
        "voicemail transcription: hi this is «a.lower» calling about the "
        "apartment in «city» please call me back on «ph1.digits» thanks bye",
    ),
    (
        "transcript",
        "Interviewer: And who taught you to dive?\n«a»: My uncle «b@m.first», in "
        "«region». Later «c» at the school.\nInterviewer: Thanks «a.first».",
    ),
    (
        "transcript",
        "speaker 1 okay so «a.flower» and «b.flower» are both on the rota "
        "saturday\nspeaker 2 and «w.first» no they are off\nspeaker 1 right",
    ),
    # ------------------------------------------------------------------ ticket
    (
        "ticket",
        "Ticket «tid» | Priority: P2\nReporter: «a» <«a.email»>\nSummary: dating app "
        "shows wrong city («city») after move\nSteps: login from «ip», edit profile\n"
        "Assignee: @«b.flower»",
    ),
    (
        "ticket",
        "#«tid» Refund request\nCustomer «a.rev» was charged twice on card «card» for "
        "theatre tickets («ep.character» matinee). Please refund to original card.\n"
        "Handled by «b.first»",
    ),
    (
        "ticket",
        "Issue: member cannot book the climbing wall\nUser: «a.upper» (id «order»)\n"
        "Phone: «ph1»\nNotes: per «b.first», reset PIN. cc «c.first»",
    ),
    (
        "ticket",
        "Escalation «tid»: payout to host «a» failed. Holiday let at «addr». Host "
        "IBAN: «iban.compact». SSN on W-9: «ssn». Agent: «b.init»",
    ),
    (
        "ticket",
        "Subject: «a»\n\n(that's the whole subject line, customer sent the ticket "
        "with just a name) Body: please call «ph1», about the «ep.model» hire car",
    ),
    # ------------------------------------------------------------------ ocr
    (
        "ocr",
        "RECE1PT  0PTICIAN\nPatient : «a.upper»\nFrames «ep.brand» «sku»   «price»\n"
        "Paid VISA ****\n«addr.upper»\nTel «ph1»",
    ),
    (
        "ocr",
        "DRIVER LICENCE (scan)\n1. «a.lupper»\n2. «a.first»\n3. «date»  «city.upper»\n"
        "8. «addr.upper»",
    ),
    (
        "ocr",
        "Order of Service\nCelebrating the life of\n«a»\n«date» - «date2»\nOfficiant: "
        "«b»\nReadings by «c.first» and «d»",
    ),
    (
        "ocr",
        "INV0ICE  «order»\nBill to: «a»\n«addr»\nAcct no. «acct»\nSort code 20-45-17\n"
        "Thank you for your custom!",
    ),
    # ------------------------------------------------------------------ srt
    (
        "srt",
        "1\n00:00:01,000 --> 00:00:03,500\nHappy birthday, «a.first»!\n\n2\n"
        "00:00:03,600 --> 00:00:06,000\nFrom all of us in «city».\n\n3\n"
        "00:00:06,100 --> 00:00:09,000\nEspecially «b.first» and little «c.first».",
    ),
    (
        "srt",
        "12\n00:04:10,200 --> 00:04:12,900\n«a.upper»: Where's «b.first»?\n\n13\n"
        "00:04:13,000 --> 00:04:15,400\nShe went to «city» with «c».",
    ),
    (
        "srt",
        "1\n00:00:00,500 --> 00:00:04,000\nWedding of «a» & «b»\n\n2\n"
        "00:00:04,100 --> 00:00:07,000\nFilmed by «c.init» - «ph1»",
    ),
    (
        "srt",
        "5\n00:01:02,000 --> 00:01:05,000\n[«a.first»] Welcome to the dive briefing.\n\n6\n"
        "00:01:05,100 --> 00:01:08,000\n[«b.first»] Buddy up with «d.first» please.",
    ),
    # ------------------------------------------------------------------ more chat / other
    ("chat", "«a.first»"),
    (
        "chat",
        "pls check grammar: Met «a@particle» and «b@particle» at the coworking mixer; "
        "«a@particle.last» runs a tattoo studio in «city».",
    ),
    (
        "chat",
        'What does this French note from «a@fr.first» mean? "Je serai en retard, '
        "«b@fr.first» garde les enfants jusqu'à «time».\"",
    ),
    (
        "chat",
        "Kannst du das übersetzen? «a@de» schreibt: Ich hole «b@de.first» um «time» "
        "von der Kita ab, Telefon «ph1».",
    ),
    (
        "chat",
        "Rewrite for the newsletter: Congrats to «a@hyphen» and «b@hyphen» for "
        "finishing the beginner ski course! Photos by «c.first».",
    ),
    (
        "chat",
        "who is «c@m.nick»? «c.first» signs every text to our salon as «c.nick», is that "
        "his nickname? full name on file «c»",
    ),
    (
        "chat",
        "I paid «price» for the «ep.dish» at «b»'s wedding and «b.first» never thanked "
        "me, AITA? «a.first»",
    ),
    (
        "chat",
        "Hey, it's «w». Set a reminder to call «a.first» «a.last» at «ph1» about "
        "the Pilates studio lease.",
    ),
    (
        "chat",
        "Can you make a funny toast for «a@f.first»? She's turning 40, loves «ep.dish» "
        "and was born in «country». Signed: «b.first», «c.first», «d.first»",
    ),
    # ------------------------------------------------------------------ phone-heavy extras
    ("sms", "New no. for the chiropractor: «ph1». Old one («ph2») is off from «date». «a.first»"),
    ("sms", "«ph1» - that's «a.first»'s mum, call her if «b.first» isn't picked up by «time»"),
    (
        "chat",
        "Format these numbers for our hotel CRM: «ph1», «ph2.nat», «ph3.intl». They belong "
        "to «a», «b» and «c».",
    ),
    (
        "email",
        "Hi «a.first»,\n\nthe dive centre's boat captain is «b» («ph2»). If the sea is "
        "rough, call the shop on «ph1» before «time».\n\nCheers,\n«c.first»",
    ),
    (
        "whatsapp",
        "«a.first»: new phone who dis\n«a.first»: jk it's me, save «ph1»\n«b.first»: "
        "saved! also «c@f.first» changed hers to «ph2»",
    ),
    (
        "notes",
        "Emergency contacts (campsite warden)\n1) «a» - «ph1»\n2) «b» - «ph2»\n"
        "3) site office - «ph3»",
    ),
    (
        "form",
        "Funeral arrangement form\nDeceased: «a»\nNext of kin: «b@m» (son)\nTel (home): «ph1»"
        "\nTel (mobile): «ph2»\nChapel: «addr»",
    ),
    (
        "transcript",
        "RECEPTION: Kestrel Theatre box office.\nCALLER: hi, «a.first» «a.last» "
        "here, I booked for «ep.character» but my number changed, it's now «ph1»\n"
        "RECEPTION: Thank you «a.first», updated.",
    ),
    (
        "ticket",
        "Driving school app: instructor «a» can't see pupil «b.first»'s phone («ph1»). "
        "Pupil also gave «ph2» as backup. Reporter «c.email»",
    ),
    (
        "letter",
        "Dear «a.first»,\n\nwelcome to the Friends of the Garden Museum. Your volunteer "
        "lead is «b» («ph1»). For tours, ring «ph2».\n\nWarm wishes,\n«c»",
    ),
    (
        "review",
        "Called «ph1» three times about our holiday let, finally «b.first» picked up. "
        "Lovely place near «city» though. «a.first» «a.last».",
    ),
    ("sms", "Your coworking day pass is ready. Host: «b.first» «ph2» . Door code «n»«n»7"),
    (
        "chat",
        "Tax help: I'm «a@us», SSN «ssn». My wife «b@us+f.first» has SSN «ssn2». We both "
        "moved to «addr» last year. Which form do we file?",
    ),
    (
        "email",
        "Subject: payroll correction\n\nHi «a.first», please pay «b@us» (SSN «ssn») into "
        "checking account «acct», not the old account number «acct2».\n«c.init»",
    ),
    (
        "form",
        "EMPLOYEE ONBOARDING (swim instructor)\nLegal name: «a@us.upper»\nSSN: «ssn»\n"
        "Bank: checking acct «acct»\nPhone: «ph1»",
    ),
    (
        "notes",
        "Wedding vendor payments: florist «b» acct no. «acct»; band «c» acct «acct2»; "
        "cake paid by card «card»",
    ),
    (
        "chat",
        "Split the villa costs: «a.first» paid «price» by card «card», «b.first» sent "
        "«price2» from «iban». Who owes whom? We fly from «city» to «city2».",
    ),
    (
        "email",
        "Dear «a»,\n\nyour campsite deposit was returned to IBAN «iban». The balance "
        "for the pitch near «city» is due by «date»; pay by card «card» or transfer to "
        "our account «iban2».\n\n«b.init»",
    ),
    (
        "whatsapp",
        "«a.first»: hen do money pls 🙏 «iban»\n«b.first»: sent from «c.first»'s "
        "card «card» lol\n«a.first»: 😂 see u in «city»",
    ),
    (
        "letter",
        "«a»\n«addr»\n«country»\n\nDear «b»,\n\nI am moving from «city» to «region» "
        "and wish to cancel my storage contract. Please refund to «iban».\n\n«a.first»",
    ),
    (
        "ticket",
        "Chargeback «tid»: card «card» (holder «a.upper») disputes tattoo deposit. "
        "Studio in «city». Customer's other card «card2» was charged fine.",
    ),
    (
        "notes",
        "moving day!! «addr» -> «addr2». van booked w/ «b.first», paid on card «card». "
        "keys from «c.first» in «city»",
    ),
    (
        "review",
        "Stayed at a lovely B&B in «region», hosted by «b» and «c.first». Came from "
        "«city2», will be back. - «a», «country»",
    ),
    (
        "chat",
        "pls call «a@f.first» on «ph1» and tell her the tutor «b.first» is sick, then text "
        "«c.first» at «ph2»",
    ),
    ("sms", "Hi it's «b.first» from the wedding venue. Can the DJ ring me? «ph2»"),
    ("whatsapp", "«a.first»: taxi for mum after her physio? «ph1»\n«b.first»: or «ph3» (cheaper)"),
    (
        "form",
        "Kid's swim club sign-up\nChild: «c»\nParent: «a.rev»\nDay phone: «ph1»\n"
        "Evening phone: «ph2»\nPhoto consent: yes",
    ),
]

TEMPLATES: list[Template] = templates(_T, "val20_personal_a")
