"""Templates of `train_s` for everyday life: reviews, menus, recipes and listings (things for
sale, flats to let, jobs), each clean and with people in it (format: `train_s_templates`)."""

from __future__ import annotations

BLOCK = r"""
=== review clean en lines
★★★★☆ [[F^]] was lovely and [[C]]. Delivery took [[NUM]] days.
Two stars. [[C^]]. Also [[T]] arrived damaged (order [[ORDER]]).
Great value at [[PRICE]]. [[C^]]. Would buy [[T]] again.
Rate this review as positive or negative: "[[C^]]. [[C^]]."
The [[PROD]] is fine, but [[C]]. 3/5.
Lovely little café. [[F^]] and [[F]] both excellent; [[C]].
=== review personal en lines
Our nurse [[P.first]] was wonderful and [[C]]. Thanks also to [[Q.title]].
Five stars for [[P.full]] at the front desk: [[C]].
[[P.first]] fixed our boiler in an hour. [[C^]]. Call [[PHONE]] and ask for [[P.first]].
Avoid. [[P.title]] promised [[T]] by [[DATE]] and [[C]].
Our waiter [[P.first]] recommended [[F]]; [[C]]. Lovely evening in [[L]].
[[P.title]] is the best teacher my son has had. [[C^]].
Reply to this review from [[P.full]]: "[[C^]]. Won't be back."
=== menu clean en
Today's specials
Starter: [[F^]] – [[PRICE]]
Main: [[F^]] – [[PRICE]]
Pudding: [[F^]] – [[PRICE]]
Note: [[C]]
=== menu clean en
School lunch menu, week [[NUM]]
Mon: [[F]]
Tue: [[F]]
Wed: [[F]]
Thu: [[F]]
Fri: [[F]] (veg option available)
=== menu clean en
Drinks
[[F^]] .... [[PRICE]]
[[F^]] .... [[PRICE]]
[[F^]] .... [[PRICE]]
Allergens: ask staff. [[C^]].
=== menu clean en
Is this menu vegan friendly? [[F^]], [[F]], [[F]] and a side of [[F]].
=== menu personal en
Chef's table with [[P.full]]
1. [[F^]]
2. [[F^]]
3. [[F^]]
Booking: [[Q.full]], [[PHONE]]
=== menu personal en
Birthday lunch for [[P.first]]
Starter: [[F]]
Main: [[F]]
Cake: [[F]] – made by [[Q.first]]
=== menu personal en
Table [[NUM]] – [[P.title]], party of 4
Ordered: [[F]], [[F]], [[F]]
Note from [[Q.first]]: [[C]]
=== menu personal en
Staff canteen – this week's cook is [[P.full]]
Mon [[F]] · Wed [[F]] · Fri [[F]]
Questions to [[EMAIL]]
=== recipe clean en
Recipe: [[F^]]
Ingredients: 200 g flour, 2 eggs, [[F]], a pinch of salt
Method: mix, bake at 180C for [[NUM]] minutes. Tip: [[C]].
=== recipe clean en
Can you scale this for [[NUM]] people?
- 1 tin of [[F]]
- 300 ml stock
- [[F]]
Serve with [[F]].
=== recipe clean en
Swap ideas: no [[F]] in the house. Could I use [[F]] instead? [[C^]].
=== recipe clean en
Bake sale list
[[F^]] x 2 trays
[[F^]] x 24
Price each: [[PRICE]]
[[C^]]
=== recipe personal en
[[P.poss]] recipe for [[F]]
Ingredients: butter, sugar, [[F]]
[[P.first]] says [[C]].
=== recipe personal en
From grandma [[P.first]]: [[F^]]. She always added [[F]] and [[C]].
=== recipe personal en
Recipe card – [[F^]]
Submitted by [[P.full]] ([[P.handle]])
Notes: [[C]]
=== recipe personal en
Cooking club, [[DATE]]: [[P.first]] brings [[F]], [[Q.first]] brings [[F]]; [[C]].
=== listing clean en
For sale: [[T]], [[PRICE]] ono. [[C^]]. Collection only.
=== listing clean en
[[PROD]] – like new
Comes with [[T]]. [[C^]].
Price: [[PRICE]] · Ref [[CODE]]
=== listing clean en
Job: teaching assistant, [[NUM]] hours a week
Duties include [[T]] and [[T]]. [[C^]].
Closing date: [[DATE]]
=== listing clean en
To let: two-bed flat, [[PRICE]] per month. [[C^]]. Near [[T]].
=== listing clean en
Free to a good home: [[T]]. [[C^]].
=== listing personal en
For sale: [[T]], [[PRICE]]. Contact [[P.first]] on [[PHONE]].
=== listing personal en
Room to rent in a shared house at [[ADDR]]. [[C^]]. Ask for [[P.full]].
=== listing personal en
Lost: [[T]] near the school gates. If found please email [[EMAIL]] ([[P.full]]).
=== listing personal en
Nanny wanted for [[P.first]] (4) and [[Q.first]] (7). [[C^]]. Reply to [[R.full]], [[R.email]].
=== listing personal en
Selling [[P.poss]] old [[PROD]]; [[C]]. Collection from [[L]].
=== menu clean en
Set lunch [[PRICE]]
· [[F]]
· [[F]]
· [[F]] or cheese
Please tell us about allergies. [[C^]].
=== menu personal en
Wedding breakfast for [[P.full]] and [[Q.full]]
[[F^]]
[[F^]]
[[F^]]
RSVP to [[EMAIL]]
=== recipe clean en
Mum's notes: [[F]] goes in first, then [[F]]. [[C^]]. Oven 200C, [[NUM]] min.
=== recipe personal en
[[P.full]] asked for the recipe: [[F]] with [[F]]. Send it to [[EMAIL]].
=== review personal en lines
Dr [[P.last]] at the practice listened and [[C]]. Much better than [[T]].
[[P.first]] ran the after-school club brilliantly; [[C]].
=== listing personal en
Tutor available: [[P.full]], maths and science. [[C^]]. Email [[EMAIL]].
=== review clean es lines
★★★★☆ Buen servicio. [[C^]]. Volveremos.
=== review personal es lines
La enfermera [[P.first]] fue muy amable y [[C]].
=== review clean de lines
Vier Sterne. [[C^]]. Lieferung nach [[NUM]] Tagen.
=== review personal de lines
[[P.title]] war sehr freundlich, aber [[C]].
=== review personal fr lines
Merci à [[P.first]] pour son accueil : [[C]].
=== review clean it lines
Quattro stelle. [[C^]]. Consegna in [[NUM]] giorni.
=== review personal it lines
Grazie a [[P.title]]: [[C]].
=== review personal tr lines
[[P.title]] çok ilgiliydi, ama [[C]].
Hemşire [[P.first]] harikaydı: [[C]].
=== review clean tr lines
Dört yıldız. [[C^]]. Teslimat [[NUM]] gün sürdü.
=== listing clean nl lines
Te koop: [[PROD]], [[PRICE]]. [[C^]].
=== listing personal nl lines
Te koop: [[PROD]], [[PRICE]]. Bel [[P.first]] op [[PHONE]]. [[C^]].
=== listing personal tr lines
Satılık: [[PROD]], [[PRICE]]. [[P.first]] ile iletişime geçin: [[PHONE]]. [[C^]].
"""
