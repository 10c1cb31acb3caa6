#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace msp::stripe {

// An application/x-www-form-urlencoded body the way Stripe's API reads it:
// nested hashes as metadata[invoice_id]=..., arrays as
// payment_method_types[0]=card. Pairs keep their order, so the same call
// always encodes to the same bytes (which Stripe's idempotency compares).
class FormBody
{
public:
    FormBody &add(const QString &key, const QString &value);
    FormBody &add(const QString &key, qint64 value);
    FormBody &addNested(const QString &parent, const QString &key, const QString &value);
    FormBody &addArray(const QString &key, const QStringList &values);

    bool isEmpty() const { return m_pairs.isEmpty(); }
    const QList<QPair<QString, QString>> &pairs() const { return m_pairs; }
    QByteArray encode() const;
    // For the fake server: the decoded pairs of a body, '+' read as a space.
    static QList<QPair<QString, QString>> decode(QByteArrayView body);

private:
    QList<QPair<QString, QString>> m_pairs;
};

} // namespace msp::stripe
