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

furniture:
  # a short line that starts with a gallery counter ("/5", "3/5") and does not
  # end a sentence: "/5    Zhou Jianshe"
  - pattern: '^[^\\S\\n]*\\d*/\\d+[^\\S\\n]+[^\\s.!?][^\\n.!?]{0,60}$'
    note: photo-gallery caption ("/5  Name") copied from the web page
"""
