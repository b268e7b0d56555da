"""Attribution in Indonesian: the table ``languages.TABLES["id"]`` reads.

Indonesian news reports words with a verb before what was said, after its subject ("Ketua serikat Nandang
Suherman mengatakan manajemen hanya menawarkan …", often without "bahwa"), or, after a quotation, with a short
verb of saying before its source ("…," kata Rudy; "…," ujar Kepala Desa) or with the speaker written onto it as
"-nya" ("katanya", "ujarnya", "ungkapnya"). "Menurut X" and "berdasarkan X" are "according to X". There are no
articles but the personal "si" and "sang", and the clause's own words follow its verb, so a source after a verb is a
name in capitals, or after a quotation any word ("…," ujar kepala desa); a verb's prefix ("meng-", "me-",
"ber-") tells it from a noun, but the short verbs of saying are nouns or adjectives too ("kata lain", another word;
"sudah jelas", it is clear): they report only after a quotation or a comma, or with a clause after them. A verb
after a modal or "untuk" ("harus memastikan", must ensure; "akan mengumumkan", will announce; "untuk mencatat", to
record) reports nothing yet.
"""

# Verbs of saying with their prefix: say, state, mention, admit, explain, reveal, stress, add, recount, assess,
# estimate, calculate, announce, confirm, argue (give as a reason), demand, ask, promise, record, deny, claim, warn,
# suspect, believe, ask.
_VERBS = """
mengatakan menyatakan menyebut menyebutkan mengaku menjelaskan mengungkapkan mengungkap menegaskan menambahkan
menuturkan menilai memperkirakan menghitung mengumumkan memastikan beralasan menuntut meminta berjanji mencatat
membantah mengklaim memperingatkan menduga meyakini menyampaikan menerangkan membenarkan mengakui mendesak
"""
# The short verbs of saying after a quotation, and with the speaker written onto them: said, said, revealed,
# explained, stressed, recounted, added, uttered, he/she said.
_SHORT = "kata ujar ungkap jelas tegas tutur imbuh ucap tambah"
_WITH_SPEAKER = " ".join(verb + "nya" for verb in _SHORT.split())
# Verbs that are ordinary verbs too ("memastikan aturan ditegakkan", make sure the rules are enforced; "menilai
# ujian", grade an exam; "paling mendesak", most urgent): they report only with a clause, a colon or a quotation
# after them, or after a quotation.
_ORDINARY = "memastikan menilai menambahkan menyampaikan mendesak " + _SHORT

TABLE = {
    "verbs": _VERBS + _SHORT + " " + _WITH_SPEAKER,
    "according": "menurut | berdasarkan | mengutip | seperti dikutip dari | dikutip dari | sebagaimana disampaikan",
    # The personal articles: with them, a source after a verb must be a name or come after a quotation, for the
    # clause's own words follow a verb that reports ("mengatakan gaji Oktober baru dibayar separuh").
    "articles": "si sang",
    "determiners": "si sang para sejumlah banyak beberapa seluruh semua",
    "prepositions": "di ke dari pada untuk dengan oleh dalam kepada bagi tentang terhadap sejak hingga sampai antara "
                    "tanpa menuju soal per usai seusai setelah sebelum selama",
    "openers": "juga pun kemudian lalu kini sekarang sebelumnya kemarin hari ini namun akan tetapi selain itu",
    "clause_words": "bahwa yang dan atau tetapi tapi namun karena jika kalau ketika saat sementara sedangkan sehingga "
                    "agar supaya sambil seraya",
    "coordinators": "dan tetapi tapi serta",
    "relatives": "yang",
    "pronouns": "ia dia mereka beliau",
    "complementizers": "bahwa",
    "needs_clause": _ORDINARY,
    "not_after": "jelas:bahwa,sekali,terlihat kata:lain,kunci,sambutan,pengantar tegas:terhadap",
    # "harus memastikan", "akan mengumumkan", "untuk mencatat": what must, will or is to be said, not words said
    "infinitive_particles": "harus akan bisa dapat mau ingin perlu hendak untuk",
    "labels": "yes",  # a television page's speaker's label over a quotation
}
