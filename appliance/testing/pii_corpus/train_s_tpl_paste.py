"""Templates of `train_s` for pasted text: an instruction (translate, summarise, correct,
reply) around text copied from somewhere else, in English around text in another language,
and in Spanish, German, French, Italian, Portuguese, Turkish and Dutch around text in that
language or in English (format: `train_s_templates`)."""

from __future__ import annotations

BLOCK = r"""
=== paste clean en>* lines
Translate this [[LANG]] message into English:\n\n[[S^]]. [[S^]].
My neighbour left this note in [[LANG]]. What does it say? "[[S^]]."
Is this [[LANG]] sentence grammatical? [[S^]]
Summarise the [[LANG]] text below in two English sentences.\n---\n[[S^]]. [[S^]]. [[S^]].\n---
The school app sent this in [[LANG]]: "[[S^]]". Is it important?
Please check my [[LANG]] homework: [[S^]]. [[S^]].
=== paste personal en>* lines
[[P.first]] sent me this in [[LANG]], can you translate it? "[[S^]]."
Correct the grammar of this [[LANG]] note from [[P.full]]:\n[[S^]]. [[S^]].
Reply in [[LANG]] to [[P.title]] saying thanks. Their message: "[[S^]]."
Translate for my mother-in-law [[P.first]]: "[[S^]]." She needs it before [[DATE]].
This came from [[P.full]] ([[P.email]]) in [[LANG]]. Translate it: [[S^]].
A parent, [[P.full]], wrote to the class teacher in [[LANG]]: "[[S^]]." Draft an English summary.
=== paste clean en lines
Summarise this email thread:\n\n> [[C^]].\n> [[C^]].\n> Order [[ORDER]] is delayed until [[DATE]].
Rewrite this for a newsletter: "[[C^]]. [[C^]]."
Proofread: [[C^]]. [[C^]].
Turn this into a to-do list: [[C]], [[C]], and order [[T]].
Here is a paragraph from our policy. Make it simpler:\n"[[C^]]. In addition, [[C]]."
=== paste personal en lines
Summarise this voicemail transcript: "Hi, it's [[P.first]]. [[C^]]. Call me back on [[PHONE]]."
Reply to this message from [[P.full]]:\n"[[C^]]. Also, [[C]]."
Make this sound more professional: "hey [[P.first]], [[C]], cheers [[Q.first]]"
Extract the action items:\n[[P.first]]: [[C]]\n[[Q.first]]: [[C]]\n[[R.first]]: I'll order [[T]]
Forwarded message from [[P.full]] <[[EMAIL]]>:\n[[C^]]. [[C^]].
Pasted from the ward handover: "[[P.title]], bed [[NUM]]: [[C]]."
=== paste clean es lines
Traduce al inglés: «[[C^]]. [[C^]].»
Resume este texto en una frase: «[[C^]]. [[C^]]. El pedido [[ORDER]] llega el [[DATE]].»
Corrige la ortografía: [[C^]], [[C]].
=== paste personal es lines
Traduce al inglés este mensaje de [[P.first]]: «Hola, [[C]]. Un abrazo.»
Responde a [[P.title]] de forma educada. Su mensaje: «[[C^]].»
Resume lo que dice [[P.full]]: «[[C^]]. [[C^]].»
=== paste clean es>en lines
Resume este texto en español: "[[S^]]. [[S^]]."
Traduce al español: "[[S^]]."
=== paste personal es>en lines
Traduce al español el mensaje de [[P.full]]: "[[S^]]. Thanks!"
=== paste clean de lines
Übersetze ins Englische: „[[C^]]. [[C^]].“
Fasse kurz zusammen: „[[C^]]. [[C^]]. Lieferung [[ORDER]] kommt am [[DATE]].“
=== paste personal de lines
Übersetze die Nachricht von [[P.first]] ins Englische: „Hallo, [[C]]. Liebe Grüße“
Antworte höflich an [[P.title]]. Die Nachricht: „[[C^]].“
=== paste clean de>en lines
Übersetze ins Deutsche: "[[S^]]. [[S^]]."
=== paste personal de>en lines
Fasse die E-Mail von [[P.full]] auf Deutsch zusammen: "[[S^]]. [[S^]]."
=== paste clean fr lines
Traduis en anglais : « [[C^]]. [[C^]]. »
Résume en une phrase : « [[C^]]. [[C^]]. »
=== paste personal fr lines
Traduis le message de [[P.first]] : « Bonjour, [[C]]. Bises »
Réponds poliment à [[P.title]]. Son message : « [[C^]]. »
=== paste clean fr>en lines
Traduis en français : "[[S^]]."
=== paste clean it lines
Traduci in inglese: «[[C^]]. [[C^]].»
Riassumi in una frase: «[[C^]]. [[C^]].»
=== paste personal it lines
Traduci il messaggio di [[P.first]]: «Ciao, [[C]]. Un abbraccio.»
Rispondi gentilmente a [[P.title]]. Il messaggio: «[[C^]].»
=== paste personal it>en lines
Riassumi in italiano la mail di [[P.full]]: "[[S^]]. [[S^]]."
=== paste clean pt lines
Traduz para inglês: «[[C^]]. [[C^]].»
Resume numa frase: «[[C^]]. [[C^]].»
=== paste personal pt lines
Traduz a mensagem de [[P.first]]: «Olá, [[C]]. Beijinhos.»
Responde com educação a [[P.title]]. A mensagem: «[[C^]].»
=== paste clean tr lines
İngilizceye çevir: "[[C^]]. [[C^]]."
Tek cümleyle özetle: "[[C^]]. [[C^]]."
=== paste personal tr lines
[[P.first]] şunu yazdı, İngilizceye çevir: "[[C^]]."
[[P.title]] için kibar bir cevap yaz. Mesajı: "[[C^]]."
=== paste clean tr>en lines
Türkçeye çevir: "[[S^]]. [[S^]]."
=== paste clean nl lines
Vertaal naar het Engels: "[[C^]]. [[C^]]."
Vat samen in één zin: "[[C^]]. [[C^]]."
=== paste personal nl lines
Vertaal het bericht van [[P.first]]: "Hoi, [[C]]. Groetjes"
Antwoord beleefd aan [[P.title]]. Het bericht: "[[C^]]."
=== paste personal nl>en lines
Vat de mail van [[P.full]] samen in het Nederlands: "[[S^]]. [[S^]]."
=== paste clean en>sw lines
Translate from Swahili: "[[S^]]. [[S^]]."
=== paste personal en>sw lines
[[P.first]] wrote this in Swahili, what does it mean? "[[S^]]."
"""
