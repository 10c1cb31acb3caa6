#include "receipt.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace msp::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::ui::Receipt", text);
}

QString row(const QString &left, const QString &right, bool strong = false)
{
    const QString l = left.toHtmlEscaped();
    const QString r = right.toHtmlEscaped();
    return strong ? QStringLiteral("<tr><td><b>%1</b></td><td align=right><b>%2</b></td></tr>").arg(l, r)
                  : QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>").arg(l, r);
}
} // namespace

QString receiptHtml(const Invoice &inv, const QString &clinicName, qint64 changeDueMinor)
{
    const auto money = [&](qint64 minor) { return Money(minor, inv.currency).toDisplayString(); };
    QString html = QStringLiteral("<h2>%1</h2><p>%2<br>%3</p><table width=100%>")
                       .arg(clinicName.toHtmlEscaped(), tr("Receipt"),
                            inv.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (const InvoiceLine &l : inv.lines) {
        const QString what
            = l.quantity > 1 ? QStringLiteral("%1 \u00d7 %2").arg(l.quantity).arg(l.description) : l.description;
        html += row(what, money(l.netMinor()));
    }
    html += QStringLiteral("<tr><td colspan=2><hr></td></tr>");
    html += row(tr("Subtotal"), money(inv.subtotalMinor()));
    html += row(tr("Tax"), money(inv.taxMinor()));
    html += row(tr("Total"), money(inv.totalMinor()), true);
    html += QStringLiteral("<tr><td colspan=2><hr></td></tr>");
    for (const TenderLine &t : inv.tenders) {
        QString what = tenderDisplayName(t.kind);
        if (isLoyaltyTender(t.kind))
            what += QStringLiteral(" (%1 %2)").arg(tr("authorisation"), t.authorisationCode);
        html += row(what, money(t.amountMinor));
    }
    if (changeDueMinor > 0)
        html += row(tr("Change"), money(changeDueMinor));
    html += row(tr("Balance due"), money(std::max<qint64>(0, inv.balanceMinor())), true);
    html += QStringLiteral("</table><p>%1: %2</p>").arg(tr("Invoice"), inv.id.toString());
    return html;
}

void paintReceipt(QPagedPaintDevice &device, const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    doc.setPageSize(QSizeF(device.width(), device.height()));
    doc.setDefaultFont(QFont(QStringLiteral("Sans Serif"), 10));
    QPainter painter(&device);
    const qreal scale = device.logicalDpiX() / 96.0;
    painter.scale(scale, scale);
    doc.setPageSize(QSizeF(device.width() / scale, device.height() / scale));
    doc.drawContents(&painter);
}

bool writeReceiptPdf(const QString &path, const QString &html)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(300);
    writer.setTitle(QCoreApplication::translate("msp::ui::Receipt", "Receipt"));
    paintReceipt(writer, html);
    return QFileInfo::exists(path);
}

} // namespace msp::ui
