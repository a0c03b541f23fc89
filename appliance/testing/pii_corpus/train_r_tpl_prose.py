"""train_r templates, part 1: prose shapes (chat, email, sms, notes, review, voice).

Each shape has clean templates (no person, no gold: only non-person phrases and decoys) and
personal ones. Slots are described in `train_r_build`. Voice templates are written as
dictation comes out: lower case and without punctuation."""

from __future__ import annotations

SHAPES: dict[str, tuple[list[str], list[str]]] = {
    "chat": (
        [
            "Is the ⟨prod⟩ ⟨kind⟩ compatible with ⟨np.p⟩, or do I need the ⟨prod⟩ instead?",
            "Quick question: is ⟨np.f⟩ okay for a guest who can't eat gluten, or should I swap it for ⟨np.f⟩?",
            "I keep seeing ⟨np⟩ mentioned in the release notes for ⟨ver⟩. What is it, in two sentences?",
            "can you explain the difference between ⟨np⟩ and ⟨np⟩ like i'm five",
            'My manager wrote "⟨k⟩" in the standup notes. Is that a normal thing to say at work?',
            "Draft a polite reminder to ⟨vp⟩ before ⟨day⟩. Mention order ⟨order⟩ and keep it under 80 words.",
            "What's a good caption for a photo of ⟨np⟩? Something short, not cheesy.",
            "Compare ⟨np.p⟩ and ⟨np.p⟩ for a small team on a budget of ⟨price⟩.",
            "Is ⟨np.s⟩ the same thing as ⟨np.s⟩? My textbook seems to mix them up.",
            "Give me three trivia questions about ⟨np.m⟩ and one about ⟨np.m⟩.",
            'What does "⟨q⟩" mean, and when would someone say it?',
            "ok so ⟨np⟩ or ⟨np⟩ for the team quiz name? vote by ⟨time⟩",
        ],
        [
            "⟨p1.given⟩ wants the ⟨prod⟩ ⟨kind⟩ but ⟨p2.given⟩ says ⟨np.p⟩ is better value. Thoughts?",
            "⟨p1.given⟩ asked whether ⟨np.f⟩ is gluten-free. Can you check the usual recipe and draft a one-line reply to ⟨p1.given⟩?",
            "Write a short birthday message for ⟨p1.full⟩ that mentions ⟨np⟩ as an inside joke. Sign it from ⟨p2.given⟩.",
            "hey, ⟨p1.given⟩ here. ⟨p2⟩ told me to ⟨vp⟩ before ⟨day⟩, is that a real deadline?",
            "Summarise this for ⟨p1.title⟩: the team agreed to ⟨vp⟩, and ⟨p2.full⟩ will look into ⟨np⟩ after ⟨date⟩.",
            "My colleague ⟨p1.full⟩ keeps talking about ⟨np⟩. Is it worth reading up on before our call in ⟨loc⟩?",
            "Can you help me write a reference for ⟨p1.full⟩? They worked with us on ⟨np.t⟩ and handled ⟨np⟩ really well. My number is ⟨phone⟩ if the reader wants to follow up.",
            "⟨p1.given⟩ texted from ⟨loc⟩ asking if ⟨np.f⟩ travels well. What should I tell ⟨p1.given⟩?",
            "Who should I cc on the ⟨bare.e⟩ invite, ⟨p1.full⟩ or ⟨p2.full⟩? ⟨p1.poss⟩ team owns ⟨np.p⟩.",
            'Rewrite this more kindly: "⟨p1.given⟩, you forgot ⟨np⟩ again."',
            "is ⟨p1.family⟩ the one who brought ⟨np.f⟩ last time? i think ⟨p2.given⟩ said so",
            "Tell ⟨p1.title⟩ that ⟨np.p⟩ is back in stock and that ⟨p2.full⟩ can ⟨vp⟩ tomorrow.",
        ],
    ),
    "email": (
        [
            "Subject: Your order ⟨order⟩ has shipped\n\nYour ⟨prod⟩ ⟨kind⟩ and ⟨np.p⟩ are on the way. Estimated delivery: ⟨date⟩. Total charged: ⟨price⟩.\n\nThank you for shopping with us.",
            "Subject: ⟨^np⟩ — update for ⟨date⟩\n\nHi team,\n\nA quick note on ⟨np⟩: the supplier confirmed order ⟨order⟩ ships on ⟨day⟩. Please ⟨vp⟩ before then.\n\nThanks,\nThe operations desk",
            "Subject: Menu for the ⟨bare.e⟩ lunch\n\nHello all,\n\nWe have ⟨np.f⟩, ⟨np.f⟩ and ⟨np.f⟩ on the menu, ⟨price⟩ per head. Reply by ⟨date⟩ if you need something else.\n\nFacilities",
            "Subject: Re: ⟨ticket⟩\n\nThe fault is with ⟨np.pt⟩, not with ⟨np.pt⟩. We rolled back to ⟨ver⟩ at ⟨time⟩ and will ⟨vp⟩ tomorrow.\n\n— IT support",
            "Subject: Reading list\n\nFor next week's book club we are reading ⟨np.m⟩; after that, ⟨np.m⟩. ⟨k⟩\n\nSee you on ⟨day⟩.",
            "Can you tidy this email?\n\nhello, we received your return (order ⟨order⟩). the ⟨bare.p⟩ was damaged so a refund of ⟨price⟩ is on its way. ⟨k⟩ regards, customer care",
            "Subject: Lab safety reminder\n\nBefore anyone uses ⟨np.s⟩ again, read section ⟨num⟩ of the manual on ⟨np.s⟩. Booking is at ⟨url⟩.\n\nLab manager",
        ],
        [
            "Subject: ⟨^np⟩\n\nHi ⟨p1.given⟩,\n\nThanks for raising ⟨np⟩. ⟨p2.full⟩ will ⟨vp⟩ by ⟨date⟩, and I have copied ⟨email⟩ so your team sees it.\n\nBest,\n⟨p3.sig⟩",
            "Dear ⟨p1.title⟩,\n\nFurther to our call, the invoice for ⟨np.p⟩ (⟨order⟩) is attached. Payment can go to IBAN ⟨iban⟩. Please note that ⟨np⟩ is not included.\n\nKind regards,\n⟨p2.full⟩\n⟨phone⟩",
            "Subject: Leaving drinks for ⟨p1.full⟩\n\nHi all,\n\nAs most of you know, ⟨p1.given⟩ leaves us on ⟨date⟩. We'll meet at ⟨np.l⟩ at ⟨time⟩; ⟨p2.given⟩ is bringing ⟨np.f⟩.\n\nCheers,\n⟨p3.sig⟩",
            "Please rewrite this email so it sounds less abrupt:\n\n⟨p1.given⟩ — ⟨p2.poss⟩ note about ⟨np⟩ was wrong. Send me the numbers for ⟨np⟩ by ⟨day⟩. — ⟨p3.sig⟩",
            "From: ⟨p1.full⟩ <⟨email⟩>\nTo: support\nSubject: ⟨^bare.p⟩ not working\n\nHello, my ⟨bare.p⟩ stopped working after ⟨ver⟩. I live at ⟨addr⟩ if you need to send a courier. ⟨k⟩\n\n⟨p1.sig⟩",
            "Subject: Conference in ⟨loc⟩\n\nDear ⟨p1.given⟩,\n\nYour talk on ⟨np.s⟩ is confirmed for ⟨date⟩. ⟨p2.title⟩ will chair the session after the panel on ⟨np.t⟩.\n\nWarm regards,\n⟨p2.full⟩",
            "Subject: Card declined\n\nHi, this is ⟨p1.full⟩. My card ⟨card⟩ was declined when I ordered ⟨np.p⟩. Could you check? You can reach me on ⟨phone⟩.\n\nThanks",
            "Subject: Fwd: ⟨^np.e⟩\n\n---------- Forwarded message ----------\nFrom: ⟨p1.full⟩ <⟨email⟩>\n\n⟨p2.given⟩, are we still on for ⟨np.e⟩? I can ⟨vp⟩ if that helps.",
        ],
    ),
    "sms": (
        [
            "running late, stuck behind ⟨np.p⟩ on the ring road. grab ⟨np.f⟩ for me?",
            "Reminder: ⟨vp⟩ before ⟨time⟩. Ref ⟨order⟩.",
            "Your parcel ⟨order⟩ is out for delivery. Contents: ⟨bare.p⟩. Track at ⟨url⟩",
            "did you see ⟨np.m⟩ last night?? way better than ⟨np.m⟩",
            "⟨k⟩ call me when you're free",
            "Offer: ⟨pct⟩ off ⟨bare.f⟩ this ⟨day⟩ only. Reply STOP to opt out",
        ],
        [
            "hi ⟨p1.given⟩ its ⟨p2.given⟩, can you ⟨vp⟩? thx",
            "⟨p1.given⟩ says ⟨np.f⟩ is sold out, getting ⟨np.f⟩ instead",
            "Clinic reminder: ⟨p1.title⟩, your appointment about ⟨np.s⟩ is on ⟨date⟩ at ⟨time⟩. Call ⟨phone⟩ to change.",
            "landed in ⟨loc⟩!! ⟨p1.given⟩ is picking me up in ⟨np.p⟩ lol",
            "⟨p1.full⟩, your code for ⟨np.t⟩ is ⟨num⟩⟨num⟩. Do not share it.",
            "Tell ⟨p1.given⟩ the ⟨bare.e⟩ thing moved to ⟨day⟩. ⟨p2.given⟩ can't make it",
        ],
    ),
    "notes": (
        [
            "Meeting notes ⟨date⟩\n- agreed to ⟨vp⟩\n- ⟨np⟩ on hold until ⟨ver⟩\n- look into ⟨np⟩\n- next review ⟨day⟩",
            "Shopping: ⟨bare.f⟩, ⟨bare.f⟩, ⟨bare.f⟩, batteries, ⟨bare.p⟩",
            "Lecture notes, week ⟨num⟩\n⟨^np.s⟩: applies to closed systems only.\n⟨^np.s⟩: see chapter ⟨qty⟩.\nQ: how does this relate to ⟨np.s⟩?",
            "Ideas for the blog:\n1. why ⟨np⟩ still matters\n2. ⟨np.m⟩ vs ⟨np.m⟩\n3. ⟨k⟩",
            "To do\n[ ] ⟨vp⟩\n[ ] ⟨vp⟩\n[x] order ⟨bare.p⟩ (⟨order⟩)",
            "Travel notes: saw ⟨np.l⟩, then ⟨np.l⟩ in the afternoon. Dinner: ⟨np.f⟩. Spent ⟨price⟩.",
        ],
        [
            "1:1 with ⟨p1.full⟩ (⟨date⟩)\n- ⟨p1.given⟩ wants to ⟨vp⟩\n- worried about ⟨np⟩\n- follow up with ⟨p2.title⟩ on ⟨np⟩",
            "Call notes: ⟨p1.title⟩ from ⟨loc⟩ rang about ⟨np.p⟩. Wants a quote by ⟨day⟩. Mobile ⟨phone⟩.",
            "Gift ideas\n⟨p1.given⟩: ⟨np.p⟩\n⟨p2.given⟩: ⟨np.m⟩\n⟨p3.given⟩: ⟨np.f⟩",
            "Interview notes — candidate ⟨p1.full⟩\nStrong on ⟨np.t⟩. Referee: ⟨p2.full⟩, ⟨email.p2⟩. ⟨k⟩",
            "Parents' evening: ⟨p1.poss⟩ teacher (⟨p2.title⟩) says the project on ⟨np⟩ is late. Next meeting ⟨date⟩.",
            "Dinner party: ⟨p1.given⟩ can't eat ⟨bare.f⟩; ⟨p2.given⟩ is bringing ⟨np.f⟩; ⟨p3.full⟩ arrives from ⟨loc⟩ at ⟨time⟩.",
        ],
    ),
    "review": (
        [
            "★★☆☆☆ The ⟨prod⟩ ⟨kind⟩ (⟨sku⟩) looked great next to ⟨np.p⟩ but died after ⟨dur⟩. Firmware ⟨ver⟩ did not help.",
            "★★★★☆ ⟨^np.p⟩ does the job. Battery lasts about ⟨dur⟩, but ⟨np.p⟩ felt sturdier. ⟨k⟩",
            "Review: ⟨np.m⟩\nSlow first act, lovely ending. Better than ⟨np.m⟩, not as good as ⟨np.m⟩. 3/5",
            "Stayed near ⟨np.l⟩ for ⟨qty⟩ nights. Breakfast had ⟨np.f⟩ and ⟨np.f⟩. Paid ⟨price⟩ a night. Would return.",
            'Write a one-line reply to this review: "Ordered ⟨np.f⟩, got ⟨np.f⟩. Order ⟨order⟩."',
            "1 star. The ⟨bare.p⟩ broke after ⟨dur⟩ and support told me to ⟨vp⟩. Version ⟨ver⟩.",
            'Is this review positive or negative? "⟨k⟩ Also, ⟨np⟩ was a nice touch."',
        ],
        [
            "★★★★★ Our guide ⟨p1.given⟩ took us past ⟨np.l⟩ and told the story of ⟨np.m⟩. Ask for ⟨p1.given⟩ when you book! — ⟨p2.full⟩, ⟨loc⟩",
            "Review by ⟨p1.init⟩: ⟨np.p⟩ arrived on time. The driver, ⟨p2.given⟩, even helped carry it in.",
            '⟨p1.full⟩ reviewed ⟨np.f⟩: "Rich, warm, perfect with ⟨np.f⟩." 4/5',
            "Dr ⟨p1.family⟩ was patient and explained ⟨np.s⟩ clearly. The receptionist, ⟨p2.given⟩, sorted my appointment in ⟨dur⟩.",
            'Please respond to ⟨p1.poss⟩ complaint: "⟨^np.p⟩ arrived scratched and ⟨p2.given⟩ from your team never called back."',
            "Thanks to ⟨p1.full⟩ at the ⟨loc⟩ branch for sorting out ⟨np⟩. ⟨k⟩",
        ],
    ),
    "voice": (
        [
            "hey assistant add ⟨bare.f⟩ and ⟨bare.f⟩ to the shopping list",
            "remind me to ⟨vp⟩ tomorrow morning",
            "play ⟨bare.m⟩ then something like ⟨bare.m⟩",
            "what is ⟨np.s⟩ in simple terms",
            "how far is it to ⟨np.l⟩ from here",
            "set a timer for ⟨qty⟩ minutes for ⟨np.f⟩",
            "search for ⟨np.p⟩ under ⟨num⟩ pounds",
        ],
        [
            "text ⟨p1.given⟩ saying i'll ⟨vp⟩ and ⟨np.f⟩ is in the fridge",
            "call ⟨p1.full⟩ about ⟨np⟩ on speaker",
            "remind me to buy ⟨np.f⟩ for ⟨p1.given⟩ on ⟨day⟩",
            "navigate to ⟨loc⟩ and tell ⟨p1.given⟩ we're bringing ⟨np.f⟩",
            "email ⟨p1.full⟩ the notes about ⟨np⟩ and copy in ⟨p2.given⟩",
            "what did ⟨p1.given⟩ say about ⟨np⟩ yesterday",
            "add ⟨p1.full⟩ from ⟨loc⟩ to my contacts and note ⟨np.p⟩",
        ],
    ),
}
