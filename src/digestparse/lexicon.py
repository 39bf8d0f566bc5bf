"""Word lists and small patterns shared by the stages.

Everything here is data: which words mark a photo credit, a byline, page
chrome or a kicker, and how truncation looks. Keeping it in one place lets a
reader check the heuristics' vocabulary at a glance, and lets every stage
agree on it. Entries are lower case; matching is case-insensitive.
"""

from __future__ import annotations

import regex

# Word lists are laid out by hand.
# fmt: off

#: Characters that take no room on screen and are dropped from every field.
#: Zero-width joiners (U+200C, U+200D) are kept: they change how scripts render.
ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad"

#: How a teaser shows that it was cut short; the marker stays in the text.
TRUNCATION = regex.compile(
    r"(?:\.\.\.|…|\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\))[\"”’»)\]]*$"
)

#: Words that, at the start or end of a line, say it credits a photo.
CREDIT_WORDS = (
    "photo", "photos", "foto", "fotos", "photograph", "photography", "picture", "image",
    "imagen", "imagem", "bild", "credit", "credits", "crédito", "créditos", "crédit",
    "courtesy", "cortesía", "illustration", "ilustración", "graphic", "thumb", "thumbnail",
    "fotografía", "fotografia", "screenshot", "symbolbild", "symbolfoto", "archivbild",
    "archivfoto",
    "source", "sources", "fuente", "fuentes", "quelle", "quellen", "fonte", "fontes",
)
#: The credit words that name where an article came from when they stand
#: between its headline and its summary ("Fuentes: El Salto"), not a picture's.
SOURCE_WORDS = frozenset(
    {"source", "sources", "fuente", "fuentes", "quelle", "quellen", "fonte", "fontes"}
)
#: Agencies and image hosts: a line that ends with one is a credit.
CREDIT_SOURCES = (
    "flickr", "wikimedia", "wikimedia commons", "wikipedia", "reuters", "ap", "afp", "getty",
    "getty images", "epa", "efe", "dpa", "ansa", "shutterstock", "unsplash", "pixabay",
    "pexels", "istock", "alamy", "xinhua", "anadolu", "wiki commons", "public domain", "cc by",
    "cc by-sa", "creative commons", "imago", "picture alliance", "ddp", "keystone",
)

#: Image hosts: named anywhere in a short line, they make it a credit.
CREDIT_HOSTS = (
    "flickr", "wikimedia", "shutterstock", "unsplash", "getty images", "pixabay", "pexels",
    "istock",
)

#: The dashes that part a signature from its sentence ("… voted no. — Tom Berg").
DASHES = "—–-"
#: The signs that part a byline or a date from the summary it opens
#: ("By Ana Ruiz | March 4, 2019 — …"): the dashes, and the separators.
LEAD_SIGNS = DASHES + "|·"

#: Lines made by the page, not by an article: "Read more", share buttons,
#: pagination. Compared against the whole normalised line, lower-cased, with
#: trailing arrows and punctuation removed.
CHROME_PHRASES = frozenset(
    {
        "read more", "read on", "read the full article", "read the article", "read full story",
        "continue reading", "keep reading", "more", "more »", "full story", "view more",
        "see more", "show more", "load more", "load more articles", "more articles",
        "more stories", "more news", "older posts", "newer posts", "older entries",
        "newer entries", "next", "previous", "next page", "previous page", "prev", "share",
        "share this", "share this article", "tweet", "email", "print", "comments",
        "email this", "blogthis", "share to x", "share to twitter", "share to facebook",
        "share to pinterest", "share to whatsapp", "share to linkedin",
        "leave a comment", "no comments", "advertisement", "sponsored", "subscribe",
        "sponsored content", "paid content", "partner content", "paid post", "promoted",
        "anzeige", "werbung", "publicidad", "anuncio", "publicité", "publicidade",
        "story continues below advertisement", "article continues below advertisement",
        "article continues below", "mehr anzeigen", "reply", "like",
        "back to top", "top", "filter", "filters", "filtros", "filtres", "filtrar", "sort",
        "leer más", "leer mas", "seguir leyendo", "ver más", "ver mas",
        "más noticias", "cargar más", "siguiente", "anterior", "compartir", "lire la suite",
        "lire plus", "en savoir plus", "suite", "suivant", "précédent", "partager",
        "voir plus", "weiterlesen", "mehr lesen", "mehr", "weiter", "zurück", "mehr laden",
        "teilen", "leia mais", "ler mais", "saiba mais", "continuar lendo", "continue lendo",
        "continuar a ler",
        "próxima", "próximo", "compartilhar", "ver mais", "carregar mais", "läs mer",
        "les mer", "læs mere", "lees meer", "leggi di più", "continua a leggere",
        "like this", "loading", "related", "related posts", "related articles",
        "related stories", "copy link", "listen", "listen to this article", "load more stories",
        "load more posts", "see all", "view all", "skip to content", "skip to main content",
        "menu", "search", "home", "save", "bookmark", "relacionados", "noticias relacionadas",
        "search for", "search this site", "search the site", "type to search",
        # A page's controls in the other languages: skip links, search, accepting cookies.
        "saltar al contenido", "ir al contenido", "pular para o conteúdo",
        "ir para o conteúdo", "aller au contenu", "passer au contenu", "zum inhalt springen",
        "zum inhalt", "buscar", "búsqueda", "rechercher", "recherche", "suche", "suchen",
        "buscar en el sitio", "rechercher sur le site", "suche nach", "pesquisar no site",
        "pesquisar", "busca", "accept", "aceptar", "aceitar", "accepter", "akzeptieren",
        "menú", "iniciar sesión", "aceptar todas", "aceptar todo", "rechazar",
        "configurar cookies", "síguenos en", "síguenos", "connexion", "se connecter",
        "mon compte", "tout accepter", "tout refuser", "continuer sans accepter", "anmelden",
        "mein konto", "alle akzeptieren", "alle ablehnen", "entrar", "minha conta",
        "aceitar todos", "rejeitar", "my account", "reject all", "manage preferences",
        "manage cookies", "cookie settings", "suivez-nous", "folgen sie uns", "siga-nos",
        "artículos relacionados", "articles liés", "à lire aussi", "lire aussi", "voir aussi",
        "leia também", "veja também", "lee también", "ver también", "mehr zum thema",
        "das könnte sie auch interessieren", "email address", "e-mail address", "your email",
        "enter your email", "your email address", "sign up", "tu correo electrónico",
        "correo electrónico", "adresse e-mail", "votre adresse e-mail", "e-mail-adresse",
        "seu e-mail", "about the author", "sobre el autor", "sobre la autora", "sobre o autor",
        "à propos de l'auteur", "über den autor", "über die autorin", "post navigation",
        "posts navigation", "you might also like", "you may also like", "more like this",
        "read next", "recommended for you", "te puede interesar", "vous aimerez aussi",
        "você também pode gostar",
        # The alt text of an author's avatar, and access badges over a headline.
        "avatar", "avatar photo", "author avatar", "profile photo", "author photo",
        "foto del autor", "photo de l'auteur", "autorenfoto", "foto do autor",
        "subscribers only", "subscriber only", "for subscribers", "members only", "premium",
        "paywall", "solo para suscriptores", "exclusivo para suscriptores",
        "réservé aux abonnés", "abonnés", "nur für abonnenten", "exklusiv für abonnenten",
        "exclusivo para assinantes", "só para assinantes", "abo", "plus",
        "article réservé aux abonnés", "suscriptores", "para assinantes", "assinantes",
        # The heading of a CMS's box of article facts ("Details / Written by … / Hits: 12").
        "details", "article details", "detalles", "détails", "einzelheiten", "detalhes",
    }
)

#: Links to the whole article, which a page may run onto the end of its
#: teaser: "… next week. Read more »", "[…] Continue reading →", "(more…)".
READ_ON = frozenset(
    {
        "read more", "read on", "read the full article", "read the rest", "read full story",
        "continue reading", "keep reading", "more", "full story", "leer más", "leer mas",
        "seguir leyendo", "sigue leyendo", "lire la suite", "lire plus", "weiterlesen",
        "mehr lesen", "mehr", "leia mais", "ler mais", "continuar lendo", "continue lendo",
        "continuar a ler",
        "läs mer", "les mer", "læs mere", "lees meer", "leggi di più", "continua a leggere",
    }
)  # fmt: skip

#: Countries, regions and large cities, as an international or local desk files its
#: articles under them ("Argentina" / headline), in the five languages. Names that are as
#: often a person's ("Jordan", "Georgia", "Chad") are left out.
PLACE_NAMES = frozenset(
    {
        # Regions.
        "britain", "great britain", "korea", "latin america", "middle east", "north america",
        "south america", "central america",
        "caribbean", "the caribbean", "oceania", "asia pacific", "asia-pacific", "north africa",
        "west africa", "east africa", "southern africa", "southeast asia", "south asia",
        "east asia", "central asia", "eastern europe", "western europe", "the americas", "balkans",
        "the balkans", "scandinavia", "the gulf", "global south", "usa", "uk",
        "américa latina", "latinoamérica", "medio oriente", "oriente medio", "norteamérica",
        "centroamérica", "sudamérica", "américa del sur", "américa central", "caribe", "el caribe",
        "áfrica", "asia", "europa", "estado español", "estados unidos", "eeuu", "ee.uu.",
        "ee. uu.", "reino unido", "amérique latine", "moyen-orient", "proche-orient",
        "amérique du nord", "amérique du sud", "afrique", "asie", "état espagnol", "états-unis",
        "royaume-uni", "lateinamerika", "nahost", "naher osten", "nordamerika", "südamerika",
        "mittelamerika", "karibik", "afrika", "asien", "osteuropa", "spanischer staat",
        "vereinigte staaten", "großbritannien", "américa do sul", "oriente médio",
        "américa do norte", "ásia", "estado espanhol",
        # Countries, in English and where the other languages write them otherwise.
        "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
        "austria", "azerbaijan", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
        "bulgaria", "burkina faso", "cambodia", "cameroon", "canada", "chile", "china", "colombia",
        "congo", "costa rica", "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark",
        "ecuador", "egypt", "el salvador", "eritrea", "estonia", "ethiopia", "finland", "germany",
        "ghana", "greece", "guatemala", "haiti", "honduras", "hong kong", "hungary", "iceland",
        "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast",
        "jamaica", "japan", "kazakhstan", "kenya", "kosovo", "kurdistan", "kuwait", "latvia",
        "lebanon", "libya", "lithuania", "luxembourg", "madagascar", "malaysia", "mali", "mexico",
        "moldova", "morocco", "mozambique", "myanmar", "nepal", "netherlands", "new zealand",
        "nicaragua", "nigeria", "north korea", "norway", "pakistan", "palestine", "panama",
        "paraguay", "peru", "philippines", "poland", "portugal", "puerto rico", "qatar", "romania",
        "russia", "rwanda", "saudi arabia", "senegal", "serbia", "slovakia", "slovenia", "somalia",
        "south africa", "south korea", "spain", "sri lanka", "sudan", "south sudan", "sweden",
        "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia", "turkey", "türkiye",
        "uganda", "ukraine", "united kingdom", "united states", "uruguay", "uzbekistan",
        "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "gaza", "west bank",
        "western sahara", "scotland", "wales", "england", "catalonia", "basque country", "argelia",
        "alemania", "bélgica", "brasil", "camerún", "canadá", "chipre", "corea", "dinamarca",
        "egipto", "españa", "etiopía", "filipinas", "finlandia", "francia", "grecia", "haití",
        "hungría", "irak", "irán", "irlanda", "italia", "japón", "kenia", "líbano", "libia",
        "marruecos", "méxico", "noruega", "países bajos", "pakistán", "palestina", "panamá",
        "perú", "polonia", "rusia", "siria", "sudáfrica", "suecia", "suiza", "tailandia", "túnez",
        "turquía", "ucrania", "cataluña", "euskal herria", "país vasco", "inglaterra", "escocia",
        "algérie", "allemagne", "argentine", "autriche", "belgique", "brésil", "cameroun", "chili",
        "chine", "colombie", "corée", "égypte", "espagne", "éthiopie", "grèce", "haïti", "hongrie",
        "inde", "indonésie", "irlande", "italie", "japon", "liban", "libye", "maroc", "mexique",
        "norvège", "pays-bas", "pologne", "roumanie", "russie", "sénégal", "suède", "suisse",
        "syrie", "tunisie", "turquie", "catalogne", "pays basque", "nouvelle-calédonie",
        "algerien", "argentinien", "belgien", "brasilien", "dänemark", "deutschland", "ägypten",
        "frankreich", "griechenland", "indien", "irland", "italien", "kolumbien", "kuba",
        "libanon", "marokko", "mexiko", "niederlande", "norwegen", "österreich", "polen",
        "russland", "schweden", "schweiz", "spanien", "syrien", "türkei", "ungarn", "katalonien",
        "alemanha", "espanha", "frança", "itália", "japão", "rússia", "síria", "turquia",
        "ucrânia", "egito", "colômbia", "equador", "grécia", "irã", "iraque", "índia", "holanda",
    }
    | {
        # Capitals and large cities, where a dateline or a local desk names them
        # ("15.03.2024 | Berlin"), with their names in the other languages.
        # Cities that are as often a person's name ("Sydney", "Florence",
        # "Victoria", "Austin", "Santiago") are left out.
        "london", "londres", "londra", "berlin", "berlín", "berlim", "madrid", "barcelona",
        "lisbon", "lisboa", "lisbonne", "lissabon", "rome", "roma", "rom", "milan", "milano",
        "milán", "mailand", "vienna", "viena", "vienne", "wien", "brussels", "bruxelles",
        "bruselas", "brüssel", "bruxelas", "amsterdam", "ámsterdam", "athens", "atenas",
        "athènes", "athen", "warsaw", "varsovia", "varsovie", "warschau", "prague", "praga",
        "prag", "budapest", "bucharest", "bucarest", "bukarest", "kyiv", "kiev", "kiew",
        "moscow", "moscú", "moscou", "moskau", "istanbul", "estambul", "ankara", "geneva",
        "ginebra", "genève", "genf", "genebra", "zurich", "zürich", "stockholm", "estocolmo",
        "oslo", "copenhagen", "copenhague", "kopenhagen", "helsinki", "dublin", "dublín",
        "edinburgh", "glasgow", "manchester", "birmingham", "liverpool", "belfast", "cardiff",
        "munich", "münchen", "múnich", "hamburg", "hamburgo", "hambourg", "cologne", "köln",
        "colonia", "frankfurt", "fráncfort", "francfort", "stuttgart", "düsseldorf", "leipzig",
        "dresden", "dresde", "bremen", "hannover", "nürnberg", "potsdam", "bonn", "paris",
        "parís", "lyon", "marseille", "marsella", "toulouse", "bordeaux", "strasbourg",
        "lille", "nantes", "seville", "sevilla", "séville", "valencia", "bilbao", "zaragoza",
        "málaga", "porto", "oporto", "naples", "nápoles", "napoli", "turin", "turín", "torino",
        "beijing", "pekín", "pékin", "peking", "pequim", "shanghai", "tokyo", "tokio", "tóquio",
        "seoul", "seúl", "séoul", "delhi", "new delhi", "nueva delhi", "mumbai", "bombay",
        "karachi", "dhaka", "jakarta", "yakarta", "bangkok", "manila", "hanoi", "tehran",
        "teherán", "téhéran", "teheran", "baghdad", "bagdad", "damascus", "damasco", "damas",
        "damaskus", "beirut", "beirute", "beyrouth", "jerusalem", "jerusalén", "jérusalem",
        "tel aviv", "cairo", "el cairo", "le caire", "kairo", "riyadh", "doha",
        "dubai", "nairobi", "lagos", "johannesburg", "cape town", "addis ababa", "khartoum",
        "jartum", "tunis", "algiers", "argel", "alger", "rabat", "dakar", "kinshasa", "accra",
        "new york", "nueva york", "nova york", "washington", "washington, d.c.", "los angeles",
        "los ángeles", "chicago", "san francisco", "miami", "boston", "toronto", "montreal",
        "montréal", "vancouver", "ottawa", "mexico city", "ciudad de méxico", "cdmx",
        "guadalajara", "monterrey", "havana", "la habana", "havane", "havanna", "caracas",
        "bogotá", "bogota", "medellín", "quito", "lima", "la paz", "santiago de chile",
        "buenos aires", "montevideo", "asunción", "são paulo", "sao paulo", "rio de janeiro",
        "brasília", "brasilia", "belo horizonte", "recife", "salvador da bahia",
        "porto alegre", "managua", "tegucigalpa", "san josé", "san salvador", "panama city",
        "ciudad de panamá", "santo domingo", "san juan", "kingston", "port-au-prince",
        "canberra", "melbourne", "auckland", "wellington",
    }
)  # fmt: skip

#: Headings of a box that ranks the site's articles ("Most read"): the headlines
#: listed under them, mid-listing, link to articles elsewhere on the site.
RANKING_HEADINGS = frozenset(
    {
        "most read", "most popular", "popular", "popular posts", "popular now", "trending",
        "trending now", "most viewed", "most shared", "most commented", "most emailed",
        "lo más leído", "lo más visto", "más leídas", "más leídos", "lo más popular",
        "les plus lus", "les plus populaires", "les plus partagés", "meistgelesen",
        "meistgelesene artikel", "meistgelesene", "am meisten gelesen", "mais lidas",
        "mais lidos", "mais populares", "mest lästa", "mest læste", "mest leste",
        # Boxes of links to articles like the one above, as pages list them under it.
        "related", "related articles", "related stories", "related posts", "related content",
        "related news", "you may also like", "you might also like", "read also", "see also",
        "lea también", "lee también", "te puede interesar", "noticias relacionadas",
        "à lire aussi", "lire aussi", "sur le même sujet", "mehr zum thema",
        "das könnte sie auch interessieren", "leia também", "veja também",
        "notícias relacionadas",
    }
)  # fmt: skip

#: Names of the parts of a listing page, standing alone above a group of
#: articles: "Latest", "Most read", "Editor's picks". Whole lines, lower-cased.
LISTING_SECTIONS = frozenset(
    {
        "featured", "featured stories", "featured articles", "latest", "latest news",
        "latest stories", "latest articles", "latest posts", "recent posts", "recent articles",
        "most read", "most popular", "popular", "popular posts", "trending", "trending now",
        "most viewed", "most shared", "most commented", "most emailed",
        "top stories", "editor's picks", "editor’s picks", "editors' picks", "recommended",
        "in other news", "don't miss", "don’t miss", "more from this section", "also in",
        "lo último", "lo más leído", "destacados", "destacadas", "últimas noticias",
        "lo más visto", "à la une", "les plus lus", "dernières actualités", "derniers articles",
        "neueste artikel", "meistgelesen", "meistgelesene artikel", "top-themen",
        "destaques", "mais lidas", "últimas notícias", "mais recentes",
        "contents", "table of contents", "in this issue", "also in this issue",
        "in this edition", "en este número", "también en este número", "dans ce numéro",
        "aussi dans ce numéro", "sur le même sujet", "in dieser ausgabe", "auch in dieser ausgabe",
        "nesta edição", "neste número", "sumario", "sumário", "sommaire", "inhalt",
        "inhaltsverzeichnis", "breaking news", "just in", "última hora", "dernière minute",
        "dernières infos", "eilmeldung", "aktuell", "últimas", "in brief", "news in brief",
        "briefly", "en bref", "brèves", "breves", "en breve", "notas breves", "kurzmeldungen",
        "kurz notiert", "kurz gemeldet", "em resumo", "latest updates", "live updates",
        "key updates", "últimas actualizaciones", "dernières mises à jour", "en continu",
        "liveticker", "newsticker", "últimas atualizações", "ao minuto",
    }
)

#: Social networks: a line made only of these (and separators) is a share bar.
SOCIAL = frozenset(
    {
        "facebook", "instagram", "twitter", "x", "youtube", "linkedin", "whatsapp", "telegram",
        "email", "e-mail", "reddit", "pinterest", "tumblr", "mastodon", "bluesky", "threads",
        "tiktok", "rss", "print", "share", "tweet", "vk", "flipboard", "pocket", "copy link",
        "messenger", "signal",
    }
)
#: The networks whose name alone on a line is a link to the site's page there:
#: "Facebook" / "Instagram" under the listing. ("Signal", "Threads", "Pocket" are words too.)
SOCIAL_BRANDS = frozenset(
    {
        "facebook", "instagram", "twitter", "youtube", "linkedin", "whatsapp", "telegram",
        "reddit", "pinterest", "tumblr", "mastodon", "bluesky", "tiktok", "flipboard", "rss",
    }
)  # fmt: skip

#: The links of a site's menu or footer: a line of two of these or more between
#: separators ("About | Contact | Donate"), or of parts after a home link
#: ("Home | News | Opinion"), is the page's, not an article's.
MENU_WORDS = frozenset(
    {
        "home", "about", "about us", "contact", "contact us", "donate", "subscribe",
        "newsletter", "newsletters", "log in", "login", "sign in", "register", "search", "menu",
        "shop", "store", "events", "jobs", "careers", "advertise", "faq", "help", "privacy",
        "privacy policy", "terms", "terms of use", "terms of service", "cookies",
        "cookie policy", "imprint", "sitemap", "accessibility", "masthead", "rss", "archive",
        "inicio", "portada", "contacto", "quiénes somos", "nosotros", "aviso legal",
        "política de privacidad", "suscríbete", "donar", "accueil", "à propos",
        "mentions légales", "nous contacter", "s'abonner", "faire un don", "startseite",
        "impressum", "datenschutz", "kontakt", "über uns", "abo", "spenden", "início",
        "sobre", "sobre nós", "contato", "fale conosco", "assine", "doe",
    }
)
#: The first link of a breadcrumb or menu: "Home | News | Europe".
HOME_WORDS = frozenset({"home", "inicio", "portada", "accueil", "startseite", "início"})
#: What a site's copyright line says: "© 2024 The Weekly. All rights reserved."
RIGHTS_RESERVED = (
    "all rights reserved", "rights reserved", "derechos reservados", "droits réservés",
    "rechte vorbehalten", "direitos reservados",
)  # fmt: skip

#: Nouns naming what a picture is: a title ending with one ("Cuba Embargo Cartoon",
#: "Marx Portrait"), or opening with one before "of" ("Caricatura de Marx"), is alt
#: text, never a section's label.
PICTURE_WORDS = frozenset(
    {
        "cartoon", "cartoons", "caricature", "illustration", "infographic", "logo", "poster",
        "portrait", "photo", "photograph", "picture", "image", "drawing", "painting", "mural",
        "artwork", "screenshot", "viñeta", "caricatura", "ilustración", "dibujo", "pintura",
        "cartel", "afiche", "retrato", "foto", "imagen", "dessin", "affiche", "karikatur",
        "zeichnung", "plakat", "gemälde", "bild", "desenho", "cartaz", "imagem", "charge",
    }
)  # fmt: skip

#: Section names that sit above a headline as a kicker.
KICKER_LABELS = frozenset(
    {
        "analysis", "opinion", "interview", "review", "book review", "film review",
        "editorial", "comment", "commentary", "feature", "features", "podcast", "video",
        "explainer", "obituary", "letters", "letter", "report", "reportage", "news",
        "breaking", "breaking news", "exclusive", "essay", "column", "profile", "q&a",
        "debate", "polemic", "theory", "history", "culture", "reviews", "long read",
        "the long read", "live", "update", "statement", "press release", "photo essay",
        "análisis", "opinión", "entrevista", "reseña", "crónica", "reportaje", "columna",
        "noticias", "cultura", "historia", "teoría", "tribuna", "analyse", "entretien",
        "tribune", "critique", "chronique", "enquête", "portrait", "meinung", "kommentar",
        "rezension", "hintergrund", "análise", "opinião", "resenha", "crônica", "artigo",
        "analys", "debatt", "ledare", "krönika", "intervju", "recension", "perspective",
        "perspectives", "viewpoint", "viewpoints", "ideas", "idées", "ideen", "ideias",
        "dispatch", "dispatches", "investigation", "in depth", "explained", "fact check",
        "gallery", "photo gallery", "in pictures", "photos", "audio", "galería",
        "fotogalería", "galerie", "bildergalerie", "galeria", "fotogaleria",
        "débat", "débats", "reportagem", "gastbeitrag", "investigación", "investigação",
        "briefing", "dossier", "dossiê", "podcasts", "videos", "vídeo", "vídeos", "fotos",
        "liveblog", "en direct", "en vivo", "ao vivo", "exclusivo", "exklusiv", "exclusif",
        # A think tank's or an office's kinds of publication.
        "policy brief", "briefing paper", "working paper", "research", "study", "studie",
        "étude", "estudio", "estudo", "news release", "media release", "press statement",
        "nota de prensa", "comunicado", "comunicado de prensa", "comunicado de imprensa",
        "communiqué", "communiqué de presse", "pressemitteilung", "pressemeldung",
        # Breaking news and fact checks ("Última hora", "Eilmeldung" head a page's
        # part: ``LISTING_SECTIONS``).
        "último momento", "urgente", "developing", "developing story", "en directo",
        "exclusiva", "verificación", "faktencheck", "vérification", "checagem", "fact-check",
    }
)


#: The sections of a news site, which a line of article facts may name before
#: the date: "Business | March 5, 2019 | By Tom Berg". With ``KICKER_LABELS``.
SECTION_NAMES = frozenset(
    {
        "business", "economy", "politics", "world", "local", "national", "international",
        "sport", "sports", "science", "technology", "tech", "health", "environment", "climate",
        "education", "lifestyle", "travel", "food", "music", "film", "books", "arts", "art",
        "entertainment", "weather", "crime", "media", "society", "labour", "labor", "housing",
        "transport", "city", "region", "europe", "africa", "asia", "americas",
        "economía", "política", "mundo", "internacional", "deportes", "ciencia", "tecnología",
        "salud", "sociedad", "medio ambiente", "educación", "économie", "politique", "monde",
        "sciences", "société", "santé", "environnement", "éducation", "wirtschaft", "politik",
        "welt", "lokales", "wissenschaft", "gesundheit", "gesellschaft", "umwelt", "bildung",
        "kultur", "economia", "esportes", "desporto", "ciência", "saúde", "sociedade",
        "ambiente", "educação", "actualidad", "nacional", "nacionales", "internacionales",
        "industrial", "workplace", "campus", "regional", "actualité",
        "actualités", "france", "aktuell", "aktuelles", "inland", "ausland", "panorama",
        "atualidade", "atualidades", "país", "brasil", "local news", "world news",
        "national news", "international news", "blog", "events", "announcements", "social",
        "justice", "justicia", "justiça", "feuilleton", "geral", "human rights",
        "derechos humanos", "direitos humanos", "droits humains", "menschenrechte",
        "work", "workers", "unions", "jobs", "immigration", "migration", "energy", "defence",
        "defense", "war", "elections", "law", "courts", "police", "religion", "feminism",
        "rights", "protest", "protests", "strikes", "logement", "travail", "syndicats",
        "migrations", "vivienda", "trabajo", "feminismo", "sindical", "migraciones", "arbeit",
        "wohnen", "soziales", "gewerkschaften", "migration und flucht", "trabalho",
        "habitação", "moradia", "sindicatos", "feminismos",
        # A movement's paper's sections, in the five languages.
        "solidarity", "solidaridad", "solidarité", "solidarität", "solidariedade",
        "internationalism", "communism", "anarchism", "organizing", "organising", "peace",
        "paz", "paix", "frieden", "guerra", "guerre", "krieg", "women", "mujeres", "femmes",
        "frauen", "mulheres", "history", "historia", "histoire", "geschichte", "história",
        "theory", "teoría", "théorie", "theorie", "teoria", "memory", "memoria", "mémoire",
        "erinnerung", "memória", "movements", "movimientos", "mouvements", "bewegungen",
        "movimentos", "derechos", "droits", "rechte", "direitos", "libros", "livres",
        "bücher", "livros", "cinema", "cine", "cinéma", "kino", "música", "musique", "musik",
        "poetry", "poesía", "poésie", "poesie", "poesia", "fiction", "essays", "ensayos",
        "obituaries", "obituary", "nachrufe", "obituarios", "disability", "indigenous",
        "indígenas", "pueblos originarios", "autochtones", "land", "tierra", "territorio",
        "territoire", "campo", "agriculture", "farmers", "water", "agua", "eau", "wasser",
        "markets", "finance", "finanzas", "finances", "finanzen", "finanças",
        "militarism", "eyewitness", "long read", "longread", "longreads",
        "diary", "notes", "chronicle", "reports", "investigations", "investigación",
        "enquête", "recherche", "investigação", "documents", "documentos", "statements",
        "declaración", "declaration", "campaigns", "campaign", "campañas", "meetings",
        "sanidad", "migración", "migração", "technologie", "regionales", "provincias",
        "provincia", "lokal", "hauptstadt", "debatte", "comentario", "éditorial",
        "leitartikel", "comentarios", "columns", "columnas",
        # Topics a movement's paper files under, in the five languages.
        "strike", "grève", "grèves", "huelga", "huelgas", "streik", "streiks", "greve", "greves",
        "féminisme", "féminismes", "feminismus", "youth", "jeunesse",
        "juventud", "jugend", "juventude", "students", "étudiants", "estudiantes", "studierende",
        "estudantes", "ecology", "écologie", "ecología", "ökologie", "ecologia", "racism",
        "antiracism", "racisme", "antiracisme", "racismo", "antirracismo", "rassismus",
        "antirassismus", "repression", "répression", "represión", "repressão", "lgbt", "lgbtq",
        "lgbtqi", "lgbtqia+", "lgbti", "lgbtqi+", "lgbtq+", "imperialism", "impérialisme",
        "imperialismo", "imperialismus", "antifascism", "antifascisme", "antifascismo",
        "antifaschismus", "ukraine war", "palestine solidarity", "labour movement",
        "labor movement", "mouvement ouvrier", "movimiento obrero", "mundo obrero",
        "movimento operário", "arbeiterbewegung", "arbeitswelt", "arbeitskampf", "arbeitskämpfe",
        "mieten", "klima", "klimakrise", "climate crisis",
        "crise climatique", "crisis climática", "crise climática", "pensions", "retraites",
        "pensiones", "rente", "previdência", "public services", "services publics", "healthcare",
        "economics", "économie politique", "marxism", "marxisme",
        "marxismo", "marxismus", "socialism", "socialisme", "socialismo", "sozialismus",
        "police violence", "violences policières", "violencia policial",
        "polizeigewalt", "violência policial", "prisons", "migrants", "migrantes",
        "geflüchtete", "réfugiés", "refugees", "refugiados", "gender", "genre", "género",
        "gênero", "queer", "science and technology", "sciences et techniques",
        "meio ambiente", "tecnologia", "cidades", "cotidiano", "entretenimento", "agronegócio",
        "columnists", "columnistas", "colunistas", "chroniqueurs", "kolumnen",
    }
)

#: Openings of page chrome that runs on: "Read the rest of this entry »",
#: "Share on Facebook", "Subscribe to our newsletter", "© 2024 The Ledger".
CHROME_OPENINGS = (
    "read more", "read the rest", "read the full", "read full", "continue reading",
    "keep reading", "share on", "share this", "share via",
    # A blog's share buttons pasted as one word: "Email ThisBlogThis!Share to X".
    "email thisblogthis",
    "follow us", "subscribe to",
    "subscribe for", "sign up", "donate", "support us", "support our", "all rights reserved",
    "copyright", "posted in", "filed under", "tags:", "tagged", "categories:", "topics:",
    "places:", "regions:", "keywords:", "subjects:", "etiquetas:", "temas:", "categorías:",
    "labels:", "libellés :", "libellés:", "marcadores:",  # a blog's tags (Blogger)
    "palabras clave:", "schlagwörter:", "schlagworte:", "themen:", "mots-clés:", "thèmes:",
    "sujets:", "palavras-chave:", "assuntos:", "related:", "see also", "lesen sie auch",
    "mehr zum thema", "siehe auch", "voir aussi", "à lire aussi", "a lire aussi",
    "leer también", "lee también", "relacionado:", "relacionadas:", "veja também",
    "related articles", "related stories",
    "this website uses cookies", "this site uses cookies",
    "we use cookies", "by continuing to use", "privacy policy", "cookie policy", "cookie settings",
    "terms of use", "terms and conditions", "accept all", "usamos cookies", "utilizamos cookies",
    "nous utilisons des cookies", "wir verwenden cookies", "leer más", "seguir leyendo",
    "suscríbete", "compartir en", "lire la suite", "partager sur", "abonnez-vous",
    "weiterlesen", "teilen auf", "jetzt abonnieren", "leia mais", "continue lendo",
    "compartilhe", "assine", "läs mer", "dela på", "les mer", "læs mere",
    "you are here", "home »", "home /", "home >", "home ›", "inicio »", "inicio /",
    "accueil »", "accueil /", "startseite »", "startseite /", "início »", "início /",
    "listen to", "lire aussi", "à lire aussi", "voir aussi", "leia também", "veja também",
    "lee también", "ver también", "mehr zum thema", "related posts", "related articles",
    "support independent", "become a member", "become a supporter", "make a donation",
    "get our newsletter", "join our newsletter", "hazte socio", "apoya nuestro", "soutenez",
    "unterstützen sie", "apoie o", "that's all for", "that’s all for", "forward this email",
    "forwarded this email", "view this email in your browser", "view in browser",
    "unsubscribe", "update your preferences", "you are receiving this",
    # A CMS's invitation to comment: "Log in or register to post comments".
    "log in or register", "login or register", "log in to post", "login to post",
    "log in to comment", "sign in to comment", "inicia sesión para", "connectez-vous pour",
    # A listing page's controls: "Sort by: Newest", "Filter by topic".
    "sort by", "filter by", "ordenar por", "filtrar por", "trier par", "filtrer par",
    "sortieren nach", "filtern nach",
)  # fmt: skip

#: What opens a translator's credit, a name after it ("Translated by Ana Gil",
#: "Traducción: Ana Gil"): page chrome, neither an author nor a caption.
TRANSLATOR_LABELS = (
    "translated by", "translation by", "translation:", "traducción:", "traducido por",
    "traducida por", "traduit par", "traduction :", "traduction:", "übersetzung:",
    "übersetzt von", "aus dem englischen von", "tradução:", "traduzido por", "traduzida por",
)  # fmt: skip

#: Openings of a notice that runs long (a cookie banner): page chrome however
#: many words it has.
NOTICE_OPENINGS = (
    "we use cookies", "this website uses cookies", "this site uses cookies",
    "by continuing to use", "by using this site", "by using our site", "usamos cookies",
    "utilizamos cookies", "este sitio utiliza cookies", "nous utilisons des cookies",
    "ce site utilise des cookies", "wir verwenden cookies", "diese website verwendet cookies",
    "este site utiliza cookies", "este site usa cookies", "este sitio usa cookies",
    "diese seite verwendet cookies", "ce site web utilise des cookies",
)  # fmt: skip

#: Openings of the heading of a page's box (a newsletter sign-up, an appeal
#: for money, a note on the author), whose blurb under it is no article:
#: "Sign up for our newsletter", "About the author".
BOX_HEADINGS = (
    "sign up", "subscribe", "support", "donate", "become a", "join our", "get our newsletter",
    "make a donation", "about the author", "sobre el autor", "sobre la autora", "sobre o autor",
    "à propos de l'auteur", "über den autor", "über die autorin", "suscríbete", "hazte socio",
    "apoya", "abonnez-vous", "soutenez", "jetzt abonnieren", "unterstützen sie", "assine",
    "apoie",
)  # fmt: skip

#: Openings of the heading of a box about someone (the author, the site), whose
#: blurb tells of them in the third person: it needs no word of ``BOX_BLURB_WORDS``.
BOX_ABOUT = (
    "about", "who we are", "sobre", "quiénes somos", "à propos", "qui sommes", "über",
    "quem somos",
)  # fmt: skip

#: Words of a box's blurb that speak to the reader or of the site: a sentence
#: standing apart under a box's heading is its blurb only with one of them
#: ("Get the week's best stories in your inbox."); one with none is the first
#: article's ("Dockers walk out at the container terminal.").
BOX_BLURB_WORDS = frozenset(
    {
        "you", "your", "we", "our", "us", "inbox", "email",
        "newsletter", "subscribe", "subscription", "donate", "donation", "free",
        "tu", "tus", "te", "usted", "nuestro", "nuestra", "nuestros", "correo", "boletín",
        "suscripción", "vous", "votre", "vos", "nous", "notre", "nos", "lettre", "abonnement",
        "sie", "ihr", "ihre", "ihren", "unser", "unsere", "unseren", "postfach", "abo",
        "você", "seu", "sua", "nosso", "nossa", "assinatura",
    }
)  # fmt: skip

#: Words that say when a piece was published or updated: over a time alone
#: ("Published: 10:42 AM"), or between its author and its date ("Ana Ruiz,
#: publié le 4 mars 2019").
PUBLICATION_LABELS = (
    "last updated", "published", "posted", "updated", "publicado", "publicada", "actualizado",
    "atualizado", "publié", "publiée", "mis à jour", "veröffentlicht", "aktualisiert",
)  # fmt: skip

#: Headings of a page's box that are one or two words: its blurb is no teaser.
BOX_TITLES = frozenset(
    {
        "newsletter", "newsletters", "our newsletter", "the newsletter", "free newsletter",
        "boletín", "boletines", "infolettre", "la newsletter", "lettre d'information",
        "boletim", "newsletter abonnieren", "about us", "who we are", "quiénes somos",
        "sobre nosotros", "qui sommes-nous", "qui sommes nous", "über uns", "quem somos",
    }
)  # fmt: skip

#: The short word that marks an author where it opens a line or a summary:
#: "By Ana Ruiz — …", "Posted on March 4, 2019 by admin".
BY_WORDS = ("by", "por", "par", "von")

#: Words no author's name holds, which the title-case tails of headlines do:
#: "– What We Know", "– In Pictures", "– Part Two", "– Live Updates".
NO_NAME_WORDS = frozenset(
    {
        "what", "we", "you", "i", "it", "in", "on", "at", "to", "the", "a", "an", "of", "for",
        "how", "why", "who", "is", "are", "was", "part", "live", "update", "updates", "full",
        "text", "explained", "review", "pictures", "photos", "video", "day", "week", "latest",
        "new", "now", "here", "this", "our", "your", "its", "their", "more", "with",
    }
)  # fmt: skip

#: Words that open a place or a section, never a name: "Em São Paulo", "In Politics".
PLACE_PREPOSITIONS = frozenset({"in", "em", "en", "dans", "im", "aus", "from"})

#: Words that end an author's role beside the name: "Ana Ruiz | Contributor",
#: "Tom Berg · Labour Correspondent".
ROLE_WORDS = frozenset(
    {
        "contributor", "staff", "writer", "editor", "columnist", "correspondent", "reporter",
        "author", "journalist", "photographer", "redacción", "colaborador", "colaboradora",
        "columnista", "corresponsal", "periodista", "rédaction", "journaliste", "chroniqueur",
        "chroniqueuse", "redaktion", "redakteur", "redakteurin", "autorin", "korrespondent",
        "korrespondentin", "redação", "colunista", "repórter", "jornalista",
    }
)  # fmt: skip

#: Roles an author's note in one sentence names besides ``ROLE_WORDS`` and
#: ``ROLE_OPENINGS``: "Ana Ruiz is a senior fellow at …", "… es directora de …".
BIO_ROLES = frozenset(
    {
        "fellow", "campaigner", "director", "founder", "co-founder", "chair", "coordinator",
        "organiser", "organizer", "secretary", "spokesperson", "candidate", "student",
        "scholar", "poet", "novelist", "translator", "filmmaker", "artist", "editora",
        "editor-in-chief", "doctorando", "doctoranda", "directora", "coordinadora",
        "coordinador", "fundador", "fundadora", "doutorando", "doutoranda",
    }
)  # fmt: skip

#: Professions that open an author's role written out under the name: "Economista e
#: professor da USP", "Médica sanitarista", "Historian and author of …".
ROLE_OPENINGS = frozenset(
    {
        "economist", "economista", "économiste", "ökonom", "ökonomin", "historian",
        "historiador", "historiadora", "historien", "historienne", "historiker", "historikerin",
        "sociologist", "sociólogo", "socióloga", "sociologue", "soziologe", "soziologin",
        "professor", "professora", "profesor", "profesora", "professeur", "professeure",
        "lecturer", "researcher", "investigador", "investigadora", "pesquisador",
        "pesquisadora", "chercheur", "chercheuse", "forscher", "forscherin", "lawyer",
        "abogado", "abogada", "advogado", "advogada", "avocat", "avocate", "anwalt",
        "anwältin", "médico", "médica", "médecin", "doctor", "ärztin", "arzt", "analyst",
        "analista", "analyste", "activist", "activista", "ativista", "militante", "aktivistin",
        "aktivist", "writer", "escritor", "escritora", "écrivain", "écrivaine", "schriftsteller",
        "schriftstellerin", "jornalista", "periodista", "journalist", "journaliste",
        "journalistin", "philosopher", "filósofo", "filósofa", "philosophe", "philosoph",
        "philosophin", "political scientist", "cientista", "politólogo", "politóloga",
        "politologue", "politologe", "politologin", "engineer", "engenheiro", "engenheira",
        "ingeniero", "ingeniera", "ingénieur", "ingenieur", "teacher", "trade unionist",
        "sindicalista", "syndicaliste", "gewerkschafter", "gewerkschafterin",
        "member", "miembro", "membro", "membre", "mitglied",
    }
)  # fmt: skip

#: What an image without alt text pastes as: the same word over every headline, a
#: caption all the same, not a label.
IMAGE_PLACEHOLDERS = frozenset(
    {
        "image", "photo", "picture", "thumbnail", "featured image", "img", "foto", "imagen",
        "imagem", "bild", "immagine", "photo principale", "imagen destacada",
        "imagem destacada",
    }
)  # fmt: skip

#: Words of an author's academic or institutional role, which may run long: "Senior
#: Lecturer in Geology, University of Eastmere".
ACADEMIC_WORDS = frozenset(
    {
        "university", "universidad", "université", "universität", "universidade", "università",
        "institute", "instituto", "institut", "college", "professor", "profesor", "profesora",
        "professeur", "professora", "lecturer", "fellow", "researcher", "investigador",
        "investigadora", "chercheur", "chercheuse", "forscher", "forscherin", "director",
        "directora", "directeur", "directrice", "direktor", "direktorin", "diretor", "diretora",
    }
)  # fmt: skip

#: What a newsroom signs as after a byline's marker, in lower case ("By the
#: editors", "Par la rédaction", "Von der Redaktion"), and the words that may
#: open it ("the", "la", "der", "our").
NEWSROOM_WORDS = frozenset(
    {
        "staff", "staff reports", "editors", "the editors", "editorial board", "editorial team",
        "newsroom", "news desk", "desk", "rédaction", "équipe", "redacción", "redaccion",
        "equipo", "redaktion", "redação", "redacao", "equipe", "redazione", "reporters",
        "correspondent", "correspondents",
    }
)  # fmt: skip
NEWSROOM_OPENINGS = frozenset(
    {
        "the", "our", "la", "le", "l'", "l’", "notre", "el", "nuestra", "der", "die", "unsere",
        "a", "o", "nossa",
    }
)  # fmt: skip

#: Openings that make a line a kicker: "Reply to …", "Part 2: …".
KICKER_OPENINGS = (
    "reply to", "a reply to", "response to", "a response to", "in reply to", "answer to",
    "respuesta a", "réponse à", "antwort auf", "resposta a", "series:", "serie:", "série:",
    "part ", "parte ", "partie ", "teil ",
)

#: The kinds of numbered piece whose name and number label a series: "Dossier no. 72",
#: "Episode 14", "Cuaderno nº 3", "Folge 12", "Numéro 45".
SERIES_WORDS = frozenset(
    {
        "dossier", "dossiê", "notebook", "issue", "episode", "edition", "volume", "vol.",
        "chapter", "bulletin", "briefing", "newsletter", "dispatch", "lesson", "season",
        "cuaderno", "número", "numero", "edición", "episodio", "capítulo", "boletín", "entrega",
        "numéro", "épisode", "chapitre", "cahier", "lettre", "édition",
        "folge", "ausgabe", "heft", "kapitel", "nummer", "rundbrief",
        "caderno", "edição", "episódio", "boletim",
    }
)  # fmt: skip

#: The articles that may open a byline's marker: "A column by", "Eine Analyse von".
BYLINE_ARTICLES = frozenset({"a", "an", "ein", "eine", "una", "un", "une", "uma", "um"})
#: Words that introduce a byline, longest first so that "written by" wins over "by".
BYLINE_MARKERS = (
    "written by", "posted by", "words by", "reported by", "reporting by", "story by", "text by",
    "interview by", "interviewed by", "compiled by", "submitted by", "published by",
    "added by", "escrito por", "publicado por", "enviado por", "écrit par", "publié par",
    "geschrieben von", "veröffentlicht von", "eingereicht von", "eingestellt von",
    "postado por", "posté par",
    # The kind of piece and its author: "A column by", "Ein Kommentar von", "Une tribune de".
    *(
        f"{article}{piece} {by}"
        for articles, pieces, by in (
            (("a ", "an ", ""), ("column", "comment", "commentary", "analysis", "essay",
                                 "review", "opinion", "report", "op-ed", "interview",
                                 "feature"), "by"),
            (("ein ", "eine ", ""), ("kommentar", "gastbeitrag", "analyse", "essay", "kolumne",
                                     "reportage", "glosse", "interview"), "von"),
            (("una ", "un ", ""), ("columna", "artículo", "análisis", "opinión", "crónica",
                                   "tribuna", "reportaje", "entrevista"), "de"),
            (("une ", "un ", ""), ("tribune", "chronique", "analyse", "billet", "éditorial",
                                   "reportage", "entretien"), "de"),
            (("uma ", "um ", ""), ("coluna", "artigo", "análise", "opinião", "crônica",
                                   "reportagem", "entrevista"), "de"),
        )
        for article in articles
        for piece in pieces
    ),
    "by", "por", "par", "von", "av", "af", "door", "di",
    # A dash before a name alone on its line signs the article: "— Ana Ruiz".
    "—", "–",
)
#: Labels that name the author field: "Author: Ana Ruiz".
AUTHOR_LABELS = (
    "author", "authors", "autor", "autora", "autores", "auteur", "auteurs", "text", "texto",
    "texte", "words",
)  # fmt: skip

#: Words that say how long an article takes to read, printed beside its date:
#: after the minutes ("5 min read", "5 Min. Lesezeit") or before them
#: ("Lectura de 5 min", "Lesezeit: 5 Min.").
READING_AFTER = (
    "read", "reading", "de lectura", "de lecture", "de leitura", "di lettura", "lesezeit",
    "lesedauer",
)
READING_BEFORE = (
    "lectura", "lecture", "leitura", "lettura", "lesezeit", "lesedauer", "tiempo de lectura",
    "temps de lecture", "tempo de leitura", "tempo di lettura",
)

#: What a listing counts beside an article: "3 Comments", "12 views".
COUNTED = (
    "comment", "comments", "comentario", "comentarios", "commentaire", "commentaires",
    "kommentar", "kommentare", "comentário", "comentários", "kommentarer", "replies",
    "respuestas", "réponses", "antworten", "respostas", "svar", "share", "shares", "view",
    "views", "hits", "reads", "visits", "visitas", "lecturas", "vistas", "visites", "lectures",
    "vues", "aufrufe", "zugriffe", "acessos", "leituras", "visualizações", "photos",
    "pictures", "images", "fotos", "imágenes", "bilder", "imagens",
)

#: What a listing says instead of a count ("No Comments") or beside one ("Leave a comment").
#: The words that name a print issue, as pattern pieces: "Issue 2890", "Vol. 12, No. 3",
#: "Ausgabe 45/2026"; before a date too: "Issue #42 — March 4, 2024".
ISSUE_WORDS = (
    "issue", r"vol\.?", "volume", r"no\.?", r"nr\.?", "number", "edition", "ausgabe", "heft",
    "número", "numéro", "edición", "edição", "édition", "n[°º]",
)  # fmt: skip

#: A listing's links beside an article's facts: "3 hours ago | hide | 120 comments".
FACT_LINKS = (
    "hide", "flag", "past", "discuss", "save", "report", "reply", "permalink", "favorite",
)  # fmt: skip
#: What a listing scores its links with, before the poster: "312 points by kestrel".
SCORES = (
    "points", "point", "votes", "vote", "likes", "upvotes", "puntos", "votos", "pontos", "punkte",
)  # fmt: skip
NONE_COUNTED = (
    "no", "no hay", "sin", "sem", "nenhum", "keine", "pas de", "aucun", "aucune", "zero",
)  # fmt: skip
COMMENT_INVITES = (
    "leave a comment", "leave a reply", "deja un comentario", "deja una respuesta",
    "laisser un commentaire", "deixe um comentário", "deixe uma resposta", "kommentar schreiben",
)

#: Labels before a date that are not part of it: "Published: March 4, 2019".
DATE_LABELS = (
    "published on", "published", "posted on", "posted", "updated on", "updated", "date",
    "publicado el", "publicado em", "publicado", "actualizado", "fecha", "publié le", "publié",
    "mis à jour", "veröffentlicht am", "veröffentlicht", "aktualisiert", "datum", "atualizado",
    "data", "on", "last updated on", "last updated", "last modified", "first published",
    "originally published", "dernière mise à jour", "mis à jour le", "actualizado el",
    "atualizado em", "publicada el", "publicada em", "publicada", "erschienen am", "stand",
    "modified on", "modified", "last modified on", "submitted",
)

#: The labels of a date that says when an article was last changed.
UPDATE_LABELS = tuple(
    label for label in DATE_LABELS if any(w in label for w in ("updat", "actualiz", "atualiz",
    "mis à jour", "mise à jour", "aktualis", "modified", "stand"))
)  # fmt: skip

#: Name particles that stay lower case inside a person's name.
NAME_PARTICLES = frozenset(
    {
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von",
        "der", "den", "ter", "y", "e", "and", "&", "und", "et", "bin", "ibn", "al", "el",
        "st.", "mc", "mac",
    }
)

#: Short words that stay lower case in English title case; a line whose other
#: words are capitalised reads as a title.
TITLE_MINOR_WORDS = frozenset(
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
        "in", "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "from", "into", "onto",
        "over", "with", "than", "is", "are", "its", "it", "be", "was",
    }
)

#: Words no headline or sentence ends with (articles, conjunctions, most
#: prepositions): a line ending with one, in lower case, goes on below.
OPEN_ENDINGS = frozenset(
    {
        "a", "the", "and", "or", "but", "of", "as", "than", "which", "whose",
        "el", "la", "los", "las", "un", "una", "de", "del", "al", "y", "o", "en", "con", "por",
        "para", "que", "le", "les", "une", "des", "du", "et", "ou", "au", "aux", "avec",
        "pour", "par", "dans", "sur", "qui", "der", "die", "das", "den", "dem", "eine",
        "einen", "und", "oder", "von", "vom", "zum", "zur", "im", "für", "dass",
        "os", "uma", "do", "da", "dos", "e", "em", "no", "na", "nos", "nas", "com",
    }
)  # fmt: skip

#: Small words that, in capitals, open a sentence and never go on with one in
#: the middle (with ``OPEN_ENDINGS``): prepositions and pronouns ("Après trois
#: semaines …", "During the night …", "Nach drei Wochen …").
SENTENCE_OPENERS = frozenset(
    {
        "after", "before", "during", "despite", "since", "while", "when", "in", "on",
        "at", "to", "from", "with", "for", "this", "these", "it", "they", "we", "he", "she",
        "après", "avant", "depuis", "pendant", "selon", "malgré", "dans", "il", "elle", "ils",
        "tras", "según", "desde", "durante", "ante", "sobre", "entre", "hasta",
        "nach", "seit", "während", "laut", "trotz", "mit", "bei", "aus", "über", "es", "sie",
        "após", "segundo", "apesar",
    }
)  # fmt: skip

#: Words of ``OPEN_ENDINGS`` that end a line of another language whole, with
#: words only their own language has, one of which the line must hold to go on:
#: French "sur" (Spanish, Portuguese "south": "… barrios del sur"), German
#: "die", "den", "dem" (English "Why coral reefs die"), Portuguese "no", "do",
#: "da" (English "… said no", "What can the unions do").
OPEN_ENDINGS_IF = {
    "sur": frozenset({"le", "les", "des", "du", "et", "une", "pour", "dans", "qui", "au",
                      "aux", "à", "est", "sont", "pas", "ne", "sa", "ses", "leur", "leurs"}),
    "die": frozenset({"der", "die", "den", "dem", "das", "und", "ist", "nicht", "mit", "für",
                      "von", "im", "zum", "zur", "ein", "eine", "auf", "bei", "sich", "wird",
                      "werden", "dass", "auch", "nach", "aus", "wie", "als", "über", "gegen"}),
    "no": frozenset({"do", "da", "dos", "das", "em", "na", "nas", "nos", "com", "para", "uma",
                     "não", "é", "ao", "aos", "pela", "pelo", "que"}),
}  # fmt: skip
OPEN_ENDINGS_IF["den"] = OPEN_ENDINGS_IF["dem"] = OPEN_ENDINGS_IF["die"]
# Portuguese "do", "da" end English and German lines ("What can the unions do",
# "Der Frühling ist da").
OPEN_ENDINGS_IF["do"] = OPEN_ENDINGS_IF["da"] = OPEN_ENDINGS_IF["no"]

#: Words a headline may end with, though a sentence broken in its middle
#: ends so more often: an English preposition ("Why the strike goes on",
#: "What they signed up for"). Only a line too long for most headlines goes on.
PARTICLE_ENDINGS = frozenset(
    {"in", "on", "at", "to", "for", "from", "with", "by", "into", "that", "who"}
)  # fmt: skip
#: A German verb's particle, which ends many a headline ("Gewerkschaft kündigt
#: Warnstreiks an", "Verdi ruft erneut zum Streik auf"): a longer line still may end so.
VERB_PARTICLE_ENDINGS = frozenset(
    {"an", "ein", "mit", "zu", "auf", "bei", "aus", "um", "vor", "ab"}
)  # fmt: skip

#: Words known to be written in camel case, which must not be split as a
#: caption glued to a summary ("YouTube", "iPhone").
CAMEL_WORDS = frozenset(
    {
        "youtube", "iphone", "ipad", "ipod", "imac", "macbook", "paypal", "whatsapp",
        "linkedin", "facebook", "fedex", "mcdonald", "mcdonald's", "mcdonalds", "playstation",
        "javascript", "typescript", "github", "gitlab", "wikileaks", "blackrock", "blackwater",
        "spacex", "openai", "tiktok", "deepmind", "facetime", "powerpoint", "soundcloud",
        "wordpress", "bitcoin", "ebay", "ebook", "email", "mcconnell", "mccarthy", "mckinsey",
        "macarthur", "macdonald", "dreamworks", "huffpost", "lebron", "deandre", "deshawn",
        "mcgregor",
    }
)


#: The names of a table's columns, as its header row gives them ("Title<TAB>Author<TAB>
#: Date"): a row of nothing else is the header, page chrome.
COLUMN_NAMES = frozenset(
    {
        "title", "headline", "article", "articles", "author", "authors", "by", "date",
        "published", "hits", "views", "comments", "category", "section", "tags", "name", "#",
        "no.", "título", "titular", "artículo", "autor", "autores", "fecha", "visitas",
        "comentarios", "categoría", "sección", "titre", "auteur", "auteurs", "vues",
        "commentaires", "catégorie", "rubrique", "titel", "artikel", "datum", "zugriffe",
        "kommentare", "kategorie", "rubrik", "artigo", "data", "acessos", "visualizações",
        "comentários", "categoria", "seção", "publicado", "veröffentlicht", "publié",
        "written by", "created by", "escrito por", "geschrieben von", "écrit par",
        "summary", "excerpt", "description", "teaser", "resumen", "extracto", "résumé",
        "chapeau", "zusammenfassung", "resumo",
    }
)  # fmt: skip
