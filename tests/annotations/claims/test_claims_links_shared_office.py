"""In a language whose verbs of speech are not listed, whom a story quotes cannot be read: a name, an office or a
body two sentences share ("the regional hospital", "the district's chief medical officer") ties them together only
with what they say alike."""

from annotations.claims.linking import label_for, link_articles


def together(claims, a_words, b_words):
    return any(
        any(a_words in m.text for m in c.mentions) and any(b_words in m.text for m in c.mentions) for c in claims
    )


# Portuguese, written for the project: an invented town (Pedravela), hospital and officials.
ARTICLES = [
    (
        "folha",
        "O Hospital Regional de Pedravela abriu 40 leitos para pacientes com febre amarela. "
        "A diretora Lúcia Tavares Moura disse que as vacinas chegam na sexta-feira. "
        "O posto do bairro Alto Cruzeiro ficará aberto até as 22h durante o mês de julho. "
        "A prefeitura vai contratar 18 enfermeiros por três meses para a campanha.",
    ),
    (
        "jornal",
        "Um agricultor de 52 anos morreu no Hospital Regional de Pedravela na madrugada de domingo. "
        "A prefeitura vai contratar 18 enfermeiros temporários para a campanha de vacinação. "
        "Segundo a diretora Lúcia Tavares Moura, o estoque de soro está no fim desde a semana passada. "
        "As aulas nas escolas rurais foram suspensas por uma semana inteira.",
    ),
    (
        "portal",
        "O bairro Alto Cruzeiro concentra a maior parte dos casos registrados desde maio. "
        "Pedravela contratará 18 enfermeiros para reforçar a campanha. "
        "Os agentes de saúde percorrem as casas da zona rural com o carro de som. "
        "O Hospital Regional de Pedravela recebeu doses extras de vacina na quinta-feira passada.",
    ),
]


def test_a_shared_hospital_name_alone_links_no_two_facts():
    claims = link_articles(ARTICLES)
    assert not together(claims, "abriu 40 leitos", "Um agricultor de 52 anos morreu")


def test_a_shared_officials_name_alone_links_no_two_facts():
    claims = link_articles(ARTICLES)
    assert not together(claims, "as vacinas chegam na sexta-feira", "o estoque de soro está no fim")


def test_a_shared_place_name_alone_links_no_two_facts():
    claims = link_articles(ARTICLES)
    assert not together(claims, "ficará aberto até as 22h", "concentra a maior parte dos casos")


def test_sentences_sharing_a_name_still_link_on_their_figure_and_words():
    claims = link_articles(ARTICLES)
    assert together(claims, "vai contratar 18 enfermeiros por três meses", "contratará 18 enfermeiros")


def test_a_label_drops_a_speakers_label_before_the_sentence():
    assert label_for("Secretária: Estamos contratando 35 médicos pelo decreto.") == (
        "Estamos contratando 35 médicos pelo decreto."
    )


def test_a_label_drops_a_live_posts_time_stamp_and_its_dash():
    assert label_for("17h48 — A prefeitura confirmou há pouco a quarta morte.") == (
        "A prefeitura confirmou há pouco a quarta morte."
    )
    assert label_for("09:12 - The bridge will reopen on 14 May.") == "The bridge will reopen on 14 May."


def test_a_label_keeps_a_colon_that_is_the_sentences_own():
    assert label_for("Novo boletim: a cidade chegou a 5.047 casos.") == "Novo boletim: a cidade chegou a 5.047 casos."
