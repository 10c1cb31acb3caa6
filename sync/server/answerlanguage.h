#pragma once

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class QTranslator;

namespace msp::server {

// The language the server answers a request in, from its Accept-Language
// header (RFC 9110 §12.5.4): messages people read (errors, refusals) go
// through trServer(), which translates into the request's language on the
// thread serving it. English is the source language; Spanish ships beside it.
class AnswerLanguages
{
public:
    // Loads the catalogues embedded under :/i18n (the app's, which carry
    // the server's messages too).
    AnswerLanguages();
    ~AnswerLanguages();
    AnswerLanguages(const AnswerLanguages &) = delete;
    AnswerLanguages &operator=(const AnswerLanguages &) = delete;

    // The catalogue to answer in (English's holds only plural forms); null
    // when it could not be loaded.
    const QTranslator *forHeader(std::string_view acceptLanguage) const;

private:
    struct Catalog;
    std::vector<std::unique_ptr<Catalog>> m_catalogs;
    std::vector<std::string> m_codes; // what a request may ask for, worked out once
};

// The best of `available` (primary language subtags, lower case) for an
// Accept-Language header, by weight and then order; empty when none is
// acceptable (English is then used).
std::string pickLanguage(std::string_view acceptLanguage, const std::vector<std::string> &available);

// Makes trServer() on this thread answer in `catalog` (null: English) until
// it goes out of scope.
class AnswerLanguageScope
{
public:
    explicit AnswerLanguageScope(const QTranslator *catalog);
    ~AnswerLanguageScope();
    AnswerLanguageScope(const AnswerLanguageScope &) = delete;
    AnswerLanguageScope &operator=(const AnswerLanguageScope &) = delete;

private:
    const QTranslator *m_previous;
};

// A message for people, in the language of the request being served.
QString trServer(const char *text);
// The same with a count: "%n" becomes `n`, in the plural form it asks for.
QString trServerN(const char *text, int n);

} // namespace msp::server
