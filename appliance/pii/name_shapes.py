"""Names the shape of a text gives away, where the NER model and the cue phrases of
`appliance.pii.names` miss them. Each shape is weak evidence alone, so the name must also be
a known given or family name (`appliance.pii.known_names`, Faker's lists):

* speaker labels: a known given name (or a given and a family name) opening a line before
  ":" and words, as transcripts and chat logs write them ("DALIA: where are you?",
  "[01:00 UTC] olivia: did anyone ..."), capitalised where the text is a transcript (the
  label on two lines or more, or two labels that are known names), in lower case where two
  labels are known names that are no common English words ("océane: vpn keeps dropping" and
  "katarzyna: try ..."), in any case after a timestamp in brackets; a form's keys are no speakers ("Reason: arrived damaged", "IBAN:
  CH49 ...": each key once, or data after it), nor lower-case keys of code ("age: int");
* @mentions of a known given name, alone or with a family name ("@priya can you review",
  "@jan.novak"), not decorators ("@property", "@app.route("), package scopes or e-mail;
* "FAMILY, Given": a known family name, a comma and a known given name, in capitals or
  capitalised ("Patel, Shreya", "DUCHESNE, GABRIELLE", "LORENCIN, Matej"), as forms and CSV
  files write a name surname first;
* a name in lower case (or capitalised) where a phrase says it is one: after a greeting
  that opens its line, before a comma or "!" ("Hi sage, your VPN ..."), after "it's",
  "this is", "i'm" ("its" and "im" after a greeting or at a line's start) before a comma or
  a line's end ("hey its emilia, new number"), after a title ("Dr pimenta", "Mx.
  kavaliauskas": a given or a family name), between "thank you", "sorry about that", "ok"
  ... and the end of the sentence ("I'm sorry about that, graciela."), after a relative's
  or a coach's role ("my sister hope", "My daughter Nova", "Coach joy") or "reach" ("reach
  fiona at ..."), opening a line before "here" ("eero here - landed in leoben"), and
  opening a clause before a word of `STATUS_WORDS` ("standup: yuki blocked on ..., lenka out
  Sunday"; no common English word, not before a number: "max is 10"); none that the tagger
  calls a verb or an adjective, nor one of `PERSON_VERBS` ("my boss said");
* a name after "congrats", "happy birthday" ... before "!", one a note or a gift is for
  ("a thank you note to tarek?"), one whose things are asked for ("hiral's address"), one
  opening a line before "you" ("simran you said ..."), a known name opening a clause before
  a verb where the tagger says so ("Kiprono ran a great demo"), a signature or a salutation
  with a dash ("- achieng" ending a text, "Maartje - I have called ..."), an action item
  ("- Kekoa to renew passport");
* logins of logs: sshd's "Accepted publickey for zanele from", OpenVPN's
  "dima/102.141.212.197:51820", GitHub's "Merge pull request #3251 from mostafa/...";
* the values of HTML inputs whose name says a person's (`<input name="full_name"
  value="...">`) and iCalendar's organizers and attendees (`ORGANIZER;CN=...:mailto:`);
* airline names, family name first after a slash ("GRIGORYAN/NARINE"); XML elements whose
  tag names a person (<surname>, <given>, <insured>; <name> and <cite> with a known name,
  or <name> under <employee>); logins as "user=" ("(user=astrid)"); two known given names
  joined by "and" before "are", "have" ... ("nomvula and larissa are getting married");
* "Family, Given" in an unquoted CSV row with one cell more than its header, under a
  header that names a person; a form's <label>Name</label> before its <input value>;
  payment messages' <Nm> under <Cdtr> or <Dbtr>; name attributes (<Name family= given=>);
  chat nicks in angle brackets, mentions one after another or in quotes, a lone lower-case
  chat speaker before a greeting, user names with digits after the name;
* speakers after a timestamp or a subtitle's timing line, and in lower case who speak twice;
  sign-offs ending a dictated text or an SMS ("best wishes lukas"), "dear ... comma",
  "this is X Y calling", "ask X whether Y", "love, X"; HL7 v2 name fields
  ("PID|1||285435||KIMURA^YUI"); labels on cards ("MEMBER PIOTR DĄBROWSKI"); <user>
  elements; a nickname in quotes inside a name (`Robert "Bobby" Okonkwo`) (docs/pii.md,
  "Recognizers", lists every shape with the round that added it).

With `[pii] name_shapes` on, `appliance.pii.recognizers.install` adds `NameShapes` and has
`KnownNames` take two or three known names in capitals too ("SAKURA YOSHIDA").

No word may be an English stop word or one of `appliance.pii.names.NOT_NAMES`; no speaker
label or mention one of `NOT_SPEAKERS` (the roles of a chat and words that are given names
too: "Bot", "Summer").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from presidio_analyzer import RecognizerResult

from appliance.pii.columns import split_cells
from appliance.pii.evidence import OwnRecognizer, result
from appliance.pii.foreign_words import FOREIGN_RELATIVE, FOREIGN_RELATIVES, frequent_foreign_words
from appliance.pii.known_names import (
    NOT_NAME_POS,
    PERSON_VERBS,
    a_word,
    common_words,
    excluded_words,
    folded,
    known_names,
    names_in_english,
    parts_of_speech,
    word_style,
)
from appliance.pii.languages import foreign_stop_words, is_foreign
from appliance.pii.names import (
    BUSINESS_WORDS,
    CAPITALS,
    FOREIGN_TITLES,
    HOLIDAYS,
    LIST_GOES_ON,
    PARTICLES,
    PROGRAM_WORDS,
    ROLES,
    SIGN_OFFS,
    STREET_WORDS,
    TITLES,
    YEAR_IN_BRACKETS,
    an_organisations_card,
    english_phrase,
    field_kind,
    foreign_word,
    holds_only_a_name,
    in_a_things_field,
    name_like,
    named_animal,
    named_thing,
    names_a_person,
)
from appliance.pii.ner_odds import vetoed
from appliance.pii.places import is_country, is_place, known_places
from appliance.pii.software import SOFTWARE

# Labels that are no speaker's name, though some are given names somewhere: the roles of a
# chat or a transcript (`ROLES`), seasons, colours and other words a list of "Word: text"
# lines starts with.
NOT_SPEAKERS = frozenset({
    "bot", "agent", "user", "assistant", "system", "caller", "host", "guest", "customer",
    "author", "committer",  # a commit's, once for each commit in a log
    "summer", "winter", "spring", "autumn", "fall", "rose", "olive", "sage", "hazel", "amber",
    "ruby", "jade", "ivory", "violet", "scarlet", "gray", "grey", "green", "brown", "white",
    "black", "gold", "silver", "pearl", "coral", "honey", "ginger", "pepper", "basil", "hunter",
    "price", "mark", "bill", "will", "long", "young", "king", "page", "note", "chase", "rich",
    # ranks and crews' roles that are family names somewhere ("CAPTAIN: Morning.")
    "captain", "purser", "pilot", "skipper", "mate", "bosun", "chief", "major", "sergeant",
    "colonel", "general", "marshal", "sheriff", "usher", "clerk", "dean", "porter", "steward",
    "medic", "ranger", "warden", "cook", "baker", "butler", "bishop", "deacon", "vicar",
}) | ROLES  # fmt: skip

# Roles and programs, which no shape makes a name: "the coach bot just says 'farm more'".
_NO_ONES = ROLES | {"bot", "assistant", "system", "user", "admin", "chatbot"}

# A word of a name in any Latin script, with ' or - inside ("JEAN-BAPTISTE", "d'Angelo").
_W = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?:[-*•][ \t]+)?(?P<stamp>\[[^\]\n]{{1,24}}\][ \t]*|\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]+)?"
    rf"(?P<label>{_W}(?: {_W})?)"
    r"[ \t]*:[ \t]+(?=\S)"
)
# How a chat message opens: "ketevan: hey did you send ...".
_CHAT_OPENER = re.compile(r"(?i)(?:hey|hi|hiya|hello|yo|omg|lol|ok|okay)\b")
_PROSE = re.compile(r"[^\n]*?(?<![\w'’-])[^\W\d_]+[,;]?[ \t]+[^\W\d_]+(?![\w'’-])")
_FAMILY_GIVEN = re.compile(rf"(?<![\w'’-])(?P<family>{_W}), (?P<given>{_W})(?![\w'’-])")
# Greetings and thanks in the languages pasted text is often in: "Hola Itziar,", «Merci
# Olumide, à demain».
FOREIGN_GREETINGS = (
    "hola", "ciao", "hallo", "bonjour", "salut", "hej", "olá", "oi", "merhaba", "cześć",
    "ahoj", "moin", "servus", "selam", "merci", "danke", "gracias", "grazie", "obrigado",
    "obrigada", "tack", "dziękuję", "teşekkürler", "querida", "querido", "caro", "cara",
    "liebe", "lieber", "beste", "chère", "cher",
)  # fmt: skip
_GREETING = re.compile(
    rf"(?im)(?:^|[\"'“‘«„]|:[ \t])[ \t]*(?P<greeting>hi|hey|hello|hiya|dear|good day"
    rf"|{'|'.join(FOREIGN_GREETINGS)})"
    rf"[ \t]+(?P<name>{_W})(?=[ \t]*[,!])"
)
# "its" and "im" are words too ("its reason,"): only at a line's start or after a greeting.
_INTRO = re.compile(
    rf"(?im)(?:\b(?:it's|it’s|it is|this is|i'm|i’m)|(?:^|\b(?:hi|hey|hello|yo),?)[ \t]*(?:its|im))"
    rf"[ \t]+(?P<name>{_W})"
    r"(?=[ \t]*(?:[,!\n]|$|\.(?:\s|$))|[ \t]+[-–—][ \t]|[ \t]+(?:calling|here|from)\b"
    r"|[ \t]+the[ \t]+[a-z]+(?:er|or|ist|ian)\b)"
)
# A title written as one (capitalised or in capitals: "miss" and "dr" in lower case are
# words: "cache miss key=...").
# Titles in other languages too: "Sehr geehrte Frau Fa'amausili", "Sra. Ibáñez".
_TITLE = "|".join(f"{t.capitalize()}|{t.upper()}" for t in (*TITLES, "mx", *FOREIGN_TITLES))
_TITLED = re.compile(rf"(?<![\w.])(?:{_TITLE})\.?[ \t]+(?P<name>{_W})(?![\w'’=:-])")
_VOCATIVE = re.compile(
    rf"(?i)\b(?:(?:thank you|thanks|sorry(?: about that)?|ok|okay|sure|yes|no|bye|confirm)"
    rf"[ \t]*,|thank you|thanks|cheers|congrats|congratulations|happy birthday|happy bday|hbd|well done"
    rf"|good luck|goodbye|bye|love you|miss you)[ \t]+(?:(?:{'|'.join(TITLES + ('mx',))})\.?[ \t]+)?"
    rf"(?P<name>{_W})"
    r"(?=[ \t]*[.?!]+(?:\s|$))"
)

# A notice that opens with the name it is for, or a line or a label's value does: "ELENI your
# car (LN66 FWR) is ready", "Reminder from Dyson Service: Zhang Wei, your MOT is due".
_YOUR_OPENS = re.compile(
    rf"(?:\A|\n|:[ \t])[ \t]*(?P<name>{_W}(?:[ \t]+{_W})?),?[ \t]+your[ \t]+\w"
)


# An @mention: "@priya can you review", "@Jan.Novak", after a space and before a word or
# a punctuation mark; not a decorator ("@property", "@app.route(...)"), a package scope
# ("@types/node"), an e-mail (a word before "@"), nor one of a list of variables ("@min
# @mon", "(@media)").
_MENTION = re.compile(
    r"(?<![^\s'\"(\[“‘])@(?P<name>[^\W\d_]+(?:[._-][^\W\d_]+)?)"
    r"(?=[ \t]+[^\W\d_@]|[ \t]*[,:;!?|\"'”’]|\.(?:\s|$)|[ \t]*$|[ \t]*\n|[ \t]+@(?=[^\W\d_]))"
)
# Relatives and others who are named right after their role, in lower case too: "my sister
# hope keeps ...", "My daughter Nova is 9", "Coach joy wants ...", "reach fiona at ...".
RELATIVES = (
    "sister", "brother", "daughter", "son", "mom", "mum", "dad", "mother", "father", "cousin",
    "aunt", "uncle", "niece", "nephew", "grandma", "grandmother", "grandpa", "grandfather",
    "friend", "boss", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "roommate",
    "flatmate", "teacher", "kid", "baby", "stepson", "stepdaughter", "wife", "husband",
    "partner", "nan", "nana", "nanna", "gran", "granny", "nonna", "abuela", "oma", "opa",
    "neighbour", "neighbor", "colleague", "coworker", "co-worker", "classmate", "teammate",
)  # fmt: skip
KIN_ADJECTIVES = ("little", "big", "older", "younger", "elder", "baby", "best", "twin", "step",
                  "dear", "oldest", "youngest", "eldest", "new")  # fmt: skip
_POSSESSIVES = ("my", "our", "his", "her", "their")
_RELATIVE = re.compile(
    rf"(?i)(?:\b(?:{'|'.join(_POSSESSIVES)})[ \t]+(?:(?:{'|'.join(KIN_ADJECTIVES)})[ \t]+)?"
    rf"(?:{'|'.join(RELATIVES)})|\bcoach|\breach|\b(?:{'|'.join(FOREIGN_RELATIVES)})"
    r"|\b(?:auntie|aunty|uncle|aunt|cousin))"
    rf",?[ \t]+(?P<name>{_W})(?![\w'’-])"  # a comma too since the thirtieth round: "Ma
)  # femme, Ishimwe, est allergique"
# Things written to or for a person, named after "to" or "for" ("a thank you note to tarek?",
# "a birthday message for Amaka").
WRITTEN_FOR = (
    "note", "message", "letter", "card", "email", "e-mail", "text", "reply", "gift",
    "present", "invite", "invitation", "toast", "speech", "poem", "apology", "reminder",
    "dm", "msg", "memo", "thank you", "thank-you", "shoutout", "shout-out", "tribute",
)  # fmt: skip
_WRITTEN_FOR = re.compile(
    rf"(?i)\b(?:{'|'.join(WRITTEN_FOR)})[ \t]+(?:to|for)[ \t]+(?P<name>{_W})"
    r"(?=[ \t]*(?:[?.!,;:)]|$)|[ \t]+(?:and|about|from|who|that|saying|asking|because|to)\b)"
)
# A person's things: "send me hiral's address", "Amaka's birthday".
OWNED = (
    "address", "number", "phone", "mobile", "cell", "email", "e-mail", "birthday", "party",
    "house", "place", "flat", "apartment", "wedding", "mom", "mum", "dad", "husband", "wife",
    "kids", "son", "daughter", "boyfriend", "girlfriend", "contact", "details", "flight",
    "visa", "passport", "ssn", "account", "card", "iban", "salary", "manager", "desk",
    "office", "leave", "shift", "funeral", "baby", "graduation",
)  # fmt: skip
_OWNER = re.compile(rf"(?i)(?<![\w'’-])(?P<name>{_W})['’]s[ \t]+(?:{'|'.join(OWNED)})\b")
# A name opening a line or a quote, then "you": someone addressed ("simran you said you
# would send the files").
_ADDRESSED = re.compile(
    rf"(?im)(?:^|[\"'“‘:][ \t]*)(?P<name>{_W}),?[ \t]+(?:you|u|ur|your)\b(?![\w'’-])"
)
# A sign-off and a name ending a text without a line break, as dictation and SMS write it:
# "... new paragraph best wishes lukas", "... like last time. joanna".
_SIGNED_AT_END = re.compile(
    rf"(?i)(?:\b(?:best wishes|kind regards|regards|many thanks|thanks|thx|ty|cheers|love|best|xx?|xoxo"
    rf"|danke|gracias|merci|grazie|obrigad[oa]|ciao|saludos|groetjes)[,]?"
    rf"|[.!?])[ \t]+(?P<name>{_W}(?:[ \t]+{_W})?)[ \t]*[.!]?[ \t]*\Z"
)
# A salutation dictated: "dear nerea morales vega comma thank you".
_DICTATED_DEAR = re.compile(rf"(?i)\bdear[ \t]+(?P<name>{_W}(?:[ \t]+{_W}){{0,2}})[ \t]+comma\b")
# A signature after a dash, ending the text: "...if that's easier\n\n- achieng", "Call me
# back on 050-924-9541 - Budi"; not the last item of a list of such lines.
_DASH_SIGNATURE = re.compile(
    rf"(?:\n[ \t]*|[ \t])[-–—~][ \t]*(?P<name>{_W}(?: {_W})?)"
    rf"(?:[ \t]*&[ \t]*(?P<name2>{_W}))?(?:[ \t]+from[ \t]+[^\n]{{1,40}})?[ \t]*\Z"
)
# A salutation with a dash, opening an e-mail: "Maartje - I have called ... four times".
_DASH_SALUTATION = re.compile(rf"(?:\A|\n[ \t]*\n)[ \t]*(?P<name>{_W})[ \t]+[-–—][ \t]+(?=[^\W\d_])")
# Logins in logs that name a person: sshd's "Accepted publickey for zanele from ...",
# OpenVPN's "dima/102.141.212.197:51820", GitHub's "Merge pull request #3251 from
# mostafa/fix-date-parsing", "session opened for user ...".
_LOGIN = re.compile(
    r"(?:\bsudo:[ \t]+"  # "sudo: jignesh : COMMAND=..."
    r"|\b(?:Accepted|Failed) (?:publickey|password|keyboard-interactive/pam) for "
    r"(?:invalid user )?|\bsession (?:opened|closed) for user |\bMerge pull request #\d+ from "
    r"|(?<=: )(?=[^\W\d_][\w.-]*/(?:\d{1,3}\.\d|[0-9a-fA-F]{1,4}:)))"
    r"(?P<name>[^\W\d_]+(?:[._-][^\W\d_]+)?)(?=[ /])"
)
# An action item: "- Kekoa to renew passport", "Action: Priya to send the deck".
_ACTION = re.compile(
    rf"(?im)^[ \t]*(?:[-*•]|\d+[.)]|actions?:|todo:|next steps?:)[ \t]*(?P<name>{_W})"
    r"[ \t]+to[ \t]+[a-z]+"
)
# A capitalised known name opening a clause before a verb, where the tagger calls the name
# a proper noun and the next word a verb ("Went well: Jukka fixed the flaky tests, Kiprono
# ran a great demo").
_CLAUSE = re.compile(rf"[:;,][ \t]+(?P<name>{_W})[ \t]+(?P<verb>[a-z]+)\b")
# A name opening a clause (after ": ", ", ", "; ", " - " or a greeting) before a
# word that says what its person does or is ("yuki blocked on staging creds, lenka out
# Sunday", "hey kateřina cant make it").
STATUS_WORDS = (
    "blocked", "out", "off", "ooo", "cant", "can't", "can", "won't", "wont", "will", "is",
    "was", "isn't", "wasn't", "has", "had", "needs", "wants", "said", "says", "asked", "thinks",
    "pinged", "sent", "texted", "called", "left", "joined", "agreed", "replied", "mentioned",
    "emailed", "told", "wrote", "sick", "away", "demoing", "presenting", "approved",
    "reviewed", "owns", "leads", "reports", "reported", "arrived", "checked", "confirmed",
    "kicked", "banned", "connected", "disconnected",
)  # fmt: skip
_STATUS = re.compile(
    rf"(?im)(?:[:;,][ \t]+|[ \t][-–—][ \t]+|\b(?:hey|hi|hello|yo|or|and|but|so|then)[ \t]+"
    rf"|[.!?\]][ \t]+|^[ \t]*"
    rf"|^[ \t]*\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+)(?P<name>{_W})"
    rf"[ \t]+(?:{'|'.join(STATUS_WORDS)})(?![\w'’-])(?![ \t]*[\d$€£¥+-])"  # "max is 10"
)
# "eero here - landed in leoben": a name opening a line before "here".
_HERE = re.compile(rf"(?m)^[ \t]*(?P<name>{_W})[ \t]+here\b(?=[ \t]*[-–—,.!:])")
# Keys of a part of a name, which say so alone in a form: <input name="first" ...>, <last>.
NAME_PART_KEYS = frozenset({"first", "last", "family", "fname", "lname", "forename"})
# An HTML form's field: <input name="full_name" value="...">.
_INPUT = re.compile(
    r"""(?i)<input\b[^<>]*?\bname=["']([\w -]{1,40})["'][^<>]*?\bvalue=["'](?P<name>[^"'<>\n]+)["']"""
)
# A form's label before its input: <label>Name</label><input value="Ka-Wing Cheung">.
_LABELLED_INPUT = re.compile(
    r"""(?i)<label\b[^<>]*>[ \t]*([\w -]{1,40}?)[ \t]*</label>[ \t\n]*"""
    r"""<input\b[^<>]*?\bvalue=["'](?P<name>[^"'<>\n]+)["']"""
)
# An iCalendar person: ORGANIZER;CN=Obinna Ibekwe:mailto:..., ATTENDEE;...;CN="A B":mailto:
_CALENDAR_CN = re.compile(r'(?m)^(?:ORGANIZER|ATTENDEE)[^:\n]*?;CN="?(?P<name>[^";:\n]+)"?[;:]')
# An airline's name of a passenger, family name first after a slash, in capitals:
# "GRIGORYAN/NARINE", "LAU/SIUFUNG MR" (the title stays outside).
_SLASHED = re.compile(
    r"(?<![\w/])(?P<name>(?P<family>[A-Z][A-Z'’-]+)/(?P<given>[A-Z][A-Z'’-]+))"
    r"(?=(?:[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR))?(?![\w/]))"
)
# An XML or HTML element whose tag says it holds a person's name: <surname>WATANABE</surname>,
# <given>YUI</given>, <cite>Freja S.</cite> (a quote's author), <name>...</name>.
_ELEMENT = re.compile(
    r"<(?P<tag>[A-Za-z][\w:-]{0,30})(?:[ \t][^<>\n]*)?>[ \t]*(?P<name>[^<>\n]{1,60}?)[ \t]*</(?P=tag)>"
)
# A login in key=value form, as logs and XML attributes write it: "(user=astrid)",
# <session user="nizhoni" ...>.
_USER_FIELD = re.compile(
    r"""(?<![\w-])(?:user|username|user_name|login|uid|owner|assignee|author|rider|driver"""
    r"""|courier|agent|customer|guest|patient|member|player|host|staff|tester|seller|buyer|cashier"""
    r"""|guard|installer"""
    r"""|reviewer|researcher|reporter|requester)=["']?"""
    r"""(?P<name>[^\W\d_]+(?:[._-][^\W\d_]+)?)(?=["'\s,;)&>]|$)"""
)
# A user name with digits after the person's name: "Username sana_9.", "username: rojda35".
_USERNAME_DIGITS = re.compile(
    r"(?i)\buser[ _-]?name[ \t]*[:=]?[ \t]+(?P<name>[^\W\d_]+)[._-]?\d{1,4}(?![\w])"
)
# Two known given names joined by "and" opening a sentence, before what people do: "seo-yeon
# and elif are getting married", "Nomvula and Larissa have moved".
_PAIR = re.compile(
    rf"(?im)(?:^|[.!?][ \t]+|[:;][ \t]+|\bso[ \t]+)(?P<a>{_W})[ \t]+(?:and|&)[ \t]+(?P<b>{_W})[ \t]+"
    r"(?:are|were|have|had|will|just|got|both|r)\b"
)
# A person given or told something: "send kaloyan the IBAN", "tell Joris the pour moved".
_GIVEN_TO = re.compile(
    rf"(?i)\b(?:send|give|tell|ask|show|pay|remind|text|email|ping|thank|bring|lend|owe|offer"
    rf"|forward)[ \t]+(?P<name>{_W})[ \t]+(?:the|a|an|my|your|his|her|our|their|this|that|some"
    rf"|back)\b"
)
# A name addressed at the end of a spoken line, after a comma: "Thanks for coming in, Oğuz."
_LINE_END_VOCATIVE = re.compile(
    rf"(?m)(?<![\w'’-])[a-z][a-z'’]*,[ \t]+(?P<name>{_W})[ \t]*[.!?]+[ \t]*$"
)  # after a word in lower case: not the last of a list ("Małgorzata Szymański, Ana.")
# A person beside "I" or "me": "Aivars and I tried this recipe", "me and tunde".
_WITH_ME = re.compile(
    rf"(?i)(?<![\w'’-])(?P<name>{_W})[ \t]+and[ \t]+(?:I|me)\b|\bme[ \t]+and[ \t]+(?P<name2>{_W})"
    rf"|(?<![\w'’-])(?P<name3>{_W}),[ \t]+(?P<name4>{_W})[ \t]+and[ \t]+I\b"
)
# A person from a department: "grace from accounts", "Awa from accounts asked me".
DEPARTMENTS = (
    "accounts", "accounting", "legal", "hr", "finance", "sales", "marketing", "payroll",
    "procurement", "it", "ops", "operations", "support", "security", "compliance",
    "engineering", "design", "facilities", "reception", "admin", "billing", "logistics",
    "purchasing", "recruiting", "research",
)  # fmt: skip
_FROM_DEPARTMENT = re.compile(
    rf"(?<![\w'’-])(?P<name>{_W})[ \t]+from[ \t]+(?i:{'|'.join(DEPARTMENTS)})\b(?![\w-])"
)
# A person from where they work: "zhanna from the letting agency", "aroha from the wine shop".
WORKPLACES = (
    "agency", "shop", "office", "bank", "store", "council", "school", "clinic", "garage",
    "surgery", "firm", "company", "restaurant", "cafe", "café", "pharmacy", "hotel", "gym",
    "club", "choir", "church", "campaign", "practice", "branch", "studio", "salon", "bakery",
    "optician", "opticians", "dentist", "dentists", "vets", "hospital", "library", "nursery",
)  # fmt: skip
_FROM_WORKPLACE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_W})[ \t]+from[ \t]+the[ \t]+(?:[a-z]+[ \t]+){{0,2}}"
    rf"(?:{'|'.join(WORKPLACES)})\b"
)
# A person asked whether they can do something: "ask if rehema can pick up the kids".
_ASK_IF = re.compile(
    rf"(?i)\b(?:ask|check|see)[ \t]+(?:(?P<asked>{_W})[ \t]+)?(?:if|whether)[ \t]+(?P<name>{_W})[ \t]+"
    r"(?:(?:still|really|also|even|already)[ \t]+)?(?:can|could|will|would|is|has|wants|needs)\b"
)
# Someone who calls, in full and in lower case as speech-to-text writes it: "hi this is
# guðrún ólafsdóttir calling about my dog's appointment".
_CALLING = re.compile(
    rf"(?i)\b(?:this is|it's|it’s|its|it is)[ \t]+(?P<name>{_W}[ \t]+{_W})[ \t]+calling\b"
)
# A person's identifiers after their name: "- Xiaoming SSN 526-58-3019", "Inese DOB 1990-02-01".
_BEFORE_ID = re.compile(rf"(?<![\w'’-])(?P<name>{_W})[ \t]+(?:SSN|DOB|D\.O\.B\.|NI|NINO)\b")
# A family: "the Zhang household", "the Garnier family"; a couple: "Sequeira / Procházková
# wedding".
_FAMILY = re.compile(
    rf"\b[Tt]he[ \t]+(?P<name>{_W})[ \t]+(?:household|family|residence|estate|twins)\b"
    rf"|(?<![\w'’-])(?P<a>{_W})[ \t]*(?:/|&|and)[ \t]*(?P<b>{_W})[ \t]+(?:wedding|engagement)\b"
)
# Parties of a case: "Thornbury v. Mensah", "Asante vs Ngata".
_VERSUS = re.compile(rf"(?<![\w'’-])(?P<a>{_W})[ \t]+v(?:s)?\.?[ \t]+(?P<b>{_W})(?![\w'’-])")
# A nickname in quotes inside a name: `Robert "Bobby" Okonkwo`, `Ana ‘Nena’ Duarte` (since the
# NER's sixth run, which reads the given name there alone).
_NICKNAMED = re.compile(
    rf"(?<![\w'’-])(?P<name>(?P<given>{_W})[ \t]+[\"“‘'](?P<nick>{_W})[\"”’'][ \t]+"
    rf"(?P<family>{_W}))(?![\w'’-])"
)
# A speaker with a title, or a court's or a police force's rank: "MR. PHAM: Your Honor, may I
# approach?", "JUDGE LARRAÑAGA-AGIRRE: Please state your full name." (since the twenty-third
# round).
_TITLED_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:MR|MRS|MS|DR|MISS|Mr|Mrs|Ms|Dr|Miss|JUDGE|Judge|JUSTICE|Justice"
    r"|DETECTIVE|Detective|DET|Det|SERGEANT|Sergeant|SGT|Sgt|INSPECTOR|Inspector|CONSTABLE"
    r"|Constable|CORONER|Coroner|MAGISTRATE|Magistrate|COUNCILLOR|Councillor|CLLR|Cllr"
    r"|SENATOR|Senator|PROFESSOR|Professor|PROF|Prof)\.?[ \t]+"
    rf"(?P<name>{_W}(?:[ \t]{_W})?)[ \t]*:[ \t]"
)
# A role's label before the speaker's name: "AGENT YOHANNES: Sorry Jelena, ...".
_ROLE_THEN_NAME = re.compile(
    rf"(?m)^[ \t]*(?:AGENT|Agent|REP|Rep|CSR|OPERATOR|Operator|NURSE|Nurse|OFFICER|Officer"
    rf"|DRIVER|Driver|COACH|Coach|DISPATCHER|Dispatcher|ADVISOR|Advisor|ADVISER|Adviser"
    rf"|GUIDE|Guide|HOST|Host|TEACHER|Teacher|INSTRUCTOR|Instructor|CAPTAIN|Captain"
    rf"|MANAGER|Manager|TUTOR|Tutor|LEADER|Leader)"
    rf"[ \t]+(?P<name>{_W})[ \t]*:[ \t]"
)
# A role and the name in brackets after it: "the rider (Kaisa) couldn't find", or a role
# and a name before what the person does, as dictation writes it: "the host giulia is on".
PEOPLE_ROLES = (
    "host", "guest", "driver", "rider", "courier", "seller", "buyer", "tenant", "landlord",
    "cleaner", "owner", "vet", "nurse", "doctor", "agent", "technician", "plumber", "tutor",
    "nanny", "babysitter", "carer", "caretaker", "receptionist", "waiter", "waitress", "server",
    "instructor", "trainer", "coach", "dispatcher", "mechanic", "electrician", "builder",
    "manager", "installer", "guard", "supervisor",
)  # fmt: skip
_ROLE_NAMED = re.compile(
    rf"(?i)\b(?:the|our|my|your|his|her|their|a)[ \t]+(?:[a-z]+[ \t]+)?(?:{'|'.join(PEOPLE_ROLES)})"
    rf"(?:[ \t]*\((?P<name>{_W})\)|[ \t]+(?P<name2>{_W})[ \t]+(?:is|was|will|has|said|says"
    rf"|can|wants|needs|keeps|asked|called|texted)\b)"
)
# A role, then a handle or a name ending a clause: "from seller senthil.ramasamy.", "some
# other buyer Ganbold who kept calling", "referring vet ribeiro".
_ROLE_THEN_HANDLE = re.compile(
    rf"(?i)\b(?:{'|'.join(PEOPLE_ROLES)})[ \t]+(?P<name>[^\W\d_]+(?:[._][^\W\d_]+)?)"
    r"(?=[ \t]*(?:[,;!?)]|\.(?:\s|$)|$)|[ \t]+who\b)"
)
# A chat log's nick in angle brackets: "14:30 <hamza> @arnab hold on".
_NICK = re.compile(r"(?m)^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?<(?P<name>[^\W\d_][\w-]{1,20})>[ \t]")
# What someone told about someone: "lol antonia just told me hauwa is moving".
_TOLD_ME = re.compile(
    rf"(?i)(?<![\w'’-])(?P<a>{_W})[ \t]+(?:just[ \t]+)?told[ \t]+me[ \t]+(?:that[ \t]+)?"
    rf"(?P<b>{_W})[ \t]+(?:is|was|has|had|will|can|got)\b"
)
# Staff where they work: "Sandy at the front desk was amazing", "stayed for Will our server".
_AT_THE_DESK = re.compile(
    rf"(?<![\w'’-])(?P<name>{_W})[ \t]+at[ \t]+(?:the[ \t]+)?(?:front[ \t]+desk|reception|desk|counter|bar)\b"
    rf"|\bfor[ \t]+(?P<name2>{_W})[ \t]+our[ \t]+(?:server|waiter|waitress|host|guide|driver|nurse"
    rf"|cleaner|barista|bartender)\b"
)
# An ID card's lines after OCR, label and value on one line: "SURNAME / NOM NAIDU",
# "GIVEN NAMES RAVI".
_OCR_LABEL = re.compile(
    r"(?m)^[ \t]*(?:SURNAME(?:[ \t]*/[ \t]*NOM)?|GIVEN[ \t]+NAMES?(?:[ \t]*/[ \t]*PR[ÉE]NOMS?)?"
    r"|FIRST[ \t]+NAMES?|LAST[ \t]+NAME|FAMILY[ \t]+NAME|NOM|PR[ÉE]NOMS?|MEMBER|CARDHOLDER"
    r"|CARD[ \t]+HOLDER|ACCOUNT[ \t]+HOLDER|PATIENT|HOLDER|NAME)[ \t]*[:.]?[ \t]+"
    r"(?P<name>[^\W\d_][^\W\d_'’-]+(?:[ \t]+[^\W\d_][^\W\d_'’-]+){0,3})[ \t]*$"
)
# A printed form's labels and values side by side on one line after OCR: "Last Name  MÄGI
# First Name  LIIS" (two spaces or more, or a colon, after each label; the value in capitals).
_OCR_PAIR = re.compile(
    r"(?i:\b(?:last|first|family|given|middle)[ \t]+names?|\bsurname)(?:[ \t]*:[ \t]*|[ \t]{2,})"
    r"(?P<name>[^\W\d_a-z][^\W\d_a-z'’-]+(?:[ \t][^\W\d_a-z][^\W\d_a-z'’-]+){0,2})"
    r"(?=[ \t]{2,}|[ \t]*$)",
    re.M,
)
# A role's label with the speaker's name: "THERAPIST (Pau): How was the week?".
_ROLE_SPEAKER = re.compile(
    rf"(?m)^[ \t]*[A-Z][A-Za-z]+(?:[ \t][A-Za-z]+)?[ \t]+\((?P<name>{_W}(?:[ \t]{_W})?)\)[ \t]*:[ \t]"
)
# A code comment's owner: "TODO(akinyi): remove after ...".
_TODO = re.compile(r"\b(?:TODO|FIXME|XXX|HACK|NOTE)\((?P<name>[^\W\d_]+(?:[._-][^\W\d_]+)?)\)")
# LaTeX's and vCard's person fields: \name{Ayesha Butt}, N:Vogelsang;Friederike;;;, FN:...
_LATEX = re.compile(
    r"\\(?:name|author|firstname|lastname|surname|givenname|familyname|fullname|signature)"
    r"\{(?P<name>[^{}\n]{1,60})\}(?:\{(?P<second>[^{}\n]{1,60})\})?"
)  # moderncv's \name{first}{last} has two
_VCARD_N = re.compile(r"(?m)^N:(?P<family>[^;\n]*);(?P<given>[^;\n]*)")
_VCARD_FN = re.compile(r"(?m)^FN:(?P<name>[^\n]{1,60})$")


def _parts(word: str) -> list[str]:
    lower = folded(word.lower())
    return [lower, *lower.replace("’", "'").split("-")] if "-" in lower else [lower]


def _word_is(word: str, names: frozenset[str], speaker: bool = False) -> bool:
    """Whether `word` (or, hyphenated, one of its parts: "JEAN-BAPTISTE") is in `names`,
    and none of it an excluded word (nor, for a `speaker` label, one of NOT_SPEAKERS)."""
    excluded = excluded_words()
    parts = _parts(word)
    if any(p in excluded or (speaker and p in NOT_SPEAKERS) for p in parts):
        return False
    return any(p in names for p in parts)


def _a_person(label: str) -> bool:
    """A known given name, or a known given name and a known family name, typed alike."""
    given, family = known_names()
    words = label.split(" ")
    if len(words) == 1:
        return _word_is(words[0], given, speaker=True)
    first, last = words
    if not (first.isupper() == last.isupper() and first.islower() == last.islower()):
        return False
    return _word_is(first, given, speaker=True) and (
        _word_is(last, family, speaker=True) or _word_is(last, given, speaker=True)
    )


def speaker_spans(text: str) -> Iterator[tuple[int, int]]:
    """Speaker labels that are names, where two lines or more have a label ("APRIL: ok
    let's start" and "NELLY: yes": "April" is no speaker alone), or after a timestamp."""
    labels = list(_SPEAKER.finditer(text))
    # A speaker says words on one of their lines at least: a form's "IBAN: CH49 ..." and
    # "Case: #4188" have data after the key ("Iban" and "Case" are given names somewhere).
    speaking = {m.group("label") for m in labels if _PROSE.match(text, m.end())}
    people = {label for label in speaking if _a_person(label)}
    # A transcript: a label on two lines or more, or two speakers who are known names; a
    # form has each key once ("Reason: arrived damaged": "Reason" is a given name too).
    said = [m.group("label") for m in labels]
    # A transcript: a speaker who speaks twice, or two speakers with known names; a form or
    # a header has each key once ("Reason: arrived damaged", "Author: ...": given names
    # too). A key in lower case is code or YAML ("age: int") unless a timestamp stands
    # before it.
    capitalised = {label for label in people if not label.islower()}
    # In lower case, as chat exports write names ("océane: vpn keeps dropping" then
    # "katarzyna: try the ..."), only a transcript's: two speakers or more who are known
    # names and no common English word, or one who speaks twice with a family name.
    lower = {label for label in people if label.islower()
             and not any(w in common_words() for w in label.split(" "))}
    lower_transcript = len(lower) >= 2
    # After a timestamp ("[00:04] LASANTHA:") or a subtitle's timing line ("00:00:01,000 -->
    # 00:00:03,500" above "SIGNE: Thanks"), a label that speaks is a speaker once another
    # such label is a known name, unless it is a role or a common word ("AGENT").
    stamped = [m for m in labels if m.group("stamp") or _after_timing(text, m.start())]
    stamped_people = {m.group("label") for m in stamped} & people
    for m in labels:
        label = m.group("label")
        if m.group("stamp") and label in people:
            yield m.span("label")
        elif stamped_people and m in stamped and label in speaking and _a_speaker(label):
            yield m.span("label")
        elif label in capitalised and (said.count(label) >= 2 or len(capitalised) >= 2):
            yield m.span("label")
        elif label in lower and (lower_transcript or said.count(label) >= 2):
            yield m.span("label")  # "thabo: rent this month is ..." then "thabo: send to"
        elif label in lower and m.start() == 0 and _CHAT_OPENER.match(text, m.end()):
            yield m.span("label")  # "ketevan: hey did you send the photos"


# An airline's passenger name, as reservation systems write it: "1.1ZIMMERMANN/SABINE MS",
# "2.1Ó SÚILLEABHÁIN/PÁDRAIG MR": the family name, a slash, the given names, a title (after
# digits or a space in a family name, where `slashed_spans` reads none).
_PNR_NAME = re.compile(
    r"(?<![^\W\d_])(?P<family>[^\W\d_a-z](?:[^\W\d_a-z]|[ '’-](?=[^\W\d_a-z])){1,40})/"
    r"(?P<given>[^\W\d_a-z](?:[^\W\d_a-z]|[ '’-](?=[^\W\d_a-z])){1,40}?)"
    r"[ \t]*(?:MRS|MR|MS|MISS|MSTR|DR|CHD|INF)\b"
)


# A record written as one comma-separated string, family name in capitals first, then the
# given name and a phone number: parse("ZUNGU,Bongani,+91.97039.15409").
_RECORD = re.compile(
    r"(?<![\w'’-])(?P<family>[^\W\d_]{3,}(?:[-'’ ][^\W\d_]+)?),"
    r"(?P<given>[^\W\d_]{2,}(?:[- ][^\W\d_]+)?),(?=[ \t]*\+?\(?\d)"
)


def record_spans(text: str) -> Iterator[tuple[int, int]]:
    """The family and the given name of a record "FAMILY,Given,<phone>": the family name in
    capitals with a vowel, the given name capitalised, neither a common word nor a place."""
    for m in _RECORD.finditer(text):
        family, given = m.group("family"), m.group("given")
        if not (family.isupper() and _VOWELS.search(family) and given[0].isupper()
                and given[1:].replace(" ", "").replace("-", "").islower()):
            continue
        if any(w.lower() in common_words() or w.lower() in excluded_words()
               for w in (family, given)) or is_place(given) or is_place(family):
            continue
        yield m.span("family")
        yield m.span("given")


_VOWELS = re.compile(r"[AEIOUYÀ-ÖØ-Ý]")


def passenger_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """A passenger's name written "FAMILY/GIVEN MR", the title left out, one span as
    `slashed_spans` reads one ("KAPOOR/AARAV")."""
    for m in _PNR_NAME.finditer(text):
        yield m.start("family"), m.end("given")


# A chat export's header: the display name, two spaces or more, the time it was posted, alone
# on its line ("mhairi farquharson  14:00"), the message on the lines below, or two spaces
# or more and the message on the same line ("Dwayne Ramsingh  09:12  Precious just called").
_POSTED_AT = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_W}(?:[ \t]{_W}){{0,2}})[ \t]{{2,}}"
    r"\[?\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?\]?(?:[ \t]*\n(?=[ \t]*\S)|[ \t]{2,}(?=\S))"
)


def posted_by_spans(text: str) -> Iterator[tuple[int, int]]:
    """The display names of a chat export's headers, where two headers or more stand in the
    text and one of them holds a known name that is no English word: a conversation's
    speakers, whatever list knows the others ("kekoa kamakana  16:45"). None that is a
    common English word or a role ("Lunch  12:30" in a day's plan)."""
    headers = list(_POSTED_AT.finditer(text))
    if len(headers) < 2:
        return
    given, family = known_names()

    def known(word: str) -> bool:
        lower = folded(word.lower())
        return (lower in given or lower in family) and _no_english_word(word.lower())

    def wordy(name: str) -> bool:
        return any(w.lower() in common_words() or w.lower() in excluded_words()
                   or w.lower() in NOT_SPEAKERS for w in name.split())

    if not any(known(w) for m in headers for w in m.group("name").split()):
        return
    for m in headers:
        if not wordy(m.group("name")) and not m.group("name").lower().endswith("bot"):
            yield m.span("name")  # not "pagerbot  09:12  ..."


# A customer, a patient ... named in lower case before what they did, as dictation writes it:
# "customer enkhjargal gantulga called to dispute a charge".
_ROLE_DID = re.compile(
    r"\b(?:customer|client|patient|tenant|guest|caller|passenger|applicant|candidate|member"
    r"|student|employee|driver|resident|claimant|policyholder)[ \t]+"
    r"(?P<name>[a-z][^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)?(?:[ \t][a-z][^\W\d_A-Z]+)?)[ \t]+"
    r"(?:called|rang|phoned|emailed|wrote|said|says|asked|wants|wanted|reported|complained"
    r"|disputed|requested|booked|paid|needs|came|visited|cancelled|canceled)\b"
)


def role_did_spans(text: str) -> Iterator[tuple[int, int]]:
    """A name in lower case between a role and what its person did, of words that are no
    English word ("customer kadiatou camara called about a card"; not "customer service
    called")."""
    for m in _ROLE_DID.finditer(text):
        words = m.group("name").split()
        if all(len(w) >= 3 and _no_english_word(w) and w not in NOT_SPEAKERS for w in words):
            yield m.span("name")


# A patient's or a client's name right before their date of birth or record number:
# "Re: Asier Aranburu, DOB 08/09/1953", "Mr Tomasz Zieliński (d.o.b. 3.4.61)".
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_BEFORE_BIRTH = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_WORD}(?:[ \t]+(?:(?:{'|'.join(PARTICLES)})[ \t]+)*{_CAP_WORD}){{1,3}})"
    r"[ \t]*(?:,[ \t]*|\([ \t]*)(?:DOB|D\.O\.B\.|d\.o\.b\.|dob|born|date of birth"
    r"|NHS (?:no|number)|MRN|hospital (?:no|number))(?![^\W\d_])"
)
# A given name's initial (or two) and a family name: "E. Turi", "K. Krūmiņš", "J.R. Okafor"
# (not "U.S. Army", "E. coli", "Fig. 3").
_INITIAL_FAMILY = re.compile(
    r"(?<![\w.&'’-])(?:[A-Z]\.[ \t]?){1,2}[ \t]?(?P<family>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž]{2,}"
    r"(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž]+)?)(?![\w'’-])(?![ \t]*\()"
)


_STREET_NEXT = re.compile(
    rf"[ \t]+(?i:{'|'.join(sorted(STREET_WORDS, key=len, reverse=True))})\b\.?"
)


def initial_family_spans(text: str) -> Iterator[tuple[int, int]]:
    """An initial and a family name that is no English word, no word no name has, no country
    and no word of a line in another language ("E. Turi"; not "A. Introduction" heading a
    list, "till sal B. Glöm inte")."""
    for m in _INITIAL_FAMILY.finditer(text):
        family = m.group("family")
        lower = family.lower()
        if a_word(lower) or a_word(lower.removesuffix("s")):
            continue  # "E. Pallets": an English word, its plural
        if lower in STREET_WORDS or lower in ("nagar", "marg") or _STREET_NEXT.match(
            text, m.end()
        ):
            continue  # "T. Nagar" (Chennai), "J.P. Laurel Ave": a street or a district
        if is_country(family) or foreign_word(text, m.start("family"), family):
            continue  # "till sal B. Glöm inte att": a room's letter, then a word
        yield m.start(), m.end("family")


# Since the thirtieth round: a reference's authors in the Vancouver style at its line's
# start, family names and their initials in capitals without points ("1. Hudáková Z, Ngoy M,
# Somby ÁP. Survival of ...", "2. Claes L, Sorn V et al. Klebsiella ...").
_VANCOUVER_AUTHOR = rf"[{CAPITALS}][^\W\d_]+(?:[ -][{CAPITALS}][^\W\d_]+)*[ \t][{CAPITALS}]{{1,3}}"
_VANCOUVER = re.compile(
    rf"(?m)^[ \t]*(?:\[?\d{{1,3}}[.\]][ \t]+)?(?P<authors>{_VANCOUVER_AUTHOR}"
    rf"(?:,[ \t]{_VANCOUVER_AUTHOR})*)(?P<end>\.[ \t]|,?[ \t]+et al\b)"
)
_VANCOUVER_ONE = re.compile(_VANCOUVER_AUTHOR)


def vancouver_author_spans(text: str) -> Iterator[tuple[int, int]]:
    """The authors of a reference in the Vancouver style, two or more (or one before "et
    al"), most of them a family name that is no English word and its initials ("Ngoy M"):
    those."""
    for m in _VANCOUVER.finditer(text):
        authors = list(_VANCOUVER_ONE.finditer(text, m.start("authors"), m.end("authors")))
        if len(authors) < 2 and "et al" not in m.group("end"):
            continue  # "Appendix B. Results": one, and no "et al"
        names = [a for a in authors if not any(a_word(w) for w in a.group().split()[:-1])]
        if 2 * len(names) > len(authors):  # most no English word ("Prescott F" among them)
            for a in names:
                yield a.span()


# Since the thirtieth round: a name after a slash on a text's last line, as Nordic e-mails
# sign ("... senast torsdag.\n/Jovnna").
_SLASH_SIGNATURE = re.compile(
    rf"\n[ \t]*/(?P<name>[{CAPITALS}][^\W\d_]+(?:[ -][{CAPITALS}][^\W\d_]+)?)[ \t]*\n?"
    r"(?:[ \t]*(?:---|»|\"|”)?[ \t]*\n?)?\Z"
)


def slash_signature_spans(text: str) -> Iterator[tuple[int, int]]:
    """A name after a slash that signs a text on its last line, no English word, no place."""
    m = _SLASH_SIGNATURE.search(text, max(0, len(text) - 60))
    if m and not any(a_word(w) for w in m.group("name").split()) and not is_place(
        m.group("name")
    ):
        yield m.span("name")


_BIRTH_WORDS = re.compile(r"(?i)dob|d\.o\.b|born|birth|NHS|MRN|hospital")


def before_birth_spans(text: str) -> Iterator[tuple[int, int]]:
    """Two to four capitalised words before ", DOB", "(d.o.b." or ", MRN": a patient's name,
    unless every word is a frequent English word ("Patient Record, DOB")."""
    for m in _BEFORE_BIRTH.finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        while len(words) > 2 and (
            words[0].group().lower().rstrip(".") in (*TITLES, *FOREIGN_TITLES, "re")
            or english_phrase(words[0].group())
        ):
            words.pop(0)  # "Mr Tomasz Zieliński (d.o.b.", "Patient Ana Lima, DOB": no title
        if not english_phrase(words[0].group()):
            yield m.start("name") + words[0].start(), m.end("name")


def _after_timing(text: str, start: int) -> bool:
    """Whether the line before `start` is a subtitle's timing line ("00:00:01,000 --> ...")."""
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    return start > 0 and "-->" in text[above:start]


def _a_speaker(label: str) -> bool:
    """A label that may be a speaker's name though no known name: capitalised or in
    capitals, no role, common English word or excluded word."""
    return all(
        word_style(w, capitals=True) in ("title", "upper")
        and w.lower() not in NOT_SPEAKERS and w.lower() not in common_words()
        and w.lower() not in excluded_words()
        for w in label.split()
    )


def family_given_spans(text: str) -> Iterator[tuple[int, int]]:
    """ "Patel, Shreya", "DUCHESNE, GABRIELLE": a known family name that is no given name,
    a comma and a known given name, each capitalised or in capitals."""
    given, family = known_names()
    for m in _FAMILY_GIVEN.finditer(text):
        first, second = m.group("family"), m.group("given")
        if not all(w[0].isupper() and not _lower_inside(w) for w in (first, second)):
            continue
        if not (_word_is(first, family) and not _word_is(first, given) and _word_is(second, given)):
            continue
        if first.lower() in STREET_WORDS or field_kind(text, m.start(), m.end()):
            continue  # "50 Larkspur Close, Bristol"; "Street address - ..."
        if is_place(second):
            continue  # "Bosch, Groningen — Backend Engineer": a company and its city
        before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before or _CAPITAL_AFTER.match(text, m.end()):
            continue  # "Putri Setiawan, Małgorzata Szymański": the end and start of two names
        if LIST_GOES_ON.match(text, m.end()):
            continue  # "about Ferrari, Porsche and McLaren": a list of three, no "Family, Given"
        yield m.span()


# A family name in capitals, a comma and capitalised given names, then a dash or a line's end,
# as a crew list or a roll writes it: "1. VAIPULU, Sela - Chief Officer", "HUỲNH, Ngọc Anh".
_CAPS_FAMILY_LINE = re.compile(
    r"(?m)(?:^[ \t]*(?:\d{1,3}[.)][ \t]+|[-*•][ \t]+)?)"
    r"(?P<name>(?P<family>[^\W\d_a-zß-ÿ]{3,}(?:[ '’-][^\W\d_a-zß-ÿ]{2,})*),[ \t]+"
    r"(?P<given>[^\W\d_a-z][^\W\d_A-Z]+(?:[ -][^\W\d_a-z][^\W\d_A-Z]+){0,2}))"
    r"(?=[ \t]+[-–—][ \t]|[ \t]*$|[ \t]*,[ \t]*\+?\d)"
)


def caps_family_given_spans(text: str) -> Iterator[tuple[int, int]]:
    """A family name in capitals (with a vowel, no English word, no place), a comma and
    capitalised given names opening a line of a list, before a dash, a number or the line's
    end ("1. VAIPULU, Sela - Chief Officer"; not "NOTE, Please read", "PARIS, France")."""
    for m in _CAPS_FAMILY_LINE.finditer(text):
        family, given = m.group("family"), m.group("given")
        if not _VOWELS.search(family) or english_phrase(family) or english_phrase(given):
            continue
        if is_place(family) or is_country(family) or is_place(given) or is_country(given):
            continue
        yield m.span("name")



# A name right before an address in angle brackets, as mail headers and git write it
# ("    13  Oumou Camara <o.camara@hackweek.io>").
_NAME_BEFORE_ADDRESS = re.compile(
    r"(?<![\w'’.@-])(?P<name>[^\W\d_a-z][^\W\d_]+(?:[ \t](?:(?:van|de|der|den|da|dos|del|la|le"
    r"|von|ter|bin|al)[ \t])?[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*){1,3})"
    r"[ \t]+<[^<>@\s]+@[^<>\s]+>"
)


def name_before_address_spans(text: str) -> Iterator[tuple[int, int]]:
    """Two to four capitalised words right before "<someone@host>": the address's owner;
    not a team or a program ("Release Team <release@...>", "GitHub Actions <...>")."""
    for m in _NAME_BEFORE_ADDRESS.finditer(text):
        name = m.group("name")
        last = name.split()[-1].lower()
        if english_phrase(name) or last in PROGRAM_WORDS or last in NOT_SPEAKERS or (
            last.endswith("bot") or last in BUSINESS_WORDS
        ):
            continue
        yield m.span("name")


# A doctor or another titled person named in lower case, as dictation writes it: "my
# appointment with doctor shrestha".
_LOWER_TITLED = re.compile(
    r"\b(?:doctor|dr|mr|mrs|ms|miss|nurse|professor|prof)[ \t]+(?P<name>[a-z][a-z'’-]{2,})"
    r"(?![\w'’-])"
)


def lower_titled_spans(text: str) -> Iterator[tuple[int, int]]:
    """A word after a title in lower case that is no English word and no word no name has
    ("doctor llancaqueo"; not "doctor appointment", "miss the bus")."""
    for m in _LOWER_TITLED.finditer(text):
        name = m.group("name")
        if a_word(name) or name in frequent_foreign_words() or is_place(name):
            continue
        yield m.span("name")


# An author of a reference list: a family name, a comma and initials, then another author,
# "et al." or the year ("Bandara, N. and Yılmaz, E. (2012)", "Nieminen, V., et al.").
_CAPITAL = r"[^\W\d_a-z]"
_AUTHOR = re.compile(
    rf"(?<![\w'’.-])(?:{_CAPITAL}[^\W\d_]+(?:['’-]{_CAPITAL}?[^\W\d_]+)*"
    rf"(?:[ \t](?:van|de|der|den|da|dos|del|la|le|al|el|von|ter)(?:[ \t]{_CAPITAL}[^\W\d_]+)?)?)"
    rf",[ \t]+{_CAPITAL}\.(?:[ \t-]?{_CAPITAL}\.){{0,2}}"
    r"(?=,|[ \t]+(?:and|&)[ \t]|[ \t]*\((?:19|20)\d\d|[ \t]+et[ \t]+al\b|[ \t]+\((?:ed|eds)\.)"
)


def author_spans(text: str) -> Iterator[tuple[int, int]]:
    """The authors of a reference list, where a line cites a year in brackets: "Bandara, N.
    and Yılmaz, E. (2012) 'Reading groups ...'" (the family name no common word: not
    "Report, A.")."""
    if not YEAR_IN_BRACKETS.search(text):
        return
    for m in _AUTHOR.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        family = m.group().split(",")[0]
        if not YEAR_IN_BRACKETS.search(line) or family.lower() in common_words() or (
            family.lower() in excluded_words()
        ):
            continue
        yield m.span()


_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_a-z][^\W\d_]* \Z")

_CAPITAL_AFTER = re.compile(r" [^\W\d_a-z][^\W\d_]*(?![\w'’-])")


def _lower_inside(word: str) -> bool:
    """A capital after a small letter twice or more: CamelCase, no name."""
    return len(re.findall(r"[a-z][A-Z]", word)) >= 2


def cued_spans(text: str, pos: dict[int, str] | None = None) -> Iterator[tuple[int, int]]:
    """Names, lower case included, after a greeting, an introduction, a title or a
    vocative comma; none that the tagger (`pos`: the part of speech at each start offset,
    where one ran) calls a verb, an adjective ... ("It's sad, really")."""
    given, family = known_names()
    pos = pos or {}
    patterns = (_GREETING, _INTRO, _VOCATIVE, _TITLED, _HERE, _RELATIVE, _STATUS, _WRITTEN_FOR,
                _OWNER, _ADDRESSED)
    for pattern in patterns:
        for m in pattern.finditer(text):
            name = m.group("name")
            if name.isupper() and len(name) > 1 and pattern is not _TITLED:
                continue  # "HI TEAM": a shout, not a name
            tag = pos.get(m.start("name"))
            if (tag in NOT_NAME_POS and pattern not in _NO_VERB_HERE) or (
                name.lower() in PERSON_VERBS
            ):
                continue  # "my boss said": a verb, where no tagger ran too
            if pattern is _STATUS and not _a_status_name(text, m.start("name"), name, tag):
                continue
            if pattern in (_WRITTEN_FOR, _OWNER, _ADDRESSED) and name.lower() in common_words():
                continue  # "a note to self", "Summer's party"
            if pattern is _GREETING and name.lower() in _EVERYONE:
                continue  # "Hej alla!": all of them, in Swedish (and "Alla" a given name)
            if _word_is(name, given) or (pattern is _TITLED and _word_is(name, family)):
                yield m.span("name")
            elif pattern is _TITLED and _unlisted_titled(text, m):
                yield m.span("name")  # "Ms Ozoliņa", a cell's whole value: no list has it
            elif pattern is _RELATIVE and _unlisted_relative(text, m, tag):
                yield m.span("name")  # "my little sister harjinder wants": no list has it
            elif pattern is _GREETING and _unlisted_greeted(name) and (
                m.group("greeting").lower() not in _GERMAN_GREETINGS
                or text[m.end("name") : m.end("name") + 2].strip().startswith("!")
            ):
                yield m.span("name")  # "Hej Mahtte!", "Good day Binta,": no list has it
    yield from _dash_spans(text)
    for m in _TODO_OWNER.finditer(text):
        words = m.group("name").split()
        if all(w[:1].isupper() and not w.isupper() and not a_word(w) for w in words):
            yield m.span("name")  # "// TODO(Hanta): ...": whose the task is; not "TODO(jdoe)"
    for m in _YOUR_OPENS.finditer(text):
        first, *second = m.group("name").split()
        if not (_word_is(first, given, speaker=True) and _no_english_word(first.lower())):
            continue
        if second and not (_word_is(second[0], family) or _word_is(second[0], given)):
            continue  # "Reminder: Kliment Adomako, your MOT is due"; not "Tomas Service"
        yield m.span("name")
    for m in _ACTION.finditer(text):
        name = m.group("name")
        if not name.isupper() and name.lower() not in common_words() and _word_is(
            name, given, speaker=True
        ):
            yield m.span("name")
    for m in _CLAUSE.finditer(text) if pos else ():
        name = m.group("name")
        if (name[0].isupper() and not name.isupper() and pos.get(m.start("name")) == "PROPN"
                and pos.get(m.start("verb")) == "VERB" and name.lower() not in common_words()
                and _word_is(name, given)):
            yield m.span("name")


# A code comment's task and whose it is, since the twenty-ninth round: "// TODO(Hanta):",
# "# FIXME(Muhammad Hafiz)".
_TODO_OWNER = re.compile(
    r"\b(?:TODO|FIXME|XXX|HACK|NOTE|BUG)\((?P<name>[^\W\d_]+(?:[ \t][^\W\d_]+){0,2})\)"
)
# "Everyone" after a greeting, in the languages pasted text is often in, where it is a given
# name too ("Hej alla!", "Ciao tutti").
_EVERYONE = frozenset({
    "alla", "allihop", "allihopa", "alle", "allemaal", "iedereen", "tutti", "todos", "todas",
    "tous", "toutes", "pessoal", "galera", "wszystkim", "wszyscy", "herkese", "herkes",
    "semua", "everyone", "everybody", "folks",
})  # fmt: skip


# Cues after which the tagger's word for a lower-case name says nothing: it calls unknown
# words verbs and adjectives ("Congrats khadija!", "send me hiral's address").
_NO_VERB_HERE = (_VOCATIVE, _OWNER, _WRITTEN_FOR)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+(?:['’][a-z]+)?)")


def _a_status_name(text: str, start: int, name: str, tag: str | None) -> bool:
    """Whether `name` at `start`, before a word of STATUS_WORDS, is a person's: no common
    English word ("max is 10"), capitalised only where the tagger calls it a proper noun
    ("Mark is done"), and at a line's start only in lower case, a known given name that no
    chat role or colour is ("Siri won't connect" opens a sentence; "ruby is slow")."""
    if name.lower() in common_words() or not (name.islower() or tag == "PROPN"):
        return False
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return True
    return name.islower() and _word_is(name, known_names()[0], speaker=True)


def _dash_spans(text: str) -> Iterator[tuple[int, int]]:
    """A known given name (and a second name) signing a text after a dash at its end, or
    greeted with a dash at the start of an e-mail."""
    given, family = known_names()
    signature = _DASH_SIGNATURE.search(text, max(0, len(text) - 60))
    if signature:
        line_start = text.rfind("\n", 0, signature.start("name")) + 1
        previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start].strip()
        words = signature.group("name").split()
        signed_off = text[line_start : signature.start()].strip(" \t").lower() in SIGN_OFFS
        if (not previous.startswith(("-", "–", "—", "~", "*"))
                and _signs(words, given, family, capitals=signed_off)
                and not field_kind(text, *signature.span("name"))):
            yield signature.span("name")  # not a list's last item, nor "Colour - Hunter Green"
            second = signature.group("name2")
            if second and _signs([second], given, family):
                yield signature.span("name2")  # "– Oriol & Ilaria from Mexico"
    for m in _DASH_SALUTATION.finditer(text):
        name = m.group("name")
        if not name.isupper() and name.lower() not in common_words() and _word_is(name, given):
            yield m.span("name")


def _signs(
    words: list[str], given: frozenset[str], family: frozenset[str], capitals: bool = False
) -> bool:
    """A known given name (and a second name), not in capitals unless `capitals` (after a
    sign-off: "Thank you - KENTA")."""
    first = words[0]
    if (first.isupper() and not capitals) or first.lower() in common_words() or not _word_is(
        first, given
    ):
        return False
    return len(words) == 1 or _word_is(words[1], family) or _word_is(words[1], given)


_GERMAN_GREETINGS = frozenset({"hallo", "moin", "servus", "danke", "liebe", "lieber"})


def _unlisted_capitalised(name: str) -> bool:
    """A capitalised word of three letters or more, not in capitals, that is no English word,
    no word no name has and no frequent word of a pasted language."""
    return name[:1].isupper() and not name.isupper() and len(name) >= 3 and not (
        a_word(name) or name.lower() in frequent_foreign_words()
    )


# A sentence going on after a titled name: a word in lower case, or a point or a comma.
_SENTENCE_GOES_ON = re.compile(r"[a-zäöüß]{2,}\b|[,.;!?](?:\s|\Z)")


def _unlisted_titled(text: str, m: re.Match[str]) -> bool:
    """A capitalised family name no list has after Mr, Ms, Dr ..., where the title and the
    name are a table cell's or a line's whole value ("<td>Ms Ozoliņa</td>") or a sentence
    goes on after them ("Frau Caflisch holt Sie ab"; not a book's title, "the plot of Mrs
    Dalloway"), and the name is no English word, no word of a pasted language and no place."""
    name = m.group("name")
    if not _unlisted_capitalised(name) or is_place(name):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = text[line_start : m.start()].rstrip(" \t")
    after = text[m.end("name") :].split("\n", 1)[0].lstrip(" \t")
    if (before.endswith((">", "|", ":", ",")) or not before) and (
        after.startswith(("<", "|", ",")) or after in ("", ":")
    ):
        return True  # "<td>Ms Ozoliņa</td>", "Estimada Sra. Ccori:"
    # since the twenty-ninth round, in a sentence too: "Frau Caflisch holt Sie am Bahnhof ab",
    # "Mr Dualeh from our structural team"; not a book's ("the plot of Mrs Dalloway")
    return bool(_SENTENCE_GOES_ON.match(after)) and not named_thing(
        text, m.start("name"), m.end("name")
    )


def _unlisted_greeted(name: str) -> bool:
    """A capitalised word that no list has, greeted at a line's start and followed by "," or
    "!" (after a German greeting only "!": German capitalises its nouns, "Liebe
    Kolleginnen,"):
    a name, unless it is a word of English or of a language pasted text is often in ("Hi
    Team,", "Hej alla!")."""
    if re.search(r"[a-z][A-Z]", name):
        return False  # "Beste FitFabriek,": a business in CamelCase
    return _unlisted_capitalised(name) and name.lower() not in NOT_SPEAKERS


def _unlisted_relative(text: str, m: re.Match[str], tag: str | None) -> bool:
    """A name no list has after "my"/"our"... and a relative's role, where the tagger calls
    it a noun and the next word says what a person does ("my little sister harjinder
    wants to learn python"); no common English word ("my friend group is ..."). After
    another language's relative, a capitalised word that is no word of it ("ma nièce
    Khady")."""
    name = m.group("name")
    if FOREIGN_RELATIVE.match(m.group()):
        # "ma nièce Khady": a capitalised word after another language's relative, no word of
        # that language
        return name[:1].isupper() and not name.isupper() and not (
            name.lower() in frequent_foreign_words() or name.lower() in common_words()
        )
    if not m.group().lower().startswith(_POSSESSIVES) or tag not in ("PROPN", "NOUN"):
        return False
    if name.lower() in common_words() or name.lower() in excluded_words() or name.isupper():
        return False
    after = _NEXT_WORD.match(text, m.end("name"))
    return bool(after) and after.group(1).lower() in (*STATUS_WORDS, *PERSON_VERBS)


def field_spans(text: str) -> Iterator[tuple[int, int]]:
    """The values of HTML inputs whose name or label says a person's ("full_name",
    <label>Name</label>), iCalendar
    organizers' and attendees' common names (CN=), LaTeX's \\name{...} and \\author{...},
    vCard's FN: and N:; none that is a known place."""
    if "<input" in text or "<INPUT" in text:
        for pattern in (_INPUT, _LABELLED_INPUT):
            for m in pattern.finditer(text):
                key = m.group(1)
                if (names_a_person(key) or key.lower() in NAME_PART_KEYS) and name_like(
                    m.group("name"), capitalised=False
                ):
                    yield m.span("name")
    if "CN=" in text:
        for m in _CALENDAR_CN.finditer(text):
            if name_like(m.group("name").strip(), capitalised=True):
                yield m.start("name"), m.start("name") + len(m.group("name").strip())
    fields = []
    if "\\" in text:
        fields += [(m, g) for m in _LATEX.finditer(text) for g in ("name", "second")
                   if m.group(g)]
    if "N:" in text:
        fields += [(m, "name") for m in _VCARD_FN.finditer(text)]
        fields += [(m, g) for m in _VCARD_N.finditer(text) for g in ("family", "given")]
    for m, group in fields:
        # LaTeX's authors one after another: \author{A \and B \and C}
        offset = m.start(group)
        for part in m.group(group).split("\\and"):
            value = part.strip()
            if value and name_like(value, capitalised=True) and not (
                is_place(value) or is_country(value)
            ):
                start = offset + part.index(value)
                yield start, start + len(value)
            offset += len(part) + len("\\and")


_ONE_WORD = re.compile(rf"[ \t]?(?P<word>{_W})[ \t]*")


def split_row_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names written "Family, Given" in a comma-separated row without quotes
    ("LB2133648859,Zielińska, Tomasz,+55-11-2345-7894,3"): the row has one cell more than its
    header, and the cell under a header that names a person ("borrower") and the next one,
    after a comma and a space, are one capitalised word each."""
    header: list[str] | None = None  # of the block of comma lines the line is in
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if "," not in line:
            header = None
            continue
        cells = split_cells(line, ",")
        if header is None:
            # the first line of a block is its header when it holds no digits
            header = [] if any(ch.isdigit() for ch in line) else [
                line[a:b].strip(" \"'") for a, b in cells
            ]
            continue
        if not header or len(cells) != len(header) + 1:
            continue
        for i, key in enumerate(header):
            (a, b), (c, d) = cells[i], cells[i + 1]
            family, given = _ONE_WORD.fullmatch(line, a, b), _ONE_WORD.fullmatch(line, c, d)
            if not (family and given and line[c : c + 1] == " " and names_a_person(key)):
                continue
            words = (family.group("word"), given.group("word"))
            if all(w[0].isupper() and not _lower_inside(w) for w in words) and name_like(
                f"{words[0]} {words[1]}", capitalised=True
            ):
                yield start + family.start("word"), start + given.end("word")


def slashed_spans(text: str) -> Iterator[tuple[int, int]]:
    """Airline names ("GRIGORYAN/NARINE"): a known given name after the slash, or a known
    family name before it; neither a common English word ("READ/WRITE")."""
    given, family = known_names()
    common = common_words()
    for m in _SLASHED.finditer(text):
        first, second = m.group("family"), m.group("given")
        if first.lower() in common or second.lower() in common:
            continue
        if _word_is(second, given, speaker=True) or (
            _word_is(first, family) and len(second) >= 3 and not _word_is(second, family)
        ):
            yield m.span("name")


def element_spans(text: str) -> Iterator[tuple[int, int]]:
    """The text of XML or HTML elements whose tag names a person's name: any name-like
    text under a given- or family-name tag or a person's key (<passenger>, <guest_name>),
    and under <name> or <cite> one with a known given or family name in it."""
    given, family = known_names()
    for m in _ELEMENT.finditer(text):
        tag = m.group("tag").lower().split(":")[-1]
        value = m.group("name").strip()
        if not name_like(value, capitalised=False):
            continue
        words = [w for w in re.split(r"[ .]+", value) if len(w) > 1]
        known = any(_word_is(w, given) or _word_is(w, family) for w in words)
        if holds_only_a_name(tag) or tag in NAME_PART_KEYS:
            yield m.span("name")  # whatever town shares it: <GivenName>Khulan</GivenName>
        elif is_place(value):
            continue
        elif tag in ("name", "cite", "author", "nm"):
            if (known and (not value.islower() or tag == "name")) or (
                tag == "name" and not value.islower() and _person_parent(text, m.start())
            ):
                yield m.span("name")
        elif (names_a_person(tag) or _person_role(m.group())) and (known or not value.islower()):
            yield m.span("name")
        elif tag in ("user", "login") and known and " " not in value:
            yield m.span("name")  # <user>lorenzo</user> in a log


_ROLE_ATTRIBUTE = re.compile(r"""\brole=["']([\w -]{1,30})["']""")


def _person_role(element: str) -> bool:
    """<party role="plaintiff">: an element whose role attribute names a person."""
    role = _ROLE_ATTRIBUTE.search(element[: element.find(">") + 1])
    return bool(role) and (names_a_person(role.group(1)) or role.group(1).lower() in ROLES)


_OPEN_OR_CLOSE = re.compile(r"<(/?)([A-Za-z][\w:-]{0,30})(?:[ \t][^<>\n]*)?(/?)>")


def _person_parent(text: str, start: int) -> bool:
    """Whether the element enclosing the one at `start` names a person (<employee>,
    <passenger>, <guest>): its name under <name> needs no list."""
    open_tags: list[str] = []
    for m in _OPEN_OR_CLOSE.finditer(text, max(0, start - 400), start):
        closing, tag, empty = m.groups()
        if empty:
            continue
        if closing:
            if tag in open_tags:
                del open_tags[len(open_tags) - 1 - open_tags[::-1].index(tag) :]
        else:
            open_tags.append(tag)
    parent = open_tags[-1].split(":")[-1] if open_tags else ""
    return bool(parent) and (names_a_person(parent) or parent.lower() in PAYMENT_PARTIES)


# The parties of a payment message (ISO 20022: <Dbtr><Nm>...</Nm></Dbtr>).
PAYMENT_PARTIES = frozenset({"cdtr", "dbtr", "ultmtcdtr", "ultmtdbtr", "creditor", "debtor"})
# A name in attributes: <Name family="Wijaya" given="Wulan"/>.
_NAME_ATTRIBUTES = re.compile(
    r"""<(?:[\w-]+:)?(?:name|humanname|person|patient)\b[^<>]*>""", re.IGNORECASE
)
_NAME_ATTRIBUTE = re.compile(
    r"""\b(?:family|given|first|last|surname|forename|firstname|lastname)=["'](?P<name>[^"'<>\n]{1,40})["']""",
    re.IGNORECASE,
)


def attribute_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names in a name element's attributes: <Name family="Wijaya" given="Wulan"/>."""
    for element in _NAME_ATTRIBUTES.finditer(text):
        for m in _NAME_ATTRIBUTE.finditer(text, element.start(), element.end()):
            if name_like(m.group("name").strip(), capitalised=True):
                yield m.span("name")


def pair_spans(text: str) -> Iterator[tuple[int, int]]:
    """Two known given names joined by "and" that open a sentence before "are", "have" ...
    ("nomvula and larissa are getting married"), neither a common English word, typed
    alike."""
    given, _ = known_names()
    common = common_words()
    for m in _PAIR.finditer(text):
        a, b = m.group("a"), m.group("b")
        if word_style(a) != word_style(b) or word_style(a) not in ("lower", "title"):
            continue
        if any(w.lower() in common or not _word_is(w, given, speaker=True) for w in (a, b)):
            continue
        yield m.span("a")
        yield m.span("b")


def phrase_spans(text: str) -> Iterator[tuple[int, int]]:
    """Known given names a phrase says are people: given or told something, beside "I",
    from a department or a workplace, asked whether they can, before an SSN or a birth
    date; families and couples; the parties of a case; titled speakers and speakers after
    a role ("AGENT YOHANNES:", "THERAPIST (Pau):"); chat nicks; what one told about
    another; staff at the front desk; an ID card's label lines after OCR; the owners of
    code comments ("TODO(seo-yeon)"); people who call ("this is guðrún ólafsdóttir
    calling"); sign-offs at a text's end. None that is a known place ("across Saudi Arabia and China and I would
    hire")."""
    for start, end in _phrase_spans(text):
        if not is_place(text[start:end]) and not is_country(text[start:end]):
            yield start, end


def _phrase_spans(text: str) -> Iterator[tuple[int, int]]:
    given, family = known_names()
    common = common_words()
    excluded = excluded_words()

    def known(word: str, families: bool = False) -> bool:
        return _word_is(word, given) or (families and _word_is(word, family))

    for m in _GIVEN_TO.finditer(text):
        name = m.group("name")
        if name.lower() not in common and not name.isupper() and known(name):
            yield m.span("name")
    for m in _LINE_END_VOCATIVE.finditer(text) if ", " in text else ():
        name = m.group("name")
        if name.lower() not in common and not name.isupper() and known(name):
            yield m.span("name")  # "Thanks for coming in, Oğuz."
    for m in _WITH_ME.finditer(text):
        for group in ("name", "name2", "name3", "name4"):
            name = m.group(group)
            if name and name.lower() not in common and not name.isupper() and known(name):
                yield m.span(group)  # "Aivars and I", "Ximena, Rawiri and I are splitting"
    for m in _FROM_DEPARTMENT.finditer(text) if " from " in text else ():
        name = m.group("name")
        if name.lower() not in excluded and not name.isupper() and known(name):
            yield m.span("name")  # "grace from accounts": the department says who
    asks = " from the " in text or " if " in text or " whether " in text
    for pattern in (_FROM_WORKPLACE, _ASK_IF):
        for m in pattern.finditer(text) if asks else ():
            for group in ("name", "asked") if pattern is _ASK_IF else ("name",):
                name = m.group(group)
                if name and name.lower() not in excluded and name.lower() not in common and (
                    not name.isupper() and known(name)
                ):
                    yield m.span(group)  # "zhanna from the letting agency", "ask nina
                    # whether youssef is coming"
    for m in _CALLING.finditer(text) if " calling" in text else ():
        first, last = m.group("name").split()[0], m.group("name").split()[-1]
        if first.lower() not in common and last.lower() not in common and known(first) and (
            first.islower() == last.islower()
        ):
            yield m.span("name")  # "this is guðrún ólafsdóttir calling"
    for m in _BEFORE_ID.finditer(text):
        name = m.group("name")
        if name.lower() not in common and known(name, families=True):
            yield m.span("name")
    for m in _FAMILY.finditer(text):
        names = [g for g in ("name", "a", "b") if m.group(g)]
        words = [m.group(g) for g in names]
        if all(w[0].isupper() and w.lower() not in common and w.lower() not in excluded
               for w in words) and any(known(w, families=True) for w in words):
            yield from (m.span(g) for g in names)
    for m in _VERSUS.finditer(text) if " v" in text else ():
        words = [m.group("a"), m.group("b")]
        if all(w[0].isupper() and not w.isupper() and w.lower() not in common for w in words) and (
            any(known(w, families=True) for w in words)
        ):
            yield m.span("a")
            yield m.span("b")
    for m in _NICKNAMED.finditer(text) if any(q in text for q in "\"“‘'") else ():
        words = [m.group("given"), m.group("nick"), m.group("family")]
        if all(w[0].isupper() and not w.isupper() for w in words) and not any(
            w.lower() in common or w.lower() in excluded for w in (words[0], words[2])
        ) and known(words[0]):
            yield m.span("name")  # `Robert "Bobby" Okonkwo`: one name with its nickname
    for m in _TITLED_SPEAKER.finditer(text) if ":" in text else ():
        words = m.group("name").split()
        if not any(w.lower() in common or w.lower() in excluded for w in words) and all(
            w[0].isupper() for w in words
        ):
            yield m.span("name")  # not "Inspector initials: ____", a form's field
    for m in _ROLE_THEN_NAME.finditer(text) if ":" in text else ():
        name = m.group("name")
        if name.lower() not in common and name.lower() not in excluded and known(name, True):
            yield m.span("name")  # "AGENT YOHANNES: Sorry Jelena"
    for m in _NICK.finditer(text) if "<" in text else ():
        if _a_handle(m.group("name")):
            yield m.span("name")  # "<hamza> @arnab hold on"
    for m in _TOLD_ME.finditer(text) if " told me " in text else ():
        for group in ("a", "b"):
            name = m.group(group)
            if name.lower() not in common and name.lower() not in excluded and known(name):
                yield m.span(group)
    for m in _ROLE_NAMED.finditer(text):
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        if name.lower() not in excluded and name.lower() not in common and not name.isupper() and (
            known(name)
        ):
            yield m.span(group)  # "the rider (Kaisa)", "the host giulia is on ..."
    for m in _ROLE_THEN_HANDLE.finditer(text):
        name = m.group("name")
        if name.lower() not in excluded and name.lower() not in common and not name.isupper() and (
            _a_handle(name) or ("." not in name and "_" not in name and known(name, True))
        ):
            yield m.span("name")  # "seller senthil.ramasamy.", "referring vet ribeiro"
    for m in _AT_THE_DESK.finditer(text) if " at " in text or " our " in text else ():
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        if name.lower() not in excluded and not name.isupper() and known(name):
            yield m.span(group)  # "Sandy at the front desk", "stayed for Will our server"
    for m in _OCR_LABEL.finditer(text):
        words = m.group("name").split()
        if not m.group("name").isupper():
            continue  # in capitals, as a card or a form prints it
        if any(known(w, True) for w in words) and not any(w.lower() in common for w in words):
            yield m.span("name")  # "SURNAME / NOM NAIDU"
    for m in _OCR_PAIR.finditer(text) if "  " in text else ():
        words = m.group("name").split()
        if any(known(w, True) for w in words) and not any(w.lower() in common for w in words):
            yield m.span("name")  # "Last Name  MÄGI     First Name  LIIS"
    for m in _ROLE_SPEAKER.finditer(text) if "):" in text else ():
        words = m.group("name").split()
        role = m.group().split("(")[0].strip()
        styles = ("title", "upper") if role.isupper() else ("title",)  # not "Bank (IBAN):"
        if all(word_style(w, capitals=True) in styles and w.lower() not in common
               and w.lower() not in excluded for w in words) and known(words[0], families=True):
            yield m.span("name")  # not "Bank (IBAN):"
    tail = _SIGNED_AT_END.search(text, max(0, len(text) - 60))
    if tail:
        words = tail.group("name").split()
        if known(words[0]) and not any(w.lower() in common or w.lower() in excluded for w in words):
            yield tail.span("name")  # "best wishes lukas", "like last time. joanna"
    for m in _DICTATED_DEAR.finditer(text) if " comma" in text else ():
        words = m.group("name").split()
        if known(words[0]) and not any(w.lower() in common for w in words):
            yield m.span("name")  # "dear nerea morales vega comma thank you"
    for m in _TODO.finditer(text) if "(" in text else ():
        handle = m.group("name")
        parts = re.split(r"[._]", handle.lower())
        if _a_handle(handle) or (handle.islower() and len(handle) > 2 and not any(
            p in common or p in excluded or p in TODO_TOPICS for p in parts
        )):
            yield m.span("name")  # "TODO(priya)", "TODO(seo-yeon)"; not "TODO(perf)"


# What a TODO's brackets hold where they name no one: "TODO(perf)", "FIXME(security)".
TODO_TOPICS = frozenset({
    "perf", "security", "sec", "cleanup", "refactor", "later", "docs", "doc", "tests", "test",
    "ci", "ux", "ui", "api", "db", "infra", "ops", "i18n", "l10n", "a11y", "compat", "deprecation",
    "hack", "bug", "fix", "feature", "optimization", "optimisation", "migration", "temp", "tmp",
})  # fmt: skip


def _a_handle(handle: str) -> bool:
    """A handle that is a known given name, alone or with a family name ("priya",
    "jan.novak", "Kofi_Mensah")."""
    given, family = known_names()
    first, *rest = re.split(r"[._-]", handle)
    if not rest and (humps := _TWO_HUMPS.fullmatch(handle)):
        first, rest = humps.group(1), [humps.group(2)]  # "MatejaKovacevic"
    if rest and len(rest[-1]) == 1 and rest[-1].isalpha():
        rest = rest[:-1]  # "soren_f": a given name and an initial
    return _word_is(first, given, speaker=True) and all(
        _word_is(w, family) or _word_is(w, given) for w in rest
    )


def actor_spans(text: str) -> Iterator[tuple[int, int]]:
    """Handles of known names that act in a log ("[deploy-bot] MatejaKovacevic started deploy",
    "approval by nare.avetisyan", "user=\"MehdiOuazzani\""); people named before their role in
    brackets ("Summer (the instructor) left"); people born somewhere ("for desislava petrov,
    born in varna")."""
    for m in _ACTOR.finditer(text):
        name = m.group("name") or m.group("name2")
        if _a_handle(name) and name.lower() not in common_words():
            yield m.span("name" if m.group("name") else "name2")
    if "(" in text:
        for m in _ROLE_AFTER.finditer(text):
            if _word_is(m.group("name"), known_names()[0]):
                yield m.span("name")  # "Summer (the instructor)"
    if "born" in text:
        given, family = known_names()
        for m in _BORN.finditer(text):
            words = list(_WORDS_BEFORE.finditer(text, max(0, m.start() - 60), m.start()))[-3:]
            for i, first in enumerate(words):  # the longest run of known names before it
                rest = words[i + 1 :]
                if _word_is(first.group(), given) and all(
                    _word_is(w.group(), family) or _word_is(w.group(), given) for w in rest
                ) and text[first.start() : words[-1].end()].count("\n") == 0:
                    yield first.start(), words[-1].end()  # "for desislava petrov, born in"
                    break


# A log's actor: a handle opening a line (after a bot's tag) before what it did, or after
# "by" ("approval by martina"), or under an XML attribute that names a user.
_ACTOR = re.compile(
    r"(?m)^(?:\[[^\]\n]{1,30}\][ \t]*)?(?P<name>[^\W\d_]+(?:[._][^\W\d_]+)?)[ \t]+"
    r"(?:started|approved|requested|merged|deployed|pushed|opened|closed|triggered|cancell?ed"
    r"|restarted|rolled)\b"
    r"|\b(?:approval|approved|requested|merged|deployed|triggered|started|opened)[ \t]+by[ \t]+"
    r"(?P<name2>[^\W\d_]+(?:[._][^\W\d_]+)?)(?![\w.-])"
)
# A name and a role in brackets after it: "Summer (the instructor) left the kids".
_ROLE_AFTER = re.compile(
    rf"(?<![\w'’-])(?P<name>{_W})[ \t]*\((?:the|our|my|your)[ \t]+(?:{'|'.join(PEOPLE_ROLES)})\)"
)
# A person born somewhere or on a date: "for desislava petrov, born in varna".
_BORN = re.compile(r"(?i)(?<=[^\W\d_]),?[ \t]+born[ \t]+(?:in|on)\b")
_WORDS_BEFORE = re.compile(rf"(?<![\w'’-]){_W}(?=[ \t,]|$)")


# A given and a family name run together, each capitalised: "MatejaKovacevic".
_TWO_HUMPS = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")


def login_spans(text: str) -> Iterator[tuple[int, int]]:
    """Logins of logs that are a known given name, alone or with a family name (`_LOGIN`,
    `_USER_FIELD`)."""
    for m in _LOGIN.finditer(text):
        if _a_handle(m.group("name")):
            yield m.span("name")
    if "=" in text:
        for m in _USER_FIELD.finditer(text):
            if _a_handle(m.group("name")):
                yield m.span("name")
    for m in _USERNAME_DIGITS.finditer(text) if "sername" in text else ():
        if _a_handle(m.group("name")):
            yield m.span("name")  # "Username sana_9": the name in the handle


def mention_spans(text: str) -> Iterator[tuple[int, int]]:
    """@mentions of a known given name, alone or with a family name ("@priya",
    "@jan.novak", "@Kofi_Mensah"); the "@" stays outside."""
    for m in _MENTION.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        rest_of_line = text[m.end() : None if line_end < 0 else line_end]
        if not text[line_start : m.start()].strip() and not rest_of_line.strip():
            continue  # alone on its line: a decorator ("@cache")
        if rest_of_line.lstrip().startswith("@") and not m.group("name")[0].isupper():
            continue  # "@min @mon @tab": variables; "@Parisa @Chiara standup": people
        if _a_handle(m.group("name")):
            yield m.span("name")


# HL7 v2 segments and the field of each that holds a person's name, "FAMILY^GIVEN^MIDDLE":
# "PID|1||285435||KIMURA^YUI||19330101|F", "NK1|1|POTOČNIK^ŽIGA|SPO".
HL7_NAME_FIELDS = {"PID": (5, 6), "NK1": (2,), "GT1": (3,), "IN1": (16,), "PV1": (7, 8, 9, 17)}
_HL7_SEGMENT = re.compile(r"(?m)^(PID|NK1|GT1|IN1|PV1)\|[^\n]*")


def hl7_spans(text: str) -> Iterator[tuple[int, int]]:
    """The parts of the name fields of HL7 v2 segments (a patient's, next of kin's,
    guarantor's, insured's, doctors'): "KIMURA" and "YUI" of "PID|1||285435||KIMURA^YUI||"."""
    for m in _HL7_SEGMENT.finditer(text):
        pos = m.start()
        fields = m.group().split("|")
        starts = []
        for field in fields:
            starts.append(pos)
            pos += len(field) + 1
        for index in HL7_NAME_FIELDS[m.group(1)]:
            if index >= len(fields):
                continue
            offset = starts[index]
            for part in fields[index].split("^"):
                value = part.strip()
                if value and not any(ch.isdigit() for ch in value) and name_like(value, False):
                    yield offset + part.index(value), offset + part.index(value) + len(value)
                offset += len(part) + 1


# A line typed all in lower case, as chat, SMS and dictation are: three words or more and
# nothing of code or markup in it.
_LINE = re.compile(r"[^\n]+")
_CODE_OR_MARKUP = re.compile(r"[{}=;<>\[\]\"_\\|`*#]|\w\(|\(\)")  # "(£63.00)" is prose, "f(x)" code
# A word alone: not part of an address, a path, a handle or a hashtag ("kofi@...", "/kofi"),
# nor a key or a label before its colon ("  leila: disabled", which the speakers' shape judges).
_LONE_WORD = re.compile(r"(?<![\w@'’./:#+-])[^\W\d_]{3,}(?![\w'’@.+-]*\w)(?![ \t]*:)")
# Chat's abbreviations and payment words that are given names somewhere ("eta 6", "tbh",
# "refund to iban").
_CHAT_WORDS = frozenset({"eta", "tbh", "idk", "imo", "imho", "btw", "asap", "lol", "lmao", "omg",
                         "brb", "afaik", "iban", "bic", "swift", "otp", "pin", "pls", "plz",
                         "thx", "tmrw", "tho", "gonna", "wanna", "gotta", "yeah", "yep", "nope",
                         # days and months written short ("mon - stew, tue - takeaway")
                         "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
                         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                         "nov", "dec"})


def _no_english_word(word: str) -> bool:
    """Whether a name typed in lower case is none of the words a line of chat holds anyway:
    frequent English words, chat's abbreviations, places, programs, holidays ("ascension")."""
    name = folded(word)
    return (
        name not in names_in_english() and word not in excluded_words()
        and word not in common_words() and word not in _CHAT_WORDS
        and name not in known_places() and word not in SOFTWARE and word not in HOLIDAYS
    )


# A word of prose typed in lower case, with its punctuation ("(vegan!!)", "people.").
_PROSE_WORD = re.compile(r"[\"'“‘(]?[a-z][^\W\d_]*(?:['’-][^\W\d_]+)*[.,;:!?)\"'”’]*")
PROSE_SHARE = 0.6
# A sentence's first letter, where one ends before it on the same line: "... people. my partner".
_SENTENCE_OPENS = re.compile(r"[.!?][ \t]+[\"'“‘(]?([^\W\d_])")


def _typed_in_lower_case(line: str) -> bool:
    """Whether a line is typed by someone who does not capitalise: three words or more,
    nothing of code or markup, and all in lower case or, with a word or two capitalised
    (a product, a day), every sentence of it opening in lower case ("hi can you help ...
    this week's box had the Caesar salad. sign it from kittisak")."""
    if _CODE_OR_MARKUP.search(line) or len(line.split()) < 3:
        return False
    if line.islower():
        return True
    words = [w for w in line.split() if any(ch.isalpha() for ch in w)]
    first = next((ch for ch in line if ch.isalpha()), "")
    return (
        first.islower() and all(m.group(1).islower() for m in _SENTENCE_OPENS.finditer(line))
        # words of prose, not a log's codes ("scan HX-07 ... SKU ... qty 24 loc A-14-03 OK");
        # numbers are no words here ("number is 612 34 22 03")
        and sum(bool(_PROSE_WORD.fullmatch(w)) for w in words) >= PROSE_SHARE * len(words)
    )


def lower_case_spans(text: str) -> Iterator[tuple[int, int]]:
    """Known given names in lines typed all in lower case that are no English word
    (`names_in_english`: "omg thandiwe just texted", "cc gergely on the invoice"; not "will
    you sign", "tom" or "ana", which need a cue), with the family name after one ("message
    for yetunde adeyemi")."""
    if not any(ch.islower() for ch in text):
        return
    given, family = known_names()
    for line in _LINE.finditer(text):
        value = line.group()
        if not _typed_in_lower_case(value) or is_foreign(value):
            continue  # not "ghi chú kiểm tra lại mã vận đơn": Vietnamese, whose words are names
        words = list(_LONE_WORD.finditer(value))
        index = 0
        while index < len(words):
            word = words[index]
            if folded(word.group()) in given and _no_english_word(word.group()):
                end = word.end()
                after = words[index + 1] if index + 1 < len(words) else None
                if after is not None and value[end : after.start()] == " " and (
                    folded(after.group()) in given or folded(after.group()) in family
                ) and _no_english_word(after.group()):
                    end = after.end()
                    index += 1
                yield line.start() + word.start(), line.start() + end
            index += 1


def name_shape_spans(text: str, pos: dict[int, str] | None = None) -> Iterator[tuple[int, int]]:
    """Every shape's names, less roles and programs ("the coach bot just says", "Ada
    Assistant"); names typed in lower case (`lower_case_spans`) unless another shape found
    all of one."""
    found = [(a, b) for a, b in _shape_spans(text, pos) if text[a:b].lower() not in _NO_ONES
             and text[a:b].split()[-1].lower() not in PROGRAM_WORDS]  # "FN:Ada Assistant"
    yield from found
    for start, end in lower_case_spans(text):
        if not any(a <= start and end <= b for a, b in found):
            yield start, end


def _shape_spans(text: str, pos: dict[int, str] | None = None) -> Iterator[tuple[int, int]]:
    if ":" in text:
        yield from speaker_spans(text)
    passengers = list(passenger_name_spans(text)) if "/" in text else []
    yield from passengers
    if "," in text:
        yield from record_spans(text)
    if "|" in text and "^" in text:
        yield from hl7_spans(text)
    yield from field_spans(text)
    if "@" in text:
        yield from mention_spans(text)
    yield from actor_spans(text)
    if " for " in text or " from " in text or "/" in text or "=" in text:
        yield from login_spans(text)
    if "/" in text:
        yield from (  # not "WIT/ANOUK" across a passenger's "DE WIT/ANOUK MR"
            (a, b) for a, b in slashed_spans(text)
            if not any(a < d and c < b for c, d in passengers)
        )
    if "</" in text:
        yield from element_spans(text)
    if "=" in text and "<" in text:
        yield from attribute_spans(text)
    if " and " in text or " & " in text:
        yield from pair_spans(text)
    yield from phrase_spans(text)
    if ", " in text:
        yield from family_given_spans(text)
        yield from author_spans(text)
        yield from split_row_spans(text)
    yield from cued_spans(text, pos)
    if "  " in text:
        yield from posted_by_spans(text)
    yield from role_did_spans(text)
    if "." in text:
        yield from initial_family_spans(text)
        yield from vancouver_author_spans(text)
    if "/" in text:
        yield from slash_signature_spans(text)
    if ", " in text:
        yield from caps_family_given_spans(text)
    if "@" in text and "<" in text:
        yield from name_before_address_spans(text)
    if text.islower() or "doctor " in text or "dr " in text:
        # every title in dictation written all in lower case; elsewhere only a doctor's
        # ("my appointment with doctor shrestha"), since "miss" and "ms" are words there
        yield from lower_titled_spans(text)
    if _BIRTH_WORDS.search(text):
        yield from before_birth_spans(text)


class NameShapes(OwnRecognizer):
    ENTITY = "PERSON"
    SCORE = 0.6

    def load(self) -> None:
        known_names()
        excluded_words()
        names_in_english()  # read when the analyzer starts, not on its first request
        foreign_stop_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return [
            result(self, "PERSON", start, end, self.SCORE, "a known name in a name's place")
            for start, end in sorted(set(name_shape_spans(text, parts_of_speech(nlp_artifacts))))
            if not vetoed(nlp_artifacts, text, start, end)  # the NER gives no name a chance there
            and not in_a_things_field(text, start, end)  # "Item: ..., Dell laptop inside"
            and not _a_business(text[start:end])
            and not named_animal(text, start)  # "Giraffes: Gerald off his food"
            and not an_organisations_card(text, start)
        ]


def _a_business(value: str) -> bool:
    """Whether a name's shape holds a business's name: its last word says what the business
    is ("FN:FocalPoint Opticians", "Orchard Vets")."""
    words = value.split()
    return len(words) > 1 and words[-1].lower() in BUSINESS_WORDS
