#include "answerlanguage.h"

#include "catalogtranslator.h"

#include <QByteArray>
#include <QList>

#include <algorithm>

namespace msp::server {

namespace {
thread_local const QTranslator *t_catalog = nullptr;

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// The weight of a language range ("q=0.8"), 1 when absent, -1 when malformed.
double weightOf(std::string_view params)
{
    double q = 1.0;
    while (!params.empty()) {
        const auto semi = params.find(';');
        const auto param = trimmed(params.substr(0, semi));
        params = semi == std::string_view::npos ? std::string_view() : params.substr(semi + 1);
        if (param.size() < 2 || (param[0] != 'q' && param[0] != 'Q') || param[1] != '=')
            continue;
        bool ok = false;
        q = QByteArray(param.data() + 2, qsizetype(param.size() - 2)).toDouble(&ok);
        if (!ok || q < 0 || q > 1)
            return -1;
    }
    return q;
}
} // namespace

struct AnswerLanguages::Catalog {
    std::string code;
    translations::CatalogTranslator translator;
};

AnswerLanguages::AnswerLanguages()
{
    // English is the source language: its catalogue holds only plural forms.
    for (const char *code : {"es", "en"}) {
        auto catalog = std::make_unique<Catalog>();
        catalog->code = code;
        const QString name = QStringLiteral("medspasync_") + QLatin1String(code);
        if (catalog->translator.loadCatalog(QStringLiteral(":/i18n/") + name + QStringLiteral(".qm"),
                                            QStringLiteral(":/i18n/src/") + name + QStringLiteral(".ts")))
            m_catalogs.push_back(std::move(catalog));
    }
    m_codes.push_back("en"); // the source language, with or without its catalogue
    for (const auto &c : m_catalogs)
        if (c->code != "en")
            m_codes.push_back(c->code);
}

AnswerLanguages::~AnswerLanguages() = default;

const QTranslator *AnswerLanguages::forHeader(std::string_view acceptLanguage) const
{
    std::string picked = pickLanguage(acceptLanguage, m_codes);
    if (picked.empty())
        picked = "en";
    for (const auto &c : m_catalogs)
        if (c->code == picked)
            return &c->translator;
    return nullptr;
}

std::string pickLanguage(std::string_view acceptLanguage, const std::vector<std::string> &available)
{
    std::string best;
    double bestWeight = 0;
    while (!acceptLanguage.empty()) {
        const auto comma = acceptLanguage.find(',');
        const auto range = trimmed(acceptLanguage.substr(0, comma));
        acceptLanguage = comma == std::string_view::npos ? std::string_view() : acceptLanguage.substr(comma + 1);
        const auto semi = range.find(';');
        const double weight = weightOf(semi == std::string_view::npos ? std::string_view() : range.substr(semi + 1));
        auto tag = trimmed(range.substr(0, semi));
        tag = tag.substr(0, tag.find('-'));
        std::string primary(tag);
        std::transform(primary.begin(), primary.end(), primary.begin(),
                       [](unsigned char c) { return char(c >= 'A' && c <= 'Z' ? c + 32 : c); });
        // "*" (any language) picks none: English, the source language.
        if (weight > bestWeight && std::find(available.begin(), available.end(), primary) != available.end()) {
            best = primary;
            bestWeight = weight;
        }
    }
    return best;
}

AnswerLanguageScope::AnswerLanguageScope(const QTranslator *catalog)
    : m_previous(t_catalog)
{
    t_catalog = catalog;
}

AnswerLanguageScope::~AnswerLanguageScope()
{
    t_catalog = m_previous;
}

QString trServer(const char *text)
{
    if (t_catalog) {
        QString translated = t_catalog->translate("msp::server", text);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(text);
}

QString trServerN(const char *text, int n)
{
    QString translated = t_catalog ? t_catalog->translate("msp::server", text, nullptr, n) : QString();
    if (translated.isEmpty())
        translated = QString::fromUtf8(text);
    return translated.replace(QStringLiteral("%n"), QString::number(n));
}

} // namespace msp::server
