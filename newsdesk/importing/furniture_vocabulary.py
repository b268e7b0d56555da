"""The words of page furniture in languages other than English, one table per concept, keyed by language.

The English words live with the rules that use them (``furniture_lines``: ``STRONG_WORDS``, ``STRONG_PHRASES``,
``RELATED_LABELS`` …); these tables add German (de), French (fr), Spanish (es), Italian (it), Portuguese (pt),
Arabic (ar) and Russian (ru), and for picture credits Chinese and Japanese. Each entry is a phrase in lower case,
its words separated by single spaces. They are the vocabulary that web pages in a language share (the labels of a
cookie banner, a newsletter box, a paywall, an advertisement, share and listen buttons, lists of links), never one
site's exact lines.

How the rules use them:

- ``ADVERTISEMENT``, ``SHARE``, ``RELATED``, ``SKIP``, ``LISTEN``, ``ACCOUNT``: labels, counted only when a line
  is nothing but one of them, perhaps with a running time ("Anzeige", "Mehr zum Thema", "Escuchar noticia  3:12"):
  many are ordinary words too ("Anzeige" is also a complaint to the police, "Teilen" a verb). ``RELATED`` also
  opens a link behind a separator ("Lee también: …").
- ``PROMPTS``: phrases of a prompt ("déjà abonné", "inicia sesión"). Many are a clause of news too ("kostenlos
  testen", "sans engagement", "войдите в положение"), so one counts only in a short line that does not end as a
  sentence does ("Déjà abonné ? Se connecter"), or in a line that also speaks to the reader (an ``ADDRESS`` word
  beside the phrase: "Recibe cada semana el boletín en tu correo.") or whose phrase names the outlet's own (an
  ``OUR`` word: "nuestro boletín", "نشرتنا اليومية").
- ``CALL_TO_ACTION``: imperatives a prompt opens with, spelt as no other form of the verb is;
  ``SHARED_CALL_TO_ACTION``: imperatives spelt as a present tense too (Spanish and Italian third person singular
  "Recibe", "Ascolta", Italian second person "Condividi", Russian "Следите"): a line opening with one is a call to
  action only when it also speaks to the reader (an ``ADDRESS`` word), names what an outlet offers (an
  ``OBJECTS`` word: newsletter, app, podcast …) or is a button's few words, not a sentence.
  ``ADDRESS``: the words by which an outlet speaks to the reader (second person, "our", "free", "now"), as
  ``furniture_lines.SECOND_PERSON`` does in English; ``OBJECTS``: the outlet's products a call to action offers.
- ``INBOX``: a newsletter's promise of delivery to the reader's own mailbox, in the second person ("dans votre
  boîte mail", "en tu correo"); a plain "by e-mail" is how news is sent to anyone. ``SHARED_INBOX``: the same
  with a possessive that is the third person too (German "Ihr", Spanish "su", Portuguese "seu"): it counts only
  in a line that also speaks to the reader or names a newsletter.
- ``COOKIE_WORDS`` and ``CONSENT_CUES``: a consent banner is a cookie word and a cue of consenting, in one
  sentence or clause.
- ``CONSENT_BUTTONS``: a row made of a banner's buttons only ("Accepter  Refuser  Personnaliser").
- ``CREDIT_LABELS``: the label of a picture credit or a source ("Foto:", "Bild:", "صورة:", "[写真]"), opening
  the line or its own part of it (after a stop, a bracket or a separator), never a clause ("Die Quelle: …").
- ``RIGHTS``: a copyright notice; ``BYLINE_LABELS``: "Von …", "Par …", "بقلم: …".
- ``OFFER_WORDS``: the words of a subscription offer beside a price ("Abo", "sans engagement").
- ``REPORTING``: reporting verbs and "according to": a short line with one reports, it is no prompt.
- ``DATE_NAMES``, ``DATE_WORDS`` and ``DATE_LABELS``: months, weekdays and the other words of a time stamp
  ("Publié le … à …", "Stand: … Uhr"); a stamp has a day's number or a clock time, a month and a year alone
  ("Mars 2030") or a weekday alone ("Am Freitag") are no stamp.
"""

import re

# Labels that are a line of their own: an advertisement's, a share button's, a list of links', a skip link's, an
# audio player's (with its running time) and the buttons of an account or a subscription.
ADVERTISEMENT = {
    "de": "anzeige | werbung | gesponsert | sponsored | anzeige sponsored | promotion",
    "fr": "publicité | pub | contenu sponsorisé | sponsorisé | contenu partenaire | publi-rédactionnel",
    "es": "publicidad | anuncio | contenido patrocinado | patrocinado | contenido de marca",
    "it": "pubblicità | contenuto sponsorizzato | sponsorizzato | contenuto pubblicitario",
    "pt": "publicidade | anúncio | conteúdo patrocinado | patrocinado | conteúdo de marca",
    "ar": "إعلان | محتوى مدعوم | محتوى ممول | برعاية",
    "ru": "реклама | на правах рекламы | партнерский материал | партнёрский материал",
}
SHARE = {
    "de": "teilen | jetzt teilen | artikel teilen | beitrag teilen | seite teilen | drucken | merken | kommentare",
    "fr": "partager | partager cet article | partagez | imprimer | commentaires",
    "es": "compartir | comparte | comparte esta noticia | compartir noticia | compartir artículo | imprimir | "
          "comentarios",
    "it": "condividi | condividi l'articolo | condividi la notizia | stampa | commenti",
    "pt": "partilhar | compartilhar | partilhe | partilhar artigo | compartilhe | imprimir | comentários",
    "ar": "شارك | مشاركة | شارك الخبر | شارك المقال | شارك عبر | طباعة | التعليقات",
    "ru": "поделиться | печать | комментарии",
}
RELATED = {
    "de": "mehr zum thema | zum thema | mehr aus der region | das könnte sie auch interessieren | "
          "das könnte dich auch interessieren | auch interessant | lesen sie auch | lesen sie mehr | weiterlesen | "
          "weitere artikel | weitere nachrichten | verwandte themen | meistgelesen | meistgelesene artikel | "
          "empfehlungen der redaktion",
    "fr": "à lire aussi | lire aussi | à lire également | sur le même sujet | dans la même rubrique | voir aussi | "
          "à voir aussi | les plus lus | articles liés | lire la suite | nos recommandations",
    "es": "te puede interesar | también te puede interesar | noticias relacionadas | contenido relacionado | "
          "lee también | lea también | más noticias | lo más leído | temas relacionados | sigue leyendo",
    "it": "leggi anche | potrebbe interessarti | ti potrebbe interessare | articoli correlati | notizie correlate | "
          "i più letti | più letti | leggi tutto",
    "pt": "leia também | leia mais | veja também | notícias relacionadas | artigos relacionados | relacionados | "
          "mais lidas | mais lidos | ler mais",
    "ar": "اقرأ أيضا | اقرأ أيضاً | اقرأ المزيد | مواضيع ذات صلة | أخبار ذات صلة | مقالات ذات صلة | الأكثر قراءة | "
          "الأكثر مشاهدة | اقرأ كذلك",
    "ru": "читайте также | по теме | еще по теме | ещё по теме | самое читаемое | похожие материалы | "
          "читайте еще | читайте ещё",
}
SKIP = {
    "de": "zum inhalt springen | direkt zum inhalt | zum hauptinhalt | zum hauptinhalt springen | zur startseite",
    "fr": "aller au contenu | aller au contenu principal | passer au contenu",
    "es": "saltar al contenido | ir al contenido | ir al contenido principal",
    "it": "vai al contenuto | salta al contenuto | vai al contenuto principale",
    "pt": "saltar para o conteúdo | ir para o conteúdo | pular para o conteúdo",
    "ar": "تخطي إلى المحتوى | انتقل إلى المحتوى | الانتقال إلى المحتوى",
    "ru": "перейти к содержанию | перейти к основному содержанию",
}
LISTEN = {
    "de": "anhören | vorlesen | artikel anhören | beitrag anhören | artikel vorlesen | text vorlesen | "
          "audio: beitrag anhören | audio: artikel anhören | audio",
    "fr": "écouter | écouter cet article | écouter l'article | écoutez | écouter la version audio",
    "es": "escuchar | escuchar noticia | escuchar la noticia | escuchar artículo | escuchar el artículo | "
          "escucha la noticia | escucha el artículo | escucha",
    "it": "ascolta | ascolta l'articolo | ascolta la notizia | ascolta questo articolo",
    "pt": "ouvir | ouvir artigo | ouvir este artigo | ouvir notícia | ouvir a notícia | ouça | ouça este artigo",
    "ar": "استمع | استمع إلى المقال | استمع للمقال | استمع للخبر | استمع إلى الخبر | استمع إلى هذا المقال",
    "ru": "слушать | слушать статью | прослушать статью | прослушать",
}
ACCOUNT = {
    "de": "anmelden | jetzt anmelden | hier anmelden | registrieren | jetzt registrieren | jetzt abonnieren | "
          " newsletter abonnieren | abonnieren | einloggen | login",
    "fr": "je m'abonne | s'inscrire | s'abonner | se connecter | connexion | inscription | "
          "abonnez-vous",
    "es": "suscríbete | suscribirse | regístrate | iniciar sesión | inicia sesión | hazte socio | acceder",
    "it": "abbonati | iscriviti | accedi | registrati | abbonati ora",
    "pt": "assine | assinar | subscrever | entrar | iniciar sessão | inscreva-se | assine já",
    "ar": "اشترك | اشترك الآن | تسجيل الدخول | سجل الآن | سجل الدخول | اشترك مجانا",
    "ru": "подписаться | войти | зарегистрироваться | оформить подписку",
}

PROMPTS = {
    "de": """
        bereits abonnent | bereits abonniert | bereits registriert | sie haben bereits ein abo | hier anmelden |
        jetzt anmelden | jetzt abonnieren | jetzt registrieren | jetzt testen | gratis testen | kostenlos testen |
        weiterlesen mit | abonnieren sie | zum newsletter | newsletter abonnieren | plus-artikel |
        nur für abonnenten | exklusiv für abonnenten | folgen sie uns""",
    "fr": """
        déjà abonné | déjà abonnée | réservé aux abonnés | article réservé | abonnez-vous | inscrivez-vous |
        connectez-vous | je m'abonne | recevez notre newsletter | suivez-nous | téléchargez l'application |
        offre découverte | sans engagement""",
    "es": """
        ya eres suscriptor | ya eres suscriptora | ya tienes cuenta | suscríbete |
        hazte suscriptor | hazte socio | exclusivo para suscriptores | solo para suscriptores | inicia sesión |
        iniciar sesión | regístrate | date de alta | síguenos | descarga la app | nuestro boletín |
        nuestra newsletter""",
    "it": """
        sei già abbonato | già abbonato | riservato agli abbonati | contenuto riservato | abbonati ora |
        abbonati subito | iscriviti alla newsletter | iscriviti | seguici | scarica l'app""",
    "pt": """
        já é assinante | já é subscritor | exclusivo para assinantes | exclusivo assinantes | assine já | assine agora |
        subscreva | inicie sessão | inscreva-se | siga-nos | descarregue a app | baixe o app""",
    "ar": """
        اشترك الآن | هل أنت مشترك | مشترك بالفعل | سجل الدخول | تسجيل الدخول | النشرة البريدية |
        نشرتنا البريدية | نشرتنا اليومية | نشرتنا | تابعونا | تابعنا على | حمل التطبيق""",
    "ru": """
        уже подписаны | оформите подписку | подпишитесь | подписывайтесь | зарегистрируйтесь | войдите |
        наша рассылка | нашу рассылку | скачайте приложение""",
}

# Only imperatives that are no other common word at the head of a line ("Folgen" is also "consequences", "Leggi"
# "laws", Arabic past tenses are spelt as the imperative is): those go in ``ACCOUNT`` or ``PROMPTS`` as phrases.
# Arabic imperatives are compared as written, hamza and all: folded to a bare alef, the first person ("أدعم", "I
# support") would read as the imperative ("ادعم", "support").
CALL_TO_ACTION = {
    "de": "abonnieren abonniere registrieren registriere weiterlesen entdecken entdecke unterstützen unterstütze",
    "fr": "abonnez inscrivez connectez téléchargez suivez découvrez recevez lisez partagez écoutez profitez "
          "soutenez rejoignez essayez",
    "es": "suscríbete regístrate descárgate síguenos hazte apúntate únete",
    "it": "iscriviti abbonati seguici registrati",
    "pt": "assine subscreva registe cadastre inscreva baixe descarregue siga receba leia partilhe compartilhe ouça "
          "apoie",
    "ar": "اقرأ احصل ادعم تابعونا اشتركوا",
    "ru": "подпишитесь подписывайтесь зарегистрируйтесь скачайте поддержите",
}
# Imperatives spelt as a present tense too ("Recibe una pensión", "Ascolta la radio", "Следите за …").
SHARED_CALL_TO_ACTION = {
    "es": "recibe comparte escucha disfruta accede descarga sigue lee",
    "it": "scarica ricevi condividi ascolta accedi scopri sostieni",
    "ru": "читайте следите слушайте войдите",
}
# What a call to action offers the reader: the outlet's own products.
OBJECTS = {
    "de": "app newsletter podcast abo abonnement",
    "fr": "application appli newsletter podcast abonnement",
    "es": "app aplicación newsletter boletín podcast suscripción alertas",
    "it": "app applicazione newsletter podcast abbonamento notifiche",
    "pt": "app aplicação aplicativo newsletter podcast assinatura",
    "ar": "التطبيق تطبيق النشرة نشرتنا البودكاست",
    "ru": "приложение приложении рассылку рассылка подкаст подписку",
}

# Words that make "she", "his" or "their" as well as "you" and "your" (German "sie", "ihr", Portuguese "seu",
# "sua") are left out.
ADDRESS = {
    "de": "dich dein deine deinen unser unsere unseren unserem jetzt hier kostenlos gratis",
    "fr": "vous votre vos nous notre nos gratuit gratuitement ici maintenant",
    "es": "tu tus te ti nuestro nuestra nuestros nuestras gratis ahora aquí",
    "it": "tuo tua tuoi tue ti nostro nostra nostri nostre gratis ora qui",
    "pt": "você vocês nosso nossa nossos nossas grátis agora aqui",
    "ar": "لك لكم نشرتنا موقعنا الآن مجانا",
    "ru": "вас вам ваш вашу наш нашу бесплатно сейчас здесь",
}

# The pronouns by which an outlet speaks to the reader (second person) and of itself (first person plural), for the
# shape rule that finds an appeal (``alignment.furniture``: "Got a story? Send it to us"), all languages together.
# Left out: words that are another person too (German "Sie", "ihr", Portuguese "seu"), and words that are another
# word in another of these languages or in English (German "du" is French "of the", Portuguese "os" is "the",
# Italian "ci" and "vi" are "there", French "ton" and "ta" are English words).
READER_PRONOUNS = {
    "de": "dich dir dein deine deinen deinem deiner euch euer eure",
    "fr": "vous votre vos tu te toi tes",
    "es": "tú tu tus te ti contigo usted ustedes vosotros vosotras vuestro vuestra vuestros vuestras",
    "it": "tu ti tuo tua tuoi tue voi vostro vostra vostri vostre",
    "pt": "você vocês teu tua teus tuas contigo",
    "ru": "вы вас вам вами ваш ваша ваше ваши вашу вашего ты тебя тебе твой твоя",
}
OUTLET_PRONOUNS = {
    "de": "wir uns unser unsere unseren unserem unserer",
    "fr": "nous notre nos",
    "es": "nosotros nosotras nos nuestro nuestra nuestros nuestras",
    "it": "noi nostro nostra nostri nostre",
    "pt": "nós nos nosso nossa nossos nossas",
    "ru": "мы нас нам нами наш наша наше наши нашу нашего",
}
# "Write to us" as one word: a Spanish imperative with "nos" written onto it, its stress marked ("escríbenos",
# "envíanos", "cuéntanos"), or a French or Portuguese one joined by a hyphen ("écrivez-nous", "escreva-nos").
OUTLET_ENCLITIC = re.compile(r"^[^\W\d_]*[áéíóú][^\W\d_]*nos$|^[^\W\d_]+-(?:nous|nos)$")

# The outlet naming its own ("our newsletter"): a prompt's phrase with one of these speaks to the reader by itself.
OUR = {
    "de": "unser unsere unseren unserem",
    "fr": "notre nos",
    "es": "nuestro nuestra nuestros nuestras",
    "it": "nostro nostra nostri nostre",
    "pt": "nosso nossa nossos nossas",
    "ar": "نشرتنا موقعنا تطبيقنا",
    "ru": "наш наша нашу",
}

INBOX = {
    "de": "in dein postfach | in deinem postfach",
    "fr": "dans votre boîte mail | dans votre boîte e-mail | dans votre boîte aux lettres | dans votre boîte de "
          "réception | sur votre e-mail | sur votre mail",
    "es": "en tu correo | en tu email | en tu e-mail | en tu bandeja de entrada",
    "it": "nella tua casella di posta | nella tua email | nella tua e-mail | nella tua casella",
    "pt": "no teu e-mail | no teu email | na tua caixa de correio | na tua caixa de entrada",
    "ar": "على بريدك الإلكتروني | بريدك الإلكتروني | إلى بريدك",
    "ru": "на вашу почту | на ваш e-mail | на ваш email | в ваш почтовый ящик",
}
# The same promise with a possessive that is also "her", "his" or "their".
SHARED_INBOX = {
    "de": "in ihr postfach | in ihrem postfach",
    "es": "en su correo | en su email | en su e-mail | en su bandeja de entrada",
    "pt": "no seu e-mail | no seu email | no seu correio eletrónico | no seu correio eletrônico | na sua caixa de "
          "correio | na sua caixa de entrada",
}

COOKIE_WORDS = {
    "de": "cookies | cookie",
    "ar": "ملفات تعريف الارتباط | ملفات الارتباط | الكوكيز | كوكيز",
    "ru": "куки | файлы cookie",
}

CONSENT_CUES = {
    "de": "wir verwenden | wir nutzen | diese website nutzt | diese website verwendet | diese seite nutzt | "
          "stimmen sie | einwilligung | zustimmung | alle akzeptieren | akzeptieren | datenschutzhinweis | "
          "datenschutzerklärung",
    "fr": "nous utilisons | ce site utilise | vous acceptez | accepter | consentement | paramétrer | vos choix",
    "es": "utilizamos | usamos | este sitio web utiliza | este sitio utiliza | aceptas | acepta | aceptar | "
          "consientes | consentimiento | si continúas navegando | configurar | política de cookies",
    "it": "utilizziamo | usiamo | questo sito utilizza | questo sito usa | consenso | acconsenti | accetta | "
          " proseguendo la navigazione",
    "pt": "utilizamos | usamos | este site utiliza | este site usa | consentimento | consentir | aceitar | "
          " concorda",
    "ar": "نستخدم | يستخدم هذا الموقع | يستخدم موقعنا | توافق | موافقتك | قبول",
    "ru": "мы используем | сайт использует | соглашаетесь | согласие | принять",
}

CONSENT_BUTTONS = {
    "en": "accept | accept all | accept cookies | agree | i agree | reject | reject all | decline | manage settings | "
          "cookie settings | manage preferences | more options",
    "de": "akzeptieren | alle akzeptieren | zustimmen | alle zustimmen | einverstanden | ablehnen | alle ablehnen | "
          "einstellungen | mehr erfahren | anpassen",
    "fr": "accepter | tout accepter | accepter et fermer | refuser | tout refuser | continuer sans accepter | "
          "personnaliser | paramétrer | en savoir plus",
    "es": "aceptar | aceptar todas | aceptar todo | aceptar y cerrar | rechazar | rechazar "
          "todas | configurar | más información | personalizar",
    "it": "accetta | accetta tutti | accetta e chiudi | rifiuta | rifiuta tutti | personalizza | scopri di più | "
          "più informazioni",
    "pt": "aceitar | aceitar todos | aceito | rejeitar | recusar | saber mais | definições | configurações | "
          "personalizar",
    "ar": "قبول | قبول الكل | موافق | أوافق | رفض | الإعدادات | إدارة التفضيلات | المزيد",
    "ru": "принять | принять все | согласен | отклонить | настройки | подробнее",
}

CREDIT_LABELS = {
    "de": "foto | fotos | bild | bilder | bildquelle | quelle | grafik",
    "fr": "photo | crédit photo | crédit | illustration | source",
    "es": "foto | fotografía | imagen | fuente",
    "it": "foto | immagine | fonte",
    "pt": "foto | fotografia | imagem | fonte",
    "ar": "صورة | الصورة | تصوير | المصدر | مصدر الصورة",
    "ru": "фото | источник",
    "ja": "写真 | 画像 | 資料写真",
    "zh": "图片 | 圖片 | 照片 | 摄影 | 攝影",
}

RIGHTS = {
    "de": "alle rechte vorbehalten",
    "fr": "tous droits réservés",
    "es": "todos los derechos reservados",
    "it": "tutti i diritti riservati | riproduzione riservata",
    "pt": "todos os direitos reservados",
    "ar": "جميع الحقوق محفوظة",
    "ru": "все права защищены",
}

# A byline's preposition before the writer's name ("Von Markus Lehner"), or its label ("Autor: …").
BYLINE_LABELS = {
    "de": "von | autor | autorin | text",
    "fr": "par | auteur | autrice",
    "es": "por | autor | autora | texto",
    "it": "di | autore | autrice | testo",
    "pt": "por | autor | autora | texto",
    "ar": "بقلم | كتب | كتبت | الكاتب",
    "ru": "автор | текст",
}

OFFER_WORDS = {
    "de": "abo abonnement abonnieren abonnent abonnenten testen kündbar kündigen",
    "fr": "abonnement abonnez abonné abonnés engagement",
    "es": "suscripción suscríbete suscriptor suscriptores permanencia",
    "it": "abbonamento abbonati abbonato",
    "pt": "assinatura assine assinante assinantes",
    "ar": "اشتراك اشترك مشترك",
    "ru": "подписка подписку подпишитесь",
}

REPORTING = {
    "de": "sagte | sagt | sagten | erklärte | erklärt | betonte | teilte | berichtete | kritisierte | warnte | "
          "forderte | nach angaben | laut | zufolge",
    "fr": "a déclaré | a dit | a affirmé | a expliqué | a indiqué | a précisé | a annoncé | a reconnu | selon | "
          "déclare | affirme | explique",
    "es": "dijo | afirmó | declaró | explicó | aseguró | señaló | anunció | advirtió | según | ha dicho | "
          "ha declarado | ha explicado",
    "it": "ha detto | ha dichiarato | ha spiegato | ha affermato | ha annunciato | secondo | ha fatto sapere",
    "pt": "disse | afirmou | declarou | explicou | anunciou | segundo | de acordo com",
    "ar": "قال | وقال | قالت | وقالت | أكد | وأكد | أوضح | وأوضح | صرح | أعلن | وأعلن | بحسب | وفقا",
    "ru": "сказал | сказала | заявил | заявила | сообщил | сообщила | по словам | по данным",
}

# The names of months and weekdays: with a year they make a line a date.
DATE_NAMES = {
    "de": "januar jänner februar märz april mai juni juli august september oktober november dezember montag "
          "dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi "
          "mercredi jeudi vendredi samedi dimanche",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
          "ene abr ago dic lunes martes miércoles jueves viernes sábado domingo",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedì "
          "martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
          "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان "
          "أيار حزيران تموز آب أيلول تشرين الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря понедельник вторник "
          "среда четверг пятница суббота воскресенье",
}
# The other words of a time stamp: its labels ("published", "updated") and the small words between its figures.
DATE_WORDS = {
    "de": "uhr am um stand aktualisiert veröffentlicht erstellt zuletzt",
    "fr": "le à h publié publiée mis jour modifié",
    "es": "de del a las h actualizado publicado cest cet",
    "it": "alle ore il aggiornato pubblicato",
    "pt": "de a às h publicado atualizado actualizado",
    "ar": "في نشر آخر تحديث",
    "ru": "в обновлено опубликовано",
}
# A label of the page's dates before a colon ("Stand:", "Actualizado:", "آخر تحديث:").
DATE_LABELS = {
    "de": "stand | aktualisiert | zuletzt aktualisiert | veröffentlicht | erstellt",
    "fr": "publié | publié le | mis à jour | mis à jour le",
    "es": "actualizado | publicado | fecha",
    "it": "aggiornato | pubblicato | data",
    "pt": "publicado | atualizado | actualizado | data",
    "ar": "آخر تحديث | تاريخ النشر | نشر في | تم النشر",
    "ru": "обновлено | опубликовано | дата",
}

# Arabic short vowels, shadda, sukun and the tatweel: pages write them or not ("أيضًا", "أيضا").
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_ALEF = str.maketrans("أإآ", "ااا")


def folded(text: str, alef: bool = True) -> str:
    """``text`` as the tables are compared with it: case-folded, Arabic written without its vowel marks and with one
    alef (unless ``alef`` is false), and every run of spaces one space."""
    text = _ARABIC_MARKS.sub("", text.casefold())
    return " ".join((text.translate(_ALEF) if alef else text).split())


# The separators a label may hold or stand beside ("Audio: Beitrag anhören", "Mehr zum Thema ›").
_LABEL_SEPARATORS = re.compile(r"[:：|·•›»>–—/]")


def label_key(text: str) -> str:
    """``text`` folded, its separators made spaces and anything but letters and digits taken off both ends: the form
    in which a line is compared with the labels."""
    text = folded(_LABEL_SEPARATORS.sub(" ", text))
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def phrases(table: dict[str, str], fold=folded) -> list[str]:
    """The phrases of ``table`` (separated by "|"), all languages together, folded and longest first."""
    found = {fold(p) for entry in table.values() for p in entry.split("|") if p.strip()}
    return sorted(found, key=len, reverse=True)


def words(table: dict[str, str], alef: bool = True) -> frozenset[str]:
    """The single words of a table of words (``CALL_TO_ACTION``, ``ADDRESS``, ``OFFER_WORDS``, ``DATE_NAMES`` …),
    folded (with one alef unless ``alef`` is false)."""
    return frozenset(w for entry in table.values() for w in folded(entry, alef).split())


def alternatives(table: dict[str, str], fold=folded) -> str:
    """The phrases of ``table`` as one group of literal alternatives for a pattern."""
    return "(?:" + "|".join(re.escape(p) for p in phrases(table, fold)) + ")"


def pattern(table: dict[str, str]) -> re.Pattern:
    """A pattern finding any phrase of ``table`` as whole words in folded text: literals only, so it runs in time
    linear in the text's length."""
    return re.compile(r"(?<!\w)" + alternatives(table) + r"(?!\w)")


def label_pattern(table: dict[str, str]) -> re.Pattern:
    """A pattern for ``fullmatch`` against ``label_key(line)``: the line is one label of ``table`` and nothing else."""
    return re.compile(alternatives(table, label_key))
