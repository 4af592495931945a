"""Sums that state a rule or a wish, not money given (caps, limits, requests, changes, decisions to come)."""

from __future__ import annotations

import re

from extract.model import AmountKind
from extract.regex_starts import led

# A programme's cap ("można dostać najwyżej 300 tys. złotych") is a rule, not money given to anyone.
CAP_BEFORE = led(
    r"(?:najwyżej|maksymalnie|maks\.|max\.?|co\s+najwyżej"
    # ("nie może być większa niż 10 000 zł", "nie niższa niż": a comparative, with or without its modal)
    r"|nie\s+(?:(?:może|mogą|powinn\w*)\s+(?:być\s+)?)?(?:więcej|wyższ\w*|większ\w*|mniej|niższ\w*|mniejsz\w*)"
    r"\s+(?:\w+\s+)?niż)[ \u00a0]*\Z",
    re.I,
)
# "grant wyniesie co najmniej 100 000 PLN": a programme's lower bound is a rule too, unless the clause says the sum was
# awarded ("Gmina otrzymała co najmniej 300 tys. zł": money got, `AWARDED`).
LOWER_BOUND_BEFORE = led(r"(?:co\s+najmniej|minimum|min\.)[ \u00a0]*\Z", re.I)
# A lower-case "do" right before the sum is a limit too ("grant do 2 mln zł", "do wysokości 50 000 zł") ...
UP_TO_BEFORE = re.compile(
    r"(?-i:\bdo)(?:\s+(?:kwoty|wysokości))?(?:\s+(?:ok\.|około|ponad|blisko|prawie))?[ \u00a0]*\Z", re.I
)
# A limit in words: "kwota dotacji nie może przekroczyć", "limit środków", and in prose "Maksymalna (Minimalna)
# kwota dotacji to/wynosi …" (rule 2 of tests/realtext/README.md).  ("Maksymalna kwota dofinansowania: …" on a
# project's card is what it was awarded: a label's colon is no verb.)
LIMIT = re.compile(
    r"\blimit\w*"
    r"|\b(?:maksymaln|najwyższ|minimaln)\w*\s+(?:kwot|kwoci|wysokoś|wartoś)\w*(?:\s+[^\W\d]+){0,3}?"
    r"\s+(?:to|wynosi|wyniesie|wynosić\s+będzie|jest|może\s+wynieść|sięga|ustalono\s+na)\b",
    re.I,
)
# A norm said with a modal: "kwota dotacji nie może przekroczyć", "Pomoc przyznana LGD na jeden projekt nie może
# przekroczyć 300 tys. zł".  A rule whatever its clause says was awarded (the participle "przyznana" names what the
# norm is about, not a sum given to anyone): rule 2 of tests/realtext/README.md keeps only "w wysokości nie
# przekraczającej kwoty X" awarded to a named recipient a grant, a participle, not a modal.
MODAL_LIMIT = re.compile(
    r"\bnie\s+(?:może|mogą|mogła|mógł|mogło|mogły|mogli|powinn\w*|wolno)\s+(?:\w+\s+)?przekr\w*", re.I
)
# A contest's scale of prizes, "Za pierwsze miejsce miejscowość otrzyma 30 000 zł, za drugie 20 000 zł": the prize a
# place will bring is a rule of the contest (other), not money given to anyone, in every ordinal's form ("za zajęcie
# II miejsca", "za 3. miejsce", "za drugie"); a prize a named winner got is read by `prize_awarded` instead.
PRIZE_SCALE = re.compile(
    r"(?<!\w)za[ \u00a0]+(?:zajęcie[ \u00a0]+)?"
    r"(?:pierwsz|drug|trzeci|czwart|piąt|szóst|(?-i:I{1,3}|IV|V|VI)\b|[1-6]\.)\w*"
    # (the place named, then at most four words to the sum; or the ordinal alone right before it: "za drugie 20 000 zł")
    r"(?:[ \u00a0]+miejsc\w*(?:[ \u00a0]+[^\W\d]+){0,4}?)?[ \u00a0]*(?:[-–—:][ \u00a0]*)?\Z",
    re.I,
)
NAME_WORD = re.compile(r"(?<![\w.])(?-i:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)")  # a capitalised word inside a clause: a name
# A price each one pays, "po" right before a cost ("uczestnicy zapłacą po 300 zł", "bilety kosztują po 20 zł"): a
# sum per person or per item, not a project's cost.
EACH_PRICE = re.compile(r"(?<!\w)po[ \u00a0]+(?:(?:ok\.|około|ponad|blisko|prawie|niemal)[ \u00a0]+)?\Z", re.I)
# ... unless the clause says the sum was awarded ("Gmina dostała dotację w kwocie do 35 637,08 zł").
AWARDED = re.compile(r"\b(?:dostał|otrzymał|przyznał|przyznan|uzyskał|pozyskał|przekazał|zawar)\w*", re.I)
# A sum that says by how much money changed is no sum given (tests/realtext/README.md, third round: "wzrosła o X",
# "zwiększono o X", "o X więcej niż w roku 2022" are `other`; the new total keeps its cue): a verb of change in any form
# ("wzrosła", "wzrosną", "wzrośnie", "zwiększono", "zwiększy", "podniesiono", "zmniejszyła", "obniżono", "spadła") with
# its "o" right before the sum ("zwiększono o dodatkowe 21 mln zł", "ma wzrosnąć o 10 mln zł") ...
_CHANGED_BY = re.compile(
    r"\b(?:wzr[oó]s|wzrasta|wzrośn|zwiększ|powiększ|podni[eoó]s|podwyższ|zmniejsz|obniż|spad|zmal)\w*"
    r"(?:\s+[^\W\d]+){0,4}?\s+o\s+(?:(?:dodatkow|kolejn)\w+\s+)?(?:(?:ponad|około|ok\.|blisko|prawie|niemal)\s+)?\Z",
    re.I,
)
# ... or "o" before the sum and "więcej"/"mniej" or a comparative after it ("dostała o 50 tys. zł więcej niż przed
# rokiem", "dofinansowanie o 50 tys. zł większe").
_BY_BEFORE = re.compile(r"(?<!\w)o[ \u00a0]+(?:(?:ponad|około|ok\.|blisko|prawie|niemal)[ \u00a0]+)?\Z", re.I)
_MORE_AFTER = re.compile(r"[ \u00a0.]*(?:więcej|mniej|większ\w*|mniejsz\w*|wyższ\w*|niższ\w*)\b", re.I)


def pending_decision(text: str, clause: int, stop: int, next_stop: int) -> bool:
    """Whether the sum's sentence (`clause`..`stop`), or the next (`stop`..`next_stop`) when it speaks of the same
    application (`_same_application`), says the decision on it is awaited (`_PENDING`), and its own sentence says
    nothing was granted or got (`GRANTED`: "Gmina otrzymała 50 tys. zł. Drugi wniosek czeka na ocenę" keeps the
    grant)."""
    if GRANTED.search(text, clause, stop):
        return False
    if _PENDING.search(text, clause, stop):
        return True
    return _PENDING.search(text, stop, next_stop) is not None and _same_application(text, clause, stop, next_stop)


# The next sentence's application or call is another one: "Drugi wniosek …", "kolejny nabór", "inne wnioski", or one
# named ("Wniosek do programu Y czeka …", "Wyniki konkursu „Y” …", "wniosek z Funduszu Y"): its name is group "name".
_OTHER_APPLICATION = re.compile(
    r"\b(?:drug|kolejn|inn|now|następn|pozostał)\w*\s+(?:wnios|nabor|nabór|konkurs|program)\w*"
    r"|\b(?:program|konkurs|nabor|nabór|fundusz|rządow)\w*\s+(?P<name>[„\"«]?(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w+-]*)",
    re.I,
)


def _same_application(text: str, clause: int, stop: int, next_stop: int) -> bool:
    """Whether the sentence after the sum's (`stop`..`next_stop`) speaks of the sum's own application: it names no
    other one (`_OTHER_APPLICATION`), or the programme it names is the one the sum's sentence names ("Dotacja z programu
    X wyniosła 50 000 zł. Wniosek do programu Y czeka na rozpatrzenie": Y's application, the grant from X is got)."""
    other = _OTHER_APPLICATION.search(text, stop, next_stop)
    if other is None:
        return True
    name = other.group("name")
    return bool(name) and name.strip('„"«') in text[clause:stop]


def changed_by(before: str, text: str, end: int) -> bool:
    """Whether the sum (`before` it, ending at `end`) says by how much money changed (`_CHANGED_BY`, `_BY_BEFORE`)."""
    if " o " not in before[-40:] and "\xa0o " not in before[-40:] and "\no " not in before[-40:]:
        return False  # (the "o" must stand right before the sum, at most a word or two away)
    return bool(
        _CHANGED_BY.search(before, max(0, len(before) - 120))
        or (_BY_BEFORE.search(before, max(0, len(before) - 20)) and _MORE_AFTER.match(text, end))
    )


# A sum asked for is not money received (unless the clause says it was granted): "Gmina prosiła o 2 mln zł".
REQUEST = re.compile(
    # ("ubiegała się w nich łącznie o 3,5 mln zł": adverbials between the verb and its "o")
    r"\b(?:(?:prosi\w*|wnioskowa[łl]\w*|ubiega\w*\s+się|wystąpi\w*|stara(?:ł\w*|j\w*|m\w*)?\s+się|zabiega\w*)"
    r"(?:\s+(?!o\b)[^\W\d]+){0,3}?"
    r"|wnios(?:ek|ki|ków|kami|ku)(?:\s+\w+){0,2}?)\s+o\b(?!\s+(?:\w+\s+){0,2}?(?:projekt|zadani|inwestycj)\w*\s+o\s+wartości)",
    re.I,
)
# A decision still awaited (rule 1 of tests/realtext/README.md: a sum in an application not said to be granted is
# `other`; the fifth round: "a grant requested in a pending application stays other"): "Czekamy na rozpatrzenie
# wniosków", "wniosek czeka na rozstrzygnięcie", "oczekuje na ocenę", "Wyniki konkursu mają być znane w sierpniu",
# "wyniki zostaną ogłoszone", "jest w trakcie oceny".
_PENDING = re.compile(
    r"\b(?:czeka\w*|oczekuj\w*)\s+(?:[^\W\d]+\s+){0,3}?na\s+(?:[^\W\d]+\s+)?"
    r"(?:rozpatrzeni|ocen|rozstrzygni|decyzj|wynik|zatwierdzeni|akceptacj)\w*"
    r"|\bwynik\w*\s+(?:[^\W\d]+\s+){0,3}?(?:mają\s+być|będą|zostaną)\s+(?:znan|ogłoszon|opublikowan)\w*"
    r"|\bw\s+trakcie\s+(?:ocen|rozpatrywani|weryfikacji)\w*",
    re.I,
)
GOT_STEMS = r"przyzna|otrzyma|uzyska|pozyska"  # verbs of getting or granting money, any form
GRANTED = re.compile(rf"\b(?:{GOT_STEMS}|dostał)\w*", re.I)  # (only the past of "dostać": a request's outcome)
# "Program ma budżet 40 mln zł, z czego 38 mln zł …": a part of a pool is a pool too.
PART_OF_POOL = re.compile(r"\b(?:z\s+czego|z\s+tego|w\s+tym|z\s+których|spośród\s+których)\W+(?:\w+\W+){0,2}\Z", re.I)
# "a 900 tys. zł z tej sumy trafiło do …": a part of the pool just named, said after the amount.
PART_AFTER = re.compile(r"[ \u00a0]*z[ \u00a0]+(?:tej|tego)[ \u00a0]+(?:sumy|kwoty|puli)\b", re.I)
POOLABLE: tuple[AmountKind, ...] = ("grant", "eu_share", "total_cost")
# What one "can get" is a programme's rule, not money given: "każda gmina może dostać grant …".
MODAL = re.compile(
    r"\b(?:można|może|mogą|mógł|mogła|mogło|mogli|mogły)\s+(?:\w+\s+){0,2}?"
    r"(?:dostać|otrzymać|uzyskać|pozyskać|ubiegać\s+się|starać\s+się)\b",
    re.I,
)
