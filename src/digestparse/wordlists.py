"""Word lists for the hypothesis strategies: realistic listing text in five languages.

Written for digestparse; no text here is taken from any listing. Each language
has subjects, verbs and objects to build headlines and sentences from, first
and last names for bylines, and photo subjects for captions.
"""

from __future__ import annotations

from typing import TypedDict

# Word lists are laid out by hand.
# fmt: off

__all__ = ["LANGUAGES", "Language"]


class Language(TypedDict):
    """The words one language contributes."""

    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    tails: tuple[str, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    photos: tuple[str, ...]
    kickers: tuple[str, ...]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    joiner: str


LANGUAGES: dict[str, Language] = {
    "en": {
        "subjects": (
            "dock workers", "the city council", "nurses", "tenants", "the new mayor",
            "bus drivers", "students", "farmers", "the port authority", "teachers", "cleaners",
            "the housing board", "volunteers", "miners", "the union",
        ),
        "verbs": (
            "reject", "approve", "win", "lose", "block", "demand", "occupy", "restore",
            "extend", "cancel", "challenge", "defend", "rebuild", "close", "open",
        ),
        "objects": (
            "the pay offer", "a new contract", "the night shift", "the ring road",
            "the old depot", "free school meals", "the rent rise", "the ferry route",
            "the library budget", "a four-day week", "the water tariff", "the clinic",
        ),
        "tails": (
            "after a long night of talks", "for the third time this year",
            "despite a court ruling", "before the summer break", "in every district",
            "without any warning", "as prices keep rising", "across the valley",
        ),
        "first_names": (
            "Ana", "Tom", "Priya", "Owen", "Lena", "Marta", "Karim", "Elif", "Jonas", "Clara",
            "Rosa", "Dev", "Ines", "Hugo",
        ),
        "last_names": (
            "Ruiz", "Berg", "Nair", "Pryce", "Marsh", "Silvan", "Haddad", "Dogan", "Keller",
            "Voss", "Ibarra", "Patel", "Ward", "Lind",
        ),
        "photos": (
            "protesters outside the depot", "harbour cranes at dusk", "an empty classroom",
            "tractors on the ring road", "the old tram depot", "fishermen mending nets",
            "a crowd in the square", "the flooded underpass",
        ),
        "kickers": ("Analysis", "Opinion", "Interview", "Book review", "ANALYSIS", "EXPLAINER"),
        "months": (
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ),
        "weekdays": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "joiner": "and",
    },
    "es": {
        "subjects": (
            "los trabajadores del metro", "el ayuntamiento", "las enfermeras", "los vecinos",
            "la alcaldesa", "los conductores", "los estudiantes", "los agricultores",
            "el sindicato", "las maestras",
        ),
        "verbs": (
            "rechazan", "aprueban", "ganan", "bloquean", "exigen", "ocupan", "defienden",
            "cierran", "recuperan", "denuncian",
        ),
        "objects": (
            "la oferta salarial", "un nuevo convenio", "el turno de noche",
            "la subida del alquiler", "el presupuesto de cultura", "la línea de autobús",
            "el comedor escolar", "la tarifa del agua",
        ),
        "tails": (
            "tras una larga noche de negociaciones", "por tercera vez este año",
            "pese al fallo judicial", "antes del verano", "en todos los barrios",
        ),
        "first_names": ("Lucía", "Javier", "Carmen", "Andrés", "Marta", "Diego", "Elena", "Pablo"),
        "last_names": ("García", "Moreno", "Navarro", "Ortega", "Delgado", "Castro", "Romero"),
        "photos": (
            "manifestantes ante la cochera", "grúas del puerto al atardecer", "un aula vacía",
            "tractores en la carretera",
        ),
        "kickers": ("Análisis", "Opinión", "Entrevista", "Crónica"),
        "months": (
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre",
        ),
        "weekdays": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        "joiner": "y",
    },
    "fr": {
        "subjects": (
            "les cheminots", "le conseil municipal", "les infirmières", "les locataires",
            "la maire", "les chauffeurs de bus", "les étudiants", "les agriculteurs",
            "le syndicat",
        ),
        "verbs": (
            "rejettent", "approuvent", "gagnent", "bloquent", "exigent", "occupent",
            "défendent", "ferment", "obtiennent",
        ),
        "objects": (
            "la proposition salariale", "un nouveau contrat", "le service de nuit",
            "la hausse des loyers", "le budget de la bibliothèque", "la ligne de tram",
            "la cantine scolaire",
        ),
        "tails": (
            "après une longue nuit de négociations", "pour la troisième fois cette année",
            "malgré la décision du tribunal", "avant l'été", "dans tous les quartiers",
        ),
        "first_names": ("Claire", "Karim", "Julie", "Étienne", "Sophie", "Mehdi", "Louise"),
        "last_names": ("Dubois", "Haddad", "Moreau", "Roux", "Lefèvre", "Garnier", "Fontaine"),
        "photos": (
            "des grévistes devant le dépôt", "le port au crépuscule",
            "une salle de classe vide",
        ),
        "kickers": ("Analyse", "Entretien", "Tribune", "Chronique"),
        "months": (
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre",
        ),
        "weekdays": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        "joiner": "et",
    },
    "de": {
        "subjects": (
            "die Busfahrer", "der Stadtrat", "die Pflegekräfte", "die Mieter",
            "die Bürgermeisterin", "die Studierenden", "die Landwirte", "die Gewerkschaft",
        ),
        "verbs": (
            "lehnen", "fordern", "gewinnen", "blockieren", "besetzen", "verteidigen", "retten",
            "kritisieren",
        ),
        "objects": (
            "das Lohnangebot", "einen neuen Tarifvertrag", "die Nachtschicht",
            "die Mieterhöhung", "die Stadtbibliothek", "die Straßenbahnlinie",
        ),
        "tails": (
            "nach einer langen Verhandlungsnacht", "zum dritten Mal in diesem Jahr",
            "trotz des Gerichtsurteils", "vor der Sommerpause", "in allen Stadtteilen",
        ),
        "first_names": ("Jana", "Murat", "Sabine", "Lukas", "Anna", "Felix", "Mira"),
        "last_names": ("Keller", "Yilmaz", "Ott", "Brandt", "Schulz", "Wagner", "Hoffmann"),
        "photos": (
            "Streikende vor dem Depot", "Hafenkräne in der Dämmerung",
            "ein leeres Klassenzimmer",
        ),
        "kickers": ("Analyse", "Meinung", "Kommentar", "Interview"),
        "months": (
            "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember",
        ),
        "weekdays": (
            "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
        ),
        "joiner": "und",
    },
    "pt": {
        "subjects": (
            "os metroviários", "a câmara municipal", "as enfermeiras", "os moradores",
            "a prefeita", "os motoristas", "os estudantes", "os agricultores", "o sindicato",
        ),
        "verbs": (
            "rejeitam", "aprovam", "conquistam", "bloqueiam", "exigem", "ocupam", "defendem",
            "fecham",
        ),
        "objects": (
            "a proposta salarial", "um novo acordo", "o turno da noite",
            "o aumento do aluguel", "o orçamento da biblioteca", "a linha de ônibus",
        ),
        "tails": (
            "depois de uma longa noite de negociações", "pela terceira vez este ano",
            "apesar da decisão judicial", "antes do verão", "em todos os bairros",
        ),
        "first_names": ("João", "Mariana", "Pedro", "Beatriz", "Rafael", "Camila"),
        "last_names": ("Silva", "Souza", "Oliveira", "Costa", "Almeida", "Pereira"),
        "photos": (
            "grevistas diante da garagem", "o porto ao entardecer", "uma sala de aula vazia",
        ),
        "kickers": ("Análise", "Opinião", "Entrevista"),
        "months": (
            "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro",
        ),
        "weekdays": (
            "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
            "sábado", "domingo",
        ),
        "joiner": "e",
    },
}
