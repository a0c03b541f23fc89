"""Ambiguous words of `train_s`: Italian and French given and family names that are everyday
words, with their non-person uses in Italian or French text and, marked `en:`, in English
text (format: `train_s_lexicon`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_s_lexicon import parse

_IT = """
Fortuna | wf | ~che [fortuna] che hai avuto; ~per [fortuna] il treno era in ritardo; la ruota della fortuna
Speranza | wf | ~c'è ancora [speranza] per la pratica; la speranza di vita
Serena | w | it:~la giornata è [serena] e calda; it:una notte serena
Felice | mf | ~sono [felice] del risultato; [buon compleanno e felice anno]
Bianchi | f | ~i [vini bianchi] della casa; ~lenzuola e asciugamani [bianchi]
Bianco | f | ~un bicchiere di [vino bianco]; ~il foglio è ancora [bianco]; en:a glass of [Bianco] vermouth
Bianca | w | ~la camicia [bianca] della divisa; ~la [settimana bianca] è a febbraio
Rossi | f | ~i [peperoni rossi] sono finiti; ~hanno i capelli [rossi]
Rosso | f | ~il semaforo era [rosso]; en:a bottle of Martini Rosso; ~il [vino rosso] della casa
Gentile | mf | ~[gentile] cliente la sua pratica è chiusa; ~è stato molto [gentile]
Amato | mf | ~il nostro [amato] cane è malato
Neri | f | ~gli [occhiali neri] sono nel cassetto; ~i pantaloni [neri] della divisa
Verdi | f | ~i [fagiolini verdi] sono di stagione; ~le [pagine verdi] del libro
Verde | f | ~il semaforo è [verde]; la salsa verde; en:~the [salsa verde] goes with the fish
Ferrero | f | en:Ferrero Rocher; en:a box of [Ferrero Rocher] for the teacher
Barilla | f | en:Barilla pasta; en:~the [Barilla] penne is on offer
Lavazza | f | en:Lavazza coffee; en:the [Lavazza] pods for the office machine
Fontana | wf | ~la [fontana] della piazza è spenta; ~i bambini giocano vicino alla [fontana]
Costa | f | ~la [costa] amalfitana; en:a Costa coffee; en:~meet at [Costa] by the station
Monti | f | ~andiamo ai [monti] in agosto; i monti innevati
Valle | f | ~la [valle] è coperta di nebbia
Colombo | f | ~un [colombo] sul davanzale; ~un [colombo] viaggiatore
Gallo | f | ~il [gallo] canta alle cinque; en:~the [Gallo] wine is on offer
Lupo | mf | ~il [lupo] cattivo della fiaba; ~[in bocca al lupo] per l'esame
Leone | mf | ~il [leone] allo zoo dorme; ~il film ha vinto il [Leone d'Oro]
Orso | mf | ~l'[orso] di peluche del bambino; un orso bruno
Fiore | wf | ~un [fiore] sul tavolo; ~il [fiore] all'occhiello dell'azienda
Stella | w | en:a pint of Stella Artois; en:two [Stella] and a cider; stella alpina
Luna | w | ~la [luna] piena stanotte; la luna di miele; en:the [Luna] moth in the science book
Sole | mf | ~c'è il [sole] in giardino; ~la [crema da sole] per la gita; en:Dover sole fillet
Marino | mf | ~soffia un [vento marino] fresco; ~un [cavalluccio marino] all'acquario
Porta | f | ~chiudi la [porta] della classe; ~la [porta USB] non funziona
Ponte | f | ~il [ponte] del primo maggio; ~il [ponte] sul fiume è chiuso
Torre | f | ~la [torre] di Pisa; ~la [torre] del castello
Conte | mf | ~il [conte] del castello; il conte Dracula
Papa | f | ~il [Papa] ha parlato domenica
Bruno | mf | ~il [pane bruno]; l'orso bruno
Moro | mf | ~il [gelso moro]; en:Moro blood oranges
Russo | f | ~il [caviale russo]; ~parla [russo] fluentemente
Greco | f | ~lo [yogurt greco] con miele; ~studia [greco] antico
Romano | mf | en:Pecorino Romano; en:~grate the [Pecorino Romano] over the pasta; ~il [diritto romano]
Sarto | f | ~il [sarto] accorcia i pantaloni
Ricci | f | ~i [ricci] di mare; ~ha i capelli [ricci]
Piccolo | f | ~il [piccolo] è a scuola; en:the piccolo in the school band; ~un [caffè piccolo]
Grande | f | en:a grande latte; en:~a [grande] cappuccino please; ~una [grande] notizia
Santo | mf | ~il [santo] patrono è a giugno; Santo Stefano festa
Testa | f | ~ho mal di [testa]; ~a [testa] alta
Pace | f | ~la [pace] è firmata; ~lasciami in [pace]
Allegra | w | ~la festa è stata [allegra]; ~una serata [allegra]
Celeste | w | ~la maglia [celeste] del Napoli; ~il [cielo celeste]
Gioia | w | ~che [gioia] rivederti; ~la [gioia] dei bambini
Grazia | w | ~lo fece con [grazia] e stile; ~la [grazia] concessa dal presidente
Benedetta | w | ~l'[acqua benedetta]; ~quella [benedetta] stampante
Margherita | w | ~una [pizza margherita]; en:two [margherita] pizzas and a salad
Mancini | f | ~i [mancini] usano le forbici speciali
Grasso | f | ~togli il [grasso] dalla carne
"""

_FR = """
Blanc | mf | ~un verre de [vin blanc]; ~la page est restée [blanche]; en:a glass of [sauvignon blanc]
  ; en:carte blanche
Noël | mf | ~le [marché de Noël] ouvre samedi; le père Noël; ~les vacances de [Noël]
  ; en:~we sang the [First Noël] at the assembly
Legrand | f | en:Legrand sockets; en:~the [Legrand] light switch is cracked
Petit | mf | ~le [petit déjeuner] est servi à sept heures; en:a [petit four] with the coffee; ~un [petit] souci
Roux | mf | ~un [roux] blanc pour la sauce; en:~make a [roux] with butter and flour; ~il a les cheveux [roux]
Boucher | f | ~le [boucher] ferme le lundi; ~chez le [boucher] du coin
Boulanger | f | ~le [boulanger] fait du pain au levain; ~la [boulangerie] ouvre à sept heures
Charpentier | f | ~le [charpentier] répare le toit de l'école
Meunier | f | ~la sole [meunière]; en:~the [sole meunière] is the special
Berger | f | ~un [berger allemand]; ~le [berger] garde ses moutons; en:Berger paints
Marchand | f | ~le [marchand] de journaux; un marchand de glaces
Chevalier | f | ~le [chevalier] du roi; en:the [chevalier] in the chess set
Leroy | f | en:Leroy Merlin; en:the [Leroy Merlin] catalogue
Boulanger | f | en:~the [boulangerie] on the corner closes at two
Bonheur | mf | ~le [bonheur] est dans le pré; ~quel [bonheur] ces vacances
Violette | w | ~les [violettes] du jardin; ~un bonbon à la [violette]
Marguerite | w | ~les [marguerites] dans le pré; ~une pizza [marguerite]
Capucine | w | ~les [capucines] grimpent sur le mur
Clémentine | w | ~une [clémentine] dans le cartable; en:a bag of [clementines] for the class
Prune | w | ~une tarte aux [prunes]; en:stewed [prunes] for breakfast
Céleste | w | ~le [bleu céleste] de la chambre
Ange | m | ~le [gâteau des anges]; ~tu es un [ange]
Fleur | w | ~une [fleur] sur la table; en:the [fleur de sel] caramel; fleur de lys
Soleil | mf | ~il fait [soleil] dans la cour; ~les [lunettes de soleil] pour la sortie; en:the Cirque du Soleil show
Étoile | w | ~l'hôtel a [trois étoiles]; ~une [étoile] de mer
Reine | w | ~la [reine] des neiges; en:the [Reine] claude plums; ~la [reine] d'Angleterre
Roi | m | ~la [galette des rois]; ~le [roi] des animaux
Fontaine | f | ~la [fontaine] à eau du bureau; ~la [fontaine] de la place
Rivière | f | ~la [rivière] déborde; ~une [rivière] de diamants
Michelin | f | en:a Michelin star; en:Michelin tyres; en:~the restaurant lost its [Michelin star]
Clément | m | ~le temps est [clément] pour la sortie
Constant | m | ~un effort [constant]; ~le bruit [constant] du chantier
Fidèle | m | ~un client [fidèle]; ~un chien [fidèle]
Jolie | w | ~une [jolie] robe; ~la salle est [jolie]
Belle | w | ~une [belle] journée; en:the Belle Epoque; en:the [belle] of the ball
Dupont | f | en:~the [DuPont] coating on the pan is peeling
"""

WORDS = parse(_IT, "it", "it") + parse(_FR, "fr", "fr")
