#include "security/totp.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

namespace msp::security {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QString totpCode(const QByteArray &secret, qint64 unixSeconds, int digits, int stepSeconds)
{
    const quint64 counter = quint64(unixSeconds / stepSeconds);
    QByteArray msg(8, '\0');
    for (int i = 7; i >= 0; --i)
        msg[i] = char((counter >> (8 * (7 - i))) & 0xff);
    const QByteArray mac = QMessageAuthenticationCode::hash(msg, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 bin = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) | (quint32(quint8(mac.at(offset + 1))) << 16)
        | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    quint32 mod = 1;
    for (int i = 0; i < digits; ++i)
        mod *= 10;
    return QStringLiteral("%1").arg(bin % mod, digits, 10, QLatin1Char('0'));
}

qint64 verifyTotp(const QByteArray &secret, QStringView code, qint64 unixSeconds, qint64 lastUsedStep)
{
    const qint64 step = unixSeconds / 30;
    for (qint64 s : {step, step - 1, step + 1}) {
        if (s <= lastUsedStep)
            continue;
        const QString expected = totpCode(secret, s * 30);
        // Compare all characters so timing does not reveal a prefix.
        bool same = expected.size() == code.size();
        int diff = 0;
        for (qsizetype i = 0; same && i < expected.size(); ++i)
            diff |= expected.at(i).unicode() ^ code.at(i).unicode();
        if (same && diff == 0)
            return s;
    }
    return -1;
}

QString base32Encode(const QByteArray &data)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]));
    return out;
}

QByteArray base32Decode(QStringView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar ch : text) {
        const char c = char(ch.toUpper().toLatin1());
        if (c == '=' || c == ' ')
            continue;
        const char *pos = std::char_traits<char>::find(kAlphabet, 32, c);
        if (!pos)
            return {};
        buffer = (buffer << 5) | quint32(pos - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    const QString label = QString::fromUtf8(QUrl::toPercentEncoding(issuer + u':' + account, "@"));
    return QStringLiteral("otpauth://totp/") + label + QStringLiteral("?secret=") + base32Encode(secret)
        + QStringLiteral("&issuer=") + QString::fromUtf8(QUrl::toPercentEncoding(issuer))
        + QStringLiteral("&algorithm=SHA1&digits=6&period=30");
}

} // namespace msp::security
