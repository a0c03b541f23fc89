"""Things named like people, and other decoys, for `train_h` (shopping and retail).

Written blind (only `pii_corpus/__init__.py` and `validity.py` were read), every entry typed
from memory. `THINGS` holds, by category, brands, shops, products, characters, mascots,
assistants, dishes, drinks, cheeses, grape, apple, rose and vegetable varieties, paint
colours and finishes, perfumes and make-up, yoga and dance styles, ships, trains,
racehorses, storms, awards, laws, units, conditions, models, codenames, hostnames and tools
that carry a person's name or look like one. None of them is ever a gold span: they teach
the model that a capitalised pair that could be a name is often a thing. No thing names a
place, a street or a venue. `THING_WORDS` (every word of every thing) is the list the tests
allow in clean prompts even where a word is also a name of the hand-written pools.
"""

from __future__ import annotations

import re


def _items(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split("|") if item.strip())


THINGS: dict[str, tuple[str, ...]] = {
    "fashion": _items(
        "Tom Ford|Ralph Lauren|Calvin Klein|Hugo Boss|Marc Jacobs|Kate Spade|Tory Burch|"
        "Michael Kors|Giorgio Armani|Christian Dior|Yves Saint Laurent|Jimmy Choo|Paul Smith|"
        "Ted Baker|Karl Lagerfeld|Vera Wang|Tommy Hilfiger|Fred Perry|Ben Sherman|"
        "Stella McCartney|Vivienne Westwood|Alexander McQueen|Laura Ashley|Cath Kidston|"
        "Jean Paul Gaultier|Carolina Herrera|Paco Rabanne|Louis Vuitton|Salvatore Ferragamo|"
        "Oscar de la Renta|Dolce & Gabbana|Abercrombie & Fitch|Levi's|Dr. Martens|"
        "Kurt Geiger|Dorothy Perkins|Karen Millen|Jack Wills|Miss Selfridge|Max Mara|"
        "Diane von Furstenberg|Isabel Marant|Alice + Olivia|Tommy Jeans|Emilio Pucci|"
        "Roberto Cavalli|Anna Sui|Betsey Johnson|Steve Madden|Sam Edelman|Sophia Webster|"
        "Manolo Blahnik|Christian Louboutin|Hunter boots|Charles Tyrwhitt|Thomas Pink"
    ),
    "shop": _items(
        "Sainsbury's|Marks & Spencer|John Lewis|Harrods|Selfridges|Debenhams|Macy's|"
        "Nordstrom|Kohl's|Trader Joe's|Dillard's|Barnes & Noble|Waterstones|WHSmith|"
        "Fortnum & Mason|Hamleys|Morrisons|Walgreens|Sam's Club|Claire's|Victoria's Secret|"
        "Lidl|Aldi|Wendy's|McDonald's|Tim Hortons|Dunkin'|Carl's Jr.|Domino's|Papa John's|"
        "Ben & Jerry's|Hobbs|Joules|Jigsaw|Reiss|Phase Eight|Lakeland|Dunelm|Wickes|"
        "Homebase|Screwfix|Lowe's|Menards|Bunnings|Hornbach|Obi|Bauhaus|Leroy Merlin|"
        "Ace Hardware|Habitat|Heal's|Liberty|Jo Malone|Neal's Yard Remedies|"
        "Holland & Barrett|Hotel Chocolat|Thorntons|Whittard|Carluccio's|Nando's|Frankie & Benny's"
    ),
    "brand": _items(
        "Ford|Tesla|Ferrari|Lamborghini|Porsche|Bosch|Miele|Dyson|Philips|Siemens|Braun|"
        "Heinz|Kellogg's|Cadbury|Nestlé|Hershey's|Mars|Dr Pepper|Sara Lee|Betty Crocker|"
        "Duncan Hines|Uncle Ben's|Little Debbie|Marie Callender's|Birds Eye|Mrs. Butterworth's|"
        "Newman's Own|Paul Newman salad dressing|Wolfgang Puck|Gordon Ramsay cookware|"
        "Jamie Oliver range|Le Creuset|Mercedes-Benz|Rolls-Royce|Aston Martin|Chevrolet|"
        "Dodge|Chrysler|Citroën|Peugeot|Renault|Opel|Daimler|Lancia|Bugatti|Maserati|"
        "Martin guitars|Gibson|Fender|Steinway|Yamaha|Hoover|Kenwood|Morphy Richards|"
        "Russell Hobbs|Breville|Dualit|Smeg|Zanussi|Hotpoint|Tefal|Gillette|Wilkinson Sword|"
        "Johnson & Johnson|Procter & Gamble|Colgate|Nivea|Garnier|L'Oréal|Estée Lauder|"
        "Clarins|Lancôme|Elizabeth Arden|Max Factor|Helena Rubinstein|Bobbi Brown|"
        "Charlotte Tilbury|Pat McGrath Labs|Huda Beauty|Kylie Cosmetics|Fenty Beauty|"
        "Rare Beauty|Paula's Choice|Kiehl's|Burt's Bees|Aveda|Vichy|"
        "La Roche-Posay|Annie Sloan|Benjamin Moore|Sherwin-Williams|Farrow & Ball|"
        "Little Greene|Johnstone's|Ronseal|Cuprinol|Mylands|Valspar|Dulux|Crown|Sadolin|"
        "Stanley tools|Black+Decker|DeWalt|Makita|Ryobi|Hilti|Festool|Einhell|Husqvarna|"
        "Fiskars|Spear & Jackson|Wilkinson|Gardena|Stihl|Karcher|Weber|Traeger|"
        "Ferrero Rocher|Kinder|Lindt|Toblerone|Milka|Werther's Original|Haribo|Jelly Belly|"
        "Mr Kipling|Mrs Crimble's|Tyrrells|Walkers|Pringles|Ben's Original|Dolmio|"
        "Lloyd Grossman sauces|Loyd Grossman|Levi Roots|Bertolli|Barilla|Buitoni|De Cecco|"
        "Dr. Oetker|Knorr|Maggi|Hellmann's|McCormick|Schwartz|Colman's|Lea & Perrins|"
        "Tate & Lyle|Twinings|Lipton|Tetley|Whittard|Nespresso|Lavazza|Illy|Segafredo|"
        "Douwe Egberts|Jacobs|Tchibo|Melitta|Peet's|Dunkin' Donuts|Starbucks Reserve"
    ),
    "character": _items(
        "Harry Potter|Hermione Granger|Ron Weasley|Sherlock Holmes|Dr Watson|Mario|Luigi|"
        "Princess Peach|Lara Croft|Indiana Jones|James Bond|Peter Rabbit|Paddington|"
        "Winnie the Pooh|Barbie|Ken|Elsa|Olaf|Spider-Man|Captain America|Wonder Woman|"
        "Darth Vader|Luke Skywalker|Han Solo|Princess Leia|Frodo|Gandalf|Hello Kitty|"
        "Peppa Pig|George Pig|Bluey|Bingo|Dora the Explorer|Bob the Builder|"
        "Thomas the Tank Engine|Mickey Mouse|Minnie Mouse|Donald Duck|Scooby-Doo|"
        "Homer Simpson|Bart Simpson|Buzz Lightyear|Woody|Shrek|Pikachu|Sonic|Link|Zelda|"
        "Master Chief|Geralt|Kratos|Captain Jack Sparrow|Willy Wonka|Mary Poppins|"
        "Matilda|Miss Marple|Hercule Poirot|Jane Eyre|Mr Darcy|Elizabeth Bennet|Tintin|"
        "Asterix|Obelix|Garfield|Snoopy|Charlie Brown|Curious George|Miffy|Madeline|"
        "Fireman Sam|Postman Pat|Noddy|Paw Patrol Chase|Lightning McQueen|Wallace and Gromit|"
        "Shaun the Sheep|Mr Bean|Captain Haddock|Moana|Ariel|Cinderella|Rapunzel|Mulan|"
        "Aladdin|Jasmine|Simba|Stitch|Kirby|Yoshi|Bowser|Donkey Kong|Crash Bandicoot|"
        "Solid Snake|Arthur Morgan|Ellie|Joel|Aloy|Nathan Drake|Max Payne|Sam Fisher"
    ),
    "mascot": _items(
        "Ronald McDonald|Colonel Sanders|Tony the Tiger|Mr. Peanut|the Michelin Man|"
        "Chester Cheetah|the Pillsbury Doughboy|Cap'n Crunch|Captain Birdseye|"
        "the Jolly Green Giant|Mr. Clean|Mr Muscle|Aunt Bessie|Betty Boop|the Honey Monster|"
        "Tony the Tiger plush|Bibendum|Ronald|Julius Pringle|Wendy"
    ),
    "assistant": _items(
        "Alexa|Siri|Cortana|Bixby|Google Assistant|Erica|Jarvis|Clippy|Copilot|Gemini|"
        "Claude|Einstein bot|Watson Assistant|Ada chatbot|Sophie the shopping bot|Nina|"
        "Max the support bot|Lily (virtual assistant)"
    ),
    "dish": _items(
        "Eggs Benedict|Beef Wellington|Caesar salad|Pizza Margherita|Peach Melba|Pavlova|"
        "Fettuccine Alfredo|Carpaccio|Chicken à la King|Bananas Foster|Lobster Thermidor|"
        "Oysters Rockefeller|Cobb salad|Reuben sandwich|Crêpes Suzette|Apple Charlotte|"
        "Madeleines|Garibaldi biscuits|Battenberg cake|Tarte Tatin|"
        "Beef Stroganoff|General Tso's chicken|Kung Pao chicken|Pasta alla Norma|"
        "Marie biscuits|Chateaubriand|Béchamel sauce|Mornay sauce|Pommes Anna|Sachertorte|"
        "Mozartkugeln|Kaiserschmarrn|Nachos|"
        "Eggs Sardou|Veal Orloff|Clams Casino|Shrimp Louie|Crab Louie|Cherries Jubilee|"
        "Chicken Tetrazzini|Oysters Kilpatrick|Lamington|Anzac biscuits|Beef Bourguignon|"
        "Sole Véronique|Pêche Melba|Charlotte russe|Fraisier|Saint Honoré cake|"
        "Rum Baba|Baba ganoush|Imam bayildi|Pasta Carbonara|"
        "Sloppy Joe|Po' boy|Kaiser roll|Graham crackers|Oreo|"
        "Arnold Bennett omelette|Kedgeree|Sally Lunn bun"
    ),
    "drink": _items(
        "Tom Collins|John Collins|Bloody Mary|Shirley Temple|Arnold Palmer|Rob Roy|"
        "Margarita|Bellini|Rossini|Negroni|Harvey Wallbanger|Mary Pickford|Tom and Jerry|"
        "Mai Tai|Hugo spritz|Jack Rose|Sazerac|Gibson|Gin Rickey|Earl Grey|Lady Grey|"
        "Dr Pepper|Tia Maria|Jägermeister|Baileys|Jack Daniel's|Jim Beam|Johnnie Walker|"
        "Captain Morgan|Jameson|Don Julio|José Cuervo|Dom Pérignon|Veuve Clicquot|Moët|"
        "Bollinger|Krug|Ruinart|Pimm's|Smirnoff|Tanqueray|Hendrick's|Gordon's|Beefeater|"
        "Stella Artois|Guinness|Heineken|Beck's|Carlsberg|Sam Adams|Samuel Smith's|"
        "Old Fashioned|Tom Thumb|Ramos Gin Fizz|Aviation|Bee's Knees|"
        "Hanky Panky|Vesper|Martinez|Sidecar|Mojito|Paloma|Daiquiri|Clover Club|"
        "Lillet|Aperol Spritz|Campari|Fernet|Frangelico|Amaretto Disaronno|Drambuie|"
        "Cointreau|Grand Marnier|Chartreuse|Benedictine|Rémy Martin|Hennessy|Courvoisier|"
        "Martell|Glenfiddich|Laphroaig|Jack Honey|Maker's Mark|Wild Turkey|Elijah Craig|"
        "Evan Williams|Old Forester|Buffalo Trace|Pappy Van Winkle|Bacardi|"
        "Kraken|Sailor Jerry|Mount Gay|Appleton Estate|Ting|Irn-Bru|Fanta|Sprite|"
        "Lucozade|Ribena|Vimto|Orangina|Schweppes|Fever-Tree|Fentimans|Barr's|"
        "Snapple|Monster|Red Bull|Dr. Brown's|Mr Pibb|Barq's"
    ),
    "cheese": _items(
        "Boursin|Saint Agur|Brillat-Savarin|Monterey Jack|Colby Jack|Babybel|Président|"
        "Caprice des Dieux|Mimolette|Reblochon|Raclette|Saint Marcellin|Saint Albray|"
        "Chaumes|Le Roulé|Pecorino Romano|Laughing Cow|"
        "La Vache qui rit|Castello|Saint Félicien|"
        "Stinking Bishop|"
        "Kaltbach|Leerdammer|Boerenkaas|Perl Las"
    ),
    "grape": _items(
        "Pinot Noir|Pinot Grigio|Pinot Blanc|Cabernet Sauvignon|Cabernet Franc|Merlot|"
        "Malbec|Grenache|Tempranillo|Sangiovese|Nebbiolo|Barbera|Riesling|Chardonnay|"
        "Viognier|Gewürztraminer|Müller-Thurgau|Sauvignon Blanc|Chenin Blanc|Zinfandel|"
        "Carménère|Petit Verdot|Mourvèdre|Albariño|Verdejo|Gamay|Dolcetto|Primitivo|"
        "Grüner Veltliner|Marsanne|Roussanne|Vermentino|Pinotage|Durif|Syrah|Petite Sirah|"
        "Trebbiano|Aglianico|Touriga Nacional|Xinomavro|"
        "Assyrtiko|Furmint|Blaufränkisch|Zweigelt|Dornfelder|Silvaner|Scheurebe|Bacchus|"
        "Ortega|Regent|Rondo|Madeleine Angevine|Seyval Blanc|Solaris|Johanniter|Muscat"
    ),
    "apple": _items(
        "Granny Smith|Pink Lady|Golden Delicious|Cox's Orange Pippin|Jonagold|Jonathan|"
        "McIntosh|Honeycrisp|Jazz|Gala|Bramley|Ambrosia|Cripps Pink|Lady Alice|Ben Davis|"
        "Northern Spy|Arthur Turner|Egremont Russet|James Grieve|Discovery|Evelina|Kanzi|"
        "Rubens|Pinova|Elstar|Topaz|Santana|Red Delicious|Winesap|Ida Red|Cameo|Envy|"
        "Opal|Cosmic Crisp|Laxton's Superb|Charles Ross|Lord Lambourne|Sunset|Katy|"
        "Ellison's Orange|Doctor Harvey|Peasgood's Nonsuch|Conference pear|"
        "Doyenné du Comice|Williams pear|Beth pear|Concorde pear|Marjorie's Seedling"
    ),
    "rose": _items(
        "Gertrude Jekyll|Graham Thomas|Princess Anne|Lady Emma Hamilton|Queen Elizabeth|"
        "Peace|Iceberg|Munstead Wood|Darcey Bussell|Olivia Rose Austin|Boscobel|"
        "Claire Austin|Eden|Just Joey|Mister Lincoln|Double Delight|Albertine|"
        "Madame Alfred Carrière|Constance Spry|Félicité Perpétue|Zéphirine Drouhin|"
        "Desdemona|Emily Brontë|Lady of Shalott|Roald Dahl rose|Gabriel Oak|"
        "Thomas à Becket|Sceptre'd Isle|Vanessa Bell|"
        "Nelly Moser clematis|Hydrangea Annabelle|Fuchsia Lady Boothby|Clematis Bill MacKenzie|"
        "Rosa Mundi|Madame Hardy|Louise Odier|Souvenir de la Malmaison|Ferdinand Pichard|"
        "Jacques Cartier|William Shakespeare 2000"
    ),
    "vegetable": _items(
        "Maris Piper|King Edward|Charlotte potatoes|Kerr's Pink|Desiree|Rooster|Anya|"
        "Pink Fir Apple|Moneymaker tomato|Gardener's Delight|Sungold|"
        "Brandywine|Cherokee Purple|Green Zebra|Tigerella|Sweet Million|"
        "Scarlet Emperor|Painted Lady runner bean|Hurst Green Shaft|Little Gem|Lollo Rosso|"
        "Webbs Wonderful|Tom Thumb lettuce|Bull's Blood beetroot|Boltardy|"
        "Autumn King|Sturon|Red Baron|"
        "Romanesco|Cavolo Nero|Crown Prince squash|Uchiki Kuri|Jack Be Little|Atlantic Giant|"
        "Marmande|Rosa Bianca aubergine|Scotch Bonnet"
    ),
    "paint": _items(
        "Rose Gold|Elephant's Breath|Mole's Breath|Cornforth White|Pavilion Gray|"
        "Skimming Stone|Railings|Setting Plaster|Hale Navy|Revere Pewter|Edgecomb Gray|"
        "Chantilly Lace|Simply White|Agreeable Gray|Naval|Tricorn Black|Alabaster|"
        "Sulking Room Pink|Dead Salmon|Arsenic|Charlotte's Locks|Cook's Blue|Dix Blue|"
        "Babouche|Pelt|Calamine|Jitney|Mizzle|Peignoir|Mouse's Back|Hardwick White|"
        "Down Pipe|Pigeon|Card Room Green|Lamp Room Gray|Smoked Trout|"
        "Oval Room Blue|Wevet|Joa's White|School House White|James White|"
        "Dimity|Pointing|All White|Strong White|Slipper Satin|Drop Cloth|Bone White|"
        "Antique Brass|Champagne Gold|Brushed Nickel|Polished Chrome|Matte Black|"
        "Eggshell|Satinwood|Matt Emulsion|Estate Emulsion|Modern Emulsion|Dead Flat|"
        "Full Gloss|Chalk Paint|Old White|Duck Egg Blue|Emperor's Silk|"
        "Henrietta|Graphite|Olive|Primer Red|"
        "Sage Green|Heritage Grey|Jasmine White|Timeless|Nutmeg White|"
        "Mary's Rose|Lord Lambourne red|Ammonite"
    ),
    "perfume": _items(
        "Chanel No. 5|Miss Dior|J'adore|Black Opium|Flowerbomb|La Vie Est Belle|"
        "Daisy by Marc Jacobs|Good Girl|Angel by Mugler|Alien|Coco Mademoiselle|Si by Armani|"
        "Sauvage|Bleu de Chanel|Acqua di Giò|Light Blue|Pillow Talk|NARS Orgasm|Hoola|"
        "Naked palette|Ruby Woo|Sky High mascara|Boy Brow|Black Honey|Double Wear|Idôle|"
        "Wood Sage & Sea Salt|Gypsy Water|Santal 33|Lost Cherry|Oud Wood|Baccarat Rouge 540|"
        "Shalimar|Mon Guerlain|Opium|Poison|Hypnotic Poison|Jean Paul Gaultier Le Male|"
        "Terre d'Hermès|Aventus|Eros|Bright Crystal|Euphoria|Obsession|Eternity|Cloud|"
        "Mademoiselle|Charlie Red|Charlie Blue|Sweet Honesty|Youth Dew|Anaïs Anaïs|"
        "Angel Nova|Alien Goddess|Libre|Scandal|Marc Jacobs Perfect|Kate Moss Vintage|"
        "Laura Mercier Translucent|Bobbi Brown Skin|Fenty Gloss Bomb|Rare Beauty Soft Pinch|"
        "Charlotte's Magic Cream|Lady Danger|Russian Red|Velvet Teddy|Heroine|Marilyn"
    ),
    "style": _items(
        "Iyengar yoga|Ashtanga|Bikram yoga|Vinyasa|Kundalini|Jivamukti|Anusara|Pilates|"
        "Feldenkrais|Alexander Technique|Zumba|Lindy Hop|Cha-cha|Foxtrot|Paso Doble|"
        "Vaganova method|Cecchetti method|Martha Graham technique|Horton technique|"
        "Dalcroze|Suzuki method|Montessori|Steiner kindergarten|Marie Kondo method|"
        "Atkins diet|Dukan diet|Cambridge diet|Jenny Craig|Wim Hof method|Joe Wicks workout|"
        "Jane Fonda workout|Buteyko breathing|Bates method|Kegel exercises|Tabata|Gracie jiu-jitsu"
    ),
    "vessel": _items(
        "Queen Mary 2|Cutty Sark|HMS Victory|Mayflower|Titanic|Santa Maria|Queen Anne|"
        "RRS Sir David Attenborough|Oceanic|Arcadia|Aurora|Iona|Ventura|Britannia|"
        "Flying Scotsman|Mallard|Orient Express|Eurostar|Frecciarossa|Rocket|Tornado|"
        "Sir Nigel Gresley|Evening Star|Mary Rose|Golden Hind|"
        "Endeavour|Beagle|Bounty|Edmund Fitzgerald|Costa Serena|Harmony of the Seas|"
        "Prinsendam|Hurtigruten Richard With|Frankel|Red Rum|Seabiscuit|"
        "Secretariat|Desert Orchid|Kauto Star|Enable|Sea The Stars|Galileo|Shergar|Arkle|"
        "Winx|Black Caviar|Constitution Hill|Rich Ricci|Denman|Tiger Roll|Best Mate|"
        "Storm Ciarán|Hurricane Katrina|Storm Eunice|Hurricane Sandy|Storm Babet|"
        "Hurricane Ian|Typhoon Haiyan|Storm Arwen|Hurricane Maria|Storm Dennis|"
        "Hurricane Harvey|Storm Isha|Storm Henk|Hurricane Otis|Storm Agnes"
    ),
    "award": _items(
        "Nobel Prize|Pulitzer|Booker Prize|Oscar|Emmy|Tony Award|James Beard Award|"
        "Red Dot Award|Stirling Prize|Turner Prize|Webby|Clio|Carnegie Medal|"
        "Caldecott Medal|Newbery Medal|Costa Book Award|Golden Globe|BAFTA|Grammy|Michelin star|"
        "Moore's law|Murphy's law|Parkinson's law|Godwin's law|Hooke's law|Ohm's law|"
        "Boyle's law|Sturgeon's law|Hofstadter's law|Conway's law|Metcalfe's law|"
        "Brooks's law|Pythagoras' theorem|Bayes' theorem|Fermat's Last Theorem|"
        "Dijkstra's algorithm|Kalman filter|Fourier transform|Boolean logic|Gaussian blur|"
        "Bézier curve|Pareto principle|Dunning-Kruger effect|Heimlich manoeuvre|"
        "Alzheimer's|Parkinson's|Crohn's disease|Hashimoto's|Raynaud's|Asperger's|"
        "Tourette's|Graves' disease|Addison's disease|Bell's palsy|Down syndrome|"
        "Ménière's disease|Sjögren's syndrome|Tommy John surgery|Achilles tendon|"
        "newton|watt|volt|ampere|ohm|joule|kelvin|hertz|pascal|tesla|decibel|Celsius|"
        "Fahrenheit|Scoville units|Mohs scale|Richter scale|Beaufort scale|Rockwell hardness|"
        "Pantone|Bluetooth|Diesel engine|Petri dish|Bunsen burner|Ferris wheel|Rubik's Cube|"
        "Jacuzzi|Zeppelin|Braille|Morse code|Caesarean|Molotov"
    ),
    "model": _items(
        "Ford Mustang|Ford Fiesta|Renault Zoe|Renault Clio|Nissan Micra|VW Polo|Opel Adam|"
        "Mazda Miata|Kia Carnival|Škoda Octavia|Škoda Fabia|Fiat Panda|Toyota Camry|"
        "Honda Jazz|Citroën Picasso|Opel Corsa|Alfa Romeo Giulia|Alfa Romeo Giulietta|"
        "Lancia Ypsilon|Land Rover Defender|Porsche Cayenne|Dacia Sandero|Kia Picanto|"
        "Nissan Leaf|Tesla Model Y|Mercedes A-Class|Citroën Ami|Renault Megane|Peugeot 208|"
        "Hyundai Kona|Toyota Corolla|Chevrolet Camaro|Mini Cooper|Morris Minor|Austin Healey|"
        "iPhone 15 Pro|Galaxy S24|Pixel 8|MacBook Air|ThinkPad X1 Carbon|Kindle Paperwhite|"
        "Echo Dot|PlayStation 5|Xbox Series X|Nintendo Switch|Surface Pro|AirPods Max|"
        "Roomba|Dyson V15|Nest Thermostat|Sonos Era 100|Bose QuietComfort|GoPro Hero|"
        "Fitbit Charge|Garmin Fenix|Lenovo Yoga|Dell XPS|Asus Zenbook|HP Spectre|"
        "Acer Aspire|Moto G|Nokia Lumia|BlackBerry Bold|Sony Bravia|LG Gram|Anker Soundcore|"
        "Thermomix|KitchenAid Artisan|Ninja Foodi|Instant Pot|Vitamix|Nutribullet|"
        "Barbie Dreamhouse|Ken doll|Baby Annabell|Baby Born|Polly Pocket|Betty Spaghetty|"
        "Cabbage Patch Kids|Sylvanian Families|My Little Pony|Tamagotchi|Furby|"
        "Tickle Me Elmo|Raggedy Ann|Teddy Ruxpin|Build-A-Bear|Lego Friends Olivia's House|"
        "Hot Wheels|Nerf|Jenga|Monopoly|Cluedo|Mr. Potato Head|Stretch Armstrong|"
        "Sindy doll|Action Man|G.I. Joe|Lottie doll|Jessie doll|American Girl Samantha|"
        "ALEX drawer unit|IVAR shelf|STEFAN chair|TOBIAS chair|INGOLF stool|BERNHARD chair|"
        "MARIUS stool|FRANKLIN bar stool|BILLY bookcase|KALLAX|MALM|HEMNES|POÄNG|EKTORP|"
        "KLIPPAN|LACK|PAX|FRIHETEN|SÖDERHAMN|NILS chair|TERJE chair|INGVAR lamp|HENRIKSDAL|"
        "INGATORP|JANINGE|ODGER|BJURSTA|LISABO|GUNDE|MARKUS office chair|GERTON|HELMER|"
        "ERIK drawer|SIGURD|BRIMNES|ELSA rug|KLARA curtain|SANELA|AGNES|GERDA"
    ),
    "tool": _items(
        "Project Jasper|Operation Nightingale|Blue Falcon|Kubernetes|Jenkins|Hudson|"
        "Ansible|Django|Flask|Pandas|Sphinx|Jupyter|Julia|Ada|Pascal|Haskell|Ruby|Rust|"
        "Kotlin|Dart|Elixir|Hugo|Jekyll|Gatsby|Sentry|Grafana|Kibana|Prometheus|"
        "Apache Cassandra|Jira|Confluence|Trello|Zendesk|Shopify|Magento|WooCommerce|"
        "Stripe|Klarna|Afterpay|Mailchimp|Salesforce|Marvin|IBM Watson|Hadoop|Sherlock|"
        "Bamboo|Travis CI|Mercurial|Tomcat|Jetty|Moodle|Drupal|Joomla|Wagtail|Ghost|"
        "Sinatra|Rails|Laravel|Symfony|Spring Boot|Celery|Luigi pipeline|Dagster|Airflow|"
        "Nessie|Hermes|Vercel|Heroku|Netlify|Cassandra|Athena|Apollo|Vega|Cleo|Otto|"
        "Operation Mincemeat|Project Gwen|Codename Matilda|Project Florence|Codename Bertha|"
        "jasper-01|mabel.prod|atlas-db-2|olga-cache-3|percy-worker-07|hermione-staging|"
        "gus-api-2|wanda-cron|ivy-search-01|doris-batch|edith-ml-04|otis-lb-1"
    ),
}

THING_CATEGORIES = tuple(sorted(THINGS))
ALL_THINGS = tuple(sorted({t for items in THINGS.values() for t in items}))

# Every word of every listed thing: the clean prompts may use these though some of them are
# also given or family names of the pools ("Marco Polo", "Tom Ford", "Granny Smith").
THING_WORDS: frozenset[str]

# --- other decoys ---------------------------------------------------------------------

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()
HOLIDAYS = _items(
    "Black Friday|Cyber Monday|Boxing Day|Valentine's Day|St. Patrick's Day|Mother's Day|"
    "Father's Day|Christmas Eve|Halloween|Easter|Diwali|Lunar New Year|Thanksgiving|"
    "Hanukkah|Eid|Prime Day|Singles' Day|New Year's Eve|Bonfire Night|Pancake Day|"
    "St. Nicholas Day|Labor Day|Memorial Day|Presidents' Day|Shrove Tuesday|Midsummer"
)
ROLES = _items(
    "Account Manager|Store Manager|Dean|Head Chef|Sommelier|Barista|Shift Lead|"
    "Customer Success Lead|Visual Merchandiser|Floor Supervisor|Returns Clerk|"
    "Duty Manager|Area Manager|Brand Ambassador|Beauty Advisor|Personal Shopper|Sous Chef|"
    "Maître d'|Head Gardener|Paint Specialist|Kitchen Designer|Stylist|Product Owner|"
    "Regional Director|Chief Buyer|Warehouse Lead|Delivery Driver|Key Holder|Cashier|"
    "Assistant Manager|Tech Advisor|Florist|Butcher|Cheesemonger|Colour Consultant|"
    "Fitting Room Attendant|Operations Director|Marketing Executive|Data Protection Officer"
)
TEAMS = _items(
    "Team Falcon|Returns Squad|Blue Team|Night Shift|Tiger Team|Team Orchid|Squad Kestrel|"
    "Growth Pod|Checkout Crew|Team Saffron|the Fulfilment Guild|Platform Tribe|Team Nova"
)
ROOMS = _items(
    "Boardroom B|the Orchid Room|Studio 4|the Ivy Suite|Meeting Room Saffron|"
    "the Garden Room|Kitchen Lab 2|the Mezzanine|Showroom C|the Blue Lounge"
)
HEADINGS = _items(
    "Order Summary|Delivery Details|Returns Policy|Customer Reviews|Frequently Asked "
    "Questions|Care Instructions|Tasting Notes|Product Details|Size Guide|Our Story|"
    "Chef's Specials|Seasonal Menu|Gift Ideas|New Arrivals|Spring Collection|Flash Sale|"
    "Terms And Conditions|Payment Methods|Track Your Order|Warranty Information|"
    "Planting Guide|Colour Of The Month|Weekend Brunch|Wine Pairings|Limited Edition"
)
CAMEL = _items(
    "OrderConfirmationMailer|CartTotalWidget|applyPromoCode|ShippingLabelService|"
    "ReturnRequestForm|loyaltyPointsBalance|ProductCardGrid|PaintMixerAPI|"
    "RecipeStepList|WineCellarSync|GiftWrapOption|checkoutButtonClicked|"
    "StockLevelAlert|MenuItemPrice|CouponEngine|BasketMergeJob|SizeChartModal"
)
COLOURS = _items(
    "Rose Gold|Midnight Blue|Sage Green|Ivory|Charcoal|Amber|Ruby Red|Jade|Olive|Violet|"
    "Blush Pink|Dusty Rose|Teal|Mustard|Terracotta|Navy|Oatmeal|Pearl White|Hazel|"
    "Coral|Lavender|Heather Grey|Forest Green|Cognac|Burgundy|Crimson|Mint|Sky Blue"
)
PRODUCTS = _items(
    "linen shirt|wool coat|serum|lipstick|cast-iron pan|oak dining table|velvet sofa|"
    "espresso machine|wireless earbuds|e-bike|garden hose|paint roller|hedge trimmer|"
    "ceramic planter|table lamp|duvet cover|running shoes|leather handbag|tennis racket|"
    "building set|wooden train set|board game|air fryer|coffee grinder|wine rack|"
    "bath towels|crib mattress|standing desk|gaming monitor|car seat|roof box|phone case"
)

THING_WORDS = frozenset(
    part.lower()
    for t in ALL_THINGS + COLOURS
    for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", t)
    for part in [w, *re.split(r"['’-]", w)]
    if part
)
