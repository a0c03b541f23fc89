"""Things named like people, for train_n: the decoys of a blind training generator.

Written from memory by train_n's author, who read only `__init__.py` and `validity.py` of
the corpus: characters, products, brands with possessives, brands with a model after them,
dishes, drinks, varieties, laws and theorems with a dash between two names, team and quiz
names, rooms, boats, horses, pets' product lines and more. None of them is ever labelled:
they teach a NER model that a capitalised word that could be a name is often a THING.
No street or venue named after a person is listed (a street address is a LOCATION).

`THINGS` maps a category to a tuple of strings; `THING_WORDS` holds the lower-cased words
of every thing (the words that may appear in clean prompts though they look like names).
"""

from __future__ import annotations

import re

from appliance.testing.pii_corpus.train_n_places import ALL_PLACES


def _s(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split("|") if x.strip())


def _cross(heads: str, tails: str, fmt: str = "{} {}") -> tuple[str, ...]:
    return tuple(fmt.format(h, t) for h in _s(heads) for t in _s(tails))


_GAME = _s(
    "Mario|Luigi|Princess Peach|Princess Daisy|Princess Zelda|Link|Samus Aran|Kirby|Yoshi|"
    "Wario|Waluigi|Toad|Toadette|Bowser|Rosalina|Donkey Kong|Diddy Kong|Sonic|Tails|Knuckles|"
    "Amy Rose|Shadow|Lara Croft|Nathan Drake|Kratos|Atreus|Aloy|Geralt|Ciri|Yennefer|Triss|"
    "Master Chief|Cortana|Solid Snake|Big Boss|Cloud Strife|Tifa|Aerith|Sephiroth|Lightning|"
    "Crash Bandicoot|Spyro|Banjo|Kazooie|Rayman|Earthworm Jim|Sly Cooper|Ratchet|Clank|Jak|"
    "Daxter|Sackboy|Pac-Man|Ms. Pac-Man|Mega Man|Ryu|Ken Masters|Chun-Li|Cammy|Blanka|Zangief|"
    "Sub-Zero|Scorpion|Kitana|Jill Valentine|Leon Kennedy|Claire Redfield|Ada Wong|"
    "Max Payne|Alan Wake|Duke Nukem|Leisure Suit Larry|Guybrush Threepwood|Elaine Marley|"
    "Commander Shepard|Garrus|Tali|Arthur Morgan|John Marston|Sadie Adler|Ellie|Joel|Abby|"
    "Ezio Auditore|Altair|Kassandra|Bayek|Eivor|Isabelle|Tom Nook|Timmy|Tommy|K.K. Slider|"
    "Marie|Callie|Inkling|Professor Oak|Ash Ketchum|Misty|Brock|Pikachu|Jigglypuff|"
    "Villager|Olimar|Captain Falcon|Fox McCloud|Falco|Ness|Lucas|Marth|Roy|Ike|Lucina|Robin|"
    "Shulk|Pyra|Mythra|Bayonetta|Dante|Vergil|Raiden|Sam Fisher|Gordon Freeman|Alyx Vance|"
    "GLaDOS|Chell|Wheatley|Isaac Clarke|Agent 47|Cole Phelps|Niko Bellic|Franklin|Trevor|"
    "Madeline|Celeste|Hornet|Ori|Cuphead|Mugman|Steve|Alex|Herobrine|Zagreus|Megaera"
)
_FILM_BOOK = _s(
    "Sherlock Holmes|Dr. Watson|Hercule Poirot|Miss Marple|Harry Potter|Hermione Granger|"
    "Ron Weasley|Albus Dumbledore|Severus Snape|Frodo Baggins|Bilbo Baggins|Samwise Gamgee|"
    "Gandalf|Aragorn|Legolas|Gollum|Elizabeth Bennet|Mr. Darcy|Jane Eyre|Mr. Rochester|"
    "Atticus Finch|Scout Finch|Jay Gatsby|Daisy Buchanan|Holden Caulfield|Anna Karenina|"
    "Emma Bovary|Heathcliff|Catherine Earnshaw|Oliver Twist|Ebenezer Scrooge|Tiny Tim|"
    "Pip|Estella|Miss Havisham|David Copperfield|Tom Sawyer|Huckleberry Finn|Alice|"
    "Mad Hatter|Peter Pan|Wendy Darling|Captain Hook|Tinker Bell|Mary Poppins|Paddington|"
    "Winnie-the-Pooh|Christopher Robin|Eeyore|Piglet|Matilda|Miss Trunchbull|Willy Wonka|"
    "Charlie Bucket|James Bond|Miss Moneypenny|Indiana Jones|Luke Skywalker|Leia Organa|"
    "Han Solo|Darth Vader|Obi-Wan Kenobi|Rey|Finn|Poe Dameron|Padmé|Forrest Gump|"
    "Ellen Ripley|Sarah Connor|John McClane|Rocky Balboa|Marty McFly|Doc Brown|Ferris Bueller|"
    "Hannibal Lecter|Clarice Starling|Norman Bates|Vito Corleone|Michael Corleone|"
    "Jack Sparrow|Elizabeth Swann|Shrek|Fiona|Elsa|Anna of Arendelle|Olaf|Moana|Maui|"
    "Mulan|Ariel|Belle|Cinderella|Aurora|Snow White|Rapunzel|Tiana|Jasmine|Aladdin|Simba|"
    "Nala|Timon|Pumbaa|Woody|Buzz Lightyear|Jessie|Bo Peep|Lightning McQueen|Mater|Nemo|"
    "Dory|Marlin|Wall-E|Eve|Remy|Carl Fredricksen|Russell|Mike Wazowski|Sulley|Boo|"
    "Homer Simpson|Marge Simpson|Bart Simpson|Lisa Simpson|Ned Flanders|Peter Griffin|"
    "Stewie|Bob Belcher|Tina Belcher|Rick Sanchez|Morty|SpongeBob|Patrick Star|"
    "Squidward|Sandy Cheeks|Scooby-Doo|Shaggy|Velma|Daphne|Fred Jones|Tintin|Snowy|"
    "Captain Haddock|Asterix|Obelix|Getafix|Pippi Longstocking|Moomintroll|Little My|"
    "Heidi|Noddy|Peppa Pig|George Pig|Bluey|Bingo|Fireman Sam|Postman Pat|Bob the Builder|"
    "Paw Patrol Chase|Dora|Boots|Caillou|Arthur Read|Clifford|Curious George|"
    "Walter White|Jesse Pinkman|Saul Goodman|Tony Soprano|Don Draper|Jon Snow|Arya Stark|"
    "Daenerys|Tyrion Lannister|Dana Scully|Fox Mulder|Eleven|Jim Hopper|Ted Lasso|"
    "Roy Kent|Keeley|Leslie Knope|Ron Swanson|Michael Scott|Dwight Schrute|Pam Beesly|"
    "Rachel Green|Ross Geller|Monica Geller|Chandler Bing|Joey Tribbiani|Phoebe Buffay|"
    "Sheldon Cooper|Penny|Frasier Crane|Niles Crane|Basil Fawlty|Mr. Bean|Del Boy|"
    "Captain Kirk|Spock|Jean-Luc Picard|Data|Doctor Who|Clara Oswald|Rose Tyler|Amy Pond"
)
_HEROES = _s(
    "Superman|Batman|Wonder Woman|Spider-Man|Iron Man|Captain America|Black Widow|Hawkeye|"
    "Thor|Loki|Hulk|Black Panther|Doctor Strange|Scarlet Witch|Vision|Ant-Man|Wasp|"
    "Captain Marvel|Ms. Marvel|She-Hulk|Deadpool|Wolverine|Storm|Rogue|Gambit|Cyclops|"
    "Jean Grey|Professor X|Magneto|Mystique|Nightcrawler|Kitty Pryde|Jubilee|Aquaman|"
    "Flash|Green Lantern|Cyborg|Harley Quinn|Poison Ivy|Catwoman|Robin|Batgirl|Nightwing|"
    "Supergirl|Lois Lane|Jimmy Olsen|Peter Parker|Mary Jane|Gwen Stacy|Miles Morales|"
    "Tony Stark|Pepper Potts|Bruce Wayne|Alfred Pennyworth|Clark Kent|Diana Prince|"
    "Jett|Sage|Phoenix|Reyna|Sova|Omen|Viper|Cypher|Killjoy|Skye|Neon|Fade|Harbor|Gekko|"
    "Tracer|Mercy|Reinhardt|Winston|Zarya|Lúcio|Mei|Ana|Sombra|Moira|Brigitte|Cassidy|"
    "Kiriko|Baptiste|Sigma|Echo|Ashe|Widowmaker|Genji|Hanzo|Soldier: 76|Junker Queen|"
    "Ahri|Lux|Jinx|Vi|Caitlyn|Ezreal|Garen|Katarina|Annie|Darius|Draven|Leona|Diana|"
    "Lulu|Sona|Janna|Nami|Seraphine|Yasuo|Yone|Akali|Evelynn|Morgana|Kayle|Irelia|"
    "Bloodhound|Wraith|Lifeline|Pathfinder|Octane|Wattson|Caustic|Mirage|Valkyrie|"
    "Agent Smith|Agent Carter|Agent Coulson|Ethan Hunt|Jason Bourne|Jack Ryan|Jack Reacher"
)
_MASCOTS = _s(
    "Ronald McDonald|Colonel Sanders|Tony the Tiger|Captain Crunch|Betty Crocker|"
    "Chester Cheetah|Bibendum|Snap, Crackle and Pop|Bertie Bassett|Ernie Keebler|"
    "Poppin' Fresh|Mr. Clean|Mr. Muscle|Mr. Sheen|Flo from Progressive|Jake from State Farm|"
    "Geico Gecko|Duracell Bunny|Energizer Bunny|Smokey Bear|Sonny the Cuckoo Bird|"
    "Toucan Sam|Cap'n Crunch|Wendy|Little Debbie|Sun-Maid Girl|Morton Salt Girl|"
    "Chiquita Banana|Mr. Peanut|Charlie the Tuna|Elsie the Cow|Bazooka Joe|Mr. Whippy|"
    "Gus the Gorilla|Fred the Flour Grader|Johnnie Walker's Striding Man|Monsieur Mangetout|"
    "Bernie the Brewer|Mr. Met|Phillie Phanatic|Gritty|Benny the Bull|Youppi|Wally the Green Monster|"
    "Zippy|Duffy Bear|Mickey Mouse|Minnie Mouse|Donald Duck|Daisy Duck|Goofy|Pluto|Hello Kitty|"
    "Miffy|Rilakkuma|Kumamon|Domo-kun|Pompompurin|Kuromi|My Melody|Gudetama|Chococat|Badtz-Maru"
)
_ASSISTANTS = _s(
    "Alexa|Siri|Cortana|Bixby|Google Assistant|Clippy|ChatGPT|Claude|Gemini|Copilot|Bard|"
    "Ernie Bot|Grok|Llama|Mistral|Pi|Jasper AI|Replika|Tay|Xiaoice|Eliza|Parry|Watson|"
    "Cleo|Erica|Ava|Olivia the recruiting bot|Ask Jeeves|Jarvis|Friday|Karen the support bot|"
    "Sophia the robot|Pepper|Nao|Aibo|Jibo|Vector|Cozmo|Moxie|Astro|Ameca|Atlas|Spot|"
    "Kuri|Misty II|Loona|Emo|Eilik|Lovot|Lily the IKEA helper|Tessa the returns bot|"
    "Max the banking bot|Sam the chat helper|Nina the skill|Billie the bot|Luna the sleep coach"
)
_DOLLS = _s(
    "Barbie|Ken|Skipper|Stacie|Chelsea doll|Midge|Teresa|Sindy|Paul doll|Polly Pocket|"
    "Raggedy Ann|Raggedy Andy|Cabbage Patch Kid|Blythe|Holly Hobbie|Strawberry Shortcake|"
    "Baby Annabell|Baby Born|Kit Kittredge|Samantha Parkington|Molly McIntire|"
    "Felicity Merriman|Addy Walker|Kirsten Larson|Josefina Montoya|Julie Albright|"
    "Cloe|Yasmin|Sasha|Jade doll|Lottie doll|Sylvanian Freya|Rainbow High Ruby|"
    "L.O.L. Surprise Queen Bee|Monster High Frankie|Draculaura|Clawdeen|Lalaloopsy|"
    "Betsy Wetsy|Chatty Cathy|Tiny Tears|Madame Alexander|Corolle Lili|Nenuco|Nancy doll|"
    "Mariquita Pérez|Licca-chan|Jenny doll|Pullip|Bambola Ginny|Tammy|Tressy|Daisy doll|"
    "G.I. Joe|Action Man|Big Jim|Stretch Armstrong|Buzz plush|Luigi plush|Peach plush|"
    "Teddy Ruxpin|Furby|Tamagotchi|Bratz Sasha|My Little Pony Rarity|Twilight Sparkle|"
    "Rainbow Dash|Pinkie Pie|Fluttershy|Applejack|Sylvanian Baby Rosie|Groovy Girls Ella"
)
_VACUUMS = _s(
    "Roomba j7|Roomba Combo|Braava jet|Roborock S8|Roborock Qrevo|Ecovacs Deebot X2|"
    "Eufy RoboVac|Neato Botvac|Dyson V15|Dyson Gen5|Shark Matrix|Dreame L20|Narwal Freo|"
    "Henry hoover|Hetty hoover|George hoover|James hoover|Charles hoover|Harry hoover|"
    "Bosch Rollxter|Miele Scout|Samsung Jet Bot|Lefant M210|Yeedi Cube|Kärcher RCV 5|"
    "Robbie the mower|Husqvarna Automower|Worx Landroid|Gardena Sileno|Bob the robot mop|"
    "Dusty the Roomba|Rosie the robot|Rocky the vacuum|Molly the mop|Theo the pool robot|"
    "Beatbot AquaSense|Aiper Scuba|Dolphin Nautilus|Winbot|Hobot Legee|Vileda VR 102"
)
_DISHES = _s(
    "Pizza Margherita|Margherita|Pizza Regina|Pizza Capricciosa|Pizza Diavola|Pizza Marinara|"
    "Eggs Benedict|Eggs Florentine|Beef Wellington|Caesar salad|Cobb salad|Waldorf salad|"
    "Peach Melba|Melba toast|Pavlova|Crêpes Suzette|Oysters Rockefeller|Fettuccine Alfredo|"
    "Lobster Thermidor|Chicken à la King|Beef Stroganoff|Tarte Tatin|Madeleines|Sachertorte|"
    "Battenberg cake|Garibaldi biscuits|Nesselrode pudding|Graham crackers|Salisbury steak|"
    "Reuben sandwich|Tournedos Rossini|Carpaccio|Chateaubriand|Bircher muesli|"
    "Poires Belle Hélène|Apple Charlotte|Charlotte Russe|Victoria sponge|Eton mess|"
    "Nachos|Clams Casino|Pasta alla Norma|Spaghetti alla Nerano|Mozart balls|Lamingtons|"
    "Pommes Anna|Potatoes Dauphinoise|Chicken Marengo|Veal Orloff|Bananas Foster|"
    "Cherries Jubilee|Nancy's Fancy fudge|Lady Baltimore cake|Shirley's scones|"
    "Grandma Rosa's meatballs|Uncle Tom's tartlets|Dolly Varden cake|Sandwich Monte Cristo|"
    "Croque Madame|Croque Monsieur|Kaiser roll|Kaiserschmarrn|Esterházy torte|Dobos torte|"
    "Pizza Quattro Formaggi|Pizza Maria|Pizza Romana|Pizza Giulietta|Pizza Luigi|"
    "Pizza Emilia|Pizza Sofia|Pizza Bella|Tacos al pastor|Caprese|Savarin|Brillat-Savarin|"
    "Pasta Puttanesca|Spaghetti Carbonara|Penne Arrabbiata|Bolognese|Pastel de nata|"
    "Pollo Pedro|Bobby's burger|Big Mac|Whopper|Zinger|Filet-O-Fish|McFlurry|Mr. Freeze|"
    "Baby Ruth|Oh Henry!|Mars bar|Milky Way|Twix|Toblerone|Tim Tam|Kit Kat|Mozartkugel|"
    "Nanaimo bars|Anzac biscuits|Florentines|Napoleon cake|Pushkin cutlets|Olivier salad|"
    "Pavlova Nests|Margot's quiche|Eggs Sardou|Fanny Farmer fudge|Ben's cookies"
)
_COCKTAILS = _s(
    "Bellini|Rossini|Tom Collins|John Collins|Bloody Mary|Shirley Temple|Arnold Palmer|"
    "Rob Roy|Harvey Wallbanger|Tom and Jerry|Gin Rickey|Gibson|Negroni|Hemingway Daiquiri|"
    "Mary Pickford|Charlie Chaplin|Mamie Taylor|Jack Rose|Bobby Burns|Brandy Alexander|"
    "Hanky Panky|Vesper|Roy Rogers|Dirty Shirley|Sherry Cobbler|Tom Kat|Monte Carlo|"
    "Lillet Vive|Aviation|Last Word|Paper Plane|Penicillin|Moscow Mule|Dark 'n' Stormy|"
    "Rusty Nail|Godfather|Godmother|Bloody Maria|Michelada|Paloma|Margarita|Frida spritz|"
    "Dalí Martini|Picasso sour|Monet fizz|Rembrandt Royale|Van Gogh punch|Botticelli|"
    "Tintoretto|Caravaggio|Mona Lisa mocktail|Sophia Loren|Marilyn Monroe martini|"
    "Ernest Sour|Pink Lady|White Lady|Mary Queen of Scots|Queen Mary|Bishop|Cardinale|"
    "Americano|Garibaldi|Hugo spritz|Aperol spritz|Sgroppino|Sidecar|Clover Club|"
    "Ramos Gin Fizz|Sazerac|Vieux Carré|Toronto|Boulevardier|Old Pal|Jack Collins|"
    "Jimmy Roosevelt|Mary Magdalene|Agent Orange|Sex on the Beach|Tequila Sunrise|"
    "Señor Rita|Juan Collins|Pedro Collins|Pierre Collins|Colonel Collins|Harvey"
)
_POSSESSIVE = _s(
    "Hendrick's Gin|Gordon's Gin|Kellogg's|Nando's|Wendy's|McDonald's|Denny's|Carl's Jr.|"
    "Ben & Jerry's|Tony's Chocolonely|Jack Daniel's|Maker's Mark|Blanton's|Grant's|Bell's|"
    "Teacher's|Dewar's|Baird's|Stubb's|Sweet Baby Ray's|Newman's Own|Annie's|"
    "Dr. Bronner's|Mrs. Meyer's|Burt's Bees|Kiehl's|Trader Joe's|Penhaligon's|Neal's Yard|"
    "Frank's RedHot|Reese's|Hershey's|Werther's Original|Walker's shortbread|Lay's|Wise's|"
    "Arby's|Hardee's|Dunkin'|Domino's|Papa John's|Nathan's Famous|Popeyes|Zaxby's|"
    "Jimmy Dean|Sara Lee|Marie Callender's|Mrs. Smith's|Aunt Bessie's|Mr. Kipling|"
    "Baxters|Heinz|Levi's|Macy's|Sainsbury's|Morrisons|Dillard's|Kohl's|Lowe's|"
    "Claire's|Victoria's Secret|Ripley's|Mabel's|Carter's|Hamley's|Smucker's|Welch's|"
    "Campbell's|Hellmann's|Duncan Hines|Orville Redenbacher's|Paul's bakery|"
    "Ethel's gin|Martha's soap|Granny Rosa's sauce|Uncle Joe's mints|Aunt Fanny's crackers|"
    "Old Tom's gin|Tanner's Pale|Sailor Jerry|Captain Morgan|Johnnie Walker|Jim Beam|"
    "Evan Williams|Elijah Craig|Jameson|Tia Maria|Baileys|Pimm's|Gilbey's|Booth's|"
    "Greenall's|Whitley Neill|Edinburgh's finest|Fentimans|Schweppes|Wrigley's|"
    "Dr. Oetker|Mrs. Baird's|Lee Kum Kee|Mae Ploy|Nando's Peri-Peri|Nonna Lina's pesto|"
    "Lidia's pasta sauce|Rao's|Carbone's marinara|Primal Kitchen|Simply Sarah's|"
    "Tom's of Maine|Cholula|Tapatío|Valentina|Huy Fong|Yellowbird|Tabitha's soap|"
    "Hattie's hot sauce|Molly's honey|Eddie's pickles|Stella's gin|Harry's razors|"
    "Billie razors|Dollar Shave Club|Bonne Maman|Maman Louise jam|Hugo's bakery|"
    "Tommy's margarita mix|Bertolli|Barilla|De Cecco|Mutti|Carluccio's|Zizzi|Bella Italia"
)
_CARS = _cross(
    "Ford", "Fiesta|Focus|Mustang|Ranger|Puma|Kuga|Transit|Bronco|Maverick|Explorer"
) + _s(
    "Tesla Model 3|Tesla Model Y|Tesla Cybertruck|Renault Zoe|Renault Clio|Renault Megane|"
    "Hyundai Kona|Hyundai Ioniq 5|Hyundai Tucson|Kia Ceed|Kia Picanto|Kia Sorento|Nissan Micra|"
    "Nissan Leaf|Nissan Juke|Opel Corsa|Opel Astra|VW Polo|VW Golf|VW Passat|VW Touareg|"
    "Fiat Panda|Fiat 500|Peugeot 208|Peugeot 3008|Skoda Octavia|Skoda Fabia|Dacia Sandero|"
    "Dacia Duster|Toyota Camry|Toyota Corolla|Toyota Yaris|Honda Jazz|Honda Civic|Mazda MX-5|"
    "Suzuki Swift|Suzuki Jimny|Citroën Berlingo|Citroën Ami|Lamborghini Aventador|"
    "Lamborghini Urus|Ferrari Enzo|Ferrari Roma|Chevrolet Camaro|Chevrolet Malibu|"
    "Dodge Charger|Buick Regal|Cadillac Escalade|Porsche Taycan|Porsche Macan|Mercedes Sprinter|"
    "Mercedes-Benz Vito|Rolls-Royce Ghost|Rolls-Royce Phantom|Bentley Continental|"
    "Aston Martin Vantage|McLaren Artura|Lotus Elise|Lotus Emira|Bugatti Chiron|Bugatti Veyron|"
    "Maserati Ghibli|Alfa Romeo Giulia|Alfa Romeo Giulietta|Alfa Romeo Stelvio|Lancia Ypsilon|"
    "Renault Twingo|Chrysler Voyager|Jeep Wrangler|Land Rover Defender|MG ZS|Mini Cooper|"
    "Morris Minor|Austin Healey|Ford Model T|Chevrolet Impala|Ferrari Testarossa|Opel Manta"
)
_LIGHT_DIVE_GEAR = _s(
    "Philips Hue Go|Philips Hue Iris|Philips Hue Bloom|Artemide Tolomeo|Flos Arco|"
    "Flos Snoopy|Louis Poulsen PH5|Louis Poulsen Panthella|Vitra Eames chair|Herman Miller Aeron|"
    "Herman Miller Mirra|Le Klint 101|Gubi Gräshoppa|Muuto Ambit|Tom Dixon Beat|"
    "Tom Dixon Melt|Anglepoise Type 75|Foscarini Gregg|Moooi Heracleum|Lumina Daphine|"
    "Kartell Bourgie|Kartell Louis Ghost|Nanoleaf Shapes|LIFX Beam|Govee Lyra|Ikea Ranarp|"
    "Ikea Billy|Ikea Poäng|Ikea Klippan|Ikea Malm|Ikea Hemnes|Ikea Ektorp|Ikea Kallax|"
    "Scubapro MK25|Scubapro G260|Scubapro Hydros Pro|Apeks XTX50|Apeks MTX-RC|"
    "Aqualung Legend|Aqualung Helix|Mares Abyss 22|Mares Puck Pro|Cressi Ellipse|"
    "Cressi Leonardo|Cressi Giotto|Suunto D5|Suunto Zoop|Shearwater Perdix|Shearwater Teric|"
    "Garmin Descent|Atomic Aquatics Z3|Oceanic Veo|Tusa Liberator|Hollis Katana|"
    "Fender Stratocaster|Fender Telecaster|Fender Jaguar|Gibson Les Paul|Gibson SG|"
    "Gibson Flying V|Martin D-28|Taylor 814ce|Rickenbacker 360|Gretsch White Falcon|"
    "Epiphone Casino|Epiphone Dot|Ibanez RG|PRS Custom 24|Steinway Model D|Bösendorfer Imperial|"
    "Yamaha C7|Roland Juno|Moog Minimoog|Korg Minilogue|Stradivarius|Guarneri|"
    "Leica M6|Canon EOS R5|Nikon Zf|Hasselblad X2D|Fujifilm X-T5|Olympus Pen|"
    "DJI Mavic|DJI Avata|GoPro Hero|Sony Walkman|Nintendo Switch|Steam Deck|Kindle Paperwhite|"
    "Kobo Clara|Kobo Libra|Kobo Sage|Garmin Venu|Garmin Fenix|Fitbit Charge|Oura Ring|"
    "Bose QuietComfort|Sonos Era|Sonos Arc|Marshall Stanmore|Marshall Acton|Marshall Emberton|"
    "Vitamix Ascent|KitchenAid Artisan|Smeg Galileo|Breville Barista|De'Longhi Dedica|"
    "De'Longhi Magnifica|Gaggia Classic|Rancilio Silvia|Bialetti Moka|Le Creuset Signature|"
    "Staub Cocotte|Thermomix TM6|Nespresso Vertuo|Dualit Classic|Russell Hobbs Inspire|"
    "Morphy Richards Evoke|Brabantia Bo|Joseph Joseph Elevate|Oster Pro|Hamilton Beach FlexBrew"
)
_DASH = _s(
    "Navier–Stokes equations|Cauchy–Schwarz inequality|Bose–Einstein condensate|"
    "Michaelis–Menten kinetics|Hardy–Weinberg principle|Kaplan–Meier estimator|"
    "Mann–Whitney test|Kolmogorov–Smirnov test|Bellman–Ford algorithm|"
    "Knuth–Morris–Pratt algorithm|Boyer–Moore search|Floyd–Warshall algorithm|"
    "Ford–Fulkerson method|Cooley–Tukey FFT|Diffie–Hellman key exchange|Lempel–Ziv–Welch|"
    "Reed–Solomon codes|Black–Scholes model|Guillain–Barré syndrome|Creutzfeldt–Jakob disease|"
    "Wolff–Parkinson–White syndrome|Stevens–Johnson syndrome|Ehlers–Danlos syndrome|"
    "Prader–Willi syndrome|Charcot–Marie–Tooth disease|Osgood–Schlatter disease|"
    "Legg–Calvé–Perthes disease|Zollinger–Ellison syndrome|Mallory–Weiss tear|"
    "Wernicke–Korsakoff syndrome|Hertzsprung–Russell diagram|Lotka–Volterra equations|"
    "Hodgkin–Huxley model|Heckscher–Ohlin model|Cobb–Douglas function|Box–Jenkins method|"
    "Dunning–Kruger effect|Sapir–Whorf hypothesis|Stefan–Boltzmann law|Biot–Savart law|"
    "Hardy–Ramanujan number|Banach–Tarski paradox|Cantor–Bernstein theorem|"
    "Bolzano–Weierstrass theorem|Heine–Borel theorem|Cayley–Hamilton theorem|"
    "Gauss–Seidel method|Gauss–Jordan elimination|Runge–Kutta method|Newton–Raphson method|"
    "Euler–Lagrange equation|Miller–Rabin test|Solovay–Strassen test|Rabin–Karp search|"
    "Sutherland–Hodgman clipping|Cohen–Sutherland algorithm|Needleman–Wunsch alignment|"
    "Smith–Waterman algorithm|Aho–Corasick automaton|Hopcroft–Karp algorithm|"
    "Edmonds–Karp algorithm|Fisher–Yates shuffle|Box–Muller transform|Metropolis–Hastings|"
    "Baum–Welch algorithm|Ziegler–Nichols tuning|Cockcroft–Walton generator|"
    "Michelson–Morley experiment|Stern–Gerlach experiment|Franck–Hertz experiment|"
    "Einstein–Podolsky–Rosen paradox|Hartree–Fock method|Born–Oppenheimer approximation|"
    "Jahn–Teller effect|Diels–Alder reaction|Friedel–Crafts alkylation|Wittig reaction|"
    "Fischer–Tropsch process|Haber–Bosch process|Schotten–Baumann reaction|"
    "Myers–Briggs test|Stanford–Binet test|Wechsler scale|Bland–Altman plot|"
    "Benjamini–Hochberg procedure|Shapiro–Wilk test|Kruskal–Wallis test|Durbin–Watson statistic|"
    "Chow test|Breusch–Pagan test|Jarque–Bera test|Dickey–Fuller test|Hodrick–Prescott filter|"
    "Mundell–Fleming model|Laffer curve|Phillips curve|Lorenz curve|Gini coefficient|"
    "Sherman–Morrison formula|Woodbury identity|Lax–Milgram theorem|Riesz–Fischer theorem|"
    "Arzelà–Ascoli theorem|Stone–Weierstrass theorem|Hahn–Banach theorem|Gale–Shapley algorithm|"
    "Ramsey–Lewis method|Kübler-Ross model|Yerkes–Dodson law|Weber–Fechner law"
)
_LAWS = _s(
    "Moore's law|Murphy's law|Godwin's law|Hofstadter's law|Parkinson's law|Conway's law|"
    "Brooks's law|Goodhart's law|Benford's law|Zipf's law|Metcalfe's law|Amdahl's law|"
    "Hooke's law|Ohm's law|Boyle's law|Snell's law|Newton's third law|Kepler's laws|"
    "Faraday's law|Coulomb's law|Gauss's law|Ampère's law|Lenz's law|Charles's law|"
    "Avogadro's law|Dalton's law|Henry's law|Fick's law|Bragg's law|Wien's law|Planck's law|"
    "Hubble's law|Sturgeon's law|Betteridge's law|Poe's law|Cole's law|Linus's law|"
    "Postel's law|Hick's law|Fitts's law|Miller's law|Jakob's law|Tesler's law|Wirth's law|"
    "Gustafson's law|Little's law|Kirchhoff's laws|Pascal's principle|Archimedes' principle|"
    "Bernoulli's principle|Le Chatelier's principle|Occam's razor|Hanlon's razor|"
    "Hitchens's razor|Pareto principle|Peter principle|Dilbert principle|Streisand effect|"
    "Baader–Meinhof phenomenon|Zeigarnik effect|Mandela effect|Pygmalion effect|"
    "Hawthorne effect|Doppler effect|Coriolis effect|Peltier effect|Seebeck effect|Hall effect|"
    "Pythagoras' theorem|Fermat's last theorem|Bayes' theorem|Gödel's incompleteness theorem|"
    "Stokes' theorem|Green's theorem|Rolle's theorem|Fubini's theorem|Noether's theorem|"
    "Pick's theorem|Wilson's theorem|Lagrange's theorem|Euler's formula|Stirling's formula|"
    "Heron's formula|Bayes's rule|Cramer's rule|Simpson's rule|Simpson's paradox|"
    "Zeno's paradox|Russell's paradox|Fermi paradox|Newcomb's problem|Buffon's needle|"
    "Pascal's triangle|Möbius strip|Klein bottle|Rubik's Cube|Penrose stairs|Sierpiński triangle|"
    "Mandelbrot set|Julia set|Fibonacci sequence|Collatz conjecture|Goldbach's conjecture|"
    "Riemann hypothesis|Poincaré conjecture|Dijkstra's algorithm|Prim's algorithm|"
    "Kruskal's algorithm|Kadane's algorithm|Tarjan's algorithm|Kosaraju's algorithm|"
    "Huffman coding|Viterbi algorithm|Bloom filter|Fenwick tree|Levenshtein distance|"
    "Hamming distance|Jaccard index|Fourier transform|Laplace transform|Markov chain|"
    "Turing machine|Turing test|Rorschach test|Wilcoxon test|Bechdel test|Apgar score|"
    "Glasgow Coma Scale|Mantoux test|Pap smear|Heimlich manoeuvre|Valsalva manoeuvre|"
    "Epley manoeuvre|Romberg test|Snellen chart|Ishihara test|Friedman test|Fisher's exact test|"
    "Student's t-test|Pearson correlation|Spearman's rho|Cohen's kappa|Cronbach's alpha|"
    "Tukey's test|Welch's t-test|Levene's test|Bartlett's test|Mauchly's test|"
    "Parkinson's disease|Alzheimer's disease|Crohn's disease|Hashimoto's thyroiditis|"
    "Tourette syndrome|Asperger syndrome|Raynaud's phenomenon|Bell's palsy|Down syndrome|"
    "Ménière's disease|Hodgkin lymphoma|Huntington's disease|Addison's disease|"
    "Cushing's syndrome|Graves' disease|Lyme disease|Tommy John surgery|Lou Gehrig's disease|"
    "Sjögren's syndrome|Kaposi's sarcoma|Bright's disease|Paget's disease|Marfan syndrome|"
    "Münchausen syndrome|Stockholm syndrome|Peter Pan syndrome|Cinderella complex|"
    "Oedipus complex|Electra complex|Jerusalem syndrome|Paris syndrome|Diogenes syndrome|"
    "Tetris effect|Ben Franklin effect|Forer effect|Barnum effect|Dr. Fox effect|"
    "Sherman Act|Dodd–Frank Act|Sarbanes–Oxley Act|Glass–Steagall Act|Taft–Hartley Act|"
    "Smoot–Hawley Tariff|Megan's Law|Jessica's Law|Martyn's Law|Natasha's Law|Owen's Law|"
    "Clare's Law|Sarah's Law|Helen's Law|Ashya's law|Finn's Law|Lucy's Law|Tony's Law"
)
_UNITS = _s(
    "newton|pascal|kelvin|watt|joule|tesla|hertz|ampere|volt|ohm|coulomb|farad|henry|weber|"
    "siemens|becquerel|sievert|gray|celsius|fahrenheit|rankine|gauss|maxwell|oersted|"
    "poise|stokes|debye|angstrom|dalton|curie|röntgen|rutherford|gilbert|eötvös|"
    "Richter scale|Mohs scale|Beaufort scale|Scoville scale|Kelvin scale|Fujita scale|"
    "Saffir–Simpson scale|Brix|Baumé|Shore hardness|Rockwell hardness|Brinell hardness|"
    "Vickers hardness|Pantone|Munsell colour|Hubble constant|Planck constant|"
    "Boltzmann constant|Avogadro number|Reynolds number|Mach number|Froude number|"
    "Prandtl number|Nusselt number|Rayleigh number|Euler number|Graham's number|"
    "Erdős number|Bacon number|Dunbar's number"
)
_AWARDS = _s(
    "Nobel Prize|Pulitzer Prize|Oscar|Emmy|Grammy|Tony Award|Booker Prize|Hugo Award|"
    "Nebula Award|Turing Award|Fields Medal|Abel Prize|Ballon d'Or|Stanley Cup|Davis Cup|"
    "Ryder Cup|Solheim Cup|Walker Cup|Curtis Cup|Webb Ellis Cup|Calcutta Cup|Heisman Trophy|"
    "Lombardi Trophy|Larry O'Brien Trophy|Vince Lombardi Trophy|Lady Byng Trophy|"
    "Hart Trophy|Vezina Trophy|Cy Young Award|Lou Marsh Trophy|Eisner Award|Carnegie Medal|"
    "Kate Greenaway Medal|Caldecott Medal|Newbery Medal|Edgar Award|Agatha Award|"
    "Bram Stoker Award|Arthur C. Clarke Award|Philip K. Dick Award|Goncourt|Cervantes Prize|"
    "Pritzker Prize|Stirling Prize|Turner Prize|Wolf Prize|Kyoto Prize|Crafoord Prize|"
    "Lasker Award|Templeton Prize|Sakharov Prize|Darwin Awards|Ig Nobel|BAFTA|César|Goya|"
    "David di Donatello|Golden Bear|Palme d'Or|Golden Lion|Golden Globe|Razzie|Annie Award|"
    "Olivier Award|Laurence Olivier Award|Ivor Novello Award|Mercury Prize|Polar Music Prize|"
    "Gerald Loeb Award|Peabody Award|Webby Award|Clio Award|Red Dot Award|James Beard Award|"
    "Michelin star|Gault&Millau toque|Nobel Peace Prize|Victoria Cross|George Cross|"
    "Purple Heart|Légion d'honneur|Iron Cross|Order of Lenin|Orwell Prize|Baillie Gifford Prize|"
    "Costa Book Award|Whitbread Award|Wainwright Prize|Dagger Award|Ngaio Marsh Award|"
    "Miles Franklin Award|Giller Prize|Stella Prize|Rooney Prize|Wellcome Book Prize"
)
_GRAPES = _s(
    "Cabernet Sauvignon|Merlot|Pinot Noir|Müller-Thurgau|Sylvaner|Grenache|Tempranillo|"
    "Zinfandel|Carmenère|Marsanne|Roussanne|Viognier|Albariño|Verdejo|Gewürztraminer|"
    "Riesling|Chenin Blanc|Sémillon|Malbec|Syrah|Mourvèdre|Cinsault|Carignan|Sangiovese|"
    "Nebbiolo|Barbera|Dolcetto|Primitivo|Aglianico|Nero d'Avola|Vermentino|Fiano|Greco|"
    "Falanghina|Trebbiano|Garganega|Cortese|Arneis|Timorasso|Pinot Grigio|Pinot Blanc|"
    "Pinot Meunier|Chardonnay|Sauvignon Blanc|Muscadet|Melon de Bourgogne|Petit Verdot|"
    "Cabernet Franc|Tannat|Gamay|Mencía|Godello|Xarel·lo|Macabeo|Parellada|Garnacha|"
    "Touriga Nacional|Baga|Alvarinho|Blaufränkisch|Zweigelt|Grüner Veltliner|Furmint|"
    "Hárslevelű|Kadarka|Saperavi|Rkatsiteli|Assyrtiko|Xinomavro|Agiorgitiko|Pinotage|"
    "Scheurebe|Kerner|Bacchus|Dornfelder|Regent|Ortega|Huxelrebe|Solaris|Léon Millot|"
    "Maréchal Foch|Baco Noir|Seyval Blanc|Vidal|Chambourcin|Norton|Concord|Catawba|"
    "Madeleine Angevine|Madeleine Royale|Siegerrebe|Lemberger|Trollinger|Mondeuse"
)
_APPLES = _s(
    "Granny Smith|Pink Lady|Golden Delicious|Red Delicious|Braeburn|Jonagold|"
    "Cox's Orange Pippin|Bramley|McIntosh|Jazz|Honeycrisp|Fuji|Gala|Elstar|Boskoop|Jonathan|"
    "Empire|Cortland|Ambrosia|Opal|Envy|Cosmic Crisp|Kanzi|Rubens|Cameo|Ida Red|Idared|"
    "Lady Alice|Lady Williams|James Grieve|Laxton's Superb|Egremont Russet|Worcester Pearmain|"
    "Discovery|Katy|Ellison's Orange|Charles Ross|Lord Lambourne|Newton Wonder|Reverend Wilks|"
    "Peasgood's Nonsuch|Beauty of Bath|Howgate Wonder|Annie Elizabeth|Ashmead's Kernel|"
    "Blenheim Orange|Court Pendu Plat|Sunset|Spartan|Red Falstaff|Rajka|Topaz|Santana|"
    "Belle de Boskoop|Reinette|Mutsu|Crispin|Jonagored|Kiku|Evelina|Mairac|Nicoter|"
    "Williams pear|Conference pear|Doyenné du Comice|Beurré Hardy|Concorde pear|Bartlett pear|"
    "Anjou pear|Bosc pear|Louise Bonne|Victoria plum|Marjorie's Seedling|Czar plum|"
    "Opal plum|Stanley plum|Bing cherry|Rainier cherry|Stella cherry|Sunburst cherry|"
    "Morello|Hass avocado|Fuerte avocado|Clementine|Satsuma|Gardener's Delight|Moneymaker|"
    "Sungold|Brandywine|Cherokee Purple|Alicante tomato|Ailsa Craig|Shirley tomato|"
    "Marmande|San Marzano|Roma tomato|Black Krim|Green Zebra|Mr Stripey|Tigerella|"
    "Charlotte potato|Maris Piper|King Edward|Jersey Royal|Désirée|Kerr's Pink|Duke of York|"
    "Arran Pilot|Pink Fir Apple|Anya potato|Nicola potato|Agria|Cara|Rooster|Annabelle potato"
)
_ROSES = _s(
    "Gertrude Jekyll|Graham Thomas|Peace|Queen Elizabeth|Iceberg|Munstead Wood|"
    "Lady Emma Hamilton|Princess Anne|Darcey Bussell|Boscobel|Olivia Rose Austin|"
    "Claire Austin|Chandos Beauty|Desdemona|Emily Brontë|Tess of the d'Urbervilles|"
    "The Poet's Wife|Ingrid Bergman|Nina Weibull|Gentle Hermione|Lady of Shalott|"
    "Roald Dahl rose|Vanessa Bell|James Galway|Jude the Obscure|Eglantyne|Mary Rose|"
    "Sceptr'd Isle|Crown Princess Margareta|Princess Alexandra of Kent|Queen of Sweden|"
    "Thomas à Becket|Wollerton Old Hall|Teasing Georgia|Abraham Darby|William Shakespeare 2000|"
    "Falstaff|Heathcliff rose|Lichfield Angel|Harlow|Susan Williams-Ellis|Sophy's Rose|"
    "Mme Alfred Carrière|Madame Hardy|Madame Isaac Pereire|Zéphirine Drouhin|Albertine|"
    "Félicité Perpétue|Paul's Himalayan Musk|Rambling Rector|Bobbie James|Kiftsgate|"
    "Cécile Brünner|Louise Odier|Reine des Violettes|Ferdinand Pichard|Jacques Cartier|"
    "Nelly Moser clematis|Mrs Cholmondeley clematis|Niobe clematis|Jackmanii|Hagley Hybrid|"
    "Annabelle hydrangea|Limelight hydrangea|Vanille Fraise|Nikko Blue|Endless Summer|"
    "Sarah Bernhardt peony|Bowl of Beauty|Karl Rosenfield|Duchesse de Nemours|"
    "Coral Charm|Shirley Temple peony|Red Charm|Bartzella|Queen of the Night tulip|"
    "Angélique tulip|Ballerina tulip|Prinses Irene|Apeldoorn|Abu Hassan|Jan Reus|"
    "Café au Lait dahlia|Bishop of Llandaff|Karma Choc|Thomas Edison dahlia|David Howard|"
    "Hillcrest Royal|Penhill Watermelon|Otto's Thrill|Emory Paul|Kelvin Floodlight|"
    "Christine Kelway|Marie Boisselot|Madame Julia Correvon|Étoile Violette|Princess Diana clematis"
)
_COLOURS = _s(
    "Rose Gold|Space Gray|Midnight|Starlight|Graphite|Gunmetal|Champagne Gold|Pacific Blue|"
    "Alpine Green|Deep Purple|Coral|Amber Glow|Olive Branch|Juniper Ash|Hazel Mist|"
    "Elephant's Breath|Mizzle|Sulking Room Pink|Arsenic|Setting Plaster|Skimming Stone|"
    "Pelt|Railings|Down Pipe|Stiffkey Blue|Cornforth White|Ammonite|Wevet|Lulworth Blue|"
    "De Nimes|Charlotte's Locks|Lady Char's Pink|Dorothy's Dream|Rectory Red|Mouse's Back|"
    "Dead Salmon|Smoked Trout|Nancy's Blushes|Pink Ground|Calamine|Peignoir|Mole's Breath|"
    "Cook's Blue|Hague Grey|Inchyra Blue|Sudbury Yellow|Babouche|India Yellow|"
    "Tawny Port|Mahogany|Ruby Red|Jade Green|Pearl White|Ivory Tower|Lily White|Daisy Yellow|"
    "Violet Hour|Rosemary Sprig|Sage Leaf|Sienna Dusk|Olive Drab|Ginger Snap|Cinnamon Swirl|"
    "Basil Green|Iris Haze|Heather Bloom|Holly Berry|Dawn Chorus|Summer Rain|Autumn Leaf|"
    "Ruby Woo|Velvet Teddy|Pillow Talk|Lady Danger|Diva|Mehr|Whirl|Twig|Taupe|Spice|"
    "Marilyn Red|Audrey Pink|Grace Nude|Bella Rouge|Coco Noir|Jolene Coral|Sasha Plum|"
    "Victoria Blue|Alexandra Rose|Sofia Sand|Emma Beige|Olivia Mauve|Isla Teal|Chloe Peach"
)
_PERFUME = _s(
    "Chanel No. 5|Coco Mademoiselle|Miss Dior|J'adore|Flowerbomb|Black Opium|"
    "La Vie Est Belle|Angel|Alien|Daisy|Good Girl|Libre|Light Blue|Cloud|Baccarat Rouge 540|"
    "Santal 33|Shalimar|Mitsouko|Opium|Poison|Hypnotic Poison|Sauvage|Aventus|Eros|Wanted|"
    "Invictus|Bleu de Chanel|Acqua di Giò|Allure|Coco Noir|Gabrielle|Chance|Joy|Shocking|"
    "L'Interdit|Si|Idôle|Mon Guerlain|Samsara|Jicky|Habit Rouge|Fahrenheit|Eternity|"
    "Obsession|Beautiful|Youth-Dew|Charlie|Anaïs Anaïs|Loulou|Lou Lou|Trésor|Amarige|"
    "Tommy Girl|Curious|Fantasy|Cloud Pink|Ariana R.E.M.|Mon Paris|Marc Jacobs Perfect|"
    "Viktor&Rolf Spicebomb|Jo Malone Peony & Blush Suede|Jo Malone Wood Sage & Sea Salt|"
    "Penhaligon's Halfeti|Penhaligon's Lord George|Penhaligon's The Duchess Rose|"
    "Byredo Gypsy Water|Le Labo Another 13|Kilian Love Don't Be Shy|Maison Margiela Replica|"
    "Creed Silver Mountain Water|Tom Ford Lost Cherry|Tom Ford Tobacco Vanille|"
    "Frédéric Malle Portrait of a Lady|Guerlain Aqua Allegoria|Estée Lauder Pleasures|"
    "Clinique Happy|Elizabeth Arden Red Door|Nina Ricci L'Air du Temps|Lolita Lempicka|"
    "Annick Goutal Petite Chérie|Diptyque Philosykos|Juliette Has a Gun|Not a Perfume|"
    "Charlotte Tilbury Pillow Talk|Benefit Benetint|Benefit Hoola|Nars Orgasm|Rare Beauty Joy|"
    "Fenty Gloss Bomb|Huda Beauty Naughty Nude|Maybelline Lash Sensational|Rimmel Kate Moss|"
    "Bobbi Brown Skin|Laura Mercier Translucent|Pat McGrath Mothership|Morphe James Charles|"
    "Too Faced Better Than Sex|Urban Decay Naked|Anastasia Beverly Hills Brow Wiz|"
    "Ilia Limitless|Hourglass Ambient|Kosas Revealer|Glossier Boy Brow|Sisley Black Rose"
)
_MOVEMENT = _s(
    "Ashtanga|Iyengar yoga|Bikram yoga|Kundalini|Vinyasa|Pilates|Feldenkrais|"
    "Alexander Technique|Zumba|Lindy Hop|Balboa|Foxtrot|Quickstep|Rumba|Salsa|Cha-cha|"
    "Paso Doble|Jive|Bachata|Kizomba|Tango|Viennese Waltz|Charleston|Shag|Madison|"
    "Hustle|Macarena|Lambada|Cumbia|Merengue|Samba|Forró|Axé|Vogue|Krump|Popping|Locking|"
    "Tutting|Dabke|Hora|Polka|Mazurka|Polonaise|Gavotte|Minuet|Sarabande|Allemande|"
    "Ballet Barre|Cecchetti method|Vaganova method|Bournonville|Balanchine technique|"
    "Graham technique|Horton technique|Limón technique|Cunningham technique|Dunham technique|"
    "Laban|Gyrotonic|Nia|Jazzercise|Tae Bo|Barre|Yin yoga|Jivamukti|Anusara|Sivananda|"
    "Kripa|Forrest yoga|Baptiste yoga|Hatha|Aerial yoga|Acroyoga|Tabata|Crossfit Murph|"
    "Fran WOD|Grace WOD|Helen WOD|Cindy WOD|Diane WOD|Elizabeth WOD|Karen WOD|Annie WOD|"
    "Jackie WOD|Isabel WOD|Linda WOD|Nancy WOD|Angie WOD|Barbara WOD|Chelsea WOD|Kelly WOD"
)
_SHIPS = _s(
    "Queen Mary 2|Titanic|Cutty Sark|Mayflower|Endeavour|Santa Maria|Golden Hind|Mary Rose|"
    "HMS Victory|Queen Elizabeth|Britannic|Lusitania|Olympic|Carpathia|Queen Anne|"
    "Queen Victoria|Iona|Arvia|Ventura|Azura|Aurora|Britannia|Wonder of the Seas|"
    "Symphony of the Seas|Oasis of the Seas|Harmony of the Seas|Icon of the Seas|"
    "Norwegian Prima|Disney Wish|Disney Fantasy|Celebrity Beyond|MSC Grandiosa|"
    "Costa Smeralda|AIDAnova|Seven Seas Explorer|Hurtigruten Richard With|Havila Castor|"
    "RRS Sir David Attenborough|Boaty McBoatface|Calypso|Nautilus|Black Pearl|Flying Dutchman|"
    "Jolly Roger|Pequod|Hispaniola|Argo|Bounty|Beagle|Kon-Tiki|Ra II|Fram|Endurance|"
    "Terra Nova|Discovery|Erebus|Terror|Vasa|Mary Celeste|Edmund Fitzgerald|Exxon Valdez|"
    "Ever Given|Emma Maersk|Madrid Maersk|Wilhelm Gustloff|Andrea Doria|Costa Concordia|"
    "Amerigo Vespucci|Sørlandet|Christian Radich|Statsraad Lehmkuhl|Juan Sebastián de Elcano|"
    "Sea Breeze|Lady Margaret|Miss Molly|Knot Working|Reel Therapy|Seas the Day|Aqua Holic|"
    "Pier Pressure|Nauti Buoy|Unsinkable II|Lady Jane|Miss Behavin'|Wet Dream|Sea Esta|"
    "Dulcinea|Penelope|Calliope|Serenity|Odyssey|Bella Vita|Mary Lou|Annabelle|Rosie Lee|"
    "Kathleen May|Marguerite|Juliana|Lady Di|Mistral|Jeanie Johnston|Sir Winston Churchill|"
    "Lord Nelson|Tenacious|Stavros S Niarchos|Prince William|Pride of Baltimore|Bluenose|"
    "Flying Scotsman|Mallard|Rocket|Thomas the Tank Engine|Gordon the engine|Percy|"
    "Henry the engine|James the red engine|Edward|Emily the engine|Toby|Duck|Annie and Clarabel|"
    "City of Truro|Evening Star|Tornado|Sir Nigel Gresley|Bittern|Union of South Africa|"
    "Duchess of Hamilton|King George V|Lord Nelson locomotive|Princess Elizabeth|Eurostar|"
    "Thalys|Frecciarossa|Italo|Shinkansen|Brightline|Acela|Caledonian Sleeper|Night Riviera|"
    "Glacier Express|Bernina Express|Ghan|Indian Pacific|Rocky Mountaineer|Hogwarts Express"
)
_HORSES = _s(
    "Seabiscuit|Secretariat|Red Rum|Frankel|Shergar|Desert Orchid|Arkle|Kauto Star|Enable|"
    "Winx|Black Caviar|Zenyatta|American Pharoah|Man o' War|Phar Lap|Sea the Stars|"
    "Nijinsky|Mill Reef|Brigadier Gerard|Dancing Brave|Galileo|Sadler's Wells|Northern Dancer|"
    "Justify|Seattle Slew|Affirmed|Citation|War Admiral|Whirlaway|Cigar|Arrogate|"
    "Flightline|Baaeed|Stradivarius|Persian Punch|Yeats|Denman|Best Mate|Dawn Run|"
    "Golden Miller|Tiger Roll|Rachael Blackmore's ride|Honeysuckle|Constitution Hill|"
    "Altior|Sprinter Sacre|Moscow Flyer|Istabraq|Hurricane Fly|Faugheen|Annie Power|"
    "Quevega|Big Buck's|Many Clouds|Minella Times|Corach Rambler|Noble Yeats|Rule The World|"
    "Auroras Encore|Mon Mome|Don't Push It|Ballabriggs|Neptune Collonges|Silver Birch|"
    "Numbersixvalverde|Hedgehunter|Amberleigh House|Monty's Pass|Bindaree|Red Marauder|"
    "Papillon|Bobbyjo|Earth Summit|Lord Gyllene|Rough Quest|Royal Athlete|Miinnehoma|"
    "Party Politics|Seagram|Mr Frisk|Little Polveir|Rhyme 'n' Reason|Maori Venture|"
    "West Tip|Last Suspect|Hallo Dandy|Corbiere|Grittar|Aldaniti|Ben Nevis|Rubstic|Lucius|"
    "Midnight Dancer|Lady Luck|Sir Percy|Duke of Marmalade|Hurricane Lily|Sweet Caroline|"
    "Jolly Jenny|Bonnie Prince|Lord Byron|Mister Ed|Black Beauty|Trigger|Silver|Champion|"
    "Shadowfax|Bucephalus|Marengo|Copenhagen|Comanche|Sergeant Reckless|Boxer|Clover|"
    "Joey|Spirit|Maximus|Pie|Flicka|Misty of Chincoteague|Jolly Jumper|Epona|Roach|Agro"
)
_STORMS = _s(
    "Storm Ciara|Storm Dennis|Storm Eunice|Storm Arwen|Storm Babet|Storm Isha|Storm Jocelyn|"
    "Storm Agnes|Storm Ciarán|Storm Debi|Storm Henk|Storm Kathleen|Storm Lilian|"
    "Storm Darragh|Storm Éowyn|Storm Bert|Storm Franklin|Storm Malik|Storm Barra|"
    "Storm Ophelia|Storm Doris|Storm Desmond|Storm Abigail|Storm Gertrude|Storm Gareth|"
    "Storm Hannah|Storm Brendan|Storm Jorge|Storm Francis|Storm Aiden|Storm Christoph|"
    "Hurricane Katrina|Hurricane Sandy|Hurricane Ian|Hurricane Harvey|Hurricane Irma|"
    "Hurricane Maria|Hurricane Andrew|Hurricane Michael|Hurricane Dorian|Hurricane Ida|"
    "Hurricane Milton|Hurricane Helene|Hurricane Beryl|Hurricane Otis|Hurricane Fiona|"
    "Hurricane Laura|Hurricane Wilma|Hurricane Rita|Hurricane Camille|Hurricane Hugo|"
    "Hurricane Gilbert|Hurricane Mitch|Hurricane Ike|Hurricane Gustav|Hurricane Matthew|"
    "Typhoon Haiyan|Typhoon Hagibis|Typhoon Jebi|Typhoon Mangkhut|Typhoon Doksuri|"
    "Cyclone Idai|Cyclone Freddy|Cyclone Gabrielle|Cyclone Tracy|Cyclone Yasi|Cyclone Amphan|"
    "Tropical Storm Alberto|Tropical Storm Claudette|Tropical Storm Hilary|Bomb cyclone Elliott"
)
_BOATS = _cross(
    "Lady|Miss|Queen|Princess|Duchess",
    "Grace|Molly|Jane|Rose|Kathleen|Emma|Harriet|Isobel|Lucinda|Bea|Martha|Wilhelmina",
    "{} {}",
)
_ROOMS = tuple(
    f"{n} room"
    for n in _s(
        "Ada Lovelace|Turing|Hopper|Curie|Galileo|Tesla|Edison|Einstein|Newton|Darwin|Kepler|"
        "Fermi|Bohr|Hypatia|Noether|Franklin|Faraday|Maxwell|Pascal|Euler|Gauss|Riemann|"
        "Lamarr|Shannon|Babbage|Dijkstra|Knuth|Ritchie|Thompson|Torvalds|Wozniak|Jobs|Hamilton|"
        "Goodall|Attenborough|Meitner|Franklin Rosalind|Carver|Johnson Katherine|Sagan|Hawking"
    )
) + _s(
    "Meeting Room Frida|Meeting Room Amelia|Boardroom Ada|Huddle Room Grace|Focus Pod Alan|"
    "Phone Booth Marie|Room Leonardo|Room Raphael|Room Donatello|Room Michelangelo|"
    "Workshop Beatrix|Suite Shakespeare|Suite Austen|Suite Dickens|Suite Brontë|Pod Tolkien|"
    "Room Mandela|Room Gandhi|Room Luther|Room Parks|Room Tubman|Room Anne Frank|Room Mozart|"
    "Room Bach|Room Vivaldi|Room Chopin|Room Schubert|Room Elgar|Room Sibelius|Room Grieg"
)
_TEAMS = _s(
    "Team Phoenix|Squad Goals|Data Wranglers|Team Orion|Team Pegasus|Blue Falcons|"
    "Red Kites|Night Owls|Byte Club|Null Pointers|The Merge Conflicts|404 Found|"
    "Team Jasper|Team Amber|Project Rosa|Team Hermes|Team Athena|Team Apollo|"
    "Quizteama Aguilera|Universally Challenged|Les Quizerables|Agatha Quiztie|Quiz Khalifa|"
    "Quizzy Rascal|Tequila Mockingbird|Trivia Newton John|Let's Get Quizzical|Quiz Akabusi|"
    "Norfolk 'n' Chance|Sherlock Homies|Ctrl Alt Defeat|Quizney Princesses|Dumbledore's Army|"
    "Agatha Triste|Quiz Team Aguilera|Spartacus Quizzers|E=MC Hammer|Kieran Fully Wrong|"
    "Hugh Jass|Ben Dover's Trivia|Quiz Johnson|Taylor Quiz|Quiz Lightyear|Mary Quiz Queen of Scots|"
    "Quizzie Rascals|Nick Knowles Nothing|Alan Partridge Family|Bill Nye the Quizzy|"
    "Julius Sneezer|Quizly Bears|Justin Quizzerberg|Malcolm in the Middle of the Table|"
    "The Quizzard of Oz|Quiz Hemsworth|Leonardo DiQuizio|Beyoncé Knowles Everything|"
    "Brad Quitt|Quentin Quizantino|Mo Farah Too Far|Oprah Win-free|Tom Quiz|Usain Bolt-On|"
    "Dolly Partners|Abba-solutely Right|Kim Jong Fun|Kofi Annan-swers|Freddie Mercurious|"
    "Jon Bon Trivi|Madonna Know|Lionel Quizzy|Harry Potterers|Frodo's Follies|Gandalf's Guesses|"
    "Manchester Blue Wolves|Tuesday Tigers|Thursday Thunder|Friday Foxes|Sunday Strikers|"
    "Mighty Ducks|Bad News Bears|Dodgeball Average Joes|Cobra Kai|Los Pollos|Kings of Pong"
)
_PET = _s(
    "Barkley's Best|Chappie|Pedigree|Butcher's|Lily's Kitchen|Harringtons|Bakers|Winalot|"
    "Felix|Sheba|Whiskas|Gourmet Gold|Freddy's Treats|Cesar|Iams|Eukanuba|Hill's Science Plan|"
    "Purina One|Purina Beta|Burns|James Wellbeloved|Arden Grange|Forthglade|Nature's Menu|"
    "Edgard & Cooper|Rocco|Wolf of Wilderness|Almo Nature|Applaws|Schesir|Canagan|Orijen|"
    "Acana|Blue Buffalo|Rachael Ray Nutrish|Wellness Core|Merrick|Pooch & Mutt|Billy + Margot|"
    "Harry's Hounds|Dougie's Dinners|Molly's Munchies|Teddy's Treats|Rufus & Rosie|"
    "Bella & Duke|Tails.com|Butternut Box|Marty's Meals|Benny's Bones|Fido|Rover|Lassie chews|"
    "Bonio|Good Boy|Dentastix|Markies|Schmackos|Greenies|Temptations|Dreamies|Frolic|"
    "Pro Plan Sensitive|Royal Canin Maxi|Kong Classic|Chuckit!|Jolly Ball|Lucky Dog toy|"
    "Mr. Squeaky|Miss Fluffy bed|Snoozy Sam|Princess Paws|Sir Barksalot|Lady Meowington|"
    "Kitty Kate litter|Catit Senses|Petkit Pura|Litter-Robot|Furbo|Petcube|Whistle|Fi collar"
)
_SOFTWARE = _s(
    "Pandas|Django|Jenkins|Hudson|Ansible|Kubernetes|Grafana|Kibana|Jupyter|Sphinx|Flask|"
    "Celery|Luigi|Airflow|Dagster|Prefect|Hadoop|Cassandra|Julia|Ada|Pascal|Haskell|Erlang|"
    "Elixir|Dart|Lua|Perl|Gradle|Maven|Ivy|Jest|Mocha|Jasmine|Karma|Chai|Sinon|Enzyme|"
    "Marshmallow|Pydantic|Sanic|Bottle|Tornado|Twisted|Scrapy|Beautiful Soup|Requests|"
    "Pillow|Matplotlib|Seaborn|Bokeh|Plotly|Dash|Streamlit|Gradio|Sentry|Kafka|Hive|Pig|"
    "Oozie|Zookeeper|Camel|Tomcat|Jetty|Undertow|Quarkus|Micronaut|Spring Boot|Hibernate|"
    "Lombok|Mockito|Hamcrest|Selenium|Cypress|Playwright|Puppeteer|Nightwatch|Protractor|"
    "Storybook|Gatsby|Hugo|Jekyll|Eleventy|Astro|Remix|Nuxt|Svelte|Ember|Backbone|"
    "Marionette|Angular|Vue|React|Preact|Alpine.js|Stimulus|Phoenix|Rails|Sinatra|Hanami|"
    "Laravel|Symfony|Drupal|Joomla|WordPress|Ghost|Grav|Octopus Deploy|Jira|Confluence|"
    "Trello|Asana|Basecamp|Notion|Obsidian|Logseq|Zotero|Mendeley|Calibre|Audacity|GIMP|"
    "Krita|Inkscape|Blender|Godot|Unity|Unreal|Ren'Py|Phaser|Pygame|Arduino|Raspberry Pi|"
    "Homer dashboard|Heimdall|Jellyfin|Plex|Emby|Kodi|Sonarr|Radarr|Lidarr|Prowlarr|"
    "Bazarr|Ombi|Overseerr|Tautulli|Nextcloud|Syncthing|Duplicati|Borg|Restic|Rclone|"
    "Pi-hole|Gitea|Forgejo|Woodpecker|Drone|Argo CD|Flux|Helm|Kustomize|Istio|Linkerd|"
    "Envoy|Traefik|Caddy|Nginx|HAProxy|Varnish|Squid|Redis|Valkey|Memcached|MariaDB|"
    "MySQL|PostgreSQL|SQLite|DuckDB|ClickHouse|Druid|Pinot|Presto|Trino|Spark|Flink|"
    "Beam|Storm|Samza|Heron|Pulsar|NATS|RabbitMQ|Mosquitto|Vault|Consul|Nomad|Terraform|"
    "Packer|Vagrant|Puppet|Chef|Salt|Nagios|Zabbix|Icinga|Prometheus|Thanos|Cortex|Loki|"
    "Tempo|Mimir|Jaeger|Zipkin|Fluentd|Logstash|Beats|Vector|Sherlock|Watson Studio|"
    "Alfred app|Bartender|Magnet|Rectangle|Hazel|Raycast|Arc browser|Opera|Vivaldi browser|"
    "Brave|Thunderbird|Evolution|Geary|Dolphin|Nautilus|Thunar|Konqueror|Amarok|Rhythmbox|"
    "Clementine|Banshee|Shotwell|Darktable|Rawtherapee|Kdenlive|Shotcut|Olive|Ardour|LMMS"
)
_HOSTS = _s(
    "kate-db-01|bert-prod-3|mario.lab.internal|luigi-worker-7|peach-cache-02|zelda-api|"
    "sonic-edge-4|alice-staging|bob-ci-runner|carol-vault|dave-build-9|eve-proxy|"
    "frodo.backup.local|gandalf-ldap|samwise-nfs|bilbo-nas|arwen-gpu-01|legolas-cdn|"
    "homer-prod|marge-replica|lisa-ml-02|bart-test|maggie-dev|ned-dns|apu-mail|"
    "tony-k8s-master|pepper-k8s-node1|jarvis-monitor|friday-logs|happy-jumpbox|"
    "sherlock-siem|watson-ids|hudson-mq|mrs-hudson-cron|lestrade-bastion|moriarty-honeypot|"
    "ada-hpc-03|grace-hpc-04|alan-hpc-05|linus-git|dennis-builder|ken-compiler|"
    "rosie-printer-2f|hal-9000|marvin-svc|zaphod-lb|trillian-db|arthur-fs|ford-vpn"
)
_CODENAMES = _s(
    "Buster|Bullseye|Bookworm|Woody|Potato|Hamm|Slink|Sarge|Etch|Lenny|Squeeze|Wheezy|"
    "Jessie|Stretch|Trixie|Forky|Rex|Bo|Jammy Jellyfish|Noble Numbat|Focal Fossa|"
    "Bionic Beaver|Xenial Xerus|Mantic Minotaur|Lunar Lobster|Kinetic Kudu|Hardy Heron|"
    "Lucid Lynx|Precise Pangolin|Trusty Tahr|Oreo|Pie|Nougat|Marshmallow|Lollipop|KitKat|"
    "Jelly Bean|Ice Cream Sandwich|Honeycomb|Gingerbread|Froyo|Eclair|Donut|Cupcake|"
    "Tiramisu|Upside Down Cake|Vanilla Ice Cream|Cheetah|Puma|Jaguar|Panther|Tiger|Leopard|"
    "Snow Leopard|Lion|Mountain Lion|Longhorn|Whistler|Chicago|Cairo|Blackcomb|Vienna|"
    "Threshold|Redstone|Sun Valley|Germanium|Nehalem|Sandy Bridge|Ivy Bridge|Haswell|"
    "Broadwell|Skylake|Kaby Lake|Coffee Lake|Alder Lake|Raptor Lake|Meteor Lake|Zen|"
    "Bulldozer|Piledriver|Steamroller|Excavator|Rembrandt|Phoenix Point|Strix Point|"
    "Picasso|Renoir|Cézanne|Barcelo|Mendocino|Dragon Range|Fermi|Kepler|Maxwell|Pascal|"
    "Volta|Turing|Ampere|Hopper|Ada Lovelace|Blackwell|Rubin|Project Jasper|Project Amber|"
    "Operation Rose|Project Hope|Project Grace|Project Willow|Project Juniper|Project Hazel|"
    "Project Olive|Project Basil|Project Ruby|Project Pearl|Project Opal|Project Ivy|"
    "Project Sterling|Project Mercury|Project Gemini|Project Atlas|Project Titan|Project Orion"
)
_CHEESES = _s(
    "Saint Agur|Stinking Bishop|Port Salut|Boursin|Babybel|Laughing Cow|Cornish Yarg|"
    "Saint-Marcellin|Saint-Nectaire|Sainte-Maure|Saint Paulin|Brillat-Savarin cheese|"
    "Pierre Robert|Délice de Bourgogne|Vacherin|Tomme|Morbier|Mimolette|Reblochon|"
    "Tête de Moine|Le Gruyère|Emmental|Appenzeller|Raclette|Halloumi|Feta|Manchego|"
    "Idiazábal|Mahón|Torta del Casar|Taleggio|Gorgonzola|Fontina|Asiago|Provolone|"
    "Burrata|Stracciatella|Scamorza|Pecorino|Grana Padano|Caciocavallo|Castelmagno|"
    "Baron Bigod|Tunworth|Lincolnshire Poacher|Sparkenhoe|Kirkham's Lancashire|"
    "Mrs Kirkham's|Montgomery's Cheddar|Keen's Cheddar|Westcombe|Appleby's Cheshire|"
    "Colston Bassett|Cropwell Bishop|Beauvale|Barkham Blue|Perl Las|Perroche|"
    "Old Winchester|Oxford Isis|Rachel goat cheese|Ragstone|Sharpham|Ticklemore|"
    "Tornegus|Winslade|Gubbeen|Durrus|Milleens|Cashel Blue|Ardrahan|Coolea|Gabriel|"
    "Desmond cheese|Old Amsterdam|Beemster|Leerdammer|Maasdammer|Boerenkaas|Jarlsberg|"
    "Gamalost|Brunost|Västerbottensost|Prästost|Herrgård|Havarti|Danablu|Esrom|Samsø|"
    "Mozzarella di bufala|Ricotta|Mascarpone|Kefalotyri|Kasseri|Graviera|Anthotyros"
)
_DRINKS = _s(
    "Earl Grey|Lady Grey|Marco Polo tea|Prince of Wales tea|English Breakfast|"
    "Lapsang Souchong|Gunpowder tea|Jasmine Pearl|Russian Caravan|Queen Victoria blend|"
    "Empress Grey|Duchess Grey|Lady Londonderry|Baron Gautsch|Kusmi Anastasia|"
    "Kusmi Prince Vladimir|Mariage Frères Marco Polo|Dammann Jardin Bleu|Twinings Lady Grey|"
    "Tanqueray|Beefeater|Sipsmith|Jameson|Johnnie Walker Blue|Jack Daniel's Gentleman Jack|"
    "Captain Morgan Spiced|Tia Maria|Baileys|Kahlúa|Disaronno|Aperol|Campari|Dom Pérignon|"
    "Veuve Clicquot|Moët & Chandon|Krug|Bollinger|Taittinger|Louis Roederer|Laurent-Perrier|"
    "Billecart-Salmon|Pol Roger|Ruinart|Perrier-Jouët|Charles Heidsieck|Piper-Heidsieck|"
    "Guinness|Stella Artois|Beck's|Leffe|Duvel|Sam Adams|Samuel Smith|Peroni|Moretti|"
    "Paulaner|Franziskaner|Erdinger|Warsteiner|Bitburger|Krombacher|Grolsch|Heineken|"
    "Carlsberg|Tuborg|Kronenbourg|Pilsner Urquell|Kozel|Staropramen|Żywiec|Lech|Tyskie|"
    "Corona|Modelo|Pacífico|Dos Equis|Sol|Tecate|Quilmes|Brahma|Skol|Kirin|Asahi|Sapporo|"
    "Tsingtao|Tiger|Singha|Chang|Leo|Bintang|San Miguel|Red Horse|Kingfisher|Cobra|"
    "Dr Pepper|Mr Pibb|Mountain Dew|Fanta|Sprite|Irn-Bru|Lilt|Tango|Vimto|Ribena|"
    "Lucozade|Oasis|Robinsons|Ocean Spray|Tropicana|Innocent|Capri-Sun|Um Bongo|Nesquik|"
    "Ovaltine|Horlicks|Milo|Bournvita|Yakult|Actimel|Frappuccino|Flat White|Cortado|"
    "Americano coffee|Affogato|Caffè Corretto|Irish Coffee|Café Bombón|Einspänner|"
    "Wiener Melange|Kaiser Melange|Maria Theresia coffee|Pharisäer|Rüdesheimer Kaffee"
)
_HOLIDAYS = _s(
    "St Patrick's Day|Valentine's Day|Saint Nicholas Day|Guy Fawkes Night|"
    "Martin Luther King Jr. Day|Thanksgiving|Halloween|Christmas Eve|Boxing Day|"
    "New Year's Eve|Easter Monday|Good Friday|Shrove Tuesday|Pancake Day|Ash Wednesday|"
    "Mother's Day|Father's Day|Burns Night|St Andrew's Day|St David's Day|St George's Day|"
    "St Lucia's Day|Saint John's Eve|Midsummer|Walpurgis Night|Bonfire Night|Diwali|Holi|"
    "Eid al-Fitr|Hanukkah|Purim|Lunar New Year|Mid-Autumn Festival|Día de los Muertos|"
    "Carnival|Mardi Gras|Oktoberfest|Black Friday|Cyber Monday|Prime Day|Singles' Day|"
    "Small Business Saturday|Giving Tuesday|Record Store Day|Star Wars Day|Pi Day|"
    "Towel Day|Bloomsday|Talk Like a Pirate Day|World Book Day|Earth Day|Labour Day|"
    "Whit Monday|Ascension Day|Epiphany|Candlemas|Michaelmas|All Saints' Day|Advent"
)
_ROLES = _s(
    "Account Manager|Dean|Product Owner|Scrum Master|Head Chef|Sous Chef|Sommelier|"
    "Barista|Store Manager|Duty Manager|Floor Supervisor|Customer Success Lead|"
    "Community Manager|Moderator|Admin|Super Admin|Game Master|Dungeon Master|Quizmaster|"
    "Team Captain|Vice Captain|Treasurer|Secretary|Chairperson|Club President|Head Coach|"
    "Assistant Coach|Physio|Referee|Umpire|Linesman|Caddie|Steward|Purser|Captain|"
    "First Officer|Concierge|Bellhop|Head Gardener|Curator|Archivist|Librarian|Registrar|"
    "Bursar|Provost|Chancellor|Vice-Chancellor|Principal|Headteacher|Form Tutor|"
    "Personal Shopper|Stylist|Buyer|Merchandiser|Brand Ambassador|Influencer|"
    "Sales Associate|Cashier|Stock Controller|Delivery Driver|Courier|Postmaster|"
    "Tour Guide|Lifeguard|Ski Instructor|Yoga Teacher|Personal Trainer|Bartender|Mixologist"
)
_TOYS_GAMES = _s(
    "Mr. Potato Head|Mrs. Potato Head|Jenga|Twister|Operation|Cluedo|Colonel Mustard|"
    "Miss Scarlett|Professor Plum|Mrs. Peacock|Reverend Green|Mrs. White|Dr. Black|"
    "Guess Who? Anita|Guess Who? Bernard|Monopoly|Rich Uncle Pennybags|Mr. Monopoly|"
    "Scrabble|Boggle|Yahtzee|Uno|Catan|Carcassonne|Ticket to Ride|Wingspan|Azul|Agricola|"
    "Dominion|Pandemic|Gloomhaven|Terraforming Mars|Everdell|Root|Scythe|Cascadia|Patchwork|"
    "Sushi Go!|Codenames|Dixit|Mysterium|Betrayal at House on the Hill|Arkham Horror|"
    "Lego Friends Olivia|Lego Friends Mia|Lego Friends Stephanie|Lego Emmet|Lego Wyldstyle|"
    "Playmobil Noah|Hot Wheels Bone Shaker|Tonka|Meccano|Sylvanian Families|Hatchimals|"
    "Beanie Babies Princess|Peace Bear|Ty Garcia|Tickle Me Elmo|Elmo|Big Bird|Bert|Ernie|"
    "Cookie Monster|Oscar the Grouch|Grover|Kermit|Miss Piggy|Fozzie|Gonzo|Animal|"
    "Rowlf|Beaker|Dr. Bunsen Honeydew|Statler|Waldorf|Sooty|Sweep|Basil Brush|Zippy and George|"
    "Bungle|Mr. Blobby|Pingu|Wallace|Gromit|Shaun the Sheep|Morph|Bagpuss|Clangers|"
    "Tiny Tina|Claptrap|Handsome Jack|Moxxi|Lilith|Tannis|Zer0|Krieg|Gaige|Axton|Maya"
)
_SYNDROME_EPONYM_FOODS = _s(
    "Sandwich|Cardigan|Wellington boots|Leotard|Bloomers|Mackintosh|Stetson|Fedora|"
    "Derby hat|Biro|Hoover|Diesel engine|Saxophone|Guillotine|Boycott|Silhouette|"
    "Nicotine|Shrapnel|Braille|Morse code|Petri dish|Bunsen burner|Ferris wheel|Jacuzzi|"
    "Zeppelin|Frisbee|Rubik's Snake|Tupperware|Birkenstock|Doc Martens|Dr. Martens|"
    "Crocs Classic|Vans Old Skool|Converse Chuck Taylor|Stan Smith|Adidas Samba|Adidas Gazelle|"
    "Nike Air Jordan|Air Max|Nike Cortez|Nike Blazer|Puma Suede|Reebok Classic|Onitsuka Tiger|"
    "New Balance 990|Asics Gel-Kayano|Hoka Clifton|Hoka Bondi|Brooks Ghost|Brooks Adrenaline|"
    "Saucony Jazz|Mizuno Wave Rider|Salomon Speedcross|Merrell Moab|Teva Hurricane|"
    "Chelsea boots|Oxford shoes|Mary Janes|Kitten heels|Louboutins|Manolo Blahniks|"
    "Jimmy Choos|Hermès Birkin|Hermès Kelly|Lady Dior|Chanel 2.55|Chanel Boy|Gucci Jackie|"
    "Fendi Baguette|Bottega Jodie|Prada Re-Edition|Mulberry Alexa|Mulberry Bayswater|"
    "Marc Jacobs Tote|Coach Tabby|Kate Spade|Michael Kors|Tory Burch|Ralph Lauren|"
    "Calvin Klein|Tommy Hilfiger|Hugo Boss|Karl Lagerfeld|Vivienne Westwood|Stella McCartney|"
    "Alexander McQueen|Paul Smith|Ted Baker|Ben Sherman|Fred Perry|Lyle & Scott|Barbour|"
    "Jack Wills|Joules|Boden|Laura Ashley|Cath Kidston|Emma Bridgewater|Orla Kiely|"
    "Jo Malone|Charlotte Tilbury|Bobbi Brown|Estée Lauder|Elizabeth Arden|Helena Rubinstein|"
    "Max Factor|Mary Kay|Yves Saint Laurent|Christian Dior|Coco Chanel|Giorgio Armani|"
    "Dolce & Gabbana|Valentino|Versace|Gianni Versace|Salvatore Ferragamo|Miu Miu|"
    "Stella Artois glass|Anna Sui|Isabel Marant|Jacquemus|Simone Rocha|Molly Goddard|"
    "Cecilie Bahnsen|Ganni|Rixo|Kitri|Sézane|Rouje|Réalisation Par|Faithfull the Brand|"
    "Tesla Powerwall|Ford Transit Connect|Bosch Serie 8|Siemens iQ700|Miele Triflex|"
    "Dyson Airwrap|Dyson Supersonic|Philips Sonicare|Oral-B iO|Braun Series 9|Gillette Fusion|"
    "Wilkinson Sword|Remington|Babyliss|Carmen hairdryer|Revlon One-Step|Ghd Platinum"
)
_FONTS = _s(
    "Helvetica|Garamond|Baskerville|Bodoni|Didot|Futura|Gill Sans|Franklin Gothic|Frutiger|"
    "Univers|Caslon|Times New Roman|Verdana|Tahoma|Calibri|Cambria|Candara|Consolas|"
    "Constantia|Corbel|Segoe UI|Roboto|Lato|Raleway|Inter|Poppins|Nunito|Lora|Merriweather|"
    "Rockwell|Palatino|Optima|Avenir|Gotham|Proxima Nova|Brandon Grotesque|Sabon|Bembo|"
    "Jenson|Clarendon|Cooper Black|Comic Sans|Eurostile|Akzidenz|Fira Sans|Source Serif|"
    "Noto Sans|Open Sans|Montserrat Alternates|Josefin Sans|Karla|Rubik|Manrope|Barlow|"
    "Oswald|Bebas Neue|Playfair Display|Libre Baskerville|Crimson Pro|EB Garamond|"
    "Cormorant|Alegreya|Vollkorn|Spectral|Zilla Slab|Roboto Mono|JetBrains Mono|Hack|"
    "Menlo|Monaco|Courier|Lucida|Trebuchet|Century Gothic|Bauhaus|Baskerville Old Face"
)
_BREEDS = _s(
    "Jack Russell|Dobermann|Gordon Setter|King Charles Spaniel|Cavalier King Charles|"
    "Parson Russell|Sealyham|Bichon Frise|Cocker Spaniel|Springer Spaniel|Golden Retriever|"
    "Labradoodle|Cockapoo|Cavapoo|Schnauzer|Dachshund|Beagle|Basset Hound|Bloodhound|"
    "Whippet|Greyhound|Saluki|Borzoi|Samoyed|Husky|Malamute|Akita|Shiba Inu|Corgi|Sheltie|"
    "Collie|Papillon|Pomeranian|Pug|Boxer|Rottweiler|Leonberger|Newfoundland|Bernese|"
    "Maine Coon|Ragdoll|Sphynx|Bengal|Persian|Birman|Siamese|Burmese|Abyssinian|"
    "Norwegian Forest|Devon Rex|Cornish Rex|Scottish Fold|Russian Blue|British Shorthair|"
    "Holstein|Jersey cow|Hereford|Angus|Wagyu|Highland cattle|Texel|Merino|Suffolk sheep|"
    "Shetland pony|Clydesdale|Shire horse|Percheron|Lipizzaner|Haflinger|Appaloosa|Mustang"
)
_SWEETS = _s(
    "Haribo Goldbears|Jelly Babies|Wine Gums|Midget Gems|Rowntree's Fruit Pastilles|"
    "Cadbury Dairy Milk|Cadbury Flake|Cadbury Crunchie|Terry's Chocolate Orange|"
    "Thorntons Continental|Lindt Lindor|Ferrero Rocher|Raffaello|Kinder Bueno|Milka|"
    "Ritter Sport|Côte d'Or|Leonidas|Godiva|Neuhaus|Guylian|Hotel Chocolat|Green & Black's|"
    "Godiva Goldmark|Baci Perugina|Mon Chéri|Merci|Toffifee|Werther's Chewy|Rolo|Aero|"
    "Maltesers|Smarties|Quality Street|Celebrations|Heroes|Roses chocolates|Milk Tray|"
    "After Eight|Bounty|Snickers|Milky Bar|Yorkie|Boost|Picnic|Double Decker|Wispa|"
    "Twirl|Fudge|Caramac|Walnut Whip|Tunnock's Teacake|Jaffa Cakes|Penguin|Club|"
    "Hobnobs|Rich Tea|Custard Creams|Bourbon biscuits|Jammie Dodgers|Party Rings|"
    "Viennese Whirls|Florentine biscuits|Lotus Biscoff|Oreo|Chips Ahoy!|Pepperidge Farm Milano|"
    "Famous Amos|Mrs. Fields|Otis Spunkmeyer|Little Debbie Oatmeal Creme Pie|Hostess Twinkie|"
    "Ben & Jerry's Cherry Garcia|Ben & Jerry's Phish Food|Häagen-Dazs|Magnum|Cornetto|"
    "Solero|Calippo|Twister lolly|Feast|Fab|Mini Milk|Viennetta|Carte d'Or|Mövenpick"
)


THINGS: dict[str, tuple[str, ...]] = {
    "game": _GAME,
    "film": _FILM_BOOK,
    "hero": _HEROES,
    "mascot": _MASCOTS,
    "bot": _ASSISTANTS,
    "doll": _DOLLS,
    "vacuum": _VACUUMS,
    "dish": _DISHES,
    "cocktail": _COCKTAILS,
    "poss": _POSSESSIVE,
    "car": _CARS,
    "line": _LIGHT_DIVE_GEAR,
    "dash": _DASH,
    "eponym": _LAWS,
    "unit": _UNITS,
    "award": _AWARDS,
    "grape": _GRAPES,
    "fruit": _APPLES,
    "flower": _ROSES,
    "colour": _COLOURS,
    "perfume": _PERFUME,
    "dance": _MOVEMENT,
    "ship": _SHIPS,
    "horse": _HORSES,
    "storm": _STORMS,
    "boat": _BOATS,
    "room": _ROOMS,
    "team": _TEAMS,
    "pet": _PET,
    "soft": _SOFTWARE,
    "host": _HOSTS,
    "codename": _CODENAMES,
    "cheese": _CHEESES,
    "drink": _DRINKS,
    "holiday": _HOLIDAYS,
    "role": _ROLES,
    "toy": _TOYS_GAMES,
    "fashion": _SYNDROME_EPONYM_FOODS,
    "font": _FONTS,
    "breed": _BREEDS,
    "sweet": _SWEETS,
}

# A thing that carries a place's name is dropped: a place is always a labelled LOCATION.
_PLACE_WORDS = frozenset(
    _s(
        "chicago|cairo|vienna|toronto|monte|carlo|moscow|manchester|edinburgh|jerusalem|"
        "paris|maine|madrid|baltimore|iona|ventura|sun valley|mendocino|barcelo|"
        "lincolnshire|cornish|amsterdam|oxford|chelsea|derby|charleston|apeldoorn|"
        "wellington|caledonian|bernina|glacier|indian|pacific|hague|india|stiffkey|"
        "lulworth|bath|lichfield|harlow|wollerton|jersey|arran|alicante|marzano|roma|"
        "cherokee|blenheim|worcester|york|anjou|bourgogne|samsø|russian|mahón|beemster|"
        "americano|irish|wiener|rüdesheimer|sweden|kent|scots|londonderry|norfolk|oz|"
        "shetland|clydesdale|suffolk|highland|newfoundland|bernese|norwegian|scottish|"
        "british|devon|persian|siamese|burmese|abyssinian|maltese|hereford|angus|"
        "lancashire|cheshire|cashel|winchester|brandywine|spanish|english|african|"
        "arendelle|bayswater|beverly|hills|barcelona|mallorca|malibu|granada|cayenne|"
        "seville|kentucky|texas|alaska|nevis|valdez|truro|dominion|camel|windsor|"
        "emmental|appenzeller|gruyère|manchego|americano|gothic|jaffa|ghan|"
        "smeralda|colston|bassett|cropwell|montgomery|keen|gubbeen|durrus|coolea|"
        "ardrahan|samsø|esrom|leerdammer|jarlsberg|västerbottensost|perugina|côte"
    )
)
_POOL_PLACES = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(p.lower()) for p in ALL_PLACES) + r")(?!\w)"
)
for _k, _v in list(THINGS.items()):
    THINGS[_k] = tuple(
        t
        for t in _v
        if not (set(re.findall(r"[^\W\d_]+", t.lower())) & _PLACE_WORDS)
        and not _POOL_PLACES.search(t.lower())
    )

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

THING_WORDS: frozenset[str] = frozenset(
    w.lower() for items in THINGS.values() for t in items for w in _WORD.findall(t)
)
