"""train_r's ambiguous words, part 1: English given names that are also common words
(virtues, months, seasons, plants, gems, nicknames that are nouns or verbs).

Each line: ``Word | kinds | phrases``. Kinds: F, M, U (a given name: female, male, either),
S (a family name), ``@`` (the word is also a city, region or country) or ``@Other_Name``.
Phrases are separated by ``; `` and each starts with an optional language (``es:``) and a
domain letter: c common noun phrase, v imperative verb phrase, f food or drink, p product or
brand, l landmark or a place inside a thing's name, m media (song, film, book, font,
fictional character), s science (unit, law, disease), t software or AI, e event or season,
n a named animal, ship, storm or train, k a whole sentence, q a short foreign phrase.
Every phrase is a non-person use of its word; parsed by `train_r_lex`.
"""

from __future__ import annotations

DATA = """
Hope | F | c high hopes for the launch; c a glimmer of hope; v hope for the best; n the Hope diamond; c a hope chest
Faith | F | c a leap of faith; c good faith negotiations; c faith in the process; k The supplier acted in good faith throughout.
Joy | F | c tears of joy; m the Joy of Cooking cookbook; p a Joy-Con controller; c the joy of a clean inbox
Grace | F | c the grace period; v say grace before dinner; m Amazing Grace; c a grace note; c a saving grace; t the NVIDIA Grace Hopper superchip; t a Grace CPU
Will | M | c a strong will; c the last will and testament; c free will; k The build will finish after lunch.; k Nobody will read the appendix.
Mark | M | c a question mark; v mark the thread as read; p the Mark II model; c the high-water mark; c the halfway mark; v mark the invoice as paid
Bill | M | c the gas bill; c the Bill of Materials; m the Bill of Rights; v bill the client hourly; c a twenty-dollar bill; c a duck's bill
Frank | M | c a frank conversation; c frank feedback; f a pack of frankfurters; v frank the envelopes; de:c frank und frei
Grant | M S | c a research grant; v grant admin access; c the grant application; l Grant Park; f Grant's whisky
Chase | M S | c a car chase; v chase the supplier for an update; p a Chase Sapphire card; c the paper chase; v chase the overdue invoices
Hunter | M S | c a bargain hunter; p Hunter wellies; c the hunter's moon; c a hunter-gatherer diet
Drew | M | k The intern drew the floor plan by hand.; k The match drew a big crowd.; l Drew University
Pat | U | v pat the dough dry; c a pat of butter; m Postman Pat; c a pat on the back
Rob | M | k Late fees rob the budget of any slack.; f a Rob Roy cocktail; k Bad lighting can rob a room of warmth.
Sue | F | v sue for damages; k The landlord threatened to sue over the deposit.; m the song A Boy Named Sue
Jack | M | c a car jack; v jack up the prices; f Monterey Jack cheese; c a headphone jack; f a shot of Jack Daniel's; c the Union Jack
Ray | M | c a ray of sunshine; s an X-ray scan; c a manta ray; m the film Ray; p Ray-Ban sunglasses
Sandy | U | c a sandy beach; n Hurricane Sandy; t the Sandy Bridge chips; c sandy soil
Rusty | M | c a rusty hinge; c rusty nails; n our dog Rusty; c rusty Spanish
Dawn | F | c the crack of dawn; p Dawn dish soap; e the dawn chorus; c a dawn raid
April | F | e April Fools' Day; c April showers; e the April payroll run
May | F | e May Day; e the May bank holiday; k The office may close early.; c a may tree in blossom
June | F | e the June solstice; c a June bug; e the June release
Summer | F | e the summer sale; c a summer internship; f summer pudding; e the summer solstice; m the song Summer of '69
Autumn | F | e the autumn term; c autumn leaves; m the song Autumn Leaves; f the autumn menu
Sky | F | c a clear sky; p Sky Broadband; c sky-high prices; m Sky Atlantic
River | U | c the river bank; v cross the river; c a river cruise; f river trout
Brook | F S | c a babbling brook; f brook trout; k The deadline will brook no delay.
Storm | U | c a storm warning; n Storm Ciarán; c a storm in a teacup; c the storm drain; t Apache Storm
Star | F | c a five-star review; c a star rating; f star anise; c the North Star; c a shooting star
Honey | F | f a jar of honey; f honey mustard; c a honey trap; f a honeydew melon
Ginger | F | f fresh ginger; f ginger beer; f a ginger snap; n our cat Ginger; c ginger hair
Pepper | F | f black pepper; f a pepper grinder; f a can of Dr Pepper; c pepper spray
Sage | F | f fresh sage; c sage advice; c sage green paint; f sage and onion stuffing
Basil | M | f fresh basil; f basil pesto; f Thai basil
Ruby | F | c a ruby ring; t Ruby on Rails; m the song Ruby Tuesday; c ruby red paint; e a ruby anniversary
Amber | F | c an amber warning; c an amber traffic light; f an amber ale; c amber beads
Jade | F | c a jade bracelet; c jade green tiles; c a jade plant
Pearl | F | c a pearl necklace; f pearl barley; f pearl onions; m Pearl Jam; c pearls of wisdom
Crystal | F | c crystal glasses; c crystal clear audio; c a crystal ball; s a crystal oscillator
Ivy | F | c English ivy; c poison ivy; c the Ivy League; t the Ivy Bridge chips; t Apache Ivy
Holly | F | c a holly wreath; c holly berries; c a sprig of holly
Hazel | F | c hazel eyes; c a hazel hedge; f a hazel latte
Olive | F | f olive oil; c olive green; c an olive branch; f an olive tapenade; fr:f l'huile d'olive
Iris | F | c the iris of the eye; c a purple iris; m the song Iris; s iris recognition
Daisy | F | c a daisy chain; m Driving Miss Daisy; c fresh as a daisy; n our cow Daisy; m Daisy Duck
Lily | F | c a peace lily; c a lily pad; c lily of the valley
Rose | F | c a rose garden; f rose water; c a climbing rose; l the Rose Bowl; k Prices rose again in the spring.; de:c eine rote Rose
Violet | F | c violet ink; c a shrinking violet; f violet creams; c an African violet
Heather | F | c heather on the moors; f heather honey; c heather grey socks
Robin | U | c a robin redbreast; c a round-robin email; m Robin Hood; t round-robin scheduling
Penny | F | c a penny for your thoughts; k The penny finally dropped.; m the song Penny Lane; c penny loafers
Kit | M | c a first aid kit; c a drum kit; c the starter kit
Cliff | M | c a cliff edge; c the fiscal cliff; c a cliff walk
Dale | M | c up hill and down dale; m Chip 'n' Dale
Glen | M | c a quiet glen; c a glen check suit
Heath | M | c a heath fire; c heath and moorland; l Hampstead Heath
Lane | F S | c a bus lane; c the fast lane; c a trip down memory lane; c the cycle lane
Wade | M | v wade through the backlog; v wade across the stream
Reed | M S | c a reed diffuser; c a reed instrument; c reed beds
Cole | M | p Cole Haan loafers; m the rhyme Old King Cole
Carol | F | c a Christmas carol; e carol singing; m A Christmas Carol
Dot | F | c a dot matrix printer; c the dot com bubble; c polka dot fabric; v dot the i's
Belle | F | c the belle of the ball; m Belle from Beauty and the Beast; fr:e la Belle Époque
Bonnie | F | c a bonnie view; m My Bonnie Lies over the Ocean
Candy | F | f candy floss; f cotton candy; f a candy cane; c eye candy; m Candy Crush
Cherry | F | f cherry pie; f a cherry tomato; c cherry blossom; v cherry-pick the commits
Melody | F | c a catchy melody; c the melody line
Harmony | F | c in perfect harmony; c a harmony vocal; p the Harmony remote
Liberty | F | l the Statue of Liberty; c a Liberty print; c civil liberty
Unity | F | t the Unity game engine; c unity of purpose; c a unity candle
Destiny | F | m Destiny 2; c manifest destiny
Patience | F | c the patience of a saint; c a game of patience; fr:c avec patience
Prudence | F | c fiscal prudence; m the song Dear Prudence
Charity | F | c a charity shop; c a charity run; e the charity gala
Mercy | F | c a mercy dash; c the mercy rule; c at the mercy of the weather
Trinity | F | l Trinity College; c the Cajun holy trinity
Blossom | F | c cherry blossom; c apple blossom; f orange blossom water
Poppy | F | c a poppy field; f poppy seeds; e the poppy appeal
Myrtle | F | c a myrtle hedge; c crepe myrtle; f myrtle berries
Fern | F | c a potted fern; c a fern frond
Willow | F | c a weeping willow; c willow baskets; p the Willow filter; c willow bark
Juniper | F | f juniper berries; c a juniper bush
Clover | F | c a four-leaf clover; f clover honey; c a clover lawn
Laurel | F | c a bay laurel; c a laurel wreath; c laurel hedging
Saffron | F | f saffron rice; f a pinch of saffron; c saffron yellow
Cinnamon | F | f a cinnamon roll; f cinnamon sticks
Rosemary | F | f fresh rosemary; f rosemary potatoes; c a rosemary hedge
Primrose | F | c a primrose path; c primrose yellow; l Primrose Hill
Marigold | F | c marigold petals; p Marigold gloves; m The Best Exotic Marigold Hotel
Jasmine | F | f jasmine tea; f jasmine rice; t the Jasmine test framework; c star jasmine
Dahlia | F | c dahlia tubers; c a dahlia bed
Magnolia | F | c a magnolia tree; c magnolia paint
Misty | F | c a misty morning; c misty glasses
Sunny | U | c a sunny day; f sunny-side-up eggs
Sterling | M | c pound sterling; c sterling silver; c sterling work
Earl | M | f Earl Grey tea; c an earl's coronet
Duke | M | l Duke University; m The Dukes of Hazzard; e the Duke of Edinburgh award scheme
Prince | M | m Prince Charming; m Prince of Persia; c a prince's coronet
Major | M S | c a major release; c major changes; c a major key
Rocky | M | c rocky terrain; m the film Rocky; f rocky road ice cream; l the Rocky Mountains
Buddy | M | c a study buddy; c a buddy system
Chip | M | c a silicon chip; f a chip butty; c a bargaining chip; p chip-and-pin
Bud | M | c a rose bud; f a Bud Light; c nip it in the bud
Skip | M | c a builder's skip; v skip the intro; v skip this step
Buck | M | c pass the buck; k The buck stops here.; c a quick buck
Gene | M | s gene therapy; s the gene pool; s gene expression
Van | M | c a delivery van; c a camper van; c the van driver
Norman | M | e the Norman Conquest; c a Norman arch
Rod | M | c a fishing rod; c a curtain rod; c a lightning rod
Bob | M | c a bob haircut; v bob for apples; m Bob the Builder
Felix | M | m Felix the Cat; p Felix cat food
Rex | M | s a T. rex skeleton; c rex rabbits
Max | M | c max capacity; c the max setting; p Max Factor mascara; c max speed
Tom | M | f tom yum soup; m Tom and Jerry; f a Tom Collins
Dusty | U | c a dusty shelf; c dusty pink
Brandy | F | f a brandy snap; f brandy butter; f cherry brandy
Sherry | F | f a glass of sherry; f sherry trifle; f sherry vinegar
Tiffany | F | p a Tiffany lamp; c Tiffany blue; m Breakfast at Tiffany's
Karma | F | c instant karma; c bad karma; t the Karma test runner
Genesis | F | c the genesis of the idea; p the Sega Genesis
Eden | F | l the Eden Project; c a garden of Eden
Nova | F | s a nova in Andromeda; p the Chevy Nova; s a bossa nova beat
Luna | F | c a luna moth; p Luna bars; it:c la luna piena; it:c luna di miele; es:c luna de miel
Aurora | F | s the aurora borealis; t Amazon Aurora; es:c la aurora boreal
Stella | F | f a pint of Stella; f Stella Artois; it:c una stella cadente
Raven | F | c a black raven; c raven hair dye
Angel | U | c a guardian angel; f angel cake; f angel hair pasta; c an angel investor
Precious | F | c precious metals; c precious little time
Treasure | F | c a treasure hunt; c buried treasure; c the treasure chest
Cash | M S | c cash on delivery; c petty cash; c a cash machine
Guy | M | c a guy rope; e Guy Fawkes Night; k Ask the guy at the front desk.
Art | M | c modern art; c the art of negotiation; c art supplies
Page | F S | c the front page; c a page break; v page the on-call engineer; c page twelve of the manual
Piper | F | c pay the piper; m The Pied Piper; p a Piper Cub aircraft
Harper | F S | m Harper's Bazaar
Ace | M | c the ace of spades; c an ace serve; v ace the exam
Rich | M | c rich text; f a rich sauce; c rich colours
Lavender | F | c lavender oil; f lavender shortbread; c lavender fields
Coral | F | c a coral reef; c coral pink
Opal | F | c an opal ring; c opal glass
Beryl | F | c beryl crystals; n Hurricane Beryl
Garnet | F | c a garnet ring; c garnet red
Ebony | F | c ebony wood; m the song Ebony and Ivory
Ivory | F | c ivory keys; c ivory paint; p Ivory soap
Jet | M | c jet lag; c a private jet; c jet black
Rowan | U | c a rowan tree; f rowan jelly; c rowan berries
Ash | U | c volcanic ash; c ash wood flooring; c ash trees
Aspen | F | c aspen leaves; t Aspen Plus; c aspen trees
Linden | U | f linden tea; c a linden tree
Forrest | M | m Forrest Gump
Merry | F | c a merry-go-round; e Merry Christmas; c a merry band of volunteers
Tucker | M S | c bush tucker; c your best bib and tucker
Deacon | M S | c a church deacon
Pierce | M S | v pierce the film lid; v pierce the potatoes with a fork
Lance | M | c a lance corporal; v lance the boil
Eve | F | e Christmas Eve; e New Year's Eve; c the eve of the launch
Marina | F | c a marina berth; c the yacht marina; es:c la marina mercante
Meadow | F | c a wildflower meadow; c meadow grass
Lark | F | c up with the lark; c a skylark; p the Lark filter
Wren | F | c a wren's nest; c a Carolina wren
Dove | F | p Dove soap; c dove grey; c a white dove
Jay | M | c a blue jay; c a jay feather
Birdie | F | c a birdie on the ninth hole; c a birdie putt
Brie | F | f Brie cheese; f baked Brie
Dolly | F | c a camera dolly; n Dolly the sheep; t the Dolly model
Barbie | F | m a Barbie doll; e a barbie on the beach
Ken | M | c beyond my ken; m a Ken doll
Abbey | F | c a ruined abbey; l Abbey Road
Kitty | F | c the office kitty; c kitty litter
Tabby | F | c a tabby cat; c tabby markings
Polly | F | p a Polly Pocket toy; m Polly Put the Kettle On
Lolly | F | f an ice lolly; f a lolly stick
Patty | F | f a burger patty; f a beef patty
Harry | M | m Harry Potter; v harry the supplier
Hank | M | c a hank of yarn; c a hank of rope
Jimmy | M | v jimmy the lock; p Jimmy Choo heels
Jerry | M | c a jerry can; m Tom and Jerry
Billy | M | c a billy goat; c a billy can
Johnny | M | c a johnny-come-lately; m Johnny B. Goode
Bobby | M | c a bobby pin; c bobby socks
Sally | F | f Sally Lunn buns; c a sally port; m Mustang Sally
Tommy | M | c a tommy gun; p Tommy Hilfiger shirts
Ted | M | m a TED talk; m Ted Lasso
Norm | M | c the norm; c a new norm
Chuck | M | v chuck it in the bin; f chuck steak; c a drill chuck
Miles | M | c air miles; c miles per hour; c the last few miles
Haven | F | c a safe haven; c a tax haven
Valentine | M | e Valentine's Day; c a valentine card
Clementine | F | f a clementine; f clementine juice; m the song Oh My Darling Clementine
Sienna | F | c burnt sienna; p the Toyota Sienna
Viola | F | c a viola and a cello; c the viola section; it:c un vestito viola
Saga | F | c a family saga; c the saga continues
August | M | e the August bank holiday; c an august institution
Atlas | M | c a road atlas; c the atlas vertebra
Orion | M | s the Orion nebula; t the Orion spacecraft
Leo | M | c the Leo star sign; s the Leo constellation
Phoebe | F | s Phoebe the moon of Saturn; c an eastern phoebe
Daphne | F | c a daphne shrub
Hyacinth | F | c hyacinth bulbs; m Hyacinth Bucket
Narcissus | M | c narcissus bulbs; m the myth of Narcissus
Pandora | F | p a Pandora bracelet; c Pandora's box
Calypso | F | c calypso music; c a calypso band
Achilles | M | s an Achilles tendon; c an Achilles heel
Hercules | M | p the Hercules transport plane; m the film Hercules
Apollo | M | s the Apollo missions; t Apollo GraphQL
Ulysses | M | m the novel Ulysses; c a Ulysses contract
Oscar | M | e the Oscar nominations; m Oscar the Grouch
Emmy | F | e an Emmy award; e the Emmy ceremony
Tony | M | e a Tony award; e the Tony awards ceremony
Guru | M | c a marketing guru; c a yoga guru
Ram | M | c a RAM upgrade; c sixteen gigabytes of RAM; p a Dodge Ram; c a ram and two ewes
"""
