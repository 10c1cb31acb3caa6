#include "sync/enrolmentqr.h"

#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <qrencode.h>

#include <memory>

namespace msp::ui {

QImage otpauthQrCode(const QString &uri, int moduleSize)
{
    const QUrl url(uri.trimmed());
    if (!url.isValid() || url.scheme() != u"otpauth" || !QUrlQuery(url).hasQueryItem(QStringLiteral("secret")))
        return {};
    const QByteArray data = uri.trimmed().toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    const int quiet = 4; // the quiet zone scanners need around the code
    const int side = (code->width + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                p.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize, moduleSize, Qt::black);
    return image;
}

EnrolmentQrView::EnrolmentQrView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("enrolmentQr"));
    m_uri = new QLineEdit;
    m_uri->setObjectName(QStringLiteral("otpauthUri"));
    m_uri->setPlaceholderText(tr("otpauth://totp/…  (printed by the sync server when the account was made)"));
    m_uri->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_code = new QLabel;
    m_code->setObjectName(QStringLiteral("otpauthCode"));
    m_code->setAlignment(Qt::AlignLeft);
    m_note = new QLabel(tr("Paste the account's otpauth link, then scan the code with an authenticator app "
                           "(Google Authenticator, 1Password, Authy …). The link is a secret: nothing here keeps it."));
    m_note->setProperty("role", QStringLiteral("muted"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_uri);
    layout->addWidget(m_code);
    connect(m_uri, &QLineEdit::textChanged, this, &EnrolmentQrView::render);
    render();
}

void EnrolmentQrView::setUri(const QString &uri)
{
    m_uri->setText(uri);
}

bool EnrolmentQrView::hasCode() const
{
    return !m_code->pixmap().isNull();
}

void EnrolmentQrView::render()
{
    const QString text = m_uri->text().trimmed();
    const QImage image = otpauthQrCode(text, 5);
    if (image.isNull()) {
        m_code->setPixmap({});
        m_code->setText(text.isEmpty() ? QString()
                                       : tr("That is not an otpauth link with a secret. Copy the whole line that "
                                            "starts with otpauth://totp/."));
        m_code->setProperty("role", QStringLiteral("error"));
        return;
    }
    m_code->setText({});
    m_code->setPixmap(QPixmap::fromImage(image));
}

void EnrolmentQrView::hideEvent(QHideEvent *event)
{
    m_uri->clear();
    QWidget::hideEvent(event);
}

} // namespace msp::ui
