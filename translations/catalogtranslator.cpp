#include "catalogtranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace msp::translations {

bool CatalogTranslator::loadCatalog(const QString &qmPath, const QString &tsPath)
{
    if (!m_catalog.load(qmPath))
        return false;
    QFile ts(tsPath);
    if (!ts.open(QIODevice::ReadOnly))
        return true; // the catalogue works without the safety net
    QXmlStreamReader xml(&ts);
    QByteArray context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText().toUtf8();
        else if (xml.name() == u"source")
            m_contextsBySource[xml.readElementText().toUtf8()].append(context);
    }
    return true;
}

QString CatalogTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                     int n) const
{
    QString found = m_catalog.translate(context, sourceText, disambiguation, n);
    if (!found.isEmpty())
        return found;
    // A message translated without plural forms is still a translation when
    // asked for with a count (QCoreApplication replaces %n afterwards).
    if (n >= 0) {
        found = m_catalog.translate(context, sourceText, disambiguation, -1);
        if (!found.isEmpty())
            return found;
    }
    const auto it = m_contextsBySource.constFind(QByteArray(sourceText));
    if (it == m_contextsBySource.constEnd())
        return {};
    for (const QByteArray &other : *it) {
        found = m_catalog.translate(other.constData(), sourceText, disambiguation, n);
        if (found.isEmpty() && n >= 0)
            found = m_catalog.translate(other.constData(), sourceText, disambiguation, -1);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace msp::translations
