// CheckoutPage: the receipt of the current invoice, as PDF or on a printer.
#include "checkoutpage.h"
#include "receipt.h"
#include "store/auditlog.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"

#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>

namespace msp::ui {

QString CheckoutPage::receipt() const
{
    return receiptHtml(m_invoice, m_store.clinic().clinic().valueOr({}).name, m_lastChange);
}

bool CheckoutPage::saveReceiptPdf(const QString &path)
{
    if (!m_saved) {
        showMessage(tr("Take a payment first; the receipt is of a saved invoice."), true);
        return false;
    }
    const bool ok = writeReceiptPdf(path, receipt());
    if (ok)
        (void)m_store.audit().append(actor(), QStringLiteral("invoice.receipt_pdf"), QStringLiteral("invoice"),
                                     m_invoice.id);
    showMessage(ok ? tr("Receipt saved.") : tr("The receipt could not be saved there. Choose another folder."), !ok);
    return ok;
}

void CheckoutPage::saveReceiptAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save receipt"), QStringLiteral("receipt.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveReceiptPdf(path);
}

void CheckoutPage::printReceipt()
{
    if (!m_saved) {
        showMessage(tr("Take a payment first; the receipt is of a saved invoice."), true);
        return;
    }
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintReceipt(printer, receipt());
    (void)m_store.audit().append(actor(), QStringLiteral("invoice.receipt_print"), QStringLiteral("invoice"),
                                 m_invoice.id);
    showMessage(tr("Receipt sent to the printer."));
}

} // namespace msp::ui
