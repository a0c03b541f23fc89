"""Ambiguous words of `train_s`: more English family names that are words, for landscape,
buildings, household things, metals, money, weather and family roles, with their non-person
uses (format: `train_s_lexicon`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_s_lexicon import parse

_BLOCK = """
Field | f | the field trip; a field hospital; ~fill in every [field] on the form; the sports field
  ; ~the [required field] is highlighted in red
Fields | f | ~the [fields] behind the school flood every winter; form fields
Meadows | f | ~the [meadows] are cut in July; wildflower meadows
Brooks | f | ~the [brooks] run dry in August; Brooks running shoes
Rivers | f | ~the [rivers] are high after the storm; rivers and lakes of the world quiz
Lake | f | a lake swim; ~the school took the kids to the [lake]; a boating lake
Pond | f | a duck pond; pond weed; ~the [pond] in the nursery garden is fenced off
Pool | f | the swimming pool; a car pool; ~the [pool] is closed for cleaning; the pool table; ~we [pool] our tips
Bridge | f | a bridge loan; the dental bridge; ~the [bridge] club meets on Tuesdays; a network bridge
  ; ~my [dental bridge] came loose
Bridges | f | ~the [bridges] on the ring road are being resurfaced; burning bridges
Street | f | street food; a street party; ~the [street lights] are out again; Sesame Street
Wall | f | the Wall Street Journal; a wall planner; ~the [wall] in the classroom is damp; a firewall rule
Castle | f | a bouncy castle; a sandcastle; ~the [bouncy castle] is booked for the party; castle in chess
Tower | f | a tower block; a PC tower; ~the [tower] fan is broken; a control tower
Mills | f | the paper mills; ~the [mills] along the canal are flats now; Mills and Boon novels
Grove | f | an olive grove; the [grove] behind the church; a lemon grove
Woods | f | ~we walked in the [woods] after lunch; the woods behind the school; Woods and forests trail
Forest | f | Forest School; the forest fire; ~the [Forest School] session is on Friday; a forest green hoodie
Oak | f | an oak table; oak-aged wine; ~the [oak] tree by the gate has a tyre swing; poison oak
Birch | f | birch bark; a silver birch; ~the [birch] pollen count is high; birch sap
Thorn | f | a thorn in my side; ~the [thorn] from the rose got infected; blackthorn hedges
Bloom | f | late bloomers; ~the roses are in full [bloom]; an algae bloom; Bloom's taxonomy
Flower | f | a flower bed; flower arranging; ~the [flower] show is in June; cauliflower cheese
Berry | f | a berry smoothie; ~the [berry] crumble is for pudding; mixed berry jam
Cotton | f | cotton wool; cotton buds; ~the school shirts are [cotton]; a cotton candy machine
Flint | f | flint and steel; ~the church is built of [flint]; a flint arrowhead in the museum
Steel | f | stainless steel; a steel toe cap; ~the [steel] frame is rusting; steel drums
Gold | f | gold stars; a gold medal; ~the kids got [gold stars] for reading; gold leaf
Silver | f | silver foil; the silver medal; ~the [silver] needs polishing; silver birch
Copper | f | copper pipes; ~the [copper] wire was stolen; a copper kettle; copper coins
Brass | f | the brass band; ~the [brass] door knob is loose; brass rubbing; top brass
Nickel | f | nickel allergy; ~the earrings contain [nickel]; a nickel and dime
Coin | f | a coin toss; ~the vending machine ate my [coin]; coin cell battery; a coin purse
Bond | f | a savings bond; James Bond films; ~the [bond] on the flat is 900 pounds; a bonding session
Pound | f | a pound coin; ~the [pound] fell against the euro; the dog pound; a quarter pound
Lock | f | a padlock; lock screen; ~the [lock] on the bathroom door is stuck; ~please [lock] your screen
Keys | f | car keys; ~I lost my [keys] again; keys to the stock cupboard; the piano keys
Horn | f | a car horn; French horn lessons; ~the [horn] on the minibus is broken; a shoe horn
Piper | f | the piper at the wedding; Piper aircraft; pay the [piper]
Harper | f | Harper's Bazaar; ~the [harper] played at the reception
Singer | f | a Singer sewing machine; the lead singer; ~the [Singer] machine needs a new needle
Player | f | a record player; a DVD player; ~the [media player] crashed; team player
Rider | f | a rider to the contract; Knight Rider; ~the [rider] on the contract covers pets
Ryder | f | a Ryder truck; the Ryder Cup; ~we rented a [Ryder] van for the move
Skipper | f | ~the [skipper] moved the boat; skipper butterflies
Steward | f | a shop steward; an air steward; ~the [shop steward] called a meeting
Pilgrim | f | Pilgrim's Progress; ~the [pilgrim] route is signposted; pilgrim badges
Guest | f | guest wifi; a guest list; ~the [guest room] is ready; guest speaker at assembly
Friend | f | a friend request; ~she is my best [friend]; Friend of the school association
Cousins | f | ~the [cousins] are staying for half-term; kissing cousins
Child | f | child benefit; child care vouchers; ~the [child] seat is in the boot; a child lock
Bachelor | f | a bachelor's degree; ~she finished her [bachelor's] in June; bachelor pad
Husband | f | ~please [husband] your resources; husband and wife team
Bride | f | a bride-to-be; ~the [bride] arrived late; bridesmaid dresses
Early | f | an early bird offer; ~the bus came [early]; early years foundation stage; early retirement
Elder | f | elderflower cordial; an elder tree; ~the [elder] berries stain everything; church elder
Small | f | small print; ~the shirt is too [small]; small talk; ~read the [small print] first
Short | f | a short film; ~we are [short] of staff; short list; ~the [shortlist] for the job is out
Low | f | low battery; ~the fuel is [low]; a low-fat yoghurt; low tide
Root | f | root canal treatment; a root vegetable; ~the [root canal] is booked for Monday; root access
Rock | f | a rock concert; rock salt; the [rock] pool at the beach; rock cakes at the bake sale
Vale | f | the [vale] below the hill; vale of tears
Shore | f | the sea shore; ~the ferry reached [shore]; shore leave; a shore excursion
Beach | f | a beach hut; ~the kids love the [beach]; beach towels; a beach ball
Sands | f | the shifting sands; the [sands] of time; quick sands
Gale | f | a gale warning; ~the [gale] blew the fence down; gales of laughter
Cloud | f | cloud storage; ~the files are in the [cloud]; a cloud of dust; ~the [cloud] backup failed
Burns | f | ~the [burns] unit at the hospital; sun burns; ~he [burns] toast every morning
Story | f | a bedtime story; story time at the library; the [story] on page two; a user story
Reader | f | a card reader; an e-book reader; ~the [card reader] at the canteen is down; a screen reader
Speaker | f | a Bluetooth speaker; a guest speaker; ~the [speaker] in the hall crackles
Sellers | f | ~the [sellers] accepted our offer; best sellers list
Chambers | f | a barrister's chambers; the [chambers] of the heart; echo chambers
Hall | f | the sports hall; a town hall meeting; ~the [hall] is booked for the exams; the hall of fame
House | f | a house party; House music; ~the [house] is on the market; house rules; the [house points] chart
Bull | f | a bull in a china shop; Red Bull; ~the [bull] got out of the field; a bull market
Hart | f | ~a [hart] crossed the road; the white hart pub sign
Buck | f | ~the [buck] stops here; a buck and a doe
Roe | f | cod roe; roe deer; ~the [roe] deer ate the tulips
Hare | f | a hare and the tortoise; ~a [hare] ran across the field; March hare
Partridge | f | a partridge in a pear tree; ~the [partridge] pie is a starter
Heron | f | a grey heron; ~the [heron] took all the fish from the pond
Gosling | f | ~a [gosling] followed the kids; gosling feathers
Martin | mf | a house martin; ~the [house martins] nest under the eaves; sand martins
Hay | f | hay fever tablets; a hay bale; ~the [hay fever] is bad this week; make hay
Barley | f | barley water; pearl barley; ~add the [barley] to the stew
Rush | f | rush hour; a rush job; no [rush] on the report; a sugar rush
Broom | f | a broom cupboard; ~the [broom] is behind the door; broom flowers on the heath
Hedges | f | ~the [hedges] need cutting before the birds nest; hedges and ditches
Hedge | f | a hedge fund; a box hedge; ~the [hedge] blocks the view of the road
Cellars | f | wine cellars; ~the [cellars] flooded after the rain
Coates | f | Coates threads; ~the [Coates] cotton spools are in the sewing box
Booth | f | a photo booth; a phone booth; ~the [voting booth] is in the school hall; toll booth
Bolt | f | a bolt cutter; a bolt of lightning; ~the [bolt] on the gate is loose; Bolt taxi app
Nail | f | nail varnish; a nail gun; ~the [nail] split; ~we [nailed] the presentation
Frame | f | a photo frame; a climbing frame; ~the [frame] of the glasses broke; frame rate
Block | f | a block booking; writer's block; ~the [block] of flats has a new lift; block capitals
Beam | f | a beam of light; the balance beam; ~the [beam] in the loft is cracked; high beam
Wells | f | oil wells; ~the [wells] in the village are dry; wishing wells
Spring | f | a spring clean; spring onions; ~the [spring] on the trampoline snapped; spring term
March | f | a protest march; ~the school band will [march] at the parade; the March payroll
  ; ~rent is due [in March]
Friday | f | Black Friday; Good Friday; ~the report is due [on Friday]; casual Friday
Summers | f | ~we spent [summers] at the caravan; long hot summers
Gentle | f | gentle cycle; ~be [gentle] with the new screen; a gentle reminder email
Hollow | f | a hollow log; ~the excuse sounds [hollow]; Sleepy Hollow
Stokes | f | Stokes equations; ~the fireman [stokes] the boiler
Strange | f | strange noises; ~the printer makes a [strange] noise; stranger danger
Pace | f | a steady pace; ~keep [pace] with the class; pace bowling; a pacemaker check
Leach | f | ~the chemicals [leach] into the soil; a leach field
Cannon | f | a water cannon; Cannon printers; ~the [cannon] fires at noon
Cross | f | a red cross; ~please [cross] out the wrong answer; cross-country run; Red Cross first aid
Love | f | love heart sweets; ~we would [love] to come; thirty love in tennis; a love seat
"""

WORDS = parse(_BLOCK, "en", "family")
