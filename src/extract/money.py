"""Money in Polish prose: every amount of a text with its exact Decimal value and its kind from context.

The entry point: `find_amounts` walks the amounts in order and runs the cascade of rules that the
`money_*` modules hold.  Money needs a currency marker ("zł", "złotych", "PLN"): a bare number is never
taken for an amount, which keeps phone numbers, postcodes, bank accounts, counters and populations out.  The
kind comes from the words before the amount in its clause ("Wartość dofinansowania:") and from a short
source phrase right after it ("800 zł z EFS").
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from extract.lowered import lowered as lower_text
from extract.model import AmountKind
from extract.money_amounts import LETTER, MoneyMention, amount_matches, unreadable
from extract.money_clauses import (
    AFTER_STOP,
    CLAUSE_SPLIT,
    ELLIPSIS,
    FOR_AFTER,
    GRANT_PART,
    GROSS_MARK,
    ITEM_BEFORE,
    OWN_VERB_AFTER,
    PART_OF,
    RELATIVE,
    SENTENCE_END,
    SENTENCE_REACH,
    Boundaries,
    amount_sentence_end,
    clause_start,
    next_stop,
)
from extract.money_kinds import (
    AFTER_WINDOW,
    BEFORE_WINDOW,
    EU_SOURCE,
    KIND_OF_GROUP,
    OWN_BUDGET_AFTER,
    POOL_HEAD,
    SPECIAL_WORDS,
    cued_kind,
    eu_money_after,
    for_a_person,
    given_back,
    granted_request,
    heads_in,
    kind_of,
    last_match,
    prize_awarded,
    special_kind,
    told_by_pronoun,
)
from extract.money_limits import (
    AWARDED,
    CAP_BEFORE,
    EACH_PRICE,
    GRANTED,
    LIMIT,
    LOWER_BOUND_BEFORE,
    MODAL,
    MODAL_LIMIT,
    NAME_WORD,
    PART_AFTER,
    PART_OF_POOL,
    POOLABLE,
    PRIZE_SCALE,
    REQUEST,
    UP_TO_BEFORE,
    changed_by,
    pending_decision,
)
from extract.money_lists import (
    MONEY_NOUN_BEFORE,
    ListLines,
    bare_item,
    card_label,
    got_item,
    label_below,
    label_line,
    money_list_item,
    own_before,
)
from extract.money_passes import (
    COUNTED_GRANT,
    COUNTED_STEMS,
    ORDINAL_STEMS,
    allotted_for_grants,
    budget_lines,
    enumerated_kind,
    grant_parts,
    granted_requests,
    open_call,
    rest_kind,
    sources_summed,
)
from extract.money_pools import (
    ALLOCATION,
    ALLOTTED,
    BALANCE,
    CALL_POOL,
    GRANT_KINDS,
    MANY_COUNTED,
    MANY_REACH,
    PLURAL_GOT,
    POOL_SIZE,
    TOTAL_WORD,
    counted_got,
    got_by_plural,
    many_in_sentence,
    many_recipients,
    offered,
    plural_subject,
    shared_by_count,
)
from extract.money_ranges import (
    ABBREVIATION_DOT,
    BETWEEN_LOWER,
    BETWEEN_NEXT,
    BETWEEN_OPEN,
    CLOSE_PAREN,
    COORDINATED,
    GOT_PAST_STEMS,
    PER_CURRENCY,
    PERCENT_AFTER,
    PERCENT_OPEN,
    PURPOSE,
    RANGE_BEFORE,
    RANGE_FROM,
    RANGE_LOWER,
    RANGE_NEXT,
    RANGE_TO,
    RANGE_UPPER,
    RATE_BEFORE,
    RATE_RIGHT,
    RATE_SIDES,
    RATE_WORD,
    SLOWNIE,
    SLOWNIE_AFTER,
    SUM_BEFORE,
    SURE_SUM_BEFORE,
    UNIT_SUBJECT,
    VERB_AFTER_AND,
    VERB_CUE,
    WORDS_MONEY,
    dash_range,
    list_items,
)
from extract.money_recipients import NAMED_ITEM, ONE_GOT, got_by_one, headline_source
from extract.money_values import (
    MILLION,
    bare_figure,
    currency_of,
    lent_currency,
    magnitude_typo,
    match_value,
    number_value,
    parse_cell_amount,
    parse_money,
)
from extract.org_names import text_cues

__all__ = ["GRANT_KINDS", "MoneyMention", "find_amounts", "kind_of", "parse_cell_amount", "parse_money"]


def find_amounts(text: str) -> tuple[list[MoneyMention], list[str]]:
    """Every sum of money in `text`, in order, with its kind; plus warnings."""
    bounds = Boundaries(text)  # found near each amount: most of a page's text lies far from its amounts
    matches = list(amount_matches(text))
    if not matches:
        return [], unreadable(text, [])  # (a quarter of the dev passages): no word tests below needed
    # cheap tests of whole words some rules need, so texts without them skip those rules' searches
    lowered = lower_text(text)
    list_lines = ListLines(text)  # (read only by the list lines' sums)
    all_cues = text_cues(text)  # the many-recipients anchors are looked for in them (a letter lowered to two:
    cues = all_cues if len(all_cues) == len(text) else None  # offsets differ, the regex runs alone)
    allocated = "rzezna" in lowered  # "przeznaczono": a call's allocation (CALL_POOL)
    modal = "moż" in lowered or "mog" in lowered or "mógł" in lowered  # what one "can get" (MODAL)
    requested = any(word in lowered for word in ("wnios", "prosi", "ubieg", "wystąp", "stara", "zabieg"))
    limited = any(word in lowered for word in ("limit", "przekr", "maksymaln", "najwyższ", "minimaln"))  # LIMIT
    free = "środk" in lowered  # BALANCE
    pending = "czeka" in lowered or "oczekuj" in lowered or "wynik" in lowered or "trakcie" in lowered  # _PENDING
    special = any(word in lowered for word in SPECIAL_WORDS)  # special_kind
    getting = any(word in lowered for word in ("dosta", "otrzym", "uzysk", "pozysk"))  # counted_got
    got_past = any(word in lowered for word in GOT_PAST_STEMS)  # dash_range
    totals = "łączn" in lowered or "sumie" in lowered or "ogółem" in lowered or "razem" in lowered
    rests: bool | None = None  # whether "reszt"/"pozostał" are in the text (rest_kind), looked for once when asked
    # where grants are counted (`COUNTED_GRANT`), found once for the whole text when an ordinal's stem and a grant's
    # are in it (enumerated_kind), likewise
    counted: list[tuple[int, int]] = []
    mentions: list[MoneyMention] = []
    warnings: list[str] = []
    covered: list[tuple[int, int]] = []
    context_from = 0  # where the next amount's own context may begin
    pool_end = -1  # end of the last amount that is a pool or a rule: its parts are too
    pooled: set[tuple[Decimal, str]] = set()  # sums read as many recipients' pools: said again, they are the pool
    in_part, part_clause = False, -1  # inside "X zł, w tym A – 1 zł, B – 2 zł"
    inside_words = 0  # end of the "(słownie: …)" after the last amount: what lies inside repeats it
    lent_from = -1  # end of the last sum read with its currency word: a bare sum soon after is money too
    change_cue: tuple[int, AmountKind] | None = (
        None  # end and cued kind of the last sum saying by how much money changed
    )
    for i, m in enumerate(matches):
        start, end = m.start(), m.end()
        covered.append((start, end))
        if start < inside_words:
            continue
        clause = max(clause_start(bounds, start), start - SENTENCE_REACH)  # (bounded: see SENTENCE_REACH)
        lower = max(clause, context_from, start - BEFORE_WINDOW)
        before = text[lower:start]
        # "15 458 zł (słownie: …) – dofinansowanie …": the sum in words is no clause end, nor the next amount
        words = SLOWNIE_AFTER.match(text, end)
        after_words = inside_words = words.end() if words else end
        later = [n.start() for n in matches[i + 1 : i + 4] if n.start() >= after_words]
        next_start = later[0] if later else len(text)
        tail = text[end : min(next_start, after_words + AFTER_WINDOW)]
        # "412.300zł. pokrywa …": the dot of the abbreviation "zł." does not end the clause
        skip = after_words - end if words else 1 if ABBREVIATION_DOT.match(tail) else 0
        if (close := CLOSE_PAREN.match(tail, skip)) and PERCENT_OPEN.search(text, max(0, start - 24), start):
            skip = close.end()  # "z czego 85% (850 000 zł) pochodzi z EFS": the percentage's clause goes on after ")"
        elif "(b" in tail[skip : skip + 4] or "(n" in tail[skip : skip + 4]:
            # "2.999.569 zł (brutto) wykona firma": the gross or net mark is the sum's own, its clause goes on after it
            skip = gross.end() if (gross := GROSS_MARK.match(tail, skip)) else skip
        elif "%" in tail or "proc" in tail:
            share = PERCENT_AFTER.match(tail, skip)
            if share:  # "Kwota 64 000 zł (80%) pochodzi z dotacji": the cue is after it
                # ("323.551,41 zł (10,5% ogólnej wartości projektu)": the whole the sum is a share of is no cue of its
                # kind; blanked, so the offsets stay)
                tail = tail[: share.start()] + " " * (share.end() - share.start()) + tail[share.end() :]
                skip = share.end()
        stop = AFTER_STOP.search(tail, skip)
        if stop and RELATIVE.match(tail, stop.start()):
            stop = AFTER_STOP.search(tail, stop.end())
        elif (
            stop
            and stop.start() <= skip + 1
            and tail[stop.start()] == ","
            and VERB_CUE.match(tail.lstrip(", "))
            and (i + 1 == len(matches) or end + len(tail) < next_start)  # not the next amount's own clause
        ):
            stop = AFTER_STOP.search(tail, stop.end())  # "70 milionów złotych, otrzymała Gdynia": the verb after
        elif (
            stop
            and tail[stop.start() : stop.end()].strip() in ("i", "oraz")
            and PURPOSE.match(tail, skip)
            and (verb := VERB_AFTER_AND.match(text, end + stop.end(), min(next_start, end + stop.end() + 60)))
        ):
            tail, stop = (
                text[end : verb.end()],
                None,
            )  # "99 tys. zł na sprzęt i meble otrzyma Technikum": the verb after
        after = tail[: stop.start()] if stop else tail
        heads_after = list(heads_in(after)) if len(after) > 3 else []
        if heads_after and (second := next((h for h in heads_after if h.lastgroup != heads_after[0].lastgroup), None)):
            after = after[: second.start()]  # "320 tys. przekazanych przez wojewodę doda własne …": the next cue
        context_was, context_from = context_from, end + len(after)
        rate = bool(RATE_SIDES.match(text, end) or PER_CURRENCY.match(text, end)) or (
            "=" in text[max(0, start - 3) : start] and RATE_RIGHT.search(text, max(0, start - 16), start) is not None
        )
        rate = rate or (
            ("urs" in before or "URS" in before) and RATE_WORD.search(before, max(0, len(before) - 80)) is not None
        )
        if SLOWNIE.match(before) or ("=" in before and RATE_BEFORE.search(before)) or rate:
            continue  # "(słownie: …)" repeats the amount before it; "1 EURO = 4 PLN" is a rate
        # (a number after a dash with no currency is a value under a label, never a range's bound: "5 – 250 000,00")
        between = BETWEEN_LOWER.search(text, max(lower, start - 60), start) if "iędzy" in before else None
        if between or (m.group("lnum") is None and RANGE_BEFORE.search(text, max(0, start - 24), start)):
            low = between or RANGE_LOWER.search(text, max(lower, start - 40), start)
            low_value = low and number_value(low.group("num"), low.group("frac"), low.group("mult") or m.group("mult"))
            if not low or low_value is None or match_value(m) is None:
                warnings.append(f'amount range not read: "{text[max(lower, start - 24) : end].strip()}"')
                continue
            kind: AmountKind = "other"  # "od 25 tys. do 250 tys. zł": a call's rule, not money given
            printed = text[low.start() : end]
            mentions.append(MoneyMention(low_value, kind, printed, low.start(), end, currency_of(m)))
            mentions.append(MoneyMention(match_value(m) or low_value, kind, printed, low.start(), end, currency_of(m)))
            continue
        value = match_value(m)
        if value is None:
            warnings.append(f'ambiguous amount "{m.group(0)}"')
            continue
        if (typo := magnitude_typo(m)) is not None:
            value = typo
            warnings.append(f'amount with a needless multiplier read without it: "{m.group(0)}"')
        num = m.group("num") or ""
        if m.group("loose") is not None:
            warnings.append(f'amount with irregular digit groups read as one number: "{m.group(0)}"')
        elif num[:1] == "0" and num[1:2].isdigit():
            warnings.append(f'unreadable amount "{m.group(0)}"')  # "000,00 zł": a number's tail, not zero złoty
            continue
        if not LETTER.search(before) and lower == clause and text[clause - 1 : clause] == "\n":
            before = label_line(text, clause) + " " + before
        # what a bare "2 mln" is followed by: "2 mln Polaków" counts people, not money ("2 mln. Wójt …" ends a sentence,
        # where the dot of "30 tys. Ukraińców" is the abbreviation's)
        sentence_end = (
            m.group(0).endswith(".")
            and (m.group("xmult") or "").lower() not in ("tys", "tyś", "ty")  # ("10 tysięcy." ends its sentence)
            and after.lstrip(" \u00a0–—-")[:1].isupper()
        )
        words_after = "" if sentence_end else after
        if after.lstrip(" \u00a0–—-")[:1].isupper() and not UNIT_SUBJECT.match(after.lstrip(" \u00a0–—-")):
            after = ""  # a new sentence or label without a full stop ("… 5.250.000,00 zł Deklarowana kwota …")
            context_from = end  # … whose words are the next amount's context
        after_head = heads_after[0] if heads_after and heads_after[0].end() <= len(after) else None
        split = last_match(CLAUSE_SPLIT, before)  # where the amount's own clause begins (used twice below)
        if (
            split
            and split.group().strip() in ("czyli", "tj.")  # (the only splits a head phrase holds: no scan for others)
            and (inner := next((h for h in heads_in(before) if h.start() < split.start() < h.end()), None))
        ):
            split = last_match(CLAUSE_SPLIT, before[: inner.start()])  # "wkładu własnego, czyli dotacji": one head
        kind = cued_kind(own_before(before, split, after_head is not None), after, after_head)
        if "budż" in after and OWN_BUDGET_AFTER.match(after):
            kind = "own_share"
        elif (
            kind == "grant"
            and "pochodz" in text[end : end + 160]
            and eu_money_after(
                text, end, (stop_at.start() if (stop_at := SENTENCE_END.search(text, end, end + 240)) else end + 240)
            )
        ):
            kind = "eu_share"  # "… otrzyma 500 tys. zł; pieniądze pochodzić będą z Unii Europejskiej"
        per_person = special and for_a_person(before)
        if special:
            kind = special_kind(before, kind, per_person)
            # (read from the line's start: "(gm. Ujazd) - nagroda" ends a sentence at "gm." for the clause rules)
            if kind == "other" and "nagrod" in before[-120:].lower() and prize_awarded(text, start):
                kind, per_person = "grant", False
        if (
            kind == "other"
            and requested
            and granted_request(text, before, clause, end, amount_sentence_end(text, bounds, end))
        ):
            kind = "eu_share" if EU_SOURCE.search(text, start - len(before), end + len(after)) else "grant"
        if after_head and KIND_OF_GROUP.get(after_head.lastgroup or "") != kind and heads_in(before):
            context_from = end  # "Projekt o wartości X jest współfinansowany … w kwocie Y": that cue is Y's
        if m.group("lnum") is not None and not (
            heads_in(before)
            or EU_SOURCE.search(before)
            or MONEY_NOUN_BEFORE.search(text, max(0, start - 8), start)
            or money_list_item(list_lines, start, end)
        ):
            continue  # a number after a colon is money only under a money label (or a money noun, or in a list of sums)
        if m.group("vnum") is not None:
            label = label_below(text, end)
            if not label:
                continue  # a number alone on its line is money only over a money label
            kind = cued_kind(label, "")
            after = ""
        elif (card := card_label(text, start, end)) is not None:
            kind, after = cued_kind(card, ""), ""  # "1 500 000,00 zł\nWartość projektu": a card, its label under it
        upper_bound = bool(
            mentions and start - mentions[-1].end < 20 and RANGE_UPPER.search(text, mentions[-1].end, start)
        )
        if bare_figure(m) and (
            RANGE_NEXT.match(text, end)
            or (BETWEEN_NEXT.match(text, end) and BETWEEN_OPEN.search(text, max(0, start - 12), start))
            or not (
                upper_bound
                or SURE_SUM_BEFORE.search(before, max(0, len(before) - 48))
                or (
                    WORDS_MONEY.match(words_after or " ,")
                    and (
                        heads_in(before)
                        or heads_in(after)
                        or SUM_BEFORE.search(before, max(0, len(before) - 40))
                        or lent_currency(text, lent_from, start)
                    )
                )
            )
        ):
            context_from = context_was  # not an amount: its words stay in the next one's context
            continue  # "trzy tysiące osób", "37 tys. projektów": no currency, money only under a cue and before a stop
        # no head word before the amount (and no benefit word: "gdy dochód nie przekracza 514 zł" lends from nothing)
        cueless = kind == "other" and not heads_in(before) and not per_person
        part_of = cueless and mentions
        if part_of and COORDINATED.fullmatch(text, mentions[-1].end, start):
            kind = mentions[-1].kind  # "dwie dotacje: 144 tys. zł i około 63 tys. zł": one list, one kind
        elif part_of and (PART_OF.search(before) or (in_part and clause == part_clause)):
            kind, in_part, part_clause = mentions[-1].kind, True, clause
        elif (
            part_of
            and bare_figure(m)
            and lent_from == mentions[-1].end
            and amount_sentence_end(text, bounds, lent_from) > start
        ):
            # "klub dostanie 15 tysięcy złotych, a dwie akademie po 10 tysięcy": the verb, the currency and the kind
            # of the sum before are left out of the bare one of the same sentence
            kind, in_part = mentions[-1].kind, False
        elif (
            part_of
            and mentions[-1].kind in GRANT_KINDS
            and start - mentions[-1].end < 120
            and (part := GRANT_PART.fullmatch(text, mentions[-1].end, start))
            and ((part.group("to") and not OWN_VERB_AFTER.match(after)) or FOR_AFTER.match(after))
        ):
            kind, in_part = mentions[-1].kind, False  # "Dofinansowanie: 12 mln zł (z czego dla Gminy X 6,5 mln zł)"
        else:
            in_part = False
        if kind == "other" and cueless and not after_head:
            # (before a list's heading or an elided verb lends the kind of the sum before: "…, a pozostałe X to ofiary")
            if rests is None:
                rests = "reszt" in lowered or "pozostał" in lowered
                if any(stem in lowered for stem in ORDINAL_STEMS) and any(s in lowered for s in COUNTED_STEMS):
                    counted = [(found.start(), found.end()) for found in COUNTED_GRANT.finditer(text)]
            kind = (
                (rests and mentions and rest_kind(text, bounds, mentions, start, end))
                or (counted and enumerated_kind(text, counted, clause, start, amount_sentence_end(text, bounds, end)))
                or kind
            )
            cueless = kind == "other"
        if (
            kind == "other"
            and cueless
            and ("on" in before or "On" in before)
            and (noun_kind := told_by_pronoun(text, clause, before))
        ):
            # "Gmina dostała dofinansowanie. Wynosi ono 120 tys. zł": the kind of the noun "ono" stands for
            kind, cueless = noun_kind, False
        if kind == "other" and cueless and text.rfind("\n", 0, clause + 1) > 0:
            kind = cued_kind(list_lines.heading(text.rfind("\n", 0, clause + 1)), "")
        if kind == "other" and cueless and mentions and not after_head:
            # (a change's own cue still lends: "Dotacja wzrośnie o 15 000 zł i wyniesie 95 000 zł": the new total keeps
            # the cue)
            previous = change_cue[1] if change_cue and change_cue[0] == mentions[-1].end else mentions[-1].kind
            if (
                previous != "other"
                and len(before) < 90
                and ELLIPSIS.match(before)
                and not SENTENCE_END.search(text, mentions[-1].end, start)
                and not OWN_VERB_AFTER.match(after)
            ):
                kind = previous  # "Gmina A otrzyma 2 mln zł, a gmina B ponad 1,2 mln zł": the verb is left out
            elif (
                mentions[-1].kind in GRANT_KINDS
                and ITEM_BEFORE.match(before)
                and (bare_item(text, mentions[-1].start) or got_item(text, mentions[-1].start, mentions[-1].end))
                and not SENTENCE_END.search(text, mentions[-1].end, start)
            ):
                kind = mentions[-1].kind  # "dostały: GBP w Borowie - 16 667 zł, GBP w Wiązowie - 10 769 zł": one list
            elif same := next(
                (p for p in reversed(mentions) if p.value == value and p.currency == currency_of(m)), None
            ):
                kind = same.kind  # the same sum again: "… 164 tys. zł. Kwota 164 tys. zł przypadła gminie …"
        if (
            kind == "other"
            and cueless
            and (line_kind := headline_source(text, start, end)) is not None
            and not given_back(before, after)
        ):
            kind = line_kind  # "800.000 zł dla szkół! Z Unii Europejskiej", "Z Inicjatywy Sołeckiej 50 000 zł dla X"
        own_start = start - len(before) + (split.end() if split else 0)
        summed = (
            kind == "other"
            and cueless
            and totals
            and TOTAL_WORD.search(text, own_start, start) is not None
            and sources_summed(text, start, end)
        )
        if summed:
            kind = "total_cost"  # "co razem daje 464 000,00 zł", "Wydatki ogółem: X" beside the grant and the own share
        cued = kind
        changed = changed_by(before, text, end)
        change_cue = (end, cued) if changed else change_cue
        if (
            value >= ALLOCATION
            or (kind in GRANT_KINDS and value >= POOL_SIZE)
            or CAP_BEFORE.search(before, max(0, len(before) - 40))
            or (modal and MODAL.search(text, own_start, end + len(after)))
            or (limited and MODAL_LIMIT.search(text, own_start, start))
            or changed
            or (
                kind in GRANT_KINDS
                and pending
                and pending_decision(
                    text, clause, (said := amount_sentence_end(text, bounds, end)), next_stop(text, bounds, said)
                )
            )
            or (
                (
                    UP_TO_BEFORE.search(before, max(0, len(before) - 40))
                    or LOWER_BOUND_BEFORE.search(before, max(0, len(before) - 40))
                    or (limited and LIMIT.search(text, own_start, start))
                )
                and not AWARDED.search(text, own_start, start)
            )
            or many_recipients(text, cues, own_start, end + len(after))
            or (
                # the sentence's total, read from its start unless an earlier amount of the sentence owns it
                totals
                and TOTAL_WORD.search(text, own_start if mentions and mentions[-1].end > clause else clause, end)
                and many_in_sentence(text, cues, bounds, clause, end)
            )
            or (
                PLURAL_GOT.search(text, own_start, end + len(after))
                and (
                    many_recipients(text, cues, clause, amount_sentence_end(text, bounds, end))
                    # "koła te otrzymały w sumie 850 tys. zł": a total that many got
                    or (totals and TOTAL_WORD.search(text, own_start, end + len(after)) is not None)
                    # "Organizacje … dostaną 300 tys. zł", "Gminy A, B i C dostały 2 mln zł": a plural subject
                    or plural_subject(text, clause, start)
                )
            )
            or (kind in GRANT_KINDS and getting and got_by_plural(text, lowered, clause, start))
            or (
                # (not when its own clause says one unit got it: "Wsparcie otrzymało 5 gmin, w tym Gmina A, która
                # dostała 200 tys. zł")
                kind in GRANT_KINDS
                and getting
                and counted_got(text, clause, start, amount_sentence_end(text, bounds, end))
                and not ONE_GOT.search(text, own_start, end + len(after))
                # ("Dotacje otrzymało 12 organizacji, w tym Stowarzyszenie Rybno – 400 tys. zł": one named item's sum)
                and not (
                    own_start > clause and NAMED_ITEM.match(named := text[own_start:start]) and not heads_in(named)
                )
            )
            or (
                kind in ("grant", "eu_share", "total_cost")
                and allocated
                and not summed  # ("Ogółem na program przeznaczono X" beside its own share: one task's whole)
                and (
                    CALL_POOL.search(text, clause, reach := amount_sentence_end(text, bounds, end))
                    or (ALLOTTED.search(text, clause, reach) and many_recipients(text, cues, clause, reach))
                )
                # ("4,5 mln zł otrzyma Powiatowy Urząd Pracy i przeznaczy je na realizację programów": one unit's)
                and not got_by_one(text, lowered, clause, start, reach)
            )
            or (
                # "Na dofinansowanie odnowy kapliczek samorząd przeznaczył 1,7 mln zł": money allotted for grants
                kind in GRANT_KINDS
                and allocated
                and allotted_for_grants(text, clause, start, reach := amount_sentence_end(text, bounds, end))
                and not got_by_one(text, lowered, clause, start, reach)
            )
            or (
                # (the sentence read at most 300 characters around the sum: a page's sentence can be a page long)
                kind in GRANT_KINDS
                and offered(
                    text, lowered, max(clause, start - 300), min(amount_sentence_end(text, bounds, end), end + 300)
                )
            )
            # ("od" can only end `before`'s last word: searched from there, not tried at every position)
            or (RANGE_FROM.search(before, max(0, len(before.rstrip(" \u00a0")) - 2)) and RANGE_TO.match(text, end))
            or dash_range(
                text,
                clause,
                m,
                matches[i + 1] if i + 1 < len(matches) else None,
                value,
                got_past,
                matches[i + 2].start() if i + 2 < len(matches) else len(text),
            )
            or upper_bound
            or (free and BALANCE.search(text, clause, start))
            # ("Za pierwsze miejsce miejscowość otrzyma 30 000 zł, za drugie 20 000 zł": a contest's scale of prizes,
            # not money a named winner got)
            or (
                kind in GRANT_KINDS
                and ("za" in before or "Za" in before)
                and PRIZE_SCALE.search(before, max(0, len(before) - 80))
                and not AWARDED.search(text, own_start, end + len(after))
                and not NAME_WORD.search(text, own_start + 3, end + len(after))  # ("… Gmina Rybno otrzyma"): a winner
            )
            or (kind == "total_cost" and "po" in before and EACH_PRICE.search(before, max(0, len(before) - 16)))
            or (
                kind in ("grant", "eu_share", "total_cost")
                and requested
                and REQUEST.search(text, own_start, start)
                and not GRANTED.search(text, own_start, amount_sentence_end(text, bounds, end))
            )
            or (
                pool_end >= 0
                and (PART_OF_POOL.search(text, max(pool_end, start - 60), start) or PART_AFTER.match(text, end))
                and not SENTENCE_END.search(text, pool_end, start)
            )
            or (
                # "6,3 mln zł trafi na 57 zadań": a count of many the sum is shared by, with no one unit said to get it
                kind in GRANT_KINDS
                and shared_by_count(
                    text, max(clause, start - 300), reach := min(amount_sentence_end(text, bounds, end), end + 300)
                )
                and not got_by_one(text, lowered, clause, start, reach)
            )
            # "Łączną wartość sprzętu szacuje się na 383 mln zł" where the passage counts the many units getting it
            # ("do 456 jednostek"): a cost that large is one project's only where no many are counted near it (rule 3)
            or (
                kind == "total_cost"
                and value >= POOL_SIZE
                and shared_by_count(text, max(0, start - MANY_REACH), min(len(text), end + MANY_REACH))
            )
            # "W powiecie zrealizowanych zostanie 10 przedsięwzięć za kwotę 245 000 zł": many counted projects' cost
            or (kind == "total_cost" and MANY_COUNTED.search(text, own_start, start) is not None)
            # "Beneficjenci … dostaną ponad 173 tys. zł. … udzielone wsparcie to ponad 173 tys. zł": the pool again
            or (kind in POOLABLE and (value, currency_of(m)) in pooled)
        ):
            # (many said to get it: a plural verb of getting and the many in its sentence, not "800 tys. zł dla szkół!")
            if (
                cued in POOLABLE
                and PLURAL_GOT.search(text, clause, amount_sentence_end(text, bounds, end))
                and (many_in_sentence(text, cues, bounds, clause, end) or plural_subject(text, clause, start))
            ):
                pooled.add((value, currency_of(m)))
            kind, pool_end = "other", end
        else:  # a pool named by its head word ("budżet programu", "alokacja", "pula") has pools as parts
            pool_end = end if kind == "other" and POOL_HEAD.search(before) else -1
        for item, item_start, item_end in list_items(text, m, mentions[-1].end if mentions else 0):
            mentions.append(MoneyMention(item, kind, text[item_start:item_end], item_start, item_end, currency_of(m)))
        one = kind in GRANT_KINDS and value >= MILLION and got_by_one(text, lowered, clause, start, end + len(after))
        mentions.append(MoneyMention(value, kind, m.group(0), start, end, currency_of(m), one))
        if not bare_figure(m):
            lent_from = end
    warnings += unreadable(text, covered)
    if any(m.kind in GRANT_KINDS for m in mentions) and open_call(text, lowered):
        mentions = [replace(m, kind="other") if m.kind in GRANT_KINDS else m for m in mentions]
    return granted_requests(text, grant_parts(text, budget_lines(text, mentions))), warnings
