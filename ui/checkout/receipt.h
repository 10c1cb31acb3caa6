#pragma once

#include "domain/invoice.h"

class QPagedPaintDevice;

namespace msp::ui {

// The printed receipt: lines, tax, total, every tender (loyalty rewards with
// their authorisation code) and change. No client name or contact on it, so a
// lost receipt discloses nothing about the client.
QString receiptHtml(const Invoice &invoice, const QString &clinicName, qint64 changeDueMinor = 0);
// Lays the receipt out on a PDF writer or a printer.
void paintReceipt(QPagedPaintDevice &device, const QString &html);
bool writeReceiptPdf(const QString &path, const QString &html);

} // namespace msp::ui
