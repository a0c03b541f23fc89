"""train_r templates, part 2: field-and-list shapes (form, ticket, calendar, listing, menu,
recipe). Clean and personal templates per shape; slots are described in `train_r_build`."""

from __future__ import annotations

SHAPES: dict[str, tuple[list[str], list[str]]] = {
    "form": (
        [
            "Product registration\nProduct: ⟨bare.p⟩\nSerial: ⟨sku⟩\nPurchased: ⟨date⟩\nFirmware: ⟨ver⟩\nComments: ⟨k⟩",
            "Feedback form\nDish: ⟨bare.f⟩\nSide: ⟨bare.f⟩\nTable: ⟨num⟩\nWhat could we improve? ⟨k⟩",
            "Room booking request\nEvent: ⟨np.e⟩\nRoom: ⟨room⟩\nDate: ⟨date⟩\nCatering: ⟨bare.f⟩\nNotes: please ⟨vp⟩",
            "Please fill in the missing fields:\nItem: ⟨bare.p⟩\nCategory:\nPrice: ⟨price⟩\nKeywords: ⟨bare⟩, ⟨bare⟩",
            "Bug report\nComponent: ⟨bare.t⟩\nVersion: ⟨ver⟩\nSteps: open the dashboard, ⟨vp⟩, refresh\nExpected: no error\nActual: error ⟨num⟩ mentioning ⟨np.t⟩",
            "Survey answer\nQ: Which of these have you heard of?\nA: ⟨^np⟩ and ⟨np⟩, but not ⟨np⟩.",
        ],
        [
            "Name: ⟨p1.full⟩\nEmail: ⟨email⟩\nPhone: ⟨phone⟩\nInterested in: ⟨bare.p⟩\nMessage: ⟨k⟩",
            "First name: ⟨p1.given⟩\nLast name: ⟨p1.family⟩\nDate of birth: ⟨date⟩\nAddress: ⟨addr⟩\nDietary needs: no ⟨bare.f⟩",
            "Patient intake\nPatient: ⟨p1.lf⟩\nSSN: ⟨ssn⟩\nReferred by: ⟨p2.title⟩\nReason: follow-up on ⟨np.s⟩\nAllergies: ⟨bare.f⟩",
            "Direct debit mandate\nAccount holder: ⟨p1.full⟩\nAccount number: ⟨acct⟩\nIBAN: ⟨iban⟩\nFor: ⟨np.p⟩ subscription",
            "Volunteer sign-up\nName: ⟨p1.full⟩\nCity: ⟨loc⟩\nAvailable for: ⟨np.e⟩\nSkills: ⟨bare⟩\nEmergency contact: ⟨p2.full⟩, ⟨phone⟩",
            "Expense claim\nClaimant: ⟨p1.init⟩\nApprover: ⟨p2.lf⟩\nItem: ⟨bare.f⟩ for the team lunch\nAmount: ⟨price⟩\nCard used: ⟨card⟩",
            "Contact us\nYour name: ⟨p1.given⟩\nCompany: ⟨bare.p⟩ reseller\nHow did you hear about us? ⟨p2.full⟩ mentioned ⟨np⟩.",
        ],
    ),
    "ticket": (
        [
            "RMA ⟨ticket⟩: ⟨prod⟩ ⟨kind⟩ returned with ⟨np.p⟩ still attached. Refund ⟨price⟩ on ⟨date⟩.",
            "[⟨ticket⟩] ⟨^bare.t⟩ fails after upgrade to ⟨ver⟩\nPriority: high\nSteps: deploy, then ⟨vp⟩. The logs mention ⟨np.t⟩ but the error comes from ⟨np.t⟩.\nHost: ⟨host⟩",
            "Ticket ⟨ticket⟩: customer says ⟨np.p⟩ arrived without ⟨np.p⟩. Order ⟨order⟩, paid ⟨price⟩. Action: ⟨vp⟩.",
            "Incident ⟨ticket⟩\nSummary: the billing dashboard shows ⟨np.s⟩ instead of the right units\nImpact: ⟨pct⟩ of requests\nNext step: ⟨vp⟩",
            "Feature request ⟨ticket⟩: support ⟨np.m⟩ as a font option and add ⟨np.t⟩ to the export menu. Target release ⟨ver⟩.",
            "Maintenance ⟨ticket⟩: replace ⟨np.c⟩ in ⟨room⟩. Parts: ⟨bare.p⟩ (⟨sku⟩). Window: ⟨date⟩ ⟨time⟩.",
            "Can you triage this ticket?\n⟨ticket⟩ — ⟨k⟩ Reported on ⟨date⟩. Related to ⟨np⟩?",
        ],
        [
            "[⟨ticket⟩] ⟨^bare.t⟩ outage\nReporter: ⟨p1.full⟩\nAssignee: ⟨p2.full⟩\n⟨p1.given⟩ reports that ⟨np.t⟩ stopped after ⟨ver⟩. Source IP ⟨ip⟩.",
            "Ticket ⟨ticket⟩ from ⟨p1.full⟩ (⟨email⟩): ⟨np.p⟩ was delivered to ⟨addr⟩ instead of the office. ⟨p2.given⟩ to ⟨vp⟩.",
            "Escalation: ⟨p1.title⟩ called about ⟨np⟩ twice. Callback number ⟨phone⟩. Owner: ⟨p2.init⟩.",
            "⟨ticket⟩ — ⟨p1.given⟩ can't log in from ⟨loc⟩. Last seen at ⟨ip⟩. ⟨p2⟩ thinks ⟨np.t⟩ is blocking it.",
            "Refund request ⟨ticket⟩\nCustomer: ⟨p1.lf⟩\nCard: ⟨card⟩\nItem: ⟨bare.p⟩\nNote from ⟨p2.given⟩: ⟨k⟩",
            "Please summarise this ticket thread:\n⟨p1.full⟩: ⟨np.p⟩ keeps rebooting.\n⟨p2.full⟩: did you ⟨vp⟩?\n⟨p1.given⟩: yes, still broken after ⟨ver⟩.",
        ],
    ),
    "calendar": (
        [
            "BEGIN:VEVENT\nSUMMARY:⟨^bare.e⟩ planning\nLOCATION:⟨^bare.l⟩\nDESCRIPTION:agenda - ⟨np⟩ and ⟨np⟩\nEND:VEVENT",
            "⟨day⟩ ⟨time⟩ — ⟨^bare.e⟩ rehearsal (⟨room⟩)\n⟨day⟩ ⟨time⟩ — review the ⟨bare.t⟩ rollout",
            "Add to my calendar: ⟨np.e⟩ on ⟨date⟩ at ⟨time⟩, and a reminder to ⟨vp⟩ the day before.",
            "Schedule for ⟨date⟩\n09:00 workshop on ⟨np⟩\n11:00 talk on ⟨np.s⟩\n14:00 visit ⟨np.l⟩",
            "Recurring: every ⟨day⟩ at ⟨time⟩ — ⟨vp⟩. Ends ⟨date⟩.",
            "Is ⟨np.e⟩ a public holiday anywhere? I want to book a trip to see ⟨np.l⟩ that week.",
        ],
        [
            "BEGIN:VEVENT\nSUMMARY:⟨^bare.e⟩ with ⟨p1.full⟩\nATTENDEE:mailto:⟨email⟩\nLOCATION:⟨loc⟩\nDESCRIPTION:bring ⟨np.f⟩\nEND:VEVENT",
            "⟨date⟩ ⟨time⟩ — call ⟨p1.title⟩ re ⟨np⟩\n⟨time⟩ — lunch with ⟨p2.given⟩ at ⟨np.l⟩",
            "Invite: ⟨bare.e⟩ drinks\nOrganiser: ⟨p1.full⟩\nGuests: ⟨p2.full⟩, ⟨p3.full⟩\nWhere: ⟨addr⟩",
            "Move my meeting with ⟨p1.full⟩ from ⟨day⟩ to ⟨day⟩, and tell ⟨p2.given⟩ the review of ⟨np⟩ is off.",
            "Out of office ⟨date⟩ to ⟨date⟩ (⟨p1.given⟩ in ⟨loc⟩). For ⟨np.t⟩ issues contact ⟨p2.full⟩ on ⟨phone⟩.",
            "Birthday: ⟨p1.full⟩ (⟨date⟩) — ideas: ⟨np.p⟩ or tickets to ⟨np.m⟩.",
        ],
    ),
    "listing": (
        [
            "FOR SALE: ⟨prod⟩ ⟨kind⟩, boxed, ⟨price⟩. Comes with ⟨np.p⟩. Model code ⟨sku⟩.",
            "FOR SALE: ⟨bare.p⟩, ⟨year⟩, good condition. ⟨price⟩ or swap for ⟨np.p⟩. Collection only.",
            "Listing title: ⟨^bare.p⟩ — barely used\nDescription: comes with ⟨np.p⟩ and the original box. ⟨k⟩\nPrice: ⟨price⟩",
            "Write a marketplace description for ⟨np.p⟩ (⟨sku⟩); mention ⟨np.c⟩ and that it ships in ⟨dur⟩.",
            "Vintage poster of ⟨np.m⟩, framed, ⟨price⟩. Also selling ⟨np.p⟩.",
            "Holiday let: flat near ⟨np.l⟩, sleeps ⟨qty⟩, ⟨price⟩ a night. Walk to ⟨np.l⟩.",
            "Wanted: ⟨bare.p⟩ or ⟨bare.p⟩ in working order. Budget ⟨price⟩.",
        ],
        [
            "Order ⟨order⟩ for ⟨p1.full⟩: ⟨prod⟩ ⟨kind⟩ plus ⟨np.p⟩, ⟨price⟩. Deliver to ⟨addr⟩.",
            "FOR SALE by owner ⟨p1.full⟩: ⟨bare.p⟩, ⟨year⟩. Viewings at ⟨addr⟩. Call ⟨phone⟩.",
            "Seller: ⟨p1.handle⟩ (display name ⟨p1.full⟩)\nItem: ⟨bare.p⟩\nLocation: ⟨loc⟩\nPrice: ⟨price⟩",
            "Room to rent in ⟨loc⟩ — share with ⟨p1.given⟩ and ⟨p2.given⟩. Near ⟨np.l⟩. Contact ⟨email⟩.",
            "Estate sale for the late ⟨p1.full⟩: ⟨bare.p⟩, records of ⟨np.m⟩, ⟨np.p⟩.",
            "Pet sitter wanted in ⟨loc⟩ while ⟨p1.given⟩ is away (⟨date⟩). Feeding notes mention ⟨np.f⟩. Ask ⟨p2.full⟩.",
            "Car for sale: ⟨bare.p⟩, one owner (⟨p1.full⟩), full service history. ⟨price⟩. Test drives in ⟨loc⟩.",
        ],
    ),
    "menu": (
        [
            "Lunch menu — ⟨day⟩\n⟨^bare.f⟩ ... ⟨price⟩\n⟨^bare.f⟩ ... ⟨price⟩\n⟨^bare.f⟩ ... ⟨price⟩\nDessert: ⟨bare.f⟩",
            "Cocktail list\n- ⟨^bare.f⟩\n- ⟨^bare.f⟩\n- ⟨^bare.f⟩\nHappy hour ⟨time⟩ to ⟨time⟩",
            "Can you write menu descriptions (20 words each) for: ⟨bare.f⟩; ⟨bare.f⟩; ⟨bare.f⟩?",
            "Kids' menu: ⟨bare.f⟩ with chips ⟨price⟩, ⟨bare.f⟩ ⟨price⟩. Ask about ⟨np.f⟩.",
            "Set menu ⟨price⟩\nStarter: ⟨bare.f⟩\nMain: ⟨bare.f⟩\nSide: ⟨bare.f⟩\nServed until ⟨time⟩.",
            "Translate this menu into French: ⟨bare.f⟩; ⟨bare.f⟩; ⟨bare.f⟩.",
        ],
        [
            "Chef's specials, chosen by ⟨p1.full⟩:\n⟨^bare.f⟩ ... ⟨price⟩\n⟨^bare.f⟩ ... ⟨price⟩\nAllergies? Ask ⟨p2.given⟩ at the bar.",
            "Private dining for ⟨p1.title⟩, party of ⟨qty⟩, ⟨date⟩\nMenu: ⟨bare.f⟩, then ⟨bare.f⟩, then ⟨bare.f⟩. Contact: ⟨phone⟩",
            "⟨p1.poss⟩ birthday dinner\n- ⟨bare.f⟩ (no nuts for ⟨p2.given⟩)\n- ⟨bare.f⟩\n- cake from a bakery in ⟨loc⟩",
            "Wedding menu for ⟨p1.given⟩ and ⟨p2.given⟩\nCanapés: ⟨bare.f⟩\nMain: ⟨bare.f⟩\nToast: ⟨np.f⟩",
            "Staff meal rota: ⟨day⟩ — ⟨p1.given⟩ cooks ⟨bare.f⟩; ⟨day⟩ — ⟨p2.given⟩ cooks ⟨bare.f⟩.",
            "Table ⟨num⟩ booked by ⟨p1.full⟩ (⟨phone⟩): two ⟨bare.f⟩, one ⟨bare.f⟩.",
        ],
    ),
    "recipe": (
        [
            "Recipe: ⟨^bare.f⟩\nIngredients: ⟨bare.f⟩, ⟨bare.f⟩, 2 eggs, ⟨bare.f⟩\nMethod: preheat to ⟨temp⟩, bake for ⟨dur⟩.",
            "Can I use ⟨np.f⟩ instead of ⟨np.f⟩ in ⟨np.f⟩? The recipe serves ⟨qty⟩.",
            "Scale this recipe for ⟨qty⟩ people:\n- 200 g ⟨bare.f⟩\n- 1 tbsp ⟨bare.f⟩\n- a pinch of salt\nServe with ⟨np.f⟩.",
            "Step 3: whisk the eggs. Step 4: fold in ⟨np.f⟩ and rest for ⟨dur⟩. Step 5: top with ⟨np.f⟩.",
            "What wine goes with ⟨np.f⟩? I'm also serving ⟨np.f⟩.",
            "Recipe card — ⟨bare.f⟩\nPrep ⟨dur⟩, cook ⟨dur⟩, oven ⟨temp⟩.\nTip: top with ⟨bare.f⟩.",
        ],
        [
            "⟨p1.poss⟩ ⟨bare.f⟩ (from ⟨p2.title⟩)\nYou need ⟨bare.f⟩, ⟨bare.f⟩ and butter. Bake at ⟨temp⟩ for ⟨dur⟩.",
            "My grandmother ⟨p1.given⟩ made ⟨np.f⟩ every ⟨day⟩. Can you help me recreate it? She used ⟨np.f⟩.",
            "Recipe submitted by ⟨p1.full⟩ (⟨email⟩): ⟨^bare.f⟩ with ⟨bare.f⟩. Serves ⟨qty⟩.",
            "⟨p1.given⟩ says the trick with ⟨np.f⟩ is to rest it overnight. Is that right? ⟨p2.given⟩ disagrees.",
            "Cooking class ⟨date⟩ with chef ⟨p1.full⟩ in ⟨loc⟩: ⟨bare.f⟩, then ⟨bare.f⟩.",
            "Swap suggestions for ⟨p1.given⟩ (no dairy): ⟨bare.f⟩ instead of ⟨bare.f⟩.",
        ],
    ),
}
