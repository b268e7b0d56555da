"""The words of page furniture in languages other than English, one table per concept, keyed by language.

The English words live with the rules that use them (``furniture_lines``: ``STRONG_WORDS``, ``STRONG_PHRASES``,
``RELATED_LABELS`` …); these tables add German (de), French (fr), Spanish (es), Italian (it), Portuguese (pt),
Arabic (ar), Russian (ru), Polish (pl), Greek (el), Turkish (tr), Vietnamese (vi) and Hindi (hi), Chinese (zh),
Korean (ko) and Thai (th) for their labels, consent banners, credits, disclaimers, contributors' notes and words of
address, and for credits, consent banners, disclaimers, contributors' notes and invitations to send in pictures
Japanese (ja), and Amharic (am) for its labels, credits, consent banners and the words of its time stamps, its
Ethiopic punctuation compared as the rules write theirs (``folded``). Each entry is a phrase in lower case, its
words separated by single spaces; a table of single words
(``CALL_TO_ACTION``, ``ADDRESS``, ``OBJECTS``, ``OFFER_WORDS``, ``OUR``, the pronouns) lists its words between
spaces, or, for Vietnamese, whose words are syllables set apart by spaces ("ứng dụng", "chúng tôi"), its entries
between "|" (``entries``, ``word_phrases``). They are the vocabulary that web pages in a language
share (the labels of a cookie banner, a newsletter box, a paywall, an advertisement, share and listen buttons, lists
of links), never one site's exact lines.

How the rules use them:

- ``ADVERTISEMENT``, ``SHARE``, ``RELATED``, ``SKIP``, ``GALLERY_CONTROLS``, ``LISTEN``, ``ACCOUNT``: labels,
  counted only when a line is nothing but one of them, perhaps with a running time ("Anzeige", "Mehr zum Thema",
  "Escuchar noticia  3:12"): many are ordinary words too ("Anzeige" is also a complaint to the police, "Teilen" a
  verb). ``RELATED`` also opens a link behind a separator ("Lee también: …").
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
- ``RIGHTS``: a copyright notice; ``BYLINE_LABELS``: "Von …", "Par …", "بقلم: …"; ``COLON_BYLINE_LABELS``: the
  labels of a language's bylines that are one only before a colon ("Muhabir: …").
- ``OFFER_WORDS``: the words of a subscription offer beside a price ("Abo", "sans engagement").
- ``REPORTING``: reporting verbs and "according to": a short line with one reports, it is no prompt.
- ``SMALL_PRINT``: an advertisement's closing sentence on the terms of its offer ("Terms apply."), English too
  (``alignment.furniture.small_print``).
- ``DATE_NAMES``, ``DATE_WORDS`` and ``DATE_LABELS``: months, weekdays and the other words of a time stamp
  ("Publié le … à …", "Stand: … Uhr"); a stamp has a day's number or a clock time, a month and a year alone
  ("Mars 2030") or a weekday alone ("Am Freitag") are no stamp. Thai abbreviates its months with their stops
  ("8 มี.ค. 2569"): an entry may hold them.
- ``BIO_COPULAS``, ``JOB_VERBS``, ``WRITES_ABOUT``, ``CONTRIBUTOR_ROLES``, ``INSTITUTIONS``, ``ROLE_ENDINGS``,
  ``ROLE_MODIFIERS``, ``NAME_TITLES``, ``HONORIFICS``, ``NAME_ARTICLES`` and ``EVENT_TIME``: a contributor's note
  ("Karola Winterfeld
  ist Professorin für … an der …") and a job on a line of its own ("Maîtresse de conférences …, université de …");
  a person in the news whose job is named beside what happened to them ("… und stand am Montag im Stau") is not
  one. ``DISCLAIMER_LABELS``, ``DISCLAIMERS``, ``VIEWS`` and ``WHOSE_VIEWS``: an editor's note or a correction
  behind its label, not advice, an earlier version, and the note that the views are the writer's own ("Les
  opinions exprimées n'engagent que leur auteur").
- ``BIO_PHRASES`` and ``BIO_WRITER``: a contributor's note in a language written without spaces (born in, author
  of), which names the writer; ``BIO_LABELS`` and ``NOTE_WRITER``: a note behind its label, or in brackets opening
  on the word for the writer;
  ``APPEAL_READERS``, ``READER_APPEALS`` and ``APPEAL_OUTLET``: an invitation to readers to send in what they saw, in
  the outlet's own name; ``APPEAL_READERS`` and ``DONATION_MEANS``: readers asked to give, and the account to send it
  to (the account's figures make no appeal).
- ``READER_PROMPTS`` and ``OPENING_PROMPTS``: prompts that speak to the reader by their own form (Turkish's polite
  imperative, a comment box's rules) wherever they stand in a short line, and Vietnamese prompts, whose imperative is
  written as any other form of the verb, where they open it.
- ``BROADCAST_CUES``: the labels of a broadcaster's script that head a paragraph ("<앵커 멘트>", "（同期）",
  "[SOUNDBITE] Jane Roe, farmer"): who speaks next, or which part of the broadcast follows.
- ``READER_PRONOUNS``, ``OUTLET_PRONOUNS``, ``OUTLET_ENCLITICS``, ``READER_SUFFIXES``, ``READER_STEMS`` and
  ``READER_REQUESTS``: how the outlet speaks to the reader and of itself, for the shape rule of
  ``alignment.furniture``; ``TOLD_VERBS`` and ``TOLD_US``: an "us" in a sentence with a verb of saying or after one,
  which is the reporter's or the speaker's; ``ARTICLES``: a definite article written onto its word, which no name
  opens with.
- ``JOINING_WORDS``: the small words that join a sentence of Thai, which ends its sentences with a space, not a
  stop: prose is made with them, a headline or a list of names without them (``furniture_lines.unstopped_prose``).

A phrase matches as a whole word (``WORD_START``, ``WORD_END``); beside a character of Chinese or Japanese, which write
no spaces, it is one, and so it is inside a run of Thai, Lao, Khmer or Myanmar, which space their clauses only, when
no letter of its syllables stands beside it. Greek is compared in lower case as ``str.lower`` writes it (its last
sigma "ς"), and its labels without accents, as capitals are written (``label_key``); Turkish "İ" as "i", and in a
label its dotless "ı" as "i" too, which its capitals write "I".
"""

import re
import unicodedata

from newsdesk.importing import calendar_names, speech_verbs
from newsdesk.importing.scripts import HAN, KANA
from newsdesk.importing.scripts import SOUTHEAST_ASIAN as SOUTHEAST_ASIAN_SCRIPTS

# Labels that are a line of their own: an advertisement's, a share button's, a list of links', a skip link's, an
# audio player's (with its running time) and the buttons of an account or a subscription.
ADVERTISEMENT = {
    # Malayalam: an advertisement, sponsored.
    "ml": "പരസ്യം | സ്പോൺസർ ചെയ്തത് | സ്പോൺസേർഡ്",
    # Azerbaijani: an advertisement, sponsored, a partner's material.
    "az": "reklam | sponsor | sponsor materialı | reklam materialı | tərəfdaş materialı",
    # Punjabi: an advertisement, sponsored.
    "pa": "ਇਸ਼ਤਿਹਾਰ | ਇਸ਼ਤਿਹਾਰਬਾਜ਼ੀ | ਪ੍ਰਾਯੋਜਿਤ | ਸਪਾਂਸਰਡ",
    # Gujarati: an advertisement, sponsored, a sponsored piece.
    "gu": "જાહેરાત | પ્રાયોજિત | સ્પોન્સર્ડ | પ્રાયોજિત લેખ",
    # Khmer: advertisement, sponsored by.
    "km": "ពាណិជ្ជកម្ម | ការផ្សាយពាណិជ្ជកម្ម | ឧបត្ថម្ភដោយ",
    # English: a bookmaker's offer and its notice ("free bets", "BeGambleAware", "Odds correct at time of publishing").
    "en": "free bets | free bet | begambleaware | begambleaware.org | gamble responsibly | bet responsibly | "
          "odds correct at time of publishing | odds correct at time of going to press",
    # Burmese: an advertisement's label, a sponsor's.
    "my": "ကြော်ငြာ | ကြော်ငြာများ | စပွန်ဆာ | ပံ့ပိုးသူ",
    # Filipino: an advertisement's label ("patalastas"), a sponsor's.
    "tl": "patalastas | anunsyo | anunsiyo | inisponsor | sponsored na nilalaman",
    # Armenian: an advertisement's label, a sponsor's, a partner's piece.
    "hy": "գովազդ | գովազդային նյութ | գովազդային հոդված | հովանավորվող նյութ | գործընկերային նյութ | պատվիրված նյութ",
    # Bulgarian: an advertisement's label, a paid or a partner's piece.
    "bg": "реклама | платена публикация | платено съдържание | партньорски материал | спонсорирано съдържание",
    # Danish: an advertisement's label, a sponsor's.
    "da": "annonce | reklame | sponsoreret | sponsoreret indhold | annoncørbetalt indhold",
    # Norwegian: an advertisement's label, a sponsor's, a paid piece.
    "nb": "annonse | reklame | sponset | sponset innhold | annonsørinnhold | betalt innhold",
    # Swedish: an advertisement's label, a sponsor's, a paid piece.
    "sv": "annons | reklam | sponsrat | sponsrat innehåll | annonsörsfinansierat innehåll | betalt samarbete",
    # Lithuanian: an advertisement's label, a sponsor's.
    "lt": "reklama | remiama | remiamas turinys | užsakomasis turinys | partnerio turinys",
    # Hungarian: an advertisement's label, a sponsor's.
    "hu": "hirdetés | szponzorált tartalom | támogatott tartalom | fizetett hirdetés",
    "de": "anzeige | werbung | gesponsert | sponsored | anzeige sponsored | promotion",
    "fr": "publicité | pub | contenu sponsorisé | sponsorisé | contenu partenaire | publi-rédactionnel",
    "es": "publicidad | anuncio | contenido patrocinado | patrocinado | contenido de marca",
    "it": "pubblicità | contenuto sponsorizzato | sponsorizzato | contenuto pubblicitario",
    "pt": "publicidade | anúncio | conteúdo patrocinado | patrocinado | conteúdo de marca",
    "ar": "إعلان | محتوى مدعوم | محتوى ممول | برعاية",
    "ru": "реклама | на правах рекламы | партнерский материал | партнёрский материал",
    "pl": "reklama | materiał sponsorowany | artykuł sponsorowany | treść sponsorowana | materiał partnera | "
          "materiał promocyjny",
    "hi": "विज्ञापन | प्रायोजित | प्रायोजित सामग्री",
    "ko": "광고 | 스폰서 | 협찬",
    "zh": "广告 | 推广 | 赞助内容",
    "ja": "広告 | スポンサーリンク | プロモーション",
    "el": "διαφήμιση | χορηγούμενο | χορηγούμενο περιεχόμενο | προωθητικό περιεχόμενο | καταχώριση",
    "th": "โฆษณา | พื้นที่โฆษณา | เนื้อหาโฆษณา | เนื้อหาที่ได้รับการสนับสนุน | ผู้สนับสนุน",
    "tr": "reklam | sponsorlu | sponsorlu içerik | ilan | reklam içeriği | iş birliği",
    "vi": "quảng cáo | nội dung tài trợ | tài trợ | bài pr",
    "uk": "реклама | на правах реклами | партнерський матеріал | спецпроєкт | спецпроект",
    "nl": "advertentie | gesponsord | gesponsorde inhoud | partnercontent",
    "bn": "বিজ্ঞাপন | স্পনসর্ড | প্রমোশন",
    "ta": "விளம்பரம் | ஸ்பான்சர் | விளம்பரப் பகுதி",
    "fi": "mainos | mainoslinkki | kaupallinen yhteistyö | sponsoroitu | sponsoroitu sisältö",
    "ur": "اشتہار | اشتہارات | سپانسرڈ | سپانسرڈ مواد",
    "am": "ማስታወቂያ | ማስታወቂያዎች | የማስታወቂያ ይዘት",
    "sw": "tangazo | matangazo",
    # Czech and Georgian: advertisement, a paid piece.
    "cs": "reklama | inzerce | komerční sdělení | sponzorovaný obsah | komerční článek",
    "sk": "reklama | inzercia | komerčný článok | komerčná prezentácia | sponzorovaný obsah | platená spolupráca",
    "ka": "რეკლამა | სარეკლამო სტატია | სპონსორირებული სტატია",
    # Romanian: advertisement, a sponsored piece, a partner's.
    "ro": "publicitate | reclamă | articol sponsorizat | conținut sponsorizat | material sponsorizat | advertorial | "
          "material promoțional",
    # Sinhala: an advertisement's label, a sponsored and a promoted piece.
    "si": "දැන්වීම | දැන්වීම් | අනුග්‍රහය ලත් ලිපිය | ප්‍රවර්ධන ලිපිය",
    # Telugu: an advertisement's label, a sponsored piece.
    "te": "ప్రకటన | ప్రకటనలు | స్పాన్సర్డ్ | ప్రాయోజిత కథనం",
    # Kazakh: an advertisement, advertising material, a partner's material.
    "kk": "жарнама | жарнамалық материал | серіктес материалы",
    # Marathi: an advertisement, sponsored, a partner's content.
    "mr": "जाहिरात | प्रायोजित | प्रायोजित मजकूर",
    # Nepali: an advertisement, sponsored, a partner's content.
    "ne": "विज्ञापन | प्रायोजित | प्रायोजित सामग्री",
}
SHARE = {
    # Malayalam: share, copy the link, print, comments, reply ("മറുപടി") and like.
    "ml": "ഷെയർ ചെയ്യുക | ഷെയർ | പങ്കിടുക | ലിങ്ക് കോപ്പി ചെയ്യുക | പ്രിന്റ് | പ്രിന്റ് ചെയ്യുക | അഭിപ്രായങ്ങൾ | "
          "അഭിപ്രായം രേഖപ്പെടുത്തുക | മറുപടി | ലൈക്ക്",
    # Azerbaijani: share, copy the link, print, the comments, reply, like.
    "az": "paylaş | paylaşın | xəbəri paylaş | bu yazını paylaş | linki kopyala | keçidi kopyala | çap et | şərhlər | "
          "şərh yaz | cavab ver | bəyən",
    # Punjabi: share, copy the link, print, comments, reply ("ਜਵਾਬ ਦਿਓ") and like.
    "pa": "ਸਾਂਝਾ ਕਰੋ | ਸ਼ੇਅਰ ਕਰੋ | ਸ਼ੇਅਰ | ਲਿੰਕ ਕਾਪੀ ਕਰੋ | ਪ੍ਰਿੰਟ | ਪ੍ਰਿੰਟ ਕਰੋ | ਟਿੱਪਣੀ | ਟਿੱਪਣੀਆਂ | ਟਿੱਪਣੀ ਕਰੋ | "
          "ਜਵਾਬ ਦਿਓ | ਲਾਈਕ",
    # Gujarati: share, copy the link, print, comments, reply ("જવાબ આપો") and like.
    "gu": "શેર કરો | શેર | લિંક કોપી કરો | લિંક કૉપિ કરો | પ્રિન્ટ | પ્રિન્ટ કરો | ટિપ્પણી | ટિપ્પણીઓ | "
          "ટિપ્પણી કરો | જવાબ આપો | લાઇક",
    # Khmer: share, copy the link, comments, write a comment.
    "km": "ចែករំលែក | ចម្លងតំណ | ចម្លងលីង | មតិយោបល់ | សរសេរមតិ",
    # Burmese: share, copy the link, print, the comments ("မှတ်ချက်များ (၁၈)"), write a comment, reply and likes.
    "my": "မျှဝေရန် | မျှဝေပါ | လင့်ခ်ကူးရန် | လင့်ခ်ကူးယူရန် | ပုံနှိပ်ရန် | မှတ်ချက်များ | မှတ်ချက်ပေးရန် | "
          "ပြန်ကြားရန် | ကြိုက်သည်",
    # Filipino: share this news, this article; copy the link; print.
    "tl": "ibahagi | ibahagi ito | ibahagi ang balitang ito | ibahagi ang artikulong ito | i-share | "
          "kopyahin ang link | "
          "kopyahin ang link na ito | i-print",
    # Armenian: share, copy the link, print, the comments ("Մեկնաբանություններ (27)"), reply and likes ("Հավանել
    # (12)").
    "hy": "կիսվել | տարածել | պատճենել հղումը | պատճենել | տպել | մեկնաբանություններ | մեկնաբանել | պատասխանել | "
          "հավանել",
    # Bulgarian: share, copy the link, print and the comments.
    "bg": "сподели | споделете | копирай линка | копирай връзката | принтирай | отпечатай | коментари | коментирай",
    # Danish: share, copy the link, print, the comments ("Kommentarer (52)"), write a comment, reply and likes.
    "da": "del | del artiklen | del dette | del siden | kopiér link | kopier link | print | udskriv | kommentarer | "
          "skriv en kommentar | svar | synes godt om",
    # Norwegian: share, share on a network or by e-mail, copy the link, print, the comments, write a comment, reply.
    "nb": "del | del artikkelen | del saken | del dette | del på facebook | del på x | del på e-post | kopier lenke | "
          "kopier lenken | skriv ut | kommentarer | skriv en kommentar | svar | lik",
    # Lithuanian: share, copy the link, print, send by e-mail and the comments ("Komentarai (58)").
    "lt": "dalintis | dalinkitės | pasidalinti | pasidalykite | kopijuoti nuorodą | spausdinti | siųsti el. paštu | "
          "komentarai | komentuoti",
    # Hungarian: share, copy the link, print, send by e-mail and the comments ("Hozzászólások (37)").
    "hu": "megosztás | megosztom | link másolása | nyomtatás | küldés e-mailben | hozzászólások | hozzászólás",
    "de": "teilen | jetzt teilen | artikel teilen | beitrag teilen | seite teilen | drucken | merken | kommentare",
    "fr": "partager | partager cet article | partagez | imprimer | commentaires",
    "es": "compartir | comparte | comparte esta noticia | compartir noticia | compartir artículo | imprimir | "
          "comentarios",
    "it": "condividi | condividi l'articolo | condividi la notizia | stampa | commenti",
    "pt": "partilhar | compartilhar | partilhe | partilhar artigo | compartilhe | imprimir | comentários",
    "ar": "شارك | مشاركة | شارك الخبر | شارك المقال | شارك عبر | طباعة | التعليقات",
    "ru": "поделиться | печать | комментарии",
    "pl": "udostępnij | udostępnij artykuł | podziel się | kopiuj link | skopiuj link | drukuj | komentarze",
    "hi": "शेयर करें | साझा करें | इस लेख को साझा करें | इस खबर को साझा करें | इस ख़बर को साझा करें | लिंक कॉपी करें | "
          "प्रिंट करें | टिप्पणियां | टिप्पणियाँ",
    "ko": "공유하기 | 공유 | 스크랩 | 인쇄 | 인쇄하기 | 댓글 | 링크 복사 | 글씨 크게 보기 | 글자 크기",
    "zh": "分享 | 分享到 | 收藏 | 打印 | 评论 | 复制链接",
    "el": "κοινοποίηση | κοινοποιήστε | μοιραστείτε | μοιραστείτε το | εκτύπωση | σχόλια | αντιγραφή συνδέσμου | "
          "αντιγραφή link",
    "th": "แชร์ | แชร์ข่าว | แบ่งปัน | พิมพ์ | คัดลอกลิงก์ | ขนาดตัวอักษร | ขยายตัวอักษร | ความคิดเห็น | "
          "แสดงความคิดเห็น",
    "tr": "paylaş | paylaşın | haberi paylaş | yazdır | bağlantıyı kopyala | linki kopyala | yorumlar | yorum yap | "
          "yorum yapın | yorum yaz | yorumlar kapalı",
    # Vietnamese: share and print, and the comment box's labels ("Bình luận (248)", "Ý kiến của bạn").
    "vi": "chia sẻ | chia sẻ bài viết | in bài | in bài viết | sao chép link | sao chép liên kết | bình luận | "
          "xem thêm bình luận | viết bình luận | gửi bình luận | ý kiến của bạn | ý kiến bạn đọc | gửi ý kiến",
    "uk": "поділитися | поширити | друк | коментарі | коментувати",
    # Tamil: share, copy the link, print, and the comments (with their count in brackets).
    "ta": "பகிர் | பகிர்க | பகிருங்கள் | இணைப்பை நகலெடு | அச்சிடு | கருத்துகள் | கருத்துக்கள் | "
          "கருத்து தெரிவிக்க",
    # Finnish: share, copy the link, print and the comments ("Kommentoi juttua (42)").
    "fi": "jaa | jaa juttu | jaa artikkeli | kopioi linkki | tulosta | kommentit | kommentoi | kommentoi juttua | "
          "kommentoi artikkelia | keskustelu",
    # Urdu: share, copy the link, print and the comments ("تبصرے (24)").
    "ur": "شیئر کریں | شیئر | لنک کاپی کریں | پرنٹ کریں | تبصرے | تبصرہ کریں | تبصرہ",
    # Swedish: share, copy the link, print, the comments ("Kommentarer (41)"), leave a reply or a comment, reply and
    # likes ("Gilla (31)").
    "sv": "dela | dela artikeln | dela detta | dela sidan | kopiera länk | kopiera länken | skriv ut | kommentarer | "
          "kommentera | skriv en kommentar | lämna en kommentar | lämna ett svar | svara | gilla",
    "am": "ያጋሩ | ዜናውን ያጋሩ | ይህንን ዜና ያጋሩ | ለወዳጅዎ ያጋሩ | ዜናውን ለወዳጅዎ ያጋሩ | ሊንኩን ይቅዱ | አትም | አስተያየቶች | "
          "አስተያየት ይስጡ | አስተያየትዎን ይጻፉ",
    "sw": "shiriki | shiriki habari hii | maoni",
    # Czech: share, copy the link, print and the comments ("Diskuse (214)"); Georgian the same.
    "cs": "sdílet | sdílejte | sdílet článek | sdílet na facebooku | sdílet na x | kopírovat odkaz | "
          "zkopírovat odkaz | tisk | vytisknout | komentáře | diskuse | diskuze",
    "sk": "zdieľať | zdieľajte | zdieľať článok | zdieľať na facebooku | zdieľať na x | kopírovať odkaz | "
          "skopírovať odkaz | tlačiť | vytlačiť | komentáre | diskusia | páči sa mi to",
    "ka": "გააზიარე | გააზიარეთ | გაზიარება | ბმულის კოპირება | ბეჭდვა | კომენტარები",
    # Romanian: share, send, copy the link, print, the comments ("Comentarii (87)").
    "ro": "distribuie | distribuiți | trimite | copiază linkul | copiază link-ul | printează | tipărește | comentarii",
    # Sinhala: share, copy the link, print, the comments, comment, reply and like ("කැමතියි (18)").
    "si": "බෙදාගන්න | බෙදා ගන්න | සබැඳිය පිටපත් කරන්න | මුද්‍රණය කරන්න | අදහස් | අදහස් දක්වන්න | පිළිතුරු දෙන්න | කැමතියි",
    # Telugu: share, copy the link, print, save, comment, reply and like ("లైక్ (14)").
    "te": "షేర్ చేయండి | షేర్ చేయి | షేర్ | లింక్ కాపీ చేయండి | ప్రింట్ | సేవ్ చేయండి | వ్యాఖ్యలు | "
          "వ్యాఖ్యానించండి | ప్రత్యుత్తరం | లైక్",
    # Kazakh: share, copy the link, print, save, comments, reply and like ("Ұнайды (12)").
    "kk": "бөлісу | бөлісіңіз | сілтемені көшіру | басып шығару | сақтау | пікірлер | жауап беру | ұнайды",
    # Marathi: share, copy the link, print, comments, comment, reply ("उत्तर द्या") and like.
    "mr": "शेअर करा | शेअर | लिंक कॉपी करा | प्रिंट | प्रतिक्रिया | प्रतिक्रिया द्या | प्रतिक्रिया नोंदवा | "
          "कमेंट करा | उत्तर द्या | लाईक",
    # Nepali: share, copy the link, print, comments, reply and like.
    "ne": "सेयर गर्नुहोस् | सेयर | लिंक कपी गर्नुहोस् | प्रिन्ट | प्रतिक्रिया | प्रतिक्रिया दिनुहोस् | जवाफ दिनुहोस् | "
          "लाइक",
}
RELATED = {
    # Malayalam: read more, read this too (in its two moods), related news, more news, most read, the latest news.
    "ml": "കൂടുതൽ വായിക്കുക | ഇതുംകൂടി വായിക്കൂ | ഇതുംകൂടി വായിക്കുക | ഇതും വായിക്കുക | ഇതും വായിക്കൂ | "
          "ഇതുകൂടി വായിക്കുക | അനുബന്ധ വാർത്തകൾ | ബന്ധപ്പെട്ട വാർത്തകൾ | കൂടുതൽ വാർത്തകൾ | "
          "ഏറ്റവും കൂടുതൽ വായിച്ചത് | ഏറ്റവും പുതിയ വാർത്തകൾ | പുതിയ വാർത്തകൾ",
    # Azerbaijani: read more, read the rest, read also, similar news, the most read, latest news, on this
    # subject.
    "az": "ardını oxu | daha çox oxu | həmçinin oxuyun | həmçinin oxu | bunu da oxuyun | oxşar xəbərlər | "
          "oxşar xəbər | "
          "ən çox oxunanlar | ən çox oxunan | son xəbərlər | digər xəbərlər | mövzu ilə bağlı | bu mövzuda | "
          "bu mövzuda digər videolar",
    # Punjabi: read more, read this too, see this too, related news, more news, most read, the latest news.
    "pa": "ਹੋਰ ਪੜ੍ਹੋ | ਇਹ ਵੀ ਪੜ੍ਹੋ | ਇਹ ਵੀ ਦੇਖੋ | ਇਹ ਵੀ ਵੇਖੋ | ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ | ਸਬੰਧਤ ਖ਼ਬਰਾਂ | ਸੰਬੰਧਿਤ ਖਬਰਾਂ | "
          "ਸਬੰਧਤ ਖਬਰਾਂ | ਹੋਰ ਖ਼ਬਰਾਂ | ਹੋਰ ਖਬਰਾਂ | ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ | ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ ਗਈਆਂ | ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ | "
          "ਤਾਜ਼ਾ ਖਬਰਾਂ",
    # Gujarati: read more, read this too, see this too, related news, more news, most read, the latest news.
    "gu": "વધુ વાંચો | આ પણ વાંચો | આ પણ વાંચજો | આ પણ જુઓ | સંબંધિત સમાચાર | સંબંધિત લેખ | વધુ સમાચાર | "
          "સૌથી વધુ વંચાયેલા | સૌથી વધુ વાંચેલા | તાજા સમાચાર | તાજેતરના સમાચાર",
    # Khmer: related news, related articles and videos, read more, most read, latest news.
    "km": "ព័ត៌មានពាក់ព័ន្ធ | អត្ថបទពាក់ព័ន្ធ | អត្ថបទទាក់ទង | វីដេអូពាក់ព័ន្ធ | អានបន្ថែម | ពេញនិយមបំផុត | "
          "អានច្រើនបំផុត | ព័ត៌មានថ្មីៗ",
    # Burmese: related news and videos, read more, more from the section, most read, latest news.
    "my": "ဆက်စပ်သတင်းများ | ဆက်စပ်ဗီဒီယိုများ | ဆက်စပ်ဆောင်းပါးများ | ဆက်ဖတ်ရန် | လူဖတ်အများဆုံး | "
          "နောက်ဆုံးရသတင်းများ | အခြားဆောင်းပါးများ | အခြားသတင်းများ",
    # Filipino: read (also, more), related news and articles, other news, the latest, the top and the most read.
    "tl": "basahin | basahin din | basahin rin | basahin pa | tingnan din | mga kaugnay na balita | "
          "kaugnay na balita | mga kaugnay na artikulo | kaugnay na artikulo | iba pang balita | iba pang mga balita | "
          "pinakabagong balita | pinakabagong mga balita | mga top na balita | top na balita | pinakabinasa | "
          "pinakabinabasa | huwag palampasin",
    # Armenian: read also, other and similar news, most read and most viewed, the newsfeed, on the subject.
    "hy": "կարդալ նաև | կարդացեք նաև | այլ լուրեր | նմանատիպ լուրեր | առնչվող նյութեր | թեմայի շուրջ | "
          "ամենաընթերցվածը | ամենաընթերցված | ամենադիտված | ամենաքննարկված | վերջին լուրեր | լրահոս",
    # Serbian, in both of its alphabets: read more or also, related news, more news, most read.
    "sr": "pročitajte još | прочитајте још | pročitajte i | прочитајте и | povezane vesti | повезане вести | "
          "povezani tekstovi | повезани текстови | još vesti | још вести | više vesti | више вести | "
          "najčitanije | најчитаније",
    # Bulgarian: more on the subject, related news, read more or also, most read and most commented.
    "bg": "още по темата | по темата | свързани новини | свързани статии | свързани | прочетете още | прочети още | "
          "прочетете също | прочети също | вижте още | виж още | най-четени | най-четено | най-четените | "
          "най-коментирани | последни новини | препоръчано",
    # Danish: read also, read more, related articles and posts, most read, the newest, more from a place.
    "da": "læs også | læs mere | relaterede artikler | relaterede indlæg | relateret | mest læste | mest læst | "
          "seneste nyt | seneste nyheder | mere fra | flere nyheder | se også",
    # Norwegian: read also, read more, related articles and posts, most read, the newest, more from a place.
    "nb": "les også | les mer | relaterte artikler | relaterte saker | relatert | mest lest | mest leste | "
          "siste nytt | siste nyheter | mer fra | flere nyheter | se også",
    # Lithuanian: read also, related articles, most read, the newest, recommended, other blogs.
    "lt": "taip pat skaitykite | skaitykite taip pat | susiję straipsniai | susiję | susijusios naujienos | "
          "populiariausi | skaitomiausi | naujausi | naujausios naujienos | rekomenduojame | kiti tinklaraščiai | "
          "daugiau naujienų",
    # Hungarian: related, our related articles, most read, the newest, recommended, more opinions.
    "hu": "kapcsolódó | kapcsolódó cikkek | kapcsolódó cikkeink | kapcsolódó cikk | legolvasottabb | "
          "legolvasottabb cikkek | legfrissebb | legfrissebb hírek | ajánljuk | további vélemények | "
          "további cikkek | ezek is érdekelhetik | olvassa el ezt is | ezt is olvassa el | olvasd el ezt is",
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
    "pl": "czytaj także | czytaj też | czytaj również | przeczytaj także | przeczytaj też | zobacz także | "
          "zobacz też | czytaj więcej | przeczytaj również | "
          "więcej na ten temat | polecamy | najczęściej czytane | najpopularniejsze | "
          "powiązane artykuły | podobne artykuły",
    "hi": "ये भी पढ़ें | यह भी पढ़ें | इसे भी पढ़ें | इन्हें भी पढ़ें | और पढ़ें | संबंधित खबरें | संबंधित ख़बरें | "
          "संबंधित लेख | इस विषय पर और लेख | इस विषय पर और खबरें | इस विषय पर और ख़बरें | सबसे ज्यादा पढ़ी गई | "
          "सबसे ज़्यादा पढ़ी गई | ताजा खबरें | ताज़ा ख़बरें",
    "ko": "관련 기사 | 관련기사 | 관련 뉴스 | 관련뉴스 | 많이 본 뉴스 | 많이 본 기사 | 주요 뉴스 | 주요뉴스 | "
          "이 시각 주요뉴스 | 이 시각 주요 뉴스 | 함께 볼 만한 뉴스 | 추천 기사 | 더보기 | 기사 더보기",
    "zh": "相关阅读 | 相关新闻 | 相关推荐 | 相关文章 | 延伸阅读 | 热门推荐 | 热门文章 | 猜你喜欢 | 推荐阅读 | "
          "阅读更多 | 阅读全文 | 更多新闻 | 热门新闻",
    # Japanese: related articles and news, read on, read more, also read, recommended and popular articles.
    "ja": "関連記事 | 関連ニュース | 続きを読む | もっと読む | あわせて読みたい | おすすめ記事 | 人気記事 | "
          "よく読まれている記事 | アクセスランキング",
    "el": "σχετικά άρθρα | σχετικές ειδήσεις | σχετικά θέματα | διαβάστε επίσης | διαβάστε ακόμα | διαβάστε ακόμη | "
          "δείτε επίσης | δείτε ακόμα | περισσότερα από τον συγγραφέα | περισσότερα από την συγγραφέα | δημοφιλή | "
          "τα πιο δημοφιλή | πιο διαβασμένα | τα πιο διαβασμένα | τελευταία νέα | τελευταίες ειδήσεις | "
          "ροή ειδήσεων",
    # Thai: its related links, the reader's "you may be interested", the latest and the most read, and the
    # breaking-news ticker's label.
    "th": "ข่าวที่เกี่ยวข้อง | ข่าวเกี่ยวข้อง | บทความที่เกี่ยวข้อง | เรื่องที่เกี่ยวข้อง | ข่าวที่คุณอาจสนใจ | "
          "บทความที่คุณอาจสนใจ | คุณอาจสนใจ | ข่าวล่าสุด | ข่าวยอดนิยม | บทความยอดนิยม | ยอดนิยม | อ่านเพิ่มเติม | "
          "อ่านข่าวเพิ่มเติม | อ่านต่อ | ข่าวแนะนำ | ข่าวด่วน | ข่าวอื่นๆ | ข่าวอื่น ๆ | แท็กที่เกี่ยวข้อง",
    "tr": "ilgili haberler | ilgili haber | ilginizi çekebilir | bunlar da ilginizi çekebilir | en çok okunanlar | "
          "çok okunanlar | en çok okunan haberler | benzer haberler | diğer haberler | yazarın diğer yazıları | "
          "diğer yazıları | devamını oku | haberin devamı | daha fazla haber | editörün seçtikleri | "
          "gündemdeki haberler",
    # Vietnamese: its related links ("Tin liên quan", "XEM THÊM:"), the same section's and the same writer's, and
    # the most read.
    "vi": "tin liên quan | bài liên quan | tin cùng chuyên mục | cùng chuyên mục | tin khác | tin mới | tin mới nhất | "
          "tin nổi bật | đọc nhiều nhất | đọc nhiều | xem nhiều nhất | xem nhiều | xem thêm | đọc thêm | "
          "cùng tác giả | bài cùng tác giả | có thể bạn quan tâm | bạn có thể quan tâm",
    # Persian, Hebrew, Indonesian and Malay: read more, related and most read.
    "fa": "بیشتر بخوانید | بخوانید | همچنین بخوانید | این مطلب را هم بخوانید | اخبار مرتبط | مطالب مرتبط | "
          "خبرهای مرتبط | مطالب پیشنهادی | پربازدیدترین | پربازدیدترین ها | پربازدیدترین‌ها | آخرین اخبار",
    "he": "כתבות נוספות | כתבות קשורות | עוד בנושא | עוד כתבות | קראו עוד | קראו גם | הכי נקראות | הנקראות ביותר | "
          "אולי יעניין אותך | עוד באתר | מומלצות",
    "id": "baca juga | baca selengkapnya | simak juga | lihat juga | berita terkait | artikel terkait | terpopuler | "
          "berita terpopuler | berita lainnya | berita terkini | pilihan redaksi | baca berita lainnya",
    "ms": "baca juga | berita berkaitan | artikel berkaitan | berita lain | paling popular | terkini",
    "uk": "читайте також | читайте ще | дивіться також | за темою | ще за темою | найпопулярніше | найпопулярніші | "
          "найчитаніше | найчитаніші | схожі матеріали | останні новини | усі новини | всі новини",
    "nl": "lees ook | lees meer | meest gelezen | meest bekeken | gerelateerd | gerelateerde artikelen | "
          "meer nieuws | meer nieuws uit de regio | meer over dit onderwerp | meer columns | ook interessant | "
          "net binnen",
    # Bengali: "read more", its older spelling, related and most-read news.
    "bn": "আরও পড়ুন | আরো পড়ুন | আরও খবর | আরো খবর | সম্পর্কিত খবর | সর্বাধিক পঠিত | সর্বশেষ খবর | "
          "এই বিভাগের আরও খবর",
    # Tamil: "read this too", "read more", most read, related and more news, videos and editorials.
    "ta": "இதையும் படிக்க | இதையும் படியுங்கள் | மேலும் படிக்க | அதிகம் படித்தவை | அதிகம் படிக்கப்பட்டவை | "
          "அதிகம் வாசிக்கப்பட்டவை | தொடர்புடைய செய்திகள் | மேலும் செய்திகள் | மேலும் வீடியோக்கள் | "
          "மேலும் தலையங்கங்கள் | சமீபத்திய செய்திகள் | முக்கியச் செய்திகள்",
    # Finnish: read also, read more, most read, the newest, more columns; Swedish the same and the broadcaster's
    # link to a version in the other language ("Läs på svenska:", "Lue suomeksi:").
    "fi": "lue myös | lue lisää | luetuimmat | luetuimmat nyt | uusimmat | katsotuimmat | suosituimmat | "
          "aiheesta lisää | lisää aiheesta | lisää kolumneja | lisää uutisia | lue suomeksi | lue ruotsiksi",
    "sv": "läs också | läs även | läs mer | mest läst | mest lästa | senaste nytt | läs på svenska | läs på finska | "
          "relaterade artiklar | relaterade inlägg | relaterat | mer från | fler nyheter | se även | mest delade",
    # Urdu: read this too, related news, most read, more videos, more of the section, the channel's strap.
    "ur": "یہ بھی پڑھیں | مزید پڑھیں | متعلقہ خبریں | سب سے زیادہ پڑھی جانے والی خبریں | سب سے زیادہ پڑھی گئی | "
          "مقبول خبریں | تازہ ترین | تازہ ترین خبریں | مزید ویڈیوز | مزید اداریے | مزید خبریں | بریکنگ نیوز",
    "am": "ተዛማጅ ዜናዎች | ተዛማጅ ዜና | ተዛማጅ ጽሑፎች | ተጨማሪ ያንብቡ | ይህንንም ያንብቡ | ተጨማሪ ዜናዎች | ሌሎች ዜናዎች | "
          "ሌሎች አምዶች | በብዛት የተነበቡ",
    "sw": "soma pia | soma zaidi | habari zinazohusiana | habari nyingine",
    # Czech: read also, related (articles), more news (from the region), most read, you may be interested.
    "cs": "čtěte také | čtěte též | přečtěte si také | přečtěte si | související | související články | "
          "související zprávy | další zprávy | další zprávy z regionu | nejčtenější | mohlo by vás zajímat | "
          "více k tématu | k tématu",
    "sk": "čítajte aj | čítajte tiež | čítajte viac | prečítajte si aj | prečítajte si tiež | prečítajte si | "
          "súvisiace | súvisiace články | súvisiace správy | ďalšie správy | ďalšie správy z regiónu | najčítanejšie | "
          "mohlo by vás zaujímať | viac k téme | k téme",
    # Georgian: read also, see also, similar news, related news, most read, other news.
    "ka": "ასევე წაიკითხეთ | ასევე იხილეთ | მსგავსი სიახლეები | მსგავსი სტატიები | დაკავშირებული სიახლეები | "
          "ყველაზე კითხვადი | სხვა სიახლეები",
    # Romanian: read also, read more (about), see also, similar articles, other news (from the region), most read,
    # top news, the editors' picks, read the article on the source's site (an aggregator's link to the page it
    # reprints).
    "ro": "citește și | citiți și | vezi și | vedeți și | citește mai mult | citește mai mult despre | "
          "articole similare | articole asemănătoare | știri similare | pe aceeași temă | alte știri | "
          "alte știri din regiune | cele mai citite | cele mai citite știri | top știri | ultimele știri | "
          "recomandările redacției | citește articolul pe site-ul sursei | citește articolul integral | "
          "citește articolul complet",
    # Sinhala: read this too, read these too, more news, related news, most read, the latest news.
    "si": "මෙයත් කියවන්න | මේවාත් කියවන්න | මෙයත් බලන්න | තවත් පුවත් | ආශ්‍රිත පුවත් | සම්බන්ධ පුවත් | වැඩියෙන්ම කියවූ | වැඩිපුරම කියවූ | නවතම පුවත්",
    # Telugu: read this too, related news, more news, most read, the latest news.
    "te": "ఇది కూడా చదవండి | ఇవి కూడా చదవండి | ఇవీ చదవండి | సంబంధిత వార్తలు | మరిన్ని వార్తలు | "
          "ఎక్కువగా చదివినవి | ఎక్కువ మంది చదివినవి | తాజా వార్తలు",
    # Kazakh: read on, read also, on the topic, related news, other news, most read, the latest news.
    "kk": "оқи отырыңыз | сондай-ақ оқыңыз | осы тақырыпта | тақырып бойынша | тақырыпқа қатысты | "
          "ұқсас жаңалықтар | басқа жаңалықтар | көп оқылғандар | көп оқылған | соңғы жаңалықтар",
    # Marathi: read this too, read also, read more, related news, more news, most read, the latest news.
    "mr": "हेही वाचा | हे पण वाचा | हेसुद्धा वाचा | हे देखील वाचा | अधिक वाचा | आणखी वाचा | संबंधित बातम्या | "
          "आणखी बातम्या | सर्वाधिक वाचलेले | सर्वाधिक वाचलेल्या बातम्या | ताज्या बातम्या",
    # Nepali: read this too, read more, related news, more news, popular, most read, the latest updates and news.
    "ne": "यो पनि पढ्नुहोस् | यो पनि पढौं | यो पनि हेर्नुहोस् | थप पढ्नुहोस् | सम्बन्धित समाचार | सम्बन्धित खबर | थप समाचार | "
          "लोकप्रिय | धेरै पढिएको | धेरै पढिएका | ताजा अपडेट | ताजा समाचार | सम्बन्धित लेख",
}
# The label of a list of links "more from" a place or a section, the name after it ("Mere fra Brøndvig", "Mer från
# Älvhammar"): a name in capitals of a few words, and nothing else on the line (``furniture_lines.RELATED_FROM``).
RELATED_FROM = {
    "da": "mere fra | flere nyheder fra",
    "nb": "mer fra | flere nyheter fra",
    "sv": "mer från | fler nyheter från",
}
SKIP = {
    "bg": "към съдържанието | премини към съдържанието",
    "de": "zum inhalt springen | direkt zum inhalt | zum hauptinhalt | zum hauptinhalt springen | zur startseite",
    "fr": "aller au contenu | aller au contenu principal | passer au contenu",
    "es": "saltar al contenido | ir al contenido | ir al contenido principal",
    "it": "vai al contenuto | salta al contenuto | vai al contenuto principale",
    "pt": "saltar para o conteúdo | ir para o conteúdo | pular para o conteúdo",
    "ar": "تخطي إلى المحتوى | انتقل إلى المحتوى | الانتقال إلى المحتوى",
    "ru": "перейти к содержанию | перейти к основному содержанию",
    "pl": "przejdź do treści | przejdź do głównej treści | przejdź do zawartości",
    "el": "μετάβαση στο περιεχόμενο | μετάβαση στο κύριο περιεχόμενο | παράλειψη και μετάβαση στο περιεχόμενο",
    "th": "ข้ามไปยังเนื้อหา | ข้ามไปที่เนื้อหา | ไปที่เนื้อหาหลัก",
    "tr": "ana içeriğe geç | içeriğe geç | içeriğe atla | ana sayfaya dön",
    "vi": "chuyển đến nội dung | bỏ qua nội dung | đến nội dung chính",
    "ro": "sari la conținut | salt la conținut | mergi la conținut"
}
# A photo gallery's controls: the link to the next or the previous picture, on a line of its own under a caption
# ("Next image", "Nächstes Bild", "Image suivante"). English too: a gallery's control is the page's in any language.
GALLERY_CONTROLS = {
    "en": "next image | previous image | next photo | previous photo | next picture | previous picture | "
          "next slide | previous slide | prev image | prev photo",
    "de": "nächstes bild | vorheriges bild | nächstes foto | vorheriges foto | weiter zum nächsten bild | "
          "zurück zum vorherigen bild",
    "fr": "image suivante | image précédente | photo suivante | photo précédente",
    "es": "siguiente imagen | imagen anterior | siguiente foto | foto anterior | foto siguiente | imagen siguiente",
    "it": "immagine successiva | immagine precedente | foto successiva | foto precedente",
    "pt": "próxima imagem | imagem anterior | próxima foto | foto anterior | imagem seguinte | foto seguinte",
    "nl": "volgende afbeelding | vorige afbeelding | volgende foto | vorige foto",
    "ru": "следующее фото | предыдущее фото | следующее изображение | предыдущее изображение | "
          "следующий снимок | предыдущий снимок",
    "uk": "наступне фото | попереднє фото | наступне зображення | попереднє зображення",
    "pl": "następne zdjęcie | poprzednie zdjęcie | następny obraz | poprzedni obraz",
    "cs": "další fotografie | předchozí fotografie | další foto | předchozí foto | další obrázek | předchozí obrázek",
    "sk": "ďalšia fotografia | predchádzajúca fotografia | ďalšie foto | predchádzajúce foto",
    "ro": "imaginea următoare | imaginea anterioară | fotografia următoare | fotografia anterioară",
    "sv": "nästa bild | föregående bild",
    "da": "næste billede | forrige billede",
    "nb": "neste bilde | forrige bilde",
    "fi": "seuraava kuva | edellinen kuva",
    "hu": "következő kép | előző kép",
    "tr": "sonraki fotoğraf | önceki fotoğraf | sonraki görsel | önceki görsel",
    "el": "επόμενη φωτογραφία | προηγούμενη φωτογραφία | επόμενη εικόνα | προηγούμενη εικόνα",
    "bg": "следваща снимка | предишна снимка",
    "id": "foto berikutnya | foto sebelumnya | gambar berikutnya | gambar sebelumnya",
    "vi": "ảnh tiếp theo | ảnh trước",
}
LISTEN = {
    # Malayalam: listen, listen to the news.
    "ml": "കേൾക്കുക | വാർത്ത കേൾക്കാം",
    # Punjabi: listen, listen to the news.
    "pa": "ਸੁਣੋ | ਖ਼ਬਰ ਸੁਣੋ",
    # Gujarati: listen, listen to the news.
    "gu": "સાંભળો | સમાચાર સાંભળો",
    "bg": "слушайте | слушай | слушайте репортажа | слушайте материала | чуйте репортажа",
    "da": "læs op | lyt til artiklen | hør artiklen",
    "nb": "lytt | lytt til saken | lytt til artikkelen | hør saken | les opp",
    "sv": "lyssna | lyssna på artikeln | lyssna på texten | hör artikeln | läs upp",
    "de": "anhören | vorlesen | artikel anhören | beitrag anhören | artikel vorlesen | text vorlesen | "
          "audio: beitrag anhören | audio: artikel anhören | audio",
    "fr": "écouter | écouter cet article | écouter l'article | écoutez | écouter la version audio",
    "es": "escuchar | escuchar noticia | escuchar la noticia | escuchar artículo | escuchar el artículo | "
          "escucha la noticia | escucha el artículo | escucha",
    "it": "ascolta | ascolta l'articolo | ascolta la notizia | ascolta questo articolo",
    "pt": "ouvir | ouvir artigo | ouvir este artigo | ouvir notícia | ouvir a notícia | ouça | ouça este artigo",
    "ar": "استمع | استمع إلى المقال | استمع للمقال | استمع للخبر | استمع إلى الخبر | استمع إلى هذا المقال",
    "ru": "слушать | слушать статью | прослушать статью | прослушать",
    "pl": "posłuchaj | odsłuchaj | posłuchaj artykułu | odsłuchaj artykuł | wysłuchaj artykułu",
    "hi": "सुनें | खबर सुनें | ख़बर सुनें | इस खबर को सुनें | इस ख़बर को सुनें | इस लेख को सुनें",
    "ko": "기사 듣기 | 듣기 | 음성으로 듣기",
    "zh": "听新闻 | 收听 | 语音播报",
    "el": "ακούστε | ακούστε το άρθρο | ακούστε την είδηση | ακρόαση",
    "th": "ฟังข่าว | ฟังบทความ | ฟังบทความนี้ | ฟังข่าวนี้",
    "tr": "dinle | haberi dinle | sesli dinle | makaleyi dinle | bu haberi dinle",
    "vi": "nghe | nghe bài viết | nghe tin | nghe đọc bài",
    "uk": "слухати | слухати статтю | прослухати статтю | прослухати",
    "sk": "počúvať | vypočuť si článok | počúvajte naživo",
    "am": "ያዳምጡ | ዜናውን ያዳምጡ"
}
ACCOUNT = {
    # Malayalam: log in and out, register, subscribe.
    "ml": "ലോഗിൻ | ലോഗ് ഇൻ | ലോഗൗട്ട് | ലോഗ് ഔട്ട് | രജിസ്റ്റർ ചെയ്യുക | സബ്സ്ക്രൈബ് ചെയ്യുക | വരിക്കാരാകുക",
    # Punjabi: log in and out, register, subscribe.
    "pa": "ਲੌਗ ਇਨ | ਲੌਗਇਨ | ਲੌਗ ਆਉਟ | ਰਜਿਸਟਰ ਕਰੋ | ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ",
    # Gujarati: log in and out, register, become a member, subscribe.
    "gu": "લૉગ ઇન | લોગ ઇન | લૉગિન | લોગિન | લૉગ આઉટ | લોગ આઉટ | નોંધણી કરો | સભ્ય બનો | સબ્સ્ક્રાઇબ કરો",
    # Khmer: log in, sign up, log out, create an account.
    "km": "ចូលគណនី | ចុះឈ្មោះ | ចាកចេញ | បង្កើតគណនី",
    # Burmese: log in and out, subscribe and register.
    "my": "ဝင်ရောက်ရန် | အကောင့်ဝင်ရန် | ထွက်ရန် | စာရင်းသွင်းရန် | အကောင့်ဖွင့်ရန်",
    # Filipino: the English verbs of an account with the prefix of the verb ("mag-sign in"), to register.
    "tl": "mag-sign in | mag-log in | mag-login | mag-log out | mag-subscribe | mag-register | magparehistro | "
          "gumawa ng account",
    # Armenian: log in and out, register, subscribe and subscription, my page.
    "hy": "մուտք | մուտք գործել | ելք | գրանցվել | գրանցում | բաժանորդագրվել | բաժանորդագրություն | իմ էջը",
    "bg": "вход | влез | регистрация | регистрирай се | абонамент | абонирай се | абонирайте се | изход | моят профил",
    "da": "log ind | log ud | opret profil | bliv abonnent | køb abonnement | abonnement | min profil",
    "nb": "logg inn | logg ut | opprett bruker | bli abonnent | kjøp abonnement | abonnement | min side | min profil | "
          "for abonnenter | kun for abonnenter",
    "sv": "logga in | logga ut | skapa konto | bli prenumerant | köp prenumeration | prenumerera | prenumeration | "
          "mitt konto | min profil",
    "lt": "prisijungti | prisijunkite | atsijungti | registruotis | registracija | prenumerata | prenumeruoti | "
          "užsiprenumeruoti | mano paskyra",
    "hu": "belépés | bejelentkezés | kijelentkezés | regisztráció | előfizetés | előfizetek | "
          "digitális előfizetés | fiókom",
    "de": "anmelden | jetzt anmelden | hier anmelden | registrieren | jetzt registrieren | jetzt abonnieren | "
          " newsletter abonnieren | abonnieren | einloggen | login",
    "fr": "je m'abonne | s'inscrire | s'abonner | se connecter | connexion | inscription | "
          "abonnez-vous",
    "es": "suscríbete | suscribirse | regístrate | iniciar sesión | inicia sesión | hazte socio | acceder",
    "it": "abbonati | iscriviti | accedi | registrati | abbonati ora",
    "pt": "assine | assinar | subscrever | entrar | iniciar sessão | inscreva-se | assine já",
    "ar": "اشترك | اشترك الآن | تسجيل الدخول | سجل الآن | سجل الدخول | اشترك مجانا",
    "ru": "подписаться | войти | зарегистрироваться | оформить подписку",
    "pl": "zaloguj się | zaloguj | zarejestruj się | subskrybuj | zapisz się | wykup dostęp | wykup prenumeratę | "
          "zamów prenumeratę",
    "hi": "सदस्यता लें | लॉग इन | लॉग इन करें | लॉगिन | साइन इन | रजिस्टर करें | सब्सक्राइब | सब्सक्राइब करें",
    "ko": "로그인 | 회원가입 | 구독 | 구독하기 | 구독 신청",
    "zh": "登录 | 注册 | 订阅 | 立即订阅",
    "el": "σύνδεση | είσοδος | εγγραφή | εγγραφείτε | συνδεθείτε | αποσύνδεση | συνδρομή | γίνετε συνδρομητής",
    "th": "เข้าสู่ระบบ | สมัครสมาชิก | ลงทะเบียน | ออกจากระบบ | สมัคร | สมัครรับข่าวสาร",
    "tr": "giriş yap | giriş | üye ol | kayıt ol | kaydol | abone ol | oturum aç | çıkış yap | hesabım",
    "vi": "đăng nhập | đăng ký | đăng xuất | tài khoản | đăng ký ngay",
    "uk": "передплатити | підписатися | увійти | зареєструватися | оформити передплату",
    "nl": "inloggen | log in | registreren | abonneren | word abonnee | uitloggen | mijn account",
    "bn": "লগইন | লগ ইন | সাইন ইন | নিবন্ধন | সাবস্ক্রাইব | সাবস্ক্রাইব করুন",
    "ta": "உள்நுழைய | உள்நுழைக | உள்நுழைவு | வெளியேறு | பதிவு செய்க | சந்தா | சந்தா செலுத்துங்கள் | "
          "சந்தாதாரர் ஆகுங்கள்",
    "fi": "kirjaudu | kirjaudu sisään | kirjaudu ulos | tilaa | tilaa nyt | rekisteröidy | luo tunnus | oma tili",
    "ur": "لاگ ان | لاگ آؤٹ | سبسکرائب کریں | سبسکرپشن | رجسٹر کریں | سائن اپ",
    "am": "ይግቡ | ይመዝገቡ | ይውጡ | ሰብስክራይብ ያድርጉ | የደንበኝነት ምዝገባ",
    "sw": "jisajili | jisajili sasa | jiunge | jiunge nasi",
    "cs": "přihlásit se | přihlášení | registrace | zaregistrovat se | předplatné | předplaťte si | odebírat novinky",
    "sk": "prihlásiť sa | prihlásenie | registrácia | zaregistrovať sa | predplatné | predplaťte si | "
          "odoberať novinky | hľadať | vyhľadávanie | zobraziť plnú verziu | plná verzia | mobilná verzia",
    "ka": "შესვლა | რეგისტრაცია | გამოწერა | გამოიწერეთ | ავტორიზაცია",
    "ro": "autentifică-te | autentificare | conectează-te | creează cont | creează un cont | înregistrează-te | "
          "abonează-te | abonament | contul meu | deconectare | mă abonez",
    # Sinhala: log in and out, register, subscribe.
    "si": "පිවිසෙන්න | ලොග් වන්න | ඉවත් වන්න | ලියාපදිංචි වන්න | දායක වන්න",
    # Telugu: log in and out, register, subscribe.
    "te": "లాగిన్ | లాగిన్ అవ్వండి | లాగౌట్ | రిజిస్టర్ | సైన్ అప్ | సబ్‌స్క్రైబ్ చేయండి",
    # Kazakh: log in, register, log out, subscribe, my account.
    "kk": "кіру | тіркелу | жүйеге кіру | шығу | жазылу | жазылыңыз | жеке кабинет",
    # Marathi: log in and out, register, become a member, subscribe.
    "mr": "लॉग इन | लॉगिन | लॉग आउट | नोंदणी करा | सदस्य व्हा | सबस्क्राइब करा",
    # Nepali: log in and out, register, subscribe.
    "ne": "लग इन | लगइन | लग आउट | दर्ता गर्नुहोस् | सदस्यता लिनुहोस् | सब्सक्राइब गर्नुहोस्",
}

PROMPTS = {
    # Norwegian: a paywall's lines (for subscribers, already a subscriber, this article is for subscribers), log in
    # to comment, sign up, a press page's feedback question ("Was this page helpful?").
    "nb": """
        for abonnenter | kun for abonnenter | allerede abonnent | denne artikkelen er for abonnenter |
        for å lese resten av saken | logg inn for å kommentere | meld deg på | følg oss | last ned appen |
        var denne siden nyttig""",
    # Armenian: log in (to comment), subscribe, follow us, join us, the polite imperatives of the prompts.
    "hy": """
        մեկնաբանելու համար մուտք գործեք | մուտք գործեք | մուտք գործեք կայք | բաժանորդագրվեք | հետևեք մեզ |
        միացեք մեզ | բաժանորդագրվեք մեր տեղեկագրին""",
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
    "pl": """
        masz już konto | masz już subskrypcję | jesteś już subskrybentem | tylko dla subskrybentów |
        tylko dla prenumeratorów | zaloguj się | zarejestruj się | wykup dostęp | zapisz się na newsletter |
        zapisz się do newslettera | nasz newsletter | naszego newslettera | obserwuj nas | pobierz aplikację |
        pobierz naszą aplikację | naszą aplikację""",
    "hi": """
        सदस्यता लें | सब्सक्राइब करें | ऐप डाउनलोड करें | हमें फॉलो करें | हमें फ़ॉलो करें | चैनल से जुड़ें |
        हमारा न्यूज़लेटर | हमारे न्यूज़लेटर | हमारा न्यूजलेटर | हमारे न्यूजलेटर""",
    "ko": """
        구독하기 | 구독 신청 | 뉴스레터 구독 | 앱 다운로드 | 채널 추가 | 제보하기""",
    "zh": """
        立即订阅 | 点击订阅 | 下载客户端 | 下载app | 关注我们 | 扫码关注 | 欢迎关注""",
    "el": """
        είστε ήδη συνδρομητής | ήδη συνδρομητής | μόνο για συνδρομητές | αποκλειστικά για συνδρομητές |
        γίνετε συνδρομητής | εγγραφείτε στο newsletter | εγγραφείτε στο ενημερωτικό | ενημερωτικό μας δελτίο |
        το newsletter μας | ακολουθήστε μας | κατεβάστε την εφαρμογή | συνδεθείτε για να σχολιάσετε""",
    # Thai writes its words without spaces: a phrase is found inside a run of letters, so only phrases that are a
    # prompt whatever surrounds them (add a friend on LINE, download the app, log in to comment).
    "th": """
        กดเพิ่มเพื่อน | เพิ่มเพื่อนได้ที่ | กดติดตาม | ดาวน์โหลดแอป | ดาวน์โหลดแอปพลิเคชัน | สมัครรับจดหมายข่าว |
        สมัครรับข่าวสาร | เข้าสู่ระบบเพื่อ | ติดตามเราได้ที่ | ติดตามได้ทาง | ได้ทาง line""",
    "tr": """
        zaten abone misiniz | zaten üye misiniz | abonelere özel | sadece abonelere | e-posta adresiniz |
        bültenimize kaydolun | bültenimize abone olun | google haberler | google news | uygulamamızı indirin""",
    "vi": """
        đăng ký nhận bản tin | nhận bản tin | đăng ký nhận tin | nhập email của bạn | theo dõi chúng tôi |
        tải ứng dụng | tải app | google news | trải nghiệm không quảng cáo | đọc không quảng cáo""",
    "uk": "вже передплатили | оформіть передплату | передплатіть | підпишіться | підписуйтеся | зареєструйтеся | "
          "увійдіть | наша розсилка | нашу розсилку | завантажте застосунок | встановіть застосунок",
    # Dutch: the paywall's and the newsletter's prompts ("Nog geen abonnee?", "Mis niks meer!").
    "nl": """
        nog geen abonnee | al abonnee | word abonnee | neem een abonnement | onbeperkt lezen | onbeperkt toegang |
        schrijf je in voor | schrijf je nu in | meld je aan voor | mis niks meer | mis niets meer | download de app |
        volg ons op | log in om te reageren""",
    # Bengali: subscribe and read without limit.
    "bn": "সাবস্ক্রাইব করুন | সীমাহীন পড়ুন | গ্রাহক হোন | যোগাযোগ করুন",
    "fi": "oletko jo tilaaja | tilaa nyt | tilaa uutiskirje | tämä artikkeli on tilaajille | vain tilaajille | "
          "lue rajattomasti | peru milloin tahansa"
}

# Only imperatives that are no other common word at the head of a line ("Folgen" is also "consequences", "Leggi"
# "laws", Arabic past tenses are spelt as the imperative is): those go in ``ACCOUNT`` or ``PROMPTS`` as phrases.
# Arabic imperatives are compared as written, hamza and all: folded to a bare alef, the first person ("أدعم", "I
# support") would read as the imperative ("ادعم", "support").
CALL_TO_ACTION = {
    # Filipino: English verbs with the prefix "i-" of the imperative and the infinitive ("I-follow", "I-refresh"),
    # which no sentence of news writes at its head, and "sundan" (follow: "Sundan kami sa …").
    "tl": "i-follow i-like i-refresh i-subscribe i-download i-click i-tap i-share i-bookmark sundan",
    # Armenian: the polite imperatives, spelt as no other form of the verb ("Բաժանորդագրվեք", "Հետևեք").
    "hy": "բաժանորդագրվեք հետևեք միացեք գրանցվեք ներբեռնեք աջակցեք դիտեք լսեք",
    # Bulgarian imperatives, spelt as no other form ("Последвайте", "Абонирай се", "Изтеглете").
    "bg": "абонирайте абонирай последвайте последвай изтеглете изтегли подкрепете регистрирайте гледайте слушайте",
    # Danish: the imperatives no other form of the verb spells ("Følg", against "følger"; "Tilmeld", "Støt").
    "da": "følg tilmeld abonnér hent støt",
    # Norwegian: the imperatives no other form of the verb spells ("Følg", against "følger"; "Logg", "Meld", "Tips").
    "nb": "følg logg meld tips abonner last støtt",
    # Swedish: the imperatives no other form of the verb spells ("Följ", against "följer"; "Logga", "Tipsa"), and
    # "Prenumerera", an infinitive no sentence of news opens on.
    "sv": "följ logga tipsa prenumerera registrera",
    # Lithuanian: the polite imperatives, spelt as no other form of the verb ("Sekite", "Užsiprenumeruokite").
    "lt": "užsiprenumeruokite prenumeruokite sekite prisijunkite užsiregistruokite atsisiųskite klausykitės "
          "žiūrėkite paremkite",
    "de": "abonnieren abonniere registrieren registriere weiterlesen entdecken entdecke unterstützen unterstütze",
    "fr": "abonnez inscrivez connectez téléchargez suivez découvrez recevez lisez partagez écoutez profitez "
          "soutenez rejoignez essayez",
    "es": "suscríbete regístrate descárgate síguenos hazte apúntate únete",
    "it": "iscriviti abbonati seguici registrati sostienici scrivici contattaci segnalaci",
    "pt": "assine subscreva registe cadastre inscreva baixe descarregue siga receba leia partilhe compartilhe ouça "
          "apoie",
    "ar": "اقرأ احصل ادعم تابعونا اشتركوا",
    "ru": "подпишитесь подписывайтесь зарегистрируйтесь скачайте поддержите",
    "pl": "zapisz subskrybuj zarejestruj zaloguj pobierz wesprzyj wspieraj obserwuj dołącz",
    "el": "εγγραφείτε κατεβάστε ακολουθήστε στηρίξτε συνδεθείτε μοιραστείτε αποκτήστε δοκιμάστε ανακαλύψτε "
          "διαβάστε ακούστε",
    # Turkish: polite imperatives, which speak to the reader by their ending ("indirin", "download").
    "tr": "indirin kaydolun izleyin dinleyin okuyun tıklayın paylaşın destekleyin katılın",
    # Vietnamese writes its imperative as every other form of the verb: only phrases a line of news does not open on
    # ("tải ứng dụng", "đăng ký ngay"); "hãy" (do …!) alone opens advice in the news as well ("Hãy cẩn thận với lũ").
    "vi": "tải ngay | tải ứng dụng | tải app | đăng ký ngay | mời bạn",
    "uk": "передплатіть підпишіться підписуйтеся зареєструйтеся завантажте підтримайте",
    # Indonesian: "subscribe" opening the line (its verb of news is "berlangganan" after a subject).
    "id": "berlangganan",
    # Finnish: the imperatives no other form of the verb spells ("Lue", against "lukee"; "Kirjaudu", "Jaa").
    "fi": "lue kirjaudu jaa rekisteröidy kuuntele katso",
    "sw": "tufuate jiunge jisajili",
    # Romanian: imperatives with the reader's pronoun written on by a hyphen, spelt as no other form of the verb.
    "ro": "abonează-te abonați-vă înscrie-te înscrieți-vă autentifică-te înregistrează-te conectează-te "
          "urmărește-ne urmăriți-ne susține-ne susțineți-ne descărcați",
    # Kazakh: the polite imperatives, spelt as no other form of the verb ("Жазылыңыз", "Қараңыз").
    "kk": "жазылыңыз қосылыңыз жүктеп қараңыз тыңдаңыз қолдаңыз бөлісіңіз",
}
# Imperatives spelt as a present tense too ("Recibe una pensión", "Ascolta la radio", "Следите за …").
SHARED_CALL_TO_ACTION = {
    # Bulgarian imperatives spelt as the present's second person plural too ("четете", "следете").
    "bg": "четете следете",
    # Hungarian's polite imperatives, spelt as the subjunctive too ("Kövesse", "Kövessen", "Iratkozzon").
    "hu": "kövesse kövessen iratkozzon olvassa töltse nézze hallgassa",
    "es": "recibe comparte escucha disfruta accede descarga sigue lee",
    "it": "scarica ricevi condividi ascolta accedi scopri sostieni",
    "ru": "читайте следите слушайте войдите",
    # Serbian, in both of its alphabets: follow, download, subscribe (the polite imperative, its own form).
    "sr": "pratite пратите preuzmite преузмите pretplatite претплатите",
    # Arabic imperatives spelt as a past tense ("حمل" is "carried" as well as "download", "تابع" "followed").
    "ar": "حمل تابع شارك سجل جرب",
    # Finnish imperatives spelt as the third person singular ("Tilaa", "Lataa", "Seuraa", "Kommentoi").
    "fi": "tilaa lataa seuraa kommentoi",
    # Romanian imperatives spelt as a present tense ("Urmăriți", you watch; "Descarcă", it downloads), and those
    # whose pronoun the line splits off at the hyphen ("Abonează-te": "abonează").
    "ro": "urmăriți urmărește descarcă citește citiți ascultă ascultați abonează înscrie autentifică înregistrează"
}
# What a call to action offers the reader: the outlet's own products.
OBJECTS = {
    # Serbian, in both of its alphabets, with the case a call writes ("na Fejsbuku", "našu aplikaciju").
    "sr": "fejsbuku фејсбуку instagramu инстаграму jutjubu јутјубу tviteru твитеру aplikaciju апликацију "
          "aplikacija апликација njuzleter њузлетер njuzletera њузлетера",
    "hy": "տեղեկագիր տեղեկագրին տեղեկագիրը հավելված հավելվածը փոդքասթ facebook instagram telegram youtube",
    "bg": "бюлетин бюлетина бюлетинът приложение приложението подкаст абонамент абонамента фейсбук инстаграм ютюб",
    "da": "nyhedsbrev nyhedsbrevet nyhedsbreve app appen podcast abonnement facebook instagram",
    "nb": "nyhetsbrev nyhetsbrevet nyhetsbrevene app appen podkast podcast abonnement facebook instagram",
    "sv": "nyhetsbrev nyhetsbrevet nyhetsbreven appen app podcast poddar prenumeration facebook instagram",
    "lt": "naujienlaiškį naujienlaiškis naujienlaiškio programėlę programėlė tinklalaidę facebook instagram youtube",
    "hu": "hírlevél hírlevelünk hírlevelünkre hírlevelünket alkalmazás applikáció podcast facebookon instagramon "
          "youtube-csatornánkat",
    "de": "app newsletter podcast abo abonnement",
    "fr": "application appli newsletter podcast abonnement",
    "es": "app aplicación newsletter boletín podcast suscripción alertas",
    "it": "app applicazione newsletter podcast abbonamento notifiche",
    "pt": "app aplicação aplicativo newsletter podcast assinatura",
    "ar": "التطبيق تطبيق تطبيقنا النشرة نشرتنا البودكاست اشتراك الاشتراك اشترك الإشعارات إشعارات التنبيهات",
    "ru": "приложение приложении рассылку рассылка подкаст подписку",
    "pl": "aplikację aplikacja aplikacji newsletter newslettera podcast podcastu subskrypcję prenumeratę "
          "powiadomienia",
    "hi": "ऐप न्यूज़लेटर न्यूजलेटर पॉडकास्ट सदस्यता",
    # Greek's comment box too: a call to log in names it ("Συνδεθείτε για να σχολιάσετε. Τα σχόλια …").
    "el": "εφαρμογή εφαρμογής app newsletter ενημερωτικό podcast συνδρομή συνδρομής ειδοποιήσεις σχόλια σχόλιο "
          "σχόλιό",
    "tr": "uygulama uygulamayı uygulamasını uygulamamızı bülten bültenimize bültene abonelik podcast bildirim "
          "bildirimleri",
    "vi": "ứng dụng | app | bản tin | podcast | gói | thông báo",
    "uk": "застосунок застосунку розсилку розсилка подкаст передплату передплата",
    "fi": "uutiskirje uutiskirjeen sovellus sovellukseen podcast näköislehti digitilaus",
    # Romanian: the outlet's products, and the programme a broadcaster's promo asks the reader to watch.
    "ro": "aplicația aplicației newsletter newsletterul newsletterului podcast podcastul abonament abonamentul "
          "notificări notificările emisiunea emisiunii jurnalul"
}

# Words that make "she", "his" or "their" as well as "you" and "your" (German "sie", "ihr", Portuguese "seu",
# "sua") are left out.
ADDRESS = {
    "bg": "вас ви ваш вашия вашата вашите наш нашия нашата нашите безплатно сега тук",
    "de": "dich dein deine deinen unser unsere unseren unserem jetzt hier kostenlos gratis",
    "fr": "vous votre vos nous notre nos gratuit gratuitement ici maintenant",
    "es": "tu tus te ti nuestro nuestra nuestros nuestras gratis ahora aquí",
    "it": "tuo tua tuoi tue ti nostro nostra nostri nostre gratis ora qui",
    "pt": "você vocês nosso nossa nossos nossas grátis agora aqui",
    "ar": "لك لكم نشرتنا موقعنا الآن مجانا",
    "ru": "вас вам ваш вашу наш нашу бесплатно сейчас здесь",
    "pl": "twój twoja twoje twojego twojej twoim twoją wasz wasza wasze naszą nasz nasza nasze naszego naszej "
          "teraz tutaj bezpłatnie",
    "hi": "आप आपका आपकी आपके आपको हमारा हमारी हमारे अब यहां यहाँ मुफ्त मुफ़्त",
    "el": "σας σου εσείς μας δωρεάν τώρα εδώ",
    # Turkish: the reader and the outlet, and the reader's own things on the page, their "your" written onto them.
    "tr": "siz sizin size sizi sizler sizlere bize bizi bizim ücretsiz şimdi hemen yorumunuz yorumunuzu "
          "e-postanız e-postanıza e-postanızda adresiniz adresinize tercihleriniz tercihlerinizi",
    "vi": "bạn | của bạn | các bạn | quý vị | quý độc giả | bạn đọc | chúng tôi | miễn phí | ngay | ngay bây giờ",
    "uk": "вас вам ваш вашу наш нашу безкоштовно зараз тут",
    # Dutch: not "je" (French "I") nor "u" and "nu" alone.
    "nl": "jouw jij uw onze gratis",
    # Hebrew: the readers the outlet speaks to, and "thanks to you".
    "he": "קוראים יקרים | קוראות יקרות | קוראות וקוראים יקרים | בזכותכם"
}

# The pronouns by which an outlet speaks to the reader (second person) and of itself (first person plural), for the
# shape rule that finds an appeal (``alignment.furniture``: "Got a story? Send it to us"), each read in its own
# language only (English "te" and "tue" are no pronouns). Not in the tables: words that are another person too
# (German "Sie", "ihr", Portuguese "seu") or another word as often (Portuguese "nos" is "in the" as often as "us";
# Italian "ci" and "vi" are "there" as often as "us" and "you": "sul posto ci sono agenti", "vi sono stati feriti").
READER_PRONOUNS = {
    "de": "du dich dir dein deine deinen deinem deiner euch euer eure",
    "fr": "vous votre vos tu te toi ton ta tes",
    "es": "tú tu tus te ti contigo usted ustedes vosotros vosotras vuestro vuestra vuestros vuestras",
    "it": "tu ti tuo tua tuoi tue voi vostro vostra vostri vostre",
    "pt": "você vocês teu tua teus tuas contigo",
    "ru": "вы вас вам вами ваш ваша ваше ваши вашу вашего ты тебя тебе твой твоя",
    "pl": "ty cię ciebie tobie twój twoja twoje twojego twojej twoim twoją twoi twoich wy was wam wami wasz wasza "
          "wasze waszego waszej waszym waszą waszych",
    # Arabic writes "you" and "your" onto the word before (``READER_SUFFIXES``); the pronouns, and the prepositions
    # and particles with the suffix, are listed.
    "ar": "أنت أنتم أنتن أنتما إياك إياكم لك لكم إليك إليكم عليك عليكم بك بكم منك منكم معك معكم عنك عنكم فيك "
          "فيكم لديك لديكم عندك عندكم إنك إنكم أنك أنكم",
    "hi": "आप आपका आपकी आपके आपको आपसे आपने तुम तुम्हारा तुम्हारी तुम्हारे तुम्हें",
    # Korean writes its particles onto the word before: the forms with them are listed.
    "ko": "여러분 여러분의 여러분은 여러분이 여러분을 여러분께 여러분도 여러분에게 독자 독자님 독자님들 독자분들 "
          "독자들 독자들의 독자님의 독자분들의",
    # Chinese and Japanese are compared by their characters (``UNSPACED_ADDRESS``).
    "zh": "您 你 你们 您们 读者朋友",
    # Greek: not "σε" (also "in", "at") nor "σου" alone in a quotation, which the rule leaves out anyway.
    "el": "σας εσάς εσείς σου εσένα εσύ",
    "tr": "siz sizin size sizi sizden sizinle sizler",
    # Vietnamese: not "bạn" alone, which is also "friend" ("bạn bè").
    "vi": "quý vị | quý độc giả | các bạn",
    "uk": "ви вас вам вами ваш ваша ваше ваші вашу вашого ти тебе тобі твій твоя",
}
OUTLET_PRONOUNS = {
    "de": "wir uns unser unsere unseren unserem unserer",
    "fr": "nous notre nos",
    "es": "nosotros nosotras nos nuestro nuestra nuestros nuestras",
    "it": "noi nostro nostra nostri nostre",
    "pt": "nós nosso nossa nossos nossas",
    "ru": "мы нас нам нами наш наша наше наши нашу нашего",
    "pl": "my nas nam nami nasz nasza nasze naszego naszej naszym naszą naszych",
    # Not "نحن" or "علينا" ("we", "we must"): a columnist writes them as often as an outlet does.
    "ar": "لنا إلينا معنا موقعنا نشرتنا تطبيقنا صحيفتنا قناتنا منصتنا صفحتنا حساباتنا فريقنا",
    "hi": "हम हमारा हमारी हमारे हमें हमसे हमने",
    # Not "우리" ("we"): a columnist writes it for society at large ("우리는 … 무심했다") as often as an outlet does.
    "ko": "저희 저희는 저희의 저희가 저희를 저희에게 본지 본지는 본지의 본지가 본지에",
    "zh": "我们 本网 本站 本报 本台 本平台 小编",
    "el": "μας εμάς εμείς",
    "tr": "bizi bize bizden bizimle",
    "vi": "chúng tôi | tòa soạn | toà soạn",
    "uk": "ми нас нам нами наш наша наше наші нашу нашого",
}
# "Write to us" as one word: a Spanish imperative with "nos" or an Italian one with "ci" written onto it
# ("escríbenos", "envíanos", "scrivici", "sostienici"), or a French or Portuguese one joined by a hyphen
# ("écrivez-nous", "escreva-nos"). The Spanish and Italian ones are listed: the shape alone is another word's too
# ("términos", "océanos", "amici", "medici").
OUTLET_ENCLITICS = {
    "es": "escríbenos envíanos mándanos cuéntanos llámanos contáctanos síguenos ayúdanos apóyanos avísanos "
          "escribinos envianos contanos seguinos",
    "it": "scrivici sostienici seguici contattaci raccontaci inviaci mandaci segnalaci chiamaci aiutaci "
          "sosteneteci scriveteci seguiteci contattateci",
    "ar": "تابعونا راسلونا شاركونا ادعمونا زورونا ساعدونا",
}
OUTLET_HYPHENATED = re.compile(r"^[^\W\d_]+-(?:nous|nos)$")
# Languages that write "you" and "your" as a suffix of the word before ("بريدك", "your mail"; "لتصلك", "so that it
# reaches you"): a word of ``READER_STEMS`` with one (and perhaps a conjunction or a preposition written before it)
# counts as the reader's (``alignment.furniture.reader_suffixed``). The shape alone is too many nouns' ("مالك",
# "استهلاك", "أماكن", "بنوك", "أسلاك"), so the stems are those an outlet writes to its reader: what the reader
# sends, reads and owns on the site, and the verbs it asks and offers with ("يمكنك", "لا يفوتك", "ندعوكم").
READER_SUFFIXES = {"ar": "ك كم كن"}
READER_STEMS = {
    "ar": "بريد حساب اشتراك رسائل رسالت صور مقاطع فيديوهات هاتف جهاز متصفح تعليق تعليقات رأي آراء بيانات "
          "معلومات تجربت قصت قصص أسئلت استفسارات ملاحظات تفضيلات خصوصيت موافقت مشاركت اهتمامات "
          "يمكن يصل تصل يفوت يهم نشكر ندعو نذكر نوافي نعد ننصح نطلع نبقي نتيح نرحب",
}
# How a prompt asks the reader to do something, in the languages whose outlets' words alone make no prompt
# (``alignment.furniture.READER_NEEDED``): Chinese phrases, found in the passage's characters ("欢迎关注本报公众号",
# "请点击"); the endings of Korean's polite imperatives ("구독하세요", "바랍니다"); Hindi's polite imperatives
# ("फॉलो करें", "सदस्यता लीजिए"). A prompt speaks to the reader so when it names no "you".
READER_REQUESTS = {
    "zh": "请您 请大家 敬请 欢迎 点击 扫码 扫描二维码 关注我们 关注本 订阅 下载",
    "ko": "세요 십시오 주세요 바랍니다",
    "hi": "करें कीजिए दीजिए लीजिए पढ़ें देखें सुनें जुड़ें भेजें बताएं बताएँ",
    # Greek: the imperatives of its prompts, whole (an ending alone is also "ώστε", "so that").
    "el": "εγγραφείτε κατεβάστε ακολουθήστε στηρίξτε συνδεθείτε μοιραστείτε γράψτε στείλτε δείτε διαβάστε "
          "πατήστε επισκεφθείτε",
    # Vietnamese asks with "hãy" ("do …!") and "mời" ("please …"), its verb written as any other form.
    "vi": "hãy mời",
}
# Verbs of saying: in a sentence with one, or after one, the outlet's "us" is the reporter's ("وقال لنا أحد التجار",
# "someone told us") or the speaker's ("قال ممثل التجار إن البلدية لم توفر لنا …"), not the outlet speaking to the
# reader; with ``REPORTING``. The first person they leave to the speaker (the prepositions with "us" of Arabic, the
# pronouns of Chinese, Korean and Hindi) is ``TOLD_US``; the outlet's name for itself ("本报", "본지") is not in it.
TOLD_VERBS = {
    # English: a speaker who "told us" or "spoke to us" tells the reporter, not the reader (the past and the third
    # person only: "Tell us …", "Write to us" are the outlet's requests).
    "en": "told tells said spoke explained wrote described",
    "ar": "يقول تقول ويقول وتقول قالوا وقالوا روى وروى روت وروت حكى وحكى كشف وكشف كشفت أضاف وأضاف أضافت "
          "شرح وشرح ذكر وذكر ذكرت وذكرت أفاد وأفاد أفادت أكدت وأكدت أوضحت وأوضحت صرحت وصرحت أشار وأشار "
          "أشارت لفت ولفت أبلغ وأبلغ أبلغت اعتبر واعتبر اعتبرت رأى ورأى يرى ويرى ترى أعرب وأعرب",
    # Hindi keeps the speaker's person in reported speech ("उन्होंने कहा कि हमारे बच्चों को …", "… बोले कि हमें …"),
    # and puts the verb last. The one list of Hindi's verbs of saying (said, told, spoke, claim), for every rule
    # that needs one.
    "hi": "कहा कही कहे कहना कहते कहती कहतीं बताया बताई बतायी बताते बताती बतातीं बोले बोला बोलीं बोली दावा",
    # Chinese reports speech without quotation marks, in the speaker's person ("村民说，我们的井水…"); found in the
    # sentence's characters.
    "zh": "说 说道 表示 告诉 称 指出 坦言 透露 介绍 回忆",
    # Korean puts the verb of saying last ("저희 가게 앞 도로가 꺼졌다고 … 말했다").
    "ko": "말했다 말했습니다 말한다 말했고 말하며 밝혔습니다 전했습니다 설명했습니다 주장했습니다 강조했습니다 "
          "덧붙였다 덧붙였습니다 지적했다 지적했습니다 호소했다 토로했다 답했다 답했습니다",
    # Greek reports speech in the speaker's person after "ότι" ("είπε ότι θα μας …").
    "el": "είπε είπαν λέει λένε δήλωσε δήλωσαν ανέφερε τόνισε σημείωσε εξήγησε υποστήριξε πρόσθεσε λέγοντας",
}
TOLD_US = {"en": "us", "ar": "لنا إلينا معنا", "hi": "हम हमारा हमारी हमारे हमें हमसे हमने", "zh": "我们",
           "ko": "저희 저희는 저희의 저희가 저희를 저희에게", "el": "μας εμάς εμείς",
           # Ukrainian and Russian set speech off with a dash, no quotation mark ("– Нам обіцяли зарплату ще у
           # вересні, – каже працівниця").
           "uk": "ми нас нам нами наш наша наше наші нашу нашого нашому нашої нашій нашим наших",
           "ru": "мы нас нам нами наш наша наше наши нашу нашего нашему нашей нашим наших"}
# The small words that join a sentence in a language that writes its words without spaces and ends its sentences
# without a stop (Thai): that, and, of, in, can, will, be, give, with, from, which, by, but, also, not, already,
# when, or, stay, the passive's mark, this, that, still, for, because, if, is, must, so, more, than, too, along, keep,
# go. Found inside its runs of letters (``furniture_lines.joining_words``): prose is made with them, a headline, a
# caption or a list of names packs its nouns and verbs without them. Not ``languages.function_words``, which are
# looked up word by word, nor its nouns made of a verb ("การ", "ความ"), which labels are made of too.
JOINING_WORDS = {
    "th": "ที่ และ ของ ใน ได้ ว่า จะ เป็น ให้ กับ จาก ซึ่ง โดย แต่ ก็ ไม่ แล้ว เมื่อ หรือ อยู่ ถูก นี้ นั้น ยัง "
          "เพื่อ เพราะ ถ้า คือ ต้อง จึง อีก กว่า ด้วย ตาม ไว้ ไป",
}
# Nouns of news written with a joining word's letters ("เจ้าหน้าที่", officials; "ผู้ว่า", the governor): read whole,
# and not counted.
JOINING_LOOKALIKES = {
    "th": "เจ้าหน้าที่ หน้าที่ พื้นที่ ที่ดิน ผู้ว่า",
}
# The definite article a language writes onto its word ("السوق"; after the preposition "ل" without its alef,
# "للسوق"): no possessive is written on a word that has it, and no name opens with it.
ARTICLES = {"ar": "ال لل"}


def address_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The reader's and the outlet's pronouns in ``language`` (empty for a language without a table), the outlet's
    with its imperatives that carry "nos"; a pronoun of several syllables (Vietnamese "chúng tôi") is one entry, its
    syllables set apart by a space."""
    reader = frozenset(entries(READER_PRONOUNS.get(language, "")))
    outlet = frozenset(entries(OUTLET_PRONOUNS.get(language, "")))
    return reader, outlet | frozenset(entries(OUTLET_ENCLITICS.get(language, "")))


# The outlet naming its own ("our newsletter"): a prompt's phrase with one of these speaks to the reader by itself.
OUR = {
    "bg": "наш нашия нашият нашата нашите",
    "de": "unser unsere unseren unserem",
    "fr": "notre nos",
    "es": "nuestro nuestra nuestros nuestras",
    "it": "nostro nostra nostri nostre",
    "pt": "nosso nossa nossos nossas",
    "ar": "نشرتنا موقعنا تطبيقنا",
    "ru": "наш наша нашу",
    "pl": "nasz nasza naszą nasze naszego naszej naszym naszych",
    "hi": "हमारा हमारी हमारे",
    "el": "μας",
    "tr": "bizim bültenimiz bültenimize sitemiz sitemizde sitemizi uygulamamız uygulamamızı",
    "vi": "của chúng tôi",
    "uk": "наш наша нашу",
    "nl": "onze"
}

INBOX = {
    "bg": "във вашата поща | на вашия имейл | в пощата ви | на имейла ви | във вашата пощенска кутия",
    "de": "in dein postfach | in deinem postfach",
    "fr": "dans votre boîte mail | dans votre boîte e-mail | dans votre boîte aux lettres | dans votre boîte de "
          "réception | sur votre e-mail | sur votre mail",
    "es": "en tu correo | en tu email | en tu e-mail | en tu bandeja de entrada",
    "it": "nella tua casella di posta | nella tua email | nella tua e-mail | nella tua casella",
    "pt": "no teu e-mail | no teu email | na tua caixa de correio | na tua caixa de entrada",
    "ar": "على بريدك الإلكتروني | بريدك الإلكتروني | إلى بريدك",
    "ru": "на вашу почту | на ваш e-mail | на ваш email | в ваш почтовый ящик",
    "pl": "na twój e-mail | na twój email | na twoją skrzynkę | do twojej skrzynki | na twoją pocztę | "
          "do twojej skrzynki mailowej",
    "hi": "अपने इनबॉक्स में | आपके इनबॉक्स में | आपके ईमेल पर | अपने ईमेल पर",
    "el": "στο ηλεκτρονικό σας ταχυδρομείο | στο email σας | στο e-mail σας | στα εισερχόμενά σας | στο inbox σας",
    "th": "ถึงอีเมลของคุณ | ทางอีเมลของคุณ | ส่งตรงถึงอีเมล | ถึงอีเมลทุก | ทางอีเมลทุก",
    "tr": "e-postanıza | e-postanızda | e-posta kutunuza | e-posta adresinize | gelen kutunuza",
    "vi": "đến email của bạn | vào email của bạn | qua email của bạn | hộp thư của bạn",
    "uk": "на вашу пошту | на ваш e-mail | на ваш email | у вашу скриньку | на вашу скриньку",
    "nl": "in je mailbox | in jouw mailbox | in je inbox | in jouw inbox | in uw mailbox | in uw inbox"
}
# The same promise with a possessive that is also "her", "his" or "their".
SHARED_INBOX = {
    "de": "in ihr postfach | in ihrem postfach",
    "es": "en su correo | en su email | en su e-mail | en su bandeja de entrada",
    "pt": "no seu e-mail | no seu email | no seu correio eletrónico | no seu correio eletrônico | na sua caixa de "
          "correio | na sua caixa de entrada",
}

COOKIE_WORDS = {
    # Malayalam: cookies and a cookie, as the word is written from English.
    "ml": "കുക്കികൾ | കുക്കി | കുക്കീസ്",
    # Azerbaijani: cookies and their files, in their cases.
    "az": "kuki | kukilər | kukilərdən | kukiləri | kukilərin | kuki faylları | kuki fayllarından | kuki siyasəti | "
          "kuki siyasətimizlə | cookie",
    # Punjabi: cookies and a cookie, in both spellings of the first vowel.
    "pa": "ਕੂਕੀਜ਼ | ਕੂਕੀ | ਕੁਕੀਜ਼ | ਕੁਕੀ",
    # Gujarati: cookies, with the ending a sentence writes onto the word ("કૂકીઝનો ઉપયોગ").
    "gu": "કૂકીઝ | કૂકીઝનો | કૂકીઝનું | કૂકીઝને | કૂકી | કુકીઝ | કુકીઝનો | કુકી",
    # Burmese: the English word, spelt in its letters.
    "my": "ကွတ်ကီး | ကွတ်ကီးများ | cookies | cookie",
    # Armenian: the English word, alone and with "ֆայլեր" (files) written onto it, in its cases.
    "hy": "cookies | cookie | cookie-ֆայլեր | cookie-ֆայլերը | cookie-ներ | քուքիներ | թխուկներ",
    # Bulgarian: the "biscuits" a banner names cookies by, and the English word.
    "bg": "бисквитки | бисквитките | бисквитка | „бисквитки“ | cookies | файлове cookie",
    "da": "cookies | cookie",
    "nb": "cookies | cookie | informasjonskapsler | informasjonskapsel",
    "sv": "cookies | cookie | kakor",
    # Lithuanian: "slapukai" (cookies) in the cases a banner writes.
    "lt": "slapukai | slapukus | slapukų | slapukais | slapukų nustatymai | cookies | cookie",
    # Hungarian: the "cookie" and its word, "süti", in the cases a banner writes.
    "hu": "süti | sütik | sütiket | sütikkel | sütibeállítások | cookie | cookie-k | cookie-kat | cookie-kal",
    "de": "cookies | cookie",
    "ar": "ملفات تعريف الارتباط | ملفات الارتباط | الكوكيز | كوكيز",
    "ru": "куки | файлы cookie",
    "pl": "pliki cookies | plików cookies | plikami cookies | pliki cookie | plików cookie | ciasteczka | "
          "ciasteczek",
    "ja": "cookie | cookies | クッキー",
    "hi": "कुकीज | कुकीज़ | कुकी",
    # Korean writes its particles onto the word: the forms with them are listed.
    "ko": "쿠키 | 쿠키를 | 쿠키는 | 쿠키가 | 쿠키의 | 쿠키에",
    # A Chinese page asks the reader to accept its privacy policy and user agreement where a European one asks
    # for cookies: the policy's name is the banner's word.
    "zh": "cookie | cookies | 隐私政策 | 隐私保护政策 | 用户协议 | 个人信息保护政策",
    "el": "cookies | cookie | μπισκότα",
    "th": "คุกกี้",
    # Turkish writes its endings onto the word: the forms with them are listed.
    "tr": "çerez | çerezler | çerezleri | çerezlerin | çerezlere | çerezlerden | çerezlerle | çerezi | çerezin | "
          "cookie | cookies",
    "vi": "cookie | cookies",
    "fa": "کوکی | کوکی ها | کوکی‌ها | کوکیها",
    "he": "עוגיות | בעוגיות | קובצי cookie | בקובצי cookie | קבצי cookie | בקבצי cookie | cookies | cookie",
    "id": "cookie | cookies | kuki",
    "ms": "cookie | cookies | kuki",
    "uk": "куки | файли cookie | файлів cookie | файлами cookie | cookie-файли | cookie-файлів",
    # Finnish writes its case endings on: each form a banner writes.
    "fi": "eväste | evästeet | evästeitä | evästeiden | evästeillä | evästeisiin | evästeasetukset | evästeasetuksia",
    "ur": "کوکیز | کوکی | کوکی پالیسی | کوکیز پالیسی",
    "am": "ኩኪ | ኩኪዎች | ኩኪዎችን | የኩኪ ፖሊሲ | በኩኪ ፖሊሲያችን",
    "cs": "soubory cookie | souborů cookie | soubory cookies | souborů cookies | cookies | cookie",
    "sk": "súbory cookie | súborov cookie | súbory cookies | súborov cookies",
    "ka": "ქუქი-ფაილები | ქუქი-ფაილებს | ქუქი-ფაილების | ქუქი ფაილები | ქუქი ფაილებს | ქუქიები | ქუქიებს",
    "ro": "cookie-uri | cookie-urile | cookie-urilor | cookies | cookie | module cookie | modulele cookie",
    # Sinhala: cookies.
    "si": "කුකීස් | කුකී",
    # Telugu: cookies.
    "te": "కుకీలు | కుకీలను | కుకీస్",
    # Kazakh: cookies, the files named so ("cookie файлдарын").
    "kk": "cookie файлдарын | cookie файлдары | cookie файлдарды | cookie | куки",
    # Marathi: cookies.
    "mr": "कुकीज | कुकी",
    # Nepali: cookies.
    "ne": "कुकीज | कुकी",
}

CONSENT_CUES = {
    # Malayalam: uses, you accept, you agree, the privacy or the cookie policy.
    "ml": "ഉപയോഗിക്കുന്നു | അംഗീകരിക്കുന്നു | സമ്മതിക്കുന്നു | സ്വകാര്യതാ നയം | കുക്കി നയം",
    # Azerbaijani: uses, we use, you agree, accept.
    "az": "istifadə edir | istifadə edirik | razılaşırsınız | razılaşmış olursunuz | razılaşmış olursuz | qəbul et | "
          "qəbul edirəm",
    # Punjabi: we use, you agree, consent, accept, the privacy or the cookie policy.
    "pa": "ਵਰਤੋਂ ਕਰਦੇ ਹਾਂ | ਵਰਤੋਂ ਕਰਦੀ ਹੈ | ਸਹਿਮਤ ਹੁੰਦੇ ਹੋ | ਸਹਿਮਤ ਹੋ | ਸਹਿਮਤੀ | ਸਵੀਕਾਰ ਕਰੋ | ਪਰਦੇਦਾਰੀ ਨੀਤੀ | "
          "ਗੋਪਨੀਯਤਾ ਨੀਤੀ | ਕੂਕੀ ਨੀਤੀ",
    # Gujarati: we use, you agree, consent, accept, the privacy or the cookie policy.
    "gu": "ઉપયોગ કરીએ છીએ | ઉપયોગ કરે છે | સંમત થાઓ છો | સંમત છો | સંમતિ | સ્વીકારો | ગોપનીયતા નીતિ | કૂકી નીતિ",
    # Burmese: uses cookies, agree, the privacy policy.
    "my": "ကွတ်ကီးများကို အသုံးပြု | သဘောတူရာ | သဘောတူ | ကိုယ်ရေးအချက်အလက်မူဝါဒ",
    "hy": "օգտագործում ենք | համաձայնում եք | համաձայնություն | գաղտնիության քաղաքականություն",
    "bg": "използва бисквитки | използваме бисквитки | използваме | съгласявате | съгласие | приемам | продължавайки",
    "da": "vi bruger cookies | accepter | samtykke | dit samtykke | cookiepolitik",
    "nb": "vi bruker cookies | vi bruker informasjonskapsler | godta | samtykke | samtykket ditt | "
          "retningslinjer for informasjonskapsler",
    "sv": "vi använder cookies | vi använder kakor | godkänn | samtycke | ditt samtycke | cookiepolicy",
    "lt": "naudojame slapukus | naudojami slapukai | šioje svetainėje naudojame | sutinkate | "
          "privatumo politikoje | slapukų politika",
    "hu": "sütiket használunk | cookie-kat használunk | sütiket (cookie-kat) használunk | elfogadom | "
          "hozzájárul | hozzájárulását | a weboldal használatával",
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
    "pl": "używamy | wykorzystujemy | ta strona korzysta | ta strona używa | serwis korzysta | serwis wykorzystuje | "
          "wyrażasz zgodę | zgodę | akceptuję | akceptujesz | polityce prywatności | polityką prywatności",
    "ja": "同意 | 使用しています | 利用しています | 使用します | 利用します | プライバシーポリシー | 閲覧を続ける",
    "hi": "इस्तेमाल करते हैं | इस्तेमाल करती है | प्रयोग करते हैं | प्रयोग करती है | उपयोग करते हैं | उपयोग करती है | "
          "सहमति | सहमत | स्वीकार करें | गोपनीयता नीति | प्राइवेसी पॉलिसी",
    "ko": "동의 | 동의합니다 | 동의하는 | 동의하면 | 동의하시면 | 사용합니다 | 이용합니다 | 활용합니다 | "
          "개인정보처리방침 | 개인정보 처리방침",
    "zh": "请您 | 您同意 | 同意并继续 | 阅读并同意 | 阅读并确认 | 点击同意 | 继续使用",
    "el": "χρησιμοποιούμε | ο ιστότοπος χρησιμοποιεί | αυτός ο ιστότοπος χρησιμοποιεί | συμφωνείτε | αποδοχή | "
          "αποδέχεστε | αποδέχομαι | συναίνεση | συγκατάθεση | προτιμήσεις σας | πολιτική cookies | "
          "πολιτική απορρήτου",
    "th": "ใช้คุกกี้ | ยอมรับ | ยินยอม | ความยินยอม | นโยบายความเป็นส่วนตัว | นโยบายคุกกี้",
    "tr": "kullanılmaktadır | kullanıyoruz | kullanır | kullanmaktadır | kullanılır | kabul et | kabul ediyorum | "
          "kabul etmiş | kabul etmiş sayılırsınız | onaylıyorum | onayınız | çerez politikası | gizlilik politikası | "
          "tercihlerinizi | tercihleriniz",
    "vi": "sử dụng cookie | dùng cookie | đồng ý | chấp nhận | chính sách cookie | chính sách bảo mật | "
          "tiếp tục truy cập | tiếp tục sử dụng",
    # Persian: the site that uses cookies ("این وب‌سایت … از کوکی استفاده می‌کند"), not any "uses" (a bakery's cookies).
    "fa": "این وب‌سایت | این وبسایت | این سایت | این وبگاه | ما از کوکی | موافقت | می‌پذیرید | سیاست حریم خصوصی",
    "he": "אתר זה משתמש | האתר משתמש | אנו משתמשים | אנחנו משתמשים | בהמשך הגלישה | המשך גלישה | מסכים | מסכימה | "
          "הסכמתך | מדיניות הפרטיות",
    "id": "situs ini menggunakan | kami menggunakan | menggunakan cookie | menyetujui | setuju | persetujuan | "
          "kebijakan privasi",
    "ms": "laman web ini menggunakan | kami menggunakan | menggunakan cookie | bersetuju | persetujuan | "
          "dasar privasi",
    "uk": "ми використовуємо | сайт використовує | погоджуєтеся | погоджуєтесь | згоду | згода | прийняти | "
          "політика конфіденційності | політикою конфіденційності",
    "nl": "wij en onze partners | wij gebruiken | we gebruiken | deze website gebruikt | deze site gebruikt | "
          "akkoord | toestemming | cookie-instellingen | cookiebeleid | privacyverklaring",
    "fi": "käytämme evästeitä | hyväksy kaikki | hyväksyt | hyväksyn | tämä sivusto käyttää | sivustomme käyttää | "
          "tietosuojaseloste | voit muuttaa valintojasi",
    "ur": "یہ ویب سائٹ | ہماری ویب سائٹ | اتفاق کرتے ہیں | قبول ہے | قبول کریں | پرائیویسی پالیسی",
    "am": "እንጠቀማለን | ይስማማሉ | መጠቀምዎን በመቀጠል | ተስማምተዋል | እስማማለሁ",
    "cs": "tento web používá | web používá | používáme | souhlasím | souhlas | přijmout | přijmout vše | "
          "zásady ochrany osobních údajů",
    "sk": "táto stránka používa | tento web používa | stránka používa | používame | súhlasím | súhlas | prijať | "
          "prijať všetko | zásady ochrany osobných údajov",
    "ka": "იყენებს | ვიყენებთ | ეთანხმებით | ვეთანხმები | თანხმობა | კონფიდენციალურობის პოლიტიკა",
    "ro": "acest site folosește | site-ul folosește | folosim cookie-uri | utilizăm cookie-uri | "
          "continuarea navigării | sunteți de acord | ești de acord | politica de confidențialitate",
    # Kazakh: we use, the site uses, you agree, consent, accept.
    "kk": "пайдаланамыз | қолданамыз | келісесіз | келісім | қабылдау",
    # Marathi: we use, you agree, consent, the privacy policy.
    "mr": "वापरतो | वापरतात | संमती देता | संमती द्या | सहमत आहात | गोपनीयता धोरण",
    # Nepali: we use, you agree, consent, the privacy policy.
    "ne": "प्रयोग गर्छौं | प्रयोग गर्छौँ | सहमत हुनुहुन्छ | सहमति | गोपनीयता नीति",
}

CONSENT_BUTTONS = {
    # Malayalam: accept, accept all, refuse, I agree, settings, know more.
    "ml": "അംഗീകരിക്കുന്നു | അംഗീകരിക്കുക | എല്ലാം അംഗീകരിക്കുക | നിരസിക്കുക | ഞാൻ സമ്മതിക്കുന്നു | "
          "ക്രമീകരണങ്ങൾ | കൂടുതൽ അറിയാൻ | കൂടുതൽ അറിയുക",
    "az": "qəbul et | qəbul edirəm | hamısını qəbul et | rədd et | imtina et | ayarlar | ətraflı",
    # Punjabi: accept, accept all, refuse, I agree, settings, know more.
    "pa": "ਸਵੀਕਾਰ ਕਰੋ | ਸਭ ਸਵੀਕਾਰ ਕਰੋ | ਰੱਦ ਕਰੋ | ਮੈਂ ਸਹਿਮਤ ਹਾਂ | ਸੈਟਿੰਗਾਂ | ਹੋਰ ਜਾਣੋ",
    # Gujarati: accept, accept all, refuse, I agree, settings, know more.
    "gu": "સ્વીકારો | બધું સ્વીકારો | નકારો | હું સંમત છું | સેટિંગ્સ | વધુ જાણો",
    # Burmese: agree, refuse, settings, learn more.
    "my": "သဘောတူသည် | လက်ခံသည် | ငြင်းပယ်သည် | ဆက်တင်များ | ပိုမိုသိရှိရန်",
    "hy": "համաձայն եմ | ընդունել | ընդունել բոլորը | մերժել | կարգավորումներ | ավելին",
    "bg": "приемам | приемам всички | приеми всички | приеми | отказвам | откажи | настройки | научете повече",
    "da": "accepter | accepter alle | afvis | afvis alle | tilpas | indstillinger | cookieindstillinger | "
          "kun nødvendige",
    "nb": "godta | godta alle | godta alle informasjonskapsler | avvis | avvis alle | tilpass | innstillinger | "
          "kun nødvendige",
    "sv": "godkänn | godkänn alla | acceptera | acceptera alla | neka | neka alla | avvisa alla | inställningar | "
          "cookieinställningar | anpassa | endast nödvändiga",
    "lt": "sutinku | nesutinku | nustatymai | priimti visus | priimti | atmesti | atmesti visus | "
          "slapukų nustatymai",
    "hu": "elfogadom | elutasítom | beállítások | mindet elfogadom | összes elfogadása | sütibeállítások",
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
    "pl": "akceptuję | akceptuj | zaakceptuj | akceptuję wszystkie | zaakceptuj wszystkie | zgadzam się | odrzuć | "
          "odrzuć wszystkie | ustawienia | dostosuj | więcej informacji",
    "hi": "स्वीकार करें | सभी स्वीकार करें | अस्वीकार करें | सहमत | मैं सहमत हूं | मैं सहमत हूँ | सेटिंग्स | और जानें",
    "ko": "동의 | 모두 동의 | 동의합니다 | 거부 | 설정 | 자세히 보기",
    "zh": "同意 | 同意并继续 | 不同意 | 拒绝 | 设置 | 了解更多",
    "el": "αποδοχή | αποδοχή όλων | αποδέχομαι | απόρριψη | απόρριψη όλων | ρυθμίσεις | προτιμήσεις | "
          "περισσότερα",
    "th": "ยอมรับ | ยอมรับทั้งหมด | ปฏิเสธ | ตั้งค่า | ตั้งค่าคุกกี้ | การตั้งค่าคุกกี้",
    "tr": "kabul et | kabul ediyorum | tümünü kabul et | hepsini kabul et | reddet | tümünü reddet | ayarlar | "
          "tercihler | çerez ayarları | daha fazla bilgi",
    "vi": "đồng ý | chấp nhận | chấp nhận tất cả | từ chối | cài đặt | tùy chỉnh | tìm hiểu thêm",
    "uk": "прийняти | прийняти все | погоджуюсь | погоджуюся | відхилити | налаштування | детальніше",
    "nl": "akkoord | alles accepteren | accepteren | weigeren | alles weigeren | instellingen | voorkeuren | "
          "meer informatie",
    "fi": "hyväksy | hyväksy kaikki | vain välttämättömät | hylkää | hylkää kaikki | evästeasetukset | asetukset",
    "ur": "قبول ہے | قبول کریں | مسترد کریں | ترتیبات",
    "am": "እሺ | እስማማለሁ | ይቀበሉ | አልቀበልም | ተጨማሪ መረጃ | ቅንብሮች",
    "cs": "souhlasím | přijmout | přijmout vše | odmítnout | odmítnout vše | nastavení | více informací",
    "sk": "súhlasím | prijať | prijať všetko | odmietnuť | odmietnuť všetko | nastavenia | viac informácií",
    "ka": "ვეთანხმები | დაწვრილებით | მიღება | უარყოფა | პარამეტრები",
    "ro": "accept | accept tot | accept toate | refuz | resping | setări | setări cookie-uri | mai multe informații",
    # Kazakh: I agree, accept, accept all, refuse, settings, more.
    "kk": "келісемін | қабылдау | барлығын қабылдау | бас тарту | баптаулар | толығырақ",
    # Marathi: accept, accept all, refuse, I agree, settings, know more.
    "mr": "स्वीकारा | सर्व स्वीकारा | नाकारा | मी सहमत आहे | सेटिंग्ज | अधिक जाणून घ्या",
    # Nepali: accept, accept all, refuse, I agree, settings, know more.
    "ne": "स्वीकार गर्नुहोस् | सबै स्वीकार गर्नुहोस् | अस्वीकार गर्नुहोस् | म सहमत छु | सेटिङ | थप जानकारी",
}

CREDIT_LABELS = {
    # Malayalam: the picture, the photograph, the video, courtesy of, the source.
    "ml": "ചിത്രം | ചിത്രങ്ങൾ | ഫോട്ടോ | വീഡിയോ | കടപ്പാട് | ഉറവിടം",
    # Punjabi: the photograph, the picture, the video, the source.
    "pa": "ਤਸਵੀਰ | ਤਸਵੀਰਾਂ | ਫ਼ੋਟੋ | ਫੋਟੋ | ਵੀਡੀਓ | ਸਰੋਤ",
    # Gujarati: the photograph, the picture, courtesy of, the video, the source.
    "gu": "ફોટો | તસવીર | તસવીરો | ચિત્ર | સૌજન્ય | વીડિયો | સ્રોત | સ્ત્રોત",
    # Khmer: picture, photo, video, source.
    "km": "រូបភាព | រូបថត | វីដេអូ | ប្រភព",
    # Burmese: the photograph, the video, the source.
    "my": "ဓာတ်ပုံ | ဗီဒီယို | ရုပ်သံ | ရင်းမြစ်",
    # Filipino: picture, photo, "taken by", source.
    "tl": "larawan | litrato | kuha ni | pinagmulan",
    # Armenian: the photograph, the video and its filming, the source, an illustration.
    "hy": "լուսանկարը | լուսանկար | լուսանկարներ | լուսանկարները | տեսանյութ | տեսանյութը | տեսանկարահանումը | "
          "աղբյուր | աղբյուրը | նկարազարդում",
    "bg": "снимка | снимки | фото | източник | илюстрация | видео",
    "da": "foto | fotos | billede | grafik | kilde | illustration",
    "nb": "foto | bilde | bilder | grafikk | kilde | illustrasjon | video",
    "sv": "foto | bild | bilder | grafik | källa | illustration",
    "lt": "nuotr | nuotr. | nuotrauka | nuotraukos | šaltinis | iliustracija | vaizdo įrašas",
    "hu": "fotó | fotók | kép | képek | forrás | illusztráció",
    "de": "foto | fotos | bild | bilder | bildquelle | quelle | grafik",
    "fr": "photo | crédit photo | crédit | illustration | source",
    "es": "foto | fotografía | imagen | fuente",
    "it": "foto | immagine | fonte",
    "pt": "foto | fotografia | imagem | fonte",
    "ar": "صورة | الصورة | تصوير | المصدر | مصدر الصورة",
    "ru": "фото | источник",
    "ja": "写真 | 画像 | 資料写真",
    "zh": "图片 | 圖片 | 照片 | 摄影 | 攝影",
    "pl": "zdjęcie | zdjęcia | fot | foto | źródło | ilustracja | grafika",
    "hi": "फोटो | फ़ोटो | छाया | तस्वीर | चित्र | स्रोत",
    "ko": "사진 | 자료사진 | 출처 | 그래픽",
    "el": "φωτογραφία | φωτογραφίες | φωτ | φωτό | πηγή | εικόνα",
    "th": "ภาพ | ภาพประกอบ | ภาพโดย | ที่มา | ที่มาภาพ | เครดิตภาพ | ขอบคุณภาพ",
    "tr": "foto | fotoğraf | fotoğraflar | görsel | kaynak | fotoğraf kaynağı",
    "vi": "ảnh | hình | ảnh minh họa | ảnh minh hoạ | nguồn | nguồn ảnh | video | đồ họa | đồ hoạ",
    "uk": "фото | джерело | ілюстрація",
    "fi": "kuva | kuvat | kuvaaja | grafiikka | lähde | kuvituskuva",
    "ur": "فوٹو | تصویر | فائل فوٹو | بشکریہ",
    "am": "ፎቶ | ፎቶግራፍ | ምስል | ምንጭ | ፎቶ ማህደር",
    "sw": "picha",
    "cs": "foto | fotografie | zdroj | ilustrace | grafika",
    "sk": "foto | fotografia | zdroj | ilustrácia | grafika",
    "ka": "ფოტო | წყარო | ილუსტრაცია",
    "ro": "foto | fotografie | sursa foto | sursa | sursă | ilustrație | grafică | video",
    # Sinhala: the photograph, the pictures, the video, the source.
    "si": "ඡායාරූපය | ඡායාරූප | රූපය | රූප | වීඩියෝව | මූලාශ්‍රය",
    # Telugu: the photograph, the pictures, the video, the source.
    "te": "ఫోటో | ఫోటోలు | చిత్రం | దృశ్యాలు | వీడియో | ఆధారం",
    # Kazakh: the photograph, the picture, the video, filmed by, the source.
    "kk": "фото | сурет | бейне | видео | түсірген | дереккөз",
    # Marathi: the photograph, the picture, courtesy of, the video, the source.
    "mr": "फोटो | छायाचित्र | छाया | सौजन्य | व्हिडिओ | स्रोत",
    # Nepali: the photograph, the picture, the video, the source.
    "ne": "तस्बिर | तस्वीर | फोटो | भिडियो | स्रोत",
}

# The label over a press release's notes to editors, on a line of its own below the release ("Notes to editors",
# "Notes aux rédactions", "Hinweise für Redaktionen"): the numbered or bulleted background notes under it are the
# release's page, not its news (``alignment.release_notes``).
NOTES_LABELS = {
    "en": "notes to editors | note to editors | notes for editors | note for editors | editors' notes | "
          "editors’ notes | notes to the editor | notes for the editor | notes to news editors",
    "fr": "notes aux rédactions | note aux rédactions | notes aux rédacteurs | note aux rédacteurs | "
          "note à la rédaction | notes à la rédaction | notes à l'attention des rédactions",
    "de": "hinweis für redaktionen | hinweise für redaktionen | hinweis für die redaktion | "
          "hinweise für die redaktion | hinweis an die redaktion | hinweise an die redaktion | redaktionelle hinweise",
    "es": "notas para editores | nota para editores | notas para los editores | nota para los editores | "
          "notas a los editores | nota a los editores | notas para la redacción | nota para la redacción",
    "pt": "notas para os editores | nota para os editores | notas aos editores | nota aos editores | "
          "notas para editores | nota para editores | nota à redação | notas à redação",
    "it": "note per i redattori | nota per i redattori | note per la redazione | nota per la redazione",
    "nl": "noot voor de redactie | noten voor de redactie | noot voor redacties",
    "da": "note til redaktionen | noter til redaktionen",
    "sv": "not till redaktionen | noter till redaktionen | till redaktionen",
}

# The labels of the outlet's own summary box on a line of their own ("Key points", "At a glance", "In brief", "What we
# know"): the list under one is the story's, told short (``furniture_lines.SUMMARY_LABELS``), and the label heads it
# (``clustering.box_labels``).
SUMMARY_LABELS = {
    "en": "key points | key events | key facts | summary | highlights | at a glance | what we know | "
          "what we know so far | in brief | in short",
    "de": "das wichtigste in kürze | das wichtigste | in kürze | auf einen blick | kurz gesagt | kurz und knapp | "
          "was wir wissen | was bisher bekannt ist | zusammenfassung",
    "fr": "l'essentiel | l’essentiel | ce qu'il faut retenir | ce qu’il faut retenir | à retenir | en bref | "
          "points clés | en résumé | ce que l'on sait | ce que l’on sait | ce que nous savons",
    "es": "claves | las claves | puntos clave | en resumen | en breve | de un vistazo | lo que sabemos | "
          "lo que se sabe",
    "pt": "pontos-chave | pontos principais | em resumo | em breve | o que sabemos | o que se sabe",
    "it": "punti chiave | in breve | in sintesi | cosa sappiamo | cosa sappiamo finora",
    "nl": "in het kort | kernpunten | wat we weten | samenvatting",
    "pl": "w skrócie | najważniejsze informacje | co wiemy | kluczowe punkty",
    "sv": "i korthet | kort sagt | det här vet vi",
    "da": "kort fortalt | det ved vi",
    "nb": "kort fortalt | dette vet vi",
}

# The headings of a paper's structured abstract and of its sections (introduction, methods, results, discussion and
# their usual names), on a line of their own over the paper's prose: they say which part of the study the paragraph
# below reports (``clustering.abstract_headings``), and "Abstract" over the first of them heads them all.
ABSTRACT_SECTIONS = {
    "en": "abstract | summary | structured abstract | background | introduction | objective | objectives | aim | "
          "aims | purpose | methods | materials and methods | methodology | design | setting | participants | "
          "results | findings | discussion | conclusion | conclusions | interpretation | limitations",
    "de": "zusammenfassung | hintergrund | einleitung | ziel | ziele | methoden | methodik | ergebnisse | "
          "diskussion | schlussfolgerung | schlussfolgerungen | fazit",
    "fr": "résumé | contexte | introduction | objectif | objectifs | méthodes | méthodologie | résultats | "
          "discussion | conclusion | conclusions",
    "es": "resumen | antecedentes | introducción | objetivo | objetivos | métodos | metodología | resultados | "
          "discusión | conclusión | conclusiones",
    "pt": "resumo | contexto | introdução | objetivo | objetivos | métodos | metodologia | resultados | discussão | "
          "conclusão | conclusões",
    "it": "riassunto | sommario | contesto | introduzione | obiettivo | obiettivi | metodi | metodologia | "
          "risultati | discussione | conclusione | conclusioni",
}

# The labels of a page's scholarly apparatus on a line of their own: a paper's reference list, a blog's footnotes, the
# block that tells how to cite the article (``alignment.references``). Only the numbered, bracketed or bulleted items
# or the citations right under one are the page's, so a heading "Sources" over a paragraph of the story stays.
REFERENCE_LABELS = {
    "en": "references | reference list | footnotes | notes and references | references and notes | bibliography | "
          "works cited | literature cited | cite this article | how to cite | how to cite this article | "
          "cite as | citation",
    "de": "literatur | literaturverzeichnis | quellenangaben | einzelnachweise | fußnoten | "
          "zitiervorschlag | artikel zitieren | diesen artikel zitieren",
    "fr": "références | bibliographie | notes et références | notes de bas de page | citer cet article | "
          "pour citer cet article",
    "es": "referencias | referencias bibliográficas | bibliografía | notas al pie | cómo citar | "
          "citar este artículo | cómo citar este artículo",
    "pt": "referências | referências bibliográficas | bibliografia | notas de rodapé | como citar | "
          "como citar este artigo",
    "it": "bibliografia | riferimenti | riferimenti bibliografici | note a piè di pagina | come citare | "
          "cita questo articolo",
    "nl": "referenties | literatuur | literatuurlijst | voetnoten | citeer dit artikel",
    "ru": "литература | список литературы | примечания",
    "pl": "bibliografia | przypisy | literatura | jak cytować",
}
# The word "sources" as a label of the apparatus too: a story heads its own list with it as well ("Sources", then
# "- Council officers said …"), so only items that cite a work by its locator are the page's under it
# (``alignment.references``), a bullet or a number alone is not.
SOURCE_LABELS = {
    "en": "sources", "de": "quellen", "fr": "sources", "es": "fuentes", "pt": "fontes", "it": "fonti",
    "nl": "bronnen", "ru": "источники", "pl": "źródła",
}

# The credit of the software a site runs on, opening its line before the software's name ("Powered by WordPress",
# "Proudly powered by …", "Fièrement propulsé par WordPress", "Con tecnología de WordPress"), as a footer sets it,
# often beside its theme's credit ("Theme: … by …", ``furniture_lines.THEME_CREDIT``).
SOFTWARE_CREDITS = {
    "en": "powered by | proudly powered by | site powered by | website powered by",
    "fr": "propulsé par | fièrement propulsé par | site propulsé par",
    "es": "con tecnología de | orgullosamente impulsado por | funciona gracias a",
    "pt": "orgulhosamente mantido com | orgulhosamente movido por",
    "de": "stolz präsentiert von | betrieben mit",
    "it": "con orgoglio powered by | alimentato da",
    "nl": "trots aangedreven door | aangedreven door",
    "id": "didukung oleh | diberdayakan oleh",
    "tl": "pinapagana ng",
}

RIGHTS = {
    # Malayalam: all rights reserved (with "നിക്ഷിപ്തം", vested, or "സംരക്ഷിതം", protected).
    "ml": "എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം | എല്ലാ അവകാശങ്ങളും സംരക്ഷിതം | സർവാവകാശങ്ങളും നിക്ഷിപ്തം",
    # Azerbaijani: all rights reserved, a link (to the source) is required.
    "az": "bütün hüquqlar qorunur | bütün hüquqlar qorunub | istinad mütləqdir | istinad zəruridir | "
          "istinad edilməsi mütləqdir",
    # Punjabi: all rights reserved.
    "pa": "ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ | ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ | ਸਾਰੇ ਅਧਿਕਾਰ ਰਾਖਵੇਂ ਹਨ | ਸਰਬ ਹੱਕ ਰਾਖਵੇਂ",
    # Gujarati: all rights reserved.
    "gu": "સર્વ હક્ક સુરક્ષિત | સર્વ હક્ક સ્વાધીન | સર્વાધિકાર સુરક્ષિત | સર્વ હકો સુરક્ષિત",
    # Khmer: all rights reserved by, rights reserved.
    "km": "រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ | រក្សាសិទ្ធិគ្រប់យ៉ាង | រក្សាសិទ្ធិ",
    # Burmese: all rights reserved, copyright.
    "my": "မူပိုင်ခွင့် အားလုံး ရယူထားသည် | မူပိုင်ခွင့်ရယူထားသည် | မူပိုင်ခွင့်",
    # Filipino: all rights reserved, copying forbidden (without permission).
    "tl": "lahat ng karapatan ay nakalaan | nakalaan ang lahat ng karapatan | bawal kopyahin | "
          "bawal kopyahin nang walang pahintulot",
    # Armenian: all rights reserved, reproduction forbidden without a link, the link is required.
    "hy": "բոլոր իրավունքները պաշտպանված են | իրավունքները պաշտպանված են | առանց հղման արգելվում է | "
          "հղումը պարտադիր է | վերարտադրումն արգելվում է",
    "bg": "всички права запазени | всички права са запазени | възпроизвеждането на материала | позоваване на източника",
    "da": "alle rettigheder forbeholdes | ophavsretligt beskyttet | må ikke gengives | uden tilladelse",
    "nb": "alle rettigheter forbeholdt | beskyttet etter åndsverkloven | kan ikke gjengis | uten tillatelse",
    "sv": "alla rättigheter förbehållna | skyddat enligt upphovsrättslagen | får inte återges | utan tillstånd",
    "lt": "visos teisės saugomos | be sutikimo draudžiama | kopijuojant nuoroda būtina | kopijuoti, platinti",
    "hu": "minden jog fenntartva | a hír átvétele | újraközlése csak | engedélye nélkül",
    "de": "alle rechte vorbehalten",
    "fr": "tous droits réservés",
    "es": "todos los derechos reservados",
    "it": "tutti i diritti riservati | riproduzione riservata",
    "pt": "todos os direitos reservados",
    "ar": "جميع الحقوق محفوظة",
    "ru": "все права защищены",
    "pl": "wszelkie prawa zastrzeżone | wszystkie prawa zastrzeżone",
    "hi": "सर्वाधिकार सुरक्षित",
    "ko": "무단 전재 및 재배포 금지 | 무단전재 및 재배포 금지 | 무단 전재 재배포 금지 | 무단전재 재배포금지",
    "zh": "版权所有 | 未经授权不得转载 | 未经许可不得转载",
    "el": "με την επιφύλαξη παντός δικαιώματος | απαγορεύεται η αναδημοσίευση | όλα τα δικαιώματα διατηρούνται",
    "th": "สงวนลิขสิทธิ์ | ห้ามคัดลอก | ห้ามนำไปเผยแพร่ | ห้ามนำเนื้อหาไปเผยแพร่",
    "tr": "tüm hakları saklıdır | her hakkı saklıdır | izinsiz kullanılması yasaktır | izinsiz kullanılamaz",
    "vi": "bản quyền thuộc | giữ bản quyền | ghi rõ nguồn | không được sao chép",
    # Persian: "all rights of this site", all material and moral rights, reuse only with the source named; the wages
    # of the news are "حقوق" too, and a law protects "حقوق مادی و معنوی" (an artist's), so the site or "all" is part
    # of the phrase.
    "fa": "کلیه حقوق این سایت | کلیه حقوق این وبگاه | کلیه حقوق این وب‌سایت | کلیه حقوق این وب سایت | "
          "تمامی حقوق این سایت | تمامی حقوق این وبگاه | کلیه حقوق مادی و معنوی | تمامی حقوق مادی و معنوی | "
          "با ذکر منبع بلامانع | "
          "بدون ذکر منبع ممنوع | بدون ذکر منبع مجاز نیست",
    "he": "כל הזכויות שמורות | אין להעתיק | חל איסור להעתיק | אסור להעתיק",
    "id": "hak cipta dilindungi undang-undang | hak cipta dilindungi | dilarang mengambil konten | "
          "dilarang mengutip konten | dilarang menyalin konten | dilarang memperbanyak",
    "ms": "hak cipta terpelihara | hak cipta dilindungi",
    "uk": "усі права захищено | всі права захищено | усі права захищені | всі права захищені | "
          "передрук без дозволу заборонено | використання матеріалів дозволяється лише",
    # Dutch: the copyright notice, and a wire's notice on taking over its reports (never "overname" alone, a
    # takeover).
    "nl": "alle rechten voorbehouden | overname van berichten | overname van artikelen | overname van teksten | "
          "overname van inhoud",
    "bn": "সর্বস্বত্ব সংরক্ষিত | সকল স্বত্ব সংরক্ষিত",
    # Tamil: all rights reserved, and a wire's notice that reprinting its reports needs its leave.
    "ta": "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை | அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டுள்ளன | "
          "உரிமைகள் பாதுகாக்கப்பட்டவை | மறுபிரசுரம் செய்ய | மறுபிரசுரம் செய்யக் கூடாது | அனுமதியின்றி மறுபிரசுரம்",
    "fi": "kaikki oikeudet pidätetään | uudelleenjulkaisu ilman lupaa | kopioiminen ja uudelleenjulkaisu | "
          "kopioiminen kielletty",
    # Urdu: all rights reserved, and the notice that no one may reprint without written leave.
    "ur": "جملہ حقوق محفوظ ہیں | جملہ حقوق محفوظ | تحریری اجازت کے بغیر | دوبارہ شائع کرنا منع ہے",
    "am": "መብቱ በሕግ የተጠበቀ ነው | መብቱ በህግ የተጠበቀ ነው | መብቱ በሕግ የተጠበቀ | መብቱ በህግ የተጠበቀ | "
          "ሁሉም መብቶች የተጠበቁ ናቸው",
    "sw": "haki zote zimehifadhiwa",
    # Czech: all rights reserved, and the notice that no one may spread the content without leave.
    "cs": "všechna práva vyhrazena | šíření obsahu bez písemného souhlasu | bez písemného souhlasu vydavatele",
    "sk": "všetky práva vyhradené | šírenie obsahu bez písomného súhlasu | bez písomného súhlasu vydavateľa",
    # Georgian: all rights reserved, reprinting the material (without leave), using it only with the source named.
    "ka": "ყველა უფლება დაცულია | მასალის გადაბეჭდვა | მასალის გამოყენება მხოლოდ წყაროს მითითებით",
    # Romanian: all rights reserved, and the notice that the content may not be taken over without leave.
    "ro": "toate drepturile rezervate | toate drepturile sunt rezervate | preluarea fără acord | "
          "reproducerea fără acordul | fără acordul scris",
    # Sinhala: all rights reserved.
    "si": "සියලු හිමිකම් ඇවිරිණි | සියලුම හිමිකම් ඇවිරිණි | හිමිකම් ඇවිරිණි",
    # Telugu: all rights reserved, and the notice that the news may not be reprinted without leave.
    "te": "సర్వహక్కులు ప్రత్యేకించబడ్డాయి | సర్వ హక్కులు ప్రత్యేకించబడ్డాయి | అన్ని హక్కులు ప్రత్యేకించబడ్డాయి | "
          "పునర్ముద్రించడం నిషేధం",
    # Kazakh: all rights reserved, a reference to the source required when the material is used.
    "kk": "барлық құқықтар қорғалған | барлық құқық қорғалған | сілтеме міндетті | гиперсілтеме міндетті",
    # Marathi: all rights reserved.
    "mr": "सर्व हक्क राखीव | सर्व हक्क सुरक्षित | सर्वाधिकार सुरक्षित",
    # Nepali: all rights reserved.
    "ne": "सर्वाधिकार सुरक्षित | सबै अधिकार सुरक्षित",
}

# A byline's preposition before the writer's name ("Von Markus Lehner"), or its label ("Autor: …").
# The words only a time stamp puts before its writer's name ("Публикувано на 16 март 2025 г. от Нели Гарева"): a
# preposition that opens many a sentence too, read so only after a stamp (``furniture_lines.STAMP_WRITER_WORDS``).
STAMP_WRITER_WORDS = {"bg": "от", "ru": "от", "uk": "від", "sr": "od | од", "cs": "od", "pl": "przez", "nl": "door"}
BYLINE_LABELS = {
    # Khmer: reporter, article by.
    "km": "អ្នកយកព័ត៌មាន | អត្ថបទដោយ",
    # Burmese: the writer ("ရေးသားသူ - …"), the reporter, the editor.
    "my": "ရေးသားသူ | သတင်းထောက် | သတင်းနှင့်ဓာတ်ပုံ | တည်းဖြတ်သူ",
    # Filipino: "by" ("Ni Carla Mendoza"), "written by", "a report by". Not "Nina" (before two names or more), a given
    # name of many languages ("Nina Patel").
    "tl": "ni | isinulat ni | ulat ni",
    # Armenian: "Հեղինակ՝ …" (author), the article's author, a correspondent.
    "hy": "հեղինակ | հեղինակը | հոդվածի հեղինակ | թղթակից | պատրաստեց",
    "bg": "автор | текст",
    # Danish: "Af …" (by), "Skrevet af …" (written by).
    "da": "af | skrevet af | tekst",
    "nb": "av | skrevet av | tekst",
    # Swedish: "Av …" (by), "Publicerat av …" (a blog's published by), "Skrivet av …" (written by).
    "sv": "av | publicerat av | skrivet av | text",
    "de": "von | autor | autorin | text",
    "fr": "par | auteur | autrice",
    "es": "por | autor | autora | texto",
    "it": "di | autore | autrice | testo",
    "pt": "por | autor | autora | texto",
    "ar": "بقلم | كتب | كتبت | الكاتب",
    "ru": "автор | текст",
    "pl": "autor | autorka | tekst | opracowanie",
    # Greek: "Του …", "Της …" ("of …", the writer's name in the genitive) and a credit's label.
    "el": "του | της | ρεπορτάζ | κείμενο | επιμέλεια | συντάκτης | συντάκτρια",
    "th": "โดย | รายงานโดย | เขียนโดย | เรื่องโดย | เรื่องและภาพ | ภาพโดย | ผู้เขียน | ช่างภาพ | ตัดต่อ",
    "vi": "bài | bài và ảnh | bài, ảnh | theo | tác giả | phóng viên | nhóm phóng viên",
    "he": "מאת",
    "id": "oleh",
    "ms": "oleh",
    "uk": "автор | авторка | текст",
    "sw": "na | imeandikwa na"
}
# Turkish writes its byline's label with a colon ("Muhabir: Deniz Acar"); without one, "haber" is a word of other
# languages too ("Haber Pérez García": Spanish "haber", to have).
COLON_BYLINE_LABELS = {
    "az": "müəllif | müxbir | redaktor | mənbə",
    # Khmer: "by", which is also "with" and opens "because" ("ដោយសារ"): a byline's only before its colon "៖".
    "km": "ដោយ | រៀបរៀងដោយ",
    "bg": "автор | авторка | текст | репортер | оператор | редактор | снимки",
    "lt": "autorius | autorė | žurnalistas | žurnalistė | operatorius | operatorė | redaktorius | redaktorė | "
          "tekstas",
    "hu": "szerző | szöveg | riporter | operatőr | szerkesztő | szöveg és kép",
    "tr": "yazan | haber | muhabir | editör | kaynak",
    # Persian "خبرنگار:" opens a broadcaster's paragraph too (a script's cue): a byline only as a short line.
    "fa": "نویسنده | خبرنگار | گزارشگر | به قلم",
    "id": "penulis | editor | reporter | pewarta | redaktur | penyunting | kontributor",
    "ms": "penulis | editor | wartawan | pemberita",
    "nl": "redactie | eindredactie | tekst | auteur",
    "bn": "প্রতিবেদক | লেখক | নিজস্ব প্রতিবেদক",
    "ta": "எழுதியவர் | செய்தியாளர் | நிருபர் | நமது நிருபர் | செய்திப்பிரிவு",
    "fi": "teksti | toimittaja | kirjoittaja | kuvat | teksti ja kuvat",
    # Urdu: "رپورٹ:", "تحریر:", "خصوصی رپورٹ:", and the correspondent a channel's sign-off names.
    "ur": "رپورٹ | تحریر | خصوصی رپورٹ | نمائندہ | نمائندہ خصوصی | رپورٹر | نامہ نگار",
    "am": "ዘጋቢ | ሪፖርተር | አርታኢ | አዘጋጅ | ጸሐፊ | ፀሐፊ",
    "sw": "mwandishi | mwandishi wetu",
    # Czech "Autor: …"; Georgian "ავტორი: …" (author), also in a wire's closing brackets with its editor.
    "cs": "autor | autorka | autoři",
    "sk": "autor | autorka | autori",
    "ka": "ავტორი | ავტორები",
    "ro": "autor | autori | editor",
    # Telugu: "రచన:" (written by), "కథనం:" (the story by), the reporter, "రిపోర్టర్:".
    "te": "రచన | కథనం | విలేకరి | రిపోర్టర్ | ప్రతినిధి",
    # Kazakh: the author, the reporter, the text, the editor.
    "kk": "авторы | автор | тілші | мәтін | редактор",
}

# A broadcaster's sign-off names the outlet's news it reports for, then the reporter ("… செய்திகளுக்காக …
# செய்தியாளர் NAME."): the words of "for … news"; the reporter is a label of ``COLON_BYLINE_LABELS``.
SIGN_OFF_FOR = {
    "ta": "செய்திகளுக்காக | செய்திக்காக",
    # Urdu: "… نیوز کے لیے … سے نمائندہ NAME کی رپورٹ۔" (for … News, from the place, the correspondent's report).
    "ur": "نیوز کے لیے | نیوز کیلئے | نیوز کے لئے"
}

OFFER_WORDS = {
    # Norwegian: a subscription, a subscriber, subscribers, to subscribe.
    "nb": "abonnement abonnent abonnenter abonnere",
    "bg": "абонамент абонамента абонирайте",
    "de": "abo abonnement abonnieren abonnent abonnenten testen kündbar kündigen",
    "fr": "abonnement abonnez abonné abonnés engagement",
    # Spanish: a member ("socio", "socios") is the news's partner as often, so only the call to become one.
    "es": "suscripción | suscríbete | suscriptor | suscriptores | permanencia | hazte socio | hazte socia | "
          "hazme socio | hazme socia",
    "it": "abbonamento abbonati abbonato",
    "pt": "assinatura assine assinante assinantes",
    "ar": "اشتراك اشترك مشترك",
    "ru": "подписка подписку подпишитесь",
    "pl": "prenumerata prenumeratę prenumeraty subskrypcja subskrypcję subskrypcji abonament",
    "hi": "सदस्यता सब्सक्रिप्शन सब्सक्राइब",
    "el": "συνδρομή συνδρομής συνδρομητής συνδρομητές συνδρομητών",
    "tr": "abone abonelik aboneliği üyelik erişim",
    "vi": "đăng ký | gói | gói cước | premium | thuê bao | hội viên",
    "uk": "передплата передплату передплатіть підписка підписку підпишіться",
    "nl": "abonnee abonnees abonnement abonneren abonneer proefabonnement",
    "bn": "সাবস্ক্রাইব | সাবস্ক্রিপশন | গ্রাহক চাঁদা | গ্রাহক হোন | গ্রাহক হতে",
    # Hebrew writes its prepositions onto the word ("לחוג התומכים", to the supporters' circle).
    "he": "מנוי | מינוי | מנויים | מינויים | למינוי | במינוי | חוג התומכים | לחוג התומכים | מועדון התומכים | "
          "למועדון התומכים",
    # Indonesian and Malay: not "langganan" alone, which is "regular" in the news as well ("langganan banjir",
    # flood-prone).
    "id": "berlangganan | berlangganan sekarang | paket langganan | langganan digital",
    "ms": "langgan | melanggan | langgan sekarang | pakej langganan | langganan digital",
    "ta": "சந்தா | சந்தாதாரர் | சந்தாதாரராக | சந்தா செலுத்துங்கள் | மின்னிதழ் சந்தா",
    "fi": "tilaus tilauksen tilaaja tilaajaksi tilaajana rajattomasti digitilaus kuukausi",
    "ur": "سبسکرائب | سبسکرپشن | ماہانہ پیکج"
}

REPORTING = {
    # Malayalam: its verbs of saying in the past and the present, and "പ്രകാരം", "അനുസരിച്ച്" (according to).
    "ml": "പറഞ്ഞു | അറിയിച്ചു | വ്യക്തമാക്കി | പറയുന്നു | പ്രകാരം | അനുസരിച്ച്",
    # Punjabi: its verbs of saying after the agent's "ਨੇ", and "ਅਨੁਸਾਰ", "ਮੁਤਾਬਕ" (according to).
    "pa": "ਨੇ ਕਿਹਾ | ਨੇ ਦੱਸਿਆ | ਨੇ ਆਖਿਆ | ਅਨੁਸਾਰ | ਮੁਤਾਬਕ | ਮੁਤਾਬਿਕ",
    # Gujarati: its verbs of saying in the past and the present, and "મુજબ" (according to).
    "gu": "કહ્યું | જણાવ્યું | ઉમેર્યું | કહે છે | જણાવે છે | મુજબ",
    # Armenian: its verbs of saying with their auxiliary and in the aorist, and "ըստ" (according to).
    "hy": "ասել է | նշել է | հայտնել է | ասաց | նշեց | հայտնեց | հայտարարել է | ըստ",
    "bg": "каза | казва | заяви | заявиха | съобщи | съобщиха | посочи | посочиха | обясни | допълни | коментира | "
          "уточни | уточниха | разказа | по думите на | по думите му | по думите ѝ | според",
    # Danish: its verbs of saying in the present and the past and "ifølge" (according to).
    "da": "siger | sagde | fortæller | fortalte | oplyser | oplyste | udtaler | udtalte | forklarer | ifølge",
    # Norwegian: its verbs of saying in the present and the past and "ifølge" (according to).
    "nb": "sier | sa | forteller | fortalte | opplyser | opplyste | uttaler | uttalte | forklarer | ifølge",
    # Swedish: its verbs of saying in the present and the past and "enligt" (according to).
    "sv": "säger | sade | sa | berättar | berättade | uppger | uppgav | meddelar | meddelade | förklarar | enligt",
    # Lithuanian: its verbs of saying in the past, and "pasak" and "anot" (according to).
    "lt": "sakė | teigė | pasakojo | pabrėžė | pažymėjo | kalbėjo | tvirtino | pranešė | komentavo | aiškino | "
          "pasak | anot",
    # Hungarian: its verbs of saying in the third person and "szerint" (according to).
    "hu": "szerint | mondta | mondja | mondták | közölte | közli | közölték | fogalmazott | nyilatkozta | "
          "nyilatkozott | mesélte | hangsúlyozta | tette hozzá | jelentette be | jelezte",
    "de": "sagte | sagt | sagten | erklärte | erklärt | betonte | teilte | berichtete | kritisierte | warnte | "
          "forderte | gesagt | gewarnt | kritisiert | gefordert | mitgeteilt | nach angaben | laut | zufolge",
    "fr": "a déclaré | a dit | a affirmé | a expliqué | a indiqué | a précisé | a annoncé | a reconnu | selon | "
          "déclare | affirme | explique",
    "es": "dijo | afirmó | declaró | explicó | aseguró | señaló | anunció | advirtió | según | ha dicho | "
          "ha declarado | ha explicado",
    "it": "ha detto | ha dichiarato | ha spiegato | ha affermato | ha annunciato | secondo | ha fatto sapere",
    "pt": "disse | afirmou | declarou | explicou | anunciou | segundo | de acordo com",
    "ar": "قال | وقال | قالت | وقالت | أكد | وأكد | أوضح | وأوضح | صرح | أعلن | وأعلن | بحسب | وفقا",
    "ru": "сказал | сказала | заявил | заявила | сообщил | сообщила | по словам | по его словам | по её словам | "
          "по ее словам | по их словам | по данным",
    "pl": "powiedział | powiedziała | mówi | mówił | mówiła | twierdzi | stwierdził | stwierdziła | oświadczył | "
          "oświadczyła | poinformował | poinformowała | przekazał | przekazała | dodał | dodała | według | zdaniem",
    "ja": "と述べた | と述べる | と話した | と話す | と語った | と語る | によると | と明らかにした | と強調した | "
          "と指摘した | と指摘する | 取材に対し | と発表した | と発表 | と説明した | と説明する | としている | "
          "としていた | と述べている | と話している | 方針だ | 方針である | 方針を示した | 方針を固めた | との意見 | "
          "との声",
    "hi": "ने कहा | ने बताया | के अनुसार | के मुताबिक | का कहना है | का कहना था | ने दावा किया | ने आरोप लगाया",
    "ko": "밝혔다 | 말했다 | 전했다 | 설명했다 | 강조했다 | 주장했다 | 따르면",
    "zh": "表示 | 告诉记者 | 据介绍 | 据了解 | 介绍说 | 透露",
    "el": "δήλωσε | είπε | ανέφερε | τόνισε | σημείωσε | εξήγησε | υποστήριξε | ανακοίνωσε | πρόσθεσε | λέει | "
          "λένε | δηλώνει | σύμφωνα με",
    # Thai: its verbs of saying with "that" written onto them, and "said" after a quotation ("… นายธนากรกล่าว"), which
    # is "aforementioned" too ("ดังกล่าว"): a line with it is left to the story.
    "th": "กล่าว | กล่าวว่า | เปิดเผยว่า | ระบุว่า | อธิบายว่า | บอกว่า | เล่าว่า | ยืนยันว่า | ชี้แจงว่า | รายงานว่า | "
          "ตามข้อมูลของ",
    "tr": "dedi | diye konuştu | söyledi | açıkladı | belirtti | ifade etti | kaydetti | vurguladı | bildirdi | "
          "göre | aktardı",
    "vi": "cho biết | cho hay | nói | khẳng định | nhấn mạnh | thừa nhận | chia sẻ với | trả lời | theo ông | "
          "theo bà | tiết lộ",
    "uk": "сказав | сказала | сказали | заявив | заявила | заявили | повідомив | повідомила | повідомили | "
          "закликав | закликала | закликали | наголосив | наголосила | зазначив | зазначила | розповів | розповіла | "
          "за словами | за його словами | за її словами | за їхніми словами | за даними | каже | кажуть | пояснив | "
          "пояснила | пояснили | пояснює | додав | додала | додає | розповідає | зазначає | наголошує",
    "fa": "گفت | می‌گوید | میگوید | افزود | اعلام کرد | به گفته | به گزارش | تاکید کرد | تصریح کرد",
    "he": "אמר | אמרה | אומר | אומרת | מסר | מסרה | הוסיף | הוסיפה | לדברי | לפי",
    "id": "mengatakan | kata | ujar | ujarnya | katanya | menurut | menjelaskan | menegaskan | menyebut",
    "nl": "zei | zegt | zeggen | zeiden | vertelde | vertelt | verklaarde | aldus | volgens | liet weten | meldt | "
          "meldde",
    "bn": "বলেন | বলেছেন | জানান | জানিয়েছেন | জানানো হয় | বলে জানান",
    # Tamil: said, told, informed (singular, polite and plural), "he says" after a quotation, "according to".
    "ta": "கூறினார் | கூறினர் | கூறுகிறார் | கூறுகின்றனர் | தெரிவித்தார் | தெரிவித்தனர் | என்றார் | "
          "என்கிறார் | என்றனர் | எனத் தெரிவித்தார் | கூறியதாவது | தெரிவித்ததாவது",
    # Finnish: its commonest verbs of saying in the singular (``speech_verbs.singular``), "estimates", "reminds",
    # and "according to" after a genitive ("Bergin mukaan"). Not every verb of saying: a page's "Kommentoi juttua"
    # (comment on the story) writes the imperative, which is the third person's form.
    "fi": " | ".join([*sorted(speech_verbs.singular("fi")), "arvioi", "muistuttaa", "mukaan"]),
    "ur": "نے کہا | نے بتایا | کا کہنا تھا | کا کہنا ہے | کے مطابق | نے کہا کہ | کہتے ہیں"
}

# The cues of a broadcaster's script, a label in brackets on a line of its own above the paragraph it introduces
# (``ingest._cue``): who speaks next (the anchor, the reporter) or which part of the broadcast follows (an
# interview, a recording, a sound bite, a voice-over, the sound of the scene). A bracketed label that names neither
# ("[Advertisement]", "(Photo: …)", "[Related]", "[사진]") is the page's and stays a passage of its own. Left out:
# words that label a page's player or button as often ("audio", "video", Arabic "تسجيل", "registration", and
# "صوت", Japanese "音声") and bare words that are another word too (French "son", "off"; Spanish "total").
BROADCAST_CUES = {
    "en": "anchor | presenter | host | reporter | correspondent | interview | interviewee | soundbite | sound bite | "
          "sot | vo | voice-over | voiceover | voice over | narration | narrator | recording | actuality | "
          "standup | stand-up | piece to camera | nat sound | natural sound",
    "de": "moderation | moderator | moderatorin | sprecher | sprecherin | reporter | reporterin | o-ton | interview | "
          "off-text | offtext",
    "fr": "présentateur | présentatrice | journaliste | reporter | interview | entretien | sonore | voix off | "
          "lancement | plateau | duplex",
    "es": "presentador | presentadora | reportero | reportera | periodista | entrevista | totales | voz en off",
    "it": "conduttore | conduttrice | inviato | inviata | giornalista | intervista | sonoro | voce fuori campo | "
          "fuori campo",
    "pt": "apresentador | apresentadora | repórter | entrevista | sonora | passagem",
    "ru": "ведущий | ведущая | корреспондент | интервью | синхрон | закадровый текст | лайф | стендап",
    "pl": "prowadzący | prowadząca | reporter | reporterka | wywiad | setka | lektor",
    "ar": "المذيع | المذيعة | مذيع | مذيعة | المراسل | المراسلة | مراسل | مراسلة | مقابلة",
    "hi": "एंकर | संवाददाता | रिपोर्टर | बाइट | वॉयस ओवर | वीओ | इंटरव्यू | साक्षात्कार",
    "ko": "앵커 | 앵커멘트 | 기자 | 리포트 | 인터뷰 | 녹취 | 현장음 | 스탠드업 | 내레이션 | 전화인터뷰 | 싱크",
    "zh": "同期 | 同期声 | 解说 | 主持人 | 记者 | 画外音 | 采访 | 现场声 | 导语 | 口播 | 出镜 | 播音",
    "ja": "アナウンサー | キャスター | 記者 | インタビュー | ナレーション | リポーター | レポーター",
    "el": "παρουσιαστής | παρουσιάστρια | ρεπορτάζ | ανταποκριτής | ανταποκρίτρια | συνέντευξη | δήλωση | ηχητικό",
    "th": "ผู้ประกาศข่าว | ผู้ประกาศ | พิธีกร | รายงาน | ผู้สื่อข่าว | สัมภาษณ์ | เสียงสัมภาษณ์ | เสียงบรรยาย | บรรยาย",
    "tr": "spiker | muhabir | sunucu | röportaj | dış ses",
    "vi": "phóng viên | người dẫn chương trình | phỏng vấn | lời dẫn | tiếng động",
    "uk": "ведучий | ведуча | кореспондент | кореспондентка | інтерв'ю | синхрон | закадровий текст | лайф | стендап",
    "sw": "mtangazaji | mahojiano | nakala ya video | nakala ya sauti"
}

# A contributor's note: a full name, then what the contributor is or does, short, third person, with no reporting and
# no quotation ("Karola Winterfeld ist Professorin für Verkehrsökonomie an der Hochschule Feldheim.", "Андрей Соколов
# — экономист, доцент кафедры …"). ``BIO_COPULAS`` join the name to a job (Russian writes a dash for "is");
# ``JOB_VERBS`` are the job themselves ("lehrt", "enseigne", "dirige") and need where it is held (``INSTITUTIONS``);
# ``WRITES_ABOUT`` is a writer's beat, which makes a note whatever the writer's trade ("… ist Bauingenieurin und
# schreibt über Verkehrspolitik"). ``CONTRIBUTOR_ROLES`` are the jobs of people who write opinion pieces, as the
# English ``furniture_lines.CONTRIBUTOR_ROLES`` are (scholars, researchers, officials, lawyers, advisers,
# campaigners, writers), not every trade: a nurse or an electrician in the news is a person the story is about.
# Left out: words that are also another common word ("crítico" is "critical", Italian "storico" "historic",
# Spanish, Italian and Portuguese "autor" the perpetrator of a crime, German "Partner" a spouse).
#
# German writes a job as the head of a compound ("Verkehrsökonomin", "Politikwissenschaftler"), so a German role or
# institution is found at a word's end; German and Russian words take the endings of ``ROLE_ENDINGS`` after the
# forms in the tables (German feminine and plural, Russian cases: "профессором", "университета"), and Russian forms
# are written as stems for it ("исследовател", "научн сотрудник").
BIO_COPULAS = {
    "de": "ist | war | arbeitet als",
    "fr": "est | était | a été | fut | travaille comme",
    "es": "es | era | fue | ha sido | trabaja como",
    "it": "è | era | fu | è stato | è stata | lavora come",
    "pt": "é | era | foi | tem sido | trabalha como",
    "ru": "— | – | является | являлась | являлся | был | была | работает",
    "pl": "jest | był | była | pracuje jako",
    "ar": "هو | هي | يعمل | تعمل | عمل | عملت | كان | كانت",
    "el": "είναι | ήταν | υπήρξε | εργάζεται ως | διετέλεσε",
    "th": "เป็น | เคยเป็น | ดำรงตำแหน่ง",
    # Turkish puts the verb last: a note is a name and a comma ("… , 1968'de … doğdu. … yazıyor."), read by
    # ``furniture_lines``.
    "tr": ",",
    "vi": "là | từng là | hiện là",
    "uk": "— | – | є | був | була | працює",
    # Persian puts its verb last and writes a note as the name, then the job ("… استاد اقتصاد دانشگاه … است",
    # "… دکترای اقتصاد دارد"): the job may follow the name directly (``furniture_lines.VERBLESS_NOTES``).
    "fa": "",
    "he": "הוא | היא | משמש | משמשת | מכהן | מכהנת",
    "id": "adalah | merupakan | ialah | bekerja sebagai | menjabat sebagai",
    "nl": "is | was | werkt als"
}
JOB_VERBS = {
    "de": "lehrt | lehrte | unterrichtet | forscht | leitet | leitete | gründete | berät",
    "fr": "enseigne | enseignait | dirige | dirigeait | codirige | préside | présidait | a fondé | a cofondé",
    "es": "enseña | enseñó | dirige | dirigió | codirige | preside | presidió | fundó | cofundó | investiga",
    "it": "insegna | insegnava | dirige | dirigeva | presiede | ha fondato | coordina | guida",
    "pt": "ensina | leciona | dirige | dirigiu | preside | presidiu | fundou | cofundou | coordena",
    "ru": "преподаёт | преподает | руководит | руководила | руководил | возглавляет | возглавляла | возглавлял | "
          "основал | основала",
    "pl": "wykłada | kieruje | kierował | kierowała | przewodniczy | założył | założyła | współzałożył | "
          "współzałożyła",
    "ar": "يدرس | تدرس | يدير | تدير | يرأس | ترأس | أسس | أسست | يحاضر | تحاضر",
    "el": "διδάσκει | δίδαξε | διευθύνει | διηύθυνε | προεδρεύει | ίδρυσε | συνίδρυσε | ερευνά",
    "th": "สอน | บริหาร | ก่อตั้ง",
    "tr": "ders veriyor | yönetiyor | kurdu",
    "vi": "giảng dạy | giảng dạy tại | làm việc tại | công tác tại | sáng lập",
    "uk": "викладає | керує | керувала | керував | очолює | очолювала | очолював | заснував | заснувала",
    "fa": "",
    "he": "מלמד | מלמדת | עומד בראש | עומדת בראש | ייסד | ייסדה | מנהל את | מנהלת את",
    "id": "mengajar | memimpin | mendirikan | meneliti",
    "nl": "doceert | leidt | leidde | richtte | onderzoekt"
}
WRITES_ABOUT = {
    "de": "schreibt über | schreibt regelmäßig über | schreibt als",
    "fr": "écrit sur | écrit régulièrement sur | écrit pour",
    "es": "escribe sobre | escribe habitualmente sobre | escribe para",
    "it": "scrive di | scrive su | scrive per | scrive regolarmente di",
    "pt": "escreve sobre | escreve regularmente sobre | escreve para",
    "ru": "пишет о | пишет об | пишет про | пишет для",
    "pl": "pisze o | pisze dla | regularnie pisze o | pisze felietony",
    "ar": "يكتب عن | تكتب عن | يكتب في | تكتب في",
    "el": "γράφει για | γράφει στο | γράφει στην | αρθρογραφεί",
    # Thai: a correspondent's dateline ("<name> <outlet> รายงานจาก <district>", reporting from).
    "th": "เขียนเรื่อง | เขียนถึง | รายงานจาก",
    "tr": "yazıları yazıyor | yazılar yazıyor | köşe yazıları yazıyor | köşe yazarlığı yapıyor | yazarlığı yapıyor",
    "vi": "viết về | chuyên viết | cộng tác với",
    "uk": "пише про | пише для",
    "fa": "پژوهش می‌کند | پژوهش میکند | تحقیق می‌کند | تحقیق میکند | می‌نویسد | مینویسد",
    "he": "כותב על | כותבת על | כותב עבור | כותבת עבור | כותב טור | כותבת טור",
    "id": "menulis tentang | menulis untuk | menulis kolom | rutin menulis",
    # Dutch: a columnist's beat and rhythm ("schrijft elke donderdag in …"); not "schrijft voor", which is also
    # "prescribes" ("de wet schrijft voor dat …").
    "nl": "schrijft over | schrijft elke | schrijft wekelijks | schrijft maandelijks | schrijft columns | "
          "schrijft een column"
}
CONTRIBUTOR_ROLES = {
    "de": """
        professor | dozent | lehrbeauftragte | forscher | wissenschaftler | ökonom | volkswirt | betriebswirt |
        historiker | philosoph | soziologe | soziologin | politologe | politologin | theologe | theologin | ethiker |
        psychologe | psychologin | psychiater | biologe | biologin | geograf | geograph | demograf | demograph |
        analyst | direktor | leiter | gründer | präsident | geschäftsführer | vorsitzende | dekan | rektor |
        minister | botschafter | diplomat | berater | jurist | anwalt | anwältin | richter | aktivist | stratege |
        strategin | abgeordnete | senator | bürgermeister | landrat | landrätin | publizist | autor |
        schriftsteller | dichter | journalist | korrespondent | redakteur | kolumnist | kritiker | experte | fellow |
        kurator""",
    "fr": """
        professeur | professeure | maître de conférences | maîtresse de conférences | enseignant-chercheur |
        enseignante-chercheuse | chercheur | chercheuse | chargé de recherche | chargée de recherche |
        directeur de recherche | directrice de recherche | universitaire | scientifique | économiste | historien |
        historienne | philosophe | sociologue | politologue | politiste | anthropologue | géographe | démographe |
        urbaniste | biologiste | climatologue | psychologue | psychiatre | psychanalyste | juriste | avocat |
        avocate | magistrat | magistrate | juge | analyste | directeur | directrice | président | présidente |
        fondateur | fondatrice | cofondateur | cofondatrice | ministre | ambassadeur | ambassadrice | diplomate |
        conseiller | conseillère | consultant | consultante | militant | militante | député | députée | sénateur |
        sénatrice | maire | doyen | doyenne | essayiste | écrivain | écrivaine | romancier | romancière | poète |
        dramaturge | journaliste | éditorialiste | chroniqueur | chroniqueuse | correspondant | correspondante |
        rédacteur | rédactrice | auteur | autrice | expert | experte | spécialiste""",
    "es": """
        profesor | profesora | catedrático | catedrática | investigador | investigadora | científico | científica |
        académico | académica | economista | historiador | historiadora | filósofo | filósofa | sociólogo |
        socióloga | politólogo | politóloga | antropólogo | antropóloga | geógrafo | geógrafa | demógrafo |
        demógrafa | urbanista | biólogo | bióloga | psicólogo | psicóloga | psiquiatra | jurista | abogado |
        abogada | magistrado | magistrada | analista | director | directora | presidente | presidenta | fundador |
        fundadora | cofundador | cofundadora | ministro | ministra | exministro | exministra | embajador |
        embajadora | diplomático | diplomática | asesor | asesora | consultor | consultora | activista | diputado |
        diputada | senador | senadora | alcalde | alcaldesa | decano | decana | rector | rectora | ensayista |
        escritor | escritora | novelista | poeta | dramaturgo | dramaturga | periodista | columnista |
        corresponsal | redactor | redactora | experto | experta | especialista""",
    "it": """
        professore | professoressa | docente | ricercatore | ricercatrice | scienziato | scienziata | accademico |
        accademica | economista | storico dell'arte | storica dell'arte | filosofo | filosofa | sociologo |
        sociologa | politologo | politologa | antropologo | antropologa | geografo | geografa | demografo |
        demografa | urbanista | biologo | biologa | psicologo | psicologa | psichiatra | giurista | avvocato |
        avvocata | avvocatessa | magistrato | magistrata | giudice | analista | direttore | direttrice | presidente |
        fondatore | fondatrice | cofondatore | cofondatrice | ministro | ministra | ambasciatore | ambasciatrice |
        diplomatico | diplomatica | consulente | consigliere | consigliera | attivista | deputato | deputata |
        senatore | senatrice | sindaco | sindaca | rettore | rettrice | saggista | scrittore | scrittrice |
        romanziere | poeta | poetessa | drammaturgo | drammaturga | giornalista | editorialista | corrispondente |
        redattore | redattrice | esperto | esperta | specialista""",
    "pt": """
        professor | professora | docente | investigador | investigadora | pesquisador | pesquisadora | cientista |
        académico | académica | acadêmico | acadêmica | economista | historiador | historiadora | filósofo |
        filósofa | sociólogo | socióloga | politólogo | politóloga | antropólogo | antropóloga | geógrafo |
        geógrafa | demógrafo | demógrafa | urbanista | biólogo | bióloga | psicólogo | psicóloga | psiquiatra |
        jurista | advogado | advogada | magistrado | magistrada | juiz | juíza | analista | diretor | diretora |
        director | directora | presidente | fundador | fundadora | cofundador | cofundadora | ministro | ministra |
        ex-ministro | ex-ministra | embaixador | embaixadora | diplomata | consultor | consultora | assessor |
        assessora | conselheiro | conselheira | ativista | activista | deputado | deputada | senador | senadora |
        autarca | reitor | reitora | ensaísta | escritor | escritora | romancista | poeta | poetisa | dramaturgo |
        dramaturga | jornalista | colunista | cronista | correspondente | redator | redatora | especialista""",
    "ru": """
        профессор | доцент | преподавател | исследовател | научн сотрудник | научн сотрудниц | учён | учен |
        академик | экономист | историк | философ | социолог | политолог | антрополог | географ | демограф |
        урбанист | биолог | климатолог | психолог | психиатр | юрист | адвокат | судь | аналитик | директор |
        руководител | основател | соосновател | президент | председател | декан | ректор | министр | посол |
        посл | дипломат | советник | консультант | активист | правозащитник | депутат | сенатор | губернатор |
        мэр | публицист | писател | поэт | драматург | журналист | корреспондент | редактор | колумнист |
        обозревател | автор | эксперт""",
    "pl": """
        profesor | profesorem | profesorką | wykładowcą | wykładowczynią | adiunktem | badaczem | badaczką |
        naukowcem | naukowczynią | ekonomistą | ekonomistką | historykiem | historyczką | filozofem | filozofką |
        socjologiem | socjolożką | politologiem | politolożką | antropologiem | antropolożką | demografem |
        demografką | urbanistą | urbanistką | biologiem | biolożką | klimatologiem | klimatolożką | psychologiem |
        psycholożką | psychiatrą | prawnikiem | prawniczką | adwokatem | adwokatką | radcą prawnym | sędzią |
        analitykiem | analityczką | dyrektorem | dyrektorką | prezesem | prezeską | założycielem | założycielką |
        współzałożycielem | współzałożycielką | przewodniczącym | przewodniczącą | dziekanem | rektorem | rektorką |
        ministrem | ambasadorem | ambasadorką | dyplomatą | dyplomatką | doradcą | doradczynią | ekspertem |
        ekspertką | aktywistą | aktywistką | publicystą | publicystką | pisarzem | pisarką | poetą | poetką |
        dziennikarzem | dziennikarką | felietonistą | felietonistką | korespondentem | korespondentką |
        redaktorem | redaktorką | komentatorem | komentatorką""",
    "ar": """
        كاتب | كاتبة | باحث | باحثة | أستاذ | أستاذة | محاضر | محاضرة | أكاديمي | أكاديمية | صحفي | صحفية |
        صحافي | صحافية | إعلامي | إعلامية | محلل | محللة | خبير | خبيرة | مستشار | مستشارة | محام | محامي |
        محامية | مؤرخ | مؤرخة | روائي | روائية | شاعر | شاعرة | أديب | أديبة | ناشط | ناشطة | دبلوماسي |
        دبلوماسية | سفير | سفيرة | عميد | عميدة | مدير | مديرة""",
    "el": """
        καθηγητής | καθηγήτρια | λέκτορας | ερευνητής | ερευνήτρια | επιστήμονας | οικονομολόγος | φιλόσοφος |
        κοινωνιολόγος | πολιτικός επιστήμονας | πολιτειολόγος | ανθρωπολόγος | γεωγράφος | δημογράφος |
        πολεοδόμος | συγκοινωνιολόγος | βιολόγος | κλιματολόγος | ψυχολόγος | ψυχίατρος | δικηγόρος | δικαστής |
        αναλυτής | αναλύτρια | διευθυντής | διευθύντρια | πρόεδρος | ιδρυτής | ιδρύτρια | συνιδρυτής | υπουργός |
        πρέσβης | διπλωμάτης | σύμβουλος | ακτιβιστής | ακτιβίστρια | βουλευτής | ευρωβουλευτής | δήμαρχος |
        κοσμήτορας | πρύτανης | συγγραφέας | αρθρογράφος | δημοσιογράφος | ανταποκριτής | ανταποκρίτρια | συντάκτης |
        συντάκτρια | αρχισυντάκτης | αρχισυντάκτρια | σχολιαστής | σχολιάστρια""",
    # Thai: writers, scholars and the trades of the press; found inside a run of letters, the word after a name.
    "th": """
        ผู้สื่อข่าว | นักข่าว | ผู้ประกาศข่าว | ช่างภาพ | บรรณาธิการ | คอลัมนิสต์ | นักเขียน | นักวิจัย | นักวิชาการ |
        อาจารย์ | ศาสตราจารย์ | ผู้เชี่ยวชาญ | นักเศรษฐศาสตร์ | นักประวัติศาสตร์ | นักรัฐศาสตร์ | นักสังคมวิทยา |
        นักกฎหมาย | ที่ปรึกษา | นักกิจกรรม | นักวิเคราะห์""",
    "tr": """
        gazeteci | yazar | köşe yazarı | akademisyen | öğretim üyesi | profesör | doçent | araştırmacı | ekonomist |
        tarihçi | sosyolog | hukukçu | avukat | analist | danışman | editör | muhabir | yorumcu""",
    "vi": """
        nhà báo | phóng viên | biên tập viên | bình luận viên | nhà văn | nhà nghiên cứu | nhà kinh tế | chuyên gia |
        giảng viên | giáo sư | phó giáo sư | tiến sĩ | luật sư | nhà phân tích | cộng tác viên | nhà thơ""",
    "uk": """
        професор | доцент | викладач | дослідни | науков співробітни | учен | науковец | науковц | академік |
        економіст | історик | філософ | соціолог | політолог | антрополог | географ | демограф | урбаніст |
        біолог | кліматолог | психолог | психіатр | юрист | адвокат | судд | аналітик | директор | керівни |
        засновни | співзасновни | президент | голов | декан | ректор | міністр | посол | посл | дипломат |
        радни | консультант | активіст | правозахисни | депутат | мер | публіцист | письменни | поет |
        драматург | журналіст | кореспондент | редактор | колумніст | оглядач | автор | експерт""",
    # Persian: a note may give the writer's doctorate for the job ("… دکترای اقتصاد دارد").
    "fa": """
        استاد | استادیار | دانشیار | پژوهشگر | محقق | مدرس | عضو هیئت علمی | اقتصاددان | جامعه‌شناس | تاریخ‌نگار |
        حقوقدان | وکیل | تحلیلگر | روزنامه‌نگار | خبرنگار | نویسنده | ستون‌نویس | مترجم | دکترای | دکترا""",
    # Hebrew: not "כתב" ("wrote", and a reporter) nor "סופר" ("counts"): a note says "הוא" before the job.
    "he": """
        כלכלן | כלכלנית | עיתונאי | עיתונאית | חוקר | חוקרת | פרופסור | מרצה | היסטוריון | היסטוריונית |
        סוציולוג | סוציולוגית | משפטן | משפטנית | עורך דין | עורכת דין | יועץ | יועצת | אנליסט | אנליסטית |
        פובליציסט | פובליציסטית | פרשן | פרשנית | סופרת | בעל טור | בעלת טור | מומחה | מומחית""",
    "id": """
        guru besar | profesor | dosen | peneliti | akademisi | ekonom | pengamat | analis | sosiolog | sejarawan |
        ahli | pakar | penulis | wartawan | jurnalis | kolumnis | konsultan | aktivis | advokat | pengacara |
        redaktur | editor | direktur eksekutif | pendiri | peneliti senior""",
    "nl": """
        hoogleraar | docent | onderzoeker | wetenschapper | econoom | historicus | socioloog | politicoloog |
        filosoof | analist | directeur | oprichter | adviseur | jurist | publicist | auteur | schrijver |
        schrijfster | dichter | journalist | correspondent | redacteur | columnist | columniste | criticus""",
}
# The kinds of place a job is held at.
INSTITUTIONS = {
    "de": "universität | hochschule | institut | stiftung | akademie | zentrum | klinik | klinikum | fakultät | "
          "lehrstuhl | ministerium | kanzlei | forum | labor | museum | verband",
    "fr": "université | institut | école | fondation | centre | académie | faculté | hôpital | ministère | "
          "laboratoire | observatoire | cabinet | collège | sciences po | cnrs",
    "es": "universidad | instituto | escuela | fundación | centro | academia | facultad | hospital | ministerio | "
          "laboratorio | observatorio | despacho | csic",
    "it": "università | istituto | scuola | fondazione | centro | accademia | facoltà | ospedale | ministero | "
          "laboratorio | osservatorio | politecnico | ateneo",
    "pt": "universidade | instituto | escola | fundação | centro | academia | faculdade | hospital | ministério | "
          "laboratório | observatório | politécnico",
    "ru": "университет | институт | школ | фонд | центр | академи | факультет | кафедр | больниц | министерств | "
          "лаборатори | обсерватори | колледж | вуз",
    "pl": "uniwersytet | uniwersytecie | uniwersytetu | uczelni | instytut | instytucie | instytutu | fundacji | "
          "akademii | centrum | wydziale | wydziału | katedrze | katedry | politechnice | politechniki | "
          "ministerstwie | ministerstwa | szpitalu | szpitala | laboratorium | obserwatorium | kancelarii",
    "ar": "جامعة | معهد | مركز | أكاديمية | كلية | مستشفى | وزارة | مختبر | مرصد",
    "el": "πανεπιστήμιο | πανεπιστημίου | ινστιτούτο | ινστιτούτου | ίδρυμα | ιδρύματος | σχολή | σχολής | ακαδημία | "
          "ακαδημίας | κέντρο | κέντρου | νοσοκομείο | νοσοκομείου | υπουργείο | υπουργείου | εργαστήριο | "
          "εργαστηρίου | πολυτεχνείο | πολυτεχνείου",
    "th": "มหาวิทยาลัย | สถาบัน | มูลนิธิ | ศูนย์ | คณะ | โรงพยาบาล | กระทรวง",
    "tr": "üniversitesi | üniversite | enstitüsü | enstitü | vakfı | vakıf | merkezi | fakültesi | hastanesi | "
          "bakanlığı",
    "vi": "đại học | trường đại học | viện | học viện | trung tâm | bệnh viện | bộ",
    "uk": "університет | інститут | школ | фонд | центр | академі | факультет | кафедр | лікарн | міністерств | "
          "лабораторі | обсерваторі | коледж | виш",
    "fa": "دانشگاه | پژوهشگاه | پژوهشکده | مؤسسه | موسسه | مرکز | دانشکده | بنیاد | فرهنگستان",
    "he": "אוניברסיטת | האוניברסיטה | אוניברסיטה | מכון | המכון | המרכז | מרכז | הפקולטה | פקולטה | מכללת | המכללה | "
          "הטכניון | קרן",
    "id": "universitas | institut | lembaga | pusat | fakultas | sekolah tinggi | yayasan | kementerian | "
          "rumah sakit | politeknik",
    "nl": "universiteit | hogeschool | instituut | stichting | academie | ministerie | museum"
}
# The languages that write a job as the head of a compound.
COMPOUNDING = ("de",)
ROLE_ENDINGS = {
    "de": "in innen en n e er s",
    "ru": "а я у ю ом ем ём е и ы ь ей ой ёй ов ев ам ям ами ями ах ях ый ий ая яя ое ую ым им ого его ому ему ых их",
    # Ukrainian: a stem's case endings, and a job's masculine and feminine forms ("дослідни|к", "дослідни|ця",
    # "економіст|ка").
    "uk": "а я у ю ом ем е є і ї и ь ою ею єю ів їв ам ям ами ями ах ях ий ій ого ього ому ьому им ім их іх к ка ки "
          "ку кою ків ці ця цю цею ць ок",
    "ar": "ا",  # the accusative after "كان" ("كان باحثا")
    # The particles Korean writes onto a noun ("본지의", "방향과", "필자는"), for its disclaimers' words.
    "ko": "은 는 이 가 을 를 의 과 와 에 에서 에게 께 도 만 로 으로",
}
# The languages whose disclaimers' words take the endings of ``ROLE_ENDINGS`` (Korean's particles).
PARTICLE_LANGUAGES = ("ko",)
# A job line's words before the job ("Stellvertretende Direktorin …", "Бывший посол …").
ROLE_MODIFIERS = {
    "de": "stellvertretende stellvertretender ehemalige ehemaliger emeritierte emeritierter außerordentliche "
          "außerordentlicher wissenschaftliche wissenschaftlicher leitende leitender",
    "fr": "ancien ancienne",
    "es": "ex",
    "it": "ex",
    "pt": "ex",
    "ru": "бывший бывшая старший старшая ведущий ведущая главный главная",
    "pl": "były była emerytowany emerytowana",
    "el": "πρώην ομότιμος ομότιμη αναπληρωτής αναπληρώτρια επίκουρος επίκουρη",
    "tr": "eski emekli kıdemli",
    "vi": "nguyên",
    "uk": "колишній колишня старший старша провідний провідна головний головна",
}
# A title before a full name ("Prof. Dr. …"), and the honorifics by which a story names a person a second time
# ("Frau Lanz ist …", "M. Marchal est …"): a note gives the full name.
NAME_TITLES = {
    "de": "dr | prof | professor | professorin",
    "fr": "dr | pr | professeur | professeure",
    "es": "dr | dra | prof",
    "it": "prof | prof.ssa | dott | dott.ssa | dr",
    "pt": "dr | dra | prof | prof.ª",
    "pl": "dr | prof | dr hab | mgr | inż",
    "ar": "د | الدكتور | الدكتورة",
    "el": "δρ | καθ",
    "tr": "dr | prof | doç",
    "vi": "ts | pgs | gs | ths",
    "fa": "دکتر | مهندس",
    "he": "ד\"ר | ד״ר | דר' | דר׳ | פרופ' | פרופ׳ | פרופסור",
    "id": "prof | dr | drs | dra | ir | h | hj | kh",
}
HONORIFICS = {
    "de": "herr frau",
    "fr": "m mme mlle monsieur madame",
    "es": "señor señora sr sra don doña",
    "it": "signor signore signora sig sig.ra",
    "pt": "senhor senhora sr sra dona",
    "ru": "господин госпожа",
    "pl": "pan pani",
    # Arabic names a person behind their place or office as often as by an honorific ("رئيس البلدية سليم …",
    # "صاحب المقهى أبو …"): such a word opens no name.
    "ar": "السيد السيدة رئيس رئيسة وزير وزيرة نائب نائبة عضو محافظ محافظة أمين صاحب صاحبة",
    "el": "κ κα κος κύριος κυρία",
    # Thai writes the honorific onto the name ("นายธนากร", "นางสมพร"): a name that opens with one is a person in the
    # news (``furniture_lines``), as "Frau Lanz" is.
    "th": "นาย นาง นางสาว",
    "tr": "bay bayan sayın",
    # Vietnamese names a person again by a word of kinship or rank before the given name ("ông Thắng", "bà Hoa").
    "vi": "ông bà anh chị cô chú bác em",
    "uk": "пан пані",
    "fa": "آقای خانم جناب سرکار آقاي",
    "he": "מר גב' גב׳ גברת",
    "id": "bapak ibu pak bu saudara saudari sdr",
}
# The article a language writes before a person's name ("Ο Θοδωρής Μακρής είναι …", "Η Ελένη Σαρρή …"): a note may
# open with it.
NAME_ARTICLES = {
    "el": "ο | η",
}
# Words that put an event in time: what happened to someone "am Montag" or "el verano pasado" is news, not a note
# (the names of weekdays and months, ``DATE_NAMES``, count too; Russian "году" is "in the year …", where "с … года"
# is "since").
EVENT_TIME = {
    "de": "gestern | heute | vorgestern | vergangene | vergangenen | vergangener | vergangenes | letzte woche | "
          "letzten woche | letzten monat | letztes jahr | vorige woche | vorigen woche | kürzlich | neulich | jüngst | "
          "im frühjahr | im frühling | im sommer | im herbst | im winter",
    "fr": "hier | aujourd'hui | avant-hier | ce matin | cette semaine | semaine dernière | mois dernier | "
          "an dernier | année dernière | été dernier | hiver dernier | automne dernier | printemps dernier | "
          "semaine passée | récemment | au printemps | cet été | cet hiver",
    "es": "ayer | hoy | anoche | anteayer | esta semana | semana pasada | mes pasado | año pasado | verano pasado | "
          "invierno pasado | otoño pasado | primavera pasada | recientemente | este verano | este invierno",
    "it": "ieri | oggi | stamattina | stanotte | scorso | scorsa | scorsi | scorse | recentemente | di recente | "
          "quest'estate | quest'inverno",
    "pt": "ontem | hoje | anteontem | esta semana | semana passada | mês passado | ano passado | verão passado | "
          "inverno passado | outono passado | primavera passada | recentemente",
    "ru": "вчера | сегодня | позавчера | недавно | прошлом | прошлой | прошлым | прошлого | году | летом | зимой | "
          "весной | осенью | январе | феврале | марте | апреле | мае | июне | июле | августе | сентябре | октябре | "
          "ноябре | декабре",
    "pl": "wczoraj | dzisiaj | dziś | przedwczoraj | niedawno | ostatnio | w zeszłym tygodniu | w zeszłym roku | "
          "w ubiegłym tygodniu | w ubiegłym roku | w zeszłym miesiącu | tego lata | latem | zimą | wiosną | jesienią | "
          "styczniu | lutym | marcu | kwietniu | maju | czerwcu | lipcu | sierpniu | wrześniu | październiku | "
          "listopadzie | grudniu",
    "ar": "أمس | أول أمس | الأسبوع الماضي | الشهر الماضي | العام الماضي | السنة الماضية | مؤخرا | هذا الأسبوع | "
          "هذا الشهر | صباح | مساء | الليلة",
    "el": "χθες | χτες | σήμερα | προχθές | πρόσφατα | πέρσι | πέρυσι | φέτος | την περασμένη εβδομάδα | "
          "τον περασμένο μήνα | το περασμένο καλοκαίρι",
    "th": "เมื่อวาน | เมื่อวานนี้ | วันนี้ | เมื่อคืน | เมื่อเช้า | เมื่อสัปดาห์ที่แล้ว | เมื่อปีที่แล้ว | ที่ผ่านมา",
    "tr": "dün | bugün | bu sabah | dün akşam | dün gece | geçen hafta | geçen ay | geçen yıl | bu hafta | geçtiğimiz",
    "vi": "hôm qua | hôm nay | sáng nay | chiều nay | tối qua | đêm qua | tuần trước | tháng trước | năm ngoái | "
          "tuần này | vừa qua",
    "uk": "вчора | учора | сьогодні | позавчора | нещодавно | минулого | минулому | минулої | минулій | році | "
          "влітку | взимку | навесні | восени | січні | лютому | березні | квітні | травні | червні | липні | "
          "серпні | вересні | жовтні | листопаді | грудні",
    "fa": "دیروز | امروز | پریروز | امسال | هفته گذشته | ماه گذشته | سال گذشته | اخیراً | اخیرا",
    "he": "אתמול | היום | שלשום | בשבוע שעבר | בחודש שעבר | בשנה שעברה | לאחרונה | הבוקר",
    "id": "kemarin | hari ini | pagi ini | pekan lalu | minggu lalu | bulan lalu | tahun lalu | baru-baru ini",
}

# Disclaimers about the article itself. ``DISCLAIMER_LABELS``: a label and a colon that make the line a note about
# the article ("Hinweis der Redaktion:", "Fe de errores:"). ``DISCLAIMERS``: clauses that make a short line a
# disclaimer by themselves: not advice, an earlier version of the article, the spelling a Portuguese writer keeps.
# Whose views: a sentence naming views (``VIEWS``) and whose they are, the writer's or the outlet's
# (``WHOSE_VIEWS``: "der Autorin", "de la rédaction", "мнением автора"), is the note that an opinion is the
# writer's own; views named alone are the news' ("Las opiniones expresadas por los vecinos …").
DISCLAIMER_LABELS = {
    # Malayalam: the editor's note, a disclaimer.
    "ml": "എഡിറ്ററുടെ കുറിപ്പ് | നിരാകരണം",
    # Punjabi: the editor's note, a disclaimer. Not "ਸਪਸ਼ਟੀਕਰਨ" (a clarification), which opens headlines of news.
    "pa": "ਸੰਪਾਦਕੀ ਨੋਟ | ਬੇਦਾਅਵਾ",
    # Gujarati: the editor's note, a disclaimer. Not "સ્પષ્ટતા" (a clarification): headlines open on it for a
    # clarification someone made ("સ્પષ્ટતા: ડેરીના ચેરમેને ભાવ ઘટાડાની વાત નકારી").
    "gu": "તંત્રી નોંધ | ડિસ્ક્લેમર",
    "bg": "от редакцията | бележка на редакцията | поправка | уточнение",
    "de": "hinweis der redaktion | anmerkung der redaktion | in eigener sache | offenlegung | transparenzhinweis | "
          "korrektur | korrekturhinweis | berichtigung | disclaimer",
    "fr": "note de la rédaction | ndlr | avertissement | correction | rectificatif | erratum | transparence",
    "es": "nota de la redacción | nota del editor | aclaración | fe de errores | rectificación | corrección | "
          "transparencia",
    "it": "nota della redazione | nota del direttore | precisazione | rettifica | errata corrige | correzione",
    "pt": "nota da redação | nota da redacção | nota do editor | nota do director | nota do diretor | correção | "
          "correcção | errata | rectificação | retificação | esclarecimento",
    "ru": "от редакции | примечание редакции | поправка | уточнение | исправление",
    "pl": "od redakcji | nota redakcji | uwaga redakcji | notka redakcyjna | sprostowanie | korekta | errata",
    "ar": "ملاحظة المحرر | ملاحظة التحرير | تنويه | تصحيح | توضيح | إخلاء مسؤولية | إخلاء المسؤولية",
    "ja": "おことわり | お断り | 訂正 | 編集部注",
    "hi": "संपादकीय टिप्पणी | संपादक की टिप्पणी | सुधार | अस्वीकरण | डिस्क्लेमर",
    "ko": "바로잡습니다 | 알려드립니다 | 정정 | 편집자 주 | 편집자주",
    "zh": "更正 | 编者按 | 编者注 | 免责声明 | 特别声明",
    "el": "σημείωση της σύνταξης | σημείωση σύνταξης | σημείωση του συντάκτη | διόρθωση | διευκρίνιση | "
          "αποποίηση ευθύνης",
    "th": "หมายเหตุ | หมายเหตุบรรณาธิการ | หมายเหตุจากกองบรรณาธิการ | แก้ไข | ข้อจำกัดความรับผิดชอบ",
    "tr": "editörün notu | editör notu | düzeltme | yasal uyarı | not",
    "vi": "ghi chú của biên tập | lời tòa soạn | lời toà soạn | đính chính | tuyên bố miễn trừ",
    "fa": "اصلاحیه | یادداشت سردبیر | توضیح سردبیر",
    "he": "הבהרה | תיקון | הערת המערכת",
    "id": "catatan redaksi | ralat | koreksi | disclaimer",
    "ms": "nota editor | pembetulan | penafian",
    "uk": "від редакції | примітка редакції | виправлення | уточнення | спростування",
    "fi": "oikaisu | korjaus | toimituksen huomautus",
    "ur": "تصحیح | وضاحت | ادارتی نوٹ"
}
DISCLAIMERS = {
    # Burmese: the views in the piece are the writer's own.
    "my": "စာရေးသူ၏ ကိုယ်ပိုင်အမြင်များ | စာရေးသူ၏ ကိုယ်ပိုင်အမြင် | စာရေးသူ၏ အမြင်သာ",
    "lt": "nebūtinai sutampa su redakcijos pozicija | nebūtinai sutampa su redakcijos nuomone | "
          "neatspindi redakcijos pozicijos",
    "de": "keine anlageberatung | keine anlageempfehlung | keine kaufempfehlung | keine rechtsberatung | "
          "keine steuerberatung | in einer früheren version dieses artikels | in einer früheren fassung dieses "
          "artikels | in einer früheren version dieses textes | dieser artikel wurde nachträglich",
    "fr": "ne constitue pas un conseil en investissement | ne constitue pas un conseil | ne constitue en aucun cas "
          "un conseil | une précédente version de cet article | une version précédente de cet article | une "
          "première version de cet article",
    "es": "no constituye asesoramiento | no constituye una recomendación de inversión | no constituye una "
          "recomendación de compra | una versión anterior de esta noticia | una versión anterior de este "
          "artículo | una versión anterior de esta información",
    "it": "non costituisce consulenza | non costituisce sollecitazione | non costituisce una raccomandazione | "
          "una versione precedente di questo articolo | una precedente versione di questo articolo",
    "pt": "não constitui aconselhamento | não constitui recomendação de investimento | uma versão anterior deste "
          "artigo | uma versão anterior desta notícia | escreve de acordo com a antiga ortografia | escreve segundo "
          "a antiga ortografia | escreve de acordo com o antigo acordo ortográfico | escreve segundo o antigo "
          "acordo ortográfico | escreve ao abrigo do antigo acordo ortográfico | não escreve segundo o novo acordo "
          "ortográfico | escreve de acordo com o novo acordo ortográfico | escreve segundo o novo acordo "
          "ortográfico",
    "ru": "не является инвестиционной рекомендацией | не является индивидуальной инвестиционной рекомендацией | "
          "в предыдущей версии этой статьи | в первоначальной версии этой статьи",
    "pl": "nie stanowi porady inwestycyjnej | nie stanowi rekomendacji | nie stanowi porady | w poprzedniej wersji "
          "tego artykułu | we wcześniejszej wersji tego artykułu | w pierwotnej wersji tego artykułu",
    "ar": "لا يشكل نصيحة استثمارية | لا تشكل نصيحة استثمارية | لا يعد نصيحة استثمارية | في نسخة سابقة من هذا "
          "المقال | في نسخة سابقة من هذا الخبر",
    "ja": "投資の勧誘を目的としたものではありません | 投資の勧誘を目的とするものではありません | "
          "投資助言ではありません | 記事の一部を訂正しました | 記事を一部修正しました",
    "hi": "निवेश सलाह नहीं है | निवेश की सलाह नहीं है | इस लेख के पिछले संस्करण में | इस खबर के पिछले संस्करण में",
    "ko": "편집 방향과 다를 수 있습니다 | 편집방향과 다를 수 있습니다 | 입장과 다를 수 있습니다 | "
          "견해와 다를 수 있습니다 | 입장과 무관합니다 | 입장과 관계없습니다",
    "zh": "不构成投资建议 | 不代表本网立场 | 不代表本站立场 | 不代表本报立场 | 不代表本平台立场",
    "el": "δεν αποτελεί επενδυτική συμβουλή | δεν αποτελούν επενδυτική συμβουλή | σε προηγούμενη εκδοχή αυτού του "
          "άρθρου | σε προηγούμενη έκδοση αυτού του άρθρου",
    "th": "ไม่จำเป็นต้องสอดคล้องกับจุดยืน | ไม่จำเป็นต้องตรงกับจุดยืน | ไม่ใช่คำแนะนำในการลงทุน | "
          "ไม่ถือเป็นคำแนะนำในการลงทุน",
    "tr": "yatırım tavsiyesi değildir | yatırım tavsiyesi niteliği taşımaz | yayın politikamızı yansıtmayabilir | "
          "yayın politikasını yansıtmaz",
    "vi": "không phải lời khuyên đầu tư | không nhất thiết phản ánh | không phản ánh quan điểm của",
    "fa": "لزوماً بازتاب‌دهنده | لزوما بازتاب‌دهنده | لزوماً بازتاب دهنده | لزوما بازتاب دهنده | لزوماً بیانگر | "
          "لزوما بیانگر | الزاماً بیانگر | الزاما بیانگر | لزوماً منعکس‌کننده | لزوما منعکس کننده",
    "he": "משקף את דעת הכותב | משקף את דעת הכותבת | משקפת את דעת הכותב | משקפת את דעת הכותבת | "
          "משקפים את דעת הכותבים | על אחריות הכותב | אינו משקף בהכרח | אינה משקפת בהכרח | אינם משקפים בהכרח | "
          "אינו מהווה ייעוץ השקעות",
    "id": "tidak mencerminkan pandangan redaksi | tidak mencerminkan kebijakan redaksi | merupakan pendapat pribadi "
          "penulis | sepenuhnya tanggung jawab penulis | bukan merupakan ajakan untuk membeli | "
          "bukan ajakan untuk membeli | "
          "bukan rekomendasi investasi",
    "ms": "tidak semestinya mencerminkan | pandangan peribadi penulis | bukan nasihat pelaburan",
    "uk": "не є інвестиційною рекомендацією | може не збігатися з позицією редакції | "
          "може не збігатися з думкою редакції | у попередній версії цієї статті | у першій версії цієї статті",
    "nl": "geen beleggingsadvies | in een eerdere versie van dit artikel",
    "fi": "välttämättä edusta | välttämättä vastaa | ei ole sijoitusneuvontaa",
    "ur": "متفق ہونا ضروری نہیں | سے متفق ہونا ضروری نہیں"
}
VIEWS = {
    # Malayalam: the views, the opinions.
    "ml": "അഭിപ്രായങ്ങൾ | കാഴ്ചപ്പാടുകൾ | വീക്ഷണങ്ങൾ",
    # Punjabi: the views, the opinions.
    "pa": "ਵਿਚਾਰ | ਰਾਇ | ਰਾਏ",
    # Gujarati: the views, the opinions.
    "gu": "વિચારો | મંતવ્યો | મંતવ્ય | અભિપ્રાય",
    # Burmese: the views ("အမြင်များ"), with the plural written onto the word.
    "my": "အမြင် | အမြင်များ",
    "bg": "мнението | мнение | позицията | позиция | гледната точка",
    "lt": "nuomonė | nuomonę | požiūris | požiūrį | pozicija | poziciją",
    # Hungarian: the views in the cases a disclaimer writes ("a szerzők véleményét tükrözik").
    "hu": "véleményét | véleménye | véleményüket | álláspontját | álláspontja",
    "de": "meinung | ansicht | ansichten | position | haltung | standpunkt",
    "fr": "opinion | opinions | point de vue | points de vue | position | n'engage que | n'engagent que | "
          "n'engage pas | n'engagent pas",
    "es": "opinión | opiniones | punto de vista | puntos de vista | posición | postura | responsabilidad exclusiva | "
          "exclusiva responsabilidad",
    "it": "opinione | opinioni | punto di vista | punti di vista | posizione | esclusiva responsabilità | "
          "responsabilità esclusiva | impegnano soltanto | impegnano solo | impegna soltanto | impegna solo",
    "pt": "opinião | opiniões | ponto de vista | pontos de vista | posição | exclusiva responsabilidade | "
          "responsabilidade exclusiva",
    "ru": "мнение | мнением | мнения | точка зрения | точку зрения | позиция | позицию | позицией",
    "pl": "opinia | opinie | opinii | poglądy | poglądów | stanowisko | stanowiska | stanowiskiem | punkt widzenia",
    "ar": "رأي | آراء | الرأي | الآراء | وجهة نظر | وجهات نظر",
    "ja": "見解 | 意見 | 考え",
    "hi": "विचार | राय",
    "ne": "विचार | धारणा",
    "ko": "편집 방향 | 편집방향 | 견해 | 의견 | 입장 | 논조",
    "zh": "观点 | 立场 | 看法",
    "el": "άποψη | απόψεις | γνώμη | γνώμες | θέση | θέσεις",
    "th": "ความคิดเห็น | ทัศนะ | มุมมอง | จุดยืน",
    "tr": "görüş | görüşler | görüşleri | düşünceler | görüşlerini",
    "vi": "quan điểm | quan điểm riêng | ý kiến riêng",
    "fa": "دیدگاه | دیدگاه‌ها | دیدگاه‌های | نظر | نظرات | موضع | مواضع",
    "he": "דעת | דעתו | דעתה | עמדת | עמדה | השקפת",
    "id": "pendapat | pandangan | opini | sikap",
    "ms": "pandangan | pendapat | pendirian",
    "uk": "думка | думку | думкою | точка зору | точку зору | позиція | позицію | позицією",
    "nl": "mening | meningen | standpunt | standpunten | opvatting | opvattingen | visie",
    "bn": "মতামত | মত | দৃষ্টিভঙ্গি",
    "fi": "näkemys | näkemyksiä | näkemyksiään | näkemyksen | mielipide | mielipiteitä | mielipiteensä",
    "ur": "ذاتی رائے | ذاتی خیالات | ذاتی آراء"
}
WHOSE_VIEWS = {
    # Malayalam: the writer's own ("ലേഖകന്റെ വ്യക്തിപരമായ"); the writer's alone is news of a writer.
    "ml": "ലേഖകന്റെ വ്യക്തിപരമായ | ലേഖികയുടെ വ്യക്തിപരമായ | ലേഖകന്റെ സ്വന്തം | ലേഖികയുടെ സ്വന്തം",
    # Punjabi: the writer's own ("ਲੇਖਕ ਦੇ ਨਿੱਜੀ"), its postposition written apart; the writer's alone is news of a writer.
    "pa": "ਲੇਖਕ ਦੇ ਨਿੱਜੀ | ਲੇਖਿਕਾ ਦੇ ਨਿੱਜੀ",
    # Gujarati: the writer's own ("લેખકના અંગત"), with the ending written onto the word; the writer's alone
    # ("લેખકના વિચારો સાંભળવા", to hear the writer's views) is news of a writer.
    "gu": "લેખકના અંગત | લેખકનાં અંગત | લેખિકાના અંગત | લેખિકાનાં અંગત",
    # Burmese: the writer's ("စာရေးသူ၏"), the editors'.
    "my": "စာရေးသူ၏ | စာရေးသူ | အယ်ဒီတာအဖွဲ့၏",
    "bg": "автора | авторите | редакцията | изданието",
    "lt": "autorių | autoriaus | autorės | redakcijos",
    "hu": "szerzők | szerző | szerzőjének | szerzőinek | szerzőjét | szerzőik",
    "de": "des autors | der autorin | der autoren | der autorinnen | des verfassers | der verfasserin | "
          "des gastautors | der gastautorin | der redaktion",
    "fr": "leur auteur | leur autrice | leurs auteurs | son auteur | son autrice | ses auteurs | de l'auteur | "
          "de l'autrice | des auteurs | de la rédaction | du journal",
    "es": "su autor | su autora | sus autores | sus autoras | del autor | de la autora | de los autores | "
          "de quien la firma | de quien lo firma | de la redacción | del periódico | línea editorial",
    "it": "dell'autore | dell'autrice | degli autori | della redazione | del giornale | della testata | "
          "linea editoriale | i loro autori | il loro autore | la loro autrice | le loro autrici | chi le firma | "
          "chi li firma",
    "pt": "do autor | da autora | dos autores | dos seus autores | das autoras | da redação | da redacção | "
          "do jornal | linha editorial",
    "ru": "автора | авторов | автором | редакции | издания",
    "pl": "autora | autorki | autorów | autorek | redakcji | wydawcy",
    "ar": "كاتبها | كاتبه | كتابها | الكاتب | الكاتبة | كاتب المقال | كاتبة المقال | أصحابها | صاحبها | "
          "صاحب المقال | المؤلف | المؤلفة | هيئة التحرير | أسرة التحرير",
    "ja": "筆者 | 執筆者 | 著者 | 寄稿者 | 編集部 | 当社 | 弊社",
    # Hindi: the writer's own ("लेखक के निजी", "लेखक के अपने"); the writer's alone ("लेखक के विचार सुनने", to hear the
    # writer's views) is news of a writer.
    "hi": "लेखक के निजी | लेखिका के निजी | लेखकों के निजी | उनके निजी | लेखक के व्यक्तिगत | लेखिका के व्यक्तिगत | "
          "लेखक के अपने | लेखिका के अपने",
    "ko": "필자 | 외부 필자 | 기고자 | 본지 | 본사",
    "zh": "作者 | 本网 | 本站 | 本报 | 本台 | 本平台 | 本刊",
    "el": "του συγγραφέα | τον συγγραφέα | των συγγραφέων | τους συγγραφείς | της συγγραφέως | του αρθρογράφου | "
          "της σύνταξης | της εφημερίδας | την εφημερίδα | του ιστότοπου | του σταθμού",
    "th": "ผู้เขียน | กองบรรณาธิการ",
    "tr": "yazara aittir | yazarına aittir | yazarın | yazara | yayın kuruluşumuzun",
    "vi": "của tác giả | tác giả | của tòa soạn | của toà soạn | của báo",
    "fa": "نویسنده | نگارنده | تحریریه | سردبیری",
    "he": "הכותב | הכותבת | הכותבים | המערכת",
    "id": "penulis | redaksi",
    "ms": "penulis | editorial | sidang pengarang",
    "uk": "автора | авторки | авторів | редакції | видання",
    "nl": "van de auteur | van de schrijver | van de columnist | van de redactie",
    # Bengali: the writer's own (a caseless script: "the writer's" alone is a phrase of news too).
    "bn": "লেখকের নিজস্ব",
    "fi": "kirjoittajan | kirjoittajien | kirjoittajiensa | kirjoittajansa",
    "ur": "مصنف | مضمون نگار | کالم نگار | لکھاری",
    # Nepali: the writer's own (views), in its genitive's forms.
    "ne": "लेखकका निजी | लेखकको निजी | लेखिकाका निजी | लेखिकाको निजी | लेखकका व्यक्तिगत | लेखकको व्यक्तिगत",
}

# A contributor's note in a language written without spaces, where no capital opens a name and no copula follows it
# ("もりした・なおみ　1974年生まれ。… 著書に『…』。"): the phrases such a note is made of (born in, graduated from,
# specialises in, author of), two of them at least in a short passage without quotation or reporting.
BIO_PHRASES = {
    "ja": "年生まれ | 著書に | 著書は | 主な著書 | 専門は | 専攻は | 大学院修了 | 博士課程修了 | 大学卒業 | 大学卒 | "
          "を経て現職 | を経て",
}
# A note names the writer it is about: words for the writer of the piece (a profile of a person in the news, "佐藤氏は
# …大学卒業後、…を経て現職。", is made of the same phrases, but names its subject by a particle, not as a writer).
BIO_WRITER = {
    "ja": "筆者 | 執筆者 | 寄稿者",
}
# A contributor's note behind its label ("作者简介：…", "लेखक परिचय: …"), and the word for the writer that opens a
# note set in brackets under the piece ("（作者系资深媒体人）", "(लेखक वरिष्ठ पत्रकार हैं।)").
BIO_LABELS = {
    # Malayalam: about the writer.
    "ml": "ലേഖകനെക്കുറിച്ച് | ലേഖികയെക്കുറിച്ച്",
    # Punjabi: about the writer.
    "pa": "ਲੇਖਕ ਬਾਰੇ | ਲੇਖਿਕਾ ਬਾਰੇ | ਲੇਖਕ ਪਰਿਚੈ",
    # Gujarati: about the writer.
    "gu": "લેખક પરિચય | લેખક વિશે | લેખિકા વિશે",
    "bg": "за автора | за авторката | за авторите",
    "zh": "作者简介 | 作者介绍 | 关于作者",
    "ko": "필자 소개 | 필자 약력 | 글쓴이 소개",
    "hi": "लेखक परिचय | लेखिका परिचय | लेखक के बारे में | लेखिका के बारे में",
    "ne": "लेखक परिचय | लेखिका परिचय | लेखकबारे",
    "el": "για τον συγγραφέα | σχετικά με τον συγγραφέα | για την συγγραφέα",
    "th": "เกี่ยวกับผู้เขียน | ประวัติผู้เขียน",
    "tr": "yazar hakkında | yazarın biyografisi",
    "vi": "về tác giả | giới thiệu tác giả",
    # "About the author:" in languages whose note may open on it before the writer's name ("O autorovi: …",
    # "ავტორის შესახებ: …", "Об авторе: …").
    "cs": "o autorovi | o autorce | o autorech",
    "sk": "o autorovi | o autorke | o autoroch",
    "pl": "o autorze | o autorce",
    "ru": "об авторе | об авторах",
    "uk": "про автора | про авторку",
    "ka": "ავტორის შესახებ | ავტორების შესახებ",
    "de": "über den autor | über die autorin | zum autor | zur autorin",
    "es": "sobre el autor | sobre la autora",
    "pt": "sobre o autor | sobre a autora",
    "sw": "kuhusu mwandishi",
}
NOTE_WRITER = {
    # Malayalam: the writer, in brackets opening the note ("(ലേഖകൻ … ആണ്.)").
    "ml": "ലേഖകൻ | ലേഖിക",
    # Punjabi: the writer, in brackets opening the note ("(ਲੇਖਕ … ਹਨ।)").
    "pa": "ਲੇਖਕ | ਲੇਖਿਕਾ",
    # Gujarati: the writer, in brackets opening the note ("(લેખક … છે.)").
    "gu": "લેખક | લેખિકા",
    "zh": "作者",
    "tr": "yazar",
    "vi": "tác giả",
    "hi": "लेखक | लेखिका",
    "ne": "लेखक | लेखिका",
    "el": "ο συγγραφέας | η συγγραφέας | ο αρθρογράφος | η αρθρογράφος",
    "th": "ผู้เขียน",
}
# An invitation to readers to send in what they saw (``READER_APPEALS``: information, pictures, videos), addressed
# to them (``APPEAL_READERS``): "we are looking for your information and footage", in the outlet's own name
# (``APPEAL_OUTLET``). A town asking residents for their views, or for footage of a landslide, is news.
APPEAL_READERS = {
    "ja": "みなさん | 皆さん | 皆様 | 皆さま | あなた | 読者 | 視聴者",
    "tr": "okurlarımız | okuyucularımız | değerli okurlar | izleyicilerimiz | yardım etmek isteyenler",
    "vi": "bạn đọc | quý độc giả | độc giả | quý vị | khán giả",
}
READER_APPEALS = {
    "ja": "情報や映像を募集 | 情報・映像を募集 | 映像を募集 | 動画を募集 | 写真や動画を募集 | 写真や映像を募集 | "
          "情報提供を募集 | 情報をお寄せください | 映像をお寄せください | 情報提供はこちら | 投稿はこちら",
    "tr": "görüntülerinizi | fotoğraflarınızı | videolarınızı | ihbarlarınızı",
    "vi": "gửi thông tin | gửi hình ảnh | gửi video | cung cấp thông tin",
}
# The outlet asking in its own name: itself, its programme, its form, its link or a request to the reader
# ("番組では…募集しています", "投稿はこちら", "…お寄せください").
APPEAL_OUTLET = {
    "ja": "当社 | 弊社 | 本サイト | 当サイト | 本紙 | 弊紙 | 番組 | 編集部 | 取材班 | こちら | 投稿フォーム | ください",
    "tr": "ihbar hattı | whatsapp hattı | haber merkezimize | gönderin",
    "vi": "tòa soạn | toà soạn | đường dây nóng | hotline",
}
# A prompt that speaks to the reader by its own form, so that a short line with one is a prompt wherever the phrase
# stands (``READER_PROMPTS``): Turkish's polite imperatives, whose ending is the reader's "you" ("takip edin", "abone
# olun", "indirin"), and the rules of a comment box, which no clause of news is made of ("yorum yapmak için oturum
# açın", "editör onayından sonra", "để lại bình luận"); and a prompt that is one when it opens the line
# (``OPENING_PROMPTS``): Vietnamese writes its imperative as any other form of the verb, with no "you", and a line of
# news opens on its subject, not on "download the app" or "sign up for the package".
READER_PROMPTS = {
    # Filipino: a comment box's prompt ("Sumulat ng komento...", write a comment; "Mag-iwan ng komento", leave one).
    "tl": "sumulat ng komento | magsulat ng komento | mag-iwan ng komento | mag-iwan ng puna | "
          "isulat ang iyong komento",
    "bg": "оставете коментар | остави коментар | напишете коментар | за да коментирате | влезте в профила си",
    # Lithuanian: a comment box's prompt ("Norėdami komentuoti, prisijunkite.").
    "lt": "norėdami komentuoti | palikite komentarą | parašykite komentarą | komentuoti gali tik",
    # Hungarian: a comment box's prompt ("A hozzászólások megtekintéséhez jelentkezzen be.").
    "hu": "a hozzászólások megtekintéséhez | hozzászóláshoz jelentkezzen be | szóljon hozzá | jelentkezzen be",
    "tr": """
        takip edin | abone olun | üye olun | kaydolun | giriş yapın | giriş yapmalısınız | oturum açın | indirin |
        tıklayın | yorum yapmak için | yorum yazmak için | editör onayından sonra""",
    "vi": "để lại bình luận | để lại ý kiến | viết bình luận của bạn | gửi bình luận của bạn | bình luận bên dưới",
    # A comment box's prompt and rules, a channel's invitation, a supporters' club.
    "fa": "دیدگاه خود را بنویسید | نظر خود را بنویسید | دیدگاه خود را ثبت کنید | نظر خود را ثبت کنید | "
          "نظرات حاوی توهین | به کانال ما بپیوندید | عضو کانال ما شوید | ما را دنبال کنید",
    # Hebrew writes the plural imperative as the past ("הצטרפו לקבוצת המפגינים", they joined the protesters;
    # "שלחו תגובה", they sent a response): only an invitation to a messaging app's channel or group, to follow the
    # outlet on a network, to join the outlet's own ("שלנו", ours), or to sign up ("הירשמו", whose past is "נרשמו").
    "he": "הצטרפו לערוץ הוואטסאפ | הצטרפו לערוץ הטלגרם | הצטרפו לקבוצת הוואטסאפ | הצטרפו לקבוצת הטלגרם | "
          "לחוג התומכים שלנו | לתומכים שלנו | לערוץ שלנו | לקבוצה שלנו | עקבו אחרינו בפייסבוק | "
          "עקבו אחרינו באינסטגרם | עקבו אחרינו בטלגרם | הירשמו לניוזלטר",
    # Indonesian and Malay: a prompt names the reader ("Anda") or where to follow the outlet ("di …"); "kirim komentar"
    # and "ikuti kami" alone open a sentence of news too ("Warga bisa kirim komentar …").
    "id": "tulis komentar anda | kirim komentar anda | komentar menjadi tanggung jawab anda | "
          "komentar menjadi tanggung jawab pengirim | ikuti saluran whatsapp | ikuti kami di | follow kami di | "
          "gabung saluran | dapatkan berita pilihan | dapatkan update berita | berlangganan sekarang | "
          "nikmati akses tanpa batas",
    "ms": "tulis komen anda | hantar komen anda | ikuti kami di | sertai saluran | langgan sekarang",
    # Ukrainian and Russian: a comment box's prompt, the typo prompt (by its instruction: "знайшли помилку" is also
    # "they found an error"), a donation's and a channel's invitation.
    "uk": "щоб залишити коментар | залиште коментар | увійдіть у свій акаунт | увійдіть у свій обліковий запис | "
          "виділіть її та натисніть | виділіть його та натисніть | "
          "підтримайте нас | підтримати нас донатом | станьте нашим патроном | підписуйтеся на наш | "
          "приєднуйтеся до нашого | передплатний індекс",
    "ru": "чтобы оставить комментарий | оставьте комментарий | войдите в свой аккаунт | "
          "выделите её и нажмите | выделите ее и нажмите | выделите его и нажмите | "
          "поддержите нас | подписывайтесь на наш | присоединяйтесь к нашему | подписной индекс",
    # Dutch: a tip line's and a comment box's prompts, which no clause of news is made of.
    "nl": "heb je een tip | heeft u een tip | app de redactie | tip de redactie | mail de redactie | "
          "log in om te reageren",
    # Bengali: a comment box's prompts and rules, in the polite imperative.
    "bn": "মন্তব্য করতে লগইন করুন | আপনার মতামত লিখুন | আপনার মন্তব্য লিখুন | মন্তব্যের দায় সম্পূর্ণ | "
          "মন্তব্য প্রকাশের আগে",
    # Tamil: a comment box's prompt and a letters line, a subscription, an app and a channel to join, all in the
    # polite imperative that speaks to the reader.
    "ta": "உங்கள் கருத்தைப் பதிவு செய்யுங்கள் | உங்கள் கருத்துகளைப் பதிவு செய்யுங்கள் | "
          "உங்கள் கருத்துகளை எழுதுங்கள் | உங்கள் கருத்தை எழுதுங்கள் | உங்கள் கருத்துகளை அனுப்புங்கள் | "
          "சந்தா செலுத்துங்கள் | சந்தாதாரர் ஆகுங்கள் | செயலியைப் பதிவிறக்கம் செய்யுங்கள் | "
          "சேனலில் இணையுங்கள் | எங்களைப் பின்தொடருங்கள்",
    # Finnish: the comment box's rules; Urdu: the comment prompt, the letters' invitation, the calls to subscribe,
    # download the app or join a channel, in the polite imperative that opens no sentence of news.
    "fi": "keskustelu on avoinna | keskustelu on suljettu | kirjoita kommentti | kommentoi juttua",
    "ur": "اپنی رائے کا اظہار کریں | اپنی رائے لکھ بھیجیں | اپنی رائے بھیجیں | اپنی رائے دیں | تبصرہ کریں | "
          "سبسکرائب کریں | ایپ ڈاؤن لوڈ کریں | چینل جوائن کریں | فالو کریں",
    "am": "ቻናላችንን ይቀላቀሉ | ገጻችንን ይከተሉ | ይከተሉን | ሰብስክራይብ ያድርጉ",
    # Telugu: a comment box's prompt ("log in to comment", "write your comment") and a newsletter's call.
    "te": "వ్యాఖ్యానించడానికి లాగిన్ | మీ వ్యాఖ్యను రాయండి | మీ అభిప్రాయం తెలపండి | న్యూస్‌లెటర్‌కు సబ్‌స్క్రైబ్",
}
OPENING_PROMPTS = {
    "vi": """
        tải ứng dụng | tải app | tải ngay | cài đặt ứng dụng | đăng ký gói | đăng ký nhận | đăng ký tài khoản |
        đăng ký ngay | theo dõi chúng tôi | mời bạn đọc | mời quý vị | nhập email | viết bình luận | gửi bình luận""",
    # Ukrainian and Russian: a line that opens by telling the reader to watch or listen to the outlet elsewhere, or to
    # subscribe to it; a bare "Дивіться" or "Смотрите" ("look") opens speech as often ("Дивіться самі, що тут
    # залишилося, – показує охоронець"), and "Дивіться:" or "Смотрите," opens a sentence of news, as no prompt does
    # (``furniture_lines.OTHER_OPENING_PROMPTS``).
    "uk": "дивіться нас | слухайте нас | дивіться наш | слухайте наш | завантажуйте | завантажте | передплатіть | "
          "передплачуйте",
    "ru": "смотрите нас | слушайте нас | смотрите наш | слушайте наш | скачивайте | скачайте",
}
# "Watch" and "listen" that open a prompt only before a name in quotation marks, the outlet's or its programme's
# ("Дивіться «Вежу» у застосунку …"); before anything else they open speech ("Дивіться самі, …").
NAMED_PROMPTS = {
    "uk": "дивіться | слухайте",
    "ru": "смотрите | слушайте",
}
# An appeal for donations: the readers it asks (``APPEAL_READERS``) and how to give, an account to transfer to
# (``DONATION_MEANS``): "readers who wish to help can transfer to the fund, account number …". The account's
# figures make no appeal; a report that readers gave names no account.
DONATION_MEANS = {
    "tr": "iban | hesap numarası | hesap no | bağış hesabı | bağış hesabına | havale",
    "vi": "số tài khoản | stk | chuyển khoản về | chuyển khoản qua | chuyển khoản đến | tài khoản số",
}

# An advertisement's small print, a sentence of its own that closes a sponsor's item ("Save … with a 4.1% saver.
# Terms apply."): the terms that apply to an offer, in any language's wording of it (``alignment.furniture``).
SMALL_PRINT = {
    "en": "terms apply | terms and conditions apply | t&cs apply | t&c apply | ts&cs apply | conditions apply | "
          "exclusions apply | see terms and conditions | please gamble responsibly | gamble responsibly | "
          "please bet responsibly | bet responsibly",
    "de": "es gelten die agb | es gelten die teilnahmebedingungen | es gelten die nutzungsbedingungen | "
          "es gelten bedingungen",
    "fr": "voir conditions | offre soumise à conditions | voir conditions en magasin | conditions sur le site",
    "es": "aplican condiciones | se aplican condiciones | consulta condiciones | consulte condiciones",
    "it": "si applicano termini e condizioni | si applicano condizioni | consulta le condizioni",
    "pt": "aplicam-se condições | sujeito a condições | consulte as condições",
    "nl": "voorwaarden van toepassing | er gelden voorwaarden"
}

# The mark where a transcript, a video or an interview ends, on a line of its own ("End of transcript").
MEDIA_ENDS = {
    "en": "end of transcript | end of the transcript | transcript ends | end of video | end of interview | "
          "end of audio | end of recording",
    "de": "ende des transkripts | ende des videos | ende des interviews | ende der aufzeichnung",
    "fr": "fin de la transcription | fin de la vidéo | fin de l'entretien | fin de l'interview",
    "es": "fin de la transcripción | fin del vídeo | fin del video | fin de la entrevista",
    "it": "fine della trascrizione | fine del video | fine dell'intervista",
    "pt": "fim da transcrição | fim do vídeo | fim da entrevista",
}

# A shop's call to buy, on a button or behind its label ("Shop now: …", "… Order now"): a retail call to action.
RETAIL_CALLS = {
    "en": "shop now | buy now | order now | pre-order now | shop online now | buy online now | book now",
    "de": "jetzt kaufen | jetzt bestellen | jetzt shoppen | jetzt vorbestellen | jetzt buchen",
    "fr": "achetez maintenant | acheter maintenant | commandez maintenant | commander maintenant | "
          "achetez dès maintenant | commandez dès maintenant | réservez maintenant",
    "es": "compra ahora | compra ya | cómpralo ya | cómpralo ahora | comprar ahora | pide ya | pide ahora | "
          "reserva ya | reserva ahora",
    "it": "acquista ora | acquista subito | compra ora | compra subito | ordina ora | ordina subito | prenota ora",
    "pt": "compre agora | compre já | compra agora | compra já | encomende agora | encomende já | peça já | "
          "peça agora | reserve já",
    "tr": "hemen satın al | şimdi satın al | hemen sipariş ver | şimdi sipariş ver | hemen al",
    "nl": "koop nu | bestel nu | nu kopen | nu bestellen | boek nu",
}

# A live page's entry of one event of a match, behind its minute mark ("64' Substitution, …", "72' Yellow card: …"):
# the words of the event (``LIVE_EVENTS``), which open the entry, and the small words a record of it holds beside
# the names of the players and the teams (``LIVE_RECORD_WORDS``: "Hobday replaces Rusk", "entra Olmedo por Sanz",
# "Aydın yerine Kaya").
LIVE_EVENTS = {
    "en": "substitution | substitutions | change | changes | double change | yellow card | second yellow card | "
          "booking | booked | corner | offside | free kick | free-kick | throw-in | goal kick",
    "es": "sustitución | sustituciones | cambio | cambios | doble cambio | tarjeta amarilla | amarilla | córner | "
          "saque de esquina | fuera de juego | falta | tiro libre",
    "de": "wechsel | doppelwechsel | auswechslung | einwechslung | gelbe karte | gelb | ecke | eckball | abseits | "
          "freistoß",
    "fr": "remplacement | remplacements | changement | changements | carton jaune | avertissement | corner | "
          "hors-jeu | coup franc",
    "it": "sostituzione | sostituzioni | cambio | doppio cambio | cartellino giallo | ammonizione | ammonito | "
          "calcio d'angolo | angolo | fuorigioco | punizione",
    "pt": "substituição | substituições | alteração | cartão amarelo | amarelo | escanteio | canto | impedimento | "
          "livre | falta",
    "tr": "oyuncu değişikliği | değişiklik | sarı kart | korner | ofsayt | serbest vuruş",
}
LIVE_RECORD_WORDS = {
    "en": "replaces replaced for on off in out and by of",
    "es": "entra sale por en el la del de y",
    "de": "für kommt geht bei beim von und",
    "fr": "remplace pour entre sort de du la le l et à",
    "it": "entra esce per al del della dell di e",
    "pt": "entra sai por no na do da de e",
    "tr": "yerine girdi çıktı oyuna oyundan ve",
}

# The words of an outlet's postal address and contact details, as its footer gives them above the copyright line
# ("Address: …", "Jl. … No. 88", "نشانی: …", "Tel. …"): a label of the details, a street's or a box's abbreviation.
CONTACT_WORDS = {
    "bg": "адрес | тел | телефон | факс | редакция",
    "en": "address | tel | phone | telephone | fax | email | e-mail | po box | p.o. box | newsroom",
    "de": "adresse | anschrift | telefon | tel | fax | postfach | redaktion | impressum",
    "fr": "adresse | tél | téléphone | fax | bp | rédaction",
    "es": "dirección | teléfono | tel | fax | apartado de correos | redacción",
    "it": "indirizzo | telefono | tel | fax | redazione",
    "pt": "morada | endereço | telefone | tel | fax | redação | redacção",
    "ru": "адрес | тел | телефон | факс | редакция",
    "uk": "адреса | тел | телефон | факс | редакція",
    "pl": "adres | tel | telefon | faks | redakcja",
    "ar": "العنوان | عنوان | هاتف | الهاتف | فاكس | ص ب | صندوق بريد",
    "tr": "adres | tel | telefon | faks | künye",
    "fa": "نشانی | آدرس | تلفن | تلفکس | نمابر | صندوق پستی | کد پستی",
    "he": "כתובת | טלפון | טל | פקס | ת.ד",
    "id": "alamat | jl | jln | telp | telepon | faks | surel | kotak pos | kode pos | redaksi",
    "ms": "alamat | jalan | tel | telefon | faks | peti surat",
    "nl": "adres | tel | telefoon | fax | postbus | redactie",
    "bn": "সম্পাদক | প্রকাশক | ঠিকানা | ফোন | মোবাইল | ইমেইল | ই-মেইল | যোগাযোগ",
    "ta": "ஆசிரியர் | வெளியீட்டாளர் | முகவரி | தொலைபேசி | கைபேசி | மின்னஞ்சல் | தொடர்புக்கு",
    "fi": "puhelin | sähköposti | osoite | uutisvinkit | päätoimittaja | toimitus",
    "ur": "پتہ | فون | ای میل | رابطہ | ایڈیٹر",
    "am": "ስልክ | ኢሜይል | ኢሜል | አድራሻ | ፋክስ | ፖ.ሣ.ቁ",
    "cs": "adresa | tel | telefon | kontakt | kontakty | redakce | kontakt na redakci",
    "sk": "adresa | tel | telefón | kontakt | kontakty | redakcia | kontakt na redakciu",
    "ka": "მისამართი | ტელ | ტელეფონი | ელფოსტა | რედაქცია | კონტაქტი",
    "vi": "địa chỉ | điện thoại | đt | đtdđ | fax | email | liên hệ | thông tin liên hệ | tòa soạn | toà soạn",
}

# A Persian page may be typed with the Arabic letters "ي" and "ك" for Persian "ی" and "ک" ("كليه حقوق اين وبگاه"):
# each Persian phrase is written both ways.
_PERSIAN_TO_ARABIC = str.maketrans("یک", "يك")


def _with_arabic_letters(entry: str) -> str:
    """``entry`` (one language's phrases, between "|") with each phrase that holds "ی" or "ک" also in Arabic letters."""
    found = [p.strip() for p in entry.split("|") if p.strip()]
    typed = [p.translate(_PERSIAN_TO_ARABIC) for p in found]
    return " | ".join(dict.fromkeys(found + typed))


for _table in (RELATED, COOKIE_WORDS, CONSENT_CUES, RIGHTS, COLON_BYLINE_LABELS, DISCLAIMER_LABELS, DISCLAIMERS,
               VIEWS, WHOSE_VIEWS, READER_PROMPTS, WRITES_ABOUT, CONTRIBUTOR_ROLES, INSTITUTIONS, NAME_TITLES,
               EVENT_TIME, REPORTING, CONTACT_WORDS):
    if "fa" in _table:
        _table["fa"] = _with_arabic_letters(_table["fa"])

# The names of months and weekdays: with a year they make a line a date.
# Months and weekdays (``calendar_names``, the one table every reader of dates shares); Thai writes a weekday bare,
# after "วัน" ("day") and with the "ที่" a date follows ("วันพฤหัสบดีที่ ๑๒ มีนาคม"), as one word.
DATE_NAMES = {language: calendar_names.date_names(language) for language in calendar_names.LANGUAGES}
DATE_NAMES["th"] += "".join(f" วัน{day} วัน{day}ที่" for row in calendar_names.WEEKDAYS["th"] for day in row.split())
# The other words of a time stamp: its labels ("published", "updated") and the small words between its figures.
DATE_WORDS = {
    # Filipino: published, updated, last, posted, o'clock ("alas"), the parts of a day written after a time ("alas-4 ng
    # hapon") and their abbreviations ("n.u.", of the morning; "n.h.", of the afternoon; "n.g.", of the evening).
    "tl": "inilathala na-update nai-update huling update nai-post ipinost alas ng umaga tanghali hapon gabi "
          "madaling-araw n.u. n.h. n.g. nu nh ng",
    "hy": "թարմացված հրապարակված ժամը թ",
    "bg": "публикувано публикувана обновено обновена на в г г. ч ч. часа",
    # Kazakh: "of the year" and "in the year" after a year ("2026 жылғы 4 желтоқсан"), cut short ("2025 ж."), the
    # hour ("сағат 09:15"), published, updated.
    "kk": "жылғы жылы ж ж. сағат жарияланды жаңартылды",
    "da": "opdateret publiceret udgivet kl klokken den",
    "nb": "oppdatert publisert sist endret kl klokken den",
    "sv": "uppdaterad uppdaterat publicerad publicerat kl klockan den",
    "lt": "atnaujinta paskelbta publikuota val",
    "hu": "frissítve frissítés közzétéve publikálva módosítva óra órakor",
    "de": "uhr am um stand aktualisiert veröffentlicht erstellt zuletzt",
    "fr": "le à h publié publiée mis jour modifié",
    "es": "de del el a las h actualizado publicado cest cet",
    "it": "alle ore il aggiornato pubblicato",
    "pt": "de a às h publicado atualizado actualizado",
    "ar": "في نشر آخر تحديث",
    "ru": "в обновлено опубликовано",
    "pl": "r godz o opublikowano aktualizacja zaktualizowano",
    "el": "στις και ώρα ενημέρωση τελευταία δημοσίευση δημοσιεύθηκε ενημερώθηκε",
    # Thai: "น." (o'clock), "เวลา" (at), "วันที่" (the day), the eras' abbreviations and the stamp's labels.
    "th": "น. เวลา วันที่ พ.ศ. ค.ศ. อัปเดต อัพเดต อัพเดท ปรับปรุง ปรับปรุงล่าสุด แก้ไขล่าสุด เผยแพร่ เผยแพร่เมื่อ",
    "tr": "güncelleme güncellenme güncellendi yayınlanma yayınlandı saat tarih",
    # Vietnamese: its weekdays are "thứ" and a number ("Thứ Tư", "Chủ nhật") and its stamps' labels ("Cập nhật").
    "vi": "thứ hai ba tư năm sáu bảy chủ nhật ngày tháng lúc giờ cập nhật đăng gmt",
    "fi": "klo julkaistu päivitetty muokattu",
    "ur": "بجے صبح شام رات دوپہر شائع اپ ڈیٹ",
    "am": "ቀን ዓ.ም. ዓ.ም ዓም እ.ኤ.አ. እ.ኤ.አ ሰዓት ከጠዋቱ ከቀኑ ከምሽቱ ከሌሊቱ ተለጠፈ ተሻሽሏል",
    "cs": "v ve hod aktualizováno publikováno",
    "sk": "v vo hod aktualizované publikované",
    "ka": "საათზე გამოქვეყნდა განახლდა"
}
# A note about the page or the coverage itself, not the story: a live page's opening or refreshing ("Começamos aqui a
# cobertura ao vivo …", "This page updates automatically"), an invitation to comment and who answers for the
# comments. Counted in a short passage only (``alignment.furniture.PAGE_NOTE_WORDS``), outside quotation marks.
# The labels of a paper's volume and issue, each before its figure on the masthead's line ("Vol. 28, No. 11", "အတွဲ
# ၂၈၊ အမှတ် ၁၁"): the page's, never its headline.
ISSUE_LABELS = {
    "en": "vol | vol. | volume | no | no. | issue",
    "my": "အတွဲ | အမှတ် | အမှတ်စဉ်",
}

PAGE_NOTES = {
    # Malayalam: the live page that refreshes itself or will be refreshed as more comes in, leave your comment.
    "ml": "ഈ പേജ് സ്വയം പുതുക്കും | ഈ പേജ് പുതുക്കും | ഈ പേജ് പുതുക്കുന്നതാണ് | അഭിപ്രായം രേഖപ്പെടുത്തുക",
    # Khmer: log in to comment, write a comment, see all comments.
    "km": "សូមចូលគណនី ដើម្បីបញ្ចេញមតិ | សរសេរមតិ | មើលមតិទាំងអស់",
    # Burmese: log in to comment, write a comment, like (or follow) the page on Facebook.
    "my": "မှတ်ချက်ပေးရန် အကောင့်ဝင်ပါ | မှတ်ချက်ရေးရန် | မှတ်ချက်ပေးပါ | like လုပ်ပါ | follow လုပ်ပါ",
    # Armenian: log in to comment, leave a comment, who answers for the comments.
    "hy": "մեկնաբանելու համար մուտք գործեք | թողեք ձեր մեկնաբանությունը | թողնել մեկնաբանություն | "
          "մեկնաբանությունների համար պատասխանատվություն",
    # ... and its closing: the live page no longer updated, the blog closed, the outlet signing off for the day.
    "en": "our live coverage | this live blog | our live blog | this page updates automatically | "
          "this page will be updated | leave a comment | leave your comment | comments are the responsibility of | "
          "this live page | this live blog is | this page is no longer being updated | this blog is now closed | "
          "this blog is closed | this live blog has now ended | that's all from us | that’s all from us | "
          "that is all from us | that's it from us | that’s it from us | we're pausing our live | "
          "we’re pausing our live | we are pausing our live | we're ending our live | we are ending our live",
    "pt": "cobertura ao vivo | cobertura em tempo real | a página é atualizada | esta página será atualizada | "
          "deixe seu comentário | deixe o seu comentário | deixe um comentário | "
          "comentários são de responsabilidade | comentários são da responsabilidade | "
          "esta página não está mais sendo atualizada | esta página deixou de ser atualizada | encerramos aqui",
    "es": "cobertura en vivo | cobertura en directo | esta página se actualiza | deja tu comentario | "
          "deja un comentario | los comentarios son responsabilidad | aquí termina nuestra cobertura | "
          "esta página ya no se actualiza | damos por finalizada | cerramos aquí",
    "de": "unser liveblog | im liveblog | unser liveticker | im liveticker | "
          "diese seite wird automatisch aktualisiert | kommentar schreiben | hinterlassen sie einen kommentar | "
          "damit beenden wir | dieser liveblog wird nicht mehr aktualisiert | dieser liveblog ist beendet",
    "fr": "notre direct | ce direct | cette page est mise à jour | laissez un commentaire | "
          "les commentaires sont sous la responsabilité | ce direct est terminé | ce direct est désormais terminé | "
          "nous mettons fin à ce direct | cette page n'est plus mise à jour | cette page n’est plus mise à jour",
    "it": "la nostra diretta | questa diretta | lascia un commento | la diretta finisce qui | "
          "questa pagina non è più aggiornata",
    # Filipino: the live page's end ("Hanggang dito na lang muna ang aming live updates …"), no longer updated.
    "tl": "hanggang dito na lang muna ang aming | hanggang dito na lamang ang aming | "
          "hanggang dito na lang ang aming | hindi na ina-update ang page na ito | "
          "hindi na ina-update ang pahinang ito",
    "sw": "acha maoni | andika maoni yako",
    "cs": "přidat komentář | napište komentář | vložit komentář | diskuse je uzavřena",
    # Slovak: the comments' invitations and their close, and the live page's opening, refreshing and end ("Sledujeme
    # naživo.", we follow it live; "Stránku priebežne aktualizujeme.", we update the page as it goes).
    "sk": "pridať komentár | napíšte komentár | vložiť komentár | diskusia je uzavretá | sledujeme naživo | "
          "sledujeme online | stránku priebežne aktualizujeme | stránka sa priebežne aktualizuje | "
          "náš online prenos | tento online prenos | online prenos sme ukončili | stránku už neaktualizujeme",
    "ka": "დატოვეთ კომენტარი | დაწერეთ კომენტარი | დატოვე კომენტარი",
    "ro": "lasă un comentariu | scrie un comentariu | adaugă un comentariu | autentifică-te pentru a comenta",
    # Kazakh: log in to comment, leave a comment, this page updates itself.
    "kk": "пікір қалдыру үшін жүйеге кіріңіз | пікір қалдыру үшін | пікір қалдырыңыз | "
          "бұл бет автоматты түрде жаңартылып отырады | бет автоматты түрде жаңартылады",
}
# The heading of a page's comments, alone on its line, perhaps with their count ("Maoni 3", "12 comentários",
# "Comments (4)", "3 Kommentare", "Commenti"): the readers' comments under it are the page's. Plural forms only where
# the singular is a word of the news too (English "Comment" is an opinion piece's kicker).
COMMENTS = {
    # Malayalam: the comments, the responses ("അഭിപ്രായങ്ങൾ (3)").
    "ml": "അഭിപ്രായങ്ങൾ | പ്രതികരണങ്ങൾ | കമന്റുകൾ",
    # Punjabi: the comments, the readers' responses ("ਟਿੱਪਣੀਆਂ (3)").
    "pa": "ਟਿੱਪਣੀ | ਟਿੱਪਣੀਆਂ | ਪਾਠਕਾਂ ਦੀ ਰਾਇ | ਕਮੈਂਟ",
    # Gujarati: the comments, the readers' responses ("ટિપ્પણી (૪)").
    "gu": "ટિપ્પણી | ટિપ્પણીઓ | પ્રતિભાવ | પ્રતિભાવો | વાચકોના પ્રતિભાવ | કોમેન્ટ્સ",
    # Khmer: the comments, with their count ("មតិយោបល់ (២៤)").
    "km": "មតិយោបល់",
    # Filipino: the comments ("mga" makes the plural), the remarks.
    "tl": "mga komento | mga puna | mga reaksyon",
    # Armenian: the comments, with their count ("Մեկնաբանություններ (27)").
    "hy": "մեկնաբանություններ",
    # Bulgarian: the comments, and their count's form ("3 коментара").
    "bg": "коментари | коментара",
    "lt": "komentarai | skaitytojų komentarai",
    "hu": "hozzászólások | kommentek",
    "en": "comments | reader comments | readers' comments | readers’ comments",
    "pt": "comentários | comentários dos leitores",
    "es": "comentarios | comentarios de los lectores",
    "fr": "commentaires | réactions | les commentaires",
    "de": "kommentare | leserkommentare",
    "it": "commenti | i commenti",
    "nl": "reacties",
    "pl": "komentarze",
    "tr": "yorumlar",
    "sw": "maoni | maoni ya wasomaji",
    # The comment box's heading where a count follows it ("Комментарии (43)", "댓글 17", "Σχόλια (87)"): the plural,
    # or a word that names nothing else alone on its line, as the share row's comments button (``SHARE``) does.
    "ru": "комментарии",
    "uk": "коментарі",
    "el": "σχόλια",
    "ko": "댓글",
    "vi": "bình luận",
    "fi": "kommentit",
    "ur": "تبصرے",
    "he": "תגובות",
    # Czech "Diskuse (3)", "Komentáře"; Georgian "კომენტარები (3)".
    "cs": "komentáře | diskuse | diskuze | komentáře čtenářů",
    "sk": "komentáre | diskusia | komentáre čitateľov",
    "ka": "კომენტარები | მკითხველთა კომენტარები",
    "ro": "comentarii | comentariile cititorilor",
    # Danish, Norwegian and Swedish: the plural, which a blog writes over its readers' comments with their count
    # ("3 kommentarer"); the singular is a word of the news.
    "da": "kommentarer | læserkommentarer",
    "nb": "kommentarer",
    "sv": "kommentarer | läsarkommentarer",
    # Sinhala: the comments, the readers' comments ("අදහස් (43)").
    "si": "අදහස් | පාඨක අදහස්",
    # Telugu: the comments, the readers' comments ("వ్యాఖ్యలు (27)").
    "te": "వ్యాఖ్యలు | పాఠకుల వ్యాఖ్యలు | కామెంట్లు",
    # Kazakh: the comments, the readers' comments ("Пікірлер (57)").
    "kk": "пікірлер | оқырман пікірлері",
    # Marathi: the comments, the readers' comments, reactions ("प्रतिक्रिया (१२)").
    "mr": "प्रतिक्रिया | वाचकांच्या प्रतिक्रिया | कमेंट्स",
    # Nepali: the comments, the readers' comments, reactions ("प्रतिक्रिया (८)"), give a reaction.
    "ne": "प्रतिक्रिया | प्रतिक्रियाहरू | पाठकका प्रतिक्रिया | प्रतिक्रिया दिनुहोस्",
}
# The label of a row of the article's tags before a colon ("Štítky: povodně, …", "თეგები: …"); English's is
# ``furniture_lines.TAG_ROW``.
TAG_LABELS = {
    # Malayalam: tags, keywords.
    "ml": "ടാഗുകൾ | ടാഗ് | ടാഗ്സ് | കീവേഡുകൾ",
    # Azerbaijani: tags, key words ("Teqlər: …").
    "az": "teqlər | teq | açar sözlər",
    # Punjabi: tags, keywords.
    "pa": "ਟੈਗ | ਟੈਗਸ | ਟੈਗਜ਼ | ਕੀਵਰਡ",
    # Gujarati: tags, keywords.
    "gu": "ટૅગ્સ | ટેગ્સ | ટૅગ | ટેગ | કીવર્ડ્સ",
    # Khmer: tags, keywords.
    "km": "ស្លាក | ពាក្យគន្លឹះ",
    # Filipino: topics, tags.
    "tl": "mga paksa | paksa | mga tag",
    "hy": "թեգեր | պիտակներ | բանալի բառեր | թեմաներ",
    "bg": "етикети | тагове | ключови думи | теми",
    "da": "emner | tags | kategorier | nøgleord",
    "nb": "emner | stikkord | tags | kategorier",
    "sv": "ämnen | taggar | kategorier | nyckelord",
    "lt": "žymės | raktažodžiai | temos",
    "cs": "štítky | témata | klíčová slova",
    "sk": "značky | štítky | témy | kľúčové slová",
    "ka": "თეგები | ტეგები | საკვანძო სიტყვები",
    "pl": "tagi | słowa kluczowe",
    "ru": "теги | метки | ключевые слова",
    "uk": "теги | мітки | ключові слова",
    "de": "schlagwörter | schlagworte",
    "ro": "etichete | taguri | cuvinte cheie",
    # Sinhala: tags, topics.
    "si": "ටැග් | ටැග්ස් | මාතෘකා",
    # Telugu: tags, with the non-joiner before the plural ("ట్యాగ్‌లు") or without.
    "te": "ట్యాగ్‌లు | ట్యాగ్లు | ట్యాగులు | ట్యాగ్స్",
    # Kazakh: tags, key words.
    "kk": "тегтер | тег | кілт сөздер",
    # Marathi: tags, keywords.
    "mr": "टॅग्स | टॅग | टॅग्ज | कीवर्ड्स",
    # Nepali: tags, keywords.
    "ne": "ट्याग | ट्यागहरू | ट्याग्स | मुख्य शब्द",
}
# A reading time's label, then a figure ("Čtení na 5 minut", "კითხვის დრო: 4 წუთი", "Lesezeit: 4 Min."); English's
# is ``furniture_lines.READING_TIME``.
READING_TIMES = {
    "hy": "ընթերցման տևողությունը | ընթերցման ժամանակը | կարդալու ժամանակը",
    "bg": "време за четене",
    "da": "læsetid",
    "nb": "lesetid",
    "sv": "lästid",
    "lt": "skaitymo laikas",
    "cs": "čtení na | doba čtení",
    "sk": "čítanie na | čas čítania",
    "ka": "კითხვის დრო | წაკითხვის დრო",
    "de": "lesezeit | lesedauer",
    "fr": "temps de lecture",
    "es": "tiempo de lectura",
    "pt": "tempo de leitura",
    "pl": "czas czytania",
    "ru": "время чтения",
    "ro": "timp de citire | timp de lectură",
    # Nepali: the time it takes to read ("पढ्न लाग्ने समय : ४ मिनेट").
    "ne": "पढ्न लाग्ने समय | पढ्ने समय",
}
# The words for minutes of a reading time or a clip's length, per language, written before or after the figure
# ("Čtení na 3 minuty", "Lesezeit: 4 Min.", "წაკითხვის დრო: 3 წუთი", "Dakika 3 za kusoma", "4 min read"): single
# words, in small letters.
READING_TIME_UNITS = {
    "bg": "мин минута минути",
    "lt": "min minutės minučių minutė",
    "en": "min mins minute minutes",
    "cs": "min minuta minuty minut minutu minutách",
    "sk": "min minúta minúty minút minútu minútach",
    "ka": "წთ წუთი წუთის წუთში წუთს",
    "de": "min minute minuten",
    "fr": "min minute minutes",
    "es": "min minuto minutos",
    "it": "min minuto minuti",
    "pt": "min minuto minutos",
    "pl": "min minuta minuty minut",
    "ru": "мин минута минуты минут",
    "sw": "dakika",
    "tr": "dk dakika",
    "ro": "min minut minute minutul",
    "ne": "मिनेट मिनट",
}
# A relative time stamp: how long ago a post went up ("há 10 minutos", "vor 3 Stunden", "dakika 10 zilizopita"). Each
# entry is a frame, "{}" standing for a number and a unit of time (either order, as the language writes them: "10
# minutos", "dakika 10"); ``RELATIVE_UNITS`` holds the units. English's ("10 minutes ago") is ``furniture_lines``'.
RELATIVE_FRAMES = {
    "de": "vor {}",
    "fr": "il y a {}",
    "es": "hace {}",
    "it": "{} fa",
    "pt": "há {} | ha {} | {} atrás",
    "tr": "{} önce",
    "sw": "{} zilizopita | {} iliyopita | {} uliopita",
}
RELATIVE_UNITS = {
    "de": "sekunde sekunden minute minuten min stunde stunden std tag tagen woche wochen",
    "fr": "seconde secondes minute minutes min heure heures h jour jours semaine semaines",
    "es": "segundo segundos minuto minutos min hora horas día días semana semanas",
    "it": "secondo secondi minuto minuti min ora ore giorno giorni settimana settimane",
    "pt": "segundo segundos minuto minutos min hora horas h dia dias semana semanas",
    "tr": "saniye dakika dk saat gün hafta",
    "sw": "sekunde dakika saa siku wiki",
}
# A label of the page's dates before a colon ("Stand:", "Actualizado:", "آخر تحديث:").
DATE_LABELS = {
    # Telugu: published, updated, last updated ("చివరిగా అప్‌డేట్ చేసినది:"), the date.
    "te": "ప్రచురణ | ప్రచురించినది | ప్రచురితం | అప్‌డేట్ | అప్‌డేట్ చేసినది | చివరిగా అప్‌డేట్ చేసినది | చివరి అప్‌డేట్ | "
          "తేదీ",
    # Filipino: published, updated, last update, posted.
    "tl": "inilathala | na-update | nai-update | huling update | huling na-update | nai-post | ipinost",
    "hy": "թարմացված | թարմացվել է | հրապարակված | հրապարակվել է | ամսաթիվ",
    "bg": "публикувано | публикувана | обновено | обновена | актуализирано | дата",
    "da": "opdateret | publiceret | udgivet | sidst opdateret",
    "nb": "oppdatert | publisert | sist oppdatert | sist endret",
    "sv": "uppdaterad | uppdaterat | publicerad | publicerat | senast uppdaterad",
    "lt": "atnaujinta | paskelbta | publikuota | paskutinį kartą atnaujinta",
    "hu": "frissítve | frissítés | utolsó frissítés | közzétéve | publikálva | módosítva",
    "de": "stand | aktualisiert | zuletzt aktualisiert | veröffentlicht | erstellt",
    "fr": "publié | publié le | mis à jour | mis à jour le",
    "es": "actualizado | publicado | fecha",
    "it": "aggiornato | pubblicato | data",
    "pt": "publicado | atualizado | actualizado | data",
    "ar": "آخر تحديث | تاريخ النشر | نشر في | تم النشر",
    "ru": "обновлено | опубликовано | дата",
    "pl": "opublikowano | aktualizacja | zaktualizowano | data publikacji | data",
    "el": "τελευταία ενημέρωση | ενημέρωση | δημοσίευση | δημοσιεύθηκε | ενημερώθηκε | ημερομηνία",
    "th": "ปรับปรุงล่าสุด | อัปเดต | อัปเดตล่าสุด | เผยแพร่ | เผยแพร่เมื่อ | วันที่เผยแพร่ | แก้ไขล่าสุด",
    "tr": "güncelleme | güncellenme | yayınlanma | yayın tarihi | tarih | son güncelleme",
    "vi": "cập nhật | cập nhật lúc | ngày đăng | đăng lúc | ngày",
    "fi": "julkaistu | päivitetty | muokattu | päivitetty viimeksi",
    "ur": "اپ ڈیٹ | شائع | آخری اپ ڈیٹ | تاریخ اشاعت | اشاعت",
    "am": "የታተመበት ቀን | የተለጠፈበት ቀን | የተሻሻለበት ቀን | ተለጠፈ | ተሻሽሏል",
    "cs": "aktualizováno | publikováno | vydáno | datum",
    "sk": "aktualizované | publikované | vydané | dátum",
    "ka": "გამოქვეყნდა | განახლდა | გამოქვეყნების თარიღი | თარიღი",
    "ro": "publicat | actualizat | data publicării | ultima actualizare | data",
    # Kazakh: updated, last update, published, date.
    "kk": "жаңартылды | соңғы жаңарту | жарияланды | жарияланған уақыты | күні",
}


# Greek's small sigma at the end of a word: case folding writes every sigma "σ", lower case (``str.lower``, by which
# the alignment and the suggester compare their words with ``DATE_NAMES``) writes "ς" there ("Δευτέρας").
_FINAL_SIGMA = re.compile(r"(?<=[^\W\d_])σ(?![^\W\d_])")


# Ethiopic punctuation as the rules write theirs: the full stop ። a stop, the comma ፣ a comma, the semicolon ፤ a
# semicolon, the preface colon ፦ and the colon ፥ (which open a label's value: "ፎቶ፦ …", "ተጨማሪ ያንብቡ፦ …") a colon, the
# question mark ፧ one; the old word separator ፡ is a space between words and a colon in a clock time ("2፡15").
_ETHIOPIC_PUNCTUATION = str.maketrans({"።": ".", "፣": ",", "፤": ";", "፥": ":", "፦": ":", "፧": "?"})
_ETHIOPIC_CLOCK = re.compile(r"(?<=\d)፡(?=\d)")
_ETHIOPIC_MARK = re.compile("[፡-፧]")


def folded(text: str, alef: bool = True) -> str:
    """``text`` as the tables are compared with it: case-folded, Arabic folded as everywhere else
    (``languages.arabic_folded``: without its vowel marks and tatweel, with one alef unless ``alef`` is false), and
    every run of spaces one space. Composed again after folding (case folding writes Greek "ΐ" as three characters,
    lower case as one: "Μαΐου"), a Greek word's last sigma written "ς", as lower case writes it, and Turkish "İ" an
    "i" without the dot case folding writes after it ("İLGİLİ" is "ilgili"). Ethiopic punctuation is written as the
    rules' (``_ETHIOPIC_PUNCTUATION``)."""
    from newsdesk.importing.languages import arabic_folded

    text = unicodedata.normalize("NFC", text.casefold())
    if _ETHIOPIC_MARK.search(text):
        text = _ETHIOPIC_CLOCK.sub(":", text).replace("፡", " ").translate(_ETHIOPIC_PUNCTUATION)
    if "\u0307" in text:  # Turkish "İ" case-folds to "i" and a combining dot: the dot is no letter of the word
        text = text.replace("i\u0307", "i")
    if "σ" in text:
        text = _FINAL_SIGMA.sub("ς", text)
    return " ".join(arabic_folded(text, alef).split())


# Greek capitals are written without their accents ("ΔΕΙΤΕ ΕΠΙΣΗΣ", "ΔΗΜΟΦΙΛΗ"): a label is compared without them.
_GREEK_ACCENTS = str.maketrans("άέήίόύώϊϋΐΰ", "αεηιουωιυιυ")


# The separators a label may hold or stand beside ("Audio: Beitrag anhören", "Mehr zum Thema ›").
_LABEL_SEPARATORS = re.compile(r"[:：፦፥|·•›»>–—/]")


def unaccented(text: str) -> str:
    """``text`` (folded) with its Greek letters without their accents, as capitals are written."""
    return text.translate(_GREEK_ACCENTS)


# Turkish writes a capital "I" for its dotless "ı" ("EN ÇOK OKUNANLARI"), which case folding makes "i": a label is
# compared with the two as one letter.
_DOTLESS_I = str.maketrans("ı", "i")


def label_key(text: str) -> str:
    """``text`` folded, its separators made spaces and anything but letters and digits taken off both ends (a vowel
    sign that ends the last word stays: "पढ़ें"), Greek without its accents, Turkish "ı" as "i": the form in which a
    line is compared with the labels."""
    text = unaccented(folded(_LABEL_SEPARATORS.sub(" ", text))).translate(_DOTLESS_I)
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or unicodedata.category(text[end - 1])[0] == "M"):
        end -= 1
    return text[start:end]


def phrases(table: dict[str, str], fold=folded) -> list[str]:
    """The phrases of ``table`` (separated by "|"), all languages together, folded and longest first."""
    found = {fold(p) for entry in table.values() for p in entry.split("|") if p.strip()}
    return sorted(found, key=len, reverse=True)


def entries(entry: str, alef: bool = True) -> list[str]:
    """The entries of one language's ``entry`` in a table of words, folded: its words between spaces or, when it is
    written with "|" (Vietnamese, whose words are syllables set apart by spaces: "ứng dụng", "chúng tôi"), its
    phrases between the bars."""
    if "|" in entry:
        return [phrase for phrase in (folded(p, alef) for p in entry.split("|")) if phrase]
    return folded(entry, alef).split()


def words(table: dict[str, str], alef: bool = True) -> frozenset[str]:
    """The single words of a table of words (``CALL_TO_ACTION``, ``ADDRESS``, ``OFFER_WORDS``, ``DATE_NAMES`` …),
    folded (with one alef unless ``alef`` is false); its phrases of several words are ``word_phrases``'."""
    return frozenset(w for entry in table.values() for w in entries(entry, alef) if " " not in w)


def word_phrases(table: dict[str, str]) -> re.Pattern:
    """The entries of several words of a table of words (``entries``: "ứng dụng"), as a pattern that finds them as
    whole words in folded text (one that matches nothing when the table has none)."""
    found = sorted({w for entry in table.values() for w in entries(entry) if " " in w}, key=len, reverse=True)
    if not found:
        return re.compile("(?!)")
    return re.compile(WORD_START + "(?:" + "|".join(re.escape(p) for p in found) + ")" + WORD_END)


def alternatives(table: dict[str, str], fold=folded) -> str:
    """The phrases of ``table`` as one group of literal alternatives for a pattern."""
    return "(?:" + "|".join(re.escape(p) for p in phrases(table, fold)) + ")"


# A phrase is a whole word when no letter or digit of a spaced script touches it: Chinese and Japanese write their
# words without spaces ("本サイトはCookieを使用しています"), so one of their characters beside a phrase is no part
# of it, and neither is a figure beside an edge of the phrase written in them ("1974年生まれ", "を経て2015年"). Nor
# does a vowel sign of the scripts of India and South-East Asia (``VOWEL_SIGNS``), which Python's ``\w`` leaves out:
# "लेख" ("article") is no whole word of "लेखा" ("account"). Arabic's vowel marks are left to ``folded``, which takes
# them off: written or not, the word is the same.
def _marks_of_the_first_plane() -> str:
    """A character class of the combining marks (categories Mn, Mc, Me) of the first plane, as ranges: the vowel
    signs of Devanagari, Tamil or Thai and the accents written apart, which Python's ``\\w`` leaves out.

    Not the tokenizer's ``tokens.MARKS`` on purpose: that class holds the marks of the second plane and of plane
    14 too, and a class reaching beyond the first plane is matched by searching its ranges rather than looked up in
    a table. The furniture rules' word pattern (``alignment.furniture.WORD``) and the importer's (``ingest._WORD``)
    run over every passage of a story: built on ``tokens.MARKS`` the first takes 0.31 s instead of 0.12 s to read
    190,000 characters of mixed Hindi, English and Chinese. The marks beyond the first plane (Brahmi, Kaithi,
    Sharada, musical and variation marks) are written in no news page these rules read."""
    from newsdesk.importing.tokens import mark_class

    return mark_class(range(0x10000))


COMBINING_MARKS = _marks_of_the_first_plane()
VOWEL_SIGNS = "".join(
    chr(code) for code in (*range(0x0900, 0x0E00), *range(0x0E00, 0x0F00), *range(0x1000, 0x10A0),
                           *range(0x1780, 0x1800))
    if unicodedata.category(chr(code))[0] == "M"
)
# Thai, Lao, Khmer and Myanmar write no spaces between words either, only between clauses: a phrase of theirs is a
# whole word inside a run of their letters too ("เว็บไซต์นี้ใช้คุกกี้เพื่อ…"), unless a letter of its syllable stands
# beside it: a vowel sign or a vowel written after the consonant at its end (Thai "ะ", "า", "ำ"), a vowel written
# before the consonant at its start ("เ", "แ", "โ", "ใ", "ไ").
SOUTHEAST_ASIAN = SOUTHEAST_ASIAN_SCRIPTS
_FOLLOWING_VOWELS = "\u0e30\u0e32\u0e33\u0e45\u0eb0\u0eb2\u0eb3"
_LEADING_VOWELS = "\u0e40-\u0e44\u0ec0-\u0ec4"
WORD_START = (rf"(?:(?<![^\W{HAN}{KANA}])(?<![{VOWEL_SIGNS}])|(?<=\d)(?=[{HAN}{KANA}])|"
              rf"(?<=[{SOUTHEAST_ASIAN}\d])(?<![{_LEADING_VOWELS}])(?=[{SOUTHEAST_ASIAN}]))")
WORD_END = (rf"(?:(?![^\W{HAN}{KANA}])(?![{VOWEL_SIGNS}])|(?<=[{HAN}{KANA}])(?=\d)|"
            rf"(?<=[{SOUTHEAST_ASIAN}])(?=[{SOUTHEAST_ASIAN}\d])(?![{VOWEL_SIGNS}{_FOLLOWING_VOWELS}]))")


def pattern(table: dict[str, str]) -> re.Pattern:
    """A pattern finding any phrase of ``table`` as whole words in folded text (``WORD_START``, ``WORD_END``):
    literals only, so it runs in time linear in the text's length."""
    return re.compile(WORD_START + alternatives(table) + WORD_END)


def label_pattern(table: dict[str, str]) -> re.Pattern:
    """A pattern for ``fullmatch`` against ``label_key(line)``: the line is one label of ``table`` and nothing else."""
    return re.compile(alternatives(table, label_key))
