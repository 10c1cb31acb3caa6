#include "formbody.h"

#include <QUrl>

namespace msp::stripe {

namespace {
QByteArray encodePart(const QString &text)
{
    // Brackets stay readable in keys, as Stripe's own libraries send them.
    return QUrl::toPercentEncoding(text, "[]");
}

QString decodePart(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}
} // namespace

FormBody &FormBody::add(const QString &key, const QString &value)
{
    m_pairs.append({key, value});
    return *this;
}

FormBody &FormBody::add(const QString &key, qint64 value)
{
    return add(key, QString::number(value));
}

FormBody &FormBody::addNested(const QString &parent, const QString &key, const QString &value)
{
    return add(parent + u'[' + key + u']', value);
}

FormBody &FormBody::addArray(const QString &key, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        add(key + u'[' + QString::number(i) + u']', values[i]);
    return *this;
}

QByteArray FormBody::encode() const
{
    QByteArray out;
    for (const auto &[key, value] : m_pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encodePart(key));
        out.append('=');
        out.append(encodePart(value));
    }
    return out;
}

QList<QPair<QString, QString>> FormBody::decode(QByteArrayView body)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &part : body.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.append({decodePart(key), decodePart(value)});
    }
    return out;
}

} // namespace msp::stripe
