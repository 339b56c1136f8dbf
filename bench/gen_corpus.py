#!/usr/bin/env python3
"""Generate a deterministic corpus of scraped-style news text files for benchmarking winnow.

    python3 bench/gen_corpus.py OUT_DIR --mb 200 --seed 1 [--sites 20] [--jobs N]

Writes files of 2,000-20,000 bytes each (log-normal-ish sizes, median about 5 KB) under
OUT_DIR/site-00 ... OUT_DIR/site-NN/<section>/, until the corpus holds at least --mb * 10^6 bytes
(MB = 10^6 bytes throughout). Each file looks like a real scrape of a news page: a headline,
sometimes repeated (exactly, re-cased or with " | Site Name"), breadcrumbs, a byline, photo
captions, body paragraphs of generated prose (typographic quotes, dashes, ellipses, numbers,
non-ASCII names; about 10% of files in Russian, German, French, Spanish or Polish), share
lines, "Advertisement", "Read more", related-article teasers, a donation appeal, a cookie
banner, a newsletter sign-up and a copyright line, with occasional NBSP, tabs, trailing spaces,
72-column hard wrapping and CRLF line endings.

The output depends only on (--seed, --sites, --mb): every file is generated from its own
random.Random seeded with "seed:sites:index", so the corpus is identical whatever --jobs is,
and the first files of a 1 GB corpus are the files of a 10 MB corpus with the same seed.
A JSON manifest (files, bytes, MB, per-language and per-site counts) goes to stdout.
Standard library only.
"""

import argparse
import json
import math
import os
import random
import sys
import time
from multiprocessing import get_context

MIN_BYTES = 2_000
MAX_BYTES = 20_000
TARGET_CAP = 18_500          # leaves room for CRLF and the last paragraph under MAX_BYTES
MEDIAN_BYTES = 5_000
SIGMA = 0.6

NBSP = "\u00a0"
ELL = "\u2026"
MDASH = "\u2014"
NDASH = "\u2013"
RSQ = "\u2019"

# --------------------------------------------------------------------------------------------
# Sites
# --------------------------------------------------------------------------------------------

SITE_NAMES = [
    "The Harbour Herald", "Daily Meridian", "Northgate Times", "The Civic Ledger", "Valley Courier",
    "Metro Dispatch", "The Evening Lantern", "Coastline News", "The Capital Observer", "Riverside Post",
    "The Frontier Tribune", "Global Wire Today", "The Morning Compass", "Lakeside Gazette",
    "The Independent Voice", "Summit Chronicle", "The Weekly Beacon", "Eastern Review",
    "The Public Record", "Crossroads Journal", "The Atlas Standard", "Pinecrest Monitor",
    "The Open Register", "Bayview Express",
]

SECTIONS = ["world", "politics", "business", "science", "culture", "sport", "local", "opinion",
            "technology", "health"]

# --------------------------------------------------------------------------------------------
# English prose
# --------------------------------------------------------------------------------------------

FIRST = [
    "James", "Maria", "Anna", "David", "Sarah", "Michael", "Laura", "Daniel", "Emily", "Thomas",
    "Olivia", "Peter", "Hannah", "Robert", "Grace", "William", "Chloé", "José", "François", "Zoë",
    "Søren", "Łukasz", "Jürgen", "Ana", "Björn", "Zoltán", "Małgorzata", "Agnieszka", "Nikolai",
    "Renée", "Inés", "Håkon", "Ömer", "Dvořák", "Siobhán", "Ahmed", "Priya", "Kenji", "Aisha",
    "Mateo", "Elena", "Yusuf", "Fatima", "Oliver", "Charlotte", "Lucas", "Isabel", "Noah", "Mia",
    "Sergei", "Victoria", "Jens", "Hélène", "Andrés", "Dagný", "Marek", "Rafał", "Joaquín",
]
LAST = [
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright", "Green", "Hall",
    "Martínez", "Müller", "Dubois", "Nielsen", "Wójcik", "Kovács", "Ångström", "Lefèvre", "Muñoz",
    "Novák", "Schäfer", "García", "Łapiński", "Øster", "Brontë", "O'Connor", "Nakamura", "Okafor",
    "Haddad", "Petrov", "Ivanova", "Rossi", "Bianchi", "Fernández", "Kowalski", "Jensen", "Larsen",
    "Mahmoud", "Patel", "Chen", "Kim", "Nguyen", "Silva", "Costa", "Moreau", "Weiß", "Gómez",
    "Doyle", "Byrne", "Stoltenberg", "Nuland", "Lukashevich", "Kerry", "Lavrov", "Abbott",
]
TITLES = [
    "a spokesperson for the ministry", "the city's deputy mayor", "a senior economist at the central bank",
    "the head of the regional health authority", "an analyst at Meridian Capital",
    "a professor of political science", "the union's general secretary", "a local shop owner",
    "the company's chief executive", "a government adviser", "the opposition leader",
    "a spokeswoman for the police", "the festival's artistic director", "a climate researcher",
    "the team's head coach", "a resident of the neighbourhood", "the school's headteacher",
]
PLACES = [
    "Brussels", "Berlin", "Paris", "Madrid", "Warsaw", "Moscow", "Kyiv", "London", "Dublin",
    "Lisbon", "Rome", "Vienna", "Prague", "Budapest", "Copenhagen", "Oslo", "Reykjavík", "Zürich",
    "Kraków", "Gdańsk", "Málaga", "Córdoba", "Nîmes", "Montréal", "São Paulo", "Bogotá", "Istanbul",
    "Ankara", "Cairo", "Nairobi", "Lagos", "Mumbai", "Tokyo", "Seoul", "Sydney", "Auckland",
    "Chicago", "Toronto", "Mexico City", "the northern province", "the coastal region",
    "the capital", "the harbour district", "the river valley", "the old town",
]
ORGS = [
    "the European Commission", "the United Nations", "the World Health Organization", "NATO",
    "the central bank", "the finance ministry", "the city council", "the Supreme Court",
    "the national rail operator", "the energy regulator", "the football federation",
    "the port authority", "the teachers' union", "the statistics office", "Parliament",
    "the International Monetary Fund", "the Red Cross", "the environment agency",
]
SUBJ = [
    "officials", "the government", "the ministry", "investigators", "local residents", "the company",
    "the committee", "lawmakers", "researchers", "the authorities", "the mayor", "the regulator",
    "prosecutors", "the coalition", "the organisers", "the board", "emergency services", "the court",
    "economists", "the union", "the opposition", "police", "doctors", "farmers", "the airline",
]
VERB = [
    "announced", "rejected", "approved", "postponed", "criticised", "defended", "proposed",
    "reviewed", "questioned", "welcomed", "confirmed", "denied", "launched", "suspended", "expanded",
    "delayed", "unveiled", "challenged", "backed", "investigated", "outlined", "abandoned",
    "negotiated", "finalised", "scrapped", "published", "extended", "reduced", "increased",
]
ADJ = [
    "new", "controversial", "long-awaited", "ambitious", "revised", "temporary", "national",
    "regional", "costly", "modest", "sweeping", "provisional", "fragile", "unprecedented",
    "widely expected", "cautious", "emergency", "multi-year", "cross-border", "digital",
]
NOUN = [
    "plan", "budget", "agreement", "proposal", "investigation", "reform", "contract", "policy",
    "programme", "ceasefire", "strike", "tariff", "inquiry", "deal", "report", "timetable",
    "tax cut", "housing scheme", "rescue package", "security pact", "pension reform", "ban",
    "water project", "rail link", "trade talks", "vaccination campaign", "election law",
]
PP = [
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "over the weekend",
    "late on Sunday", "earlier this week", "last month", "after months of talks",
    "despite strong objections", "amid growing pressure", "following a heated debate",
    "in a surprise move", "without prior notice", "after a closed-door meeting",
    "ahead of the summit", "under mounting criticism", "for the second time this year",
]
CLAUSE_TAIL = [
    "a decision that could affect thousands of households",
    "raising fresh questions about who will pay for it",
    "according to people familiar with the matter",
    "though details remain scarce",
    "which critics say goes too far",
    "which supporters say is long overdue",
    "leaving many residents uncertain about what comes next",
    "in a sign that tensions are easing",
    "as costs continue to climb",
    "while talks with neighbouring countries continue",
    "a move welcomed by business groups",
    "prompting protests outside the building",
    "with a final vote expected next month",
    "in what analysts described as a turning point",
]
QUOTE_BODY = [
    "we are not going to accept this", "this is a matter of basic fairness",
    "nobody should jump to conclusions", "we have been waiting for this for years",
    "the numbers simply do not add up", "it{r}s too early to say what the impact will be",
    "we will keep working until the job is done", "people deserve a clear answer",
    "this is a turning point for the whole region", "we didn{r}t expect it to happen so fast",
    "there is still a lot of work ahead of us", "I think everyone was surprised",
    "our priority is the safety of residents", "we{r}ll look at every option on the table",
    "it was a difficult decision, but the right one", "the situation remains very serious",
]
REPORTING = ["said", "told reporters", "said in a statement", "added", "wrote on social media",
             "told the newspaper", "said at a press conference", "explained"]
UNITS = ["per cent", "%", "million euros", "billion dollars", "kilometres", "tonnes", "people",
         "jobs", "homes", "votes", "passengers", "schools"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FILLER = [
    "The {noun} had been under discussion since {year}.",
    "{Org} has not said when a final decision will be made.",
    "It is the {ord} time this year that the issue has reached {org}.",
    "Turnout was estimated at {pct}%, up from {pct2}% in {year}.",
    "The cost has risen to {money}, roughly {n} times the original estimate.",
    "More than {big} {unit} are expected to be affected, officials said.",
    "Critics argue the {adj} {noun} ignores the concerns of smaller towns.",
    "A similar {noun} was abandoned in {place} in {year} after legal challenges.",
    "Talks are due to resume in {place} on {month} {day}.",
    "The figures, published by {org}, cover the period from {month} to {month2}.",
    "{Name}, {title}, said the decision was {adj2}.",
    "“It{r}s not over yet,” one resident said.",
    "Neither side responded to requests for comment.",
    "The {noun} still needs the approval of {org}.",
    "By {time}, roads in {place} had reopened.",
    "Some {big} people signed a petition against the {noun} within {n} days.",
]
ADJ2 = ["premature", "overdue", "a step in the right direction", "disappointing", "inevitable",
        "a mistake", "reasonable", "rushed", "brave", "unfair to workers"]
ORDINALS = ["second", "third", "fourth", "fifth"]


def cap(text):
    return text[:1].upper() + text[1:]


def name(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def money(r):
    cur = r.choice(["€", "$", "£"])
    if r.random() < 0.5:
        return f"{cur}{r.randint(2, 950)} million"
    return f"{cur}{r.randint(1, 40)}.{r.randint(1, 9)} billion"


def big_number(r):
    n = r.randint(1_200, 480_000)
    return f"{n:,}"


def en_sentence(r):
    k = r.random()
    if k < 0.30:
        s = (f"{r.choice(SUBJ).capitalize()} {r.choice(VERB)} the {r.choice(ADJ)} {r.choice(NOUN)} "
             f"{r.choice(PP)}, {r.choice(CLAUSE_TAIL)}.")
    elif k < 0.45:
        q = r.choice(QUOTE_BODY).format(r=RSQ)
        q = q[0].upper() + q[1:]
        if r.random() < 0.25:
            q += f"{ELL} {r.choice(QUOTE_BODY).format(r=RSQ)}"
        who = name(r) if r.random() < 0.7 else r.choice(TITLES)
        s = f"“{q},” {who} {r.choice(REPORTING)}."
    elif k < 0.55:
        s = (f"{name(r)}, {r.choice(TITLES)}, {r.choice(REPORTING)} that the {r.choice(NOUN)} "
             f"would be {r.choice(ADJ2)}.")
    elif k < 0.65:
        s = (f"In {r.choice(PLACES)}, {r.choice(SUBJ)} {r.choice(VERB)} the {r.choice(NOUN)} "
             f"{MDASH} the {r.choice(ADJ)} {r.choice(NOUN)} first floated {r.choice(PP)} {MDASH} "
             f"{r.choice(CLAUSE_TAIL)}.")
    elif k < 0.75:
        s = (f"{r.choice(['Spending on', 'The cost of', 'Support for', 'Funding for'])} the "
             f"{r.choice(NOUN)} {r.choice(['rose', 'fell', 'grew', 'dropped', 'climbed'])} "
             f"by {r.randint(1, 48)}.{r.randint(0, 9)} {r.choice(UNITS[:2])} in "
             f"{r.randint(2015, 2024)}, to {money(r)}, {r.choice(CLAUSE_TAIL)}.")
    else:
        s = r.choice(FILLER).format(
            noun=r.choice(NOUN), year=r.randint(2009, 2024), Org=cap(r.choice(ORGS)),
            ord=r.choice(ORDINALS), org=r.choice(ORGS), pct=r.randint(30, 79),
            pct2=r.randint(30, 79), money=money(r), n=r.randint(2, 9), big=big_number(r),
            unit=r.choice(UNITS[4:]), adj=r.choice(ADJ), place=r.choice(PLACES),
            month=r.choice(MONTHS), month2=r.choice(MONTHS), day=r.randint(1, 28),
            Name=name(r), title=r.choice(TITLES), adj2=r.choice(ADJ2), r=RSQ,
            time=f"{r.randint(1, 11)}{r.choice([':00', ':30', ':15'])} {r.choice(['a.m.', 'p.m.'])}")
    return s


def en_headline(r):
    k = r.random()
    if k < 0.4:
        h = f"{r.choice(ORGS).replace('the ', '', 1)} {r.choice(VERB)} {r.choice(ADJ)} {r.choice(NOUN)}"
    elif k < 0.7:
        h = f"{r.choice(LAST)} and {r.choice(LAST)} {r.choice(['clash over', 'agree on', 'meet to discuss', 'split on'])} {r.choice(NOUN)} in {r.choice(PLACES)}"
    else:
        h = f"{r.choice(PLACES)} {r.choice(['braces for', 'rallies against', 'welcomes', 'weighs'])} {r.choice(ADJ)} {r.choice(NOUN)}"
    h = cap(h)
    if r.random() < 0.2:
        h += f": {r.choice(['what we know', 'five things to watch', 'explained', 'live updates'])}"
    return h


# --------------------------------------------------------------------------------------------
# Other languages: phrase fragments that combine into plausible sentences, and boilerplate
# --------------------------------------------------------------------------------------------

LANGS = {
    "ru": {
        "subj": ["Правительство", "Министерство финансов", "Городской совет", "Следователи", "Местные жители",
                 "Компания «Северсталь»", "Депутаты Госдумы", "Учёные", "Власти региона", "Мэр Москвы",
                 "Прокуратура", "Профсоюз учителей", "Центральный банк", "Организаторы фестиваля"],
        "verb": ["объявило о", "одобрило", "отклонило", "раскритиковало", "представило", "отложило",
                 "поддержало", "приостановило", "расширило", "обсудило", "утвердило", "опровергло"],
        "obj": ["новый законопроект", "план реконструкции", "бюджет на следующий год", "программу поддержки",
                "соглашение о сотрудничестве", "решение суда", "повышение тарифов", "проект метро",
                "реформу образования", "строительство моста", "налоговую реформу", "проверку предприятия"],
        "tail": ["в понедельник", "на прошлой неделе", "после долгих переговоров", "несмотря на протесты",
                 "по данным источников", "в ходе заседания", "в условиях неопределённости",
                 "впервые за десять лет", "по итогам встречи в Кремле", "до конца года"],
        "names": ["Иван Петров", "Анна Смирнова", "Сергей Лавров", "Ольга Иванова", "Дмитрий Козлов",
                  "Мария Соколова", "Алексей Ёлкин", "Наталья Щербакова", "Юрий Жуков", "Екатерина Белова"],
        "say": ["заявил", "сказала", "отметил", "сообщила", "подчеркнул"],
        "quotes": ["Мы не можем это принять", "Это вопрос справедливости", "Работа ещё не закончена",
                   "Ситуация остаётся очень серьёзной", "Никто не ожидал такого решения"],
        "q": ("«", "»"),
        "months": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                   "октября", "ноября", "декабря"],
        "crumb": ["Главная", "Новости", "В мире", "Европа", "Экономика", "Общество", "Политика"],
        "byline": "Автор: {name} | {day} {month} {year}",
        "caption": ["Фото: {name} / ТАСС", "Фото: РИА Новости", "Фото: пресс-служба правительства"],
        "share": ["Поделиться", "ВКонтакте", "Telegram", "Одноклассники"],
        "ad": "Реклама",
        "more": ["Читать далее", "Подробнее", "Читайте также"],
        "related": ["Читайте также", "Материалы по теме", "Другие новости"],
        "appeal": ["… у нас есть небольшая просьба. Независимая журналистика требует ресурсов, и нам нужна "
                   "ваша помощь. Поддержите нас ежемесячным пожертвованием — это займёт всего минуту.",
                   "Поддержите нас", "Напомнить позже"],
        "cookie": "Мы используем cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы "
                  "соглашаетесь с использованием файлов cookie.",
        "newsletter": ["Подпишитесь на рассылку", "Ваш e-mail", "Подписаться"],
        "copyright": "© {year} {site}. Все права защищены.",
    },
    "de": {
        "subj": ["Die Bundesregierung", "Das Finanzministerium", "Der Stadtrat", "Die Ermittler",
                 "Anwohner in Köln", "Der Konzern", "Die Opposition", "Forscher der Universität Göttingen",
                 "Die Landesregierung", "Die Bürgermeisterin", "Die Gewerkschaft", "Die Europäische Zentralbank"],
        "verb": ["kündigte", "lehnte", "billigte", "kritisierte", "verschob", "prüfte", "stellte",
                 "verteidigte", "begrüßte", "bestätigte"],
        "obj": ["den umstrittenen Haushaltsplan", "die geplante Steuerreform", "ein neues Klimagesetz",
                "den Ausbau der Bahnstrecke", "die Erhöhung der Gebühren", "das Förderprogramm für Familien",
                "eine Untersuchung der Vorfälle", "die Öffnung der Grenzübergänge", "den Tarifvertrag"],
        "tail": ["am Montag an", "nach langen Verhandlungen ab", "trotz heftiger Proteste vor",
                 "in einer Sondersitzung", "zum zweiten Mal in diesem Jahr", "überraschend schnell",
                 "nach Angaben von Insidern", "für das kommende Jahr", "bis Ende März"],
        "names": ["Jürgen Müller", "Anna Schäfer", "Lukas Weiß", "Sophie Bäcker", "Matthias Größer",
                  "Katharina Vogt", "Stefan Übel", "Lea Hoffmann", "Jörg Krämer", "Marie Schröder"],
        "say": ["sagte", "erklärte", "betonte", "teilte mit"],
        "quotes": ["Das ist ein wichtiger Schritt", "Wir werden das nicht hinnehmen", "Die Lage bleibt ernst",
                   "Niemand hat damit gerechnet", "Es gibt noch viel zu tun"],
        "q": ("„", "“"),
        "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                   "Oktober", "November", "Dezember"],
        "crumb": ["Startseite", "Politik", "Ausland", "Europa", "Wirtschaft", "Panorama"],
        "byline": "Von {name} | {day}. {month} {year}",
        "caption": ["Foto: {name} / dpa", "Foto: picture alliance", "Bild: imago images"],
        "share": ["Teilen", "Artikel teilen", "Drucken", "E-Mail"],
        "ad": "Anzeige",
        "more": ["Mehr lesen", "Weiterlesen", "Lesen Sie auch"],
        "related": ["Mehr zum Thema", "Das könnte Sie auch interessieren", "Meistgelesen"],
        "appeal": ["… wir haben eine kleine Bitte. Unabhängiger Journalismus kostet Geld, und wir brauchen "
                   "Ihre Hilfe. Unterstützen Sie uns mit einem freiwilligen Beitrag — schon ab 2 Euro.",
                   "Jetzt unterstützen", "Später erinnern"],
        "cookie": "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen. "
                  "Mehr dazu in den Cookie-Einstellungen.",
        "newsletter": ["Newsletter abonnieren", "Ihre E-Mail-Adresse", "Anmelden"],
        "copyright": "© {year} {site}. Alle Rechte vorbehalten.",
    },
    "fr": {
        "subj": ["Le gouvernement", "Le ministère de l'Économie", "Le conseil municipal", "Les enquêteurs",
                 "Les habitants de Nîmes", "L'entreprise", "L'opposition", "Des chercheurs", "La préfecture",
                 "La maire de Lyon", "Le syndicat", "La Banque centrale européenne"],
        "verb": ["a annoncé", "a rejeté", "a approuvé", "a critiqué", "a reporté", "a défendu", "a présenté",
                 "a salué", "a confirmé", "a suspendu"],
        "obj": ["le projet de budget", "la réforme des retraites", "un nouveau plan de rénovation",
                "la hausse des tarifs", "l'accord de coopération", "la fermeture de l'usine",
                "le chantier du tramway", "une enquête sur les faits", "la réouverture des écoles"],
        "tail": ["lundi", "la semaine dernière", "après de longues négociations", "malgré les protestations",
                 "selon des sources proches du dossier", "lors d'une séance extraordinaire",
                 "pour la deuxième fois cette année", "à la surprise générale", "d'ici la fin de l'été"],
        "names": ["François Dubois", "Chloé Lefèvre", "Hélène Moreau", "Jérôme Février", "Léa Gauthier",
                  "Benoît Côté", "Amélie Rousseau", "Noël Bénard", "Françoise Lemaître", "Théo Mercier"],
        "say": ["a déclaré", "a affirmé", "a souligné", "a expliqué"],
        "quotes": ["C'est une étape importante", "Nous n'accepterons pas cela", "La situation reste grave",
                   "Personne ne s'y attendait", "Il reste beaucoup à faire"],
        "q": ("« ", " »"),
        "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                   "octobre", "novembre", "décembre"],
        "crumb": ["Accueil", "International", "Europe", "Économie", "Société", "Politique"],
        "byline": "Par {name} | {day} {month} {year}",
        "caption": ["Photo : {name} / AFP", "Crédit photo : Getty Images", "Photo : AFP"],
        "share": ["Partager", "Facebook", "Twitter", "Imprimer"],
        "ad": "Publicité",
        "more": ["Lire la suite", "En savoir plus", "À lire aussi"],
        "related": ["À lire aussi", "Sur le même sujet", "Les plus lus"],
        "appeal": ["… nous avons une petite faveur à vous demander. Le journalisme indépendant a un coût, et "
                   "nous avons besoin de votre soutien. Soutenez-nous — faites un don dès 2 euros.",
                   "Soutenez-nous", "Me le rappeler plus tard"],
        "cookie": "Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre "
                  "navigation, vous acceptez l'utilisation des cookies.",
        "newsletter": ["Inscrivez-vous à notre newsletter", "Votre adresse e-mail", "S'inscrire"],
        "copyright": "© {year} {site}. Tous droits réservés.",
    },
    "es": {
        "subj": ["El Gobierno", "El Ministerio de Hacienda", "El ayuntamiento", "Los investigadores",
                 "Los vecinos de Málaga", "La empresa", "La oposición", "Un equipo de científicos",
                 "La Junta de Andalucía", "La alcaldesa", "El sindicato", "El Banco de España"],
        "verb": ["anunció", "rechazó", "aprobó", "criticó", "aplazó", "defendió", "presentó", "celebró",
                 "confirmó", "suspendió"],
        "obj": ["el nuevo presupuesto", "la reforma de las pensiones", "un plan de vivienda",
                "la subida de las tarifas", "el acuerdo de cooperación", "el cierre de la fábrica",
                "la ampliación del metro", "una investigación sobre los hechos", "la ley de educación"],
        "tail": ["el lunes", "la semana pasada", "tras largas negociaciones", "pese a las protestas",
                 "según fuentes cercanas", "en una sesión extraordinaria", "por segunda vez este año",
                 "de forma inesperada", "antes de final de año"],
        "names": ["José Martínez", "Ana Muñoz", "Inés García", "Joaquín Fernández", "María Gómez",
                  "Andrés Núñez", "Lucía Peña", "Íñigo Ortiz", "Sofía Jiménez", "Raúl Sáenz"],
        "say": ["afirmó", "declaró", "explicó", "señaló"],
        "quotes": ["Es un paso importante", "No vamos a aceptarlo", "La situación sigue siendo grave",
                   "Nadie lo esperaba", "Queda mucho por hacer"],
        "q": ("«", "»"),
        "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                   "octubre", "noviembre", "diciembre"],
        "crumb": ["Inicio", "Internacional", "Europa", "Economía", "Sociedad", "Política"],
        "byline": "Por {name} | {day} de {month} de {year}",
        "caption": ["Foto: {name} / EFE", "Imagen: Getty Images", "Fotografía: EFE"],
        "share": ["Compartir", "Facebook", "Twitter", "WhatsApp"],
        "ad": "Publicidad",
        "more": ["Leer más", "Seguir leyendo", "Lee también"],
        "related": ["Noticias relacionadas", "Te puede interesar", "Lo más leído"],
        "appeal": ["… tenemos un pequeño favor que pedirte. El periodismo independiente cuesta dinero y "
                   "necesitamos tu apoyo. Apóyanos — dona ahora desde 2 euros.",
                   "Apóyanos", "Recordármelo más tarde"],
        "cookie": "Utilizamos cookies propias y de terceros para mejorar tu experiencia. Consulta nuestra "
                  "política de cookies.",
        "newsletter": ["Suscríbete a nuestro boletín", "Tu correo electrónico", "Suscribirme"],
        "copyright": "© {year} {site}. Todos los derechos reservados.",
    },
    "pl": {
        "subj": ["Rząd", "Ministerstwo Finansów", "Rada miasta", "Śledczy", "Mieszkańcy Gdańska",
                 "Spółka", "Opozycja", "Naukowcy z Krakowa", "Wojewoda", "Prezydent Łodzi", "Związek zawodowy",
                 "Narodowy Bank Polski"],
        "verb": ["ogłosił", "odrzucił", "zatwierdził", "skrytykował", "przełożył", "przedstawił",
                 "poparł", "zawiesił", "potwierdził", "rozszerzył"],
        "obj": ["nowy projekt budżetu", "reformę emerytalną", "plan budowy mostu", "podwyżkę opłat",
                "porozumienie o współpracy", "zamknięcie zakładu", "rozbudowę metra",
                "śledztwo w sprawie wypadku", "ustawę o szkolnictwie"],
        "tail": ["w poniedziałek", "w zeszłym tygodniu", "po długich negocjacjach", "mimo protestów",
                 "według nieoficjalnych informacji", "na nadzwyczajnym posiedzeniu",
                 "po raz drugi w tym roku", "niespodziewanie", "do końca roku"],
        "names": ["Łukasz Wójcik", "Małgorzata Żak", "Rafał Łapiński", "Agnieszka Dąbrowska",
                  "Paweł Król", "Zofia Woźniak", "Michał Kościelny", "Katarzyna Śliwa", "Jędrzej Nowak",
                  "Ewa Gołąb"],
        "say": ["powiedział", "podkreśliła", "oświadczył", "zaznaczyła"],
        "quotes": ["To ważny krok", "Nie zgodzimy się na to", "Sytuacja pozostaje poważna",
                   "Nikt się tego nie spodziewał", "Wciąż jest dużo do zrobienia"],
        "q": ("„", "”"),
        "months": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                   "września", "października", "listopada", "grudnia"],
        "crumb": ["Strona główna", "Świat", "Europa", "Gospodarka", "Kraj", "Polityka"],
        "byline": "Autor: {name} | {day} {month} {year}",
        "caption": ["Fot. {name} / PAP", "Fot. East News", "Zdjęcie: Getty Images"],
        "share": ["Udostępnij", "Facebook", "Twitter", "Drukuj"],
        "ad": "Reklama",
        "more": ["Czytaj więcej", "Czytaj dalej", "Czytaj także"],
        "related": ["Czytaj także", "Zobacz także", "Najczęściej czytane"],
        "appeal": ["… mamy do Ciebie małą prośbę. Niezależne dziennikarstwo kosztuje, a my potrzebujemy "
                   "Twojego wsparcia. Wesprzyj nas — przekaż darowiznę już od 5 zł.",
                   "Wesprzyj nas", "Przypomnij mi później"],
        "cookie": "Ta strona wykorzystuje pliki cookie. Korzystając ze strony, wyrażasz zgodę na używanie "
                  "plików cookies.",
        "newsletter": ["Zapisz się do newslettera", "Twój adres e-mail", "Zapisz się"],
        "copyright": "© {year} {site}. Wszelkie prawa zastrzeżone.",
    },
}

EN = {
    "months": MONTHS,
    "crumb": ["Home", "News", "World", "Europe", "Politics", "Business", "UK", "US & Canada", "Science",
              "Opinion", "Local"],
    "share": ["Share on Facebook", "Share on Twitter", "Email", "Print", "Copy link", "Share", "WhatsApp"],
    "ad": "Advertisement",
    "more": ["Read more", "Continue reading", "Read full story", "Latest"],
    "related": ["Related articles", "Related stories", "More from {site}", "You may also like",
                "Most read", "Latest news"],
    "cookie": ["We use cookies to improve your experience on our site. By continuing to browse, you agree "
               "to our use of cookies.", "This website uses cookies. Accept all / Manage cookies",
               "We use cookies and similar technologies to personalise content and ads. See our cookie policy."],
    "newsletter": [["Sign up for our daily newsletter", "Get the top stories delivered to your inbox every "
                    "morning.", "Enter your email address", "Sign up"],
                   ["Newsletter sign up", "Subscribe to our newsletter for the latest news.", "Subscribe"]],
    "copyright": ["© {year} {site}. All rights reserved.",
                  "Copyright © {year} {site}. All rights reserved. This material may not be published, "
                  "broadcast, rewritten or redistributed."],
}

EN_APPEALS = [
    [f"{ELL} we have a small favor to ask. More people are reading {{site}} than ever, but advertising "
     f"revenues are falling. Unlike many news organisations, we have not put up a paywall {MDASH} we want "
     f"to keep our journalism open to everyone. Your support, no matter how small, makes a world of "
     f"difference. If you can, please support us monthly starting from just $2. Thank you.",
     "Support us", "Not ready to support today?", "Remind me later."],
    [f"{ELL} we have a small favour to ask. Independent journalism takes time, money and hard work to "
     f"produce. We need your help to keep going. Every contribution, however big or small, helps.",
     "Make a contribution", "Single", "Monthly", "Annual", "Other amount", "Remind me later."],
    ["Before you go, readers like you make {site} possible. Please consider becoming a member of our "
     "community and help fund independent journalism.", "Become a member", "Maybe later"],
]


def fmt_date(r, lang, months):
    day, month, year = r.randint(1, 28), r.choice(months), r.randint(2019, 2024)
    if lang == "en":
        k = r.random()
        if k < 0.5:
            return f"{month} {day}, {year}"
        if k < 0.8:
            return f"{day} {month} {year}"
        return f"Updated {month[:3]} {day}, {year} {r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['a.m.', 'p.m.'])} ET"
    return day, month, year


def xx_sentence(r, L):
    k = r.random()
    if k < 0.6:
        return f"{r.choice(L['subj'])} {r.choice(L['verb'])} {r.choice(L['obj'])} {r.choice(L['tail'])}."
    if k < 0.8:
        o, c = L["q"]
        q = r.choice(L["quotes"])
        if r.random() < 0.3:
            q += ELL
        return f"{o}{q}{c}, {r.choice(L['say'])} {r.choice(L['names'])}."
    return (f"{r.choice(L['subj'])} {r.choice(L['verb'])} {r.choice(L['obj'])} {MDASH} "
            f"{r.randint(2, 97)}{r.choice([' %', ',5 %', ' млн', ' mln', ' Mio.', ''])} "
            f"{r.choice(L['tail'])}.")


def xx_headline(r, L):
    return f"{r.choice(L['subj'])} {r.choice(L['verb'])} {r.choice(L['obj'])}"


# --------------------------------------------------------------------------------------------
# One file
# --------------------------------------------------------------------------------------------

def site_profile(seed, sites, s):
    """Site-level habits (what boilerplate the site's pages carry), fixed per (seed, site)."""
    r = random.Random(f"site:{seed}:{sites}:{s}")
    return {
        "name": SITE_NAMES[s % len(SITE_NAMES)] + ("" if s < len(SITE_NAMES) else f" {s // len(SITE_NAMES) + 1}"),
        "repeat": r.uniform(0.1, 0.7), "crumb": r.uniform(0.0, 0.8), "byline": r.uniform(0.4, 0.95),
        "caption": r.uniform(0.1, 0.7), "wrap": r.choice([0.0, 0.0, 0.05, 0.3, 0.8]),
        "share": r.uniform(0.0, 0.8), "ad": r.uniform(0.0, 0.6), "more": r.uniform(0.1, 0.6),
        "related": r.uniform(0.2, 0.8), "appeal": r.choice([0.0, 0.1, 0.4, 0.8]),
        "cookie": r.uniform(0.0, 0.5), "newsletter": r.uniform(0.0, 0.5), "copyright": r.uniform(0.2, 0.9),
        "teasers": r.uniform(0.0, 0.4), "crlf": r.choice([0.0, 0.0, 0.0, 0.02, 0.5]),
        "nbsp": r.uniform(0.0, 0.4), "trailing": r.uniform(0.0, 0.4), "tabs": r.choice([0.0, 0.02, 0.2]),
        "arrow": r.choice([" › ", " > ", " / ", " » "]),
    }


def target_size(r):
    return int(min(TARGET_CAP, max(MIN_BYTES, r.lognormvariate(math.log(MEDIAN_BYTES), SIGMA))))


def wrap72(text):
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > 72:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return "\n".join(out)


def generate(seed, sites, i):
    """Returns (relative path, bytes, language) of file number i."""
    r = random.Random(f"{seed}:{sites}:{i}")
    target = target_size(r)          # first draw: the planner uses the same one
    s = i % sites
    P = site_profile(seed, sites, s)
    site = P["name"]
    lang = "en"
    if r.random() < 0.10:
        lang = r.choice(["ru", "de", "fr", "es", "pl"])
    L = LANGS.get(lang)
    sentence = (lambda: en_sentence(r)) if lang == "en" else (lambda: xx_sentence(r, L))
    teaser = (lambda: en_headline(r)) if lang == "en" else (lambda: xx_headline(r, L))
    months = MONTHS if lang == "en" else L["months"]
    head, foot = [], []

    if r.random() < P["cookie"] * 0.6:
        head.append(r.choice(EN["cookie"]) if lang == "en" else L["cookie"])
    if r.random() < P["crumb"]:
        crumbs = EN["crumb"] if lang == "en" else L["crumb"]
        head.append(P["arrow"].join([crumbs[0]] + r.sample(crumbs[1:], r.randint(1, 3))))
    headline = teaser()
    head.append(headline)
    if r.random() < P["repeat"]:
        k = r.random()
        if k < 0.4:
            again = headline
        elif k < 0.6:
            again = headline.upper() if r.random() < 0.5 else headline.lower()
        elif k < 0.9:
            again = f"{headline} | {site}"
        else:
            again = f"{headline} {NDASH} {site}"
        if r.random() < 0.5:
            head.append(again)
        else:
            head.insert(len(head) - 1, again)
    if r.random() < 0.3:
        head.append(sentence())                                  # standfirst
    if r.random() < P["byline"]:
        if lang == "en":
            who = name(r) + (f" and {name(r)}" if r.random() < 0.15 else "")
            head.append(f"By {who} | {fmt_date(r, lang, months)}")
        else:
            d, m, y = fmt_date(r, lang, months)
            head.append(L["byline"].format(name=r.choice(L["names"]), day=d, month=m, year=y))
    if r.random() < P["share"] * 0.5:
        share = EN["share"] if lang == "en" else L["share"]
        head.extend(r.sample(share, r.randint(2, min(4, len(share)))))
    if r.random() < P["caption"]:
        if lang == "en":
            cap = r.choice([
                f"Photo: {name(r)} / {r.choice(['Reuters', 'AP', 'AFP via Getty Images', 'EPA-EFE'])}",
                f"Photo: {sentence()[:-1]} ({r.choice(['Getty Images', 'AP Photo', 'Reuters'])})",
                f"Image caption, {sentence()}",
                f"{sentence()[:-1]}. Photograph: {name(r)}/{r.choice(['Reuters', 'Getty Images', 'AFP'])}",
            ])
        else:
            cap = r.choice(L["caption"]).format(name=r.choice(L["names"]))
        head.append(cap)

    if r.random() < P["share"] * 0.5:
        share = EN["share"] if lang == "en" else L["share"]
        foot.extend(r.sample(share, r.randint(2, min(4, len(share)))))
    if r.random() < P["appeal"]:
        if lang == "en":
            block = r.choice(EN_APPEALS)
            foot.extend(line.format(site=site) for line in block)
        else:
            foot.extend(L["appeal"])
    if r.random() < P["related"]:
        hdr = r.choice(EN["related"]).format(site=site) if lang == "en" else r.choice(L["related"])
        foot.append(hdr)
        for _ in range(r.randint(3, 5)):
            t = teaser()
            foot.append(t + ELL if r.random() < 0.4 else t)
    if r.random() < P["teasers"]:
        for _ in range(r.randint(1, 3)):
            foot.append(sentence()[: r.randint(40, 90)].rstrip() + ELL)
    if r.random() < P["newsletter"]:
        foot.extend(r.choice(EN["newsletter"]) if lang == "en" else L["newsletter"])
    if r.random() < P["cookie"] * 0.4:
        foot.append(r.choice(EN["cookie"]) if lang == "en" else L["cookie"])
    if r.random() < P["copyright"]:
        year = r.randint(2019, 2024)
        foot.append((r.choice(EN["copyright"]) if lang == "en" else L["copyright"]).format(year=year, site=site))

    wrap = r.random() < P["wrap"]
    crlf = r.random() < P["crlf"]
    nbsp = r.random() < P["nbsp"]
    trailing = r.random() < P["trailing"]
    tabs = r.random() < P["tabs"]
    ad = EN["ad"] if lang == "en" else L["ad"]
    more = EN["more"] if lang == "en" else L["more"]

    def size(blocks):
        return sum(len(b.encode("utf-8")) + 2 for b in blocks)

    fixed = size(head) + size(foot)
    body, total = [], fixed
    while total < target or not body:
        para = " ".join(sentence() for _ in range(r.randint(1, 6)))
        if nbsp and r.random() < 0.3:
            para = para.replace(f" {MDASH} ", f"{NBSP}{MDASH} ", 1).replace(". ", f".{NBSP} ", 1)
        if wrap:
            para = wrap72(para)
        if trailing and r.random() < 0.2:
            para += "  " if r.random() < 0.5 else f" {NBSP}"
        if tabs and r.random() < 0.15:
            para = "\t" + para
        n = len(para.encode("utf-8")) + 2
        if total + n > TARGET_CAP + 800:                      # keep under MAX_BYTES
            if total >= target - 200:
                break
            continue
        body.append(para)
        total += n
        if r.random() < P["ad"] * 0.15:
            body.append(ad)
            total += len(ad) + 2
        elif r.random() < P["more"] * 0.08:
            m = r.choice(more)
            line = f"{m}: {teaser()}" if r.random() < 0.5 else m
            body.append(line)
            total += len(line.encode("utf-8")) + 2

    # Blocks are separated by a blank line; chrome runs (share, appeal buttons, teaser lists)
    # are sometimes single-spaced, as scrapes often are.
    tight_head, tight_foot, final_newline = r.random() < 0.5, r.random() < 0.5, r.random() < 0.8

    def join(blocks, tight):
        if not tight:
            return "\n\n".join(blocks)
        return "\n".join(b + ("\n" if len(b) > 80 else "") for b in blocks)

    def assemble():
        parts = [join(head, tight_head), "\n\n".join(body)] + ([join(foot, tight_foot)] if foot else [])
        text = "\n\n".join(parts) + ("\n" if final_newline else "")
        if crlf:
            text = text.replace("\n", "\r\n")
        return text.encode("utf-8")

    data = assemble()
    while len(data) < target:                # the estimate above counts separators generously
        body.append(" ".join(sentence() for _ in range(r.randint(1, 2))))
        data = assemble()
    while len(data) > MAX_BYTES and len(body) > 1:           # safety net; should not happen
        body.pop()
        data = assemble()

    section = SECTIONS[r.randrange(len(SECTIONS))]
    slug = "-".join(w.strip("’'“”:,.«»„").lower() for w in headline.split()[:6] if w.strip("’'“”:,.«»„"))
    slug = "".join(ch for ch in slug if ch.isalnum() or ch == "-")[:60].strip("-") or "article"
    rel = os.path.join(f"site-{s:02d}", section, f"{i:07d}-{slug}.txt")
    return rel, data, lang, crlf


def _work(args):
    out_dir, seed, sites, lo, hi = args
    stats = {"bytes": 0, "files": 0, "langs": {}, "crlf": 0, "min": MAX_BYTES, "max": 0}
    made = set()
    for i in range(lo, hi):
        rel, data, lang, crlf = generate(seed, sites, i)
        path = os.path.join(out_dir, rel)
        d = os.path.dirname(path)
        if d not in made:
            os.makedirs(d, exist_ok=True)
            made.add(d)
        with open(path, "wb") as f:
            f.write(data)
        n = len(data)
        stats["bytes"] += n
        stats["files"] += 1
        stats["langs"][lang] = stats["langs"].get(lang, 0) + 1
        stats["crlf"] += crlf
        stats["min"] = min(stats["min"], n)
        stats["max"] = max(stats["max"], n)
    return stats


def plan(seed, sites, total_bytes):
    """Number of files whose target sizes add up to total_bytes (actual sizes are >= targets)."""
    n, acc = 0, 0
    while acc < total_bytes:
        acc += target_size(random.Random(f"{seed}:{sites}:{n}"))
        n += 1
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--mb", type=float, default=200, help="corpus size in MB (10^6 bytes); default 200")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sites", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes (the output does not depend on it)")
    a = ap.parse_args()
    if a.sites < 1 or a.mb <= 0:
        ap.error("--sites must be >= 1 and --mb > 0")
    if os.path.exists(a.out_dir) and (not os.path.isdir(a.out_dir) or os.listdir(a.out_dir)):
        ap.error(f"{a.out_dir} exists and is not an empty folder; remove it first")
    os.makedirs(a.out_dir, exist_ok=True)

    t0 = time.time()
    count = plan(a.seed, a.sites, int(a.mb * 1_000_000))
    chunk = 500
    tasks = [(a.out_dir, a.seed, a.sites, lo, min(lo + chunk, count)) for lo in range(0, count, chunk)]
    jobs = min(a.jobs, len(tasks))
    if jobs > 1:
        # Workers from a fork server, not forked from this process: a fork taken while one of
        # the pool's own threads held a lock once left a worker waiting forever (a test-suite
        # run hung on a 1 MB corpus).
        with get_context("forkserver").Pool(jobs) as pool:
            parts = pool.map(_work, tasks, chunksize=1)
    else:
        parts = [_work(t) for t in tasks]
    langs, total, crlf = {}, 0, 0
    for p in parts:
        total += p["bytes"]
        crlf += p["crlf"]
        for k, v in p["langs"].items():
            langs[k] = langs.get(k, 0) + v
    manifest = {
        "dir": a.out_dir, "seed": a.seed, "sites": a.sites, "requested_mb": a.mb,
        "files": count, "bytes": total, "mb": round(total / 1e6, 3), "unit": "MB = 10^6 bytes",
        "min_file_bytes": min(p["min"] for p in parts), "max_file_bytes": max(p["max"] for p in parts),
        "mean_file_bytes": round(total / count), "languages": dict(sorted(langs.items())),
        "crlf_files": crlf, "generator_seconds": round(time.time() - t0, 2),
    }
    json.dump(manifest, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
