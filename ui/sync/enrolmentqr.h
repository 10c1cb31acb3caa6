#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace msp::ui {

// A QR code of an otpauth:// URI (what the sync server's init prints for an
// account's TOTP secret), for an authenticator app to scan. A null image when
// the text is not an otpauth URI or does not fit a QR code.
QImage otpauthQrCode(const QString &uri, int moduleSize = 6);

// "Enrol an authenticator": paste the otpauth URI, scan the code. Nothing is
// stored; the URI holds the secret, so it is cleared when the page hides.
class EnrolmentQrView : public QWidget
{
    Q_OBJECT
public:
    explicit EnrolmentQrView(QWidget *parent = nullptr);
    void setUri(const QString &uri);
    bool hasCode() const;

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void render();

    QLineEdit *m_uri = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace msp::ui
