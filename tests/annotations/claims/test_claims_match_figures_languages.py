"""A match's minute marks and scores read in other languages than English, by each language's words
(``match_figures``): "minuto 57" and "al 57'", "57. Minute", "à la 57e minute", "aos 57 minutos", "57. dakikada";
scores written "2-1", "2:1" or "2–1" beside a verb or a noun of a result, or between two teams."""

from annotations.claims.normalise import details


def _figures(text, language):
    return [(f.kind, f.value) for f in details(text, language).figures]


def test_spanish_minutes_and_score():
    assert ("minute", 57.0) in _figures("El Real Tarvena marcó el segundo gol en el minuto 57.", "es")
    assert ("minute", 57.0) in _figures("Olmedo empató al 57' con un cabezazo.", "es")
    assert ("minute", 57.0) in _figures("Sanz vio la roja a los 57 minutos.", "es")
    assert ("score", 201.0) in _figures("El Real Tarvena ganó 2-1 al Deportivo Olmedo.", "es")
    assert ("minute", 90.0) not in _figures("Jugaron durante 90 minutos sin descanso.", "es")


def test_german_minutes_and_score():
    assert ("minute", 57.0) in _figures("In der 57. Minute traf Berger zum Ausgleich.", "de")
    assert ("score", 201.0) in _figures("Eintracht Kaltbach gewann mit 2:1 gegen den SV Moorfeld.", "de")
    assert ("score", 201.0) in _figures("Der 2:1-Sieg brachte Kaltbach an die Spitze.", "de")
    assert ("score", 201.0) not in _figures("Kinder 2-11 Jahre zahlen keinen Eintritt.", "de")


def test_french_minutes_and_score():
    assert ("minute", 57.0) in _figures("Daviaud a marqué à la 57e minute.", "fr")
    assert ("minute", 60.0) in _figures("Roussel a égalisé à la 60ème minute.", "fr")
    assert ("score", 201.0) in _figures("L'AS Vermont a battu Lorvil 2-1 samedi.", "fr")


def test_italian_minutes_and_score():
    assert ("minute", 57.0) in _figures("Al 57' il Torreno è passato in vantaggio.", "it")
    assert ("minute", 57.0) in _figures("Ferrante ha segnato al minuto 57.", "it")
    assert ("score", 201.0) in _figures("Il Torreno vince 2–1 contro la Valdossa.", "it")


def test_portuguese_minutes_and_score():
    assert ("minute", 57.0) in _figures("O Vilar marcou aos 57 minutos.", "pt")
    assert ("score", 201.0) in _figures("O Vilar venceu o Sardoal por 2-1 no domingo.", "pt")
    assert ("minute", 90.0) not in _figures("Jogaram durante 90 minutos.", "pt")


def test_turkish_minutes_and_score():
    assert ("minute", 57.0) in _figures("Kuzeykent'in golü 57. dakikada geldi.", "tr")
    assert ("score", 201.0) in _figures("Kuzeykent, Güneyspor'u 2-1 yendi.", "tr")
    assert ("score", 201.0) in _figures("Kuzeykent 2-1'lik galibiyetle lider oldu.", "tr")


def test_a_clock_is_no_score():
    assert ("score", 1503.0) not in _figures("Kaltbach gewann das Spiel, Anpfiff war um 3:15 Uhr.", "de")
