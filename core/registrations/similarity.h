#pragma once

#include "core/records/records.h"

#include <QList>
#include <QString>

namespace cd {

// registration.md: "Possible conflicts that the key misses (similar names, a domain on one and not the
// other) are shown to the user for review; they never change a status on their own."
//
// Two registrations whose customer keys differ are compared by
// - the words of their names (legal forms anywhere and generic words like "holdings" or "group" left
//   out), as a Jaccard index: shared words / all words;
// - letter trigrams of the names without spaces ("Micro Soft" ~ "Microsoft"), also as a Jaccard index;
// - a domain's stem (acme from www.acme.co.uk) against the other's name words or its name without
//   spaces, and two domains with the same stem under different suffixes (acme.com, acme.de).
// The score is the best of these in whole percent (integer arithmetic only).
struct SimilarityOptions
{
    int threshold = 50;            // pairs scoring at least this (percent) are returned
    bool competingProductsOnly = true; // only pairs whose products would compete (same, or one empty)
    bool differentPartnersOnly = true; // a partner re-registering its own customer is not a channel conflict
    int protectionDays = 30;       // only pairs whose protection windows overlap; negative: ignore time
};

struct SimilarPair
{
    qsizetype first = -1;  // index in the input list; `first` is the earlier in (submitted_at, reg_id) order
    qsizetype second = -1;
    QString firstId;
    QString secondId;
    int score = 0;         // 0–100
    QString reason;        // "names share 'acme'; R1 has a domain, R2 has none"
    bool operator==(const SimilarPair &) const = default;
};

// Pairs of registrations that may name the same customer under different keys, best score first (ties in
// input order). Candidates are found through shared name words, domain stems and squeezed names, so the
// cost grows with the size of those groups rather than with n².
QList<SimilarPair> findSimilarRegistrations(const QList<Registration> &registrations,
                                            const SimilarityOptions &options = {});

// The score and reason for one pair, whatever their keys (0 and empty when nothing is alike).
SimilarPair compareRegistrations(const Registration &a, const Registration &b);

// The stem of a domain: its registrable label ("acme" for www.acme.co.uk and shop.acme.com).
QString domainStem(QStringView domain);

} // namespace cd
