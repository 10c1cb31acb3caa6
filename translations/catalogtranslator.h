#pragma once

#include <QHash>
#include <QStringList>
#include <QTranslator>

namespace msp::translations {

// Our compiled catalogue (.qm) plus a safety net: when a message is not found
// under the context the code asks with, it is looked up under the other
// contexts its source text was extracted in. lupdate names a context after
// the C++ scope of a tr() call, while some helpers translate with a fixed
// context; without this, such a message would silently stay in English.
class CatalogTranslator : public QTranslator
{
public:
    explicit CatalogTranslator(QObject *parent = nullptr)
        : QTranslator(parent)
    {
    }

    // `qmPath` is the compiled catalogue, `tsPath` its source (for the map of
    // contexts by message).
    bool loadCatalog(const QString &qmPath, const QString &tsPath);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return m_catalog.isEmpty(); }

private:
    QTranslator m_catalog;
    QHash<QByteArray, QList<QByteArray>> m_contextsBySource;
};

} // namespace msp::translations
