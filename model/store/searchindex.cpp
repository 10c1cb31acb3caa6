#include "store/searchindex.h"

#include "store/database.h"
#include "store/query.h"

#include <QStringList>

namespace msp::store {

Result<void> indexClient(Database &db, qint64 rowId, const QString &names, const QString &phoneE164,
                         const QString &email)
{
    MSP_TRY(unindexClient(db, rowId));
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
    QString emailText = email;
    emailText.replace(u'@', u' ').replace(u'.', u' ');
    auto q = db.prepare("INSERT INTO client_search(docid, names, phone, email) VALUES (?1, ?2, ?3, ?4);");
    if (!q)
        return q.error();
    return q->bind(1, rowId).bind(2, names).bind(3, phoneTokens.join(u' ')).bind(4, emailText).run();
}

Result<void> unindexClient(Database &db, qint64 rowId)
{
    auto q = db.prepare("DELETE FROM client_search WHERE docid = ?1;");
    if (!q)
        return q.error();
    return q->bind(1, rowId).run();
}

QString searchExpression(QStringView typed)
{
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
    for (QChar c : typed)
        if (c.isLetter())
            allDigitsInput = false;
    for (QChar c : typed) {
        if (c.isLetterOrNumber())
            current.append(c);
        else if (!allDigitsInput)
            flush();
    }
    flush();
    return terms.join(u' ');
}

} // namespace msp::store
