"""Things named like people (or carrying a person's name) for `train_p`: hand-written data,
never labelled. `PLACE_THINGS` hold a place's name and go only into personal prompts."""

from __future__ import annotations


def _s(text: str) -> tuple[str, ...]:
    return tuple(" ".join(x.split()) for x in text.split("|") if x.strip())


HAND: dict[str, tuple[str, ...]] = {
    "cakes": _s("""Victoria sponge|Battenberg cake|Pavlova|Peach Melba|Charlotte russe|Madeleines|
Sachertorte|Tarte Tatin|Bananas Foster|Apple Charlotte|Sally Lunn bun|Lady Baltimore cake|
Princess cake|Prinzregententorte|Lamingtons|Esterházy torte|Dobos torte|Rigó Jancsi|
Queen of Puddings|Mrs Beeton's trifle|Granny's crumble|Napoleon slice|Savarin|Crêpes Suzette|
Pêche Melba|Malakoff torte|Marie biscuits|Garibaldi biscuits|Nanaimo bars|Kaiserschmarrn|
Eszterházy slice|Tiramisu Nonna Lina|Mrs Crocombe's jam tart|Sticky toffee Jasper|
Auntie Pat's flapjack|Uncle Joe's mint balls|Bakewell Betty|Apple Betty|Brown Betty|
Jenny Lind cake|Sarah Bernhardt cakes|Tom Thumb tarts|Jaffa Cakes|Fondant Fancies"""),
    "dishes": _s("""Eggs Benedict|Caesar salad|Beef Wellington|Beef Stroganoff|Oysters Rockefeller|
Chicken à la King|Pizza Margherita|Carpaccio|Nachos|Reuben sandwich|Cobb salad|
Lobster Thermidor|Fettuccine Alfredo|Chateaubriand|Sole Meunière|Tournedos Rossini|
Eggs Florentine|Pommes Anna|Beef Carpaccio|Croque Madame|Croque Monsieur|Salisbury steak|
Chicken Tetrazzini|Crab Louie|Shrimp Louis|Baked Alaska|Sandwich Montecristo|
Pasta alla Norma|Spaghetti alla Nerano|Jansson's Temptation|Oeufs Bénédicte|Poulet Marengo|
Bismarck herring|Kedgeree|Welsh rarebit|Scotch egg|Toad in the hole|Bubble and squeak|
Chicken Maryland|Veal Orloff|Omelette Arnold Bennett|Eggs Sardou|Steak Diane|Potatoes Dauphinoise|
Club sandwich|Arnold's fish pie|Peking Pete's noodles|Dan Dan noodles|General Tso's chicken|
Kung Pao chicken|Ma Po tofu|Pad Kra Pao|Nasi Goreng Pak Harun|Biryani Karim|Earl's pie"""),
    "drinks": _s("""Hendrick's|Jameson|Jack Daniel's|Johnnie Walker|Tanqueray|Gordon's|Baileys|
Captain Morgan|Tia Maria|Dom Pérignon|Veuve Clicquot|Pimm's|Smirnoff|Grant's|Bell's|
Teacher's|Jim Beam|Tom Collins|Arnold Palmer|Rob Roy|Harvey Wallbanger|Earl Grey|Lady Grey|
Dr Pepper|Shirley Temple|Bloody Mary|Bellini|Rossini cocktail|Mimosa|Old Fashioned|
Gibson martini|John Collins|Sazerac|Mary Pickford|Hanky Panky|Tom and Jerry|Bramble|
Hugo spritz|Aperol|Campari|Martini Rossi|Bacardi|Jägermeister|Glenfiddich|Glenmorangie|
Laphroaig|Macallan|Talisker|Ardbeg|Buffalo Trace|Maker's Mark|Woodford Reserve|
Evan Williams|Elijah Craig|Old Forester|George Dickel|Tullamore Dew|Bushmills|Beefeater|
Sipsmith|Bombay Sapphire|Whitley Neill|Martell|Rémy Martin|Hennessy|Courvoisier|Moët|
Bollinger|Taittinger|Laurent-Perrier|Krug|Ruinart|Pol Roger|Mumm|Piper-Heidsieck|
Graham's port|Taylor's port|Cockburn's|Sandeman|Warre's|Harvey's Bristol Cream|
Lucozade|Ribena|Irn-Bru|Fentimans|Fever-Tree|Schweppes|Robinsons squash|Twinings|
Tetley|Yorkshire Tea|Clipper|Lipton|Brooke Bond|Ahmad Tea|Kusmi|Mariage Frères"""),
    "brands": _s("""Sainsbury's|McDonald's|Wendy's|Kellogg's|Heinz|Campbell's|Ben & Jerry's|
Kiehl's|Levi's|Macy's|Dillard's|Trader Joe's|Carluccio's|Nando's|Frankie & Benny's|
Domino's|Papa John's|Denny's|Arby's|Hardee's|Carl's Jr.|Mrs Fields|Aunt Bessie's|
Dr. Oetker|Mr Kipling|Mr Muscle|Mr Sheen|Mr Clean|Captain Birds Eye|Uncle Tobys|
Betty Crocker|Sara Lee|Marie Callender's|Little Debbie|Mrs. Butterworth's|Tommy Hilfiger|
Ralph Lauren|Calvin Klein|Hugo Boss|Ted Baker|Paul Smith|Karen Millen|Laura Ashley|
Jack Wills|Barbour|Mulberry|Louis Vuitton|Christian Dior|Yves Saint Laurent|Coco Chanel|
Giorgio Armani|Gianni Versace|Dolce & Gabbana|Stella McCartney|Vivienne Westwood|
Alexander McQueen|Jimmy Choo|Manolo Blahnik|Kate Spade|Michael Kors|Tory Burch|
Marks & Spencer|John Lewis|Harvey Nichols|Selfridges|Debenhams|Morrisons|Waitrose|
Dyson|Hoover|Ferrari|Lamborghini|Porsche|Ford|Chrysler|Dodge|Chevrolet|Renault|Citroën|
Peugeot|Rolls-Royce|Bentley|Aston Martin|McLaren|Mercedes-Benz|Tata|Honda|Toyota|Suzuki|
Dell|Hewlett-Packard|Bosch|Siemens|Philips|Miele|Smeg|Zanussi|Russell Hobbs|Kenwood|
Breville|Morphy Richards|Gillette|Wilkinson Sword|Colgate|Johnson & Johnson|Procter & Gamble|
Estée Lauder|Elizabeth Arden|Max Factor|Helena Rubinstein|Charlotte Tilbury|Bobbi Brown|
Jo Malone|Molton Brown|Crabtree & Evelyn|Lush|Boots|Holland & Barrett|Walgreens|Wrigley's|
Cadbury|Hershey's|Mars|Nestlé|Lindt|Ferrero Rocher|Thorntons|Hotel Chocolat|Green & Black's|
Bertolli|Dolmio|Uncle Sam's|Mrs Bridges|Tiptree Little Scarlet|Bonne Maman|Ma Baker's|
Grandma Wild's|Mr Porky|Walkers|Tyrrells|Kettle|Pringles|Jacob's|McVitie's|Fox's|
Tunnock's|Paterson's|Nairn's|Baxters|Patak's|Sharwood's|Levi Roots|Ainsley's|Delia's"""),
    "sports_moves": _s("""Salchow|Axel|Lutz|Rittberger|Biellmann spin|Fosbury flop|Cruyff turn|
Panenka|Immelmann turn|Yurchenko vault|Tsukahara|Thomas flair|Kovacs|Gienger|Tkatchev|
Hail Mary|Zidane roulette|Rabona|Okocha step-over|Ronaldo chop|McTwist|Ollie|Stalefish|
Cuban eight|Lomcevak|Fosbury|Dickson|Moore|Biles|Produnova|Amanar|Podkopayeva|Khorkina|
Marinich|Dragulescu|Shewfelt|Mustafina|Liukin|Comaneci salto|Kasamatsu|Healy twirl|
Stutzkehre|Diamidov|Morisue|Hambuechen|Zonderland|Schwartz|Mostepanova|Chusovitina|
Heiden|Nishikawa|Stoichkov|Maradona turn|Puskas chop|Berbatov touch|Sanchez stepover"""),
    "typefaces": _s("""Gill Sans|Baskerville|Garamond|Bodoni|Caslon|Didot|Frutiger|Rockwell|
Goudy Old Style|Palatino|Zapfino|Bembo|Plantin|Sabon|Granjon|Jenson|Johnston Sans|
Perpetua|Joanna|Clarendon|Fira Sans|Lato|Raleway|Merriweather|Hoefler Text|Minion|
Myriad|Avenir|Optima|Bradley Hand|Snell Roundhand|Marker Felt|Comic Sans|Franklin Gothic|
Cooper Black|Benguiat|Trajan|Mrs Eaves|Mr Eaves|Archer|Chaparral|Adobe Caslon|
Hermann Zapf Book|Eric Gill Display|Lucida Bright|Nimbus Roman|Walbaum|Fournier|Bell MT|
Baskerville Old Face|Goudy Sans|Berthold Akzidenz|Kabel|Erbar|Koch Antiqua|Sackers Gothic|
Ludlow Black|Bauer Bodoni|Hadriano|Rudolf Koch Text|Spectral|Source Serif|Cardo|
Libre Baskerville|EB Garamond|Cormorant|Playfair Display|Josefin Sans|Nunito|Karla|
Barlow|Arvo|Cabin|Inter|Roboto|Open Sans|Noto Sans|IBM Plex|Segoe|Calibri|Cambria|
Candara|Constantia|Corbel|Consolas|Verdana|Tahoma|Trebuchet|Menlo|Monaco|Courier"""),
    "roses": _s("""Gertrude Jekyll|Graham Thomas|Lady Emma Hamilton|Princess Anne|Queen Elizabeth|
Abraham Darby|William Morris|Darcey Bussell|Olivia Rose Austin|Roald Dahl|Desdemona|
Gabriel Oak|Charles Darwin|Tess of the d'Urbervilles|Claire Austin|Lady of Shalott|
Mme Alfred Carrière|Albertine|Félicité Perpétue|Madame Hardy|Zéphirine Drouhin|
Cécile Brünner|Ena Harkness|Ingrid Bergman|Elina|Arthur Bell|Felicia|Penelope|Cornelia|
Louise Odier|Madame Isaac Pereire|Souvenir de la Malmaison|Sir Walter Raleigh|
Jude the Obscure|Munstead Wood|Harlow Carr|Benjamin Britten|Boscobel|James Galway|
Kathryn Morley|Lady Hillingdon|Madame Grégoire Staechelin|Mrs Herbert Stevens|
Paul's Himalayan Musk|Rambling Rector|Ferdinand Pichard|Reine des Violettes|
Charles de Mills|Cardinal de Richelieu|Tuscany Superb|Jacques Cartier|Comte de Chambord|
Rose de Resht|Mary Rose|Heritage|Wollerton Old Hall|Emily Brontë|Eustacia Vye|
Vanessa Bell|Gentle Hermione|Lady of Megginch|Thomas à Becket|Tottering-by-Gently|
Nelly Moser|Jackmanii|Ville de Lyon|Comtesse de Bouchaud|Madame Julia Correvon|
Hidcote lavender|Kiftsgate|Bowles's Mauve|Miss Willmott's Ghost|Elizabeth Arden sweet pea|
Cupani|Matucana|Mrs Collier|Painted Lady|Lord Nelson sweet pea|Charlie's Angel|
Sarah Raven dahlia|Café au Lait|Bishop of Llandaff|Thomas Edison dahlia|Karma Choc"""),
    "cultivars": _s("""Granny Smith|Cox's Orange Pippin|Bramley|Pink Lady|Braeburn|Egremont Russet|
King Edward|Maris Piper|Charlotte potatoes|Anya|Desiree|Kerr's Pink|Marfona|Estima|
Conference pear|Williams pear|Doyenné du Comice|Bartlett pear|Beurré Hardy|Louise Bonne|
Victoria plums|Marjorie's Seedling|Czar plums|Early Rivers|Morello|Stella cherries|
Fuggle hops|Goldings|Bramling Cross|Brewer's Gold|Boadicea hops|Jester hops|Ernest hops|
Admiral hops|Pilgrim hops|Sovereign hops|Golden Delicious|James Grieve|Ellison's Orange|
Worcester Pearmain|Laxton's Superb|Charles Ross apples|Lord Derby apples|Howgate Wonder|
Annie Elizabeth|Arthur Turner|Grenadier|Peasgood's Nonsuch|Ashmead's Kernel|
Blenheim Orange|Tydeman's Early|Katy apples|Lady Sudeley|Duke of Devonshire|
Ailsa Craig onions|Kelvedon Wonder|Hurst Green Shaft|Alderman peas|Lord Leicester|
Gardener's Delight|Alicante|Moneymaker|Shirley tomatoes|Marmande|Harold's Early|
Scarlet Emperor|Enorma beans|Painted Lady beans|Champion of England|Jack Hawkins|
Jersey Royals|Vivaldi potatoes|Rooster potatoes|Albert Bartlett|Duke of York|Pink Fir Apple|
Arran Pilot|Sharpe's Express|Kestrel|Cara|Mozart potatoes|Valor|Sarpo Mira|Nicola"""),
    "animals": _s("""Jack Russell terrier|King Charles spaniel|Dobermann|Gordon setter|
Parson Russell|
Sealyham|Dandie Dinmont|Jack Dempsey cichlid|Przewalski's horse|Grévy's zebra|
Thomson's gazelle|Steller's jay|Darwin's finch|Bewick's swan|Leach's petrel|
Cory's shearwater|Pallas's cat|Wilson's warbler|Anna's hummingbird|Cooper's hawk|
Bachman's sparrow|Ross's goose|Sabine's gull|Franklin's gull|Baird's sandpiper|
Harris's hawk|Cetti's warbler|Montagu's harrier|Blyth's reed warbler|Temminck's stint|
Bonelli's eagle|Rüppell's vulture|Scott's oriole|Lincoln's sparrow|Brewer's blackbird|
Audubon's warbler|Lady Amherst's pheasant|Père David's deer|Bennett's wallaby|
Grant's gazelle|Speke's gazelle|Burchell's zebra|Hartmann's zebra|Blanford's fox|
Rüppell's fox|Geoffroy's cat|Humboldt penguin|Adélie penguin|Commerson's dolphin|
Risso's dolphin|Hector's dolphin|Blainville's beaked whale|Cuvier's beaked whale|
Fraser's dolphin|Bryde's whale|Kemp's ridley|Attenborough's pitcher plant|
Schrödinger's cat|Pavlov's dog|Dolly the sheep|Laika|Greyfriars Bobby|Hachikō"""),
    "conditions": _s("""Parkinson's disease|Alzheimer's|Crohn's disease|Down syndrome|Asperger's|
Tourette syndrome|Hodgkin lymphoma|Huntington's disease|Addison's disease|Cushing's syndrome|
Graves' disease|Hashimoto's thyroiditis|Bell's palsy|Raynaud's|Ménière's disease|
Guillain-Barré syndrome|Creutzfeldt-Jakob disease|Ehlers-Danlos syndrome|Marfan syndrome|
Sjögren's syndrome|Kawasaki disease|Wilson's disease|Paget's disease|
Osgood-Schlatter disease|Dupuytren's contracture|Tay-Sachs disease|Kaposi's sarcoma|
Barrett's oesophagus|Peyronie's disease|Legg-Calvé-Perthes disease|Stevens-Johnson syndrome|
Wolff-Parkinson-White syndrome|Klinefelter syndrome|Turner syndrome|Angelman syndrome|
Prader-Willi syndrome|Rett syndrome|Reye's syndrome|Korsakoff syndrome|Munchausen syndrome|
Tietze syndrome|Baker's cyst|Achilles tendinitis|Still's disease|Behçet's disease|
Buerger's disease|Conn's syndrome|Dressler syndrome|Horner's syndrome|Meckel's diverticulum|
Hirschsprung's disease|Sever's disease|Scheuermann's disease|Perthes disease|
Colles' fracture|Smith's fracture|Bennett's fracture|Pott's disease|Lou Gehrig's disease|
Bright's disease|Hurler syndrome|Fabry disease|Gaucher disease|Niemann-Pick disease|
Pompe disease|Duchenne muscular dystrophy|Becker muscular dystrophy|Friedreich's ataxia|
Charcot-Marie-Tooth disease|Arnold-Chiari malformation|Dandy-Walker syndrome|DiGeorge syndrome|
Noonan syndrome|Williams syndrome|Sotos syndrome|Alport syndrome|Bartter syndrome|
Gilbert's syndrome|Crigler-Najjar syndrome|Dubin-Johnson syndrome|Zollinger-Ellison syndrome|
Mallory-Weiss tear|Boerhaave syndrome|Plummer-Vinson syndrome|Budd-Chiari syndrome|
Brugada syndrome|Takotsubo|Kussmaul sign|Wernicke's encephalopathy|Broca's aphasia|
Bell's phenomenon|Tommy John injury|Ramsay Hunt syndrome|Von Willebrand disease|
Hand-Schüller-Christian disease|Waldenström's macroglobulinemia|Burkitt lymphoma|
Ewing's sarcoma|Wilms' tumour|Pancoast tumour|Krukenberg tumour|Hürthle cell adenoma"""),
    "medical_tests": _s("""Apgar score|Pap smear|Heimlich manoeuvre|Epley manoeuvre|
Valsalva manoeuvre|
Romberg test|Rinne test|Weber test|Babinski sign|Murphy's sign|McBurney's point|Lachman test|
Phalen's test|Tinel's sign|Mantoux test|Snellen chart|Ishihara test|Whipple procedure|
Billroth II|Nissen fundoplication|Roux-en-Y bypass|Kasai procedure|Caesarean section|
Fontan procedure|Ross procedure|Swan-Ganz catheter|Foley catheter|Hickman line|Guthrie test|
Bruce protocol|Holter monitor|Doppler scan|Korotkoff sounds|Kussmaul breathing|
Cheyne-Stokes breathing|Trendelenburg position|Fowler's position|Sims' position|Thomas splint|
Kirschner wire|Ilizarov frame|Allen test|Schirmer test|Trendelenburg test|Thompson test|
McMurray test|Finkelstein test|Spurling test|Patrick's test|Hawkins-Kennedy test|Neer test|
Ortolani manoeuvre|Barlow manoeuvre|Brudzinski sign|Kernig's sign|Chvostek sign|
Trousseau sign|Homans' sign|Cullen's sign|Grey Turner's sign|Rovsing's sign|Hoover's sign|
Wells score|Gleason score|Breslow depth|Clark level|Bishop score|Beighton score|
Denver developmental screen|Wechsler scale|Stanford-Binet test|Rorschach test|Myers-Briggs|
Mini-Cog|Barthel index|Karnofsky score|Braden scale|Waterlow score|Bristol stool chart|
Hartmann's solution|Ringer's lactate|Sengstaken-Blakemore tube|Ryle's tube|Guedel airway|
Macintosh blade|Seldinger technique|Heimlich valve|Ambu bag|Mayo stand|Gigli saw|
Kocher manoeuvre|Pringle manoeuvre|Hartmann's procedure|Mohs surgery|LASIK|Lasek"""),
    "drugs": _s("""Calpol|Nurofen|Lemsip|Sudafed|Piriton|Gaviscon|Rennie|Beechams|Lyrica|
Lucentis|Humira|Keytruda|Ozempic|Zoloft|Xanax|Valium|Prozac|Viagra|Cialis|Lipitor|Crestor|
Nexium|Ventolin|Seretide|Symbicort|Tylenol|Advil|Motrin|Aleve|Claritin|Zyrtec|Allegra|
Celebrex|Plavix|Eliquis|Xarelto|Januvia|Lantus|NovoRapid|Dr. Scholl's|Vicks|Germolene|
Savlon|Anadin|Solpadeine|Beconase|Clarityn|Imodium|Dioralyte|Canesten|Bonjela|Strepsils|
Otrivine|Benylin|Tixylix|Deep Heat|Voltarol|Fybogel|Senokot|Buscopan|Zovirax|Daktarin|
Bepanthen|Sudocrem|E45|Diprobase|Aveeno|Olbas Oil|Jakemans|Halls|Fisherman's Friend|
Ricola|Fenistil|Aspirin|Paracetamol|Wegovy|Mounjaro|Trulicity|Jardiance|Farxiga|Entresto|
Brilinta|Pradaxa|Dupixent|Stelara|Remicade|Enbrel|Herceptin|Avastin|Opdivo|Tecfidera|
Ocrevus|Spiriva|Trelegy|Flovent|Singulair|Adderall|Ritalin|Concerta|Elvanse|Wellbutrin|
Lexapro|Cipralex|Effexor|Cymbalta|Seroquel|Abilify|Lamictal|Keppra|Tegretol|Epilim"""),
}
