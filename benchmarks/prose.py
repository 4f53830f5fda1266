"""Made-up Dutch prose for the diff benchmarks and tests: sentences of 6 to 24 words from a
vocabulary of some 300 words, with commas and full stops, and a copy with a share of its words
replaced, as an editor revising a long text would. Deterministic for a seed."""

from __future__ import annotations

import random

_WORDS = """
aanvraag aanmelding aanpassen abonnement activiteit adres afdeling afspraak akkoord alle
alleen altijd archief artikel automatisch bank bedrijf begeleiding behandelen beheer beleid
belang belangrijk bericht beschermen besluit bestand betaling bevestiging bewaren bewaartermijn
bezoek bezoeker bijdrage bijzonder binnen blijven boekhouding bron buiten cijfers collega
contact contract controle cursus daarna daarom dat datum de deelnemer deze dienst doel doen
door dossier drie duidelijk e-mail een eerder eigen einde en enkele evaluatie extern formulier
foto's functie geboortedatum gebruik gebruiken gegevens geheim gemeente geven gezondheid goed
groep grond hebben heel helpen het hier hoe hun iedereen informatie inloggen inschrijving
inzage is jaar je jij jouw kantoor keer kennis kind klacht klant kosten krijgen kunnen
lang leerling leeftijd les leverancier lid lijst maand maken medewerker meer melding met
minder mogen na naam nadat niet nieuw nodig nog noodzakelijk nummer of om omdat onderzoek
ons onze ook op opslaan opvragen organisatie ouder over overeenkomst personeel persoon
persoonsgegevens plaats privacy procedure rapport recht regel rooster samen school sturen
systeem taak telefoon termijn tijd toestemming toezicht uit uitvoeren van veilig verbeteren
verwerken verwerking verwijderen verzoek voor vragen vrijwilliger waar wanneer want wat we
website welke wet wettelijk wij wijziging worden zijn zo zonder zorgen zullen
""".split()


def prose(words: int, seed: int = 1) -> list[str]:
    """`words` words of prose, as a list of words (a word may end in `,` or `.`)."""
    chance = random.Random(seed)
    text: list[str] = []
    while len(text) < words:
        length = min(chance.randint(6, 24), words - len(text))
        sentence = [chance.choice(_WORDS) for _ in range(length)]
        sentence[0] = sentence[0].capitalize()
        if length > 10:
            sentence[chance.randint(3, length - 4)] += ","
        sentence[-1] += "."
        text += sentence
    return text


def revised(text: list[str], share: float, seed: int = 2) -> list[str]:
    """`text` with `share` of its words replaced by others, at random places."""
    chance = random.Random(seed)
    changed = list(text)
    for index in chance.sample(range(len(text)), max(1, int(len(text) * share))):
        ending = "".join(character for character in changed[index][-1:] if character in ",.")
        changed[index] = chance.choice(_WORDS) + ending
    return changed
