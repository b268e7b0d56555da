"""Attribution in Greek: the table ``languages.TABLES["el"]`` reads.

Greek news reports words in the aorist ("δήλωσε", "είπε", "ανέφερε", and their plurals "δήλωσαν", "είπαν"), the
present ("λέει", "λένε", "υποστηρίζει") or the imperfect ("ζητούσαν"), and in the pluperfect, "είχε" with the form
that follows it ("είχε ζητήσει"). The source stands before the verb, with its article ("Ο δήμαρχος απάντησε ότι";
"Η πρόεδρός του, Δήμητρα Ρουσάκη, θύμισε"), or after it, after a quotation ("«…», είπε ο πρόεδρος του συλλόγου
Γιώργος Μαυρομμάτης"), past whom it was told to ("δήλωσε στο ΕΠΝ ο δήμαρχος …", "είπε στον «Ταχυδρόμο» …"). The
gerund after a comma ("…, ζητώντας να", "υποστηρίζοντας ότι") carries on the words of the clause before it.
"Σύμφωνα με X" is "according to X"; "κατά" alone is "against" or "during" ("12 κατά", 12 against) and no cue. The
subject is often left in the verb ("Ζήτησε τοπικό δημοψήφισμα"): such a verb is a cue only with words after it. A
verb after "να" stands for what one would or may say ("να ζητά", to ask), no words said.
"""

# Aorist, singular and plural: stated, said, mentioned, stressed, noted, added, explained, clarified, announced,
# maintained, underlined, pointed out, warned, accused, reminded, answered, calculated, asked, showed, admitted,
# denied, confirmed, commented, promised, estimated, criticised.
_AORIST = """
δήλωσε δήλωσαν είπε είπαν ανέφερε ανέφεραν τόνισε τόνισαν σημείωσε σημείωσαν πρόσθεσε πρόσθεσαν εξήγησε εξήγησαν
διευκρίνισε διευκρίνισαν ανακοίνωσε ανακοίνωσαν υποστήριξε υποστήριξαν υπογράμμισε υπογράμμισαν επισήμανε
επισήμαναν προειδοποίησε προειδοποίησαν κατηγόρησε κατηγόρησαν θύμισε θύμισαν απάντησε απάντησαν υπολόγισε
υπολόγισαν ζήτησε ζήτησαν έδειξε έδειξαν παραδέχθηκε παραδέχτηκε αρνήθηκε επιβεβαίωσε επιβεβαίωσαν σχολίασε
σχολίασαν υποσχέθηκε εκτίμησε εκτίμησαν επέκρινε δήλωνε έλεγε έλεγαν ζητούσε ζητούσαν
"""
# Present, singular and plural: says, states, mentions, stresses, notes, explains, maintains, warns, believes,
# considers, fears, asks, promises, comments, announces in advance, shows, estimates, accuses, speaks (of).
_PRESENT = """
λέει λένε δηλώνει δηλώνουν αναφέρει αναφέρουν τονίζει τονίζουν σημειώνει σημειώνουν εξηγεί εξηγούν υποστηρίζει
υποστηρίζουν προειδοποιεί προειδοποιούν πιστεύει πιστεύουν θεωρεί θεωρούν φοβάται φοβούνται ζητά ζητάει ζητούν
ζητάνε υπόσχεται υπόσχονται σχολιάζει σχολιάζουν προαναγγέλλει ανακοινώνει δείχνει δείχνουν εκτιμά εκτιμούν
κατηγορεί κατηγορούν μιλά μιλάει μιλούν επισημαίνει υπογραμμίζει θυμίζει
"""
# The form after "έχει"/"είχε" (has/had said), and the gerund after a comma: saying, asking, stressing, noting.
_PERFECT = "δηλώσει πει αναφέρει τονίσει σημειώσει εξηγήσει ανακοινώσει υποστηρίξει ζητήσει προειδοποιήσει"
_GERUNDS = "ζητώντας υποστηρίζοντας τονίζοντας λέγοντας σημειώνοντας επισημαίνοντας προειδοποιώντας δηλώνοντας"
# Verbs that are ordinary verbs too ("έδειξε τον δρόμο", showed the way; "θύμισε τον πατέρα του", was like his
# father; "δείχνει αποφασισμένος", looks determined; "μιλά με", speaks with): they report only with a clause, a
# colon or a quotation after them, or after a quotation; "μιλά" only with "για" (speaks of).
_ORDINARY = "έδειξε έδειξαν δείχνει δείχνουν θύμισε θύμισαν θυμίζει θεωρεί θεωρούν πιστεύει πιστεύουν εκτιμά εκτιμούν"

TABLE = {
    "verbs": _AORIST + _PRESENT + _GERUNDS,
    "participles": _PERFECT,
    "auxiliaries": "έχει έχουν είχε είχαν",
    "according": "σύμφωνα με | κατά δήλωση | όπως δήλωσε | όπως ανέφερε | όπως είπε | κατά τον | κατά την",
    "recipients": "στο στον στην σε",
    "determiners": "ο η το οι τα τον την του της των τους τις ένας μια μία ένα έναν ενός μιας πολλοί πολλές πολλά "
                   "όλοι όλες μερικοί κάποιοι αρκετοί",
    "articles": "ο η το οι τα τον την του της των τους τις ένας μια μία ένα έναν ενός μιας",
    "links": "του της των",
    "prepositions": "σε στο στον στην στη στα στους στις από με για προς χωρίς μετά πριν κατά μέχρι ως έως παρά "
                    "υπέρ αντί μέσα",
    "openers": "επίσης ωστόσο πάντως όμως ακόμη ήδη χθες σήμερα τότε μετά αργότερα νωρίτερα",
    "clause_words": "ότι πως που να αν όταν ενώ επειδή αλλά και ή όπως όπου οποίος οποία οποίο οποίοι οποίες "
                    "ώστε γιατί μα",
    "coordinators": "και αλλά ενώ",
    "relatives": "που οποίος οποία οποίο οποίοι",
    "pronouns": "αυτός αυτή αυτοί αυτές εκείνος εκείνη",
    "complementizers": "ότι πως να",
    "needs_clause": _ORDINARY,
    "infinitive_particles": "να",  # "δεν είναι παράλογο να ζητά": what one may ask, reporting nothing
    "objects": "μιλά:για μιλάει:για μιλούν:για",
    "dialogue": "yes",
    "labels": "yes",  # a television page's speaker's label over a quotation
}
