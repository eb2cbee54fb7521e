#include "core/registrations/similarity.h"

#include "core/registrations/customerkey.h"
#include "core/registrations/registration.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cd {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct SimilarityText
{
    Q_DECLARE_TR_FUNCTIONS(cd::Similarity)
};

// Words that many unrelated companies share; matching on them would flood the review list.
bool isGenericWord(const QString &word)
{
    static const QSet<QString> words{
        QStringLiteral("the"),        QStringLiteral("and"),         QStringLiteral("of"),
        QStringLiteral("holding"),    QStringLiteral("holdings"),    QStringLiteral("group"),
        QStringLiteral("groupe"),     QStringLiteral("gruppe"),      QStringLiteral("grupo"),
        QStringLiteral("international"), QStringLiteral("intl"),     QStringLiteral("global"),
        QStringLiteral("worldwide"),  QStringLiteral("services"),    QStringLiteral("service"),
        QStringLiteral("solutions"),  QStringLiteral("systems"),     QStringLiteral("technologies"),
        QStringLiteral("technology"), QStringLiteral("industries"),  QStringLiteral("enterprises"),
        QStringLiteral("partners"),   QStringLiteral("de"),          QStringLiteral("la"),
        QStringLiteral("le"),         QStringLiteral("der"),         QStringLiteral("die"),
        QStringLiteral("das"),        QStringLiteral("und"),         QStringLiteral("et")};
    return words.contains(word);
}

// Second-level labels under which the registrable name sits one label further left (acme.co.uk).
bool isSecondLevelSuffix(QStringView label)
{
    static const QSet<QString> labels{QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("org"),
                                      QStringLiteral("net"), QStringLiteral("ac"),  QStringLiteral("gov"),
                                      QStringLiteral("edu"), QStringLiteral("ne"),  QStringLiteral("or"),
                                      QStringLiteral("gv"),  QStringLiteral("ltd"), QStringLiteral("plc")};
    return labels.contains(label.toString());
}

struct Features
{
    QString key;
    QStringList words; // significant name words, sorted, unique
    QString squeezed;  // the significant words without spaces, in their order
    QSet<QString> trigrams;
    QString domain;
    QString stem;
};

Features featuresOf(const Registration &registration)
{
    Features features;
    features.key = customerKey(registration.customer, registration.customerDomain);
    const QStringList all = foldedCustomerName(registration.customer).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList significant;
    for (const QString &word : all) {
        if (!isLegalForm(word) && !isGenericWord(word))
            significant << word;
    }
    if (significant.isEmpty())
        significant = all;
    features.squeezed = significant.join(QString());
    features.words = significant;
    features.words.sort();
    features.words.erase(std::unique(features.words.begin(), features.words.end()), features.words.end());
    if (features.squeezed.size() < 3) {
        if (!features.squeezed.isEmpty())
            features.trigrams.insert(features.squeezed);
    } else {
        for (qsizetype i = 0; i + 3 <= features.squeezed.size(); ++i)
            features.trigrams.insert(features.squeezed.sliced(i, 3));
    }
    features.domain = normalizedCustomerDomain(registration.customerDomain);
    features.stem = domainStem(features.domain);
    return features;
}

int jaccardPercent(qsizetype shared, qsizetype all)
{
    return all == 0 ? 0 : int(shared * 100 / all);
}

QString quotedList(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << QLatin1Char('\'') + word + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

SimilarPair compareFeatures(const Registration &a, const Features &fa, const Registration &b, const Features &fb)
{
    SimilarPair pair;
    pair.firstId = a.id;
    pair.secondId = b.id;
    QStringList clauses;
    int score = 0;

    QStringList shared;
    std::set_intersection(fa.words.cbegin(), fa.words.cend(), fb.words.cbegin(), fb.words.cend(),
                          std::back_inserter(shared));
    const int words = jaccardPercent(shared.size(), fa.words.size() + fb.words.size() - shared.size());
    if (!shared.isEmpty()) {
        score = std::max(score, words);
        clauses << SimilarityText::tr("names share %1").arg(quotedList(shared));
    }

    qsizetype sharedTrigrams = 0;
    for (const QString &gram : fa.trigrams)
        sharedTrigrams += fb.trigrams.contains(gram) ? 1 : 0;
    const int letters = jaccardPercent(sharedTrigrams, fa.trigrams.size() + fb.trigrams.size() - sharedTrigrams);
    if (letters > words && letters >= 50) {
        score = std::max(score, letters);
        clauses << SimilarityText::tr("names are %1% alike letter by letter").arg(letters);
    }

    auto domainAgainstName = [&](const Registration &withDomain, const Features &d, const Registration &other,
                                 const Features &o) {
        if (d.stem.size() < 2 || o.squeezed.isEmpty())
            return;
        int match = 0;
        if (d.stem == o.squeezed)
            match = 90;
        else if (o.words.contains(d.stem))
            match = 70;
        if (match == 0)
            return;
        score = std::max(score, match);
        clauses << SimilarityText::tr("%1's domain %2 matches %3's name").arg(withDomain.id, d.domain, other.id);
    };
    domainAgainstName(a, fa, b, fb);
    domainAgainstName(b, fb, a, fa);

    if (!fa.domain.isEmpty() && !fb.domain.isEmpty() && fa.domain != fb.domain && !fa.stem.isEmpty()
        && fa.stem == fb.stem) {
        score = std::max(score, 80);
        clauses << SimilarityText::tr("domains %1 and %2 share the stem '%3'").arg(fa.domain, fb.domain, fa.stem);
    }

    if (score > 0) {
        // Context, not evidence: it says why the keys differ.
        if (fa.domain.isEmpty() != fb.domain.isEmpty())
            clauses << (fa.domain.isEmpty() ? SimilarityText::tr("%1 has no domain, %2 has one") : SimilarityText::tr("%1 has a domain, %2 has none"))
                           .arg(a.id, b.id);
        pair.score = score;
        pair.reason = clauses.join(QStringLiteral("; "));
    }
    return pair;
}

} // namespace

QString domainStem(QStringView domain)
{
    const QString normalized = normalizedCustomerDomain(domain);
    QStringList labels = normalized.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.isEmpty())
        return {};
    if (labels.size() == 1)
        return labels.first();
    labels.removeLast(); // the top-level domain
    if (labels.size() >= 2 && isSecondLevelSuffix(labels.last()))
        labels.removeLast();
    return labels.last();
}

SimilarPair compareRegistrations(const Registration &a, const Registration &b)
{
    return compareFeatures(a, featuresOf(a), b, featuresOf(b));
}

QList<SimilarPair> findSimilarRegistrations(const QList<Registration> &registrations,
                                            const SimilarityOptions &options)
{
    // A word shared by more registrations than this is too common to find candidates with; the pairs it
    // would give are usually found through another word anyway.
    constexpr qsizetype MaxGroup = 2000;

    QList<Features> features;
    features.reserve(registrations.size());
    QHash<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < registrations.size(); ++i) {
        features << featuresOf(registrations[i]);
        const Features &f = features.last();
        QSet<QString> tokens(f.words.cbegin(), f.words.cend());
        if (!f.squeezed.isEmpty()) {
            tokens.insert(f.squeezed);
            tokens.insert(QStringLiteral("\x01") + f.squeezed.left(4));
        }
        if (!f.stem.isEmpty())
            tokens.insert(f.stem);
        for (const QString &token : std::as_const(tokens))
            groups[token].append(i);
    }

    auto earlier = [&](qsizetype a, qsizetype b) {
        const Registration &ra = registrations[a];
        const Registration &rb = registrations[b];
        if (ra.submittedAt != rb.submittedAt)
            return ra.submittedAt < rb.submittedAt;
        const QByteArray ia = ra.id.toUtf8();
        const QByteArray ib = rb.id.toUtf8();
        return ia != ib ? ia < ib : a < b;
    };

    QSet<QPair<qsizetype, qsizetype>> seen;
    QList<SimilarPair> pairs;
    for (const QList<qsizetype> &members : std::as_const(groups)) {
        if (members.size() < 2 || members.size() > MaxGroup)
            continue;
        for (qsizetype x = 0; x < members.size(); ++x) {
            for (qsizetype y = x + 1; y < members.size(); ++y) {
                qsizetype first = members[x];
                qsizetype second = members[y];
                if (earlier(second, first))
                    std::swap(first, second);
                if (seen.contains({first, second}))
                    continue;
                seen.insert({first, second});
                const Registration &a = registrations[first];
                const Registration &b = registrations[second];
                if (features[first].key == features[second].key)
                    continue; // the key already makes them compete
                if (options.differentPartnersOnly && a.partnerId == b.partnerId)
                    continue;
                if (options.competingProductsOnly && !productsCompete(a.product, b.product))
                    continue;
                if (options.protectionDays >= 0
                    && a.submittedAt.secsTo(b.submittedAt) >= qint64(options.protectionDays) * 86400)
                    continue;
                SimilarPair pair = compareFeatures(a, features[first], b, features[second]);
                if (pair.score < options.threshold || pair.score == 0)
                    continue;
                pair.first = first;
                pair.second = second;
                pairs << pair;
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const SimilarPair &p, const SimilarPair &q) {
        if (p.score != q.score)
            return p.score > q.score;
        return std::pair(p.first, p.second) < std::pair(q.first, q.second);
    });
    return pairs;
}

} // namespace cd
