"""Verbs of carrying out the work, in every person, tense and voice a period's sentence uses them.

"Projekt realizujemy od 1 lipca 2023 r.", "Zajęcia prowadzimy do 30 czerwca", "Projekt zrealizują do końca
2024 r.", "Prace wykonamy do …", "Szkolenia przeprowadzono od … do …": the cue of an open-ended period is the verb of
running the work in any of its forms, not only the participle ("realizowany", "prowadzony") and the third person
singular ("realizuje").  Regex text (no groups), led by a look-behind for a word start; each ends where its word does
or takes the rest of it (`\\w*`).
"""

from __future__ import annotations

# realizować, zrealizować: "realizujemy", "realizują", "zrealizujemy", "realizowaliśmy", "realizowany"
# (never "realizator", "realizacja": nouns)
REALISE = r"(?<!\w)(?i:z?realiz(?:ow|uj)\w*)"
# prowadzić, poprowadzić, przeprowadzić: "prowadzi", "prowadzimy", "prowadzą", "prowadził", "poprowadzimy",
# "przeprowadzono", "prowadzony" (never "prowadzenie", a noun, nor "prowadząc…" as an adjective's stem, kept: a
# gerund of running is a verb of running too)
CONDUCT = r"(?<!\w)(?i:(?:po|prze)?prowadz(?:i|ą|on)\w*)"
# wykonać, wykonywać: "wykonamy", "wykonają", "wykonano", "wykonał", "wykonane", "wykonuje", "wykonywane" (never
# "wykonawca", "wykonanie": nouns)
PERFORM = r"(?<!\w)(?i:wykon(?:a(?:ć|no|ją|my|m|n[aeoy]\w*|ł\w*|li\w*)|uj\w*|yw\w*)(?!\w))"

# The future passive of the work, which dates work still to be done (never a building's history: "została wybudowana
# w 1975 roku" is past): "W 2024 roku zostanie wyremontowana droga", "Świetlica zostanie przebudowana w 2025 r.", "W
# 2021 r. w ramach wniosku zostanie przygotowana dokumentacja", "będą zamontowane w 2023 roku".  The participles of
# making, mending, equipping and organising only: "zostanie przyznana dotacja", "zostanie ogłoszony nabór", "zostanie
# podpisana umowa" date money, a call or a signature.
FUTURE_WORK_PASSIVE = (
    r"(?<!\w)(?i:zostan(?:ie|ą)|będzie|będą)[ \t\u00a0]+"
    r"(?i:z?(?:wy|prze|przy|od|do|u|za|roz|nad|na|po)?(?:remontowan|budowan|modernizowan|termomodernizowan|posażon|nowion|gotowan|organizowan|montowan|kupion|tworzon|rządzon|ocieplon)\w*"
    r"|wykonan\w*|zrealizowan\w*|przeprowadzon\w*|zakupion\w*)"
)

# The future active of the same work, its subject named: "Gmina wybuduje świetlicę", "Powiat wyremontuje drogę", "Szkoła
# zakupi sprzęt", "Fundacja zorganizuje warsztaty", "Gmina zrealizuje projekt", "Ośrodek przeprowadzi szkolenia"
# (the perfective future, third person; "wykonawca", "budynek" and "kupiec" are nouns), and the infinitive of the work
# after a verb of must or may ("gmina musi zrealizować zadanie", "projekt ma zostać zakończony": a call's term for the
# work is the period, tests/realtext/README.md).  Never past forms: "Do końca 2020 r. gmina zrealizowała 5 projektów"
# counts work done, it dates no project.
FUTURE_WORK_ACTIVE = (
    r"(?<!\w)(?i:(?:wy|prze|roz|od|do|u|za|na|z)?(?:budu|remontu|modernizu|termomodernizu|organizu|montu)j(?:e|ą)"
    r"|zrealizuj(?:e|ą)|(?:prze|po)prowadz(?:i|ą)|wykona(?:ją)?|(?:za)?kupi(?:ą)?|wyposaży(?:ą)?|odnowi(?:ą)?"
    r"|ociepli(?:ą)?|utworzy(?:ą)?|zakończ(?:y|ą)"
    r"|(?:z?realizować|wykonać|przeprowadzić|zakończyć|wybudować|wyremontować)"
    r"|(?:zostać|być)[ \t\u00a0]+(?:z?realizowan|wykonan|przeprowadzon|zakończon|wybudowan|wyremontowan)\w*)(?!\w)"
)
