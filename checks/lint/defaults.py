"""The built-in review configuration, read by the same loader as a review.yaml.

A review.yaml extends it (unless it says `extend_defaults: false`): its stock
phrases, glossary entries and furniture patterns are added to these, and a
glossary entry of the file replaces a built-in entry that names the same term.
Rule severities default to the ones registered with each rule.
"""

DEFAULT_CONFIG = """\
# Fixed phrases of statistical briefings. A run of words that is close to one of
# these (a letter or two, or a space, off) but not equal to it is a typo.
stock_phrases:
  - year on year
  - month on month
  - quarter on quarter
  - percentage point
  - percentage points
  - above designated size
  - the same period last year
  - compared to the same period last year
  - compared with the same period last year
  - first half of the year
  - value added

glossary:
  # Two renderings of one term of Chinese official statistics: a document that
  # uses both is told to keep the one it uses most (term-glossary).
  - terms: [value added, added value]
    note: 增加值, the statistical term
  - terms: [above designated size, above the designated size]
    note: 规模以上, the NBS term ("industrial enterprises above designated size")
  - terms: [new industrialization, new-type industrialization]
    note: 新型工业化, one policy term
  # Pairs that the automatic variant detection would otherwise take for two
  # spellings of one word: they are different words (or, in British English,
  # a noun and a verb).
  - distinct: [licence, license]
    note: British English writes the noun licence and the verb license
  - distinct: [practice, practise]
    note: British English writes the noun practice and the verb practise
  - distinct: [programme, program]
    note: British English writes a computer program but a programme of work
  - distinct: [metre, meter]
    note: a metre is a length, a meter measures
  - distinct: [re-cover, recover]
  - distinct: [re-sign, resign]
  - distinct: [re-form, reform]
  - distinct: [re-creation, recreation]
  - distinct: [re-press, repress]
  - distinct: [re-sort, resort]
  - distinct: [re-count, recount]
  - distinct: [re-mark, remark]
  - distinct: [re-collect, recollect]
  - distinct: [re-treat, retreat]
  - distinct: [re-serve, reserve]
  - distinct: [re-solve, resolve]
  - distinct: [re-present, represent]
  - distinct: [re-lease, release]
  - distinct: [re-act, react]
  - distinct: [co-op, coop]

# Renderings of one source term that read as two things when one paragraph
# mixes them (term-variant).
synonyms:
  - terms: [foreign-funded, foreign-invested]
    note: 外资 / 外商投资; one paragraph, one rendering
  - terms: [small and medium-sized enterprises, small and medium enterprises]
    note: 中小企业

# Stock phrases of translations that say something else in English (false-friend).
# Only clear errors belong here.
false_friends:
  - phrase: by far,
    write: so far,
    opening: true
    note: '"by far" grades a superlative ("by far the largest"); 截至目前 is "so far"'
  - phrase: last but not the least
    write: last but not least
  - phrase: at the same period last year
    write: in the same period last year
  - phrase: as the same time,
    write: at the same time,
    opening: true
  - phrase: in the other hand
    write: on the other hand

furniture:
  - pattern: '^[^\\S\\n]*Read in Chinese[^\\S\\n]*$'
    note: link to the Chinese text, copied from the web page
  # a short line that starts with a gallery counter ("/5", "3/5") and does not
  # end a sentence: "/5    Zhou Jianshe"
  - pattern: '^[^\\S\\n]*\\d*/\\d+[^\\S\\n]+[^\\s.!?][^\\n.!?]{0,60}$'
    note: photo-gallery caption ("/5  Name") copied from the web page
"""
