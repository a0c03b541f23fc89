"""Ambiguous words of `train_s`: Spanish and Portuguese given and family names that are
everyday words, with their non-person uses in Spanish or Portuguese text and, marked `en:`,
in English text (format: `train_s_lexicon`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_s_lexicon import parse

_ES = """
Luz | w | la factura de la luz; ~se fue [la luz] en toda la oficina; ~apaga [la luz] del pasillo al salir
  ; [luz verde] para el proyecto; ~la [luz] del portátil parpadea en naranja
Paz | wf | ~firmaron [la paz] hace años; [paz y tranquilidad]; ~déjame [en paz] con el informe
  ; ~el colegio celebra el [Día de la Paz] en enero
Sol | mf | [gafas de sol]; ~hace mucho [sol] en el patio del colegio; [protector solar] para la excursión
  ; en:a bottle of Sol beer; en:~two [Sol] beers and a lemonade please
Amparo | w | ~pidió [amparo] al tribunal; un recurso de amparo
Dolores | w | ~tengo [dolores] de cabeza desde el lunes; [dolores musculares] tras el partido
  ; ~el pediatra preguntó por los [dolores] de barriga
Rosario | w | ~la abuela reza [el rosario] cada tarde; un rosario de quejas
Pilar | w | ~el [pilar] del garaje tiene una grieta; el pilar de la familia
Blanca | w | ~la [pizarra blanca] está llena; una camisa blanca para el uniforme; ~la [Casa Blanca] emitió un comunicado
  ; [ropa blanca] en el programa de lavado
Nieves | w | ~hubo [nieves] tempranas en la sierra; las nieves del invierno
Estrella | w | ~el hotel perdió [una estrella]; la estrella de la función; en:a bottle of [Estrella Damm] with the tapas
  ; [estrella de mar] en el acuario
Consuelo | w | ~nos queda el [consuelo] de que nadie se hizo daño; un premio de consuelo
Socorro | w | ~gritó [socorro] desde el agua; el puesto de socorro de la playa
Remedios | w | [remedios caseros] para la tos; ~no hay [remedios] mágicos para el insomnio
Esperanza | w | ~hay [esperanza] de que mejore; la esperanza de vida; ~no pierdas la [esperanza]
Caridad | w | ~lo hizo por [caridad]; una obra de caridad
Soledad | w | ~la [soledad] afecta a muchos mayores; cien años de soledad
Alegría | w | ~los niños saltaron de [alegría]; una alegría inesperada
Milagros | w | ~no hacemos [milagros] con este presupuesto
Rocío | w | ~el [rocío] mojó la hierba del campo; gotas de rocío
Ángeles | w | ~los [ángeles] del belén están rotos; un coro de ángeles
Cruz | mf | la Cruz Roja; ~marca con [una cruz] la respuesta correcta; ~la [Cruz Roja] dio un curso de primeros auxilios
Reyes | f | ~los niños esperan a los [Reyes Magos]; el día de Reyes; el roscón de Reyes
Santos | mf | ~el día de [Todos los Santos] no hay clase; los santos del calendario
Flores | f | ~las [flores] del jardín del cole; un ramo de flores; ~riega las [flores] del balcón
Rosa | w | el color rosa; ~la [rosa] del jardín se secó; ~compramos una mochila [rosa]
Salvador | mp | ~el portero fue el [salvador] del partido
Domingo | m | ~la farmacia cierra el [domingo]; el mercado del domingo; ~el [domingo] hay comida familiar
Ventura | mf | ~lo dejamos a la [buena ventura]; una aventura en la montaña
Cielo | w | ~el [cielo] está nublado; un cielo azul; ~el [cielo raso] de la cocina tiene humedad
Mar | w | ~el [mar] estaba en calma; la playa y el mar; ~el colegio organiza una excursión al [mar]
Marina | w | la marina mercante; ~los barcos están en la [marina]
Perla | w | ~un collar de [perlas]; ~la [perla] de la pulsera se soltó
Bueno | f | ~el pan está muy [bueno]; ~[bueno] pues nos vemos mañana
Blanco | f | ~el folio en [blanco]; vino blanco; ~deja la casilla en [blanco]; en:~a glass of [vino blanco] please
Moreno | f | ~vino muy [moreno] de la playa; pan moreno; azúcar moreno
Rubio | f | ~el niño es [rubio] como su padre; tabaco rubio
Calvo | f | ~se quedó [calvo] muy joven
Delgado | f | ~el cable es muy [delgado]; un papel delgado
Bravo | mf | ~[bravo] por el equipo de fútbol; ~el mar está [bravo] hoy
Castillo | f | ~los niños hicieron un [castillo] de arena; un castillo hinchable; ~el [castillo hinchable] llega a las cinco
Torres | f | ~las [torres] de alta tensión; dos torres de pisos
Iglesias | f | ~las [iglesias] del pueblo abren el domingo
Herrero | f | ~el [herrero] arregló la verja; en casa del herrero cuchillo de palo
Zapatero | f | ~el [zapatero] puso tapas nuevas; a tus zapatos zapatero
Vega | wf | ~la [vega] del río es muy fértil; en:the Vega rocket; en:the [Chevrolet Vega] in the museum
Campos | f | ~los [campos] están secos este verano; los campos de fútbol
Ríos | f | ~los [ríos] bajan crecidos; ríos y montañas
Lobo | f | ~el [lobo] de Caperucita; un lobo con piel de cordero; ~los niños jugaron al [lobo]
León | mfp | ~el [león] del zoo duerme todo el día; un león marino
Palacios | f | ~los [palacios] de la ciudad abren en verano
Serrano | f | [jamón serrano]; ~un bocadillo de [jamón serrano]; en:the [serrano ham] platter for the office party
Pastor | mf | ~el [pastor] llevó las ovejas al monte; un pastor alemán; [pastor alemán] en la perrera
Nieto | f | ~el [nieto] de la vecina empieza el cole; los nietos de la abuela
Fuentes | f | ~las [fuentes] del parque no funcionan; fuentes de información
Guerra | f | ~la [guerra] de los precios; la Segunda Guerra Mundial
Serena | w | ~la noche estaba [serena]; una mirada serena
Clemente | m | ~el tiempo fue [clemente] con la excursión
Tal | u | ~[qué tal] el viaje; ~[tal vez] lleguemos tarde; ~[qué tal] la reunión con los profesores
"""

_PT = """
Graça | w | ~o almoço é de [graça]; ~que [graça] de bebé; ~a entrada no museu é de [graça] ao domingo
Fé | w | ~tenho [fé] que vai correr bem; ~agimos de [boa fé]
Vitória | w | ~a [vitória] do Benfica; ~foi uma [vitória] difícil
Glória | w | ~o golo foi a [glória] da equipa; en:~the choir sang the [Glória] at the carol service
Alegria | w | ~as crianças gritaram de [alegria]
Conceição | w | ~o dia da [Imaculada Conceição] é feriado
Fátima | wp | ~a [mão de Fátima] pendurada no carro
Estrela | w | ~o hotel tem [quatro estrelas]; ~a [estrela] da equipa marcou dois golos
Branco | f | ~o [vinho branco] está frio; papel branco; ~deixe a linha em [branco]
Pereira | f | ~a [pereira] do quintal deu muitas peras
Oliveira | f | ~o azeite da [oliveira] do avô; um ramo de oliveira
Carvalho | f | ~a mesa é de [carvalho]; um carvalho centenário
Pinheiro | f | ~o [pinheiro] de Natal está na sala; pinhões do pinheiro
Coelho | f | ~o [coelho] da Páscoa trouxe ovos; arroz de coelho
Leão | m | ~o [leão] do zoo dorme muito; ~o [Leão] ganhou o dérbi
Cordeiro | f | ~[cordeiro] assado para o almoço de domingo
Castelo | f | ~os miúdos fizeram um [castelo] de areia; um castelo insuflável
Moreira | f | ~a [moreira] do quintal está carregada de amoras
Rocha | f | ~a [rocha] na praia é escorregadia; uma rocha enorme
Figueira | f | ~os figos da [figueira] da avó; en:the [Figueira] beach holiday brochure
Nogueira | f | ~a [nogueira] dá nozes em outubro; móveis de nogueira
Silva | f | ~as amoras da [silva] picam; uma silva no caminho
Neves | f | ~as [neves] da serra fecharam a estrada
Reis | f | ~o [Dia de Reis] é em janeiro
Prado | mf | ~as vacas estão no [prado]; en:the Prado museum catalogue
Serra | f | ~a [serra] eléctrica está avariada; ~fomos passear na [serra]
Salgado | f | ~o bacalhau está muito [salgado]; um petisco salgado
Bonito | m | ~que dia [bonito]; um peixe bonito
Mar | w | pt:~o [mar] está calmo hoje
Paz | w | pt:~deixa-me [em paz]; pt:~assinaram [a paz]
Luz | w | pt:~a conta da [luz] chegou; pt:~apaga a [luz] da sala
Sol | m | pt:~está muito [sol] na praia; pt:[óculos de sol]
Cruz | m | pt:~marque com [uma cruz] a resposta
Rosa | w | pt:~a camisola [rosa] é da irmã
Cravo | mf | ~um [cravo] vermelho no 25 de Abril
Jasmim | w | ~o chá de [jasmim] está pronto
Margarida | w | ~as [margaridas] do jardim; uma margarida branca
Lírio | w | ~o [lírio] roxo do vaso
Amor | m | ~um [amor] de pessoa; ~o [amor] de mãe
Vale | mf | ~o [vale] de compras do Natal; ~um [vale] de desconto de dez euros
"""

WORDS = parse(_ES, "es", "es") + parse(_PT, "pt", "pt")
