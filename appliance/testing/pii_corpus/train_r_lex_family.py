"""train_r's ambiguous words, part 2: English family names that are also common words
(trades, landscape, weather, colours, animals, food, materials, ranks). Same line format as
`train_r_lex_given`; parsed by `train_r_lex`."""

from __future__ import annotations

DATA = """
Baker | S | c a bake sale; l Baker Street; c a baker's dozen; c the baker on the corner
Cook | S | c the head cook; v cook the rice; c a cook-off; c a short-order cook
Mason | M S | c a mason jar; c a stone mason; c mason bees
Porter | S | c a hotel porter; f a pint of porter; c the porter's lodge
Turner | S | c a fish turner; c a real page-turner; c a wood turner; m the Turner Prize
Taylor | U S | s a Taylor series; s a Taylor expansion; s Taylor's theorem
Miller | S | f a Miller Lite; c the miller's wheel; s Miller indices
Fisher | S | p Fisher-Price toys; s Fisher's exact test; c a fisher cat
Carpenter | S | c a carpenter's square; c a carpenter bee; c the site carpenter
Potter | S | v potter around the garden; c a potter's wheel; m Harry Potter
Walker | S | c a dog walker; c a baby walker; c a walker frame; f a glass of Johnnie Walker
Hill | S | c the hill climb; c a hill start; c over the hill; c a hill fort
Stone | S | c a stone wall; c a kidney stone; f stone fruit; k The puppy put on a stone in a month.
Wood | S | c wood flooring; c a wood burner; c a wood chipper; c knock on wood
Marsh | S | c a salt marsh; s marsh gas; f marsh samphire
Moss | S | c moss on the roof; c a moss wall; c moss green
Frost | S | c frost on the windscreen; c a hard frost; m Jack Frost; de:c Frost in der Nacht
Snow | S | c snow chains; c a snow day; m Snow White; c snow tyres
Winter | F S | e the winter sale; c winter tyres; c a winter coat; e the winter solstice; de:c ein milder Winter; nl:e deze winter
Day | S | c a snow day; e Boxing Day; c the day rate; c the day shift
Knight | S | c a knight in shining armour; c a chess knight
Bishop | S | c the bishop on c4; c a chess bishop
King | M S | c a king-size bed; c the king of spades; f king prawns; m The Lion King
Price | S | c the price list; c a price tag; m The Price Is Right; c price matching
Banks | S | c the river banks; c high street banks; c food banks
Gates | S | c the boarding gates; c flood gates; k The gates open at nine.
Bell | S | c a bell curve; c the school bell; f bell peppers; s Bell's palsy; p Taco Bell; f Bell's whisky
Church | S | c a church hall; c church bells
Rice | S | f fried rice; f rice pudding; f a rice cooker; f rice noodles
Bush | S | c a rose bush; c beat around the bush; c a bush fire
Long | S | c a long weekend; c long-haul flights; f a Long Island iced tea; c the long run
Little | S | c little by little; f a little gem lettuce; m Little Women; c the little finger
Young | S | c the night is young; c a young company; m Young Frankenstein
Brown | S | f brown sugar; c brown paper; f brown rice; f brown sauce; c a brown envelope; f an apple brown betty
White | S | c a white paper; c white noise; f white wine; c a white label product
Black | S | e Black Friday; c black ink; f black coffee; c the black box; p a Black and Decker drill
Green | S | c green energy; c a green light; f green tea; c the village green
Gray | S | c gray text; s a dose of two gray; c a gray area
Grey | S | c grey skies; c a grey area; f Earl Grey tea
Fox | S | c a fox terrier; c a red fox; m Fantastic Mr Fox
Wolf | S | c a lone wolf; v cry wolf; c a wolf whistle; c a wolf spider; de:c der Wolf im Schafspelz
Lamb | S | f lamb chops; f a rack of lamb; f a lamb shank; c lamb's wool
Hunt | S | c a job hunt; c a scavenger hunt; v hunt for bugs; c the house hunt
Sharp | S | c sharp knives; p a Sharp television; c F sharp minor; c sharp objects
Swift | S | c a swift reply; p the Suzuki Swift; t Swift code; c swift action
Cooper | S | p the Mini Cooper; s Cooper pairs; c the Cooper test
Butler | S | c a butler sink; k The butler did it.
Dean | M S | c the dean's list; c the dean's office
Marshall | M S | p Marshall amplifiers; e the Marshall Plan
Sherman | M S | p a Sherman tank; s the Sherman Act
Bolt | S | c a bolt cutter; c a lightning bolt; m the film Bolt; c nuts and bolts
Bond | S | c a bond yield; c a savings bond; m James Bond; c a strong bond
Hardy | S | c a hardy perennial; c hardy plants
Wise | S | c a wise choice; c penny wise
Strong | S | c strong coffee; c a strong password
Rush | S | c the rush hour; c a rush job; c a sugar rush; v rush the order
Waters | S | c territorial waters; c calm waters
Rivers | S | c rivers and lakes; c rivers of text
Lake | S | c a lake house; c a lake view
Pool | S | c a swimming pool; c the car pool; c a pool table; c a talent pool
Field | S | c a text field; c the playing field; c a field trip
Park | M S | c a car park; v park the car; c a theme park; c a park bench; c park and ride
Forest | S | c the forest floor; c a random forest model; c forest fires
Woods | S | c the woods behind the office; c out of the woods
Hedge | S | c a hedge fund; c a privet hedge; v hedge your bets
Castle | S | c a bouncy castle; v castle kingside
Tower | S | c a tower crane; c a PC tower; c a cooling tower
Hall | S | c a village hall; c the hall closet; c a concert hall; c the hall of fame
House | S | c a house party; c house rules; f the house wine; c the house special
Mills | S | c textile mills; c paper mills
Mill | S | c a pepper mill; c a mill pond; c the rumour mill
Bridge | S | c a bridge loan; c a game of bridge; c a network bridge
Street | S | c street food; c a street party; c street lights
Moore | S | s Moore's law
Prior | S | c prior notice; c a prior commitment; c prior art
Chance | U S | c a chance of rain; c by chance; c a second chance
Law | S | c case law; c law school; c a law firm
Judge | S | v judge the entries; c a poor judge of distance
Root | S | c root access; c the root cause; f root vegetables; c a root canal
Branch | S | c a feature branch; c a branch office; v branch off main
Leaf | S | c a leaf blower; p the Nissan Leaf; f loose leaf tea
Flowers | S | c a bunch of flowers; c flowers for the table
Berry | S | f a berry smoothie; f mixed berry jam; c berry picking
Peach | S | f peach Melba; f a peach cobbler; c peach fuzz; f a peach Bellini
Plum | S | f plum jam; f a plum tomato; c a plum job
Lemon | S | f lemon curd; f a lemon tart; k The car turned out to be a lemon.
Salt | S | f sea salt; f a salt grinder; c salt flats
Sweet | S | f sweet chilli sauce; c the sweet spot
Bacon | S | f bacon rolls; f crispy bacon; f a bacon sandwich
Ham | S | f a ham sandwich; c a ham radio; c a radio ham
Fish | S | f fish and chips; f fish pie; c a fish tank
Crane | S | c a tower crane; c a paper crane; c crane hire
Hawk | S | c a hawk moth; c hawk-eyed reviewers
Drake | S | c a drake and two ducks; c a drake mallard
Crow | S | c the crow's nest; c as the crow flies; v eat crow
Swan | S | m Swan Lake; c a swan dive
Partridge | S | c a partridge in a pear tree; f roast partridge
Nightingale | S | c a nightingale's song; c a nightingale floor
Sparrow | S | c a house sparrow; m Captain Jack Sparrow
Finch | S | c a zebra finch; c a finch feeder
Peacock | S | c a peacock feather; c peacock blue
Bird | S | c bird seed; c a bird feeder; c early bird pricing
Hare | S | m the tortoise and the hare; c a hare-brained idea
Bull | S | c a bull market; f a can of Red Bull; c a red rag to a bull
Badger | S | v badger the supplier; c a badger sett
Beaver | S | c a busy beaver; c a beaver dam
Mole | S | s a mole of oxygen; c a mole on the skin
Salmon | S | f smoked salmon; f salmon fillets; c salmon pink
Herring | S | f pickled herring; c a red herring
Trout | S | f a trout fillet; f rainbow trout
Bass | S | f sea bass; c a bass guitar; c bass notes
Eagle | S | c an eagle eye; c a bald eagle
Falcon | S | p the Falcon 9 rocket; c a peregrine falcon
Kite | S | c a kite festival; c a red kite
Gull | S | c a herring gull; c gull-wing doors
Heron | S | c a grey heron; s Heron's formula
Wheeler | S | c a two-wheeler; c a wheeler-dealer
Weaver | S | c a weaver bird; c a basket weaver
Ward | S | c a hospital ward; c a ward round; v ward off the cold
Warden | S | c a traffic warden; c the hostel warden
Keeper | S | c a record keeper; c a bee keeper
Shepherd | S | c a German shepherd; f shepherd's pie; c a shepherd's hut
Farmer | S | c a farmer's market; c a dairy farmer
Chandler | S | c a ship chandler; c a chandler's shop
Spencer | M S | p Marks and Spencer; c a spencer jacket
Marks | S | c full marks; c exam marks; p Marks and Spencer
Pound | S | c a pound of butter; c the dog pound; v pound the chicken breasts
Nickel | S | c nickel plating; c a nickel and a dime
Gold | S | c a gold medal; c a gold card; c the gold standard; de:c Gold wert
Silver | S | c a silver lining; c a silver medal
Steel | S | c stainless steel; c steel toe caps; c steel beams
Iron | S | c a steam iron; v iron the shirts; s iron levels
Copper | S | c copper pipes; c copper wire
Flint | S | c a flint stone; s flint glass
Clay | M S | c clay pots; c a clay court; c modelling clay
Sand | S | c sand paper; c sand bags
Rock | S | c rock music; c a rock garden; f rock salt; c rock bottom
Ridge | S | c a ridge tent; c a ridge line
Shore | S | c shore power; c shore leave
Beach | S | c a beach towel; c beach volleyball; c a beach hut
Bay | S | c a loading bay; c a bay window; f bay leaves
Port | S | c a USB port; f port wine; c a port of call; c a port number
Dock | S | c a USB-C dock; c the loading dock; c a dry dock
Wells | S | c oil wells; c wishing wells
Spring | S | c a spring clean; e spring break; c a coiled spring
Holiday | S | c a holiday let; e the holiday season; c holiday pay
Moon | S | c a full moon; c moon boots; c the moon landing
Sun | S | c sun cream; c sun loungers; c the midday sun
Gale | F S | c a gale warning; c gale-force winds
Hale | S | c hale and hearty
Short | S | c a short film; c short notice; c a short circuit
Small | S | c small print; c small talk; c a small batch
Luck | S | c good luck; c beginner's luck; c the luck of the draw
Savage | S | c savage cuts; c a savage review
Wild | S | f wild garlic; c wild swimming; c a wild guess
Bright | S | c a bright idea; c bright colours
Parent | S | c a parent company; c the parent node; e a parent-teacher evening
Love | S | c love letters; c fifteen love
Darling | S | c the darling of investors; c darling buds of May
Bliss | S | c wedded bliss; k Ignorance is bliss.
Glee | S | c a glee club; m the TV series Glee
Wall | S | c a wall chart; c the wall clock
Lock | S | c a lock screen; c a combination lock
Key | S | c a key fob; c an API key; f key lime pie
Chain | S | c a supply chain; c a chain email; c a bike chain
Blunt | S | c blunt scissors; c blunt feedback
Stout | S | f a pint of stout; c a stout walking stick
Brewer | S | c a home brewer; f brewer's yeast
Butcher | S | c the butcher's counter; c butcher paper; c a butcher block
Barley | S | f pearl barley; f barley water
Wheat | S | f wheat flour; c wheat fields
Rye | S | f rye bread; f rye whiskey; m The Catcher in the Rye
Bean | S | f a bean salad; m Mr Bean; f bean sprouts
Peel | S | f orange peel; v peel the potatoes; c peel-and-stick labels
Mustard | S | f English mustard; f mustard seeds; c mustard yellow; m Colonel Mustard
Lime | S | f lime juice; c lime scale; c lime green
Mint | S | f mint tea; c in mint condition; c the Royal Mint; f mint sauce
Beech | S | c a beech hedge; c beech wood
Birch | S | c silver birch; c birch bark; c birch plywood
Pine | S | c pine furniture; f pine nuts; c pine needles
Maple | F | f maple syrup; c a maple leaf; c maple flooring
Grove | S | c an olive grove; c a lemon grove
Orchard | S | c an apple orchard; f orchard fruit
Garden | S | c the garden centre; c a garden shed; c a rooftop garden
Parish | S | c a parish council; c the parish church
Temple | F S | c a throbbing temple; c a Hindu temple
Chapel | S | c a wedding chapel; c a chapel of rest
Cardinal | S | c a cardinal sin; c cardinal directions
Constable | S | c a police constable; c a special constable
Baron | S | c a media baron; f a baron of beef
Booth | S | c a phone booth; c a polling booth; c an exhibition booth
Barn | S | c a barn conversion; c a barn dance
Coach | S | c a coach trip; c the coach station; c a business coach
Carriage | S | c a railway carriage; c carriage return
Cart | S | c a shopping cart; c the cart total
Wagon | S | c a station wagon; c on the wagon
Rider | S | c a contract rider; c a bike rider
Runner | S | f runner beans; c a table runner; c a front runner
Speed | S | c top speed; c speed bumps; c a speed test
Quick | S | c a quick question; c quick wins
Noble | S | c noble gases; c a noble cause; p Barnes and Noble
Foster | S | c foster care; v foster a kitten; f a Foster's lager
Ball | S | c a ball bearing; c a tennis ball; k The ball is in your court.
Palmer | S | f an Arnold Palmer
Collins | S | f a Tom Collins; c a Collins glass
Graham | M S | f graham crackers; f a graham cracker crust
Smith | S | f a Granny Smith apple; s a Smith chart
Bramley | S | f Bramley apples; f a Bramley apple pie
Pike | S | f pike fillets; c pike position
Gill | S | m Gill Sans; s a gill of whisky
Blackwell | S | t NVIDIA Blackwell GPUs
Hopper | S | t NVIDIA Hopper GPUs; c a grain hopper
Lovelace | S | t the Lovelace architecture
Thatcher | S | c a thatcher to fix the roof
Piano | S | c a piano lesson; it:c il piano terra; it:c piano piano
Pace | S | c a fast pace; v set the pace; it:c la pace
"""
