#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <deque>
#include <vector>

namespace msp::protocol::json {

// Reads one JSON text (RFC 8259) front to back without building a document:
// for large bodies read once, in order, such as a pull page of 10,000 rows,
// where QJsonDocument's tree and its per-member look-ups cost more than the
// rows' use of them. It takes RFC 8259 JSON only, and never a text
// QJsonDocument refuses; QJsonDocument is laxer (raw control characters in
// strings, "\x" escapes, ".5"), and a caller that must read whatever
// QJsonDocument reads falls back to it (tests/fuzz/sync holds the two to each
// other). The first fault stops the scanner, with its offset.
//
// The text must outlive the scanner and the views it hands out.
class Scanner
{
public:
    enum class Kind { Object, Array, String, Number, True, False, Null, Bad };

    explicit Scanner(QByteArrayView text);

    // The next value's kind, after any whitespace (Bad at the end or on a
    // character no value starts with).
    Kind peek();

    // An object: beginObject(), then nextMember() until it returns false
    // (at the closing brace, or on a fault). Each member's value must be
    // read or skipped before the next nextMember().
    bool beginObject();
    // `key` holds the name with any escapes decoded; it is good until the
    // next call.
    bool nextMember(QByteArrayView &key);
    // The last name nextMember() gave had escapes: its view is into a
    // buffer of the scanner's, not into the text.
    bool keyWasEscaped() const { return m_keyEscaped; }
    // An array, in the same way.
    bool beginArray();
    bool nextElement();

    bool readString(QString &out);
    bool readBool(bool &out);
    // Checks the next value and steps over it; `span` is its text.
    bool skipValue(QByteArrayView *span = nullptr);
    // Only whitespace left.
    bool atEnd();
    // Where the next value starts (after peek()), or where the last ended.
    qsizetype offset() const { return m_at - m_begin; }

    bool failed() const { return m_failed; }
    QString errorMessage() const { return m_error; }
    qsizetype errorOffset() const { return m_errorAt; }

    // A string's text between its quotes; `escaped`: it holds backslashes.
    bool readRawString(QByteArrayView &inner, bool &escaped);

private:
    friend class Members;
    // Only for text this scanner has checked: escapes are trusted.
    // The value of a string's text between its quotes, escapes decoded.
    static QString decodeString(QByteArrayView inner, bool escaped);
    // Any value's text as a QJsonValue.
    static QJsonValue toValue(Kind kind, QByteArrayView span, bool escaped);

    bool fail(const char *what);
    void skipSpace();
    bool expect(char c);
    bool open(char bracket, const char *expected);
    bool scanString(QByteArrayView &inner, bool &escaped);
    bool scanNumber();
    bool scanLiteral(const char *word, qsizetype length);
    bool nextIn(char close);

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    std::vector<bool> m_first; // per open object or array: no member read yet
    QByteArray m_keyBuffer;
    bool m_keyEscaped = false;
    bool m_failed = false;
    QString m_error;
    qsizetype m_errorAt = -1;
};

// An object's members as text, read with one pass of a Scanner; a member is
// turned into a QJsonValue only when asked for. Where a name repeats, the
// last one counts, as in QJsonDocument.
class Members
{
public:
    // Reads the object at the scanner's position. False on a fault (the
    // scanner says which).
    bool read(Scanner &s);
    // Undefined when there is no such member.
    QJsonValue value(QLatin1StringView key) const;
    // A string member's text between its quotes, when it holds no escape
    // (the text is then its value, in UTF-8); false for any other member,
    // or none. Good while the scanner's text is.
    bool rawString(QLatin1StringView key, QByteArrayView &inner) const;
    // A name given twice (after escapes are decoded).
    bool hasRepeatedNames() const;

private:
    struct Member {
        QByteArrayView key;
        QByteArrayView text; // a string's inner text, or the value's text
        Scanner::Kind kind;
        bool escaped;
    };
    const Member *find(QLatin1StringView key) const;
    std::vector<Member> m_members;
    std::deque<QByteArray> m_ownedKeys; // names that held escapes, decoded
};

} // namespace msp::protocol::json
