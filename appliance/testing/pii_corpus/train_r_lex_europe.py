"""train_r's ambiguous words, part 6: Spanish, Italian, Portuguese, French, German and
Dutch given and family names that are also common words there (Luz, Paz, Fortuna, Graça,
Blanc, Koch, Bakker ...), with their non-person uses written in that language (and a few in
English text). Same line format as `train_r_lex_given`; parsed by `train_r_lex`."""

from __future__ import annotations

DATA = """
Luz | F | es:c la luz del pasillo; es:v dar a luz; es:c la factura de la luz; es:c luz verde al proyecto; pt:c a conta de luz
Paz | F | es:c el acuerdo de paz; es:v dejar en paz al gato; es:c la paz del campo; pt:c a paz entre vizinhos
Sol | U S | es:c el sol de la tarde; es:c gafas de sol; es:v tomar el sol; pt:c o sol de verão; c a Peruvian sol coin
Amparo | F | es:c al amparo de la ley; es:c un recurso de amparo
Dolores | F | es:c dolores de cabeza; es:c los dolores musculares
Rosario | F | es:c un rosario de quejas; es:c un rosario de cuentas
Pilar | F | es:c el pilar del puente; es:c un pilar fundamental
Blanca | F | es:c una pared blanca; es:c carta blanca
Nieves | F | es:c las primeras nieves del invierno
Consuelo | F | es:c un poco de consuelo; es:c el premio de consuelo
Rocío | F | es:c el rocío de la mañana
Soledad | F | es:c la soledad del pueblo; m Cien años de soledad
Esperanza | F | es:c la esperanza de vida; es:c un rayo de esperanza
Milagros | F | es:v hacer milagros con poco presupuesto; es:c milagros de la medicina
Socorro | F | es:v pedir socorro; pt:v pedir socorro
Remedios | F | es:c remedios caseros; es:c remedios para la tos
Ángeles | F | es:c un coro de ángeles
Montserrat | F | m the Montserrat font
Concepción | F | es:c la concepción del proyecto
Cruz | U S | es:c una cruz en la casilla; es:c la Cruz Roja; es:c cara o cruz; pt:c a Cruz Vermelha
Reyes | S | es:e el Día de Reyes; f a roscón de Reyes; p the Reyes filter
Flor | F | es:c una flor de temporada; es:f flor de sal
Alegría | F | es:c la alegría de la huerta; es:f una alegría de amaranto
Violeta | F | es:c un jersey violeta
Azucena | F | es:c una azucena blanca
Perla | F | es:c una perla cultivada
Rosa | F | es:c una rosa roja; es:c el color rosa; it:c rosa antico
Dulce | F | es:f dulce de leche; es:c un dulce típico
Clara | F | es:f una clara de huevo; es:c agua clara
Celeste | F | es:c el cielo celeste; it:c il cielo celeste
Pura | F | es:c pura vida; es:c lana pura
Cielo | F | es:c el cielo despejado
Primavera | F | f pasta primavera; es:e la primavera; it:e la primavera in città
Alba | F | es:c al alba; it:c l'alba sul mare
Lucero | M F | es:c el lucero del alba
Libertad | F | es:c la libertad de expresión
Mar | F | es:c una vista al mar; es:c mar adentro; pt:c o mar calmo
Romero | S | es:f romero fresco; es:f una ramita de romero
Cordero | S | es:f pierna de cordero; es:f cordero asado
Lobo | S | es:c un lobo solitario; pt:c um lobo no bosque
Toro | S | es:c un toro bravo; f toro sushi
Vaca | S | es:c una vaca lechera; es:f carne de vaca
Castillo | S | es:c un castillo de arena; es:c un castillo medieval
Torres | S | es:c las torres de alta tensión
Ríos | S | es:c ríos de tinta
Flores | S | es:c un ramo de flores; es:c flores frescas
Campos | S | es:c campos obligatorios del formulario; pt:c os campos do formulário
Moreno | S | es:f azúcar moreno; es:f pan moreno
Rubio | S | es:f tabaco rubio; es:c pelo rubio
Blanco | S | es:f vino blanco; es:c un cheque en blanco
Bravo | M S | c a round of bravo; es:c un toro bravo
Leal | S | es:c un cliente leal
Pastor | S | es:f tacos al pastor; es:c un pastor alemán; pt:c um pastor alemão
Santos | S | es:e el día de Todos los Santos; pt:e o dia de Todos os Santos
Manzano | S | es:c un manzano en flor
Herrero | S | es:c el herrero del pueblo
Fortuna | F | it:c per fortuna; it:c la ruota della fortuna; p Fortuna Düsseldorf
Speranza | F | it:c un filo di speranza; it:c la speranza di vita
Serena | F | it:c una giornata serena; it:c una notte serena
Felice | U | it:c un anno felice; it:c un finale felice
Bianchi | S | p a Bianchi road bike
Bianco | S | it:f vino bianco; it:c un foglio bianco
Rossi | S | it:f pomodori rossi; it:c i fiori rossi
Rosso | S | it:f vino rosso; it:c il semaforo rosso
Neri | S | it:c pantaloni neri; it:f capperi neri
Colomba | F | it:f la colomba pasquale; it:c una colomba bianca
Lupo | M S | it:c in bocca al lupo; it:c il lupo cattivo
Leone | M S | it:c la parte del leone; it:e il Leone d'Oro
Orso | M S | it:c un orso bruno
Fiore | F S | it:c un fiore di campo; it:c il fiore all'occhiello
Gioia | F | it:c la gioia dei bambini; it:c una gioia per gli occhi
Grazia | F | it:c con grazia; m the magazine Grazia
Benedetta | F | it:c l'acqua benedetta
Allegra | F | p an Allegra antihistamine; it:c una cena allegra
Marino | M S | it:c l'ambiente marino; it:c il blu marino
Natale | M | it:e il pranzo di Natale; it:e le vacanze di Natale
Pasqua | F | it:e le vacanze di Pasqua; it:f la colomba di Pasqua
Bruno | M S | it:c un cappotto bruno
Franco | M S | it:c prezzo franco fabbrica; it:c porto franco
Sereno | M | it:c cielo sereno
Fortunato | M | it:c un incontro fortunato
Angelo | M | it:c l'angelo custode
Bella | F | it:v fare bella figura; it:c la bella stagione
Fedele | M S | it:c un cliente fedele
Forte | S | c a forte passage; c not my forte; it:c il suo punto forte
Conti | S | it:c i conti del mese; it:v fare i conti
Ricci | S | it:c i ricci di mare; it:c capelli ricci
Costa | S | f a Costa flat white; it:k Il biglietto costa dieci euro.; pt:c a costa alentejana
Ferri | S | it:c i ferri del mestiere; it:f pesce ai ferri
Fontana | S | it:c la fontana in piazza
Porta | S | it:c una porta USB; it:c la porta d'ingresso
Sala | S | it:c la sala riunioni; es:c la sala de espera
Mele | S | it:f le mele cotte
Chiara | F | it:c una spiegazione chiara; it:c acqua chiara
Vittoria | F | it:c una vittoria netta
Lucia | F | m the song Santa Lucia
Graça | F | pt:c de graça; pt:c sem graça
Fé | F | pt:c uma questão de fé; pt:c a boa fé
Glória | F | pt:c a glória do campeonato
Esperança | F | pt:c a esperança média de vida
Alegria | F | pt:c uma alegria enorme
Rosário | F | pt:c um rosário de problemas
Dores | F | pt:c dores nas costas
Neves | S | pt:c as neves da serra
Pereira | S | pt:c uma pereira no quintal
Oliveira | S | pt:c uma oliveira centenária
Carvalho | S | pt:c uma mesa de carvalho
Coelho | S | pt:f coelho assado; pt:c o coelho da Páscoa
Cordeiro | S | pt:f costeletas de cordeiro
Leite | S | pt:f um copo de leite; pt:f leite condensado
Rocha | S | pt:c a rocha vulcânica
Branco | S | pt:f vinho branco; pt:c um cheque em branco
Nogueira | S | pt:c uma nogueira no jardim
Serra | S | pt:c uma serra elétrica
Ramos | S | pt:c ramos de flores; pt:e o Domingo de Ramos
Silva | S | pt:f amoras de silva
Prado | S | l the Prado museum; pt:c um prado verde
Nascimento | S | pt:c a data de nascimento
Ribeiro | S | pt:c o ribeiro atrás da casa
Machado | S | pt:c um machado afiado
Dias | S | pt:c dias úteis; pt:c há dias
Cravo | S | pt:c um cravo vermelho
Blanc | S | fr:f vin blanc; fr:c un chèque en blanc; f a sauvignon blanc; l Mont Blanc
Noël | M S | fr:e le Père Noël; fr:e Joyeux Noël; fr:e les vacances de Noël
Boulanger | S | fr:c le boulanger du coin
Boucher | S | fr:c le boucher du marché
Marchand | S | fr:c un marchand de journaux
Meunier | S | fr:c le meunier du village
Berger | S | fr:c un berger allemand
Chevalier | S | fr:c un chevalier en armure
Petit | S | fr:f le petit déjeuner; fr:c un petit problème; f a petit four
Fontaine | S | fr:c une fontaine à eau
Blanche | F | c carte blanche; fr:c une nuit blanche
Clément | M | fr:c un hiver clément
Victoire | F | fr:c une victoire à domicile
Espérance | F | fr:c l'espérance de vie
Fleur | F | f fleur de sel; c a fleur-de-lis
Reine | F | f a reine-claude; fr:c la reine du bal
Ange | M | fr:c un ange gardien
Capucine | F | fr:c une capucine en pot
Colombe | F | fr:c une colombe blanche
Perle | F | fr:c une perle rare
Noisette | F | f a noisette coffee; fr:f beurre noisette
Cerise | F | fr:c la couleur cerise
Jacques | M | m the song Frère Jacques
Koch | S | de:c der Koch in der Kantine; s a Koch snowflake; s Koch's postulates
Bauer | S | de:c der Bauer im Schach; de:c der Bauer vom Wochenmarkt
Müller | S | p a Müller yogurt; de:c der Müller an der Mühle
Schneider | S | de:c aus dem Schneider sein; p Schneider Electric
Fischer | S | de:c der Fischer am Hafen; p a Fischer wall plug; s the Fischer-Tropsch process
Weiß | S | de:c schwarz auf weiß
Klein | S | de:c klein und handlich; s a Klein bottle
Fuchs | S | de:c der rote Fuchs; de:c ein schlauer Fuchs
Ernst | M S | de:c der Ernst der Lage; de:k Das ist mein Ernst.
Schwarz | S | de:c schwarz auf weiß
Lang | S | de:c drei Tage lang; de:c lang und breit
Kurz | S | de:c kurz und bündig; de:c kurz vor acht
Groß | S | de:c groß und klein
Hahn | S | de:c der Hahn in der Küche tropft; de:c der Hahn auf dem Hof
Vogel | S | de:c ein bunter Vogel; de:c der Vogel im Käfig
Stein | S | de:c ein Stein im Schuh; f a stein of beer
Berg | S | de:c über den Berg sein; nl:c de berg op
Sommer | S | de:e ein heißer Sommer
Kaiser | S | f a Kaiser roll
König | S | de:c der Kunde ist König; de:c der König im Schach
Engel | S | de:c ein Engel auf Erden; de:c der gelbe Engel
Glück | S | de:c viel Glück; de:c Glück im Unglück
Freud | S | de:c Freud und Leid
Fröhlich | S | de:c fröhlich und munter
Jäger | S | de:c der Jäger im Wald; f a Jäger bomb
Zimmermann | S | de:c der Zimmermann auf dem Dach
Wagner | S | m a Wagner opera
Kellner | S | de:c der Kellner im Café
Schäfer | S | de:c der Schäfer und seine Herde
Förster | S | de:c der Förster im Revier
Bäcker | S | de:c der Bäcker um die Ecke
Metzger | S | de:c der Metzger nebenan
Gärtner | S | de:c der Gärtner im Park
Maurer | S | de:c der Maurer auf der Baustelle
Holz | S | de:c das Holz für den Ofen
Stahl | S | de:c rostfreier Stahl
Kupfer | S | de:c Kupfer und Zink
Silber | S | de:c Silber und Gold
Wald | S | de:c der Wald hinter dem Haus
Feld | S | de:c das Feld hinter der Scheune; de:c das Feld ausfüllen
Bach | S | m a Bach cantata; de:c der Bach hinter dem Haus
Hirsch | S | de:c ein Hirsch im Wald
Adler | S | de:c der Adler im Wappen
Hase | S | de:c mein Name ist Hase; de:c der Hase im Garten
Katz | S | de:c Katz und Maus
Fink | S | de:c ein Fink am Futterhaus
Rabe | S | de:c ein schwarzer Rabe
Storch | S | de:c der Storch auf dem Dach
Strauß | S | de:c ein Strauß Blumen
Sturm | S | de:c ein Sturm zieht auf; de:e Sturm und Drang
Regen | S | de:c Regen am Wochenende
Stern | S | de:c ein Stern am Himmel
Linde | S | de:c die alte Linde; p Linde industrial gases
Keller | S | de:c der Keller im Haus
Kaufmann | S | de:c ein gelernter Kaufmann
Schuster | S | de:c der Schuster am Markt
Bakker | S | nl:c de bakker op de hoek
Visser | S | nl:c de visser in de haven
Kok | S | nl:c de kok in het restaurant
Brouwer | S | nl:c de brouwer van het bier
Vos | S | nl:c een slimme vos
Kuiper | S | s the Kuiper belt
Roos | F | nl:c een rode roos
Lief | F | nl:c lief en leed
Boer | S | nl:c de boer op het land
Schipper | S | nl:c de schipper van de boot
Groen | S | nl:c groen licht
Wit | S | c a dry wit; nl:c zwart op wit
Zwart | S | nl:c zwart op wit
Koning | S | nl:c de klant is koning
Prins | S | nl:c de prins op het witte paard
Lente | F | nl:e de lente
Zomer | S | nl:e de zomer aan zee
Beek | S | nl:c een beek in het bos
Hoek | S | nl:c om de hoek
"""
