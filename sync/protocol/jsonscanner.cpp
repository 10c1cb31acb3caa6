#include "protocol/jsonscanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <deque>

namespace msp::protocol::json {

namespace {
// QJsonDocument's own limit.
constexpr size_t kMaxDepth = 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms,
// no surrogates, nothing past U+10FFFF) at `p`, or 0.
qsizetype utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char b = p[0];
    const auto cont = [&](qsizetype i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return p + i < end && p[i] >= lo && p[i] <= hi;
    };
    if (b >= 0xC2 && b <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (b == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (b == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b >= 0xF1 && b <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}
} // namespace

Scanner::Scanner(QByteArrayView text)
    : m_begin(text.data())
    , m_at(text.data())
    , m_end(text.data() + text.size())
{
}

bool Scanner::fail(const char *what)
{
    if (!m_failed) {
        m_failed = true;
        m_errorAt = m_at - m_begin;
        m_error = QCoreApplication::translate("msp::protocol", what);
    }
    return false;
}

void Scanner::skipSpace()
{
    while (m_at < m_end && isSpace(*m_at))
        ++m_at;
}

bool Scanner::expect(char c)
{
    skipSpace();
    if (m_at < m_end && *m_at == c) {
        ++m_at;
        return true;
    }
    return false;
}

Scanner::Kind Scanner::peek()
{
    if (m_failed)
        return Kind::Bad;
    skipSpace();
    if (m_at == m_end)
        return Kind::Bad;
    switch (*m_at) {
    case '{': return Kind::Object;
    case '[': return Kind::Array;
    case '"': return Kind::String;
    case 't': return Kind::True;
    case 'f': return Kind::False;
    case 'n': return Kind::Null;
    default: return *m_at == '-' || isDigit(*m_at) ? Kind::Number : Kind::Bad;
    }
}

bool Scanner::open(char bracket, const char *expected)
{
    if (m_failed)
        return false;
    if (!expect(bracket))
        return fail(expected);
    if (m_first.size() >= kMaxDepth)
        return fail(QT_TRANSLATE_NOOP("msp::protocol", "The JSON is nested too deeply."));
    m_first.push_back(true);
    return true;
}

bool Scanner::beginObject()
{
    return open('{', QT_TRANSLATE_NOOP("msp::protocol", "A JSON object was expected."));
}

bool Scanner::beginArray()
{
    return open('[', QT_TRANSLATE_NOOP("msp::protocol", "A JSON array was expected."));
}

// Past the separator before the next member or element: false at `close`
// (consumed, the level closed) or on a fault.
bool Scanner::nextIn(char close)
{
    if (m_failed || m_first.empty())
        return false;
    skipSpace();
    if (m_at < m_end && *m_at == close) {
        ++m_at;
        m_first.pop_back();
        return false;
    }
    if (!m_first.back()) {
        if (m_at == m_end || *m_at != ',')
            return fail(QT_TRANSLATE_NOOP("msp::protocol", "A comma or a closing bracket was expected."));
        ++m_at;
    }
    m_first.back() = false;
    return true;
}

bool Scanner::nextMember(QByteArrayView &key)
{
    if (!nextIn('}'))
        return false;
    skipSpace();
    bool escaped = false;
    QByteArrayView inner;
    if (!scanString(inner, escaped))
        return fail(QT_TRANSLATE_NOOP("msp::protocol", "A member's name was expected."));
    if (escaped) {
        m_keyBuffer = decodeString(inner, true).toUtf8();
        key = m_keyBuffer;
    } else {
        key = inner;
    }
    m_keyEscaped = escaped;
    if (!expect(':'))
        return fail(QT_TRANSLATE_NOOP("msp::protocol", "A colon was expected after a member's name."));
    return true;
}

bool Scanner::nextElement()
{
    return nextIn(']');
}

bool Scanner::scanString(QByteArrayView &inner, bool &escaped)
{
    if (m_at == m_end || *m_at != '"')
        return false;
    const char *start = ++m_at;
    escaped = false;
    while (m_at < m_end) {
        const auto c = static_cast<unsigned char>(*m_at);
        if (c == '"') {
            inner = QByteArrayView(start, m_at - start);
            ++m_at;
            return true;
        }
        if (c < 0x20)
            return fail(QT_TRANSLATE_NOOP("msp::protocol", "A control character must be escaped in a JSON string."));
        if (c == '\\') {
            escaped = true;
            if (m_at + 1 == m_end)
                break;
            const char e = m_at[1];
            if (e == 'u') {
                if (m_end - m_at < 6 || hexValue(m_at[2]) < 0 || hexValue(m_at[3]) < 0 || hexValue(m_at[4]) < 0
                    || hexValue(m_at[5]) < 0)
                    return fail(QT_TRANSLATE_NOOP("msp::protocol", "A \\u escape needs four hex digits."));
                m_at += 6;
                continue;
            }
            if (!std::strchr("\"\\/bfnrt", e) || e == '\0')
                return fail(QT_TRANSLATE_NOOP("msp::protocol", "A JSON string holds an unknown escape."));
            m_at += 2;
            continue;
        }
        if (c < 0x80) {
            ++m_at;
            continue;
        }
        const qsizetype n
            = utf8Length(reinterpret_cast<const unsigned char *>(m_at), reinterpret_cast<const unsigned char *>(m_end));
        if (n == 0)
            return fail(QT_TRANSLATE_NOOP("msp::protocol", "A JSON string is not valid UTF-8."));
        m_at += n;
    }
    return fail(QT_TRANSLATE_NOOP("msp::protocol", "A JSON string is not closed."));
}

bool Scanner::readRawString(QByteArrayView &inner, bool &escaped)
{
    if (m_failed)
        return false;
    skipSpace();
    if (m_at == m_end || *m_at != '"')
        return fail(QT_TRANSLATE_NOOP("msp::protocol", "A JSON string was expected."));
    return scanString(inner, escaped);
}

bool Scanner::readString(QString &out)
{
    QByteArrayView inner;
    bool escaped = false;
    if (!readRawString(inner, escaped))
        return false;
    out = decodeString(inner, escaped);
    return true;
}

bool Scanner::readBool(bool &out)
{
    const Kind k = peek();
    if (k != Kind::True && k != Kind::False)
        return fail(QT_TRANSLATE_NOOP("msp::protocol", "true or false was expected."));
    out = k == Kind::True;
    return k == Kind::True ? scanLiteral("true", 4) : scanLiteral("false", 5);
}

bool Scanner::scanLiteral(const char *word, qsizetype length)
{
    if (m_end - m_at < length || std::memcmp(m_at, word, size_t(length)) != 0)
        return fail(QT_TRANSLATE_NOOP("msp::protocol", "The JSON holds a word that is not true, false or null."));
    m_at += length;
    return true;
}

bool Scanner::scanNumber()
{
    const char *start = m_at;
    const auto digits = [this] {
        const char *from = m_at;
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
        return m_at > from;
    };
    if (m_at < m_end && *m_at == '-')
        ++m_at;
    if (m_at < m_end && *m_at == '0')
        ++m_at;
    else if (!digits())
        return fail(QT_TRANSLATE_NOOP("msp::protocol", "A JSON number is malformed."));
    bool integer = true;
    if (m_at < m_end && *m_at == '.') {
        ++m_at;
        integer = false;
        if (!digits())
            return fail(QT_TRANSLATE_NOOP("msp::protocol", "A JSON number is malformed."));
    }
    if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
        ++m_at;
        integer = false;
        if (m_at < m_end && (*m_at == '+' || *m_at == '-'))
            ++m_at;
        if (!digits())
            return fail(QT_TRANSLATE_NOOP("msp::protocol", "A JSON number is malformed."));
    }
    // QJsonDocument refuses a number no double holds (1e400, 1e-400, an
    // integer of hundreds of digits): so does the scanner, by the same test.
    constexpr qsizetype kSafeIntegerChars = 18; // with its sign, always a qint64
    if (!integer || m_at - start > kSafeIntegerChars) {
        bool ok = false;
        QByteArray::fromRawData(start, m_at - start).toDouble(&ok);
        if (!ok)
            return fail(QT_TRANSLATE_NOOP("msp::protocol", "A JSON number is out of range."));
    }
    return true;
}

bool Scanner::skipValue(QByteArrayView *span)
{
    if (peek() == Kind::Bad)
        return fail(QT_TRANSLATE_NOOP("msp::protocol", "A JSON value was expected."));
    const char *start = m_at;
    // Iterative, so a deeply nested text cannot exhaust the stack: `objects`
    // holds the kind of each level opened here.
    std::vector<bool> objects;
    bool valueNext = true;
    for (;;) {
        if (valueNext) {
            bool ok = true;
            switch (peek()) {
            case Kind::Object:
                ok = beginObject();
                objects.push_back(true);
                break;
            case Kind::Array:
                ok = beginArray();
                objects.push_back(false);
                break;
            case Kind::String: {
                QByteArrayView inner;
                bool escaped = false;
                ok = scanString(inner, escaped);
                break;
            }
            case Kind::Number: ok = scanNumber(); break;
            case Kind::True: ok = scanLiteral("true", 4); break;
            case Kind::False: ok = scanLiteral("false", 5); break;
            case Kind::Null: ok = scanLiteral("null", 4); break;
            case Kind::Bad: ok = fail(QT_TRANSLATE_NOOP("msp::protocol", "A JSON value was expected.")); break;
            }
            if (!ok)
                return false;
        }
        if (objects.empty())
            break;
        QByteArrayView key;
        valueNext = objects.back() ? nextMember(key) : nextElement();
        if (m_failed)
            return false;
        if (!valueNext)
            objects.pop_back(); // closed; the level around it goes on
    }
    if (span)
        *span = QByteArrayView(start, m_at - start);
    return true;
}

bool Scanner::atEnd()
{
    skipSpace();
    return !m_failed && m_at == m_end;
}

QString Scanner::decodeString(QByteArrayView inner, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(inner);
    QString out;
    out.reserve(inner.size());
    const char *p = inner.data();
    const char *end = p + inner.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            out.append(QString::fromUtf8(run, p - run));
        if (p == end)
            break;
        const char e = p[1];
        p += 2;
        switch (e) {
        case 'b': out.append(u'\b'); break;
        case 'f': out.append(u'\f'); break;
        case 'n': out.append(u'\n'); break;
        case 'r': out.append(u'\r'); break;
        case 't': out.append(u'\t'); break;
        case 'u': {
            const char16_t unit
                = char16_t((hexValue(p[0]) << 12) | (hexValue(p[1]) << 8) | (hexValue(p[2]) << 4) | hexValue(p[3]));
            out.append(QChar(unit));
            p += 4;
            break;
        }
        default: out.append(QLatin1Char(e)); break; // " \ /
        }
    }
    return out;
}

QJsonValue Scanner::toValue(Kind kind, QByteArrayView span, bool escaped)
{
    switch (kind) {
    case Kind::String: return decodeString(span, escaped);
    case Kind::True: return true;
    case Kind::False: return false;
    case Kind::Null: return QJsonValue::Null;
    case Kind::Number:
    case Kind::Object:
    case Kind::Array: {
        // Wrapped, so QJsonDocument reads numbers exactly as it does inside
        // a document (an integer stays one).
        const QByteArray wrapped = "[" + span.toByteArray() + "]";
        return QJsonDocument::fromJson(wrapped).array().at(0);
    }
    case Kind::Bad: break;
    }
    return QJsonValue::Undefined;
}

bool Members::read(Scanner &s)
{
    m_members.clear();
    m_ownedKeys.clear();
    if (!s.beginObject())
        return false;
    QByteArrayView key;
    while (s.nextMember(key)) {
        Member m {key, {}, s.peek(), false};
        if (s.keyWasEscaped())
            m.key = m_ownedKeys.emplace_back(key.toByteArray());
        bool ok = m.kind == Scanner::Kind::String ? s.readRawString(m.text, m.escaped) : s.skipValue(&m.text);
        if (!ok)
            return false;
        m_members.push_back(m);
    }
    return !s.failed();
}

const Members::Member *Members::find(QLatin1StringView key) const
{
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it)
        if (it->key == QByteArrayView(key.data(), key.size()))
            return &*it;
    return nullptr;
}

QJsonValue Members::value(QLatin1StringView key) const
{
    const Member *m = find(key);
    return m ? Scanner::toValue(m->kind, m->text, m->escaped) : QJsonValue(QJsonValue::Undefined);
}

bool Members::rawString(QLatin1StringView key, QByteArrayView &inner) const
{
    const Member *m = find(key);
    if (!m || m->kind != Scanner::Kind::String || m->escaped)
        return false;
    inner = m->text;
    return true;
}

bool Members::hasRepeatedNames() const
{
    // A row's dozen members are compared pairwise; a hostile object of
    // thousands is sorted instead.
    constexpr size_t kPairwise = 16;
    if (m_members.size() <= kPairwise) {
        for (size_t i = 1; i < m_members.size(); ++i)
            for (size_t j = 0; j < i; ++j)
                if (m_members[i].key == m_members[j].key)
                    return true;
        return false;
    }
    std::vector<QByteArrayView> keys;
    keys.reserve(m_members.size());
    for (const Member &m : m_members)
        keys.push_back(m.key);
    std::sort(keys.begin(), keys.end());
    return std::adjacent_find(keys.begin(), keys.end()) != keys.end();
}

} // namespace msp::protocol::json
