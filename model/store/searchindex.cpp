#include "store/searchindex.h"

#include "store/database.h"
#include "store/query.h"

#include <QCoreApplication>
#include <QStringList>

namespace msp::store {

namespace {
constexpr int kBucketChars = 8;
constexpr int kBucketBits = 5;

// Five-bit class of one UTF-16 unit, monotone in the unit's value. Folded
// names are mostly a-z and the family/given separator: those get a class of
// their own. Everything else shares a few coarse classes, and after a coarse
// class the bucket stops looking (two different characters in one class
// would otherwise let later characters contradict their order).
qint64 symbol(char16_t u)
{
    if (u == u'\x01')
        return 1;
    if (u < u'0')
        return 2; // space, apostrophe, hyphen, full stop
    if (u <= u'9')
        return 3;
    if (u < u'a')
        return 4;
    if (u <= u'z')
        return 5 + (u - u'a');
    return 31;
}

bool isExact(qint64 symbol)
{
    return symbol == 1 || (symbol >= 5 && symbol <= 30);
}

ClientSearchEntry searchEntry(const QString &names, const QString &phoneE164, const QString &email)
{
    QString digits;
    for (QChar c : phoneE164)
        if (c.isDigit())
            digits.append(c);
    QStringList phoneTokens {digits};
    if (digits.size() > 10)
        phoneTokens << digits.right(10);
    if (digits.size() > 7)
        phoneTokens << digits.right(7);
    // Email split so "jane" and "example" both match, and the whole address too.
    QString emailText = foldForSearch(email);
    emailText.replace(u'@', u' ').replace(u'.', u' ');
    return {QString(), foldForSearch(names), phoneTokens.join(u' '), emailText};
}

Result<void> writeEntry(Database &db, qint64 docid, const ClientSearchEntry &entry)
{
    return writeSearchEntry(db, docid, entry.names, entry.phone, entry.email);
}

Result<void> writeFts(Database &db, qint64 docid, const QString &names, const QString &phoneE164, const QString &email)
{
    return writeEntry(db, docid, searchEntry(names, phoneE164, email));
}

Result<void> deleteFts(Database &db, qint64 docid)
{
    auto q = db.prepare("DELETE FROM client_search WHERE docid = ?1;");
    if (!q)
        return q.error();
    return q->bind(1, docid).run();
}

// Numbers within a bucket are handed out upwards; a gap is looked for only
// when the top of the bucket is taken (four million clients whose names start
// with the same eight folded characters, give or take renames).
Result<qint64> mintDocid(Database &db, qint64 bucket)
{
    const qint64 low = bucket << kDocidUniqueBits;
    const qint64 high = low + (qint64(1) << kDocidUniqueBits) - 1;
    {
        auto q = db.prepare("SELECT search_docid FROM client WHERE search_docid BETWEEN ?1 AND ?2 "
                            "ORDER BY search_docid DESC LIMIT 1;");
        if (!q)
            return q.error();
        q->bind(1, low).bind(2, high);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return low;
        if (q->int64(0) < high)
            return q->int64(0) + 1;
    }
    auto gap
        = db.prepare("SELECT ?1 WHERE NOT EXISTS (SELECT 1 FROM client WHERE search_docid = ?1) "
                     "UNION ALL SELECT c.search_docid + 1 FROM client c WHERE c.search_docid BETWEEN ?1 AND ?2 - 1 "
                     "AND NOT EXISTS (SELECT 1 FROM client d WHERE d.search_docid = c.search_docid + 1) LIMIT 1;");
    if (!gap)
        return gap.error();
    gap->bind(1, low).bind(2, high);
    auto row = gap->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::Internal,
                           QCoreApplication::translate("msp::store",
                                                       "The client search index has no room left for this name. "
                                                       "Export the clinic data and contact support."));
    return gap->int64(0);
}

// Writes the index entries of the client at `rowId` from its text, replacing
// the FTS row at `oldDocid` (-1: none yet).
Result<void> indexFields(Database &db, qint64 rowId, const ClientSearchText &c, qint64 oldDocid)
{
    const QString sortKey = clientSortKey(c.given, c.family);
    const qint64 bucket = sortBucket(sortKey);
    qint64 docid = oldDocid;
    if (oldDocid < 0 || (oldDocid >> kDocidUniqueBits) != bucket) {
        auto minted = mintDocid(db, bucket);
        if (!minted)
            return minted.error();
        docid = *minted;
    }
    if (oldDocid >= 0)
        MSP_TRY(deleteFts(db, oldDocid));
    MSP_TRY(writeFts(db, docid, c.given + u' ' + c.family + u' ' + c.preferred, c.phone, c.email));
    auto q = db.prepare("UPDATE OR FAIL client SET search_sort = ?2, search_docid = ?3 WHERE rowid = ?1;");
    if (!q)
        return q.error();
    return q->bind(1, rowId).bind(2, sortKey).bind(3, docid).run();
}
} // namespace

QString foldForSearch(QStringView text)
{
    // ASCII (most names, every phone number and e-mail address) has nothing
    // to decompose and folds to lower case: done without the Unicode tables,
    // which a first sync would otherwise consult for a hundred thousand
    // clients.
    QString ascii(text.size(), Qt::Uninitialized);
    char16_t *lowered = reinterpret_cast<char16_t *>(ascii.data());
    qsizetype n = 0;
    for (; n < text.size(); ++n) {
        const char16_t u = text[n].unicode();
        if (u >= 0x80)
            break;
        lowered[n] = u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
    }
    if (n == text.size())
        return ascii;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing: break;
        default: out.append(c);
        }
    }
    return out.toCaseFolded();
}

QString clientSortKey(QStringView given, QStringView family)
{
    // U+0001 sorts below every character a name can hold, so "Smith, Zoe"
    // comes before "Smithers, Ann".
    return foldForSearch(family) + QChar(u'\x01') + foldForSearch(given);
}

qint64 sortBucket(QStringView sortKey)
{
    qint64 bucket = 0;
    bool exact = true;
    for (int i = 0; i < kBucketChars; ++i) {
        const qint64 s = exact && i < sortKey.size() ? symbol(sortKey.at(i).unicode()) : 0;
        bucket = (bucket << kBucketBits) | s;
        exact = exact && isExact(s);
    }
    return bucket;
}

Result<void> indexClientRow(Database &db, qint64 rowId)
{
    QString given, family, preferred, phone, email;
    qint64 oldDocid = -1;
    {
        auto q = db.prepare("SELECT given_name, family_name, preferred_name, phone, email, search_docid "
                            "FROM client WHERE rowid = ?1;");
        if (!q)
            return q.error();
        q->bind(1, rowId);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return Error::make(ErrorCode::Internal,
                               QCoreApplication::translate("msp::store",
                                                           "A client to be indexed for search is missing. Try the "
                                                           "change again."));
        given = q->text(0);
        family = q->text(1);
        preferred = q->text(2);
        phone = q->text(3);
        email = q->text(4);
        if (!q->isNull(5))
            oldDocid = q->int64(5);
    }
    return indexFields(db, rowId, {given, family, preferred, phone, email}, oldDocid);
}

Result<void> indexNewClientRow(Database &db, qint64 rowId, const ClientSearchText &text)
{
    return indexFields(db, rowId, text, -1);
}

ClientSearchEntry ClientSearchEntry::of(const ClientSearchText &text)
{
    ClientSearchEntry entry
        = searchEntry(text.given + u' ' + text.family + u' ' + text.preferred, text.phone, text.email);
    entry.sortKey = clientSortKey(text.given, text.family);
    return entry;
}

Result<qint64> mintSearchDocid(Database &db, const QString &sortKey)
{
    return mintDocid(db, sortBucket(sortKey));
}

Result<void> writeSearchEntry(Database &db, qint64 docid, const ClientSearchEntry &entry)
{
    return writeEntry(db, docid, entry);
}

Result<void> writeSearchEntry(Database &db, qint64 docid, QStringView names, QStringView phone, QStringView email)
{
    auto q = db.prepare("INSERT INTO client_search(docid, names, phone, email) VALUES (?1, ?2, ?3, ?4);");
    if (!q)
        return q.error();
    return q->bind(1, docid).bind(2, names).bind(3, phone).bind(4, email).run();
}

Result<void> removeSearchEntry(Database &db, qint64 docid)
{
    return deleteFts(db, docid);
}

Result<void> indexClient(Database &db, qint64 rowId, const QString &names, const QString &phoneE164,
                         const QString &email)
{
    auto version = db.userVersion();
    if (!version)
        return version.error();
    if (*version >= kSortedSearchSchema)
        return indexClientRow(db, rowId);
    MSP_TRY(deleteFts(db, rowId));
    return writeFts(db, rowId, names, phoneE164, email);
}

Result<void> unindexClient(Database &db, qint64 rowId)
{
    qint64 docid = -1;
    {
        auto q = db.prepare("SELECT search_docid FROM client WHERE rowid = ?1 AND search_docid IS NOT NULL;");
        if (!q)
            return q.error();
        q->bind(1, rowId);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return ok();
        docid = q->int64(0);
    }
    MSP_TRY(deleteFts(db, docid));
    auto clear = db.prepare("UPDATE client SET search_docid = NULL WHERE rowid = ?1;");
    if (!clear)
        return clear.error();
    return clear->bind(1, rowId).run();
}

QString searchExpression(QStringView typed)
{
    const QString folded = foldForSearch(typed);
    QStringList terms;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            terms << current + u'*';
        current.clear();
    };
    // Keep letters and digits; everything else separates words. Phone input
    // like "(555) 123-4567" becomes one digit run so it matches the index.
    bool allDigitsInput = true;
    for (QChar c : folded)
        if (c.isLetter())
            allDigitsInput = false;
    for (QChar c : folded) {
        if (c.isLetterOrNumber())
            current.append(c);
        else if (!allDigitsInput)
            flush();
    }
    flush();
    return terms.join(u' ');
}

} // namespace msp::store
