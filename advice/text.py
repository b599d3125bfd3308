"""Free text as a helper: read a professional's Dutch description of a situation and *suggest*
which signals to tick, which triage answers, situation type and target groups fit, and the
level that follows from the ticked signals. It never decides: every suggestion carries the
exact words that led to it, and the professional confirms or changes it.

Pure Python and deterministic; no Django. The words come from two places:
- the vocabulary (signals, target groups and situation types with their synonyms), which
  curators edit: `vocabulary_from_fixture()` builds it from `fixtures/vocabulary.json`, and
  the app builds the same `Vocabulary` from the database;
- `advice.lexicon`: negation, time, fear, and the cues for the triage questions.

How a text is read:
1. Words are found by their base form with the `simplemma` lemmatizer (loaded lazily, once per
   process): "scholden", "uitgescholden" and "scheldt" all find "schelden". Compounds are split
   ("burenruzie" holds "ruzie", "drugsoverlast" holds "drugs" and "overlast"); separable verbs
   are joined ("ze schelden elkaar uit" finds "uitschelden").
2. A phrase's words must stand close together in one sentence, in any order.
3. A match is dropped when a negation word stands near it in its clause ("geen overlast",
   "niet bedreigd"), in a question, after "bang dat" or "voorkomen dat", or when the sentence
   places it long ago ("jaren geleden", "vroeger") and its clause does not bring it back to now.
4. An escalation event right after "na", "sinds" ("sinds de schietpartij"), or words like
   "nasleep", put the escalation in its aftercare phase.
5. A longer phrase wins over a shorter one inside it ("onveilig gevoel" is fear, not "onveilig";
   "verbaal geweld" is abuse, not violence). A split-off particle followed by an article is a
   preposition ("letsel aan haar heup" is no "aanvallen"). Diminutives and common misspellings
   find their word ("ruzietje", "agresief").
6. Two-part signals: a complaint about a group ("klagen over de statushouders"), a social
   medium with heat ("felle discussie op Facebook"; the platform alone is nothing).
7. Harmless texts are kept low (`_moderate`): a feeling filed under incidenten drops to fear
   when the text says nothing happened; a rumour, protest or arrest alone is no escalation;
   "loopt uit de hand" alone between households or around one resident is no escalation.
8. The level is `triage.level_from_signals` over the ticked signals. When nothing is ticked,
   weak cues ("last van", "klachten") may still suggest a low signal (confidence "low");
   otherwise there is no suggestion (confidence "none").
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from advice import lexicon as lx
from situations import triage

# ------------------------------------------------------------------------------ public types


@dataclass(frozen=True)
class SignalEntry:
    slug: str
    level: str
    phase: str  # "" or "aftercare"
    phrases: tuple[str, ...]  # the signal text and its synonyms


@dataclass(frozen=True)
class TermEntry:
    slug: str
    phrases: tuple[str, ...]  # name and synonyms


@dataclass(frozen=True)
class Vocabulary:
    signals: tuple[SignalEntry, ...]
    target_groups: tuple[TermEntry, ...]
    situation_types: tuple[TermEntry, ...]


@dataclass(frozen=True)
class Suggestion:
    value: str  # a signal slug, triage answer, group/type slug, level or phase
    words: tuple[str, ...]  # the exact words from the text that led to it


@dataclass(frozen=True)
class TextAnalysis:
    signals: tuple[Suggestion, ...]
    triage: tuple[tuple[str, Suggestion], ...]
    phase: Suggestion | None
    situation_type: Suggestion | None
    target_groups: tuple[Suggestion, ...]
    level: Suggestion | None
    confidence: str  # "high" | "medium" | "low" | "none"

    def answer(self, question: str) -> Suggestion | None:
        """The suggested answer to a triage question ("parties", "care_need", ...), or None."""
        for name, suggestion in self.triage:
            if name == question:
                return suggestion
        return None


PARTIES_QUESTION = "parties"
NO_ANALYSIS = TextAnalysis((), (), None, None, (), None, "none")


def vocabulary_from_fixture(data: dict) -> Vocabulary:
    """The vocabulary from the parsed `fixtures/vocabulary.json` (format v2)."""

    def clean(name: str) -> str:
        return re.sub(
            r"\s*\([^)]*\)", "", name
        ).strip()  # "Mensen met ... (LVB)" -> "Mensen met ..."

    signals = tuple(
        SignalEntry(
            slug=s["slug"],
            level=s["level"],
            phase=s.get("phase", "") or "",
            phrases=tuple(dict.fromkeys([s["text"], *s.get("synonyms", ())])),
        )
        for s in sorted(
            data.get("signals", ()),
            key=lambda s: (
                triage.LEVEL_ORDER.index(s["level"]) if s["level"] in triage.LEVEL_ORDER else 9,
                s.get("order", 0),
                s["slug"],
            ),
        )
    )

    def terms(items) -> tuple[TermEntry, ...]:
        return tuple(
            TermEntry(t["slug"], tuple(dict.fromkeys([clean(t["name"]), *t.get("synonyms", ())])))
            for t in items
        )

    return Vocabulary(
        signals, terms(data.get("target_groups", ())), terms(data.get("situation_types", ()))
    )


# ------------------------------------------------------------------------------ lemmatizer

_lock = threading.Lock()
_lemmatizer = None
_lemma_cache: dict[str, str] = {}


def _lemma(word: str) -> str:
    """The base form of one lower-case word (simplemma, Dutch), loaded on first use."""
    cached = _lemma_cache.get(word)
    if cached is not None:
        return cached
    global _lemmatizer
    if _lemmatizer is None:
        with _lock:
            if _lemmatizer is None:
                import simplemma  # lazy: no cost at import time

                def lemmatize(token: str, _lemmatize=simplemma.lemmatize) -> str:
                    return _lemmatize(token, lang="nl")

                def known(token: str, _is_known=simplemma.is_known) -> bool:
                    return _is_known(token, lang="nl")

                global _is_known_word
                _is_known_word = known
                _lemmatizer = lemmatize
    try:
        lemma = _lemmatizer(word)
    except Exception:  # pragma: no cover - never let the helper break a form
        lemma = word
    lemma = _norm(lemma.replace("_", "")) or word
    if len(_lemma_cache) < 200_000:
        _lemma_cache[word] = lemma
    return lemma


_is_known_word = None


@lru_cache(maxsize=50_000)
def _known(word: str) -> bool:
    """Whether the lemmatizer knows the word (used to split compounds)."""
    if _is_known_word is None:
        _lemma("en")  # loads the lemmatizer
    try:
        return bool(_is_known_word(word))
    except Exception:  # pragma: no cover
        return False


def _norm(word: str) -> str:
    """Lower case without diacritics: "geïntimideerd" -> "geintimideerd"."""
    word = word.lower().replace("’", "'")
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ------------------------------------------------------------------------------ tokens

_TOKEN = re.compile(
    r"(?P<word>'s\b|[^\W\d_]+(?:['’][^\W\d_]+)*(?:[-/][^\W\d_]+)*-?|\d+)"
    r"|(?P<sentence>[.!?;]+|\n+)"
    r"|(?P<clause>[,:()\[\]\"“”„]|\s[-–—]\s|…)",
    re.UNICODE,
)


@dataclass
class _Tok:
    surface: str  # as written
    norm: str
    upper: bool
    start: int
    keys: frozenset[str]
    sentence: int
    clause: int
    neg: bool


def _abbreviation_dot(match: re.Match, previous: re.Match | None) -> bool:
    """A lone "." right after a shorthand word ("mw.", "bew.", "ca.", "i.v.m.") or a single
    letter ends no sentence: notes-style text is full of them."""
    if match.group() != "." or previous is None or previous.lastgroup != "word":
        return False
    if previous.end() != match.start():
        return False
    word = _norm(previous.group())
    return len(word) == 1 and word.isalpha() or word in lx.ABBREVIATIONS


def _sentence_marks(text: str):
    """The token matches, with "sentence" marks after a shorthand word dropped."""
    previous = None
    for match in _TOKEN.finditer(text):
        if match.lastgroup == "sentence" and _abbreviation_dot(match, previous):
            previous = match
            continue
        previous = match
        yield match


def _tokenize(text: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    sentence = clause = 0
    for match in _sentence_marks(text):
        if match.lastgroup == "sentence":
            sentence += 1
            clause += 1
            continue
        if match.lastgroup == "clause":
            clause += 1
            continue
        surface = match.group()
        norm = _norm(surface).replace("/", "-")
        if norm in lx.CLAUSE_WORDS and tokens and tokens[-1].clause == clause:
            clause += 1
        tokens.append(
            _Tok(
                surface=surface.rstrip("-") or surface,
                norm=norm,
                upper=len(surface) > 1 and surface.isupper(),
                start=match.start(),
                keys=_keys(norm),
                sentence=sentence,
                clause=clause,
                neg=norm in lx.NEGATORS,
            )
        )
    return tokens


@lru_cache(maxsize=50_000)
def _keys(norm: str) -> frozenset[str]:
    """Everything a written word can stand for: itself, its base form, and the parts of a compound."""
    fixed = lx.MISSPELLINGS.get(norm)
    if fixed and fixed != norm:  # "agresief" finds what "agressief" finds
        return _keys(fixed) | {norm}
    keys = {norm}
    base = norm.rstrip("-")
    keys.add(base)
    if "-" in base:  # "wij-zij-denken": the parts and their joins
        parts = [p for p in base.split("-") if p]
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                keys.add("-".join(parts[i:j]))
        for part in parts:
            keys.add(_lemma(part))
        return frozenset(keys)
    if base.isdigit():
        return frozenset(keys)
    lemma = _lemma(base)
    # A present participle used as adjective ("bedreigend", "intimiderend") describes a feeling,
    # not an act: keep it apart from the verb.
    if not (base.endswith(("end", "ende")) and lemma.endswith("en") and lemma != base):
        keys.add(lemma)
    index = _compound_index()
    if len(base) >= 7 and index and base not in index and lemma not in index:
        # The first split from the left into two known words: "buren|ruzie", "drugs|overlast".
        # Only that one, so "wantrouwen" (wan|trouwen) does not hold "rouwen".
        for i in range(3, len(base) - 3):
            first, head = base[:i], base[i:]
            if first in lx.NOT_COMPOUND_PREFIXES:
                continue
            stem = first[:-1] if first.endswith("s") and len(first) > 3 else first
            if not (_known(first) or _known(stem) or first in index):
                continue
            head_lemma = _lemma(head)
            if not (head in index or head_lemma in index or _known(head)):
                continue
            if head in index:
                keys.add(head)
            if head_lemma in index:
                keys.add(head_lemma)
            for modifier in (first, stem):
                if len(modifier) >= 5 and modifier in index and len(head) >= 5:
                    keys.add(modifier)
            if head in lx.EVENT_HEADS or head_lemma in lx.EVENT_HEADS:
                # A verb stem before an event noun names the act: "schreeuwpartij" holds
                # "schreeuwen", "dreigbrief" holds "dreigen" (not "vechtsport": no event noun).
                verb = _verb_of_stem(first, index)
                if verb:
                    keys.add(verb)
            break
        else:
            if not _known(base) and not _known(lemma):
                keys.update(_near_misses(base, index))
    if index and len(base) >= 6 and base.endswith(("je", "jes")):
        # A diminutive finds its word: "ruzietje" -> "ruzie", "relletjes" -> "rel".
        for suffix in _DIMINUTIVE:
            if base.endswith(suffix):
                stem = base[: -len(suffix)]
                for word in (stem, stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""):
                    if word and (word in index or len(word) >= 4 and _lemma(word) in index):
                        keys.add(word if word in index else _lemma(word))
                break
    return frozenset(keys)


_DIMINUTIVE = ("etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je")


def _verb_of_stem(stem: str, index: set[str]) -> str | None:
    """The infinitive of a verb stem, if the phrases look for it: "schreeuw" -> "schreeuwen",
    "knok" -> "knokken", "steek" -> "steken"."""
    if len(stem) < 4:
        return None
    candidates = [stem + "en", stem + stem[-1] + "en"]
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        candidates.append(stem[:-2] + stem[-1] + "en")
    return next((c for c in candidates if c in index), None)


_fuzzy: dict[str, tuple[str, ...]] = {}
_fuzzy_size = [-1]


def _near_misses(word: str, index: set[str]) -> set[str]:
    """An unknown word one typing slip away from exactly one looked-for word of 7 letters or more
    finds it: "agresief" -> "agressief", "discrimenatie" -> "discriminatie", "geintimideert"
    -> "geintimideerd". Slips in short words are too often other words."""
    if len(word) < 7 or not word.isalpha():
        return set()
    if _fuzzy_size[0] != len(index):
        table: dict[str, set[str]] = {}
        for target in index:
            if len(target) >= 7 and target.isalpha():
                for variant in _deletions(target) | {target}:
                    table.setdefault(variant, set()).add(target)
        _fuzzy.clear()
        _fuzzy.update({k: tuple(sorted(v)) for k, v in table.items()})
        _fuzzy_size[0] = len(index)
    found: set[str] = set()
    for variant in _deletions(word) | {word}:
        found.update(_fuzzy.get(variant, ()))
    found = {f for f in found if f != word and _one_slip(word, f)}
    return found if len(found) == 1 else set()


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_slip(a: str, b: str) -> bool:
    """One letter left out, added, changed or two letters swapped (not the first letter)."""
    if a[0] != b[0]:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# The words the phrases look for: compounds are split only to find these.
_compound_words: set[str] = set()


def _compound_index() -> set[str]:
    return _compound_words


# ------------------------------------------------------------------------------ phrases

NEG = "<neg>"


@dataclass(frozen=True)
class _Phrase:
    owner: tuple[str, str]  # (kind, slug or answer)
    keys: tuple[str, ...]  # one per required word; NEG for any negation word
    upper: tuple[bool, ...]
    separable: bool  # keys == (verb, particle): the particle must follow the verb or precede "te"
    text: str
    # "een bewoner", "de bewoner van": the article is a filler, so the noun after it must
    # stand as written (singular), or "een bewoner" would match "bewoners".
    singular: bool = False


def _phrase_variants(owner: tuple[str, str], phrase: str) -> list[_Phrase]:
    words = [m.group() for m in _TOKEN.finditer(phrase) if m.lastgroup == "word"]
    keys, upper = [], []
    for word in words:
        norm = _norm(word).rstrip("-") or _norm(word)
        if norm in lx.FILLERS and len(words) > 1:
            continue
        keys.append(NEG if norm in lx.NEGATORS else norm)
        upper.append(len(word) > 1 and word.isupper())
    if not keys or all(k in lx.LEVEL_WORDS for k in keys):
        return []  # the level names never decide on their own
    singular = len(words) > len(keys) and _norm(words[0]) in ("een", "één", "de", "het")
    variants = [_Phrase(owner, tuple(keys), tuple(upper), False, phrase, singular)]
    if len(keys) == 1 and not upper[0]:
        word = keys[0]
        for particle in lx.PARTICLES:
            rest = word[len(particle) :]
            if word.startswith(particle) and len(rest) >= 4 and rest.endswith("en"):
                variants.append(_Phrase(owner, (rest, particle), (False, False), True, phrase))
                break
    return variants


@dataclass(frozen=True)
class _Matcher:
    phrases: tuple[_Phrase, ...]
    anchors: dict  # key -> phrase numbers whose rarest word is this key


def _build_matcher(entries: list[tuple[tuple[str, str], str]]) -> _Matcher:
    phrases: list[_Phrase] = []
    for owner, text in entries:
        phrases.extend(_phrase_variants(owner, text))
    frequency: dict[str, int] = {}
    for phrase in phrases:
        for key in set(phrase.keys):
            frequency[key] = frequency.get(key, 0) + 1
    anchors: dict[str, list[int]] = {}
    before = len(_compound_words)
    for number, phrase in enumerate(phrases):
        # A phrase is only tried when its rarest word is in the text: fast on long texts.
        candidates = [k for k in phrase.keys if k != NEG] or list(phrase.keys)
        anchor = min(candidates, key=lambda k: (frequency[k], -len(k), k))
        anchors.setdefault(anchor, []).append(number)
        for key in phrase.keys:
            if key != NEG and len(key) >= 4:
                _compound_words.add(key)
    if len(_compound_words) != before:
        _keys.cache_clear()  # new words to find inside compounds
    return _Matcher(tuple(phrases), {k: tuple(v) for k, v in anchors.items()})


@lru_cache(maxsize=8)
def _vocabulary_matcher(vocabulary: Vocabulary) -> _Matcher:
    entries: list[tuple[tuple[str, str], str]] = []
    for signal in vocabulary.signals:
        entries.extend((("signal", signal.slug), p) for p in signal.phrases)
    for group in vocabulary.target_groups:
        entries.extend((("group", group.slug), p) for p in group.phrases)
    for kind in vocabulary.situation_types:
        entries.extend((("type", kind.slug), p) for p in kind.phrases)
    return _build_matcher(entries)


@lru_cache(maxsize=1)
def _lexicon_matcher() -> _Matcher:
    entries: list[tuple[tuple[str, str], str]] = []
    for question, table in (
        (triage.CARE_NEED, lx.CARE_NEED),
        (triage.CRIME, lx.CRIME),
        (triage.ADDRESSABLE, lx.ADDRESSABLE),
        (triage.ACUTE_THREAT, lx.ACUTE_THREAT),
        (triage.CONSENT, lx.CONSENT),
        (PARTIES_QUESTION, lx.PARTIES),
    ):
        for answer, phrases in table.items():
            entries.extend(((question, answer), p) for p in phrases)
    for name, phrases in (
        ("long_ago", lx.LONG_AGO),
        ("current", lx.CURRENT),
        ("after", lx.AFTER),
        ("aftercare", lx.AFTERCARE),
        ("recent", lx.RECENT_PAST),
        ("irrealis", lx.IRREALIS),
        ("lookback", lx.LONG_AGO_LOOKBACK),
        ("nothing", lx.NOTHING_HAPPENED),
    ):
        entries.extend((("time", name), p) for p in phrases)
    for slug, phrases in lx.WEAK_CUES.items():
        entries.extend((("weak", slug), p) for p in phrases)
    return _build_matcher(entries)


# ------------------------------------------------------------------------------ matching


@dataclass(frozen=True)
class _Match:
    owner: tuple[str, str]
    tokens: tuple[int, ...]  # token numbers, ascending
    has_neg: bool
    keys: tuple[str, ...] = ()  # the phrase's words


def _find(matcher: _Matcher, tokens: list[_Tok]) -> list[_Match]:
    """All phrase matches, one per phrase and sentence (the tightest)."""
    where: dict[str, list[int]] = {}  # key -> token numbers
    for number, tok in enumerate(tokens):
        for key in tok.keys:
            where.setdefault(key, []).append(number)
        if tok.neg:
            where.setdefault(NEG, []).append(number)
    candidates: set[int] = set()
    anchors = matcher.anchors
    for key in where:
        found = anchors.get(key)
        if found:
            candidates.update(found)
    matches: list[_Match] = []
    seen: dict[tuple, int] = {}
    for phrase_number in sorted(candidates):
        phrase = matcher.phrases[phrase_number]
        by_sentence: dict[int, dict[int, list[int]]] = {}
        complete = True
        for position, key in enumerate(phrase.keys):
            numbers = where.get(key)
            if phrase.upper[position] and numbers:
                numbers = [n for n in numbers if tokens[n].upper]
            if phrase.singular and position == 0 and numbers:
                numbers = [n for n in numbers if tokens[n].norm == key]
            if not numbers:
                complete = False
                break
            for n in numbers:
                by_sentence.setdefault(tokens[n].sentence, {}).setdefault(position, []).append(n)
        if not complete:
            continue
        for sentence in sorted(by_sentence):
            positions = by_sentence[sentence]
            if len(positions) < len(phrase.keys):
                continue
            best = _tightest(phrase, positions, tokens)
            if best is None:
                continue
            earlier = seen.get((phrase.owner, best))
            if earlier is not None:  # the same words found by another phrase: keep both's words
                old = matches[earlier]
                keys = tuple(dict.fromkeys((*old.keys, *phrase.keys)))
                matches[earlier] = _Match(old.owner, old.tokens, old.has_neg, keys)
                continue
            seen[(phrase.owner, best)] = len(matches)
            matches.append(_Match(phrase.owner, best, NEG in phrase.keys, phrase.keys))
    matches.sort(key=lambda m: (m.tokens, m.owner))
    return matches


def _particle_use(tokens: list[_Tok], verb: int, particle: int) -> bool:
    """A split-off particle stands in the verb's clause and is no preposition: in "gevallen,
    letsel aan haar heup" the "aan" opens "aan haar heup" and does not make "aanvallen"."""
    if tokens[particle].clause != tokens[verb].clause:
        return False
    following = tokens[particle + 1] if particle + 1 < len(tokens) else None
    return not (
        following is not None
        and following.clause == tokens[particle].clause
        and following.norm in lx.PREPOSITION_OBJECT_STARTS
    )


def _tightest(
    phrase: _Phrase, positions: dict[int, list[int]], tokens: list[_Tok]
) -> tuple[int, ...] | None:
    size = len(phrase.keys)
    if size == 1:
        return (positions[0][0],)
    limit = size + lx.PHRASE_SLACK
    anchor_position = min(positions, key=lambda p: len(positions[p]))
    best: tuple[int, ...] | None = None
    for anchor in positions[anchor_position]:
        chosen = {anchor_position: anchor}
        for position, occurrences in positions.items():
            if position == anchor_position:
                continue
            free = [o for o in occurrences if o not in chosen.values()]
            if not free:
                break
            chosen[position] = min(free, key=lambda o: (abs(o - anchor), o))
        else:
            if len(chosen) < size:
                continue
            if phrase.separable:
                verb, particle = chosen[0], chosen[1]
                if not (particle > verb or particle == verb - 2):
                    continue
                if not _particle_use(tokens, verb, particle):
                    continue
            picked = tuple(sorted(chosen.values()))
            if picked[-1] - picked[0] + 1 > limit:
                continue
            if best is None or picked[-1] - picked[0] < best[-1] - best[0]:
                best = picked
    return best


# ------------------------------------------------------------------------------ reading


@dataclass
class _Reading:
    tokens: list[_Tok]
    questions: set[int]  # sentence numbers that are questions
    long_ago: set[int]  # sentences placed long ago
    recent: set[int]  # sentences in the recent past
    current_clauses: set[int]
    irrealis_clauses: set[int]
    after_tokens: list[int]  # token numbers of "na", "sinds" ...
    aftercare_words: list[int]
    consumed: set[int]  # negation words that belong to a phrase
    nothing_happened: bool = False  # "er is (nog) niets gebeurd"


def _read(text: str, tokens: list[_Tok], today: date | None) -> tuple[_Reading, list[_Match]]:
    questions = set()
    sentence = 0
    for match in _sentence_marks(text):
        if match.lastgroup == "sentence":
            if "?" in match.group():
                questions.add(sentence)
            sentence += 1
    lexicon_matches = _find(_lexicon_matcher(), tokens)
    reading = _Reading(tokens, questions, set(), set(), set(), set(), [], [], set())
    # A year long before today places its sentence in the past. The caller gives the date, so
    # the analysis itself never reads the clock (same input, same output).
    this_year = today.year if today else 0
    for tok in tokens:
        if (
            today
            and tok.norm.isdigit()
            and len(tok.norm) == 4
            and 1900 <= int(tok.norm) <= this_year - lx.LONG_AGO_YEARS
        ):
            reading.long_ago.add(tok.sentence)
    for m in lexicon_matches:
        kind, name = m.owner
        if kind != "time":
            continue
        first = tokens[m.tokens[0]]
        if name == "long_ago":
            reading.long_ago.add(first.sentence)
        elif name == "recent":
            reading.recent.add(first.sentence)
        elif name == "current":
            reading.current_clauses.update(tokens[i].clause for i in m.tokens)
        elif name == "irrealis":
            reading.irrealis_clauses.add(first.clause)
        elif name == "after":
            reading.after_tokens.append(m.tokens[-1])
        elif name == "aftercare" and not _negated(reading, m) and not _false_friend(reading, m):
            reading.aftercare_words.extend(m.tokens)
        elif name == "lookback" and first.sentence not in questions:
            # "Nu, jaren later": earlier sentences that name a year lie long ago.
            for tok in tokens:
                if tok.sentence < first.sentence and (
                    tok.norm == "toen"
                    or tok.norm.isdigit()
                    and len(tok.norm) == 4
                    and 1900 <= int(tok.norm) <= 2099
                ):
                    reading.long_ago.add(tok.sentence)
        elif name == "nothing" and first.sentence not in questions:
            reading.nothing_happened = True
    # "bang dat ...", "voorkomen dat ...": the clause after "dat" is feared, not a fact.
    for number, tok in enumerate(tokens):
        if tok.norm == "dat" and number > 0:
            before = [
                t.norm for t in tokens[max(0, number - 3) : number] if t.sentence == tok.sentence
            ]
            if any(word in lx.IRREALIS_BEFORE_DAT for word in before):
                reading.irrealis_clauses.add(tok.clause)
    return reading, lexicon_matches


def _negated(reading: _Reading, match: _Match) -> bool:
    if match.has_neg:
        return False
    tokens = reading.tokens
    clauses = {tokens[i].clause for i in match.tokens}
    low, high = match.tokens[0] - lx.NEGATION_WINDOW, match.tokens[-1] + lx.NEGATION_WINDOW
    for number in range(max(0, low), min(len(tokens), high + 1)):
        tok = tokens[number]
        if not tok.neg or tok.clause not in clauses or number in reading.consumed:
            continue
        following = tokens[number + 1].norm if number + 1 < len(tokens) else ""
        if following in lx.NEGATION_EXCEPTIONS:
            continue
        return True
    return False


def _false_friend(reading: _Reading, match: _Match) -> bool:
    """ "dreigt te escaleren" is no threat, "alarm slaan" no violence (see lexicon.FALSE_FRIENDS)."""
    tokens = reading.tokens
    for number in match.tokens:
        tok = tokens[number]
        if (
            "dreigen" in tok.keys
            and tok.norm.startswith("dreig")
            and number > 0
            and tokens[number - 1].norm == "er"
            and tokens[number - 1].clause == tok.clause
        ):
            return True  # "er dreigt een conflict": something may happen, nobody threatens
        for word, following in lx.FALSE_FRIEND_NEXT.items():
            if word in tok.keys:
                after = tokens[number + 1 : number + 1 + lx.FALSE_FRIEND_NEXT_REACH]
                if any(t.sentence == tok.sentence and t.norm in following for t in after):
                    return True
        for word, near in lx.FALSE_FRIENDS.items():
            if word not in tokens[number].keys:
                continue
            clause = tokens[number].clause
            window = tokens[
                max(0, number - lx.FALSE_FRIEND_REACH) : number + lx.FALSE_FRIEND_REACH + 1
            ]
            if any(t.clause == clause and t.keys & near for t in window):
                return True
    return False


def _status(reading: _Reading, match: _Match) -> str:
    """ "ok", "negated", "question", "irrealis", "long_ago", plus "after" for a looked-back event."""
    tokens = reading.tokens
    first = tokens[match.tokens[0]]
    if first.sentence in reading.questions:
        return "question"
    if any(tokens[i].clause in reading.irrealis_clauses for i in match.tokens):
        return "irrealis"
    if _negated(reading, match):
        return "negated"
    if _false_friend(reading, match):
        return "false_friend"
    if first.sentence in reading.long_ago and first.clause not in reading.current_clauses:
        return "long_ago"
    for marker in reading.after_tokens:
        if 0 < match.tokens[0] - marker <= lx.AFTER_REACH and tokens[marker].clause == first.clause:
            return "after"
    return "ok"


def _words(tokens: list[_Tok], numbers) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tokens[i].surface for i in sorted(set(numbers))))


# ------------------------------------------------------------------------------ analyse


def analyse(text: str, vocabulary: Vocabulary, today: date | None = None) -> TextAnalysis:
    """Suggestions for a free-text description; see the module docstring. ``today`` lets a
    year in the text count as long ago (without it, only words such as "vroeger" do)."""
    if not text or not text.strip() or not vocabulary.signals and not vocabulary.target_groups:
        return NO_ANALYSIS
    matcher = _vocabulary_matcher(vocabulary)
    _lexicon_matcher()
    tokens = _tokenize(text)
    if not tokens:
        return NO_ANALYSIS
    reading, lexicon_matches = _read(text, tokens, today)
    vocab_matches = _find(matcher, tokens)
    # Negation words that a phrase itself holds ("groeten niet", "geen contact") are used up.
    for m in (*vocab_matches, *lexicon_matches):
        if m.has_neg and m.owner != ("time", "nothing") and _status_without_negation(reading, m):
            reading.consumed.update(i for i in m.tokens if tokens[i].neg)

    signals_by_slug = {s.slug: s for s in vocabulary.signals}
    signal_tokens: dict[str, list[int]] = {}
    aftercare_context: list[int] = list(reading.aftercare_words)
    aftercare_candidates: dict[str, list[int]] = {}
    groups: dict[str, list[int]] = {}
    types: dict[str, list[int]] = {}
    statuses = [_status(reading, m) for m in vocab_matches]
    dropped = _subsumed(vocab_matches, statuses)
    for number, m in enumerate(vocab_matches):
        if number in dropped:
            continue
        kind, slug = m.owner
        status = statuses[number]
        if kind == "signal":
            signal = signals_by_slug[slug]
            if signal.phase == triage.AFTERCARE:
                if status in ("ok", "after"):
                    aftercare_candidates.setdefault(slug, []).extend(m.tokens)
                continue
            if status == "after" and signal.level == triage.LEVEL_ORDER[-1]:
                aftercare_context.extend(m.tokens)  # "sinds de schietpartij": looked back on
                continue
            if status in ("ok", "after"):
                signal_tokens.setdefault(slug, []).extend(m.tokens)
        elif kind == "group" and status in ("ok", "after", "long_ago"):
            groups.setdefault(slug, []).extend(m.tokens)
        elif kind == "type" and status in ("ok", "after"):
            types.setdefault(slug, []).extend(m.tokens)

    escalation = triage.LEVEL_ORDER[-1]
    _combined_signals(reading, groups, signal_tokens, signals_by_slug)
    _moderate(reading, lexicon_matches, types, signal_tokens, signals_by_slug)
    weak = False
    if not signal_tokens and not aftercare_context:
        weak = _weak_cues(reading, lexicon_matches, signal_tokens, signals_by_slug)
    acute = [s for s in signal_tokens if signals_by_slug[s].level == escalation]
    # Recent escalation events with aftercare words and no other acute sign: looked back on.
    if acute and reading.aftercare_words:
        recent_only = all(
            all(
                tokens[i].sentence in reading.recent or tokens[i].sentence in reading.long_ago
                for i in signal_tokens[s]
            )
            for s in acute
        )
        if recent_only:
            for s in acute:
                aftercare_context.extend(signal_tokens.pop(s))
            acute = []
    aftercare_signals = [s for s in vocabulary.signals if s.phase == triage.AFTERCARE]
    if aftercare_context:
        for slug, numbers in aftercare_candidates.items():
            signal_tokens[slug] = numbers
        if not aftercare_candidates and aftercare_signals:
            signal_tokens[aftercare_signals[0].slug] = list(aftercare_context)
        elif aftercare_candidates:
            first = min(
                aftercare_candidates, key=lambda s: [x.slug for x in vocabulary.signals].index(s)
            )
            signal_tokens[first] = sorted(set(signal_tokens[first]) | set(aftercare_context))

    order = {s.slug: n for n, s in enumerate(vocabulary.signals)}
    signal_suggestions = tuple(
        Suggestion(slug, _words(tokens, signal_tokens[slug]))
        for slug in sorted(signal_tokens, key=order.get)
    )
    group_order = {g.slug: n for n, g in enumerate(vocabulary.target_groups)}
    group_suggestions = tuple(
        Suggestion(slug, _words(tokens, groups[slug]))
        for slug in sorted(groups, key=group_order.get)
    )

    # Level: the highest level with a ticked signal.
    levels = [signals_by_slug[s.value].level for s in signal_suggestions]
    level_value = triage.level_from_signals(levels)
    level = None
    phase = None
    if level_value:
        at_level = [s for s in signal_suggestions if signals_by_slug[s.value].level == level_value]
        level = Suggestion(level_value, _words_of(at_level))
        if level_value == escalation:
            acute_now = [s for s in at_level if signals_by_slug[s.value].phase != triage.AFTERCARE]
            if acute_now:
                phase = Suggestion(triage.ACUTE, _words_of(acute_now))
            else:
                phase = Suggestion(triage.AFTERCARE, _words_of(at_level))

    triage_answers = _triage(
        reading, lexicon_matches, signal_suggestions, signals_by_slug, group_suggestions, phase
    )
    situation_type = _situation_type(triage_answers, types, tokens, vocabulary)
    confidence = (
        "low" if weak and level else _confidence(level, signal_suggestions, signals_by_slug)
    )
    return TextAnalysis(
        signals=signal_suggestions,
        triage=triage_answers,
        phase=phase,
        situation_type=situation_type,
        target_groups=group_suggestions,
        level=level,
        confidence=confidence,
    )


_LIVE = ("ok", "after")


def _subsumed(matches: list[_Match], statuses: list[str]) -> set[int]:
    """Signal matches whose words all lie inside a longer match of another signal: the longer
    phrase is the more precise reading ("onveilig gevoel" is a feeling, not "onveilig";
    "verbaal geweld" is abuse, not "geweld"; "voelt zich bedreigd" is fear, not a threat)."""
    live = [n for n, m in enumerate(matches) if m.owner[0] == "signal" and statuses[n] in _LIVE]
    by_token: dict[int, list[int]] = {}
    for n in live:
        for t in matches[n].tokens:
            by_token.setdefault(t, []).append(n)
    dropped: set[int] = set()
    for n in live:
        inner = set(matches[n].tokens)
        for other in by_token[matches[n].tokens[0]]:
            outer = matches[other]
            if (
                other != n
                and outer.owner != matches[n].owner
                and len(outer.tokens) > len(inner)
                and inner < set(outer.tokens)
                and set(matches[n].keys) <= set(outer.keys)
            ):
                dropped.add(n)
                break
    return dropped


def _live(reading: _Reading, owner: tuple[str, str], numbers) -> bool:
    return _status(reading, _Match(owner, tuple(sorted(numbers)), False)) in _LIVE


def _combined_signals(reading, groups, signal_tokens, signals_by_slug) -> None:
    """Signals that need two things in one sentence: a complaint about a group, or a social
    medium with heat ("felle discussie op Facebook")."""
    tokens = reading.tokens
    group_tokens = {n for numbers in groups.values() for n in numbers}
    complaint = lx.COMPLAINT_SIGNAL
    online = lx.ONLINE_SIGNAL
    for number, tok in enumerate(tokens):
        if complaint in signals_by_slug and tok.keys & lx.COMPLAINT_WORDS:
            for over in range(number + 1, min(len(tokens), number + 4)):
                if tokens[over].norm != "over" or tokens[over].clause != tok.clause:
                    continue
                for target in range(over + 1, min(len(tokens), over + 1 + lx.COMPLAINT_REACH)):
                    if tokens[target].sentence != tok.sentence:
                        break
                    if target in group_tokens or tokens[target].norm in lx.COMPLAINT_TARGETS:
                        numbers = (number, over, target)
                        if _live(reading, ("signal", complaint), numbers):
                            signal_tokens.setdefault(complaint, []).extend(numbers)
                        break
                break
        if online in signals_by_slug and _platform(tok.norm):
            for other in range(max(0, number - 8), min(len(tokens), number + 9)):
                near = tokens[other]
                if near.sentence == tok.sentence and near.norm in lx.ONLINE_HEAT:
                    numbers = (number, other)
                    if _live(reading, ("signal", online), numbers):
                        signal_tokens.setdefault(online, []).extend(numbers)
                    break


def _platform(norm: str) -> bool:
    """A social medium: "facebook", "buurtapp", "whatsappgroep", "appgroep" (not "appartement")."""
    return (
        norm in lx.ONLINE_PLATFORMS
        or norm.endswith("app")
        or norm.startswith(lx.ONLINE_PLATFORM_STARTS)
    )


def _move(signal_tokens, slug, target, signals_by_slug) -> None:
    numbers = signal_tokens.pop(slug)
    if target and target in signals_by_slug:
        signal_tokens.setdefault(target, []).extend(numbers)


def _moderate(reading, lexicon_matches, types, signal_tokens, signals_by_slug) -> None:
    """Keep a harmless situation from being pushed up: a feeling when the text says nothing
    happened, a rumour or protest as the only escalation, "loopt uit de hand" between two
    households."""
    tokens = reading.tokens
    if reading.nothing_happened:
        for slug, target in lx.DEMOTE_WHEN_NOTHING_HAPPENED.items():
            if slug in signal_tokens:
                _move(signal_tokens, slug, target, signals_by_slug)
    _alleged_and_shy(reading, signal_tokens, signals_by_slug)
    escalation = triage.LEVEL_ORDER[-1]
    acute = [
        s
        for s in signal_tokens
        if signals_by_slug[s].level == escalation and signals_by_slug[s].phase != triage.AFTERCARE
    ]
    if not acute:
        return
    soft: dict[str, str] = {}
    for slug in acute:
        words = [
            min(tokens[n].keys & lx.SOFT_ESCALATION.keys(), default=None)
            for n in signal_tokens[slug]
        ]
        if any(w is None for w in words):
            break
        soft[slug] = lx.SOFT_ESCALATION[words[0]]
    else:
        for slug, target in soft.items():
            _move(signal_tokens, slug, target, signals_by_slug)
        return
    if all(s in lx.JUDGEMENT_ESCALATION for s in acute):
        points = _party_points(reading, lexicon_matches)
        private = points[triage.HOUSEHOLDS] + points[triage.ONE_RESIDENT]
        if types.keys() & {triage.TYPE_HOUSEHOLDS, triage.TYPE_ONE_RESIDENT}:
            private += 1
        if private and private >= points[triage.GROUPS]:
            for slug in acute:
                signal_tokens.pop(slug)


def _alleged_and_shy(reading, signal_tokens, signals_by_slug) -> None:
    """ "Ze zouden dronken zijn" in gossip, or when the text says nothing happened, is a story
    about a group (roddel), not a nuisance seen. "Durft niet meer naar de koffieochtend" is
    avoidance of a social activity, not unsafety."""
    tokens = reading.tokens
    gossip = {tokens[n].sentence for n in signal_tokens.get(lx.ALLEGATION_SIGNAL, ())}

    def alleged(number: int) -> bool:
        tok = tokens[number]
        if not (reading.nothing_happened or tok.sentence in gossip):
            return False
        return any(
            tokens[m].sentence == tok.sentence and tokens[m].norm in lx.ALLEGATION
            for m in range(max(0, number - 12), number)
        )

    for slug in lx.ALLEGED_INCIDENTS:
        numbers = signal_tokens.get(slug)
        if numbers and all(alleged(n) for n in numbers):
            _move(signal_tokens, slug, lx.ALLEGATION_SIGNAL, signals_by_slug)
    social = {
        tokens[n].clause for s in lx.SOCIAL_ACTIVITY_SIGNALS for n in signal_tokens.get(s, ())
    }
    numbers = signal_tokens.get(lx.UNSAFE_SIGNAL)
    if numbers and social and all(tokens[n].clause in social for n in numbers):
        _move(signal_tokens, lx.UNSAFE_SIGNAL, lx.SHY_SIGNAL, signals_by_slug)


def _party_points(reading, lexicon_matches) -> dict[str, int]:
    """How many cue phrases speak for each party (a phrase counts once, however long)."""
    points = {p: 0 for p in (triage.GROUPS, triage.HOUSEHOLDS, triage.ONE_RESIDENT)}
    for m in lexicon_matches:
        question, answer = m.owner
        if question == PARTIES_QUESTION and answer in points and _status(reading, m) in _LIVE:
            points[answer] += 1
    return points


def _weak_cues(reading, lexicon_matches, signal_tokens, signals_by_slug) -> bool:
    """No signal at all: a weaker cue ("last van", "klachten") still suggests a low signal."""
    found = False
    for m in lexicon_matches:
        kind, slug = m.owner
        if kind == "weak" and slug in signals_by_slug and _status(reading, m) == "ok":
            signal_tokens.setdefault(slug, []).extend(m.tokens)
            found = True
    return found


def _status_without_negation(reading: _Reading, match: _Match) -> bool:
    first = reading.tokens[match.tokens[0]]
    return first.sentence not in reading.questions and first.clause not in reading.irrealis_clauses


def _words_of(suggestions) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for s in suggestions for w in s.words))


def _triage(reading, lexicon_matches, signals, signals_by_slug, groups, phase):
    tokens = reading.tokens
    cues: dict[tuple[str, str], list[int]] = {}
    negated: dict[tuple[str, str], list[int]] = {}
    for m in lexicon_matches:
        question, answer = m.owner
        if question in ("time", "weak"):
            continue
        status = _status(reading, m)
        if status in ("ok", "after", "long_ago" if question == PARTIES_QUESTION else "ok"):
            cues.setdefault(m.owner, []).extend(m.tokens)
        elif status == "negated":
            negated.setdefault(m.owner, []).extend(m.tokens)

    answers: list[tuple[str, Suggestion]] = []
    # Tussen wie?
    conflict = any(signals_by_slug[s.value].level != triage.LEVEL_ORDER[0] for s in signals)
    points = {}
    for party in (triage.GROUPS, triage.HOUSEHOLDS, triage.ONE_RESIDENT, triage.NOBODY):
        found = cues.get((PARTIES_QUESTION, party), [])
        points[party] = (len({tokens[i].norm for i in found}), found)
    if conflict:
        points[triage.NOBODY] = (0, [])
    ranked = sorted(points, key=lambda p: (-points[p][0], p))
    best, second = ranked[0], ranked[1]
    if points[best][0] >= 1 and points[best][0] - points[second][0] >= lx.PARTIES_LEAD:
        answers.append((PARTIES_QUESTION, Suggestion(best, _words(tokens, points[best][1]))))

    # Zorgvraag?
    care_words = list(cues.get((triage.CARE_NEED, triage.YES), []))
    for group in groups:
        if group.value in lx.CARE_GROUPS:
            care_words.extend(i for i, t in enumerate(tokens) if t.surface in group.words)
    if care_words:
        answers.append((triage.CARE_NEED, Suggestion(triage.YES, _words(tokens, care_words))))
    elif lx.CARE_NEED_NEGATED_MEANS_NO and negated.get((triage.CARE_NEED, triage.YES)):
        answers.append(
            (
                triage.CARE_NEED,
                Suggestion(triage.NO, _words(tokens, negated[(triage.CARE_NEED, triage.YES)])),
            )
        )

    for question in (triage.CRIME, triage.ADDRESSABLE, triage.ACUTE_THREAT, triage.CONSENT):
        yes = cues.get((question, triage.YES), [])
        no = cues.get((question, triage.NO), [])
        if question == triage.ADDRESSABLE and no:
            # "niet aanspreekbaar" also holds "aanspreekbaar": the negative phrase wins.
            yes = [i for i in yes if i not in set(no)]
        if question == triage.ACUTE_THREAT:
            if phase is not None and phase.value == triage.ACUTE:
                yes = yes + [i for i, t in enumerate(tokens) if t.surface in phase.words]
            elif phase is not None and phase.value == triage.AFTERCARE and not yes:
                no = no + [i for i, t in enumerate(tokens) if t.surface in phase.words]
        if yes and not no:
            answers.append((question, Suggestion(triage.YES, _words(tokens, yes))))
        elif no and not yes or question == triage.ADDRESSABLE and no:
            answers.append((question, Suggestion(triage.NO, _words(tokens, no))))
    return tuple(answers)


def _situation_type(answers, types, tokens, vocabulary) -> Suggestion | None:
    given = dict(answers)
    parties = given.get(PARTIES_QUESTION)
    care = given.get(triage.CARE_NEED)
    crime = given.get(triage.CRIME)
    slug = triage.situation_type_for(
        parties.value if parties else triage.UNKNOWN,
        care.value if care else triage.UNKNOWN,
        crime.value if crime else triage.UNKNOWN,
    )
    if slug:
        used = [
            s for s in (parties, care if slug == triage.TYPE_ONE_RESIDENT else None, crime) if s
        ]
        if slug == triage.TYPE_CRIME:
            used = [crime]
        return Suggestion(slug, _words_of(used))
    if not types:
        return None
    ranked = sorted(
        types,
        key=lambda t: (-len(set(types[t])), [x.slug for x in vocabulary.situation_types].index(t)),
    )
    if len(ranked) > 1 and len(set(types[ranked[0]])) == len(set(types[ranked[1]])):
        return None
    return Suggestion(ranked[0], _words(tokens, types[ranked[0]]))


def _confidence(level, signals, signals_by_slug) -> str:
    if level is None:
        return "none"
    at_level = [s for s in signals if signals_by_slug[s.value].level == level.value]
    if len(at_level) >= 2 or len(at_level) == 1 and len(signals) >= 3:
        return "high"
    if len(level.words) >= 2 or len(signals) >= 2:
        return "medium"
    return "low"
